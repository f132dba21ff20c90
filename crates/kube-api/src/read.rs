//! Secrets read, listed and deleted: the owner of the `kubeadm-certs` Secret, the bootstrap
//! tokens of `kadm token list` and `delete`.

use std::time::Duration;

use k8s_openapi::NamespaceResourceScope;
use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use kube::api::{Api, DeleteParams, ListParams};
use serde::de::DeserializeOwned;
use tokio::time::Instant;

use crate::ObjectRef;
use crate::client::ApiClient;
use crate::error::ApiError;
use crate::retry::{Stop, classify, until};

impl ApiClient {
    /// The Secret `namespace/name`, or none when it does not exist; passing answers are retried
    /// until `timeout`.
    pub fn secret(
        &self,
        namespace: &str,
        name: &str,
        timeout: Duration,
    ) -> Result<Option<Secret>, ApiError> {
        self.get(namespace, name, timeout)
    }

    /// The ConfigMap `namespace/name` (`kube-system/kubeadm-config`), or none when it does not
    /// exist; passing answers are retried until `timeout`.
    pub fn config_map(
        &self,
        namespace: &str,
        name: &str,
        timeout: Duration,
    ) -> Result<Option<ConfigMap>, ApiError> {
        self.get(namespace, name, timeout)
    }

    fn get<K>(&self, namespace: &str, name: &str, timeout: Duration) -> Result<Option<K>, ApiError>
    where
        K: kube::Resource<Scope = NamespaceResourceScope, DynamicType = ()>
            + Clone
            + DeserializeOwned
            + std::fmt::Debug,
    {
        let deadline = Instant::now() + timeout;
        let api: Api<K> = Api::namespaced(self.client.clone(), namespace);
        let read = self
            .runtime
            .block_on(until(deadline, self.request_timeout, || async {
                api.get_opt(name).await.map_err(|e| classify(&e))
            }));
        read.map_err(|stop| {
            let object = ObjectRef {
                api_version: K::api_version(&()).into_owned(),
                kind: K::kind(&()).into_owned(),
                namespace: Some(namespace.into()),
                name: name.into(),
            };
            self.stopped_reading(&object, timeout, stop)
        })
    }
}

impl ApiClient {
    /// The Secrets of `namespace` whose `type` is `secret_type`, in the server's order.
    pub fn secrets_of_type(
        &self,
        namespace: &str,
        secret_type: &str,
        timeout: Duration,
    ) -> Result<Vec<Secret>, ApiError> {
        let deadline = Instant::now() + timeout;
        let api: Api<Secret> = Api::namespaced(self.client.clone(), namespace);
        let params = ListParams::default().fields(&format!("type={secret_type}"));
        let listed = self
            .runtime
            .block_on(until(deadline, self.request_timeout, || async {
                api.list(&params).await.map_err(|e| classify(&e))
            }));
        listed
            .map(|list| list.items)
            .map_err(|stop| self.stopped_reading(&secret_ref(namespace, "*"), timeout, stop))
    }

    /// Deletes the Secret `namespace/name`; whether it existed.
    pub fn delete_secret(
        &self,
        namespace: &str,
        name: &str,
        timeout: Duration,
    ) -> Result<bool, ApiError> {
        let deadline = Instant::now() + timeout;
        let api: Api<Secret> = Api::namespaced(self.client.clone(), namespace);
        let deleted = self
            .runtime
            .block_on(until(deadline, self.request_timeout, || async {
                match api.delete(name, &DeleteParams::default()).await {
                    Ok(_) => Ok(true),
                    Err(kube::Error::Api(status)) if status.code == 404 => Ok(false),
                    Err(e) => Err(classify(&e)),
                }
            }));
        deleted.map_err(|stop| self.stopped(&secret_ref(namespace, name), timeout, stop))
    }
}

/// A Secret, as messages name it.
fn secret_ref(namespace: &str, name: &str) -> ObjectRef {
    ObjectRef {
        api_version: "v1".into(),
        kind: "Secret".into(),
        namespace: Some(namespace.into()),
        name: name.into(),
    }
}

impl ApiClient {
    /// The error for a read of `object` that stopped: as [`ApiClient::stopped`], but a read that
    /// got no answer in time says so (not that an apply did not take).
    fn stopped_reading(&self, object: &ObjectRef, timeout: Duration, stop: Stop) -> ApiError {
        match stop {
            Stop::Deadline(last) => ApiError::NoAnswer {
                server: self.server.clone(),
                object: Box::new(object.clone()),
                timeout,
                last,
            },
            other => self.stopped(object, timeout, other),
        }
    }
}
