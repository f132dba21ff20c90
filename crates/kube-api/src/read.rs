//! Reading one object back, for the phases that decide from what the cluster holds (the owner of
//! the `kubeadm-certs` Secret).

use std::time::Duration;

use k8s_openapi::api::core::v1::Secret;
use kube::api::Api;
use tokio::time::Instant;

use crate::ObjectRef;
use crate::client::ApiClient;
use crate::error::ApiError;
use crate::retry::{classify, until};

impl ApiClient {
    /// The Secret `namespace/name`, or none when it does not exist; passing answers are retried
    /// until `timeout`.
    pub fn secret(
        &self,
        namespace: &str,
        name: &str,
        timeout: Duration,
    ) -> Result<Option<Secret>, ApiError> {
        let deadline = Instant::now() + timeout;
        let api: Api<Secret> = Api::namespaced(self.client.clone(), namespace);
        let read = self
            .runtime
            .block_on(until(deadline, self.request_timeout, || async {
                api.get_opt(name).await.map_err(|e| classify(&e))
            }));
        let object = || ObjectRef {
            api_version: "v1".into(),
            kind: "Secret".into(),
            namespace: Some(namespace.into()),
            name: name.into(),
        };
        read.map_err(|stop| self.stopped(&object(), timeout, stop))
    }
}
