//! `init phase certs all` in-process: the whole `certs` phase tree through the phase runner,
//! into a fresh directory on the real disk each iteration, for RSA-2048 and ECDSA-P256.
//!
//! The keys come from `kadm_pki::default_generator()`, so running this with
//! `--features kadm-pki/openssl-vendored -p kadm-pki` measures the OpenSSL backend.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use criterion::{BatchSize, Criterion, SamplingMode, criterion_group, criterion_main};
use kadm_certs::phase;
use kadm_config::{Config, HostFacts, Overrides};
use kadm_init_context::{InitContext, MemoryOutput, Paths, Root};
use kadm_phase_runner::{Request, Workflow};
use tempfile::TempDir;

/// A fresh rootfs and a context ready to run `certs` with keys of `algorithm`.
fn fresh(root: &Path, algorithm: &str) -> (TempDir, InitContext) {
    let tmp = tempfile::tempdir_in(root).unwrap();
    let mut config = Config::defaults(&HostFacts {
        hostname: "node-1".into(),
        default_ipv4: Some("127.0.0.1".parse().unwrap()),
    });
    config.apply_overrides(&Overrides {
        node_name: Some("node-1".into()),
        advertise_address: Some("127.0.0.1".into()),
        encryption_algorithm: Some(algorithm.parse().unwrap()),
        ..Overrides::default()
    });
    let paths = Paths::defaults_under(Root::at(tmp.path()));
    let ctx = InitContext::new(
        config.validate().unwrap(),
        paths,
        Arc::new(MemoryOutput::default()),
    );
    (tmp, ctx)
}

fn certs_all(c: &mut Criterion) {
    // Under the target dir (a real disk), not a possible tmpfs /tmp, where syncs cost nothing.
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("kadm-certs-bench");
    std::fs::create_dir_all(&root).unwrap();
    let wf = Workflow::new("init", vec![phase()]).unwrap();
    let plan = wf
        .plan(&Request {
            targets: vec!["certs/all".into()],
            ..Request::default()
        })
        .unwrap();
    let planned: Vec<String> = plan.paths().into_iter().map(String::from).collect();

    let mut group = c.benchmark_group("certs_all");
    group.warm_up_time(Duration::from_secs(1));
    for (algorithm, samples, seconds) in [("RSA-2048", 10, 10), ("ECDSA-P256", 30, 5)] {
        group
            .sampling_mode(SamplingMode::Flat)
            .sample_size(samples)
            .measurement_time(Duration::from_secs(seconds));
        group.bench_function(algorithm, |b| {
            b.iter_batched(
                || fresh(&root, algorithm),
                |(tmp, mut ctx)| {
                    ctx.planned = planned.clone();
                    wf.execute(&plan, &mut ctx, |_| {}).unwrap();
                    // Dropped outside the timing: criterion drops the output after the routine.
                    (tmp, ctx)
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, certs_all);
criterion_main!(benches);
