//! The documents made from a declaration: PDF, calendar and plain text; and the practice
//! overview printed as a list.

mod calendar;
mod list;
mod pdf;
mod text;
