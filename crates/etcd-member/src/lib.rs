//! The one place kadm talks to etcd: the members of a stacked etcd cluster, listed, added and
//! removed over etcd's v3 API with mutual TLS, and the pure decisions around them (whether a
//! control-plane join adds a member, reuses one or must stop; what `--initial-cluster` the new
//! member starts with; which member `kadm reset` removes).
//!
//! The API is synchronous: [`Members`] keeps a current-thread tokio runtime of its own, so callers
//! need no async code. Every network step is bounded by the timeout given to
//! [`Members::connect`]; nothing waits forever for a member that does not answer.
//!
//! Credentials come in as bytes ([`EtcdClientTls`]): the caller reads the files (kubeadm uses
//! `etcd/ca.crt` with `apiserver-etcd-client.crt`/`.key`, or `etcd/healthcheck-client.crt`/`.key`)
//! through `kadm-node-fs`.

mod client;
mod error;
mod etcdctl;
mod plan;
mod probe;

pub use client::{EtcdClientTls, Members};
pub use error::EtcdError;
pub use etcdctl::{EtcdctlCredentials, etcdctl_command, member_remove_command};
pub use plan::{JoinPlan, Leave, NameTaken, initial_cluster, plan_join, plan_leave};

/// One member of an etcd cluster, as `member list` reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The member's ID (etcdctl prints it in hex: [`Member::hex_id`]).
    pub id: u64,
    /// The member's name; empty while an added member has not started yet.
    pub name: String,
    /// The URLs the other members reach it at (`--initial-advertise-peer-urls`).
    pub peer_urls: Vec<String>,
    /// The URLs clients reach it at (`--advertise-client-urls`); empty until it started.
    pub client_urls: Vec<String>,
    /// Whether it is a raft learner (added with `--learner`, not yet promoted).
    pub is_learner: bool,
}

impl Member {
    /// The ID as etcdctl prints and takes it (`member remove 8e9e05c52164694d`).
    pub fn hex_id(&self) -> String {
        hex_id(self.id)
    }

    /// Whether the member has started: etcd learns a member's name when it first joins.
    pub fn is_started(&self) -> bool {
        !self.name.is_empty()
    }

    /// Whether `url` is one of the member's peer URLs.
    pub fn has_peer_url(&self, url: &str) -> bool {
        self.peer_urls.iter().any(|u| u == url)
    }
}

/// A member ID as etcdctl prints and takes it: lower-case hex without a prefix.
pub fn hex_id(id: u64) -> String {
    format!("{id:x}")
}

impl From<&etcd_client::Member> for Member {
    fn from(m: &etcd_client::Member) -> Self {
        Member {
            id: m.id(),
            name: m.name().to_string(),
            peer_urls: m.peer_urls().to_vec(),
            client_urls: m.client_urls().to_vec(),
            is_learner: m.is_learner(),
        }
    }
}
