//! The cert-rotation phase on a temporary rootfs, run through the phase runner under a
//! `kubelet-finalize` group as in `kadm init`: what it changes in kubelet.conf, what it refuses
//! (leaving kubelet.conf untouched), its dry run, its check of the kubelet's configuration and its
//! JSON. The group's aliases are tested with `kadm-kubelet-finalize`.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;

use kadm_config::Config;
use kadm_init_context::InitContext;
use kadm_kubeconfig_model::KubeConfig;
use kadm_phase_runner::{Phase, Workflow};
use kadm_pki::CertifiedKey;
use kadm_test_support::fixtures::{
    NODE_PEM, Node, Ran, STAMPED, client_pem, host, new_ca, node_pem, request,
};

/// This node's client certificate and key signed by `ca`, apart.
fn node_client_pem(ca: &CertifiedKey) -> (String, String) {
    client_pem(ca, "system:node:node-1", &["system:nodes"])
}

/// `init` with a `kubelet-finalize` group holding cert-rotation only.
fn workflow() -> Workflow<InitContext> {
    let group = Phase::new("kubelet-finalize").children([kadm_cert_rotation::phase()]);
    Workflow::new("init", vec![group]).unwrap()
}

fn run_all(f: &Node) -> Ran {
    let (ctx, out) = f.ctx();
    Ran::run(
        &workflow(),
        ctx,
        out,
        &request(&["kubelet-finalize/all"], &[], None),
    )
}

/// Runs a fixture expected to fail and checks kubelet.conf was not touched.
fn fails_untouched(f: &Node) -> String {
    let before = f.conf_bytes();
    let err = run_all(f).error();
    assert_eq!(
        f.conf_bytes(),
        before,
        "kubelet.conf changed on error: {err}"
    );
    err
}

// What cert-rotation changes.

#[test]
fn embedded_credentials_become_references_to_the_pem_and_nothing_else_changes() {
    let f = Node::new();
    let before = f.conf();
    let ran = run_all(&f);
    let info = ran.info();
    ran.result.unwrap();
    let conf_path = f.kubelet_conf().display().to_string();
    assert!(
        info.contains(&format!(
            "[kubelet-finalize] Updating {conf_path:?} to point to a rotatable kubelet client certificate and key"
        )),
        "{info}"
    );
    assert!(
        info.contains("[kubelet-finalize] Restart the kubelet for the change to take effect (systemctl restart kubelet)"),
        "{info}"
    );

    let after = f.conf();
    let user = &after.current_user().unwrap().user;
    assert_eq!(user.client_certificate.as_deref(), Some(NODE_PEM));
    assert_eq!(user.client_key.as_deref(), Some(NODE_PEM));
    assert_eq!(user.client_certificate_data, None);
    assert_eq!(user.client_key_data, None);
    assert_eq!(
        after.clusters, before.clusters,
        "cluster, server and CA data kept"
    );
    assert_eq!(after.contexts, before.contexts);
    assert_eq!(after.current_context, before.current_context);
    assert_eq!(after.users.len(), 1);
    assert_eq!(after.users[0].name, before.users[0].name);
    let mode = std::fs::metadata(f.kubelet_conf())
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn references_to_a_pre_rotation_pair_are_repointed() {
    let f = Node::new();
    let mut conf = f.conf();
    {
        let user = &mut conf.current_user_mut().unwrap().user;
        user.client_certificate_data = None;
        user.client_key_data = None;
        user.client_certificate = Some("/var/lib/kubelet/pki/kubelet-client.crt".into());
        user.client_key = Some("/var/lib/kubelet/pki/kubelet-client.key".into());
    }
    f.write_conf(&conf.to_yaml());
    run_all(&f).result.unwrap();
    let text = String::from_utf8(f.conf_bytes()).unwrap();
    assert!(
        !text.contains("kubelet-client.crt") && !text.contains("kubelet-client.key"),
        "{text}"
    );
    let after = f.conf();
    let user = &after.current_user().unwrap().user;
    assert_eq!(user.client_certificate.as_deref(), Some(NODE_PEM));
    assert_eq!(user.client_key.as_deref(), Some(NODE_PEM));
    assert_eq!(after.clusters, conf.clusters);
}

#[test]
fn a_second_run_finds_it_done_and_does_not_rewrite() {
    let f = Node::new();
    run_all(&f).result.unwrap();
    let bytes = f.conf_bytes();
    let mtime = std::fs::metadata(f.kubelet_conf())
        .unwrap()
        .modified()
        .unwrap();
    std::thread::sleep(Duration::from_millis(20));
    let ran = run_all(&f);
    let info = ran.info();
    ran.result.unwrap();
    assert_eq!(f.conf_bytes(), bytes);
    assert_eq!(
        std::fs::metadata(f.kubelet_conf())
            .unwrap()
            .modified()
            .unwrap(),
        mtime
    );
    assert!(
        info.contains(&format!(
            "{:?} already points to {NODE_PEM:?}; nothing to change",
            f.kubelet_conf().display().to_string()
        )),
        "{info}"
    );
    assert!(!info.contains("Updating"), "{info}");
    assert!(
        !info.contains("Restart the kubelet"),
        "no restart when nothing changed: {info}"
    );
}

#[test]
fn without_the_pem_the_kubelet_is_taken_not_to_rotate_and_nothing_changes() {
    let f = Node::without_pem();
    let before = f.conf_bytes();
    let ran = run_all(&f);
    let info = ran.info();
    ran.result.unwrap();
    assert_eq!(f.conf_bytes(), before);
    let link = f.path("var/lib/kubelet/pki/kubelet-client-current.pem");
    assert!(
        info.contains(&format!(
            "[kubelet-finalize] {:?} does not exist: the kubelet does not rotate its client certificate",
            link.display().to_string()
        )),
        "{info}"
    );
    assert!(info.contains("is left as it is"), "{info}");
}

#[test]
fn a_cert_dir_kubelet_flag_moves_the_pem() {
    let f = Node::without_pem();
    f.install_pem_in("/srv/kubelet-pki", &node_pem(&f.ca));
    let config = config_with_kubelet_args(&[("cert-dir", "/srv/kubelet-pki")]);
    let (ctx, out) = f.ctx_with(config);
    Ran::run(
        &workflow(),
        ctx,
        out,
        &request(&["kubelet-finalize"], &[], None),
    )
    .result
    .unwrap();
    let user = f.conf().current_user().unwrap().user.clone();
    assert_eq!(
        user.client_certificate.as_deref(),
        Some("/srv/kubelet-pki/kubelet-client-current.pem")
    );
    assert_eq!(user.client_key, user.client_certificate);
}

// What cert-rotation refuses; kubelet.conf is never touched.

#[test]
fn a_dangling_symlink_is_an_error_naming_link_and_target() {
    let f = Node::new();
    std::fs::remove_file(f.path("var/lib/kubelet/pki").join(STAMPED)).unwrap();
    let err = fails_untouched(&f);
    assert!(err.contains("kubelet-client-current.pem"), "{err}");
    assert!(
        err.contains(&format!("/var/lib/kubelet/pki/{STAMPED}")),
        "{err}"
    );
    assert!(err.contains("does not exist"), "{err}");
}

#[test]
fn a_certificate_without_its_key_is_an_error() {
    let f = Node::new();
    let (cert, _) = node_client_pem(&f.ca);
    f.install_pem(&cert);
    let err = fails_untouched(&f);
    assert!(
        err.contains(STAMPED) && err.contains("no private key"),
        "{err}"
    );
}

#[test]
fn a_key_that_is_not_the_certificates_is_an_error() {
    let f = Node::new();
    let (cert, _) = node_client_pem(&f.ca);
    let (_, other_key) = node_client_pem(&f.ca);
    f.install_pem(&format!("{cert}{other_key}"));
    let err = fails_untouched(&f);
    assert!(err.contains("does not match"), "{err}");
}

#[test]
fn a_certificate_from_another_ca_is_an_error() {
    let f = Node::new();
    let other = new_ca("some-other-cluster");
    let (cert, key) = node_client_pem(&other);
    f.install_pem(&format!("{cert}{key}"));
    let err = fails_untouched(&f);
    assert!(err.contains("not signed by the cluster CA"), "{err}");
    assert!(err.contains("etc/kubernetes/pki/ca.crt"), "{err}");
}

#[test]
fn a_bundle_with_several_cas_accepts_either() {
    let f = Node::new();
    let old = new_ca("kubernetes-old");
    let bundle = format!("{}{}", old.cert.to_pem(), f.ca.cert.to_pem());
    std::fs::write(f.path("etc/kubernetes/pki/ca.crt"), bundle).unwrap();
    run_all(&f).result.unwrap();
    assert_eq!(
        f.conf().current_user().unwrap().user.client_key.as_deref(),
        Some(NODE_PEM)
    );
}

#[test]
fn a_certificate_for_another_node_or_group_is_an_error() {
    for (cn, orgs) in [
        ("system:node:node-2", &["system:nodes"][..]),
        ("system:node:node-1", &["system:masters"][..]),
    ] {
        let f = Node::new();
        let (cert, key) = client_pem(&f.ca, cn, orgs);
        f.install_pem(&format!("{cert}{key}"));
        let err = fails_untouched(&f);
        assert!(err.contains("system:node:node-1"), "{err}");
        assert!(err.contains(cn), "{err}");
    }
}

#[test]
fn an_unparsable_certificate_is_an_error() {
    let f = Node::new();
    f.install_pem("not a certificate\n");
    let err = fails_untouched(&f);
    assert!(err.contains(STAMPED), "{err}");
}

#[test]
fn an_unparsable_kubelet_conf_is_an_error() {
    let f = Node::new();
    f.write_conf("clusters: [\n");
    let err = fails_untouched(&f);
    assert!(err.contains("kubelet.conf"), "{err}");
    assert!(err.contains("kadm init phase kubeconfig kubelet"), "{err}");
}

#[test]
fn a_missing_kubelet_conf_says_how_to_make_it() {
    let f = Node::new();
    std::fs::remove_file(f.kubelet_conf()).unwrap();
    let err = run_all(&f).error();
    assert!(err.contains("kubelet.conf"), "{err}");
    assert!(err.contains("kadm init phase kubeconfig kubelet"), "{err}");
    assert!(!f.kubelet_conf().exists());
}

/// A change that breaks a kubeconfig.
type Breakage = fn(&mut KubeConfig);

#[test]
fn a_missing_current_context_context_or_user_is_an_error() {
    let cases: [(&str, Breakage); 4] = [
        ("current-context", |c| c.current_context.clear()),
        ("not in `contexts`", |c| c.contexts.clear()),
        ("names no user", |c| c.contexts[0].context.user.clear()),
        ("not in `users`", |c| c.users.clear()),
    ];
    for (expected, break_it) in cases {
        let f = Node::new();
        let mut conf = f.conf();
        break_it(&mut conf);
        f.write_conf(&conf.to_yaml());
        let err = fails_untouched(&f);
        assert!(err.contains(expected), "{expected}: {err}");
        assert!(err.contains("kubelet.conf"), "{err}");
    }
}

// Dry run, the kubelet's configuration and JSON.

#[test]
fn a_dry_run_prints_a_redacted_diff_and_writes_nothing() {
    let f = Node::new();
    let before = f.conf_bytes();
    let (mut ctx, out) = f.ctx();
    ctx.dry_run = true;
    let ran = Ran::run(
        &workflow(),
        ctx,
        out,
        &request(&["kubelet-finalize"], &[], None),
    );
    let info = ran.info();
    ran.result.unwrap();
    assert_eq!(f.conf_bytes(), before);
    assert!(info.contains("---") && info.contains("+++"), "{info}");
    assert!(
        info.contains(&format!("+    client-certificate: {NODE_PEM}")),
        "{info}"
    );
    assert!(
        info.contains(&format!("+    client-key: {NODE_PEM}")),
        "{info}"
    );
    assert!(info.contains("-    client-key-data: REDACTED"), "{info}");
    assert!(info.contains("-    client-certificate-data: "), "{info}");
    let key_data = {
        let conf = KubeConfig::load(&kadm_init_context::Root::host(), &f.kubelet_conf()).unwrap();
        let text = conf.to_yaml();
        text.lines()
            .find_map(|l| l.trim().strip_prefix("client-key-data: ").map(String::from))
            .unwrap()
    };
    assert!(!info.contains(&key_data), "the key leaked into the dry run");
}

#[test]
fn warns_when_the_kubelet_does_not_rotate() {
    let f = Node::new();
    let cfg = f.path("var/lib/kubelet/config.yaml");
    std::fs::write(
        &cfg,
        "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nrotateCertificates: false\n",
    )
    .unwrap();
    let ran = run_all(&f);
    let warn = ran.warn();
    ran.result.unwrap();
    assert!(warn.contains("rotateCertificates"), "{warn}");
    assert!(warn.contains(&cfg.display().to_string()), "{warn}");

    std::fs::write(
        &cfg,
        "kind: KubeletConfiguration\nrotateCertificates: true\n",
    )
    .unwrap();
    let ran = run_all(&f);
    assert!(ran.warn().is_empty(), "{}", ran.warn());

    std::fs::remove_file(&cfg).unwrap();
    let ran = run_all(&f);
    assert!(
        ran.warn().contains("could not be checked"),
        "{}",
        ran.warn()
    );
}

#[test]
fn json_output_describes_the_change() {
    let f = Node::new();
    std::fs::write(
        f.path("var/lib/kubelet/config.yaml"),
        "rotateCertificates: true\n",
    )
    .unwrap();
    let json_of = |f: &Node| {
        let (ctx, out) = f.ctx();
        let ran = Ran::run(
            &workflow(),
            ctx,
            out,
            &request(&["kubelet-finalize"], &[], None),
        );
        ran.result.unwrap();
        let results: Vec<_> = ran
            .report
            .phases
            .iter()
            .filter_map(|p| Some((p.path.as_str(), p.result.clone()?)))
            .collect();
        assert_eq!(results.len(), 1, "{results:?}");
        assert_eq!(results[0].0, "kubelet-finalize/cert-rotation");
        results[0].1.clone()
    };
    let v = json_of(&f);
    assert_eq!(v["kubeletConf"], f.kubelet_conf().display().to_string());
    assert_eq!(v["pem"], NODE_PEM);
    assert_eq!(v["rotationEnabled"], true);
    assert_eq!(v["changed"], true);
    assert_eq!(v["alreadyDone"], false);
    assert_eq!(v["dryRun"], false);
    assert_eq!(v["rotateCertificates"], true);
    assert_eq!(v["restart"], "needed");
    let cert = &v["certificate"];
    assert_eq!(cert["subject"], "CN=system:node:node-1, O=system:nodes");
    for field in [
        "notBefore",
        "notAfter",
        "renewalWindowStart",
        "renewalWindowEnd",
    ] {
        let s = cert[field].as_str().unwrap_or_default();
        assert!(s.ends_with('Z') && s.len() == 20, "{field}: {s}");
    }
    assert!(cert["notBefore"].as_str() < cert["renewalWindowStart"].as_str());
    assert!(cert["renewalWindowStart"].as_str() < cert["renewalWindowEnd"].as_str());
    assert!(cert["renewalWindowEnd"].as_str() < cert["notAfter"].as_str());

    let again = json_of(&f);
    assert_eq!(again["changed"], false);
    assert_eq!(again["alreadyDone"], true);
    assert_eq!(again["restart"], "notNeeded");

    let absent = Node::without_pem();
    let v = json_of(&absent);
    assert_eq!(v["rotationEnabled"], false);
    assert_eq!(v["changed"], false);
    assert_eq!(v["certificate"], serde_json::Value::Null);
    assert_eq!(v["rotateCertificates"], serde_json::Value::Null);
}

/// A config whose `nodeRegistration.kubeletExtraArgs` holds the given flags.
fn config_with_kubelet_args(args: &[(&str, &str)]) -> Config {
    let mut text = String::from(
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n",
    );
    for (name, value) in args {
        text.push_str(&format!("  - name: {name}\n    value: {value}\n"));
    }
    Config::from_yaml_str(&text, Path::new("kadm.yaml"), &host()).unwrap()
}
