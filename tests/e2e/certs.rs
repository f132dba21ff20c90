//! `kadm init phase certs` judged by real peers: openssl reads and verifies every file, etcd serves
//! with the etcd certificates and admits only clients of its own CA; bad input fails cleanly and
//! changes nothing; a re-run reuses every byte; a dry run writes nothing.

use kadm_test_support::Peer;

use crate::support::{Daemon, Root, free_port, run, snapshot_settings};
use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The key type a PKI is generated with.
#[derive(Clone, Copy, Debug)]
enum Keys {
    /// No `--encryption-algorithm`: kubeadm's default, RSA-2048.
    DefaultRsa2048,
    /// `--encryption-algorithm ECDSA-P256`.
    EcdsaP256,
}

impl Keys {
    /// The flags that select this key type.
    fn flags(self) -> &'static [&'static str] {
        match self {
            Keys::DefaultRsa2048 => &[],
            Keys::EcdsaP256 => &["--encryption-algorithm", "ECDSA-P256"],
        }
    }

    /// The PEM label a private key of this type must carry (PKCS#1 or SEC1, as kubeadm writes).
    fn key_label(self) -> &'static str {
        match self {
            Keys::DefaultRsa2048 => "RSA PRIVATE KEY",
            Keys::EcdsaP256 => "EC PRIVATE KEY",
        }
    }

    /// The openssl command that parses and checks such a key.
    fn openssl_cmd(self) -> &'static str {
        match self {
            Keys::DefaultRsa2048 => "rsa",
            Keys::EcdsaP256 => "ec",
        }
    }

    /// Lines `openssl x509 -text` must show for a certificate with such a key, signed by such a CA.
    fn text_markers(self) -> [&'static str; 3] {
        match self {
            Keys::DefaultRsa2048 => [
                "Public Key Algorithm: rsaEncryption",
                "Public-Key: (2048 bit)",
                "Signature Algorithm: sha256WithRSAEncryption",
            ],
            Keys::EcdsaP256 => [
                "Public Key Algorithm: id-ecPublicKey",
                "NIST CURVE: P-256",
                "Signature Algorithm: ecdsa-with-SHA256",
            ],
        }
    }
}

const SERVER: &str = "TLS Web Server Authentication";
const CLIENT: &str = "TLS Web Client Authentication";
const SERVER_AND_CLIENT: &str = "TLS Web Server Authentication, TLS Web Client Authentication";

const APISERVER_SANS: &[&str] = &[
    "DNS:kubernetes",
    "DNS:kubernetes.default",
    "DNS:kubernetes.default.svc",
    "DNS:kubernetes.default.svc.cluster.local",
    "DNS:node-1",
    "IP Address:10.96.0.1",
    "IP Address:127.0.0.1",
];
const ETCD_SANS: &[&str] = &[
    "DNS:localhost",
    "DNS:node-1",
    "IP Address:127.0.0.1",
    "IP Address:0:0:0:0:0:0:0:1",
];

/// What one certificate of the PKI must look like to openssl.
struct Spec {
    /// The pair's path under the PKI directory, without `.crt`/`.key`.
    name: &'static str,
    /// The CA that signs it (its own name for a CA).
    ca: &'static str,
    /// The subject in openssl's default one-line form.
    subject: &'static str,
    /// The extended key usage; None for a CA, which has none.
    eku: Option<&'static str>,
    /// Every subject alternative name, in openssl's spelling.
    sans: &'static [&'static str],
}

impl Spec {
    fn is_ca(&self) -> bool {
        self.eku.is_none()
    }

    /// The default validity in days: notAfter minus notBefore, less the five minutes of backdating.
    fn days(&self) -> i64 {
        if self.is_ca() { 3650 } else { 365 }
    }
}

const CAS: [&str; 3] = ["ca", "front-proxy-ca", "etcd/ca"];

const SPECS: [Spec; 10] = [
    Spec {
        name: "ca",
        ca: "ca",
        subject: "CN = kubernetes",
        eku: None,
        sans: &["DNS:kubernetes"],
    },
    Spec {
        name: "apiserver",
        ca: "ca",
        subject: "CN = kube-apiserver",
        eku: Some(SERVER),
        sans: APISERVER_SANS,
    },
    Spec {
        name: "apiserver-kubelet-client",
        ca: "ca",
        subject: "O = kubeadm:cluster-admins, CN = kube-apiserver-kubelet-client",
        eku: Some(CLIENT),
        sans: &[],
    },
    Spec {
        name: "front-proxy-ca",
        ca: "front-proxy-ca",
        subject: "CN = front-proxy-ca",
        eku: None,
        sans: &["DNS:front-proxy-ca"],
    },
    Spec {
        name: "front-proxy-client",
        ca: "front-proxy-ca",
        subject: "CN = front-proxy-client",
        eku: Some(CLIENT),
        sans: &[],
    },
    Spec {
        name: "etcd/ca",
        ca: "etcd/ca",
        subject: "CN = etcd-ca",
        eku: None,
        sans: &["DNS:etcd-ca"],
    },
    Spec {
        name: "etcd/server",
        ca: "etcd/ca",
        subject: "CN = node-1",
        eku: Some(SERVER_AND_CLIENT),
        sans: ETCD_SANS,
    },
    Spec {
        name: "etcd/peer",
        ca: "etcd/ca",
        subject: "CN = node-1",
        eku: Some(SERVER_AND_CLIENT),
        sans: ETCD_SANS,
    },
    Spec {
        name: "etcd/healthcheck-client",
        ca: "etcd/ca",
        subject: "CN = kube-etcd-healthcheck-client",
        eku: Some(CLIENT),
        sans: &[],
    },
    Spec {
        name: "apiserver-etcd-client",
        ca: "etcd/ca",
        subject: "CN = kube-apiserver-etcd-client",
        eku: Some(CLIENT),
        sans: &[],
    },
];

/// Every file `certs all` writes, relative to the PKI directory, with its mode.
fn expected_files() -> Vec<(String, u32)> {
    let mut files: Vec<(String, u32)> = SPECS
        .iter()
        .flat_map(|s| {
            [
                (format!("{}.crt", s.name), 0o644),
                (format!("{}.key", s.name), 0o600),
            ]
        })
        .collect();
    files.push(("sa.key".into(), 0o600));
    files.push(("sa.pub".into(), 0o600));
    files.sort();
    files
}

/// `kadm init phase certs all` into `root`, which must succeed; returns stdout.
fn certs_all(root: &Root, keys: Keys, extra: &[&str]) -> String {
    let mut args = vec!["init", "phase", "certs", "all"];
    args.extend_from_slice(keys.flags());
    args.extend_from_slice(extra);
    let out = root.kadm(&args).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "kadm {args:?} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// A rootfs holding a complete PKI made by kadm.
fn pki_root(keys: Keys) -> Root {
    let root = Root::new();
    certs_all(&root, keys, &[]);
    root
}

/// openssl, run inside a PKI directory so that file names stay short.
struct Openssl {
    bin: PathBuf,
    dir: PathBuf,
}

impl Openssl {
    /// openssl in `dir`.
    fn new(dir: &Path) -> Self {
        Self {
            bin: Peer::Openssl.require(),
            dir: dir.to_path_buf(),
        }
    }

    /// Runs openssl: (success, stdout, stderr).
    fn run(&self, args: &[&str]) -> (bool, String, String) {
        run(Command::new(&self.bin)
            .args(args)
            .current_dir(&self.dir)
            .stdin(Stdio::null()))
    }

    /// Runs openssl, which must succeed; returns stdout.
    fn ok(&self, args: &[&str]) -> String {
        let (ok, stdout, stderr) = self.run(args);
        assert!(ok, "openssl {args:?} failed:\n{stdout}\n{stderr}");
        stdout
    }

    /// `openssl verify` of `leaf` against `ca` alone, optionally for a TLS purpose.
    fn verify(&self, ca: &str, leaf: &str, purpose: Option<&str>) -> (bool, String, String) {
        let ca = format!("{ca}.crt");
        let leaf = format!("{leaf}.crt");
        let mut args = vec!["verify"];
        if let Some(p) = purpose {
            args.extend(["-purpose", p]);
        }
        args.extend(["-CAfile", &ca, &leaf]);
        self.run(&args)
    }
}

/// The extensions `openssl x509 -ext` prints: name → (critical, value lines joined by newlines).
fn extensions(text: &str) -> BTreeMap<String, (bool, String)> {
    let mut map: BTreeMap<String, (bool, String)> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with(char::is_whitespace) {
            if let Some(entry) = current.as_ref().and_then(|name| map.get_mut(name)) {
                if !entry.1.is_empty() {
                    entry.1.push('\n');
                }
                entry.1.push_str(line.trim());
            }
        } else if let Some((name, rest)) = line.split_once(':') {
            let name = name.trim().to_string();
            map.insert(name.clone(), (rest.contains("critical"), String::new()));
            current = Some(name);
        }
    }
    map
}

/// Seconds since the epoch of an openssl ISO 8601 date (`2026-11-24 10:33:51Z`).
fn epoch_seconds(iso: &str) -> i64 {
    let bad = || panic!("unexpected openssl date {iso:?}");
    let (date, time) = iso.trim().split_once(' ').unwrap_or_else(bad);
    let d: Vec<i64> = date.split('-').map(|p| p.parse().unwrap()).collect();
    let t: Vec<i64> = time
        .trim_end_matches('Z')
        .split(':')
        .map(|p| p.parse().unwrap())
        .collect();
    let (y, m, day) = (d[0], d[1], d[2]);
    // Days since 1970-01-01 in the proleptic Gregorian calendar, with March as the first month
    // so that the leap day ends the year.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    days * 86_400 + t[0] * 3600 + t[1] * 60 + t[2]
}

fn now() -> i64 {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    i64::try_from(secs).unwrap()
}

/// Mode bits (permissions only) of a file.
fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

/// The first line of a file.
fn first_line(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines().next().unwrap_or_default().to_string()
}

/// Regular files under `dir`, relative to it, sorted.
fn files_under(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                out.push(p.strip_prefix(base).unwrap().display().to_string());
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Checks one certificate's fields, validity, key and chain with openssl.
fn check_certificate(ssl: &Openssl, spec: &Spec, keys: Keys) {
    let (name, crt, key) = (
        spec.name,
        format!("{}.crt", spec.name),
        format!("{}.key", spec.name),
    );

    let info = ssl.ok(&[
        "x509",
        "-in",
        &crt,
        "-noout",
        "-subject",
        "-ext",
        "subjectAltName,extendedKeyUsage,basicConstraints,keyUsage",
    ]);
    let subject = info.lines().next().unwrap_or_default();
    assert_eq!(subject, format!("subject={}", spec.subject), "{crt}");
    let ext = extensions(&info);

    let sans: Vec<&str> = ext
        .get("X509v3 Subject Alternative Name")
        .map(|(_, v)| v.split(", ").collect())
        .unwrap_or_default();
    let mut want_sans = spec.sans.to_vec();
    want_sans.sort_unstable();
    let mut got_sans = sans.clone();
    got_sans.sort_unstable();
    assert_eq!(got_sans, want_sans, "{crt}: subject alternative names");

    let bc = ext.get("X509v3 Basic Constraints");
    let usage = ext.get("X509v3 Key Usage");
    let eku = ext
        .get("X509v3 Extended Key Usage")
        .map(|(_, v)| v.as_str());
    if spec.is_ca() {
        assert_eq!(bc, Some(&(true, "CA:TRUE".to_string())), "{crt}");
        assert_eq!(
            usage,
            Some(&(
                true,
                "Digital Signature, Key Encipherment, Certificate Sign".to_string()
            )),
            "{crt}"
        );
        assert_eq!(eku, None, "{crt}: a CA has no extended key usage");
    } else {
        assert_eq!(bc, Some(&(true, "CA:FALSE".to_string())), "{crt}");
        assert_eq!(
            usage,
            Some(&(true, "Digital Signature, Key Encipherment".to_string())),
            "{crt}"
        );
        assert_eq!(eku, spec.eku, "{crt}: extended key usage");
    }

    // Validity: notBefore five minutes back, notAfter the period after "now".
    let dates = ssl.ok(&[
        "x509",
        "-in",
        &crt,
        "-noout",
        "-startdate",
        "-enddate",
        "-dateopt",
        "iso_8601",
    ]);
    let field = |f: &str| {
        dates
            .lines()
            .find_map(|l| l.strip_prefix(f))
            .map(epoch_seconds)
            .unwrap_or_else(|| panic!("{crt}: no {f} in {dates}"))
    };
    let (not_before, not_after) = (field("notBefore="), field("notAfter="));
    let now = now();
    assert!(
        (now - 30 * 60..=now - 4 * 60).contains(&not_before),
        "{crt}: notBefore should be backdated about five minutes: {dates}"
    );
    let lifetime = not_after - not_before - 5 * 60;
    let want = spec.days() * 86_400;
    assert!(
        (want - 120..=want + 120).contains(&lifetime),
        "{crt}: expected a validity of {} days (plus the five minutes of backdating): {dates}",
        spec.days()
    );

    let text = ssl.ok(&["x509", "-in", &crt, "-noout", "-text"]);
    for marker in keys.text_markers() {
        assert!(text.contains(marker), "{crt}: `{marker}` missing:\n{text}");
    }

    // The key: its PEM form, that openssl's own parser accepts it, that it belongs to the cert.
    assert_eq!(
        first_line(&ssl.dir.join(&crt)),
        "-----BEGIN CERTIFICATE-----"
    );
    assert_eq!(
        first_line(&ssl.dir.join(&key)),
        format!("-----BEGIN {}-----", keys.key_label()),
        "{key}"
    );
    ssl.ok(&[keys.openssl_cmd(), "-in", &key, "-check", "-noout"]);
    let from_key = ssl.ok(&["pkey", "-in", &key, "-pubout"]);
    let from_cert = ssl.ok(&["x509", "-in", &crt, "-noout", "-pubkey"]);
    assert_eq!(from_key, from_cert, "{key} is not the key of {crt}");

    // The chain: its own CA accepts it, for the purposes its EKU names; any other CA refuses it.
    let (ok, out, err) = ssl.verify(spec.ca, name, None);
    assert!(
        ok && out.contains(": OK"),
        "{crt} against {}:\n{out}{err}",
        spec.ca
    );
    for other in CAS.iter().filter(|ca| **ca != spec.ca) {
        let (ok, out, err) = ssl.verify(other, name, None);
        assert!(!ok, "{crt} must not verify against {other}:\n{out}{err}");
    }
    if let Some(eku) = spec.eku {
        for (purpose, text) in [("sslserver", SERVER), ("sslclient", CLIENT)] {
            let (ok, out, err) = ssl.verify(spec.ca, name, Some(purpose));
            assert_eq!(
                ok,
                eku.contains(text),
                "{crt} with -purpose {purpose} (EKU {eku}):\n{out}{err}"
            );
        }
    }
}

/// The whole PKI, file by file, through openssl.
fn check_pki_with_openssl(keys: Keys) {
    let root = pki_root(keys);
    let pki = root.pki();
    let ssl = Openssl::new(&pki);

    let want = expected_files();
    let names: Vec<String> = want.iter().map(|(f, _)| f.clone()).collect();
    assert_eq!(files_under(&pki), names, "files in {}", pki.display());
    for (file, want_mode) in &want {
        assert_eq!(
            mode(&pki.join(file)),
            *want_mode,
            "mode of {file} is {:o}",
            mode(&pki.join(file))
        );
    }

    for spec in &SPECS {
        check_certificate(&ssl, spec, keys);
    }

    // The service-account pair: a private key of the chosen type and its public half.
    assert_eq!(
        first_line(&pki.join("sa.key")),
        format!("-----BEGIN {}-----", keys.key_label())
    );
    assert_eq!(
        first_line(&pki.join("sa.pub")),
        "-----BEGIN PUBLIC KEY-----"
    );
    ssl.ok(&[keys.openssl_cmd(), "-in", "sa.key", "-check", "-noout"]);
    let public = ssl.ok(&["pkey", "-in", "sa.key", "-pubout"]);
    let written = std::fs::read_to_string(pki.join("sa.pub")).unwrap();
    assert_eq!(
        public.trim(),
        written.trim(),
        "sa.pub is not the public half of sa.key"
    );
    ssl.ok(&["pkey", "-pubin", "-in", "sa.pub", "-noout"]);
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn openssl_accepts_every_ecdsa_p256_certificate_and_key() {
    check_pki_with_openssl(Keys::EcdsaP256);
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn openssl_accepts_every_default_rsa_2048_certificate_and_key() {
    check_pki_with_openssl(Keys::DefaultRsa2048);
}

/// A single-member etcd cluster serving with a PKI's etcd certificates, killed on drop.
struct Etcd {
    port: u16,
    etcdctl: PathBuf,
    log: PathBuf,
    daemon: Daemon,
}

impl Etcd {
    /// Starts etcd on free ports of 127.0.0.1, with mutual TLS for clients and peers, and waits
    /// (at most ~20 s) until the healthcheck client finds it healthy.
    fn start(pki: &Path, scratch: &Path) -> Self {
        let etcd = Peer::Etcd.require();
        let etcdctl = Peer::Etcdctl.require();
        let client = free_port();
        let peer = loop {
            let p = free_port();
            if p != client {
                break p;
            }
        };
        let client_url = format!("https://127.0.0.1:{client}");
        let peer_url = format!("https://127.0.0.1:{peer}");
        let log = scratch.join("etcd.log");
        let log_file = std::fs::File::create(&log).unwrap();
        let mut cmd = Command::new(etcd);
        cmd.current_dir(pki)
            .args(["--name", "node-1", "--data-dir"])
            .arg(scratch.join("data"))
            .args(["--listen-client-urls", &client_url])
            .args(["--advertise-client-urls", &client_url])
            .args(["--listen-peer-urls", &peer_url])
            .args(["--initial-advertise-peer-urls", &peer_url])
            .args(["--initial-cluster", &format!("node-1={peer_url}")])
            .args([
                "--cert-file",
                "etcd/server.crt",
                "--key-file",
                "etcd/server.key",
            ])
            .args(["--client-cert-auth", "--trusted-ca-file", "etcd/ca.crt"])
            .args([
                "--peer-cert-file",
                "etcd/peer.crt",
                "--peer-key-file",
                "etcd/peer.key",
            ])
            .args([
                "--peer-client-cert-auth",
                "--peer-trusted-ca-file",
                "etcd/ca.crt",
            ])
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().unwrap())
            .stderr(log_file);
        // etcd 3.4 refuses to start on architectures it does not support without this.
        match std::env::consts::ARCH {
            "x86_64" => {}
            "aarch64" => {
                cmd.env("ETCD_UNSUPPORTED_ARCH", "arm64");
            }
            other => {
                cmd.env("ETCD_UNSUPPORTED_ARCH", other);
            }
        }
        let mut etcd = Etcd {
            port: client,
            etcdctl,
            log,
            daemon: Daemon(cmd.spawn().expect("start etcd")),
        };
        let health = pki.join("etcd/healthcheck-client");
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = etcd.daemon.0.try_wait().unwrap() {
                panic!("etcd exited with {status}:\n{}", read_log(&etcd.log));
            }
            if etcd.ctl(pki, &health, &["endpoint", "health"]).0 {
                return etcd;
            }
            assert!(
                Instant::now() < deadline,
                "etcd did not become healthy within 20 s:\n{}",
                read_log(&etcd.log)
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// `etcdctl` against this etcd, trusting `trust/etcd/ca.crt` for the server and
    /// authenticating with `client.crt`/`client.key`: (success, stdout, stderr). Bounded to a few
    /// seconds by etcdctl's own timeouts.
    fn ctl(&self, trust: &Path, client: &Path, args: &[&str]) -> (bool, String, String) {
        let pair = |ext: &str| {
            let mut p = client.as_os_str().to_owned();
            p.push(ext);
            p
        };
        run(Command::new(&self.etcdctl)
            .env("ETCDCTL_API", "3")
            .arg("--endpoints")
            .arg(format!("https://127.0.0.1:{}", self.port))
            .arg("--cacert")
            .arg(trust.join("etcd/ca.crt"))
            .arg("--cert")
            .arg(pair(".crt"))
            .arg("--key")
            .arg(pair(".key"))
            .args(["--dial-timeout", "2s", "--command-timeout", "3s"])
            .args(args)
            .stdin(Stdio::null()))
    }
}

fn read_log(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// etcd accepts the API server's and the healthcheck's client certificates, and refuses a client
/// certificate from another etcd CA; etcdctl trusts etcd's serving certificate through etcd/ca.
fn check_pki_with_etcd(keys: Keys) {
    let root = pki_root(keys);
    let other = pki_root(keys);
    let scratch = tempfile::tempdir().unwrap();
    let pki = root.pki();
    let etcd = Etcd::start(&pki, scratch.path());

    for (i, client) in ["apiserver-etcd-client", "etcd/healthcheck-client"]
        .into_iter()
        .enumerate()
    {
        let client = pki.join(client);
        let key = format!("/kadm/test/{i}");
        let (ok, out, err) = etcd.ctl(&pki, &client, &["put", &key, "v1"]);
        assert!(
            ok && out.trim() == "OK",
            "put with {}:\n{out}{err}",
            client.display()
        );
        let (ok, out, err) = etcd.ctl(&pki, &client, &["get", &key, "--print-value-only"]);
        assert!(ok, "get with {}:\n{out}{err}", client.display());
        assert_eq!(out.trim(), "v1", "get with {}", client.display());
    }

    // A client certificate from another cluster's etcd CA is refused at the TLS handshake.
    let stranger = other.pki().join("apiserver-etcd-client");
    let (ok, out, err) = etcd.ctl(&pki, &stranger, &["get", "/kadm/test/0"]);
    assert!(!ok, "etcd accepted a client of another CA:\n{out}{err}");
    assert!(!out.contains("v1"), "{out}");
    let log = read_log(&etcd.log);
    assert!(
        log.contains("certificate signed by unknown authority"),
        "etcd should log why it refused the client:\n{log}"
    );

    // And a client that trusts another etcd CA refuses etcd's serving certificate.
    let (ok, out, err) = etcd.ctl(
        &other.pki(),
        &pki.join("apiserver-etcd-client"),
        &["get", "/kadm/test/0"],
    );
    assert!(!ok, "etcdctl trusted a server of another CA:\n{out}{err}");
}

#[test]
#[cfg_attr(
    any(kadm_skip_etcd, kadm_skip_etcdctl),
    ignore = "needs etcd and etcdctl, not found"
)]
fn etcd_serves_with_ecdsa_p256_certificates_and_admits_only_its_clients() {
    check_pki_with_etcd(Keys::EcdsaP256);
}

#[test]
#[cfg_attr(
    any(kadm_skip_etcd, kadm_skip_etcdctl),
    ignore = "needs etcd and etcdctl, not found"
)]
fn etcd_serves_with_rsa_2048_certificates_and_admits_only_its_clients() {
    check_pki_with_etcd(Keys::DefaultRsa2048);
}

/// The paths whose bytes differ between two snapshots (added, removed or changed).
fn changed(before: &[(PathBuf, Vec<u8>)], after: &[(PathBuf, Vec<u8>)]) -> Vec<PathBuf> {
    let a: BTreeMap<_, _> = before.iter().map(|(p, b)| (p, b)).collect();
    let b: BTreeMap<_, _> = after.iter().map(|(p, b)| (p, b)).collect();
    let paths: std::collections::BTreeSet<_> = a.keys().chain(b.keys()).collect();
    paths
        .into_iter()
        .filter(|p| a.get(*p) != b.get(*p))
        .map(|p| p.to_path_buf())
        .collect()
}

/// Runs kadm with `args`, which must fail with every `needle` on stderr, leave every byte of the
/// rootfs as it was, and show no key material of the rootfs; returns stderr.
fn assert_refused(root: &Root, args: &[&str], needles: &[&str]) -> String {
    let before = root.snapshot();
    let out = root.kadm(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let secrets: Vec<String> = before
        .iter()
        .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
        .filter(|text| text.contains("PRIVATE KEY-----"))
        .flat_map(|pem| crate::leaks::secret_forms(&pem))
        .collect();
    let all = format!("{}{stderr}", String::from_utf8_lossy(&out.stdout));
    if let Some(found) = crate::leaks::leak(&all, &secrets) {
        panic!("kadm {args:?} printed key material ({found}):\n{all}");
    }
    assert!(
        !out.status.success(),
        "kadm {args:?} should fail:\n{}\n{stderr}",
        String::from_utf8_lossy(&out.stdout)
    );
    for needle in needles {
        assert!(
            stderr.contains(needle),
            "stderr lacks {needle:?}:\n{stderr}"
        );
    }
    let diff = changed(&before, &root.snapshot());
    assert!(diff.is_empty(), "kadm {args:?} changed files: {diff:?}");
    stderr
}

const CERTS_ECDSA: &[&str] = &[
    "init",
    "phase",
    "certs",
    "all",
    "--encryption-algorithm",
    "ECDSA-P256",
];

/// A file under the PKI directory, as a string for the needles.
fn pki_file(root: &Root, name: &str) -> String {
    root.pki().join(name).display().to_string()
}

#[test]
fn malformed_ca_certificate_is_refused() {
    let root = pki_root(Keys::EcdsaP256);
    std::fs::write(
        root.pki().join("ca.crt"),
        "-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    assert_refused(
        &root,
        CERTS_ECDSA,
        &[&pki_file(&root, "ca.crt"), "not a PEM certificate"],
    );
}

#[test]
fn truncated_apiserver_certificate_is_refused() {
    let root = pki_root(Keys::EcdsaP256);
    let crt = root.pki().join("apiserver.crt");
    let bytes = std::fs::read(&crt).unwrap();
    std::fs::write(&crt, &bytes[..bytes.len() / 2]).unwrap();
    assert_refused(
        &root,
        CERTS_ECDSA,
        &[&pki_file(&root, "apiserver.crt"), "truncated"],
    );
}

#[test]
fn apiserver_key_of_another_certificate_is_refused() {
    let root = pki_root(Keys::EcdsaP256);
    let pki = root.pki();
    std::fs::copy(
        pki.join("front-proxy-client.key"),
        pki.join("apiserver.key"),
    )
    .unwrap();
    assert_refused(
        &root,
        CERTS_ECDSA,
        &[
            &pki_file(&root, "apiserver.key"),
            "does not match the certificate",
        ],
    );
}

#[test]
fn apiserver_pair_from_another_ca_is_refused() {
    let root = pki_root(Keys::EcdsaP256);
    let other = pki_root(Keys::EcdsaP256);
    for f in ["apiserver.crt", "apiserver.key"] {
        std::fs::copy(other.pki().join(f), root.pki().join(f)).unwrap();
    }
    assert_refused(
        &root,
        CERTS_ECDSA,
        &[
            &pki_file(&root, "apiserver.crt"),
            "not signed by the CA",
            &pki_file(&root, "ca.crt"),
        ],
    );
}

/// Writes into `pki` a P-256 CA named `kubernetes` that was valid for one day in January 2020,
/// issued with `openssl ca`, the one openssl 3.0 command that takes explicit dates.
fn write_expired_ca(ssl: &Path, pki: &Path) {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    std::fs::write(
        dir.join("ca.cnf"),
        "[ca]\ndefault_ca = expired\n\
         [expired]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n\
         default_md = sha256\npolicy = anything\nx509_extensions = v3_ca\nunique_subject = no\n\
         [anything]\ncommonName = supplied\n\
         [v3_ca]\nbasicConstraints = critical, CA:TRUE\n\
         keyUsage = critical, digitalSignature, keyEncipherment, keyCertSign\n\
         subjectKeyIdentifier = hash\n",
    )
    .unwrap();
    std::fs::write(dir.join("index.txt"), "").unwrap();
    std::fs::write(dir.join("serial"), "01\n").unwrap();
    let openssl = |args: &[&str]| {
        let (ok, out, err) = run(Command::new(ssl).args(args).current_dir(dir));
        assert!(ok, "openssl {args:?}:\n{out}{err}");
    };
    openssl(&[
        "genpkey",
        "-algorithm",
        "EC",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-out",
        "ca.key",
    ]);
    openssl(&[
        "req",
        "-new",
        "-key",
        "ca.key",
        "-subj",
        "/CN=kubernetes",
        "-out",
        "ca.csr",
    ]);
    openssl(&[
        "ca",
        "-batch",
        "-config",
        "ca.cnf",
        "-selfsign",
        "-keyfile",
        "ca.key",
        "-in",
        "ca.csr",
        "-out",
        "ca.crt",
        "-notext",
        "-startdate",
        "20200101000000Z",
        "-enddate",
        "20200102000000Z",
    ]);
    std::fs::create_dir_all(pki).unwrap();
    for f in ["ca.crt", "ca.key"] {
        std::fs::copy(dir.join(f), pki.join(f)).unwrap();
    }
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn expired_ca_is_refused() {
    let ssl = Peer::Openssl.require();
    let root = Root::new();
    write_expired_ca(&ssl, &root.pki());
    assert_refused(
        &root,
        CERTS_ECDSA,
        &[&pki_file(&root, "ca.crt"), "expired on 2020-01-02"],
    );
}

#[test]
fn unknown_encryption_algorithm_is_refused_from_flag_and_file() {
    let root = Root::new();
    assert_refused(
        &root,
        &[
            "init",
            "phase",
            "certs",
            "all",
            "--encryption-algorithm",
            "RSA-1024",
        ],
        // clap refuses it, listing the choices.
        &["--encryption-algorithm", "'RSA-1024'", "ECDSA-P256"],
    );
    let file = root.path().join("kadm.yaml");
    std::fs::write(
        &file,
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nencryptionAlgorithm: DSA\n",
    )
    .unwrap();
    let file = file.display().to_string();
    assert_refused(
        &root,
        &["init", "phase", "certs", "all", "--config", &file],
        &[&file, "encryptionAlgorithm", "\"DSA\""],
    );
}

#[test]
fn invalid_service_cidr_is_refused() {
    let root = Root::new();
    assert_refused(
        &root,
        &[
            "init",
            "phase",
            "certs",
            "all",
            "--service-cidr",
            "10.96.0.0/33",
        ],
        &["--service-cidr", "10.96.0.0/33"],
    );
}

#[test]
fn invalid_extra_san_is_refused() {
    let root = Root::new();
    assert_refused(
        &root,
        &[
            "init",
            "phase",
            "certs",
            "all",
            "--apiserver-cert-extra-sans",
            "bad name!",
        ],
        &["--apiserver-cert-extra-sans", "\"bad name!\""],
    );
}

#[test]
fn cert_dir_under_a_regular_file_is_refused() {
    // A path under a regular file cannot be created even by root, unlike a read-only directory.
    let root = Root::new();
    std::fs::write(root.join("/file"), "not a directory\n").unwrap();
    assert_refused(
        &root,
        &[
            "init",
            "phase",
            "certs",
            "all",
            "--encryption-algorithm",
            "ECDSA-P256",
            "--cert-dir",
            "/file/pki",
        ],
        &[
            &root.join("/file/pki").display().to_string(),
            "file: is a regular file, not a directory",
        ],
    );
}

#[test]
fn second_run_reuses_every_byte() {
    let root = pki_root(Keys::EcdsaP256);
    let before = root.snapshot();
    let stdout = certs_all(&root, Keys::EcdsaP256, &[]);
    let diff = changed(&before, &root.snapshot());
    assert!(diff.is_empty(), "the second run changed {diff:?}");
    for spec in &SPECS {
        let line = if spec.is_ca() {
            format!(
                "[certs] Using existing {} certificate authority\n",
                spec.name
            )
        } else {
            format!(
                "[certs] Using existing {} certificate and key on disk\n",
                spec.name
            )
        };
        assert!(stdout.contains(&line), "missing {line:?} in:\n{stdout}");
    }
    assert!(
        stdout.contains("[certs] Using the existing \"sa\" key\n"),
        "{stdout}"
    );
    assert!(!stdout.contains("Generating"), "{stdout}");
}

#[test]
fn dry_run_writes_nothing_and_lists_every_file() {
    let root = Root::new();
    let stdout = certs_all(&root, Keys::EcdsaP256, &["--dry-run"]);
    assert!(root.snapshot().is_empty(), "a dry run wrote files");
    // Every file with its mode, no contents.
    snapshot_settings(&root).bind(|| insta::assert_snapshot!("certs-all-dry-run", stdout));
}

#[test]
fn refusal_states_the_reason_once() {
    let root = pki_root(Keys::EcdsaP256);
    std::fs::write(
        root.pki().join("apiserver.crt"),
        "-----BEGIN CERTIFICATE-----\n",
    )
    .unwrap();
    let stderr = assert_refused(&root, CERTS_ECDSA, &["apiserver.crt"]);
    assert_eq!(
        stderr.matches("not a PEM certificate").count(),
        1,
        "the reason should be stated once:\n{stderr}"
    );
}
