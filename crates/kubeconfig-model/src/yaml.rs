//! YAML text in and out: the only module that calls serde-saphyr.
//!
//! Reading takes two passes over the text. The first deserializes the typed model, with
//! `serde_path_to_error` tracking the field path and serde-saphyr the line and column, so a fault
//! is reported as `file:line:col: users[0].user.client-key-data: ...`. The second reads the same
//! text as an untyped tree and copies the keys the model does not know into its
//! `unknown_fields`. (The usual single pass, `#[serde(flatten)]` into a map, buffers the whole
//! struct and loses both the line and the field path of every error inside it.)
//!
//! Writing turns the model into a JSON-like tree, sorts every map's keys and prints it as YAML:
//! kubectl and kubeadm encode to JSON and convert to YAML, which sorts keys the same way.

use std::path::Path;

use kadm_config::excerpt;
use serde::Deserializer;
use serde::de::{self, DeserializeOwned, Visitor};
use serde_json::Value;
use serde_saphyr::MessageFormatter;

use crate::error::KubeConfigError;
use crate::model::{AuthInfo, Cluster, Context, KubeConfig, UnknownFields};

/// Parses kubeconfig text into the model, unknown fields included.
pub(crate) fn parse(text: &str, path: &Path) -> Result<KubeConfig, KubeConfigError> {
    let mut config: KubeConfig = deserialize(text, path)?;
    let tree: Value = deserialize(text, path)?;
    restore_unknown_fields(&mut config, &tree);
    Ok(config)
}

/// Prints the model as kubectl would write it.
pub(crate) fn emit(config: &KubeConfig) -> String {
    // serde_json documents two ways to fail: a `Serialize` impl that fails and a map with
    // non-string keys. The model has neither (its base64 fields always encode, its maps are keyed
    // by `String`).
    let tree = kadm_sorted_yaml::to_sorted_tree(config)
        .expect("a kubeconfig always converts to a JSON tree");
    // JSON is YAML that kubectl reads as well; should the YAML printer ever refuse a tree, the
    // JSON form is still a correct file.
    kadm_sorted_yaml::tree_to_yaml(&tree).unwrap_or_else(|_| format!("{tree:#}\n"))
}

/// Deserializes `T` from the text, reporting faults with their field path and position.
fn deserialize<T: DeserializeOwned>(text: &str, path: &Path) -> Result<T, KubeConfigError> {
    let mut field = None;
    serde_saphyr::with_deserializer_from_str(text, |deserializer| {
        serde_path_to_error::deserialize(deserializer).map_err(|err| {
            field = Some(err.path().to_string());
            err.into_inner()
        })
    })
    .map_err(|err| invalid(path, field, &err))
}

/// Turns a serde-saphyr error into [`KubeConfigError::Invalid`].
fn invalid(path: &Path, field: Option<String>, err: &serde_saphyr::Error) -> KubeConfigError {
    let position = err
        .location()
        .filter(|location| location.line() > 0)
        .map(|location| (location.line(), location.column()));
    // The formatter gives the message alone (the position is reported separately); it may quote
    // the input, which may be a key: only what `excerpt` allows reaches the terminal.
    let message = excerpt::parser_message(&serde_saphyr::UserMessageFormatter.format_message(err));
    KubeConfigError::Invalid {
        path: path.to_path_buf(),
        position,
        // `.` is the document root and `?` a key serde could not name: no particular field. A
        // path made of keys of a damaged file can quote the file: shown cut, as any value.
        field: field
            .filter(|field| field != "." && field != "?")
            .map(|field| field_path(&field)),
        message,
    }
}

/// A field path for messages: as is when it looks like one (`users[0].user.client-key-data`),
/// else cut by the excerpt rule.
fn field_path(field: &str) -> String {
    let plain = field.len() <= 80
        && field
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-[]".contains(c));
    if plain {
        field.to_string()
    } else {
        excerpt::value(field)
    }
}

/// Copies into `config` the fields of `tree` (the same document, untyped) that the model lacks.
fn restore_unknown_fields(config: &mut KubeConfig, tree: &Value) {
    config.unknown_fields = unknown_fields::<KubeConfig>(Some(tree));
    restore_in_list::<Cluster, _>(&mut config.clusters, tree, "clusters", "cluster", |entry| {
        &mut entry.cluster.unknown_fields
    });
    restore_in_list::<AuthInfo, _>(&mut config.users, tree, "users", "user", |entry| {
        &mut entry.user.unknown_fields
    });
    restore_in_list::<Context, _>(&mut config.contexts, tree, "contexts", "context", |entry| {
        &mut entry.context.unknown_fields
    });
}

/// Restores the unknown fields of the `body` of each entry of the top-level list `list`.
/// Both sides come from the same document, so entries pair up by position.
fn restore_in_list<Body: DeserializeOwned, Entry>(
    entries: &mut [Entry],
    tree: &Value,
    list: &str,
    body: &str,
    slot: impl Fn(&mut Entry) -> &mut UnknownFields,
) {
    let items = tree
        .get(list)
        .and_then(Value::as_array)
        .into_iter()
        .flatten();
    for (entry, item) in entries.iter_mut().zip(items) {
        *slot(entry) = unknown_fields::<Body>(item.get(body));
    }
}

/// The keys of the map `node` that `T` does not deserialize, with their values.
fn unknown_fields<T: DeserializeOwned>(node: Option<&Value>) -> UnknownFields {
    let known = field_names::<T>();
    node.and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(key, _)| !known.contains(&key.as_str()))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect()
}

/// The YAML keys a derived `Deserialize` struct reads, as its derive declared them (renames
/// applied, skipped fields left out): the one list of known keys, so it cannot drift from the
/// serde attributes.
fn field_names<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut names: &'static [&'static str] = &[];
    // The probe always "fails" once it has seen the names: nothing is really deserialized.
    let _ = T::deserialize(FieldNameProbe(&mut names));
    names
}

/// A deserializer that only records the field list a derived struct passes to it.
struct FieldNameProbe<'a>(&'a mut &'static [&'static str]);

impl<'de> Deserializer<'de> for FieldNameProbe<'_> {
    type Error = de::value::Error;

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = fields;
        Err(de::Error::custom("field names recorded"))
    }

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not a struct"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{API_VERSION, NamedUser};

    const FILE: &str = "/etc/kubernetes/admin.conf";

    fn parse_ok(text: &str) -> KubeConfig {
        KubeConfig::from_yaml(text, Path::new(FILE)).unwrap()
    }

    fn parse_err(text: &str) -> String {
        KubeConfig::from_yaml(text, Path::new(FILE))
            .unwrap_err()
            .to_string()
    }

    /// Found by the fuzz target `kubeconfig` (fuzz/regressions/kubeconfig): the field path of a
    /// syntax error, made of the damaged file's keys, quoted hundreds of characters of it.
    #[test]
    fn a_damaged_files_keys_are_not_quoted_as_a_field() {
        let input =
            include_bytes!("../../../fuzz/regressions/kubeconfig/syntax-message-quotes-scalar");
        let text = std::str::from_utf8(input).unwrap();
        let err = parse_err(text);
        assert!(err.chars().count() < 300, "{err}");
        let body = "RU5zOGhyZWtHLApNelkwTjFvd0ZURVRNQkVH";
        assert!(text.contains(body) && !err.contains(body), "{err}");
    }

    #[test]
    fn new_single_prints_kubeadm_bytes() {
        let config = KubeConfig::new_single(
            "kubernetes",
            "https://10.0.0.1:6443",
            b"CA",
            "system:node:worker-1",
            b"CERT",
            b"KEY",
        );
        let expected = "\
apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: Q0E=
    server: https://10.0.0.1:6443
  name: kubernetes
contexts:
- context:
    cluster: kubernetes
    user: system:node:worker-1
  name: system:node:worker-1@kubernetes
current-context: system:node:worker-1@kubernetes
kind: Config
preferences: {}
users:
- name: system:node:worker-1
  user:
    client-certificate-data: Q0VSVA==
    client-key-data: S0VZ
";
        assert_eq!(config.to_yaml(), expected);
    }

    #[test]
    fn long_data_stays_on_one_line_and_round_trips() {
        let pem = format!(
            "-----BEGIN CERTIFICATE-----\n{}\n-----END CERTIFICATE-----\n",
            "M".repeat(1500)
        );
        let config = KubeConfig::new_single(
            "kubernetes",
            "https://[fd00::1]:6443",
            pem.as_bytes(),
            "kubernetes-admin",
            pem.as_bytes(),
            b"key",
        );
        let text = config.to_yaml();
        let data_line = text
            .lines()
            .find(|line| line.trim_start().starts_with("certificate-authority-data:"))
            .unwrap();
        assert!(data_line.len() > 2000, "{data_line}");
        assert_eq!(parse_ok(&text), config);
    }

    #[test]
    fn unknown_fields_survive_a_round_trip() {
        let text = r#"
apiVersion: v1
kind: Config
preferences:
  colors: true
clusters:
- name: prod
  cluster:
    server: https://prod.example:6443
    certificate-authority: /etc/ca.crt
    tls-server-name: api.prod
    insecure-skip-tls-verify: false
    proxy-url: socks5://127.0.0.1:1080
    disable-compression: true
    extensions:
    - name: client.authentication.k8s.io/exec
      extension: {audience: prod, count: 3}
users:
- name: sso
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: kubelogin
      args: [get-token, --server-id, "42"]
      env: null
      interactiveMode: IfAvailable
      provideClusterInfo: false
    as: impersonated
    as-groups: [a, b]
- name: basic
  user:
    username: u
    password: p
    tokenFile: /run/token
    auth-provider:
      name: oidc
      config: {client-id: x}
contexts:
- name: prod
  context:
    cluster: prod
    user: sso
    namespace: team-a
    extensions: [{name: note, extension: hello}]
current-context: prod
extensions:
- name: top
  extension: [1, 2.5, null]
x-vendor-top: {nested: [x]}
"#;
        let config = parse_ok(text);
        let cluster = &config.clusters[0].cluster;
        assert_eq!(
            cluster.certificate_authority.as_deref(),
            Some("/etc/ca.crt")
        );
        assert_eq!(cluster.tls_server_name.as_deref(), Some("api.prod"));
        assert_eq!(cluster.insecure_skip_tls_verify, Some(false));
        assert_eq!(
            cluster.proxy_url.as_deref(),
            Some("socks5://127.0.0.1:1080")
        );
        assert_eq!(
            cluster.unknown_fields["disable-compression"],
            Value::Bool(true)
        );
        assert_eq!(
            cluster.unknown_fields["extensions"][0]["extension"]["count"],
            Value::from(3)
        );
        let sso = &config.users[0].user;
        assert_eq!(sso.exec.as_ref().unwrap()["command"], "kubelogin");
        assert_eq!(sso.exec.as_ref().unwrap()["args"][2], "42");
        assert_eq!(sso.unknown_fields["as"], "impersonated");
        assert_eq!(
            config.users[1].user.token_file.as_deref(),
            Some("/run/token")
        );
        assert_eq!(
            config.users[1].user.auth_provider.as_ref().unwrap()["name"],
            "oidc"
        );
        let context = &config.contexts[0].context;
        assert_eq!(context.namespace.as_deref(), Some("team-a"));
        assert_eq!(
            context.unknown_fields["extensions"][0]["extension"],
            "hello"
        );
        assert_eq!(config.preferences["colors"], Value::Bool(true));
        assert_eq!(config.extensions.as_ref().unwrap()[0]["extension"][1], 2.5);
        assert_eq!(config.unknown_fields["x-vendor-top"]["nested"][0], "x");
        assert_eq!(config.unknown_fields.len(), 1);
        assert_eq!(config.current_user().unwrap().name, "sso");

        let written = config.to_yaml();
        let again = parse_ok(&written);
        assert_eq!(again, config);
        // The quoted numeric string stays a string, the unknown key stays sorted among known ones.
        assert!(written.contains("- \"42\"\n"), "{written}");
        assert!(
            written.contains("    as: impersonated\n    as-groups:\n"),
            "{written}"
        );
        assert!(written.contains("    tokenFile: /run/token\n"), "{written}");
    }

    #[test]
    fn rewriting_one_user_keeps_everything_else() {
        let text = "\
apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: Q0E=
    extensions:
    - extension:
        a: 1
      name: e
    server: https://127.0.0.1:6443
  name: kubernetes
contexts:
- context:
    cluster: kubernetes
    namespace: kube-system
    user: system:node:n1
  name: system:node:n1@kubernetes
current-context: system:node:n1@kubernetes
kind: Config
preferences: {}
users:
- name: system:node:n1
  user:
    client-certificate-data: Q0VSVA==
    client-key-data: S0VZ
    x-extra: kept
";
        let mut config = parse_ok(text);
        let user = &mut config.current_user_mut().unwrap().user;
        user.client_certificate_data = None;
        user.client_key_data = None;
        user.client_certificate = Some("/var/lib/kubelet/pki/kubelet-client-current.pem".into());
        user.client_key = Some("/var/lib/kubelet/pki/kubelet-client-current.pem".into());
        let expected = text.replace(
            "    client-certificate-data: Q0VSVA==\n    client-key-data: S0VZ\n",
            "    client-certificate: /var/lib/kubelet/pki/kubelet-client-current.pem\n    client-key: /var/lib/kubelet/pki/kubelet-client-current.pem\n",
        );
        assert_eq!(config.to_yaml(), expected);
    }

    #[test]
    fn kubectl_nulls_and_absent_type_fields_are_accepted() {
        let config = parse_ok(
            "clusters: null\nusers: null\ncontexts: null\ncurrent-context: \"\"\npreferences: {}\n",
        );
        assert_eq!(config.api_version, API_VERSION);
        assert_eq!(config.kind, "Config");
        assert!(config.users.is_empty());
        assert_eq!(
            config.to_yaml(),
            "apiVersion: v1\nclusters: []\ncontexts: []\ncurrent-context: \"\"\nkind: Config\npreferences: {}\nusers: []\n"
        );
    }

    #[test]
    fn data_with_line_breaks_decodes_like_go() {
        let config =
            parse_ok("users:\n- name: u\n  user:\n    client-key-data: |\n      S0\n      VZ\n");
        assert_eq!(
            config.users[0].user.client_key_data.as_deref(),
            Some(&b"KEY"[..])
        );
    }

    #[test]
    fn bad_base64_names_file_position_and_field() {
        let text = "apiVersion: v1\nusers:\n- name: a\n  user:\n    client-key-data: S0VZ\n- name: b\n  user:\n    client-key-data: not*base64\n";
        let err = KubeConfig::from_yaml(text, Path::new(FILE)).unwrap_err();
        let KubeConfigError::Invalid {
            field, position, ..
        } = &err
        else {
            panic!("{err:?}");
        };
        assert_eq!(field.as_deref(), Some("users[1].user.client-key-data"));
        assert_eq!(*position, Some((8, 22)));
        let text = err.to_string();
        assert!(
            text.starts_with(
                "/etc/kubernetes/admin.conf:8:22: users[1].user.client-key-data: must be base64"
            ),
            "{text}"
        );
    }

    #[test]
    fn wrong_shape_names_file_position_and_field() {
        let text = parse_err("clusters:\n- name: a\n  cluster:\n    server: [https://x]\n");
        assert!(
            text.starts_with("/etc/kubernetes/admin.conf:4:13: clusters[0].cluster.server: "),
            "{text}"
        );
        let text = parse_err("clusters: {a: 1}\n");
        assert!(
            text.starts_with("/etc/kubernetes/admin.conf:1:11: clusters: "),
            "{text}"
        );
    }

    #[test]
    fn not_yaml_names_file_and_position() {
        let text = parse_err("apiVersion: v1\nclusters: [\n");
        assert!(text.starts_with("/etc/kubernetes/admin.conf:2:"), "{text}");
        let text = parse_err("- just\n- a list\n");
        assert!(
            text.starts_with("/etc/kubernetes/admin.conf:1:1: "),
            "{text}"
        );
    }

    #[test]
    fn wrong_api_version_or_kind_is_an_error() {
        let text = parse_err("apiVersion: v2\nkind: Config\n");
        assert_eq!(
            text,
            "/etc/kubernetes/admin.conf: apiVersion is \"v2\", expected \"v1\""
        );
        let text = parse_err("apiVersion: v1\nkind: Pod\n");
        assert_eq!(
            text,
            "/etc/kubernetes/admin.conf: kind is \"Pod\", expected \"Config\""
        );
        // Found by the fuzz target `kubeconfig` (fuzz/regressions): the whole value was quoted.
        let long =
            "LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVFSUZwV0JRK0VtVjdxZVIzWUR4VUJ";
        let text = parse_err(&format!("apiVersion: {long}\nkind: Config\n"));
        assert!(
            text.contains("base64 data, not shown") && !text.contains(&long[..20]),
            "{text}"
        );
    }

    #[test]
    fn load_reads_the_file_and_names_it_in_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kubelet.conf");
        let root = kadm_node_fs::Root::host();
        let missing = KubeConfig::load(&root, &path).unwrap_err();
        assert!(
            matches!(missing, KubeConfigError::Read(ref e) if e.is_not_found()),
            "{missing:?}"
        );
        assert!(
            missing
                .to_string()
                .starts_with(&format!("{}: cannot open the file", path.display()))
        );

        let mut config =
            KubeConfig::new_single("k", "https://127.0.0.1:6443", b"c", "u", b"x", b"y");
        config.current_context = "gone".into();
        std::fs::write(&path, config.to_yaml()).unwrap();
        let loaded = KubeConfig::load(&root, &path).unwrap();
        assert_eq!(loaded, config);
        assert_eq!(loaded.source(), Some(path.as_path()));
        let err = loaded.current_user().unwrap_err().to_string();
        assert!(
            err.starts_with(&format!("{}: current-context \"gone\"", path.display())),
            "{err}"
        );
    }

    #[test]
    fn field_names_follow_the_serde_attributes() {
        assert_eq!(field_names::<Context>(), ["cluster", "user", "namespace"]);
        let top = field_names::<KubeConfig>();
        assert!(
            top.contains(&"apiVersion") && top.contains(&"current-context"),
            "{top:?}"
        );
        assert!(
            !top.contains(&"unknown_fields") && !top.contains(&"source"),
            "{top:?}"
        );
        assert!(field_names::<AuthInfo>().contains(&"tokenFile"));
        assert!(field_names::<NamedUser>().contains(&"user"));
    }
}
