//! The one HTTPS request token discovery makes: `GET` of a path on `host:port` over rustls with
//! the aws-lc-rs provider, HTTP/1.1 by hand (`Connection: close`), every step bounded: the
//! connect and each read by a timeout, the answer by [`MAX_RESPONSE`] bytes.
//!
//! Two kinds of trust: [`Trust::Unverified`] accepts any server certificate (the first request
//! of token discovery, whose answer is then checked by its signature), still checking that the
//! server holds the key of the certificate it shows; [`Trust::Ca`] accepts only a chain to that
//! CA certificate naming the endpoint's host (an IP address or a DNS name).

use std::io::{self, Read as _, Write as _};
use std::net::{IpAddr, TcpStream, ToSocketAddrs as _};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, verify_tls12_signature, verify_tls13_signature};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, ClientConnection, DigitallySignedStruct, RootCertStore};

/// The most bytes read of one answer, head and body together.
pub const MAX_RESPONSE: usize = 1 << 20;

/// `host:port` of an API server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// A DNS name or an IP address (without brackets).
    pub host: String,
    /// The TCP port.
    pub port: u16,
}

impl Endpoint {
    /// Parses `host:port`, `[v6]:port`, with or without a leading `https://` and a trailing `/`.
    pub fn parse(text: &str) -> Option<Endpoint> {
        let text = text.trim();
        let text = text.strip_prefix("https://").unwrap_or(text);
        let text = text.strip_suffix('/').unwrap_or(text);
        let (host, port) = text.rsplit_once(':')?;
        let host = match host.strip_prefix('[') {
            Some(v6) => v6
                .strip_suffix(']')?
                .parse::<std::net::Ipv6Addr>()
                .ok()?
                .to_string(),
            None if host.contains(':') => return None,
            None => host.to_string(),
        };
        let port = port.parse().ok().filter(|p| *p != 0)?;
        let name_ok = host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-.:".contains(&b));
        (!host.is_empty() && name_ok).then_some(Endpoint { host, port })
    }

    /// `https://host:port` (brackets around an IPv6 address).
    pub fn url(&self) -> String {
        format!("https://{}", self.authority())
    }

    /// `host:port`, as the `Host` header takes it.
    fn authority(&self) -> String {
        match self.host.parse::<IpAddr>() {
            Ok(IpAddr::V6(ip)) => format!("[{ip}]:{}", self.port),
            _ => format!("{}:{}", self.host, self.port),
        }
    }
}

/// Whom the request trusts.
#[derive(Debug, Clone, Copy)]
pub enum Trust<'a> {
    /// Any certificate: the answer must prove itself some other way.
    Unverified,
    /// Only a chain to this CA certificate (DER) that names the endpoint's host.
    Ca(&'a [u8]),
}

/// An HTTP answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// The body, de-chunked.
    pub body: Vec<u8>,
}

/// Why a request failed.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The name does not resolve, or nothing accepts the connection.
    #[error("cannot connect")]
    Connect(#[source] io::Error),
    /// A connect or a read took longer than its timeout.
    #[error("no answer within {}", kadm_config::go_duration(*.0))]
    Timeout(Duration),
    /// The TLS handshake failed (for [`Trust::Ca`]: the server is not one the CA vouches for).
    #[error("TLS")]
    Tls(#[source] rustls::Error),
    /// The connection broke.
    #[error("the connection broke")]
    Io(#[source] io::Error),
    /// The answer is larger than [`MAX_RESPONSE`].
    #[error("the answer is larger than {MAX_RESPONSE} bytes")]
    TooLarge,
    /// The answer is not HTTP/1.x.
    #[error("the answer is not HTTP/1.x: {0}")]
    Malformed(&'static str),
}

impl FetchError {
    /// Whether trying again later may succeed (the server is not up yet, or was slow).
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            FetchError::Connect(_) | FetchError::Timeout(_) | FetchError::Io(_)
        )
    }
}

/// `GET path` on `endpoint` trusting `trust`; the connect and each read wait at most `timeout`.
pub fn get(
    endpoint: &Endpoint,
    path: &str,
    trust: Trust<'_>,
    timeout: Duration,
) -> Result<Response, FetchError> {
    let config = client_config(trust)?;
    let name = match endpoint.host.parse::<IpAddr>() {
        Ok(ip) => ServerName::IpAddress(ip.into()),
        Err(_) => ServerName::try_from(endpoint.host.clone())
            .map_err(|_| FetchError::Tls(rustls::Error::General("bad server name".into())))?,
    };
    let tcp = connect(endpoint, timeout)?;
    let conn = ClientConnection::new(Arc::new(config), name).map_err(FetchError::Tls)?;
    let mut tls = rustls::StreamOwned::new(conn, tcp);
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {}\r\nAccept: application/json\r\nUser-Agent: kadm\r\n\
         Connection: close\r\n\r\n",
        endpoint.authority()
    );
    tls.write_all(request.as_bytes())
        .and_then(|()| tls.flush())
        .map_err(|e| io_error(e, timeout))?;
    read_response(&mut tls, timeout)
}

/// A TCP connection to the first address of `endpoint` that accepts one.
fn connect(endpoint: &Endpoint, timeout: Duration) -> Result<TcpStream, FetchError> {
    let addrs = (endpoint.host.as_str(), endpoint.port)
        .to_socket_addrs()
        .map_err(FetchError::Connect)?;
    let mut last = io::Error::new(io::ErrorKind::NotFound, "the name has no address");
    for addr in addrs {
        match TcpStream::connect_timeout(&addr, timeout) {
            Ok(tcp) => {
                tcp.set_read_timeout(Some(timeout))
                    .and_then(|()| tcp.set_write_timeout(Some(timeout)))
                    .map_err(FetchError::Io)?;
                return Ok(tcp);
            }
            Err(e) if is_timeout(&e) => return Err(FetchError::Timeout(timeout)),
            Err(e) => last = e,
        }
    }
    Err(FetchError::Connect(last))
}

/// Reads the answer: until its framing (Content-Length, the last chunk) says it is whole, or the
/// server closes; at most [`MAX_RESPONSE`] bytes, and the whole read is bounded by `timeout` too,
/// so a server that trickles bytes (or keeps the connection open) cannot hold it forever.
fn read_response(
    tls: &mut rustls::StreamOwned<ClientConnection, TcpStream>,
    timeout: Duration,
) -> Result<Response, FetchError> {
    let start = Instant::now();
    let mut raw = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        let left = timeout
            .checked_sub(start.elapsed())
            .filter(|d| !d.is_zero())
            .ok_or(FetchError::Timeout(timeout))?;
        tls.sock
            .set_read_timeout(Some(left))
            .map_err(FetchError::Io)?;
        match tls.read(&mut chunk) {
            Ok(0) => return parse_response(&raw).map(|(answer, _)| answer),
            Ok(n) => {
                if raw.len() + n > MAX_RESPONSE {
                    return Err(FetchError::TooLarge);
                }
                raw.extend_from_slice(&chunk[..n]);
                if let Ok((answer, Framing::Length | Framing::Chunked)) = parse_response(&raw) {
                    return Ok(answer);
                }
            }
            // A server that closes without TLS close_notify: the framing (Content-Length, chunks)
            // or the body's own checks (JSON, the signature) catch a cut answer.
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof && !raw.is_empty() => {
                return parse_response(&raw).map(|(answer, _)| answer);
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(io_error(e, timeout)),
        }
    }
}

fn is_timeout(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock
    )
}

/// An I/O error of the TLS stream: a timeout, a TLS failure, or a broken connection.
fn io_error(e: io::Error, timeout: Duration) -> FetchError {
    if is_timeout(&e) {
        return FetchError::Timeout(timeout);
    }
    match e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>())
    {
        Some(tls) => FetchError::Tls(tls.clone()),
        None => FetchError::Io(e),
    }
}

fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::aws_lc_rs::default_provider())
}

/// The TLS client settings for `trust`: TLS 1.2 and 1.3, no client certificate, ALPN http/1.1.
fn client_config(trust: Trust<'_>) -> Result<ClientConfig, FetchError> {
    let builder = ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(FetchError::Tls)?;
    let mut config = match trust {
        Trust::Unverified => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AnyCertificate(provider())))
            .with_no_client_auth(),
        Trust::Ca(der) => {
            let mut roots = RootCertStore::empty();
            roots
                .add(CertificateDer::from(der.to_vec()))
                .map_err(FetchError::Tls)?;
            builder.with_root_certificates(roots).with_no_client_auth()
        }
    };
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// Accepts any certificate, but still checks the handshake's signatures: the server must hold
/// the key of the certificate it shows.
#[derive(Debug)]
struct AnyCertificate(Arc<CryptoProvider>);

impl ServerCertVerifier for AnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// How an answer's end is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Framing {
    /// `Content-Length`.
    Length,
    /// `Transfer-Encoding: chunked`.
    Chunked,
    /// The server closes the connection.
    Close,
}

/// The status and body of an HTTP/1.x answer: the body cut at `Content-Length`, or de-chunked,
/// or all that follows the head; and how its end is known. An error for an answer cut short.
fn parse_response(raw: &[u8]) -> Result<(Response, Framing), FetchError> {
    let end = find(raw, b"\r\n\r\n").ok_or(FetchError::Malformed("no end of the header"))?;
    let head = std::str::from_utf8(&raw[..end])
        .map_err(|_| FetchError::Malformed("a header is not text"))?;
    let mut lines = head.split("\r\n");
    let mut status_line = lines.next().unwrap_or_default().splitn(3, ' ');
    if !status_line.next().is_some_and(|v| v.starts_with("HTTP/1.")) {
        return Err(FetchError::Malformed("no HTTP/1.x status line"));
    }
    let status = status_line
        .next()
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or(FetchError::Malformed("no status code"))?;
    let mut length = None;
    let mut chunked = false;
    for line in lines {
        let (name, value) = line.split_once(':').unwrap_or((line, ""));
        let value = value.trim();
        if name.eq_ignore_ascii_case("content-length") {
            length = Some(
                value
                    .parse::<usize>()
                    .map_err(|_| FetchError::Malformed("a bad Content-Length"))?,
            );
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            chunked = value.to_ascii_lowercase().ends_with("chunked");
        }
    }
    let rest = &raw[end + 4..];
    let (body, framing) = if chunked {
        (dechunk(rest)?, Framing::Chunked)
    } else if let Some(length) = length {
        let body = rest.get(..length).ok_or(FetchError::Malformed(
            "the body is shorter than its Content-Length",
        ))?;
        (body.to_vec(), Framing::Length)
    } else {
        (rest.to_vec(), Framing::Close)
    };
    Ok((Response { status, body }, framing))
}

/// The body of a chunked transfer; it must end with its last (empty) chunk.
fn dechunk(mut rest: &[u8]) -> Result<Vec<u8>, FetchError> {
    let mut body = Vec::new();
    loop {
        let line_end = find(rest, b"\r\n").ok_or(FetchError::Malformed("a cut chunk"))?;
        let size_text = std::str::from_utf8(&rest[..line_end])
            .map_err(|_| FetchError::Malformed("a bad chunk size"))?;
        let size_text = size_text.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16)
            .map_err(|_| FetchError::Malformed("a bad chunk size"))?;
        rest = &rest[line_end + 2..];
        if size == 0 {
            return Ok(body);
        }
        let chunk = rest
            .get(..size)
            .ok_or(FetchError::Malformed("a cut chunk"))?;
        body.extend_from_slice(chunk);
        rest = rest
            .get(size..)
            .and_then(|r| r.strip_prefix(b"\r\n"))
            .ok_or(FetchError::Malformed("a chunk without its line end"))?;
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests;
