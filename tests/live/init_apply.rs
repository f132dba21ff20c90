//! `kadm init --apply`: the whole of init against the real programs. The static Pods are started
//! by the harness as init writes them, and the real kubelet (with the fake CRI) once init has
//! written its files, as systemd restarts it on a node. Init waits for the kubelet and each
//! component, applies every object (the `kubeadm:cluster-admins` binding first, with
//! super-admin.conf), marks the Node the kubelet registered and points kubelet.conf at the
//! kubelet's rotated certificate; a second run changes nothing. Then mark-control-plane keeps a
//! taint an administrator added, and `kadm token` works through the API.

#![allow(
    clippy::print_stderr,
    reason = "measured times go to the test's captured output"
)]

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use kadm_test_support::live::LiveNode;

use crate::api::{ADMIN, kadm_state, label, unchanged_since};
use crate::support::{ADDRESS, NODE, Node, TOKEN, claim, eventually, mentions, ok};

/// The objects directory on the node.
const OBJECTS: &str = "/etc/kubernetes/cluster-objects";
/// A taint an administrator put on the Node.
const DEDICATED: &str = "example.com/dedicated";
/// The control-plane taint and label.
const CONTROL_PLANE: &str = "node-role.kubernetes.io/control-plane";

/// `kadm init ARGS --apply --upload-certs --rootfs <root> --config <config> -o json`, to run on
/// the node.
pub(crate) fn init_apply(node: &Node, live: &LiveNode, config: &Path, args: &[&str]) -> Command {
    let mut command = live.command(env!("CARGO_BIN_EXE_kadm"));
    command
        .arg("init")
        .args(args)
        .args(["--apply", "--upload-certs", "-o", "json", "--rootfs"])
        .arg(node.rootfs())
        .arg("--config")
        .arg(config)
        .env("NO_COLOR", "1")
        .env_remove("KUBECONFIG");
    command
}

/// `kadm init --apply ARGS` on a node whose static Pods the harness starts, with the kubelet
/// started once init has written its files (as systemd restarts it on a node); its output, once
/// it ended (within 8 minutes).
pub(crate) fn init_with_kubelet(
    node: &Node,
    live: &LiveNode,
    config: &Path,
    args: &[&str],
) -> Output {
    let mut init = init_apply(node, live, config, args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run kadm init");
    claim("kadm init writes the kubelet's files", || {
        eventually(Duration::from_secs(120), || {
            match KUBELET_FILES.iter().find(|f| !node.path(f).exists()) {
                Some(missing) => Err(format!("no {missing} yet")),
                None => Ok(()),
            }
        })
    });
    if live.kubelet_running().is_err() {
        live.start_kubelet(&[]).expect("start the kubelet");
    }
    claim("kadm init ends within 8 minutes", || {
        let deadline = Instant::now() + Duration::from_secs(480);
        while init.try_wait().map_err(|e| e.to_string())?.is_none() {
            if Instant::now() >= deadline {
                let _ = init.kill();
                return Err("still running".into());
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        init.wait_with_output().map_err(|e| e.to_string())
    })
}

/// `kadm ARGS` run on the node (its namespace, its /etc/kubernetes, as the real root).
fn kadm_on(live: &LiveNode, args: &[&str]) -> Output {
    live.command(env!("CARGO_BIN_EXE_kadm"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("KUBECONFIG")
        .output()
        .expect("run kadm")
}

/// The files a kubelet starts from, as kadm init writes them.
const KUBELET_FILES: [&str; 3] = [
    "/var/lib/kubelet/config.yaml",
    "/var/lib/kubelet/kubeadm-flags.env",
    "/etc/kubernetes/kubelet.conf",
];

/// The run's JSON document when it succeeded in apply mode, and every object it applied.
fn applied(out: Output) -> Result<(serde_json::Value, Vec<serde_json::Value>), String> {
    let stdout = ok(out)?;
    let doc: serde_json::Value =
        serde_json::from_str(&stdout).map_err(|e| format!("{e}: {stdout}"))?;
    if doc["mode"] != "apply" {
        return Err(format!("mode {}", doc["mode"]));
    }
    let objects = doc["phases"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|p| p["objects"].as_array().cloned().unwrap_or_default())
        .collect();
    Ok((doc, objects))
}

/// The Node's taints, a `key:effect` line each.
fn marks(live: &LiveNode) -> Result<String, String> {
    let read = ok(live.kubectl(
        ADMIN,
        &[
            "get",
            "node",
            NODE,
            "-o",
            r#"jsonpath={range .spec.taints[*]}{.key}:{.effect}{"\n"}{end}"#,
        ],
    ))?;
    Ok(read)
}

#[test]
#[cfg_attr(
    kadm_skip_live,
    ignore = "needs the live peers (tests/peers/build.sh) and root"
)]
fn init_apply_creates_every_object_through_the_api_then_a_rerun_changes_nothing() {
    let node = Node::new();
    let config = node.kubelet_config("ECDSA-P256", "");
    // The harness starts each static Pod as its manifest appears, and the kubelet once its files
    // are there, as systemd (re)starts it on a node.
    let mut live = node.live();
    live.start().expect("watch the manifests");
    let started = Instant::now();
    let out = init_with_kubelet(&node, &live, &config, &[]);
    eprintln!(
        "kadm init --apply, cold, with the kubelet: {:?}",
        started.elapsed()
    );
    let (doc, first) = claim(
        "kadm init --apply exits 0 in apply mode, having waited for the kubelet and each \
         component, every object created",
        || {
            let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            mentions(
                &stderr,
                &[
                    "[kubelet-check] The kubelet is healthy after",
                    "[control-plane-check] kube-apiserver is healthy after",
                    "[control-plane-check] kube-controller-manager is healthy after",
                    "[control-plane-check] kube-scheduler is healthy after",
                    &format!(
                        "[mark-control-plane] The node {NODE} now has the control-plane labels \
                         and taints"
                    ),
                ],
            )?;
            let (doc, objects) = applied(out)?;
            let head = objects.first().cloned().unwrap_or_default();
            if head["name"] != "kubeadm:cluster-admins" || head["kubeconfig"] != "super-admin.conf"
            {
                return Err(format!("not the cluster-admins binding first: {head}"));
            }
            for object in &objects {
                if object["result"] != "created" {
                    return Err(format!("{} was {}", label(object), object["result"]));
                }
            }
            Ok((doc, objects))
        },
    );
    // The token that owns kubeadm-certs is the one object of no manifest.
    let (owners, first): (Vec<_>, Vec<_>) = first
        .into_iter()
        .partition(|o| o["file"] == "the owner of kubeadm-certs");
    claim(
        "kubeadm-certs is owned by a bootstrap token that expires in two hours",
        || {
            let [owner] = owners.as_slice() else {
                return Err(format!("owners applied: {owners:?}"));
            };
            let name = owner["name"].as_str().unwrap_or_default();
            let owned_by = ok(live.kubectl(
                ADMIN,
                &[
                    "get", "secret", "-n", "kube-system", "kubeadm-certs", "-o",
                    "jsonpath={.metadata.ownerReferences[0].name} {.metadata.ownerReferences[0].uid}",
                ],
            ))?;
            let token = ok(live.kubectl(
                ADMIN,
                &[
                    "get", "secret", "-n", "kube-system", name, "-o",
                    "jsonpath={.metadata.name} {.metadata.uid}|{.data.expiration}|{.data.description}",
                ],
            ))?;
            let (identity, rest) = token.split_once('|').unwrap_or_default();
            if owned_by != identity {
                return Err(format!("owned by {owned_by:?}, the token is {identity:?}"));
            }
            let (expiration, description) = rest.split_once('|').unwrap_or_default();
            let decode = |b64: &str| {
                use base64::Engine as _;
                base64::engine::general_purpose::STANDARD
                    .decode(b64)
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .map_err(|e| e.to_string())
            };
            let expires = time::OffsetDateTime::parse(
                &decode(expiration)?,
                &time::format_description::well_known::Rfc3339,
            )
            .map_err(|e| e.to_string())?;
            let left = expires - time::OffsetDateTime::now_utc();
            if left > time::Duration::hours(2) || left < time::Duration::minutes(100) {
                return Err(format!("the token expires in {left}"));
            }
            mentions(&decode(description)?, &["kubeadm-certs"])
        },
    );
    claim(
        "every object of the manifests but the Node was applied, and the text says so",
        || {
            let manifests: usize = std::fs::read_dir(node.path(OBJECTS))
                .map_err(|e| e.to_string())?
                .flatten()
                .filter(|e| e.file_name() != "mark-control-plane.yaml")
                .map(|e| std::fs::read_to_string(e.path()).unwrap_or_default())
                .map(|t| t.split("\n---\n").count())
                .sum();
            if manifests != first.len() {
                return Err(format!(
                    "{} applied, {manifests} in the manifests",
                    first.len()
                ));
            }
            if doc["join"]["objectsApplied"] != true || !doc["join"]["applyCommand"].is_null() {
                return Err(format!("join: {}", doc["join"]));
            }
            Ok(())
        },
    );
    claim("kubectl with admin.conf reads what kubeadm creates", || {
        for args in [
            &["get", "configmap", "-n", "kube-system", "kubeadm-config"][..],
            &["get", "configmap", "-n", "kube-system", "kubelet-config"],
            &["get", "configmap", "-n", "kube-public", "cluster-info"],
            &[
                "get",
                "secret",
                "-n",
                "kube-system",
                "bootstrap-token-abcdef",
            ],
            &["get", "secret", "-n", "kube-system", "kubeadm-certs"],
            &["get", "deployment", "-n", "kube-system", "coredns"],
            &["get", "daemonset", "-n", "kube-system", "kube-proxy"],
            &[
                "get",
                "clusterrolebinding",
                "kubeadm:node-autoapprove-bootstrap",
            ],
        ] {
            ok(live.kubectl(ADMIN, args))?;
        }
        Ok(())
    });
    let states = claim("kadm owns the fields it applied", || {
        first
            .iter()
            .map(|o| kadm_state(&live, o))
            .collect::<Result<Vec<_>, _>>()
    });

    claim(
        "kubelet-finalize pointed kubelet.conf at the kubelet's rotated certificate, and the \
         kubelet's Node has the control-plane labels and taint",
        || {
            let conf = std::fs::read_to_string(node.path("/etc/kubernetes/kubelet.conf"))
                .map_err(|e| e.to_string())?;
            mentions(
                &conf,
                &["client-certificate: /var/lib/kubelet/pki/kubelet-client-current.pem"],
            )?;
            mentions(&marks(&live)?, &[&format!("{CONTROL_PLANE}:NoSchedule")])?;
            let labels = ok(live.kubectl(ADMIN, &["get", "node", NODE, "--show-labels"]))?;
            mentions(
                &labels,
                &[
                    &format!("{CONTROL_PLANE}="),
                    "node.kubernetes.io/exclude-from-external-load-balancers=",
                ],
            )
        },
    );

    // An administrator's taint, and the control-plane marks taken away: mark-control-plane puts
    // its marks back and keeps the administrator's taint (an apply of the Node would replace the
    // whole list).
    for change in [
        vec![
            "taint",
            "node",
            NODE,
            &format!("{DEDICATED}=infra:NoExecute"),
        ],
        vec![
            "taint",
            "node",
            NODE,
            &format!("{CONTROL_PLANE}:NoSchedule-"),
        ],
        vec!["label", "node", NODE, &format!("{CONTROL_PLANE}-")],
    ] {
        let args: Vec<&str> = change.iter().map(|a| a.as_ref()).collect();
        ok(live.kubectl(ADMIN, &args)).expect("change the Node");
    }
    claim(
        "mark-control-plane adds its label and taint to those the Node has",
        || {
            let out = init_apply(&node, &live, &config, &["phase", "mark-control-plane"])
                .output()
                .map_err(|e| e.to_string())?;
            let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            ok(out)?;
            mentions(
                &stderr,
                &[&format!(
                    "[mark-control-plane] The node {NODE} now has the control-plane labels and \
                     taints"
                )],
            )?;
            mentions(
                &marks(&live)?,
                &[
                    &format!("{DEDICATED}:NoExecute"),
                    &format!("{CONTROL_PLANE}:NoSchedule"),
                ],
            )?;
            let labels = ok(live.kubectl(ADMIN, &["get", "node", NODE, "--show-labels"]))?;
            mentions(&labels, &[&format!("{CONTROL_PLANE}=")])
        },
    );

    claim(
        "a second full run reports every object unchanged, changes nothing kadm owns, and \
         keeps the Node's marks",
        || {
            let out = init_apply(&node, &live, &config, &[])
                .output()
                .map_err(|e| e.to_string())?;
            let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            let (_, again) = applied(out)?;
            unchanged_since(&live, first.len(), &again, &states)?;
            mentions(
                &stderr,
                &["already has the control-plane labels and taints"],
            )?;
            // The node controller owns the not-ready taint (without a kubelet's status it may
            // take it away); the control-plane taint is kadm's and stays.
            mentions(
                &marks(&live)?,
                &[
                    &format!("{DEDICATED}:NoExecute"),
                    &format!("{CONTROL_PLANE}:NoSchedule"),
                ],
            )
        },
    );
    tokens_through_the_api(&live);
    an_expired_token_is_refused_at_join_with_the_fix(
        &node,
        &live,
        doc["join"]["caCertHash"].as_str().unwrap_or_default(),
    );
}

/// `kadm token` on the node (its /etc/kubernetes, as the real root): create, list and delete
/// through the API server, with admin.conf found where kubeadm looks for it.
fn tokens_through_the_api(live: &LiveNode) {
    let kadm = |args: &[&str]| kadm_on(live, args);
    let join = claim(
        "token create --print-join-command creates the token in the cluster and prints the \
         worker's command",
        || {
            let line = ok(kadm(&[
                "token",
                "create",
                "--print-join-command",
                "--ttl",
                "30m",
            ]))?;
            mentions(
                &line,
                &[&format!("kadm join {ADDRESS}:6443 --token "), "sha256:"],
            )?;
            Ok(line)
        },
    );
    let token = join
        .split_whitespace()
        .skip_while(|w| *w != "--token")
        .nth(1)
        .unwrap_or_default()
        .to_string();
    let id = token.split('.').next().unwrap_or_default().to_string();
    claim(
        "token list shows it and init's token, with their TTLs",
        || {
            let table = ok(kadm(&["token", "list"]))?;
            mentions(&table, &["TOKEN", "EXTRA GROUPS", &token, TOKEN])?;
            let listed: serde_json::Value =
                serde_json::from_str(&ok(kadm(&["token", "list", "-o", "json"]))?)
                    .map_err(|e| e.to_string())?;
            let ours = listed["tokens"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|t| t["token"] == token.as_str())
                .ok_or_else(|| format!("{token} not in {listed}"))?;
            (ours["ttl"] == "29m" || ours["ttl"] == "30m")
                .then_some(())
                .ok_or_else(|| format!("ttl {}", ours["ttl"]))
        },
    );
    claim(
        "token delete removes it; deleting it again fails naming it",
        || {
            ok(kadm(&["token", "delete", &id]))?;
            let table = ok(kadm(&["token", "list"]))?;
            if table.contains(&token) {
                return Err(format!("still listed: {table}"));
            }
            let again = kadm(&["token", "delete", &token]);
            let stderr = String::from_utf8_lossy(&again.stderr).into_owned();
            if again.status.code() != Some(1) || stderr.contains(&token) {
                return Err(format!("{}: {stderr}", again.status));
            }
            mentions(&stderr, &[&format!("no bootstrap token \"{id}\"")])
        },
    );
}

/// A token that expired: the real bootstrap signer takes its signature off cluster-info, and a
/// join with it is refused, naming the fix, with nothing written.
fn an_expired_token_is_refused_at_join_with_the_fix(node: &Node, live: &LiveNode, hash: &str) {
    let kadm = |args: &[&str]| kadm_on(live, args);
    let token = ok(kadm(&["token", "create", "--ttl", "1s"])).expect("a one-second token");
    let token = token.trim().to_string();
    let id = token.split('.').next().unwrap_or_default().to_string();
    claim(
        "once the token expired, the bootstrap signer has no signature of it in cluster-info",
        || {
            eventually(Duration::from_secs(120), || {
                let keys = ok(live.kubectl(
                    ADMIN,
                    &[
                        "get",
                        "configmap",
                        "-n",
                        "kube-public",
                        "cluster-info",
                        "-o",
                        "jsonpath={.data}",
                    ],
                ))?;
                (!keys.contains(&format!("jws-kubeconfig-{id}")))
                    .then_some(())
                    .ok_or_else(|| format!("still signed: {keys}"))
            })
        },
    );
    let worker = node.dir.path().join("expired-worker");
    claim(
        "kadm join with it is refused, naming the fix, and writes nothing",
        || {
            let out = kadm(&[
                "join",
                &format!("{ADDRESS}:6443"),
                "--token",
                &token,
                "--discovery-token-ca-cert-hash",
                hash,
                "--rootfs",
                worker.to_str().unwrap_or_default(),
            ]);
            let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            if out.status.code() != Some(1) {
                return Err(format!("exit {:?}: {stderr}", out.status.code()));
            }
            mentions(
                &stderr,
                &[
                    &format!("has no signature for token id \"{id}\""),
                    "kadm token create --print-join-command",
                ],
            )?;
            if stderr.contains(&token) {
                return Err(format!("the token is echoed: {stderr}"));
            }
            let written = worker.join("etc/kubernetes");
            (!written.exists())
                .then_some(())
                .ok_or_else(|| format!("{} was written", written.display()))
        },
    );
}
