use std::time::{Duration, Instant};

use kadm_pki::CertifiedKey;
use kadm_test_support::fixtures::new_ca;
use serde_json::json;

use super::*;
use crate::test_server::{Answer, Server, serving_cert};

const TOKEN: &str = "abcdef.0123456789abcdef";

fn token() -> BootstrapToken {
    BootstrapToken::parse(TOKEN).unwrap()
}

/// cluster-info as an API server sends it, signed by `signers`, with `server` in its kubeconfig.
fn cluster_info(ca: &CertifiedKey, server: &str, signers: &[&BootstrapToken]) -> Vec<u8> {
    let kubeconfig =
        kadm_bootstrap_token_phase::cluster_info_kubeconfig(ca.cert.to_pem().as_bytes(), server);
    let mut data = serde_json::Map::new();
    data.insert("kubeconfig".into(), json!(kubeconfig));
    for t in signers {
        data.insert(
            jws::signature_key(t.id()),
            json!(jws::detached_signature(&kubeconfig, t)),
        );
    }
    let doc = json!({
        "kind": "ConfigMap",
        "apiVersion": "v1",
        "metadata": {"name": "cluster-info", "namespace": "kube-public"},
        "data": data,
    });
    serde_json::to_vec(&doc).unwrap()
}

fn discovery(endpoint: String, pins: Vec<String>) -> TokenDiscovery {
    TokenDiscovery {
        endpoint,
        token: token(),
        ca_cert_hashes: pins,
        unsafe_skip_ca_verification: false,
        timeout: Duration::from_secs(5),
    }
}

fn hash(ca: &CertifiedKey) -> String {
    kadm_bootstrap_token::ca_cert_hash(ca.cert.public_key_der())
}

/// A cluster: its CA and an API server stand-in serving `answers` with a certificate of that CA.
fn serve(answers: impl Fn(&CertifiedKey) -> Vec<Answer>) -> (CertifiedKey, Server) {
    let ca = new_ca("kubernetes");
    let server = Server::start(&serving_cert(&ca, &["127.0.0.1"], &[]), answers(&ca));
    (ca, server)
}

#[test]
fn a_signed_cluster_info_with_a_pinned_ca_is_discovered_over_two_requests() {
    let (ca, server) = serve(|ca| {
        vec![Answer::http(
            200,
            &cluster_info(ca, "https://lb.example:6443", &[&token()]),
        )]
    });
    let found = from_token(&discovery(server.endpoint(), vec![hash(&ca)])).unwrap();
    assert_eq!(
        found.server, "https://lb.example:6443",
        "cluster-info's server"
    );
    assert_eq!(found.ca_pem, ca.cert.to_pem());
    assert_eq!(found.ca_hash, hash(&ca));
    assert_eq!(found.origin.kind(), "token");
    assert_eq!(server.served(), 2, "fetched again trusting the CA");
}

#[test]
fn the_unsafe_flag_trusts_the_signature_alone_and_neither_is_refused() {
    let (_ca, server) = serve(|ca| {
        vec![Answer::http(
            200,
            &cluster_info(ca, "https://x:6443", &[&token()]),
        )]
    });
    let mut d = discovery(server.endpoint(), vec![]);
    let e = from_token(&d).unwrap_err().to_string();
    assert!(
        e.contains("--discovery-token-ca-cert-hash")
            && e.contains("--discovery-token-unsafe-skip-ca-verification"),
        "{e}"
    );
    assert_eq!(server.served(), 0, "refused before any request");
    d.unsafe_skip_ca_verification = true;
    from_token(&d).unwrap();
    assert_eq!(
        server.served(),
        1,
        "no second request without a pin, as kubeadm"
    );
}

#[test]
fn a_wrong_pin_is_refused_naming_the_servers_hash() {
    let (ca, server) = serve(|ca| {
        vec![Answer::http(
            200,
            &cluster_info(ca, "https://x:6443", &[&token()]),
        )]
    });
    let wrong = format!("sha256:{}", "ab".repeat(32));
    let e = from_token(&discovery(server.endpoint(), vec![wrong.clone()])).unwrap_err();
    assert!(matches!(e, DiscoveryError::Unpinned { .. }), "{e}");
    let text = e.to_string();
    assert!(text.contains(&hash(&ca)) && text.contains(&wrong), "{text}");
}

#[test]
fn a_tampered_or_foreign_signature_is_refused() {
    let other = BootstrapToken::parse("abcdef.ffffffffffffffff").unwrap();
    let (ca, server) = serve(|ca| {
        let mut tampered: serde_json::Value =
            serde_json::from_slice(&cluster_info(ca, "https://x:6443", &[&token()])).unwrap();
        let k = tampered["data"]["kubeconfig"].as_str().unwrap().to_string();
        tampered["data"]["kubeconfig"] = json!(k.replace("https://x:6443", "https://evil:6443"));
        vec![
            Answer::http(200, &serde_json::to_vec(&tampered).unwrap()),
            Answer::http(200, &cluster_info(ca, "https://x:6443", &[&other])),
        ]
    });
    for _ in 0..2 {
        let e = from_token(&discovery(server.endpoint(), vec![hash(&ca)])).unwrap_err();
        let text = e.to_string();
        assert!(
            text.contains("the signature for token id \"abcdef\" does not match"),
            "{text}"
        );
        assert!(
            !text.contains("0123456789abcdef"),
            "never the secret: {text}"
        );
    }
}

#[test]
fn an_unknown_token_id_is_refused_with_the_fix() {
    let other = BootstrapToken::parse("zzzzzz.0123456789abcdef").unwrap();
    let (ca, server) = serve(|ca| {
        vec![Answer::http(
            200,
            &cluster_info(ca, "https://x:6443", &[&other]),
        )]
    });
    let e = from_token(&discovery(server.endpoint(), vec![hash(&ca)]))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("no signature for token id \"abcdef\"")
            && e.contains("expired or never existed")
            && e.contains("kadm token create"),
        "{e}"
    );
}

#[test]
fn not_a_config_map_no_kubeconfig_and_http_errors_are_refused_at_once() {
    let (ca, server) = serve(|_| {
        vec![
            Answer::http(200, b"<html>hello</html>"),
            Answer::http(200, br#"{"kind":"Secret","data":{}}"#),
            Answer::http(
                200,
                br#"{"kind":"ConfigMap","data":{"jws-kubeconfig-abcdef":"x"}}"#,
            ),
            Answer::http(403, b"{}"),
            Answer::http(404, b"{}"),
        ]
    });
    let d = discovery(server.endpoint(), vec![hash(&ca)]);
    let start = Instant::now();
    for want in [
        "is not a ConfigMap",
        "is not a ConfigMap",
        "has no data.kubeconfig",
        "HTTP 403: the cluster does not let anonymous users read cluster-info",
        "HTTP 404: no cluster-info ConfigMap in kube-public",
    ] {
        let e = from_token(&d).unwrap_err().to_string();
        assert!(e.contains(want), "{want}: {e}");
    }
    assert!(start.elapsed() < Duration::from_secs(2), "no retries");
}

#[test]
fn a_server_the_pinned_ca_does_not_vouch_for_is_refused_on_the_second_request() {
    // Someone holding the token replays the cluster's signed cluster-info from their own server.
    let cluster = new_ca("kubernetes");
    let body = cluster_info(&cluster, "https://x:6443", &[&token()]);
    let impostor = new_ca("impostor");
    let server = Server::start(
        &serving_cert(&impostor, &["127.0.0.1"], &[]),
        vec![Answer::http(200, &body)],
    );
    let e = from_token(&discovery(server.endpoint(), vec![hash(&cluster)])).unwrap_err();
    let text = format!("{e} / {:?}", std::error::Error::source(&e));
    assert!(text.contains("trusting only the pinned CA"), "{text}");
}

#[test]
fn a_second_answer_that_differs_is_refused() {
    let (ca, server) = serve(|ca| {
        vec![
            Answer::http(200, &cluster_info(ca, "https://x:6443", &[&token()])),
            Answer::http(200, &cluster_info(ca, "https://y:6443", &[&token()])),
        ]
    });
    let e = from_token(&discovery(server.endpoint(), vec![hash(&ca)]))
        .unwrap_err()
        .to_string();
    assert!(e.contains("changed between"), "{e}");
}

#[test]
fn a_server_that_is_not_up_yet_is_waited_for_and_errors_are_retried() {
    let (ca, server) = serve(|ca| {
        vec![
            Answer::http(503, b"starting"),
            Answer::http(200, &cluster_info(ca, "https://x:6443", &[&token()])),
        ]
    });
    from_token(&discovery(server.endpoint(), vec![hash(&ca)])).unwrap();
    assert_eq!(server.served(), 3, "503, then the two requests");
}

#[test]
fn nothing_listening_fails_by_the_deadline_naming_the_endpoint() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut d = discovery(format!("127.0.0.1:{port}"), vec![hash(&new_ca("k"))]);
    d.timeout = Duration::from_secs(2);
    let start = Instant::now();
    let e = from_token(&d).unwrap_err().to_string();
    let took = start.elapsed();
    assert!(
        took >= Duration::from_secs(1) && took < Duration::from_secs(4),
        "{took:?}"
    );
    assert!(
        e.contains(&format!(
            "cannot reach the API server at https://127.0.0.1:{port} within 2s"
        )),
        "{e}"
    );
}

#[test]
fn bad_endpoints_and_pins_are_refused_before_any_request() {
    let mut d = discovery("10.0.0.1".into(), vec![hash(&new_ca("k"))]);
    assert!(
        d.check()
            .unwrap_err()
            .to_string()
            .contains("is not HOST:PORT")
    );
    d.endpoint = "127.0.0.1:1".into();
    d.ca_cert_hashes = vec!["md5:00".into()];
    assert!(matches!(d.check(), Err(DiscoveryError::BadPin(_))));
}
