use std::io::Write as _;
use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Stdio};
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use kadm_config::types::BootstrapToken as ConfigToken;
use kadm_init_context::{MemoryOutput, Stream};
use kadm_test_support::Peer;
use kadm_test_support::fixtures::{Node, config};

use super::*;

const TOKEN: &str = "abcdef.0123456789abcdef";

fn at(text: &str) -> OffsetDateTime {
    tokens::parse_time(text).unwrap()
}

fn config_with(tokens: Vec<ConfigToken>) -> Config {
    let mut c = config();
    c.init.bootstrap_tokens = tokens;
    // Validation fills nothing in: give each token the defaults kadm's loader gives it.
    for t in &mut c.init.bootstrap_tokens {
        if t.ttl.is_empty() {
            t.ttl = "24h0m0s".into();
        }
    }
    c
}

fn written(token: &str, expiration: Option<&str>) -> WrittenToken {
    WrittenToken {
        token: BootstrapToken::parse(token).unwrap(),
        expiration: expiration.map(String::from),
    }
}

#[test]
fn a_token_left_empty_is_generated_then_kept_while_valid() {
    let now = at("2026-12-01T12:00:00Z");
    let c = config();
    let first = resolve(&c, &[], now).unwrap();
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].expiration.as_deref(), Some("2026-12-02T12:00:00Z"));
    assert_eq!(first[0].usages, ["signing", "authentication"]);
    assert_eq!(first[0].groups, [NODE_BOOTSTRAP_GROUP]);
    let again = resolve(
        &c,
        &[written(
            &first[0].token.expose(),
            first[0].expiration.as_deref(),
        )],
        at("2026-12-01T13:00:00Z"),
    )
    .unwrap();
    assert_eq!(again, first, "kept with its expiration");
    // Once expired, a new one is made.
    let later = resolve(
        &c,
        &[written(
            &first[0].token.expose(),
            first[0].expiration.as_deref(),
        )],
        at("2026-12-03T00:00:00Z"),
    )
    .unwrap();
    assert_ne!(later[0].token, first[0].token);
    assert_eq!(later[0].expiration.as_deref(), Some("2026-12-04T00:00:00Z"));
}

#[test]
fn a_token_given_in_the_config_replaces_the_written_one() {
    let now = at("2026-12-01T12:00:00Z");
    let c = config_with(vec![ConfigToken {
        token: TOKEN.into(),
        ttl: "1h".into(),
        ..ConfigToken::default()
    }]);
    let old = written("zzzzzz.zzzzzzzzzzzzzzzz", Some("2026-12-02T00:00:00Z"));
    let specs = resolve(&c, std::slice::from_ref(&old), now).unwrap();
    assert_eq!(specs[0].token.expose(), TOKEN);
    assert_eq!(specs[0].expiration.as_deref(), Some("2026-12-01T13:00:00Z"));
    // The same token written earlier keeps its expiration.
    let same = written(TOKEN, Some("2026-12-01T12:30:00Z"));
    let specs = resolve(&c, &[same], now).unwrap();
    assert_eq!(specs[0].expiration.as_deref(), Some("2026-12-01T12:30:00Z"));
}

#[test]
fn expires_wins_and_a_zero_ttl_never_expires() {
    let now = at("2026-12-01T12:00:00Z");
    let c = config_with(vec![
        ConfigToken {
            expires: "2027-01-01T01:00:00+01:00".into(),
            ..ConfigToken::default()
        },
        ConfigToken {
            ttl: "0".into(),
            ..ConfigToken::default()
        },
    ]);
    let specs = resolve(&c, &[], now).unwrap();
    assert_eq!(specs[0].expiration.as_deref(), Some("2027-01-01T00:00:00Z"));
    assert_eq!(specs[1].expiration, None);
    assert_ne!(specs[0].token, specs[1].token);

    let bad = config_with(vec![ConfigToken {
        expires: "tomorrow".into(),
        ..ConfigToken::default()
    }]);
    let err = resolve(&bad, &[], now).unwrap_err().to_string();
    assert!(
        err.starts_with("InitConfiguration.bootstrapTokens[0].expires: invalid time \"tomorrow\""),
        "{err}"
    );
    let bad = config_with(vec![ConfigToken {
        usages: vec!["everything".into()],
        ..ConfigToken::default()
    }]);
    assert!(resolve(&bad, &[], now).is_err());
}

/// A node with a CA and a context over it, with `c`.
fn node_ctx(node: &Node, c: Config) -> (InitContext, std::sync::Arc<MemoryOutput>) {
    let mut c = c;
    c.init.local_api_endpoint.advertise_address = "10.0.0.5".into();
    node.ctx_with(c)
}

fn run_on(node: &Node, c: Config) -> (String, Vec<String>) {
    let (mut ctx, out) = node_ctx(node, c);
    run(&mut ctx).unwrap();
    let text = std::fs::read_to_string(manifest_path(&ctx)).unwrap();
    (text, out.of(Stream::Info))
}

/// HMAC-SHA256 computed by the openssl command line.
fn openssl_hmac(key: &str, data: &[u8]) -> Vec<u8> {
    let mut child = Command::new(Peer::Openssl.require())
        .args(["dgst", "-sha256", "-binary", "-mac", "HMAC", "-macopt"])
        .arg(format!("key:{key}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(data).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    out.stdout
}

/// The `data` value under `key` in the `cluster-info` document of `text`.
fn cluster_info_value(text: &str, key: &str) -> String {
    #[derive(serde::Deserialize)]
    struct Doc {
        #[serde(default)]
        metadata:
            Option<kadm_kube_objects::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta>,
        #[serde(default)]
        data: Option<std::collections::BTreeMap<String, String>>,
    }
    let docs: Vec<Doc> = serde_saphyr::from_multiple(text).unwrap();
    docs.into_iter()
        .find(|d| d.metadata.as_ref().and_then(|m| m.name.as_deref()) == Some(CLUSTER_INFO))
        .and_then(|d| d.data?.get(key).cloned())
        .unwrap_or_else(|| panic!("no {key} in cluster-info:\n{text}"))
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn cluster_info_is_signed_as_the_bootstrap_signer_does() {
    let node = Node::without_pem();
    let c = config_with(vec![ConfigToken {
        token: TOKEN.into(),
        usages: vec!["signing".into(), "authentication".into()],
        ..ConfigToken::default()
    }]);
    let (text, _) = run_on(&node, c);
    let kubeconfig = cluster_info_value(&text, "kubeconfig");
    let parsed = KubeConfig::from_yaml(&kubeconfig, Path::new("cluster-info")).unwrap();
    assert_eq!(parsed.clusters.len(), 1);
    assert_eq!(parsed.clusters[0].name, "");
    assert_eq!(parsed.clusters[0].cluster.server, "https://10.0.0.5:6443");
    assert_eq!(
        parsed.clusters[0]
            .cluster
            .certificate_authority_data
            .as_deref(),
        Some(node.ca.cert.to_pem().as_bytes())
    );
    assert!(parsed.users.is_empty() && parsed.contexts.is_empty());

    // Verified independently: openssl's HMAC-SHA256, keyed by the token's secret, over
    // base64url(header) "." base64url(kubeconfig).
    let jws = cluster_info_value(&text, "jws-kubeconfig-abcdef");
    let (header, signature) = jws.split_once("..").expect("a detached JWS");
    let header_json = URL_SAFE_NO_PAD.decode(header).unwrap();
    assert_eq!(header_json, br#"{"alg":"HS256","kid":"abcdef"}"#);
    let input = format!("{header}.{}", URL_SAFE_NO_PAD.encode(&kubeconfig));
    let expected = openssl_hmac("0123456789abcdef", input.as_bytes());
    assert_eq!(URL_SAFE_NO_PAD.decode(signature).unwrap(), expected);
}

#[test]
fn a_token_without_signing_usage_signs_nothing() {
    let node = Node::without_pem();
    let c = config_with(vec![ConfigToken {
        token: TOKEN.into(),
        usages: vec!["authentication".into()],
        ..ConfigToken::default()
    }]);
    let (text, _) = run_on(&node, c);
    assert!(!text.contains(JWS_PREFIX), "{text}");
}

/// The offline counterpart of the bootstrap signer: a token past its expiration keeps its Secret
/// (the token cleaner's business) but loses its signature, so a node given it cannot join.
#[test]
fn an_expired_token_signs_nothing_and_a_valid_one_still_does() {
    let node = Node::without_pem();
    let signing = vec!["signing".into(), "authentication".into()];
    let c = config_with(vec![
        ConfigToken {
            token: "expire.0123456789abcdef".into(),
            expires: "2020-01-01T00:00:00Z".into(),
            usages: signing.clone(),
            ..ConfigToken::default()
        },
        ConfigToken {
            token: TOKEN.into(),
            usages: signing,
            ..ConfigToken::default()
        },
    ]);
    let (text, _) = run_on(&node, c);
    assert!(text.contains("name: bootstrap-token-expire"), "{text}");
    assert!(!text.contains("jws-kubeconfig-expire"), "{text}");
    let kubeconfig = cluster_info_value(&text, "kubeconfig");
    let token = BootstrapToken::parse(TOKEN).unwrap();
    let jws = cluster_info_value(&text, "jws-kubeconfig-abcdef");
    assert!(jws::is_valid_detached(&jws, &kubeconfig, &token));
}

#[test]
fn the_file_is_secret_and_a_rerun_changes_no_byte() {
    let node = Node::without_pem();
    let (text, info) = run_on(&node, config());
    let path = node.path("etc/kubernetes/cluster-objects/bootstrap-token.yaml");
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let tokens = tokens::written_tokens(&text).unwrap();
    assert_eq!(tokens.len(), 1);
    let token = tokens[0].token.expose();
    assert!(
        info.contains(&format!("[bootstrap-token] Using token: {token}")),
        "{info:?}"
    );
    // The token's secret shows nowhere else in the output.
    let secret = tokens[0].token.secret();
    assert_eq!(
        info.iter().filter(|l| l.contains(secret)).count(),
        1,
        "{info:?}"
    );

    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    std::thread::sleep(Duration::from_millis(20));
    let (again, _) = run_on(&node, config());
    assert_eq!(again, text);
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        before,
        "not rewritten"
    );

    // Another node gets another token.
    let other = Node::without_pem();
    let (other_text, _) = run_on(&other, config());
    let other_token = tokens::written_tokens(&other_text).unwrap()[0]
        .token
        .expose();
    assert_ne!(other_token, token);
    for t in [&token, &other_token] {
        let b = t.as_bytes();
        let ok = |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit();
        assert!(
            b.len() == 23 && b[6] == b'.' && b[..6].iter().all(ok) && b[7..].iter().all(ok),
            "{t}"
        );
    }
}

#[test]
fn the_objects_are_kubeadms() {
    let node = Node::without_pem();
    let mut c = config();
    c.cluster.control_plane_endpoint = "lb.example.com:8443".into();
    let (text, _) = run_on(&node, c);
    let docs: Vec<&str> = text.split("---\n").collect();
    let kinds: Vec<String> = docs
        .iter()
        .map(|d| {
            let kind = d.lines().find_map(|l| l.strip_prefix("kind: ")).unwrap();
            let name = d.lines().find_map(|l| l.strip_prefix("  name: ")).unwrap();
            format!("{kind}/{name}")
        })
        .collect();
    let id = tokens::written_tokens(&text).unwrap()[0]
        .token
        .id()
        .to_string();
    assert_eq!(
        kinds,
        [
            format!("Secret/bootstrap-token-{id}"),
            "ClusterRole/kubeadm:get-nodes".to_string(),
            "ClusterRoleBinding/kubeadm:get-nodes".into(),
            "ClusterRoleBinding/kubeadm:kubelet-bootstrap".into(),
            "ClusterRoleBinding/kubeadm:node-autoapprove-bootstrap".into(),
            "ClusterRoleBinding/kubeadm:node-autoapprove-certificate-rotation".into(),
            "ConfigMap/cluster-info".into(),
            "Role/kubeadm:bootstrap-signer-clusterinfo".into(),
            "RoleBinding/kubeadm:bootstrap-signer-clusterinfo".into(),
        ]
    );
    let rotation = docs[5];
    assert!(
        rotation.contains(
            "  name: system:certificates.k8s.io:certificatesigningrequests:selfnodeclient\n"
        ),
        "{rotation}"
    );
    assert!(
        rotation.contains(
            "- apiGroup: rbac.authorization.k8s.io\n  kind: Group\n  name: system:nodes\n"
        ),
        "{rotation}"
    );
    assert!(
        docs[8].contains("  kind: User\n  name: system:anonymous\n"),
        "{}",
        docs[8]
    );
    assert!(
        docs[7].contains("  resourceNames:\n  - cluster-info\n"),
        "{}",
        docs[7]
    );
    let kubeconfig = cluster_info_value(&text, "kubeconfig");
    assert!(
        kubeconfig.contains("server: https://lb.example.com:8443\n"),
        "{kubeconfig}"
    );
}

#[test]
#[cfg_attr(
    kadm_skip_kubernetes_validate,
    ignore = "needs kubernetes-validate, not found"
)]
fn the_manifest_passes_the_schemas() {
    let node = Node::without_pem();
    let (ctx, _) = node_ctx(&node, config());
    let mut ctx = ctx;
    run(&mut ctx).unwrap();
    kadm_test_support::schemas::assert_valid(&[&manifest_path(&ctx)]);
}

#[test]
fn a_dry_run_writes_nothing_and_no_ca_is_an_error() {
    let node = Node::without_pem();
    let (mut ctx, _) = node_ctx(&node, config());
    ctx.dry_run = true;
    run(&mut ctx).unwrap();
    assert!(!node.path("etc/kubernetes/cluster-objects").exists());
    assert!(ctx.products.get::<Tokens>().is_some());

    let empty = tempfile::tempdir().unwrap();
    let paths = kadm_init_context::Paths::defaults_under(kadm_init_context::Root::at(empty.path()));
    let mut ctx = InitContext::new(
        config().validate().unwrap(),
        paths,
        std::sync::Arc::new(MemoryOutput::default()),
    );
    let err = run(&mut ctx).unwrap_err().to_string();
    assert!(
        err.contains("ca.crt") && err.contains("kadm init phase certs ca"),
        "{err}"
    );
}

#[test]
fn a_damaged_file_is_refused_without_quoting_it() {
    let node = Node::without_pem();
    let dir = node.path("etc/kubernetes/cluster-objects");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(FILE), "token-secret: [0123456789abcdef").unwrap();
    let (mut ctx, _) = node_ctx(&node, config());
    let err = run(&mut ctx).unwrap_err().to_string();
    assert!(
        err.contains("bootstrap-token.yaml is not a manifest"),
        "{err}"
    );
    assert!(!err.contains("0123456789"), "{err}");
}
