//! What a message may show of a file kadm read: the one place that decides it.
//!
//! kadm reads files that hold private keys, and a wrong path (a key given as `--config`, a
//! kubelet configuration that is a link to `ca.key`) puts key material where a parser expects
//! YAML. Messages therefore never quote a file: they name it, with line, column and field, and
//! say what was expected. When a message has to echo a value, [`value`] shows a short prefix of
//! it, on one line, and nothing at all of a PEM block or of base64 data. [`parser_message`]
//! applies the same rule to every quoted part of a parser's own message and drops its source
//! snippet.

/// The most characters of a value a message shows; longer values are cut and end with `…`.
pub const MAX_ECHO: usize = 32;

/// Runs of base64 characters at least this long are data (a key, a certificate), never shown.
const BASE64_RUN: usize = 32;

/// The longest parser message kept; the parser's words are short, anything longer is a quote.
const MAX_MESSAGE: usize = 200;

/// Whether `text` holds PEM armour or its label (`-----BEGIN`, `PRIVATE KEY`).
pub fn looks_like_pem(text: &str) -> bool {
    text.contains("-----BEGIN") || text.contains("-----END") || text.contains("PRIVATE KEY")
}

/// Whether `text` holds a PEM block: a line that starts with `-----BEGIN `. Such a file is a key
/// or a certificate, never a YAML document kadm should parse (and quote from).
pub fn has_pem_block(text: &str) -> bool {
    text.lines()
        .any(|line| line.trim_start().starts_with("-----BEGIN "))
}

/// The longest run of characters of the base64 alphabet (`A-Z a-z 0-9 + / =`) in `text`.
fn longest_base64_run(text: &str) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=') {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    longest
}

/// `text` as a message may echo it: in double quotes, on one line (control characters escaped),
/// cut to [`MAX_ECHO`] characters with `…`. A value that holds PEM armour or a long run of base64
/// is described instead of shown: `(a PEM block, not shown)`, `(N characters of base64 data, not
/// shown)`.
pub fn value(text: &str) -> String {
    if looks_like_pem(text) {
        return "(a PEM block, not shown)".to_string();
    }
    if longest_base64_run(text) >= BASE64_RUN {
        return format!(
            "({} characters of base64 data, not shown)",
            text.chars().count()
        );
    }
    let mut shown: String = text.chars().take(MAX_ECHO).collect();
    if shown.len() < text.len() {
        shown.push('…');
    }
    format!("{shown:?}")
}

/// A parser's error message made safe to print: its first line only (no source snippet), every
/// part in quotes (`"…"`, `'…'`, `` `…` ``) passed through [`value`], and at most a couple of
/// hundred characters. A message that would still show PEM armour or base64 data is replaced by
/// a neutral sentence.
pub fn parser_message(text: &str) -> String {
    let first_line = text.lines().next().unwrap_or_default();
    let mut out = String::new();
    let mut rest = first_line;
    while let Some(open) = rest.find(['"', '\'', '`']) {
        out.push_str(&rest[..open]);
        let quote = rest[open..].chars().next().unwrap_or('"');
        let after = &rest[open + 1..];
        match after.find(quote) {
            Some(close) => {
                out.push_str(&value(&after[..close]));
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&value(after));
                rest = "";
            }
        }
    }
    out.push_str(rest);
    let out: String = out
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if looks_like_pem(&out) || longest_base64_run(&out) >= BASE64_RUN {
        return "the parser's message quotes the file and is not shown".to_string();
    }
    if out.chars().count() > MAX_MESSAGE {
        let mut cut: String = out.chars().take(MAX_MESSAGE).collect();
        cut.push('…');
        return cut;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY_LINE: &str = "MIIEpQIBAAKCAQEAuu+eUZAv0W9L4JUSk/IQMSV0xy9ZkB82qyH88GMoxY2DdJdv";

    #[test]
    fn short_values_are_quoted_whole() {
        assert_eq!(value("10.96.0.0/12"), "\"10.96.0.0/12\"");
        assert_eq!(value(""), "\"\"");
    }

    #[test]
    fn long_values_are_cut_to_a_prefix() {
        let long = "a-very-long-host-name.with.many.labels.example.com";
        let shown = value(long);
        assert_eq!(shown, "\"a-very-long-host-name.with.many.…\"");
        assert_eq!(shown.chars().count(), MAX_ECHO + 3);
    }

    #[test]
    fn values_stay_on_one_line() {
        let shown = value("first\nsecond");
        assert!(!shown.contains('\n'), "{shown}");
        assert!(shown.contains("\\n"), "{shown}");
    }

    #[test]
    fn pem_and_base64_are_never_shown() {
        let pem = format!("-----BEGIN RSA PRIVATE KEY-----\n{KEY_LINE}\n");
        assert_eq!(value(&pem), "(a PEM block, not shown)");
        assert_eq!(value("RSA PRIVATE KEY"), "(a PEM block, not shown)");
        assert_eq!(value(KEY_LINE), "(64 characters of base64 data, not shown)");
        // Shorter than a run of data: a prefix, as any value.
        assert_eq!(value("MIIEpQIBAAKCAQEA"), "\"MIIEpQIBAAKCAQEA\"");
    }

    #[test]
    fn pem_blocks_are_found_at_line_starts() {
        assert!(has_pem_block("-----BEGIN EC PRIVATE KEY-----\nMHc\n"));
        assert!(has_pem_block("kind: x\n  -----BEGIN CERTIFICATE-----\n"));
        assert!(!has_pem_block(
            "# a comment about -----BEGIN lines\nkind: x\n"
        ));
    }

    #[test]
    fn parser_messages_lose_snippets_and_long_quotes() {
        let message = format!(
            "unknown field `{KEY_LINE}`, expected one of a, b\n --> <input>:1:1\n1 | {KEY_LINE}"
        );
        assert_eq!(
            parser_message(&message),
            "unknown field (64 characters of base64 data, not shown), expected one of a, b"
        );
        assert_eq!(
            parser_message("did not find expected ':'"),
            "did not find expected \":\""
        );
        let unbalanced = format!("invalid value 'x{KEY_LINE}");
        assert_eq!(
            parser_message(&unbalanced),
            "invalid value (65 characters of base64 data, not shown)"
        );
        let bare = format!("expected mapping, found {KEY_LINE}");
        assert_eq!(
            parser_message(&bare),
            "the parser's message quotes the file and is not shown"
        );
        assert!(parser_message(&"x ".repeat(500)).chars().count() <= MAX_MESSAGE + 1);
    }
}
