//! When the kubelet will ask for a new client certificate.

pub use kadm_pki::rfc3339;
use time::OffsetDateTime;

/// The earliest share of a certificate's lifetime after which the kubelet may renew it.
pub const WINDOW_START: f64 = 0.7;
/// The latest share of a certificate's lifetime after which the kubelet renews it.
pub const WINDOW_END: f64 = 0.9;

/// The span in which a rotating kubelet requests a new client certificate: it picks a random
/// point between 70% and 90% of the current certificate's lifetime.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RenewalWindow {
    /// `not_before + 0.7 × lifetime`.
    pub start: OffsetDateTime,
    /// `not_before + 0.9 × lifetime`.
    pub end: OffsetDateTime,
}

impl RenewalWindow {
    /// The window of a certificate valid from `not_before` to `not_after`, to the second.
    pub fn of(not_before: OffsetDateTime, not_after: OffsetDateTime) -> Self {
        let lifetime = not_after - not_before;
        let at = |share: f64| truncate_to_second(not_before + lifetime * share);
        Self {
            start: at(WINDOW_START),
            end: at(WINDOW_END),
        }
    }
}

fn truncate_to_second(t: OffsetDateTime) -> OffsetDateTime {
    t.replace_nanosecond(0).unwrap_or(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn a_one_year_certificate_renews_between_day_255_and_day_328() {
        let nb = datetime!(2026-01-01 0:00 UTC);
        let na = datetime!(2027-01-01 0:00 UTC); // 365 days
        let w = RenewalWindow::of(nb, na);
        // 0.7 × 365 d = 255.5 d; 0.9 × 365 d = 328.5 d
        assert_eq!(rfc3339(w.start), "2026-09-13T12:00:00Z");
        assert_eq!(rfc3339(w.end), "2026-11-25T12:00:00Z");
    }

    #[test]
    fn times_are_shown_in_utc_to_the_second() {
        let t = datetime!(2026-03-04 05:06:07.891 +02:00);
        assert_eq!(rfc3339(t), "2026-03-04T03:06:07Z");
    }
}
