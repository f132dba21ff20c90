//! New keys for the phases: the key type from the config, and keys generated ahead, in parallel,
//! by a parent phase for exactly the children of this run that will need one.

use std::collections::BTreeMap;

use kadm_config::EncryptionAlgorithm;
use kadm_pki::{KeyAlgorithm, Observed, PkiError, PrivateKey, default_generator, generate_keys};

use crate::InitContext;

/// Keys made ahead by a parent phase, by the full path of the child that will use each.
#[derive(Default)]
struct KeyPool(BTreeMap<String, PrivateKey>);

impl InitContext {
    /// The key type of every new key, from `encryptionAlgorithm`.
    pub fn key_algorithm(&self) -> KeyAlgorithm {
        key_algorithm_of(self.config.encryption_algorithm())
    }

    /// The full paths (`<parent>/<child>`) of the `children` (phase name, item) that this run
    /// will execute and for which `needs_key` holds, in the given order: the children a parent
    /// generates keys for ahead, with [`InitContext::pregenerate_keys`].
    pub fn children_needing_keys<'a, T>(
        &self,
        parent: &str,
        children: impl IntoIterator<Item = (&'a str, T)>,
        needs_key: impl Fn(&InitContext, &T) -> bool,
    ) -> Vec<String> {
        children
            .into_iter()
            .map(|(child, item)| (format!("{parent}/{child}"), item))
            .filter(|(path, item)| self.is_planned(path) && needs_key(self, item))
            .map(|(path, _)| path)
            .collect()
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

/// The key type for a configured `encryptionAlgorithm` (the test below keeps the names equal).
fn key_algorithm_of(configured: EncryptionAlgorithm) -> KeyAlgorithm {
    match configured {
        EncryptionAlgorithm::Rsa2048 => KeyAlgorithm::Rsa2048,
        EncryptionAlgorithm::Rsa3072 => KeyAlgorithm::Rsa3072,
        EncryptionAlgorithm::Rsa4096 => KeyAlgorithm::Rsa4096,
        EncryptionAlgorithm::EcdsaP256 => KeyAlgorithm::EcdsaP256,
        EncryptionAlgorithm::EcdsaP384 => KeyAlgorithm::EcdsaP384,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use kadm_config::Overrides;

    use super::*;

    fn ctx() -> InitContext {
        let mut config = kadm_config::Config::defaults(&kadm_config::HostFacts {
            hostname: "node-1".into(),
            default_ipv4: None,
        });
        config.apply_overrides(&Overrides {
            encryption_algorithm: Some(EncryptionAlgorithm::EcdsaP384),
            ..Overrides::default()
        });
        crate::test_context_with(Path::new("/nonexistent"), config)
    }

    #[test]
    fn keys_only_for_planned_children_that_need_one() {
        let mut ctx = ctx();
        ctx.planned = ["g", "g/a", "g/b", "g/d", "h/c"].map(String::from).to_vec();
        let children = [("a", 1), ("b", 2), ("c", 3), ("d", 4)];
        let wanted = ctx.children_needing_keys("g", children, |_, n| *n != 2);
        assert_eq!(
            wanted,
            ["g/a", "g/d"],
            "c is not planned under g, b needs none"
        );
        let everything = ctx.children_needing_keys("h", children, |_, _| true);
        assert_eq!(everything, ["h/c"]);
    }

    /// The user-facing list (config: file, flag, help, completions) and the key code's list are
    /// the same names in the same order, so no message can name a type the other side lacks.
    #[test]
    fn config_and_pki_name_the_same_algorithms() {
        let configured: Vec<&str> = EncryptionAlgorithm::ALL.map(|a| a.as_str()).to_vec();
        let mapped: Vec<&str> = EncryptionAlgorithm::ALL
            .map(|a| key_algorithm_of(a).name())
            .to_vec();
        let pki: Vec<&str> = KeyAlgorithm::ALL.map(KeyAlgorithm::name).to_vec();
        assert_eq!(mapped, configured);
        assert_eq!(pki, configured);
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
