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
            printer::error(&format!("error: the phase tree is invalid: {e}"));
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

/// The error and its causes on one line, each cause once: many of our errors already quote their
/// cause in their own message, and printing the chain blindly would repeat it.
fn render(e: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        let msg = cause.to_string();
        if text.contains(&msg) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&msg);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::render;

    #[derive(Debug, thiserror::Error)]
    #[error("reading ca.crt: {0}")]
    struct Quoting(#[source] std::io::Error);

    #[test]
    fn causes_are_printed_once() {
        let io = std::io::Error::other("truncated PEM");
        let e = anyhow::Error::new(Quoting(io)).context("error execution phase certs/ca");
        assert_eq!(
            render(&e),
            "error execution phase certs/ca: reading ca.crt: truncated PEM"
        );
        let plain = anyhow::anyhow!("inner").context("outer");
        assert_eq!(render(&plain), "outer: inner");
    }
}
