//! The kubelet-finalize group run through the phase runner on a temporary rootfs: what
//! cert-rotation changes, what it refuses, and how its aliases behave.

use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use kadm_config::{Config, HostFacts};
use kadm_init_context::{InitContext, MemoryOutput, OutputFormat, Paths, Root, Stream};
use kadm_kube_version::Version;
use kadm_kubeconfig_model::KubeConfig;
use kadm_phase_runner::{Event, RunError, Workflow};

type Request = kadm_phase_runner::Request<Version>;
use kadm_pki::{
    self_signed_ca, sign, AwsLcKeyGenerator, CertSpec, CertifiedKey, ExtendedUsage, KeyAlgorithm,
    KeyGenerator,
};

const NODE_PEM: &str = "/var/lib/kubelet/pki/kubelet-client-current.pem";
const STAMPED: &str = "kubelet-client-2026-11-24-10-00-00.pem";

fn spec(cn: &str, orgs: &[&str], is_ca: bool) -> CertSpec {
    CertSpec {
        common_name: cn.to_string(),
        organizations: orgs.iter().map(|o| o.to_string()).collect(),
        dns_names: Vec::new(),
        ip_addresses: Vec::new(),
        is_ca,
        extended_usages: if is_ca {
            Vec::new()
        } else {
            vec![ExtendedUsage::ClientAuth]
        },
        validity: Duration::from_secs(365 * 24 * 3600),
    }
}

fn key() -> kadm_pki::PrivateKey {
    AwsLcKeyGenerator.generate(KeyAlgorithm::EcdsaP256).unwrap()
}

fn new_ca(cn: &str) -> CertifiedKey {
    self_signed_ca(&spec(cn, &[], true), key()).unwrap()
}

/// A client certificate and key signed by `ca`, as the PEM text the kubelet writes.
fn client_pem(ca: &CertifiedKey, cn: &str, orgs: &[&str]) -> (String, String) {
    let signed = sign(&spec(cn, orgs, false), key(), ca).unwrap().certified;
    (signed.cert.to_pem().to_string(), signed.key.to_pem())
}

/// A temporary rootfs with a CA, an embedded kubelet.conf and the kubelet's rotated certificate.
struct Fixture {
    dir: tempfile::TempDir,
    ca: CertifiedKey,
}

impl Fixture {
    /// The full layout: CA, kubelet.conf, the stamped pem and the `-current` symlink.
    fn new() -> Self {
        let f = Self::without_pem();
        let (cert, key) = client_pem(&f.ca, "system:node:node-1", &["system:nodes"]);
        f.install_pem(&format!("{cert}{key}"));
        f
    }

    /// CA and kubelet.conf only: a kubelet that does not rotate.
    fn without_pem() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let ca = new_ca("kubernetes");
        let f = Fixture { dir, ca };
        let pki = f.path("etc/kubernetes/pki");
        std::fs::create_dir_all(&pki).unwrap();
        std::fs::write(pki.join("ca.crt"), f.ca.cert.to_pem()).unwrap();
        std::fs::write(pki.join("ca.key"), f.ca.key.to_pem()).unwrap();
        let (cert, key) = client_pem(&f.ca, "system:node:node-1", &["system:nodes"]);
        let conf = KubeConfig::new_single(
            "kubernetes",
            "https://127.0.0.1:6443",
            f.ca.cert.to_pem().as_bytes(),
            "system:node:node-1",
            cert.as_bytes(),
            key.as_bytes(),
        );
        f.write_conf(&conf.to_yaml());
        f
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn kubelet_conf(&self) -> PathBuf {
        self.path("etc/kubernetes/kubelet.conf")
    }

    fn conf_bytes(&self) -> Vec<u8> {
        std::fs::read(self.kubelet_conf()).unwrap()
    }

    fn conf(&self) -> KubeConfig {
        KubeConfig::load(&Root::host(), &self.kubelet_conf()).unwrap()
    }

    fn write_conf(&self, text: &str) {
        let path = self.kubelet_conf();
        std::fs::write(&path, text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }

    /// Writes `contents` as the stamped file in `dir` (under the rootfs) with the `-current`
    /// symlink the kubelet makes (an absolute target, as the kubelet writes it).
    fn install_pem_in(&self, dir: &str, contents: &str) {
        let host_dir = self.path(dir.trim_start_matches('/'));
        std::fs::create_dir_all(&host_dir).unwrap();
        std::fs::write(host_dir.join(STAMPED), contents).unwrap();
        let link = host_dir.join("kubelet-client-current.pem");
        let _ = std::fs::remove_file(&link);
        symlink(format!("{dir}/{STAMPED}"), link).unwrap();
    }

    fn install_pem(&self, contents: &str) {
        self.install_pem_in("/var/lib/kubelet/pki", contents);
    }

    fn config(&self) -> Config {
        Config::defaults(&host())
    }

    fn ctx_with(&self, config: Config) -> (InitContext, Arc<MemoryOutput>) {
        let out = Arc::new(MemoryOutput::default());
        let ctx = InitContext::new(
            config,
            Paths::defaults_under(Root::at(self.dir.path())),
            out.clone(),
        );
        (ctx, out)
    }

    fn ctx(&self) -> (InitContext, Arc<MemoryOutput>) {
        self.ctx_with(self.config())
    }
}

fn host() -> HostFacts {
    HostFacts {
        hostname: "node-1".into(),
        default_ipv4: Some("127.0.0.1".parse().unwrap()),
    }
}

fn workflow() -> Workflow<InitContext> {
    Workflow::new("init", vec![kadm_kubelet_finalize::phase()]).unwrap()
}

struct Ran {
    result: Result<(), RunError>,
    warnings: Vec<String>,
    out: Arc<MemoryOutput>,
}

impl Ran {
    fn info(&self) -> String {
        self.out.of(Stream::Info).join("\n")
    }

    fn warn(&self) -> String {
        self.out.of(Stream::Warn).join("\n")
    }

    fn error(self) -> String {
        self.result.unwrap_err().to_string()
    }
}

fn request(targets: &[&str], skip: &[&str], version: Option<Version>) -> Request {
    Request {
        targets: targets.iter().map(|s| s.to_string()).collect(),
        skip: skip.iter().map(|s| s.to_string()).collect(),
        target_version: version,
    }
}

fn run_ctx(mut ctx: InitContext, out: Arc<MemoryOutput>, req: &Request) -> Ran {
    let mut warnings = Vec::new();
    let result = workflow().run(req, &mut ctx, |e| {
        if let Event::Warning(w) = e {
            warnings.push(w.to_string());
        }
    });
    Ran {
        result,
        warnings,
        out,
    }
}

fn run(f: &Fixture, targets: &[&str]) -> Ran {
    let (ctx, out) = f.ctx();
    run_ctx(ctx, out, &request(targets, &[], None))
}

fn run_all(f: &Fixture) -> Ran {
    run(f, &["kubelet-finalize/all"])
}

/// Runs a fixture expected to fail and checks kubelet.conf was not touched.
fn fails_untouched(f: &Fixture) -> String {
    let before = f.conf_bytes();
    let err = run_all(f).error();
    assert_eq!(
        f.conf_bytes(),
        before,
        "kubelet.conf changed on error: {err}"
    );
    err
}

// What cert-rotation changes.

#[test]
fn embedded_credentials_become_references_to_the_pem_and_nothing_else_changes() {
    let f = Fixture::new();
    let before = f.conf();
    let ran = run_all(&f);
    let info = ran.info();
    ran.result.unwrap();
    let conf_path = f.kubelet_conf().display().to_string();
    assert!(
        info.contains(&format!(
            "[kubelet-finalize] Updating {conf_path:?} to point to a rotatable kubelet client certificate and key"
        )),
        "{info}"
    );
    assert!(
        info.contains("[kubelet-finalize] Restart the kubelet for the change to take effect (systemctl restart kubelet)"),
        "{info}"
    );

    let after = f.conf();
    let user = &after.current_user().unwrap().user;
    assert_eq!(user.client_certificate.as_deref(), Some(NODE_PEM));
    assert_eq!(user.client_key.as_deref(), Some(NODE_PEM));
    assert_eq!(user.client_certificate_data, None);
    assert_eq!(user.client_key_data, None);
    assert_eq!(
        after.clusters, before.clusters,
        "cluster, server and CA data kept"
    );
    assert_eq!(after.contexts, before.contexts);
    assert_eq!(after.current_context, before.current_context);
    assert_eq!(after.users.len(), 1);
    assert_eq!(after.users[0].name, before.users[0].name);
    let mode = std::fs::metadata(f.kubelet_conf())
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn references_to_a_pre_rotation_pair_are_repointed() {
    let f = Fixture::new();
    let mut conf = f.conf();
    {
        let user = &mut conf.current_user_mut().unwrap().user;
        user.client_certificate_data = None;
        user.client_key_data = None;
        user.client_certificate = Some("/var/lib/kubelet/pki/kubelet-client.crt".into());
        user.client_key = Some("/var/lib/kubelet/pki/kubelet-client.key".into());
    }
    f.write_conf(&conf.to_yaml());
    run_all(&f).result.unwrap();
    let text = String::from_utf8(f.conf_bytes()).unwrap();
    assert!(
        !text.contains("kubelet-client.crt") && !text.contains("kubelet-client.key"),
        "{text}"
    );
    let after = f.conf();
    let user = &after.current_user().unwrap().user;
    assert_eq!(user.client_certificate.as_deref(), Some(NODE_PEM));
    assert_eq!(user.client_key.as_deref(), Some(NODE_PEM));
    assert_eq!(after.clusters, conf.clusters);
}

#[test]
fn a_second_run_finds_it_done_and_does_not_rewrite() {
    let f = Fixture::new();
    run_all(&f).result.unwrap();
    let bytes = f.conf_bytes();
    let mtime = std::fs::metadata(f.kubelet_conf())
        .unwrap()
        .modified()
        .unwrap();
    std::thread::sleep(Duration::from_millis(20));
    let ran = run_all(&f);
    let info = ran.info();
    ran.result.unwrap();
    assert_eq!(f.conf_bytes(), bytes);
    assert_eq!(
        std::fs::metadata(f.kubelet_conf())
            .unwrap()
            .modified()
            .unwrap(),
        mtime
    );
    assert!(
        info.contains(&format!(
            "{:?} already points to {NODE_PEM:?}; nothing to change",
            f.kubelet_conf().display().to_string()
        )),
        "{info}"
    );
    assert!(!info.contains("Updating"), "{info}");
    assert!(
        !info.contains("Restart the kubelet"),
        "no restart when nothing changed: {info}"
    );
}

#[test]
fn without_the_pem_the_kubelet_is_taken_not_to_rotate_and_nothing_changes() {
    let f = Fixture::without_pem();
    let before = f.conf_bytes();
    let ran = run_all(&f);
    let info = ran.info();
    ran.result.unwrap();
    assert_eq!(f.conf_bytes(), before);
    let link = f.path("var/lib/kubelet/pki/kubelet-client-current.pem");
    assert!(
        info.contains(&format!(
            "[kubelet-finalize] {:?} does not exist: the kubelet does not rotate its client certificate",
            link.display().to_string()
        )),
        "{info}"
    );
    assert!(info.contains("is left as it is"), "{info}");
}

#[test]
fn a_cert_dir_kubelet_flag_moves_the_pem() {
    let f = Fixture::without_pem();
    let (cert, key) = client_pem(&f.ca, "system:node:node-1", &["system:nodes"]);
    f.install_pem_in("/srv/kubelet-pki", &format!("{cert}{key}"));
    let config = config_with_kubelet_args(&[("cert-dir", "/srv/kubelet-pki")]);
    let (ctx, out) = f.ctx_with(config);
    run_ctx(ctx, out, &request(&["kubelet-finalize"], &[], None))
        .result
        .unwrap();
    let user = f.conf().current_user().unwrap().user.clone();
    assert_eq!(
        user.client_certificate.as_deref(),
        Some("/srv/kubelet-pki/kubelet-client-current.pem")
    );
    assert_eq!(user.client_key, user.client_certificate);
}

// What cert-rotation refuses; kubelet.conf is never touched.

#[test]
fn a_dangling_symlink_is_an_error_naming_link_and_target() {
    let f = Fixture::new();
    std::fs::remove_file(f.path("var/lib/kubelet/pki").join(STAMPED)).unwrap();
    let err = fails_untouched(&f);
    assert!(err.contains("kubelet-client-current.pem"), "{err}");
    assert!(
        err.contains(&format!("/var/lib/kubelet/pki/{STAMPED}")),
        "{err}"
    );
    assert!(err.contains("does not exist"), "{err}");
}

#[test]
fn a_certificate_without_its_key_is_an_error() {
    let f = Fixture::new();
    let (cert, _) = client_pem(&f.ca, "system:node:node-1", &["system:nodes"]);
    f.install_pem(&cert);
    let err = fails_untouched(&f);
    assert!(
        err.contains(STAMPED) && err.contains("no private key"),
        "{err}"
    );
}

#[test]
fn a_key_that_is_not_the_certificates_is_an_error() {
    let f = Fixture::new();
    let (cert, _) = client_pem(&f.ca, "system:node:node-1", &["system:nodes"]);
    let (_, other_key) = client_pem(&f.ca, "system:node:node-1", &["system:nodes"]);
    f.install_pem(&format!("{cert}{other_key}"));
    let err = fails_untouched(&f);
    assert!(err.contains("does not match"), "{err}");
}

#[test]
fn a_certificate_from_another_ca_is_an_error() {
    let f = Fixture::new();
    let other = new_ca("some-other-cluster");
    let (cert, key) = client_pem(&other, "system:node:node-1", &["system:nodes"]);
    f.install_pem(&format!("{cert}{key}"));
    let err = fails_untouched(&f);
    assert!(err.contains("not signed by the cluster CA"), "{err}");
    assert!(err.contains("etc/kubernetes/pki/ca.crt"), "{err}");
}

#[test]
fn a_bundle_with_several_cas_accepts_either() {
    let f = Fixture::new();
    let old = new_ca("kubernetes-old");
    let bundle = format!("{}{}", old.cert.to_pem(), f.ca.cert.to_pem());
    std::fs::write(f.path("etc/kubernetes/pki/ca.crt"), bundle).unwrap();
    run_all(&f).result.unwrap();
    assert_eq!(
        f.conf().current_user().unwrap().user.client_key.as_deref(),
        Some(NODE_PEM)
    );
}

#[test]
fn a_certificate_for_another_node_or_group_is_an_error() {
    for (cn, orgs) in [
        ("system:node:node-2", &["system:nodes"][..]),
        ("system:node:node-1", &["system:masters"][..]),
    ] {
        let f = Fixture::new();
        let (cert, key) = client_pem(&f.ca, cn, orgs);
        f.install_pem(&format!("{cert}{key}"));
        let err = fails_untouched(&f);
        assert!(err.contains("system:node:node-1"), "{err}");
        assert!(err.contains(cn), "{err}");
    }
}

#[test]
fn an_unparsable_certificate_is_an_error() {
    let f = Fixture::new();
    f.install_pem("not a certificate\n");
    let err = fails_untouched(&f);
    assert!(err.contains(STAMPED), "{err}");
}

#[test]
fn an_unparsable_kubelet_conf_is_an_error() {
    let f = Fixture::new();
    f.write_conf("clusters: [\n");
    let err = fails_untouched(&f);
    assert!(err.contains("kubelet.conf"), "{err}");
    assert!(err.contains("kadm init phase kubeconfig kubelet"), "{err}");
}

#[test]
fn a_missing_kubelet_conf_says_how_to_make_it() {
    let f = Fixture::new();
    std::fs::remove_file(f.kubelet_conf()).unwrap();
    let err = run_all(&f).error();
    assert!(err.contains("kubelet.conf"), "{err}");
    assert!(err.contains("kadm init phase kubeconfig kubelet"), "{err}");
    assert!(!f.kubelet_conf().exists());
}

/// A change that breaks a kubeconfig.
type Breakage = fn(&mut KubeConfig);

#[test]
fn a_missing_current_context_context_or_user_is_an_error() {
    let cases: [(&str, Breakage); 4] = [
        ("current-context", |c| c.current_context.clear()),
        ("not in `contexts`", |c| c.contexts.clear()),
        ("names no user", |c| c.contexts[0].context.user.clear()),
        ("not in `users`", |c| c.users.clear()),
    ];
    for (expected, break_it) in cases {
        let f = Fixture::new();
        let mut conf = f.conf();
        break_it(&mut conf);
        f.write_conf(&conf.to_yaml());
        let err = fails_untouched(&f);
        assert!(err.contains(expected), "{expected}: {err}");
        assert!(err.contains("kubelet.conf"), "{err}");
    }
}

// The exclusive group and the aliases.

#[test]
fn all_runs_exactly_one_member() {
    let plan = workflow()
        .plan(&request(
            &["kubelet-finalize/all"],
            &[],
            Some(Version::new(1, 31, 0)),
        ))
        .unwrap();
    assert_eq!(plan.paths(), ["kubelet-finalize/cert-rotation"]);
    let plan = workflow().plan(&request(&[], &[], None)).unwrap();
    assert_eq!(plan.paths(), ["kubelet-finalize/cert-rotation"]);
}

#[test]
fn skipping_cert_rotation_skips_the_group() {
    let f = Fixture::new();
    let before = f.conf_bytes();
    for targets in [&[][..], &["kubelet-finalize"][..]] {
        let (ctx, out) = f.ctx();
        let ran = run_ctx(
            ctx,
            out,
            &request(
                targets,
                &["kubelet-finalize/cert-rotation"],
                Some(Version::new(1, 31, 0)),
            ),
        );
        assert!(ran.warnings.is_empty(), "{:?}", ran.warnings);
        assert!(ran.info().is_empty(), "{}", ran.info());
        ran.result.unwrap();
        assert_eq!(f.conf_bytes(), before);
    }
}

#[test]
fn experimental_cert_rotation_warns_and_works_before_v1_32() {
    let f = Fixture::new();
    let (ctx, out) = f.ctx();
    let ran = run_ctx(
        ctx,
        out,
        &request(
            &["kubelet-finalize/experimental-cert-rotation"],
            &[],
            Some(Version::new(1, 31, 2)),
        ),
    );
    assert_eq!(ran.warnings.len(), 1, "{:?}", ran.warnings);
    assert!(ran.warnings[0].contains("'experimental-cert-rotation' is deprecated"));
    assert!(ran.warnings[0].contains("Use 'cert-rotation' instead"));
    ran.result.unwrap();
    assert_eq!(
        f.conf()
            .current_user()
            .unwrap()
            .user
            .client_certificate
            .as_deref(),
        Some(NODE_PEM)
    );
}

#[test]
fn experimental_cert_rotation_is_refused_from_v1_32() {
    let f = Fixture::new();
    let before = f.conf_bytes();
    let (ctx, out) = f.ctx();
    let err = run_ctx(
        ctx,
        out,
        &request(
            &["kubelet-finalize/experimental-cert-rotation"],
            &[],
            Some(Version::new(1, 32, 0)),
        ),
    )
    .error();
    assert!(err.contains("use 'cert-rotation' instead"), "{err}");
    assert!(err.contains("v1.32.0"), "{err}");
    assert_eq!(f.conf_bytes(), before);
}

#[test]
fn enable_client_cert_rotation_works_silently() {
    let f = Fixture::new();
    let (ctx, out) = f.ctx();
    let ran = run_ctx(
        ctx,
        out,
        &request(
            &["kubelet-finalize/enable-client-cert-rotation"],
            &[],
            Some(Version::new(1, 33, 0)),
        ),
    );
    assert!(ran.warnings.is_empty(), "{:?}", ran.warnings);
    ran.result.unwrap();
    assert_eq!(
        f.conf().current_user().unwrap().user.client_key.as_deref(),
        Some(NODE_PEM)
    );
}

#[test]
fn naming_two_members_is_an_error() {
    let f = Fixture::new();
    let before = f.conf_bytes();
    let err = run(
        &f,
        &[
            "kubelet-finalize/cert-rotation",
            "kubelet-finalize/enable-client-cert-rotation",
        ],
    )
    .error();
    assert!(err.contains("mutually exclusive"), "{err}");
    assert!(
        err.contains("kubelet-finalize/enable-client-cert-rotation"),
        "{err}"
    );
    assert_eq!(f.conf_bytes(), before);
}

#[test]
fn the_phase_list_shows_the_canonical_and_deprecated_names_only() {
    let expected = concat!(
        "The \"init\" command executes the following phases:\n",
        "```\n",
        "kubelet-finalize             Updates settings relevant to the kubelet after TLS bootstrap\n",
        "  /cert-rotation               Enable kubelet client certificate rotation\n",
        "  /experimental-cert-rotation  Enable kubelet client certificate rotation ",
        "(DEPRECATED: use 'cert-rotation' instead)\n",
        "```\n",
    );
    assert_eq!(workflow().phase_list(), expected);
}

// Dry run, the kubelet's configuration and JSON.

#[test]
fn a_dry_run_prints_a_redacted_diff_and_writes_nothing() {
    let f = Fixture::new();
    let before = f.conf_bytes();
    let (mut ctx, out) = f.ctx();
    ctx.dry_run = true;
    let ran = run_ctx(ctx, out, &request(&["kubelet-finalize"], &[], None));
    let info = ran.info();
    ran.result.unwrap();
    assert_eq!(f.conf_bytes(), before);
    assert!(info.contains("---") && info.contains("+++"), "{info}");
    assert!(
        info.contains(&format!("+    client-certificate: {NODE_PEM}")),
        "{info}"
    );
    assert!(
        info.contains(&format!("+    client-key: {NODE_PEM}")),
        "{info}"
    );
    assert!(info.contains("-    client-key-data: REDACTED"), "{info}");
    assert!(info.contains("-    client-certificate-data: "), "{info}");
    let key_data = {
        let conf = KubeConfig::load(&Root::host(), &f.kubelet_conf()).unwrap();
        let text = conf.to_yaml();
        text.lines()
            .find_map(|l| l.trim().strip_prefix("client-key-data: ").map(String::from))
            .unwrap()
    };
    assert!(!info.contains(&key_data), "the key leaked into the dry run");
}

#[test]
fn warns_when_the_kubelet_does_not_rotate() {
    let f = Fixture::new();
    let cfg = f.path("var/lib/kubelet/config.yaml");
    std::fs::write(
        &cfg,
        "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nrotateCertificates: false\n",
    )
    .unwrap();
    let ran = run_all(&f);
    let warn = ran.warn();
    ran.result.unwrap();
    assert!(warn.contains("rotateCertificates"), "{warn}");
    assert!(warn.contains(&cfg.display().to_string()), "{warn}");

    std::fs::write(
        &cfg,
        "kind: KubeletConfiguration\nrotateCertificates: true\n",
    )
    .unwrap();
    let ran = run_all(&f);
    assert!(ran.warn().is_empty(), "{}", ran.warn());

    std::fs::remove_file(&cfg).unwrap();
    let ran = run_all(&f);
    assert!(
        ran.warn().contains("could not be checked"),
        "{}",
        ran.warn()
    );
}

#[test]
fn json_output_describes_the_change() {
    let f = Fixture::new();
    std::fs::write(
        f.path("var/lib/kubelet/config.yaml"),
        "rotateCertificates: true\n",
    )
    .unwrap();
    let json_of = |f: &Fixture| {
        let (mut ctx, out) = f.ctx();
        ctx.format = OutputFormat::Json;
        let ran = run_ctx(ctx, out, &request(&["kubelet-finalize"], &[], None));
        let lines = ran.out.of(Stream::Json);
        ran.result.unwrap();
        assert_eq!(lines.len(), 1, "{lines:?}");
        serde_json::from_str::<serde_json::Value>(&lines[0]).unwrap()
    };
    let v = json_of(&f);
    assert_eq!(v["kubeletConf"], f.kubelet_conf().display().to_string());
    assert_eq!(v["pem"], NODE_PEM);
    assert_eq!(v["rotationEnabled"], true);
    assert_eq!(v["changed"], true);
    assert_eq!(v["alreadyDone"], false);
    assert_eq!(v["dryRun"], false);
    assert_eq!(v["rotateCertificates"], true);
    assert_eq!(v["restart"], "needed");
    let cert = &v["certificate"];
    assert_eq!(cert["subject"], "CN=system:node:node-1, O=system:nodes");
    for field in [
        "notBefore",
        "notAfter",
        "renewalWindowStart",
        "renewalWindowEnd",
    ] {
        let s = cert[field].as_str().unwrap_or_default();
        assert!(s.ends_with('Z') && s.len() == 20, "{field}: {s}");
    }
    assert!(cert["notBefore"].as_str() < cert["renewalWindowStart"].as_str());
    assert!(cert["renewalWindowStart"].as_str() < cert["renewalWindowEnd"].as_str());
    assert!(cert["renewalWindowEnd"].as_str() < cert["notAfter"].as_str());

    let again = json_of(&f);
    assert_eq!(again["changed"], false);
    assert_eq!(again["alreadyDone"], true);
    assert_eq!(again["restart"], "notNeeded");

    let absent = Fixture::without_pem();
    let v = json_of(&absent);
    assert_eq!(v["rotationEnabled"], false);
    assert_eq!(v["changed"], false);
    assert_eq!(v["certificate"], serde_json::Value::Null);
    assert_eq!(v["rotateCertificates"], serde_json::Value::Null);
}

/// A config whose `nodeRegistration.kubeletExtraArgs` holds the given flags.
fn config_with_kubelet_args(args: &[(&str, &str)]) -> Config {
    let mut text = String::from(
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n",
    );
    for (name, value) in args {
        text.push_str(&format!("  - name: {name}\n    value: {value}\n"));
    }
    Config::from_yaml_str(&text, Path::new("kadm.yaml"), &host()).unwrap()
}
