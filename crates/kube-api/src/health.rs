//! A component's health endpoint (the kubelet's `/healthz`, kube-apiserver's `/livez`, the
//! controller-manager's `/healthz`, the scheduler's `/livez`), asked until it answers 200 or a
//! deadline passes. The components serve their own self-signed certificates on these ports, so
//! (as kubeadm does) the probe checks the answer, not the certificate.

use std::time::Duration;

use kube::{Client, Config};
use tokio::time::Instant;

use crate::client::get_ok;
use crate::error::{ApiError, chain};
use crate::retry::{Failed, Stop, until};

/// A health endpoint: whose it is, where, and what to look at when it stays unhealthy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HealthCheck {
    /// `kubelet`, `kube-apiserver`.
    pub component: String,
    /// `https://127.0.0.1:10257/healthz`.
    pub url: String,
    /// The commands that show why (`crictl ps -a`, the kubelet's journal), for the message.
    pub look: String,
}

/// Waits until `check` answers 200, asking again after a growing pause, each request bounded by
/// `request_timeout`; fails after `timeout`, naming the component, the URL, its last answer and
/// where to look.
pub fn wait_healthy(
    check: &HealthCheck,
    timeout: Duration,
    request_timeout: Duration,
) -> Result<(), ApiError> {
    let unhealthy = |last: String| ApiError::Unhealthy {
        component: check.component.clone(),
        url: check.url.clone(),
        timeout,
        last,
        look: check.look.clone(),
    };
    let uri: http::Uri = check.url.parse().map_err(|e| unhealthy(chain(&e)))?;
    let path = uri.path_and_query().map_or("/", |p| p.as_str()).to_string();
    let base: http::Uri = format!(
        "{}://{}",
        uri.scheme_str().unwrap_or("https"),
        uri.authority().map_or("", |a| a.as_str())
    )
    .parse()
    .map_err(|e: http::uri::InvalidUri| unhealthy(chain(&e)))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| ApiError::Runtime { reason: chain(&e) })?;
    let deadline = Instant::now() + timeout;
    let waited = runtime.block_on(async {
        let mut config = Config::new(base);
        config.accept_invalid_certs = true;
        config.connect_timeout = Some(request_timeout);
        config.read_timeout = Some(request_timeout);
        let client =
            Client::try_from(config).map_err(|e| Stop::Failed(Failed::Final(chain(&e))))?;
        until(deadline, request_timeout, || {
            get_ok(&client, &path, |body| {
                crate::retry::first_line(body).to_string()
            })
        })
        .await
    });
    waited.map_err(|stop| {
        unhealthy(match stop {
            Stop::Deadline(last) => last,
            Stop::Failed(failed) => failed.to_string(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_listening_fails_in_time_naming_the_component_and_where_to_look() {
        // A port nobody listens on: bind one, then close it.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port");
        let check = HealthCheck {
            component: "kube-scheduler".into(),
            url: format!("https://127.0.0.1:{port}/livez"),
            look: "crictl ps -a".into(),
        };
        let started = std::time::Instant::now();
        let err = wait_healthy(
            &check,
            Duration::from_millis(600),
            Duration::from_millis(300),
        )
        .expect_err("nothing listens");
        assert!(started.elapsed() < Duration::from_secs(5));
        let text = err.to_string();
        assert!(
            text.starts_with(&format!(
                "kube-scheduler is not healthy: https://127.0.0.1:{port}/livez did not answer 200 \
                 within"
            )),
            "{text}"
        );
        assert!(text.contains("crictl ps -a"), "{text}");
    }
}
