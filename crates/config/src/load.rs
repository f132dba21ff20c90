//! Reading a multi-document file: dispatch each document on `apiVersion`/`kind`, decode strictly,
//! and turn library-neutral decode failures into [`ConfigError`]s that name file, line, column and
//! field.

use std::collections::BTreeMap;
use std::path::Path;

use crate::config::Origin;
use crate::error::ConfigError;
use crate::excerpt;
use crate::join::{JOIN_KIND, JoinConfiguration};
use crate::types::{API_VERSION, CLUSTER_KIND, ClusterConfiguration, INIT_KIND, InitConfiguration};
use crate::yaml::{self, Document, Failure, Outline, Position, Problem, Shape};
use kadm_kubelet_config::{self as kubelet, KubeletConfiguration};

/// Kinds from other API groups that kubeadm passes on to components; kadm accepts and ignores them.
const PASSTHROUGH: [(&str, &str); 1] =
    [("kubeproxy.config.k8s.io/v1alpha1", "KubeProxyConfiguration")];

const SUPPORTED: &str = "kadm reads InitConfiguration and ClusterConfiguration \
    (apiVersion kubeadm.k8s.io/v1beta4) and KubeletConfiguration (kubelet.config.k8s.io/v1beta1), \
    and accepts but ignores KubeProxyConfiguration (kubeproxy.config.k8s.io/v1alpha1)";

/// What the documents of a file decoded to, before defaulting.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub init: Option<InitConfiguration>,
    pub cluster: Option<ClusterConfiguration>,
    /// The kubelet's configuration, when the file has one (its fields override kubeadm's defaults).
    pub kubelet: Option<KubeletConfiguration>,
    /// The JoinConfiguration (read only for `join`).
    pub join: Option<JoinConfiguration>,
    /// Position of every field that was written in the file, by full path (`Kind.path`).
    pub origins: BTreeMap<String, Origin>,
    /// `Kind (apiVersion)` of the documents that were accepted and ignored.
    pub ignored: Vec<String>,
}

enum Known {
    Init,
    Cluster,
    Kubelet,
    Join,
    Passthrough(String),
}

/// Which command reads the file: `init` refuses a JoinConfiguration; `join` reads it and
/// ignores init's kinds, as kubeadm does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Purpose {
    Init,
    Join,
}

/// Decodes every document of `text` for `init`; `source` names the file in error messages.
pub(crate) fn parse(text: &str, source: &Path) -> Result<Parsed, ConfigError> {
    parse_for(text, source, Purpose::Init)
}

/// Decodes every document of `text` for `purpose`; `source` names the file in error messages.
pub(crate) fn parse_for(
    text: &str,
    source: &Path,
    purpose: Purpose,
) -> Result<Parsed, ConfigError> {
    if excerpt::has_pem_block(text) {
        return Err(ConfigError::Pem {
            path: source.to_path_buf(),
        });
    }
    let mut parsed = Parsed::default();
    let mut index = 0;
    for doc in yaml::split(text) {
        let Some(outline) = yaml::outline(&doc).map_err(|f| outline_error(source, f))? else {
            continue;
        };
        index += 1;
        let document_error = |message: String| ConfigError::Document {
            at: at(source, outline.start),
            index,
            message,
        };
        let known = match classify(&outline, purpose).map_err(document_error)? {
            Known::Init | Known::Cluster if purpose == Purpose::Join => {
                Known::Passthrough(format!("{} ({API_VERSION})", outline_kind(&outline)))
            }
            known => known,
        };
        match known {
            Known::Join => {
                if parsed.join.is_some() {
                    return Err(document_error(twice(JOIN_KIND)));
                }
                parsed.join = Some(decode(
                    &doc,
                    &outline,
                    source,
                    JOIN_KIND,
                    &mut parsed.origins,
                )?);
            }
            Known::Init => {
                if parsed.init.is_some() {
                    return Err(document_error(twice(INIT_KIND)));
                }
                parsed.init = Some(decode(
                    &doc,
                    &outline,
                    source,
                    INIT_KIND,
                    &mut parsed.origins,
                )?);
            }
            Known::Cluster => {
                if parsed.cluster.is_some() {
                    return Err(document_error(twice(CLUSTER_KIND)));
                }
                parsed.cluster = Some(decode(
                    &doc,
                    &outline,
                    source,
                    CLUSTER_KIND,
                    &mut parsed.origins,
                )?);
            }
            Known::Kubelet => {
                if parsed.kubelet.is_some() {
                    return Err(document_error(twice(kubelet::KIND)));
                }
                parsed.kubelet = Some(decode(
                    &doc,
                    &outline,
                    source,
                    kubelet::KIND,
                    &mut parsed.origins,
                )?);
            }
            Known::Passthrough(name) => parsed.ignored.push(name),
        }
    }
    if purpose == Purpose::Init && parsed.init.is_none() && parsed.cluster.is_none() {
        return Err(ConfigError::Empty {
            path: source.to_path_buf(),
        });
    }
    Ok(parsed)
}

fn twice(kind: &str) -> String {
    format!("{kind} appears more than once in the file: keep a single {kind} document")
}

/// `file:line:column`.
pub(crate) fn at(source: &Path, position: Position) -> String {
    format!("{}:{position}", source.display())
}

fn outline_kind(outline: &Outline) -> &str {
    outline.top_level_scalar("kind").unwrap_or_default()
}

fn classify(outline: &Outline, purpose: Purpose) -> Result<Known, String> {
    if outline.root != Shape::Mapping {
        return Err(format!(
            "expected a mapping with apiVersion and kind, found {}",
            outline.root
        ));
    }
    let field = |name: &str| {
        outline.top_level_scalar(name).ok_or_else(|| {
            format!("missing {name}: every document needs apiVersion and kind; {SUPPORTED}")
        })
    };
    let (api_version, kind) = (field("apiVersion")?, field("kind")?);
    match (api_version, kind) {
        (API_VERSION, INIT_KIND) => return Ok(Known::Init),
        (API_VERSION, CLUSTER_KIND) => return Ok(Known::Cluster),
        (kubelet::API_VERSION, kubelet::KIND) => return Ok(Known::Kubelet),
        (API_VERSION, JOIN_KIND) if purpose == Purpose::Join => return Ok(Known::Join),
        _ => {}
    }
    if PASSTHROUGH.contains(&(api_version, kind)) {
        return Ok(Known::Passthrough(format!("{kind} ({api_version})")));
    }
    if api_version.starts_with("kubeadm.k8s.io/") && api_version != API_VERSION {
        return Err(format!(
            "apiVersion {} is not supported: kadm reads {API_VERSION} only; convert the file \
             with `kubeadm config migrate --old-config <this file> --new-config <new file>`",
            excerpt::value(api_version)
        ));
    }
    Err(format!(
        "unsupported kind {} with apiVersion {}: {SUPPORTED}",
        excerpt::value(kind),
        excerpt::value(api_version)
    ))
}

fn decode<T: serde::de::DeserializeOwned>(
    doc: &Document<'_>,
    outline: &Outline,
    source: &Path,
    kind: &str,
    origins: &mut BTreeMap<String, Origin>,
) -> Result<T, ConfigError> {
    let value = yaml::decode(doc).map_err(|f| decode_error(source, kind, outline, f))?;
    for (path, field) in &outline.fields {
        origins.insert(format!("{kind}.{path}"), Origin::File(field.position));
    }
    Ok(value)
}

/// `Kind.path`, or just `Kind` for the root.
fn field_label(kind: &str, path: &str) -> String {
    if path.is_empty() {
        kind.to_string()
    } else {
        format!("{kind}.{path}")
    }
}

/// The path without its last segment when that segment is `key` (serde puts the offending key of
/// an unknown or duplicate field at the end of the path).
fn parent_of<'a>(path: &'a str, key: &str) -> &'a str {
    let path = path.strip_suffix(".?").unwrap_or(path);
    if path == "?" || path == key {
        return "";
    }
    path.strip_suffix(key)
        .and_then(|p| p.strip_suffix('.'))
        .unwrap_or(path)
}

/// An error for a document that does not even read as YAML (syntax, duplicate keys).
fn outline_error(source: &Path, failure: Failure) -> ConfigError {
    let message = match failure.problem {
        Problem::Syntax(message) => message,
        other => problem_text(&failure.path, other, None),
    };
    ConfigError::Syntax {
        at: at(source, failure.position),
        message,
    }
}

/// An error for a document of a known kind that does not decode into its type.
fn decode_error(source: &Path, kind: &str, outline: &Outline, failure: Failure) -> ConfigError {
    let at = at(source, failure.position);
    let path = match &failure.problem {
        Problem::Syntax(message) => {
            return ConfigError::Syntax {
                at,
                message: message.clone(),
            };
        }
        Problem::UnknownField { field: key, .. } | Problem::DuplicateKey(key) => {
            parent_of(&failure.path, key)
        }
        _ => failure.path.as_str(),
    };
    let found = outline.fields.get(&failure.path).map(|f| &f.shape);
    ConfigError::Decode {
        at,
        field: field_label(kind, path),
        message: problem_text(&failure.path, failure.problem.clone(), found),
    }
}

/// What is wrong, and the expected form; `found` is the value at the failing path, if known.
fn problem_text(path: &str, problem: Problem, found: Option<&Shape>) -> String {
    match problem {
        Problem::Syntax(message) | Problem::Other(message) => message,
        Problem::UnknownField { field, expected } => unknown_field_message(&field, &expected),
        Problem::DuplicateKey(key) => {
            format!(
                "duplicate key {}: write each field once",
                excerpt::value(&key)
            )
        }
        Problem::MissingField(name) => format!("missing required field {name:?}"),
        Problem::WrongType(expected) => {
            let mut text = format!("expected {expected}");
            if let Some(found) = found {
                text.push_str(&format!(", found {found}"));
            }
            let is_args = path.ends_with("xtraArgs") || path.ends_with("xtraEnvs");
            if is_args && found == Some(&Shape::Mapping) {
                text.push_str(
                    "; since v1beta4 this is a list of name/value pairs, for example \
                     `- name: cert-dir` with `value: /var/lib/kubelet/pki` on the next line",
                );
            }
            text
        }
    }
}

fn unknown_field_message(field: &str, expected: &[&str]) -> String {
    let valid = if expected.is_empty() {
        "this mapping takes no fields".to_string()
    } else {
        format!("valid fields: {}", expected.join(", "))
    };
    match nearest(field, expected) {
        Some(suggestion) => {
            format!(
                "unknown field {}: did you mean {suggestion:?}? ({valid})",
                excerpt::value(field)
            )
        }
        None => format!("unknown field {} ({valid})", excerpt::value(field)),
    }
}

/// The expected name closest to `field`, when it is close enough to be a likely typo.
fn nearest<'a>(field: &str, expected: &[&'a str]) -> Option<&'a str> {
    kadm_did_you_mean::nearest(field, expected.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_catch_typos_and_case() {
        let fields = ["serviceSubnet", "podSubnet", "dnsDomain"];
        assert_eq!(nearest("serviceSubnets", &fields), Some("serviceSubnet"));
        assert_eq!(nearest("dnsdomain", &fields), Some("dnsDomain"));
        assert_eq!(nearest("certSANs", &fields), None);
        assert_eq!(
            nearest("certSans", &["extraArgs", "certSANs"]),
            Some("certSANs")
        );
    }

    #[test]
    fn parent_paths() {
        assert_eq!(parent_of("networking.foo", "foo"), "networking");
        assert_eq!(parent_of("foo", "foo"), "");
        assert_eq!(parent_of("items[1].foo", "foo"), "items[1]");
        assert_eq!(parent_of("?", "kind"), "");
        assert_eq!(parent_of("networking.?", "x"), "networking");
    }
}
