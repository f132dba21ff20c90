//! `-o prometheus`: the text exposition format (version 0.0.4) for node_exporter's textfile
//! collector.

use std::fmt::Write as _;

use crate::inspect::{Report, Row};

/// Seconds until each certificate's end of validity.
pub const EXPIRY: &str = "kadm_certificate_expiry_seconds";
/// 1 when a certificate verifies against its CA on disk now.
pub const VERIFIED: &str = "kadm_certificate_verified";
/// 1 when a certificate's file exists and parses.
pub const READABLE: &str = "kadm_certificate_readable";
/// 1 when kubelet.conf uses the kubelet's rotated certificate.
pub const KUBELET_CONF_ROTATES: &str = "kadm_kubelet_conf_uses_rotated_certificate";

/// The report as metrics: the expiry gauge for every certificate that was read, the verified
/// and readable gauges for every row (missing files included), and kubelet.conf's use of the
/// rotated certificate.
pub fn render(report: &Report) -> String {
    let rows: Vec<&Row> = report.rows().collect();
    let mut out = String::new();
    header(
        &mut out,
        EXPIRY,
        "Seconds until the certificate expires (negative once expired), read by kadm certs check-expiration.",
    );
    for r in &rows {
        if let Some(left) = r.seconds_left(report.now) {
            sample(&mut out, EXPIRY, r, left);
        }
    }
    header(
        &mut out,
        VERIFIED,
        "1 when the certificate verifies against its CA certificate now on disk, else 0.",
    );
    for r in &rows {
        sample(&mut out, VERIFIED, r, i64::from(r.verified()));
    }
    header(
        &mut out,
        READABLE,
        "1 when the certificate file exists and parses, else 0 (missing, unreadable or corrupt).",
    );
    for r in &rows {
        sample(&mut out, READABLE, r, i64::from(r.facts().is_some()));
    }
    header(
        &mut out,
        KUBELET_CONF_ROTATES,
        "1 when kubelet.conf uses the kubelet's rotated client certificate, else 0.",
    );
    let rotates = report.kubelet.conf_use == crate::kubelet::ConfUse::RotatedPem;
    let _ = writeln!(
        out,
        "{KUBELET_CONF_ROTATES}{{path=\"{}\"}} {}",
        escape(&report.kubelet.conf.path.display().to_string()),
        i64::from(rotates)
    );
    out
}

fn header(out: &mut String, name: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} gauge");
}

fn sample(out: &mut String, name: &str, r: &Row, value: i64) {
    let _ = writeln!(
        out,
        "{name}{{name=\"{}\",kind=\"{}\",path=\"{}\",ca=\"{}\"}} {value}",
        escape(&r.name),
        r.kind.as_str(),
        escape(&r.path.display().to_string()),
        escape(&r.ca),
    );
}

/// A label value escaped as the format requires: backslash, double quote and line feed.
fn escape(value: &str) -> String {
    value
        .replace('\\', r"\\")
        .replace('"', "\\\"")
        .replace('\n', r"\n")
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn label_values_escape_what_the_format_requires() {
        assert_eq!(escape("a\\b\"c\nd"), r#"a\\b\"c\nd"#);
    }
}
