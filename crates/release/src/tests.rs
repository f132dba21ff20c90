use kadm_kube_version::Version;

use crate::*;

/// (minor, etcd, CoreDNS, pause) as read in each release's `constants.go`.
const TAGS: [(u64, &str, &str, &str); 7] = [
    (31, "3.5.24-0", "v1.11.3", "3.10"),
    (32, "3.5.24-0", "v1.11.3", "3.10"),
    (33, "3.5.24-0", "v1.12.0", "3.10"),
    (34, "3.6.5-0", "v1.12.1", "3.10.1"),
    (35, "3.6.6-0", "v1.13.1", "3.10.1"),
    (36, "3.6.8-0", "v1.14.2", "3.10.2"),
    (37, "3.7.0-0", "v1.14.6", "3.10.2"),
];

fn v(text: &str) -> Version {
    text.parse().unwrap()
}

#[test]
fn each_minor_has_its_tags() {
    let got: Vec<_> = RELEASES
        .iter()
        .map(|r| (r.minor, r.etcd, r.coredns, r.pause))
        .collect();
    assert_eq!(got, TAGS);
}

#[test]
fn minors_are_consecutive_and_the_range_is_v1_31_to_v1_37() {
    for pair in RELEASES.windows(2) {
        assert_eq!(pair[0].minor + 1, pair[1].minor);
    }
    assert_eq!(OLDEST.version(), Version::new(1, 31, 0));
    assert_eq!(NEWEST.version(), Version::new(1, 37, 0));
    assert!(is_supported(v("v1.31.0")));
    assert!(is_supported(v("v1.37.9")));
    assert!(!is_supported(v("v1.30.12")));
    assert!(!is_supported(v("v1.38.0")));
    assert!(!is_supported(v("v2.31.0")));
}

/// Every fact only moves forward from one minor to the next: tags never go back, a behaviour once
/// on stays on, a gate never returns to an earlier stage.
#[test]
fn facts_are_monotonic() {
    for pair in RELEASES.windows(2) {
        let (old, new) = (&pair[0], &pair[1]);
        for (what, a, b) in [
            ("etcd", old.etcd, new.etcd),
            ("coredns", old.coredns, new.coredns),
            ("pause", old.pause, new.pause),
        ] {
            assert!(v(a) <= v(b), "{what} {a} in v1.{} > {b} after", old.minor);
        }
        assert!(old.etcd_flags <= new.etcd_flags);
        assert!(old.kubelet_local_mode <= new.kubelet_local_mode);
        assert!(old.node_local_cri_socket <= new.node_local_cri_socket);
        assert!(old.experimental_cert_rotation <= new.experimental_cert_rotation);
        assert!(old.coredns_cache_skips_cluster_domain <= new.coredns_cache_skips_cluster_domain);
        assert!(old.coredns_named_probe_ports <= new.coredns_named_probe_ports);
    }
}

#[test]
fn the_lookup_finds_the_minor_and_clamps_outside_the_range() {
    assert_eq!(release(v("v1.35.4")), &V1_35);
    assert_eq!(release(v("v1.37.0-rc.1")), &V1_37);
    for (version, want) in [
        ("v0.99.0", &V1_31),
        ("v1.0.0", &V1_31),
        ("v1.30.14", &V1_31),
        ("v1.38.0", &V1_37),
        ("v1.99.0", &V1_37),
        ("v2.0.0", &V1_37),
    ] {
        assert_eq!(release(v(version)), want, "{version}");
    }
    let huge = Version::new(1, u64::MAX, 0);
    assert_eq!(release(huge), &V1_37);
}

#[test]
fn coredns_of_v1_31_0_is_the_one_before_the_backport() {
    assert_eq!(V1_31.coredns_for_patch(0), "v1.11.1");
    assert_eq!(V1_31.coredns_for_patch(1), "v1.11.3");
    assert_eq!(V1_37.coredns_for_patch(0), "v1.14.6");
    for (version, want) in [
        ("v1.30.9", "v1.11.1"),
        ("v1.31.0", "v1.11.1"),
        ("v1.31.1", "v1.11.3"),
        ("v1.35.0", "v1.13.1"),
        ("v1.38.0", "v1.14.6"),
        ("v2.0.0", "v1.14.6"),
    ] {
        assert_eq!(coredns(v(version)), want, "{version}");
    }
}

#[test]
fn etcd_flag_names_follow_kubeadm_of_the_release() {
    for tag in ["3.5.24-0", "3.6.5-0", "custom"] {
        assert!(!V1_33.etcd_flags.graduated_for(tag), "{tag}");
        assert!(V1_36.etcd_flags.graduated_for(tag), "{tag}");
    }
    assert!(!V1_34.etcd_flags.graduated_for("3.5.24-0"));
    assert!(V1_34.etcd_flags.graduated_for("3.6.5-0"));
    assert!(V1_35.etcd_flags.graduated_for("3.7.0-0"));
    assert!(!V1_35.etcd_flags.graduated_for("latest"));
}

#[test]
fn gates_default_where_kubeadm_turned_them_on() {
    assert_eq!(
        first_where(|r| r.kubelet_local_mode.default_on()),
        Some(v("v1.33.0"))
    );
    assert_eq!(
        first_where(|r| r.node_local_cri_socket.default_on()),
        Some(v("v1.34.0"))
    );
    assert_eq!(
        first_where(|r| r.experimental_cert_rotation == Alias::Removed),
        Some(v("v1.32.0"))
    );
    assert_eq!(first_where(|r| r.minor > 99), None);
    // A set value decides an optional gate only.
    assert!(!Gate::Optional { default: true }.enabled(Some(false)));
    assert!(Gate::Absent.enabled(Some(true)));
    assert!(Gate::LockedOn.enabled(Some(false)));
    assert!(Gate::Graduated.enabled(Some(false)));
}

#[test]
fn the_default_version_is_a_supported_release() {
    let default = v(DEFAULT_KUBERNETES_VERSION);
    assert!(is_supported(default));
    assert_eq!(DEFAULT_KUBERNETES_VERSION, default.to_string());
}
