//! PEM encoding and decoding shared by keys and certificates.

use pem::{EncodeConfig, LineEnding, Pem};

/// Encodes DER as a PEM block with `\n` line endings and 64-column lines.
pub(crate) fn encode_pem(label: &str, der: &[u8]) -> String {
    pem::encode_config(
        &Pem::new(label, der),
        EncodeConfig::new().set_line_ending(LineEnding::LF),
    )
}

/// A PEM label as messages name it: every kind of private key is "private key", so that no
/// message about a key file carries the words kadm's leak checks look for; others as written.
pub(crate) fn describe_label(label: &str) -> &str {
    if label.ends_with("PRIVATE KEY") {
        "private key"
    } else {
        label
    }
}

/// A label read from a file, for messages: [`describe_label`] for the labels kadm knows, else
/// not repeated (a damaged armour line may have swallowed the base64 of a key).
fn describe_found_label(label: &str) -> &str {
    const KNOWN: [&str; 4] = [
        "CERTIFICATE",
        "PUBLIC KEY",
        "CERTIFICATE REQUEST",
        "EC PARAMETERS",
    ];
    if label.ends_with("PRIVATE KEY") || KNOWN.contains(&label) {
        describe_label(label)
    } else {
        "an unrecognised label"
    }
}

/// Whether `bytes` are one DER-encoded ASN.1 SEQUENCE exactly (a certificate or a key written
/// as DER): tag 0x30, then a length that accounts for every byte that follows.
pub(crate) fn is_der(bytes: &[u8]) -> bool {
    let [0x30, first, rest @ ..] = bytes else {
        return false;
    };
    let (length, header) = match *first {
        short @ 0..=0x7f => (usize::from(short), 0),
        long @ 0x81..=0x84 => {
            let count = usize::from(long & 0x7f);
            let Some(digits) = rest.get(..count) else {
                return false;
            };
            let length = digits
                .iter()
                .fold(0usize, |acc, b| (acc << 8) | usize::from(*b));
            (length, count)
        }
        _ => return false,
    };
    rest.len() == header + length
}

/// Decodes every PEM block of `text`. `wanted` (e.g. "CERTIFICATE") only shapes the messages.
///
/// The error is a reason meant to follow "{path}: not a PEM ...: ": empty text, a BEGIN line
/// without its END line (a truncated file), or bad base64.
pub(crate) fn pem_blocks(text: &str, wanted: &str) -> Result<Vec<Pem>, String> {
    if text.trim().is_empty() {
        return Err("the file is empty".to_string());
    }
    let blocks = pem::parse_many(text).map_err(|e| match e {
        // These two would quote the file (labels, header lines): say what is wrong instead.
        pem::PemError::MismatchedTags(begin, end) => format!(
            "a BEGIN line ({}) and its END line ({}) do not match",
            describe_found_label(&begin),
            describe_found_label(&end)
        ),
        pem::PemError::InvalidHeader(_) => "a PEM header line is malformed".to_string(),
        other => other.to_string(),
    })?;
    let begins = text.matches("-----BEGIN ").count();
    if begins > blocks.len() {
        return Err(format!(
            "truncated: {begins} BEGIN line(s) but only {} complete block(s)",
            blocks.len()
        ));
    }
    if blocks.is_empty() {
        return Err(format!(
            "no \"-----BEGIN\" line of a {} block",
            describe_label(wanted)
        ));
    }
    Ok(blocks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keeps_bytes_and_uses_lf() {
        let der: Vec<u8> = (0..=255u8).collect();
        let text = encode_pem("THING", &der);
        assert!(text.starts_with("-----BEGIN THING-----\n"));
        assert!(!text.contains('\r'));
        let blocks = pem_blocks(&text, "THING").unwrap();
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].contents(), der.as_slice());
    }

    /// Found by the fuzz targets `cert` and `key` (fuzz/regressions): a damaged END line made the
    /// error quote the rest of the file, a private key's base64 included.
    #[test]
    fn damaged_end_line_is_not_quoted() {
        let body = "MHcCAQEEIBsR1mzvKzG8r0Zr7hTq3ZVJ2nYIhbv6X5kZc2m3H2nNoAoGCCqGSM49";
        let text = format!(
            "-----BEGIN EC PRIVATE KEY-----\n{body}\n-----END EC PRIVATE{body}\n{body}-----\n"
        );
        let err = pem_blocks(&text, "PRIVATE KEY").unwrap_err();
        assert!(
            err.contains("do not match") && !err.contains(&body[..41]),
            "{err}"
        );
    }

    #[test]
    fn der_is_recognised_by_its_length() {
        let der: Vec<u8> = [vec![0x30, 0x82, 0x01, 0x00], vec![7; 256]].concat();
        assert!(is_der(&der));
        assert!(is_der(&[0x30, 0x03, 1, 2, 3]));
        assert!(!is_der(&der[..200]), "truncated");
        assert!(!is_der(&[0x30, 0x03, 1, 2]));
        assert!(!is_der(b"-----BEGIN"));
        assert!(!is_der(&[0x30]));
        assert!(!is_der(&[0xff, 0xfe, 0x00]));
    }

    #[test]
    fn truncated_empty_and_binary_are_explained() {
        let text = encode_pem("THING", &[1, 2, 3, 4, 5, 6]);
        let cut = &text[..text.find("-----END").unwrap()];
        assert!(pem_blocks(cut, "THING").unwrap_err().contains("truncated"));
        assert!(pem_blocks("  \n", "THING").unwrap_err().contains("empty"));
        assert_eq!(
            pem_blocks("garbage", "THING").unwrap_err(),
            "no \"-----BEGIN\" line of a THING block"
        );
        assert_eq!(
            pem_blocks("garbage", "EC PRIVATE KEY").unwrap_err(),
            "no \"-----BEGIN\" line of a private key block"
        );
    }
}
