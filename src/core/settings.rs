//! The user's preferences: language, theme, zoom, recent files. Loading never fails: a missing file
//! gives the defaults, a bad field falls back to its default, an older version is migrated; only a
//! newer version is refused (and left untouched) so a downgrade never destroys it.
//!
//! Writing goes only through [`SettingsFile::save`], which looks at the file on disk first: a file
//! written by a newer Conventio is never overwritten, whichever part of the app (or the command
//! line) asks, and even when the newer version wrote it after this one started.

use super::agreement::LastDays;
use super::i18n::{Language, Localizer, Message};
use super::storage::{self, Privacy};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use std::path::{Path, PathBuf};

pub(crate) const SETTINGS_FORMAT: &str = "conventio-settings";
/// Version 1 is the first with a `version` key; files without one (version 0) predate it.
pub(crate) const SETTINGS_VERSION: u64 = 1;
/// How many recent files the start screen offers.
pub(crate) const MAX_RECENT: usize = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeChoice {
    /// Follow the system's light or dark mode.
    #[default]
    System,
    Light,
    Dark,
    HighContrast,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// `None` until the user picks one: then the environment's locale decides.
    pub language: Option<Language>,
    pub theme: ThemeChoice,
    /// Scale factor of the whole window (Ctrl+plus / Ctrl+minus), within [`ZOOM_RANGE`].
    pub zoom: f32,
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    /// Later last days the user set for declaration windows (extensions INAMI announced).
    pub last_days: LastDays,
    /// The window's size (logical pixels) when the user last resized it; `None` until then.
    pub window: Option<(u32, u32)>,
    /// The user's name as typed (the practice overview's registration marks say who set them);
    /// empty until given. See [`Settings::user_name`].
    pub user_name: String,
}

pub(crate) const ZOOM_RANGE: (f32, f32) = (0.6, 2.5);
/// A user name longer than this is cut (it is a person's name, shown on a line).
pub(crate) const MAX_USER_NAME: usize = 120;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: None,
            theme: ThemeChoice::System,
            zoom: 1.0,
            recent: Vec::new(),
            last_days: LastDays::default(),
            window: None,
            user_name: String::new(),
        }
    }
}

/// What loading the settings found, for the app to tell the user when it matters.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// No file yet, or a file read as it is.
    Fresh(Settings),
    /// An older file, migrated (and saved in the new version at the next change).
    Migrated { from: u64, settings: Settings },
    /// A file from a newer Conventio: defaults are used and the file is left untouched.
    NewerVersion { found: u64, settings: Settings },
    /// Not JSON at all: defaults are used; the bad file is kept as a backup when next saved.
    Unreadable(Settings),
}

impl Loaded {
    pub fn settings(&self) -> &Settings {
        match self {
            Loaded::Fresh(s) | Loaded::Unreadable(s) => s,
            Loaded::Migrated { settings, .. } | Loaded::NewerVersion { settings, .. } => settings,
        }
    }
}

impl Settings {
    pub fn path() -> PathBuf {
        storage::config_dir().join("settings.json")
    }

    pub fn language_or_env(&self) -> Language {
        self.language.unwrap_or_else(Language::from_env)
    }

    pub fn load() -> Loaded {
        Settings::load_from(&Settings::path())
    }

    pub fn load_from(path: &Path) -> Loaded {
        storage::io_allowed();
        match std::fs::read(path) {
            Ok(bytes) => Settings::parse(&bytes),
            Err(_) => Loaded::Fresh(Settings::default()),
        }
    }

    pub fn parse(bytes: &[u8]) -> Loaded {
        let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(bytes) else {
            return Loaded::Unreadable(Settings::default());
        };
        let version = map.get("version").and_then(Value::as_u64).unwrap_or(0);
        if version > SETTINGS_VERSION {
            return Loaded::NewerVersion {
                found: version,
                settings: Settings::default(),
            };
        }
        let map = if version == 0 { migrate_from_0(map) } else { map };
        let settings = Settings::from_fields(&map);
        if version < SETTINGS_VERSION {
            Loaded::Migrated {
                from: version,
                settings,
            }
        } else {
            Loaded::Fresh(settings)
        }
    }

    /// Each field on its own: a bad value falls back to its default, the others are kept.
    fn from_fields(map: &Map<String, Value>) -> Settings {
        let defaults = Settings::default();
        let language = map
            .get("language")
            .and_then(Value::as_str)
            .and_then(Language::from_code);
        let theme = map
            .get("theme")
            .and_then(|v| serde_json::from_value(v.clone()).ok())
            .unwrap_or(defaults.theme);
        let zoom = map
            .get("zoom")
            .and_then(Value::as_f64)
            .map(|z| z as f32)
            .filter(|z| z.is_finite())
            .map_or(defaults.zoom, clamp_zoom);
        let recent = map
            .get("recent")
            .and_then(Value::as_array)
            .map(|list| {
                list.iter()
                    .filter_map(Value::as_str)
                    .map(PathBuf::from)
                    .take(MAX_RECENT)
                    .collect()
            })
            .unwrap_or_default();
        let last_days = map
            .get("last_days")
            .and_then(|v| serde_json::from_value(v.clone()).ok())
            .unwrap_or_default();
        let window = map.get("window").and_then(window_size);
        // Added after version 1 was out, optional: files without it read as before.
        let user_name = map
            .get("user_name")
            .and_then(Value::as_str)
            .map(|name| name.chars().take(MAX_USER_NAME).collect())
            .unwrap_or_default();
        Settings {
            language,
            theme,
            zoom,
            recent,
            last_days,
            window,
            user_name,
        }
    }

    pub(crate) fn to_text(&self) -> String {
        let mut value = json!({
            "format": SETTINGS_FORMAT,
            "version": SETTINGS_VERSION,
            "language": self.language.map(Language::code),
            "theme": self.theme,
            "zoom": self.zoom,
            "recent": self.recent.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
            "last_days": self.last_days,
            "window": self.window.map(|(width, height)| json!({ "width": width, "height": height })),
        });
        // Written only once given, so a file without a name stays as it was.
        if let (Some(map), Some(name)) = (value.as_object_mut(), self.user_name()) {
            map.insert("user_name".into(), Value::String(name.to_owned()));
        }
        serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
    }

    /// The name the user gave, trimmed; `None` when none was given.
    pub fn user_name(&self) -> Option<&str> {
        Some(self.user_name.trim()).filter(|name| !name.is_empty())
    }

    /// Sets the user's name as typed (cut to [`MAX_USER_NAME`] characters).
    pub fn set_user_name(&mut self, name: &str) {
        self.user_name = name.chars().take(MAX_USER_NAME).collect();
    }

    /// Puts a file first in the recent list.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(MAX_RECENT);
    }
}

/// The settings file, and the one way to write it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsFile {
    path: PathBuf,
}

/// Why the settings were not saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The file on disk was written by a newer Conventio: it is kept as it is.
    #[error("the settings file is of version {found}, newer than this Conventio's; it is left unchanged")]
    NewerVersion { found: u64 },
    /// The system refused the write (the previous file is intact: writes are atomic).
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

impl SaveError {
    /// What happened, in the user's language.
    pub fn describe(&self, localizer: &Localizer) -> String {
        localizer.message(&self.message())
    }

    /// What happened, translated when shown.
    pub fn message(&self) -> Message {
        match self {
            SaveError::NewerVersion { found } => {
                Message::new("settings-newer-kept").arg("version", i64::try_from(*found).unwrap_or(i64::MAX))
            }
            SaveError::Io(error) => super::system_error::message(error),
        }
    }
}

impl SettingsFile {
    pub fn at(path: &Path) -> SettingsFile {
        SettingsFile {
            path: path.to_path_buf(),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn load(&self) -> Loaded {
        Settings::load_from(&self.path)
    }

    /// Writes the settings atomically, unless the file now on disk comes from a newer version:
    /// checked at each save, not only at start, since another (newer) window may have written it.
    pub fn save(&self, settings: &Settings) -> Result<(), SaveError> {
        if let Loaded::NewerVersion { found, .. } = self.load() {
            return Err(SaveError::NewerVersion { found });
        }
        storage::write_atomic(&self.path, settings.to_text().as_bytes(), Privacy::Private)?;
        Ok(())
    }
}

/// A remembered window size, when both sides are plausible (a corrupt value is ignored).
fn window_size(value: &Value) -> Option<(u32, u32)> {
    let side = |key: &str| {
        value
            .get(key)
            .and_then(Value::as_u64)
            .and_then(|v| u32::try_from(v).ok())
            .filter(|v| (200..=20_000).contains(v))
    };
    Some((side("width")?, side("height")?))
}

pub(crate) fn clamp_zoom(zoom: f32) -> f32 {
    zoom.clamp(ZOOM_RANGE.0, ZOOM_RANGE.1)
}

/// Files written before settings carried a version used `lang` and `scale` (as the first
/// prototypes did); version 1 names them `language` and `zoom`.
fn migrate_from_0(mut map: Map<String, Value>) -> Map<String, Value> {
    if let Some(lang) = map.remove("lang") {
        map.entry("language").or_insert(lang);
    }
    if let Some(scale) = map.remove("scale") {
        map.entry("zoom").or_insert(scale);
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_survive_a_round_trip() {
        let mut settings = Settings {
            language: Some(Language::Nl),
            theme: ThemeChoice::Dark,
            zoom: 1.25,
            recent: vec![],
            last_days: LastDays::default(),
            window: Some((1100, 690)),
            user_name: "Sophie Martin".into(),
        };
        settings
            .last_days
            .set("2026-2027", "second-year", "2026-12-31".parse().ok());
        settings.remember(Path::new("/tmp/a.json"));
        assert_eq!(Settings::parse(settings.to_text().as_bytes()), Loaded::Fresh(settings));
    }

    #[test]
    fn a_bad_field_falls_back_to_its_default_only() {
        let text = r#"{"format":"conventio-settings","version":1,"language":"nl","theme":"purple","zoom":"big"}"#;
        let loaded = Settings::parse(text.as_bytes());
        assert_eq!(loaded.settings().language, Some(Language::Nl));
        assert_eq!(loaded.settings().theme, ThemeChoice::System);
        assert_eq!(loaded.settings().zoom, 1.0);
    }

    #[test]
    fn an_unversioned_file_is_migrated() {
        let loaded = Settings::parse(br#"{"lang":"nl","scale":1.5}"#);
        assert!(matches!(loaded, Loaded::Migrated { from: 0, .. }));
        assert_eq!(loaded.settings().language, Some(Language::Nl));
        assert_eq!(loaded.settings().zoom, 1.5);
    }

    #[test]
    fn a_newer_file_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        let newer = r#"{"format":"conventio-settings","version":7,"language":"nl"}"#;
        std::fs::write(&path, newer).unwrap();
        let loaded = Settings::load_from(&path);
        assert_eq!(
            loaded,
            Loaded::NewerVersion {
                found: 7,
                settings: Settings::default()
            }
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
    }

    #[test]
    fn a_file_without_a_user_name_reads_as_before_and_is_written_without_one() {
        let loaded = Settings::parse(br#"{"format":"conventio-settings","version":1,"language":"fr"}"#);
        assert!(matches!(loaded, Loaded::Fresh(_)));
        assert_eq!(loaded.settings().user_name(), None);
        assert!(!loaded.settings().to_text().contains("user_name"));
    }

    #[test]
    fn the_user_name_is_kept_trimmed_and_a_blank_one_counts_as_none() {
        let mut settings = Settings::default();
        settings.set_user_name("  Sophie Martin ");
        assert_eq!(settings.user_name(), Some("Sophie Martin"));
        let loaded = Settings::parse(settings.to_text().as_bytes());
        assert_eq!(loaded.settings().user_name(), Some("Sophie Martin"));
        settings.set_user_name("   ");
        assert_eq!(settings.user_name(), None);
        settings.set_user_name(&"x".repeat(500));
        assert_eq!(settings.user_name.chars().count(), MAX_USER_NAME);
        let odd = Settings::parse(br#"{"version":1,"user_name":42}"#);
        assert_eq!(odd.settings().user_name(), None);
    }

    #[test]
    fn saving_over_a_newer_file_is_refused_and_leaves_it_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let file = SettingsFile::at(&dir.path().join("settings.json"));
        let newer = r#"{"format":"conventio-settings","version":7,"language":"nl"}"#;
        std::fs::write(file.path(), newer).unwrap();
        let refused = file.save(&Settings::default());
        assert!(
            matches!(refused, Err(SaveError::NewerVersion { found: 7 })),
            "{refused:?}"
        );
        assert_eq!(std::fs::read_to_string(file.path()).unwrap(), newer);
    }

    #[test]
    fn a_file_that_became_newer_after_loading_is_still_kept() {
        let dir = tempfile::tempdir().unwrap();
        let file = SettingsFile::at(&dir.path().join("settings.json"));
        file.save(&Settings::default()).unwrap();
        assert!(!matches!(file.load(), Loaded::NewerVersion { .. }));
        let newer = r#"{"format":"conventio-settings","version":2}"#;
        std::fs::write(file.path(), newer).unwrap();
        assert!(file.save(&Settings::default()).is_err());
        assert_eq!(std::fs::read_to_string(file.path()).unwrap(), newer);
    }

    #[test]
    fn an_unreadable_or_older_file_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let file = SettingsFile::at(&dir.path().join("settings.json"));
        for old in ["not json", r#"{"lang":"de"}"#] {
            std::fs::write(file.path(), old).unwrap();
            let settings = Settings {
                language: Some(Language::Nl),
                ..Settings::default()
            };
            file.save(&settings).unwrap();
            assert_eq!(file.load(), Loaded::Fresh(settings));
        }
    }

    #[test]
    fn the_refusal_is_told_in_the_users_language() {
        let error = SaveError::NewerVersion { found: 3 };
        for language in Language::offered() {
            let text = error.describe(crate::core::i18n::localizer(*language));
            assert!(
                text.contains('3') && !text.contains("settings-newer-kept"),
                "{language:?}: {text}"
            );
        }
    }

    #[test]
    fn a_corrupt_window_size_is_ignored() {
        let loaded = Settings::parse(br#"{"version":1,"window":{"width":-3,"height":"x"}}"#);
        assert_eq!(loaded.settings().window, None);
    }

    #[test]
    fn zoom_stays_within_its_range() {
        let loaded = Settings::parse(br#"{"version":1,"zoom":40}"#);
        assert_eq!(loaded.settings().zoom, ZOOM_RANGE.1);
    }

    #[test]
    fn garbage_gives_the_defaults() {
        assert_eq!(Settings::parse(b"\xff\xfe"), Loaded::Unreadable(Settings::default()));
    }
}
