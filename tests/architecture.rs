//! The crate graph and the one-writer rule of docs/architecture.md, checked against the real
//! workspace (`cargo metadata`) and sources.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The workspace's root directory.
fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One row of the rule book.
#[derive(Debug, Default)]
struct Rule {
    may_import: BTreeSet<String>,
    never_imports: BTreeSet<String>,
}

/// The names in backticks of one table cell.
fn names(cell: &str) -> BTreeSet<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// The rule table of docs/architecture.md, by crate.
fn rules(doc: &str) -> BTreeMap<String, Rule> {
    let mut out = BTreeMap::new();
    for line in doc.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').collect();
        assert_eq!(cells.len(), 4, "a rule row has 4 cells: {line}");
        let krate = names(cells[0]).into_iter().next().expect("crate name");
        out.insert(
            krate,
            Rule {
                may_import: names(cells[2]),
                never_imports: names(cells[3]),
            },
        );
    }
    out
}

/// Each workspace crate's normal (non-dev, non-build) dependencies, from `cargo metadata`.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = std::process::Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(repo())
        .output()
        .expect("cargo metadata");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut graph = BTreeMap::new();
    for package in meta["packages"].as_array().unwrap() {
        let deps = package["dependencies"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["kind"].is_null())
            .map(|d| d["name"].as_str().unwrap().to_string())
            .collect();
        graph.insert(package["name"].as_str().unwrap().to_string(), deps);
    }
    graph
}

/// Every way `graph` breaks `rules`, in words.
fn violations(
    graph: &BTreeMap<String, BTreeSet<String>>,
    rules: &BTreeMap<String, Rule>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (krate, deps) in graph {
        let Some(rule) = rules.get(krate) else {
            out.push(format!("{krate} is not in docs/architecture.md's table"));
            continue;
        };
        for dep in deps {
            let ours = graph.contains_key(dep);
            if ours && !rule.may_import.contains(dep) {
                out.push(format!("{krate} must not depend on {dep}"));
            }
            if rule.never_imports.contains(dep) {
                out.push(format!("{krate} must never import {dep}"));
            }
        }
    }
    out
}

#[test]
fn the_crate_graph_follows_docs_architecture() {
    let doc = std::fs::read_to_string(repo().join("docs/architecture.md")).unwrap();
    let rules = rules(&doc);
    assert!(rules.len() >= 10, "the rule table was not found");
    let found = violations(&graph(), &rules);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_forbidden_edge_is_caught() {
    let doc = std::fs::read_to_string(repo().join("docs/architecture.md")).unwrap();
    let rules = rules(&doc);
    let mut graph = graph();
    let add = |graph: &mut BTreeMap<String, BTreeSet<String>>, from: &str, to: &str| {
        graph.get_mut(from).unwrap().insert(to.to_string());
    };
    add(&mut graph, "kadm-phase-runner", "kadm-pki");
    add(&mut graph, "kadm-certs", "kadm");
    add(&mut graph, "kadm-experimental-cert-rotation", "kadm-config");
    add(&mut graph, "kadm-phase-runner", "k8s-openapi");
    graph.insert("kadm-new".into(), BTreeSet::new());
    let found = violations(&graph, &rules);
    for expected in [
        "kadm-phase-runner must not depend on kadm-pki",
        "kadm-certs must not depend on kadm",
        "kadm-experimental-cert-rotation must not depend on kadm-config",
        "kadm-phase-runner must never import k8s-openapi",
        "kadm-new is not in docs/architecture.md's table",
    ] {
        assert!(found.iter().any(|v| v == expected), "{expected}: {found:?}");
    }
}

/// Standard-library and crate calls that change the filesystem.
const WRITERS: [&str; 14] = [
    "fs::write(",
    "File::create(",
    "OpenOptions",
    "create_dir(",
    "create_dir_all(",
    "fs::rename(",
    "fs::copy(",
    "remove_file(",
    "remove_dir(",
    "remove_dir_all(",
    "set_permissions(",
    "os::unix::fs::symlink(",
    "tempfile",
    "DirBuilder",
];

/// The writing calls in a source file's non-test code (what precedes `#[cfg(test)]`).
fn writes_in(source: &str) -> Vec<&'static str> {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    let code: String = code
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    WRITERS
        .iter()
        .copied()
        .filter(|w| {
            code.match_indices(w)
                .any(|(i, _)| !is_root_removal(&code, i, w))
        })
        .collect()
}

/// Whether the match of `writer` at `at` is a method call of `kadm_node_fs::Root`
/// (`root.remove_file(p)`): std's removal functions are free functions, never methods.
fn is_root_removal(code: &str, at: usize, writer: &str) -> bool {
    ["remove_file(", "remove_dir_all("].contains(&writer) && code[..at].ends_with('.')
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("tests.rs") {
            out.push(path);
        }
    }
}

/// `found(source)` over the non-test sources of every crate `include`s (by folder name), as
/// `file: finding` lines.
fn scan_sources(
    include: impl Fn(&str) -> bool,
    found: impl Fn(&str) -> Vec<String>,
) -> Vec<String> {
    let mut offenders = Vec::new();
    for krate in std::fs::read_dir(repo().join("crates")).unwrap().flatten() {
        if !include(&krate.file_name().to_string_lossy()) {
            continue;
        }
        let mut files = Vec::new();
        rust_files(&krate.path().join("src"), &mut files);
        for file in files {
            let source = std::fs::read_to_string(&file).unwrap();
            for finding in found(&source) {
                offenders.push(format!("{}: {finding}", file.display()));
            }
        }
    }
    offenders
}

#[test]
fn only_node_fs_writes_files() {
    // The writer itself, and the crates that only tests use (they lay out fixtures), may.
    let offenders = scan_sources(
        |name| name != "node-fs" && !name.starts_with("test-"),
        |source| writes_in(source).into_iter().map(str::to_string).collect(),
    );
    assert!(
        offenders.is_empty(),
        "write through kadm_node_fs::Root instead:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_writer_scan_sees_a_write() {
    assert_eq!(writes_in("fn f() { std::fs::write(p, b) }"), ["fs::write("]);
    assert!(writes_in("// std::fs::write(p, b) in a comment").is_empty());
    assert!(writes_in("fn f() { root.remove_dir_all(&p)?; root.remove_file(&p)?; }").is_empty());
    assert_eq!(
        writes_in("use std::fs::remove_file; fn f() { remove_file(p) }"),
        ["remove_file("]
    );
    assert_eq!(
        writes_in("fn f() { std::fs::remove_dir_all(p) }"),
        ["remove_dir_all("]
    );
    assert!(
        writes_in("fn f() {}\n#[cfg(test)]\nmod tests { fn t() { std::fs::write(p, b) } }")
            .is_empty()
    );
}

/// The `#[error(...)]` messages of a source file that print their `source` field, which
/// `source()` also returns: the binary prints the chain, so the cause would show twice.
fn messages_embedding_their_source(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = source;
    while let Some(start) = rest.find("#[error(") {
        let after = &rest[start..];
        let end = after.find(")]").unwrap_or(after.len());
        let attr = &after[..end];
        if attr.contains("{source") {
            found.push(attr.lines().next().unwrap_or_default().trim().to_string());
        }
        rest = &after[end.min(after.len())..];
        if end == after.len() {
            break;
        }
    }
    found
}

#[test]
fn no_error_message_embeds_its_source() {
    let offenders = scan_sources(|_| true, messages_embedding_their_source);
    assert!(
        offenders.is_empty(),
        "show the cause with kadm_init_context::Causes in a field not named source, or drop it \
         from the message:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_source_scan_sees_an_embedded_source() {
    let bad = "#[error(\"cannot write {path}: {source}\")]\nWrite { path: String, source: E }";
    assert_eq!(messages_embedding_their_source(bad).len(), 1);
    let good = "#[error(\"cannot write {path}\")]\nWrite { path: String, source: E }";
    assert!(messages_embedding_their_source(good).is_empty());
}
