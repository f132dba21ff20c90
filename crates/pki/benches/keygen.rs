//! Key generation cost per algorithm and backend, the 11-key batch of `init phase certs all` in
//! parallel, and the cost of writing its 22 files durably: one `syncfs`, one `fsync` per file, or
//! parallel `fsync`s (what `write_batch` does), as one batch or as the 11 two-file batches the certs
//! phase commits today, on a quiet disk and on one where another program keeps writing.
//!
//! `cargo bench -p kadm-pki` measures aws-lc; with `--features openssl-vendored` the OpenSSL
//! backend is measured beside it.

use std::fs::File;
use std::hint::black_box;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use criterion::{BatchSize, Criterion, SamplingMode, criterion_group, criterion_main};
use kadm_node_fs::{Durability, FileSpec, Root};
use kadm_pki::{AwsLcKeyGenerator, KeyAlgorithm, KeyGenerator, generate_keys};

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
    for (backend, r#gen) in backends() {
        for alg in [KeyAlgorithm::Rsa2048, KeyAlgorithm::EcdsaP256] {
            group.bench_function(format!("{backend}/{}", alg.name()), |b| {
                b.iter(|| black_box(r#gen.generate(alg).unwrap()))
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
    for (backend, r#gen) in backends() {
        group.bench_function(format!("{backend}/RSA-2048"), |b| {
            b.iter(|| black_box(generate_keys(r#gen, &algs)))
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

/// Parallel `fsync`s: the strategy `write_batch` uses.
fn write_parallel_fsync(files: &[FileSpec]) {
    Root::host()
        .write_batch_with(files, Durability::ParallelFsync)
        .unwrap();
}

/// Writes a set of files durably.
type WriteFn = fn(&[FileSpec]);

/// The ways to write the 22 files: one batch or the 11 per-child pairs the certs phase commits.
fn strategies() -> Vec<(&'static str, WriteFn)> {
    fn pairs(files: &[FileSpec], write: WriteFn) {
        files.chunks(2).for_each(write);
    }
    vec![
        ("one_batch_syncfs", |f| {
            Root::host()
                .write_batch_with(f, Durability::SyncFs)
                .unwrap()
        }),
        ("one_batch_fsync_each", |f| {
            Root::host()
                .write_batch_with(f, Durability::FsyncEach)
                .unwrap()
        }),
        ("one_batch_parallel_fsync", write_parallel_fsync),
        ("11_pairs_syncfs", |f| {
            pairs(f, |p| {
                Root::host()
                    .write_batch_with(p, Durability::SyncFs)
                    .unwrap()
            })
        }),
        ("11_pairs_fsync_each", |f| {
            pairs(f, |p| {
                Root::host()
                    .write_batch_with(p, Durability::FsyncEach)
                    .unwrap()
            })
        }),
        ("11_pairs_parallel_fsync", |f| {
            pairs(f, write_parallel_fsync)
        }),
    ]
}

/// Keeps about 64 MiB of unrelated dirty data on the filesystem of `dir`, as a build running
/// beside kadm does, until dropped.
struct DiskLoad {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl DiskLoad {
    fn start(dir: &Path) -> DiskLoad {
        let stop = Arc::new(AtomicBool::new(false));
        let path = dir.join("disk-load.bin");
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            let chunk = vec![0x5au8; 1 << 20];
            while !flag.load(Ordering::Relaxed) {
                let mut f = File::create(&path).unwrap();
                for _ in 0..64 {
                    f.write_all(&chunk).unwrap();
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            let _ = std::fs::remove_file(&path);
        });
        DiskLoad {
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for DiskLoad {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn write_batches(c: &mut Criterion) {
    // Under the target dir (a real disk), not a possible tmpfs /tmp, where syncs cost nothing.
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("kadm-pki-bench");
    std::fs::create_dir_all(&root).unwrap();
    let tmp = tempfile::tempdir_in(&root).unwrap();
    let files = batch(tmp.path());
    std::fs::create_dir_all(tmp.path().join("etcd")).unwrap();

    for (group_name, load) in [
        ("write_22_files", false),
        ("write_22_files_busy_disk", true),
    ] {
        let _load = load.then(|| DiskLoad::start(&root));
        let mut group = c.benchmark_group(group_name);
        group
            .sample_size(20)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(4));
        for (name, write) in strategies() {
            group.bench_function(name, |b| {
                b.iter_batched(|| files.clone(), |f| write(&f), BatchSize::SmallInput)
            });
        }
        group.finish();
    }
}

criterion_group!(benches, keygen, keygen_batch, write_batches);
criterion_main!(benches);
