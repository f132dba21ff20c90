//! Whether a secret file that a run reuses can be read by other users. kadm writes keys and
//! kubeconfig files 0600; one it finds and keeps may have been put there by hand with looser
//! permissions. It is never changed (kadm does not touch files it reuses): the run says so.

use std::path::Path;

use kadm_node_fs::Root;

use crate::{InitContext, Tag};

/// The permission bits of `path` (on the node `root`) when its group or other users may read or
/// write it; `None` when only its owner may, or when it cannot be inspected (reading it will then
/// say why).
pub fn exposed_mode(root: &Root, path: &Path) -> Option<u32> {
    let mode = root.entry(path).ok()??.mode() & 0o777;
    (mode & 0o077 != 0).then_some(mode)
}

impl InitContext {
    /// Warns, as `tag` (the phase), when the secret file `path` that this run reuses is open to
    /// other users; `what` says what it holds ("a private key").
    pub fn warn_if_exposed(&self, tag: Tag, path: &Path, what: &str) {
        if let Some(mode) = exposed_mode(self.fs(), path) {
            let shown = path.display();
            self.out.warn(
                tag,
                &format!(
                    "{shown} holds {what} and other users may read it (mode \
                 {mode:04o}); restrict it with `chmod 600 {shown}`"
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn only_owner_only_files_are_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ca.key");
        std::fs::write(&path, "x").unwrap();
        for (mode, exposed) in [
            (0o600, None),
            (0o400, None),
            (0o640, Some(0o640)),
            (0o644, Some(0o644)),
            (0o602, Some(0o602)),
        ] {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
            assert_eq!(exposed_mode(&Root::host(), &path), exposed, "{mode:o}");
        }
        assert_eq!(
            exposed_mode(&Root::host(), &dir.path().join("absent")),
            None
        );
    }
}
