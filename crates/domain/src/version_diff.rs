//! What changed between two versions of a record, field by field, for the history page.
//!
//! Records are compared as the change log keeps them (JSON). Nested objects become dotted
//! field names (`text.en.title`); a list is compared as a whole and shown joined with commas
//! (`classification.type`: `training, services`).

use std::collections::BTreeMap;

use serde_json::Value;

/// One field whose value differs; an absent value is `None`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The fields that differ between `before` and `after`, in field-name order. Without a
/// `before` (a record just created), every field of `after` is a change.
pub fn field_changes(before: Option<&Value>, after: Option<&Value>) -> Vec<FieldChange> {
    let mut old = BTreeMap::new();
    let mut new = BTreeMap::new();
    if let Some(before) = before {
        flatten("", before, &mut old);
    }
    if let Some(after) = after {
        flatten("", after, &mut new);
    }
    let mut fields: Vec<&String> = old.keys().chain(new.keys()).collect();
    fields.sort();
    fields.dedup();
    fields
        .into_iter()
        .filter(|field| old.get(*field) != new.get(*field))
        .map(|field| FieldChange {
            field: field.clone(),
            before: old.get(field).cloned(),
            after: new.get(field).cloned(),
        })
        .collect()
}

fn flatten(prefix: &str, value: &Value, into: &mut BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                let name = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                flatten(&name, value, into);
            }
        }
        Value::Null => {}
        Value::Array(items) if items.is_empty() => {}
        Value::Array(items) => {
            let shown: Vec<String> = items.iter().map(scalar).collect();
            into.insert(prefix.to_owned(), shown.join(", "));
        }
        other => {
            into.insert(prefix.to_owned(), scalar(other));
        }
    }
}

fn scalar(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn nested_fields_are_named_by_path_and_unchanged_ones_left_out() {
        let before = json!({"state": "draft", "text": {"en": {"title": "Old", "description": "Same"}}, "terms": ["a"]});
        let after = json!({"state": "submitted", "text": {"en": {"title": "New", "description": "Same"}, "fr": {"title": "Nouveau"}}, "terms": ["a", "b"]});
        let changes = field_changes(Some(&before), Some(&after));
        let shown: Vec<(&str, Option<&str>, Option<&str>)> =
            changes.iter().map(|c| (c.field.as_str(), c.before.as_deref(), c.after.as_deref())).collect();
        assert_eq!(
            shown,
            [
                ("state", Some("draft"), Some("submitted")),
                ("terms", Some("a"), Some("a, b")),
                ("text.en.title", Some("Old"), Some("New")),
                ("text.fr.title", None, Some("Nouveau")),
            ]
        );
        assert_eq!(field_changes(None, Some(&json!({"a": 1}))).len(), 1);
        assert!(field_changes(Some(&before), Some(&before)).is_empty());
    }
}
