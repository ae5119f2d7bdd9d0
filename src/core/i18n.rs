//! Every user-facing text, in French, Dutch, German and English, from the Fluent files under `i18n/`,
//! embedded in the binary.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// A language the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Fr,
    Nl,
    De,
    En,
}

/// The Fluent files of each language, in the order they are loaded.
fn sources(language: Language) -> &'static [&'static str] {
    macro_rules! ftl {
        ($lang:literal) => {
            &[
                include_str!(concat!("../../i18n/", $lang, "/core.ftl")),
                include_str!(concat!("../../i18n/", $lang, "/cli.ftl")),
                include_str!(concat!("../../i18n/", $lang, "/gui.ftl")),
                include_str!(concat!("../../i18n/", $lang, "/export.ftl")),
                include_str!(concat!("../../i18n/", $lang, "/windows.ftl")),
                include_str!(concat!("../../i18n/", $lang, "/import.ftl")),
            ]
        };
    }
    match language {
        Language::Fr => ftl!("fr"),
        Language::Nl => ftl!("nl"),
        Language::De => ftl!("de"),
        Language::En => ftl!("en"),
    }
}

impl Language {
    pub const ALL: [Language; 4] = [Language::Fr, Language::Nl, Language::De, Language::En];

    /// Languages whose translation is complete and can be offered to users.
    pub fn offered() -> &'static [Language] {
        &Language::ALL
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::Nl => "nl",
            Language::De => "de",
            Language::En => "en",
        }
    }

    /// `fr`, `nl_BE.UTF-8`, `de-DE`, `EN`: the language part decides.
    pub(crate) fn from_code(code: &str) -> Option<Language> {
        let lang = code.split(['_', '-', '.', '@']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == lang)
    }

    /// The language of the environment's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`); on Windows, where
    /// those are normally unset, the user's display language (`nl-BE`); else French.
    pub(crate) fn from_env() -> Language {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|var| std::env::var(var).ok())
            .find(|value| !value.is_empty())
            .and_then(|value| Language::from_code(&value))
            .or_else(system_language)
            .unwrap_or_default()
    }

    fn identifier(self) -> LanguageIdentifier {
        self.code().parse().unwrap_or_default()
    }
}

#[cfg(windows)]
fn system_language() -> Option<Language> {
    sys_locale::get_locale().and_then(|code| Language::from_code(&code))
}

#[cfg(not(windows))]
fn system_language() -> Option<Language> {
    None
}

/// A value passed into a translated message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// Another message's id, translated into the same language before insertion (day names, roles).
    Key(String),
    /// Another message with its own arguments, translated into the same language before insertion.
    Message(Box<Message>),
    /// Messages translated and joined with the language's list separator (`list-separator`).
    List(Vec<Message>),
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(Box::new(message))
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(i64::from(n))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// A message id with its arguments, translated only when shown (so a language switch needs no
/// recomputation).
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: String,
    pub args: Vec<(String, Arg)>,
}

impl Message {
    pub fn new(id: impl Into<String>) -> Self {
        Message {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// A message with the arguments written as for [`Localizer::tr_args`].
    pub fn with(id: impl Into<String>, args: &[(&str, Arg)]) -> Self {
        Message {
            id: id.into(),
            args: args
                .iter()
                .map(|(name, value)| ((*name).to_owned(), value.clone()))
                .collect(),
        }
    }

    pub fn arg(mut self, name: &str, value: impl Into<Arg>) -> Self {
        self.args.push((name.to_owned(), value.into()));
        self
    }

    /// An argument that is itself a message id, translated when the message is shown.
    pub(crate) fn key_arg(mut self, name: &str, id: impl Into<String>) -> Self {
        self.args.push((name.to_owned(), Arg::Key(id.into())));
        self
    }
}

/// The translations of one language.
pub struct Localizer {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    /// French, to fall back on when a message is missing in this language.
    fallback: Option<&'static Localizer>,
}

impl Localizer {
    fn load(language: Language, fallback: Option<&'static Localizer>) -> Localizer {
        let mut bundle = FluentBundle::new_concurrent(vec![language.identifier()]);
        // Isolation marks would show up as stray characters in terminals and PDFs.
        bundle.set_use_isolating(false);
        for source in sources(language) {
            // The files are ours and checked by tests (`every_message_parses`); a broken entry is
            // skipped rather than taking the whole language down.
            let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(res, _)| res);
            bundle.add_resource_overriding(resource);
        }
        Localizer {
            language,
            bundle,
            fallback,
        }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The text of a message without arguments.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The text of a message with arguments.
    pub fn tr_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, self.fluent_value(value));
        }
        self.format(id, Some(&fluent_args))
    }

    /// The text of a prepared message.
    pub fn message(&self, message: &Message) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in &message.args {
            fluent_args.set(name.as_str(), self.fluent_value(value));
        }
        self.format(&message.id, Some(&fluent_args))
    }

    /// Whether this language (not its fallback) has the message.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    fn fluent_value(&self, value: &Arg) -> FluentValue<'static> {
        match value {
            Arg::Text(text) => FluentValue::from(text.clone()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Key(id) => FluentValue::from(self.tr(id)),
            Arg::Message(message) => FluentValue::from(self.message(message)),
            Arg::List(messages) => FluentValue::from(
                messages
                    .iter()
                    .map(|m| self.message(m))
                    .collect::<Vec<_>>()
                    .join(&self.tr("list-separator")),
            ),
        }
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return match self.fallback {
                Some(fallback) => fallback.format(id, args),
                None => id.to_owned(),
            };
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }
}

/// The shared, lazily loaded translations of a language.
pub fn localizer(language: Language) -> &'static Localizer {
    static FR: OnceLock<Localizer> = OnceLock::new();
    static NL: OnceLock<Localizer> = OnceLock::new();
    static DE: OnceLock<Localizer> = OnceLock::new();
    static EN: OnceLock<Localizer> = OnceLock::new();
    let french = FR.get_or_init(|| Localizer::load(Language::Fr, None));
    let cell = match language {
        Language::Fr => return french,
        Language::Nl => &NL,
        Language::De => &DE,
        Language::En => &EN,
    };
    cell.get_or_init(|| Localizer::load(language, Some(french)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Files are loaded overriding each other: an id defined in two files silently takes the later
    /// file's text (and its arguments), as `io-not-found` once did.
    #[test]
    fn no_message_id_is_defined_twice_in_a_language() {
        for language in Language::ALL {
            let mut seen = std::collections::HashSet::new();
            for source in sources(language) {
                for line in source.lines() {
                    let Some((id, _)) = line.split_once(" =") else { continue };
                    if id.starts_with(|c: char| c.is_ascii_lowercase()) && !id.contains(' ') {
                        assert!(seen.insert(id), "{id} is defined twice in {language:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_message_parses() {
        for language in Language::ALL {
            for source in sources(language) {
                if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
                    panic!("{}: {errors:?}", language.code());
                }
            }
        }
    }

    #[test]
    fn locale_names_pick_the_language() {
        assert_eq!(Language::from_code("nl_BE.UTF-8"), Some(Language::Nl));
        assert_eq!(Language::from_code("fr-BE"), Some(Language::Fr));
        assert_eq!(Language::from_code("C.UTF-8"), None);
    }

    #[test]
    fn every_language_is_offered_and_speaks_its_own_language() {
        assert_eq!(Language::offered(), &Language::ALL);
        assert_eq!(localizer(Language::De).tr("severity-error"), "Fehler");
        assert_eq!(localizer(Language::En).tr("severity-error"), "Error");
        assert_eq!(localizer(Language::Fr).tr("severity-error"), "Erreur");
    }

    #[test]
    fn an_unknown_message_shows_its_id() {
        assert_eq!(localizer(Language::Nl).tr("no-such-message"), "no-such-message");
    }
}
