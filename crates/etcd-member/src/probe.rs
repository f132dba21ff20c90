//! Why a TLS connection to a member failed, when the gRPC client cannot say.
//!
//! With TLS 1.3 the client finishes its handshake before the server has judged the client
//! certificate; a member that refuses it sends an alert the HTTP/2 client only sees as "connection
//! closed". This probe makes one plain TLS connection with the same credentials and reads the
//! member's first answer, where the alert shows.

use std::sync::Arc;
use std::time::Duration;

use tokio::io::AsyncReadExt as _;
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls::pki_types::pem::PemObject as _;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use tokio_rustls::rustls::{self, ClientConfig, RootCertStore};

use crate::client::EtcdClientTls;
use crate::error::chain;

/// What the TLS layer says about `endpoint` (`https://HOST:PORT`), or `None` when the TLS
/// connection works (the failure is elsewhere).
pub(crate) async fn tls_failure(
    endpoint: &str,
    tls: &EtcdClientTls,
    timeout: Duration,
) -> Option<String> {
    let authority = endpoint.strip_prefix("https://")?.split('/').next()?;
    let host = match authority.rsplit_once(':') {
        Some((host, _port)) => host.trim_start_matches('[').trim_end_matches(']'),
        None => authority,
    };
    let config = match client_config(tls) {
        Ok(config) => config,
        Err(reason) => return Some(reason),
    };
    let name = ServerName::try_from(host.to_string()).ok()?;
    let attempt = async {
        let tcp = TcpStream::connect(authority).await.ok()?;
        let mut stream = match TlsConnector::from(Arc::new(config))
            .connect(name, tcp)
            .await
        {
            Ok(stream) => stream,
            Err(e) => return Some(format!("TLS handshake failed: {}", chain(&e))),
        };
        let mut byte = [0u8; 1];
        match stream.read(&mut byte).await {
            Err(e) => Some(format!(
                "the member ended the TLS connection: {}; it refuses this client certificate",
                chain(&e)
            )),
            Ok(_) => None,
        }
    };
    tokio::time::timeout(timeout, attempt).await.ok().flatten()
}

/// A rustls client configuration from the PEM credentials, or why they are unusable.
fn client_config(tls: &EtcdClientTls) -> Result<ClientConfig, String> {
    let mut roots = RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(&tls.ca_pem) {
        let cert = cert.map_err(|e| format!("etcd's CA certificate is not PEM: {e}"))?;
        roots
            .add(cert)
            .map_err(|e| format!("etcd's CA certificate is unusable: {e}"))?;
    }
    let certs = CertificateDer::pem_slice_iter(&tls.cert_pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("the client certificate is not PEM: {e}"))?;
    let key = PrivateKeyDer::from_pem_slice(&tls.key_pem)
        .map_err(|_| "the client key is not a PEM private key".to_string())?;
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let mut config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots)
        .with_client_auth_cert(certs, key)
        .map_err(|e| format!("the client certificate and key do not go together: {e}"))?;
    config.alpn_protocols = vec![b"h2".to_vec()];
    Ok(config)
}
