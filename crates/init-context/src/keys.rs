//! New keys for the phases: the key type from the config, and keys generated ahead, in parallel,
//! by a parent phase for exactly the children of this run that will need one.

use std::collections::BTreeMap;

use kadm_config::EncryptionAlgorithm;
use kadm_pki::{default_generator, generate_keys, KeyAlgorithm, Observed, PkiError, PrivateKey};

use crate::InitContext;

/// Keys made ahead by a parent phase, by the full path of the child that will use each.
#[derive(Default)]
struct KeyPool(BTreeMap<String, PrivateKey>);

impl InitContext {
    /// The key type of every new key, from `encryptionAlgorithm`.
    pub fn key_algorithm(&self) -> KeyAlgorithm {
        match self.config.encryption_algorithm() {
            EncryptionAlgorithm::Rsa2048 => KeyAlgorithm::Rsa2048,
            EncryptionAlgorithm::Rsa3072 => KeyAlgorithm::Rsa3072,
            EncryptionAlgorithm::Rsa4096 => KeyAlgorithm::Rsa4096,
            EncryptionAlgorithm::EcdsaP256 => KeyAlgorithm::EcdsaP256,
            EncryptionAlgorithm::EcdsaP384 => KeyAlgorithm::EcdsaP384,
        }
    }

    /// Generates one key of `algorithm` for each phase path, in parallel across the cores (with
    /// a progress bar on a terminal), and keeps them for [`InitContext::new_key`].
    pub fn pregenerate_keys(
        &mut self,
        label: &str,
        paths: Vec<String>,
        algorithm: KeyAlgorithm,
    ) -> Result<(), PkiError> {
        if paths.is_empty() {
            return Ok(());
        }
        let progress = self.out.progress(label, paths.len() as u64);
        let generator = Observed::new(default_generator(), || progress.inc());
        let keys = generate_keys(&generator, &vec![algorithm; paths.len()]);
        drop(progress);
        if self.products.get::<KeyPool>().is_none() {
            self.products.insert(KeyPool::default());
        }
        let mut made = Vec::with_capacity(paths.len());
        for (path, key) in paths.into_iter().zip(keys) {
            made.push((path, key?));
        }
        if let Some(pool) = self.products.get_mut::<KeyPool>() {
            pool.0.extend(made);
        }
        Ok(())
    }

    /// A new key of `algorithm` for the phase at `path`: the one made ahead for it, else a fresh one.
    pub fn new_key(&mut self, path: &str, algorithm: KeyAlgorithm) -> Result<PrivateKey, PkiError> {
        let pooled = self
            .products
            .get_mut::<KeyPool>()
            .and_then(|pool| pool.0.remove(path))
            .filter(|key| key.algorithm() == algorithm);
        match pooled {
            Some(key) => Ok(key),
            None => default_generator().generate(algorithm),
        }
    }

    /// The phase paths that have a key waiting, in order.
    pub fn pooled_keys(&self) -> Vec<String> {
        self.products
            .get::<KeyPool>()
            .map(|pool| pool.0.keys().cloned().collect())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use kadm_config::{Config, HostFacts, Overrides};

    use kadm_node_fs::Root;

    use crate::{MemoryOutput, Paths};

    use super::*;

    fn ctx() -> InitContext {
        let mut config = Config::defaults(&HostFacts {
            hostname: "node-1".into(),
            default_ipv4: None,
        });
        config.apply_overrides(&Overrides {
            encryption_algorithm: Some("ECDSA-P384".into()),
            ..Overrides::default()
        });
        let paths = Paths::defaults_under(Root::at("/nonexistent"));
        InitContext::new(
            config.validate().unwrap(),
            paths,
            Arc::new(MemoryOutput::default()),
        )
    }

    #[test]
    fn pooled_keys_are_handed_out_once_then_fresh_ones_are_made() {
        let mut ctx = ctx();
        let alg = ctx.key_algorithm();
        assert_eq!(alg, KeyAlgorithm::EcdsaP384);
        ctx.pregenerate_keys("keys", vec!["g/a".into(), "g/b".into()], alg)
            .unwrap();
        assert_eq!(ctx.pooled_keys(), ["g/a", "g/b"]);
        let a = ctx.new_key("g/a", alg).unwrap();
        assert_eq!(ctx.pooled_keys(), ["g/b"]);
        let again = ctx.new_key("g/a", alg).unwrap();
        assert_ne!(a.public_key_der(), again.public_key_der(), "a fresh key");
        // A pooled key of another type is not used.
        let other = ctx.new_key("g/b", KeyAlgorithm::EcdsaP256).unwrap();
        assert_eq!(other.algorithm(), KeyAlgorithm::EcdsaP256);
        assert!(ctx.pooled_keys().is_empty());
    }
}
