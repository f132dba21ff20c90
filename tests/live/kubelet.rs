//! The real kubelet on kadm's files: a worker prepared by `kadm join` (token discovery against
//! the live API server) gets its client certificate through the TLS bootstrap, signed with kadm's
//! CA through kadm's RBAC, and registers its Node; with a two-minute signing duration it then
//! rotates that certificate through kadm's selfnodeclient binding and keeps reporting. A
//! control-plane node's kubelet, from the `kubelet.conf` of `kadm init`, registers its own.

#![allow(
    clippy::print_stderr,
    reason = "measured times go to the test's captured output"
)]

use std::net::{IpAddr, Ipv4Addr};
use std::path::Path;
use std::time::{Duration, Instant};

use kadm_test_support::Peer;
use kadm_test_support::live::LiveNode;

use crate::support::{
    ADDRESS, KUBELET_CONFIGURATION, NODE, Node, TOKEN, claim, ok, resigned_by_the_bootstrap_signer,
    text,
};

const ADMIN: &str = "/etc/kubernetes/admin.conf";
/// The worker's name and address (TEST-NET-1, in its own namespace, linked to the control
/// plane's).
const WORKER: &str = "live-worker-1";
const WORKER_ADDRESS: IpAddr = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 11));
/// How long the kubelet has for each step (a certificate, a Node), on 2 busy cores.
const KUBELET: Duration = Duration::from_secs(180);

/// The controller-manager's `extraArgs` that make the certificates it signs live two minutes.
const SHORT_SIGNING: &str =
    "controllerManager:\n  extraArgs:\n  - name: cluster-signing-duration\n    value: 2m\n";
/// The kubelet's current client certificate, a link the kubelet moves.
const CURRENT_PEM: &str = "/var/lib/kubelet/pki/kubelet-client-current.pem";

/// `kadm ARGS` run in `live`'s namespace (it reaches the API server there).
fn kadm_on(live: &LiveNode, args: &[&str]) -> Result<String, String> {
    let out = live
        .command(env!("CARGO_BIN_EXE_kadm"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("KUBECONFIG")
        .output()
        .map_err(|e| e.to_string())?;
    ok(out)
}

/// The control plane: `kadm init` with the settings its kubelet needs here
/// ([`Node::kubelet_config`]), started, every object applied but the Node of mark-control-plane.yaml (the
/// kubelet's to create).
fn control_plane(node: &Node, extra: &str) -> (serde_json::Value, LiveNode) {
    let json = node.init(&node.kubelet_config("ECDSA-P256", extra));
    let live = node.start();
    // The Node is the kubelet's to create; kadm's mark-control-plane patch would make it first.
    std::fs::remove_file(node.path("/etc/kubernetes/cluster-objects/mark-control-plane.yaml"))
        .unwrap();
    claim("kadm apply-objects applies the cluster objects", || {
        kadm_on(&live, &["apply-objects"]).map(drop)
    });
    (json, live)
}

/// The Node `name` as kubectl reads it with admin.conf: the operations of the kubelet's entries
/// in its managed fields (`Update`, for the object and for its status, when the kubelet wrote
/// them), its InternalIP and its Ready condition (`kubelet-operations|ip|ready`).
fn node_facts(live: &LiveNode, name: &str) -> Result<String, String> {
    ok(live.kubectl(
        ADMIN,
        &[
            "get",
            "node",
            name,
            "-o",
            r#"jsonpath={.metadata.managedFields[?(@.manager=="kubelet")].operation}|{.status.addresses[?(@.type=="InternalIP")].address}|{.status.conditions[?(@.type=="Ready")].status}"#,
        ],
    ))
}

#[test]
#[cfg_attr(
    kadm_skip_live,
    ignore = "needs the live peers (tests/peers/build.sh) and root"
)]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn a_worker_joined_by_kadm_gets_its_kubelet_certificate_and_registers() {
    let cp = Node::new();
    // Certificates the controller-manager signs live two minutes: the kubelet rotates its own
    // within the test.
    let (json, control) = control_plane(&cp, SHORT_SIGNING);
    // kadm's signature removed, the signer's awaited: the join verifies the signer's.
    claim("the real bootstrap signer signs cluster-info", || {
        resigned_by_the_bootstrap_signer(&control, Duration::from_secs(120)).map(drop)
    });

    let worker = Node::new();
    let live = worker.live_as(WORKER, WORKER_ADDRESS);
    live.connect(&control)
        .expect("link the worker to the control plane");
    let hash = json["join"]["caCertHash"]
        .as_str()
        .expect("join.caCertHash in kadm init -o json");
    let join_config = worker.dir.path().join("join.yaml");
    std::fs::write(
        &join_config,
        format!(
            "apiVersion: kubeadm.k8s.io/v1beta4\n\
             kind: JoinConfiguration\n\
             nodeRegistration:\n  name: {WORKER}\n  kubeletExtraArgs:\n  \
             - name: node-ip\n    value: \"{WORKER_ADDRESS}\"\n\
             timeouts:\n  discovery: 2m0s\n\
             {KUBELET_CONFIGURATION}"
        ),
    )
    .unwrap();
    claim(
        "kadm join discovers the cluster through the token, from the worker's namespace",
        || {
            let rootfs = worker.rootfs();
            kadm_on(
                &live,
                &[
                    "join",
                    &format!("{ADDRESS}:6443"),
                    "--token",
                    TOKEN,
                    "--discovery-token-ca-cert-hash",
                    hash,
                    "--config",
                    join_config.to_str().unwrap(),
                    "--rootfs",
                    rootfs.to_str().unwrap(),
                ],
            )
            .map(drop)
        },
    );
    claim(
        "the cluster's kubelet-config, which kadm join reads with the bootstrap token as \
         kubeadm's does, is the config.yaml it wrote, but for the node's runtime endpoint",
        || {
            let server = format!("https://{ADDRESS}:6443");
            let cluster = ok(live
                .command(worker.peers.kubernetes("kubectl"))
                .args(["--kubeconfig", "/dev/null", "--server", &server])
                .args(["--certificate-authority", "/etc/kubernetes/pki/ca.crt"])
                .args(["--token", TOKEN, "get", "configmap", "kubelet-config"])
                .args(["-n", "kube-system", "-o", "jsonpath={.data.kubelet}"])
                .output()
                .map_err(|e| e.to_string())?)?;
            let written = std::fs::read_to_string(worker.path("/var/lib/kubelet/config.yaml"))
                .map_err(|e| e.to_string())?;
            let without_endpoint: String = written
                .lines()
                .filter(|l| !l.starts_with("containerRuntimeEndpoint:"))
                .map(|l| format!("{l}\n"))
                .collect();
            (without_endpoint.trim_end() == cluster.trim_end())
                .then_some(())
                .ok_or_else(|| format!("the cluster's:\n{cluster}\nkadm join's:\n{written}"))
        },
    );
    claim("join leaves kubelet.conf to the kubelet", || {
        let conf = worker.path("/etc/kubernetes/kubelet.conf");
        (!conf.exists())
            .then_some(())
            .ok_or_else(|| format!("{} exists before the kubelet ran", conf.display()))
    });

    let started = Instant::now();
    live.start_kubelet(&[]).expect("start the worker's kubelet");

    claim(
        "the kubelet's CSR is approved through kadm's RBAC and issued",
        || {
            live.wait_for_kubelet("the CSR issued", KUBELET, || {
                let listed = ok(control.kubectl(
                    ADMIN,
                    &[
                        "get",
                        "csr",
                        "-o",
                        r#"jsonpath={range .items[*]}{.metadata.name}|{.spec.username}|{.spec.signerName}|{.status.conditions[?(@.type=="Approved")].reason}|{.status.certificate}{"\n"}{end}"#,
                    ],
                ))?;
                let line = listed
                    .lines()
                    .find(|l| l.contains("|system:bootstrap:abcdef|"))
                    .ok_or_else(|| format!("no CSR of the bootstrap token: {listed}"))?;
                let fields: Vec<&str> = line.split('|').collect();
                match fields.as_slice() {
                    [name, _, "kubernetes.io/kube-apiserver-client-kubelet", "AutoApproved", cert]
                        if !cert.is_empty() =>
                    {
                        Ok(name.to_string())
                    }
                    _ => Err(format!("not approved and issued yet: {line}")),
                }
            })
            .map_err(|e| e.to_string())
        },
    );
    eprintln!(
        "worker: CSR issued {:?} after the kubelet started",
        started.elapsed()
    );

    claim(
        "kubelet-client-current.pem is system:node:<worker> in system:nodes, signed by kadm's CA",
        || {
            // A link to the dated file, named as the node sees it: read inside the rootfs.
            let current = worker.path("/var/lib/kubelet/pki/kubelet-client-current.pem");
            let target = live
                .wait_for_kubelet("the client certificate written", KUBELET, || {
                    std::fs::read_link(&current).map_err(|e| format!("{}: {e}", current.display()))
                })
                .map_err(|e| e.to_string())?;
            let target = target.to_string_lossy().into_owned();
            if !target.starts_with("/var/lib/kubelet/pki/kubelet-client-") {
                return Err(format!("{} links to {target}", current.display()));
            }
            let (subject, verified) = check_certificate(
                &worker.path(&target),
                &cp.path("/etc/kubernetes/pki/ca.crt"),
                &worker.dir.path().join("client.crt"),
            )?;
            if subject != format!("CN=system:node:{WORKER},O=system:nodes") {
                return Err(format!("the subject is {subject}"));
            }
            verified
        },
    );

    claim(
        "the kubelet wrote kubelet.conf, pointing at the rotating certificate and the API server",
        || {
            let conf = worker.path("/etc/kubernetes/kubelet.conf");
            let text =
                std::fs::read_to_string(&conf).map_err(|e| format!("{}: {e}", conf.display()))?;
            let wanted = [
                "client-certificate: /var/lib/kubelet/pki/kubelet-client-current.pem".to_string(),
                "client-key: /var/lib/kubelet/pki/kubelet-client-current.pem".to_string(),
                format!("server: https://{ADDRESS}:6443"),
            ];
            match wanted.iter().find(|w| !text.contains(w.as_str())) {
                Some(missing) => Err(format!("{missing:?} missing from:\n{text}")),
                None => Ok(()),
            }
        },
    );

    claim(
        "the worker's Node registers, written by its kubelet with the worker's address",
        || {
            let facts = live
                .wait_for_kubelet("the Node registered", KUBELET, || {
                    node_facts(&control, WORKER)
                })
                .map_err(|e| e.to_string())?;
            let listed = ok(control.kubectl(ADMIN, &["get", "nodes", "-o", "name"]))?;
            if !listed.lines().any(|l| l == format!("node/{WORKER}")) {
                return Err(format!("kubectl get nodes: {listed}"));
            }
            match facts.split('|').collect::<Vec<_>>().as_slice() {
                [ops, ip, _] if ops.contains("Update") && *ip == WORKER_ADDRESS.to_string() => {
                    Ok(())
                }
                _ => Err(format!("kubelet's operation|InternalIP|Ready: {facts}")),
            }
        },
    );
    // Ready says the kubelet's own checks pass (runtime and network ready, as the fake runtime
    // answers, PLEG healthy): not that a Pod could run here.
    claim("the kubelet reports its Node Ready", || {
        live.wait_for_kubelet("the Node Ready", KUBELET, || {
            let facts = node_facts(&control, WORKER)?;
            facts
                .ends_with("|True")
                .then_some(())
                .ok_or_else(|| format!("kubelet's operation|InternalIP|Ready: {facts}"))
        })
        .map_err(|e| e.to_string())
    });
    eprintln!(
        "worker: Node Ready {:?} after the kubelet started",
        started.elapsed()
    );
    client_certificate_rotation(&cp, &worker, &control, &live);
    live.kubelet_running().expect("the kubelet still runs");
}

/// Seed: the worker's kubelet rotates its two-minute client certificate between 70% and 90% of
/// its life, the request approved through kadm's selfnodeclient binding and signed with kadm's
/// CA; the kubelet keeps reporting through the moved link, and `kadm certs check-expiration`
/// follows it.
fn client_certificate_rotation(cp: &Node, worker: &Node, control: &LiveNode, live: &LiveNode) {
    let link = worker.path(CURRENT_PEM);
    let first = std::fs::read_link(&link).expect("the first certificate's link");
    let life = claim(
        "the bootstrap certificate lives the signing duration",
        || {
            let fields = ok(std::process::Command::new(Peer::Openssl.require())
                .args([
                    "x509",
                    "-noout",
                    "-startdate",
                    "-enddate",
                    "-dateopt",
                    "iso_8601",
                    "-in",
                ])
                .arg(worker.path(&first.to_string_lossy()))
                .output()
                .map_err(|e| e.to_string())?)?;
            let date = |key: &str| -> Result<time::OffsetDateTime, String> {
                let value = fields
                    .lines()
                    .find_map(|l| l.strip_prefix(key))
                    .ok_or_else(|| format!("no {key} in {fields}"))?;
                time::OffsetDateTime::parse(
                    &value.trim().replace(' ', "T"),
                    &time::format_description::well_known::Rfc3339,
                )
                .map_err(|e| format!("{value}: {e}"))
            };
            let life = date("notAfter=")? - date("notBefore=")?;
            eprintln!("worker: the bootstrap certificate lives {life}");
            (life <= time::Duration::minutes(8))
                .then_some(life)
                .ok_or_else(|| format!("it lives {life}: {fields}"))
        },
    );
    let started = Instant::now();
    let rotated = claim(
        "the kubelet requests the next certificate and moves the link to it",
        || {
            live.wait_for_kubelet("the link to move", Duration::from_secs(480), || {
                let now = std::fs::read_link(&link).map_err(|e| e.to_string())?;
                (now != first)
                    .then_some(now)
                    .ok_or_else(|| format!("still {}", first.display()))
            })
            .map_err(|e| e.to_string())
        },
    );
    eprintln!(
        "worker: rotated {:?} after the first certificate's check (life {life})",
        started.elapsed()
    );
    claim(
        "the new certificate is system:node:<worker>, signed by kadm's CA, its CSR approved by \
         kadm's selfnodeclient binding",
        || {
            let (subject, verified) = check_certificate(
                &worker.path(&rotated.to_string_lossy()),
                &cp.path("/etc/kubernetes/pki/ca.crt"),
                &worker.dir.path().join("rotated.crt"),
            )?;
            if subject != format!("CN=system:node:{WORKER},O=system:nodes") {
                return Err(format!("the subject is {subject}"));
            }
            verified?;
            let listed = ok(control.kubectl(
                ADMIN,
                &[
                    "get",
                    "csr",
                    "-o",
                    r#"jsonpath={range .items[*]}{.spec.username}|{.status.conditions[?(@.type=="Approved")].reason}|{.status.certificate}{"\n"}{end}"#,
                ],
            ))?;
            listed
                .lines()
                .any(|l| {
                    l.starts_with(&format!("system:node:{WORKER}|AutoApproved|"))
                        && !l.ends_with('|')
                })
                .then_some(())
                .ok_or_else(|| format!("no approved and issued CSR of the node: {listed}"))
        },
    );
    let rotated_at = time::OffsetDateTime::now_utc();
    claim(
        "the kubelet renews its Node's lease after the rotation",
        || {
            live.wait_for_kubelet("a lease renewed after the rotation", KUBELET, || {
                let renewed = ok(control.kubectl(
                    ADMIN,
                    &[
                        "get",
                        "lease",
                        "-n",
                        "kube-node-lease",
                        WORKER,
                        "-o",
                        "jsonpath={.spec.renewTime}",
                    ],
                ))?;
                let at = time::OffsetDateTime::parse(
                    renewed.trim(),
                    &time::format_description::well_known::Rfc3339,
                )
                .map_err(|e| format!("{renewed}: {e}"))?;
                (at > rotated_at)
                    .then_some(())
                    .ok_or_else(|| format!("last renewed {renewed}"))
            })
            .map_err(|e| e.to_string())
        },
    );
    claim(
        "kadm certs check-expiration follows the link to the rotated certificate",
        || {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_kadm"))
                .args(["certs", "check-expiration", "-o", "json", "--rootfs"])
                .arg(worker.rootfs())
                .output()
                .map_err(|e| e.to_string())?;
            let doc: serde_json::Value = serde_json::from_slice(&out.stdout)
                .map_err(|e| format!("{e}: {}", String::from_utf8_lossy(&out.stdout)))?;
            let client = &doc["kubelet"]["clientCertificate"];
            let left = client["secondsLeft"].as_i64().unwrap_or(-1);
            if !(0..=life.whole_seconds()).contains(&left) || client["verifiedByCA"] != true {
                return Err(format!("{client:#}"));
            }
            (doc["kubelet"]["kubeletConf"]["uses"] == "rotated-pem")
                .then_some(())
                .ok_or_else(|| format!("{:#}", doc["kubelet"]["kubeletConf"]))
        },
    );
}

#[test]
#[cfg_attr(
    kadm_skip_live,
    ignore = "needs the live peers (tests/peers/build.sh) and root"
)]
fn the_control_plane_kubelet_registers_its_node_and_mirrors_the_static_pods() {
    let cp = Node::new();
    let (_, live) = control_plane(&cp, "");
    let started = Instant::now();
    live.start_kubelet(&[])
        .expect("start the control-plane node's kubelet");
    claim(
        "the kubelet registers its Node with the kubelet.conf of kadm init",
        || {
            let facts = live
                .wait_for_kubelet("the Node registered", KUBELET, || node_facts(&live, NODE))
                .map_err(|e| e.to_string())?;
            match facts.split('|').collect::<Vec<_>>().as_slice() {
                [ops, ip, _] if ops.contains("Update") && *ip == ADDRESS.to_string() => Ok(()),
                _ => Err(format!("kubelet's operation|InternalIP|Ready: {facts}")),
            }
        },
    );
    claim(
        "a mirror Pod of each static Pod, with kubeadm's etcd client URL annotation",
        || {
            let jsonpath = r#"jsonpath={range .items[*]}{.metadata.name}|{.metadata.annotations.kubeadm\.kubernetes\.io/etcd\.advertise-client-urls}{"\n"}{end}"#;
            live.wait_for_kubelet("the mirror Pods", KUBELET, || {
                let pods =
                    ok(live.kubectl(ADMIN, &["get", "pods", "-n", "kube-system", "-o", jsonpath]))?;
                let wanted = [
                    format!("etcd-{NODE}|https://{ADDRESS}:2379"),
                    format!("kube-apiserver-{NODE}|"),
                    format!("kube-controller-manager-{NODE}|"),
                    format!("kube-scheduler-{NODE}|"),
                ];
                match wanted
                    .iter()
                    .find(|w| !pods.lines().any(|l| l == w.as_str()))
                {
                    Some(missing) => Err(format!("no {missing:?} in:\n{pods}")),
                    None => Ok(()),
                }
            })
            .map_err(|e| e.to_string())
        },
    );
    eprintln!(
        "control plane: Node and mirror Pods {:?} after the kubelet started",
        started.elapsed()
    );
    live.kubelet_running().expect("the kubelet still runs");
}

/// The subject of the first certificate of `pem` (RFC 2253), and whether `openssl verify`
/// accepts it against `ca`; `scratch` receives the certificate alone.
fn check_certificate(
    pem: &Path,
    ca: &Path,
    scratch: &Path,
) -> Result<(String, Result<(), String>), String> {
    let openssl = Peer::Openssl.require();
    let file = std::fs::read_to_string(pem).map_err(|e| format!("{}: {e}", pem.display()))?;
    let begin = "-----BEGIN CERTIFICATE-----";
    let end = "-----END CERTIFICATE-----";
    let start = file
        .find(begin)
        .ok_or_else(|| format!("no certificate in {}", pem.display()))?;
    let stop = file[start..]
        .find(end)
        .ok_or_else(|| format!("an unfinished certificate in {}", pem.display()))?;
    std::fs::write(
        scratch,
        format!("{}\n", &file[start..start + stop + end.len()]),
    )
    .map_err(|e| e.to_string())?;
    let subject = ok(std::process::Command::new(&openssl)
        .args(["x509", "-noout", "-subject", "-nameopt", "RFC2253", "-in"])
        .arg(scratch)
        .output()
        .map_err(|e| e.to_string())?)?;
    let subject = subject
        .trim()
        .trim_start_matches("subject=")
        .trim()
        .to_string();
    let verify = std::process::Command::new(&openssl)
        .arg("verify")
        .arg("-CAfile")
        .arg(ca)
        .arg(scratch)
        .output()
        .map_err(|e| e.to_string())?;
    let verified = if verify.status.success() {
        Ok(())
    } else {
        Err(format!("openssl verify: {}", text(&verify)))
    };
    Ok((subject, verified))
}
