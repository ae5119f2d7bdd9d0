//! Why a JSON file the app reads (a declaration, an agreement) is refused: a translatable message
//! and, when known, the line and column. Its own module so that what reads files (the declaration
//! format, the agreement store) shares it without depending on each other.

use super::i18n::{Localizer, Message};

mod typed;
pub(crate) use typed::{DATE, START, TIME};

/// Why a file (a declaration, an agreement) is not one this version can read. Each error is a translatable message;
/// `describe` gives it in the user's language, `Display` in English (for logs and tests).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{}", self.describe(super::i18n::localizer(super::i18n::Language::En)))]
pub struct ReadError {
    /// Line and column (1-based) where the problem is, when known.
    pub position: Option<(usize, usize)>,
    pub message: Message,
}

impl ReadError {
    pub(crate) fn at(position: Option<(usize, usize)>, message: Message) -> Self {
        ReadError { position, message }
    }

    /// The message with its position, as the CLI and the app show it.
    pub fn describe(&self, localizer: &Localizer) -> String {
        localizer.message(&self.with_position())
    }

    /// The message with its position, translated when shown.
    pub fn with_position(&self) -> Message {
        match self.position {
            Some((line, column)) => Message::new("read-at-position")
                .arg("line", line)
                .arg("column", column)
                .arg("detail", self.message.clone()),
            None => self.message.clone(),
        }
    }
}

/// Reads a JSON file's text into `T` the way `serde_json::from_str` does, and says why not from
/// what serde reported (its kind: a missing key, an unknown value, a time that is none…) and where
/// serde_json was in the text: never from the words of serde_json's message.
pub(crate) fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ReadError> {
    let slot = typed::Slot::default();
    let mut json = serde_json::Deserializer::from_str(text);
    let read = T::deserialize(typed::Typed {
        inner: &mut json,
        slot: &slot,
        any: true,
    });
    match read {
        Ok(value) => match json.end() {
            Ok(()) => Ok(value),
            Err(error) => Err(from_serde_json(text, &error)),
        },
        Err(typed::Error::Inner(error)) => Err(from_serde_json(text, &error)),
        Err(typed::Error::Kind { kind, carrier }) => {
            let position = carrier.as_ref().and_then(position);
            let found = || {
                position
                    .map(|(line, column)| found_at(text, line, column))
                    .unwrap_or_default()
            };
            Err(ReadError::at(position, message_of(&kind, found)))
        }
    }
}

/// Line and column of serde_json's error, when it knows them.
fn position(error: &serde_json::Error) -> Option<(usize, usize)> {
    (error.line() > 0).then(|| (error.line(), error.column()))
}

/// An error of serde_json's own (the text is not JSON, or ends early), by its category.
fn from_serde_json(text: &str, error: &serde_json::Error) -> ReadError {
    let position = position(error);
    let found = || {
        position
            .map(|(line, column)| found_at(text, line, column))
            .unwrap_or_default()
    };
    let message = match error.classify() {
        serde_json::error::Category::Eof => Message::new("read-truncated"),
        serde_json::error::Category::Syntax => Message::new("read-syntax").arg("found", found()),
        serde_json::error::Category::Data | serde_json::error::Category::Io => {
            Message::new("read-invalid").arg("detail", found())
        }
    };
    ReadError::at(position, message)
}

/// What stands in the text where serde_json stopped (line and byte column, 1-based): the word or
/// number there (`tru`, `1e400`), else the one character, control characters escaped.
fn found_at(text: &str, line: usize, column: usize) -> String {
    let Some(line) = text.split('\n').nth(line - 1) else {
        return String::new();
    };
    let at = column.saturating_sub(1).min(line.len());
    let (mut start, mut end) = (at, at);
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '-' | '+' | '.' | '_');
    while !line.is_char_boundary(start) {
        start -= 1;
    }
    while start > 0 && line[..start].chars().next_back().is_some_and(is_word) {
        start -= line[..start].chars().next_back().map_or(1, char::len_utf8);
    }
    while end < line.len() && !line.is_char_boundary(end) {
        end += 1;
    }
    while end < line.len() && line[end..].chars().next().is_some_and(is_word) {
        end += line[end..].chars().next().map_or(1, char::len_utf8);
    }
    if start == end {
        end = (end + line[end..].chars().next().map_or(0, char::len_utf8)).min(line.len());
    }
    line[start..end].chars().take(40).flat_map(char::escape_debug).collect()
}

/// The translatable message of what serde reported; `found` gives the file's own text where it
/// happened, for a refusal that has no words of ours.
fn message_of(kind: &typed::Kind, found: impl FnOnce() -> String) -> Message {
    use typed::{Kind, Shape};
    match kind {
        Kind::MissingField(field) => Message::new("read-missing-key").arg("key", *field),
        Kind::UnknownField { field, expected } => Message::new("read-unknown-key")
            .arg("key", field.clone())
            .arg("expected", expected.join(", ")),
        Kind::UnknownVariant { variant, expected } => Message::new("read-unknown-value")
            .arg("value", variant.clone())
            .arg("expected", expected.join(", ")),
        Kind::InvalidType {
            found,
            wanted: Some(wanted),
            ..
        } => Message::new("read-wrong-type")
            .key_arg("found", found.message_id())
            .key_arg("wanted", wanted.message_id()),
        Kind::InvalidType {
            found, wanted: None, ..
        } => Message::new("read-wrong-type-found").key_arg("found", found.message_id()),
        Kind::InvalidValue {
            found,
            shape: Some(Shape::Time | Shape::Start),
            ..
        } => Message::new("read-bad-time").arg("value", found.text.clone().unwrap_or_default()),
        Kind::InvalidValue {
            found,
            shape: Some(Shape::Date),
            ..
        } => Message::new("read-bad-date").arg("detail", found.text.clone().unwrap_or_default()),
        Kind::DuplicateField(field) => Message::new("read-duplicate-key").arg("key", *field),
        // A number its field cannot hold (a negative count, a share's denominator past u32).
        Kind::InvalidValue {
            found:
                typed::Found {
                    kind: typed::ValueKind::Number,
                    text: Some(number),
                    ..
                },
            shape: None,
            ..
        } => Message::new("read-bad-number").arg("value", number.clone()),
        // The kinds below are not given rise to by today's declaration and agreement files (no
        // tuple; every text with rules of its own has its shape), but a later type may: said in
        // our words with the file's value, never with serde's English.
        Kind::InvalidValue {
            found: typed::Found { text: Some(value), .. },
            shape: None,
            ..
        } => Message::new("read-bad-value").arg("value", value.clone()),
        Kind::InvalidValue {
            found: typed::Found { kind, text: None, .. },
            shape: None,
            ..
        } => Message::new("read-bad-value-kind").key_arg("found", kind.message_id()),
        Kind::InvalidLength { length, .. } => Message::new("read-bad-length").arg("length", *length),
        // A type's own refusal (serde's derive: no variant of an untagged enum matched): its
        // words are English, so the file's text where it happened is shown instead.
        Kind::Custom(_) => Message::new("read-invalid").arg("detail", found()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::agreement::Agreements;
    use crate::core::format::{read_declaration, read_draft};
    use crate::core::i18n::{Language, localizer};

    use crate::core::format::tests::EXAMPLE as VALID;

    fn refused(text: &str) -> ReadError {
        read_declaration(text, Agreements::embedded()).expect_err(text)
    }

    fn arg(error: &ReadError, name: &str) -> String {
        let (_, value) = error
            .message
            .args
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name} in {error:?}"));
        match value {
            crate::core::i18n::Arg::Text(text) => text.clone(),
            other => panic!("{name} is not text: {other:?}"),
        }
    }

    /// The message in every language, to see that no English sentence of serde's got in.
    fn in_every_language(error: &ReadError) -> Vec<String> {
        [Language::Fr, Language::Nl, Language::De, Language::En]
            .into_iter()
            .map(|language| error.describe(localizer(language)))
            .collect()
    }

    #[test]
    fn a_missing_key_is_named_where_its_object_ends() {
        let error = refused(&VALID.replace("\"choice\": \"partial\",", ""));
        assert_eq!(error.message.id, "read-missing-key");
        assert_eq!(arg(&error, "key"), "choice");
        // serde_json notices at the closing brace of the file, on its last line.
        assert_eq!(error.position.map(|p| p.0), Some(13));
        let fr = &in_every_language(&error)[0];
        assert_eq!(fr, "ligne 13, colonne 1 : la clé «\u{a0}choice\u{a0}» est obligatoire");
    }

    #[test]
    fn an_unknown_key_lists_the_keys_there_are_without_serdes_words() {
        let error = refused(&VALID.replace("\"choice\"", "\"choise\": 1, \"choice\""));
        assert_eq!(error.message.id, "read-unknown-key");
        assert_eq!(arg(&error, "key"), "choise");
        assert_eq!(
            arg(&error, "expected"),
            "format, version, agreement, prepared_on, window, doctor, choice, sites, slots"
        );
        assert_eq!(error.position.map(|p| p.0), Some(7));
        // Taken from what serde reported, not cut out of its sentence at the backticks.
        let odd = refused(&VALID.replace("\"choice\"", "\"cho`ice, expected x\": 1, \"choice\""));
        assert_eq!(arg(&odd, "key"), "cho`ice, expected x");
    }

    /// A refusal today's file formats do not raise, but a later field could: a value of the
    /// right kind its type does not take, a list of the wrong length, a derive's own words.
    mod later_types {
        use serde::de::{self, Deserializer, Visitor};

        /// Takes only `true`, the way a later flag that must be set could.
        #[derive(Debug)]
        pub struct OnlyTrue;

        impl<'de> serde::Deserialize<'de> for OnlyTrue {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Only;
                impl Visitor<'_> for Only {
                    type Value = OnlyTrue;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str("true")
                    }
                    fn visit_bool<E: de::Error>(self, value: bool) -> Result<OnlyTrue, E> {
                        value
                            .then_some(OnlyTrue)
                            .ok_or_else(|| E::invalid_value(de::Unexpected::Bool(value), &self))
                    }
                }
                deserializer.deserialize_bool(Only)
            }
        }

        #[derive(Debug, serde::Deserialize)]
        #[serde(untagged)]
        pub enum NumberOrWord {
            Number(u32),
            Word(String),
        }

        #[derive(Debug, serde::Deserialize)]
        pub struct Later {
            pub initial: Option<char>,
            pub pair: Option<(u8, u8)>,
            pub flag: Option<OnlyTrue>,
            pub either: Option<NumberOrWord>,
        }
    }

    fn later(text: &str) -> ReadError {
        parse::<later_types::Later>(text).expect_err(text)
    }

    /// Every language, with no English word of serde's (`invalid`, `expected`, `variant`).
    fn no_serde_words(error: &ReadError) -> Vec<String> {
        let said = in_every_language(error);
        for text in &said[..3] {
            for word in ["invalid", "expected", "variant", "untagged", "character"] {
                assert!(!text.contains(word), "{word} in {text}");
            }
        }
        said
    }

    #[test]
    fn the_later_types_read_their_good_values() {
        let read = parse::<later_types::Later>(r#"{"initial": "é", "pair": [1, 2], "flag": true, "either": "x"}"#);
        let later_types::Later {
            initial,
            pair,
            flag,
            either,
        } = read.expect("good values");
        assert_eq!((initial, pair), (Some('é'), Some((1, 2))));
        assert!(flag.is_some());
        assert!(matches!(either, Some(later_types::NumberOrWord::Word(w)) if w == "x"));
        let number = parse::<later_types::Later>(r#"{"either": 3}"#).expect("a number");
        assert!(matches!(number.either, Some(later_types::NumberOrWord::Number(3))));
    }

    #[test]
    fn a_value_its_type_does_not_take_is_named_in_our_words() {
        let error = later(r#"{"initial": "ab"}"#);
        assert_eq!(error.message.id, "read-bad-value");
        assert_eq!(arg(&error, "value"), "ab");
        let [fr, ..]: [String; 4] = no_serde_words(&error).try_into().unwrap();
        assert_eq!(
            fr,
            "ligne 1, colonne 16 : la valeur «\u{a0}ab\u{a0}» n'est pas permise ici"
        );

        let flag = later(r#"{"flag": false}"#);
        assert_eq!(flag.message.id, "read-bad-value-kind");
        let [fr, nl, ..]: [String; 4] = no_serde_words(&flag).try_into().unwrap();
        assert!(
            fr.ends_with("valeur non permise ici : un booléen (true ou false)"),
            "{fr}"
        );
        assert!(
            nl.ends_with("waarde hier niet toegelaten: een booleaanse waarde (true of false)"),
            "{nl}"
        );
    }

    #[test]
    fn a_list_of_the_wrong_length_says_its_length() {
        let error = later(r#"{"pair": [1]}"#);
        assert_eq!(error.message.id, "read-bad-length");
        let [fr, nl, de, en]: [String; 4] = no_serde_words(&error).try_into().unwrap();
        assert!(fr.ends_with("une liste d'un élément n'est pas permise ici"), "{fr}");
        assert!(
            nl.ends_with("een lijst van één element is hier niet toegelaten"),
            "{nl}"
        );
        assert!(
            de.ends_with("eine Liste mit einem Element ist hier nicht erlaubt"),
            "{de}"
        );
        assert!(en.ends_with("a list of one item is not allowed here"), "{en}");
    }

    #[test]
    fn a_types_own_refusal_shows_the_files_text_not_its_english_words() {
        // serde's derive refuses an untagged enum with "data did not match any variant…".
        let error = later(r#"{"either": true}"#);
        assert_eq!(error.message.id, "read-invalid");
        assert_eq!(error.position, Some((1, 16)));
        assert_eq!(arg(&error, "detail"), "true");
        let [fr, ..]: [String; 4] = no_serde_words(&error).try_into().unwrap();
        assert_eq!(fr, "ligne 1, colonne 16 : contenu non valable (true)");
    }

    #[test]
    fn a_value_of_the_wrong_type_says_what_was_found_and_expected() {
        let error = refused(&VALID.replace("\"slots\": [", "\"slots\": 3, \"x\": ["));
        assert_eq!(error.message.id, "read-wrong-type");
        assert_eq!(error.position.map(|p| p.0), Some(9));
        let [fr, nl, de, en]: [String; 4] = in_every_language(&error).try_into().unwrap();
        assert_eq!(
            fr,
            "ligne 9, colonne 12 : type de valeur inattendu : un nombre trouvé, une liste […] attendu"
        );
        assert!(nl.ends_with("een getal gevonden, een lijst […] verwacht"), "{nl}");
        assert!(de.ends_with("eine Zahl gefunden, eine Liste […] erwartet"), "{de}");
        assert!(en.ends_with("found a number, expected a list […]"), "{en}");
        let name = refused(&VALID.replace("\"Dr Anne Peeters\"", "true"));
        assert_eq!(
            name.describe(localizer(Language::En)),
            "line 6, column 26: unexpected kind of value: found a boolean (true or false), expected a text"
        );
        let site = refused(&VALID.replace("\"sites\": [ {", "\"sites\": [ 7, {"));
        assert!(
            site.describe(localizer(Language::Fr))
                .ends_with("un nombre trouvé, un objet {…} attendu"),
            "{site:?}"
        );
        // Inside the doctor, whose keys are read in one go (a later version's keys are kept),
        // serde does not say what was asked for: only what was found is named.
        let inami = refused(&VALID.replace("\"1-00001-06-004\"", "10000106004"));
        assert_eq!(inami.message.id, "read-wrong-type-found");
        assert!(
            inami
                .describe(localizer(Language::En))
                .ends_with("unexpected kind of value: a number"),
            "{inami:?}"
        );
    }

    #[test]
    fn an_unknown_enum_value_lists_the_values_there_are() {
        let error = refused(&VALID.replace("\"monday\"", "\"lundi\""));
        assert_eq!(error.message.id, "read-unknown-value");
        assert_eq!(arg(&error, "value"), "lundi");
        assert_eq!(
            arg(&error, "expected"),
            "monday, tuesday, wednesday, thursday, friday, saturday, sunday"
        );
        assert_eq!(error.position.map(|p| p.0), Some(10));
        let choice = refused(&VALID.replace("\"partial\"", "\"partiel\""));
        assert_eq!(arg(&choice, "expected"), "full, partial, refusal");
        let odd = refused(&VALID.replace("\"partial\"", "\"`partial`, expected `full`\""));
        assert_eq!(arg(&odd, "value"), "`partial`, expected `full`");
    }

    #[test]
    fn a_time_that_is_none_names_the_time() {
        let error = refused(&VALID.replace("\"12:00\"", "\"12:60\""));
        assert_eq!(error.message.id, "read-bad-time");
        assert_eq!(arg(&error, "value"), "12:60");
        assert_eq!(error.position.map(|p| p.0), Some(10));
        let quoted = refused(&VALID.replace("\"12:00\"", "\"12\\\"00\""));
        assert_eq!(arg(&quoted, "value"), "12\"00");
        let start = refused(&VALID.replace("\"08:00\"", "\"24:00\""));
        assert_eq!(start.message.id, "read-bad-time");
        assert_eq!(arg(&start, "value"), "24:00");
    }

    #[test]
    fn a_date_that_is_none_names_the_date() {
        let error = refused(&VALID.replace("\"2021-01-20\"", "\"20/01/2021\""));
        assert_eq!(error.message.id, "read-bad-date");
        assert_eq!(arg(&error, "detail"), "20/01/2021");
        assert_eq!(error.position, Some((5, 29)));
        // The same inside the doctor, whose keys are read in one go for the ones a later version adds.
        let recognised = VALID.replace("\"role\"", "\"recognised_on\": \"2021-02-30\", \"role\"");
        let error = refused(&recognised);
        assert_eq!(error.message.id, "read-bad-date");
        assert_eq!(arg(&error, "detail"), "2021-02-30");
    }

    #[test]
    fn trailing_characters_are_shown_as_they_stand() {
        let error = refused(&format!("{VALID}\n}} x"));
        assert_eq!(error.message.id, "read-syntax");
        assert_eq!(arg(&error, "found"), "}");
        assert_eq!(error.position, Some((14, 1)));
        let [fr, nl, de, en]: [String; 4] = in_every_language(&error).try_into().unwrap();
        assert_eq!(
            fr,
            "ligne 14, colonne 1 : JSON mal formé : «\u{a0}}\u{a0}» n'est pas attendu ici"
        );
        assert!(nl.contains("‘}’ wordt hier niet verwacht"), "{nl}");
        assert!(de.contains("„}“ ist hier nicht erwartet"), "{de}");
        assert!(en.contains("“}” is not expected here"), "{en}");
        // A word or a number is shown whole.
        let number = refused(&VALID.replace("\"version\": 1", "\"version\": 1e400"));
        assert_eq!(arg(&number, "found"), "1e400");
        assert_eq!(
            arg(&refused(&VALID.replace("\"partial\"", "partial")), "found"),
            "partial"
        );
    }

    #[test]
    fn a_key_given_twice_is_named() {
        let error = refused(&VALID.replace(
            "\"choice\": \"partial\",",
            "\"choice\": \"partial\", \"choice\": \"full\",",
        ));
        assert_eq!(error.message.id, "read-duplicate-key");
        assert_eq!(arg(&error, "key"), "choice");
        assert_eq!(
            error.describe(localizer(Language::Nl)),
            "regel 7, kolom 31: de sleutel ‘choice’ staat er twee keer"
        );
    }

    #[test]
    fn a_number_its_field_cannot_hold_is_named() {
        let text = include_str!("../../assets/agreements/2021.json");
        let negative = text.replacen("\"max\": 3", "\"max\": -3", 1);
        assert_ne!(negative, text);
        let error = crate::core::agreement_store::validate(&negative).expect_err("a negative limit");
        assert_eq!(error.message.id, "read-bad-number");
        assert_eq!(arg(&error, "value"), "-3");
        assert!(
            error.describe(localizer(Language::De)).contains("„-3“"),
            "{}",
            error.describe(localizer(Language::De))
        );
    }

    #[test]
    fn a_truncated_file_says_so() {
        for cut in [VALID.len() / 2, VALID.len() - 2] {
            let error = refused(&VALID[..cut]);
            assert_eq!(error.message.id, "read-truncated", "{cut}");
            assert!(error.position.is_some());
        }
        assert!(read_draft("", Agreements::embedded()).is_err());
    }

    #[test]
    fn a_bad_date_in_an_agreement_file_is_named_too() {
        let text = include_str!("../../assets/agreements/2021.json").replacen("-01-", "-13-", 1);
        let error = crate::core::agreement_store::validate(&text).expect_err("month 13");
        assert_eq!(error.message.id, "read-bad-date");
        assert!(arg(&error, "detail").contains("-13-"), "{error:?}");
    }
}
