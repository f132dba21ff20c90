use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use kadm_config::{EncryptionAlgorithm, Overrides};
use kadm_init_context::{InitContext, MemoryOutput, Paths, Root, Stream};
use kadm_kubeconfig_model::KubeConfig;
use kadm_phase_runner::Workflow;
use kadm_pki::{Certificate, KeyAlgorithm};
use kadm_test_support::fixtures::{Ran, config, request};

use super::*;

/// A node's PKI and kubeconfig files, made by the `certs` and `kubeconfig` phases (ECDSA keys,
/// the fastest).
struct Node {
    dir: tempfile::TempDir,
}

impl Node {
    fn new() -> Node {
        let node = Node {
            dir: tempfile::tempdir().unwrap(),
        };
        let workflow =
            Workflow::new("init", vec![kadm_certs::phase(), kadm_kubeconfig::phase()]).unwrap();
        let (ctx, out) = node.ctx();
        let ran = Ran::run(
            &workflow,
            ctx,
            out,
            &request(&["certs", "kubeconfig"], &[], None),
        );
        ran.result.unwrap();
        node
    }

    fn ctx(&self) -> (InitContext, Arc<MemoryOutput>) {
        let mut config = config();
        config.apply_overrides(&Overrides {
            encryption_algorithm: Some(EncryptionAlgorithm::EcdsaP256),
            ..Overrides::default()
        });
        let out = Arc::new(MemoryOutput::default());
        let paths = Paths::defaults_under(Root::at(self.dir.path()));
        (
            InitContext::new(config.validate().unwrap(), paths, out.clone()),
            out,
        )
    }

    fn path(&self, node: &str) -> PathBuf {
        self.dir.path().join(node.trim_start_matches('/'))
    }

    fn pki(&self, rel: &str) -> PathBuf {
        self.path("/etc/kubernetes/pki").join(rel)
    }

    fn certs(&self, rel: &str) -> Vec<Certificate> {
        let path = self.pki(rel);
        Certificate::all_from_pem(&std::fs::read_to_string(&path).unwrap(), &path).unwrap()
    }

    fn prepare(&self) -> Result<String, RotationError> {
        let (ctx, out) = self.ctx();
        prepare(&ctx, &select(ALL).unwrap())?;
        Ok(out.of(Stream::Info).join("\n"))
    }

    fn finalize(&self, force: bool) -> Result<String, RotationError> {
        let (ctx, out) = self.ctx();
        finalize(&ctx, &select(ALL).unwrap(), FinalizeOptions { force })?;
        Ok(out.of(Stream::Warn).join("\n"))
    }

    fn status(&self) -> NodeStatus {
        let (ctx, _) = self.ctx();
        status(&ctx.paths, &select(ALL).unwrap())
    }

    /// Every file of the node and its bytes.
    fn files(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else {
                    out.insert(path.clone(), std::fs::read(&path).unwrap());
                }
            }
        }
        let mut out = BTreeMap::new();
        walk(self.dir.path(), &mut out);
        out
    }

    /// The certificate-authority-data of the kubeconfig `file`'s current cluster.
    fn trusted_by(&self, file: &str) -> Vec<u8> {
        let config = self.kubeconfig(file);
        let cluster = config.current_cluster().unwrap();
        cluster.cluster.certificate_authority_data.clone().unwrap()
    }

    fn kubeconfig(&self, file: &str) -> KubeConfig {
        let path = self.path("/etc/kubernetes").join(file);
        KubeConfig::from_yaml(&std::fs::read_to_string(&path).unwrap(), &path).unwrap()
    }
}

fn stages(status: &NodeStatus) -> Vec<(&'static str, Stage)> {
    status.cas.iter().map(|c| (c.ca, c.stage)).collect()
}

fn all(stage: Stage) -> Vec<(&'static str, Stage)> {
    vec![("ca", stage), ("front-proxy-ca", stage), ("etcd-ca", stage)]
}

/// The leaves of kubeadm's table: (file, CA file).
const LEAVES: [(&str, &str, bool); 7] = [
    ("apiserver.crt", "ca.crt", true),
    ("apiserver-kubelet-client.crt", "ca.crt", false),
    ("front-proxy-client.crt", "front-proxy-ca.crt", false),
    ("etcd/server.crt", "etcd/ca.crt", true),
    ("etcd/peer.crt", "etcd/ca.crt", true),
    ("etcd/healthcheck-client.crt", "etcd/ca.crt", false),
    ("apiserver-etcd-client.crt", "etcd/ca.crt", false),
];

#[test]
fn prepare_then_finalize_on_one_node() {
    let node = Node::new();
    assert_eq!(stages(&node.status()), all(Stage::NotStarted));
    let before: BTreeMap<&str, Certificate> = LEAVES
        .iter()
        .map(|(f, _, _)| (*f, node.certs(f).remove(0)))
        .collect();
    let old_ca = node.certs("ca.crt").remove(0);

    node.prepare().unwrap();
    let status = node.status();
    assert_eq!(stages(&status), all(Stage::Prepared), "{status:#?}");

    // The CA files: new first (the key file matches it), old second; the backup is the old CA.
    for ca in ["ca", "front-proxy-ca", "etcd/ca"] {
        let bundle = node.certs(&format!("{ca}.crt"));
        assert_eq!(bundle.len(), 2, "{ca}");
        let key = kadm_pki::load_key(&Root::at(node.dir.path()), &node.pki(&format!("{ca}.key")))
            .unwrap();
        assert!(bundle[0].matches_key(&key), "{ca}: the key is the new CA's");
        assert_eq!(
            node.certs(&format!("ca-rotation/{ca}/old.crt"))[0],
            bundle[1]
        );
        assert_eq!(bundle[0].subject_line(), bundle[1].subject_line());
        assert_eq!(bundle[0].key_algorithm(), Ok(KeyAlgorithm::EcdsaP256));
    }
    assert_eq!(node.certs("ca.crt")[1], old_ca);

    // Every leaf under the new CA with its identity; serving ones carry the link.
    for (file, ca, serving) in LEAVES {
        let certs = node.certs(file);
        let (new, old) = (&node.certs(ca)[0], &node.certs(ca)[1]);
        let leaf = &certs[0];
        assert!(leaf.is_signed_by(new) && !leaf.is_signed_by(old), "{file}");
        let was = &before[file];
        assert_eq!(leaf.subject_line(), was.subject_line(), "{file}");
        assert_eq!(leaf.dns_names(), was.dns_names(), "{file}");
        assert_eq!(leaf.ip_addresses(), was.ip_addresses(), "{file}");
        assert_eq!(leaf.extended_usages(), was.extended_usages(), "{file}");
        assert_ne!(
            leaf.public_key_der(),
            was.public_key_der(),
            "{file}: a new key"
        );
        if serving {
            assert_eq!(certs.len(), 2, "{file}");
            assert!(disk::is_cross(&certs[1], old, new), "{file}");
            assert_eq!(certs[1].subject_key_id(), new.subject_key_id());
        } else {
            assert_eq!(certs.len(), 1, "{file}");
        }
    }
    // Every kubeconfig trusts old and new and its client certificate is under the new CA.
    let bundle = std::fs::read(node.pki("ca.crt")).unwrap();
    for file in kadm_kubeconfig::FILES.iter() {
        let config = node.kubeconfig(file.file);
        let cluster = config.current_cluster().unwrap();
        assert_eq!(
            cluster.cluster.certificate_authority_data.as_deref(),
            Some(bundle.as_slice()),
            "{}",
            file.file
        );
        let user = config.current_user().unwrap();
        let pem = user.user.client_certificate_data.clone().unwrap();
        let cert = Certificate::from_pem(&String::from_utf8(pem).unwrap(), Path::new("x")).unwrap();
        assert!(cert.is_signed_by(&node.certs("ca.crt")[0]), "{}", file.file);
    }

    // A second prepare changes no byte.
    let files = node.files();
    let said = node.prepare().unwrap();
    assert_eq!(node.files(), files);
    assert!(said.contains("from an earlier prepare"), "{said}");

    node.finalize(false).unwrap();
    assert_eq!(stages(&node.status()), all(Stage::Finalized));
    for ca in ["ca", "front-proxy-ca", "etcd/ca"] {
        assert_eq!(node.certs(&format!("{ca}.crt")).len(), 1, "{ca}");
    }
    for (file, ca, _) in LEAVES {
        assert_eq!(node.certs(file).len(), 1, "{file}: the link is gone");
        assert!(node.certs(file)[0].is_signed_by(&node.certs(ca)[0]));
    }
    for (file, _, _) in LEAVES {
        assert!(
            !before[file].is_signed_by(&node.certs("ca.crt")[0])
                && !before[file].is_signed_by(&node.certs("etcd/ca.crt")[0])
                && !before[file].is_signed_by(&node.certs("front-proxy-ca.crt")[0]),
            "{file}: the old certificate is not under any CA now trusted"
        );
    }
    assert_eq!(
        node.trusted_by("admin.conf"),
        node.certs("ca.crt")[0].to_pem().as_bytes()
    );
    let files = node.files();
    node.finalize(false).unwrap();
    assert_eq!(node.files(), files, "a second finalize changes no byte");

    // A second rotation starts from the finalized CA: it becomes the old one.
    let finalized = node.certs("ca.crt").remove(0);
    node.prepare().unwrap();
    assert_eq!(stages(&node.status()), all(Stage::Prepared));
    assert_eq!(node.certs("ca-rotation/ca/old.crt")[0], finalized);
    assert_eq!(node.certs("ca.crt")[1], finalized);
}

#[test]
fn a_half_done_prepare_is_reported_and_completed() {
    let node = Node::new();
    let admin = std::fs::read(node.path("/etc/kubernetes/admin.conf")).unwrap();
    let server = std::fs::read(node.pki("etcd/server.crt")).unwrap();
    let server_key = std::fs::read(node.pki("etcd/server.key")).unwrap();
    node.prepare().unwrap();
    let new = node.certs("ca.crt").remove(0);
    // As if prepare stopped before these files (or someone restored them from a backup).
    std::fs::write(node.path("/etc/kubernetes/admin.conf"), &admin).unwrap();
    std::fs::write(node.pki("etcd/server.crt"), &server).unwrap();
    std::fs::write(node.pki("etcd/server.key"), &server_key).unwrap();

    let status = node.status();
    let ca = &status.cas[0];
    assert_eq!(ca.stage, Stage::Inconsistent);
    let reason = ca.reason.clone().unwrap();
    assert!(
        reason.contains(
            "/etc/kubernetes/admin.conf (signed by old, not by the new CA; trusts old, not new+old)"
        ),
        "{reason}"
    );
    assert!(reason.contains("rotate-ca prepare` again"), "{reason}");
    let etcd = status.cas[2].reason.clone().unwrap();
    assert!(
        etcd.contains("/etc/kubernetes/pki/etcd/server.crt (signed by old"),
        "{etcd}"
    );
    assert_eq!(status.cas[1].stage, Stage::Prepared);

    let err = node.finalize(false).unwrap_err().to_string();
    assert!(
        err.contains("/etc/kubernetes/admin.conf (signed by old)"),
        "{err}"
    );

    node.prepare().unwrap();
    assert_eq!(stages(&node.status()), all(Stage::Prepared));
    assert_eq!(node.certs("ca.crt")[0], new, "the same new CA");
}

#[test]
fn a_crash_after_the_backup_makes_a_fresh_new_ca() {
    let node = Node::new();
    let old = std::fs::read(node.pki("ca.crt")).unwrap();
    // The record is written, the CA file not yet: a stale link of a new CA that was lost.
    let other = kadm_test_support::fixtures::new_ca("kubernetes");
    let dir = node.pki("ca-rotation/ca");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("old.crt"), &old).unwrap();
    std::fs::copy(node.pki("ca.key"), dir.join("old.key")).unwrap();
    std::fs::write(dir.join("cross.crt"), other.cert.to_pem()).unwrap();
    assert_eq!(node.status().cas[0].stage, Stage::NotStarted);

    node.prepare().unwrap();
    assert_eq!(stages(&node.status()), all(Stage::Prepared));
    let bundle = node.certs("ca.crt");
    assert_eq!(bundle[1].to_pem().as_bytes(), old.as_slice());
    let cross = node.certs("ca-rotation/ca/cross.crt").remove(0);
    assert!(
        disk::is_cross(&cross, &bundle[1], &bundle[0]),
        "the stale link is replaced"
    );
}

#[test]
fn finalize_refuses_without_backup_or_before_prepare_and_force_says_what_it_skips() {
    let node = Node::new();
    let err = node.finalize(false).unwrap_err().to_string();
    assert!(
        err.starts_with(
            "/etc/kubernetes/pki/ca-rotation/ca/old.crt: the old CA's backup is missing"
        ),
        "{err}"
    );
    let files = node.files();

    node.prepare().unwrap();
    let client = node.pki("apiserver-kubelet-client.crt");
    // A client certificate of the old CA put back by hand.
    let old = kadm_pki::load_pair(
        &Root::at(node.dir.path()),
        &node.pki("ca-rotation/ca/old.crt"),
        &node.pki("ca-rotation/ca/old.key"),
    )
    .unwrap();
    let was = files[&client].clone();
    let was = Certificate::from_pem(&String::from_utf8(was).unwrap(), &client).unwrap();
    assert!(was.is_signed_by(&old.cert));
    std::fs::write(&client, was.to_pem()).unwrap();
    let err = node.finalize(false).unwrap_err().to_string();
    assert!(
        err.contains("/etc/kubernetes/pki/apiserver-kubelet-client.crt (signed by old)"),
        "{err}"
    );
    assert!(err.contains("--force"), "{err}");
    assert_eq!(node.certs("ca.crt").len(), 2, "a refusal writes nothing");

    let warned = node.finalize(true).unwrap();
    assert!(
        warned.contains("--force: CA ca: left as they are")
            && warned.contains("/etc/kubernetes/pki/apiserver-kubelet-client.crt (signed by old)"),
        "{warned}"
    );
    assert_eq!(std::fs::read(&client).unwrap(), was.to_pem().as_bytes());
    let status = node.status();
    assert_eq!(status.cas[0].stage, Stage::Inconsistent);
    assert_eq!(status.cas[1].stage, Stage::Finalized);

    std::fs::remove_dir_all(node.pki("ca-rotation")).unwrap();
    let err = node.finalize(false).unwrap_err().to_string();
    assert!(
        err.contains("ca-rotation/ca/old.crt: the old CA's backup is missing"),
        "{err}"
    );
}

#[test]
fn compare_names_the_nodes_behind_and_the_ones_with_another_new_ca() {
    let a = Node::new();
    let b = Node::new();
    a.prepare().unwrap();
    let report = compare(vec![a.status(), b.status()]);
    let lag: Vec<(&str, String)> = report
        .lagging
        .iter()
        .map(|l| (l.ca, l.node.clone()))
        .collect();
    let b_name = b.dir.path().display().to_string();
    assert_eq!(
        lag,
        vec![
            ("ca", b_name.clone()),
            ("front-proxy-ca", b_name.clone()),
            ("etcd-ca", b_name.clone())
        ]
    );
    assert!(
        report.lagging[0].reason.starts_with("not-started while "),
        "{:?}",
        report.lagging
    );

    // Both prepared, but b made its own new CA instead of taking a's.
    b.prepare().unwrap();
    let report = compare(vec![a.status(), b.status()]);
    assert_eq!(report.lagging.len(), 3, "{:?}", report.lagging);
    assert!(
        report.lagging[0]
            .reason
            .contains("did not take the shared one")
    );
    let text = render_text(&report);
    assert!(text.contains("lagging:\n"), "{text}");
    let json = to_json(&report);
    assert_eq!(json["nodes"].as_array().unwrap().len(), 2);
    assert_eq!(json["nodes"][0]["cas"][0]["stage"], "prepared");
    assert_eq!(json["lagging"][0]["node"], b_name.as_str());

    // One node alone lags behind nobody.
    assert!(compare(vec![a.status()]).lagging.is_empty());
}

#[test]
fn unknown_ca_names_are_refused_with_the_list() {
    let err = select("kubernetes").unwrap_err().to_string();
    assert_eq!(
        err,
        "unknown CA \"kubernetes\"; --ca takes one of: ca, front-proxy-ca, etcd-ca, all"
    );
    assert_eq!(select("etcd-ca").unwrap()[0].base, "etcd/ca");
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

impl Node {
    /// Another control plane of the same cluster: a copy of this node's files now.
    fn peer(&self) -> Node {
        let node = Node {
            dir: tempfile::tempdir().unwrap(),
        };
        copy_tree(self.dir.path(), node.dir.path());
        node
    }

    fn seal(&self, key: &kadm_upload_certs::CertificateKey) -> Vec<u8> {
        let (ctx, _) = self.ctx();
        seal(&ctx, &select(ALL).unwrap(), key).unwrap()
    }

    fn import(
        &self,
        bundle: &[u8],
        key: &kadm_upload_certs::CertificateKey,
    ) -> Result<(), RotationError> {
        let (ctx, _) = self.ctx();
        prepare_from_bundle(
            &ctx,
            &select(ALL).unwrap(),
            Path::new("/tmp/rotation.json"),
            bundle,
            key,
        )
    }
}

#[test]
fn a_bundle_carries_the_new_cas_to_another_control_plane() {
    let a = Node::new();
    let b = a.peer();
    let key = kadm_upload_certs::CertificateKey::generate().unwrap();
    a.prepare().unwrap();
    let bundle = a.seal(&key);
    let text = String::from_utf8(bundle.clone()).unwrap();
    assert!(
        !text.contains("PRIVATE KEY") && !text.contains("BEGIN"),
        "nothing in clear"
    );
    let new = a.certs("ca.crt").remove(0);
    assert!(
        text.contains(&bundle::stamp(&new)),
        "stamped with the new CA"
    );

    b.import(&bundle, &key).unwrap();
    assert_eq!(stages(&b.status()), all(Stage::Prepared));
    for ca in ["ca.crt", "front-proxy-ca.crt", "etcd/ca.crt"] {
        assert_eq!(b.certs(ca), a.certs(ca), "{ca}: the same new and old CA");
    }
    let report = compare(vec![a.status(), b.status()]);
    assert!(report.lagging.is_empty(), "{:?}", report.lagging);
    // b's own certificates are re-issued on b: not a's.
    assert_ne!(b.certs("apiserver.crt")[0], a.certs("apiserver.crt")[0]);
    let files = b.files();
    b.import(&bundle, &key).unwrap();
    assert_eq!(b.files(), files, "a second import changes no byte");
}

#[test]
fn bundles_of_the_wrong_key_another_cluster_or_an_older_rotation_are_refused() {
    let a = Node::new();
    let own = a.peer();
    let pristine = a.peer();
    let key = kadm_upload_certs::CertificateKey::generate().unwrap();
    a.prepare().unwrap();
    let bundle = a.seal(&key);

    let wrong = kadm_upload_certs::CertificateKey::generate().unwrap();
    let stranger = Node::new();
    let before = stranger.files();
    let err = stranger.import(&bundle, &wrong).unwrap_err();
    assert!(matches!(err, RotationError::WrongKey { .. }), "{err}");
    let err = stranger.import(&bundle, &key).unwrap_err().to_string();
    assert!(err.contains("a bundle of another cluster"), "{err}");
    assert_eq!(stranger.files(), before, "a refused import wrote");

    // A node that made its own new CA keeps it rather than mixing two.
    own.prepare().unwrap();
    let err = own.import(&bundle, &key).unwrap_err().to_string();
    assert!(
        err.contains("already prepared with another new CA"),
        "{err}"
    );

    // Back to the bundle after finalizing: older than what the node has.
    a.finalize(false).unwrap();
    let err = a.import(&bundle, &key).unwrap_err().to_string();
    assert!(err.contains("the bundle is of an older rotation"), "{err}");

    // A stamp changed by hand no longer matches what is inside.
    let forged = String::from_utf8(bundle)
        .unwrap()
        .replace(&bundle::stamp(&a.certs("ca.crt")[0]), &"0".repeat(64));
    let before = pristine.files();
    let err = pristine
        .import(forged.as_bytes(), &key)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("CA ca: the new CA inside is not the one its stamp names"),
        "{err}"
    );
    pristine.import(b"{}", &key).unwrap_err();
    assert_eq!(pristine.files(), before, "a refused import wrote");
}

#[test]
fn rollback_returns_to_the_old_ca_before_finalize_only() {
    let node = Node::new();
    let (ctx, _) = node.ctx();
    let cas = select(ALL).unwrap();
    let err = rollback(&ctx, &cas).unwrap_err().to_string();
    assert!(
        err.contains("ca-rotation/ca/old.crt: the old CA's backup is missing"),
        "{err}"
    );
    let before = node.files();
    node.prepare().unwrap();

    rollback(&ctx, &cas).unwrap();
    assert_eq!(stages(&node.status()), all(Stage::NotStarted));
    for rel in [
        "ca.crt",
        "ca.key",
        "front-proxy-ca.crt",
        "front-proxy-ca.key",
        "etcd/ca.crt",
        "etcd/ca.key",
    ] {
        let path = node.pki(rel);
        assert_eq!(
            node.files()[&path],
            before[&path],
            "{rel}: as before the rotation"
        );
    }
    for (file, ca, _) in LEAVES {
        let certs = node.certs(file);
        assert_eq!(certs.len(), 1, "{file}: no link");
        assert!(certs[0].is_signed_by(&node.certs(ca)[0]), "{file}");
    }
    assert_eq!(node.trusted_by("admin.conf"), before[&node.pki("ca.crt")]);
    let files = node.files();
    rollback(&ctx, &cas).unwrap();
    assert_eq!(node.files(), files, "a second rollback changes no byte");

    // A rotation after a rollback starts afresh; once finalized it cannot be rolled back.
    node.prepare().unwrap();
    node.finalize(false).unwrap();
    let err = rollback(&ctx, &cas).unwrap_err().to_string();
    assert!(err.contains("this rotation is finalized"), "{err}");
}
