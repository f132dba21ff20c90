//! The kadm binary's library half: the command tree, the phase registration, and dispatch. The
//! binary itself (`main.rs`) only calls [`main_with`].

mod apply_objects;
mod certs;
mod check_expiration;
pub mod cli;
mod commands;
mod join;
pub mod phases;
pub mod printer;
mod report;
mod reset;
mod rotate_ca;
mod token;

use std::process::ExitCode;

/// Runs kadm with the given arguments (the first is the program name) and returns the exit code.
pub fn main_with(args: Vec<std::ffi::OsString>) -> ExitCode {
    let workflow = match phases::init_workflow() {
        Ok(w) => w,
        Err(e) => {
            printer::error(&format!("error: the phase tree is invalid: {e}"));
            return ExitCode::from(2);
        }
    };
    let join = match phases::join_workflow() {
        Ok(w) => w,
        Err(e) => {
            printer::error(&format!("error: the join phase tree is invalid: {e}"));
            return ExitCode::from(2);
        }
    };
    let matches = match cli::build(&workflow, &join).try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            let code = check_expiration::usage_exit_code(&args, e.exit_code());
            return ExitCode::from(u8::try_from(code).unwrap_or(2));
        }
    };
    match commands::dispatch(&workflow, &join, &matches) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.downcast_ref::<Exit>().is_some() => {
            let code = e.downcast_ref::<Exit>().map_or(1, |exit| exit.code);
            printer::error(&e.to_string());
            ExitCode::from(code)
        }
        Err(e) => {
            let text = render(&e);
            match e.downcast_ref::<kadm_phase_runner::RunError>() {
                // The runner's message already reads `error execution phase <path>: <cause>`.
                Some(kadm_phase_runner::RunError::Phase { .. })
                | Some(kadm_phase_runner::RunError::Condition { .. }) => printer::error(&text),
                _ => printer::error(&format!("error: {text}")),
            }
            ExitCode::FAILURE
        }
    }
}

/// A command's own exit code other than 1, with the line that says why (on stderr): the result
/// was printed in full first. `certs check-expiration --fail-within` exits 2 this way.
#[derive(Debug)]
pub(crate) struct Exit {
    /// The process's exit code.
    pub(crate) code: u8,
    /// Why, for stderr.
    pub(crate) message: String,
}

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Exit {}

/// The error and its causes on one line. Errors show a cause either in their own message or
/// as their `source()`, never both, so the chain is printed as it is.
pub(crate) fn render(e: &anyhow::Error) -> String {
    e.chain()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(": ")
}

#[cfg(test)]
mod tests {
    use super::render;

    #[derive(Debug, thiserror::Error)]
    #[error("{path}: cannot read the file")]
    struct Read {
        path: &'static str,
        source: std::io::Error,
    }

    #[test]
    fn the_chain_is_printed_in_order_once() {
        let io = std::io::Error::other("truncated PEM");
        let e = anyhow::Error::new(Read {
            path: "ca.crt",
            source: io,
        })
        .context("error execution phase certs/ca");
        assert_eq!(
            render(&e),
            "error execution phase certs/ca: ca.crt: cannot read the file: truncated PEM"
        );
    }
}
