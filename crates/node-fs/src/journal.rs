//! The per-directory journal that makes a batch of files appear together, and the recovery that
//! finishes an interrupted batch and removes temporary files nobody committed.
//!
//! A batch stages every file as a temporary file and makes it durable *before* the journal is
//! written, so a journal only ever names complete files: finishing it (renaming each temporary
//! file still present onto its target) is always right. Temporary files that no journal names
//! belong to a run that stopped before committing; removing them is always right too. Both
//! happen only in a run that holds the root's lock exclusively, so no other kadm run is writing.

use std::ffi::OsStr;
use std::os::fd::OwnedFd;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use rustix::fs::{AtFlags, Mode, OFlags};

use crate::error::FsError;
use crate::read::Limit;
use crate::root::Root;
use crate::write::{MODE_SECRET, TEMP_PREFIX, stage_bytes, sync_fd};

/// The journal's file name in each directory.
pub(crate) const JOURNAL: &str = ".kadm-journal";
/// The first line of a journal.
const HEADER: &[u8] = b"kadm journal v1\n";

/// Stages the journal naming the staged files `(temporary, target)` of `dir`, as a temporary
/// file (fsynced now only when `durable`, else by the caller with the files it names): it
/// counts only once [`commit`] renames it into place.
pub(crate) fn stage(
    dir: &OwnedFd,
    dir_path: &Path,
    entries: &[(&str, &OsStr)],
    durable: bool,
) -> Result<(String, OwnedFd), FsError> {
    let mut body = HEADER.to_vec();
    for (temp, target) in entries {
        body.extend_from_slice(temp.as_bytes());
        body.push(0);
        body.extend_from_slice(target.as_bytes());
        body.push(0);
    }
    stage_bytes(dir, &dir_path.join(JOURNAL), &body, MODE_SECRET, durable)
}

/// Commits a staged journal, once it and every file it names are durable: renames it into place
/// and syncs the directory, so no rename it announces can be durable before it is.
pub(crate) fn commit(dir: &OwnedFd, dir_path: &Path, temp: &str) -> Result<(), FsError> {
    rustix::fs::renameat(dir, temp, dir, JOURNAL)
        .map_err(|e| FsError::io(dir_path.join(JOURNAL), "write the journal", e.into()))?;
    sync_fd(dir, dir_path)
}

/// Removes the journal of a finished batch (a leftover journal naming no file is harmless).
pub(crate) fn remove(dir: &OwnedFd, dir_path: &Path) -> Result<(), FsError> {
    match rustix::fs::unlinkat(dir, JOURNAL, AtFlags::empty()) {
        Ok(()) | Err(rustix::io::Errno::NOENT) => Ok(()),
        Err(e) => Err(FsError::io(
            dir_path.join(JOURNAL),
            "remove the journal",
            e.into(),
        )),
    }
}

/// Finishes an interrupted batch in directory `dir` and removes stale temporary files, once per
/// directory and run, when this run may (it holds the lock exclusively).
pub(crate) fn recover(root: &Root, dir: &Path) -> Result<(), FsError> {
    if !root.needs_recovery(dir) {
        return Ok(());
    }
    let flags = OFlags::RDONLY | OFlags::DIRECTORY;
    match root.open_if_exists(dir, flags, "open the directory")? {
        Some(fd) => repair(&fd, dir),
        None => Ok(()),
    }
}

/// [`recover`] for a directory the writer has open already.
pub(crate) fn recover_open(root: &Root, dir: &Path, fd: &OwnedFd) -> Result<(), FsError> {
    if root.needs_recovery(dir) {
        repair(fd, dir)
    } else {
        Ok(())
    }
}

/// Rolls a journal forward, then removes temporary files of kadm's that no journal named.
fn repair(dir: &OwnedFd, dir_path: &Path) -> Result<(), FsError> {
    let journal_path = dir_path.join(JOURNAL);
    let mut changed = false;
    if let Some(body) = read_journal(dir, &journal_path)? {
        for (temp, target) in parse(&body) {
            match rustix::fs::renameat(dir, temp, dir, target) {
                Ok(()) => changed = true,
                Err(rustix::io::Errno::NOENT) => {} // renamed before the interruption
                Err(e) => {
                    return Err(FsError::io(
                        dir_path.join(OsStr::from_bytes(target)),
                        "finish the interrupted write of",
                        e.into(),
                    ));
                }
            }
        }
        if changed {
            sync_fd(dir, dir_path)?;
        }
        remove(dir, dir_path)?;
    }
    for name in stale_temps(dir, dir_path)? {
        match rustix::fs::unlinkat(dir, name.as_slice(), AtFlags::empty()) {
            Ok(()) | Err(rustix::io::Errno::NOENT) => changed = true,
            Err(e) => {
                return Err(FsError::io(
                    dir_path.join(OsStr::from_bytes(&name)),
                    "remove the stale temporary file",
                    e.into(),
                ));
            }
        }
    }
    if changed {
        sync_fd(dir, dir_path)?;
    }
    Ok(())
}

fn read_journal(dir: &OwnedFd, path: &Path) -> Result<Option<Vec<u8>>, FsError> {
    let fd = match rustix::fs::openat(
        dir,
        JOURNAL,
        OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC,
        Mode::empty(),
    ) {
        Ok(fd) => fd,
        Err(rustix::io::Errno::NOENT) => return Ok(None),
        Err(e) => return Err(FsError::io(path, "open the journal", e.into())),
    };
    let mut body = Vec::new();
    use std::io::Read;
    std::fs::File::from(fd)
        .take(Limit::JOURNAL.bytes)
        .read_to_end(&mut body)
        .map_err(|e| FsError::io(path, "read the journal", e))?;
    Ok(Some(body))
}

/// The `(temporary, target)` pairs of a journal; a damaged journal yields the pairs before the
/// damage (it was never renamed into place, so a damaged one is not kadm's).
fn parse(body: &[u8]) -> Vec<(&[u8], &[u8])> {
    let Some(rest) = body.strip_prefix(HEADER) else {
        return Vec::new();
    };
    let fields: Vec<&[u8]> = rest.split(|b| *b == 0).collect();
    fields
        .chunks_exact(2)
        .filter(|pair| is_temp(pair[0]) && valid_name(pair[1]))
        .map(|pair| (pair[0], pair[1]))
        .collect()
}

/// A single file name (no `/`, not `.` or `..`, not empty).
fn valid_name(name: &[u8]) -> bool {
    !name.is_empty() && name != b"." && name != b".." && !name.contains(&b'/')
}

/// A temporary file of kadm's: this version's `.kadm-tmp.*`, or the `.<name>.XXXXXX.tmp` files
/// versions before the journal left.
fn is_temp(name: &[u8]) -> bool {
    if !valid_name(name) {
        return false;
    }
    if name.starts_with(TEMP_PREFIX.as_bytes()) {
        return true;
    }
    let Some(inner) = name
        .strip_prefix(b".")
        .and_then(|n| n.strip_suffix(b".tmp"))
    else {
        return false;
    };
    match inner.iter().rposition(|b| *b == b'.') {
        Some(dot) if dot > 0 => {
            let random = &inner[dot + 1..];
            random.len() == 6 && random.iter().all(u8::is_ascii_alphanumeric)
        }
        _ => false,
    }
}

/// The names of kadm's temporary files in `dir`.
fn stale_temps(dir: &OwnedFd, dir_path: &Path) -> Result<Vec<Vec<u8>>, FsError> {
    let list = |e: rustix::io::Errno| FsError::io(dir_path, "list the directory", e.into());
    let mut names = Vec::new();
    for entry in rustix::fs::Dir::read_from(dir).map_err(list)? {
        let entry = entry.map_err(list)?;
        let name = entry.file_name().to_bytes();
        if is_temp(name) {
            names.push(name.to_vec());
        }
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_are_recognised_and_nothing_else() {
        for yes in [
            ".kadm-tmp.ca.key.12.0",
            ".ca.key.Ab12cD.tmp",
            ".admin.conf.zzzzzz.tmp",
        ] {
            assert!(is_temp(yes.as_bytes()), "{yes}");
        }
        for no in [
            "ca.key",
            ".ca.key.tmp",
            ".x.toolong1.tmp",
            ".kadm-journal",
            "..",
            "a/b",
        ] {
            assert!(!is_temp(no.as_bytes()), "{no}");
        }
    }

    #[test]
    fn journal_round_trip_and_damage() {
        let mut body = HEADER.to_vec();
        body.extend_from_slice(b".kadm-tmp.ca.crt.1.0\0ca.crt\0.kadm-tmp.ca.key.1.1\0ca.key\0");
        assert_eq!(
            parse(&body),
            [
                (&b".kadm-tmp.ca.crt.1.0"[..], &b"ca.crt"[..]),
                (&b".kadm-tmp.ca.key.1.1"[..], &b"ca.key"[..])
            ]
        );
        assert!(parse(b"garbage").is_empty());
        let evil = [HEADER, b"/etc/shadow\0x\0.kadm-tmp.a.1.1\0../up\0"].concat();
        assert!(
            parse(&evil).is_empty(),
            "only names of kadm's temp files in this directory"
        );
    }
}
