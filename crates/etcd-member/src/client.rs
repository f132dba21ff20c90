//! The synchronous membership client: one connection to the first endpoint that answers, driven
//! by a current-thread runtime of its own, every call bounded by the timeout.

use std::future::Future;
use std::time::Duration;

use etcd_client::{Certificate, Channel, Client, Identity, MemberAddOptions, TlsOptions};
use tokio::runtime::Runtime;
use tonic::transport::Endpoint;

use crate::Member;
use crate::error::{EtcdError, chain};

/// The client credentials for etcd's mutual TLS, as PEM bytes.
#[derive(Clone)]
pub struct EtcdClientTls {
    /// The CA that signed the members' serving certificates (`etcd/ca.crt`).
    pub ca_pem: Vec<u8>,
    /// The client certificate, signed by etcd's CA (`apiserver-etcd-client.crt`).
    pub cert_pem: Vec<u8>,
    /// Its private key.
    pub key_pem: Vec<u8>,
}

impl std::fmt::Debug for EtcdClientTls {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the key.
        f.debug_struct("EtcdClientTls").finish_non_exhaustive()
    }
}

impl EtcdClientTls {
    fn options(&self) -> TlsOptions {
        TlsOptions::new()
            .ca_certificate(Certificate::from_pem(&self.ca_pem))
            .identity(Identity::from_pem(&self.cert_pem, &self.key_pem))
    }
}

/// A connection to an etcd cluster for membership calls.
pub struct Members {
    runtime: Runtime,
    client: Client,
    endpoint: String,
    timeout: Duration,
}

impl std::fmt::Debug for Members {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Members")
            .field("endpoint", &self.endpoint)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl Members {
    /// Connects to the first of `endpoints` (members' client URLs, `https://HOST:2379`) that
    /// answers a member list with these credentials. Each endpoint gets at most `timeout` (a
    /// refused connection fails at once), and so does every later call.
    pub fn connect(
        endpoints: &[String],
        tls: &EtcdClientTls,
        timeout: Duration,
    ) -> Result<Members, EtcdError> {
        if endpoints.is_empty() {
            return Err(EtcdError::NoEndpoints);
        }
        for endpoint in endpoints {
            if !endpoint.starts_with("https://") {
                return Err(EtcdError::BadEndpoint {
                    endpoint: endpoint.chars().take(64).collect(),
                });
            }
        }
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| EtcdError::Runtime { reason: chain(&e) })?;
        let mut reasons = Vec::new();
        for endpoint in endpoints {
            match runtime.block_on(connect_one(endpoint, tls, timeout)) {
                Ok(client) => {
                    return Ok(Members {
                        runtime,
                        client,
                        endpoint: endpoint.clone(),
                        timeout,
                    });
                }
                Err(Failure::Silent) => {
                    reasons.push(format!("{endpoint}: no answer within {timeout:?}"));
                }
                Err(Failure::Said(reason)) => {
                    // The gRPC client hides a TLS refusal behind "connection closed".
                    let reason = runtime
                        .block_on(crate::probe::tls_failure(endpoint, tls, timeout))
                        .unwrap_or(reason);
                    reasons.push(format!("{endpoint}: {reason}"));
                }
            }
        }
        Err(EtcdError::Unreachable {
            endpoints: endpoints.join(","),
            timeout,
            reasons: reasons.join("; "),
        })
    }

    /// The endpoint that answered, which every call goes to.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// The members, in etcd's order.
    pub fn list(&mut self) -> Result<Vec<Member>, EtcdError> {
        let resp = self.call("member list".into(), passing, |mut c| async move {
            c.member_list().await
        })?;
        Ok(resp.members().iter().map(Member::from).collect())
    }

    /// Adds a voting member that will start at `peer_url` (`https://<address>:2380`): its ID, and
    /// every member after the add (the new one unstarted, without a name), in etcd's order.
    /// etcd's passing refusals (no leader, an unhealthy cluster) are retried until the timeout;
    /// when a retry finds the member already there, that member is the result. Use
    /// [`crate::plan_join`] first: an existing member with this peer URL is reused, not added.
    pub fn add(&mut self, peer_url: &str) -> Result<(u64, Vec<Member>), EtcdError> {
        self.add_as(peer_url, false)
    }

    /// Adds a learner that will start at `peer_url`, as kubeadm does with its `EtcdLearnerMode`
    /// (on by default since v1.29): a member that receives the log but does not vote, so the
    /// quorum does not grow before the new member has caught up; [`Members::promote`] makes it a
    /// voter once it runs. Returns what [`Members::add`] returns.
    pub fn add_learner(&mut self, peer_url: &str) -> Result<(u64, Vec<Member>), EtcdError> {
        self.add_as(peer_url, true)
    }

    fn add_as(&mut self, peer_url: &str, learner: bool) -> Result<(u64, Vec<Member>), EtcdError> {
        let what = if learner {
            "member add --learner"
        } else {
            "member add"
        };
        let added = self.call(format!("{what} {peer_url}"), passing, |mut c| {
            let urls = vec![peer_url.to_string()];
            let options = if learner {
                MemberAddOptions::new().with_is_learner()
            } else {
                MemberAddOptions::new()
            };
            async move { c.member_add(urls, Some(options)).await }
        });
        let resp = match added {
            Ok(resp) => resp,
            // A retried add whose first attempt went through (etcd timed out answering it):
            // the member is there, as kubeadm finds it on a retry.
            Err(EtcdError::Refused { reason, .. })
                if reason.contains("Peer URLs already exists") =>
            {
                let members = self.list()?;
                if let Some(m) = members.iter().find(|m| m.has_peer_url(peer_url)) {
                    return Ok((m.id, members));
                }
                return Err(EtcdError::Refused {
                    endpoint: self.endpoint.clone(),
                    operation: format!("{what} {peer_url}"),
                    reason,
                });
            }
            Err(e) => return Err(e),
        };
        let members: Vec<Member> = resp.member_list().iter().map(Member::from).collect();
        let id = match resp.member() {
            Some(m) => m.id(),
            // etcd always reports the added member; fall back to the list.
            None => members
                .iter()
                .find(|m| m.has_peer_url(peer_url))
                .map(|m| m.id)
                .unwrap_or_default(),
        };
        Ok((id, members))
    }

    /// Promotes learner `id` to a voting member; returns the members after. etcd refuses while
    /// the learner has not caught up with the leader; that answer is retried until the timeout.
    pub fn promote(&mut self, id: u64) -> Result<Vec<Member>, EtcdError> {
        let resp = self.call(
            format!("member promote {}", crate::hex_id(id)),
            |e| passing(e) || not_in_sync(e),
            |mut c| async move { c.member_promote(id).await },
        )?;
        Ok(resp.members().iter().map(Member::from).collect())
    }

    /// Removes member `id`; returns the members left. etcd refuses to remove a member that joined
    /// less than five seconds ago ("unhealthy cluster"); that answer is retried until the timeout.
    pub fn remove(&mut self, id: u64) -> Result<Vec<Member>, EtcdError> {
        let resp = self.call(
            format!("member remove {}", crate::hex_id(id)),
            passing,
            |mut c| async move { c.member_remove(id).await },
        )?;
        Ok(resp.members().iter().map(Member::from).collect())
    }

    /// Runs one request on the runtime, bounded by the timeout; the answers `retry` calls passing
    /// (no leader yet, a cluster not yet healthy) are retried with a growing pause until then.
    fn call<T, F, Fut>(
        &self,
        operation: String,
        retry: impl Fn(&etcd_client::Error) -> bool,
        request: F,
    ) -> Result<T, EtcdError>
    where
        F: Fn(Client) -> Fut,
        Fut: Future<Output = Result<T, etcd_client::Error>>,
    {
        let retried = async {
            let mut pause = Duration::from_millis(50);
            loop {
                match request(self.client.clone()).await {
                    Err(e) if retry(&e) => {
                        tokio::time::sleep(pause).await;
                        pause = (pause * 2).min(Duration::from_secs(1));
                    }
                    other => return other,
                }
            }
        };
        match self
            .runtime
            .block_on(async { tokio::time::timeout(self.timeout, retried).await })
        {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(e)) => Err(EtcdError::Refused {
                endpoint: self.endpoint.clone(),
                operation,
                reason: reason(&e),
            }),
            Err(_) => Err(EtcdError::Timeout {
                endpoint: self.endpoint.clone(),
                operation,
                timeout: self.timeout,
            }),
        }
    }
}

/// Whether etcd's answer may change by itself soon: it is unavailable (no leader, an unhealthy
/// cluster) or out of time, rather than refusing the request as such.
fn passing(err: &etcd_client::Error) -> bool {
    matches!(
        err,
        etcd_client::Error::GRpcStatus(status)
            if matches!(status.code(), tonic::Code::Unavailable | tonic::Code::DeadlineExceeded)
    )
}

/// Whether etcd refused to promote a learner because it has not caught up with the leader yet.
fn not_in_sync(err: &etcd_client::Error) -> bool {
    matches!(
        err,
        etcd_client::Error::GRpcStatus(status)
            if status.code() == tonic::Code::FailedPrecondition
                && status.message().contains("in sync with leader")
    )
}

/// Why an endpoint gave no client.
enum Failure {
    /// Nothing came back within the timeout.
    Silent,
    /// The connection or the first request failed, for this reason.
    Said(String),
}

/// A connected client for `endpoint`, proven by a member list, or why not.
async fn connect_one(
    endpoint: &str,
    tls: &EtcdClientTls,
    timeout: Duration,
) -> Result<Client, Failure> {
    let attempt = async {
        let channel = Endpoint::from_shared(endpoint.to_string())
            .map_err(|e| chain(&e))?
            .tls_config(tls.options())
            .map_err(|e| chain(&e))?
            .connect_timeout(timeout)
            .timeout(timeout)
            .connect()
            .await
            .map_err(|e| chain(&e))?;
        let mut client = Client::from_channel(Channel::Tonic(channel), None)
            .await
            .map_err(|e| reason(&e))?;
        // With TLS 1.3 the server judges the client certificate after the handshake: a first
        // request shows whether it was accepted.
        client.member_list().await.map_err(|e| reason(&e))?;
        Ok(client)
    };
    match tokio::time::timeout(timeout, attempt).await {
        Ok(result) => result.map_err(Failure::Said),
        Err(_) => Err(Failure::Silent),
    }
}

/// etcd's answer in a few words: a gRPC status shows its message, anything else its chain.
fn reason(err: &etcd_client::Error) -> String {
    match err {
        etcd_client::Error::GRpcStatus(status) => {
            let source = std::error::Error::source(status).map(chain);
            match source {
                Some(cause) if !status.message().contains(&cause) => {
                    format!("{}: {cause}", status.message())
                }
                _ => status.message().to_string(),
            }
        }
        other => chain(other),
    }
}
