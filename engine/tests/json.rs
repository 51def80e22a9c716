//! The JSON helpers of the common ground on the scenario document: the field a broken document is refused at
//! (`json_path`, and the document's reading of its sections one by one), held to a path-tracking
//! deserializer on every node of the default scenario broken in every way a hand-edited file breaks;
//! and the pretty layout of exports (`pretty`), held to serde's.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use ddh_engine::hours::section::Hours;
use ddh_engine::json_path::path_at;
use ddh_engine::keys::section::Keys;
use ddh_engine::procurement::section::Procurement;
use ddh_engine::scenario::{LeavingAnalysis, MemberSelection, TenderBudget, SCENARIO_VERSION};
use ddh_engine::{edit::MembersEdit, presets::PresetId, pretty, Edit, Scenario};
use serde_json::Value;

/// The scenario document with every section typed in one reading, as the engine read it before its
/// sections were read one by one: what the path-tracking deserializer reads.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Whole {
    version: u32,
    #[serde(default)]
    name: String,
    members: MemberSelection,
    tender: TenderBudget,
    leaving: LeavingAnalysis,
    #[serde(default)]
    procurement: Procurement,
    #[serde(default)]
    hours: Hours,
    #[serde(default)]
    keys: Keys,
}

/// The path `serde_path_to_error` names for a broken document, as the engine showed it before.
fn tracked_path(text: &str) -> Option<String> {
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    let error = serde_path_to_error::deserialize::<_, Whole>(deserializer).err()?;
    let path = error.path().to_string();
    Some(if path == "." { String::new() } else { path })
}

/// The field the engine refuses a document at.
fn refused_at(text: &str) -> Option<String> {
    Scenario::from_json(text).err().map(|error| error.field)
}

/// Where the JSON reader stopped in text that is not JSON, as a path.
fn stopped_at(text: &str) -> Option<String> {
    let error = serde_json::from_str::<serde::de::IgnoredAny>(text).err()?;
    Some(path_at(text, error.line(), error.column()))
}

/// Every node of the document, as a list of keys and indices from the root.
fn nodes(value: &Value, at: Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => map.iter().for_each(|(key, child)| {
            let mut next = at.clone();
            next.push(Value::from(key.as_str()));
            nodes(child, next, out);
        }),
        Value::Array(items) => items.iter().enumerate().for_each(|(i, child)| {
            let mut next = at.clone();
            next.push(Value::from(i));
            nodes(child, next, out);
        }),
        _ => {}
    }
}

fn node_mut<'v>(value: &'v mut Value, at: &[Value]) -> &'v mut Value {
    at.iter().fold(value, |node, step| match step {
        Value::String(key) => node.get_mut(key.as_str()).unwrap(),
        _ => node.get_mut(step.as_u64().unwrap() as usize).unwrap(),
    })
}

/// Every node of the default scenario broken in every way a hand-edited file breaks (a wrong type,
/// an unknown or missing field), written compact and pretty: the located path is the tracked one.
#[test]
fn names_the_same_field_as_a_path_tracking_deserializer() {
    let document: Value = serde_json::to_value(Scenario::default()).unwrap();
    let mut all = Vec::new();
    nodes(&document, Vec::new(), &mut all);
    let mut compared = 0;
    for at in &all {
        let mut broken = Vec::new();
        for replacement in [
            Value::from("x"),
            Value::from(-1.5),
            Value::from(true),
            Value::Null,
            serde_json::json!({}),
            serde_json::json!([1]),
        ] {
            let mut copy = document.clone();
            *node_mut(&mut copy, at) = replacement;
            broken.push(copy);
        }
        let mut copy = document.clone();
        if let Value::Object(map) = node_mut(&mut copy, at) {
            map.insert("unknown \"field\"".to_owned(), Value::from(1));
            let keys: Vec<String> = map.keys().cloned().collect();
            broken.push(copy.clone());
            for key in keys {
                let mut without = document.clone();
                if let Value::Object(map) = node_mut(&mut without, at) {
                    map.remove(&key);
                }
                broken.push(without);
            }
        }
        // A document without its version, or with one that is not a number, is refused at its version
        // before anything else is read (a rule of its own, `scenario::check_version`).
        broken.retain(|copy| copy.get("version") == Some(&Value::from(SCENARIO_VERSION)));
        for copy in broken {
            for text in [
                serde_json::to_string(&copy).unwrap(),
                serde_json::to_string_pretty(&copy).unwrap(),
            ] {
                if let Some(tracked) = tracked_path(&text) {
                    let located = refused_at(&text).unwrap();
                    assert!(located == tracked, "{located} ≠ {tracked} in {text}");
                    compared += 1;
                }
            }
        }
    }
    assert!(compared > 1_000, "only {compared} broken documents");
}

#[test]
fn a_syntax_error_names_where_it_stopped() {
    let text = "{\"version\": 4, \"members\": {\"codes\": [1, 2";
    assert_eq!(stopped_at(text), Some("members.codes[1]".to_owned()));
    assert_eq!(stopped_at("nonsense"), Some(String::new()));
}

#[test]
fn lays_out_the_scenarios_as_serde_does() {
    let mut all = Scenario::default();
    all.apply(Edit::Members(MembersEdit::ApplyPreset(PresetId::All)))
        .unwrap();
    for scenario in [Scenario::default(), all] {
        let compact = serde_json::to_string(&scenario).unwrap();
        assert_eq!(
            pretty::indent(&compact),
            serde_json::to_string_pretty(&scenario).unwrap()
        );
    }
}
