//! The deprecated `kubelet-finalize/experimental-cert-rotation` phase, kept so that scripts
//! written for kubeadm v1.17 to v1.30 still work for targets before v1.32.
//!
//! It owns no logic: it runs [`kadm_cert_rotation::run_fn`]. The runner warns when it is named,
//! never runs it under `all` or a full `init`, and refuses it for a `kubernetesVersion` of
//! v1.32 or later (kubeadm removed the name in v1.32).

use kadm_init_context::InitContext;
use kadm_kube_version::Version;
use kadm_phase_runner::{Deprecation, Phase};
use kadm_release::Alias;

/// The phase's name.
pub const NAME: &str = "experimental-cert-rotation";

/// The deprecation: replaced by `cert-rotation`, deprecated in v1.31, removed in v1.32 (the
/// release table's [`kadm_release::Release::experimental_cert_rotation`]).
pub fn deprecation() -> Deprecation<Version> {
    Deprecation {
        replacement: kadm_cert_rotation::NAME.to_string(),
        deprecated_in: kadm_release::first_where(|r| {
            r.experimental_cert_rotation >= Alias::Deprecated
        })
        .unwrap_or(kadm_release::OLDEST.version()),
        removed_in: kadm_release::first_where(|r| r.experimental_cert_rotation == Alias::Removed),
    }
}

/// The deprecated alias of `cert-rotation`.
pub fn phase() -> Phase<InitContext> {
    Phase::new(NAME)
        .short(kadm_cert_rotation::SHORT_HELP)
        .deprecated(deprecation())
        .exclusive_group(kadm_cert_rotation::KUBELET_CLIENT_ROTATION_GROUP)
        .run_shared(kadm_cert_rotation::run_fn())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delegates_and_is_deprecated_in_the_rotation_group() {
        let p = phase();
        assert_eq!(p.name(), "experimental-cert-rotation");
        assert_eq!(p.group(), Some("kubelet-client-cert-rotation"));
        assert!(p.has_run());
        assert!(!p.is_hidden(), "kubeadm listed the deprecated name");
        let d = p.deprecation().unwrap();
        assert_eq!(d.replacement, "cert-rotation");
        assert_eq!(d.deprecated_in, Version::new(1, 31, 0));
        assert_eq!(d.removed_in, Some(Version::new(1, 32, 0)));
        assert_eq!(
            p.listed_help(),
            "Enable kubelet client certificate rotation (DEPRECATED: use 'cert-rotation' instead)"
        );
    }
}
