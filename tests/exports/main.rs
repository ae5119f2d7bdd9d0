//! The documents made from a declaration: PDF, calendar and plain text.

mod calendar;
mod pdf;
mod text;
