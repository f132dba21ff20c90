//! The one rule for "did you mean": the known name closest to what was typed, when it is close
//! enough to be a typo. Config fields, phase names and subcommands all suggest the same way.

/// The candidate closest to `given` (case-insensitive Levenshtein distance), when the distance
/// is at most a quarter of the candidate's length, and at least 2 edits are always allowed.
pub fn nearest<'a>(given: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = given.to_ascii_lowercase();
    candidates
        .into_iter()
        .map(|name| {
            (
                strsim::levenshtein(&lower, &name.to_ascii_lowercase()),
                name,
            )
        })
        .filter(|(distance, name)| *distance <= (name.len() / 4).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_get_the_closest_name_and_nonsense_gets_none() {
        let phases = ["certs/etcd-ca", "certs/etcd-server", "kubeconfig/admin"];
        assert_eq!(nearest("certs/etcdca", phases), Some("certs/etcd-ca"));
        assert_eq!(nearest("KUBECONFIG/ADMN", phases), Some("kubeconfig/admin"));
        assert_eq!(nearest("preflight", phases), None);
    }
}
