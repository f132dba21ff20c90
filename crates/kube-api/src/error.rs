//! What can go wrong talking to the API server; every message names the server, the object and
//! the fix.

use std::time::Duration;

use crate::ObjectRef;

/// A call to the API server failed.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The kubeconfig could not be read as one, or names no usable cluster and user.
    #[error(
        "cannot use {origin} as a kubeconfig: {reason}; give a kubeconfig as kadm init writes \
         it (admin.conf or super-admin.conf: `kadm init phase kubeconfig admin` writes it again)"
    )]
    Kubeconfig {
        /// Where the kubeconfig came from (its path).
        origin: String,
        /// Why it is unusable.
        reason: String,
    },
    /// The runtime that drives the client could not start.
    #[error("cannot start the API client's runtime: {reason}")]
    Runtime {
        /// Why.
        reason: String,
    },
    /// `/readyz` did not answer 200 in time.
    #[error(
        "the API server is not ready: {url} did not answer 200 within {timeout:.1?}; last answer: \
         {last}; check that kube-apiserver runs on this node (`crictl ps`, its log) and that \
         etcd answers"
    )]
    NotReady {
        /// The `/readyz` URL asked.
        url: String,
        /// The bound.
        timeout: Duration,
        /// What it answered last (a status and its first lines, or the connection error).
        last: String,
    },
    /// A document of the manifest is not a Kubernetes object.
    #[error(
        "document {index} of the manifest is not a Kubernetes object: {reason}; each document \
         needs apiVersion, kind and metadata.name"
    )]
    Manifest {
        /// The document's position, from 1.
        index: usize,
        /// What is missing or malformed.
        reason: String,
    },
    /// The API server answered, and refused the object for good (a 4xx other than 429).
    #[error(
        "the API server at {server} refused {object}: {code} {message}; fix the object and \
         apply again"
    )]
    Refused {
        /// The API server's URL.
        server: String,
        /// The object refused.
        object: Box<ObjectRef>,
        /// The HTTP status code.
        code: u16,
        /// The server's own message.
        message: String,
    },
    /// The API server does not serve the object's kind, or the request could not be made.
    #[error(
        "cannot apply {object} to the API server at {server}: {reason}; check the object's \
         apiVersion and kind against `kubectl api-resources`"
    )]
    Unsupported {
        /// The API server's URL.
        server: String,
        /// The object.
        object: Box<ObjectRef>,
        /// Why.
        reason: String,
    },
    /// The answers stayed passing ones (no connection, 429, 5xx) until the overall timeout.
    #[error(
        "the API server at {server} did not take {object} within {timeout:.1?}; last answer: \
         {last}; check that kube-apiserver and etcd run (`crictl ps`, their logs), then apply \
         again: applying is idempotent"
    )]
    Timeout {
        /// The API server's URL.
        server: String,
        /// The object being applied.
        object: Box<ObjectRef>,
        /// The overall bound.
        timeout: Duration,
        /// What it answered last.
        last: String,
    },
    /// A read got only passing answers (no connection, 429, 5xx) until its timeout.
    #[error(
        "the API server at {server} did not answer for {object} within {timeout:.1?}; last \
         answer: {last}; check that the address is the API server's and that kube-apiserver and \
         etcd run (`crictl ps`, their logs)"
    )]
    NoAnswer {
        /// The API server's URL.
        server: String,
        /// The object read.
        object: Box<ObjectRef>,
        /// The bound.
        timeout: Duration,
        /// What it answered last.
        last: String,
    },
    /// The kubelet did not register the Node in time.
    #[error(
        "the Node {node} is not registered at {server} within {timeout:.1?} (last answer: \
         {last}); the kubelet registers it: check that it runs (`systemctl status kubelet`, \
         `journalctl -xeu kubelet`) and that its node name is {node}, then run `kadm init phase \
         mark-control-plane` again"
    )]
    NodeNotRegistered {
        /// The API server's URL.
        server: String,
        /// The Node's name.
        node: String,
        /// The bound.
        timeout: Duration,
        /// What the server answered last.
        last: String,
    },
    /// The API server refused to read or change the Node for good.
    #[error(
        "the API server at {server} refused to mark the Node {node}: {reason}; admin.conf needs \
         the kubeadm:cluster-admins binding (`kadm init phase kubeconfig admin` writes it)"
    )]
    NodeRefused {
        /// The API server's URL.
        server: String,
        /// The Node's name.
        node: String,
        /// The answer.
        reason: String,
    },
    /// A component's health endpoint did not answer 200 in time.
    #[error(
        "{component} is not healthy: {url} did not answer 200 within {timeout:.1?}; last \
         answer: {last}; look at {look}"
    )]
    Unhealthy {
        /// `kubelet`, `kube-apiserver`, ...
        component: String,
        /// The endpoint asked.
        url: String,
        /// The bound.
        timeout: Duration,
        /// What it answered last.
        last: String,
        /// The commands that show why.
        look: String,
    },
}

/// An error and its causes on one line, a cause left out when an earlier one already says it
/// (hyper and tower repeat the inner message).
pub(crate) fn chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut line = String::new();
    for cause in std::iter::successors(Some(err), |e| e.source()) {
        let text = cause.to_string();
        if text.is_empty() || line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}
