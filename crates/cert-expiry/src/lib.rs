//! `kadm certs check-expiration`: every certificate of a node and when it expires.
//!
//! [`inspect`] reads (only reads, through the node's root) the certificates of kubeadm's PKI
//! ([`kadm_certs::CERTS`]), the client certificates of the kubeconfig files
//! ([`kadm_kubeconfig::FILES`], kubelet.conf apart as kubeadm does), the CAs, and the kubelet's
//! rotated client certificate; each certificate is verified against its CA on disk now. A
//! missing or unusable file is a row saying so, never an error. The report prints as kubeadm's
//! tables ([`text::render`]), as data ([`data::to_value`]) or as Prometheus metrics
//! ([`prometheus::render`]).

pub mod data;
mod inspect;
pub mod kubelet;
pub mod prometheus;
pub mod text;
mod within;

pub use inspect::{Facts, Report, Request, Row, RowKind, State, inspect};
pub use kubelet::{ConfUse, KubeletReport, Rotation};
pub use within::{InvalidWithin, parse_within};
