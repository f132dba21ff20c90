//! The one place that talks to the YAML library (`serde-saphyr`).
//!
//! Everything else in the crate sees only library-neutral types: [`Document`] (one `---`-separated
//! slice of the file), [`Outline`] (the shape of a document with the position of every field),
//! [`Failure`] (a decode error with its position and field path) and plain strings for output.
//! Swapping the YAML library means rewriting this file only.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_saphyr::{Error, Location, MessageFormatter, Spanned, UserMessageFormatter};

use crate::excerpt;

/// A 1-based line and column in the configuration file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Position {
    /// Line, counted from 1.
    pub line: u64,
    /// Column, counted from 1.
    pub column: u64,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// One document of a multi-document file: the text between two `---` separator lines.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Document<'a> {
    /// Line of the file where this slice starts (1-based).
    pub first_line: u64,
    text: &'a str,
}

impl Document<'_> {
    /// Maps a position inside the slice to a position in the whole file.
    fn position(&self, location: Location) -> Position {
        if location.line() == 0 {
            // Unknown location: point at the start of the document.
            return Position {
                line: self.first_line,
                column: 1,
            };
        }
        Position {
            line: location.line() + self.first_line - 1,
            column: location.column().max(1),
        }
    }
}

/// Splits a file into documents the way Kubernetes tools do: a line that starts with `---`
/// followed by nothing or by whitespace starts a new document. The separator line stays at the top
/// of the slice it opens, so every slice parses as one YAML document and keeps its own line numbers.
pub(crate) fn split(text: &str) -> Vec<Document<'_>> {
    let mut docs = Vec::new();
    let (mut start, mut start_line) = (0usize, 1u64);
    let (mut offset, mut line_no) = (0usize, 1u64);
    for line in text.split_inclusive('\n') {
        if offset > start && is_separator(line) {
            docs.push(Document {
                first_line: start_line,
                text: &text[start..offset],
            });
            (start, start_line) = (offset, line_no);
        }
        offset += line.len();
        line_no += 1;
    }
    docs.push(Document {
        first_line: start_line,
        text: &text[start..],
    });
    docs
}

fn is_separator(line: &str) -> bool {
    line.strip_prefix("---")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace))
}

/// What a field holds, described for error messages ("found ...").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A scalar, with its text.
    Scalar(String),
    /// A sequence.
    List,
    /// A mapping.
    Mapping,
    /// `null` or an empty value.
    Null,
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shape::Scalar(text) => f.write_str(&excerpt::value(text)),
            Shape::List => f.write_str("a list"),
            Shape::Mapping => f.write_str("a mapping"),
            Shape::Null => f.write_str("an empty value"),
        }
    }
}

/// A field of a document: where it is written and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Field {
    /// Position of the key (or of the list item).
    pub position: Position,
    /// What the value is.
    pub shape: Shape,
}

/// The untyped view of one document: its root shape, its `apiVersion` and `kind`, and every field
/// path (`networking.serviceSubnet`, `apiServer.certSANs[1]`) with its position.
#[derive(Debug, Clone)]
pub(crate) struct Outline {
    /// Position of the document's root node.
    pub start: Position,
    /// Shape of the root node (a mapping for every valid document).
    pub root: Shape,
    /// Fields by path.
    pub fields: BTreeMap<String, Field>,
}

impl Outline {
    /// The text of a top-level scalar field such as `kind`.
    pub(crate) fn top_level_scalar(&self, name: &str) -> Option<&str> {
        match self.fields.get(name).map(|f| &f.shape) {
            Some(Shape::Scalar(text)) => Some(text),
            _ => None,
        }
    }
}

/// Why a document could not be decoded, without any library type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// Not well-formed YAML.
    Syntax(String),
    /// A key that the target struct does not have.
    UnknownField {
        /// The key as written.
        field: String,
        /// The keys that are allowed at that place.
        expected: Vec<&'static str>,
    },
    /// A required key is absent.
    MissingField(&'static str),
    /// A key written twice in one mapping.
    DuplicateKey(String),
    /// The value has the wrong type; holds a description of the expected one.
    WrongType(String),
    /// Anything else, as a sentence.
    Other(String),
}

/// A decode error: where, which field (path inside the document, empty for the root) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Failure {
    /// Position in the whole file.
    pub position: Position,
    /// Field path such as `networking.serviceSubnet` or `apiServer.certSANs[0]`.
    pub path: String,
    /// What went wrong.
    pub problem: Problem,
}

/// Reads the outline of a document; `None` for an empty document (only comments or nothing).
pub(crate) fn outline(doc: &Document<'_>) -> Result<Option<Outline>, Failure> {
    let root: Option<Spanned<Node>> =
        serde_saphyr::from_str(doc.text).map_err(|e| failure(doc, String::new(), &e, true))?;
    let Some(root) = root else {
        return Ok(None);
    };
    let mut fields = BTreeMap::new();
    collect(doc, "", &root.value, &mut fields);
    Ok(Some(Outline {
        start: doc.position(root.referenced),
        root: root.value.shape(),
        fields,
    }))
}

/// Decodes a document into `T`, strictly (unknown fields, duplicate keys and wrong types fail).
pub(crate) fn decode<T: DeserializeOwned>(doc: &Document<'_>) -> Result<T, Failure> {
    let mut path = String::new();
    serde_saphyr::with_deserializer_from_str(doc.text, |de| {
        serde_path_to_error::deserialize(de).map_err(|e| {
            path = path_text(e.path());
            e.into_inner()
        })
    })
    .map_err(|e| failure(doc, path, &e, false))
}

/// Writes `value` as one YAML document.
pub(crate) fn encode<T: Serialize>(value: &T) -> Result<String, String> {
    serde_saphyr::to_string(value).map_err(|e| e.to_string())
}

fn path_text(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => push_key(&mut out, key),
            Segment::Enum { variant } => push_key(&mut out, variant),
            Segment::Unknown => push_key(&mut out, "?"),
        }
    }
    out
}

fn push_key(out: &mut String, key: &str) {
    if !out.is_empty() {
        out.push('.');
    }
    out.push_str(key);
}

fn failure(doc: &Document<'_>, path: String, err: &Error, outline_pass: bool) -> Failure {
    let inner = innermost(err);
    let position = doc.position(inner.location().unwrap_or(Location::UNKNOWN));
    let problem = match inner {
        Error::SerdeUnknownField {
            field, expected, ..
        } => Problem::UnknownField {
            field: field.clone(),
            expected: expected.clone(),
        },
        Error::SerdeMissingField { field, .. } => Problem::MissingField(field),
        Error::DuplicateMappingKey { key, .. } => {
            Problem::DuplicateKey(key.clone().unwrap_or_default())
        }
        Error::InvalidScalar { ty, .. } => Problem::WrongType(scalar_type_name(ty)),
        Error::InvalidBooleanStrict { .. } => Problem::WrongType("true or false".into()),
        Error::Unexpected { expected, .. } => Problem::WrongType(token_name(expected)),
        Error::SerdeInvalidType { expected, .. } | Error::SerdeInvalidValue { expected, .. } => {
            Problem::WrongType(expected.clone())
        }
        other => {
            let text = excerpt::parser_message(&UserMessageFormatter.format_message(other));
            if outline_pass {
                Problem::Syntax(text)
            } else {
                Problem::Other(text)
            }
        }
    };
    Failure {
        position,
        path,
        problem,
    }
}

/// Strips the wrappers the library puts around an error (snippets, alias locations).
fn innermost(mut err: &Error) -> &Error {
    loop {
        match err {
            Error::WithSnippet { error, .. } | Error::AliasError { error, .. } => err = error,
            other => return other,
        }
    }
}

fn scalar_type_name(ty: &str) -> String {
    match ty {
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "an integer".into(),
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "a non-negative integer".into(),
        "f32" | "f64" => "a number".into(),
        "bool" | "boolean" => "true or false".into(),
        "char" => "a single character".into(),
        "string" | "str" | "String" => "a string".into(),
        other => format!("a value of type {other}"),
    }
}

fn token_name(expected: &str) -> String {
    match expected {
        "sequence start" => "a list".into(),
        "mapping start" => "a mapping".into(),
        "string scalar" | "string" => "a string".into(),
        other => other.to_string(),
    }
}

/// Records every field path of a node tree with its position and shape.
fn collect(doc: &Document<'_>, prefix: &str, node: &Node, out: &mut BTreeMap<String, Field>) {
    match node {
        Node::Mapping(entries) => {
            for (key, value) in entries {
                let mut path = prefix.to_string();
                push_key(&mut path, &key.value.0);
                record(doc, path, key.referenced, value, out);
            }
        }
        Node::List(items) => {
            for (index, item) in items.iter().enumerate() {
                let path = format!("{prefix}[{index}]");
                record(doc, path, item.referenced, item, out);
            }
        }
        Node::Scalar(_) | Node::Null => {}
    }
}

fn record(
    doc: &Document<'_>,
    path: String,
    at: Location,
    value: &Spanned<Node>,
    out: &mut BTreeMap<String, Field>,
) {
    collect(doc, &path, &value.value, out);
    out.insert(
        path,
        Field {
            position: doc.position(at),
            shape: value.value.shape(),
        },
    );
}

/// A YAML node with positions, read through the library's `Spanned` wrapper.
enum Node {
    Mapping(Vec<(Spanned<Key>, Spanned<Node>)>),
    List(Vec<Spanned<Node>>),
    Scalar(String),
    Null,
}

impl Node {
    fn shape(&self) -> Shape {
        match self {
            Node::Mapping(_) => Shape::Mapping,
            Node::List(_) => Shape::List,
            Node::Scalar(text) => Shape::Scalar(text.clone()),
            Node::Null => Shape::Null,
        }
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Node, E> {
        Ok(Node::Scalar(String::from_utf8_lossy(v).into_owned()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        Node::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Node::Mapping(entries))
    }
}

/// A mapping key: any scalar, kept as text.
struct Key(String);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Node::deserialize(deserializer)? {
            Node::Scalar(text) => Ok(Key(text)),
            Node::Null => Ok(Key(String::new())),
            Node::List(_) | Node::Mapping(_) => Err(de::Error::custom(
                "a list or mapping cannot be used as a mapping key",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    #[allow(dead_code)] // only decoded, to provoke errors
    struct Net {
        #[serde(default)]
        service_subnet: String,
        #[serde(default)]
        bind_port: i32,
        #[serde(default)]
        list: Vec<String>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    #[allow(dead_code)] // only decoded, to provoke errors
    struct Top {
        #[serde(default)]
        networking: Option<Net>,
        #[serde(default)]
        items: Vec<Net>,
    }

    #[test]
    fn split_keeps_line_numbers_and_separator_rules() {
        let text = "a: 1\n---\nb: 2\n--- # comment\nc: 3\n---x: 4\n";
        let docs = split(text);
        assert_eq!(docs.len(), 3);
        assert_eq!(docs[0].first_line, 1);
        assert_eq!(docs[1].first_line, 2);
        assert_eq!(docs[1].text, "---\nb: 2\n");
        assert_eq!(docs[2].first_line, 4);
        assert!(docs[2].text.ends_with("---x: 4\n"));
        // A leading separator does not produce an empty first slice.
        assert_eq!(split("---\na: 1\n").len(), 1);
    }

    #[test]
    fn outline_records_paths_positions_and_shapes() {
        let text =
            "x: 0\n---\nkind: K\nnetworking:\n  serviceSubnet: 10.0.0.0/8\nlist:\n- a\n- {b: 1}\n";
        let docs = split(text);
        let outline = outline(&docs[1]).unwrap().unwrap();
        assert_eq!(outline.root, Shape::Mapping);
        assert_eq!(outline.top_level_scalar("kind"), Some("K"));
        let field = &outline.fields["networking.serviceSubnet"];
        assert_eq!(field.position, Position { line: 5, column: 3 });
        assert_eq!(field.shape, Shape::Scalar("10.0.0.0/8".into()));
        assert_eq!(outline.fields["list"].shape, Shape::List);
        assert_eq!(outline.fields["list[1]"].shape, Shape::Mapping);
        assert_eq!(outline.fields["list[1].b"].position.line, 8);
    }

    #[test]
    fn empty_documents_have_no_outline() {
        for text in ["", "# only a comment\n", "---\n"] {
            assert!(outline(&split(text)[0]).unwrap().is_none(), "{text:?}");
        }
    }

    #[test]
    fn syntax_errors_are_positioned_in_the_file() {
        let text = "a: 1\n---\nb: [1, 2\n";
        let err = outline(&split(text)[1]).unwrap_err();
        assert!(matches!(err.problem, Problem::Syntax(_)), "{err:?}");
        assert!(err.position.line >= 3, "{err:?}");
    }

    #[test]
    fn decode_reports_unknown_fields_with_path_and_choices() {
        let text = "items:\n- bindPort: 1\n- bogus: 2\n";
        let err = decode::<Top>(&split(text)[0]).unwrap_err();
        assert_eq!(err.path, "items[1].bogus");
        assert_eq!(err.position, Position { line: 3, column: 3 });
        match err.problem {
            Problem::UnknownField { field, expected } => {
                assert_eq!(field, "bogus");
                assert_eq!(expected, ["serviceSubnet", "bindPort", "list"]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn decode_reports_wrong_types() {
        let cases = [
            (
                "networking:\n  bindPort: abc\n",
                "networking.bindPort",
                "an integer",
            ),
            ("networking:\n  list: abc\n", "networking.list", "a list"),
            ("networking: 3\n", "networking", "a mapping"),
            (
                "networking:\n  serviceSubnet: [1]\n",
                "networking.serviceSubnet",
                "a string",
            ),
        ];
        for (text, path, expected) in cases {
            let err = decode::<Top>(&split(text)[0]).unwrap_err();
            assert_eq!(err.path, path, "{text}");
            assert_eq!(err.problem, Problem::WrongType(expected.into()), "{text}");
        }
    }

    #[test]
    fn decode_rejects_duplicate_keys() {
        let err = decode::<Top>(&split("items: []\nitems: []\n")[0]).unwrap_err();
        assert_eq!(err.problem, Problem::DuplicateKey("items".into()));
        assert_eq!(err.position.line, 2);
    }

    #[test]
    fn encode_writes_plain_yaml() {
        #[derive(Serialize)]
        struct S {
            a: String,
            b: Vec<u8>,
        }
        let text = encode(&S {
            a: "x".into(),
            b: vec![1, 2],
        })
        .unwrap();
        assert!(text.starts_with("a: x\n"), "{text}");
    }
}
