use std::time::{Duration, Instant};

use kadm_test_support::fixtures::new_ca;

use super::*;
use crate::test_server::{Answer, Server, serving_cert};

const PATH: &str = "/api/v1/namespaces/kube-public/configmaps/cluster-info";
const SHORT: Duration = Duration::from_secs(5);

fn endpoint(server: &Server) -> Endpoint {
    Endpoint::parse(&server.endpoint()).unwrap()
}

#[test]
fn endpoints_parse_as_kubeadm_writes_them() {
    let e = Endpoint::parse("10.0.0.1:6443").unwrap();
    assert_eq!((e.host.as_str(), e.port), ("10.0.0.1", 6443));
    assert_eq!(e.url(), "https://10.0.0.1:6443");
    let e = Endpoint::parse("https://cp.example:443/").unwrap();
    assert_eq!((e.host.as_str(), e.port), ("cp.example", 443));
    let e = Endpoint::parse("[fd00::1]:6443").unwrap();
    assert_eq!(e.host, "fd00::1");
    assert_eq!(e.url(), "https://[fd00::1]:6443");
    for bad in [
        "10.0.0.1",
        "fd00::1:6443",
        ":6443",
        "h:0",
        "h:x",
        "a b:1",
        "h/p:1",
    ] {
        assert_eq!(Endpoint::parse(bad), None, "{bad}");
    }
}

#[test]
fn an_unverified_get_reads_any_server_and_a_pinned_get_only_the_cas() {
    let ca = new_ca("kubernetes");
    let server = Server::start(
        &serving_cert(&ca, &["127.0.0.1"], &[]),
        vec![Answer::http(200, b"{\"kind\":\"ConfigMap\"}")],
    );
    let got = get(&endpoint(&server), PATH, Trust::Unverified, SHORT).unwrap();
    assert_eq!(got.status, 200);
    assert_eq!(got.body, b"{\"kind\":\"ConfigMap\"}");
    let got = get(&endpoint(&server), PATH, Trust::Ca(ca.cert.der()), SHORT).unwrap();
    assert_eq!(got.status, 200);

    let other = new_ca("other");
    let e = get(&endpoint(&server), PATH, Trust::Ca(other.cert.der()), SHORT).unwrap_err();
    assert!(matches!(e, FetchError::Tls(_)), "{e:?}");
    assert!(!e.is_transient());
}

#[test]
fn a_pinned_get_checks_the_host_name() {
    let ca = new_ca("kubernetes");
    let server = Server::start(
        &serving_cert(&ca, &["10.0.0.1"], &["kubernetes"]),
        vec![Answer::http(200, b"{}")],
    );
    let e = get(&endpoint(&server), PATH, Trust::Ca(ca.cert.der()), SHORT).unwrap_err();
    let FetchError::Tls(cause) = e else {
        panic!("{e:?}")
    };
    assert!(cause.to_string().contains("not valid for name"), "{cause}");
}

#[test]
fn chunked_and_close_delimited_bodies_are_read_and_status_codes_kept() {
    let ca = new_ca("kubernetes");
    let cert = serving_cert(&ca, &["127.0.0.1"], &[]);
    let chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3;x=y\r\n:1}\r\n0\r\n\r\n";
    let close = b"HTTP/1.0 200 ok\r\nContent-type: text/plain\r\n\r\n{\"b\":2}";
    let server = Server::start(
        &cert,
        vec![
            Answer::Bytes(chunked.to_vec()),
            Answer::Bytes(close.to_vec()),
            Answer::http(403, b"forbidden"),
        ],
    );
    let e = endpoint(&server);
    assert_eq!(
        get(&e, PATH, Trust::Unverified, SHORT).unwrap().body,
        b"{\"a\":1}"
    );
    assert_eq!(
        get(&e, PATH, Trust::Unverified, SHORT).unwrap().body,
        b"{\"b\":2}"
    );
    let denied = get(&e, PATH, Trust::Unverified, SHORT).unwrap();
    assert_eq!(
        (denied.status, denied.body.as_slice()),
        (403, &b"forbidden"[..])
    );
}

#[test]
fn a_server_that_keeps_the_connection_open_is_read_by_its_framing() {
    let ca = new_ca("kubernetes");
    let cert = serving_cert(&ca, &["127.0.0.1"], &[]);
    let Answer::Bytes(whole) = Answer::http(200, b"{}") else {
        unreachable!()
    };
    let chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n";
    let hold = Duration::from_secs(10);
    let server = Server::start(
        &cert,
        vec![
            Answer::Hold(whole, hold),
            Answer::Hold(chunked.to_vec(), hold),
        ],
    );
    for _ in 0..2 {
        let start = Instant::now();
        let got = get(&endpoint(&server), PATH, Trust::Unverified, SHORT).unwrap();
        assert_eq!(got.body, b"{}");
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "{:?}",
            start.elapsed()
        );
    }
}

#[test]
fn answers_are_bounded_in_size_and_time() {
    let ca = new_ca("kubernetes");
    let cert = serving_cert(&ca, &["127.0.0.1"], &[]);
    let huge = Answer::http(200, &vec![b'x'; MAX_RESPONSE + 1]);
    let server = Server::start(&cert, vec![huge]);
    let e = get(&endpoint(&server), PATH, Trust::Unverified, SHORT).unwrap_err();
    assert!(matches!(e, FetchError::TooLarge), "{e:?}");

    let server = Server::start(&cert, vec![Answer::Silence(Duration::from_secs(10))]);
    let start = Instant::now();
    let e = get(
        &endpoint(&server),
        PATH,
        Trust::Unverified,
        Duration::from_millis(300),
    )
    .unwrap_err();
    assert!(matches!(e, FetchError::Timeout(_)), "{e:?}");
    assert!(e.is_transient());
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn nothing_listening_is_a_transient_connect_error() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let e = Endpoint::parse(&format!("127.0.0.1:{port}")).unwrap();
    let err = get(&e, PATH, Trust::Unverified, SHORT).unwrap_err();
    assert!(matches!(err, FetchError::Connect(_)), "{err:?}");
    assert!(err.is_transient());
}

#[test]
fn malformed_answers_are_refused() {
    for (raw, what) in [
        (
            &b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort"[..],
            "shorter",
        ),
        (b"SSH-2.0-OpenSSH\r\n\r\n", "status line"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 3", "end of the header"),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
            "cut chunk",
        ),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            "chunk size",
        ),
    ] {
        let e = parse_response(raw).map(|(r, _)| r).unwrap_err();
        assert!(e.to_string().contains(what), "{what}: {e}");
    }
    let (ok, framing) =
        parse_response(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA").unwrap();
    assert_eq!((ok.body.as_slice(), framing), (&b"ok"[..], Framing::Length));
}
