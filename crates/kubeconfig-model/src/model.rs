//! The kubeconfig types and what can be asked of them.
//!
//! The serde attributes here fix the YAML key of every modelled field (kubectl's spelling); the
//! YAML text itself is produced and read only in [`crate::yaml`].

use kadm_node_fs::{Limit, Root};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use crate::error::{EntryKind, KubeConfigError};
use crate::yaml;

/// Fields a struct does not model, kept by YAML key so that a read → write round trip leaves
/// them as they were. They must not repeat a modelled key.
pub type UnknownFields = BTreeMap<String, Value>;

/// The text that redacted secrets show in YAML.
pub const REDACTED: &str = "REDACTED";

/// The bytes whose base64 form is [`REDACTED`]: a redacted `-data` field then reads
/// `client-key-data: REDACTED` and still parses back, as kubectl's own `config view` does.
const REDACTED_BYTES: [u8; 6] = [0x44, 0x40, 0xc0, 0x09, 0x31, 0x03];

/// The `apiVersion` kubectl reads.
pub const API_VERSION: &str = "v1";

/// The `kind` kubectl reads.
pub const KIND: &str = "Config";

/// A whole kubeconfig file (`apiVersion: v1`, `kind: Config`).
///
/// Equality compares content only, not the file a configuration was read from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct KubeConfig {
    /// Always `v1`; an absent `apiVersion` is read as `v1`.
    #[serde(rename = "apiVersion", default, deserialize_with = "null_as_default")]
    pub api_version: String,
    /// Always `Config`; an absent `kind` is read as `Config`.
    #[serde(default, deserialize_with = "null_as_default")]
    pub kind: String,
    /// kubectl's `preferences` map, kept as it is (written as `{}` when empty).
    #[serde(default, deserialize_with = "null_as_default")]
    pub preferences: Map<String, Value>,
    /// The API servers this file knows.
    #[serde(default, deserialize_with = "null_as_default")]
    pub clusters: Vec<NamedCluster>,
    /// The credentials this file holds.
    #[serde(default, deserialize_with = "null_as_default")]
    pub users: Vec<NamedUser>,
    /// Pairs of cluster and user, by name.
    #[serde(default, deserialize_with = "null_as_default")]
    pub contexts: Vec<NamedContext>,
    /// The name of the context in use; empty when none is chosen.
    #[serde(default, deserialize_with = "null_as_default")]
    pub current_context: String,
    /// Top-level `extensions`, kept as they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Value>,
    /// Top-level fields not modelled above.
    #[serde(flatten, skip_deserializing)]
    pub unknown_fields: UnknownFields,
    /// The file this configuration was read from, named in errors; never written.
    #[serde(skip)]
    source: Origin,
}

/// One entry of `clusters`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NamedCluster {
    /// The name contexts use for this cluster.
    #[serde(default, deserialize_with = "null_as_default")]
    pub name: String,
    /// How to reach and trust the API server.
    #[serde(default, deserialize_with = "null_as_default")]
    pub cluster: Cluster,
}

/// How to reach and trust one API server.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Cluster {
    /// The API server URL, such as `https://10.0.0.1:6443`.
    #[serde(default, deserialize_with = "null_as_default")]
    pub server: String,
    /// The CA bundle (PEM) to trust, embedded; base64 in YAML.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "base64_data")]
    pub certificate_authority_data: Option<Vec<u8>>,
    /// The CA bundle to trust, as a file path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_authority: Option<String>,
    /// The server name to expect in the server's certificate, when it differs from the URL's host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_server_name: Option<String>,
    /// Whether to skip verifying the server's certificate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insecure_skip_tls_verify: Option<bool>,
    /// The proxy to reach the server through.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_url: Option<String>,
    /// Fields not modelled above (`extensions`, `disable-compression`, ...).
    #[serde(flatten, skip_deserializing)]
    pub unknown_fields: UnknownFields,
}

/// One entry of `users`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NamedUser {
    /// The name contexts use for these credentials.
    #[serde(default, deserialize_with = "null_as_default")]
    pub name: String,
    /// The credentials.
    #[serde(default, deserialize_with = "null_as_default")]
    pub user: AuthInfo,
}

/// The credentials of one user (kubectl's `AuthInfo`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct AuthInfo {
    /// The client certificate (PEM), embedded; base64 in YAML.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "base64_data")]
    pub client_certificate_data: Option<Vec<u8>>,
    /// The client key (PEM), embedded; base64 in YAML.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "base64_data")]
    pub client_key_data: Option<Vec<u8>>,
    /// The client certificate, as a file path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_certificate: Option<String>,
    /// The client key, as a file path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_key: Option<String>,
    /// A bearer token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// A file holding a bearer token (kubectl spells this key `tokenFile`).
    #[serde(rename = "tokenFile", default, skip_serializing_if = "Option::is_none")]
    pub token_file: Option<String>,
    /// A basic-auth user name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// A basic-auth password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// An exec credential plugin, kept as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exec: Option<Value>,
    /// An auth-provider plugin, kept as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_provider: Option<Value>,
    /// Fields not modelled above (`as`, `as-groups`, `extensions`, ...).
    #[serde(flatten, skip_deserializing)]
    pub unknown_fields: UnknownFields,
}

/// One entry of `contexts`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NamedContext {
    /// The name `current-context` refers to.
    #[serde(default, deserialize_with = "null_as_default")]
    pub name: String,
    /// The cluster and user this context pairs.
    #[serde(default, deserialize_with = "null_as_default")]
    pub context: Context,
}

/// A cluster and a user, by name, and optionally a namespace.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Context {
    /// The name of an entry of `clusters`.
    #[serde(default, deserialize_with = "null_as_default")]
    pub cluster: String,
    /// The name of an entry of `users`.
    #[serde(default, deserialize_with = "null_as_default")]
    pub user: String,
    /// The default namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Fields not modelled above (`extensions`, ...).
    #[serde(flatten, skip_deserializing)]
    pub unknown_fields: UnknownFields,
}

impl Default for KubeConfig {
    /// An empty `v1` `Config`: no clusters, users or contexts.
    fn default() -> Self {
        KubeConfig {
            api_version: API_VERSION.to_owned(),
            kind: KIND.to_owned(),
            preferences: Map::new(),
            clusters: Vec::new(),
            users: Vec::new(),
            contexts: Vec::new(),
            current_context: String::new(),
            extensions: None,
            unknown_fields: UnknownFields::new(),
            source: Origin::default(),
        }
    }
}

impl KubeConfig {
    /// kubeadm's layout: one cluster, one user with an embedded client certificate and key, and
    /// the context `<user>@<cluster>` joining them, set as current.
    pub fn new_single(
        cluster_name: &str,
        server: &str,
        ca_pem: &[u8],
        user_name: &str,
        client_cert_pem: &[u8],
        client_key_pem: &[u8],
    ) -> KubeConfig {
        let context_name = format!("{user_name}@{cluster_name}");
        KubeConfig {
            clusters: vec![NamedCluster {
                name: cluster_name.to_owned(),
                cluster: Cluster {
                    server: server.to_owned(),
                    certificate_authority_data: Some(ca_pem.to_vec()),
                    ..Cluster::default()
                },
            }],
            users: vec![NamedUser {
                name: user_name.to_owned(),
                user: AuthInfo {
                    client_certificate_data: Some(client_cert_pem.to_vec()),
                    client_key_data: Some(client_key_pem.to_vec()),
                    ..AuthInfo::default()
                },
            }],
            contexts: vec![NamedContext {
                name: context_name.clone(),
                context: Context {
                    cluster: cluster_name.to_owned(),
                    user: user_name.to_owned(),
                    ..Context::default()
                },
            }],
            current_context: context_name,
            ..KubeConfig::default()
        }
    }

    /// Parses kubeconfig YAML; `source` is the file it came from, named in errors.
    ///
    /// An absent `apiVersion` or `kind` is taken as `v1` / `Config`, as kubectl does; any other
    /// value is an error.
    pub fn from_yaml(text: &str, source: &Path) -> Result<KubeConfig, KubeConfigError> {
        let mut config = yaml::parse(text, source)?;
        config.source = Origin(Some(source.to_path_buf()));
        config.check_type(source)?;
        Ok(config)
    }

    /// Reads and parses the kubeconfig file at `path` of the node `root`.
    pub fn load(root: &Root, path: &Path) -> Result<KubeConfig, KubeConfigError> {
        let text = root.read_text(path, Limit::KUBECONFIG)?;
        KubeConfig::from_yaml(&text, path)
    }

    /// The YAML kubectl and kubeadm write: keys sorted at every level, two-space indents,
    /// `-data` fields as base64 on one line.
    pub fn to_yaml(&self) -> String {
        yaml::emit(self)
    }

    /// The JSON form kubectl prints (`kubectl config view --raw -o json`): the same keys as
    /// [`to_yaml`](Self::to_yaml), in the model's order, four-space indents, a final newline.
    /// kubectl reads it as a kubeconfig file too.
    pub fn to_json(&self) -> String {
        let mut out = Vec::new();
        let indent = serde_json::ser::PrettyFormatter::with_indent(b"    ");
        let mut serializer = serde_json::Serializer::with_formatter(&mut out, indent);
        // As for YAML: the model has no `Serialize` impl that fails and no non-string map keys.
        self.serialize(&mut serializer)
            .expect("a kubeconfig always serializes to JSON");
        out.push(b'\n');
        String::from_utf8(out).expect("serde_json writes UTF-8")
    }

    /// [`to_yaml`](Self::to_yaml) of [`redacted`](Self::redacted): for dry-run display.
    pub fn to_yaml_redacted(&self) -> String {
        self.redacted().to_yaml()
    }

    /// A copy with every user's client key, token and password replaced by [`REDACTED`].
    ///
    /// The key data becomes the bytes whose base64 form is `REDACTED`, so YAML shows
    /// `client-key-data: REDACTED`; absent or empty secrets stay as they are.
    pub fn redacted(&self) -> KubeConfig {
        let mut copy = self.clone();
        for named in &mut copy.users {
            let user = &mut named.user;
            if user
                .client_key_data
                .as_ref()
                .is_some_and(|data| !data.is_empty())
            {
                user.client_key_data = Some(REDACTED_BYTES.to_vec());
            }
            for secret in [&mut user.token, &mut user.password] {
                if secret.as_ref().is_some_and(|text| !text.is_empty()) {
                    *secret = Some(REDACTED.to_owned());
                }
            }
        }
        copy
    }

    /// The file this configuration was read from, if it was read from one.
    pub fn source(&self) -> Option<&Path> {
        self.source.0.as_deref()
    }

    /// Records the file this configuration belongs to, so that errors name it.
    pub fn set_source(&mut self, path: &Path) {
        self.source = Origin(Some(path.to_path_buf()));
    }

    /// The context `current-context` names.
    pub fn current_context(&self) -> Result<&NamedContext, KubeConfigError> {
        if self.current_context.is_empty() {
            return Err(KubeConfigError::NoCurrentContext { path: self.path() });
        }
        self.contexts
            .iter()
            .find(|entry| entry.name == self.current_context)
            .ok_or_else(|| KubeConfigError::ContextNotFound {
                path: self.path(),
                name: self.current_context.clone(),
            })
    }

    /// The cluster the current context names.
    pub fn current_cluster(&self) -> Result<&NamedCluster, KubeConfigError> {
        let index = self.current_index(EntryKind::Cluster, &self.clusters, |entry| &entry.name)?;
        Ok(&self.clusters[index])
    }

    /// The user the current context names.
    pub fn current_user(&self) -> Result<&NamedUser, KubeConfigError> {
        let index = self.current_index(EntryKind::User, &self.users, |entry| &entry.name)?;
        Ok(&self.users[index])
    }

    /// The user the current context names, to change its credentials in place.
    pub fn current_user_mut(&mut self) -> Result<&mut NamedUser, KubeConfigError> {
        let index = self.current_index(EntryKind::User, &self.users, |entry| &entry.name)?;
        Ok(&mut self.users[index])
    }

    /// The position in `entries` of the cluster or user the current context names.
    fn current_index<T>(
        &self,
        kind: EntryKind,
        entries: &[T],
        name_of: impl Fn(&T) -> &String,
    ) -> Result<usize, KubeConfigError> {
        let context = self.current_context()?;
        let wanted = match kind {
            EntryKind::Cluster => &context.context.cluster,
            EntryKind::User => &context.context.user,
        };
        if wanted.is_empty() {
            return Err(KubeConfigError::ContextLacks {
                path: self.path(),
                context: context.name.clone(),
                kind,
            });
        }
        entries
            .iter()
            .position(|entry| name_of(entry) == wanted)
            .ok_or_else(|| KubeConfigError::EntryNotFound {
                path: self.path(),
                context: context.name.clone(),
                kind,
                name: wanted.clone(),
            })
    }

    /// Fills an absent `apiVersion` / `kind` and rejects any other than kubectl's.
    fn check_type(&mut self, source: &Path) -> Result<(), KubeConfigError> {
        for (field, value, expected) in [
            ("apiVersion", &mut self.api_version, API_VERSION),
            ("kind", &mut self.kind, KIND),
        ] {
            if value.is_empty() {
                expected.clone_into(value);
            } else if value != expected {
                return Err(KubeConfigError::WrongType {
                    path: source.to_path_buf(),
                    field,
                    found: value.clone(),
                    expected,
                });
            }
        }
        Ok(())
    }

    /// The file to name in errors.
    fn path(&self) -> PathBuf {
        self.source
            .0
            .clone()
            .unwrap_or_else(|| PathBuf::from("(in-memory kubeconfig)"))
    }
}

/// Where a configuration came from. Not content: it compares equal to any other origin, so that
/// `==` on [`KubeConfig`] compares what the file says, not where it lives.
#[derive(Clone, Debug, Default)]
struct Origin(Option<PathBuf>);

impl PartialEq for Origin {
    fn eq(&self, _other: &Self) -> bool {
        true
    }
}

/// Reads an explicit YAML `null` (kubectl writes `users: null` for an empty list) as the default.
fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// `-data` fields: raw bytes in memory, base64 (standard alphabet, padded) in YAML.
mod base64_data {
    use std::fmt;

    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;
    use serde::de::{self, Visitor};
    use serde::{Deserializer, Serializer};

    /// Writes the bytes as one base64 string.
    pub(super) fn serialize<S: Serializer>(
        data: &Option<Vec<u8>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match data {
            Some(bytes) => serializer.serialize_str(&STANDARD.encode(bytes)),
            None => serializer.serialize_none(),
        }
    }

    /// Reads a base64 string; `null` is absent. Line breaks inside the text are ignored, as Go's
    /// decoder does; anything else outside the alphabet is an error.
    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Vec<u8>>, D::Error> {
        deserializer.deserialize_option(OptionalBase64)
    }

    /// Accepts `null` or a base64 string.
    struct OptionalBase64;

    impl<'de> Visitor<'de> for OptionalBase64 {
        type Value = Option<Vec<u8>>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a base64 string")
        }

        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Self::Value, D::Error> {
            inner.deserialize_str(self)
        }

        // Decoding inside the visitor lets the YAML reader attach the value's line and column.
        fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
            let compact: String = text.chars().filter(|c| !matches!(c, '\r' | '\n')).collect();
            STANDARD.decode(compact).map(Some).map_err(|err| {
                E::custom(format_args!(
                    "must be base64 (standard alphabet, padded) holding the PEM text: {err}"
                ))
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;

    fn single() -> KubeConfig {
        KubeConfig::new_single(
            "kubernetes",
            "https://10.0.0.1:6443",
            b"ca",
            "kubernetes-admin",
            b"cert",
            b"key",
        )
    }

    #[test]
    fn new_single_follows_kubeadm_layout() {
        let config = single();
        assert_eq!(config.current_context, "kubernetes-admin@kubernetes");
        let context = config.current_context().unwrap();
        assert_eq!(context.context.cluster, "kubernetes");
        assert_eq!(context.context.user, "kubernetes-admin");
        let cluster = config.current_cluster().unwrap();
        assert_eq!(cluster.cluster.server, "https://10.0.0.1:6443");
        assert_eq!(
            cluster.cluster.certificate_authority_data.as_deref(),
            Some(&b"ca"[..])
        );
        let user = config.current_user().unwrap();
        assert_eq!(
            user.user.client_certificate_data.as_deref(),
            Some(&b"cert"[..])
        );
        assert_eq!(user.user.client_key_data.as_deref(), Some(&b"key"[..]));
    }

    #[test]
    fn redacted_bytes_encode_as_the_marker() {
        assert_eq!(STANDARD.encode(REDACTED_BYTES), REDACTED);
    }

    #[test]
    fn redacted_hides_key_token_and_password_only() {
        let mut config = single();
        config.users[0].user.token = Some("secret-token".into());
        config.users[0].user.password = Some("hunter2".into());
        config.users[0].user.username = Some("admin".into());
        let redacted = config.redacted();
        let user = &redacted.users[0].user;
        assert_eq!(user.client_key_data.as_deref(), Some(&REDACTED_BYTES[..]));
        assert_eq!(user.token.as_deref(), Some(REDACTED));
        assert_eq!(user.password.as_deref(), Some(REDACTED));
        assert_eq!(user.username.as_deref(), Some("admin"));
        assert_eq!(user.client_certificate_data.as_deref(), Some(&b"cert"[..]));
        // The original is untouched.
        assert_eq!(
            config.users[0].user.client_key_data.as_deref(),
            Some(&b"key"[..])
        );
    }

    #[test]
    fn json_has_kubectls_keys_and_reads_back() {
        let config = single();
        let text = config.to_json();
        let tree: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(tree["apiVersion"], "v1");
        assert_eq!(tree["current-context"], config.current_context);
        let user = &tree["users"][0]["user"];
        assert_eq!(user["client-key-data"], STANDARD.encode(b"key"));
        assert_eq!(user["client-certificate-data"], STANDARD.encode(b"cert"));
        assert!(
            text.starts_with("{\n    \"apiVersion\": \"v1\",\n"),
            "{text}"
        );
        assert!(text.ends_with("}\n"), "{text}");
        // JSON is YAML: the same reader takes it.
        assert_eq!(
            KubeConfig::from_yaml(&text, Path::new("u.json")).unwrap(),
            config
        );
    }

    #[test]
    fn to_yaml_redacted_shows_the_marker_as_text() {
        let mut config = single();
        config.users[0].user.token = Some("secret-token".into());
        let text = config.to_yaml_redacted();
        assert!(text.contains("    client-key-data: REDACTED\n"), "{text}");
        assert!(text.contains("    token: REDACTED\n"), "{text}");
        assert!(!text.contains(&STANDARD.encode(b"key")), "{text}");
        assert!(!text.contains("secret-token"), "{text}");
        assert!(text.contains(&STANDARD.encode(b"cert")), "{text}");
    }

    #[test]
    fn missing_current_context_is_an_error_naming_the_file() {
        let mut config = single();
        config.set_source(Path::new("/etc/kubernetes/kubelet.conf"));
        config.current_context.clear();
        let err = config.current_user().unwrap_err();
        assert!(
            matches!(err, KubeConfigError::NoCurrentContext { .. }),
            "{err:?}"
        );
        let text = err.to_string();
        assert!(
            text.starts_with("/etc/kubernetes/kubelet.conf: no current-context is set"),
            "{text}"
        );
    }

    #[test]
    fn current_context_naming_no_context_is_an_error() {
        let mut config = single();
        config.set_source(Path::new("/k/admin.conf"));
        config.current_context = "elsewhere".into();
        let err = config.current_cluster().unwrap_err();
        assert_eq!(
            err.to_string(),
            "/k/admin.conf: current-context \"elsewhere\" names a context that is not in `contexts`"
        );
    }

    #[test]
    fn context_without_user_is_an_error() {
        let mut config = single();
        config.contexts[0].context.user.clear();
        let err = config.current_user_mut().unwrap_err();
        assert_eq!(
            err.to_string(),
            "(in-memory kubeconfig): context \"kubernetes-admin@kubernetes\" names no user"
        );
    }

    #[test]
    fn missing_user_and_cluster_are_errors() {
        let mut config = single();
        config.set_source(Path::new("/k/kubelet.conf"));
        config.users.clear();
        let err = config.current_user().unwrap_err();
        assert_eq!(
            err.to_string(),
            "/k/kubelet.conf: context \"kubernetes-admin@kubernetes\" names user \"kubernetes-admin\", which is not in `users`"
        );
        config.clusters[0].name = "other".into();
        let err = config.current_cluster().unwrap_err();
        assert!(
            matches!(&err, KubeConfigError::EntryNotFound { kind: EntryKind::Cluster, name, .. } if name == "kubernetes"),
            "{err:?}"
        );
    }

    /// Found by the fuzz target `kubeconfig` (fuzz/regressions): names were quoted whole.
    #[test]
    fn long_names_are_cut_in_errors() {
        let long = format!("system:{}", "8".repeat(200));
        let mut config = single();
        config.contexts[0].context.user = long.clone();
        let err = config.current_user().unwrap_err().to_string();
        assert!(
            err.contains("not shown") && !err.contains(&long[..33]),
            "{err}"
        );
        config.current_context = long.clone();
        let err = config.current_context().unwrap_err().to_string();
        assert!(!err.contains(&long[..41]), "{err}");
    }

    #[test]
    fn current_user_mut_edits_the_named_user() {
        let mut config = single();
        config.users.insert(
            0,
            NamedUser {
                name: "someone-else".into(),
                ..NamedUser::default()
            },
        );
        let user = config.current_user_mut().unwrap();
        user.user.client_key_data = None;
        user.user.client_key = Some("/var/lib/kubelet/pki/kubelet-client-current.pem".into());
        assert_eq!(config.users[0].user, AuthInfo::default());
        assert_eq!(
            config.users[1].user.client_key.as_deref(),
            Some("/var/lib/kubelet/pki/kubelet-client-current.pem")
        );
    }

    #[test]
    fn equality_ignores_the_source_file() {
        let mut config = single();
        config.set_source(Path::new("/a"));
        assert_eq!(config, single());
        assert_eq!(config.source(), Some(Path::new("/a")));
    }
}
