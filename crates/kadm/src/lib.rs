//! The kadm binary's library half: the command tree, the phase registration, and dispatch. The
//! binary itself (`main.rs`) only calls [`main_with`].

pub mod cli;
mod commands;
pub mod phases;
pub mod printer;

use std::process::ExitCode;

/// Runs kadm with the given arguments (the first is the program name) and returns the exit code.
pub fn main_with(args: Vec<std::ffi::OsString>) -> ExitCode {
    let workflow = match phases::init_workflow() {
        Ok(w) => w,
        Err(e) => {
            eprintln!("error: the phase tree is invalid: {e}");
            return ExitCode::from(2);
        }
    };
    let matches = match cli::build(&workflow).try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    match commands::dispatch(&workflow, &matches) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            match e.downcast_ref::<kadm_phase_runner::RunError>() {
                // The runner's message already reads `error execution phase <path>: <cause>`.
                Some(kadm_phase_runner::RunError::Phase { .. })
                | Some(kadm_phase_runner::RunError::Condition { .. }) => eprintln!("{e:#}"),
                _ => eprintln!("error: {e:#}"),
            }
            ExitCode::FAILURE
        }
    }
}
