//! The text report: kubeadm's two tables, byte for byte in layout, then the kubelet's table and
//! the notes kubeadm does not give.

use time::OffsetDateTime;
use time::macros::format_description;

use crate::inspect::{Report, Row, RowKind, State};
use crate::kubelet::{ConfUse, KubeletReport};

/// A date as kubeadm prints it (Go's `Jan 02, 2006 15:04 MST`), in UTC.
pub fn kubeadm_date(t: OffsetDateTime) -> String {
    let utc = t.to_offset(time::UtcOffset::UTC);
    utc.format(format_description!(
        "[month repr:short] [day], [year] [hour]:[minute] UTC"
    ))
    .unwrap_or_else(|_| utc.to_string())
}

/// A residual time as kubeadm prints it (Kubernetes' short human duration): `45s`, `12m`, `5h`,
/// `364d`, `9y`; `0s` at the second of expiry, `<invalid>` after.
pub fn short_duration(seconds: i64) -> String {
    let hours = seconds / 3600;
    if seconds < -1 {
        "<invalid>".to_string()
    } else if seconds < 0 {
        "0s".to_string()
    } else if seconds < 60 {
        format!("{seconds}s")
    } else if seconds < 3600 {
        format!("{}m", seconds / 60)
    } else if hours < 24 {
        format!("{hours}h")
    } else if hours < 24 * 365 {
        format!("{}d", hours / 24)
    } else {
        format!("{}y", hours / (24 * 365))
    }
}

/// Lays out lines of cells as Go's `tabwriter.NewWriter(w, 10, 4, 3, ' ', 0)` does for kubeadm:
/// every cell but a line's last is padded to its column's width (the widest cell plus 3, at
/// least 10). All lines of one table have the same number of cells.
fn tabulate(lines: &[Vec<String>]) -> String {
    let columns = lines.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns.saturating_sub(1))
        .map(|j| {
            lines
                .iter()
                .filter_map(|l| l.get(j).filter(|_| j + 1 < l.len()))
                .map(|c| c.chars().count() + 3)
                .fold(10, usize::max)
        })
        .collect();
    let mut out = String::new();
    for line in lines {
        for (j, cell) in line.iter().enumerate() {
            out.push_str(cell);
            if j + 1 < line.len() {
                let pad = widths[j].saturating_sub(cell.chars().count());
                out.extend(std::iter::repeat_n(' ', pad));
            }
        }
        out.push('\n');
    }
    out
}

fn yes_no(b: bool) -> String {
    format!("{:<8}", if b { "yes" } else { "no" })
}

/// The first cell of a row that has no date: `!MISSING! name` as kubeadm, `!INVALID! name`
/// when the file exists but cannot be used (the notes say why).
fn marker(row: &Row) -> Option<String> {
    match row.state {
        State::Missing => Some(format!("!MISSING! {}", row.name)),
        State::Invalid(_) => Some(format!("!INVALID! {}", row.name)),
        State::Read(_) => None,
    }
}

fn date_cells(row: &Row, now: OffsetDateTime) -> Option<[String; 2]> {
    let f = row.facts()?;
    Some([
        kubeadm_date(f.not_after),
        short_duration(row.seconds_left(now).unwrap_or_default()),
    ])
}

/// The report as text: the certificates table, a blank line, the CA table (kubeadm's), then
/// the kubelet's table and the notes.
pub fn render(report: &Report) -> String {
    let now = report.now;
    let certificates = table(
        &[
            "CERTIFICATE",
            "EXPIRES",
            "RESIDUAL TIME",
            "CERTIFICATE AUTHORITY",
            "EXTERNALLY MANAGED",
        ],
        report.certificates.iter(),
        now,
        |row| vec![row.ca.clone(), yes_no(row.externally_managed)],
    );
    let authorities = table(
        &[
            "CERTIFICATE AUTHORITY",
            "EXPIRES",
            "RESIDUAL TIME",
            "EXTERNALLY MANAGED",
        ],
        report.authorities.iter(),
        now,
        |row| vec![yes_no(row.externally_managed)],
    );
    let k = &report.kubelet;
    let kubelet = table(
        &[
            "KUBELET",
            "EXPIRES",
            "RESIDUAL TIME",
            "RENEWAL WINDOW",
            "STATUS",
        ],
        [&k.pem, &k.conf].into_iter(),
        now,
        |row| kubelet_cells(k, row),
    );
    let mut out = tabulate(&certificates);
    out.push('\n');
    out.push_str(&tabulate(&authorities));
    out.push('\n');
    out.push_str(&tabulate(&kubelet));
    let notes = notes(report);
    if !notes.is_empty() {
        out.push_str("\nNOTES\n");
        for note in notes {
            out.push_str(&format!("- {note}\n"));
        }
    }
    out
}

/// A table: the header, then per row its name, expiry, residual time and the `tail` cells; a
/// row without a certificate is its marker and empty cells.
fn table<'a>(
    header: &[&str],
    rows: impl Iterator<Item = &'a Row>,
    now: OffsetDateTime,
    tail: impl Fn(&Row) -> Vec<String>,
) -> Vec<Vec<String>> {
    let mut lines = vec![header.iter().map(|w| w.to_string()).collect()];
    for row in rows {
        lines.push(match (marker(row), date_cells(row, now)) {
            (None, Some([expires, left])) => {
                let mut line = vec![row.name.clone(), expires, left];
                line.extend(tail(row));
                line
            }
            (m, _) => blank_row(m.unwrap_or_default(), header.len()),
        });
    }
    lines
}

/// kubeadm's `!MISSING! name\t\t\t\t`: the marker, then empty padded cells.
fn blank_row(first: String, columns: usize) -> Vec<String> {
    let mut row = vec![first];
    row.resize(columns, String::new());
    row
}

/// The window and status cells of the kubelet's rows: the pem's window and state; what
/// kubelet.conf uses.
fn kubelet_cells(k: &KubeletReport, row: &Row) -> Vec<String> {
    if row.kind == RowKind::Kubelet {
        let window = k
            .window
            .map(|w| format!("{} - {}", kubeadm_date(w.start), kubeadm_date(w.end)))
            .unwrap_or_default();
        let status = k
            .rotation
            .map(|r| r.as_str().to_string())
            .unwrap_or_default();
        return vec![window, status];
    }
    let uses = match &k.conf_use {
        ConfUse::RotatedPem => "uses the rotated pem".to_string(),
        ConfUse::Embedded => "embedded: not rotated".to_string(),
        ConfUse::OtherFile(f) => format!("uses {f}: not rotated"),
        ConfUse::Missing | ConfUse::Unusable => String::new(),
    };
    vec![String::new(), uses]
}

/// What a reader must act on: unreadable files, certificates that do not verify against their
/// CA, kubelet.conf not using the rotated certificate, a kubelet certificate past its window.
pub fn notes(report: &Report) -> Vec<String> {
    let mut notes: Vec<String> = report
        .rows()
        .filter_map(|r| r.problem().map(|p| format!("{}: {p}", r.name)))
        .collect();
    notes.extend(report.kubelet.conf_finding());
    notes.extend(report.kubelet.rotation_finding());
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn residual_times_read_as_kubeadm_prints_them() {
        let cases = [
            (-5, "<invalid>"),
            (-1, "0s"),
            (0, "0s"),
            (59, "59s"),
            (60, "1m"),
            (3599, "59m"),
            (3600, "1h"),
            (86_399, "23h"),
            (86_400, "1d"),
            (364 * 86_400 + 86_399, "364d"),
            (365 * 86_400, "1y"),
            (10 * 365 * 86_400 - 1, "9y"),
        ];
        for (seconds, shown) in cases {
            assert_eq!(short_duration(seconds), shown, "{seconds} s");
        }
    }

    #[test]
    fn dates_use_go_s_layout_in_utc() {
        let t = time::macros::datetime!(2026-01-02 15:04:59 +02:00);
        assert_eq!(kubeadm_date(t), "Jan 02, 2026 13:04 UTC");
    }

    fn cells(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn columns_are_padded_as_go_s_tabwriter() {
        let lines = vec![
            cells(&["CERTIFICATE", "EXPIRES", "LAST"]),
            cells(&["ca", "a-rather-long-cell", "x"]),
            blank_row("!MISSING! b".into(), 3),
        ];
        assert_eq!(
            tabulate(&lines),
            "CERTIFICATE   EXPIRES              LAST\n\
             ca            a-rather-long-cell   x\n\
             !MISSING! b                        \n"
        );
    }
}
