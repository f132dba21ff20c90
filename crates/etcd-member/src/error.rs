//! What can go wrong talking to etcd; every message names the endpoints and the fix.

use std::time::Duration;

/// A membership call failed.
#[derive(Debug, thiserror::Error)]
pub enum EtcdError {
    /// No endpoint was given.
    #[error(
        "no etcd endpoint to connect to: give the client URLs of the existing members \
         (https://<address>:2379, with --etcd-endpoints when no API server answers)"
    )]
    NoEndpoints,
    /// An endpoint is not an `https://HOST:PORT` URL.
    #[error(
        "etcd endpoint {endpoint:?} is not an https:// URL: give a member's client URL such \
         as https://10.0.0.1:2379"
    )]
    BadEndpoint {
        /// The endpoint as given (cut to a short prefix).
        endpoint: String,
    },
    /// No endpoint answered: nothing listening, the deadline passed, or TLS refused.
    #[error(
        "no etcd member answered at {endpoints} within {timeout:?} each: {reasons}; check that \
         etcd runs there, that these are the members' client URLs, and that the client \
         certificate is signed by etcd's CA (etcd/ca.crt)"
    )]
    Unreachable {
        /// The endpoints tried, comma-separated.
        endpoints: String,
        /// The bound on each endpoint.
        timeout: Duration,
        /// What each endpoint answered, `URL: reason; ...`.
        reasons: String,
    },
    /// A member answered, but refused the request.
    #[error("etcd at {endpoint} refused {operation}: {reason}")]
    Refused {
        /// The endpoint that answered.
        endpoint: String,
        /// What was asked (`member add https://10.0.0.2:2380`).
        operation: String,
        /// etcd's answer.
        reason: String,
    },
    /// A request got no answer in time.
    #[error(
        "etcd at {endpoint} did not answer {operation} within {timeout:?}: check that the \
         cluster has a leader (a majority of its members running)"
    )]
    Timeout {
        /// The endpoint asked.
        endpoint: String,
        /// What was asked.
        operation: String,
        /// The bound.
        timeout: Duration,
    },
    /// The runtime that drives the client could not start.
    #[error("cannot start the etcd client's runtime: {reason}")]
    Runtime {
        /// Why.
        reason: String,
    },
}

/// An error and its causes on one line, each cause once (tonic repeats its inner message).
pub(crate) fn chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut next = Some(err);
    while let Some(e) = next {
        let text = e.to_string();
        if !text.is_empty() && !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        next = e.source();
    }
    parts.join(": ")
}
