//! The data model: sources, actors, ties, quotes and topics. No egui here.

mod date;
mod edit;
mod index;
mod story;

pub use date::{DateError, DateSpan, PartialDate, Precision, days_in_month};
pub use edit::{Edit, EditError, Record, RecordKind};
pub(crate) use index::LastOf;
pub use index::{Lookup, Version};
pub use story::{Hidden, SavedView, Selected, Span, Story, StoryStep, TimeSpan, caption_spans, caption_text};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Extra named values an imported record carried (unknown spreadsheet columns, GEXF or
/// `GraphML` attributes): kept, shown in the side panel and written back on save.
pub type Attributes = BTreeMap<String, String>;

/// The format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A whole dataset, as stored in the native JSON format (`docs/data-format.md`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Always `"bridges"`: tells a Bridges file from other JSON.
    pub format: String,
    pub format_version: u32,
    #[serde(default)]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub ties: Vec<Tie>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// Areas of cooperation and other subjects the source names.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Views of the map saved under a name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub views: Vec<SavedView>,
    /// Stories: ordered views with captions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stories: Vec<Story>,
    /// Positions of actors and ties by id, made at the first lookup, and the version of the
    /// data (not part of the data; kept right by the edit API in `edit.rs`).
    #[serde(skip)]
    pub index: Lookup,
}

/// A document that facts are taken from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub publisher: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The source's text, relative to the dataset file; evidence and quotes are checked against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The source's text kept in the dataset itself (a source added in the app, its text
    /// pasted): evidence and quotes are checked against it as against a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    State,
    /// A forum or dialogue format, such as "Central Asia plus Japan".
    Forum,
    /// A region made of states (drawn amid them).
    Region,
    Person,
    Organisation,
    /// An actor the source names as context, not as a party to ties.
    Context,
}

impl ActorKind {
    pub const ALL: [Self; 6] =
        [Self::State, Self::Forum, Self::Region, Self::Context, Self::Person, Self::Organisation];

    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::State => "State",
            Self::Forum => "Forum / dialogue format",
            Self::Region => "Region",
            Self::Person => "Person",
            Self::Organisation => "Organisation",
            Self::Context => "Context actor",
        }
    }

    /// Whether actors of this kind are drawn as nodes on the map (people and
    /// organisations are shown in the side panel, beside the ties they take part in).
    #[must_use]
    pub fn on_map(self) -> bool {
        matches!(self, Self::State | Self::Forum | Self::Region | Self::Context)
    }
}

/// A point on the globe, in degrees.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Capital {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: String,
    /// The name in English, the name shown unless another language is chosen.
    pub name: String,
    /// The name in other languages, by language tag: `{"ja": "日本", "ru": "Япония"}`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: BTreeMap<String, String>,
    pub kind: ActorKind,
    /// For states: the capital, which places the state on the map.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capital: Option<Capital>,
    /// Where to draw an actor that has no capital (a region, a context actor).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<LatLon>,
    /// For people: their role or title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The actor this one belongs to (a person's state or institution, a state's region).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    /// For forums and regions: the actors they gather.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Set when something about this actor is inferred rather than stated: says what and how.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inferred: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: Attributes,
}

/// The kind of a tie. Visits and dialogues have their own styles; any other kind is kept.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum TieKind {
    Visit,
    Dialogue,
    /// A leaders' meeting of a format, such as the first "Central Asia plus Japan" summit.
    Summit,
    /// A document signed or adopted: a joint statement, an action plan, a programme.
    Agreement,
    /// The first meeting of another "Central Asia + X" format, from its partner.
    Launch,
    Other(String),
}

impl From<String> for TieKind {
    fn from(s: String) -> Self {
        match s.as_str() {
            "visit" => Self::Visit,
            "dialogue" => Self::Dialogue,
            "summit" => Self::Summit,
            "agreement" => Self::Agreement,
            "launch" => Self::Launch,
            _ => Self::Other(s),
        }
    }
}

impl From<TieKind> for String {
    fn from(k: TieKind) -> Self {
        k.as_str().to_owned()
    }
}

impl TieKind {
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Visit => "visit",
            Self::Dialogue => "dialogue",
            Self::Summit => "summit",
            Self::Agreement => "agreement",
            Self::Launch => "launch",
            Self::Other(s) => s,
        }
    }

    /// Capitalised, for display: "Visit", "Dialogue", "Summit".
    #[must_use]
    pub fn label(&self) -> String {
        let s = self.as_str().replace('_', " ");
        let mut c = s.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
    }

    /// Directed kinds are drawn as arrows from `from` to each `to`; meetings and agreements
    /// join their parties without a direction.
    #[must_use]
    pub fn is_directed(&self) -> bool {
        !matches!(self, Self::Dialogue | Self::Summit | Self::Agreement | Self::Launch)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Held,
    Planned,
    Cancelled,
}

impl Status {
    pub const ALL: [Self; 3] = [Self::Held, Self::Planned, Self::Cancelled];

    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Held => "held",
            Self::Planned => "planned",
            Self::Cancelled => "cancelled",
        }
    }
}

/// A passage of a source that supports a fact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub source: String,
    /// The exact sentence(s), verbatim. May be empty only when the source has no text file
    /// to check against (the tie then cites the source as a whole).
    #[serde(default)]
    pub text: String,
    /// What this source says of the tie's status, where it says: a visit "planned" in an
    /// announcement, "held" in a later report. The tie's own status is the latest source's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
}

impl Evidence {
    pub fn new(source: impl Into<String>, text: impl Into<String>) -> Self {
        Self { source: source.into(), text: text.into(), status: None }
    }
}

/// A visit, a dialogue or another tie between actors.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tie {
    pub id: String,
    pub kind: TieKind,
    pub from: String,
    pub to: Vec<String>,
    /// The forum a dialogue takes place in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    #[serde(default)]
    pub date: DateSpan,
    #[serde(default)]
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// People taking part (actor ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<String>,
    #[serde(default)]
    pub summary: String,
    /// Where the tie comes from. Bridges' own data always cites; imported data may not.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: Attributes,
}

impl Tie {
    /// Every actor the tie joins: `from`, then each of `to`.
    pub fn endpoints(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.from.as_str()).chain(self.to.iter().map(String::as_str))
    }

    /// Whether the tie involves the actor as an endpoint, its forum, or a participant.
    #[must_use]
    pub fn involves(&self, actor: &str) -> bool {
        self.endpoints().any(|a| a == actor)
            || self.via.as_deref() == Some(actor)
            || self.people.iter().any(|p| p == actor)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct About {
    #[serde(default)]
    pub actors: Vec<String>,
    #[serde(default)]
    pub ties: Vec<String>,
}

/// Words someone said, verbatim from a source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub id: String,
    /// The speaker's actor id.
    pub speaker: String,
    pub text: String,
    #[serde(default)]
    pub date: DateSpan,
    #[serde(default)]
    pub about: About,
    /// The source id; empty when an imported quote names no source.
    #[serde(default)]
    pub source: String,
}

/// An area of cooperation or another subject the source names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub actors: Vec<String>,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

impl Actor {
    /// The name in the language `lang` (a tag: "ja", "ru"), else the English name.
    pub fn name_in(&self, lang: &str) -> &str {
        self.names.get(lang).map_or(self.name.as_str(), String::as_str)
    }

    /// An actor with only an id, a name and a kind; everything else empty.
    pub fn new(id: impl Into<String>, name: impl Into<String>, kind: ActorKind) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            names: BTreeMap::new(),
            kind,
            capital: None,
            position: None,
            role: None,
            part_of: None,
            members: Vec::new(),
            summary: None,
            inferred: None,
            evidence: Vec::new(),
            attributes: Attributes::new(),
        }
    }
}

impl Dataset {
    /// An empty dataset of the current format, titled (File ▸ New).
    #[must_use]
    pub fn empty(title: &str) -> Self {
        Self {
            format: "bridges".to_owned(),
            format_version: FORMAT_VERSION,
            title: title.to_owned(),
            ..Self::default()
        }
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.index.actor(&self.actors, id)
    }

    pub fn tie(&self, id: &str) -> Option<&Tie> {
        self.index.tie(&self.ties, id)
    }

    /// Where the tie with this id is in `ties`.
    pub fn tie_position(&self, id: &str) -> Option<usize> {
        self.index.tie_position(&self.ties, id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The actor's display name, or the id itself if it is unknown.
    pub fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.actor(id).map_or(id, |a| a.name.as_str())
    }

    /// The actor's name in the language `lang` (English where it has none), or the id.
    pub fn name_in<'a>(&'a self, id: &'a str, lang: &str) -> &'a str {
        self.actor(id).map_or(id, |a| a.name_in(lang))
    }

    /// Ties that involve the actor, in date order (undated last, then by id).
    pub fn ties_of(&self, actor: &str) -> Vec<&Tie> {
        let mut ties: Vec<&Tie> = self.ties.iter().filter(|t| t.involves(actor)).collect();
        ties.sort_by(|a, b| (a.date.sort_key(), &a.id).cmp(&(b.date.sort_key(), &b.id)));
        ties
    }

    /// Ties that join `a` and `b` (as endpoints, or a forum and a party), in date order.
    pub fn ties_between(&self, a: &str, b: &str) -> Vec<&Tie> {
        let joins = |t: &Tie, x: &str| t.endpoints().any(|e| e == x) || t.via.as_deref() == Some(x);
        self.ties_of(a).into_iter().filter(|t| joins(t, b)).collect()
    }

    /// Quotes about the actor, spoken by it, or about a tie it takes part in.
    pub fn quotes_about(&self, actor: &str) -> Vec<&Quote> {
        let about_tie = |q: &Quote| q.about.ties.iter().any(|t| self.tie(t).is_some_and(|t| t.involves(actor)));
        self.quotes
            .iter()
            .filter(|q| q.speaker == actor || q.about.actors.iter().any(|a| a == actor) || about_tie(q))
            .collect()
    }

    /// The actors drawn on the map: states, forums, regions and context actors, and any
    /// other actor that a tie starts or ends at (imported data often joins people or bodies).
    pub fn drawn(&self) -> Vec<&Actor> {
        // Only actors of kinds kept off the map need the ties read, and only until each is
        // found at an end of one (a map of states alone reads none of its ties).
        let mut unseen: std::collections::HashSet<&str> =
            self.actors.iter().filter(|a| !a.kind.on_map()).map(|a| a.id.as_str()).collect();
        let mut ends: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for t in &self.ties {
            if unseen.is_empty() {
                break;
            }
            for e in t.endpoints() {
                if unseen.remove(e) {
                    ends.insert(e);
                }
            }
        }
        self.actors.iter().filter(|a| a.kind.on_map() || ends.contains(a.id.as_str())).collect()
    }

    /// The actors whose `part_of` is `id` (a state's people, a region's states).
    pub fn parts_of(&self, id: &str) -> Vec<&Actor> {
        self.actors.iter().filter(|a| a.part_of.as_deref() == Some(id)).collect()
    }
}
