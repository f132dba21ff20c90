//! The runner's errors: a bad definition, a request that cannot be planned, a failing phase.

use crate::phase::BoxError;

/// A phase tree that breaks the runner's rules (a programming error in a phase crate).
#[derive(Debug, thiserror::Error)]
pub enum DefinitionError {
    /// Names must be non-empty and contain no `/`, `,` or space.
    #[error("invalid phase name {0:?}")]
    InvalidName(String),
    /// `all` is added by the runner.
    #[error("phase {0:?} declares a child named \"all\", which the runner adds itself")]
    ReservedName(String),
    /// Two siblings share a name or alias.
    #[error("phase {parent:?} has two children named {name:?}")]
    Duplicate {
        /// The parent (or command) name.
        parent: String,
        /// The repeated name.
        name: String,
    },
    /// A deprecation names a replacement that is not a sibling.
    #[error("deprecated phase {phase:?} names replacement {replacement:?}, which is not a sibling")]
    UnknownReplacement {
        /// The deprecated phase.
        phase: String,
        /// Its replacement.
        replacement: String,
    },
    /// A dependency names no phase of the workflow.
    #[error("phase {phase:?} depends on {dependency:?}, which is not a phase of the workflow")]
    UnknownDependency {
        /// The dependent phase.
        phase: String,
        /// The unknown dependency.
        dependency: String,
    },
}

/// A request that cannot be turned into a plan.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    /// A name (to run or to skip) that matches no phase.
    #[error(
        "invalid phase name: {name}{}\nvalid phase names are:\n  {}",
        suggestion.as_ref().map(|s| format!(" (did you mean {s:?}?)")).unwrap_or_default(),
        valid.join("\n  ")
    )]
    UnknownPhase {
        /// The name given.
        name: String,
        /// The valid path closest to it, when it looks like a typo.
        suggestion: Option<String>,
        /// Every valid path.
        valid: Vec<String>,
    },
    /// Two members of one exclusive group were asked for.
    #[error(
        "phases {first:?} and {second:?} are mutually exclusive (group {group:?}): run only one of them"
    )]
    MutuallyExclusive {
        /// The group.
        group: String,
        /// One member asked for.
        first: String,
        /// Another member asked for.
        second: String,
    },
    /// A deprecated phase asked for at or past its removal version.
    #[error(
        "phase {path:?} was removed in {removed_in} (target version {target}): use '{replacement}' instead"
    )]
    Removed {
        /// The phase.
        path: String,
        /// Its replacement.
        replacement: String,
        /// The removal version, as displayed.
        removed_in: String,
        /// The run's target version, as displayed.
        target: String,
    },
    /// Phases whose dependencies are not selected before them.
    #[error("unresolved dependencies:{}", .0.iter().map(|(p, m)| format!("\n\tmissing [{}] phase(s) needed by {p:?} phase", m.join(" "))).collect::<String>())]
    UnresolvedDependencies(Vec<(String, Vec<String>)>),
}

/// A run that stopped.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// The request could not be planned.
    #[error(transparent)]
    Plan(#[from] PlanError),
    /// A phase failed.
    #[error("error execution phase {path}")]
    Phase {
        /// The failing phase's path.
        path: String,
        /// What went wrong.
        source: BoxError,
    },
    /// A run-if predicate failed.
    #[error("error execution run condition for phase {path}")]
    Condition {
        /// The phase's path.
        path: String,
        /// What went wrong.
        source: BoxError,
    },
}
