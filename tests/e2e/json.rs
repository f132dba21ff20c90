//! `-o json`: one JSON document per run on stdout (its shape in docs/cli.md, snapshotted here),
//! and the closing summary of a text run naming only what the run produced.

use clap::Command;
use serde_json::Value;

use crate::support::{Root, snapshot_settings};

const ECDSA: [&str; 2] = ["--encryption-algorithm", "ECDSA-P256"];

/// Runs kadm in `root` and returns (success, stdout, stderr).
fn run(root: &Root, args: &[&str]) -> (bool, String, String) {
    let out = root.kadm(args).args(ECDSA).output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The documents on `stdout`; panics unless it is exactly one.
fn one_document(stdout: &str, what: &str) -> Value {
    let docs: Vec<Value> = serde_json::Deserializer::from_str(stdout)
        .into_iter::<Value>()
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("{what}: stdout is not JSON ({e}):\n{stdout}"));
    assert_eq!(docs.len(), 1, "{what}: {} documents:\n{stdout}", docs.len());
    docs.into_iter().next().unwrap()
}

/// `kadm init -o json` and its document.
fn init_json(root: &Root, args: &[&str]) -> (bool, Value) {
    let (ok, stdout, _) = run(root, &[&["init", "-o", "json"][..], args].concat());
    (ok, one_document(&stdout, "init -o json"))
}

/// The phase `path` of a document.
fn phase<'a>(doc: &'a Value, path: &str) -> &'a Value {
    doc["phases"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["phase"] == path))
        .unwrap_or_else(|| panic!("no phase {path} in {doc:#}"))
}

/// Every command path (`["init", "phase", "certs", "ca"]`) whose `-o` accepts `json` and that
/// runs (`init phase` alone only lists its subcommands).
fn json_commands() -> Vec<Vec<String>> {
    fn walk(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        let json = cmd.get_arguments().any(|a| {
            a.get_short() == Some('o')
                && a.get_possible_values()
                    .iter()
                    .any(|v| v.matches("json", false))
        });
        if json && !path.is_empty() && !cmd.is_subcommand_required_set() {
            out.push(path.clone());
        }
        for sub in cmd.get_subcommands() {
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
            path.pop();
        }
    }
    let workflow = kadm::phases::init_workflow().unwrap();
    let join = kadm::phases::join_workflow().unwrap();
    let mut cmd = kadm::cli::build(&workflow, &join);
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, &mut Vec::new(), &mut out);
    out
}

/// Each command that takes `-o json`, in a fresh root (so some fail: a kubeconfig without a CA),
/// prints exactly one JSON document on stdout and no log line, whether it succeeds or fails.
#[test]
fn every_json_command_prints_exactly_one_document() {
    let commands = json_commands();
    assert!(
        commands.len() > 20 && commands.iter().any(|c| c == &["version"]),
        "{commands:?}"
    );
    let mut failed = 0;
    for command in &commands {
        let root = Root::new();
        let mut args: Vec<&str> = command.iter().map(String::as_str).collect();
        args.extend(["-o", "json"]);
        let out = if command[0] == "version" {
            crate::support::kadm().args(&args).output().unwrap()
        } else if ["certs", "apply-objects", "token"].contains(&command[0].as_str()) {
            // They read the node and take none of init's flags (apply-objects and token list fail
            // here: init has not run).
            crate::support::kadm()
                .args(&args)
                .arg("--rootfs")
                .arg(root.path())
                .output()
                .unwrap()
        } else if command[0] == "join" {
            // It needs a cluster to join: tests/e2e/join.rs checks its document.
            continue;
        } else if command[..] == ["kubeconfig", "user"] {
            // Its document is the kubeconfig itself, as `kubectl config view -o json` prints one.
            assert!(run(&root, &["init", "phase", "certs", "ca"]).0);
            args.extend(["--client-name", "ci-robot"]);
            let out = root.kadm(&args).args(ECDSA).output().unwrap();
            let doc = one_document(&String::from_utf8_lossy(&out.stdout), "kubeconfig user");
            assert_eq!(doc["kind"], "Config", "{doc:#}");
            continue;
        } else {
            root.kadm(&args).args(ECDSA).output().unwrap()
        };
        let stdout = String::from_utf8_lossy(&out.stdout);
        let doc = one_document(&stdout, &command.join(" "));
        if command[0] == "apply-objects" || command[0] == "token" {
            assert_eq!(doc["succeeded"], false, "{doc:#}");
            assert!(!out.status.success());
        }
        if command[0] == "init" {
            assert_eq!(
                doc["succeeded"],
                out.status.success(),
                "{command:?}: {doc:#}"
            );
            failed += usize::from(!out.status.success());
        }
    }
    assert!(
        failed > 0,
        "no command failed: the failure path was not tried"
    );
}

/// A failing run still prints its document, with the error and the phase it came from.
#[test]
fn a_failed_run_reports_the_error_and_the_failed_phase() {
    let root = Root::new();
    assert!(run(&root, &["init", "phase", "certs", "ca"]).0);
    std::fs::remove_file(root.pki().join("ca.key")).unwrap();
    let (ok, stdout, stderr) = run(&root, &["init", "phase", "certs", "-o", "json"]);
    assert!(!ok);
    let doc = one_document(&stdout, "certs after losing ca.key");
    assert_eq!(doc["succeeded"], false);
    let error = doc["error"].as_str().unwrap_or_default();
    assert!(
        error.starts_with("error execution phase certs/apiserver") && stderr.contains(error),
        "{error}\n{stderr}"
    );
    assert_eq!(phase(&doc, "certs/ca")["status"], "reused");
    assert_eq!(phase(&doc, "certs/apiserver")["status"], "failed");
    assert_eq!(phase(&doc, "certs/sa")["status"], "notRun");
}

/// The document of a full run: every file with its mode and digest, certificates with their
/// subject, SANs and expiry; a second run reuses and keeps the same files.
#[test]
fn the_document_lists_each_file_written_then_kept() {
    let root = Root::new();
    let (ok, first) = init_json(&root, &[]);
    assert!(ok, "{first:#}");
    let ca = phase(&first, "certs/ca");
    assert_eq!(ca["status"], "ran");
    let files = ca["files"].as_array().unwrap();
    assert_eq!(files.len(), 2, "{ca:#}");
    let crt = &files[0];
    let path = root.pki().join("ca.crt");
    assert_eq!(crt["path"], path.display().to_string());
    assert_eq!(crt["action"], "written");
    assert_eq!(crt["mode"], "0644");
    let digest = kadm_pki::sha256_hex(&std::fs::read(&path).unwrap());
    assert_eq!(crt["sha256"], digest);
    assert_eq!(crt["certificate"]["subject"], "CN=kubernetes");
    assert_eq!(files[1]["mode"], "0600");
    assert!(files[1].get("certificate").is_none(), "{ca:#}");
    let sans = &phase(&first, "certs/apiserver")["files"][0]["certificate"]["sans"];
    assert!(
        sans.as_array()
            .unwrap()
            .iter()
            .any(|s| s == "kubernetes.default.svc")
            && sans.as_array().unwrap().iter().any(|s| s == "127.0.0.1"),
        "{sans}"
    );
    assert_eq!(
        phase(&first, "kubeconfig/admin")["files"][0]["path"],
        root.join("/etc/kubernetes/admin.conf")
            .display()
            .to_string()
    );

    let (ok, second) = init_json(&root, &[]);
    assert!(ok, "{second:#}");
    let ca = phase(&second, "certs/ca");
    assert_eq!(ca["status"], "reused");
    assert_eq!(ca["files"][0]["action"], "kept");
    assert_eq!(ca["files"][0]["sha256"], digest);
    assert_eq!(phase(&second, "kubeconfig/admin")["status"], "reused");
}

/// `--skip-phases` and `skipPhases` show in the document as skipped phases.
#[test]
fn skipped_phases_are_listed_with_their_reason() {
    let root = Root::new();
    let (ok, doc) = init_json(&root, &["--skip-phases", "kubeconfig"]);
    assert!(ok, "{doc:#}");
    let admin = phase(&doc, "kubeconfig/admin");
    assert_eq!(admin["status"], "skipped");
    assert_eq!(admin["skipReason"], "skipPhases");
    assert_eq!(admin["files"], Value::Array(Vec::new()));
}

#[test]
fn init_json_document_shape() {
    let root = Root::new();
    let (ok, stdout, _) = run(&root, &["init", "-o", "json"]);
    assert!(ok, "{stdout}");
    snapshot_settings(&root).bind(|| insta::assert_snapshot!("init-json", stdout));
}

#[test]
fn init_phase_certs_json_document_shape() {
    let root = Root::new();
    let (ok, stdout, _) = run(&root, &["init", "phase", "certs", "-o", "json"]);
    assert!(ok, "{stdout}");
    snapshot_settings(&root).bind(|| insta::assert_snapshot!("init-phase-certs-json", stdout));
}

/// A config file that skips the kubeconfig phases.
fn skipping_config(root: &Root) -> String {
    let path = root.path().join("kadm.yaml");
    std::fs::write(
        &path,
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nskipPhases: [kubeconfig]\n",
    )
    .unwrap();
    path.display().to_string()
}

/// Without the kubeconfig phases, the closing summary names the PKI only: no kubeconfig
/// directory and no `export KUBECONFIG` of an admin.conf that does not exist.
#[test]
fn the_summary_names_only_what_the_run_produced() {
    for how in ["flag", "config"] {
        let root = Root::new();
        let config = skipping_config(&root);
        let args: Vec<&str> = match how {
            "flag" => vec!["init", "--skip-phases", "kubeconfig"],
            _ => vec!["init", "--config", &config],
        };
        let (ok, stdout, stderr) = run(&root, &args);
        assert!(ok, "{how}: {stderr}");
        assert!(!root.join("/etc/kubernetes/admin.conf").exists(), "{how}");
        assert!(stdout.contains("PKI in"), "{how}: {stdout}");
        assert!(
            !stdout.contains("kubeconfig files in") && !stdout.contains("export KUBECONFIG"),
            "{how}: {stdout}"
        );
        assert!(
            stdout.contains("kadm init phase kubeconfig admin"),
            "{how}: {stdout}"
        );
    }
}
