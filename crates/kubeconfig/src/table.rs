//! The five kubeconfig files of a control-plane node, declared once.

use std::path::{Path, PathBuf};

use kadm_config::ValidConfig;

use crate::server;

/// Which API server address a kubeconfig file points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndpointKind {
    /// The address every node reaches the control plane at: `controlPlaneEndpoint` (its port, or
    /// the bind port), else this node's advertise address and bind port.
    ControlPlane,
    /// This node's own API server: advertise address and bind port.
    Local,
    /// kubelet.conf's rule: [`EndpointKind::Local`] when the feature gate
    /// `ControlPlaneKubeletLocalMode` is on (its default from v1.33), else
    /// [`EndpointKind::ControlPlane`]. See [`server::kubelet_uses_local_endpoint`].
    KubeletRule,
}

/// How the client certificate's common name (which is also the kubeconfig user name) is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientName {
    /// A fixed name, such as `kubernetes-admin`.
    Fixed(&'static str),
    /// A prefix followed by the node name (`nodeRegistration.name`): `system:node:<node>`.
    NodePrefixed(&'static str),
}

/// One kubeconfig file the `kubeconfig` phase writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KubeconfigFile {
    /// The child phase's name (`kadm init phase kubeconfig <phase>`).
    pub phase: &'static str,
    /// The file name in the kubeconfig directory.
    pub file: &'static str,
    /// The child phase's one-line help.
    pub short: &'static str,
    /// The client identity (certificate CN and kubeconfig user name).
    pub client: ClientName,
    /// The client certificate's organisation (the Kubernetes group), if any.
    pub organization: Option<&'static str>,
    /// Which server URL the file holds.
    pub endpoint: EndpointKind,
}

pub use kadm_init_context::paths::{ADMIN_CONF, SUPER_ADMIN_CONF};

/// The files, in kubeadm's phase order.
pub const FILES: [KubeconfigFile; 5] = [
    KubeconfigFile {
        phase: "admin",
        file: ADMIN_CONF,
        short: "Generate a kubeconfig file for the cluster administrator and for kadm itself",
        client: ClientName::Fixed("kubernetes-admin"),
        organization: Some(crate::cluster_admins::CLUSTER_ADMINS),
        endpoint: EndpointKind::ControlPlane,
    },
    KubeconfigFile {
        phase: "super-admin",
        file: SUPER_ADMIN_CONF,
        short: "Generate a kubeconfig file for the break-glass super-admin (system:masters)",
        client: ClientName::Fixed("kubernetes-super-admin"),
        organization: Some("system:masters"),
        endpoint: EndpointKind::ControlPlane,
    },
    KubeconfigFile {
        phase: "kubelet",
        file: "kubelet.conf",
        short: "Generate a kubeconfig file for this node's kubelet, used to bootstrap the cluster",
        client: ClientName::NodePrefixed("system:node:"),
        organization: Some("system:nodes"),
        endpoint: EndpointKind::KubeletRule,
    },
    KubeconfigFile {
        phase: "controller-manager",
        file: "controller-manager.conf",
        short: "Generate a kubeconfig file for the controller manager",
        client: ClientName::Fixed("system:kube-controller-manager"),
        organization: None,
        endpoint: EndpointKind::Local,
    },
    KubeconfigFile {
        phase: "scheduler",
        file: "scheduler.conf",
        short: "Generate a kubeconfig file for the scheduler",
        client: ClientName::Fixed("system:kube-scheduler"),
        organization: None,
        endpoint: EndpointKind::Local,
    },
];

/// The entry of the child phase `phase`, if there is one.
pub fn kubeconfig_file(phase: &str) -> Option<&'static KubeconfigFile> {
    FILES.iter().find(|entry| entry.phase == phase)
}

impl KubeconfigFile {
    /// The file's path in the kubeconfig directory `dir`.
    pub fn path(&self, dir: &Path) -> PathBuf {
        dir.join(self.file)
    }

    /// The client certificate's common name, which is also the kubeconfig user name.
    pub fn common_name(&self, config: &ValidConfig) -> String {
        match self.client {
            ClientName::Fixed(name) => name.to_string(),
            ClientName::NodePrefixed(prefix) => format!("{prefix}{}", config.node_name()),
        }
    }

    /// The client certificate's organisations (zero or one).
    pub fn organizations(&self) -> Vec<String> {
        self.organization.iter().map(|o| o.to_string()).collect()
    }

    /// The server URL this file holds for `config`.
    pub fn server(&self, config: &ValidConfig) -> String {
        let local = match self.endpoint {
            EndpointKind::ControlPlane => false,
            EndpointKind::Local => true,
            EndpointKind::KubeletRule => server::kubelet_uses_local_endpoint(config),
        };
        if local {
            server::local_server(config)
        } else {
            server::control_plane_server(config)
        }
    }
}

/// The table as Markdown (file, user, organisation, server), for the documentation.
pub fn markdown_table() -> String {
    let mut out =
        String::from("| phase | file | client CN = user | O | server |\n|---|---|---|---|---|\n");
    for entry in &FILES {
        let user = match entry.client {
            ClientName::Fixed(name) => name.to_string(),
            ClientName::NodePrefixed(prefix) => format!("{prefix}<node name>"),
        };
        let server = match entry.endpoint {
            EndpointKind::ControlPlane => "control-plane endpoint",
            EndpointKind::Local => "local endpoint",
            EndpointKind::KubeletRule => "local from v1.33, else control-plane (see below)",
        };
        out.push_str(&format!(
            "| `{}` | `{}` | `{user}` | {} | {server} |\n",
            entry.phase,
            entry.file,
            entry
                .organization
                .map(|o| format!("`{o}`"))
                .unwrap_or_default(),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_are_unique_and_in_kubeadm_order() {
        let phases: Vec<&str> = FILES.iter().map(|e| e.phase).collect();
        assert_eq!(
            phases,
            [
                "admin",
                "super-admin",
                "kubelet",
                "controller-manager",
                "scheduler"
            ]
        );
        assert_eq!(
            kubeconfig_file("kubelet").map(|e| e.file),
            Some("kubelet.conf")
        );
        assert!(kubeconfig_file("all").is_none());
    }

    #[test]
    fn markdown_lists_every_file() {
        let table = markdown_table();
        for entry in &FILES {
            assert!(table.contains(&format!("`{}`", entry.file)), "{table}");
        }
        assert!(table.contains("`system:node:<node name>`"), "{table}");
    }
}
