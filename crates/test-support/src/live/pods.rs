//! A static Pod manifest read as the kubelet reads it, reduced to what the runner needs: the
//! command line, the host paths, the environment and the probe to wait on.

use std::path::{Path, PathBuf};

use k8s_openapi::api::core::v1::{Container, HTTPGetAction, Pod, Probe};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;

use super::LiveError;
use super::mounts::Bind;

/// The kubelet's static Pod folder, inside a node's rootfs.
pub const MANIFESTS: &str = "etc/kubernetes/manifests";

/// One static Pod, as the runner starts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaticPod {
    /// The Pod's name (`kube-apiserver`): the component.
    pub component: String,
    /// The container's image, which chooses the program.
    pub image: String,
    /// `command` then `args`: the whole command line, the program first.
    pub argv: Vec<String>,
    /// The container's environment (literal values only).
    pub env: Vec<(String, String)>,
    /// The host paths the container mounts, with their hostPath type.
    pub host_paths: Vec<(PathBuf, String)>,
    /// The probe the runner waits on: readiness, else startup, else liveness.
    pub probe: Option<HttpProbe>,
}

/// An HTTP(S) GET probe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpProbe {
    /// `http` or `https`.
    pub scheme: String,
    /// The host, or `None` for the Pod's IP (with `hostNetwork`, the node's address).
    pub host: Option<String>,
    /// The port number.
    pub port: u16,
    /// The path.
    pub path: String,
}

impl HttpProbe {
    /// The URL asked, with `node` as the host when the probe names none.
    pub fn url(&self, node: &str) -> String {
        let host = self.host.as_deref().unwrap_or(node);
        let host = if host.contains(':') {
            format!("[{host}]")
        } else {
            host.to_string()
        };
        format!("{}://{host}:{}{}", self.scheme, self.port, self.path)
    }
}

impl StaticPod {
    /// Parses a manifest; the error names the file and the field.
    pub fn parse(file: &Path, bytes: &[u8]) -> Result<Self, LiveError> {
        let fail = |what: String| LiveError::new(format!("{}: {what}", file.display()));
        let text = std::str::from_utf8(bytes).map_err(|e| fail(format!("not UTF-8: {e}")))?;
        let pod: Pod = serde_saphyr::from_str(text).map_err(|e| fail(format!("not a Pod: {e}")))?;
        let component = pod
            .metadata
            .name
            .clone()
            .ok_or_else(|| fail("metadata.name is missing".into()))?;
        let spec = pod
            .spec
            .as_ref()
            .ok_or_else(|| fail("spec is missing".into()))?;
        let [container] = spec.containers.as_slice() else {
            return Err(fail(format!(
                "spec.containers has {} entries; a control-plane static Pod has one",
                spec.containers.len()
            )));
        };
        let image = container
            .image
            .clone()
            .ok_or_else(|| fail("spec.containers[0].image is missing".into()))?;
        let argv: Vec<String> = container
            .command
            .iter()
            .flatten()
            .chain(container.args.iter().flatten())
            .cloned()
            .collect();
        if argv.is_empty() {
            return Err(fail("spec.containers[0] has no command".into()));
        }
        let env = container
            .env
            .iter()
            .flatten()
            .filter_map(|e| Some((e.name.clone(), e.value.clone()?)))
            .collect();
        let volumes = spec.volumes.iter().flatten();
        let mut host_paths = Vec::new();
        for mount in container.volume_mounts.iter().flatten() {
            let volume = volumes
                .clone()
                .find(|v| v.name == mount.name)
                .ok_or_else(|| fail(format!("volumeMount {:?} names no volume", mount.name)))?;
            let Some(host) = &volume.host_path else {
                continue;
            };
            if host.path != mount.mount_path {
                return Err(fail(format!(
                    "volume {:?}: the host path {} is mounted at {}; the runner needs them equal, \
                     as kubeadm writes them",
                    mount.name, host.path, mount.mount_path
                )));
            }
            host_paths.push((
                PathBuf::from(&host.path),
                host.type_.clone().unwrap_or_default(),
            ));
        }
        let probe = [
            &container.readiness_probe,
            &container.startup_probe,
            &container.liveness_probe,
        ]
        .into_iter()
        .flatten()
        .find_map(|p| http_probe(p, container));
        Ok(Self {
            component,
            image,
            argv,
            env,
            host_paths,
            probe,
        })
    }

    /// The binds that give the process its node paths: each host path from `rootfs`, made there
    /// first for the `...OrCreate` types (as the kubelet makes it on the node). A path the rootfs
    /// lacks is the machine's own (`/etc/ssl/certs`), as on a node.
    pub fn binds(&self, rootfs: &Path) -> Result<Vec<Bind>, LiveError> {
        let mut binds = Vec::new();
        for (path, kind) in &self.host_paths {
            let source = rootfs.join(path.strip_prefix("/").unwrap_or(path));
            let made = |e: std::io::Error| {
                LiveError::new(format!(
                    "{}: cannot make {}: {e}",
                    self.component,
                    source.display()
                ))
            };
            match kind.as_str() {
                "DirectoryOrCreate" if !source.exists() => {
                    std::fs::create_dir_all(&source).map_err(made)?;
                }
                "FileOrCreate" if !source.exists() => {
                    if let Some(parent) = source.parent() {
                        std::fs::create_dir_all(parent).map_err(made)?;
                    }
                    std::fs::File::create(&source).map_err(made)?;
                }
                _ => {}
            }
            if source.exists() {
                binds.push(Bind {
                    target: path.clone(),
                    source,
                });
            } else if !path.exists() && !kind.is_empty() {
                return Err(LiveError::new(format!(
                    "{}: the host path {} (type {kind}) exists neither in the node's rootfs ({}) \
                     nor on this machine; the kubelet would refuse to start the Pod",
                    self.component,
                    path.display(),
                    source.display()
                )));
            }
        }
        Ok(binds)
    }
}

fn http_probe(probe: &Probe, container: &Container) -> Option<HttpProbe> {
    let HTTPGetAction {
        host,
        path,
        port,
        scheme,
        ..
    } = probe.http_get.as_ref()?;
    let port = match port {
        IntOrString::Int(n) => u16::try_from(*n).ok()?,
        IntOrString::String(name) => container
            .ports
            .iter()
            .flatten()
            .find(|p| p.name.as_deref() == Some(name))
            .and_then(|p| u16::try_from(p.container_port).ok())?,
    };
    Some(HttpProbe {
        scheme: scheme.as_deref().unwrap_or("HTTP").to_ascii_lowercase(),
        host: host.clone().filter(|h| !h.is_empty()),
        port,
        path: path.clone().unwrap_or_else(|| "/".into()),
    })
}

/// The manifests in a node's static Pod folder, as the kubelet takes them: every regular file not
/// starting with a dot, by name.
pub fn manifest_files(rootfs: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(rootfs.join(MANIFESTS))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    files.sort();
    files
}
