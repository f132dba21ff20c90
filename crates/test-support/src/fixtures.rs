//! Fixtures the crates' tests share: a host, keys, a CA, a config, client certificates, and a
//! node whose kubelet has rotated its client certificate.
//!
//! Everything uses ECDSA-P256 keys, the fastest to make. Unit tests inside `kadm-pki` and
//! `kadm-config` keep their own helpers: there this crate's types would be those of another copy
//! of the crate under test.

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use kadm_config::{Config, HostFacts};
use kadm_init_context::{InitContext, MemoryOutput, Paths, Root, RunReport, Stream};
use kadm_kube_version::Version;
use kadm_kubeconfig_model::KubeConfig;
use kadm_phase_runner::{Event, RunError, Workflow};

/// A run request of kadm's workflows.
pub type Request = kadm_phase_runner::Request<Version>;
use kadm_pki::{
    AwsLcKeyGenerator, CertSpec, CertifiedKey, ExtendedUsage, KeyAlgorithm, KeyGenerator,
    PrivateKey, self_signed_ca, sign,
};

/// The node name every fixture uses.
pub const NODE: &str = "node-1";

/// Ten years, kubeadm's CA validity.
pub const TEN_YEARS: Duration = Duration::from_secs(10 * 365 * 24 * 3600);

/// One year, kubeadm's leaf validity.
pub const ONE_YEAR: Duration = Duration::from_secs(365 * 24 * 3600);

/// The host the tests run on: `node-1`, default address 127.0.0.1.
pub fn host() -> HostFacts {
    HostFacts {
        hostname: NODE.into(),
        default_ipv4: Some("127.0.0.1".parse().unwrap()),
    }
}

/// kubeadm's defaults on [`host`].
pub fn config() -> Config {
    Config::defaults(&host())
}

/// A new ECDSA-P256 key.
pub fn key() -> PrivateKey {
    key_of(KeyAlgorithm::EcdsaP256)
}

/// A new key of `algorithm`.
pub fn key_of(algorithm: KeyAlgorithm) -> PrivateKey {
    AwsLcKeyGenerator.generate(algorithm).unwrap()
}

/// A self-signed CA named `cn` (also its DNS name), valid ten years.
pub fn new_ca(cn: &str) -> CertifiedKey {
    new_ca_valid_for(cn, TEN_YEARS)
}

/// A self-signed CA named `cn` (also its DNS name), valid for `validity`.
pub fn new_ca_valid_for(cn: &str, validity: Duration) -> CertifiedKey {
    let spec = CertSpec {
        common_name: cn.to_string(),
        organizations: Vec::new(),
        dns_names: vec![cn.to_string()],
        ip_addresses: Vec::new(),
        is_ca: true,
        extended_usages: Vec::new(),
        validity,
    };
    self_signed_ca(&spec, key()).unwrap()
}

/// A client certificate for `cn` in `orgs` signed by `ca`, valid a year: (certificate, key) as
/// PEM text.
pub fn client_pem(ca: &CertifiedKey, cn: &str, orgs: &[&str]) -> (String, String) {
    let spec = CertSpec {
        common_name: cn.to_string(),
        organizations: orgs.iter().map(|o| o.to_string()).collect(),
        dns_names: Vec::new(),
        ip_addresses: Vec::new(),
        is_ca: false,
        extended_usages: vec![ExtendedUsage::ClientAuth],
        validity: ONE_YEAR,
    };
    let signed = sign(&spec, key(), ca).unwrap().certified;
    (signed.cert.to_pem().to_string(), signed.key.to_pem())
}

/// This node's kubelet client certificate and key signed by `ca`, as one PEM text (what the
/// kubelet writes after rotating).
pub fn node_pem(ca: &CertifiedKey) -> String {
    let (cert, key) = client_pem(ca, &format!("system:node:{NODE}"), &["system:nodes"]);
    format!("{cert}{key}")
}

/// The kubelet's certificate directory on the node.
pub const KUBELET_PKI: &str = "/var/lib/kubelet/pki";

/// The link the kubelet keeps to its current client certificate, as the node sees it.
pub const NODE_PEM: &str = "/var/lib/kubelet/pki/kubelet-client-current.pem";

/// The file name the kubelet gave its rotated certificate.
pub const STAMPED: &str = "kubelet-client-2026-11-24-10-00-00.pem";

/// Plays the kubelet after a rotation: writes `pem` as [`STAMPED`] in `dir` (a path on the node,
/// under `rootfs`) and points `kubelet-client-current.pem` at it with an absolute link, as the
/// kubelet does. Returns the stamped file's path under `rootfs`.
pub fn install_rotated_pem(rootfs: &Path, dir: &str, pem: &[u8]) -> PathBuf {
    let host_dir = rootfs.join(dir.trim_start_matches('/'));
    std::fs::create_dir_all(&host_dir).unwrap();
    let stamped = host_dir.join(STAMPED);
    std::fs::write(&stamped, pem).unwrap();
    let link = host_dir.join("kubelet-client-current.pem");
    let _ = std::fs::remove_file(&link);
    symlink(format!("{dir}/{STAMPED}"), link).unwrap();
    stamped
}

/// A temporary rootfs with a cluster CA, an embedded kubelet.conf and, unless made
/// [`without_pem`](Node::without_pem), the kubelet's rotated certificate.
pub struct Node {
    dir: tempfile::TempDir,
    /// The cluster CA, also written as `etc/kubernetes/pki/ca.{crt,key}`.
    pub ca: CertifiedKey,
}

impl Node {
    /// The full layout: CA, kubelet.conf, the stamped pem and the `-current` link.
    pub fn new() -> Self {
        let node = Self::without_pem();
        node.install_pem(&node_pem(&node.ca));
        node
    }

    /// CA and kubelet.conf only: a kubelet that does not rotate.
    pub fn without_pem() -> Self {
        let node = Node {
            dir: tempfile::tempdir().unwrap(),
            ca: new_ca("kubernetes"),
        };
        let pki = node.path("etc/kubernetes/pki");
        std::fs::create_dir_all(&pki).unwrap();
        std::fs::write(pki.join("ca.crt"), node.ca.cert.to_pem()).unwrap();
        std::fs::write(pki.join("ca.key"), node.ca.key.to_pem()).unwrap();
        let user = format!("system:node:{NODE}");
        let (cert, key) = client_pem(&node.ca, &user, &["system:nodes"]);
        let conf = KubeConfig::new_single(
            "kubernetes",
            "https://127.0.0.1:6443",
            node.ca.cert.to_pem().as_bytes(),
            &user,
            cert.as_bytes(),
            key.as_bytes(),
        );
        node.write_conf(&conf.to_yaml());
        node
    }

    /// The rootfs.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// `rel` under the rootfs.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// kubelet.conf under the rootfs.
    pub fn kubelet_conf(&self) -> PathBuf {
        self.path("etc/kubernetes/kubelet.conf")
    }

    /// kubelet.conf's bytes.
    pub fn conf_bytes(&self) -> Vec<u8> {
        std::fs::read(self.kubelet_conf()).unwrap()
    }

    /// kubelet.conf, parsed.
    pub fn conf(&self) -> KubeConfig {
        KubeConfig::load(&Root::host(), &self.kubelet_conf()).unwrap()
    }

    /// Replaces kubelet.conf with `text`, mode 0600.
    pub fn write_conf(&self, text: &str) {
        let path = self.kubelet_conf();
        std::fs::write(&path, text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }

    /// [`install_rotated_pem`] in `dir` on the node.
    pub fn install_pem_in(&self, dir: &str, pem: &str) {
        install_rotated_pem(self.root(), dir, pem.as_bytes());
    }

    /// [`install_rotated_pem`] in the kubelet's default directory.
    pub fn install_pem(&self, pem: &str) {
        self.install_pem_in(KUBELET_PKI, pem);
    }

    /// A context over this rootfs with `config` (which must be valid), and the output it records.
    pub fn ctx_with(&self, config: Config) -> (InitContext, Arc<MemoryOutput>) {
        let out = Arc::new(MemoryOutput::default());
        let paths = Paths::defaults_under(Root::at(self.root()));
        let config = config.validate().unwrap();
        (InitContext::new(config, paths, out.clone()), out)
    }

    /// A context over this rootfs with [`config`].
    pub fn ctx(&self) -> (InitContext, Arc<MemoryOutput>) {
        self.ctx_with(config())
    }
}

impl Default for Node {
    fn default() -> Self {
        Self::new()
    }
}

/// A runner request naming `targets` and `skip`, for `version` (None: the default).
pub fn request(targets: &[&str], skip: &[&str], version: Option<Version>) -> Request {
    Request {
        targets: targets.iter().map(|s| s.to_string()).collect(),
        skip: skip.iter().map(|s| s.to_string()).collect(),
        target_version: version,
    }
}

/// What a workflow run gave: its result, its warnings and its output.
pub struct Ran {
    /// The run's result.
    pub result: Result<(), RunError>,
    /// The runner's warnings (deprecations), in order.
    pub warnings: Vec<String>,
    /// The output the phases wrote.
    pub out: Arc<MemoryOutput>,
    /// What the run recorded, phase by phase (files, warnings, results).
    pub report: RunReport,
}

impl Ran {
    /// Plans and runs `workflow` for `req` on `ctx` (as `kadm init` does), whose output is `out`.
    pub fn run(
        workflow: &Workflow<InitContext>,
        mut ctx: InitContext,
        out: Arc<MemoryOutput>,
        req: &Request,
    ) -> Ran {
        let mut warnings = Vec::new();
        let result = ctx.run(workflow, req, |e| {
            if let Event::Warning(w) = e {
                warnings.push(w.to_string());
            }
        });
        Ran {
            result,
            warnings,
            out,
            report: ctx.record.report(),
        }
    }

    /// The info lines, joined.
    pub fn info(&self) -> String {
        self.out.of(Stream::Info).join("\n")
    }

    /// The warning lines, joined.
    pub fn warn(&self) -> String {
        self.out.of(Stream::Warn).join("\n")
    }

    /// The error the run ended with; panics if it succeeded.
    pub fn error(self) -> String {
        let err = self.result.unwrap_err();
        kadm_init_context::Causes(&err).to_string()
    }
}
