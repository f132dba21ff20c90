//! Key generation cost per algorithm and backend, the 11-key batch of `init phase certs all` in
//! parallel, and the cost of a kubeadm-sized batch of file writes with one `syncfs` against one
//! `fsync` per file, and against the 11 two-file batches the certs phase commits today.
//!
//! `cargo bench -p kadm-pki` measures aws-lc; with `--features openssl-vendored` the OpenSSL
//! backend is measured beside it.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, SamplingMode};
use kadm_pki::fsx::{write_batch_with, Durability, FileSpec};
use kadm_pki::{generate_keys, AwsLcKeyGenerator, KeyAlgorithm, KeyGenerator};

/// Every backend built in, by name.
fn backends() -> Vec<(&'static str, &'static dyn KeyGenerator)> {
    vec![
        ("aws-lc", &AwsLcKeyGenerator),
        #[cfg(feature = "openssl-vendored")]
        ("openssl", &kadm_pki::OpensslKeyGenerator),
    ]
}

fn keygen(c: &mut Criterion) {
    let mut group = c.benchmark_group("keygen");
    // RSA-2048 takes 45–100 ms a key: flat sampling keeps 10 samples within a few seconds.
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5));
    for (backend, gen) in backends() {
        for alg in [KeyAlgorithm::Rsa2048, KeyAlgorithm::EcdsaP256] {
            group.bench_function(format!("{backend}/{}", alg.name()), |b| {
                b.iter(|| black_box(gen.generate(alg).unwrap()))
            });
        }
    }
    group.finish();
}

/// The 11 keys of `init phase certs all`, generated in parallel as the certs parent does.
fn keygen_batch(c: &mut Criterion) {
    let mut group = c.benchmark_group("keygen_11_parallel");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(10));
    let algs = [KeyAlgorithm::Rsa2048; 11];
    for (backend, gen) in backends() {
        group.bench_function(format!("{backend}/RSA-2048"), |b| {
            b.iter(|| black_box(generate_keys(gen, &algs)))
        });
    }
    group.finish();
}

/// 22 small files, about what `init phase certs all` writes (11 certificates or public keys
/// and 11 keys), half of them in a subdirectory as under `pki/etcd`.
fn batch(dir: &Path) -> Vec<FileSpec> {
    (0..22)
        .map(|i| FileSpec {
            path: if i < 11 {
                dir.to_path_buf()
            } else {
                dir.join("etcd")
            }
            .join(format!("file-{i}.pem")),
            contents: vec![b'x'; 1200 + i * 10],
            mode: if i % 2 == 0 { 0o600 } else { 0o644 },
        })
        .collect()
}

fn write_batches(c: &mut Criterion) {
    // Under the target dir (a real disk), not a possible tmpfs /tmp, where syncs cost nothing.
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("kadm-pki-bench");
    std::fs::create_dir_all(&root).unwrap();
    let tmp = tempfile::tempdir_in(&root).unwrap();
    let files = batch(tmp.path());

    let mut group = c.benchmark_group("write_22_files");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5));
    for (name, durability) in [
        ("one_batch_syncfs", Durability::SyncFs),
        ("one_batch_fsync_each", Durability::FsyncEach),
    ] {
        group.bench_function(name, |b| {
            b.iter_batched(
                || files.clone(),
                |files| write_batch_with(&files, durability).unwrap(),
                BatchSize::SmallInput,
            )
        });
    }
    // What the certs phase does today: each child commits its own pair as one batch.
    group.bench_function("11_pair_batches_syncfs", |b| {
        b.iter_batched(
            || files.clone(),
            |files| {
                for pair in files.chunks(2) {
                    write_batch_with(pair, Durability::SyncFs).unwrap();
                }
            },
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

criterion_group!(benches, keygen, keygen_batch, write_batches);
criterion_main!(benches);
