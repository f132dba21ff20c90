//! The `certs` phase tree run through the phase runner, on a temporary rootfs.

use std::collections::BTreeMap;
use std::fs;
use std::net::IpAddr;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use kadm_certs::{CERTS, CertsError, CommonName, Kind, markdown_table, phase};
use kadm_config::{Config, Overrides};
use kadm_init_context::{Authorities, InitContext, MemoryOutput, Paths, Root, Stream};
use kadm_phase_runner::{Request, RunError, Workflow};
use kadm_pki::{Certificate, KeyAlgorithm, fmt_time, load_cert};
use kadm_test_support::fixtures::{host, key, new_ca_valid_for};
use tempfile::TempDir;

const ECDSA: &str = "ECDSA-P256";

/// A test rootfs with its context and the output it records.
struct Env {
    tmp: TempDir,
    ctx: InitContext,
    out: Arc<MemoryOutput>,
}

impl Env {
    fn new(overrides: Overrides) -> Env {
        let tmp = tempfile::tempdir().unwrap();
        let mut config = Config::defaults(&host());
        config.apply_overrides(&overrides);
        Env::with_config(tmp, config)
    }

    fn ecdsa() -> Env {
        Env::new(ecdsa_overrides())
    }

    fn with_config(tmp: TempDir, config: Config) -> Env {
        let out = Arc::new(MemoryOutput::default());
        let ctx = InitContext::new(
            config.validate().unwrap(),
            Paths::defaults_under(Root::at(tmp.path())),
            out.clone(),
        );
        Env { tmp, ctx, out }
    }

    /// A fresh context (new products, new output) over the same rootfs and config.
    fn again(self) -> Env {
        Env::with_config(self.tmp, self.ctx.config.into_config())
    }

    fn dir(&self) -> PathBuf {
        self.ctx.paths.cert_dir.clone()
    }

    fn file(&self, name: &str) -> PathBuf {
        self.dir().join(name)
    }

    fn run(&mut self, targets: &[&str]) -> Result<(), RunError> {
        let wf = Workflow::new("init", vec![phase()]).unwrap();
        let request = Request {
            targets: targets.iter().map(|t| t.to_string()).collect(),
            ..Request::default()
        };
        self.ctx.run(&wf, &request, |_| {})
    }

    fn info(&self) -> Vec<String> {
        self.out.of(Stream::Info)
    }

    fn warnings(&self) -> Vec<String> {
        self.out.of(Stream::Warn)
    }

    fn cert(&self, base: &str) -> Certificate {
        load_cert(
            &kadm_node_fs::Root::host(),
            &self.file(&format!("{base}.crt")),
        )
        .unwrap()
    }

    /// Every file under the rootfs: relative path → (bytes, mode).
    fn snapshot(&self) -> BTreeMap<PathBuf, (Vec<u8>, u32)> {
        let mut out = BTreeMap::new();
        let mut stack = vec![self.tmp.path().to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                let meta = fs::metadata(&path).unwrap();
                let rel = path.strip_prefix(self.tmp.path()).unwrap().to_path_buf();
                if meta.is_dir() {
                    stack.push(path);
                    out.insert(rel, (Vec::new(), mode(&meta)));
                } else {
                    out.insert(rel, (fs::read(&path).unwrap(), mode(&meta)));
                }
            }
        }
        out
    }
}

fn ecdsa_overrides() -> Overrides {
    Overrides {
        encryption_algorithm: Some(ECDSA.parse().unwrap()),
        ..Overrides::default()
    }
}

fn mode(meta: &fs::Metadata) -> u32 {
    meta.permissions().mode() & 0o777
}

fn ips(list: &[&str]) -> Vec<IpAddr> {
    list.iter().map(|s| s.parse().unwrap()).collect()
}

/// The full error text, with the phase path the runner adds.
fn error_text(result: Result<(), RunError>) -> String {
    let err = result.unwrap_err();
    let mut text = err.to_string();
    let mut source = std::error::Error::source(&err);
    while let Some(s) = source {
        text.push_str(" | ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// The `CertsError` behind a phase failure.
fn certs_error(result: Result<(), RunError>) -> String {
    match result.unwrap_err() {
        RunError::Phase { source, .. } => {
            assert!(source.downcast_ref::<CertsError>().is_some(), "{source}");
            source.to_string()
        }
        other => panic!("not a phase error: {other}"),
    }
}

const ALL_FILES: [&str; 22] = [
    "ca.crt",
    "ca.key",
    "apiserver.crt",
    "apiserver.key",
    "apiserver-kubelet-client.crt",
    "apiserver-kubelet-client.key",
    "front-proxy-ca.crt",
    "front-proxy-ca.key",
    "front-proxy-client.crt",
    "front-proxy-client.key",
    "etcd/ca.crt",
    "etcd/ca.key",
    "etcd/server.crt",
    "etcd/server.key",
    "etcd/peer.crt",
    "etcd/peer.key",
    "etcd/healthcheck-client.crt",
    "etcd/healthcheck-client.key",
    "apiserver-etcd-client.crt",
    "apiserver-etcd-client.key",
    "sa.key",
    "sa.pub",
];

#[test]
fn full_set_matches_the_table() {
    let mut env = Env::ecdsa();
    env.run(&["certs"]).unwrap();
    let dir = env.dir();

    for name in ALL_FILES {
        let meta = fs::metadata(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let want = if name.ends_with(".crt") { 0o644 } else { 0o600 };
        assert_eq!(mode(&meta), want, "{name}");
    }
    for d in [dir.clone(), dir.join("etcd")] {
        assert_eq!(mode(&fs::metadata(&d).unwrap()), 0o755, "{}", d.display());
    }

    for entry in &CERTS {
        match entry.kind {
            Kind::Authority { common_name } => {
                let ca = env.cert(entry.base);
                assert!(ca.is_ca(), "{}", entry.base);
                assert_eq!(ca.common_name().as_deref(), Some(common_name));
                assert_eq!(ca.dns_names(), [common_name]);
                assert!(ca.is_signed_by(&ca));
                assert_eq!(ca.key_algorithm(), Ok(KeyAlgorithm::EcdsaP256));
                let days = (ca.not_after() - ca.not_before()).whole_days();
                assert!((3649..=3651).contains(&days), "{days}");
            }
            Kind::Leaf(leaf) => {
                let cert = env.cert(entry.base);
                assert!(!cert.is_ca(), "{}", entry.base);
                let cn = match leaf.common_name {
                    CommonName::Fixed(cn) => cn,
                    CommonName::NodeName => "node-1",
                };
                assert_eq!(cert.common_name().as_deref(), Some(cn));
                let orgs: Vec<String> = leaf.organization.map(String::from).into_iter().collect();
                assert_eq!(cert.organizations(), orgs, "{}", entry.base);
                assert_eq!(cert.extended_usages(), leaf.usages, "{}", entry.base);
                assert!(cert.is_signed_by(&env.cert(leaf.ca)), "{}", entry.base);
                assert!(!cert.is_signed_by(&env.cert("ca")) || leaf.ca == "ca");
                let days = (cert.not_after() - cert.not_before()).whole_days();
                assert!((364..=366).contains(&days), "{days}");
            }
            Kind::ServiceAccount => {}
        }
    }

    let apiserver = env.cert("apiserver");
    assert_eq!(
        apiserver.dns_names(),
        [
            "kubernetes",
            "kubernetes.default",
            "kubernetes.default.svc",
            "kubernetes.default.svc.cluster.local",
            "node-1"
        ]
    );
    assert_eq!(apiserver.ip_addresses(), ips(&["10.96.0.1", "127.0.0.1"]));
    for base in ["etcd/server", "etcd/peer"] {
        let cert = env.cert(base);
        assert_eq!(cert.dns_names(), ["localhost", "node-1"]);
        assert_eq!(cert.ip_addresses(), ips(&["127.0.0.1", "::1"]));
    }
    for client in [
        "apiserver-kubelet-client",
        "front-proxy-client",
        "apiserver-etcd-client",
    ] {
        assert!(env.cert(client).dns_names().is_empty());
        assert!(env.cert(client).ip_addresses().is_empty());
    }

    let key = fs::read_to_string(dir.join("apiserver.key")).unwrap();
    assert!(key.starts_with("-----BEGIN EC PRIVATE KEY-----\n"));
    let sa_pub = fs::read_to_string(dir.join("sa.pub")).unwrap();
    assert!(sa_pub.starts_with("-----BEGIN PUBLIC KEY-----\n"));
    let sa_key = kadm_pki::load_key(&kadm_node_fs::Root::host(), &dir.join("sa.key")).unwrap();
    assert_eq!(sa_key.public_key_pem(), sa_pub);

    let d = dir.display();
    assert_eq!(
        env.info(),
        [
            format!("[certs] Using certificateDir folder \"{d}\""),
            "[certs] Generating \"ca\" certificate and key".into(),
            "[certs] Generating \"apiserver\" certificate and key".into(),
            "[certs] apiserver serving cert is signed for DNS names [kubernetes kubernetes.default kubernetes.default.svc kubernetes.default.svc.cluster.local node-1] and IPs [10.96.0.1 127.0.0.1]".into(),
            "[certs] Generating \"apiserver-kubelet-client\" certificate and key".into(),
            "[certs] Generating \"front-proxy-ca\" certificate and key".into(),
            "[certs] Generating \"front-proxy-client\" certificate and key".into(),
            "[certs] Generating \"etcd/ca\" certificate and key".into(),
            "[certs] Generating \"etcd/server\" certificate and key".into(),
            "[certs] etcd/server serving cert is signed for DNS names [localhost node-1] and IPs [127.0.0.1 ::1]".into(),
            "[certs] Generating \"etcd/peer\" certificate and key".into(),
            "[certs] etcd/peer serving cert is signed for DNS names [localhost node-1] and IPs [127.0.0.1 ::1]".into(),
            "[certs] Generating \"etcd/healthcheck-client\" certificate and key".into(),
            "[certs] Generating \"apiserver-etcd-client\" certificate and key".into(),
            "[certs] Generating \"sa\" key and public key".into(),
        ]
    );
    assert!(env.warnings().is_empty(), "{:?}", env.warnings());

    let store = env.ctx.products.get::<Authorities>().unwrap();
    for base in ["ca", "front-proxy-ca", "etcd/ca"] {
        assert_eq!(store.get(base).unwrap().cert, env.cert(base), "{base}");
    }
}

#[test]
fn rsa_is_the_default_and_written_as_pkcs1() {
    let mut env = Env::new(Overrides::default());
    env.run(&["certs/ca", "certs/apiserver", "certs/sa"])
        .unwrap();
    assert_eq!(env.cert("ca").key_algorithm(), Ok(KeyAlgorithm::Rsa2048));
    assert_eq!(
        env.cert("apiserver").key_algorithm(),
        Ok(KeyAlgorithm::Rsa2048)
    );
    for key in ["ca.key", "apiserver.key", "sa.key"] {
        let text = fs::read_to_string(env.file(key)).unwrap();
        assert!(
            text.starts_with("-----BEGIN RSA PRIVATE KEY-----\n"),
            "{key}"
        );
    }
    let sa = kadm_pki::load_key(&kadm_node_fs::Root::host(), &env.file("sa.key")).unwrap();
    assert_eq!(sa.algorithm(), KeyAlgorithm::Rsa2048);
}

#[test]
fn dual_stack_gives_one_service_ip_per_family() {
    // Validation accepts a label longer than 63 characters; a certificate cannot carry it.
    let too_long = format!("{}.example.com", "a".repeat(64));
    let mut env = Env::new(Overrides {
        service_cidr: Some("10.96.0.0/12,fd00::/108".into()),
        advertise_address: Some("fd00:1::10".into()),
        apiserver_cert_extra_sans: vec![
            "api.example.com".into(),
            "10.1.2.3".into(),
            too_long.clone(),
        ],
        ..ecdsa_overrides()
    });
    env.run(&["certs/ca", "certs/apiserver"]).unwrap();
    let cert = env.cert("apiserver");
    assert_eq!(
        cert.ip_addresses(),
        ips(&["10.96.0.1", "fd00::1", "fd00:1::10", "10.1.2.3"])
    );
    assert!(cert.dns_names().contains(&"api.example.com".to_string()));
    assert!(!cert.dns_names().contains(&too_long));
    assert_eq!(
        env.warnings(),
        [format!(
            "[WARNING] [certs] ignoring apiServer.certSANs entry {too_long:?} for apiserver: it is neither an IP address nor a DNS name"
        )]
    );
}

#[test]
fn control_plane_endpoint_host_becomes_a_san() {
    for (endpoint, dns, ip) in [
        ("cp.example.com:6443", Some("cp.example.com"), None),
        ("cp.example.com", Some("cp.example.com"), None),
        ("10.0.0.5:6443", None, Some("10.0.0.5")),
        ("[fd00::5]:6443", None, Some("fd00::5")),
    ] {
        let mut env = Env::new(Overrides {
            control_plane_endpoint: Some(endpoint.into()),
            ..ecdsa_overrides()
        });
        env.run(&["certs/ca", "certs/apiserver"]).unwrap();
        let cert = env.cert("apiserver");
        if let Some(dns) = dns {
            assert!(cert.dns_names().contains(&dns.to_string()), "{endpoint}");
        }
        let want_ips = match ip {
            Some(ip) => ips(&["10.96.0.1", "127.0.0.1", ip]),
            None => ips(&["10.96.0.1", "127.0.0.1"]),
        };
        assert_eq!(cert.ip_addresses(), want_ips, "{endpoint}");
        assert!(
            !cert.dns_names().iter().any(|d| d.contains(':')),
            "{endpoint}"
        );
    }
}

#[test]
fn config_file_sans_and_external_etcd() {
    let tmp = tempfile::tempdir().unwrap();
    let yaml = "\
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
encryptionAlgorithm: ECDSA-P256
apiServer:
  certSANs: [\"*.apps.example.com\", \"192.0.2.7\"]
etcd:
  local:
    serverCertSANs: [\"etcd.example.com\"]
    peerCertSANs: [\"192.0.2.8\"]
";
    let config = Config::from_yaml_str(yaml, Path::new("kadm.yaml"), &host()).unwrap();
    let mut env = Env::with_config(tmp, config);
    env.run(&[
        "certs/ca",
        "certs/apiserver",
        "certs/etcd-ca",
        "certs/etcd-server",
        "certs/etcd-peer",
    ])
    .unwrap();
    let api = env.cert("apiserver");
    assert!(api.dns_names().contains(&"*.apps.example.com".to_string()));
    assert_eq!(
        api.ip_addresses(),
        ips(&["10.96.0.1", "127.0.0.1", "192.0.2.7"])
    );
    assert_eq!(
        env.cert("etcd/server").dns_names(),
        ["etcd.example.com", "localhost", "node-1"]
    );
    assert_eq!(
        env.cert("etcd/peer").ip_addresses(),
        ips(&["127.0.0.1", "::1", "192.0.2.8"])
    );

    let tmp = tempfile::tempdir().unwrap();
    let yaml = "\
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
encryptionAlgorithm: ECDSA-P256
etcd:
  external:
    endpoints: [\"https://192.0.2.9:2379\"]
";
    let config = Config::from_yaml_str(yaml, Path::new("kadm.yaml"), &host()).unwrap();
    let mut env = Env::with_config(tmp, config);
    env.run(&["certs"]).unwrap();
    assert!(!env.file("etcd").exists());
    assert!(!env.file("apiserver-etcd-client.crt").exists());
    assert!(env.file("front-proxy-client.crt").exists());
    let info = env.info();
    assert!(
        info.contains(
            &"[certs] External etcd mode: Skipping etcd/ca certificate authority generation"
                .to_string()
        )
    );
    assert!(
        info.contains(
            &"[certs] External etcd mode: Skipping apiserver-etcd-client certificate generation"
                .to_string()
        )
    );
}

#[test]
fn rerun_reuses_everything_and_changes_no_byte() {
    let mut env = Env::ecdsa();
    env.run(&["certs"]).unwrap();
    let before = env.snapshot();
    let mut env = env.again();
    env.run(&["certs"]).unwrap();
    assert_eq!(env.snapshot(), before);
    let info = env.info();
    assert_eq!(info.len(), 12, "{info:#?}");
    assert!(info.contains(&"[certs] Using existing ca certificate authority".to_string()));
    assert!(info.contains(&"[certs] Using existing etcd/ca certificate authority".to_string()));
    assert!(
        info.contains(&"[certs] Using existing apiserver certificate and key on disk".to_string())
    );
    assert!(
        info.contains(&"[certs] Using existing etcd/peer certificate and key on disk".to_string())
    );
    assert!(info.contains(&"[certs] Using the existing \"sa\" key".to_string()));
    assert!(!info.iter().any(|l| l.contains("Generating")), "{info:#?}");
    assert!(
        env.ctx
            .products
            .get::<Authorities>()
            .unwrap()
            .get("ca")
            .is_some()
    );
}

/// Runs a full set in `env`, then a second full set elsewhere, and copies `files` from there.
fn foreign_files(env: &mut Env, files: &[&str]) {
    env.run(&["certs"]).unwrap();
    let mut other = Env::ecdsa();
    other.run(&["certs/ca", "certs/apiserver"]).unwrap();
    for f in files {
        fs::copy(other.file(f), env.file(f)).unwrap();
    }
}

#[test]
fn leaf_from_another_ca_is_refused_and_kept() {
    let mut env = Env::ecdsa();
    foreign_files(&mut env, &["apiserver.crt", "apiserver.key"]);
    let before = env.snapshot();
    let mut env = env.again();
    let msg = certs_error(env.run(&["certs"]));
    let crt = env.file("apiserver.crt");
    assert!(
        msg.starts_with(&format!(
            "{}: the certificate is not signed by the CA in {}",
            crt.display(),
            env.file("ca.crt").display()
        )),
        "{msg}"
    );
    assert!(msg.contains("to have kadm generate new ones"), "{msg}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn key_not_matching_its_certificate_is_refused() {
    let mut env = Env::ecdsa();
    foreign_files(&mut env, &["apiserver.key"]);
    let mut env = env.again();
    let msg = certs_error(env.run(&["certs/apiserver"]));
    assert!(
        msg.starts_with(&format!(
            "{}: the private key does not match the certificate",
            env.file("apiserver.key").display()
        )),
        "{msg}"
    );
}

#[test]
fn missing_san_after_a_node_rename_is_refused() {
    let mut env = Env::ecdsa();
    env.run(&["certs"]).unwrap();
    let before = env.snapshot();
    let tmp = env.tmp;
    let mut config = Config::defaults(&host());
    config.apply_overrides(&Overrides {
        node_name: Some("node-2".into()),
        ..ecdsa_overrides()
    });
    let mut env = Env::with_config(tmp, config);
    let text = error_text(env.run(&["certs"]));
    assert!(
        text.starts_with("error execution phase certs/apiserver"),
        "{text}"
    );
    assert!(
        text.contains(
            "apiserver.crt: the certificate lacks the required subject alternative names [node-2]"
        ),
        "{text}"
    );
    assert_eq!(env.snapshot(), before);
}

/// Writes a CA made with `validity` as `<base>.crt`/`.key` and returns its certificate.
fn write_ca(env: &Env, base: &str, cn: &str, validity: Duration) -> Certificate {
    let ca = new_ca_valid_for(cn, validity);
    fs::create_dir_all(env.file(base).parent().unwrap()).unwrap();
    fs::write(env.file(&format!("{base}.crt")), ca.cert.to_pem()).unwrap();
    fs::write(env.file(&format!("{base}.key")), ca.key.to_pem()).unwrap();
    ca.cert
}

#[test]
fn expired_ca_is_an_error() {
    let mut env = Env::ecdsa();
    write_ca(&env, "ca", "kubernetes", Duration::from_secs(1));
    std::thread::sleep(Duration::from_millis(2100));
    let before = env.snapshot();
    let msg = certs_error(env.run(&["certs/ca"]));
    let expired = format!(
        "{}: the CA certificate expired on ",
        env.file("ca.crt").display()
    );
    assert!(msg.starts_with(&expired), "{msg}");
    assert!(msg.ends_with("to have kadm generate a new one"), "{msg}");
    let mut env = env.again();
    let msg = certs_error(env.run(&["certs/apiserver"]));
    assert!(msg.starts_with(&expired), "{msg}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn truncated_pem_is_an_error() {
    let mut env = Env::ecdsa();
    env.run(&["certs/ca", "certs/apiserver"]).unwrap();
    let crt = env.file("apiserver.crt");
    let text = fs::read_to_string(&crt).unwrap();
    fs::write(&crt, &text[..text.len() / 2]).unwrap();
    let mut env = env.again();
    let msg = certs_error(env.run(&["certs/apiserver"]));
    assert!(
        msg.starts_with(&format!(
            "{}: not a PEM certificate: truncated",
            crt.display()
        )),
        "{msg}"
    );
    assert!(msg.ends_with("to have kadm generate new ones"), "{msg}");
    assert_eq!(fs::read_to_string(&crt).unwrap(), &text[..text.len() / 2]);
}

#[test]
fn half_a_pair_is_an_error() {
    let mut env = Env::ecdsa();
    env.run(&["certs"]).unwrap();
    fs::remove_file(env.file("front-proxy-client.key")).unwrap();
    fs::remove_file(env.file("sa.key")).unwrap();
    let mut env = env.again();
    let msg = certs_error(env.run(&["certs/front-proxy-client"]));
    assert_eq!(
        msg,
        format!(
            "{crt} exists but {key} does not; restore {key} or delete {crt} to have kadm generate both",
            crt = env.file("front-proxy-client.crt").display(),
            key = env.file("front-proxy-client.key").display()
        )
    );
    assert!(!env.file("front-proxy-client.key").exists());
    let msg = certs_error(env.run(&["certs/sa"]));
    assert!(
        msg.starts_with(&format!("{} exists but", env.file("sa.pub").display())),
        "{msg}"
    );
}

#[test]
fn service_account_public_key_must_match() {
    let mut env = Env::ecdsa();
    env.run(&["certs/sa"]).unwrap();
    let key_before = fs::read(env.file("sa.key")).unwrap();
    let pub_before = fs::read(env.file("sa.pub")).unwrap();

    fs::remove_file(env.file("sa.pub")).unwrap();
    let mut env = env.again();
    env.run(&["certs/sa"]).unwrap();
    assert_eq!(fs::read(env.file("sa.pub")).unwrap(), pub_before);
    assert_eq!(mode(&fs::metadata(env.file("sa.pub")).unwrap()), 0o600);
    assert_eq!(fs::read(env.file("sa.key")).unwrap(), key_before);

    let other = key();
    fs::write(env.file("sa.pub"), other.public_key_pem()).unwrap();
    let mut env = env.again();
    let msg = certs_error(env.run(&["certs/sa"]));
    assert!(
        msg.starts_with(&format!(
            "{}: the public key is not the public half of",
            env.file("sa.pub").display()
        )),
        "{msg}"
    );
    assert!(msg.contains("to have kadm write it again"), "{msg}");
}

#[test]
fn external_ca_with_every_leaf_present_succeeds() {
    let mut env = Env::ecdsa();
    env.run(&["certs"]).unwrap();
    fs::remove_file(env.file("ca.key")).unwrap();
    fs::remove_file(env.file("front-proxy-ca.key")).unwrap();
    let before = env.snapshot();
    let mut env = env.again();
    env.run(&["certs"]).unwrap();
    assert_eq!(env.snapshot(), before);
    let info = env.info();
    assert!(info.contains(&"[certs] Using existing ca keyless certificate authority".to_string()));
    assert!(info.contains(
        &"[certs] Using existing front-proxy-ca keyless certificate authority".to_string()
    ));
    assert!(info.contains(&"[certs] Using existing etcd/ca certificate authority".to_string()));
    assert!(
        info.iter()
            .any(|l| l.starts_with("[certs] External CA mode for ca:"))
    );
    let store = env.ctx.products.get::<Authorities>().unwrap();
    assert!(store.get("ca").is_none(), "a keyless CA cannot sign");
    assert!(store.get("etcd/ca").is_some());
}

#[test]
fn external_ca_with_a_missing_leaf_fails() {
    let mut env = Env::ecdsa();
    env.run(&["certs"]).unwrap();
    fs::remove_file(env.file("ca.key")).unwrap();
    fs::remove_file(env.file("apiserver.crt")).unwrap();
    fs::remove_file(env.file("apiserver.key")).unwrap();
    let mut env = env.again();
    let msg = certs_error(env.run(&["certs"]));
    assert!(
        msg.starts_with("invalid or incomplete external CA: "),
        "{msg}"
    );
    assert!(
        msg.contains(&format!(
            "{} and {} missing",
            env.file("apiserver.crt").display(),
            env.file("apiserver.key").display()
        )),
        "{msg}"
    );
    assert!(!env.file("apiserver.crt").exists());

    // A leaf that does not verify against the external CA is reported the same way.
    let mut other = Env::ecdsa();
    other.run(&["certs/ca", "certs/apiserver"]).unwrap();
    for f in ["apiserver.crt", "apiserver.key"] {
        fs::copy(other.file(f), env.file(f)).unwrap();
    }
    let mut env = env.again();
    let msg = certs_error(env.run(&["certs/apiserver"]));
    assert!(
        msg.starts_with("invalid or incomplete external CA: "),
        "{msg}"
    );
    assert!(
        msg.contains("apiserver.crt: the certificate is not signed by the CA in"),
        "{msg}"
    );
}

#[test]
fn dry_run_writes_nothing_but_keeps_the_cas_in_memory() {
    let mut env = Env::ecdsa();
    env.ctx.dry_run = true;
    env.run(&["certs"]).unwrap();
    assert!(env.snapshot().is_empty(), "{:?}", env.snapshot().keys());
    let info = env.info();
    let would: Vec<&String> = info
        .iter()
        .filter(|l| l.starts_with("[dryrun] Would write"))
        .collect();
    assert_eq!(would.len(), ALL_FILES.len());
    assert!(info.contains(&"[certs] Generating \"apiserver\" certificate and key".to_string()));
    let store = env.ctx.products.get::<Authorities>().unwrap();
    for base in ["ca", "front-proxy-ca", "etcd/ca"] {
        assert!(store.get(base).is_some(), "{base}");
    }
}

#[test]
fn unwritable_cert_dir_names_the_directory_and_writes_nothing() {
    let mut env = Env::ecdsa();
    let blocker = env.tmp.path().join("blocker");
    fs::write(&blocker, "not a directory").unwrap();
    env.ctx.paths.cert_dir = blocker.join("pki");
    let before = env.snapshot();
    let msg = certs_error(env.run(&["certs"]));
    assert!(
        msg.starts_with(&format!(
            "cannot write the \"ca\" files into {}",
            blocker.join("pki").display()
        )),
        "{msg}"
    );
    assert_eq!(env.snapshot(), before);
}

#[test]
fn leaf_validity_is_clamped_to_the_ca_with_a_warning() {
    let mut env = Env::ecdsa();
    let ca = write_ca(&env, "ca", "kubernetes", Duration::from_secs(30 * 86400));
    env.run(&["certs/apiserver"]).unwrap();
    assert_eq!(env.cert("apiserver").not_after(), ca.not_after());
    assert_eq!(
        env.warnings(),
        [format!(
            "[WARNING] [certs] the \"apiserver\" certificate would outlive its CA \"ca\", so it expires with the CA on {}",
            fmt_time(ca.not_after())
        )]
    );
}

#[test]
fn a_child_alone_uses_the_ca_on_disk_or_says_which_phase_to_run() {
    let mut env = Env::ecdsa();
    let msg = certs_error(env.run(&["certs/apiserver"]));
    assert_eq!(
        msg,
        format!(
            "{}: CA certificate not found, needed to sign apiserver; run `kadm init phase certs ca` first",
            env.file("ca.crt").display()
        )
    );
    assert!(!env.dir().exists());
    let msg = certs_error(env.run(&["certs/etcd-peer"]));
    assert!(
        msg.ends_with("run `kadm init phase certs etcd-ca` first"),
        "{msg}"
    );

    env.run(&["certs/ca"]).unwrap();
    let mut env = env.again();
    env.run(&["certs/apiserver"]).unwrap();
    assert!(env.cert("apiserver").is_signed_by(&env.cert("ca")));
    assert_eq!(
        env.info(),
        [
            "[certs] Generating \"apiserver\" certificate and key",
            "[certs] apiserver serving cert is signed for DNS names [kubernetes kubernetes.default kubernetes.default.svc kubernetes.default.svc.cluster.local node-1] and IPs [10.96.0.1 127.0.0.1]",
        ]
    );
    assert!(
        env.ctx
            .products
            .get::<Authorities>()
            .unwrap()
            .get("ca")
            .is_some()
    );
}

#[test]
fn phase_tree_and_help() {
    let p = phase();
    assert_eq!(p.name(), "certs");
    assert_eq!(p.short_help(), "Certificate generation");
    let names: Vec<&str> = p.child_phases().iter().map(|c| c.name()).collect();
    let table: Vec<&str> = CERTS.iter().map(|e| e.phase).collect();
    assert_eq!(names, table);
    let wf = Workflow::new("init", vec![phase()]).unwrap();
    let list = wf.phase_list();
    assert!(list.contains("/apiserver"), "{list}");
    assert!(
        list.contains("Generate the certificate for serving the Kubernetes API"),
        "{list}"
    );
    assert!(
        p.child_phases()[0]
            .long_help()
            .unwrap()
            .contains("ca.crt and ca.key")
    );
}

#[test]
fn docs_page_carries_the_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/certs.md");
    kadm_test_support::expected::assert_section(&path, &markdown_table());
}

#[test]
fn existing_non_ca_certificate_is_not_a_ca() {
    let mut env = Env::ecdsa();
    env.run(&["certs/ca", "certs/apiserver"]).unwrap();
    for ext in ["crt", "key"] {
        fs::copy(
            env.file(&format!("apiserver.{ext}")),
            env.file(&format!("front-proxy-ca.{ext}")),
        )
        .unwrap();
    }
    let msg = certs_error(env.run(&["certs/front-proxy-ca"]));
    assert!(
        msg.starts_with(&format!(
            "{}: not a CA certificate",
            env.file("front-proxy-ca.crt").display()
        )),
        "{msg}"
    );
}
