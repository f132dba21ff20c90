//! The report as data: `-o json` and `-o yaml` print this tree.

use serde_json::{Value, json};

use crate::inspect::{Report, Row, State};

/// The report as a JSON tree: `certificates`, `certificateAuthorities` and `kubelet`, each row
/// with the same facts (see docs/certs.md).
pub fn to_value(report: &Report) -> Value {
    let now = report.now;
    let k = &report.kubelet;
    let mut pem = row(&k.pem, now);
    pem["renewalWindow"] = match k.window {
        Some(w) => json!({"start": kadm_pki::rfc3339(w.start), "end": kadm_pki::rfc3339(w.end)}),
        None => Value::Null,
    };
    pem["rotation"] = json!(k.rotation.map(|r| r.as_str()));
    pem["finding"] = json!(k.rotation_finding());
    let mut conf = row(&k.conf, now);
    conf["uses"] = json!(k.conf_use.as_str());
    conf["expectedClientCertificate"] = json!(k.pem_node_path);
    conf["finding"] = json!(k.conf_finding());
    conf["fix"] = json!(k.conf_finding().map(|_| crate::kubelet::FIX));
    json!({
        "now": kadm_pki::rfc3339(now),
        "certDir": report.cert_dir.display().to_string(),
        "kubeconfigDir": report.kubeconfig_dir.display().to_string(),
        "certificates": report.certificates.iter().map(|r| row(r, now)).collect::<Vec<_>>(),
        "certificateAuthorities": report.authorities.iter().map(|r| row(r, now)).collect::<Vec<_>>(),
        "kubelet": {
            "clientCertificate": pem,
            "kubeletConf": conf,
        },
    })
}

/// One row: null facts when the file is missing or unusable (`missing`, `error` say which).
fn row(r: &Row, now: time::OffsetDateTime) -> Value {
    let facts = r.facts();
    json!({
        "name": r.name,
        "kind": r.kind.as_str(),
        "path": r.path.display().to_string(),
        "ca": r.ca,
        "externallyManaged": r.externally_managed,
        "missing": matches!(r.state, State::Missing),
        "error": match &r.state {
            State::Invalid(reason) => Some(reason.clone()),
            _ => None,
        },
        "subject": facts.map(|f| f.subject.clone()),
        "sans": facts.map(|f| f.sans.clone()),
        "notBefore": facts.map(|f| kadm_pki::rfc3339(f.not_before)),
        "notAfter": facts.map(|f| kadm_pki::rfc3339(f.not_after)),
        "secondsLeft": r.seconds_left(now),
        "verifiedByCA": facts.map(|f| f.verified.is_ok()),
        "verifyError": facts.and_then(|f| f.verified.clone().err()),
    })
}
