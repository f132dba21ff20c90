//! Membership against real etcd 3.4 members on loopback addresses: list, add, start the added
//! member with the planned `--initial-cluster`, remove; and the bounded, named failures.

use std::net::TcpListener;
use std::path::Path;
use std::time::{Duration, Instant};

use kadm_etcd_member::{EtcdClientTls, EtcdError, JoinPlan, Members, initial_cluster, plan_join};
use kadm_test_support::etcd::{
    EtcdProcess, EtcdTls, MemberSpec, TestPki, etcdctl, free_port_on, wait_cluster_healthy,
};

const TIMEOUT: Duration = Duration::from_secs(10);

fn client_tls(tls: &EtcdTls) -> EtcdClientTls {
    let [ca_pem, cert_pem, key_pem] = tls.read();
    EtcdClientTls {
        ca_pem,
        cert_pem,
        key_pem,
    }
}

/// A started one-member cluster `cp-1` on 127.0.0.1, healthy.
fn first_member(dir: &Path, pki: &TestPki, client: &EtcdTls) -> (MemberSpec, EtcdProcess) {
    let spec = MemberSpec::new(
        "cp-1",
        "127.0.0.1",
        dir.join("data-1"),
        pki.member("cp-1", "127.0.0.1"),
    );
    let etcd = EtcdProcess::start(&spec.args(), &dir.join("cp-1.log"));
    etcd.wait_healthy(client, &spec.client_url(), Duration::from_secs(20));
    (spec, etcd)
}

#[test]
#[cfg_attr(
    any(kadm_skip_etcd, kadm_skip_etcdctl),
    ignore = "needs etcd and etcdctl, not found"
)]
#[allow(
    clippy::print_stderr,
    reason = "reports the measured time of a member add and remove"
)]
fn a_member_is_added_started_from_the_planned_initial_cluster_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let pki = TestPki::new(&dir.path().join("pki"));
    let client = pki.client("kube-apiserver-etcd-client");
    let (one, first) = first_member(dir.path(), &pki, &client);

    let mut members = Members::connect(&[one.client_url()], &client_tls(&client), TIMEOUT).unwrap();
    assert_eq!(members.endpoint(), one.client_url());
    let before = members.list().unwrap();
    assert_eq!(before.len(), 1, "{before:?}");
    assert_eq!(before[0].name, "cp-1");
    assert_eq!(before[0].peer_urls, [one.peer_url()]);
    assert_eq!(before[0].client_urls, [one.client_url()]);

    let mut two = MemberSpec::new(
        "cp-2",
        "127.0.0.2",
        dir.path().join("data-2"),
        pki.member("cp-2", "127.0.0.2"),
    );
    assert_eq!(
        plan_join(&before, "cp-2", &two.peer_url()),
        Ok(JoinPlan::Add)
    );
    let started = Instant::now();
    let (id, after) = members.add(&two.peer_url()).unwrap();
    eprintln!("member add took {:?}", started.elapsed());
    assert_eq!(after.len(), 2, "{after:?}");
    let added = after.iter().find(|m| m.id == id).unwrap();
    assert!(
        !added.is_started() && added.client_urls.is_empty(),
        "{added:?}"
    );
    assert_eq!(added.peer_urls, [two.peer_url()]);
    // A re-run of the join finds the member it added.
    assert_eq!(
        plan_join(&members.list().unwrap(), "cp-2", &two.peer_url()),
        Ok(JoinPlan::Reuse(id))
    );

    two.initial_cluster = Some(initial_cluster(&after, "cp-2", &two.peer_url()));
    let second = EtcdProcess::start(&two.args(), &dir.path().join("cp-2.log"));
    wait_cluster_healthy(
        &client,
        &one.client_url(),
        2,
        Duration::from_secs(30),
        &[&first, &second],
    );
    let (ok, list, err) = etcdctl(&client, &one.client_url(), &["member", "list"]);
    assert!(ok, "{err}");
    assert_eq!(list.matches(", started, ").count(), 2, "{list}");
    let names: Vec<String> = members
        .list()
        .unwrap()
        .into_iter()
        .map(|m| m.name)
        .collect();
    assert_eq!(names.len(), 2);
    assert!(names.contains(&"cp-1".into()) && names.contains(&"cp-2".into()));
    // An add that finds the member already there (a retry whose first attempt went through)
    // returns that member.
    let (again, _) = members.add(&two.peer_url()).unwrap();
    assert_eq!(again, id);
    // The name is now taken: a third node that asks for it is refused.
    let refused = plan_join(&members.list().unwrap(), "cp-2", "https://127.0.0.3:2380");
    assert_eq!(refused.unwrap_err().id, id);

    // etcd refuses to remove a member that joined less than 5 s ago: remove retries until then.
    let started = Instant::now();
    let left = members.remove(id).unwrap();
    eprintln!("member remove took {:?}", started.elapsed());
    assert_eq!(left.len(), 1, "{left:?}");
    assert_eq!(left[0].name, "cp-1");
    let (ok, list, err) = etcdctl(&client, &one.client_url(), &["member", "list"]);
    assert!(ok, "{err}");
    assert_eq!(list.lines().count(), 1, "{list}");
    assert!(list.contains("cp-1") && !list.contains("cp-2"), "{list}");
}

#[test]
fn nothing_listening_or_nothing_answering_fails_in_bounded_time_naming_the_endpoints() {
    let dir = tempfile::tempdir().unwrap();
    let pki = TestPki::new(dir.path());
    let tls = client_tls(&pki.client("c"));
    let refused = format!("https://127.0.0.1:{}", free_port_on("127.0.0.1"));
    // Accepts connections (the kernel's backlog) but never speaks.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_url = format!("https://127.0.0.1:{}", silent.local_addr().unwrap().port());

    let started = Instant::now();
    let err = Members::connect(
        &[refused.clone(), silent_url.clone()],
        &tls,
        Duration::from_secs(1),
    )
    .unwrap_err();
    let took = started.elapsed();
    assert!(took < Duration::from_secs(4), "took {took:?}");
    assert!(matches!(err, EtcdError::Unreachable { .. }), "{err:?}");
    let text = err.to_string();
    assert!(
        text.contains(&format!("{refused}: ")) && text.contains(&format!("{silent_url}: ")),
        "{text}"
    );
    assert!(text.contains("no answer within 1s"), "{text}");
    assert!(text.contains("onnection refused"), "{text}");
}

#[test]
fn a_bad_endpoint_or_none_is_refused_before_any_connection() {
    let dir = tempfile::tempdir().unwrap();
    let pki = TestPki::new(dir.path());
    let tls = client_tls(&pki.client("c"));
    let err = Members::connect(&[], &tls, TIMEOUT).unwrap_err();
    assert!(err.to_string().contains("--etcd-endpoints"), "{err}");
    let err = Members::connect(&["http://10.0.0.1:2379".into()], &tls, TIMEOUT).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("etcd endpoint \"http://10.0.0.1:2379\" is not an https:// URL"),
        "{err}"
    );
}

#[test]
#[cfg_attr(
    any(kadm_skip_etcd, kadm_skip_etcdctl),
    ignore = "needs etcd and etcdctl, not found"
)]
fn a_client_certificate_of_another_ca_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let pki = TestPki::new(&dir.path().join("pki"));
    let client = pki.client("kube-apiserver-etcd-client");
    let (one, _first) = first_member(dir.path(), &pki, &client);

    let other = TestPki::named(&dir.path().join("other"), "other-ca");
    let stranger = other.client("kube-apiserver-etcd-client");
    let tls = EtcdClientTls {
        // The server is still verified with etcd's CA: only the client certificate is wrong.
        ca_pem: std::fs::read(pki.ca_crt()).unwrap(),
        ..client_tls(&stranger)
    };
    let started = Instant::now();
    let err = Members::connect(&[one.client_url()], &tls, TIMEOUT).unwrap_err();
    assert!(started.elapsed() < TIMEOUT + Duration::from_secs(1));
    let text = err.to_string();
    assert!(text.contains(&one.client_url()), "{text}");
    // etcd's Go names the refusal by its version: BadCertificate (3.4), UnknownCA (3.6).
    assert!(
        ["BadCertificate", "UnknownCA"]
            .iter()
            .any(|alert| text.contains(&format!(
                "received fatal alert: {alert}; it refuses this client certificate"
            ))),
        "{text}"
    );
}

#[test]
#[cfg_attr(
    any(kadm_skip_etcd, kadm_skip_etcdctl),
    ignore = "needs etcd and etcdctl, not found"
)]
#[allow(
    clippy::print_stderr,
    reason = "reports the measured time of a promotion"
)]
fn a_learner_is_added_started_and_promoted_to_a_voter() {
    let dir = tempfile::tempdir().unwrap();
    let pki = TestPki::new(&dir.path().join("pki"));
    let client = pki.client("kube-apiserver-etcd-client");
    let (one, first) = first_member(dir.path(), &pki, &client);
    let mut members = Members::connect(&[one.client_url()], &client_tls(&client), TIMEOUT).unwrap();

    let mut two = MemberSpec::new(
        "cp-2",
        "127.0.0.2",
        dir.path().join("data-2"),
        pki.member("cp-2", "127.0.0.2"),
    );
    let (id, after) = members.add_learner(&two.peer_url()).unwrap();
    let learner = after.iter().find(|m| m.id == id).unwrap();
    assert!(learner.is_learner && !learner.is_started(), "{learner:?}");
    two.initial_cluster = Some(initial_cluster(&after, "cp-2", &two.peer_url()));
    let second = EtcdProcess::start(&two.args(), &dir.path().join("cp-2.log"));

    // Promotion waits (retrying etcd's "not in sync" answer) until the learner caught up.
    let started = Instant::now();
    let promoted = members.promote(id).unwrap();
    eprintln!("member promote took {:?}", started.elapsed());
    let voter = promoted.iter().find(|m| m.id == id).unwrap();
    assert!(!voter.is_learner, "{voter:?}");
    wait_cluster_healthy(
        &client,
        &one.client_url(),
        2,
        Duration::from_secs(30),
        &[&first, &second],
    );
    let (ok, list, err) = etcdctl(&client, &one.client_url(), &["member", "list"]);
    assert!(ok, "{err}");
    assert!(
        list.contains("cp-2") && !list.contains(", true"),
        "no learner left:\n{list}"
    );
}
