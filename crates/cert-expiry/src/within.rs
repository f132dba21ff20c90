//! `--fail-within`'s value: a Go duration (`720h`, `1h30m`) or days (`30d`, `1d12h`).

use std::time::Duration;

/// A value of `--fail-within` that is neither days nor a Go duration.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("--fail-within {shown:?}: expected days or a Go duration, such as 30d, 1d12h or 720h")]
pub struct InvalidWithin {
    shown: String,
}

/// Parses `30d`, `1d12h`, `720h`, `90m`; leading whole days, then an optional Go duration.
pub fn parse_within(text: &str) -> Result<Duration, InvalidWithin> {
    let invalid = || InvalidWithin {
        shown: text.chars().take(16).collect(),
    };
    if text.is_empty() {
        return Err(invalid());
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let (days, rest) = match text[digits..].strip_prefix('d') {
        Some(rest) if digits > 0 => (text[..digits].parse::<u64>().map_err(|_| invalid())?, rest),
        _ => (0, text),
    };
    let rest = if rest.is_empty() {
        Duration::ZERO
    } else {
        kadm_config::parse_duration(rest).map_err(|_| invalid())?
    };
    days.checked_mul(86_400)
        .map(Duration::from_secs)
        .and_then(|d| d.checked_add(rest))
        .ok_or_else(invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_go_durations_and_both() {
        assert_eq!(
            parse_within("30d").unwrap(),
            Duration::from_secs(30 * 86_400)
        );
        assert_eq!(
            parse_within("720h").unwrap(),
            Duration::from_secs(30 * 86_400)
        );
        assert_eq!(
            parse_within("1d12h").unwrap(),
            Duration::from_secs(36 * 3600)
        );
        assert_eq!(parse_within("1h30m").unwrap(), Duration::from_secs(5400));
        assert_eq!(parse_within("0").unwrap(), Duration::ZERO);
        for bad in ["", "d", "30", "-1h", "30 d", "1x", "1d1d"] {
            let err = parse_within(bad).unwrap_err().to_string();
            assert!(
                err.contains("--fail-within") && err.contains("30d"),
                "{bad}: {err}"
            );
        }
    }
}
