//! The synchronous client: one kube-rs client made from a kubeconfig, driven by a current-thread
//! runtime of its own, every request bounded by the request timeout.

use std::time::Duration;

use kube::config::{KubeConfigOptions, Kubeconfig};
use kube::{Client, Config};
use tokio::runtime::Runtime;
use tokio::time::Instant;

use crate::error::{ApiError, chain};
use crate::retry::{Failed, Stop, until};

/// A connection to one API server, as one kubeconfig's current context names it.
pub struct ApiClient {
    pub(crate) runtime: Runtime,
    pub(crate) client: Client,
    pub(crate) server: String,
    pub(crate) request_timeout: Duration,
}

impl std::fmt::Debug for ApiClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the credentials.
        f.debug_struct("ApiClient")
            .field("server", &self.server)
            .field("request_timeout", &self.request_timeout)
            .finish_non_exhaustive()
    }
}

impl ApiClient {
    /// A client for the cluster and user of `kubeconfig`'s current context (the text of
    /// `admin.conf` or `super-admin.conf`; `origin` names it in messages). Nothing is sent yet;
    /// each later request gets at most `request_timeout` (to connect, and to answer).
    pub fn from_kubeconfig(
        kubeconfig: &str,
        origin: &str,
        request_timeout: Duration,
    ) -> Result<ApiClient, ApiError> {
        // The YAML parser adds a drawing of the line at fault: its first line says it all.
        let unusable = |reason: String| ApiError::Kubeconfig {
            origin: origin.to_string(),
            reason: reason.lines().next().unwrap_or_default().to_string(),
        };
        let parsed = Kubeconfig::from_yaml(kubeconfig).map_err(|e| unusable(chain(&e)))?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| ApiError::Runtime { reason: chain(&e) })?;
        let client = runtime.block_on(async {
            let mut config =
                Config::from_custom_kubeconfig(parsed, &KubeConfigOptions::default()).await?;
            config.connect_timeout = Some(request_timeout);
            config.read_timeout = Some(request_timeout);
            config.write_timeout = Some(request_timeout);
            let server = config.cluster_url.to_string();
            Client::try_from(config).map(|client| (client, server))
        });
        let (client, server) = client.map_err(|e| unusable(chain(&e)))?;
        Ok(ApiClient {
            runtime,
            client,
            server: server.trim_end_matches('/').to_string(),
            request_timeout,
        })
    }

    /// The API server's URL (`https://192.0.2.10:6443`).
    pub fn server(&self) -> &str {
        &self.server
    }

    /// Waits until the API server's `/readyz` answers 200, asking again after a growing pause;
    /// fails after `timeout`, naming the URL and the last answer.
    pub fn wait_ready(&self, timeout: Duration) -> Result<(), ApiError> {
        let deadline = Instant::now() + timeout;
        let waited = self
            .runtime
            .block_on(until(deadline, self.request_timeout, || {
                ready(&self.client)
            }));
        waited.map_err(|stop| ApiError::NotReady {
            url: format!("{}/readyz", self.server),
            timeout,
            last: match stop {
                Stop::Deadline(last) => last,
                Stop::Failed(failed) => failed.to_string(),
            },
        })
    }
}

/// One question to `/readyz`: ready, or the answer as a passing one (a server that is starting
/// answers 500 or refuses the connection; a client it does not know yet, 401 or 403).
pub(crate) async fn ready(client: &Client) -> Result<(), Failed> {
    get_ok(client, "/readyz", failed_checks).await
}

/// A GET of `path` that must answer 200: any other answer, or none, is a passing one (`summary`
/// sums up the body of a failing answer).
pub(crate) async fn get_ok(
    client: &Client,
    path: &str,
    summary: fn(&str) -> String,
) -> Result<(), Failed> {
    let request = http::Request::get(path)
        .body(Vec::new())
        .map_err(|e| Failed::Final(chain(&e)))?;
    match client.request_text(request).await {
        Ok(_) => Ok(()),
        Err(kube::Error::Api(status)) => Err(Failed::answered(format!(
            "{} {}",
            status.code,
            summary(&status.message)
        ))),
        Err(e) => Err(Failed::Passing {
            answer: chain(&e),
            unreachable: true,
        }),
    }
}

/// What a failing `/readyz` says in a few words: the checks marked failed (`[-]etcd failed`),
/// else its first line.
fn failed_checks(body: &str) -> String {
    let failed: Vec<&str> = body
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("[-]"))
        .collect();
    if failed.is_empty() {
        body.lines().next().unwrap_or_default().trim().to_string()
    } else {
        failed.join(", ")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_failing_readyz_is_summed_up_by_its_failed_checks() {
        let body = "[+]ping ok\n[-]etcd failed: reason withheld\n[+]log ok\n\
                    [-]poststarthook/rbac/bootstrap-roles failed: not finished\n\
                    readyz check failed";
        assert_eq!(
            super::failed_checks(body),
            "[-]etcd failed: reason withheld, [-]poststarthook/rbac/bootstrap-roles failed: \
             not finished"
        );
        assert_eq!(super::failed_checks("Forbidden\nmore"), "Forbidden");
    }
}
