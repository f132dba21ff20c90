//! PEM encoding and decoding shared by keys and certificates.

use pem::{EncodeConfig, LineEnding, Pem};

/// Encodes DER as a PEM block with `\n` line endings and 64-column lines.
pub(crate) fn encode_pem(label: &str, der: &[u8]) -> String {
    pem::encode_config(
        &Pem::new(label, der),
        EncodeConfig::new().set_line_ending(LineEnding::LF),
    )
}

/// Decodes every PEM block of `text`. `wanted` (e.g. "CERTIFICATE") only shapes the messages.
///
/// The error is a reason meant to follow "{path}: not a PEM ...: ": empty text, a BEGIN line
/// without its END line (a truncated file), or bad base64.
pub(crate) fn pem_blocks(text: &str, wanted: &str) -> Result<Vec<Pem>, String> {
    if text.trim().is_empty() {
        return Err("the file is empty".to_string());
    }
    let blocks = pem::parse_many(text).map_err(pem_error)?;
    let begins = text.matches("-----BEGIN ").count();
    if begins > blocks.len() {
        return Err(format!(
            "truncated: {begins} BEGIN line(s) but only {} complete block(s)",
            blocks.len()
        ));
    }
    if blocks.is_empty() {
        return Err(format!(
            "no \"-----BEGIN {wanted}-----\" line (is this a DER or other binary file?)"
        ));
    }
    Ok(blocks)
}

/// The reason a PEM text did not decode, without the text itself: the `pem` crate's messages
/// quote whole BEGIN/END labels and header lines, which for a damaged file can run into the
/// base64 body of a private key.
fn pem_error(error: pem::PemError) -> String {
    let label = |text: &str| match text.char_indices().nth(40) {
        Some((cut, _)) => format!("{:?}…", &text[..cut]),
        None => format!("{text:?}"),
    };
    match error {
        pem::PemError::MismatchedTags(begin, end) => format!(
            "the BEGIN line ({}) and the END line ({}) do not match; the file may be corrupt",
            label(&begin),
            label(&end)
        ),
        pem::PemError::InvalidHeader(_) => {
            "a header line of a PEM block is malformed; the file may be corrupt".to_string()
        }
        other => other.to_string(),
    }
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
    fn truncated_empty_and_binary_are_explained() {
        let text = encode_pem("THING", &[1, 2, 3, 4, 5, 6]);
        let cut = &text[..text.find("-----END").unwrap()];
        assert!(pem_blocks(cut, "THING").unwrap_err().contains("truncated"));
        assert!(pem_blocks("  \n", "THING").unwrap_err().contains("empty"));
        assert!(pem_blocks("garbage", "THING")
            .unwrap_err()
            .contains("-----BEGIN THING-----"));
    }
}
