//! Keys generated ahead of time, in parallel, for the children that will need one.

use kadm_init_context::{AuthorityKind, InitContext, Tag};
use kadm_pki::PrivateKey;

use crate::error::CertsError;
use crate::files::exists;
use crate::table::{CERTS, CertEntry, Kind};

/// The parent phase's name; children's full paths are `certs/<child>`.
pub(crate) const PARENT: &str = crate::NAME;
/// The tag of every line the `certs` phases print: `[certs]`.
pub(crate) const TAG: Tag = Tag::new(PARENT);

/// Whether the child of `entry` will generate a key: neither of its files exists and, for a
/// leaf, its CA is not certificate-only (external CA mode). Errors count as "no": the child
/// reports them.
fn needs_new_key(ctx: &InitContext, entry: &CertEntry) -> bool {
    if crate::skipped_for_external_etcd(ctx, entry) {
        return false;
    }
    let (first, second) = entry.paths(&ctx.paths.cert_dir);
    let absent = matches!(
        (exists(ctx.fs(), &first), exists(ctx.fs(), &second)),
        (Ok(false), Ok(false))
    );
    match entry.kind {
        Kind::Leaf(leaf) => absent && ctx.authority_kind(leaf.ca) != Some(AuthorityKind::CertOnly),
        Kind::Authority { .. } | Kind::ServiceAccount => absent,
    }
}

/// The parent's run: generates, in parallel, one key for every planned child that will need
/// one, and leaves them in the run's key pool for the children.
pub(crate) fn fill(ctx: &mut InitContext) -> Result<(), CertsError> {
    let children = CERTS.iter().map(|entry| (entry.phase, entry));
    let wanted =
        ctx.children_needing_keys(PARENT, children, |ctx, entry| needs_new_key(ctx, entry));
    let algorithm = ctx.key_algorithm();
    ctx.pregenerate_keys("[certs] Generating keys", wanted, algorithm)
        .map_err(|source| CertsError::Generate {
            what: format!("{algorithm} keys"),
            source,
        })
}

/// A new key for `entry`: from the pool when the parent made one, else generated now.
pub(crate) fn new_key(ctx: &mut InitContext, entry: &CertEntry) -> Result<PrivateKey, CertsError> {
    let algorithm = ctx.key_algorithm();
    ctx.new_key(&format!("{PARENT}/{}", entry.phase), algorithm)
        .map_err(|source| CertsError::Generate {
            what: format!("the {:?} key", entry.base),
            source,
        })
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use kadm_config::{Config, HostFacts, Overrides};
    use kadm_init_context::{MemoryOutput, Paths, Root};
    use kadm_pki::KeyAlgorithm;

    use super::*;

    fn pooled(ctx: &InitContext) -> Vec<String> {
        ctx.pooled_keys()
            .into_iter()
            .map(|p| p.trim_start_matches("certs/").to_string())
            .collect()
    }

    #[test]
    fn keys_only_for_planned_children_whose_files_are_missing() {
        let tmp = tempfile::tempdir().unwrap();
        let mut config = Config::defaults(&HostFacts {
            hostname: "node-1".into(),
            default_ipv4: None,
        });
        config.apply_overrides(&Overrides {
            encryption_algorithm: Some(kadm_config::EncryptionAlgorithm::EcdsaP256),
            ..Overrides::default()
        });
        let paths = Paths::defaults_under(Root::at(tmp.path()));
        let dir = paths.cert_dir.clone();
        let mut ctx = InitContext::new(
            config.validate().unwrap(),
            paths,
            Arc::new(MemoryOutput::default()),
        );
        ctx.planned = [
            "certs",
            "certs/ca",
            "certs/apiserver",
            "certs/etcd-peer",
            "certs/sa",
        ]
        .map(String::from)
        .to_vec();
        fill(&mut ctx).unwrap();
        assert_eq!(pooled(&ctx), ["apiserver", "ca", "etcd-peer", "sa"]);

        // An existing sa.key, and a keyless CA whose leaves cannot be signed: no keys for them.
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("sa.key"), "x").unwrap();
        std::fs::write(dir.join("ca.crt"), "x").unwrap();
        ctx.products = Default::default();
        fill(&mut ctx).unwrap();
        assert_eq!(pooled(&ctx), ["etcd-peer"]);

        let entry = CERTS.iter().find(|e| e.phase == "etcd-peer").unwrap();
        let key = new_key(&mut ctx, entry).unwrap();
        assert_eq!(key.algorithm(), KeyAlgorithm::EcdsaP256);
        assert!(pooled(&ctx).is_empty(), "the pooled key was taken");
    }
}
