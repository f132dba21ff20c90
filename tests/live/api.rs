//! kadm talks to the real API server (`kadm apply-objects`, through `kadm-kube-api`): every
//! object applied and there, a second apply that changes nothing, a restart of the API server in
//! the middle of an apply, a refused object named, and a bounded wait for a server that is not
//! there.

#![allow(
    clippy::print_stderr,
    reason = "measured times go to the test's captured output"
)]

use std::process::{Command, Output};
use std::time::{Duration, Instant};

use kadm_test_support::live::LiveNode;

use crate::support::{ADDRESS, Node, claim, eventually, ok, text};

pub(crate) const ADMIN: &str = "/etc/kubernetes/admin.conf";
const OBJECTS: &str = "/etc/kubernetes/cluster-objects";

/// `kadm apply-objects ARGS -o json` run on the node (its namespace, its /etc/kubernetes).
fn apply_objects(live: &LiveNode, args: &[&str]) -> Command {
    let mut command = live.command(env!("CARGO_BIN_EXE_kadm"));
    command
        .arg("apply-objects")
        .args(args)
        .args(["-o", "json"])
        .env("NO_COLOR", "1")
        .env_remove("KUBECONFIG");
    command
}

/// The objects `kadm apply-objects -o json` reported, when it succeeded.
fn reported(out: Output) -> Result<Vec<serde_json::Value>, String> {
    let stdout = ok(out)?;
    let json: serde_json::Value =
        serde_json::from_str(&stdout).map_err(|e| format!("{e}: {stdout}"))?;
    json["objects"]
        .as_array()
        .cloned()
        .ok_or_else(|| format!("no objects in {stdout}"))
}

/// `Kind namespace/name` of a reported object.
pub(crate) fn label(object: &serde_json::Value) -> String {
    match object["namespace"].as_str() {
        Some(ns) => format!("{} {ns}/{}", object["kind"], object["name"]),
        None => format!("{} {}", object["kind"], object["name"]),
    }
}

/// What kadm owns of the object, as kubectl reads it with admin.conf: its generation (moved by
/// any change of its spec) and kadm's entry in its managed fields (the fields kadm set, and when
/// it last changed them). Controllers writing an object's status move its resourceVersion, so
/// that tells a change made by kadm only where kadm owns no field.
pub(crate) fn kadm_state(live: &LiveNode, object: &serde_json::Value) -> Result<String, String> {
    let api_version = object["apiVersion"].as_str().unwrap_or_default();
    let kind = object["kind"].as_str().unwrap_or_default();
    let resource = match api_version.rsplit_once('/') {
        Some((group, version)) => format!("{kind}.{version}.{group}"),
        None => kind.to_string(),
    };
    let name = object["name"].as_str().unwrap_or_default();
    let mut args = vec![
        "get",
        &resource,
        name,
        "-o",
        r#"jsonpath={.metadata.resourceVersion}|{.metadata.generation} {.metadata.managedFields[?(@.manager=="kadm")]}"#,
    ];
    if let Some(ns) = object["namespace"].as_str() {
        args.extend(["-n", ns]);
    }
    let read = ok(live.kubectl(ADMIN, &args)).map_err(|e| format!("{}: {e}", label(object)))?;
    let (version, owned) = read.split_once('|').unwrap_or((&read, ""));
    if version.is_empty() {
        return Err(format!("{}: not found: {read}", label(object)));
    }
    // An object of only a name and a namespace (a ServiceAccount) leaves kadm no field to own;
    // nothing writes its status either, so its resourceVersion tells.
    Ok(if owned.contains(r#""manager":"kadm""#) {
        owned.to_string()
    } else {
        format!("resourceVersion {version}")
    })
}

/// A second apply: as many objects as the first (`count`), each reported unchanged, kadm owning
/// the same of it as before (`states`, from [`kadm_state`]).
pub(crate) fn unchanged_since(
    live: &LiveNode,
    count: usize,
    again: &[serde_json::Value],
    states: &[String],
) -> Result<(), String> {
    if again.len() != count {
        return Err(format!("{count} objects, then {}", again.len()));
    }
    for (object, before) in again.iter().zip(states) {
        if object["result"] != "unchanged" {
            return Err(format!("{} was {}", label(object), object["result"]));
        }
        let now = kadm_state(live, object)?;
        if now != *before {
            return Err(format!("{}: {before} -> {now}", label(object)));
        }
    }
    Ok(())
}

/// How many objects the manifests of the node's cluster-objects/ hold.
fn documents(node: &Node) -> usize {
    std::fs::read_dir(node.path(OBJECTS))
        .unwrap()
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .map(|text| text.split("\n---\n").count())
        .sum()
}

#[test]
#[cfg_attr(
    kadm_skip_live,
    ignore = "needs the live peers (tests/peers/build.sh) and root"
)]
fn apply_objects_creates_every_object_then_changes_nothing_and_survives_a_restart() {
    let node = Node::new();
    node.init(&node.config("ECDSA-P256", ""));
    let live = node.start();
    // Not the Node of mark-control-plane.yaml: without a kubelet, the node controller taints it
    // (not-ready), and a forced apply of its atomic taint list takes that taint away again, so
    // each apply changes it. kubeadm patches the registered Node instead (issue 20).
    std::fs::remove_file(node.path(&format!("{OBJECTS}/mark-control-plane.yaml"))).unwrap();

    let first = claim("kadm apply-objects applies every object", || {
        let started = Instant::now();
        let objects = reported(
            apply_objects(&live, &[])
                .output()
                .map_err(|e| e.to_string())?,
        )?;
        eprintln!(
            "first apply: {} objects in {:?}",
            objects.len(),
            started.elapsed()
        );
        if objects.len() != documents(&node) {
            return Err(format!(
                "{} objects reported, {} in the manifests",
                objects.len(),
                documents(&node)
            ));
        }
        let first = objects.first().cloned().unwrap_or_default();
        if first["kubeconfig"] != "/etc/kubernetes/super-admin.conf"
            || first["name"] != "kubeadm:cluster-admins"
        {
            return Err(format!("not the cluster-admins binding first: {first}"));
        }
        for object in &objects {
            if object["result"] != "created" {
                return Err(format!("{} was {}", label(object), object["result"]));
            }
        }
        Ok(objects)
    });

    let states = claim(
        "every object exists, its fields applied by kadm, as kubectl reads it",
        || {
            first
                .iter()
                .map(|object| kadm_state(&live, object))
                .collect::<Result<Vec<_>, _>>()
        },
    );

    claim(
        "a second apply reports every object unchanged and changes nothing kadm owns",
        || {
            let again = reported(
                apply_objects(&live, &[])
                    .output()
                    .map_err(|e| e.to_string())?,
            )?;
            unchanged_since(&live, first.len(), &again, &states)?;
            Ok(())
        },
    );

    a_refused_object_stops_the_apply_at_once_naming_it(&node, &live);
    an_api_server_restart_in_the_middle_of_an_apply_is_retried(&node, &live);
}

fn a_refused_object_stops_the_apply_at_once_naming_it(node: &Node, live: &LiveNode) {
    let bad = node.path(&format!("{OBJECTS}/zz-bad.yaml"));
    std::fs::write(
        &bad,
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Not_A_DNS_Name\n  namespace: default\n",
    )
    .unwrap();
    claim(
        "an object the API server refuses fails the apply at once, named",
        || {
            let started = Instant::now();
            let out = apply_objects(live, &["--timeout", "3m"])
                .output()
                .map_err(|e| e.to_string())?;
            let took = started.elapsed();
            eprintln!("refused apply: {took:?}");
            let stderr = String::from_utf8_lossy(&out.stderr);
            if out.status.code() != Some(1) {
                return Err(format!("exit {:?}: {}", out.status.code(), text(&out)));
            }
            for part in [
                "zz-bad.yaml",
                "ConfigMap default/Not_A_DNS_Name",
                &format!("https://{ADDRESS}:6443"),
                "422",
                "a lowercase RFC 1123 subdomain",
            ] {
                if !stderr.contains(part) {
                    return Err(format!("{part:?} missing from: {stderr}"));
                }
            }
            // Refused for good: no retries until the 3 min timeout.
            (took < Duration::from_secs(20))
                .then_some(())
                .ok_or_else(|| format!("the refusal took {took:?}"))
        },
    );
    std::fs::remove_file(bad).unwrap();
}

fn an_api_server_restart_in_the_middle_of_an_apply_is_retried(node: &Node, live: &LiveNode) {
    // Enough objects that the apply is still running when the API server goes down.
    const MANY: usize = 400;
    let many: Vec<String> = (0..MANY)
        .map(|i| {
            format!(
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: many-{i:03}\n  \
                 namespace: default\ndata:\n  n: \"{i}\"\n"
            )
        })
        .collect();
    std::fs::write(
        node.path(&format!("{OBJECTS}/zz-many.yaml")),
        many.join("---\n"),
    )
    .unwrap();
    let starts = live.starts("kube-apiserver");
    let mut apply = apply_objects(live, &["--timeout", "4m"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    claim(
        "the apply is under way before the API server goes down",
        || {
            eventually(Duration::from_secs(60), || {
                ok(live.kubectl(ADMIN, &["get", "configmap", "-n", "default", "many-010"]))
                    .map(drop)
            })
        },
    );
    let started = Instant::now();
    live.restart("kube-apiserver")
        .expect("restart the API server");
    let down = started.elapsed();
    claim(
        "the apply was still running when the API server had stopped",
        || match apply.try_wait() {
            Ok(None) => Ok(()),
            other => Err(format!("it had ended: {other:?} (the stop took {down:?})")),
        },
    );
    let objects = claim("the apply completes after the API server is back", || {
        let out = apply.wait_with_output().map_err(|e| e.to_string())?;
        eprintln!(
            "apply across a restart: done {:?} after the stop began",
            started.elapsed()
        );
        reported(out)
    });
    claim(
        "the API server was started again, and every object is there",
        || {
            if live.starts("kube-apiserver") != starts + 1 {
                return Err(format!(
                    "kube-apiserver started {} times",
                    live.starts("kube-apiserver")
                ));
            }
            let count = objects
                .iter()
                .filter(|o| o["name"].as_str().is_some_and(|n| n.starts_with("many-")))
                .count();
            if count != MANY {
                return Err(format!("{count} of {MANY} reported"));
            }
            let listed =
                ok(live.kubectl(ADMIN, &["get", "configmap", "-n", "default", "-o", "name"]))?;
            let there = listed
                .lines()
                .filter(|l| l.starts_with("configmap/many-"))
                .count();
            (there == MANY)
                .then_some(())
                .ok_or_else(|| format!("{there} of {MANY} ConfigMaps there"))
        },
    );
}

#[test]
#[cfg_attr(
    kadm_skip_live,
    ignore = "needs the live peers (tests/peers/build.sh) and root"
)]
fn apply_objects_without_an_api_server_stops_at_its_timeout_naming_readyz() {
    let node = Node::new();
    node.init(&node.config("ECDSA-P256", ""));
    // The node's namespace, nothing started in it.
    let live = node.live();
    let started = Instant::now();
    let out = apply_objects(&live, &["--timeout", "5s"]).output().unwrap();
    let took = started.elapsed();
    eprintln!("apply without an API server: {took:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    claim(
        "it fails, naming the URL, the timeout and the last answer",
        || {
            if out.status.code() != Some(1) {
                return Err(format!("exit {:?}: {}", out.status.code(), text(&out)));
            }
            for part in [
                &format!("https://{ADDRESS}:6443/readyz"),
                "within 5.0s",
                "Connection refused",
                "kube-apiserver",
            ] {
                if !stderr.contains(part) {
                    return Err(format!("{part:?} missing from: {stderr}"));
                }
            }
            Ok(())
        },
    );
    claim("within its timeout, not later", || {
        (took >= Duration::from_secs(5) && took < Duration::from_secs(15))
            .then_some(())
            .ok_or_else(|| format!("it took {took:?}"))
    });
}
