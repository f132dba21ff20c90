//! The `kubeconfig` phase tree run through the phase runner, on a temporary rootfs.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use kadm_config::Config;
use kadm_init_context::{Authorities, InitContext, MemoryOutput, Paths, Root, Stream};
use kadm_kubeconfig::{
    FILES, KUBELET_LOCAL_MODE_GATE, KubeconfigPhaseError, markdown_table, phase, user_kubeconfig,
};
use kadm_kubeconfig_model::KubeConfig;
use kadm_phase_runner::{Request, RunError, Workflow};
use kadm_pki::{Certificate, CertifiedKey, ExtendedUsage, KeyAlgorithm, PrivateKey};
use kadm_test_support::fixtures::{client_pem, host, new_ca, new_ca_valid_for};
use tempfile::TempDir;

/// base64 of `-----BEGIN EC PRIVATE` and `-----BEGIN RSA PRIVAT` (both 21 bytes, so their
/// encodings are exact prefixes of any longer text's): an embedded key's first characters.
const EC_KEY_B64: &str = "LS0tLS1CRUdJTiBFQyBQUklWQVRF";
const RSA_KEY_B64: &str = "LS0tLS1CRUdJTiBSU0EgUFJJVkFU";

/// A test rootfs with its context, the output it records, and the cluster CA.
struct Env {
    tmp: TempDir,
    ctx: InitContext,
    out: Arc<MemoryOutput>,
    ca: Arc<CertifiedKey>,
}

impl Env {
    /// ECDSA-P256 keys, the CA written to the cert dir.
    fn new() -> Env {
        let env = Env::without_ca_files();
        env.write_ca(&env.ca);
        env
    }

    /// ECDSA-P256 keys, a CA made but not written anywhere.
    fn without_ca_files() -> Env {
        let mut config = Config::defaults(&host());
        config.cluster.encryption_algorithm = "ECDSA-P256".into();
        Env::with(
            tempfile::tempdir().unwrap(),
            config,
            Arc::new(new_ca("kubernetes")),
        )
    }

    fn with(tmp: TempDir, config: Config, ca: Arc<CertifiedKey>) -> Env {
        let out = Arc::new(MemoryOutput::default());
        let ctx = InitContext::new(
            config.validate().unwrap(),
            Paths::defaults_under(Root::at(tmp.path())),
            out.clone(),
        );
        Env { tmp, ctx, out, ca }
    }

    /// A fresh context (new products, new output) over the same rootfs, config and CA.
    fn again(self) -> Env {
        Env::with(self.tmp, self.ctx.config.into_config(), self.ca)
    }

    fn write_ca(&self, ca: &CertifiedKey) {
        let dir = &self.ctx.paths.cert_dir;
        fs::create_dir_all(dir).unwrap();
        fs::write(dir.join("ca.crt"), ca.cert.to_pem()).unwrap();
        fs::write(dir.join("ca.key"), ca.key.to_pem()).unwrap();
    }

    fn file(&self, name: &str) -> PathBuf {
        self.ctx.paths.kubeconfig_dir.join(name)
    }

    fn run(&mut self, targets: &[&str]) -> Result<(), RunError> {
        let wf = Workflow::new("init", vec![phase()]).unwrap();
        let request = Request {
            targets: targets.iter().map(|t| t.to_string()).collect(),
            ..Request::default()
        };
        self.ctx.run(&wf, &request, |_| {})
    }

    /// Runs and returns the phase's own error, failing the test on success.
    fn run_err(&mut self, targets: &[&str]) -> String {
        match self.run(targets) {
            Ok(()) => panic!("{targets:?} should have failed"),
            Err(RunError::Phase { source, .. }) => {
                assert!(
                    source.downcast_ref::<KubeconfigPhaseError>().is_some(),
                    "{source:?}"
                );
                source.to_string()
            }
            Err(other) => panic!("unexpected error {other}"),
        }
    }

    fn info(&self) -> Vec<String> {
        self.out.of(Stream::Info)
    }

    fn warnings(&self) -> Vec<String> {
        self.out.of(Stream::Warn)
    }

    fn load(&self, name: &str) -> KubeConfig {
        KubeConfig::load(&self.ctx.paths.root, &self.file(name)).unwrap()
    }
}

/// Edits the context's configuration, to keep the tests short.
trait ConfigExt {
    /// Applies `edit` to the documents and validates them again.
    fn reconfigure(&mut self, edit: impl FnOnce(&mut Config));
    /// Sets `controlPlaneEndpoint`.
    fn cluster_endpoint(&mut self, endpoint: &str);
}

impl ConfigExt for InitContext {
    fn reconfigure(&mut self, edit: impl FnOnce(&mut Config)) {
        let mut config = self.config.config().clone();
        edit(&mut config);
        self.config = config.validate().unwrap();
    }

    fn cluster_endpoint(&mut self, endpoint: &str) {
        self.reconfigure(|c| c.cluster.control_plane_endpoint = endpoint.into());
    }
}

/// The current server, user name and client certificate of a kubeconfig.
fn parts(config: &KubeConfig) -> (String, String, Certificate) {
    let server = config.current_cluster().unwrap().cluster.server.clone();
    let user = config.current_user().unwrap();
    let pem = user.user.client_certificate_data.clone().unwrap();
    let cert =
        Certificate::from_pem(std::str::from_utf8(&pem).unwrap(), "client".as_ref()).unwrap();
    (server, user.name.clone(), cert)
}

fn server_of(env: &Env, name: &str) -> String {
    parts(&env.load(name)).0
}

#[test]
fn all_five_files_have_their_identity_server_and_mode() {
    let mut env = Env::new();
    env.ctx.cluster_endpoint("cp.example.com:9443");
    env.run(&["kubeconfig"]).unwrap();

    let cp = "https://cp.example.com:9443";
    let local = "https://127.0.0.1:6443";
    let expected = [
        (
            "admin.conf",
            "kubernetes-admin",
            Some("kubeadm:cluster-admins"),
            cp,
        ),
        (
            "super-admin.conf",
            "kubernetes-super-admin",
            Some("system:masters"),
            cp,
        ),
        (
            "kubelet.conf",
            "system:node:node-1",
            Some("system:nodes"),
            local,
        ),
        (
            "controller-manager.conf",
            "system:kube-controller-manager",
            None,
            local,
        ),
        ("scheduler.conf", "system:kube-scheduler", None, local),
    ];
    assert_eq!(FILES.len(), expected.len());
    for (file, user, org, server) in expected {
        let path = env.file(file);
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{file}");
        let config = env.load(file);
        assert_eq!(
            config.current_context,
            format!("{user}@kubernetes"),
            "{file}"
        );
        let context = config.current_context().unwrap();
        assert_eq!(context.context.cluster, "kubernetes", "{file}");
        assert_eq!(context.context.user, user, "{file}");
        let cluster = config.current_cluster().unwrap();
        assert_eq!(cluster.name, "kubernetes");
        assert_eq!(
            cluster.cluster.certificate_authority_data.as_deref(),
            Some(env.ca.cert.to_pem().as_bytes()),
            "{file}: the CA is embedded"
        );
        let (found_server, found_user, cert) = parts(&config);
        assert_eq!(found_server, server, "{file}");
        assert_eq!(found_user, user, "{file}");
        assert_eq!(cert.common_name().as_deref(), Some(user), "{file}");
        assert_eq!(
            cert.organizations(),
            org.map(String::from).into_iter().collect::<Vec<_>>()
        );
        assert_eq!(
            cert.extended_usages(),
            [ExtendedUsage::ClientAuth],
            "{file}"
        );
        assert!(!cert.is_ca(), "{file}");
        assert!(cert.is_signed_by(&env.ca.cert), "{file}");
        let key_pem = config
            .current_user()
            .unwrap()
            .user
            .client_key_data
            .clone()
            .unwrap();
        let key =
            PrivateKey::from_pem(std::str::from_utf8(&key_pem).unwrap(), "key".as_ref()).unwrap();
        assert_eq!(key.algorithm(), KeyAlgorithm::EcdsaP256, "{file}");
        assert!(cert.matches_key(&key), "{file}");
        assert!(
            env.info()
                .contains(&format!("[kubeconfig] Writing \"{file}\" kubeconfig file")),
            "{:?}",
            env.info()
        );
    }
    assert_eq!(
        env.info()[0],
        format!(
            "[kubeconfig] Using kubeconfig folder \"{}\"",
            env.ctx.paths.kubeconfig_dir.display()
        )
    );
    assert!(env.warnings().is_empty(), "{:?}", env.warnings());
    let recorded = env
        .ctx
        .products
        .get::<Authorities>()
        .and_then(|a| a.get("ca"));
    assert_eq!(
        recorded.map(|ca| ca.cert.clone()),
        Some(env.ca.cert.clone()),
        "CA loaded once and recorded"
    );
}

#[test]
fn kubelet_conf_endpoint_follows_version_and_feature_gate() {
    for (version, gate, local) in [
        ("v1.32.0", None, false),
        ("v1.33.0", None, true),
        ("v1.32.0", Some(true), true),
        ("v1.33.0", Some(false), false),
    ] {
        let mut env = Env::new();
        env.ctx.cluster_endpoint("cp.example.com");
        env.ctx.reconfigure(|c| {
            c.cluster.kubernetes_version = version.into();
            if let Some(on) = gate {
                c.cluster
                    .feature_gates
                    .insert(KUBELET_LOCAL_MODE_GATE.into(), on);
            }
        });
        env.run(&["kubeconfig/kubelet"]).unwrap();
        let want = if local {
            "https://127.0.0.1:6443"
        } else {
            "https://cp.example.com:6443"
        };
        assert_eq!(server_of(&env, "kubelet.conf"), want, "{version} {gate:?}");
        assert!(
            !env.file("admin.conf").exists(),
            "only the selected child runs"
        );
        assert!(
            !env.info()
                .iter()
                .any(|l| l.contains("Using kubeconfig folder")),
            "the parent does not run for one child"
        );
    }
}

#[test]
fn endpoint_without_port_takes_the_bind_port_and_ipv6_is_bracketed() {
    let mut env = Env::new();
    env.ctx.cluster_endpoint("cp.example.com");
    env.ctx.reconfigure(|c| {
        c.init.local_api_endpoint.bind_port = 7443;
        c.init.local_api_endpoint.advertise_address = "fd00::10".into();
    });
    env.run(&["kubeconfig/admin", "kubeconfig/scheduler"])
        .unwrap();
    assert_eq!(server_of(&env, "admin.conf"), "https://cp.example.com:7443");
    assert_eq!(server_of(&env, "scheduler.conf"), "https://[fd00::10]:7443");
}

#[test]
fn rerun_reuses_every_file_byte_for_byte() {
    let mut env = Env::new();
    env.run(&["kubeconfig"]).unwrap();
    let before: Vec<Vec<u8>> = FILES
        .iter()
        .map(|f| fs::read(env.file(f.file)).unwrap())
        .collect();

    let mut env = env.again();
    env.run(&["kubeconfig"]).unwrap();
    let after: Vec<Vec<u8>> = FILES
        .iter()
        .map(|f| fs::read(env.file(f.file)).unwrap())
        .collect();
    assert_eq!(before, after);
    for entry in &FILES {
        let line = format!(
            "[kubeconfig] Using existing kubeconfig file: \"{}\"",
            env.file(entry.file).display()
        );
        assert!(env.info().contains(&line), "{line} in {:?}", env.info());
    }
    assert!(
        !env.info().iter().any(|l| l.contains("Writing")),
        "{:?}",
        env.info()
    );
}

#[test]
fn other_server_is_kept_with_a_warning_naming_both() {
    let mut env = Env::new();
    env.ctx.cluster_endpoint("old.example.com:6443");
    env.run(&["kubeconfig/admin"]).unwrap();
    let before = fs::read(env.file("admin.conf")).unwrap();

    let mut env = env.again();
    env.ctx.cluster_endpoint("new.example.com:6443");
    env.run(&["kubeconfig/admin"]).unwrap();
    assert_eq!(fs::read(env.file("admin.conf")).unwrap(), before);
    let warnings = env.warnings();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    // The tag and the mark once each, as the user reads it.
    assert!(
        warnings[0].starts_with("[WARNING] [kubeconfig] the existing kubeconfig file "),
        "{warnings:?}"
    );
    assert!(
        warnings[0].contains("https://old.example.com:6443"),
        "{warnings:?}"
    );
    assert!(
        warnings[0].contains("https://new.example.com:6443"),
        "{warnings:?}"
    );
    assert!(warnings[0].contains("admin.conf"), "{warnings:?}");
    assert!(
        env.info()
            .iter()
            .any(|l| l.starts_with("[kubeconfig] Using existing kubeconfig file"))
    );
}

#[test]
fn another_ca_is_an_error_and_the_file_is_untouched() {
    let mut env = Env::new();
    env.run(&["kubeconfig/admin"]).unwrap();
    let path = env.file("admin.conf");
    let before = fs::read(&path).unwrap();

    let other = Arc::new(new_ca("kubernetes"));
    let mut env = Env::with(env.tmp, env.ctx.config.into_config(), other.clone());
    env.write_ca(&other);
    let err = env.run_err(&["kubeconfig/admin"]);
    assert!(
        err.starts_with(&format!(
            "a kubeconfig file \"{}\" exists already but has got the wrong CA cert",
            path.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("mv {0} {0}.bak", path.display())),
        "{err}"
    );
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn client_certificate_from_another_ca_is_an_error() {
    let mut env = Env::new();
    let foreign = new_ca("kubernetes");
    let (cert, key) = client_pem(&foreign, "kubernetes-admin", &["kubeadm:cluster-admins"]);
    let text = KubeConfig::new_single(
        "kubernetes",
        "https://127.0.0.1:6443",
        env.ca.cert.to_pem().as_bytes(),
        "kubernetes-admin",
        cert.as_bytes(),
        key.as_bytes(),
    )
    .to_yaml();
    fs::create_dir_all(&env.ctx.paths.kubeconfig_dir).unwrap();
    fs::write(env.file("admin.conf"), &text).unwrap();
    let err = env.run_err(&["kubeconfig/admin"]);
    assert!(
        err.contains("the client certificate is not signed by the cluster CA"),
        "{err}"
    );
    assert!(err.contains("admin.conf"), "{err}");
    assert_eq!(fs::read_to_string(env.file("admin.conf")).unwrap(), text);
}

#[test]
fn unreadable_files_are_errors_naming_them_and_never_replaced() {
    let not_base64 = "apiVersion: v1\nkind: Config\nclusters:\n- name: kubernetes\n  cluster:\n    server: https://127.0.0.1:6443\n    certificate-authority-data: '%%% not base64 %%%'\n";
    let not_pem = KubeConfig::new_single(
        "kubernetes",
        "https://127.0.0.1:6443",
        b"just some bytes",
        "kubernetes-admin",
        b"x",
        b"y",
    )
    .to_yaml();
    for (content, expect) in [
        ("clusters: [unclosed\n", "admin.conf"),
        ("just a string\n", "admin.conf"),
        (not_base64, "base64"),
        (not_pem.as_str(), "not a PEM certificate"),
    ] {
        let mut env = Env::new();
        fs::create_dir_all(&env.ctx.paths.kubeconfig_dir).unwrap();
        let path = env.file("admin.conf");
        fs::write(&path, content).unwrap();
        let err = env.run_err(&["kubeconfig/admin"]);
        assert!(err.contains(&path.display().to_string()), "{err}");
        assert!(err.contains(expect), "{err}");
        assert!(err.contains("move it away"), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), content);
    }
}

#[test]
fn missing_ca_files_are_errors_naming_the_file_and_the_ca_phase() {
    let mut env = Env::without_ca_files();
    let err = env.run_err(&["kubeconfig"]);
    assert!(err.contains("etc/kubernetes/pki/ca.crt"), "{err}");
    assert!(
        err.contains("run `kadm init phase certs ca` first"),
        "{err}"
    );

    // ca.crt without ca.key: external CA mode, and admin.conf does not exist.
    fs::create_dir_all(&env.ctx.paths.cert_dir).unwrap();
    fs::write(env.ctx.paths.cert_dir.join("ca.crt"), env.ca.cert.to_pem()).unwrap();
    let mut env = env.again();
    let err = env.run_err(&["kubeconfig"]);
    assert!(
        err.starts_with("invalid or incomplete external CA"),
        "{err}"
    );
    assert!(err.contains("etc/kubernetes/pki/ca.key"), "{err}");
    assert!(err.contains("admin.conf"), "{err}");
    assert!(err.contains("kadm init phase certs ca"), "{err}");
    assert!(!env.ctx.paths.kubeconfig_dir.join("admin.conf").exists());
}

#[test]
fn external_ca_mode_accepts_complete_existing_files() {
    let mut env = Env::new();
    env.run(&["kubeconfig"]).unwrap();
    fs::remove_file(env.ctx.paths.cert_dir.join("ca.key")).unwrap();
    let mut env = env.again();
    env.run(&["kubeconfig"]).unwrap();
    let reused = env
        .info()
        .iter()
        .filter(|l| l.contains("Using existing kubeconfig file"))
        .count();
    assert_eq!(reused, FILES.len());

    fs::remove_file(env.file("scheduler.conf")).unwrap();
    let mut env = env.again();
    let err = env.run_err(&["kubeconfig"]);
    assert!(
        err.starts_with("invalid or incomplete external CA"),
        "{err}"
    );
    assert!(err.contains("scheduler.conf"), "{err}");
}

#[test]
fn ca_from_an_earlier_phase_is_used_without_files() {
    let mut env = Env::without_ca_files();
    let mut authorities = Authorities::default();
    authorities.insert("ca", env.ca.clone());
    env.ctx.products.insert(authorities);
    env.run(&["kubeconfig"]).unwrap();
    let (_, _, cert) = parts(&env.load("controller-manager.conf"));
    assert!(cert.is_signed_by(&env.ca.cert));
}

#[test]
fn dry_run_writes_nothing_and_shows_no_key() {
    let mut env = Env::new();
    env.ctx.dry_run = true;
    env.run(&["kubeconfig"]).unwrap();
    for entry in &FILES {
        assert!(
            !env.file(entry.file).exists(),
            "{} is not written",
            entry.file
        );
    }
    let text = env.info().join("\n");
    for entry in &FILES {
        let prefix = format!(
            "[dryrun] Would write file \"{}\"",
            env.file(entry.file).display()
        );
        assert!(text.contains(&prefix), "{prefix} in {text}");
    }
    assert_eq!(
        text.matches("client-key-data: REDACTED").count(),
        FILES.len(),
        "{text}"
    );
    assert!(text.contains("client-certificate-data: LS0t"), "{text}");
    for secret in [EC_KEY_B64, RSA_KEY_B64, "PRIVATE KEY"] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
}

#[test]
fn rsa_keys_follow_the_encryption_algorithm() {
    let mut env = Env::new();
    env.ctx
        .reconfigure(|c| c.cluster.encryption_algorithm = "RSA-2048".into());
    env.run(&["kubeconfig/super-admin"]).unwrap();
    let text = fs::read_to_string(env.file("super-admin.conf")).unwrap();
    assert!(
        text.contains(&format!("client-key-data: {RSA_KEY_B64}")),
        "{text}"
    );
}

#[test]
fn client_certificate_ending_after_the_ca_is_cut_with_a_warning() {
    let tmp = tempfile::tempdir().unwrap();
    let mut config = Config::defaults(&host());
    config.cluster.encryption_algorithm = "ECDSA-P256".into();
    let short_ca = Arc::new(new_ca_valid_for(
        "kubernetes",
        Duration::from_secs(24 * 3600),
    ));
    let mut env = Env::with(tmp, config, short_ca.clone());
    env.write_ca(&short_ca);
    env.run(&["kubeconfig/admin"]).unwrap();
    let (_, _, cert) = parts(&env.load("admin.conf"));
    assert_eq!(cert.not_after(), short_ca.cert.not_after());
    let warnings = env.warnings();
    assert!(
        warnings.len() == 1
            && warnings[0].starts_with("[WARNING] [kubeconfig] the client certificate of ")
            && warnings[0].contains("admin.conf")
            && warnings[0].contains("outlive"),
        "{warnings:?}"
    );
}

#[test]
fn user_kubeconfig_is_signed_for_the_named_user() {
    let mut env = Env::new();
    env.ctx.cluster_endpoint("cp.example.com:9443");
    env.ctx
        .reconfigure(|c| c.cluster.cluster_name = "prod".into());
    let groups = ["ci:deployers".to_string(), "system:masters".to_string()];
    let made = user_kubeconfig(&env.ctx, "ci-bot", &groups, Some(Duration::from_secs(3600)));
    let text = made.unwrap().to_yaml();
    let config = KubeConfig::from_yaml(&text, "ci-bot.conf".as_ref()).unwrap();
    assert_eq!(config.current_context, "ci-bot@prod");
    let (server, user, cert) = parts(&config);
    assert_eq!(server, "https://cp.example.com:9443");
    assert_eq!(user, "ci-bot");
    assert_eq!(cert.common_name().as_deref(), Some("ci-bot"));
    assert_eq!(
        cert.organizations(),
        groups,
        "each group is an O of the subject"
    );
    assert_eq!(cert.extended_usages(), [ExtendedUsage::ClientAuth]);
    assert!(cert.is_signed_by(&env.ca.cert));
    let lifetime = cert.not_after() - cert.not_before();
    assert_eq!(
        lifetime,
        time::Duration::minutes(65),
        "one hour plus the 5 minute backdate"
    );
    assert!(text.contains(&format!("client-key-data: {EC_KEY_B64}")));
    assert!(!env.file("admin.conf").exists(), "nothing is written");

    // Without the CA key no user kubeconfig can be signed.
    fs::remove_file(env.ctx.paths.cert_dir.join("ca.key")).unwrap();
    let err = user_kubeconfig(&env.ctx, "ci-bot", &[], None)
        .unwrap_err()
        .to_string();
    assert!(err.contains("etc/kubernetes/pki/ca.key"), "{err}");
    assert!(err.contains("kadm init phase certs ca"), "{err}");
}

#[test]
fn docs_hold_the_table_of_files() {
    let docs = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/kubeconfig.md");
    kadm_test_support::expected::assert_section(Path::new(docs), &markdown_table());
}

#[test]
fn encoded_key_prefixes_are_what_the_dry_run_test_looks_for() {
    assert!(
        STANDARD
            .encode("-----BEGIN EC PRIVATE KEY-----")
            .starts_with(EC_KEY_B64)
    );
    assert!(
        STANDARD
            .encode("-----BEGIN RSA PRIVATE KEY-----")
            .starts_with(RSA_KEY_B64)
    );
}
