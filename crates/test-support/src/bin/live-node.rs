//! `live-node ROOTFS WORK [NAME] -- COMMAND...`: starts the static Pods of the node at ROOTFS
//! with the live harness (its logs under WORK), waits until every one is ready, runs COMMAND in
//! the node's namespaces (its network, its /etc/kubernetes), stops the node and exits with
//! COMMAND's code. For the bench scripts that time kadm against a running control plane.

#![allow(clippy::print_stderr, reason = "a command-line tool's messages")]

use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use kadm_test_support::live::{LiveNode, LivePeers};

/// The node's address in its own namespace, as the live tests use.
const ADDRESS: IpAddr = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 10));
/// How long the control plane has to get ready.
const READY: Duration = Duration::from_secs(300);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(split) = args.iter().position(|a| a == "--") else {
        eprintln!("usage: live-node ROOTFS WORK [NAME] -- COMMAND...");
        return ExitCode::from(2);
    };
    let (node_args, command) = (&args[..split], &args[split + 1..]);
    let (Some(rootfs), Some(work), Some(program)) =
        (node_args.first(), node_args.get(1), command.first())
    else {
        eprintln!("usage: live-node ROOTFS WORK [NAME] -- COMMAND...");
        return ExitCode::from(2);
    };
    let name = node_args.get(2).map_or("live-cp-1", String::as_str);
    let peers = LivePeers::require();
    let mut node = match LiveNode::new(
        &peers,
        name,
        &PathBuf::from(rootfs),
        &PathBuf::from(work),
        ADDRESS,
    ) {
        Ok(node) => node,
        Err(e) => {
            eprintln!("live-node: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = node.start().and_then(|()| node.wait_all_ready(READY)) {
        eprintln!("live-node: {e}");
        return ExitCode::FAILURE;
    }
    let status = node.command(program).args(&command[1..]).status();
    node.stop();
    match status {
        Ok(status) => ExitCode::from(u8::try_from(status.code().unwrap_or(1)).unwrap_or(1)),
        Err(e) => {
            eprintln!("live-node: cannot run {program}: {e}");
            ExitCode::FAILURE
        }
    }
}
