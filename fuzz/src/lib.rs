//! What every fuzz target does with one input: run the checks its crate defines for it (the same
//! functions the corpus test runs under `cargo test`), then check that no error message quotes
//! the input at length. kadm's errors name the file, the field and the fix; an echoed value is
//! cut to a short prefix, so that a private key or token in a broken file never reaches a log.

use kadm_kubeconfig::fuzzing::TARGETS;

/// The longest run of the input an error message may repeat, in characters.
pub const MAX_ECHO: usize = 64;

/// Runs the checks of the fuzz target `target` (a name in [`TARGETS`]) on `data`.
///
/// Panics when a check fails, or when a quoted part of an error message (where kadm's messages
/// show values from the file) repeats more than [`MAX_ECHO`] characters of `data`. Only quoted parts
/// count: the fuzzer also copies the messages' own wording into its inputs.
pub fn run(target: &str, data: &[u8]) {
    let (_, check) = TARGETS
        .iter()
        .find(|(name, _)| *name == target)
        .unwrap_or_else(|| panic!("no fuzz target named {target}"));
    for message in check(data) {
        if let Some(echo) = quoted(&message).find_map(|part| echo(part, data)) {
            panic!("an error message repeats {echo:?} from the input: {message}");
        }
    }
}

/// The parts of `message` between double quotes, as `{:?}` writes them.
fn quoted(message: &str) -> impl Iterator<Item = &str> {
    let mut rest = message;
    std::iter::from_fn(move || {
        let open = rest.find('"')? + 1;
        let mut escaped = false;
        let len = rest[open..].find(|c| {
            let end = c == '"' && !escaped;
            escaped = c == '\\' && !escaped;
            end
        })?;
        let part = &rest[open..open + len];
        rest = &rest[open + len + 1..];
        Some(part)
    })
}

/// A run of more than [`MAX_ECHO`] characters of the quoted `part` (unescaped) that also stands
/// in `input`, if any.
fn echo(part: &str, input: &[u8]) -> Option<String> {
    let chars: Vec<char> = unescape(part).chars().collect();
    chars.windows(MAX_ECHO + 1).find_map(|window| {
        let text: String = window.iter().collect();
        let found = input.windows(text.len()).any(|w| w == text.as_bytes());
        (found && distinct_chars(window) >= MIN_DISTINCT).then_some(text)
    })
}

/// Undoes `{:?}` escaping (`\\`, `\"`, `\n`, `\u{..}`, ...), well enough to compare with the input.
fn unescape(part: &str) -> String {
    let mut out = String::new();
    let mut chars = part.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('0') => out.push('\0'),
            Some('u') => {
                let code: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                out.extend(u32::from_str_radix(&code, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// Runs with fewer distinct characters than this are not counted as echoes: filler carries no
/// secret.
const MIN_DISTINCT: usize = 8;

fn distinct_chars(window: &[char]) -> usize {
    let mut chars = window.to_vec();
    chars.sort_unstable();
    chars.dedup();
    chars.len()
}
