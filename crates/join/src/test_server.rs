//! A real TLS server on 127.0.0.1 for the tests: rustls (aws-lc-rs) in a thread, serving canned
//! HTTP answers, one per connection, with a certificate the test chooses.

use std::io::{Read as _, Write as _};
use std::net::{Ipv4Addr, TcpListener};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::JoinHandle;

use kadm_pki::{CertSpec, CertifiedKey, ExtendedUsage, sign};
use kadm_test_support::fixtures::{ONE_YEAR, key};
use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

/// A serving certificate signed by `ca` for the IP addresses `ips` and DNS names `names`.
pub(crate) fn serving_cert(ca: &CertifiedKey, ips: &[&str], names: &[&str]) -> CertifiedKey {
    let spec = CertSpec {
        common_name: "kube-apiserver".into(),
        organizations: Vec::new(),
        dns_names: names.iter().map(|n| n.to_string()).collect(),
        ip_addresses: ips.iter().map(|ip| ip.parse().unwrap()).collect(),
        is_ca: false,
        extended_usages: vec![ExtendedUsage::ServerAuth],
        validity: ONE_YEAR,
    };
    sign(&spec, key(), ca).unwrap().certified
}

/// What the server sends on a connection: the whole answer, or nothing at all (it then holds the
/// connection open until the test ends, for timeouts).
#[derive(Clone)]
pub(crate) enum Answer {
    /// These bytes, then close.
    Bytes(Vec<u8>),
    /// Read the request, then say nothing for this long.
    Silence(std::time::Duration),
    /// These bytes, then keep the connection open this long (as a keep-alive server).
    Hold(Vec<u8>, std::time::Duration),
}

impl Answer {
    /// `HTTP/1.1 <status>` with a Content-Length and `body`.
    pub(crate) fn http(status: u16, body: &[u8]) -> Answer {
        let mut out = format!(
            "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .into_bytes();
        out.extend_from_slice(body);
        Answer::Bytes(out)
    }
}

/// The server: its port, how many connections it served, and its thread.
pub(crate) struct Server {
    /// The port on 127.0.0.1.
    pub port: u16,
    served: Arc<AtomicUsize>,
    _thread: JoinHandle<()>,
}

impl Server {
    /// Serves `answers` in turn (the last one again once they run out) with `cert`.
    pub(crate) fn start(cert: &CertifiedKey, answers: Vec<Answer>) -> Server {
        let chain = vec![CertificateDer::from(cert.cert.der().to_vec())];
        let key = PrivateKeyDer::from_pem_slice(cert.key.to_pem().as_bytes()).unwrap();
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::aws_lc_rs::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .unwrap();
        let config = Arc::new(config);
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        let port = listener.local_addr().unwrap().port();
        let served = Arc::new(AtomicUsize::new(0));
        let count = served.clone();
        let thread = std::thread::spawn(move || {
            for (i, tcp) in listener.incoming().enumerate() {
                let Ok(tcp) = tcp else { return };
                count.fetch_add(1, Ordering::SeqCst);
                let answer = answers[i.min(answers.len() - 1)].clone();
                let config = config.clone();
                std::thread::spawn(move || {
                    let conn = rustls::ServerConnection::new(config).unwrap();
                    let mut tls = rustls::StreamOwned::new(conn, tcp);
                    let mut request = Vec::new();
                    let mut byte = [0u8; 1];
                    while !request.ends_with(b"\r\n\r\n") {
                        match tls.read(&mut byte) {
                            Ok(1) => request.push(byte[0]),
                            _ => return,
                        }
                    }
                    match answer {
                        Answer::Bytes(bytes) => {
                            let _ = tls.write_all(&bytes);
                            tls.conn.send_close_notify();
                            let _ = tls.flush();
                        }
                        Answer::Silence(d) => std::thread::sleep(d),
                        Answer::Hold(bytes, d) => {
                            let _ = tls.write_all(&bytes);
                            let _ = tls.flush();
                            std::thread::sleep(d);
                        }
                    }
                });
            }
        });
        Server {
            port,
            served,
            _thread: thread,
        }
    }

    /// `127.0.0.1:<port>`.
    pub(crate) fn endpoint(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// How many connections it accepted so far.
    pub(crate) fn served(&self) -> usize {
        self.served.load(Ordering::SeqCst)
    }
}
