//! The programs `tests/peers/build.sh` built, and which one an image names.

use std::path::PathBuf;

use kadm_test_peers::Peer;
use kadm_test_peers::built::{BuiltSet, pinned_sets};

use super::LiveError;

/// The built peers: the Kubernetes programs and etcd releases `tests/peers` pins.
#[derive(Debug, Clone)]
pub struct LivePeers {
    dir: PathBuf,
    sets: Vec<BuiltSet>,
}

impl LivePeers {
    /// The built peers; fails the test naming what is missing (see [`Peer::Live`]).
    #[track_caller]
    pub fn require() -> Self {
        Self {
            dir: Peer::Live.require(),
            sets: pinned_sets(),
        }
    }

    /// The Kubernetes release the programs were built from (`v1.37.2`).
    pub fn kubernetes_version(&self) -> &str {
        self.set("kubernetes")
            .map(|s| s.version.as_str())
            .expect("tests/peers pins k8s.io/kubernetes")
    }

    /// The folder of the Kubernetes programs (`kubectl`, `kubeadm`, `kubelet`, ...).
    pub fn kubernetes_dir(&self) -> PathBuf {
        self.set("kubernetes")
            .expect("tests/peers pins k8s.io/kubernetes")
            .dir(&self.dir)
    }

    /// A Kubernetes program by name (`kubectl`, `kubeadm`, `kubelet`).
    pub fn kubernetes(&self, program: &str) -> PathBuf {
        self.kubernetes_dir().join(program)
    }

    /// The kubelet's container runtime: `fake-cri`, upstream's fake CRI served on a unix socket
    /// (`tests/peers/kubernetes/fake-cri`), built at the Kubernetes release.
    pub fn fake_cri(&self) -> PathBuf {
        self.set("fake-cri")
            .expect("tests/peers builds fake-cri with k8s.io/kubernetes")
            .dir(&self.dir)
            .join("fake-cri")
    }

    fn set(&self, name: &str) -> Option<&BuiltSet> {
        self.sets.iter().find(|s| s.name == name)
    }

    /// The program a static Pod's image names: `kube-apiserver:v1.37.2` is the kube-apiserver
    /// built from k8s.io/kubernetes v1.37.2, `etcd:3.7.0-0` the etcd built from v3.7.0. Any other
    /// image, or a release that was not built, is an error naming what was built.
    pub fn for_image(&self, image: &str) -> Result<PathBuf, LiveError> {
        let (repository, tag) = image.rsplit_once(':').unwrap_or((image, ""));
        let name = repository.rsplit('/').next().unwrap_or(repository);
        let wanted = match name {
            "kube-apiserver" | "kube-controller-manager" | "kube-scheduler" | "kube-proxy" => {
                BuiltSet {
                    name: "kubernetes",
                    version: tag.to_string(),
                }
            }
            "etcd" => BuiltSet {
                name: "etcd",
                version: format!("v{}", tag.split('-').next().unwrap_or_default()),
            },
            _ => {
                return Err(LiveError::new(format!(
                    "image {image}: no program of tests/peers runs it (only the control plane's \
                     kube-apiserver, kube-controller-manager, kube-scheduler and etcd images)"
                )));
            }
        };
        let built: Vec<String> = self.sets.iter().map(ToString::to_string).collect();
        let Some(set) = self.sets.iter().find(|s| **s == wanted) else {
            return Err(LiveError::new(format!(
                "image {image}: no peer built for {wanted} (tests/peers builds {}); write the \
                 node's files for Kubernetes {} or pin that release in tests/peers",
                built.join(", "),
                self.kubernetes_version()
            )));
        };
        // The image's name is the program's: kube-apiserver, ..., etcd.
        let path = set.dir(&self.dir).join(name);
        if !path.is_file() {
            return Err(LiveError::new(format!(
                "image {image}: {} is missing; run tests/peers/build.sh",
                path.display()
            )));
        }
        Ok(path)
    }
}
