//! The one place kadm reads the kubelet's own configuration: whether it rotates its client
//! certificate (`rotateCertificates` in its `KubeletConfiguration`, or the `--rotate-certificates`
//! flag, which wins over the file as it does in the kubelet).

use std::path::{Path, PathBuf};

use kadm_config::excerpt;
use kadm_node_fs::{Limit, Root};
use serde::Deserialize;
use serde_saphyr::MessageFormatter;

/// The file name of the kubelet's configuration inside its state directory.
pub const KUBELET_CONFIG_FILE: &str = "config.yaml";

/// The one field of `KubeletConfiguration` kadm reads; every other field is ignored.
#[derive(Debug, Default, Deserialize)]
struct KubeletConfiguration {
    #[serde(rename = "rotateCertificates")]
    rotate_certificates: Option<bool>,
}

/// What kadm found out about the kubelet's `rotateCertificates` setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RotateSetting {
    /// Rotation is on (`true` in the file, or the flag).
    On {
        /// Where the value came from.
        source: String,
    },
    /// Rotation is off (`false` in the file, or the flag).
    Off {
        /// Where the value came from.
        source: String,
    },
    /// The file does not set the field; the kubelet's default is `false`.
    Unset {
        /// The kubelet's configuration file.
        path: PathBuf,
    },
    /// The file does not exist.
    Missing {
        /// The kubelet's configuration file.
        path: PathBuf,
    },
    /// The file (or the flag's value) cannot be read or parsed.
    Unreadable {
        /// Where kadm looked.
        source: String,
        /// Why it could not be used.
        reason: String,
    },
}

impl RotateSetting {
    /// `Some(true)`/`Some(false)` when known (an unset field counts as the kubelet's default,
    /// `false`), `None` when it could not be checked.
    pub fn enabled(&self) -> Option<bool> {
        match self {
            RotateSetting::On { .. } => Some(true),
            RotateSetting::Off { .. } | RotateSetting::Unset { .. } => Some(false),
            RotateSetting::Missing { .. } | RotateSetting::Unreadable { .. } => None,
        }
    }

    /// The warning to show when rotation is not known to be on, naming the source and the fix.
    pub fn warning(&self) -> Option<String> {
        const CONSEQUENCE: &str = "the kubelet will not renew its client certificate, and kubelet.conf \
            will keep pointing at it after it expires";
        match self {
            RotateSetting::On { .. } => None,
            RotateSetting::Off { source } => Some(format!(
                "{source} sets rotateCertificates to false: {CONSEQUENCE}; set it to true and restart the kubelet"
            )),
            RotateSetting::Unset { path } => Some(format!(
                "{}: rotateCertificates is not set (the kubelet's default is false): {CONSEQUENCE}; \
                 set it to true and restart the kubelet",
                path.display()
            )),
            RotateSetting::Missing { path } => Some(format!(
                "{}: the kubelet's configuration does not exist, so whether it rotates its client \
                 certificate (rotateCertificates) could not be checked",
                path.display()
            )),
            RotateSetting::Unreadable { source, reason } => Some(format!(
                "{source}: cannot read rotateCertificates ({reason}), so whether the kubelet rotates \
                 its client certificate could not be checked"
            )),
        }
    }
}

/// Reads `rotateCertificates` from the text of a `KubeletConfiguration` (YAML or JSON).
/// `Ok(None)` when the field is absent (or the document empty). The error gives the line, the
/// column and what was expected, never the text itself (the file may be a key: a wrong `config`
/// flag, or a link to the wrong file).
pub fn parse_rotate_certificates(text: &str) -> Result<Option<bool>, KubeletConfigError> {
    if excerpt::has_pem_block(text) {
        return Err(KubeletConfigError::Pem);
    }
    let doc: Option<KubeletConfiguration> =
        serde_saphyr::from_str(text).map_err(|e| parse_error(&e))?;
    Ok(doc.and_then(|d| d.rotate_certificates))
}

/// Why the text of a kubelet configuration file gives no `rotateCertificates`; the message never
/// quotes the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KubeletConfigError {
    /// The file is a PEM file (a key, most likely: a wrong `config` flag or link).
    #[error("the file holds a PEM block (a key or a certificate), not a KubeletConfiguration")]
    Pem,
    /// The YAML or JSON does not parse as a `KubeletConfiguration`.
    #[error("{0}")]
    Parse(String),
}

/// `line L, column C: <the parser's words>`, with nothing quoted from the file.
fn parse_error(err: &serde_saphyr::Error) -> KubeletConfigError {
    KubeletConfigError::Parse(parse_message(err))
}

fn parse_message(err: &serde_saphyr::Error) -> String {
    let message = excerpt::parser_message(&serde_saphyr::UserMessageFormatter.format_message(err));
    let expected = "expected a KubeletConfiguration in YAML or JSON";
    match err.location().filter(|l| l.line() > 0) {
        Some(l) => format!(
            "line {}, column {}: {message}; {expected}",
            l.line(),
            l.column()
        ),
        None => format!("{message}; {expected}"),
    }
}

/// Parses a boolean flag value the way the kubelet (Go's `strconv.ParseBool`) does.
fn parse_flag_bool(value: &str) -> Option<bool> {
    match value {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Some(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Some(false),
        _ => None,
    }
}

/// The kubelet's rotation setting: the `--rotate-certificates` flag value when one is given
/// (from `nodeRegistration.kubeletExtraArgs`), else the `rotateCertificates` field of the
/// configuration file at `path`.
pub fn rotate_setting(root: &Root, flag: Option<&str>, path: &Path) -> RotateSetting {
    if let Some(value) = flag {
        let source = format!(
            "kubeletExtraArgs rotate-certificates={}",
            excerpt::value(value)
        );
        return match parse_flag_bool(value) {
            Some(true) => RotateSetting::On { source },
            Some(false) => RotateSetting::Off { source },
            None => RotateSetting::Unreadable {
                source,
                reason: "not a boolean (use true or false)".to_string(),
            },
        };
    }
    let source = path.display().to_string();
    let text = match root.read_text_if_exists(path, Limit::CONFIG) {
        Ok(Some(t)) => t,
        Ok(None) => {
            return RotateSetting::Missing {
                path: path.to_path_buf(),
            };
        }
        Err(e) => {
            return RotateSetting::Unreadable {
                source,
                reason: e.to_string(),
            };
        }
    };
    match parse_rotate_certificates(&text) {
        Ok(Some(true)) => RotateSetting::On { source },
        Ok(Some(false)) => RotateSetting::Off { source },
        Ok(None) => RotateSetting::Unset {
            path: path.to_path_buf(),
        },
        Err(reason) => RotateSetting::Unreadable {
            source,
            reason: reason.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_rotate_certificates_and_ignores_the_rest() {
        let text = "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n\
                    authentication:\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt\n\
                    rotateCertificates: true\nevictionHard:\n  memory.available: 100Mi\n";
        assert_eq!(parse_rotate_certificates(text), Ok(Some(true)));
        assert_eq!(
            parse_rotate_certificates("rotateCertificates: false\n"),
            Ok(Some(false))
        );
        assert_eq!(
            parse_rotate_certificates("kind: KubeletConfiguration\n"),
            Ok(None)
        );
        assert_eq!(parse_rotate_certificates("# nothing\n"), Ok(None));
        assert_eq!(
            parse_rotate_certificates("{\"rotateCertificates\": true}"),
            Ok(Some(true))
        );
    }

    #[test]
    fn bad_documents_are_errors() {
        assert!(parse_rotate_certificates("rotateCertificates: [\n").is_err());
        assert!(parse_rotate_certificates("rotateCertificates: maybe\n").is_err());
        assert!(parse_rotate_certificates("- a list\n").is_err());
    }

    #[test]
    fn errors_give_the_position_and_never_the_text() {
        let key = "-----BEGIN EC PRIVATE KEY-----\n\
                   MHcCAQEEIAjtsaUMi/frSjB8sEhPZZMLQRo26QZWHbvbqpVffdlHoAoGCCqGSM49\n\
                   -----END EC PRIVATE KEY-----\n";
        let err = parse_rotate_certificates(key).unwrap_err();
        assert_eq!(err, KubeletConfigError::Pem);
        assert_eq!(
            err.to_string(),
            "the file holds a PEM block (a key or a certificate), not a KubeletConfiguration"
        );
        // The same text without its armour: a bare scalar, not a mapping.
        let body = "MHcCAQEEIAjtsaUMi/frSjB8sEhPZZMLQRo26QZWHbvbqpVffdlHoAoGCCqGSM49\n";
        let err = parse_rotate_certificates(body).unwrap_err().to_string();
        assert!(err.starts_with("line 1, column 1: "), "{err}");
        assert!(
            err.ends_with("expected a KubeletConfiguration in YAML or JSON"),
            "{err}"
        );
        assert!(!err.contains("MHcCAQEE"), "{err}");
        let err = parse_rotate_certificates("rotateCertificates: [\n")
            .unwrap_err()
            .to_string();
        assert!(!err.contains('\n'), "{err}");
        let flag = "MHcCAQEEIAjtsaUMi/frSjB8sEhPZZMLQRo26QZWHbvbqpVffdlHoAoGCCqGSM49";
        let warning = rotate_setting(&Root::host(), Some(flag), Path::new("/x"))
            .warning()
            .unwrap();
        assert!(!warning.contains("MHcCAQEE"), "{warning}");
    }

    #[test]
    fn the_file_decides_unless_a_flag_is_given() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(KUBELET_CONFIG_FILE);
        assert_eq!(
            rotate_setting(&Root::host(), None, &path),
            RotateSetting::Missing { path: path.clone() }
        );
        std::fs::write(&path, "rotateCertificates: false\n").unwrap();
        let off = rotate_setting(&Root::host(), None, &path);
        assert_eq!(off.enabled(), Some(false));
        let warning = off.warning().unwrap();
        assert!(warning.contains(&path.display().to_string()), "{warning}");
        assert!(warning.contains("set it to true"), "{warning}");
        assert_eq!(
            rotate_setting(&Root::host(), Some("true"), &path).enabled(),
            Some(true)
        );
        assert_eq!(
            rotate_setting(&Root::host(), Some("yes"), &path).enabled(),
            None
        );
        std::fs::write(&path, "kind: KubeletConfiguration\n").unwrap();
        assert_eq!(
            rotate_setting(&Root::host(), None, &path).enabled(),
            Some(false)
        );
        std::fs::write(&path, "rotateCertificates: true\n").unwrap();
        assert_eq!(rotate_setting(&Root::host(), None, &path).warning(), None);
        std::fs::write(&path, ": : :\n\t[").unwrap();
        let bad = rotate_setting(&Root::host(), None, &path);
        assert_eq!(bad.enabled(), None);
        assert!(bad.warning().unwrap().contains(&path.display().to_string()));
    }
}
