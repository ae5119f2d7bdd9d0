//! Reading JSON with serde's errors kept as what they are (a missing field, an unknown variant, a
//! value of the wrong type…) instead of the English sentence serde_json makes of them.
//!
//! serde_json turns every error a `Deserialize` impl raises into its own `Error`, keeping only the
//! text. [`Typed`] sits between serde_json and the types being read: towards the types, its error
//! type is [`Error`], whose `serde::de::Error` methods record the [`Kind`]; towards serde_json, a
//! recorded kind travels as a placeholder error, which serde_json gives its line and column, while
//! the kind waits in a shared slot until the next layer up takes it back. Every
//! `deserialize_*` call the types make goes to serde_json's `deserialize_any` where that means the
//! same, so a value of the wrong type reaches the type's own visitor, which says so in a typed way.

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor};
use std::cell::RefCell;
use std::fmt;

/// What serde said is wrong, by its kind.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Kind {
    MissingField(&'static str),
    UnknownField {
        field: String,
        expected: &'static [&'static str],
    },
    UnknownVariant {
        variant: String,
        expected: &'static [&'static str],
    },
    /// A value of another kind than the type reads: what was found, described by serde and by
    /// kind, and the kind wanted when the layer saw which `deserialize_*` the type asked for.
    InvalidType {
        found: ValueKind,
        described: String,
        expected: String,
        wanted: Option<ValueKind>,
    },
    /// A value its type refuses; `shape` when it is one of the file formats' own (a time, a date).
    InvalidValue {
        found: Found,
        expected: String,
        shape: Option<Shape>,
    },
    InvalidLength {
        length: usize,
        expected: String,
    },
    DuplicateField(&'static str),
    /// A refusal no other kind describes, in the words of the type that refused.
    Custom(String),
}

/// The value that was found, as serde describes it (`string "x"`, `integer 3`), and the text
/// itself when it was one.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    pub described: String,
    pub kind: ValueKind,
    /// The value as the file writes it, for a text or a number.
    pub text: Option<String>,
}

impl Found {
    fn of(unexpected: de::Unexpected) -> Self {
        let text = match unexpected {
            de::Unexpected::Str(text) => Some(text.to_owned()),
            de::Unexpected::Unsigned(n) => Some(n.to_string()),
            de::Unexpected::Signed(n) => Some(n.to_string()),
            de::Unexpected::Float(n) => Some(n.to_string()),
            _ => None,
        };
        Found {
            described: unexpected.to_string(),
            kind: ValueKind::of(&unexpected),
            text,
        }
    }
}

/// The kinds of JSON value, as the reader names them to the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ValueKind {
    Boolean,
    Number,
    Text,
    Null,
    List,
    Object,
    Other,
}

impl ValueKind {
    fn of(unexpected: &de::Unexpected) -> Self {
        use de::Unexpected as U;
        match unexpected {
            U::Bool(_) => ValueKind::Boolean,
            U::Unsigned(_) | U::Signed(_) | U::Float(_) => ValueKind::Number,
            U::Char(_) | U::Str(_) => ValueKind::Text,
            U::Unit | U::Option => ValueKind::Null,
            U::Seq => ValueKind::List,
            U::Map => ValueKind::Object,
            _ => ValueKind::Other,
        }
    }

    /// The message naming it (`read-value-number`: "a number").
    pub fn message_id(self) -> &'static str {
        match self {
            ValueKind::Boolean => "read-value-boolean",
            ValueKind::Number => "read-value-number",
            ValueKind::Text => "read-value-text",
            ValueKind::Null => "read-value-null",
            ValueKind::List => "read-value-list",
            ValueKind::Object => "read-value-object",
            ValueKind::Other => "read-value-other",
        }
    }
}

/// The values the file formats read with their own rules, named by what they expect. A type refuses
/// a value with `invalid_value(…, &Shape::TIME)`; the reader knows it by that very static.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// `HH:MM` from `00:00` to `24:00`.
    Time,
    /// A time that starts a slot: `24:00` is not one.
    Start,
    /// `YYYY-MM-DD`.
    Date,
}

pub(crate) static TIME: Shape = Shape::Time;
pub(crate) static START: Shape = Shape::Start;
pub(crate) static DATE: Shape = Shape::Date;

impl de::Expected for Shape {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self {
            Shape::Time => "HH:MM between 00:00 and 24:00",
            Shape::Start => "a start between 00:00 and 23:59",
            Shape::Date => "a date YYYY-MM-DD",
        })
    }
}

impl Shape {
    /// Which of the statics above `expected` is, by address: no text is compared.
    fn of(expected: &dyn de::Expected) -> Option<Shape> {
        let address = expected as *const dyn de::Expected as *const ();
        [&TIME, &START, &DATE]
            .into_iter()
            .find(|shape| std::ptr::addr_eq(*shape as *const Shape, address))
            .copied()
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Kind::MissingField(field) => write!(f, "missing field `{field}`"),
            Kind::UnknownField { field, expected } => {
                write!(f, "unknown field `{field}`, expected {}", expected.join(", "))
            }
            Kind::UnknownVariant { variant, expected } => {
                write!(f, "unknown variant `{variant}`, expected {}", expected.join(", "))
            }
            Kind::InvalidType {
                described, expected, ..
            } => write!(f, "invalid type: {described}, expected {expected}"),
            Kind::InvalidValue { found, expected, .. } => {
                write!(f, "invalid value: {}, expected {expected}", found.described)
            }
            Kind::InvalidLength { length, expected } => write!(f, "invalid length {length}, expected {expected}"),
            Kind::DuplicateField(field) => write!(f, "duplicate field `{field}`"),
            Kind::Custom(text) => f.write_str(text),
        }
    }
}

/// The error the types being read see: a kind they raised, or serde_json's own (bad syntax, a
/// file that ends early), carried up unchanged. A kind carries the placeholder that went through
/// serde_json once it has, which holds where in the text it happened.
#[derive(Debug)]
pub(crate) enum Error<E> {
    Kind { kind: Kind, carrier: Option<E> },
    Inner(E),
}

impl<E: de::Error> Error<E> {
    fn kind(kind: Kind) -> Self {
        Error::Kind { kind, carrier: None }
    }
}

impl<E: fmt::Display> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Kind { kind, .. } => kind.fmt(f),
            Error::Inner(error) => error.fmt(f),
        }
    }
}

impl<E: fmt::Debug + fmt::Display> std::error::Error for Error<E> {}

impl<E: de::Error> de::Error for Error<E> {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error::kind(Kind::Custom(message.to_string()))
    }

    fn invalid_type(unexpected: de::Unexpected, expected: &dyn de::Expected) -> Self {
        Error::kind(Kind::InvalidType {
            found: ValueKind::of(&unexpected),
            described: unexpected.to_string(),
            expected: expected.to_string(),
            wanted: None,
        })
    }

    fn invalid_value(unexpected: de::Unexpected, expected: &dyn de::Expected) -> Self {
        Error::kind(Kind::InvalidValue {
            found: Found::of(unexpected),
            expected: expected.to_string(),
            shape: Shape::of(expected),
        })
    }

    fn invalid_length(length: usize, expected: &dyn de::Expected) -> Self {
        Error::kind(Kind::InvalidLength {
            length,
            expected: expected.to_string(),
        })
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Error::kind(Kind::UnknownVariant {
            variant: variant.to_owned(),
            expected,
        })
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        Error::kind(Kind::UnknownField {
            field: field.to_owned(),
            expected,
        })
    }

    fn missing_field(field: &'static str) -> Self {
        Error::kind(Kind::MissingField(field))
    }

    fn duplicate_field(field: &'static str) -> Self {
        Error::kind(Kind::DuplicateField(field))
    }
}

/// Where a kind waits while its placeholder goes through serde_json.
pub(crate) type Slot = RefCell<Option<Kind>>;

/// An error from serde_json's side: the kind waiting in the slot if this is its placeholder, else
/// serde_json's own.
fn up<E>(slot: &Slot, error: E) -> Error<E> {
    match slot.borrow_mut().take() {
        Some(kind) => Error::Kind {
            kind,
            carrier: Some(error),
        },
        None => Error::Inner(error),
    }
}

/// An error going down to serde_json: its own as it was, a kind as a placeholder (the one it
/// already travelled in, which knows its position, or a new one serde_json will place).
fn down<E: de::Error>(slot: &Slot, error: Error<E>) -> E {
    match error {
        Error::Inner(error) => error,
        Error::Kind { kind, carrier } => {
            let carrier = carrier.unwrap_or_else(|| E::custom(&kind));
            *slot.borrow_mut() = Some(kind);
            carrier
        }
    }
}

/// A deserializer of serde_json's, seen by the types through typed errors. `any` sends the typed
/// `deserialize_*` calls to `deserialize_any` (not for map keys, which serde_json reads by type).
pub(crate) struct Typed<'s, D> {
    pub inner: D,
    pub slot: &'s Slot,
    pub any: bool,
}

struct TypedVisitor<'s, V> {
    inner: V,
    slot: &'s Slot,
    /// The kind of value the type asked serde_json for, when its `deserialize_*` call says.
    wanted: Option<ValueKind>,
}

struct TypedSeed<'s, S> {
    inner: S,
    slot: &'s Slot,
    any: bool,
}

struct TypedAccess<'s, A> {
    inner: A,
    slot: &'s Slot,
}

impl<'s, V> TypedVisitor<'s, V> {
    fn new(inner: V, slot: &'s Slot, wanted: Option<ValueKind>) -> Self {
        TypedVisitor { inner, slot, wanted }
    }

    /// The wrapped visitor, and what is left to place an error it raises.
    fn split(self) -> (V, TypedVisitor<'s, ()>) {
        let TypedVisitor { inner, slot, wanted } = self;
        (
            inner,
            TypedVisitor {
                inner: (),
                slot,
                wanted,
            },
        )
    }

    /// An error going down from visiting a value of this kind: a wrong type the visitor raised
    /// about this very value (found is what was visited, not yet placed) learns what was wanted.
    fn down<E: de::Error>(&self, visited: ValueKind, mut error: Error<E>) -> E {
        if let Error::Kind {
            kind: Kind::InvalidType { found, wanted, .. },
            carrier: None,
        } = &mut error
            && *found == visited
            && wanted.is_none()
            && self.wanted != Some(visited)
        {
            *wanted = self.wanted;
        }
        down(self.slot, error)
    }
}

macro_rules! forward_to_any {
    ($($method:ident $(($($arg:ident: $ty:ty),*))? => $wanted:expr),* $(,)?) => {
        $(
            fn $method<V: Visitor<'de>>(self, $($($arg: $ty,)*)? visitor: V) -> Result<V::Value, Self::Error> {
                let slot = self.slot;
                let visitor = TypedVisitor::new(visitor, slot, $wanted);
                let result = if self.any {
                    self.inner.deserialize_any(visitor)
                } else {
                    self.inner.$method($($($arg,)*)? visitor)
                };
                result.map_err(|e| up(slot, e))
            }
        )*
    };
}

macro_rules! forward_natively {
    ($($method:ident $(($($arg:ident: $ty:ty),*))?),* $(,)?) => {
        $(
            fn $method<V: Visitor<'de>>(self, $($($arg: $ty,)*)? visitor: V) -> Result<V::Value, Self::Error> {
                let slot = self.slot;
                self.inner
                    .$method($($($arg,)*)? TypedVisitor::new(visitor, slot, None))
                    .map_err(|e| up(slot, e))
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Typed<'_, D> {
    type Error = Error<D::Error>;

    forward_to_any! {
        deserialize_bool => Some(ValueKind::Boolean),
        deserialize_i8 => Some(ValueKind::Number),
        deserialize_i16 => Some(ValueKind::Number),
        deserialize_i32 => Some(ValueKind::Number),
        deserialize_i64 => Some(ValueKind::Number),
        deserialize_u8 => Some(ValueKind::Number),
        deserialize_u16 => Some(ValueKind::Number),
        deserialize_u32 => Some(ValueKind::Number),
        deserialize_u64 => Some(ValueKind::Number),
        deserialize_f64 => Some(ValueKind::Number),
        deserialize_char => Some(ValueKind::Text),
        deserialize_str => Some(ValueKind::Text),
        deserialize_string => Some(ValueKind::Text),
        deserialize_unit => Some(ValueKind::Null),
        deserialize_unit_struct(name: &'static str) => Some(ValueKind::Null),
        deserialize_seq => Some(ValueKind::List),
        deserialize_tuple(len: usize) => Some(ValueKind::List),
        deserialize_tuple_struct(name: &'static str, len: usize) => Some(ValueKind::List),
        deserialize_map => Some(ValueKind::Object),
        deserialize_struct(name: &'static str, fields: &'static [&'static str]) => Some(ValueKind::Object),
        deserialize_identifier => Some(ValueKind::Text),
    }

    forward_natively! {
        deserialize_any, deserialize_i128, deserialize_u128, deserialize_f32,
        deserialize_bytes, deserialize_byte_buf, deserialize_option,
        deserialize_newtype_struct(name: &'static str),
        deserialize_enum(name: &'static str, variants: &'static [&'static str]),
        deserialize_ignored_any,
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

macro_rules! visit_values {
    ($($method:ident($ty:ty) => $kind:ident),* $(,)?) => {
        $(
            fn $method<E: de::Error>(self, value: $ty) -> Result<Self::Value, E> {
                let (inner, this) = self.split();
                inner.$method::<Error<E>>(value).map_err(|e| this.down(ValueKind::$kind, e))
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for TypedVisitor<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.inner.expecting(f)
    }

    visit_values! {
        visit_bool(bool) => Boolean, visit_i8(i8) => Number, visit_i16(i16) => Number,
        visit_i32(i32) => Number, visit_i64(i64) => Number, visit_i128(i128) => Number,
        visit_u8(u8) => Number, visit_u16(u16) => Number, visit_u32(u32) => Number,
        visit_u64(u64) => Number, visit_u128(u128) => Number, visit_f32(f32) => Number,
        visit_f64(f64) => Number, visit_char(char) => Text, visit_str(&str) => Text,
        visit_borrowed_str(&'de str) => Text, visit_string(String) => Text, visit_bytes(&[u8]) => Other,
        visit_borrowed_bytes(&'de [u8]) => Other, visit_byte_buf(Vec<u8>) => Other,
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        let (inner, this) = self.split();
        inner
            .visit_none::<Error<E>>()
            .map_err(|e| this.down(ValueKind::Null, e))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        let (inner, this) = self.split();
        inner
            .visit_unit::<Error<E>>()
            .map_err(|e| this.down(ValueKind::Null, e))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        let slot = self.slot;
        let result = self.inner.visit_some(Typed {
            inner: deserializer,
            slot,
            any: true,
        });
        result.map_err(|e| down(slot, e))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        let slot = self.slot;
        let result = self.inner.visit_newtype_struct(Typed {
            inner: deserializer,
            slot,
            any: true,
        });
        result.map_err(|e| down(slot, e))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        let (inner, this) = self.split();
        let result = inner.visit_seq(TypedAccess {
            inner: seq,
            slot: this.slot,
        });
        result.map_err(|e| this.down(ValueKind::List, e))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let (inner, this) = self.split();
        let result = inner.visit_map(TypedAccess {
            inner: map,
            slot: this.slot,
        });
        result.map_err(|e| this.down(ValueKind::Object, e))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
        let slot = self.slot;
        let result = self.inner.visit_enum(TypedAccess { inner: data, slot });
        result.map_err(|e| down(slot, e))
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for TypedSeed<'_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        let slot = self.slot;
        let result = self.inner.deserialize(Typed {
            inner: deserializer,
            slot,
            any: self.any,
        });
        result.map_err(|e| down(slot, e))
    }
}

impl<'s, A> TypedAccess<'s, A> {
    fn seed<S>(&self, inner: S, any: bool) -> TypedSeed<'s, S> {
        TypedSeed {
            inner,
            slot: self.slot,
            any,
        }
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for TypedAccess<'_, A> {
    type Error = Error<A::Error>;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Self::Error> {
        let seed = self.seed(seed, true);
        self.inner.next_element_seed(seed).map_err(|e| up(self.slot, e))
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for TypedAccess<'_, A> {
    type Error = Error<A::Error>;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Self::Error> {
        let seed = self.seed(seed, false);
        self.inner.next_key_seed(seed).map_err(|e| up(self.slot, e))
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, Self::Error> {
        let seed = self.seed(seed, true);
        self.inner.next_value_seed(seed).map_err(|e| up(self.slot, e))
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

impl<'de, 's, A: EnumAccess<'de>> EnumAccess<'de> for TypedAccess<'s, A> {
    type Error = Error<A::Error>;
    type Variant = TypedAccess<'s, A::Variant>;

    fn variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<(T::Value, Self::Variant), Self::Error> {
        let slot = self.slot;
        let seed = self.seed(seed, false);
        let (value, variant) = self.inner.variant_seed(seed).map_err(|e| up(slot, e))?;
        Ok((value, TypedAccess { inner: variant, slot }))
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for TypedAccess<'_, A> {
    type Error = Error<A::Error>;

    fn unit_variant(self) -> Result<(), Self::Error> {
        let slot = self.slot;
        self.inner.unit_variant().map_err(|e| up(slot, e))
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Self::Error> {
        let slot = self.slot;
        let seed = self.seed(seed, true);
        self.inner.newtype_variant_seed(seed).map_err(|e| up(slot, e))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Self::Error> {
        let slot = self.slot;
        self.inner
            .tuple_variant(len, TypedVisitor::new(visitor, slot, Some(ValueKind::List)))
            .map_err(|e| up(slot, e))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        let slot = self.slot;
        self.inner
            .struct_variant(fields, TypedVisitor::new(visitor, slot, Some(ValueKind::Object)))
            .map_err(|e| up(slot, e))
    }
}
