//! YAML out, the way kubectl and kubeadm write it: they encode an object to JSON and convert the
//! JSON to YAML, so every map's keys come out sorted, a single-line value stays on one line and a
//! text of several lines is a literal block. This crate
//! is the one place kadm turns a value into such text (kubeconfigs, manifests, kubelet files).

use serde::Serialize;
use serde_json::{Map, Value};

/// A value that cannot be written as YAML.
#[derive(Debug, thiserror::Error)]
pub enum SortedYamlError {
    /// The value's `Serialize` implementation failed, or a map has keys that are not strings.
    #[error("cannot encode the value as a JSON tree: {0}")]
    Json(String),
    /// The YAML printer refused the tree.
    #[error("cannot print the value as YAML: {0}")]
    Yaml(String),
}

/// The value as a JSON tree with every map's keys in byte order.
pub fn to_sorted_tree<T: Serialize + ?Sized>(value: &T) -> Result<Value, SortedYamlError> {
    let tree = serde_json::to_value(value).map_err(|e| SortedYamlError::Json(e.to_string()))?;
    Ok(sorted(tree))
}

/// The value as one YAML document (no `---` line), keys sorted, one line per scalar.
pub fn to_yaml<T: Serialize + ?Sized>(value: &T) -> Result<String, SortedYamlError> {
    tree_to_yaml(&to_sorted_tree(value)?)
}

/// A JSON tree (already sorted, or in the order wanted) as one YAML document.
pub fn tree_to_yaml(tree: &Value) -> Result<String, SortedYamlError> {
    let options = serde_saphyr::ser_options! {
        // A text of several lines (a Corefile, an embedded configuration) is a literal `|`
        // block, as kubectl prints it; a single line is never folded however long it is, so
        // base64 data stays on one line.
        prefer_block_scalars: true,
        folded_wrap_chars: usize::MAX,
    };
    serde_saphyr::to_string_with_options(tree, options)
        .map_err(|e| SortedYamlError::Yaml(e.to_string()))
}

/// The tree with every map's keys in byte order, whatever order serde_json keeps (it keeps
/// insertion order when some crate in the build enables its `preserve_order` feature).
pub fn sorted(tree: Value) -> Value {
    match tree {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(key, value)| (key, sorted(value)))
                    .collect::<Map<String, Value>>(),
            )
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_are_sorted_at_every_depth() {
        let text = to_yaml(&json!({"b": 1, "a": {"d": [ {"z": 1, "w": 2} ], "c": "x"}})).unwrap();
        assert_eq!(text, "a:\n  c: x\n  d:\n  - w: 2\n    z: 1\nb: 1\n");
    }

    #[test]
    fn strings_that_look_like_other_types_are_quoted() {
        let text = to_yaml(&json!({
            "empty": "", "yes": "true", "num": "10", "null": "null", "octal": "0600",
            "colon": "a: b", "hash": "#x", "ip": "10.96.0.10"
        }))
        .unwrap();
        let back: Value = serde_saphyr::from_str(&text).unwrap();
        assert_eq!(back["empty"], json!(""));
        assert_eq!(back["yes"], json!("true"));
        assert_eq!(back["num"], json!("10"));
        assert_eq!(back["null"], json!("null"));
        assert_eq!(back["octal"], json!("0600"));
        assert_eq!(back["colon"], json!("a: b"));
        assert_eq!(back["hash"], json!("#x"));
        assert_eq!(back["ip"], json!("10.96.0.10"));
    }

    #[test]
    fn long_and_multi_line_strings_round_trip() {
        let long = "A".repeat(5000);
        let multi = "line one\nline two\n";
        let text = to_yaml(&json!({"long": long, "multi": multi})).unwrap();
        assert!(
            text.lines().any(|l| l.len() > 5000),
            "long values stay on one line"
        );
        let back: Value = serde_saphyr::from_str(&text).unwrap();
        assert_eq!(back["long"], json!(long));
        assert_eq!(back["multi"], json!(multi));
    }
}
