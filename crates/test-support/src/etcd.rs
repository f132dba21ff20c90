//! Real etcd members for tests: TLS certificates for loopback addresses, a member started from
//! its flags on free ports and killed on drop, and `etcdctl` with client credentials.
//!
//! A cluster of two on one machine: each member listens on its own loopback address
//! (127.0.0.1, 127.0.0.2, ...) with its own free ports, so tests run side by side.
//!
//! ```text
//! let pki = TestPki::new(dir);                       // or kadm's own certs: EtcdTls { .. }
//! let one = MemberSpec::new("cp-1", "127.0.0.1", dir.join("data-1"), pki.member("cp-1", "127.0.0.1"));
//! let first = EtcdProcess::start(&one.args(), &dir.join("cp-1.log"));
//! first.wait_healthy(&pki.client("root"), Duration::from_secs(20));
//! ```
//!
//! Tests that use it need `Peer::Etcd` and `Peer::Etcdctl` in their `build.rs` and
//! `#[cfg_attr(any(kadm_skip_etcd, kadm_skip_etcdctl), ignore = "needs etcd and etcdctl, not found")]`.

use std::net::{IpAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use kadm_pki::{CertSpec, CertifiedKey, ExtendedUsage, sign};

use crate::Peer;
use crate::fixtures::{ONE_YEAR, key, new_ca};

/// A CA (`ca`), a certificate (`cert`) and its key (`key`), as files: a member's serving or peer
/// credentials, or a client's.
#[derive(Debug, Clone)]
pub struct EtcdTls {
    /// The CA that verifies the other side.
    pub ca: PathBuf,
    /// This side's certificate.
    pub cert: PathBuf,
    /// Its key.
    pub key: PathBuf,
}

impl EtcdTls {
    /// The three files' bytes, in the order ca, cert, key.
    pub fn read(&self) -> [Vec<u8>; 3] {
        [&self.ca, &self.cert, &self.key]
            .map(|p| std::fs::read(p).unwrap_or_else(|e| panic!("read {}: {e}", p.display())))
    }
}

/// etcd certificates made directly with `kadm-pki` (ECDSA-P256), for tests that need no node:
/// an etcd CA in `dir`, serving and peer certificates for a member's address, client
/// certificates.
pub struct TestPki {
    dir: PathBuf,
    ca: CertifiedKey,
}

impl TestPki {
    /// A new etcd CA named `etcd-ca`, written as `dir/ca.crt`.
    pub fn new(dir: &Path) -> Self {
        Self::named(dir, "etcd-ca")
    }

    /// A new CA named `cn`, written as `dir/ca.crt` (a second one makes certificates that the
    /// first one's members refuse).
    pub fn named(dir: &Path, cn: &str) -> Self {
        std::fs::create_dir_all(dir).unwrap();
        let ca = new_ca(cn);
        std::fs::write(dir.join("ca.crt"), ca.cert.to_pem()).unwrap();
        TestPki {
            dir: dir.to_path_buf(),
            ca,
        }
    }

    /// The CA certificate's file.
    pub fn ca_crt(&self) -> PathBuf {
        self.dir.join("ca.crt")
    }

    /// A certificate for `cn` with these addresses and usages, written as `dir/<file>.crt`/`.key`.
    fn issue(&self, file: &str, cn: &str, ips: &[IpAddr], usages: Vec<ExtendedUsage>) -> EtcdTls {
        let spec = CertSpec {
            common_name: cn.to_string(),
            organizations: Vec::new(),
            dns_names: vec!["localhost".into()],
            ip_addresses: ips.to_vec(),
            is_ca: false,
            extended_usages: usages,
            validity: ONE_YEAR,
        };
        let signed = sign(&spec, key(), &self.ca).unwrap().certified;
        let tls = EtcdTls {
            ca: self.ca_crt(),
            cert: self.dir.join(format!("{file}.crt")),
            key: self.dir.join(format!("{file}.key")),
        };
        std::fs::write(&tls.cert, signed.cert.to_pem()).unwrap();
        std::fs::write(&tls.key, signed.key.to_pem()).unwrap();
        tls
    }

    /// A member's credentials for `ip` (and 127.0.0.1), for serving clients and peers alike
    /// (server and client usage, as kubeadm's etcd server and peer certificates).
    pub fn member(&self, name: &str, ip: &str) -> EtcdTls {
        let ips = [ip.parse().unwrap(), "127.0.0.1".parse().unwrap()];
        self.issue(
            name,
            name,
            &ips,
            vec![ExtendedUsage::ServerAuth, ExtendedUsage::ClientAuth],
        )
    }

    /// A client's credentials named `cn`.
    pub fn client(&self, cn: &str) -> EtcdTls {
        self.issue(cn, cn, &[], vec![ExtendedUsage::ClientAuth])
    }
}

/// A free TCP port on `ip`.
pub fn free_port_on(ip: &str) -> u16 {
    TcpListener::bind((ip, 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// How one member is started: its name, address, ports, data directory, credentials and, to
/// join an existing cluster, the `--initial-cluster` value.
#[derive(Debug, Clone)]
pub struct MemberSpec {
    /// `--name`.
    pub name: String,
    /// The loopback address it listens and advertises on.
    pub ip: String,
    /// Its client port (kubeadm's 2379, moved).
    pub client_port: u16,
    /// Its peer port (kubeadm's 2380, moved).
    pub peer_port: u16,
    /// `--data-dir` (a host path).
    pub data_dir: PathBuf,
    /// Serving and peer credentials (one certificate for both, with both usages).
    pub tls: EtcdTls,
    /// `None` starts a new one-member cluster; `Some(value)` joins an existing cluster with
    /// `--initial-cluster=value --initial-cluster-state=existing`.
    pub initial_cluster: Option<String>,
}

impl MemberSpec {
    /// A member of a new cluster on `ip` with free ports.
    pub fn new(name: &str, ip: &str, data_dir: PathBuf, tls: EtcdTls) -> Self {
        let client_port = free_port_on(ip);
        let mut peer_port = free_port_on(ip);
        while peer_port == client_port {
            peer_port = free_port_on(ip);
        }
        MemberSpec {
            name: name.into(),
            ip: ip.into(),
            client_port,
            peer_port,
            data_dir,
            tls,
            initial_cluster: None,
        }
    }

    /// `https://IP:PEER_PORT`.
    pub fn peer_url(&self) -> String {
        format!("https://{}:{}", self.ip, self.peer_port)
    }

    /// `https://IP:CLIENT_PORT`.
    pub fn client_url(&self) -> String {
        format!("https://{}:{}", self.ip, self.client_port)
    }

    /// etcd's flags for this member (kubeadm's, but the ports, addresses and paths).
    pub fn args(&self) -> Vec<String> {
        let tls = &self.tls;
        let (initial_cluster, state) = match &self.initial_cluster {
            None => (format!("{}={}", self.name, self.peer_url()), "new"),
            Some(value) => (value.clone(), "existing"),
        };
        vec![
            format!("--name={}", self.name),
            format!("--data-dir={}", self.data_dir.display()),
            format!("--listen-client-urls={}", self.client_url()),
            format!("--advertise-client-urls={}", self.client_url()),
            format!("--listen-peer-urls={}", self.peer_url()),
            format!("--initial-advertise-peer-urls={}", self.peer_url()),
            format!("--initial-cluster={initial_cluster}"),
            format!("--initial-cluster-state={state}"),
            "--client-cert-auth=true".into(),
            format!("--trusted-ca-file={}", tls.ca.display()),
            format!("--cert-file={}", tls.cert.display()),
            format!("--key-file={}", tls.key.display()),
            "--peer-client-cert-auth=true".into(),
            format!("--peer-trusted-ca-file={}", tls.ca.display()),
            format!("--peer-cert-file={}", tls.cert.display()),
            format!("--peer-key-file={}", tls.key.display()),
            "--snapshot-count=10000".into(),
        ]
    }
}

/// A running `etcd`, killed (and reaped) on drop.
pub struct EtcdProcess {
    child: Child,
    log: PathBuf,
}

impl EtcdProcess {
    /// Starts Debian's `etcd` with `args`, stdout to `log` and stderr beside it (`.err`).
    pub fn start(args: &[String], log: &Path) -> Self {
        let mut cmd = Command::new(Peer::Etcd.require());
        cmd.args(args)
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(log).unwrap())
            .stderr(std::fs::File::create(log.with_extension("err")).unwrap());
        // etcd refuses to start on architectures it does not support without this.
        if std::env::consts::ARCH != "x86_64" {
            cmd.env("ETCD_UNSUPPORTED_ARCH", std::env::consts::ARCH);
        }
        EtcdProcess {
            child: cmd.spawn().expect("start etcd"),
            log: log.to_path_buf(),
        }
    }

    /// Stops etcd as the kubelet stops a static Pod: SIGTERM (etcd hands over its leadership and
    /// finishes the requests in flight), then waits for it to exit.
    pub fn stop(&mut self) {
        let status = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -TERM etcd failed");
        self.child.wait().expect("wait for etcd");
    }

    /// What etcd logged so far.
    pub fn logs(&self) -> String {
        let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_default();
        read(&self.log) + &read(&self.log.with_extension("err"))
    }

    /// Waits until `etcdctl endpoint health` at `endpoint` passes with `client`'s credentials;
    /// panics with etcd's log after `limit`.
    pub fn wait_healthy(&self, client: &EtcdTls, endpoint: &str, limit: Duration) {
        wait_cluster_healthy(client, endpoint, 1, limit, &[self]);
    }
}

/// Waits until `etcdctl endpoint health --cluster` through `endpoint` reports `members` healthy
/// members (an added member that has not started has no client URL, so it does not count yet);
/// panics with the logs of `etcds` after `limit`.
pub fn wait_cluster_healthy(
    client: &EtcdTls,
    endpoint: &str,
    members: usize,
    limit: Duration,
    etcds: &[&EtcdProcess],
) {
    let deadline = Instant::now() + limit;
    loop {
        let (ok, out, err) = etcdctl(client, endpoint, &["endpoint", "health", "--cluster"]);
        // etcdctl 3.4 reports health on stderr.
        let report = format!("{out}{err}");
        if ok && report.matches("is healthy").count() == members {
            return;
        }
        if Instant::now() >= deadline {
            let logs: Vec<String> = etcds.iter().map(|e| e.logs()).collect();
            panic!(
                "{members} etcd member(s) not healthy through {endpoint} within {limit:?}:\n\
                 {report}\n{}",
                logs.join("\n")
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

impl Drop for EtcdProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `etcdctl` (API v3) at `endpoints` (comma-separated) with `client`'s credentials and short
/// timeouts: (success, stdout, stderr).
pub fn etcdctl(client: &EtcdTls, endpoints: &str, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(Peer::Etcdctl.require())
        .env("ETCDCTL_API", "3")
        .args(["--endpoints", endpoints])
        .arg("--cacert")
        .arg(&client.ca)
        .arg("--cert")
        .arg(&client.cert)
        .arg("--key")
        .arg(&client.key)
        .args(["--dial-timeout", "2s", "--command-timeout", "5s"])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run etcdctl");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
