//! The guarantees of `--rootfs`, bounded reads, atomic writes, crash recovery and the lock, each
//! test named for the guarantee it checks (docs/security.md states them).

use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::time::Duration;

use kadm_node_fs::{FileSpec, FsError, Limit, LockMode, MODE_DIR, Root};

/// A temporary host directory with a `root/` inside it that stands for `/`, and room beside the
/// root to play "the host outside".
struct World {
    tmp: tempfile::TempDir,
}

impl World {
    fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir(tmp.path().join("root")).unwrap();
        World { tmp }
    }
    fn host(&self) -> &Path {
        self.tmp.path()
    }
    fn root_dir(&self) -> PathBuf {
        self.tmp.path().join("root")
    }
    fn root(&self) -> Root {
        Root::at(self.root_dir())
    }
    /// A host file outside the root ("do not touch") and a link to it at `node` in the root:
    /// (the file, the link).
    fn link_to_host_file(&self, node: &str) -> (PathBuf, PathBuf) {
        let victim = self.host().join("victim");
        fs::write(&victim, b"do not touch").unwrap();
        let link = self.at(node);
        fs::create_dir_all(link.parent().unwrap()).unwrap();
        symlink(&victim, &link).unwrap();
        (victim, link)
    }
    /// `<root>/<node path>` on the host.
    fn at(&self, node: &str) -> PathBuf {
        self.root_dir().join(node.trim_start_matches('/'))
    }
}

fn mode_of(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn pair(root: &Root, dir: &Path) -> [FileSpec; 2] {
    let _ = root;
    [
        FileSpec::public(dir.join("ca.crt"), b"cert".to_vec()),
        FileSpec::secret(dir.join("ca.key"), b"key".to_vec()),
    ]
}

#[test]
fn rootfs_relative_directory_link_cannot_climb_out() {
    let w = World::new();
    fs::create_dir(w.host().join("elsewhere")).unwrap();
    fs::create_dir_all(w.at("/etc/kubernetes")).unwrap();
    // From root/etc/kubernetes, ../../.. is the host directory holding the root.
    symlink("../../../elsewhere", w.at("/etc/kubernetes/pki")).unwrap();
    let root = w.root();
    // Inside the root the link leads to /elsewhere, which does not exist there: an error that
    // says so, and nothing written anywhere.
    let err = root
        .write_batch(&pair(&root, &w.at("/etc/kubernetes/pki")))
        .unwrap_err();
    assert!(
        matches!(err, FsError::DanglingLink { in_root: true, .. }),
        "{err}"
    );
    assert!(
        err.to_string().contains("does not exist under the root"),
        "{err}"
    );
    assert!(names_in(&w.host().join("elsewhere")).is_empty());
    fs::create_dir(w.at("/elsewhere")).unwrap();
    root.write_batch(&pair(&root, &w.at("/etc/kubernetes/pki")))
        .unwrap();
    assert!(
        names_in(&w.host().join("elsewhere")).is_empty(),
        "nothing lands outside"
    );
    assert_eq!(
        names_in(&w.at("/elsewhere")),
        ["ca.crt", "ca.key"],
        "`..` stops at the root"
    );
}

#[test]
fn rootfs_absolute_link_resolves_from_the_root() {
    let w = World::new();
    let outside = w.host().join("srv-k8s");
    fs::create_dir(&outside).unwrap();
    fs::create_dir_all(w.at("/etc")).unwrap();
    fs::create_dir_all(w.at(&outside.to_string_lossy())).unwrap();
    // An absolute link meant inside the root: on the host it would name `outside`.
    symlink(&outside, w.at("/etc/kubernetes")).unwrap();
    let root = w.root();
    root.write_batch(&pair(&root, &w.at("/etc/kubernetes/pki")))
        .unwrap();
    assert!(
        names_in(&outside).is_empty(),
        "the host's directory is untouched"
    );
    let inside = w.at(&outside.to_string_lossy()).join("pki");
    assert_eq!(names_in(&inside), ["ca.crt", "ca.key"]);
}

#[test]
fn rootfs_reads_through_links_stay_inside() {
    let w = World::new();
    fs::write(w.host().join("shadow"), b"host secret").unwrap();
    fs::create_dir_all(w.at("/var/lib/kubelet/pki")).unwrap();
    let link = w.at("/var/lib/kubelet/pki/kubelet-client-current.pem");
    symlink("../../../../../shadow", &link).unwrap();
    let root = w.root();
    let err = root.read(&link, Limit::PEM).unwrap_err();
    assert!(err.is_not_found(), "{err}");
    match root.resolve(&link).unwrap_err() {
        FsError::DanglingLink { in_root: true, .. } => {}
        other => panic!("{other}"),
    }
    // The same link target inside the root is found there.
    fs::write(w.at("/shadow"), b"inside").unwrap();
    assert_eq!(root.read(&link, Limit::PEM).unwrap(), b"inside");
    assert_eq!(root.resolve(&link).unwrap(), Some(w.at("/shadow")));
}

#[test]
fn writes_replace_a_link_instead_of_following_it() {
    let w = World::new();
    let (victim, conf) = w.link_to_host_file("/etc/kubernetes/kubelet.conf");
    w.root()
        .write_atomic(&FileSpec::secret(&conf, b"new".to_vec()))
        .unwrap();
    assert_eq!(fs::read(&victim).unwrap(), b"do not touch");
    assert!(fs::symlink_metadata(&conf).unwrap().is_file());
    assert_eq!(mode_of(&conf), 0o600);
}

#[test]
fn paths_outside_the_rootfs_are_refused() {
    let w = World::new();
    let err = w
        .root()
        .write_atomic(&FileSpec::secret(
            w.host().join("x/admin.conf"),
            b"k".to_vec(),
        ))
        .unwrap_err();
    assert!(matches!(err, FsError::OutsideRoot { .. }), "{err}");
    assert!(!w.host().join("x").exists());
}

#[test]
fn special_files_are_not_read() {
    let w = World::new();
    let fifo = w.at("/ca.crt");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    match w.root().read(&fifo, Limit::PEM).unwrap_err() {
        FsError::NotRegular { kind: "a FIFO", .. } => {}
        other => panic!("{other}"),
    }
    // /dev/zero on the host root: a device, refused before a byte is read.
    match Root::host()
        .read(Path::new("/dev/zero"), Limit::CONFIG)
        .unwrap_err()
    {
        FsError::NotRegular { kind, .. } => assert_eq!(kind, "a character device"),
        other => panic!("{other}"),
    }
    // A link to /dev/zero under a rootfs means the root's own /dev/zero: absent here.
    symlink("/dev/zero", w.at("/ca.key")).unwrap();
    assert!(
        w.root()
            .read(&w.at("/ca.key"), Limit::PEM)
            .unwrap_err()
            .is_not_found()
    );
}

#[test]
fn reads_are_capped() {
    let w = World::new();
    let big = w.at("/big.crt");
    fs::write(&big, vec![b'a'; 2048]).unwrap();
    let err = w
        .root()
        .read(&big, Limit::new(1024, "PEM file"))
        .unwrap_err();
    assert!(
        matches!(
            err,
            FsError::TooLarge {
                size: 2048,
                limit: 1024,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("big.crt"), "{err}");
    assert_eq!(w.root().read(&big, Limit::PEM).unwrap().len(), 2048);
}

#[test]
fn a_file_where_a_directory_belongs_is_named() {
    let w = World::new();
    fs::create_dir_all(w.at("/etc")).unwrap();
    fs::write(w.at("/etc/kubernetes"), b"oops").unwrap();
    let err = w
        .root()
        .write_batch(&pair(&w.root(), &w.at("/etc/kubernetes/pki")))
        .unwrap_err();
    let text = err.to_string();
    assert!(
        matches!(
            err,
            FsError::NotADirectory {
                kind: "a regular file",
                ..
            }
        ),
        "{text}"
    );
    assert!(
        text.contains("etc/kubernetes: is a regular file, not a directory"),
        "{text}"
    );
}

#[test]
fn batch_writes_contents_modes_and_dirs_without_leftovers() {
    let w = World::new();
    let root = w.root();
    let pki = w.at("/etc/kubernetes/pki");
    let files = vec![
        FileSpec::public(pki.join("ca.crt"), b"cert".to_vec()),
        FileSpec::secret(pki.join("ca.key"), b"key".to_vec()),
        FileSpec::secret(pki.join("etcd/ca.key"), b"etcd key".to_vec()),
    ];
    root.write_batch(&files).unwrap();
    for f in &files {
        assert_eq!(fs::read(&f.path).unwrap(), f.contents);
        assert_eq!(mode_of(&f.path), f.mode, "{}", f.path.display());
    }
    assert_eq!(mode_of(&pki), MODE_DIR);
    assert_eq!(
        names_in(&pki),
        ["ca.crt", "ca.key", "etcd"],
        "no temp file, no journal"
    );
    assert_eq!(names_in(&pki.join("etcd")), ["ca.key"]);
}

#[test]
fn a_rootfs_that_does_not_exist_yet_is_created_by_the_first_write() {
    let tmp = tempfile::tempdir().unwrap();
    let root = Root::at(tmp.path().join("new-root"));
    let file = tmp.path().join("new-root/etc/kubernetes/admin.conf");
    assert!(!root.exists(&file).unwrap());
    root.write_atomic(&FileSpec::secret(&file, b"x".to_vec()))
        .unwrap();
    assert_eq!(fs::read(&file).unwrap(), b"x");
}

#[test]
fn atomic_write_replaces_content_and_mode() {
    let w = World::new();
    let path = w.at("/admin.conf");
    let root = w.root();
    root.write_atomic(&FileSpec::public(&path, b"old contents, longer".to_vec()))
        .unwrap();
    assert_eq!(mode_of(&path), 0o644);
    root.write_atomic(&FileSpec::secret(&path, b"new".to_vec()))
        .unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"new");
    assert_eq!(
        mode_of(&path),
        0o600,
        "an old 0644 file must not keep its mode"
    );
}

#[test]
fn staging_failure_removes_earlier_temp_files_and_changes_nothing() {
    let w = World::new();
    let first = w.at("/first.crt");
    fs::write(&first, b"original").unwrap();
    // A name this long makes the temp file name exceed NAME_MAX.
    let too_long = w.at(&"x".repeat(250));
    let err = w
        .root()
        .write_batch(&[
            FileSpec::public(&first, b"replacement".to_vec()),
            FileSpec::secret(&too_long, b"k".to_vec()),
        ])
        .unwrap_err();
    assert!(
        err.to_string()
            .contains(&w.root_dir().display().to_string()),
        "{err}"
    );
    assert_eq!(fs::read(&first).unwrap(), b"original");
    assert_eq!(names_in(&w.root_dir()), ["first.crt"]);
}

#[test]
fn duplicate_paths_are_refused_before_writing() {
    let w = World::new();
    let p = w.at("/a");
    let err = w
        .root()
        .write_batch(&[
            FileSpec::public(&p, b"1".to_vec()),
            FileSpec::public(w.at("/./a"), b"2".to_vec()),
        ])
        .unwrap_err();
    assert!(matches!(err, FsError::DuplicatePath { .. }), "{err}");
    assert!(names_in(&w.root_dir()).is_empty());
}

#[test]
fn debug_hides_contents() {
    let spec = FileSpec::secret("/pki/ca.key", b"SECRET".to_vec());
    let text = format!("{spec:?}");
    assert!(!text.contains("SECRET"), "{text}");
    assert!(text.contains("600"), "{text}");
}

/// Lays out what a run killed during the renames of a journaled batch leaves: `ca.crt` renamed,
/// `ca.key` still staged, the journal naming both, and a stray temp file of a run that never
/// committed.
fn interrupted_batch(dir: &Path) {
    fs::create_dir_all(dir).unwrap();
    fs::write(dir.join("ca.crt"), b"new cert").unwrap();
    fs::write(dir.join(".kadm-tmp.ca.key.77.1"), b"new key").unwrap();
    fs::write(dir.join(".kadm-tmp.sa.key.66.0"), b"abandoned key").unwrap();
    fs::write(
        dir.join(".front-proxy-ca.key.Xy12Zq.tmp"),
        b"old-style temp",
    )
    .unwrap();
    fs::write(
        dir.join(".kadm-journal"),
        b"kadm journal v1\n.kadm-tmp.ca.crt.77.0\0ca.crt\0.kadm-tmp.ca.key.77.1\0ca.key\0",
    )
    .unwrap();
}

#[test]
fn crash_safety_an_interrupted_pair_is_finished_by_the_next_locked_run() {
    let w = World::new();
    let pki = w.at("/etc/kubernetes/pki");
    interrupted_batch(&pki);
    let root = w.root();
    let _lock = root
        .lock(LockMode::Exclusive, Duration::from_secs(1), || {})
        .unwrap();
    assert_eq!(
        root.read(&pki.join("ca.key"), Limit::PEM).unwrap(),
        b"new key"
    );
    assert_eq!(
        names_in(&pki),
        ["ca.crt", "ca.key"],
        "journal and stale temps gone"
    );
}

#[test]
fn crash_safety_recovery_needs_the_exclusive_lock() {
    let w = World::new();
    let pki = w.at("/etc/kubernetes/pki");
    interrupted_batch(&pki);
    let root = w.root();
    let _lock = root
        .lock(LockMode::Shared, Duration::from_secs(1), || {})
        .unwrap();
    assert!(
        !root.exists(&pki.join("ca.key")).unwrap(),
        "a reader changes nothing"
    );
    assert_eq!(names_in(&pki).len(), 5);
}

#[test]
fn concurrency_one_writer_at_a_time() {
    let w = World::new();
    let first = w.root();
    let held = first
        .lock(LockMode::Exclusive, Duration::from_secs(1), || {})
        .unwrap();
    let mut waited = false;
    let err = w
        .root()
        .lock(LockMode::Exclusive, Duration::from_millis(200), || {
            waited = true
        })
        .unwrap_err();
    assert!(waited, "the waiting run is told");
    assert!(matches!(err, FsError::Locked { .. }), "{err}");
    assert!(
        w.root()
            .lock(LockMode::Shared, Duration::ZERO, || {})
            .is_err()
    );
    drop(held);
    let a = w
        .root()
        .lock(LockMode::Shared, Duration::ZERO, || {})
        .unwrap();
    let b = w.root().lock(LockMode::Shared, Duration::ZERO, || {});
    assert!(b.is_ok(), "readers share");
    drop(a);
}

#[test]
fn removal_takes_a_link_to_a_host_file_not_the_file() {
    let w = World::new();
    let (victim, conf) = w.link_to_host_file("/etc/kubernetes/admin.conf");
    let root = w.root();
    assert!(root.remove_file(&conf).unwrap(), "the link was there");
    assert!(fs::symlink_metadata(&conf).is_err(), "the link is gone");
    assert_eq!(fs::read(&victim).unwrap(), b"do not touch");
    assert!(!root.remove_file(&conf).unwrap(), "nothing left to remove");
    // The same through remove_dir_all.
    symlink(&victim, &conf).unwrap();
    assert!(root.remove_dir_all(&conf).unwrap());
    assert!(fs::symlink_metadata(&conf).is_err());
    assert_eq!(fs::read(&victim).unwrap(), b"do not touch");
}

#[test]
fn removal_of_a_tree_removes_directory_links_as_links() {
    let w = World::new();
    let outside = w.host().join("outside");
    fs::create_dir(&outside).unwrap();
    fs::write(outside.join("keep"), b"host data").unwrap();
    fs::create_dir_all(w.at("/var/lib/etcd/member/snap")).unwrap();
    fs::write(w.at("/var/lib/etcd/member/snap/db"), b"x").unwrap();
    // A link to a directory outside the root, inside the tree and as the tree itself.
    symlink(&outside, w.at("/var/lib/etcd/member/wal")).unwrap();
    symlink("../../../../outside", w.at("/var/lib/etcd/up")).unwrap();
    symlink(&outside, w.at("/var/lib/kubelet-pki")).unwrap();
    let root = w.root();
    assert!(root.remove_dir_all(&w.at("/var/lib/etcd")).unwrap());
    assert!(
        !root
            .remove_dir_all(&w.at("/var/lib/kubelet-pki/keep"))
            .unwrap(),
        "a path through the link is looked up inside the root, where nothing is"
    );
    assert!(fs::symlink_metadata(w.at("/var/lib/etcd")).is_err());
    assert!(root.remove_dir_all(&w.at("/var/lib/kubelet-pki")).unwrap());
    assert!(fs::symlink_metadata(w.at("/var/lib/kubelet-pki")).is_err());
    assert_eq!(names_in(&outside), ["keep"], "nothing outside touched");
    assert_eq!(fs::read(outside.join("keep")).unwrap(), b"host data");
    assert_eq!(names_in(&w.at("/var/lib")), Vec::<String>::new());
}

#[test]
fn removal_resolves_inside_the_root_and_refuses_outside_paths() {
    let w = World::new();
    let outside = w.host().join("etc");
    fs::create_dir(&outside).unwrap();
    fs::write(outside.join("admin.conf"), b"host").unwrap();
    // An absolute directory link on the way is resolved inside the root: /etc -> <host>/etc
    // means <root>/<host>/etc there, which does not exist.
    symlink(&outside, w.at("/etc")).unwrap();
    let root = w.root();
    assert!(!root.remove_file(&w.at("/etc/admin.conf")).unwrap());
    assert!(!root.remove_dir_all(&w.at("/etc/admin.conf")).unwrap());
    assert_eq!(fs::read(outside.join("admin.conf")).unwrap(), b"host");
    for bad in [outside.join("admin.conf"), w.root_dir()] {
        let err = root.remove_dir_all(&bad).unwrap_err();
        assert!(matches!(err, FsError::OutsideRoot { .. }), "{err}");
    }
    assert!(outside.join("admin.conf").exists());
    // A directory is not a file.
    fs::create_dir_all(w.at("/srv/d")).unwrap();
    let err = root.remove_file(&w.at("/srv/d")).unwrap_err();
    assert!(matches!(err, FsError::NotRegular { .. }), "{err}");
    assert!(w.at("/srv/d").is_dir());
}

#[test]
fn listing_a_directory_stays_inside_and_names_what_is_not_one() {
    let w = World::new();
    let root = w.root();
    assert_eq!(root.list_dir(&w.at("/var/lib/etcd")).unwrap(), None);
    fs::create_dir_all(w.at("/var/lib/etcd")).unwrap();
    assert_eq!(
        root.list_dir(&w.at("/var/lib/etcd")).unwrap(),
        Some(Vec::new())
    );
    fs::create_dir_all(w.at("/var/lib/etcd/member")).unwrap();
    fs::write(w.at("/var/lib/etcd/a"), b"x").unwrap();
    assert_eq!(
        root.list_dir(&w.at("/var/lib/etcd")).unwrap(),
        Some(vec!["a".into(), "member".into()])
    );
    // A link to a host directory is followed inside the root, where nothing is.
    fs::create_dir_all(w.host().join("elsewhere/data")).unwrap();
    symlink(w.host().join("elsewhere"), w.at("/var/lib/other")).unwrap();
    assert_eq!(root.list_dir(&w.at("/var/lib/other/data")).unwrap(), None);
    let err = root.list_dir(&w.at("/var/lib/etcd/a")).unwrap_err();
    assert!(
        err.to_string()
            .contains("var/lib/etcd/a: cannot list the directory"),
        "{err}"
    );
}

#[test]
fn ensure_dir_makes_a_private_directory_inside_the_root_and_keeps_an_existing_one() {
    let world = World::new();
    let root = world.root();
    let data = world.at("/var/lib/etcd");
    assert!(root.ensure_dir(&data, 0o700).unwrap());
    assert_eq!(mode_of(&data), 0o700);
    assert_eq!(mode_of(&world.at("/var/lib")), MODE_DIR);
    // A second call changes nothing, not even a mode the administrator chose.
    fs::set_permissions(&data, fs::Permissions::from_mode(0o750)).unwrap();
    assert!(!root.ensure_dir(&data, 0o700).unwrap());
    assert_eq!(mode_of(&data), 0o750);
    // A file where the directory belongs is named.
    let file = world.at("/var/lib/file");
    fs::write(&file, b"x").unwrap();
    let err = root.ensure_dir(&file, 0o700).unwrap_err();
    assert!(matches!(err, FsError::NotADirectory { .. }), "{err}");
    // A link that climbs out of the root is resolved inside it: the host stays untouched.
    fs::create_dir(world.at("/outside")).unwrap();
    symlink("../../../../outside", world.at("/var/lib/escape")).unwrap();
    root.ensure_dir(&world.at("/var/lib/escape/data"), 0o700)
        .unwrap();
    assert!(!world.host().join("outside").exists());
    assert!(world.at("/outside/data").is_dir());
}
