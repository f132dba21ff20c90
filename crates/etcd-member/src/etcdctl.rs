//! The etcdctl commands kadm prints when it cannot finish a membership change itself.

use crate::hex_id;

/// The credentials an `etcdctl` command names: node paths (`/etc/kubernetes/pki/etcd/ca.crt`,
/// `/etc/kubernetes/pki/apiserver-etcd-client.crt`, `.key`), as the user runs it on the node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EtcdctlCredentials {
    /// The CA that signed the members' serving certificates (`--cacert`).
    pub ca: String,
    /// The client certificate (`--cert`).
    pub cert: String,
    /// The client certificate's key (`--key`).
    pub key: String,
}

/// The exact command that removes member `id` through `endpoints`: what to run when a member was
/// added but a later step of the join failed, or when reset could not reach the cluster.
pub fn member_remove_command(endpoints: &[String], creds: &EtcdctlCredentials, id: u64) -> String {
    etcdctl_command(endpoints, creds, &["member", "remove", &hex_id(id)])
}

/// `etcdctl` at `endpoints` with `creds`, then `args` (each quoted for the shell as needed).
pub fn etcdctl_command(endpoints: &[String], creds: &EtcdctlCredentials, args: &[&str]) -> String {
    let mut words = vec![
        "etcdctl".to_string(),
        "--endpoints".into(),
        quote(&endpoints.join(",")),
        "--cacert".into(),
        quote(&creds.ca),
        "--cert".into(),
        quote(&creds.cert),
        "--key".into(),
        quote(&creds.key),
    ];
    words.extend(args.iter().map(|a| quote(a)));
    words.join(" ")
}

/// `word` as a POSIX shell reads it back: unchanged when it holds only safe characters, else in
/// single quotes.
fn quote(word: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "/._-:,=@+%".contains(c);
    if !word.is_empty() && word.chars().all(safe) {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn creds(dir: &str) -> EtcdctlCredentials {
        EtcdctlCredentials {
            ca: format!("{dir}/etcd/ca.crt"),
            cert: format!("{dir}/apiserver-etcd-client.crt"),
            key: format!("{dir}/apiserver-etcd-client.key"),
        }
    }

    #[test]
    fn the_command_names_every_endpoint_the_credentials_and_the_hex_id() {
        let endpoints = [
            "https://10.0.0.1:2379".to_string(),
            "https://[fd00::1]:2379".into(),
        ];
        assert_eq!(
            member_remove_command(
                &endpoints,
                &creds("/etc/kubernetes/pki"),
                0x8e9e05c52164694d
            ),
            "etcdctl --endpoints 'https://10.0.0.1:2379,https://[fd00::1]:2379' \
             --cacert /etc/kubernetes/pki/etcd/ca.crt \
             --cert /etc/kubernetes/pki/apiserver-etcd-client.crt \
             --key /etc/kubernetes/pki/apiserver-etcd-client.key member remove 8e9e05c52164694d"
        );
    }

    #[test]
    fn a_path_with_spaces_or_quotes_is_quoted_for_the_shell() {
        let cmd =
            member_remove_command(&["https://10.0.0.1:2379".into()], &creds("/my pki/it's"), 1);
        assert!(
            cmd.contains(r"--cacert '/my pki/it'\''s/etcd/ca.crt'"),
            "{cmd}"
        );
        assert!(cmd.ends_with("member remove 1"), "{cmd}");
    }
}
