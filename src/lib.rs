//! Conventio: prepare a Belgian doctor's declaration of adherence to the national medico-mutualist
//! agreement. `core` holds everything without a window; `cli` is the command line; `gui` the window.

pub mod app;
pub mod cli;
pub mod core;
