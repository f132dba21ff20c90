//! `kadm join --control-plane`, offline: `kadm init --upload-certs --rootfs A` on the first
//! control plane, then `kadm join --control-plane --certs-from A/etc/kubernetes/cluster-objects
//! --certificate-key K --rootfs B` on the next ones. Judged by openssl (every certificate verifies
//! against the shared CAs and carries the node's own address), the Kubernetes schemas, the bytes
//! of the shared files, and clear refusals that write nothing.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use kadm_test_support::Peer;

use crate::support::{Root, kadm, run};

/// The first control plane's configuration: a stable endpoint, as kubeadm requires for joining
/// control planes, and a local etcd.
pub(crate) const INIT_CONFIG: &str = "\
apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
localAPIEndpoint:
  advertiseAddress: 127.0.0.1
nodeRegistration:
  name: cp1
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
controlPlaneEndpoint: cp.test:6443
kubernetesVersion: v1.33.0
encryptionAlgorithm: ECDSA-P256
";

/// The first control plane: its root and the certificate key `init --upload-certs` printed.
pub(crate) struct FirstNode {
    pub root: Root,
    pub key: String,
    pub token: String,
}

impl FirstNode {
    /// `kadm init --config <config> --upload-certs -o json` into a new root.
    pub(crate) fn init(config: &str) -> Self {
        let root = Root::new();
        let file = root.path().with_extension("init.yaml");
        std::fs::write(&file, config).unwrap();
        let out = kadm()
            .args(["init", "--upload-certs", "-o", "json", "--config"])
            .arg(&file)
            .arg("--rootfs")
            .arg(root.path())
            .output()
            .unwrap();
        std::fs::remove_file(&file).unwrap();
        assert!(
            out.status.success(),
            "kadm init failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let text = |k: &str| doc["join"][k].as_str().unwrap().to_string();
        FirstNode {
            key: text("certificateKey"),
            token: text("token"),
            root,
        }
    }

    pub(crate) fn objects(&self) -> PathBuf {
        self.root.join("/etc/kubernetes/cluster-objects")
    }

    /// `kadm join cp.test:6443 --control-plane ...` of `node` as `name` at `ip`, with `extra`.
    pub(crate) fn join_command(&self, node: &Root, name: &str, ip: &str) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kadm"));
        cmd.env("NO_COLOR", "1")
            .env_remove("KUBECONFIG")
            .args(["join", "cp.test:6443", "--control-plane"])
            .args(["--certificate-key", &self.key, "--token", &self.token])
            .arg("--certs-from")
            .arg(self.objects())
            .arg("--discovery-file")
            .arg(self.root.join("/etc/kubernetes/admin.conf"))
            .args(["--node-name", name, "--apiserver-advertise-address", ip])
            .arg("--rootfs")
            .arg(node.path());
        cmd
    }
}

/// Every regular file under `dir` with its bytes, sorted.
fn files_under(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((p.clone(), std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

/// `openssl x509 -noout -ext subjectAltName` of a certificate.
fn sans(openssl: &Path, cert: &Path) -> String {
    let (ok, out, err) = run(Command::new(openssl)
        .args(["x509", "-noout", "-ext", "subjectAltName", "-in"])
        .arg(cert));
    assert!(ok, "{err}");
    out
}

/// `openssl verify -CAfile ca cert` succeeds.
fn verifies(openssl: &Path, ca: &Path, cert: &Path) -> bool {
    run(Command::new(openssl)
        .arg("verify")
        .arg("-CAfile")
        .arg(ca)
        .arg(cert))
    .0
}

/// The shared files a joining control plane takes from the first one, byte for byte.
pub(crate) const SHARED: [(&str, u32); 8] = [
    ("ca.crt", 0o644),
    ("ca.key", 0o600),
    ("front-proxy-ca.crt", 0o644),
    ("front-proxy-ca.key", 0o600),
    ("sa.key", 0o600),
    ("sa.pub", 0o644),
    ("etcd/ca.crt", 0o644),
    ("etcd/ca.key", 0o600),
];

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
#[cfg_attr(
    kadm_skip_kubernetes_validate,
    ignore = "needs kubernetes-validate, not found"
)]
fn a_second_control_plane_shares_the_cas_and_gets_its_own_certificates() {
    let openssl = Peer::Openssl.require();
    let first = FirstNode::init(INIT_CONFIG);
    let node = Root::new();
    let (ok, out, err) = run(first
        .join_command(&node, "cp2", "127.0.0.2")
        .args(["--skip-phases", "control-plane-join/etcd"]));
    assert!(ok, "join failed:\n{out}\n{err}");
    assert!(out.contains("[download-certs]"), "{out}");

    for (file, want) in SHARED {
        let mine = node.pki().join(file);
        assert_eq!(
            std::fs::read(&mine).unwrap(),
            std::fs::read(first.root.pki().join(file)).unwrap(),
            "{file} is the first node's"
        );
        assert_eq!(mode(&mine), want, "mode of {file}");
    }
    // This node's own certificates: signed by the shared CAs, with its own address and name.
    let ca = node.pki().join("ca.crt");
    let etcd_ca = node.pki().join("etcd/ca.crt");
    for (cert, ca, must, must_not) in [
        (
            "apiserver.crt",
            &ca,
            "IP Address:127.0.0.2",
            "IP Address:127.0.0.1,",
        ),
        ("etcd/server.crt", &etcd_ca, "DNS:cp2", "DNS:cp1"),
        ("etcd/peer.crt", &etcd_ca, "IP Address:127.0.0.2", "DNS:cp1"),
    ] {
        let path = node.pki().join(cert);
        assert!(verifies(&openssl, ca, &path), "{cert} verifies");
        let names = sans(&openssl, &path);
        assert!(names.contains(must), "{cert}: {names}");
        assert!(!names.contains(must_not), "{cert}: {names}");
        assert_ne!(
            std::fs::read(&path).unwrap(),
            std::fs::read(first.root.pki().join(cert)).unwrap(),
            "{cert} is this node's own"
        );
    }
    let apiserver = sans(&openssl, &node.pki().join("apiserver.crt"));
    assert!(apiserver.contains("DNS:cp.test"), "{apiserver}");
    for cert in [
        "apiserver-kubelet-client.crt",
        "apiserver-etcd-client.crt",
        "front-proxy-client.crt",
        "etcd/healthcheck-client.crt",
    ] {
        let signer = if cert.starts_with("front-proxy") {
            node.pki().join("front-proxy-ca.crt")
        } else if cert.contains("etcd") {
            etcd_ca.clone()
        } else {
            ca.clone()
        };
        assert!(
            verifies(&openssl, &signer, &node.pki().join(cert)),
            "{cert}"
        );
    }

    // The kubeconfigs kubeadm writes on a joining control plane, and not super-admin.conf.
    let kube = node.join("/etc/kubernetes");
    for conf in ["admin.conf", "controller-manager.conf", "scheduler.conf"] {
        let text = std::fs::read_to_string(kube.join(conf)).unwrap();
        assert!(text.contains("server: https://"), "{conf}");
        assert_eq!(mode(&kube.join(conf)), 0o600, "{conf}");
    }
    assert!(!kube.join("super-admin.conf").exists());
    let admin = std::fs::read_to_string(kube.join("admin.conf")).unwrap();
    assert!(admin.contains("server: https://cp.test:6443"), "{admin}");

    // Static Pods for this node, valid for the Kubernetes schemas.
    let manifests = node.join("/etc/kubernetes/manifests");
    let apiserver_pod = std::fs::read_to_string(manifests.join("kube-apiserver.yaml")).unwrap();
    assert!(
        apiserver_pod.contains("--advertise-address=127.0.0.2"),
        "{apiserver_pod}"
    );
    let mark = node.join("/etc/kubernetes/cluster-objects/mark-control-plane.yaml");
    let mark_text = std::fs::read_to_string(&mark).unwrap();
    assert!(mark_text.contains("name: cp2"), "{mark_text}");
    kadm_test_support::schemas::assert_valid(&[
        &manifests.join("kube-apiserver.yaml"),
        &manifests.join("kube-controller-manager.yaml"),
        &manifests.join("kube-scheduler.yaml"),
        &mark,
    ]);

    // A second run changes no byte.
    let before = files_under(node.path());
    let (ok, out, err) = run(first
        .join_command(&node, "cp2", "127.0.0.2")
        .args(["--skip-phases", "control-plane-join/etcd"]));
    assert!(ok, "second join failed:\n{out}\n{err}");
    assert_eq!(files_under(node.path()), before, "the re-run changed files");
}

/// A join that fails leaves the node's root empty.
fn refused(cmd: &mut Command, node: &Root, needle: &str) {
    let (ok, out, err) = run(cmd);
    assert!(!ok, "the join should fail:\n{out}");
    assert!(err.contains(needle), "{needle:?} not in:\n{err}");
    assert!(
        files_under(node.path()).is_empty(),
        "a refused join wrote {:?}",
        files_under(node.path())
            .iter()
            .map(|f| f.0.clone())
            .collect::<Vec<_>>()
    );
}

#[test]
fn bad_input_is_refused_with_the_fix_and_nothing_written() {
    let first = FirstNode::init(INIT_CONFIG);
    let node = Root::new();
    let etcd = ["--etcd-endpoints", "https://127.0.0.1:2379"];
    let zeros = "0".repeat(64);

    // A key that is well-formed but not the cluster's.
    let mut cmd = join_without(&first, &node, "--certificate-key");
    cmd.args(["--certificate-key", &zeros]).args(etcd);
    refused(&mut cmd, &node, "does not decrypt entry");

    // A truncated kubeadm-certs manifest.
    let copy = Root::new();
    let text = std::fs::read_to_string(first.objects().join("upload-certs.yaml")).unwrap();
    let cut = copy.path().join("upload-certs.yaml");
    std::fs::write(&cut, &text[..text.len() / 3]).unwrap();
    let mut cmd = join_without(&first, &node, "--certs-from");
    cmd.arg("--certs-from").arg(&cut).args(etcd);
    refused(&mut cmd, &node, "upload-certs.yaml");

    // No --certs-from, no --certificate-key, no --etcd-endpoints.
    for flag in ["--certs-from", "--certificate-key"] {
        let mut cmd = join_without(&first, &node, flag);
        cmd.args(etcd);
        refused(&mut cmd, &node, flag);
    }
    let mut cmd = first.join_command(&node, "cp2", "127.0.0.2");
    refused(&mut cmd, &node, "--etcd-endpoints");

    // A cluster made without a controlPlaneEndpoint cannot take more control planes.
    let single = FirstNode::init(&INIT_CONFIG.replace("controlPlaneEndpoint: cp.test:6443\n", ""));
    let mut cmd = single.join_command(&node, "cp2", "127.0.0.2");
    cmd.args(etcd);
    refused(&mut cmd, &node, "controlPlaneEndpoint");
}

/// The join command of `first` for `node` with `flag` and its value left out.
fn join_without(first: &FirstNode, node: &Root, flag: &str) -> Command {
    let full = first.join_command(node, "cp2", "127.0.0.2");
    let mut args = full.get_args().map(|a| a.to_os_string());
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kadm"));
    cmd.env("NO_COLOR", "1").env_remove("KUBECONFIG");
    while let Some(a) = args.next() {
        if a == flag {
            args.next();
        } else {
            cmd.arg(a);
        }
    }
    cmd
}
