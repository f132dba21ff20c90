//! Go duration strings (`time.ParseDuration`), as kubeadm writes them: `8760h0m0s`, `1h30m`, `90m`,
//! `1.5s`, `300ms`. Units: `ns`, `us` (`µs`, `μs`), `ms`, `s`, `m`, `h`. A bare `0` is allowed.

use std::time::Duration;

/// Why a duration string was refused; the message completes "invalid duration X: ...".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DurationError {
    /// Not of the Go form.
    Syntax,
    /// A leading `-` on a value that must not be negative.
    Negative,
    /// Longer than Go can hold (about 2562047 hours).
    TooLarge,
}

/// The largest duration Go represents: `i64::MAX` nanoseconds.
const MAX_NANOS: u128 = i64::MAX as u128;

fn unit_nanos(unit: &str) -> Option<u128> {
    Some(match unit {
        "ns" => 1,
        "us" | "µs" | "μs" => 1_000,
        "ms" => 1_000_000,
        "s" => 1_000_000_000,
        "m" => 60 * 1_000_000_000,
        "h" => 3_600 * 1_000_000_000,
        _ => return None,
    })
}

/// A duration as Go's `time.Duration.String()` prints whole seconds (`8760h0m0s`, `1m30s`,
/// `45s`), the form kubeadm's flags carry.
pub fn to_go_string(d: Duration) -> String {
    let secs = d.as_secs();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    match (h, m) {
        (0, 0) => format!("{s}s"),
        (0, _) => format!("{m}m{s}s"),
        _ => format!("{h}h{m}m{s}s"),
    }
}

/// Parses a non-negative Go duration.
pub(crate) fn parse(text: &str) -> Result<Duration, DurationError> {
    let (negative, mut rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if rest == "0" {
        return Ok(Duration::ZERO);
    }
    if rest.is_empty() {
        return Err(DurationError::Syntax);
    }
    let mut total: u128 = 0;
    while !rest.is_empty() {
        let int_len = rest.bytes().take_while(u8::is_ascii_digit).count();
        let (int_part, after) = rest.split_at(int_len);
        let (frac_part, after) = match after.strip_prefix('.') {
            Some(tail) => tail.split_at(tail.bytes().take_while(u8::is_ascii_digit).count()),
            None => ("", after),
        };
        if int_part.is_empty() && frac_part.is_empty() {
            return Err(DurationError::Syntax);
        }
        let unit_len = after
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(after.len());
        let (unit, tail) = after.split_at(unit_len);
        let scale = unit_nanos(unit).ok_or(DurationError::Syntax)?;
        total = total
            .checked_add(segment_nanos(int_part, frac_part, scale)?)
            .ok_or(DurationError::TooLarge)?;
        rest = tail;
    }
    if total > MAX_NANOS {
        return Err(DurationError::TooLarge);
    }
    if negative && total > 0 {
        return Err(DurationError::Negative);
    }
    let nanos = u64::try_from(total).map_err(|_| DurationError::TooLarge)?;
    Ok(Duration::from_nanos(nanos))
}

/// `int.frac` times `scale` nanoseconds, truncating below one nanosecond as Go does.
fn segment_nanos(int_part: &str, frac_part: &str, scale: u128) -> Result<u128, DurationError> {
    let whole: u128 = if int_part.is_empty() {
        0
    } else {
        int_part.parse().map_err(|_| DurationError::TooLarge)?
    };
    let mut nanos = whole.checked_mul(scale).ok_or(DurationError::TooLarge)?;
    let mut place = scale;
    for digit in frac_part.bytes().map(|b| u128::from(b - b'0')) {
        place /= 10;
        if place == 0 {
            break;
        }
        nanos += digit * place;
    }
    if nanos > MAX_NANOS {
        return Err(DurationError::TooLarge);
    }
    Ok(nanos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_go_forms() {
        let h = 3600;
        assert_eq!(parse("8760h"), Ok(Duration::from_secs(8760 * h)));
        assert_eq!(parse("8760h0m0s"), Ok(Duration::from_secs(8760 * h)));
        for text in ["8760h0m0s", "1h30m0s", "2m5s", "45s", "0s"] {
            assert_eq!(to_go_string(parse(text).unwrap()), text);
        }
        assert_eq!(parse("1h30m"), Ok(Duration::from_secs(h + 1800)));
        assert_eq!(parse("90m"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(parse("1.5s"), Ok(Duration::from_millis(1500)));
        assert_eq!(parse(".5h"), Ok(Duration::from_secs(1800)));
        assert_eq!(parse("300ms"), Ok(Duration::from_millis(300)));
        assert_eq!(parse("2us"), Ok(Duration::from_micros(2)));
        assert_eq!(parse("2µs"), Ok(Duration::from_micros(2)));
        assert_eq!(parse("0"), Ok(Duration::ZERO));
        assert_eq!(parse("+5s"), Ok(Duration::from_secs(5)));
        assert_eq!(parse("-0s"), Ok(Duration::ZERO));
        assert_eq!(parse("1.h"), Ok(Duration::from_secs(h)));
    }

    #[test]
    fn refuses_other_forms() {
        for bad in [
            "", "1", "h", "1y", "1d", "10 s", "1h-5m", "s10", "1e3s", ".",
        ] {
            assert_eq!(parse(bad), Err(DurationError::Syntax), "{bad:?}");
        }
        assert_eq!(parse("-5s"), Err(DurationError::Negative));
        assert_eq!(parse("9999999h"), Err(DurationError::TooLarge));
        assert_eq!(
            parse("99999999999999999999999999999999999999999h"),
            Err(DurationError::TooLarge)
        );
    }
}
