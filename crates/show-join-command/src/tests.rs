use std::sync::Arc;

use kadm_config::{Config, Overrides};
use kadm_init_context::{InitContext, MemoryOutput, Paths, Root, RunReport, Stream};
use kadm_phase_runner::Workflow;
use kadm_test_support::fixtures::{Node, Ran, config, request};

use super::*;

const TOKEN: &str = "abcdef.0123456789abcdef";

fn overrides(upload: bool, key: Option<&str>, skip_print: bool) -> Overrides {
    Overrides {
        token: Some(TOKEN.into()),
        upload_certs: upload,
        certificate_key: key.map(String::from),
        skip_certificate_key_print: skip_print,
        ..Overrides::default()
    }
}

fn ctx_on(root: &std::path::Path, o: &Overrides, c: Config) -> (InitContext, Arc<MemoryOutput>) {
    let mut c = c;
    c.init.local_api_endpoint.advertise_address = "10.0.0.5".into();
    c.apply_overrides(o);
    let out = Arc::new(MemoryOutput::default());
    let paths = Paths::defaults_under(Root::at(root));
    (
        InitContext::new(c.validate().unwrap(), paths, out.clone()),
        out,
    )
}

/// Runs the phase alone through the runner; the run, and this phase's JSON result.
fn show(node: &Node, o: &Overrides) -> (Ran, serde_json::Value) {
    let workflow = Workflow::new("init", vec![phase()]).unwrap();
    let (ctx, out) = ctx_on(node.root(), o, config());
    let ran = Ran::run(&workflow, ctx, out, &request(&[NAME], &[], None));
    let result = result_of(&ran.report);
    (ran, result)
}

fn result_of(report: &RunReport) -> serde_json::Value {
    report
        .phases
        .iter()
        .find(|p| p.path == NAME)
        .and_then(|p| p.result.clone())
        .unwrap_or(serde_json::Value::Null)
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn the_worker_command_pins_the_ca_as_openssl_hashes_it() {
    let node = Node::without_pem();
    let (ran, result) = show(&node, &overrides(false, None, false));
    assert!(ran.result.is_ok(), "{:?}", ran.result);
    let hash = kadm_test_support::openssl::ca_cert_hash(&node.path("etc/kubernetes/pki/ca.crt"));
    let info = ran.info();
    let expected = format!(
        "kadm join 10.0.0.5:6443 --token {TOKEN} \\\n\t--discovery-token-ca-cert-hash {hash}"
    );
    assert!(info.contains(&expected), "{expected}\n{info}");
    assert!(!info.contains("--control-plane"), "{info}");
    assert_eq!(result["caCertHash"], hash.as_str());
    assert_eq!(result["token"], TOKEN);
    assert_eq!(
        result["workerJoinCommand"],
        format!("kadm join 10.0.0.5:6443 --token {TOKEN} --discovery-token-ca-cert-hash {hash}")
    );
    assert!(result["controlPlaneJoinCommand"].is_null());
    assert!(result["certificateKey"].is_null());
    // The apply command names the node's paths and says where they are under --rootfs.
    // The cluster-admins binding goes first, with super-admin.conf: admin.conf has no rights
    // before it exists.
    let apply = "kubectl --kubeconfig /etc/kubernetes/super-admin.conf apply --server-side -f \
                 /etc/kubernetes/cluster-objects/cluster-admins.yaml && kubectl --kubeconfig \
                 /etc/kubernetes/admin.conf apply --server-side -f /etc/kubernetes/cluster-objects/";
    assert_eq!(result["applyCommand"], apply);
    assert!(info.contains(&format!("  {apply}\n")), "{info}");
    assert!(
        info.contains(&format!(
            "the files are under {:?}",
            node.root().display().to_string()
        )),
        "{info}"
    );
}

#[test]
fn with_uploaded_certificates_the_control_plane_command_carries_the_key() {
    let node = Node::without_pem();
    let key = "cd".repeat(32);
    let (ran, result) = show(&node, &overrides(true, Some(&key), false));
    let info = ran.info();
    // Everything `kadm join --control-plane` needs: the key, the copied objects, the etcd.
    assert!(
        info.contains(&format!(
            "\t--control-plane --certificate-key {key} \\\n\t--certs-from ./cluster-objects \\\n\
             \t--etcd-endpoints https://10.0.0.5:2379\n"
        )),
        "{info}"
    );
    assert!(
        info.contains(
            "First copy /etc/kubernetes/cluster-objects of this node to ./cluster-objects on the \
             new node"
        ),
        "{info}"
    );
    assert_eq!(result["certificateKey"], key.as_str());
    assert!(
        result["controlPlaneJoinCommand"]
            .as_str()
            .unwrap()
            .ends_with(&format!(
                "--control-plane --certificate-key {key} --certs-from ./cluster-objects \
                 --etcd-endpoints https://10.0.0.5:2379"
            ))
    );

    // Withheld when asked: in the text and the result.
    let (ran, result) = show(&node, &overrides(true, Some(&key), true));
    let all = format!("{}\n{}", ran.info(), ran.warn());
    assert!(!all.contains(&key), "{all}");
    assert!(all.contains("--certificate-key <value withheld>"), "{all}");
    assert!(result["certificateKey"].is_null() && result["controlPlaneJoinCommand"].is_null());
}

#[test]
fn missing_inputs_are_errors_that_say_what_to_run() {
    // --upload-certs without any key.
    let node = Node::without_pem();
    let (ran, _) = show(&node, &overrides(true, None, false));
    let err = ran.error();
    assert!(
        err.contains("kadm init phase upload-certs --upload-certs"),
        "{err}"
    );

    // No CA.
    let empty = tempfile::tempdir().unwrap();
    let workflow = Workflow::new("init", vec![phase()]).unwrap();
    let (ctx, out) = ctx_on(empty.path(), &overrides(false, None, false), config());
    let err = Ran::run(&workflow, ctx, out, &request(&[NAME], &[], None)).error();
    assert!(
        err.contains("ca.crt") && err.contains("kadm init phase certs ca"),
        "{err}"
    );

    // No token anywhere.
    let (ctx, out) = ctx_on(node.root(), &Overrides::default(), config());
    let err = Ran::run(&workflow, ctx, out, &request(&[NAME], &[], None)).error();
    assert!(err.contains("kadm init phase bootstrap-token"), "{err}");
}

#[test]
fn the_token_and_key_come_from_the_phases_before() {
    let node = Node::without_pem();
    let workflow = Workflow::new(
        "init",
        vec![
            kadm_upload_certs::phase(),
            kadm_bootstrap_token_phase::phase(),
            phase(),
        ],
    )
    .unwrap();
    let o = Overrides {
        upload_certs: true,
        ..Overrides::default()
    };
    let (ctx, out) = ctx_on(node.root(), &o, config());
    let ran = Ran::run(&workflow, ctx, out, &request(&[], &[], None));
    assert!(ran.result.is_ok(), "{:?}", ran.result);
    let result = result_of(&ran.report);
    let info = ran.out.of(Stream::Info);
    let printed_key = &info[info
        .iter()
        .position(|l| l == "[upload-certs] Using certificate key:")
        .unwrap()
        + 1];
    assert_eq!(result["certificateKey"], printed_key.as_str());
    let written =
        std::fs::read_to_string(node.path("etc/kubernetes/cluster-objects/bootstrap-token.yaml"))
            .unwrap();
    let tokens = kadm_bootstrap_token_phase::tokens::written_tokens(&written).unwrap();
    assert_eq!(result["token"], tokens[0].token.expose());

    // Run alone later, it reads both back from the disk.
    let (alone, alone_result) = show(&node, &o);
    assert!(alone.result.is_ok(), "{:?}", alone.result);
    assert_eq!(alone_result["token"], result["token"]);
    assert_eq!(alone_result["certificateKey"], result["certificateKey"]);
    // A token given on the command line wins over the file's.
    let (_, given) = show(&node, &overrides(true, None, false));
    assert_eq!(given["token"], TOKEN);
}
