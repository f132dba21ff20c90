//! Kubernetes objects as kadm writes them. Every object (a static Pod, a Secret, a ConfigMap, an
//! RBAC rule) is built from `k8s-openapi`'s typed structs, never from a text template, and
//! printed here: keys sorted and one value per line, as kubectl and kubeadm print them.
//!
//! A [`Manifest`] is one file of one or more objects (`---` between them), the shape
//! `kubectl apply --server-side -f` and the kubelet's static Pod directory read.

use std::collections::BTreeMap;

pub use k8s_openapi;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use serde::Serialize;

pub use kadm_sorted_yaml::SortedYamlError;

/// The namespace of the control plane's objects.
pub const KUBE_SYSTEM: &str = "kube-system";

/// The namespace whose objects anonymous users may read (`cluster-info`).
pub const KUBE_PUBLIC: &str = "kube-public";

/// One manifest file: objects in the order they were added.
#[derive(Debug, Default, Clone)]
pub struct Manifest {
    documents: Vec<String>,
}

impl Manifest {
    /// An empty manifest.
    pub fn new() -> Self {
        Self::default()
    }

    /// A manifest of one object.
    pub fn of<T: Serialize>(object: &T) -> Result<Self, SortedYamlError> {
        let mut manifest = Self::new();
        manifest.push(object)?;
        Ok(manifest)
    }

    /// Adds an object at the end.
    pub fn push<T: Serialize>(&mut self, object: &T) -> Result<&mut Self, SortedYamlError> {
        self.documents.push(kadm_sorted_yaml::to_yaml(object)?);
        Ok(self)
    }

    /// How many objects it holds.
    pub fn len(&self) -> usize {
        self.documents.len()
    }

    /// Whether it holds no object.
    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// The file's text: the objects, a `---` line between two.
    pub fn to_text(&self) -> String {
        self.documents.join("---\n")
    }

    /// The file's bytes (see [`Manifest::to_text`]).
    pub fn into_bytes(self) -> Vec<u8> {
        self.to_text().into_bytes()
    }
}

/// Object metadata with a name, a namespace when given, and labels.
pub fn meta(name: &str, namespace: Option<&str>, labels: &[(&str, &str)]) -> ObjectMeta {
    ObjectMeta {
        name: Some(name.to_string()),
        namespace: namespace.map(str::to_string),
        labels: (!labels.is_empty()).then(|| string_map(labels)),
        ..ObjectMeta::default()
    }
}

/// A map of string pairs, as labels, annotations, ConfigMap data and selectors take.
pub fn string_map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_openapi::api::core::v1::{ConfigMap, Pod};

    #[test]
    fn objects_carry_their_kind_and_sorted_keys() {
        let cm = ConfigMap {
            metadata: meta("kubeadm-config", Some(KUBE_SYSTEM), &[]),
            data: Some(string_map(&[("b", "true"), ("a", "")])),
            ..ConfigMap::default()
        };
        let text = Manifest::of(&cm).unwrap().to_text();
        assert_eq!(
            text,
            "apiVersion: v1\ndata:\n  a: \"\"\n  b: \"true\"\nkind: ConfigMap\nmetadata:\n  name: \
             kubeadm-config\n  namespace: kube-system\n"
        );
    }

    #[test]
    fn several_objects_are_separated_by_document_markers() {
        let mut m = Manifest::new();
        m.push(&ConfigMap::default()).unwrap();
        m.push(&Pod::default()).unwrap();
        assert_eq!(m.len(), 2);
        let text = m.to_text();
        assert_eq!(text.matches("\n---\n").count(), 1, "{text}");
        assert!(
            text.starts_with("apiVersion: v1\nkind: ConfigMap\n"),
            "{text}"
        );
        assert!(text.ends_with("kind: Pod\nmetadata: {}\n"), "{text}");
    }
}

/// The fields of a manifest document that [`object_data`] reads back.
#[derive(serde::Deserialize)]
struct DataDocument {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    metadata: Option<NameOnly>,
    #[serde(default)]
    data: BTreeMap<String, String>,
}

#[derive(serde::Deserialize)]
struct NameOnly {
    #[serde(default)]
    name: String,
}

/// The `data` of the object of `kind` named `name` in a manifest's text (one or more YAML or JSON
/// documents, as [`Manifest`] writes them or an API server returns them); `None` when the text
/// does not parse or holds no such object. Secret values stay base64, as in the manifest.
pub fn object_data(text: &str, kind: &str, name: &str) -> Option<BTreeMap<String, String>> {
    let docs: Vec<DataDocument> = serde_saphyr::from_multiple(text).ok()?;
    docs.into_iter()
        .find(|d| d.kind == kind && d.metadata.as_ref().is_some_and(|m| m.name == name))
        .map(|d| d.data)
}
