//! A Kubernetes version (`v1.33.0`): what `kubernetesVersion` holds, what feature defaults and
//! phase deprecations are compared against.

use std::fmt;
use std::str::FromStr;

/// A Kubernetes `major.minor.patch` version; pre-release and build suffixes are ignored for comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version {
    /// Major number.
    pub major: u64,
    /// Minor number.
    pub minor: u64,
    /// Patch number.
    pub patch: u64,
}

impl Version {
    /// A version from its three numbers.
    pub const fn new(major: u64, minor: u64, patch: u64) -> Self {
        Self {
            major,
            minor,
            patch,
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "v{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// A version string that is not of the form `v1.32`, `1.32.0` or `v1.32.0-rc.1`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid version {0:?}: expected a form like v1.32.0")]
pub struct ParseVersionError(pub String);

impl FromStr for Version {
    type Err = ParseVersionError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || ParseVersionError(s.to_string());
        let core = s.strip_prefix('v').unwrap_or(s);
        let core = core.split(['-', '+']).next().unwrap_or_default();
        let mut parts = core.split('.');
        let mut num = |required: bool| -> Result<u64, ParseVersionError> {
            match parts.next() {
                Some(p) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) => {
                    p.parse().map_err(|_| bad())
                }
                None if !required => Ok(0),
                _ => Err(bad()),
            }
        };
        let v = Version::new(num(true)?, num(true)?, num(false)?);
        if parts.next().is_some() {
            return Err(bad());
        }
        Ok(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_common_forms() {
        assert_eq!("v1.32.0".parse(), Ok(Version::new(1, 32, 0)));
        assert_eq!("1.31".parse(), Ok(Version::new(1, 31, 0)));
        assert_eq!("v1.33.0-rc.1".parse(), Ok(Version::new(1, 33, 0)));
        assert!("v1".parse::<Version>().is_err());
        assert!("v1.x".parse::<Version>().is_err());
        assert!("1.2.3.4".parse::<Version>().is_err());
        assert!(Version::new(1, 32, 0) > Version::new(1, 31, 9));
    }
}
