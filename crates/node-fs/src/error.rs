//! The crate's error type.

use std::io;
use std::path::PathBuf;

/// What can go wrong on the node's filesystem. Each message names the file or directory (as the
/// user can find it on the host) and, where there is one, the fix; the operating system's error
/// is the [`source`](std::error::Error::source), printed after it by the binary.
#[derive(Debug, thiserror::Error)]
pub enum FsError {
    /// An operation failed.
    #[error("{}: cannot {action}", path.display())]
    Io {
        /// The file or directory at fault.
        path: PathBuf,
        /// What was being done, e.g. "read the file".
        action: &'static str,
        /// The operating system's error.
        #[source]
        source: io::Error,
    },

    /// A file to read is a directory, a FIFO, a device or a socket.
    #[error("{}: is {kind}, not a regular file; put the expected file there", path.display())]
    NotRegular {
        /// The path.
        path: PathBuf,
        /// What it is, e.g. "a FIFO".
        kind: &'static str,
    },

    /// A file to read is larger than any file of its kind can be.
    #[error(
        "{}: is {size} bytes or more, larger than any {what} ({limit} bytes at most); is it the \
         right file?",
        path.display()
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size, or how much was read before giving up.
        size: u64,
        /// The cap for its kind.
        limit: u64,
        /// The kind of file, e.g. "PEM file".
        what: &'static str,
    },

    /// A file to read as text is not UTF-8.
    #[error(
        "{}: is not text (binary data, e.g. DER); a {what} must be text (PEM or YAML)",
        path.display()
    )]
    NotText {
        /// The file.
        path: PathBuf,
        /// The kind of file expected.
        what: &'static str,
    },

    /// A directory is needed where something else stands.
    #[error(
        "{}: is {kind}, not a directory; remove it, or choose another directory",
        path.display()
    )]
    NotADirectory {
        /// The path.
        path: PathBuf,
        /// What stands there, e.g. "a regular file".
        kind: &'static str,
    },

    /// A symbolic link that must be followed points to nothing (inside the root).
    #[error(
        "{}: is a symbolic link to {}, which does not exist{}; create it or remove the link",
        path.display(), target.display(), if *in_root { " under the root" } else { "" }
    )]
    DanglingLink {
        /// The link.
        path: PathBuf,
        /// Where it points, as written in the link.
        target: PathBuf,
        /// Whether the target was looked up inside `--rootfs`.
        in_root: bool,
    },

    /// Resolving a path met too many symbolic links.
    #[error("{}: too many levels of symbolic links (a loop?)", path.display())]
    LinkLoop {
        /// The path.
        path: PathBuf,
    },

    /// A path handed to a [`Root`](crate::Root) lies outside it (a relative path, or one that is
    /// not under `--rootfs`).
    #[error(
        "{}: is not inside the root {}; paths on the node must be absolute",
        path.display(), root.display()
    )]
    OutsideRoot {
        /// The path.
        path: PathBuf,
        /// The root directory.
        root: PathBuf,
    },

    /// The same path twice in one batch of writes.
    #[error("{}: written twice in one batch (a bug in kadm)", path.display())]
    DuplicatePath {
        /// The path.
        path: PathBuf,
    },

    /// Another kadm run held the root's lock for longer than this run would wait.
    #[error(
        "{}: another kadm run still works on this node after {waited_secs} s; wait for it to end \
         and run again (the lock goes away with the process that holds it)",
        root.display()
    )]
    Locked {
        /// The root directory.
        root: PathBuf,
        /// How long this run waited.
        waited_secs: u64,
    },

    /// The kernel cannot confine path resolution to a directory.
    #[error(
        "--rootfs {}: this kernel cannot resolve paths inside a directory (openat2 needs Linux \
         5.6 or later); run kadm inside the root with chroot instead",
        root.display()
    )]
    Unsupported {
        /// The root directory.
        root: PathBuf,
    },
}

impl FsError {
    /// An I/O failure on `path` while doing `action`.
    pub(crate) fn io(path: impl Into<PathBuf>, action: &'static str, source: io::Error) -> Self {
        FsError::Io {
            path: path.into(),
            action,
            source,
        }
    }

    /// Whether the error says the file does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, FsError::Io { source, .. } if source.kind() == io::ErrorKind::NotFound)
    }
}
