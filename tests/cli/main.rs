//! The command-line contract of FORMAT.md on the real binary, in every language, and its exports.

mod contract;
mod export;
mod languages;
mod registration;
