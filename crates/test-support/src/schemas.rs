//! The independent schema check: `kubernetes-validate --strict` (PyPI) against the real
//! Kubernetes OpenAPI schemas of every version kadm targets.

use std::path::Path;
use std::process::Command;

use crate::Peer;

/// The Kubernetes versions every manifest and object kadm writes must validate against: the
/// first release of each minor of the release table (`kadm_release::RELEASES`, v1.31 to v1.37).
pub const TARGET_VERSIONS: [&str; 7] = [
    "1.31.0", "1.32.0", "1.33.0", "1.34.0", "1.35.0", "1.36.0", "1.37.0",
];

/// Runs `kubernetes-validate --strict -k V` on `files` for each of [`TARGET_VERSIONS`]; panics
/// with the tool's report when any version rejects any file (or when no file is given).
pub fn assert_valid(files: &[&Path]) {
    assert!(!files.is_empty(), "no manifest to validate");
    let tool = Peer::KubernetesValidate.require();
    for version in TARGET_VERSIONS {
        let out = Command::new(&tool)
            .args(["--strict", "--quiet", "-k", version])
            .args(files)
            .output()
            .expect("kubernetes-validate runs");
        assert!(
            out.status.success(),
            "kubernetes-validate --strict -k {version} rejected {files:?}:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::TARGET_VERSIONS;

    #[test]
    fn the_target_versions_are_the_release_tables_minors() {
        let table: Vec<String> = kadm_release::RELEASES
            .iter()
            .map(|r| format!("1.{}.0", r.minor))
            .collect();
        assert_eq!(TARGET_VERSIONS.as_slice(), table.as_slice());
    }
}
