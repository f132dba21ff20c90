//! The release table: per Kubernetes minor, the image tags kubeadm of that release pairs with
//! it and the versions where its defaults change; the supported range and the default version.
//!
//! kadm writes what kubeadm of the target version writes, so every version-dependent fact lives
//! here, one [`Release`] per minor in [`RELEASES`], each fact's doc comment naming the kubeadm
//! source it was read from. [`release`] finds a version's entry; a version outside the
//! supported range gets the nearest entry, as kubeadm's `EtcdSupportedVersion` falls back to
//! the nearest etcd version.

mod table;
#[cfg(test)]
mod tests;

use kadm_kube_version::Version;

pub use table::{RELEASES, V1_31, V1_32, V1_33, V1_34, V1_35, V1_36, V1_37};

/// The Kubernetes version used when the file and the flags name none. kubeadm's default is the
/// `stable-1` label, which needs the network to resolve; kadm works offline and names a release
/// of the table instead.
pub const DEFAULT_KUBERNETES_VERSION: &str = "v1.37.2";

/// What kubeadm of one Kubernetes minor release pairs with it and how it behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Release {
    /// The minor number: `33` for Kubernetes v1.33.
    pub minor: u64,
    /// The etcd image tag for this minor (kubeadm's `constants.SupportedEtcdVersion` entry, or
    /// `constants.DefaultEtcdVersion` when the map has none for it).
    pub etcd: &'static str,
    /// Which names kubeadm gives etcd's corrupt-check and watch-progress flags.
    pub etcd_flags: EtcdFlags,
    /// The CoreDNS image tag (kubeadm's `constants.CoreDNSVersion`), from [`Self::coredns_from_patch`].
    pub coredns: &'static str,
    /// When a patch release changed the CoreDNS tag: the first patch with [`Self::coredns`] and
    /// the tag of the patches before it. `None` when every patch of the minor has the same tag.
    pub coredns_from_patch: Option<(u64, &'static str)>,
    /// Whether the Corefile's `cache` stops caching answers for the cluster domain
    /// (kubernetes/kubernetes#128359).
    pub coredns_cache_skips_cluster_domain: bool,
    /// Whether the CoreDNS container declares its probe ports and the probes name them
    /// (kubernetes/kubernetes#131587).
    pub coredns_named_probe_ports: bool,
    /// The pause image tag (kubeadm's `constants.PauseVersion`).
    pub pause: &'static str,
    /// Whether kubeadm passes the pause image to the kubelet as `--pod-infra-container-image`
    /// (kubeadm's `phases/kubelet/flags.go`): until v1.34. The kubelet removed the flag in v1.35
    /// (it refuses it: `unknown flag`), and kubeadm v1.35 stopped writing it.
    pub pause_flag: bool,
    /// The feature gate `ControlPlaneKubeletLocalMode`: a control-plane node's kubelet.conf
    /// points at its own API server.
    pub kubelet_local_mode: Gate,
    /// The feature gate `NodeLocalCRISocket`: the CRI socket moves from a kubelet flag to
    /// `/var/lib/kubelet/instance-config.yaml`.
    pub node_local_cri_socket: Gate,
    /// Whether kubeadm of this release still knows the phase name
    /// `kubelet-finalize/experimental-cert-rotation`.
    pub experimental_cert_rotation: Alias,
}

/// The names kubeadm gives etcd's initial corrupt check and watch progress notifications.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EtcdFlags {
    /// Always `--experimental-initial-corrupt-check` and
    /// `--experimental-watch-progress-notify-interval` (etcd 3.5's names).
    Experimental,
    /// etcd 3.6's names (`--feature-gates=InitialCorruptCheck=true`,
    /// `--watch-progress-notify-interval`) when the image tag used is 3.6.0 or later, else the
    /// experimental ones (a tag that is not a version counts as older).
    ByImageTag,
    /// Always etcd 3.6's names, whatever the image tag.
    Graduated,
}

impl EtcdFlags {
    /// Whether etcd 3.6's flag names are written for an etcd image `tag`.
    pub fn graduated_for(self, tag: &str) -> bool {
        match self {
            Self::Experimental => false,
            Self::ByImageTag => is_etcd_36_or_later(tag),
            Self::Graduated => true,
        }
    }
}

/// Whether an etcd image tag (`3.6.5-0`) is 3.6.0 or later; a tag that is not a version is not.
pub fn is_etcd_36_or_later(tag: &str) -> bool {
    tag.parse::<Version>()
        .is_ok_and(|v| v >= Version::new(3, 6, 0))
}

/// A kubeadm feature gate in one release, in the order gates move through releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gate {
    /// Not in this release's kubeadm: the behaviour is off unless `featureGates` turns it on.
    Absent,
    /// Alpha or beta: `featureGates` decides, else `default`.
    Optional {
        /// The value when `featureGates` does not name the gate.
        default: bool,
    },
    /// GA and locked to on: kubeadm refuses `false`.
    LockedOn,
    /// Removed after GA: the behaviour is always on and kubeadm no longer knows the name.
    Graduated,
}

impl Gate {
    /// Whether the behaviour is on, given the value `featureGates` sets (if any). A locked or
    /// graduated gate is on whatever is set.
    pub fn enabled(self, set: Option<bool>) -> bool {
        match self {
            Self::Absent => set.unwrap_or(false),
            Self::Optional { default } => set.unwrap_or(default),
            Self::LockedOn | Self::Graduated => true,
        }
    }

    /// Whether the behaviour is on when `featureGates` does not name the gate.
    pub fn default_on(self) -> bool {
        self.enabled(None)
    }
}

/// A deprecated phase name in one release.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Alias {
    /// Listed and run, not yet deprecated.
    Current,
    /// Listed, deprecated: kubeadm warns when it is named.
    Deprecated,
    /// Gone from kubeadm.
    Removed,
}

impl Release {
    /// This minor's first version: `v1.<minor>.0`.
    pub const fn version(&self) -> Version {
        Version::new(1, self.minor, 0)
    }

    /// The CoreDNS tag of the patch release `patch` of this minor.
    pub fn coredns_for_patch(&self, patch: u64) -> &'static str {
        match self.coredns_from_patch {
            Some((first, before)) if patch < first => before,
            _ => self.coredns,
        }
    }
}

/// The oldest supported release.
pub const OLDEST: &Release = &RELEASES[0];
/// The newest supported release.
pub const NEWEST: &Release = &RELEASES[RELEASES.len() - 1];

/// The entry for `version`'s minor; a version before the table gets the oldest entry and one
/// after it the newest, as kubeadm falls back to the nearest entry.
pub fn release(version: Version) -> &'static Release {
    let minor = match version.major {
        0 => return OLDEST,
        1 => version.minor,
        _ => return NEWEST,
    };
    let index = minor.saturating_sub(OLDEST.minor);
    let index = usize::try_from(index).map_or(RELEASES.len() - 1, |i| i.min(RELEASES.len() - 1));
    &RELEASES[index]
}

/// The CoreDNS tag kubeadm of `version` deploys: its minor's, or for an early patch release the
/// tag before a backport ([`Release::coredns_for_patch`]); a version before the table gets the
/// oldest entry's earliest tag, one after it the newest entry's tag.
pub fn coredns(version: Version) -> &'static str {
    let entry = release(version);
    if version < entry.version() {
        entry.coredns_for_patch(0)
    } else if version.major == 1 && version.minor == entry.minor {
        entry.coredns_for_patch(version.patch)
    } else {
        entry.coredns
    }
}

/// Whether `version` is in the supported range (`v1.31` to `v1.37`).
pub fn is_supported(version: Version) -> bool {
    (OLDEST.version()..Version::new(1, NEWEST.minor + 1, 0)).contains(&version)
}

/// The first release for which `fact` holds, as its `v1.<minor>.0`; `None` when none does.
pub fn first_where(fact: impl Fn(&Release) -> bool) -> Option<Version> {
    RELEASES.iter().find(|r| fact(r)).map(Release::version)
}
