//! Issuing certificates: self-signed CAs and certificates signed by a CA.

use std::collections::HashSet;
use std::hash::Hash;
use std::path::PathBuf;

use rcgen::string::Ia5String;
use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, SanType, SerialNumber,
};
use time::OffsetDateTime;

use crate::cert::{CertSpec, Certificate, ExtendedUsage, KeyUsage};
use crate::error::{PkiError, fmt_time};
use crate::key::PrivateKey;
use crate::name;

/// How far the start of validity is moved into the past, to tolerate clock skew (as kubeadm).
pub const BACKDATE: time::Duration = time::Duration::minutes(5);

/// A certificate together with its private key.
#[derive(Debug)]
pub struct CertifiedKey {
    /// The certificate.
    pub cert: Certificate,
    /// Its private key.
    pub key: PrivateKey,
}

/// The result of [`sign`]: the new pair, and whether its expiry was cut short.
#[derive(Debug)]
pub struct Signed {
    /// The new certificate and its key.
    pub certified: CertifiedKey,
    /// `Some(ca_not_after)` when the requested validity would have outlived the CA, so the
    /// certificate ends when the CA does; the caller should warn.
    pub clamped_to: Option<OffsetDateTime>,
}

/// Makes a self-signed CA certificate for `key`: CA:true, keyUsage digitalSignature,
/// keyEncipherment and keyCertSign, random serial, valid from now minus [`BACKDATE`] until now
/// plus `spec.validity`. `spec.is_ca` is ignored (always a CA).
pub fn self_signed_ca(spec: &CertSpec, key: PrivateKey) -> Result<CertifiedKey, PkiError> {
    let now = now_seconds();
    let not_after = end_of_validity(spec, now)?;
    let params = build_params(spec, true, now, not_after)?;
    let cert = params
        .self_signed(key.rcgen())
        .map_err(|e| issue_error(spec, e))?;
    let cert = named(spec, cert.der(), None, key.rcgen())?;
    Ok(CertifiedKey { cert, key })
}

/// Issues a certificate for `key`, signed by `ca`.
///
/// A leaf (`spec.is_ca == false`) gets CA:false and keyUsage digitalSignature + keyEncipherment;
/// an intermediate CA also gets keyCertSign. The serial is random (126 bits), validity starts
/// now minus [`BACKDATE`] and ends at now plus `spec.validity`, but never after the CA's own
/// expiry (reported in [`Signed::clamped_to`]). Subject and authority key identifiers are set;
/// the issuer name is copied from the CA certificate byte for byte.
///
/// Fails when `ca` is not a CA, has expired, or its key does not match its certificate, and
/// when the spec cannot be encoded (see [`CertSpec`]).
pub fn sign(spec: &CertSpec, key: PrivateKey, ca: &CertifiedKey) -> Result<Signed, PkiError> {
    let now = now_seconds();
    check_ca(ca, now)?;
    let wanted = end_of_validity(spec, now)?;
    let ca_end = ca.cert.not_after();
    let (not_after, clamped_to) = if wanted > ca_end {
        (ca_end, Some(ca_end))
    } else {
        (wanted, None)
    };
    let params = build_params(spec, spec.is_ca, now, not_after)?;
    let issuer = Issuer::from_ca_cert_pem(ca.cert.to_pem(), ca.key.rcgen()).map_err(|e| {
        PkiError::UnusableCa {
            ca: ca_name(ca),
            reason: format!("its certificate cannot be used as an issuer: {e}"),
        }
    })?;
    let cert = params
        .signed_by(key.rcgen(), &issuer)
        .map_err(|e| issue_error(spec, e))?;
    let cert = named(
        spec,
        cert.der(),
        Some(ca.cert.subject_der()),
        ca.key.rcgen(),
    )?;
    Ok(Signed {
        certified: CertifiedKey { cert, key },
        clamped_to,
    })
}

/// A PKCS#10 certificate signing request (PEM) for `key`, with the subject (at most one O, then
/// the CN) and the SANs of `spec`, as kubeadm's CSRs for an external CA: no other extension, since
/// the CA that signs it decides usages and validity.
pub fn csr_pem(spec: &CertSpec, key: &PrivateKey) -> Result<String, PkiError> {
    if spec.organizations.len() > 1 {
        return Err(invalid(spec, "a CSR carries at most one organization"));
    }
    let now = now_seconds();
    let mut params = build_params(spec, false, now, now)?;
    let mut dn = DistinguishedName::new();
    for org in &spec.organizations {
        dn.push(DnType::OrganizationName, org.as_str());
    }
    dn.push(DnType::CommonName, spec.common_name.as_str());
    params.distinguished_name = dn;
    params.key_usages = Vec::new();
    params.extended_key_usages = Vec::new();
    params.is_ca = IsCa::NoCa;
    params.serial_number = None;
    params.use_authority_key_identifier_extension = false;
    params
        .serialize_request(key.rcgen())
        .and_then(|csr| csr.pem())
        .map_err(|e| issue_error(spec, e))
}

/// The certificate rcgen made, with the subject of `spec` (every organization, then the common
/// name) and `issuer` (the subject itself when `None`), signed again by `signer`.
fn named(
    spec: &CertSpec,
    der: &[u8],
    issuer: Option<&[u8]>,
    signer: &KeyPair,
) -> Result<Certificate, PkiError> {
    let subject = name::encode(&spec.organizations, &spec.common_name);
    let issuer = issuer.unwrap_or(&subject);
    let der = name::rename(der, issuer, &subject, signer).map_err(|reason| PkiError::Issue {
        subject: spec.common_name.clone(),
        reason,
    })?;
    Certificate::from_der(&der, &new_source(spec))
}

fn ca_name(ca: &CertifiedKey) -> String {
    ca.cert.common_name().unwrap_or_default()
}

fn check_ca(ca: &CertifiedKey, now: OffsetDateTime) -> Result<(), PkiError> {
    let unusable = |reason: String| PkiError::UnusableCa {
        ca: ca_name(ca),
        reason,
    };
    if !ca.cert.is_ca() {
        return Err(unusable(
            "not a CA certificate (basicConstraints CA:false or absent)".to_string(),
        ));
    }
    let usages = ca.cert.key_usages();
    if !usages.is_empty() && !usages.contains(&KeyUsage::KeyCertSign) {
        return Err(unusable(
            "its keyUsage lacks keyCertSign, so it may not sign certificates".to_string(),
        ));
    }
    if !ca.cert.matches_key(&ca.key) {
        return Err(unusable(
            "the CA private key does not match the CA certificate".to_string(),
        ));
    }
    if ca.cert.not_after() <= now {
        return Err(unusable(format!(
            "expired on {}; renew the CA before signing with it",
            fmt_time(ca.cert.not_after())
        )));
    }
    Ok(())
}

fn now_seconds() -> OffsetDateTime {
    let now = OffsetDateTime::now_utc();
    now.replace_nanosecond(0).unwrap_or(now)
}

fn invalid(spec: &CertSpec, reason: impl Into<String>) -> PkiError {
    PkiError::InvalidSpec {
        subject: spec.common_name.clone(),
        reason: reason.into(),
    }
}

fn issue_error(spec: &CertSpec, e: rcgen::Error) -> PkiError {
    PkiError::Issue {
        subject: spec.common_name.clone(),
        reason: e.to_string(),
    }
}

fn new_source(spec: &CertSpec) -> PathBuf {
    PathBuf::from(format!("<new certificate \"{}\">", spec.common_name))
}

fn end_of_validity(spec: &CertSpec, now: OffsetDateTime) -> Result<OffsetDateTime, PkiError> {
    if spec.validity.is_zero() {
        return Err(invalid(spec, "validity is zero; give a positive duration"));
    }
    time::Duration::try_from(spec.validity)
        .ok()
        .and_then(|d| now.checked_add(d))
        .filter(|end| end.year() <= 9999)
        .ok_or_else(|| invalid(spec, "validity reaches past the year 9999"))
}

/// Keeps the first occurrence of each item, in order.
fn dedup_keep_order<T: Eq + Hash + Clone>(items: &[T]) -> Vec<T> {
    let mut seen = HashSet::new();
    items
        .iter()
        .filter(|item| seen.insert(*item))
        .cloned()
        .collect()
}

fn random_serial(spec: &CertSpec) -> Result<SerialNumber, PkiError> {
    let mut bytes = [0u8; 16];
    aws_lc_rs::rand::fill(&mut bytes).map_err(|_| PkiError::Issue {
        subject: spec.common_name.clone(),
        reason: "the system random number generator failed".to_string(),
    })?;
    // Positive, and a non-zero top byte so the DER INTEGER is always 16 bytes long.
    bytes[0] = (bytes[0] & 0x7f) | 0x40;
    Ok(SerialNumber::from_slice(&bytes))
}

fn build_params(
    spec: &CertSpec,
    is_ca: bool,
    now: OffsetDateTime,
    not_after: OffsetDateTime,
) -> Result<CertificateParams, PkiError> {
    if spec.common_name.trim().is_empty() {
        return Err(invalid(spec, "the common name is empty"));
    }
    // A placeholder: `named` writes the real subject, which rcgen cannot hold (several O).
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, spec.common_name.as_str());

    let mut sans = Vec::new();
    for name in dedup_keep_order(&spec.dns_names) {
        let ia5 = Ia5String::try_from(name.as_str())
            .map_err(|_| invalid(spec, format!("DNS name \"{name}\" is not ASCII")))?;
        sans.push(SanType::DnsName(ia5));
    }
    sans.extend(
        dedup_keep_order(&spec.ip_addresses)
            .into_iter()
            .map(SanType::IpAddress),
    );

    let mut key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyEncipherment,
    ];
    if is_ca {
        key_usages.push(KeyUsagePurpose::KeyCertSign);
    }

    let mut params = CertificateParams::default();
    params.distinguished_name = dn;
    params.subject_alt_names = sans;
    params.not_before = now - BACKDATE;
    params.not_after = not_after;
    params.serial_number = Some(random_serial(spec)?);
    params.is_ca = if is_ca {
        IsCa::Ca(BasicConstraints::Unconstrained)
    } else {
        IsCa::ExplicitNoCa
    };
    params.key_usages = key_usages;
    params.extended_key_usages = dedup_keep_order(&spec.extended_usages)
        .into_iter()
        .map(|u| match u {
            ExtendedUsage::ServerAuth => ExtendedKeyUsagePurpose::ServerAuth,
            ExtendedUsage::ClientAuth => ExtendedKeyUsagePurpose::ClientAuth,
        })
        .collect();
    params.use_authority_key_identifier_extension = true;
    Ok(params)
}

#[cfg(test)]
pub(crate) mod tests {
    use std::net::IpAddr;
    use std::path::Path;
    use std::time::Duration;

    use super::*;
    use crate::key::{AwsLcKeyGenerator, KeyAlgorithm, KeyGenerator};

    pub(crate) const DAY: Duration = Duration::from_secs(86_400);

    pub(crate) fn key(alg: KeyAlgorithm) -> PrivateKey {
        AwsLcKeyGenerator.generate(alg).unwrap()
    }

    pub(crate) fn ca_spec(cn: &str, validity: Duration) -> CertSpec {
        CertSpec {
            common_name: cn.to_string(),
            organizations: vec![],
            dns_names: vec![cn.to_string()],
            ip_addresses: vec![],
            is_ca: true,
            extended_usages: vec![],
            validity,
        }
    }

    pub(crate) fn leaf_spec(cn: &str) -> CertSpec {
        CertSpec {
            common_name: cn.to_string(),
            organizations: vec!["kubeadm:cluster-admins".to_string()],
            dns_names: vec![
                "node-1".to_string(),
                "kubernetes".to_string(),
                "node-1".to_string(),
            ],
            ip_addresses: vec![
                "10.96.0.1".parse().unwrap(),
                "::1".parse().unwrap(),
                "10.96.0.1".parse().unwrap(),
            ],
            is_ca: false,
            extended_usages: vec![ExtendedUsage::ServerAuth, ExtendedUsage::ClientAuth],
            validity: 365 * DAY,
        }
    }

    pub(crate) fn new_ca(cn: &str) -> CertifiedKey {
        self_signed_ca(&ca_spec(cn, 3650 * DAY), key(KeyAlgorithm::EcdsaP256)).unwrap()
    }

    fn secs_between(a: OffsetDateTime, b: OffsetDateTime) -> i64 {
        (a - b).whole_seconds().abs()
    }

    #[test]
    fn ca_fields_read_back() {
        let before = OffsetDateTime::now_utc();
        let ca = new_ca("kubernetes");
        let c = &ca.cert;
        assert_eq!(c.common_name().as_deref(), Some("kubernetes"));
        assert_eq!(c.issuer_common_name().as_deref(), Some("kubernetes"));
        assert!(c.organizations().is_empty());
        assert_eq!(c.dns_names(), vec!["kubernetes".to_string()]);
        assert!(c.is_ca());
        assert_eq!(
            c.key_usages(),
            vec![
                KeyUsage::DigitalSignature,
                KeyUsage::KeyEncipherment,
                KeyUsage::KeyCertSign
            ]
        );
        assert!(c.extended_usages().is_empty());
        assert!(secs_between(c.not_before(), before - BACKDATE) <= 2);
        assert!(secs_between(c.not_after(), before + 3650 * DAY) <= 2);
        assert!(c.subject_key_id().is_some());
        assert!(c.matches_key(&ca.key));
        assert!(
            c.is_signed_by(c),
            "a self-signed CA verifies against itself"
        );
    }

    #[test]
    fn leaf_fields_read_back_and_sans_are_deduplicated() {
        let ca = new_ca("kubernetes");
        let before = OffsetDateTime::now_utc();
        let signed = sign(
            &leaf_spec("kube-apiserver"),
            key(KeyAlgorithm::EcdsaP256),
            &ca,
        )
        .unwrap();
        assert_eq!(signed.clamped_to, None);
        let c = &signed.certified.cert;
        assert_eq!(c.common_name().as_deref(), Some("kube-apiserver"));
        assert_eq!(c.issuer_common_name().as_deref(), Some("kubernetes"));
        assert_eq!(
            c.organizations(),
            vec!["kubeadm:cluster-admins".to_string()]
        );
        assert_eq!(
            c.dns_names(),
            vec!["node-1".to_string(), "kubernetes".to_string()]
        );
        let ips: Vec<IpAddr> = vec!["10.96.0.1".parse().unwrap(), "::1".parse().unwrap()];
        assert_eq!(c.ip_addresses(), ips);
        assert!(!c.is_ca());
        assert_eq!(
            c.key_usages(),
            vec![KeyUsage::DigitalSignature, KeyUsage::KeyEncipherment]
        );
        assert_eq!(
            c.extended_usages(),
            vec![ExtendedUsage::ServerAuth, ExtendedUsage::ClientAuth]
        );
        assert!(secs_between(c.not_before(), before - BACKDATE) <= 2);
        assert!(secs_between(c.not_after(), before + 365 * DAY) <= 2);
        assert_eq!(c.authority_key_id(), ca.cert.subject_key_id());
        assert!(c.subject_key_id().is_some());
        assert_ne!(c.subject_key_id(), ca.cert.subject_key_id());
        assert!(c.is_signed_by(&ca.cert));
        assert!(c.matches_key(&signed.certified.key));
        // The serial is positive and about 128 bits long.
        assert_eq!(c.serial_hex().len(), 32, "{}", c.serial_hex());
    }

    #[test]
    fn serials_differ_between_two_certs_with_the_same_key() {
        let ca = new_ca("kubernetes");
        let k = key(KeyAlgorithm::EcdsaP256);
        let again = PrivateKey::from_pem(&k.to_pem(), Path::new("k")).unwrap();
        let a = sign(&leaf_spec("x"), k, &ca).unwrap().certified.cert;
        let b = sign(&leaf_spec("x"), again, &ca).unwrap().certified.cert;
        assert_eq!(a.public_key_der(), b.public_key_der());
        assert_ne!(a.serial_hex(), b.serial_hex());
    }

    #[test]
    fn leaf_of_another_ca_does_not_verify_even_with_the_same_name() {
        let ca1 = new_ca("kubernetes");
        let ca2 = new_ca("kubernetes");
        let other_name = new_ca("etcd-ca");
        let leaf = sign(&leaf_spec("x"), key(KeyAlgorithm::EcdsaP256), &ca1)
            .unwrap()
            .certified
            .cert;
        assert!(leaf.is_signed_by(&ca1.cert));
        assert!(
            !leaf.is_signed_by(&ca2.cert),
            "same subject, other key: signature must fail"
        );
        assert!(!leaf.is_signed_by(&other_name.cert));
        let err = leaf
            .verify_signed_by(
                &ca2.cert,
                Path::new("/pki/apiserver.crt"),
                Path::new("/pki/ca.crt"),
            )
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "/pki/apiserver.crt: certificate is not signed by the CA in /pki/ca.crt"
        );
    }

    #[test]
    fn matches_key_is_false_for_another_key() {
        let ca = new_ca("kubernetes");
        assert!(!ca.cert.matches_key(&key(KeyAlgorithm::EcdsaP256)));
        assert!(!ca.cert.matches_key(&key(KeyAlgorithm::Rsa2048)));
    }

    #[test]
    fn rsa_and_ecdsa_mix_both_ways() {
        let rsa_ca = self_signed_ca(&ca_spec("rsa-ca", DAY), key(KeyAlgorithm::Rsa2048)).unwrap();
        let ec_leaf = sign(&leaf_spec("ec"), key(KeyAlgorithm::EcdsaP384), &rsa_ca).unwrap();
        assert!(ec_leaf.certified.cert.is_signed_by(&rsa_ca.cert));
        assert_eq!(rsa_ca.cert.key_algorithm(), Ok(KeyAlgorithm::Rsa2048));

        let ec_ca = new_ca("ec-ca");
        let rsa_leaf = sign(&leaf_spec("rsa"), key(KeyAlgorithm::Rsa2048), &ec_ca).unwrap();
        assert!(rsa_leaf.certified.cert.is_signed_by(&ec_ca.cert));
        assert_eq!(
            rsa_leaf.certified.cert.key_algorithm(),
            Ok(KeyAlgorithm::Rsa2048)
        );
    }

    #[test]
    fn validity_is_clamped_to_the_ca_expiry_and_reported() {
        let ca =
            self_signed_ca(&ca_spec("short-ca", 2 * DAY), key(KeyAlgorithm::EcdsaP256)).unwrap();
        let signed = sign(&leaf_spec("x"), key(KeyAlgorithm::EcdsaP256), &ca).unwrap();
        assert_eq!(signed.clamped_to, Some(ca.cert.not_after()));
        assert_eq!(signed.certified.cert.not_after(), ca.cert.not_after());

        let mut short = leaf_spec("y");
        short.validity = DAY;
        let signed = sign(&short, key(KeyAlgorithm::EcdsaP256), &ca).unwrap();
        assert_eq!(signed.clamped_to, None);
        assert!(signed.certified.cert.not_after() < ca.cert.not_after());
    }

    #[test]
    fn unusable_cas_are_refused() {
        let ca = new_ca("kubernetes");
        let leaf = sign(&leaf_spec("leaf"), key(KeyAlgorithm::EcdsaP256), &ca)
            .unwrap()
            .certified;
        let err = sign(&leaf_spec("x"), key(KeyAlgorithm::EcdsaP256), &leaf).unwrap_err();
        assert!(err.to_string().contains("not a CA certificate"), "{err}");

        let wrong_key = CertifiedKey {
            cert: ca.cert.clone(),
            key: key(KeyAlgorithm::EcdsaP256),
        };
        let err = sign(&leaf_spec("x"), key(KeyAlgorithm::EcdsaP256), &wrong_key).unwrap_err();
        assert!(err.to_string().contains("does not match"), "{err}");
    }

    #[test]
    fn intermediate_ca_can_sign() {
        let root = new_ca("root");
        let mut spec = ca_spec("intermediate", DAY);
        spec.is_ca = true;
        let inter = sign(&spec, key(KeyAlgorithm::EcdsaP256), &root)
            .unwrap()
            .certified;
        assert!(inter.cert.is_ca());
        assert!(inter.cert.key_usages().contains(&KeyUsage::KeyCertSign));
        let leaf = sign(&leaf_spec("x"), key(KeyAlgorithm::EcdsaP256), &inter).unwrap();
        assert!(leaf.certified.cert.is_signed_by(&inter.cert));
        assert!(!leaf.certified.cert.is_signed_by(&root.cert));
    }

    #[test]
    fn several_organizations_are_all_in_the_subject_and_the_signature_holds() {
        let mut ca_spec = ca_spec("kubernetes", 3650 * DAY);
        ca_spec.organizations = vec!["k8s".into(), "lab".into()];
        let ca = self_signed_ca(&ca_spec, key(KeyAlgorithm::EcdsaP256)).unwrap();
        assert_eq!(ca.cert.organizations(), ["k8s", "lab"]);
        assert!(ca.cert.is_signed_by(&ca.cert), "self-signed after renaming");
        for alg in [KeyAlgorithm::EcdsaP256, KeyAlgorithm::Rsa2048] {
            let mut spec = leaf_spec("ci-robot");
            spec.organizations = vec!["ci".into(), "system:masters".into(), "ci".into()];
            let leaf = sign(&spec, key(alg), &ca).unwrap().certified;
            assert_eq!(leaf.cert.organizations(), ["ci", "system:masters", "ci"]);
            assert_eq!(leaf.cert.common_name().as_deref(), Some("ci-robot"));
            assert!(leaf.cert.is_signed_by(&ca.cert), "{alg}");
            assert!(leaf.cert.matches_key(&leaf.key));
            assert_eq!(leaf.cert.extended_usages(), spec.extended_usages);
        }
    }

    #[test]
    fn specs_that_cannot_be_encoded_are_refused() {
        let ca = new_ca("kubernetes");
        type Edit = fn(&mut CertSpec);
        let cases: [(&str, Edit); 3] = [
            ("common name is empty", |s| s.common_name = " ".into()),
            ("validity is zero", |s| s.validity = Duration::ZERO),
            ("is not ASCII", |s| {
                s.dns_names = vec!["bücher.example".into()]
            }),
        ];
        for (want, edit) in cases {
            let mut spec = leaf_spec("x");
            edit(&mut spec);
            let err = sign(&spec, key(KeyAlgorithm::EcdsaP256), &ca)
                .unwrap_err()
                .to_string();
            assert!(err.contains(want), "{want}: {err}");
        }
        let mut huge = ca_spec("x", Duration::from_secs(u64::MAX));
        huge.is_ca = true;
        let err = self_signed_ca(&huge, key(KeyAlgorithm::EcdsaP256))
            .unwrap_err()
            .to_string();
        assert!(err.contains("9999"), "{err}");
    }

    #[test]
    fn validity_check_reports_dates() {
        let ca = new_ca("kubernetes");
        let c = &ca.cert;
        let path = Path::new("/pki/ca.crt");
        assert!(c.check_valid_at(OffsetDateTime::now_utc(), path).is_ok());
        let late = c.not_after() + time::Duration::days(1);
        let err = c.check_valid_at(late, path).unwrap_err().to_string();
        assert!(
            err.starts_with("/pki/ca.crt: certificate expired on "),
            "{err}"
        );
        assert!(err.contains(&fmt_time(c.not_after())), "{err}");
        let early = c.not_before() - time::Duration::days(1);
        let err = c.check_valid_at(early, path).unwrap_err().to_string();
        assert!(err.contains("not valid before"), "{err}");
        assert!(err.contains(&fmt_time(c.not_before())), "{err}");
    }

    #[test]
    fn renewal_spec_reissues_the_same_identity() {
        let ca = new_ca("kubernetes");
        let old = sign(
            &leaf_spec("kube-apiserver"),
            key(KeyAlgorithm::EcdsaP256),
            &ca,
        )
        .unwrap()
        .certified
        .cert;
        let spec = old.renewal_spec(DAY);
        let new = sign(&spec, key(KeyAlgorithm::EcdsaP256), &ca)
            .unwrap()
            .certified
            .cert;
        assert_eq!(new.common_name(), old.common_name());
        assert_eq!(new.organizations(), old.organizations());
        assert_eq!(new.dns_names(), old.dns_names());
        assert_eq!(new.ip_addresses(), old.ip_addresses());
        assert_eq!(new.extended_usages(), old.extended_usages());
        assert_ne!(new.serial_hex(), old.serial_hex());
    }

    #[test]
    fn a_csr_carries_subject_and_sans_only() {
        use x509_parser::certification_request::X509CertificationRequest;
        use x509_parser::prelude::FromDer;
        let spec = leaf_spec("kube-apiserver");
        let k = key(KeyAlgorithm::EcdsaP256);
        let pem = csr_pem(&spec, &k).unwrap();
        let block = ::pem::parse(&pem).unwrap();
        assert_eq!(block.tag(), "CERTIFICATE REQUEST");
        let (_, csr) = X509CertificationRequest::from_der(block.contents()).unwrap();
        csr.verify_signature().unwrap();
        let subject = csr.certification_request_info.subject.to_string();
        assert_eq!(subject, "O=kubeadm:cluster-admins, CN=kube-apiserver");
        let exts: Vec<_> = csr.requested_extensions().into_iter().flatten().collect();
        assert_eq!(exts.len(), 1, "only the SANs are requested");
        let two_orgs = CertSpec {
            organizations: vec!["a".into(), "b".into()],
            ..spec
        };
        assert!(csr_pem(&two_orgs, &k).is_err());
    }
}
