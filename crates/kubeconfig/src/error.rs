//! The one error type of this crate.

use std::fmt;
use std::path::PathBuf;

/// What can go wrong reading a kubeconfig or resolving its current context.
///
/// Every variant names the file (`path`); a configuration built in memory and never read from a
/// file is named `(in-memory kubeconfig)`.
#[derive(Debug, thiserror::Error)]
pub enum KubeConfigError {
    /// The file could not be read.
    #[error("{}: cannot read the kubeconfig: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why reading failed.
        source: std::io::Error,
    },

    /// The text is not YAML, or its YAML does not have the shape of a kubeconfig (a field of the
    /// wrong type, a `-data` field that is not base64).
    #[error("{}{}: {}{message}", path.display(), Position(*position), FieldPrefix(field.as_deref()))]
    Invalid {
        /// The file.
        path: PathBuf,
        /// Line and column (both from 1) of the fault, when known.
        position: Option<(u64, u64)>,
        /// The field at fault, as a path such as `users[0].user.client-key-data`, when known.
        field: Option<String>,
        /// What is wrong.
        message: String,
    },

    /// `apiVersion` or `kind` is not the one kubectl reads (`v1`, `Config`).
    #[error("{}: {field} is {}, expected {expected:?}", path.display(), Cut(found))]
    WrongType {
        /// The file.
        path: PathBuf,
        /// `apiVersion` or `kind`.
        field: &'static str,
        /// The value found in the file.
        found: String,
        /// The value kubectl expects.
        expected: &'static str,
    },

    /// `current-context` is empty or absent.
    #[error(
        "{}: no current-context is set; choose one with `kubectl config use-context NAME --kubeconfig {}`",
        path.display(),
        path.display()
    )]
    NoCurrentContext {
        /// The file.
        path: PathBuf,
    },

    /// `current-context` names a context that is not in `contexts`.
    #[error("{}: current-context {} names a context that is not in `contexts`", path.display(), Cut(name))]
    ContextNotFound {
        /// The file.
        path: PathBuf,
        /// The context name given by `current-context`.
        name: String,
    },

    /// The current context leaves its cluster or user empty.
    #[error("{}: context {} names no {kind}", path.display(), Cut(context))]
    ContextLacks {
        /// The file.
        path: PathBuf,
        /// The current context.
        context: String,
        /// Which reference is empty.
        kind: EntryKind,
    },

    /// The current context names a cluster or user that the file does not define.
    #[error("{}: context {} names {kind} {}, which is not in `{}`", path.display(), Cut(context), Cut(name), kind.list())]
    EntryNotFound {
        /// The file.
        path: PathBuf,
        /// The current context.
        context: String,
        /// Whether a cluster or a user is missing.
        kind: EntryKind,
        /// The name that was looked for.
        name: String,
    },
}

/// The two kinds of entry a context refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKind {
    /// An entry of `clusters`.
    Cluster,
    /// An entry of `users`.
    User,
}

impl EntryKind {
    /// The top-level list that holds entries of this kind.
    fn list(self) -> &'static str {
        match self {
            EntryKind::Cluster => "clusters",
            EntryKind::User => "users",
        }
    }
}

impl fmt::Display for EntryKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EntryKind::Cluster => "cluster",
            EntryKind::User => "user",
        })
    }
}

/// Renders a name or value from the file quoted and cut to its first 40 characters (then `…`):
/// a long one is more likely pasted data, a token or a key, than a name.
struct Cut<'a>(&'a str);

impl fmt::Display for Cut<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.char_indices().nth(40) {
            Some((cut, _)) => write!(f, "{:?}…", &self.0[..cut]),
            None => write!(f, "{:?}", self.0),
        }
    }
}

/// Renders `:line:column` after a file name, or nothing when the position is unknown.
struct Position(Option<(u64, u64)>);

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some((line, column)) => write!(f, ":{line}:{column}"),
            None => Ok(()),
        }
    }
}

/// Renders `field: ` before a message, or nothing when no field is known.
struct FieldPrefix<'a>(Option<&'a str>);

impl fmt::Display for FieldPrefix<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(field) if !field.is_empty() => write!(f, "{field}: "),
            _ => Ok(()),
        }
    }
}
