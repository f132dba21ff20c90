//! kadm's phase runner: a generic workflow engine that knows nothing about Kubernetes.
//!
//! A [`Workflow`] is a tree of [`Phase`]s over some run data `D`. [`Workflow::plan`] turns a
//! [`Request`] (targets, skips, target version) into the ordered list of phases to run, applying
//! the runner's rules: depth-first order, the synthetic `all` child, skips, exclusive groups,
//! deprecation and dependencies. [`Workflow::execute`] runs a plan.
//!
//! Versions are the run data's own type ([`RunData::Version`]): the runner only orders and
//! prints them, so it holds no notion of what a version is.

mod error;
mod phase;
mod workflow;

pub use error::{DefinitionError, PlanError, RunError};
pub use phase::{ALL, BoxError, Deprecation, Phase, PhaseResult, RunData, RunFn, RunIfFn};
pub use workflow::{Event, Node, Plan, Request, Step, Workflow};
