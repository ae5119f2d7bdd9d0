//! Conventio: prepare a Belgian doctor's declaration of adherence to the national medico-mutualist
//! agreement. `core` holds everything without a window; `cli` is the command line; `app` the window
//! (cargo feature `gui`, on by default).

#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
pub mod core;
