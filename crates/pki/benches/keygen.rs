//! Key generation cost per algorithm, and the cost of a kubeadm-sized batch of file writes
//! with one `syncfs` against one `fsync` per file.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, SamplingMode};
use kadm_pki::fsx::{write_batch_with, Durability, FileSpec};
use kadm_pki::{AwsLcKeyGenerator, KeyAlgorithm, KeyGenerator};

fn keygen(c: &mut Criterion) {
    let mut group = c.benchmark_group("keygen");
    // RSA-2048 takes ~100 ms a key: flat sampling keeps 10 samples within a few seconds.
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5));
    for alg in [KeyAlgorithm::Rsa2048, KeyAlgorithm::EcdsaP256] {
        group.bench_function(alg.name(), |b| {
            b.iter(|| black_box(AwsLcKeyGenerator.generate(alg).unwrap()))
        });
    }
    group.finish();
}

/// 22 small files, about what `kadm init` writes (certs, keys, kubeconfigs).
fn batch(dir: &std::path::Path) -> Vec<FileSpec> {
    (0..22)
        .map(|i| FileSpec {
            path: dir.join(format!("file-{i}.pem")),
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

    let mut group = c.benchmark_group("write_batch_22_files");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5));
    for (name, durability) in [
        ("syncfs", Durability::SyncFs),
        ("fsync_each", Durability::FsyncEach),
    ] {
        group.bench_function(name, |b| {
            b.iter_batched(
                || files.clone(),
                |files| write_batch_with(&files, durability).unwrap(),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, keygen, write_batches);
criterion_main!(benches);
