//! Command-line flags as kubeadm builds them: defaults as name/value pairs, replaced by
//! `extraArgs` (kubeadm's `ArgumentsToCommand`).

use kadm_config::types::Arg;

/// A name/value pair.
pub fn arg(name: &str, value: impl Into<String>) -> Arg {
    Arg {
        name: name.to_string(),
        value: value.into(),
    }
}

/// Sets `name` to `value` among `args`: every earlier entry of that name goes, one remains
/// (kubeadm's `SetArgValues(args, name, value, 1)`).
pub fn set(args: &mut Vec<Arg>, name: &str, value: impl Into<String>) {
    args.retain(|a| a.name != name);
    args.push(arg(name, value));
}

/// The value of the last entry named `name`, as kubeadm's `GetArgValue(args, name, -1)`.
pub fn last<'a>(args: &'a [Arg], name: &str) -> Option<&'a str> {
    args.iter()
        .rev()
        .find(|a| a.name == name)
        .map(|a| a.value.as_str())
}

/// `program` followed by `--name=value` for every flag: a name given in `overrides`
/// (`extraArgs`) replaces every default of that name and may itself repeat; the flags are sorted
/// by name, then by value, as kubeadm sorts them.
pub fn command(program: &str, defaults: &[Arg], overrides: &[Arg]) -> Vec<String> {
    let mut args: Vec<&Arg> = overrides.iter().collect();
    args.extend(
        defaults
            .iter()
            .filter(|d| !overrides.iter().any(|o| o.name == d.name)),
    );
    args.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.value.cmp(&b.value)));
    std::iter::once(program.to_string())
        .chain(args.iter().map(|a| format!("--{}={}", a.name, a.value)))
        .collect()
}

/// The flag names of a command built by [`command`] (the program left out).
pub fn flag_names(command: &[String]) -> Vec<&str> {
    command
        .iter()
        .skip(1)
        .filter_map(|f| f.strip_prefix("--"))
        .map(|f| f.split_once('=').map_or(f, |(name, _)| name))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_args_replace_defaults_may_repeat_and_everything_is_sorted() {
        let defaults = vec![
            arg("secure-port", "6443"),
            arg("authorization-mode", "Node,RBAC"),
            arg("v", "2"),
        ];
        let overrides = vec![
            arg("v", "5"),
            arg("tls-cipher-suites", "b"),
            arg("admission-control-config-file", "/x"),
            arg("tls-cipher-suites", "a"),
        ];
        assert_eq!(
            command("kube-apiserver", &defaults, &overrides),
            [
                "kube-apiserver",
                "--admission-control-config-file=/x",
                "--authorization-mode=Node,RBAC",
                "--secure-port=6443",
                "--tls-cipher-suites=a",
                "--tls-cipher-suites=b",
                "--v=5",
            ]
        );
        assert_eq!(
            flag_names(&command("x", &defaults, &[])),
            ["authorization-mode", "secure-port", "v"]
        );
    }

    #[test]
    fn set_keeps_one_entry_and_last_reads_the_last() {
        let mut args = vec![arg("a", "1"), arg("b", "2"), arg("a", "3")];
        assert_eq!(last(&args, "a"), Some("3"));
        set(&mut args, "a", "4");
        assert_eq!(args, [arg("b", "2"), arg("a", "4")]);
        assert_eq!(last(&args, "c"), None);
    }
}
