//! Helpers shared by the end-to-end tests: the binary, a temporary rootfs, and real peer tools.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The `kadm` binary under test.
pub fn kadm() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_kadm"));
    cmd.env_remove("KUBECONFIG").env("NO_COLOR", "1");
    cmd
}

/// A temporary directory standing for `/`, removed on drop.
pub struct Root {
    dir: tempfile::TempDir,
}

impl Root {
    /// A new empty rootfs.
    pub fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// The rootfs directory.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// An absolute path inside the rootfs (`/etc/kubernetes` → `<root>/etc/kubernetes`).
    pub fn join(&self, abs: &str) -> PathBuf {
        self.dir.path().join(abs.trim_start_matches('/'))
    }

    /// The PKI directory under the rootfs.
    pub fn pki(&self) -> PathBuf {
        self.join("/etc/kubernetes/pki")
    }

    /// `kadm <args> --rootfs <root>` with a fixed node name and advertise address.
    pub fn kadm(&self, args: &[&str]) -> assert_cmd::Command {
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
    pub fn control_plane(&self, port: u16) {
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
    pub fn snapshot(&self) -> Vec<(PathBuf, Vec<u8>)> {
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

/// Whether CI is running (`CI=true`): then a missing peer tool fails the test instead of skipping.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false")
}

/// Finds a peer tool; in CI a missing tool fails the test, elsewhere the test is skipped (None).
#[allow(clippy::print_stderr, reason = "a skipped cross-check says why")]
pub fn tool(name: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(name))
            .find(|p| p.is_file())
    });
    match found {
        Some(p) => Some(p),
        None if in_ci() => panic!("{name} is required in CI (install it in .ci/run)"),
        None => {
            eprintln!("skipping: {name} not found on PATH");
            None
        }
    }
}

/// The real kubectl 1.33 (the `kubectl` on PATH is a dispatcher that contacts servers).
#[allow(clippy::print_stderr, reason = "a skipped cross-check says why")]
pub fn kubectl() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("KADM_KUBECTL") {
        return Some(PathBuf::from(p));
    }
    let beside = tool("kubectl").and_then(|k| {
        let real = std::fs::canonicalize(&k).unwrap_or(k);
        let p = real.with_file_name("kubectl.1.33");
        p.is_file().then_some(p)
    });
    let fixed = PathBuf::from("/usr/lib/google-cloud-sdk/bin/kubectl.1.33");
    match beside.or_else(|| fixed.is_file().then_some(fixed)) {
        Some(p) => Some(p),
        None if in_ci() => panic!("kubectl.1.33 is required in CI"),
        None => {
            eprintln!("skipping: kubectl.1.33 not found");
            None
        }
    }
}

/// Runs a command and returns (success, stdout, stderr).
pub fn run(cmd: &mut Command) -> (bool, String, String) {
    let out = cmd.output().expect("spawn");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A free TCP port on 127.0.0.1 (bound, then released for the server to take).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// Waits until something accepts TCP connections on 127.0.0.1:port (at most ~10 s).
pub fn wait_for_port(port: u16) -> bool {
    for _ in 0..200 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    false
}

/// A child process killed on drop.
pub struct Daemon(pub std::process::Child);

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A real TLS server on 127.0.0.1 (`openssl s_server -www`) that serves with `cert`/`key` and
/// demands a client certificate signed by `client_ca`; the handshake fails otherwise.
pub struct TlsServer {
    /// The port it listens on.
    pub port: u16,
    _daemon: Daemon,
}

impl TlsServer {
    /// Starts the server on a free port; None when openssl is missing outside CI.
    pub fn start(cert: &Path, key: &Path, client_ca: &Path) -> Option<Self> {
        Self::start_on(free_port(), cert, key, client_ca)
    }

    /// Starts the server on the given port of 127.0.0.1.
    pub fn start_on(port: u16, cert: &Path, key: &Path, client_ca: &Path) -> Option<Self> {
        let openssl = tool("openssl")?;
        let child = Command::new(openssl)
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
            .arg(client_ca)
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
        Some(Self {
            port,
            _daemon: daemon,
        })
    }
}

/// `kubectl --kubeconfig <file> get --raw /`: (success, stdout, stderr).
pub fn kubectl_get_raw(kubectl: &Path, kubeconfig: &Path) -> (bool, String, String) {
    run(Command::new(kubectl)
        .arg("--kubeconfig")
        .arg(kubeconfig)
        .args(["get", "--raw", "/", "--request-timeout", "10s"]))
}
