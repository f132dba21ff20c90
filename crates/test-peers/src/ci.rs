//! One reading of the `CI` variable.

use std::ffi::OsStr;

/// Whether the tests run in CI: there a missing peer fails its tests instead of skipping them.
///
/// CI is on when `CI` is set to anything but an empty string, `false` or `0` (in any case):
/// `CI=true` (GitHub, GitLab, `.ci/run`), `CI=1` and `CI=yes` all count; `CI=`, `CI=false` and
/// `CI=0` are how one says "not CI".
pub fn is_ci() -> bool {
    means_ci(std::env::var_os("CI").as_deref())
}

/// Whether a value of the `CI` variable (`None` when unset) means CI; see [`is_ci`].
pub fn means_ci(value: Option<&OsStr>) -> bool {
    let Some(value) = value else { return false };
    let value = value.to_string_lossy();
    let value = value.trim();
    !(value.is_empty() || value == "0" || value.eq_ignore_ascii_case("false"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ci_values() {
        for on in ["true", "TRUE", "1", "yes", "woodpecker"] {
            assert!(means_ci(Some(OsStr::new(on))), "{on}");
        }
        for off in ["", " ", "0", "false", "False"] {
            assert!(!means_ci(Some(OsStr::new(off))), "{off:?}");
        }
        assert!(!means_ci(None));
    }
}
