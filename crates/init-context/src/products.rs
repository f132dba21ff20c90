//! Values one phase leaves for later phases, keyed by type.

use std::any::{Any, TypeId};
use std::collections::HashMap;

/// A map from a type to one value of it: a phase inserts what it made (a loaded CA, say) and a
/// later phase reads it instead of reading the disk again.
#[derive(Default)]
pub struct Products(HashMap<TypeId, Box<dyn Any + Send + Sync>>);

impl std::fmt::Debug for Products {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Products({} values)", self.0.len())
    }
}

impl Products {
    /// Stores a value, replacing one of the same type.
    pub fn insert<T: Any + Send + Sync>(&mut self, value: T) {
        self.0.insert(TypeId::of::<T>(), Box::new(value));
    }

    /// The stored value of type `T`, if any.
    pub fn get<T: Any + Send + Sync>(&self) -> Option<&T> {
        self.0
            .get(&TypeId::of::<T>())
            .and_then(|b| b.downcast_ref())
    }

    /// The stored value of type `T`, mutably, if any.
    pub fn get_mut<T: Any + Send + Sync>(&mut self) -> Option<&mut T> {
        self.0
            .get_mut(&TypeId::of::<T>())
            .and_then(|b| b.downcast_mut())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_keyed_by_type() {
        let mut p = Products::default();
        p.insert(7u32);
        p.insert(String::from("ca"));
        assert_eq!(p.get::<u32>(), Some(&7));
        assert_eq!(p.get::<String>().map(String::as_str), Some("ca"));
        assert_eq!(p.get::<u64>(), None);
        *p.get_mut::<u32>().unwrap() += 1;
        assert_eq!(p.get::<u32>(), Some(&8));
    }
}
