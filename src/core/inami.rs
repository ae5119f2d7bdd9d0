//! INAMI / RIZIV numbers: `1-XXXXX-CC-QQQ`.
//!
//! Source: `shared/AGREEMENTS.md` ("INAMI / RIZIV numbers"), as published by INAMI/RIZIV: `1` means
//! physician, then a five-digit sequence, two check digits computed on the first six digits N6, and a
//! three-digit competence (qualification) code. Two check-digit series exist: `97 - (N6 mod 97)`
//! (classic) and `89 - (N6 mod 89)` (physicians registered since 2019-04-01); a remainder of 0 gives
//! 97 or 89.

/// Competence codes known to be general practice (AGREEMENTS.md):
/// 000 and 009 diploma holders (counted with GPs by INAMI), 001 and 002 GPs with acquired rights
/// (GBO Flash-info 91/23), 003 and 004 recognised GPs,
/// 005 and 006 GPs in training. Specialist codes were not at hand, so no code maps to `Specialist`:
/// for any other code the user states the role.
const GENERAL_PRACTICE_CODES: [&str; 8] = ["000", "001", "002", "003", "004", "005", "006", "009"];

/// Why a text is not a valid physician's INAMI number.
/// `message` gives it in the user's language, `Display` in English (for logs and tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", super::i18n::localizer(super::i18n::Language::En).message(&self.message()))]
pub enum InamiError {
    /// Empty after removing separators.
    Empty,
    /// A character other than digits and the separators `-`, `.`, space.
    InvalidCharacter,
    /// Not 11 digits.
    WrongLength { digits: usize },
    /// The first digit is not `1` (physician).
    NotPhysician,
    /// Digits 7–8 match neither check-digit series.
    CheckDigits {
        expected_97: u8,
        expected_89: u8,
        found: u8,
    },
}

impl InamiError {
    /// The message id explaining this error (in `i18n/*/core.ftl`).
    pub(crate) fn message_key(self) -> &'static str {
        match self {
            InamiError::Empty => "inami-empty",
            InamiError::InvalidCharacter => "inami-invalid-character",
            InamiError::WrongLength { .. } => "inami-wrong-length",
            InamiError::NotPhysician => "inami-not-physician",
            InamiError::CheckDigits { .. } => "inami-check-digits",
        }
    }

    /// The message explaining this error, with its arguments.
    pub fn message(self) -> super::i18n::Message {
        let message = super::i18n::Message::new(self.message_key());
        match self {
            InamiError::WrongLength { digits } => message.arg("digits", digits),
            InamiError::CheckDigits {
                expected_97,
                expected_89,
                found,
            } => message
                .arg("expected97", format!("{expected_97:02}"))
                .arg("expected89", format!("{expected_89:02}"))
                .arg("found", format!("{found:02}")),
            _ => message,
        }
    }
}

/// A valid physician's number, as its 11 digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InamiNumber {
    digits: String,
}

impl InamiNumber {
    pub fn parse(text: &str) -> Result<InamiNumber, InamiError> {
        let mut digits = String::with_capacity(11);
        for c in text.chars() {
            match c {
                '0'..='9' => digits.push(c),
                '-' | '.' | ' ' | '/' => {}
                _ => return Err(InamiError::InvalidCharacter),
            }
        }
        if digits.is_empty() {
            return Err(InamiError::Empty);
        }
        if digits.len() != 11 {
            return Err(InamiError::WrongLength {
                digits: digits.chars().count(),
            });
        }
        if !digits.starts_with('1') {
            return Err(InamiError::NotPhysician);
        }
        let n6: u32 = digits[0..6].parse().map_err(|_| InamiError::InvalidCharacter)?;
        let found: u8 = digits[6..8].parse().map_err(|_| InamiError::InvalidCharacter)?;
        let (expected_97, expected_89) = check_digits(n6);
        if found != expected_97 && found != expected_89 {
            return Err(InamiError::CheckDigits {
                expected_97,
                expected_89,
                found,
            });
        }
        Ok(InamiNumber { digits })
    }

    /// The three-digit competence code.
    pub(crate) fn competence_code(&self) -> &str {
        &self.digits[8..11]
    }

    /// Whether the competence code is one of general practice (the only codes known here).
    pub(crate) fn is_general_practice(&self) -> bool {
        GENERAL_PRACTICE_CODES.contains(&self.competence_code())
    }

    /// The usual written form `1-23456-78-901`.
    pub(crate) fn formatted(&self) -> String {
        let d = &self.digits;
        format!("{}-{}-{}-{}", &d[0..1], &d[1..6], &d[6..8], &d[8..11])
    }

    pub fn digits(&self) -> &str {
        &self.digits
    }
}

/// The two accepted check-digit values for the first six digits: (mod-97 series, mod-89 series).
/// A number as lists, labels and file names show it: a valid one written the one way
/// (1-23456-25-004) however it was typed (dots, spaces, no separators); anything else as typed.
pub fn shown(text: &str) -> String {
    InamiNumber::parse(text).map_or_else(|_| text.trim().to_owned(), |number| number.formatted())
}

pub(crate) fn check_digits(n6: u32) -> (u8, u8) {
    let series = |modulus: u32| {
        let rest = n6 % modulus;
        // A remainder of 0 gives the modulus itself (97 or 89), never 0.
        (modulus - rest) as u8
    };
    (series(97), series(89))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digits_follow_both_series() {
        // AGREEMENTS.md: N6 = 123456 gives 25 (mod 97) or 76 (mod 89).
        assert_eq!(check_digits(123456), (25, 76));
    }

    #[test]
    fn a_remainder_of_zero_gives_the_modulus() {
        assert_eq!(check_digits(97 * 1100).0, 97);
        assert_eq!(check_digits(89 * 1200).1, 89);
    }

    #[test]
    fn separators_are_ignored() {
        for text in ["1-23456-25-004", "12345625004", "1.23456.25.004", "1 23456 25 004"] {
            assert_eq!(
                InamiNumber::parse(text).map(|n| n.formatted()),
                Ok("1-23456-25-004".into()),
                "{text}"
            );
        }
    }

    #[test]
    fn either_series_is_accepted() {
        assert!(InamiNumber::parse("1-23456-25-004").is_ok());
        assert!(InamiNumber::parse("1-23456-76-004").is_ok());
        assert_eq!(
            InamiNumber::parse("1-23456-26-004"),
            Err(InamiError::CheckDigits {
                expected_97: 25,
                expected_89: 76,
                found: 26
            })
        );
    }

    #[test]
    fn malformed_numbers_say_why() {
        assert_eq!(InamiNumber::parse(""), Err(InamiError::Empty));
        assert_eq!(
            InamiNumber::parse("1-2345-25-004"),
            Err(InamiError::WrongLength { digits: 10 })
        );
        assert_eq!(InamiNumber::parse("2-23456-25-004"), Err(InamiError::NotPhysician));
        assert_eq!(InamiNumber::parse("1-2345a-25-004"), Err(InamiError::InvalidCharacter));
    }

    #[test]
    fn general_practice_codes_are_recognised_and_others_are_not() {
        let code = |text: &str| InamiNumber::parse(text).unwrap().is_general_practice();
        assert!(code("1-23456-25-003"));
        assert!(code("1-23456-25-009"));
        assert!(!code("1-23456-25-580"));
    }
}
