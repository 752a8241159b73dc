//! The vocabulary every tabular format shares, in both directions: which column means which
//! field (with its aliases), loose kind and status names, and the list separator. Kept apart
//! so that reading (`to_dataset.rs`) and the CSV header check (`csv.rs`) agree on one list.

use crate::model::{ActorKind, Status, TieKind};

/// Several ids in one cell (a tie's targets, its people, a forum's members) are joined by this.
pub(crate) const LIST_SEPARATOR: char = '|';

/// The prefix of a column holding an actor's name in another language: `name_ja`, `name_ru`.
pub(crate) const NAME_IN: &str = "name_";

/// The language of a `name_<tag>` column (`name_ja` → `ja`), for a tag of two or three
/// letters, optionally with a region or script (`name_zh_hans`, `name_pt-br`).
pub(crate) fn name_lang(column: &str) -> Option<String> {
    let tag = canonical(column).strip_prefix(NAME_IN)?.to_owned();
    let mut parts = tag.split('_');
    let lang = parts.next()?;
    let ok = (2..=3).contains(&lang.len())
        && lang.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=4).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    ok.then(|| tag.replace('_', "-"))
}

/// A column's canonical name: lower case, spaces and hyphens as underscores.
fn canonical(name: &str) -> String {
    name.trim().to_lowercase().replace([' ', '-'], "_")
}

/// The field a node column stands for, or `None` for an attribute Bridges keeps as it is.
pub(crate) fn node_field(name: &str) -> Option<&'static str> {
    Some(match canonical(name).as_str() {
        "id" | "key" => "id",
        "label" | "name" => "name",
        "kind" | "type" | "category" => "kind",
        "lat" | "latitude" => "lat",
        "lon" | "lng" | "long" | "longitude" => "lon",
        "capital" => "capital",
        "role" | "title" | "position" => "role",
        "part_of" | "parent" | "member_of" => "part_of",
        "members" => "members",
        "summary" | "description" | "note" | "notes" => "summary",
        "inferred" => "inferred",
        "source_url" | "url" => "source_url",
        "source_file" => "source_file",
        "source_title" => "source_title",
        "source_publisher" => "source_publisher",
        "source_date" => "source_date",
        other => return numbered(other),
    })
}

/// The field an edge column stands for, or `None` for an attribute.
pub(crate) fn edge_field(name: &str) -> Option<&'static str> {
    Some(match canonical(name).as_str() {
        "id" | "key" => "id",
        "kind" | "type" | "interaction" | "category" => "kind",
        "source" | "from" => "source",
        "target" | "to" => "target",
        "via" | "forum" | "format" => "via",
        "date" | "start" | "start_date" => "date",
        "end" | "end_date" => "end",
        "date_inferred" => "date_inferred",
        "status" => "status",
        "place" | "location" | "city" => "place",
        "people" | "participants" => "people",
        "title" | "summary" | "label" | "description" => "summary",
        "source_url" | "url" => "source_url",
        "source_file" => "source_file",
        "source_title" => "source_title",
        "source_publisher" => "source_publisher",
        "source_date" => "source_date",
        other => return numbered(other),
    })
}

/// `quote`, `speaker`, `evidence`, `quote_2`, `speaker_2`, `evidence_2`, …: several quotes
/// and evidence passages on one row.
fn numbered(name: &str) -> Option<&'static str> {
    let base = match name.rsplit_once('_') {
        Some((base, n)) if n.parse::<u8>().is_ok() => base,
        _ => name,
    };
    match base {
        "quote" => Some("quote"),
        "speaker" => Some("speaker"),
        "evidence" => Some("evidence"),
        // The source of evidence passage N (N ≥ 2; the first is `source_url`, … itself).
        "source_url" if base != name => Some(EVIDENCE_SOURCE[0]),
        "source_title" if base != name => Some(EVIDENCE_SOURCE[1]),
        "source_file" if base != name => Some(EVIDENCE_SOURCE[2]),
        "source_publisher" if base != name => Some(EVIDENCE_SOURCE[3]),
        "source_date" if base != name => Some(EVIDENCE_SOURCE[4]),
        // The source of quote N, where it is not the row's.
        "quote_source_url" => Some(QUOTE_SOURCE[0]),
        "quote_source_title" => Some(QUOTE_SOURCE[1]),
        "quote_source_file" => Some(QUOTE_SOURCE[2]),
        "quote_source_publisher" => Some(QUOTE_SOURCE[3]),
        "quote_source_date" => Some(QUOTE_SOURCE[4]),
        _ => None,
    }
}

/// The columns naming the source of evidence passage N (`source_url_2`, …), in the order
/// url, title, file, publisher, date: a tie backed by several sources keeps each passage's own.
pub(crate) const EVIDENCE_SOURCE: [&str; 5] =
    ["source_url_n", "source_title_n", "source_file_n", "source_publisher_n", "source_date_n"];

/// The columns naming the source of quote N (`quote_source_url_2`, …) where it is not the
/// row's source.
pub(crate) const QUOTE_SOURCE: [&str; 5] =
    ["quote_source_url", "quote_source_title", "quote_source_file", "quote_source_publisher", "quote_source_date"];

/// The number of a numbered column (`quote_3` → 3; `quote` → 1).
pub(super) fn number_of(name: &str) -> u8 {
    canonical(name).rsplit_once('_').and_then(|(_, n)| n.parse().ok()).unwrap_or(1)
}

/// An actor kind, matched loosely.
pub(crate) fn actor_kind(value: &str) -> Option<ActorKind> {
    Some(match canonical(value).as_str() {
        "state" | "country" | "nation" | "states" | "countries" => ActorKind::State,
        "forum" | "format" | "dialogue" | "platform" | "summit_format" => ActorKind::Forum,
        "organisation" | "organization" | "org" | "institution" | "ministry" | "agency" | "company" => {
            ActorKind::Organisation
        }
        "person" | "people" | "individual" | "official" | "leader" => ActorKind::Person,
        "region" => ActorKind::Region,
        "context" => ActorKind::Context,
        _ => return None,
    })
}

/// A tie kind and the status it implies: `planned_visit` is a planned visit.
pub(crate) fn tie_kind(value: &str) -> (TieKind, Option<Status>) {
    let v = canonical(value);
    let (status, rest) = if let Some(rest) = v.strip_prefix("planned_") {
        (Some(Status::Planned), rest)
    } else if let Some(rest) = v.strip_prefix("cancelled_").or_else(|| v.strip_prefix("canceled_")) {
        (Some(Status::Cancelled), rest)
    } else {
        (None, v.as_str())
    };
    let kind = match rest {
        "" => TieKind::Other("tie".to_owned()),
        "visit" | "visits" | "state_visit" | "official_visit" => TieKind::Visit,
        "dialogue" | "dialog" | "meeting_of_a_dialogue" => TieKind::Dialogue,
        other => TieKind::from(other.to_owned()),
    };
    (kind, status)
}

pub(super) fn status(value: &str) -> Option<Status> {
    Some(match canonical(value).as_str() {
        "held" | "done" | "took_place" | "happened" => Status::Held,
        "planned" | "scheduled" | "upcoming" | "announced" => Status::Planned,
        "cancelled" | "canceled" | "called_off" => Status::Cancelled,
        _ => return None,
    })
}
