//! What every control-plane static Pod shares, as kubeadm's `staticpod` utilities: the Pod
//! skeleton ([`Component::pod`]), flags from defaults and `extraArgs` ([`command`]), hostPath
//! volumes ([`Mounts`]), probes, resource requests, image names, environment variables, and
//! writing the manifests into the kubelet's static Pod directory ([`write`]).
//!
//! Everything is built from `k8s-openapi`'s typed structs and printed by `kadm-kube-objects`.

mod args;
mod pod;

use std::path::{Path, PathBuf};

use kadm_init_context::{InitContext, Tag};
use kadm_kube_objects::{Manifest, SortedYamlError};
use kadm_node_fs::{FileSpec, FsError};

pub use args::{arg, command, flag_names, last, set};
pub use kadm_kube_objects::k8s_openapi::api::core::v1 as k8s;
pub use pod::{
    Component, DIRECTORY_OR_CREATE, Endpoint, FILE_OR_CREATE, Mounts, PRIORITY, PRIORITY_CLASS,
    Probes, TIER, image, liveness, merge_env, probe_host, proxy_env, readiness, requests, startup,
    version_tag,
};

/// kubeadm writes static Pod manifests readable by root only.
pub const MANIFEST_MODE: u32 = 0o600;

/// Writing a static Pod manifest failed.
#[derive(Debug, thiserror::Error)]
pub enum StaticPodError {
    /// A directory stands where the manifest belongs.
    #[error(
        "{}: is a directory, but the static Pod manifest of {component} belongs there; remove \
         the directory (the kubelet reads manifests as files) and run again",
        path.display()
    )]
    Directory {
        /// The manifest's path on the host.
        path: PathBuf,
        /// The component.
        component: String,
    },
    /// The Pod could not be printed (a bug in kadm).
    #[error("cannot print the static Pod of {component}")]
    Print {
        /// The component.
        component: String,
        /// Why.
        #[source]
        cause: SortedYamlError,
    },
    /// Reading the existing manifest or writing the new one failed.
    #[error(transparent)]
    Fs(#[from] FsError),
}

/// The manifest file of `component` in the static Pod directory `manifests_dir`.
pub fn manifest_path(manifests_dir: &Path, component: &str) -> PathBuf {
    manifests_dir.join(format!("{component}.yaml"))
}

/// The text of `component`'s static Pod manifest.
pub fn manifest_text(component: &Component) -> Result<String, StaticPodError> {
    Manifest::of(&component.pod())
        .map(|m| m.to_text())
        .map_err(|cause| StaticPodError::Print {
            component: component.name.clone(),
            cause,
        })
}

/// Writes each component's manifest into `ctx.paths.manifests_dir` (mode 0600, atomically, all
/// in one batch), or lists them in a dry run. A manifest that already holds exactly these bytes
/// with mode 0600 is kept untouched (another mode is set right by writing it again); a directory
/// where a manifest belongs is an error naming it.
pub fn write(ctx: &InitContext, tag: Tag, components: &[Component]) -> Result<(), StaticPodError> {
    let mut files = Vec::new();
    for component in components {
        let path = manifest_path(&ctx.paths.manifests_dir, &component.name);
        let text = manifest_text(component)?;
        if ctx.fs().entry(&path)?.is_some_and(|e| e.is_dir()) {
            return Err(StaticPodError::Directory {
                path,
                component: component.name.clone(),
            });
        }
        files.push(FileSpec {
            path,
            contents: text.into_bytes(),
            mode: MANIFEST_MODE,
        });
    }
    let written = ctx.commit_changed(files)?;
    for (component, written) in components.iter().zip(written) {
        let shown = manifest_path(&ctx.paths.manifests_dir, &component.name)
            .display()
            .to_string();
        let line = if written {
            format!(
                "Creating static Pod manifest for {:?} in {shown:?}",
                component.name
            )
        } else {
            format!(
                "Static Pod manifest for {:?} is up to date: {shown:?}",
                component.name
            )
        };
        ctx.out.info(tag, &line);
    }
    Ok(())
}
