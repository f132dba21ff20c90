//! One entry per supported minor, each fact read in kubeadm's source of that release (the
//! newest patch release at hand: v1.31.14, v1.32.11, v1.33.7, v1.34.4, v1.35.4, v1.36.3,
//! v1.37.2, in `cmd/kubeadm/app`). Image tags are the newest patch's, but for the one patch
//! release that changed a tag kadm keeps apart (CoreDNS in v1.31.0).

use crate::{Alias, EtcdFlags, Gate, Release};

/// Kubernetes v1.31.
/// - etcd `3.5.24-0`: kubeadm v1.31.14 `constants.SupportedEtcdVersion[31]`.
/// - etcd flags experimental: kubeadm v1.31.14 `phases/etcd/local.go` `getEtcdCommand`.
/// - CoreDNS `v1.11.3`: kubeadm v1.31.14 `constants.CoreDNSVersion`; `v1.11.1` in kubeadm v1.31.0.
/// - Corefile caches the cluster domain, no named probe ports: kubeadm v1.31.14
///   `phases/addons/dns/manifests.go`.
/// - pause `3.10`: kubeadm v1.31.14 `constants.PauseVersion`.
/// - `ControlPlaneKubeletLocalMode` alpha, off; no `NodeLocalCRISocket`: kubeadm v1.31.14
///   `features.InitFeatureGates`.
/// - `experimental-cert-rotation` deprecated: kubeadm v1.31.14
///   `cmd/phases/init/kubeletfinalize.go`.
pub const V1_31: Release = Release {
    minor: 31,
    etcd: "3.5.24-0",
    etcd_flags: EtcdFlags::Experimental,
    coredns: "v1.11.3",
    coredns_from_patch: Some((1, "v1.11.1")),
    coredns_cache_skips_cluster_domain: false,
    coredns_named_probe_ports: false,
    pause: "3.10",
    pause_flag: true,
    kubelet_local_mode: Gate::Optional { default: false },
    node_local_cri_socket: Gate::Absent,
    experimental_cert_rotation: Alias::Deprecated,
};

/// Kubernetes v1.32.
/// - etcd `3.5.24-0`: kubeadm v1.32.11 `constants.SupportedEtcdVersion[32]`.
/// - etcd flags experimental: kubeadm v1.32.11 `phases/etcd/local.go` `getEtcdCommand`.
/// - CoreDNS `v1.11.3`: kubeadm v1.32.11 `constants.CoreDNSVersion`.
/// - Corefile skips the cache for the cluster domain (`disable success`, `disable denial`):
///   kubeadm v1.32.11 `phases/addons/dns/manifests.go`.
/// - pause `3.10`: kubeadm v1.32.11 `constants.PauseVersion`.
/// - `ControlPlaneKubeletLocalMode` and `NodeLocalCRISocket` alpha, off: kubeadm v1.32.11
///   `features.InitFeatureGates`.
/// - `experimental-cert-rotation` gone: kubeadm v1.32.11 `cmd/phases/init/kubeletfinalize.go`.
pub const V1_32: Release = Release {
    minor: 32,
    etcd: "3.5.24-0",
    etcd_flags: EtcdFlags::Experimental,
    coredns: "v1.11.3",
    coredns_from_patch: None,
    coredns_cache_skips_cluster_domain: true,
    coredns_named_probe_ports: false,
    pause: "3.10",
    pause_flag: true,
    kubelet_local_mode: Gate::Optional { default: false },
    node_local_cri_socket: Gate::Optional { default: false },
    experimental_cert_rotation: Alias::Removed,
};

/// Kubernetes v1.33.
/// - etcd `3.5.24-0`: kubeadm v1.33.7 `constants.SupportedEtcdVersion[33]`.
/// - etcd flags experimental: kubeadm v1.33.7 `phases/etcd/local.go` `getEtcdCommand`.
/// - CoreDNS `v1.12.0`: kubeadm v1.33.7 `constants.CoreDNSVersion`.
/// - pause `3.10`: kubeadm v1.33.7 `constants.PauseVersion`.
/// - `ControlPlaneKubeletLocalMode` beta, on; `NodeLocalCRISocket` alpha, off: kubeadm v1.33.7
///   `features.InitFeatureGates`.
pub const V1_33: Release = Release {
    minor: 33,
    etcd: "3.5.24-0",
    etcd_flags: EtcdFlags::Experimental,
    coredns: "v1.12.0",
    coredns_from_patch: None,
    coredns_cache_skips_cluster_domain: true,
    coredns_named_probe_ports: false,
    pause: "3.10",
    pause_flag: true,
    kubelet_local_mode: Gate::Optional { default: true },
    node_local_cri_socket: Gate::Optional { default: false },
    experimental_cert_rotation: Alias::Removed,
};

/// Kubernetes v1.34.
/// - etcd `3.6.5-0`: kubeadm v1.34.4 `constants.SupportedEtcdVersion[34]`
///   (= `DefaultEtcdVersion`).
/// - etcd flags by image tag (3.6 names from tag 3.6.0): kubeadm v1.34.4 `phases/etcd/local.go`
///   `getEtcdCommand`.
/// - CoreDNS `v1.12.1`: kubeadm v1.34.4 `constants.CoreDNSVersion`.
/// - CoreDNS probe ports declared and named (`liveness-probe`, `readiness-probe`): kubeadm
///   v1.34.4 `phases/addons/dns/manifests.go`.
/// - pause `3.10.1`: kubeadm v1.34.4 `constants.PauseVersion`.
/// - `ControlPlaneKubeletLocalMode` and `NodeLocalCRISocket` beta, on: kubeadm v1.34.4
///   `features.InitFeatureGates`.
pub const V1_34: Release = Release {
    minor: 34,
    etcd: "3.6.5-0",
    etcd_flags: EtcdFlags::ByImageTag,
    coredns: "v1.12.1",
    coredns_from_patch: None,
    coredns_cache_skips_cluster_domain: true,
    coredns_named_probe_ports: true,
    pause: "3.10.1",
    pause_flag: true,
    kubelet_local_mode: Gate::Optional { default: true },
    node_local_cri_socket: Gate::Optional { default: true },
    experimental_cert_rotation: Alias::Removed,
};

/// Kubernetes v1.35.
/// - etcd `3.6.6-0`: kubeadm v1.35.4 `constants.DefaultEtcdVersion`
///   (= `SupportedEtcdVersion` for the current minor).
/// - etcd flags by image tag: kubeadm v1.35.4 `phases/etcd/local.go` `getEtcdCommand`.
/// - CoreDNS `v1.13.1`: kubeadm v1.35.4 `constants.CoreDNSVersion`.
/// - CoreDNS manifests as in v1.34: kubeadm v1.35.4 `phases/addons/dns/manifests.go`.
/// - pause `3.10.1`: kubeadm v1.35.4 `constants.PauseVersion`; no `--pod-infra-container-image`
///   any more: kubeadm v1.35.4 `phases/kubelet/flags.go`, and the v1.35.4 kubelet has no such
///   flag.
/// - `ControlPlaneKubeletLocalMode` GA, locked on; `NodeLocalCRISocket` beta, on: kubeadm
///   v1.35.4 `features.InitFeatureGates`.
pub const V1_35: Release = Release {
    minor: 35,
    etcd: "3.6.6-0",
    etcd_flags: EtcdFlags::ByImageTag,
    coredns: "v1.13.1",
    coredns_from_patch: None,
    coredns_cache_skips_cluster_domain: true,
    coredns_named_probe_ports: true,
    pause: "3.10.1",
    pause_flag: false,
    kubelet_local_mode: Gate::LockedOn,
    node_local_cri_socket: Gate::Optional { default: true },
    experimental_cert_rotation: Alias::Removed,
};

/// Kubernetes v1.36.
/// - etcd `3.6.8-0`: kubeadm v1.36.3 `constants.SupportedEtcdVersion[36]`
///   (= `DefaultEtcdVersion`).
/// - etcd flags always 3.6's (`--feature-gates=InitialCorruptCheck=true`,
///   `--watch-progress-notify-interval`), whatever the tag: kubeadm v1.36.3
///   `phases/etcd/local.go` `getEtcdCommand`.
/// - CoreDNS `v1.14.2`: kubeadm v1.36.3 `constants.CoreDNSVersion`.
/// - pause `3.10.2`: kubeadm v1.36.3 `constants.PauseVersion`.
/// - `ControlPlaneKubeletLocalMode` removed (always on); `NodeLocalCRISocket` GA, locked on:
///   kubeadm v1.36.3 `features.InitFeatureGates`.
pub const V1_36: Release = Release {
    minor: 36,
    etcd: "3.6.8-0",
    etcd_flags: EtcdFlags::Graduated,
    coredns: "v1.14.2",
    coredns_from_patch: None,
    coredns_cache_skips_cluster_domain: true,
    coredns_named_probe_ports: true,
    pause: "3.10.2",
    pause_flag: false,
    kubelet_local_mode: Gate::Graduated,
    node_local_cri_socket: Gate::LockedOn,
    experimental_cert_rotation: Alias::Removed,
};

/// Kubernetes v1.37.
/// - etcd `3.7.0-0`: kubeadm v1.37.2 `constants.DefaultEtcdVersion`; its
///   `SupportedEtcdVersion` lists 34 to 36 only (all `3.7.0-0`), and `EtcdSupportedVersion`
///   gives v1.37 the nearest, the same tag.
/// - etcd flags always 3.6's: kubeadm v1.37.2 `phases/etcd/local.go` `getEtcdCommand`.
/// - CoreDNS `v1.14.6`: kubeadm v1.37.2 `constants.CoreDNSVersion`.
/// - pause `3.10.2`: kubeadm v1.37.2 `constants.PauseVersion`.
/// - `ControlPlaneKubeletLocalMode` and `NodeLocalCRISocket` both removed (always on): kubeadm
///   v1.37.2 `features.InitFeatureGates` (`RootlessControlPlane` is the only gate left).
pub const V1_37: Release = Release {
    minor: 37,
    etcd: "3.7.0-0",
    etcd_flags: EtcdFlags::Graduated,
    coredns: "v1.14.6",
    coredns_from_patch: None,
    coredns_cache_skips_cluster_domain: true,
    coredns_named_probe_ports: true,
    pause: "3.10.2",
    pause_flag: false,
    kubelet_local_mode: Gate::Graduated,
    node_local_cri_socket: Gate::Graduated,
    experimental_cert_rotation: Alias::Removed,
};

/// Every supported release, oldest first, one per minor with no gap.
pub const RELEASES: [Release; 7] = [V1_31, V1_32, V1_33, V1_34, V1_35, V1_36, V1_37];
