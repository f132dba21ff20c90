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
    let blocks = pem::parse_many(text).map_err(|e| format!("{e}"))?;
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
