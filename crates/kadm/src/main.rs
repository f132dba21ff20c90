//! The `kadm` command.

fn main() -> std::process::ExitCode {
    kadm::main_with(std::env::args_os().collect())
}
