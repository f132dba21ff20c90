//! Helpers shared by the end-to-end tests: the binary, a temporary rootfs, and servers made of
//! real peers (found by `kadm_test_support::Peer`).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use kadm_test_support::Peer;

/// The `kadm` binary under test.
pub(crate) fn kadm() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_kadm"));
    cmd.env_remove("KUBECONFIG").env("NO_COLOR", "1");
    cmd
}

/// A temporary directory standing for `/`, removed on drop.
pub(crate) struct Root {
    dir: tempfile::TempDir,
}

impl Root {
    /// A new empty rootfs.
    pub(crate) fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// The rootfs directory.
    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }

    /// An absolute path inside the rootfs (`/etc/kubernetes` → `<root>/etc/kubernetes`).
    pub(crate) fn join(&self, abs: &str) -> PathBuf {
        self.dir.path().join(abs.trim_start_matches('/'))
    }

    /// The PKI directory under the rootfs.
    pub(crate) fn pki(&self) -> PathBuf {
        self.join("/etc/kubernetes/pki")
    }

    /// `kadm <args> --rootfs <root>` with a fixed node name and advertise address.
    pub(crate) fn kadm(&self, args: &[&str]) -> assert_cmd::Command {
        let mut cmd = kadm();
        cmd.args(args).arg("--rootfs").arg(self.path()).args([
            "--node-name",
            "node-1",
            "--apiserver-advertise-address",
            "127.0.0.1",
        ]);
        cmd
    }

    /// `init phase certs all` then `init phase kubeconfig all` (ECDSA-P256, for speed), with the
    /// API server on 127.0.0.1:`port`.
    pub(crate) fn control_plane(&self, port: u16) {
        let port = port.to_string();
        for phase in ["certs", "kubeconfig"] {
            self.kadm(&[
                "init",
                "phase",
                phase,
                "all",
                "--encryption-algorithm",
                "ECDSA-P256",
                "--apiserver-bind-port",
                &port,
            ])
            .assert()
            .success();
        }
    }

    /// Every regular file under the rootfs with its bytes, for "nothing changed" checks.
    pub(crate) fn snapshot(&self) -> Vec<(PathBuf, Vec<u8>)> {
        fn walk(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else {
                    out.push((p.clone(), std::fs::read(&p).unwrap_or_default()));
                }
            }
        }
        let mut out = Vec::new();
        walk(self.path(), &mut out);
        out.sort();
        out
    }
}

/// insta settings for kadm's whole outputs: the rootfs shown as `[ROOT]`, dates, serials, hex
/// fingerprints and file sizes masked, so that a snapshot changes only when kadm's output does. Regenerate with
/// `INSTA_UPDATE=always cargo test --workspace` (or `cargo insta review`), then commit.
pub(crate) fn snapshot_settings(root: &Root) -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    let literal: String = root
        .path()
        .to_str()
        .expect("UTF-8 temp path")
        .chars()
        .flat_map(|c| {
            let special = "\\.+*?()|[]{}^$#&-~".contains(c);
            special.then_some('\\').into_iter().chain([c])
        })
        .collect();
    settings.add_filter(&literal, "[ROOT]");
    settings.add_filter(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", "[DATE]");
    settings.add_filter(r"\b[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){7,}\b", "[HEX]");
    // Bootstrap tokens are new on every run.
    settings.add_filter(r"\b[a-z0-9]{6}\.[a-z0-9]{16}\b", "[TOKEN]");
    settings.add_filter(r"\b[0-9a-f]{16,}\b", "[HEX]");
    // DER signatures and serials vary by a byte or two from one key to the next.
    settings.add_filter(r"\(\d+ bytes\)", "([SIZE] bytes)");
    // Embedded certificates and keys differ on every run.
    settings.add_filter(r"(-data:) [A-Za-z0-9+/=]+", "$1 [BASE64]");
    settings
}

/// Runs a command and returns (success, stdout, stderr).
pub(crate) fn run(cmd: &mut Command) -> (bool, String, String) {
    let out = cmd.output().expect("spawn");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A free TCP port on 127.0.0.1 (bound, then released for the server to take).
pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// Waits until something accepts TCP connections on 127.0.0.1:port (at most ~10 s).
pub(crate) fn wait_for_port(port: u16) -> bool {
    for _ in 0..200 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    false
}

/// A child process killed on drop.
pub(crate) struct Daemon(pub std::process::Child);

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A real TLS server on 127.0.0.1 (`openssl s_server -www`) that serves with `cert`/`key` and
/// demands a client certificate signed by `client_ca`; the handshake fails otherwise.
pub(crate) struct TlsServer {
    /// The port it listens on.
    pub port: u16,
    _daemon: Daemon,
}

impl TlsServer {
    /// Starts the server on a free port.
    pub(crate) fn start(cert: &Path, key: &Path, client_ca: &Path) -> Self {
        Self::start_on(free_port(), cert, key, client_ca)
    }

    /// The node's API server stand-in: serves with `apiserver.crt` of `root` on `port` and
    /// demands client certificates signed by its `ca.crt`.
    pub(crate) fn apiserver(root: &Root, port: u16) -> Self {
        let pki = root.pki();
        Self::start_on(
            port,
            &pki.join("apiserver.crt"),
            &pki.join("apiserver.key"),
            &pki.join("ca.crt"),
        )
    }

    /// Starts the server on the given port of 127.0.0.1.
    pub(crate) fn start_on(port: u16, cert: &Path, key: &Path, client_ca: &Path) -> Self {
        Self::start_chained(port, cert, key, client_ca, &[])
    }

    /// [`TlsServer::start_on`], sending after the certificate the intermediates of the PEM files
    /// `chain` as the rest of its chain (`-cert_chain`).
    pub(crate) fn start_chained(
        port: u16,
        cert: &Path,
        key: &Path,
        client_ca: &Path,
        chain: &[&Path],
    ) -> Self {
        let mut command = Command::new(Peer::Openssl.require());
        command
            .args([
                "s_server",
                "-quiet",
                "-www",
                "-Verify",
                "1",
                "-verify_return_error",
            ])
            .arg("-accept")
            .arg(format!("127.0.0.1:{port}"))
            .arg("-cert")
            .arg(cert)
            .arg("-key")
            .arg(key)
            .arg("-CAfile")
            .arg(client_ca);
        for file in chain {
            command.arg("-cert_chain").arg(file);
        }
        let child = command
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start openssl s_server");
        let daemon = Daemon(child);
        assert!(
            wait_for_port(port),
            "openssl s_server did not start on port {port}"
        );
        Self {
            port,
            _daemon: daemon,
        }
    }
}

/// `kubectl --kubeconfig <file> get --raw /`: (success, stdout, stderr).
pub(crate) fn kubectl_get_raw(kubectl: &Path, kubeconfig: &Path) -> (bool, String, String) {
    run(Command::new(kubectl)
        .arg("--kubeconfig")
        .arg(kubeconfig)
        .args(["get", "--raw", "/", "--request-timeout", "10s"]))
}

/// The container command of a static Pod manifest.
pub(crate) fn command_of(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let pod: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    pod["spec"]["containers"][0]["command"]
        .as_array()
        .unwrap_or_else(|| panic!("no command in {}", path.display()))
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// The value of `--name=` in a command.
pub(crate) fn flag<'a>(command: &'a [String], name: &str) -> &'a str {
    let prefix = format!("--{name}=");
    command
        .iter()
        .find_map(|f| f.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no --{name} in {command:?}"))
}

/// `etcdctl` at `endpoint` with the API server's etcd credentials: (success, stdout, stderr),
/// bounded by etcdctl's own timeouts.
pub(crate) fn etcdctl(
    creds: &[String; 3],
    endpoint: &str,
    args: &[&str],
) -> (bool, String, String) {
    run(Command::new(Peer::Etcdctl.require())
        .env("ETCDCTL_API", "3")
        .args(["--endpoints", endpoint])
        .args([
            "--cacert", &creds[0], "--cert", &creds[1], "--key", &creds[2],
        ])
        .args(["--dial-timeout", "2s", "--command-timeout", "3s"])
        .args(args)
        .stdin(Stdio::null()))
}
