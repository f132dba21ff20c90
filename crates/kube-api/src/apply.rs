//! Server-side apply of a manifest's objects, of any kind: each object's resource found through
//! the server's discovery, read, then applied with kadm's field manager, forcing conflicts.

use std::cell::Cell;
use std::collections::HashMap;
use std::time::Duration;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::ManagedFieldsEntry;
use kube::api::{Api, DynamicObject, Patch, PatchParams};
use kube::core::GroupVersionKind;
use kube::discovery::{ApiResource, Scope, pinned_kind};
use tokio::time::Instant;

use crate::client::{ApiClient, ready};
use crate::error::{ApiError, chain};
use crate::retry::{Failed, Stop, classify, until};
use crate::{Applied, ObjectRef, Outcome};

/// The namespace of a namespaced object that names none, as kubectl does.
const DEFAULT_NAMESPACE: &str = "default";

/// One document of a manifest, checked to be an object.
struct Document {
    object: DynamicObject,
    gvk: GroupVersionKind,
    name: String,
}

/// A kind's resource as the server serves it, and whether its objects live in namespaces.
type Resource = (ApiResource, bool);

impl ApiClient {
    /// Applies every object of `manifest` (YAML documents separated by `---`, as kadm writes
    /// them) in order, server-side, owned by `field_manager` (see [`crate::FIELD_MANAGER`]), with
    /// conflicts forced: the result is what the manifest says, as kubeadm's create-or-update
    /// leaves it. Passing answers are retried until `timeout` (for the whole manifest); the first
    /// refusal stops the apply, naming the object. The objects before it stay applied.
    pub fn apply(
        &self,
        manifest: &str,
        field_manager: &str,
        timeout: Duration,
    ) -> Result<Vec<Applied>, ApiError> {
        let documents = documents(manifest)?;
        let deadline = Instant::now() + timeout;
        let mut kinds: HashMap<GroupVersionKind, Resource> = HashMap::new();
        let params = PatchParams::apply(field_manager).force();
        let mut applied = Vec::with_capacity(documents.len());
        for document in documents {
            let resource = match kinds.get(&document.gvk) {
                Some(found) => found.clone(),
                None => {
                    let found = self.resource(&document, deadline, timeout)?;
                    kinds.insert(document.gvk.clone(), found.clone());
                    found
                }
            };
            applied.push(self.apply_one(document, &resource, &params, deadline, timeout)?);
        }
        Ok(applied)
    }

    /// The resource that serves the document's kind, through the server's discovery.
    fn resource(
        &self,
        document: &Document,
        deadline: Instant,
        timeout: Duration,
    ) -> Result<Resource, ApiError> {
        let found = self
            .runtime
            .block_on(until(deadline, self.request_timeout, || async {
                pinned_kind(&self.client, &document.gvk)
                    .await
                    .map_err(|e| classify(&e))
            }));
        let object = || document_ref(document, None);
        match found {
            Ok((resource, capabilities)) => {
                let namespaced = capabilities.scope == Scope::Namespaced;
                Ok((resource, namespaced))
            }
            Err(Stop::Failed(failed)) => Err(ApiError::Unsupported {
                server: self.server.clone(),
                object: Box::new(object()),
                reason: failed.to_string(),
            }),
            Err(Stop::Deadline(last)) => Err(ApiError::Timeout {
                server: self.server.clone(),
                object: Box::new(object()),
                timeout,
                last,
            }),
        }
    }

    fn apply_one(
        &self,
        document: Document,
        (resource, namespaced): &Resource,
        params: &PatchParams,
        deadline: Instant,
        timeout: Duration,
    ) -> Result<Applied, ApiError> {
        let namespace = namespaced.then(|| {
            document
                .object
                .metadata
                .namespace
                .clone()
                .unwrap_or_else(|| DEFAULT_NAMESPACE.to_string())
        });
        let object = document_ref(&document, namespace.clone());
        let api: Api<DynamicObject> = match &namespace {
            Some(ns) => Api::namespaced_with(self.client.clone(), ns, resource),
            None => Api::all_with(self.client.clone(), resource),
        };
        let mut body = document.object;
        body.metadata.namespace = namespace;
        let name = document.name.as_str();
        // After a request that got no answer, the server may be starting: its readiness is asked
        // first, so that a server still loading its authorizer does not refuse (403) for good.
        let unreachable = Cell::new(false);
        let attempt = |request| {
            let api = &api;
            let body = &body;
            let unreachable = &unreachable;
            async move {
                if unreachable.get() {
                    ready(&self.client).await?;
                    unreachable.set(false);
                }
                let answer = match request {
                    Request::Read => api.get_opt(name).await,
                    Request::Apply => api.patch(name, params, &Patch::Apply(body)).await.map(Some),
                };
                answer
                    .map(|found| found.map(|o| Seen::of(o, &params.field_manager)))
                    .map_err(|e| {
                        let failed = classify(&e);
                        if let Failed::Passing {
                            unreachable: true, ..
                        } = failed
                        {
                            unreachable.set(true);
                        }
                        failed
                    })
            }
        };
        let stopped = |stop: Stop| self.stopped(&object, timeout, stop);
        let before = self
            .runtime
            .block_on(until(deadline, self.request_timeout, || {
                attempt(Request::Read)
            }))
            .map_err(stopped)?;
        let after = self
            .runtime
            .block_on(until(deadline, self.request_timeout, || {
                attempt(Request::Apply)
            }))
            .map_err(stopped)?
            .unwrap_or_default();
        let outcome = match before {
            None => Outcome::Created,
            Some(before) if before.same_as(&after) => Outcome::Unchanged,
            Some(_) => Outcome::Changed,
        };
        Ok(Applied {
            object,
            outcome,
            resource_version: after.resource_version.unwrap_or_default(),
        })
    }
}

/// What tells whether an apply changed an object: its resourceVersion, and kadm's own entry in
/// its managed fields (the fields kadm owns, and when kadm last changed them).
#[derive(Debug, Default, PartialEq)]
struct Seen {
    resource_version: Option<String>,
    ours: Option<ManagedFieldsEntry>,
}

impl Seen {
    fn of(object: DynamicObject, manager: &Option<String>) -> Self {
        let ours = object
            .metadata
            .managed_fields
            .into_iter()
            .flatten()
            .find(|entry| entry.manager == *manager && entry.operation.as_deref() == Some("Apply"));
        Self {
            resource_version: object.metadata.resource_version,
            ours,
        }
    }

    /// Whether the apply between `self` (before) and `after` left the object as it was. A no-op
    /// apply writes nothing, so the resourceVersion stays; when another writer (a controller
    /// updating the status) moved it in between, kadm's own entry, unchanged in fields and time,
    /// still says that kadm's apply changed nothing.
    fn same_as(&self, after: &Seen) -> bool {
        self.resource_version == after.resource_version
            || (self.ours.is_some() && self.ours == after.ours)
    }
}

/// The two requests of one object's apply.
#[derive(Clone, Copy)]
enum Request {
    /// Read it, for its resourceVersion before (none: it is new).
    Read,
    /// Apply it, for its resourceVersion after.
    Apply,
}

/// The object a document names, in `namespace` (for messages before the scope is known: the
/// namespace the document gives).
fn document_ref(document: &Document, namespace: Option<String>) -> ObjectRef {
    let types = document.object.types.as_ref();
    ObjectRef {
        api_version: types.map(|t| t.api_version.clone()).unwrap_or_default(),
        kind: document.gvk.kind.clone(),
        namespace: namespace.or_else(|| document.object.metadata.namespace.clone()),
        name: document.name.clone(),
    }
}

/// The objects of a manifest, in order; empty documents are skipped.
fn documents(manifest: &str) -> Result<Vec<Document>, ApiError> {
    let values: Vec<serde_json::Value> =
        serde_saphyr::from_multiple(manifest).map_err(|e| ApiError::Manifest {
            index: 1,
            reason: chain(&e),
        })?;
    values
        .into_iter()
        .filter(|value| !value.is_null())
        .enumerate()
        .map(|(i, value)| document(i + 1, value))
        .collect()
}

fn document(index: usize, value: serde_json::Value) -> Result<Document, ApiError> {
    let bad = |reason: &str| ApiError::Manifest {
        index,
        reason: reason.to_string(),
    };
    let object: DynamicObject = serde_json::from_value(value).map_err(|e| ApiError::Manifest {
        index,
        reason: chain(&e),
    })?;
    let types = object
        .types
        .as_ref()
        .ok_or_else(|| bad("no apiVersion or kind"))?;
    if types.api_version.is_empty() || types.kind.is_empty() {
        return Err(bad("no apiVersion or kind"));
    }
    let (group, version) = types
        .api_version
        .rsplit_once('/')
        .unwrap_or(("", &types.api_version));
    let gvk = GroupVersionKind::gvk(group, version, &types.kind);
    let name = object
        .metadata
        .name
        .clone()
        .filter(|n| !n.is_empty())
        .ok_or_else(|| bad("no metadata.name"))?;
    Ok(Document { object, gvk, name })
}

impl ApiClient {
    /// The error for a request about `object` that stopped: refused for good, not possible, or
    /// still passing when `timeout` ran out.
    pub(crate) fn stopped(&self, object: &ObjectRef, timeout: Duration, stop: Stop) -> ApiError {
        let object = Box::new(object.clone());
        match stop {
            Stop::Failed(Failed::Refused { code, message }) => ApiError::Refused {
                server: self.server.clone(),
                object,
                code,
                message,
            },
            Stop::Failed(failed) => ApiError::Unsupported {
                server: self.server.clone(),
                object,
                reason: failed.to_string(),
            },
            Stop::Deadline(last) => ApiError::Timeout {
                server: self.server.clone(),
                object,
                timeout,
                last,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_reads_as_its_objects_in_order() {
        let text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: kube-system\n\
                    ---\n\
                    apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: b\n";
        let docs = documents(text).unwrap();
        let refs: Vec<String> = docs
            .iter()
            .map(|d| document_ref(d, None).to_string())
            .collect();
        assert_eq!(refs, ["ConfigMap kube-system/a", "ClusterRole b"]);
        assert_eq!(docs[1].gvk.group, "rbac.authorization.k8s.io");
        assert_eq!(docs[0].gvk.group, "");
        assert_eq!(docs[0].gvk.version, "v1");
    }

    #[test]
    fn a_document_without_a_kind_or_a_name_is_refused_naming_its_place() {
        for (text, why) in [
            (
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\nkind: X\nmetadata:\n  name: b\n",
                "document 2",
            ),
            (
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n",
                "no metadata.name",
            ),
            ("- a list\n", "document 1"),
        ] {
            let err = documents(text).err().expect(text).to_string();
            assert!(err.contains(why), "{err}");
        }
    }
}
