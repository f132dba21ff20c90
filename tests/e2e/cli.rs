//! The command line: help generated from the phases, completions kept fresh, config defaults,
//! version, tokens, errors.

use kadm_test_support::expected;

use crate::support::{Root, kadm};
use predicates::prelude::*;

const SHELLS: [(&str, &str); 5] = [
    ("bash", "kadm.bash"),
    ("zsh", "_kadm"),
    ("fish", "kadm.fish"),
    ("powershell", "_kadm.ps1"),
    ("elvish", "kadm.elv"),
];

fn repo(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

#[test]
fn completions_in_the_repository_are_fresh() {
    for (shell, file) in SHELLS {
        let out = kadm().args(["completion", shell]).output().unwrap();
        assert!(out.status.success(), "completion {shell} failed");
        expected::assert_file(&repo("completions").join(file), &out.stdout);
    }
}

/// Completions offer what help lists: a hidden phase (kubeadm's old name, still accepted) is in
/// neither, and it still runs when named.
#[test]
fn hidden_phases_are_neither_in_help_nor_in_completions() {
    let hidden = "enable-client-cert-rotation";
    let help = kadm()
        .args(["init", "phase", "kubelet-finalize", "--help"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&help.stdout).contains(hidden));
    for (shell, _) in SHELLS {
        let out = kadm().args(["completion", shell]).output().unwrap();
        let script = String::from_utf8_lossy(&out.stdout);
        assert!(
            !script.contains(hidden),
            "{shell} completion offers {hidden}"
        );
        assert!(
            script.contains("kubelet-finalize"),
            "{shell}: listed phases stay"
        );
    }
    let bash = kadm().args(["completion", "bash"]).output().unwrap();
    assert!(String::from_utf8_lossy(&bash.stdout).contains("cert-rotation"));
    let runs = kadm()
        .args(["init", "phase", "kubelet-finalize", hidden, "--help"])
        .output()
        .unwrap();
    assert!(runs.status.success(), "the hidden phase still parses");
}

#[test]
fn init_help_phase_tree_matches_its_snapshot() {
    let out = kadm().args(["init", "--help"]).output().unwrap();
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    let start = help
        .find("The \"init\" command executes the following phases:")
        .expect("phase list in init --help");
    let tree = &help[start..];
    insta::assert_snapshot!("init-phases", tree);
    expected::assert_section(&repo("docs/phase-runner.md"), tree);
}

#[test]
fn init_help_lists_the_phase_tree() {
    kadm()
        .args(["init", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "The \"init\" command executes the following phases:",
        ));
}

#[test]
fn version_prints_kadm_version() {
    kadm()
        .args(["version", "-o", "short"])
        .assert()
        .success()
        .stdout(format!("v{}\n", env!("CARGO_PKG_VERSION")));
    let out = kadm().args(["version", "-o", "json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["kadmVersion"], format!("v{}", env!("CARGO_PKG_VERSION")));
}

/// `kadm token generate` prints one token of kubeadm's form, a new one each run, and nothing else.
#[test]
fn token_generate_prints_a_new_token_each_run() {
    let tokens: Vec<String> = (0..2)
        .map(|_| {
            let out = kadm().args(["token", "generate"]).output().unwrap();
            assert!(out.status.success() && out.stderr.is_empty(), "{out:?}");
            String::from_utf8(out.stdout).unwrap()
        })
        .collect();
    for text in &tokens {
        let token = text
            .strip_suffix('\n')
            .unwrap_or_else(|| panic!("{text:?}"));
        let (id, secret) = token.split_once('.').unwrap_or_else(|| panic!("{text:?}"));
        let ok = |part: &str, len| {
            part.len() == len
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        };
        assert!(ok(id, 6) && ok(secret, 16), "{text:?}");
    }
    assert_ne!(tokens[0], tokens[1]);
}

#[test]
fn init_defaults_are_accepted_back_by_config() {
    let root = Root::new();
    let out = kadm()
        .args(["config", "print", "init-defaults"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("apiVersion: kubeadm.k8s.io/v1beta4"),
        "{text}"
    );
    assert!(text.contains("kind: InitConfiguration"), "{text}");
    assert!(text.contains("kind: ClusterConfiguration"), "{text}");
    let file = root.path().join("kubeadm.yaml");
    std::fs::write(&file, &text).unwrap();
    root.kadm(&["init", "--dry-run", "--config", file.to_str().unwrap()])
        .assert()
        .success();
}

#[test]
fn unknown_skip_phase_is_an_error_listing_valid_names() {
    let root = Root::new();
    root.kadm(&["init", "--skip-phases", "no-such-phase"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "invalid phase name: no-such-phase\nvalid phase names are:",
        ));
    assert!(root.snapshot().is_empty(), "nothing may be written");
}

#[test]
fn a_typo_in_skip_phases_gets_a_suggestion() {
    let root = Root::new();
    root.kadm(&["init", "--skip-phases", "certs/etcdca"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "invalid phase name: certs/etcdca (did you mean \"certs/etcd-ca\"?)",
        ));
    root.kadm(&["init", "phase", "certs", "etcdca"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("etcd-ca"));
    assert!(root.snapshot().is_empty(), "nothing may be written");
}

#[test]
fn bad_config_file_names_the_file_and_changes_nothing() {
    let root = Root::new();
    let file = root.path().join("bad.yaml");
    std::fs::write(
        &file,
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: 10.96.0.0/33\n",
    )
    .unwrap();
    let before = root.snapshot();
    root.kadm(&["init", "--config", file.to_str().unwrap()])
        .assert()
        .failure()
        .stderr(predicate::str::contains("bad.yaml"))
        .stderr(predicate::str::contains("serviceSubnet"));
    assert_eq!(root.snapshot(), before);
}

/// `--progress always` shows progress on a pipe as plain lines (no escape codes); `auto` shows
/// none on a pipe.
#[test]
fn progress_always_draws_plain_lines_on_a_pipe() {
    let root = Root::new();
    let out = root
        .kadm(&["init", "phase", "certs", "all", "--progress", "always"])
        .args(["--encryption-algorithm", "ECDSA-P256"])
        .env_remove("CI")
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("[certs] Generating keys: 11/11"),
        "{stderr}"
    );
    assert!(
        !stderr.contains('\u{1b}'),
        "no escape codes on a pipe: {stderr:?}"
    );
    let root = Root::new();
    let out = root
        .kadm(&["init", "phase", "certs", "all"])
        .args(["--encryption-algorithm", "ECDSA-P256"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("Generating keys"));
}
