//! The `preflight` phase through the binary: a path init cannot use fails the run before any
//! write, naming the check; `--ignore-preflight-errors` (a name, `all`, or the config's list)
//! turns it into kubeadm's warning; a second `init` passes; under `--rootfs` the checks of this
//! machine are skipped, and the output says so once.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::Root;

/// The check of the API server's static Pod manifest.
const APISERVER: &str = "FileAvailable--etc-kubernetes-manifests-kube-apiserver.yaml";

/// `kadm init --rootfs ROOT ARGS` (ECDSA-P256, for speed): (success, stdout, stderr).
fn init(root: &Root, args: &[&str]) -> (bool, String, String) {
    let mut cmd = root.kadm(&["init", "--encryption-algorithm", "ECDSA-P256"]);
    outcome(cmd.args(args))
}

/// Runs `cmd`: (success, stdout, stderr).
fn outcome(cmd: &mut assert_cmd::Command) -> (bool, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every path under `dir` (directories included), sorted.
fn tree(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if e.file_type().unwrap().is_dir() {
                todo.push(p.clone());
            }
            out.push(p);
        }
    }
    out.sort();
    out
}

/// A rootfs whose `kube-apiserver.yaml` is a directory.
fn apiserver_is_a_directory() -> (Root, PathBuf) {
    let root = Root::new();
    let manifest = root.join("/etc/kubernetes/manifests/kube-apiserver.yaml");
    fs::create_dir_all(&manifest).unwrap();
    (root, manifest)
}

#[test]
fn a_manifest_path_that_is_a_directory_fails_preflight_and_nothing_is_written() {
    let (root, manifest) = apiserver_is_a_directory();
    let before = tree(root.path());
    let mut cmd = root.kadm(&["init", "--encryption-algorithm", "ECDSA-P256"]);
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "error execution phase preflight: 1 preflight check failed; nothing was written:\n\t\
             [ERROR {APISERVER}]: {} is a directory where kadm writes a file: remove the \
             directory, or pass --ignore-preflight-errors={APISERVER}\n",
            manifest.display()
        )),
        "{stderr}"
    );
    assert_eq!(tree(root.path()), before, "nothing was created");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        !stdout.contains("[certs]"),
        "no phase after preflight ran: {stdout}"
    );
}

/// With the check ignored the run goes on past preflight and prints kubeadm's warning; whatever
/// a later phase then says about that path, it names it.
fn proceeds_with_a_warning(root: &Root, manifest: &Path, args: &[&str]) {
    let (ok, stdout, stderr) = init(root, args);
    let warning = format!(
        "\t[WARNING {APISERVER}]: {} is a directory where kadm writes a file\n",
        manifest.display()
    );
    assert!(stderr.contains(&warning), "{args:?}: {stderr}");
    assert!(!stderr.contains("[ERROR"), "{args:?}: {stderr}");
    assert!(
        stdout.contains("[certs] Generating \"ca\""),
        "{args:?}: {stdout}"
    );
    assert!(
        root.pki().join("ca.crt").is_file(),
        "{args:?}: later phases wrote"
    );
    if !ok {
        // A phase that writes the manifest (control-plane) cannot: it must say where.
        assert!(stderr.contains("kube-apiserver.yaml"), "{args:?}: {stderr}");
    }
}

#[test]
fn ignoring_the_check_by_name_in_any_case_or_all_makes_it_a_warning() {
    for args in [
        vec![format!("--ignore-preflight-errors={APISERVER}")],
        vec![format!(
            "--ignore-preflight-errors=Swap,{}",
            APISERVER.to_lowercase()
        )],
        vec!["--ignore-preflight-errors=all".to_string()],
    ] {
        let (root, manifest) = apiserver_is_a_directory();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        proceeds_with_a_warning(&root, &manifest, &args);
    }
}

#[test]
fn the_config_files_ignore_list_is_merged_with_the_flag() {
    let (root, manifest) = apiserver_is_a_directory();
    let config = root.path().join("kadm.yaml");
    fs::write(
        &config,
        format!(
            "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nnodeRegistration:\n  \
             ignorePreflightErrors:\n  - {APISERVER}\n"
        ),
    )
    .unwrap();
    let config = config.to_str().unwrap();
    proceeds_with_a_warning(&root, &manifest, &["--config", config]);
    // 'all' in the flag beside a name in the file is kubeadm's validation error.
    let (ok, _, stderr) = init(
        &root,
        &["--config", config, "--ignore-preflight-errors=all"],
    );
    assert!(!ok);
    assert!(
        stderr.contains("don't specify individual checks if 'all' is used"),
        "{stderr}"
    );
}

#[test]
fn a_second_init_on_the_same_root_passes_preflight() {
    let root = Root::new();
    let (ok, first, stderr) = init(&root, &[]);
    assert!(ok, "{stderr}");
    let (ok, second, stderr) = init(&root, &[]);
    assert!(ok, "{stderr}");
    for stdout in [&first, &second] {
        let summary = stdout
            .lines()
            .find(|l| l.contains("checks passed"))
            .unwrap_or_else(|| panic!("a summary line: {stdout}"));
        assert!(
            summary.starts_with("[preflight] ") && summary.ends_with(" checks passed, 12 skipped"),
            "{summary}"
        );
    }
    assert!(
        !stderr.contains("\t[WARNING "),
        "no preflight warning: {stderr}"
    );
    assert!(!stderr.contains("[ERROR"), "{stderr}");
}

#[test]
fn under_rootfs_the_checks_of_this_machine_are_skipped_and_the_output_says_so_once() {
    let root = Root::new();
    let (ok, stdout, stderr) = outcome(&mut root.kadm(&["init", "phase", "preflight"]));
    assert!(ok, "{stderr}");
    let notes: Vec<&str> = stdout.lines().filter(|l| l.contains("Skipping")).collect();
    assert_eq!(notes.len(), 1, "{stdout}");
    assert_eq!(
        notes[0],
        format!(
            "[preflight] Skipping the checks of this machine under --rootfs {} (the node is \
             that directory, not this machine): IsPrivilegedUser, NumCPU, Mem, Port-6443, \
             Port-10259, Port-10257, CRI, Swap, Port-10250, \
             FileContent--proc-sys-net-ipv4-ip_forward, Port-2379, Port-2380",
            root.path().display()
        )
    );
    assert_eq!(
        tree(root.path()),
        Vec::<PathBuf>::new(),
        "preflight writes nothing"
    );

    // -o json: the phase's result lists every check with its status and the counts.
    let json = ["init", "phase", "preflight", "-o", "json"];
    let (ok, stdout, stderr) = outcome(&mut root.kadm(&json));
    assert!(ok, "{stderr}");
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let result = &doc["phases"][0]["result"];
    assert_eq!(doc["phases"][0]["phase"], "preflight");
    assert_eq!(result["skipped"], 12, "{result}");
    assert_eq!(result["failed"], 0, "{result}");
    assert_eq!(result["passed"], result["run"], "{result}");
    let checks = result["checks"].as_array().unwrap();
    assert_eq!(checks.len() as u64, result["run"].as_u64().unwrap() + 12);
    assert!(
        checks
            .iter()
            .any(|c| c["name"] == "DirAvailable--var-lib-etcd")
    );
}

#[test]
fn a_foreign_etcd_data_dir_fails_as_in_kubeadm() {
    let root = Root::new();
    let member = root.join("/var/lib/etcd/member/snap");
    fs::create_dir_all(&member).unwrap();
    fs::write(member.join("db"), b"someone else's").unwrap();
    let (ok, _, stderr) = init(&root, &[]);
    assert!(!ok);
    assert!(
        stderr.contains(&format!(
            "[ERROR DirAvailable--var-lib-etcd]: {} is not empty, and it is not this node's etcd",
            root.join("/var/lib/etcd").display()
        )),
        "{stderr}"
    );
    assert!(!root.pki().exists(), "nothing was written");
}
