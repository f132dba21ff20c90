//! The kubelet-finalize group run through the phase runner on a temporary rootfs: its one
//! exclusive member under `all`, skipping, the deprecated and hidden aliases of cert-rotation, and
//! its phase list. What cert-rotation itself does is tested with `kadm-cert-rotation`.

use kadm_init_context::InitContext;
use kadm_kube_version::Version;
use kadm_phase_runner::Workflow;
use kadm_test_support::fixtures::{NODE_PEM, Node, Ran, request};

fn workflow() -> Workflow<InitContext> {
    Workflow::new("init", vec![kadm_kubelet_finalize::phase()]).unwrap()
}

fn run(f: &Node, targets: &[&str]) -> Ran {
    run_for(f, targets, &[], None)
}

/// Runs `targets` less `skip` for `version` on a fresh context over `f`.
fn run_for(f: &Node, targets: &[&str], skip: &[&str], version: Option<Version>) -> Ran {
    let (ctx, out) = f.ctx();
    Ran::run(&workflow(), ctx, out, &request(targets, skip, version))
}

#[test]
fn all_runs_exactly_one_member() {
    let plan = workflow()
        .plan(&request(
            &["kubelet-finalize/all"],
            &[],
            Some(Version::new(1, 31, 0)),
        ))
        .unwrap();
    assert_eq!(plan.paths(), ["kubelet-finalize/cert-rotation"]);
    let plan = workflow().plan(&request(&[], &[], None)).unwrap();
    assert_eq!(plan.paths(), ["kubelet-finalize/cert-rotation"]);
}

#[test]
fn skipping_cert_rotation_skips_the_group() {
    let f = Node::new();
    let before = f.conf_bytes();
    for targets in [&[][..], &["kubelet-finalize"][..]] {
        let ran = run_for(
            &f,
            targets,
            &["kubelet-finalize/cert-rotation"],
            Some(Version::new(1, 31, 0)),
        );
        assert!(ran.warnings.is_empty(), "{:?}", ran.warnings);
        assert!(ran.info().is_empty(), "{}", ran.info());
        ran.result.unwrap();
        assert_eq!(f.conf_bytes(), before);
    }
}

#[test]
fn experimental_cert_rotation_warns_and_works_before_v1_32() {
    let f = Node::new();
    let ran = run_for(
        &f,
        &["kubelet-finalize/experimental-cert-rotation"],
        &[],
        Some(Version::new(1, 31, 2)),
    );
    assert_eq!(ran.warnings.len(), 1, "{:?}", ran.warnings);
    assert!(ran.warnings[0].contains("'experimental-cert-rotation' is deprecated"));
    assert!(ran.warnings[0].contains("Use 'cert-rotation' instead"));
    ran.result.unwrap();
    assert_eq!(
        f.conf()
            .current_user()
            .unwrap()
            .user
            .client_certificate
            .as_deref(),
        Some(NODE_PEM)
    );
}

#[test]
fn experimental_cert_rotation_is_refused_from_v1_32() {
    let f = Node::new();
    let before = f.conf_bytes();
    let err = run_for(
        &f,
        &["kubelet-finalize/experimental-cert-rotation"],
        &[],
        Some(Version::new(1, 32, 0)),
    )
    .error();
    assert!(err.contains("use 'cert-rotation' instead"), "{err}");
    assert!(err.contains("v1.32.0"), "{err}");
    assert_eq!(f.conf_bytes(), before);
}

#[test]
fn enable_client_cert_rotation_works_silently() {
    let f = Node::new();
    let ran = run_for(
        &f,
        &["kubelet-finalize/enable-client-cert-rotation"],
        &[],
        Some(Version::new(1, 33, 0)),
    );
    assert!(ran.warnings.is_empty(), "{:?}", ran.warnings);
    ran.result.unwrap();
    assert_eq!(
        f.conf().current_user().unwrap().user.client_key.as_deref(),
        Some(NODE_PEM)
    );
}

#[test]
fn naming_two_members_is_an_error() {
    let f = Node::new();
    let before = f.conf_bytes();
    let err = run(
        &f,
        &[
            "kubelet-finalize/cert-rotation",
            "kubelet-finalize/enable-client-cert-rotation",
        ],
    )
    .error();
    assert!(err.contains("mutually exclusive"), "{err}");
    assert!(
        err.contains("kubelet-finalize/enable-client-cert-rotation"),
        "{err}"
    );
    assert_eq!(f.conf_bytes(), before);
}

#[test]
fn the_phase_list_shows_the_canonical_and_deprecated_names_only() {
    let expected = concat!(
        "The \"init\" command executes the following phases:\n",
        "```\n",
        "kubelet-finalize             Updates settings relevant to the kubelet after TLS bootstrap\n",
        "  /cert-rotation               Enable kubelet client certificate rotation\n",
        "  /experimental-cert-rotation  Enable kubelet client certificate rotation ",
        "(DEPRECATED: use 'cert-rotation' instead)\n",
        "```\n",
    );
    assert_eq!(workflow().phase_list(), expected);
}
