//! Finds the real peers this crate's tests run; see `kadm_test_peers::build`.

use kadm_test_peers::Peer;

fn main() {
    kadm_test_peers::build::detect(&[
        Peer::Openssl,
        Peer::Etcd,
        Peer::Etcdctl,
        Peer::Kubectl,
        Peer::Strace,
        Peer::KubernetesValidate,
        Peer::Live,
    ]);
}
