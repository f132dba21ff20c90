//! `/var/lib/kubelet/kubeadm-flags.env`: the node-specific kubelet flags, as kubeadm's
//! `phases/kubelet/flags.go` writes them: `KUBELET_KUBEADM_ARGS="--a=x --b=y"`, the flags sorted
//! by name, each `nodeRegistration.kubeletExtraArgs` name replacing every flag of that name.

use kadm_config::types::Arg;

/// The file's name in the kubelet's directory.
pub const FLAGS_FILE: &str = "kubeadm-flags.env";
/// The variable the kubelet's systemd drop-in passes on to the kubelet.
pub const ENV_VARIABLE: &str = "KUBELET_KUBEADM_ARGS";

/// What the flags depend on.
#[derive(Debug, Clone, Copy)]
pub struct FlagInputs<'a> {
    /// `--container-runtime-endpoint`: the CRI socket, or `None` when the socket goes to the
    /// instance config instead (feature gate `NodeLocalCRISocket`).
    pub cri_socket: Option<&'a str>,
    /// `--pod-infra-container-image`: the pause image, which the kubelet then never garbage
    /// collects; `None` from v1.35, whose kubelet has no such flag.
    pub pause_image: Option<&'a str>,
    /// `--hostname-override`: the node name, when it differs from the node's hostname.
    pub hostname_override: Option<&'a str>,
    /// `nodeRegistration.kubeletExtraArgs`, in file order.
    pub extra_args: &'a [Arg],
}

/// The flags kubeadm computes, before the extra arguments (name without dashes, value).
pub fn base_flags(inputs: &FlagInputs<'_>) -> Vec<(String, String)> {
    let mut flags = Vec::new();
    if let Some(socket) = inputs.cri_socket {
        flags.push(("container-runtime-endpoint".into(), socket.into()));
    }
    if let Some(image) = inputs.pause_image.filter(|i| !i.is_empty()) {
        flags.push(("pod-infra-container-image".into(), image.into()));
    }
    if let Some(name) = inputs.hostname_override {
        flags.push(("hostname-override".into(), name.into()));
    }
    flags
}

/// kubeadm's merge of base flags and overrides (`ArgumentsToCommand`): every override is kept,
/// including repeated names; a base flag is dropped when an override has its name; the result is
/// sorted by name, then value; each one written `--name=value`.
pub fn merge(base: &[(String, String)], overrides: &[Arg]) -> Vec<String> {
    let mut args: Vec<(&str, &str)> = overrides
        .iter()
        .map(|a| (a.name.as_str(), a.value.as_str()))
        .collect();
    args.extend(
        base.iter()
            .filter(|(name, _)| !overrides.iter().any(|o| &o.name == name))
            .map(|(n, v)| (n.as_str(), v.as_str())),
    );
    args.sort();
    args.iter().map(|(n, v)| format!("--{n}={v}")).collect()
}

/// The file's text: `KUBELET_KUBEADM_ARGS=` and the flags joined by spaces, quoted as Go's `%q`.
pub fn env_file(inputs: &FlagInputs<'_>) -> String {
    let args = merge(&base_flags(inputs), inputs.extra_args);
    format!("{ENV_VARIABLE}={}\n", go_quote(&args.join(" ")))
}

/// `text` in double quotes as Go's `%q` writes it: `\"` and `\\` escaped, control characters as
/// `\n`, `\t`, ... or `\xNN`, other characters as they are.
pub fn go_quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arg(name: &str, value: &str) -> Arg {
        Arg {
            name: name.into(),
            value: value.into(),
        }
    }

    const SOCKET: &str = "unix:///var/run/containerd/containerd.sock";
    const PAUSE: &str = "registry.k8s.io/pause:3.10";

    fn inputs<'a>(extra: &'a [Arg]) -> FlagInputs<'a> {
        FlagInputs {
            cri_socket: Some(SOCKET),
            pause_image: Some(PAUSE),
            hostname_override: None,
            extra_args: extra,
        }
    }

    #[test]
    fn kubeadm_s_default_file() {
        assert_eq!(
            env_file(&inputs(&[])),
            "KUBELET_KUBEADM_ARGS=\"--container-runtime-endpoint=unix:///var/run/containerd/\
             containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10\"\n"
        );
    }

    #[test]
    fn node_local_socket_and_hostname_override() {
        let text = env_file(&FlagInputs {
            cri_socket: None,
            hostname_override: Some("cp-1"),
            ..inputs(&[])
        });
        assert_eq!(
            text,
            "KUBELET_KUBEADM_ARGS=\"--hostname-override=cp-1 \
             --pod-infra-container-image=registry.k8s.io/pause:3.10\"\n"
        );
    }

    #[test]
    fn extra_args_replace_by_name_repeat_and_sort() {
        let extra = [
            arg("node-ip", "10.0.0.5"),
            arg("pod-infra-container-image", "mirror/pause:3.10"),
            arg("node-labels", "b=2"),
            arg("node-labels", "a=1"),
            arg("v", "4"),
        ];
        assert_eq!(
            merge(&base_flags(&inputs(&extra)), &extra),
            [
                "--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock",
                "--node-ip=10.0.0.5",
                "--node-labels=a=1",
                "--node-labels=b=2",
                "--pod-infra-container-image=mirror/pause:3.10",
                "--v=4",
            ]
        );
    }

    #[test]
    fn quoting_matches_go() {
        assert_eq!(go_quote("a b"), "\"a b\"");
        assert_eq!(go_quote("say \"hi\"\\"), "\"say \\\"hi\\\"\\\\\"");
        assert_eq!(go_quote("x\ny\tz\u{1}\u{7f}"), "\"x\\ny\\tz\\x01\\x7f\"");
        assert_eq!(go_quote("é"), "\"é\"");
        let text = env_file(&inputs(&[arg("node-labels", "team=\"a b\"")]));
        assert!(text.contains("--node-labels=team=\\\"a b\\\""), "{text}");
    }
}
