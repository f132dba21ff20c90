//! One kadm run per root at a time.

use std::os::fd::OwnedFd;
use std::path::Path;
use std::time::{Duration, Instant};

use rustix::fs::{FlockOperation, OFlags};

use crate::error::FsError;
use crate::root::Root;

/// How a run holds the root.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockMode {
    /// A run that only reads (a dry run, `kubeconfig user`): other readers may run beside it.
    Shared,
    /// A run that writes: alone; it may also finish what an interrupted run left.
    Exclusive,
}

/// The held lock; dropping it (or the process ending, however it ends) releases it.
#[derive(Debug)]
pub struct RootLock {
    _fd: Option<OwnedFd>,
}

impl Root {
    /// Locks the root (`flock` on its directory) for a run, waiting up to `wait` for another run
    /// to finish; `on_wait` is called once if this run has to wait. An exclusive lock creates a
    /// missing `--rootfs` directory and lets this run finish batches an interrupted run left.
    pub fn lock(
        &self,
        mode: LockMode,
        wait: Duration,
        on_wait: impl FnOnce(),
    ) -> Result<RootLock, FsError> {
        let dir = self.dir().unwrap_or(Path::new("/")).to_path_buf();
        if mode == LockMode::Exclusive {
            self.sys(&dir, true)?;
        }
        let fd = match self.open_if_exists(&dir, OFlags::RDONLY | OFlags::DIRECTORY, "open")? {
            Some(fd) => fd,
            // A shared lock on a root that does not exist: there is nothing to read or protect.
            None => return Ok(RootLock { _fd: None }),
        };
        let try_op = match mode {
            LockMode::Shared => FlockOperation::NonBlockingLockShared,
            LockMode::Exclusive => FlockOperation::NonBlockingLockExclusive,
        };
        let start = Instant::now();
        let mut on_wait = Some(on_wait);
        loop {
            match rustix::fs::flock(&fd, try_op) {
                Ok(()) => break,
                Err(rustix::io::Errno::WOULDBLOCK) if start.elapsed() < wait => {
                    if let Some(notify) = on_wait.take() {
                        notify();
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(rustix::io::Errno::WOULDBLOCK) => {
                    return Err(FsError::Locked {
                        root: dir,
                        waited_secs: start.elapsed().as_secs(),
                    });
                }
                Err(e) => return Err(FsError::io(&dir, "lock", e.into())),
            }
        }
        if mode == LockMode::Exclusive {
            self.allow_recovery();
        }
        Ok(RootLock { _fd: Some(fd) })
    }
}
