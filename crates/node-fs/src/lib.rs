//! The node's filesystem as kadm sees it. This crate is the only place where kadm opens, reads,
//! creates, renames or removes files.
//!
//! - **One resolution rule.** A [`Root`] stands for the node's `/`. Without `--rootfs` it is the
//!   host's own root and paths mean what they mean on the host. With `--rootfs DIR`, every path and
//!   every symbolic link met while resolving it is resolved inside `DIR`, as after a `chroot`:
//!   absolute links start from `DIR`, and `..` never climbs above it. The kernel enforces it
//!   (`openat2` with `RESOLVE_IN_ROOT`), so no link can make kadm read or write outside the root.
//! - **Bounded reads.** Only regular files are read, and never more than a cap that fits the kind
//!   of file: a FIFO, a device or a huge file is an error that names the file and the reason.
//! - **Atomic, durable writes** ([`Root::write_batch`]): each file is staged in its directory as
//!   a temporary file created with mode 0600, given its final mode, fsynced, and renamed into place;
//!   the directory is fsynced after. A batch is journaled per directory, so the files of one batch
//!   in one directory (a certificate and its key) appear together or not at all, even across a
//!   crash: the next run finishes a journaled batch and removes temporary files nobody committed.
//! - **Removal without following** ([`Root::remove_file`], [`Root::remove_dir_all`]): the
//!   directories on the way are resolved inside the root, the last name never: a symbolic link is
//!   removed itself, and a tree is emptied through directory descriptors, never through a link.
//! - **One run at a time** ([`Root::lock`]): a lock on the root, held for a whole run, released by
//!   the kernel when the process ends (no stale lock files).

mod error;
mod journal;
mod lock;
mod read;
mod remove;
mod root;
mod write;

pub use error::FsError;
pub use lock::{LockMode, RootLock};
pub use read::{Entry, Limit};
pub use root::Root;
pub use write::{Durability, FileSpec, MODE_DIR, MODE_PUBLIC, MODE_SECRET};
