//! The shell examples of README.md and docs/*.md that are marked runnable (a fence tagged
//! `sh run`) are run against the built binary, so a page cannot drift from the command line.
//!
//! Each block runs in a fresh temporary directory (its working directory), one command at a
//! time (`\` continues a line; `#` lines are comments), through `sh -c`:
//! - `kadm` is the binary under test; `init`, `kubeconfig` and `reset` commands without `--rootfs` get
//!   `--rootfs ./kadm-root`, so nothing outside the directory is touched;
//! - `cargo run -- ARGS` (the README's quick start) is the same binary, built by the same dev
//!   profile as the tests;
//! - `$EDITOR` is `true`;
//! - any other program is refused (only `ls` and `cat` are allowed), so a block that needs root,
//!   systemd or a cluster cannot be marked by mistake;
//! - a command must exit 0, or 1 (kadm's failure code, docs/cli.md) when its comment says
//!   `# fails`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A runnable block: where it is and its commands (continuations joined).
#[derive(Debug)]
struct Block {
    file: String,
    line: usize,
    commands: Vec<String>,
}

/// The runnable blocks of one markdown text.
fn runnable_blocks(file: &str, text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut open: Option<(String, Option<Block>)> = None;
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim_start();
        match &mut open {
            None => {
                let fence_len = line.chars().take_while(|&c| c == '`').count();
                if fence_len >= 3 {
                    let info: Vec<&str> = line[fence_len..].split_whitespace().collect();
                    let block = (info == ["sh", "run"]).then(|| Block {
                        file: file.to_owned(),
                        line: n + 1,
                        commands: Vec::new(),
                    });
                    open = Some((line[..fence_len].to_owned(), block));
                }
            }
            Some((fence, block)) => {
                if line.trim_end() == fence {
                    if let Some(block) = open.take().and_then(|(_, block)| block) {
                        blocks.push(block);
                    }
                } else if let Some(block) = block {
                    push_line(&mut block.commands, line.trim_end());
                }
            }
        }
    }
    assert!(open.is_none(), "{file}: a code fence is never closed");
    blocks
}

/// Adds one line of a block to its commands: a comment or blank line is dropped, a line after
/// one ending in `\` continues it.
fn push_line(commands: &mut Vec<String>, line: &str) {
    let continues = commands.last().is_some_and(|c| c.ends_with('\\'));
    if continues {
        let last = commands.last_mut().unwrap();
        last.pop();
        last.push(' ');
        last.push_str(line);
    } else if !line.is_empty() && !line.starts_with('#') {
        commands.push(line.to_owned());
    }
}

/// The programs a runnable command may start with (after `cargo run --` became `kadm`).
const ALLOWED: [&str; 4] = ["kadm", "ls", "cat", "$EDITOR"];

/// A `kadm` for the examples: the binary under test, with `--rootfs` added to the commands that
/// touch a node when the example has none.
fn kadm_wrapper(bin_dir: &Path, root: &Path) {
    let script = format!(
        "#!/bin/sh\n\
         case \"$1\" in init|kubeconfig|reset) ;; *) exec '{bin}' \"$@\" ;; esac\n\
         for arg in \"$@\"; do\n\
           case \"$arg\" in --rootfs|--rootfs=*) exec '{bin}' \"$@\" ;; esac\n\
         done\n\
         exec '{bin}' \"$@\" --rootfs '{root}'\n",
        bin = env!("CARGO_BIN_EXE_kadm"),
        root = root.display(),
    );
    let path = bin_dir.join("kadm");
    std::fs::write(&path, script).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// Runs one block in a fresh directory; the first command that does not end as documented is
/// returned as an error.
fn run_block(block: &Block) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    let bin_dir = dir.path().join(".bin");
    std::fs::create_dir(&bin_dir).unwrap();
    let work = dir.path().join("work");
    std::fs::create_dir(&work).unwrap();
    kadm_wrapper(&bin_dir, &work.join("kadm-root"));
    let path = std::env::join_paths(
        std::iter::once(bin_dir).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap())),
    )
    .unwrap();
    let at = format!("{}:{}", block.file, block.line);
    for command in &block.commands {
        let command = match command.strip_prefix("cargo run -- ") {
            Some(args) => format!("kadm {args}"),
            None => command.clone(),
        };
        let program = command.split_whitespace().next().unwrap_or_default();
        if !ALLOWED.contains(&program) {
            return Err(format!(
                "{at}: `{command}` runs {program:?}, which a test does not run (allowed: {}); \
                 tag the block `sh` without `run` if it needs root, systemd or a cluster",
                ALLOWED.join(", ")
            ));
        }
        let out = Command::new("sh")
            .arg("-c")
            .arg(&command)
            .current_dir(&work)
            .env("PATH", &path)
            .env("EDITOR", "true")
            .env("HOME", dir.path())
            .env("NO_COLOR", "1")
            .env_remove("KUBECONFIG")
            .output()
            .unwrap();
        let expected = if command.contains("# fails") { 1 } else { 0 };
        if out.status.code() != Some(expected) {
            return Err(format!(
                "{at}: `{command}` exited with {:?}, expected {expected}\nstderr:\n{}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    Ok(())
}

/// README.md and every page of docs/.
fn pages() -> Vec<PathBuf> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(repo.join("docs"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    pages.sort();
    pages.insert(0, repo.join("README.md"));
    pages
}

fn all_blocks() -> Vec<Block> {
    pages()
        .iter()
        .flat_map(|page| {
            let name = page.file_name().unwrap().to_string_lossy();
            let name = if name == "README.md" {
                name.into_owned()
            } else {
                format!("docs/{name}")
            };
            runnable_blocks(&name, &std::fs::read_to_string(page).unwrap())
        })
        .collect()
}

#[test]
fn every_runnable_example_in_the_docs_runs_as_documented() {
    let blocks = all_blocks();
    let failures: Vec<String> = blocks.iter().filter_map(|b| run_block(b).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_readme_quick_start_is_a_runnable_example() {
    let blocks = all_blocks();
    let quick_start = blocks
        .iter()
        .filter(|b| b.file == "README.md")
        .flat_map(|b| &b.commands)
        .find(|c| c.starts_with("cargo run"));
    assert_eq!(
        quick_start.map(String::as_str),
        Some("cargo run -- init --rootfs ./kadm-root"),
        "README.md's quick start must be a `sh run` block using the tests' dev profile"
    );
}

#[test]
fn blocks_are_read_as_documented() {
    let text = "```sh run\n# comment\nkadm a \\\n  --b c\n\nls x # fails\n```\n\
                ````\n```sh run\nnot a block\n```\n````\n  ```sh\n  kadm z\n  ```\n";
    let blocks = runnable_blocks("t.md", text);
    assert_eq!(blocks.len(), 1, "{blocks:?}");
    assert_eq!(blocks[0].line, 1);
    assert_eq!(blocks[0].commands, ["kadm a  --b c", "ls x # fails"]);
}

#[test]
fn a_failing_example_or_a_foreign_program_is_reported() {
    let block = |command: &str| Block {
        file: "t.md".into(),
        line: 3,
        commands: vec![command.into()],
    };
    let unknown_phase = run_block(&block("kadm init phase certs nope")).unwrap_err();
    assert!(unknown_phase.starts_with("t.md:3: `kadm init phase certs nope` exited with Some(2)"));
    let wrongly_failing = run_block(&block("kadm version # fails")).unwrap_err();
    assert!(wrongly_failing.contains("expected 1"), "{wrongly_failing}");
    let foreign = run_block(&block("rm -rf /etc/kubernetes")).unwrap_err();
    assert!(foreign.contains("runs \"rm\""), "{foreign}");
}
