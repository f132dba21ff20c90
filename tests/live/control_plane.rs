//! A control plane made of kadm's files: every claim of issue 19, against the real programs.

use std::time::Duration;

use kadm_test_support::Peer;
use kadm_test_support::live::LiveNode;

use crate::support::{
    ADDRESS, NODE, Node, READY, TOKEN, claim, eventually, ok, resigned_by_the_bootstrap_signer,
    text,
};

const ADMIN: &str = "/etc/kubernetes/admin.conf";
const SUPER_ADMIN: &str = "/etc/kubernetes/super-admin.conf";
/// Waits for the controllers' own work (leases, the bootstrap signer, a CSR signed).
const CONTROLLERS: Duration = Duration::from_secs(120);

#[test]
#[cfg_attr(
    kadm_skip_live,
    ignore = "needs the live peers (tests/peers/build.sh) and root"
)]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn an_ecdsa_p256_control_plane_works_renews_and_resets() {
    let node = Node::new();
    let live = every_claim(&node, "ECDSA-P256", "");
    claim("etcd is 3.7.0, as kubeadm v1.37 deploys it", || {
        let log = live.log("etcd");
        log.contains(r#""local-server-version":"3.7.0""#)
            .then_some(())
            .ok_or_else(|| format!("etcd's log:\n{}", live.log_tail("etcd", 10)))
    });
    renew_then_reset(&node, live);
}

#[test]
#[cfg_attr(
    kadm_skip_live,
    ignore = "needs the live peers (tests/peers/build.sh) and root"
)]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn an_rsa_2048_control_plane_on_etcd_3_6_works() {
    let node = Node::new();
    let extra = "etcd:\n  local:\n    imageTag: 3.6.16-0\n";
    let live = every_claim(&node, "RSA-2048", extra);
    claim("etcd 3.6 serves the cluster", || {
        let log = live.log("etcd");
        log.contains(r#""local-server-version":"3.6.16""#)
            .then_some(())
            .ok_or_else(|| format!("etcd's log names no 3.6.16:\n{}", live.log_tail("etcd", 10)))
    });
}

/// kadm init, the control plane started, and every claim that does not change the node.
fn every_claim(node: &Node, algorithm: &str, extra: &str) -> LiveNode {
    let json = node.init(&node.config(algorithm, extra));
    let live = node.start();
    assert_eq!(
        live.running(),
        [
            "etcd",
            "kube-apiserver",
            "kube-controller-manager",
            "kube-scheduler"
        ]
    );

    claim(
        "the controller-manager and the scheduler hold their leases",
        || {
            for lease in ["kube-controller-manager", "kube-scheduler"] {
                eventually(CONTROLLERS, || {
                    let holder = ok(live.kubectl(
                        SUPER_ADMIN,
                        &[
                            "get",
                            "lease",
                            "-n",
                            "kube-system",
                            lease,
                            "-o",
                            "jsonpath={.spec.holderIdentity}",
                        ],
                    ))?;
                    holder
                        .starts_with(&format!("{NODE}_"))
                        .then_some(())
                        .ok_or_else(|| format!("lease {lease} held by {holder:?}"))
                })?;
            }
            Ok(())
        },
    );

    claim(
        "admin.conf has no rights before the cluster-admins binding",
        || {
            let out = live.kubectl(ADMIN, &["auth", "can-i", "*", "*"]);
            match String::from_utf8_lossy(&out.stdout).trim() {
                "no" => Ok(()),
                _ => Err(text(&out)),
            }
        },
    );

    let apply = json["join"]["applyCommand"]
        .as_str()
        .expect("applyCommand in kadm init -o json")
        .to_string();
    claim(
        "every object applies with the command kadm init prints",
        || {
            let out = live.shell(&apply).output().map_err(|e| e.to_string())?;
            ok(out).map(drop)
        },
    );

    claim("admin.conf and super-admin.conf may do anything", || {
        for kubeconfig in [ADMIN, SUPER_ADMIN] {
            let out = live.kubectl(kubeconfig, &["auth", "can-i", "*", "*"]);
            if String::from_utf8_lossy(&out.stdout).trim() != "yes" {
                return Err(format!("{kubeconfig}: {}", text(&out)));
            }
        }
        Ok(())
    });

    claim(
        "the API server accepts each object in a server-side dry run",
        || {
            let objects = node.path("/etc/kubernetes/cluster-objects");
            let mut files: Vec<_> = std::fs::read_dir(&objects)
                .map_err(|e| e.to_string())?
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            files.sort();
            if files.len() < 5 {
                return Err(format!("only {files:?} in {}", objects.display()));
            }
            for file in files {
                let path = format!("/etc/kubernetes/cluster-objects/{file}");
                let args = ["apply", "--server-side", "--dry-run=server", "-f", &path];
                ok(live.kubectl(ADMIN, &args)).map_err(|e| format!("{file}: {e}"))?;
            }
            Ok(())
        },
    );

    anonymous_cluster_info_and_the_bootstrap_signer(node, &live);
    a_bootstrap_csr_is_approved_and_signed(node, &live);
    front_proxy_and_service_account_tokens(&live);
    live
}

fn anonymous_cluster_info_and_the_bootstrap_signer(node: &Node, live: &LiveNode) {
    let url =
        format!("https://{ADDRESS}:6443/api/v1/namespaces/kube-public/configmaps/cluster-info");
    claim("an anonymous client reads cluster-info", || {
        match live.get(&url).map_err(|e| e.to_string())? {
            (200, body) if body.contains("jws-kubeconfig-") => Ok(()),
            (code, body) => Err(format!("{code}: {body}")),
        }
    });

    let id = TOKEN.split('.').next().unwrap();
    let key = format!("jws-kubeconfig-{id}");
    let objects =
        std::fs::read_to_string(node.path("/etc/kubernetes/cluster-objects/bootstrap-token.yaml"))
            .expect("kadm wrote bootstrap-token.yaml");
    let ours = kadm_kube_objects::object_data(&objects, "ConfigMap", "cluster-info")
        .and_then(|data| data.get(&key).cloned())
        .expect("kadm signs cluster-info");
    claim(
        "the real bootstrap signer signs cluster-info as kadm did",
        || {
            // Removed, so that what is there afterwards is the controller's own signature.
            let theirs = resigned_by_the_bootstrap_signer(live, CONTROLLERS)?;
            (theirs == ours)
                .then_some(())
                .ok_or_else(|| format!("the signer wrote {theirs}, kadm {ours}"))
        },
    );
}

fn a_bootstrap_csr_is_approved_and_signed(node: &Node, live: &LiveNode) {
    let openssl = Peer::Openssl.require();
    let dir = node.dir.path().join("csr");
    std::fs::create_dir_all(&dir).unwrap();
    let (key, csr) = (dir.join("node.key"), dir.join("node.csr"));
    let status = std::process::Command::new(&openssl)
        .args(["req", "-new", "-nodes", "-newkey", "ec", "-pkeyopt"])
        .args(["ec_paramgen_curve:prime256v1", "-subj"])
        .arg("/O=system:nodes/CN=system:node:live-worker")
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&csr)
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", text(&status));
    let request = std::fs::read(&csr).unwrap();
    let manifest = serde_json::json!({
        "apiVersion": "certificates.k8s.io/v1",
        "kind": "CertificateSigningRequest",
        "metadata": {"name": "live-worker-client"},
        "spec": {
            "request": base64::Engine::encode(&base64::engine::general_purpose::STANDARD, request),
            "signerName": "kubernetes.io/kube-apiserver-client-kubelet",
            "usages": ["digital signature", "client auth"],
        }
    });
    let manifest_path = dir.join("csr.json");
    std::fs::write(&manifest_path, manifest.to_string()).unwrap();
    let server = format!("https://{ADDRESS}:6443");
    claim(
        "a node-client CSR made with the bootstrap token is approved and signed",
        || {
            let create = live
                .command(node.peers.kubernetes("kubectl"))
                .args(["--kubeconfig", "/dev/null", "--server", &server])
                .args(["--certificate-authority", "/etc/kubernetes/pki/ca.crt"])
                .args(["--token", TOKEN, "create", "-f"])
                .arg(&manifest_path)
                .output()
                .map_err(|e| e.to_string())?;
            ok(create)?;
            let jsonpath = "jsonpath={.status.certificate}";
            let args = ["get", "csr", "live-worker-client", "-o", jsonpath];
            let issued = eventually(CONTROLLERS, || {
                let value = ok(live.kubectl(ADMIN, &args))?;
                (!value.is_empty())
                    .then_some(value)
                    .ok_or_else(|| "not issued yet".to_string())
            })?;
            let pem = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, issued)
                .map_err(|e| e.to_string())?;
            let cert = dir.join("node.crt");
            std::fs::write(&cert, pem).unwrap();
            let verify = std::process::Command::new(&openssl)
                .arg("verify")
                .arg("-CAfile")
                .arg(node.path("/etc/kubernetes/pki/ca.crt"))
                .arg(&cert)
                .output()
                .map_err(|e| e.to_string())?;
            ok(verify)?;
            // It lasts --cluster-signing-duration (kubeadm's default: one year), within ten
            // minutes of the time it was signed.
            let duration = signing_duration(node);
            let lasts_beyond = |seconds: u64| {
                std::process::Command::new(&openssl)
                    .args(["x509", "-noout", "-checkend", &seconds.to_string(), "-in"])
                    .arg(&cert)
                    .stdout(std::process::Stdio::null())
                    .status()
                    .map(|s| s.success())
            };
            let slack = 600;
            if !lasts_beyond(duration - slack).map_err(|e| e.to_string())?
                || lasts_beyond(duration + slack).map_err(|e| e.to_string())?
            {
                return Err(format!(
                    "the certificate does not end {duration} s from now (±{slack} s)"
                ));
            }
            Ok(())
        },
    );
}

/// The controller-manager's `--cluster-signing-duration` in seconds (8760h when not set).
fn signing_duration(node: &Node) -> u64 {
    let manifest = std::fs::read_to_string(
        node.path("/etc/kubernetes/manifests/kube-controller-manager.yaml"),
    )
    .unwrap();
    let value = manifest
        .lines()
        .find_map(|l| l.trim().strip_prefix("- --cluster-signing-duration="))
        .unwrap_or("8760h0m0s");
    parse_go_duration(value)
}

/// `8760h0m0s`, `720h`: seconds.
fn parse_go_duration(text: &str) -> u64 {
    let mut total = 0;
    let mut number = String::new();
    for c in text.chars() {
        match c {
            '0'..='9' => number.push(c),
            'h' | 'm' | 's' => {
                let n: u64 = number.parse().unwrap_or(0);
                total += n * match c {
                    'h' => 3600,
                    'm' => 60,
                    _ => 1,
                };
                number.clear();
            }
            _ => panic!("unexpected duration {text}"),
        }
    }
    total
}

fn front_proxy_and_service_account_tokens(live: &LiveNode) {
    claim(
        "the API server takes the front proxy's client certificate for request headers",
        || {
            // As an aggregating API server is called: the identity comes from the headers, and is
            // believed only because the certificate is front-proxy-client's, signed by the
            // front-proxy CA.
            let url = format!("https://{ADDRESS}:6443/api/v1/namespaces/kube-system/pods");
            let as_user = |user: &str, group: &str| {
                live.command("curl")
                    .args([
                        "-sS",
                        "--max-time",
                        "10",
                        "-o",
                        "/dev/null",
                        "-w",
                        "%{http_code}",
                    ])
                    .args(["--cacert", "/etc/kubernetes/pki/ca.crt"])
                    .args(["--cert", "/etc/kubernetes/pki/front-proxy-client.crt"])
                    .args(["--key", "/etc/kubernetes/pki/front-proxy-client.key"])
                    .args(["-H", &format!("X-Remote-User: {user}")])
                    .args(["-H", &format!("X-Remote-Group: {group}")])
                    .arg(&url)
                    .output()
                    .map_err(|e| e.to_string())
                    .and_then(ok)
            };
            let admin = as_user("kubernetes-admin", "kubeadm:cluster-admins")?;
            let nobody = as_user("nobody", "nobody")?;
            match (admin.as_str(), nobody.as_str()) {
                ("200", "403") => Ok(()),
                _ => Err(format!("as an admin: {admin}, as nobody: {nobody}")),
            }
        },
    );

    claim("a ServiceAccount token is accepted", || {
        ok(live.kubectl(
            ADMIN,
            &["create", "serviceaccount", "live-sa", "-n", "default"],
        ))?;
        let token = ok(live.kubectl(ADMIN, &["create", "token", "live-sa", "-n", "default"]))?;
        let server = format!("https://{ADDRESS}:6443");
        let whoami = live
            .command(live.peers().kubernetes("kubectl"))
            .args(["--kubeconfig", "/dev/null", "--server", &server])
            .args(["--certificate-authority", "/etc/kubernetes/pki/ca.crt"])
            .args([
                "--token",
                token.trim(),
                "auth",
                "whoami",
                "-o",
                "jsonpath={.status.userInfo.username}",
            ])
            .output()
            .map_err(|e| e.to_string())?;
        let name = ok(whoami)?;
        (name == "system:serviceaccount:default:live-sa")
            .then_some(())
            .ok_or_else(|| format!("the token is {name:?}"))
    });
}

/// `kadm certs renew all`, the components restarted, then `kadm reset`.
fn renew_then_reset(node: &Node, live: LiveNode) {
    let before = std::fs::read(node.path(ADMIN)).unwrap();
    node.kadm(&["certs", "renew", "all"]);
    assert_ne!(
        std::fs::read(node.path(ADMIN)).unwrap(),
        before,
        "admin.conf renewed"
    );
    claim(
        "the components restarted after a renewal come back healthy",
        || {
            for component in [
                "etcd",
                "kube-apiserver",
                "kube-controller-manager",
                "kube-scheduler",
            ] {
                live.restart(component).map_err(|e| e.to_string())?;
            }
            live.wait_all_ready(READY).map_err(|e| e.to_string())
        },
    );
    claim("the renewed admin.conf works", || {
        let out = live.kubectl(ADMIN, &["auth", "can-i", "*", "*"]);
        match String::from_utf8_lossy(&out.stdout).trim() {
            "yes" => Ok(()),
            _ => Err(text(&out)),
        }
    });

    node.kadm(&["reset", "--force"]);
    claim(
        "after kadm reset the runner has nothing left to start",
        || {
            let refused = live.sync();
            if !refused.is_empty() {
                return Err(refused.join("\n"));
            }
            let running = live.running();
            running
                .is_empty()
                .then_some(())
                .ok_or_else(|| format!("still running: {running:?}"))
        },
    );
}
