//! Form fields as a web framework hands them over: each name maps to one string, or to a
//! list of strings when the name was repeated in the request body.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

/// The value of one form field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamValue {
    /// A single value.
    One(String),
    /// A repeated name, its values in the order received.
    Many(Vec<String>),
}

impl ParamValue {
    /// The first value, or None for an empty list.
    pub fn first(&self) -> Option<&str> {
        match self {
            ParamValue::One(value) => Some(value),
            ParamValue::Many(values) => values.first().map(String::as_str),
        }
    }
}

impl From<&str> for ParamValue {
    fn from(value: &str) -> Self {
        ParamValue::One(value.to_owned())
    }
}

impl Serialize for ParamValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ParamValue::One(value) => serializer.serialize_str(value),
            ParamValue::Many(values) => values.serialize(serializer),
        }
    }
}

const VALUE_EXPECTED: &str =
    "a form field value: a string, or a list of strings for a repeated name";

impl<'de> Deserialize<'de> for ParamValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ValueVisitor;
        impl<'de> Visitor<'de> for ValueVisitor {
            type Value = ParamValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(VALUE_EXPECTED)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ParamValue, E> {
                Ok(ParamValue::One(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<ParamValue, E> {
                Ok(ParamValue::One(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ParamValue, A::Error> {
                let mut values = Vec::new();
                while let Some(value) = seq.next_element::<String>()? {
                    values.push(value);
                }
                Ok(ParamValue::Many(values))
            }
        }
        deserializer.deserialize_any(ValueVisitor)
    }
}

/// Form fields by name. A repeated name is one entry holding a list. Lookups are by exact
/// name; iteration is in byte order of the names (no rule here depends on the order).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(transparent)]
pub struct FormParams(pub BTreeMap<String, ParamValue>);

impl FormParams {
    /// The first value of `name`, if present.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).and_then(ParamValue::first)
    }

    /// True when there are no fields.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many distinct field names there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Every (name, value) pair.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &ParamValue)> {
        self.0.iter()
    }
}

impl<K: Into<String>, V: Into<ParamValue>> FromIterator<(K, V)> for FormParams {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        FormParams(
            iter.into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        )
    }
}
