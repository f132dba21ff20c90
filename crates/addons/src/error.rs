//! What can go wrong while building or writing an addon's objects.

use std::path::PathBuf;

use ipnet::IpNet;
use kadm_kube_objects::SortedYamlError;
use kadm_node_fs::FsError;

/// An addon phase's failure; the message names the field or file and the fix.
#[derive(Debug, thiserror::Error)]
pub enum AddonError {
    /// The first service subnet has no tenth address for the DNS Service.
    #[error(
        "{field} {subnet}: the DNS Service takes the tenth address of the service subnet and \
         {subnet} has fewer addresses: use a prefix of /{longest_prefix} or shorter"
    )]
    SubnetTooSmall {
        /// The configuration field.
        field: &'static str,
        /// The subnet listed first.
        subnet: IpNet,
        /// The longest prefix that still holds the tenth address.
        longest_prefix: u8,
    },
    /// No service subnet is configured (validation normally guarantees one).
    #[error("{field} is empty: set the Service network, such as 10.96.0.0/12")]
    NoServiceSubnet {
        /// The configuration field.
        field: &'static str,
    },
    /// An object could not be printed as YAML.
    #[error("cannot print the {addon} objects as YAML")]
    Print {
        /// The addon.
        addon: &'static str,
        /// Why.
        #[source]
        cause: SortedYamlError,
    },
    /// The manifest could not be written.
    #[error("cannot write {}", path.display())]
    Write {
        /// The manifest's host path.
        path: PathBuf,
        /// Why.
        #[source]
        cause: FsError,
    },
}
