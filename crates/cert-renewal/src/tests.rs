use super::*;

#[test]
fn the_names_are_kubeadms_sorted_without_cas_sa_or_kubelet_conf() {
    let names: Vec<&str> = targets().iter().map(Target::name).collect();
    assert_eq!(
        names,
        [
            "admin.conf",
            "apiserver",
            "apiserver-etcd-client",
            "apiserver-kubelet-client",
            "controller-manager.conf",
            "etcd-healthcheck-client",
            "etcd-peer",
            "etcd-server",
            "front-proxy-client",
            "scheduler.conf",
            "super-admin.conf",
        ]
    );
}

#[test]
fn each_target_names_its_signing_ca() {
    let ca_of = |name: &str| select(name).unwrap()[0].ca();
    assert_eq!(ca_of("apiserver"), "ca");
    assert_eq!(ca_of("front-proxy-client"), "front-proxy-ca");
    assert_eq!(ca_of("etcd-peer"), "etcd/ca");
    assert_eq!(ca_of("admin.conf"), "ca");
    assert_eq!(
        select("apiserver").unwrap()[0].long_name(),
        "certificate for serving the Kubernetes API"
    );
}

#[test]
fn bad_names_are_refused_with_the_fix() {
    let text = |name: &str| select(name).unwrap_err().to_string();
    assert!(
        text("apiservr").contains("did you mean \"apiserver\"?"),
        "{}",
        text("apiservr")
    );
    assert!(text("admin.cnf").contains("did you mean \"admin.conf\"?"));
    assert!(!text("zzzzzzzzzzzz").contains("did you mean"));
    for ca in ["ca", "front-proxy-ca", "etcd-ca", "etcd/ca"] {
        assert!(
            matches!(select(ca), Err(RenewError::Authority { .. })),
            "{ca}"
        );
    }
    assert!(text("kubelet.conf").contains("kubelet-finalize cert-rotation"));
    assert!(matches!(select("sa"), Err(RenewError::NotRenewable { .. })));
    assert_eq!(select(ALL).unwrap().len(), 11);
}

#[test]
fn only_the_credential_values_change() {
    let cert = b"cert-old".to_vec();
    let key = b"key-old".to_vec();
    let text = format!(
        "apiVersion: v1\n# a comment\nusers:\n- name: a\n  user:\n    client-certificate-data: {}\n    client-key-data: {}\n",
        STANDARD.encode(&cert),
        STANDARD.encode(&key)
    );
    let out = replace_values(&text, &[(&cert, b"cert-new"), (&key, b"key-new")]).unwrap();
    let before: Vec<&str> = text.lines().collect();
    let after: Vec<&str> = out.lines().collect();
    assert_eq!(before.len(), after.len());
    let changed: Vec<usize> = (0..before.len())
        .filter(|&i| before[i] != after[i])
        .collect();
    assert_eq!(changed, [5, 6]);
    assert!(after[5].ends_with(&STANDARD.encode(b"cert-new")));
    // A value found twice (or not at all) is not replaced blindly.
    let twice = format!("{text}{}\n", STANDARD.encode(&cert));
    assert!(replace_values(&twice, &[(&cert, b"x"), (&key, b"y")]).is_none());
}
