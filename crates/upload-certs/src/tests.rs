use std::os::unix::fs::PermissionsExt;
use std::sync::Arc;

use kadm_config::{Config, Overrides};
use kadm_init_context::{MemoryOutput, Paths, Root, Stream};
use kadm_test_support::fixtures::{config, host};

use super::*;

/// A rootfs with every shared file (distinct contents) but the front-proxy CA key.
struct Pki {
    dir: tempfile::TempDir,
}

const SHARED: [&str; 7] = [
    "ca.crt",
    "ca.key",
    "front-proxy-ca.crt",
    "sa.key",
    "sa.pub",
    "etcd/ca.crt",
    "etcd/ca.key",
];

impl Pki {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        for name in SHARED {
            let path = dir.path().join("etc/kubernetes/pki").join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, format!("-----BEGIN {name}-----\n{name}\n")).unwrap();
        }
        Pki { dir }
    }

    fn file(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn ctx(&self, overrides: &Overrides, c: Config) -> (InitContext, Arc<MemoryOutput>) {
        let mut c = c;
        c.apply_overrides(overrides);
        let out = Arc::new(MemoryOutput::default());
        let paths = Paths::defaults_under(Root::at(self.dir.path()));
        (
            InitContext::new(c.validate().unwrap(), paths, out.clone()),
            out,
        )
    }

    /// Runs the phase with `overrides`; its info lines.
    fn run(&self, overrides: &Overrides) -> Vec<String> {
        let (mut ctx, out) = self.ctx(overrides, config());
        run(&mut ctx).unwrap();
        out.of(Stream::Info)
    }

    fn manifest(&self) -> String {
        std::fs::read_to_string(self.file("etc/kubernetes/cluster-objects/upload-certs.yaml"))
            .unwrap()
    }
}

fn upload() -> Overrides {
    Overrides {
        upload_certs: true,
        ..Overrides::default()
    }
}

/// The key printed after `Using certificate key:`.
fn printed_key(info: &[String]) -> CertificateKey {
    let at = info
        .iter()
        .position(|l| l == "[upload-certs] Using certificate key:")
        .unwrap_or_else(|| panic!("{info:?}"));
    CertificateKey::parse(&info[at + 1]).unwrap()
}

#[test]
fn without_the_flag_nothing_is_written() {
    let pki = Pki::new();
    let info = pki.run(&Overrides::default());
    assert_eq!(
        info,
        ["[upload-certs] Skipping phase. Please see --upload-certs"]
    );
    assert!(!pki.file("etc/kubernetes/cluster-objects").exists());
    assert!(!pki.file("etc/kubernetes/pki").join(KEY_FILE).exists());
}

#[test]
fn the_secret_decrypts_with_the_printed_key_to_the_files() {
    let pki = Pki::new();
    let info = pki.run(&upload());
    assert_eq!(
        info[0],
        "[upload-certs] Storing the certificates in Secret \"kubeadm-certs\" in the \"kube-system\" Namespace"
    );
    let key = printed_key(&info);
    let text = pki.manifest();
    let data = decrypt_secret(&secret_data(&text).unwrap(), &key).unwrap();
    let mut names: Vec<&str> = data.keys().map(String::as_str).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "ca.crt",
            "ca.key",
            "etcd-ca.crt",
            "etcd-ca.key",
            "front-proxy-ca.crt",
            "front-proxy-ca.key",
            "sa.key",
            "sa.pub"
        ]
    );
    for name in SHARED {
        let on_disk = std::fs::read(pki.file("etc/kubernetes/pki").join(name)).unwrap();
        assert_eq!(data[&name.replace('/', "-")], on_disk, "{name}");
    }
    // The missing front-proxy key is an empty value, as kubeadm stores it.
    assert!(data["front-proxy-ca.key"].is_empty());
    // The values are encrypted: no file's text shows.
    assert!(!text.contains(&STANDARD.encode("-----BEGIN")), "{text}");
    for path in [
        pki.file("etc/kubernetes/cluster-objects/upload-certs.yaml"),
        pki.file("etc/kubernetes/pki").join(KEY_FILE),
    ] {
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", path.display());
    }
    // Another key does not open it.
    let other = CertificateKey::generate().unwrap();
    let (name, err) = decrypt_secret(&secret_data(&text).unwrap(), &other).unwrap_err();
    assert_eq!((name.as_str(), err), ("ca.crt", DecryptError::Mismatch));
    for line in [
        "kind: Role",
        "  name: kubeadm:kubeadm-certs",
        "  - kubeadm-certs",
        "  name: system:bootstrappers:kubeadm:default-node-token",
    ] {
        assert!(text.lines().any(|l| l == line), "{line}\n{text}");
    }
}

#[test]
fn a_rerun_keeps_the_key_and_changes_no_byte() {
    let pki = Pki::new();
    let first = printed_key(&pki.run(&upload()));
    let text = pki.manifest();
    let second = printed_key(&pki.run(&upload()));
    assert_eq!(first, second);
    assert_eq!(pki.manifest(), text);

    // A changed file is encrypted again, the others stay as they were.
    std::fs::write(pki.file("etc/kubernetes/pki/sa.pub"), "new").unwrap();
    pki.run(&upload());
    let before = secret_data(&text).unwrap();
    let after = secret_data(&pki.manifest()).unwrap();
    assert_ne!(before["sa.pub"], after["sa.pub"]);
    assert_eq!(before["ca.key"], after["ca.key"]);
    assert_eq!(decrypt(&after["sa.pub"], &first).unwrap(), b"new");
}

#[test]
fn a_given_key_is_used_and_replaces_the_kept_one() {
    let pki = Pki::new();
    let generated = printed_key(&pki.run(&upload()));
    let given = "ab".repeat(32);
    let info = pki.run(&Overrides {
        certificate_key: Some(given.clone()),
        ..upload()
    });
    let key = printed_key(&info);
    assert_eq!(key.expose(), given);
    assert_ne!(key, generated);
    let data = secret_data(&pki.manifest()).unwrap();
    assert_eq!(
        decrypt(&data["ca.crt"], &key).unwrap(),
        b"-----BEGIN ca.crt-----\nca.crt\n"
    );
    let kept = std::fs::read_to_string(pki.file("etc/kubernetes/pki").join(KEY_FILE)).unwrap();
    assert_eq!(kept, format!("{given}\n"));
}

#[test]
fn skip_print_keeps_the_key_off_the_output() {
    let pki = Pki::new();
    let (mut ctx, out) = pki.ctx(
        &Overrides {
            skip_certificate_key_print: true,
            ..upload()
        },
        config(),
    );
    run(&mut ctx).unwrap();
    let key = ctx.products.get::<UsedKey>().unwrap().0.expose();
    for (_, line) in out.lines() {
        assert!(
            !line.contains(&key) && !line.contains("Using certificate key"),
            "{line}"
        );
    }
}

#[test]
fn a_dry_run_writes_nothing() {
    let pki = Pki::new();
    let (mut ctx, _) = pki.ctx(&upload(), config());
    ctx.dry_run = true;
    run(&mut ctx).unwrap();
    assert!(!pki.file("etc/kubernetes/cluster-objects").exists());
    assert!(!pki.file("etc/kubernetes/pki").join(KEY_FILE).exists());
}

#[test]
fn a_damaged_kept_key_is_an_error_that_does_not_show_it() {
    let pki = Pki::new();
    std::fs::write(
        pki.file("etc/kubernetes/pki").join(KEY_FILE),
        "0123456789abcdef",
    )
    .unwrap();
    let (mut ctx, _) = pki.ctx(&upload(), config());
    let err = run(&mut ctx).unwrap_err().to_string();
    assert!(
        err.contains(KEY_FILE) && err.contains("--certificate-key"),
        "{err}"
    );
    assert!(!err.contains("0123456789"), "{err}");
}

#[test]
fn external_etcd_uploads_its_client_files() {
    let mut c = Config::from_yaml_str(
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\netcd:\n  external:\n    \
         endpoints: [\"https://10.0.0.9:2379\"]\n    caFile: /etc/etcd/ca.crt\n    certFile: \
         /etc/etcd/client.crt\n    keyFile: /etc/etcd/client.key\n",
        Path::new("c.yaml"),
        &host(),
    )
    .unwrap();
    c.init.local_api_endpoint.advertise_address = "10.0.0.5".into();
    let pki = Pki::new();
    let (ctx, _) = pki.ctx(&upload(), c);
    let names: Vec<String> = shared_files(&ctx.config, &ctx.paths.cert_dir, ctx.fs())
        .into_iter()
        .map(|(n, p)| format!("{n}={}", ctx.fs().node_path(&p).unwrap().display()))
        .collect();
    assert!(
        names.contains(&"external-etcd-ca.crt=/etc/etcd/ca.crt".to_string()),
        "{names:?}"
    );
    assert!(
        names.contains(&"external-etcd.key=/etc/etcd/client.key".to_string()),
        "{names:?}"
    );
    assert!(!names.iter().any(|n| n.starts_with("etcd-ca")), "{names:?}");
}

#[test]
#[cfg_attr(
    kadm_skip_kubernetes_validate,
    ignore = "needs kubernetes-validate, not found"
)]
fn the_manifest_passes_the_schemas() {
    let pki = Pki::new();
    pki.run(&upload());
    kadm_test_support::schemas::assert_valid(&[
        &pki.file("etc/kubernetes/cluster-objects/upload-certs.yaml")
    ]);
}
