//! A key generator that reports each finished key, for progress bars.

use crate::error::PkiError;
use crate::key::{KeyAlgorithm, KeyGenerator, PrivateKey};

/// Wraps a [`KeyGenerator`] and calls `done` after each key (from whichever thread made it).
pub struct Observed<'a, F: Fn() + Send + Sync> {
    inner: &'a dyn KeyGenerator,
    done: F,
}

impl<'a, F: Fn() + Send + Sync> Observed<'a, F> {
    /// Observes `inner`, calling `done` after every key it generates.
    pub fn new(inner: &'a dyn KeyGenerator, done: F) -> Self {
        Self { inner, done }
    }
}

impl<F: Fn() + Send + Sync> KeyGenerator for Observed<'_, F> {
    fn generate(&self, alg: KeyAlgorithm) -> Result<PrivateKey, PkiError> {
        let key = self.inner.generate(alg);
        (self.done)();
        key
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;
    use crate::{default_generator, generate_keys};

    #[test]
    fn every_key_is_reported_once() {
        let count = AtomicUsize::new(0);
        let r#gen = Observed::new(default_generator(), || {
            count.fetch_add(1, Ordering::Relaxed);
        });
        let keys = generate_keys(&r#gen, &[KeyAlgorithm::EcdsaP256; 3]);
        assert_eq!(keys.len(), 3);
        assert!(keys.iter().all(Result::is_ok));
        assert_eq!(count.load(Ordering::Relaxed), 3);
    }
}
