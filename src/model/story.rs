//! Saved views and stories, kept in the dataset's JSON (`views`, `stories`).
//!
//! A saved view is what the map showed: layout, filters, time range, selection and the
//! region in view as bounds (west, south, east, north: degrees in the geographic layout, the
//! layout's own units in the others), so it fits a window of any size. A story is an ordered
//! list of steps, each a view with a caption and the quotes it cites.

use super::{ActorKind, Status};
use serde::{Deserialize, Serialize};

/// A view of the map, saved under a name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedView {
    #[serde(default)]
    pub name: String,
    /// `geo`, `force` or `circular`.
    #[serde(default = "geo")]
    pub layout: String,
    /// The language of actors' names: `en`, `ja`, `ru`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub labels: String,
    #[serde(default, skip_serializing_if = "Hidden::is_empty")]
    pub hidden: Hidden,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<TimeSpan>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selection: Option<Selected>,
    /// West, south, east, north.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bounds: Option<[f64; 4]>,
}

fn geo() -> String {
    "geo".to_owned()
}

/// What the filters hide.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Hidden {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tie_kinds: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub statuses: Vec<Status>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actor_kinds: Vec<ActorKind>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

impl Hidden {
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.tie_kinds.is_empty() && self.statuses.is_empty() && self.actor_kinds.is_empty() && self.sources.is_empty()
    }
}

/// A time range as the timeline writes it (`2004-01-01`), and whether it is cumulative.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeSpan {
    pub from: String,
    pub to: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cumulative: bool,
}

/// What was selected.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Selected {
    Actor(String),
    Tie(String),
    Pair([String; 2]),
}

/// A story: steps shown one after another.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub name: String,
    #[serde(default)]
    pub steps: Vec<StoryStep>,
}

/// One step of a story: the view, a short caption (`**bold**`, `*italics*`,
/// `[text](https://…)`), and the ids of the quotes it cites.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryStep {
    pub view: SavedView,
    #[serde(default)]
    pub caption: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<String>,
}

/// A run of a caption's text: plain, bold, italic, or a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    Text(String),
    Bold(String),
    Italic(String),
    Link { text: String, url: String },
}

/// A caption read as spans: `**bold**`, `*italics*` and `[text](url)`; anything else (an
/// unclosed mark) is text as written.
#[must_use]
pub fn caption_spans(caption: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = caption;
    let flush = |text: &mut String, out: &mut Vec<Span>| {
        if !text.is_empty() {
            out.push(Span::Text(std::mem::take(text)));
        }
    };
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("**")
            && let Some(end) = after.find("**")
            && end > 0
        {
            flush(&mut text, &mut out);
            out.push(Span::Bold(after[..end].to_owned()));
            rest = &after[end + 2..];
            continue;
        }
        if let Some(after) = rest.strip_prefix('*')
            && let Some(end) = after.find('*')
            && end > 0
        {
            flush(&mut text, &mut out);
            out.push(Span::Italic(after[..end].to_owned()));
            rest = &after[end + 1..];
            continue;
        }
        if let Some(after) = rest.strip_prefix('[')
            && let Some(close) = after.find("](")
            && let Some(end) = after[close + 2..].find(')')
        {
            flush(&mut text, &mut out);
            let url = &after[close + 2..close + 2 + end];
            out.push(Span::Link { text: after[..close].to_owned(), url: url.to_owned() });
            rest = &after[close + 2 + end + 1..];
            continue;
        }
        text.push(c);
        rest = &rest[c.len_utf8()..];
    }
    flush(&mut text, &mut out);
    out
}

/// The caption as plain text (marks taken off, links as their text).
#[must_use]
pub fn caption_text(caption: &str) -> String {
    caption_spans(caption)
        .into_iter()
        .map(|s| match s {
            Span::Text(t) | Span::Bold(t) | Span::Italic(t) | Span::Link { text: t, .. } => t,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_read_bold_italics_and_links_and_leave_the_rest_as_written() {
        assert_eq!(
            caption_spans("In **2004** Japan *launched* it: [MOFA](https://www.mofa.go.jp/). 2 * 3"),
            vec![
                Span::Text("In ".into()),
                Span::Bold("2004".into()),
                Span::Text(" Japan ".into()),
                Span::Italic("launched".into()),
                Span::Text(" it: ".into()),
                Span::Link { text: "MOFA".into(), url: "https://www.mofa.go.jp/".into() },
                Span::Text(". 2 * 3".into()),
            ]
        );
        assert_eq!(caption_text("**a** [b](c)"), "a b");
        assert_eq!(caption_spans("**"), vec![Span::Text("**".into())]);
    }
}
