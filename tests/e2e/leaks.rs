//! No message quotes a file kadm read. A table of error cases puts real private keys where a
//! configuration, a kubeconfig or the kubelet's configuration belongs (as the file, as a link to
//! it, as a value inside it), runs the built binary on each, and scans its stdout and stderr for
//! `PRIVATE KEY` and for any 40 characters of the keys' base64 text.

use std::path::Path;

use kadm_pki::{AwsLcKeyGenerator, KeyAlgorithm, KeyGenerator};

use crate::kubelet_finalize::rotating_node;
use crate::support::Root;

/// The length of the shortest run of key text that counts as a leak.
const WINDOW: usize = 40;

/// Real keys, and every form in which their material could show up in a message.
struct Keys {
    /// An RSA-2048 key, PKCS#1 PEM.
    rsa: String,
    /// An ECDSA P-256 key, SEC1 PEM.
    ec: String,
}

impl Keys {
    fn new() -> Self {
        let pem = |alg| AwsLcKeyGenerator.generate(alg).unwrap().to_pem();
        Keys {
            rsa: pem(KeyAlgorithm::Rsa2048),
            ec: pem(KeyAlgorithm::EcdsaP256),
        }
    }

    /// The first base64 line of the RSA key's body.
    fn rsa_line(&self) -> &str {
        self.rsa.lines().nth(1).unwrap()
    }
}

/// The secret texts of a PEM key: its body without line breaks, and the base64 of the whole PEM
/// (as a kubeconfig's `-data` field holds it).
pub(crate) fn secret_forms(pem: &str) -> Vec<String> {
    use base64::Engine as _;
    let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    vec![body, base64::engine::general_purpose::STANDARD.encode(pem)]
}

/// The first piece of key material found in `output`, if any.
pub(crate) fn leak(output: &str, secrets: &[String]) -> Option<String> {
    if output.contains("PRIVATE KEY") {
        return Some("PRIVATE KEY".to_string());
    }
    for secret in secrets {
        let chars: Vec<char> = secret.chars().collect();
        for window in chars.windows(WINDOW) {
            let window: String = window.iter().collect();
            if output.contains(&window) {
                return Some(window);
            }
        }
    }
    None
}

/// Runs `kadm <args>` in `root` and returns stdout and stderr together.
fn output(root: &Root, args: &[&str]) -> String {
    let out = root.kadm(args).output().unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// One error case: its name, what its output must say (so the case reaches the error path it is
/// about) and the output.
struct Case {
    name: String,
    expect: String,
    output: String,
}

/// Checks every case: each says what it must, none shows key material.
fn check(cases: &[Case], secrets: &[String]) {
    let mut failures = Vec::new();
    for case in cases {
        if !case.output.contains(&case.expect) {
            failures.push(format!(
                "{}: expected {:?} in the output:\n{}",
                case.name, case.expect, case.output
            ));
        }
        if let Some(found) = leak(&case.output, secrets) {
            failures.push(format!(
                "{}: the output shows key material ({found:?}):\n{}",
                case.name, case.output
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

const INIT: &str = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\n";
const CLUSTER: &str = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n";

#[test]
fn configuration_errors_never_show_key_material() {
    let keys = Keys::new();
    let line = keys.rsa_line();
    let indented: String = keys.rsa.lines().map(|l| format!("  {l}\n")).collect();
    let files = [
        ("the RSA key as the file", "rsa.key", keys.rsa.clone()),
        ("the EC key as the file", "ec.key", keys.ec.clone()),
        (
            "key text as a CIDR",
            "cidr.yaml",
            format!("{CLUSTER}networking:\n  serviceSubnet: {line}\n"),
        ),
        (
            "key text as a SAN",
            "san.yaml",
            format!("{CLUSTER}apiServer:\n  certSANs:\n  - {line}\n"),
        ),
        (
            "key text as a kind",
            "kind.yaml",
            format!("apiVersion: kubeadm.k8s.io/v1beta4\nkind: {line}\n"),
        ),
        (
            "key text as an unknown field",
            "field.yaml",
            format!("{CLUSTER}{line}: 1\n"),
        ),
        (
            "key text as a port",
            "port.yaml",
            format!("{INIT}localAPIEndpoint:\n  bindPort: {line}\n"),
        ),
        (
            "a whole PEM key as an endpoint",
            "endpoint.yaml",
            format!("{CLUSTER}controlPlaneEndpoint: |\n{indented}"),
        ),
        (
            "a whole PEM key as a version",
            "version.yaml",
            format!("{CLUSTER}kubernetesVersion: |\n{indented}"),
        ),
        (
            "a whole PEM key as a list",
            "list.yaml",
            format!("{CLUSTER}apiServer: |\n{indented}"),
        ),
    ];
    let root = Root::new();
    let mut cases = Vec::new();
    for (name, file, text) in files {
        let path = root.path().join(file);
        write(&path, &text);
        cases.push(Case {
            name: name.to_string(),
            expect: file.to_string(),
            output: output(
                &root,
                &["init", "--dry-run", "--config", path.to_str().unwrap()],
            ),
        });
    }
    let mut secrets = secret_forms(&keys.rsa);
    secrets.extend(secret_forms(&keys.ec));
    check(&cases, &secrets);
}

/// Turns a good admin.conf into a bad one.
type Edit<'a> = Box<dyn Fn(&str) -> String + 'a>;

/// Spoils a node whose kubelet rotates; returns extra arguments for the run.
type Setup<'a> = dyn Fn(&Root) -> Vec<String> + 'a;

#[test]
fn kubeconfig_errors_never_show_key_material() {
    use base64::Engine as _;
    let b64 = |text: &str| base64::engine::general_purpose::STANDARD.encode(text);
    let keys = Keys::new();
    let line = keys.rsa_line();
    let edits: [(&str, Edit, &str); 6] = [
        (
            "the key as admin.conf",
            Box::new(|_| keys.rsa.clone()),
            "admin.conf",
        ),
        (
            "the key as the server",
            Box::new(|text| replace_field(text, "server", &b64(&keys.rsa))),
            "admin.conf",
        ),
        (
            "key text as the current context",
            Box::new(|text| replace_field(text, "current-context", line)),
            "current-context",
        ),
        (
            "key text as the apiVersion",
            Box::new(|text| replace_field(text, "apiVersion", line)),
            "apiVersion",
        ),
        (
            "the key as the client certificate",
            Box::new(|text| replace_field(text, "client-certificate-data", &b64(&keys.rsa))),
            "client-certificate",
        ),
        (
            "the key as the CA",
            Box::new(|text| replace_field(text, "certificate-authority-data", &b64(&keys.ec))),
            "certificate-authority",
        ),
    ];
    let mut cases = Vec::new();
    let mut secrets = secret_forms(&keys.rsa);
    secrets.extend(secret_forms(&keys.ec));
    for (name, edit, expect) in &edits {
        let root = Root::new();
        root.control_plane(6443);
        let conf = root.join("/etc/kubernetes/admin.conf");
        let text = std::fs::read_to_string(&conf).unwrap();
        write(&conf, &edit(&text));
        cases.push(Case {
            name: name.to_string(),
            expect: expect.to_string(),
            output: output(&root, &["init", "phase", "kubeconfig", "admin"]),
        });
        // The cluster's own keys must not show up either.
        let ca_key = std::fs::read_to_string(root.pki().join("ca.key")).unwrap();
        secrets.extend(secret_forms(&ca_key));
    }
    check(&cases, &secrets);
}

/// `text` with the value of every `field:` line replaced by `value`.
fn replace_field(text: &str, field: &str, value: &str) -> String {
    text.lines()
        .map(
            |l| match l.trim_start().strip_prefix(&format!("{field}:")) {
                Some(_) => {
                    let indent = &l[..l.len() - l.trim_start().len()];
                    format!("{indent}{field}: {value}\n")
                }
                None => format!("{l}\n"),
            },
        )
        .collect()
}

#[test]
fn a_certificate_file_holding_a_key_is_named_not_quoted() {
    let root = Root::new();
    root.control_plane(6443);
    let pki = root.pki();
    let ca_key = std::fs::read_to_string(pki.join("ca.key")).unwrap();
    write(&pki.join("ca.crt"), &ca_key);
    let case = Case {
        name: "the CA key as ca.crt".to_string(),
        expect: "ca.crt".to_string(),
        output: output(&root, &["init", "phase", "certs", "ca"]),
    };
    check(&[case], &secret_forms(&ca_key));
}

#[test]
fn kubelet_configuration_that_is_a_key_is_named_not_quoted() {
    let keys = Keys::new();
    let mut cases = Vec::new();
    let mut secrets = secret_forms(&keys.rsa);
    let setups: [(&str, &Setup, &str); 5] = [
        (
            "kubeletExtraArgs config names ca.key",
            &|root| {
                let file = root.path().join("kubeadm.yaml");
                write(
                    &file,
                    &format!(
                        "{INIT}nodeRegistration:\n  kubeletExtraArgs:\n  - name: config\n    \
                         value: /etc/kubernetes/pki/ca.key\n"
                    ),
                );
                vec!["--config".into(), file.to_str().unwrap().into()]
            },
            "ca.key",
        ),
        (
            "config.yaml is a link to ca.key",
            &|root| {
                let link = root.join("/var/lib/kubelet/config.yaml");
                std::fs::remove_file(&link).unwrap();
                // Relative, so it stays inside the rootfs however paths are resolved.
                std::os::unix::fs::symlink("../../../etc/kubernetes/pki/ca.key", &link).unwrap();
                vec![]
            },
            "config.yaml",
        ),
        (
            "config.yaml is a key",
            &|root| {
                write(&root.join("/var/lib/kubelet/config.yaml"), &keys.rsa);
                vec![]
            },
            "config.yaml",
        ),
        (
            "rotate-certificates is key text",
            &|root| {
                let file = root.path().join("kubeadm.yaml");
                write(
                    &file,
                    &format!(
                        "{INIT}nodeRegistration:\n  kubeletExtraArgs:\n  - name: \
                         rotate-certificates\n    value: {}\n",
                        keys.rsa_line()
                    ),
                );
                vec!["--config".into(), file.to_str().unwrap().into()]
            },
            "rotate-certificates",
        ),
        (
            "kubelet.conf is a key",
            &|root| {
                write(&root.join("/etc/kubernetes/kubelet.conf"), &keys.rsa);
                vec![]
            },
            "kubelet.conf",
        ),
    ];
    for (name, setup, expect) in setups {
        let (root, _, _) = rotating_node();
        let extra = setup(&root);
        let mut args = vec!["init", "phase", "kubelet-finalize", "all", "--dry-run"];
        args.extend(extra.iter().map(String::as_str));
        cases.push(Case {
            name: name.to_string(),
            expect: expect.to_string(),
            output: output(&root, &args),
        });
        let ca_key = std::fs::read_to_string(root.pki().join("ca.key")).unwrap();
        secrets.extend(secret_forms(&ca_key));
        // The kubelet's own key (its link is absolute, as on the node: read the file itself).
        let pem = std::fs::read_dir(root.join("/var/lib/kubelet/pki"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| !p.is_symlink() && p.to_string_lossy().ends_with(".pem"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .unwrap();
        let key_start = pem.find("-----BEGIN EC PRIVATE KEY").unwrap();
        secrets.extend(secret_forms(&pem[key_start..]));
    }
    check(&cases, &secrets);
}

/// Makes `path` readable by everyone.
fn expose(path: &Path) {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644)).unwrap();
}

#[test]
fn a_reused_key_or_kubeconfig_readable_by_others_gets_a_warning() {
    let root = Root::new();
    root.control_plane(6443);
    let ca_key = root.pki().join("ca.key");
    let admin = root.join("/etc/kubernetes/admin.conf");
    expose(&ca_key);
    expose(&admin);
    let certs = output(&root, &["init", "phase", "certs", "ca"]);
    let kubeconfig = output(&root, &["init", "phase", "kubeconfig", "admin"]);
    for (out, file) in [(&certs, &ca_key), (&kubeconfig, &admin)] {
        let warning = out
            .lines()
            .find(|l| l.contains("WARNING") && l.contains(&file.display().to_string()))
            .unwrap_or_else(|| panic!("no warning about {}:\n{out}", file.display()));
        assert!(warning.contains("mode 0644"), "{warning}");
        assert!(
            warning.contains(&format!("chmod 600 {}", file.display())),
            "{warning}"
        );
    }
    // Files kadm wrote itself (0600) earn no warning.
    let quiet = output(&root, &["init", "phase", "kubeconfig", "super-admin"]);
    assert!(!quiet.contains("WARNING"), "{quiet}");
}
