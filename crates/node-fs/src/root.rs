//! [`Root`]: the node's `/`, and how a path is found under it.

use std::collections::HashSet;
use std::io;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use rustix::fs::{CWD, Mode, OFlags, ResolveFlags};

use crate::error::FsError;

/// The node's root directory: the host's `/`, or a `--rootfs` directory that stands for it.
///
/// Paths handed to a `Root` are *host paths* as [`Root::host_path`] makes them (what a user finds
/// on the host and what messages show); the `Root` resolves them inside itself. Cloning is cheap.
#[derive(Clone)]
pub struct Root(Arc<Inner>);

struct Inner {
    /// `None` for the host's root.
    dir: Option<PathBuf>,
    /// The `--rootfs` directory, opened once it exists.
    fd: OnceLock<OwnedFd>,
    /// Whether an interrupted batch may be finished (only while holding the lock exclusively).
    recover: AtomicBool,
    /// Directories already checked for interrupted batches in this process.
    recovered: Mutex<HashSet<PathBuf>>,
}

impl std::fmt::Debug for Root {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0.dir {
            Some(dir) => write!(f, "Root({})", dir.display()),
            None => f.write_str("Root(/)"),
        }
    }
}

impl PartialEq for Root {
    fn eq(&self, other: &Self) -> bool {
        self.0.dir == other.0.dir
    }
}

impl Eq for Root {}

/// Where a syscall finds a path: a path relative to the `--rootfs` directory, resolved by the
/// kernel inside it, or a plain host path.
pub(crate) enum Sys<'a> {
    /// Relative to the root directory's descriptor; `.` for the root itself.
    InRoot(BorrowedFd<'a>, PathBuf),
    /// A host path (absolute, or relative to the working directory).
    Host(PathBuf),
    /// Under a `--rootfs` directory that does not exist yet: nothing is there.
    Missing,
}

impl Root {
    /// The host's own root: paths mean what they mean on the host.
    pub fn host() -> Root {
        Root::new(None)
    }

    /// A directory that stands for the node's `/` (`--rootfs`). It need not exist yet: lookups
    /// then find nothing, and the first write creates it.
    pub fn at(dir: impl Into<PathBuf>) -> Root {
        Root::new(Some(dir.into()))
    }

    fn new(dir: Option<PathBuf>) -> Root {
        Root(Arc::new(Inner {
            dir,
            fd: OnceLock::new(),
            recover: AtomicBool::new(false),
            recovered: Mutex::new(HashSet::new()),
        }))
    }

    /// The `--rootfs` directory, or `None` for the host's root.
    pub fn dir(&self) -> Option<&Path> {
        self.0.dir.as_deref()
    }

    /// Whether this is the host's own root (no `--rootfs`).
    pub fn is_host(&self) -> bool {
        self.0.dir.is_none()
    }

    /// Where a path of the node is found on the host: the path made clean (`.` dropped, `..`
    /// folded, never above `/`, as Go's `filepath.Clean` and so kubeadm do), then put under the
    /// `--rootfs` directory. A relative path is returned clean but otherwise as given; the
    /// operations of a `--rootfs` root refuse it.
    pub fn host_path(&self, node: impl AsRef<Path>) -> PathBuf {
        let node = clean(node.as_ref());
        match &self.0.dir {
            Some(dir) if node.is_absolute() => {
                let mut out = dir.clone();
                out.extend(node.components().skip(1));
                out
            }
            _ => node,
        }
    }

    /// The node's view of a host path under this root (`<rootfs>/etc/x` → `/etc/x`), or `None`
    /// when it is not under it.
    pub fn node_path(&self, host: &Path) -> Option<PathBuf> {
        match &self.0.dir {
            None => Some(clean(host)),
            Some(dir) => clean(host)
                .strip_prefix(clean(dir))
                .ok()
                .map(|rest| Path::new("/").join(rest)),
        }
    }

    /// Allows this root to finish batches an earlier run left half done (set by the lock).
    pub(crate) fn allow_recovery(&self) {
        self.0.recover.store(true, Ordering::SeqCst);
    }

    /// Whether this directory still has to be checked for an interrupted batch; marks it checked.
    pub(crate) fn needs_recovery(&self, dir: &Path) -> bool {
        self.0.recover.load(Ordering::SeqCst)
            && self
                .0
                .recovered
                .lock()
                .map(|mut done| done.insert(clean(dir)))
                .unwrap_or(false)
    }

    /// The `--rootfs` directory's descriptor: opened on first use; created first when `create`.
    fn root_fd(&self, create: bool) -> Result<Option<BorrowedFd<'_>>, FsError> {
        let Some(dir) = &self.0.dir else {
            return Ok(None);
        };
        if let Some(fd) = self.0.fd.get() {
            return Ok(Some(fd.as_fd()));
        }
        let flags = OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC;
        let fd = match rustix::fs::open(dir, flags, Mode::empty()) {
            Ok(fd) => fd,
            Err(e) if e == rustix::io::Errno::NOENT && create => {
                std::fs::create_dir_all(dir)
                    .map_err(|e| FsError::io(dir, "create the root directory", e))?;
                rustix::fs::open(dir, flags, Mode::empty())
                    .map_err(|e| FsError::io(dir, "open the root directory", e.into()))?
            }
            Err(e) if e == rustix::io::Errno::NOENT => return Ok(None),
            Err(e) => return Err(FsError::io(dir, "open the root directory", e.into())),
        };
        // Probe once that the kernel can confine resolution to the directory.
        match rustix::fs::openat2(&fd, ".", flags, Mode::empty(), in_root()) {
            Ok(_) => {}
            Err(rustix::io::Errno::NOSYS) => {
                return Err(FsError::Unsupported { root: dir.clone() });
            }
            Err(e) => return Err(FsError::io(dir, "open the root directory", e.into())),
        }
        let _ = self.0.fd.set(fd);
        Ok(self.0.fd.get().map(|fd| fd.as_fd()))
    }

    /// How a syscall reaches `host` (made clean first); `create` makes a missing `--rootfs`
    /// directory.
    pub(crate) fn sys(&self, host: &Path, create: bool) -> Result<Sys<'_>, FsError> {
        let host = clean(host);
        let Some(dir) = &self.0.dir else {
            return Ok(Sys::Host(host));
        };
        let rel = match host.strip_prefix(clean(dir)) {
            Ok(rel) if host.is_absolute() == dir.is_absolute() => rel.to_path_buf(),
            _ => {
                return Err(FsError::OutsideRoot {
                    path: host,
                    root: dir.clone(),
                });
            }
        };
        let rel = if rel.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            rel
        };
        Ok(match self.root_fd(create)? {
            Some(fd) => Sys::InRoot(fd, rel),
            None => Sys::Missing,
        })
    }

    /// Opens `host` with `flags` (links followed inside the root; `mode` when creating); errors
    /// say they happened while trying to `action`.
    pub(crate) fn open(
        &self,
        host: &Path,
        flags: OFlags,
        mode: Mode,
        action: &'static str,
    ) -> Result<OwnedFd, FsError> {
        let create = flags.contains(OFlags::CREATE);
        let sys = self.sys(host, create)?;
        open_sys(&sys, flags | OFlags::CLOEXEC, mode).map_err(|e| io_error(host, action, e))
    }

    /// [`Root::open`], with `None` when the path does not exist (or runs through a file).
    pub(crate) fn open_if_exists(
        &self,
        host: &Path,
        flags: OFlags,
        action: &'static str,
    ) -> Result<Option<OwnedFd>, FsError> {
        let sys = self.sys(host, false)?;
        match open_sys(&sys, flags | OFlags::CLOEXEC, Mode::empty()) {
            Ok(fd) => Ok(Some(fd)),
            Err(e) if is_absent(&e) => Ok(None),
            Err(e) => Err(io_error(host, action, e)),
        }
    }
}

/// Whether an error means "nothing there": not found, or a path through a non-directory.
pub(crate) fn is_absent(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
    )
}

/// An operating-system error on `path`, with link loops named as such.
pub(crate) fn io_error(path: &Path, action: &'static str, e: io::Error) -> FsError {
    if e.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error()) {
        FsError::LinkLoop {
            path: path.to_path_buf(),
        }
    } else {
        FsError::io(path, action, e)
    }
}

/// Resolution inside the root: absolute links and `..` stay under it; `/proc` magic links are
/// refused.
fn in_root() -> ResolveFlags {
    ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS
}

/// Opens what `sys` names.
pub(crate) fn open_sys(sys: &Sys<'_>, flags: OFlags, mode: Mode) -> io::Result<OwnedFd> {
    match sys {
        Sys::InRoot(fd, rel) => {
            // The kernel asks to retry when a rename elsewhere raced with a `..` lookup.
            let mut tries = 0;
            loop {
                match rustix::fs::openat2(fd, rel, flags, mode, in_root()) {
                    Err(rustix::io::Errno::AGAIN) if tries < 16 => tries += 1,
                    other => return other.map_err(io::Error::from),
                }
            }
        }
        Sys::Host(path) => rustix::fs::openat(CWD, path, flags, mode).map_err(io::Error::from),
        Sys::Missing => Err(io::ErrorKind::NotFound.into()),
    }
}

/// A path made clean the way Go's `filepath.Clean` does: `.` dropped, `x/..` folded, `..` at the
/// root dropped (a relative path keeps its leading `..`).
pub(crate) fn clean(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    let mut depth = 0usize;
    for c in path.components() {
        match c {
            Component::RootDir | Component::Prefix(_) => out.push(c.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir if depth > 0 => {
                out.pop();
                depth -= 1;
            }
            Component::ParentDir if path.is_absolute() => {}
            Component::ParentDir => out.push(".."),
            Component::Normal(part) => {
                out.push(part);
                depth += 1;
            }
        }
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_folds_dots_and_never_climbs_above_root() {
        assert_eq!(clean(Path::new("/etc/../../tmp/x")), Path::new("/tmp/x"));
        assert_eq!(clean(Path::new("/a/./b//c/..")), Path::new("/a/b"));
        assert_eq!(clean(Path::new("../x/../y")), Path::new("../y"));
        assert_eq!(clean(Path::new("a/..")), Path::new("."));
    }

    #[test]
    fn host_and_node_paths() {
        let r = Root::at("/tmp/r");
        assert_eq!(
            r.host_path("/etc/../../tmp/x"),
            Path::new("/tmp/r/tmp/x"),
            "resolves as the node would"
        );
        assert_eq!(r.host_path("/"), Path::new("/tmp/r"));
        assert_eq!(
            r.node_path(Path::new("/tmp/r/etc/kubernetes")),
            Some(PathBuf::from("/etc/kubernetes"))
        );
        assert_eq!(r.node_path(Path::new("/elsewhere")), None);
        let host = Root::host();
        assert_eq!(
            host.host_path("/etc/kubernetes"),
            Path::new("/etc/kubernetes")
        );
        assert_eq!(host.host_path("rel/dir"), Path::new("rel/dir"));
    }

    #[test]
    fn paths_outside_a_rootfs_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let r = Root::at(tmp.path());
        for bad in [Path::new("/etc/passwd"), Path::new("rel/x")] {
            let err = r.sys(bad, false).err().expect("refused");
            assert!(matches!(err, FsError::OutsideRoot { .. }), "{err}");
        }
        assert!(r.sys(&tmp.path().join("etc"), false).is_ok());
    }
}
