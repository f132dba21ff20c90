//! What the fuzz target `kubeconfig` (in `fuzz/` at the repository root) runs on every input,
//! and the corpus test: every seed and past crash of every fuzz target (this crate's, the
//! configuration loader's and the certificate and key readers') under plain `cargo test`.
//!
//! Only built with the `fuzzing` feature, which the fuzz crate and this crate's tests turn on.

use std::path::Path;

use kadm_kubeconfig_model::KubeConfig;

/// The name given to the fuzzed text in error messages.
pub const SOURCE: &str = "/fuzz/admin.conf";

/// Parses `data` as a kubeconfig file and checks what must hold for any input: nothing panics,
/// the lookups of the current context, cluster and user return, and a file that parses prints
/// YAML (plain and redacted) that parses back and prints the same. Returns the error messages
/// met, for the caller to check that they do not quote the input at length.
///
/// Panics (with the reason) when one of these properties does not hold.
pub fn check(data: &[u8]) -> Vec<String> {
    // kubeconfig files are read as UTF-8 text; other bytes never reach the parser.
    let Ok(text) = std::str::from_utf8(data) else {
        return Vec::new();
    };
    let source = Path::new(SOURCE);
    let config = match KubeConfig::from_yaml(text, source) {
        Ok(config) => config,
        Err(e) => return vec![e.to_string()],
    };
    let mut errors = Vec::new();
    for lookup in [
        config.current_context().map(drop),
        config.current_cluster().map(drop),
        config.current_user().map(drop),
    ] {
        if let Err(e) = lookup {
            errors.push(e.to_string());
        }
    }
    for printed in [config.to_yaml(), config.to_yaml_redacted()] {
        let again = KubeConfig::from_yaml(&printed, source).unwrap_or_else(|e| {
            panic!("to_yaml printed a kubeconfig that does not parse back: {e}\n{printed}")
        });
        assert_eq!(
            again.to_yaml(),
            printed,
            "printing the re-read file differs"
        );
    }
    errors
}

/// What a fuzz target runs on one input: panics on a broken property, returns the error messages.
pub type Check = fn(&[u8]) -> Vec<String>;

/// The fuzz targets, each with the function it runs on one input.
pub const TARGETS: [(&str, Check); 4] = [
    ("config", kadm_config::fuzzing::check),
    ("kubeconfig", check),
    ("cert", kadm_pki::fuzzing::check_cert),
    ("key", kadm_pki::fuzzing::check_key),
];

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::TARGETS;

    /// Every seed (`fuzz/corpus/TARGET`) and every input that once crashed a target
    /// (`fuzz/regressions/TARGET`) goes through the target's checks. A seed named `ok-*` is a
    /// valid file: it must also produce no error at all.
    #[test]
    fn fuzz_corpus_and_regressions_run_clean() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
        for (target, check) in TARGETS {
            let mut seeds = 0;
            for dir in ["corpus", "regressions"] {
                let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
                    continue;
                };
                for entry in entries {
                    let path = entry.unwrap().path();
                    let errors = check(&std::fs::read(&path).unwrap());
                    let name = path.file_name().unwrap().to_string_lossy();
                    if name.starts_with("ok-") {
                        assert_eq!(errors, Vec::<String>::new(), "{}", path.display());
                    }
                    seeds += usize::from(dir == "corpus");
                }
            }
            assert!(seeds >= 3, "fuzz/corpus/{target} has {seeds} seeds");
        }
    }
}
