//! What the fuzz target `config` (in `fuzz/` at the repository root) runs on every input; the
//! corpus test of `kadm-kubeconfig` runs it on every seed and past crash under `cargo test`.
//!
//! Only built with the `fuzzing` feature, which the fuzz crate and that test turn on.

use std::path::Path;

use crate::{Config, HostFacts};

/// The name given to the fuzzed text in error messages.
pub const SOURCE: &str = "/fuzz/kubeadm.yaml";

/// Decodes `data` as a kubeadm configuration file and checks what must hold for any input:
/// nothing panics, every accessor returns, and a configuration that loads prints YAML that
/// loads back to the same YAML. Returns the error messages met on the way, for the caller to
/// check that they do not quote the input at length.
///
/// Panics (with the reason) when one of these properties does not hold.
pub fn check(data: &[u8]) -> Vec<String> {
    // The binary reads configuration files as UTF-8 text; other bytes never reach the parser.
    let Ok(text) = std::str::from_utf8(data) else {
        return Vec::new();
    };
    let host = HostFacts {
        hostname: "fuzz-node".to_string(),
        default_ipv4: Some("192.0.2.10".parse().expect("a literal address")),
    };
    let source = Path::new(SOURCE);
    let config = match Config::from_yaml_str(text, source, &host) {
        Ok(config) => config,
        Err(e) => return vec![e.to_string()],
    };
    let mut errors = Vec::new();
    match config.clone().validate() {
        Ok(valid) => {
            // Every typed accessor returns for a configuration that validates.
            errors.extend(valid.warnings());
            let _ = (
                valid.advertise_address(),
                valid.control_plane_endpoint(),
                valid.service_subnets(),
                valid.encryption_algorithm(),
                valid.certificate_validity(),
                valid.ca_certificate_validity(),
                valid.kubernetes_version(),
            );
            let _ = (
                valid.feature_gate("ControlPlaneKubeletLocalMode"),
                valid.node_name(),
                valid.kubelet_extra_arg("node-ip"),
            );
        }
        Err(e) => errors.push(e.to_string()),
    }

    let printed = config.to_yaml();
    let again = Config::from_yaml_str(&printed, source, &host).unwrap_or_else(|e| {
        panic!("to_yaml printed a configuration that does not load back: {e}\n{printed}")
    });
    assert_eq!(
        again.to_yaml(),
        printed,
        "to_yaml after a load of to_yaml's output differs"
    );
    errors
}
