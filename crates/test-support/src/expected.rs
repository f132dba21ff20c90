//! Files the tests compare with generated text (completions, tables and trees pasted into the
//! docs), rewritten by the same switch as insta's snapshots: `INSTA_UPDATE=always cargo test`.

use std::path::Path;

/// Whether this run rewrites what it compares: `INSTA_UPDATE` is `always` or `force`, as for
/// insta's snapshots, and not in CI.
pub fn updating() -> bool {
    let value = std::env::var("INSTA_UPDATE").unwrap_or_default();
    (value == "always" || value == "force") && !crate::is_ci()
}

const HOW: &str = "run `INSTA_UPDATE=always cargo test --workspace` and commit the change";

/// Checks that `path` holds exactly `generated`, or rewrites it when [`updating`].
#[track_caller]
pub fn assert_file(path: &Path, generated: &[u8]) {
    if updating() {
        std::fs::write(path, generated).unwrap();
        return;
    }
    let committed = std::fs::read(path).unwrap_or_default();
    assert!(committed == generated, "{} is stale: {HOW}", path.display());
}

/// Checks that the text file `path` contains `generated` (a block of whole lines), or, when
/// [`updating`], replaces its old version: the block that starts with `generated`'s first line
/// and ends at its last line (seen as often as in `generated`) or before the first blank line.
#[track_caller]
pub fn assert_section(path: &Path, generated: &str) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    if text.contains(generated) {
        return;
    }
    if updating()
        && let Some(updated) = replace_section(&text, generated)
    {
        std::fs::write(path, updated).unwrap();
        return;
    }
    panic!(
        "{} is stale: {HOW}; it must contain:\n{generated}",
        path.display()
    );
}

/// `text` with the old version of `section` replaced, or None when it has none.
fn replace_section(text: &str, section: &str) -> Option<String> {
    let first = section.lines().next()?;
    let last = section.lines().last()?;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let start = lines.iter().position(|l| l.trim_end() == first)?;
    // The old block ends where `last` has been seen as often as in `section` (a closing fence
    // is the second "```"), or before a blank line.
    let mut lasts_left = section.lines().filter(|l| *l == last).count();
    let mut end = start;
    while end < lines.len() && !lines[end].trim().is_empty() {
        end += 1;
        if lines[end - 1].trim_end() == last {
            lasts_left = lasts_left.saturating_sub(1);
            if lasts_left == 0 {
                break;
            }
        }
    }
    let mut out: String = lines[..start].concat();
    out.push_str(section);
    if !section.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&lines[end..].concat());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_is_replaced_up_to_the_blank_line() {
        let doc = "# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nafter\n";
        let new = "| a | b |\n|---|---|\n| 1 | 3 |\n| 4 | 5 |\n";
        assert_eq!(
            replace_section(doc, new).unwrap(),
            "# T\n\n| a | b |\n|---|---|\n| 1 | 3 |\n| 4 | 5 |\n\nafter\n"
        );
    }

    #[test]
    fn a_fenced_block_is_replaced_up_to_its_last_line() {
        let doc = "x\nThe tree:\n```\nold\n```\ny\n";
        let new = "The tree:\n```\nnew\nnewer\n```\n";
        assert_eq!(
            replace_section(doc, new).unwrap(),
            "x\nThe tree:\n```\nnew\nnewer\n```\ny\n"
        );
    }

    #[test]
    fn a_document_without_the_section_is_not_touched() {
        assert_eq!(replace_section("nothing here\n", "| a |\n"), None);
    }
}
