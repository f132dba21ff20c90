//! Real peers for kadm's tests, one CI switch, and skipping the tests whose peer is missing.
//!
//! - **Peers** ([`Peer`]): the real `openssl`, `etcd`, `etcdctl` and kubectl 1.33 that the interop
//!   tests run, found in one place and one order (see [`Lookup`]).
//! - **CI** ([`is_ci`]): one reading of the `CI` variable for every crate.
//! - **Skipping** ([`build`]): libtest cannot mark a test ignored while it runs, so a crate whose
//!   tests need peers has a short `build.rs` calling [`build::detect`]. It looks for the peers
//!   when the tests are built and sets `cfg(kadm_skip_<peer>)` for each one missing, outside CI.
//!   A test carries `#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]` and
//!   calls [`Peer::require`]: `cargo test` lists it as ignored with the reason and counts it in
//!   its summary. In CI nothing is ignored, and a missing peer fails the test naming it.
//!
//! Tests reach all this through `kadm-test-support`, which re-exports it beside the fixtures;
//! build scripts use this crate directly, as it depends on nothing of kadm's.

mod ci;
mod peers;

pub mod build;
pub mod built;

pub use ci::{is_ci, means_ci};
pub use peers::{KUBECTL_FIXED, Lookup, NotFound, Peer};
