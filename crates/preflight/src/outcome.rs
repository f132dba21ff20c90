//! What a check finds, how `--ignore-preflight-errors` turns its errors into warnings, and the
//! one error a failed preflight ends with.

use std::collections::BTreeSet;

/// A problem a check found, with what fixes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What is wrong, naming the file, port or setting.
    pub message: String,
    /// What the user can do about it (`remove the directory ...`).
    pub fix: String,
}

impl Problem {
    /// A problem and its fix.
    pub fn new(message: impl Into<String>, fix: impl Into<String>) -> Self {
        Problem {
            message: message.into(),
            fix: fix.into(),
        }
    }
}

/// What one check found: errors (fatal unless ignored) and warnings (never fatal).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Findings {
    /// Fatal problems.
    pub errors: Vec<Problem>,
    /// Remarks that never stop the run (kubeadm's swap warning).
    pub warnings: Vec<String>,
}

impl Findings {
    /// Nothing found.
    pub fn pass() -> Self {
        Findings::default()
    }

    /// One fatal problem.
    pub fn error(message: impl Into<String>, fix: impl Into<String>) -> Self {
        Findings {
            errors: vec![Problem::new(message, fix)],
            warnings: Vec::new(),
        }
    }

    /// One warning.
    pub fn warning(message: impl Into<String>) -> Self {
        Findings {
            errors: Vec::new(),
            warnings: vec![message.into()],
        }
    }
}

/// How a check ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Nothing found.
    Passed,
    /// Only warnings, or errors that `--ignore-preflight-errors` turned into warnings.
    Warned,
    /// Errors: the phase fails.
    Failed,
    /// Not run (a check of this machine under `--rootfs`).
    Skipped,
}

impl Status {
    /// The status as the JSON result spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Passed => "passed",
            Status::Warned => "warned",
            Status::Failed => "failed",
            Status::Skipped => "skipped",
        }
    }
}

/// One check's result after the ignore list is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// kubeadm's name for the check (`Port-6443`, `FileAvailable--etc-kubernetes-admin.conf`).
    pub name: String,
    /// How it ended.
    pub status: Status,
    /// Errors that stop the run.
    pub errors: Vec<Problem>,
    /// Warnings, including ignored errors (as `message` only).
    pub warnings: Vec<String>,
    /// Whether some of the warnings are errors the ignore list demoted.
    pub ignored: bool,
}

impl Outcome {
    /// The result of check `name` that found `findings`, given the (lowercased) names to ignore.
    pub fn of(name: String, findings: Findings, ignore: &BTreeSet<String>) -> Self {
        let Findings {
            mut errors,
            mut warnings,
        } = findings;
        let ignored = !errors.is_empty() && ignores(ignore, &name);
        if ignored {
            warnings.extend(errors.drain(..).map(|p| p.message));
        }
        let status = if !errors.is_empty() {
            Status::Failed
        } else if !warnings.is_empty() {
            Status::Warned
        } else {
            Status::Passed
        };
        Outcome {
            name,
            status,
            errors,
            warnings,
            ignored,
        }
    }

    /// A check not run.
    pub fn skipped(name: String) -> Self {
        Outcome {
            name,
            status: Status::Skipped,
            errors: Vec::new(),
            warnings: Vec::new(),
            ignored: false,
        }
    }
}

/// Whether the ignore list covers check `name`: `all`, or the name in any case (as kubeadm).
pub fn ignores(ignore: &BTreeSet<String>, name: &str) -> bool {
    ignore.contains("all") || ignore.contains(&name.to_lowercase())
}

/// Why the `preflight` phase failed.
#[derive(Debug, thiserror::Error)]
pub enum PreflightError {
    /// Checks found errors the ignore list does not cover.
    #[error(
        "{} failed; nothing was written:\n{}\nmake a check non-fatal with \
         --ignore-preflight-errors=NAME[,NAME...] (or nodeRegistration.ignorePreflightErrors), \
         or every check with --ignore-preflight-errors=all",
        count(.0.len()),
        lines(.0)
    )]
    Failed(Vec<(String, Problem)>),
}

fn count(n: usize) -> String {
    match n {
        1 => "1 preflight check".to_string(),
        n => format!("{n} preflight checks"),
    }
}

fn lines(failed: &[(String, Problem)]) -> String {
    failed
        .iter()
        .map(|(name, p)| {
            format!(
                "\t[ERROR {name}]: {}: {}, or pass --ignore-preflight-errors={name}",
                p.message, p.fix
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn ignoring_turns_errors_into_warnings_by_name_in_any_case_or_all() {
        let found = || Findings::error("Port 6443 is in use", "stop it");
        let failed = Outcome::of("Port-6443".into(), found(), &set(&["port-10250"]));
        assert_eq!(failed.status, Status::Failed);
        assert_eq!(failed.errors.len(), 1);
        for ignore in [set(&["port-6443"]), set(&["all"])] {
            let o = Outcome::of("Port-6443".into(), found(), &ignore);
            assert_eq!(o.status, Status::Warned);
            assert!(o.ignored && o.errors.is_empty());
            assert_eq!(o.warnings, ["Port 6443 is in use"]);
        }
        let warned = Outcome::of("Swap".into(), Findings::warning("swap"), &set(&[]));
        assert_eq!((warned.status, warned.ignored), (Status::Warned, false));
        let passed = Outcome::of("Mem".into(), Findings::pass(), &set(&["all"]));
        assert_eq!((passed.status, passed.ignored), (Status::Passed, false));
    }

    #[test]
    fn the_error_lists_every_failed_check_with_its_fix_and_the_flag() {
        let err = PreflightError::Failed(vec![
            (
                "Port-6443".into(),
                Problem::new("Port 6443 is in use", "stop it"),
            ),
            ("Mem".into(), Problem::new("too little", "add memory")),
        ]);
        let text = err.to_string();
        assert!(
            text.starts_with("2 preflight checks failed; nothing was written:\n"),
            "{text}"
        );
        assert!(text.contains(
            "\t[ERROR Port-6443]: Port 6443 is in use: stop it, or pass --ignore-preflight-errors=Port-6443\n"
        ), "{text}");
        assert!(
            text.contains(
                "\t[ERROR Mem]: too little: add memory, or pass --ignore-preflight-errors=Mem\n"
            ),
            "{text}"
        );
    }
}
