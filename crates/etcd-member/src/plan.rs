//! The decisions around membership, made from a member list alone: what a control-plane join
//! does, the `--initial-cluster` it writes, what reset removes. No network here.

use crate::{Member, hex_id};

/// What a control-plane join does with etcd's membership ([`plan_join`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinPlan {
    /// A member already has this node's peer URL: a re-run of the join (the earlier run added it,
    /// then stopped). kubeadm reuses that member instead of adding a second one.
    Reuse(u64),
    /// No member has this node's peer URL or name: `member add` it.
    Add,
}

/// The refusal of [`plan_join`]: the node's name is taken by a member at another peer URL.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "node name {name} is already etcd member {} at {peer_url}: pick another --node-name or \
     remove that member with `etcdctl member remove {}`",
    hex_id(*.id),
    hex_id(*.id)
)]
pub struct NameTaken {
    /// The node name asked for.
    pub name: String,
    /// The member that has it.
    pub id: u64,
    /// That member's (first) peer URL.
    pub peer_url: String,
}

/// Decides a control-plane join from the current `members`, this node's `name` and its
/// `peer_url` (`https://<advertiseAddress>:2380`): [`JoinPlan::Reuse`] when a member already has
/// the peer URL, [`JoinPlan::Add`] when nothing matches, and [`NameTaken`] when a member of that
/// name lives at another peer URL (two etcd members cannot share a name).
pub fn plan_join(members: &[Member], name: &str, peer_url: &str) -> Result<JoinPlan, NameTaken> {
    if let Some(other) = members
        .iter()
        .find(|m| m.name == name && !m.has_peer_url(peer_url))
    {
        return Err(NameTaken {
            name: name.to_string(),
            id: other.id,
            peer_url: other.peer_urls.first().cloned().unwrap_or_default(),
        });
    }
    Ok(match members.iter().find(|m| m.has_peer_url(peer_url)) {
        Some(m) => JoinPlan::Reuse(m.id),
        None => JoinPlan::Add,
    })
}

/// The `--initial-cluster` value a joining member starts with, as kubeadm builds it after
/// `member add`: `name=peerURL` for every member in the order etcd lists them, joined by commas.
/// The member at this node's `peer_url` gets this node's `name` (it has none until it starts);
/// another member without a name (an unstarted member of a concurrent join) gets its hex ID.
pub fn initial_cluster(members: &[Member], name: &str, peer_url: &str) -> String {
    members
        .iter()
        .map(|m| {
            if m.has_peer_url(peer_url) {
                return format!("{name}={peer_url}");
            }
            let member_name = if m.name.is_empty() {
                m.hex_id()
            } else {
                m.name.clone()
            };
            let url = m.peer_urls.first().map(String::as_str).unwrap_or_default();
            format!("{member_name}={url}")
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// What `kadm reset` does with this node's member ([`plan_leave`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Leave {
    /// Remove the member with this ID: other members remain.
    Remove(Member),
    /// This node's member is the only one: removing it would leave no cluster, so kubeadm skips
    /// it ("etcd cluster has only one member").
    OnlyMember(Member),
    /// No member has this node's peer URL: nothing to remove (already removed, or another cluster).
    NotAMember,
}

/// Decides what reset removes, from the current `members` and this node's `peer_url`.
pub fn plan_leave(members: &[Member], peer_url: &str) -> Leave {
    match members.iter().find(|m| m.has_peer_url(peer_url)) {
        None => Leave::NotAMember,
        Some(m) if members.len() == 1 => Leave::OnlyMember(m.clone()),
        Some(m) => Leave::Remove(m.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(id: u64, name: &str, peer: &str) -> Member {
        Member {
            id,
            name: name.into(),
            peer_urls: vec![peer.into()],
            client_urls: Vec::new(),
            is_learner: false,
        }
    }

    const P1: &str = "https://10.0.0.1:2380";
    const P2: &str = "https://10.0.0.2:2380";
    const P3: &str = "https://10.0.0.3:2380";

    #[test]
    fn a_new_peer_url_and_name_is_added() {
        let members = [member(0x11, "cp-1", P1)];
        assert_eq!(plan_join(&members, "cp-2", P2), Ok(JoinPlan::Add));
    }

    #[test]
    fn a_member_with_this_peer_url_is_reused_started_or_not() {
        let unstarted = [member(0x11, "cp-1", P1), member(0x22, "", P2)];
        assert_eq!(plan_join(&unstarted, "cp-2", P2), Ok(JoinPlan::Reuse(0x22)));
        let started = [member(0x11, "cp-1", P1), member(0x22, "cp-2", P2)];
        assert_eq!(plan_join(&started, "cp-2", P2), Ok(JoinPlan::Reuse(0x22)));
    }

    #[test]
    fn a_name_taken_at_another_peer_url_is_refused_with_the_fix() {
        let members = [member(0x11, "cp-1", P1), member(0xab, "cp-2", P3)];
        let err = plan_join(&members, "cp-2", P2).unwrap_err();
        assert_eq!(err.id, 0xab);
        assert_eq!(
            err.to_string(),
            "node name cp-2 is already etcd member ab at https://10.0.0.3:2380: pick another \
             --node-name or remove that member with `etcdctl member remove ab`"
        );
    }

    #[test]
    fn the_initial_cluster_names_every_member_in_etcds_order() {
        // etcd lists members in its own order; the new, unstarted member has no name yet, and a
        // member of a concurrent join has none either.
        let members = [
            member(0x22, "", P2),
            member(0x11, "cp-1", P1),
            member(0x3c, "", P3),
        ];
        assert_eq!(
            initial_cluster(&members, "cp-2", P2),
            "cp-2=https://10.0.0.2:2380,cp-1=https://10.0.0.1:2380,3c=https://10.0.0.3:2380"
        );
    }

    #[test]
    fn reset_removes_this_member_unless_it_is_the_last() {
        let two = [member(0x11, "cp-1", P1), member(0x22, "cp-2", P2)];
        assert_eq!(plan_leave(&two, P2), Leave::Remove(two[1].clone()));
        assert_eq!(plan_leave(&two, P3), Leave::NotAMember);
        let one = [member(0x11, "cp-1", P1)];
        assert_eq!(plan_leave(&one, P1), Leave::OnlyMember(one[0].clone()));
        assert_eq!(plan_leave(&one, P2), Leave::NotAMember);
    }
}
