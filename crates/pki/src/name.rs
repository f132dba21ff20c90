//! The subject and issuer names of new certificates, encoded here rather than by rcgen.
//!
//! rcgen keeps one value per attribute type in a name, while a Kubernetes user's groups are
//! several O values. So rcgen builds and signs the certificate with a placeholder name, and
//! [`rename`] puts the real names into the to-be-signed part and signs it again with the same
//! key: every other byte stays rcgen's.

use rcgen::SigningKey;
use rcgen::string::PrintableString;

const SEQUENCE: u8 = 0x30;
const SET: u8 = 0x31;
const BIT_STRING: u8 = 0x03;
const PRINTABLE_STRING: u8 = 0x13;
const UTF8_STRING: u8 = 0x0c;
/// The explicit `[0]` tag of the TBS certificate's `version`.
const VERSION_TAG: u8 = 0xa0;
/// `id-at-organizationName` (2.5.4.10), a whole DER OBJECT IDENTIFIER.
const OID_ORGANIZATION: [u8; 5] = [0x06, 0x03, 0x55, 0x04, 0x0a];
/// `id-at-commonName` (2.5.4.3), a whole DER OBJECT IDENTIFIER.
const OID_COMMON_NAME: [u8; 5] = [0x06, 0x03, 0x55, 0x04, 0x03];
/// The positions of `issuer` and `subject` among the TBS certificate's fields (after
/// `version`, `serialNumber`, `signature`, and between them `validity`).
const ISSUER_FIELD: usize = 3;
const SUBJECT_FIELD: usize = 5;

/// The DER `Name` with one RDN per organization, in order, then the common name: O before CN,
/// as Go writes it. Values are PrintableString when they fit that alphabet, else UTF8String.
pub(crate) fn encode(organizations: &[String], common_name: &str) -> Vec<u8> {
    let mut rdns = Vec::new();
    for org in organizations {
        rdns.extend(attribute(&OID_ORGANIZATION, org));
    }
    rdns.extend(attribute(&OID_COMMON_NAME, common_name));
    tlv(SEQUENCE, &rdns)
}

/// `certificate` (DER) with `issuer` and `subject` (DER names) in place of its own, signed
/// again by `signer`, which must be the key that signed it (so the algorithm field stays true).
/// The error says which part of the certificate could not be read.
pub(crate) fn rename(
    certificate: &[u8],
    issuer: &[u8],
    subject: &[u8],
    signer: &impl SigningKey,
) -> Result<Vec<u8>, String> {
    let outer = content_of(certificate, SEQUENCE).ok_or("the certificate is not a SEQUENCE")?;
    let [tbs, algorithm, _signature] = elements(outer)
        .as_deref()
        .and_then(|parts| <[&[u8]; 3]>::try_from(parts).ok())
        .ok_or("the certificate does not have three parts")?;
    let mut fields = content_of(tbs, SEQUENCE)
        .and_then(elements)
        .filter(|fields| fields.len() > SUBJECT_FIELD && fields[0][0] == VERSION_TAG)
        .ok_or("the to-be-signed part lacks a version, an issuer or a subject")?;
    fields[ISSUER_FIELD] = issuer;
    fields[SUBJECT_FIELD] = subject;
    let tbs = tlv(SEQUENCE, &fields.concat());
    let signature = signer
        .sign(&tbs)
        .map_err(|e| format!("signing failed: {e}"))?;
    let mut bits = vec![0u8]; // no unused bits
    bits.extend(signature);
    let mut body = tbs;
    body.extend_from_slice(algorithm);
    body.extend(tlv(BIT_STRING, &bits));
    Ok(tlv(SEQUENCE, &body))
}

/// One RDN: `SET { SEQUENCE { oid, value } }`.
fn attribute(oid: &[u8], value: &str) -> Vec<u8> {
    let tag = match PrintableString::try_from(value) {
        Ok(_) => PRINTABLE_STRING,
        Err(_) => UTF8_STRING,
    };
    let mut pair = oid.to_vec();
    pair.extend(tlv(tag, value.as_bytes()));
    tlv(SET, &tlv(SEQUENCE, &pair))
}

/// A DER element: tag, definite length, content.
fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let len = content.len();
    let mut out = vec![tag];
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes = len.to_be_bytes();
        let skip = bytes.iter().take_while(|b| **b == 0).count();
        out.push(0x80 | (bytes.len() - skip) as u8);
        out.extend_from_slice(&bytes[skip..]);
    }
    out.extend_from_slice(content);
    out
}

/// The first element of `input`: its header length and its whole length (header + content).
fn element(input: &[u8]) -> Option<(usize, usize)> {
    let first = *input.get(1)?;
    let (header, len) = if first < 0x80 {
        (2, usize::from(first))
    } else {
        let count = usize::from(first & 0x7f);
        if count == 0 || count > size_of::<usize>() {
            return None;
        }
        let bytes = input.get(2..2 + count)?;
        let len = bytes
            .iter()
            .fold(0usize, |acc, b| (acc << 8) | usize::from(*b));
        (2 + count, len)
    };
    let total = header.checked_add(len)?;
    (total <= input.len()).then_some((header, total))
}

/// The content of `input` when it is exactly one element with tag `tag`.
fn content_of(input: &[u8], tag: u8) -> Option<&[u8]> {
    let (header, total) = element(input)?;
    (input[0] == tag && total == input.len()).then(|| &input[header..])
}

/// The whole elements (header included) that `content` is made of.
fn elements(mut content: &[u8]) -> Option<Vec<&[u8]>> {
    let mut parts = Vec::new();
    while !content.is_empty() {
        let (_, total) = element(content)?;
        let (part, rest) = content.split_at(total);
        parts.push(part);
        content = rest;
    }
    Some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lengths_round_trip() {
        for len in [0, 1, 127, 128, 255, 256, 70_000] {
            let content = vec![7u8; len];
            let encoded = tlv(SEQUENCE, &content);
            assert_eq!(content_of(&encoded, SEQUENCE), Some(&content[..]), "{len}");
        }
    }

    #[test]
    fn truncated_or_trailing_input_is_refused() {
        let encoded = tlv(SEQUENCE, &[1, 2, 3]);
        assert_eq!(content_of(&encoded[..4], SEQUENCE), None);
        assert_eq!(
            content_of(&[encoded.as_slice(), &[0]].concat(), SEQUENCE),
            None
        );
        assert_eq!(content_of(&encoded, SET), None);
        assert_eq!(elements(&[0x30, 0x85, 1]), None);
    }

    #[test]
    fn each_organization_is_its_own_rdn_before_the_common_name() {
        let name = encode(&["a".into(), "b_".into()], "c");
        #[rustfmt::skip]
        let want = [
            0x30, 0x25,
            0x31, 0x0a, 0x30, 0x08, 0x06, 0x03, 0x55, 0x04, 0x0a, 0x13, 0x01, b'a',
            // `_` is outside PrintableString's alphabet.
            0x31, 0x0b, 0x30, 0x09, 0x06, 0x03, 0x55, 0x04, 0x0a, 0x0c, 0x02, b'b', b'_',
            0x31, 0x0a, 0x30, 0x08, 0x06, 0x03, 0x55, 0x04, 0x03, 0x13, 0x01, b'c',
        ];
        assert_eq!(name, want);
    }
}
