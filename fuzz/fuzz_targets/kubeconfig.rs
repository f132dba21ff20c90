//! Fuzz target `kubeconfig`: see `kadm_fuzz::run` and docs/fuzzing.md.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kadm_fuzz::run("kubeconfig", data));
