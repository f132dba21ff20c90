//! Checks of the image fields (`imageRepository`, `dns.imageTag`, ...): each value must make an
//! image reference a container runtime accepts once kadm appends `/<name>:<tag>` to it.
//!
//! The grammar is the OCI distribution one: an optional registry host (a DNS name or an IP
//! address, with an optional port) and path components of lowercase letters and digits joined by
//! `.`, `_`, `__` or runs of `-`; a tag is up to 128 of `[A-Za-z0-9_.-]`, not starting with `.`
//! or `-`.

use crate::excerpt;

/// The longest tag a registry accepts.
const MAX_TAG: usize = 128;

/// The longest repository name a registry accepts (the image name added by kadm included).
const MAX_NAME: usize = 255;

/// An image repository prefix such as `registry.k8s.io` or `my.registry:5000/mirror`; empty
/// means "the default" and is accepted.
pub(crate) fn image_repository(value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Ok(());
    }
    let expected = "expected a registry and path such as registry.k8s.io or \
                    my.registry:5000/mirror (lowercase path components, no tag, no scheme)";
    let bad = |why: &str| Err(format!("{} {why}: {expected}", excerpt::value(value)));
    if value.contains("://") {
        return bad("has a URL scheme");
    }
    if value.len() > MAX_NAME {
        return bad("is too long");
    }
    let mut parts = value.split('/');
    let first = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    // A first component with a dot, a port or `localhost` names a registry host.
    let is_host = !rest.is_empty()
        && (first.contains(['.', ':']) || first == "localhost" || first.starts_with('['));
    if is_host {
        if !registry_host(first) {
            return bad("has an invalid registry host");
        }
    } else if !path_component(first) {
        return bad("has an invalid path component");
    }
    if !rest.iter().all(|c| path_component(c)) {
        return bad("has an invalid path component");
    }
    Ok(())
}

/// An image tag such as `v1.12.0`; empty means "the default" and is accepted.
pub(crate) fn image_tag(value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Ok(());
    }
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let bytes = value.as_bytes();
    let ok = bytes.len() <= MAX_TAG
        && word(bytes[0])
        && bytes.iter().all(|&b| word(b) || b == b'.' || b == b'-');
    if ok {
        return Ok(());
    }
    Err(format!(
        "invalid image tag {}: expected up to {MAX_TAG} letters, digits, `_`, `.` or `-`, not \
         starting with `.` or `-`, such as v1.12.0 (no `:` or `@` digest)",
        excerpt::value(value)
    ))
}

/// `[a-z0-9]+` runs joined by `.`, `_`, `__` or any number of `-`.
fn path_component(component: &str) -> bool {
    let bytes = component.as_bytes();
    let alnum = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    if !bytes.first().is_some_and(alnum) || !bytes.last().is_some_and(alnum) {
        return false;
    }
    let mut i = 0;
    while i < bytes.len() {
        if alnum(&bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && !alnum(&bytes[i]) {
            i += 1;
        }
        let separator = &component[start..i];
        let ok = matches!(separator, "." | "_" | "__") || separator.bytes().all(|b| b == b'-');
        if !ok {
            return false;
        }
    }
    true
}

/// A registry host: DNS labels (letters, digits, inner `-`) joined by dots, or an IPv6 address
/// in brackets, with an optional `:port`.
fn registry_host(host: &str) -> bool {
    let (name, port) = match host.rsplit_once(':') {
        Some((name, port)) if !name.ends_with(':') && !port.contains(']') => (name, Some(port)),
        _ => (host, None),
    };
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    let name_ok = match name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
        Some(v6) => v6.parse::<std::net::Ipv6Addr>().is_ok(),
        None => name.split('.').all(|label| {
            let b = label.as_bytes();
            !b.is_empty()
                && b[0].is_ascii_alphanumeric()
                && b[b.len() - 1].is_ascii_alphanumeric()
                && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        }),
    };
    port_ok && name_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repositories() {
        for good in [
            "registry.k8s.io",
            "my.registry:5000/mirror/k8s",
            "localhost/k8s",
            "[fd00::1]:5000/k8s",
            "mirror",
            "ghcr.io/org/sub_dir/a__b/c-d--e",
            "Registry.Example.com/k8s",
        ] {
            assert_eq!(image_repository(good), Ok(()), "{good}");
        }
        for (bad, why) in [
            ("https://registry.k8s.io", "URL scheme"),
            ("registry.k8s.io/Mirror", "path component"),
            ("registry.k8s.io/", "path component"),
            ("registry.k8s.io/k8s:v1", "path component"),
            ("reg istry.io/k8s", "registry host"),
            ("registry.io:port/k8s", "registry host"),
            ("-bad.io/k8s", "registry host"),
            ("Mirror", "path component"),
            ("a/b.-c", "path component"),
        ] {
            let err = image_repository(bad).unwrap_err();
            assert!(err.contains(why), "{bad}: {err}");
            assert!(err.contains("such as registry.k8s.io"), "{err}");
        }
    }

    #[test]
    fn tags() {
        for good in ["v1.12.0", "3.5.21-0", "latest", "v1.33.0_build.1", "_x"] {
            assert_eq!(image_tag(good), Ok(()), "{good}");
        }
        for bad in [".v1", "-v1", "v1:2", "v1@sha256", "v 1", &"a".repeat(129)] {
            let err = image_tag(bad).unwrap_err();
            assert!(err.starts_with("invalid image tag "), "{err}");
        }
    }
}
