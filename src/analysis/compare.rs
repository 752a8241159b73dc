//! Two periods compared: each pair of actors the view joins (as drawn: a forum and each
//! party, any other tie's `from` and each `to`) is new (ties in period B only), continued
//! (in both) or lapsed (in A only).

use crate::filter::{Visible, in_period};
use crate::model::Dataset;
use std::collections::{BTreeMap, BTreeSet};

/// How a pair's ties moved from period A to period B.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    New,
    Continued,
    Lapsed,
}

impl Change {
    pub const ALL: [Self; 3] = [Self::New, Self::Continued, Self::Lapsed];

    /// "new", as SVG's `data-change` and the CLI write it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::New => "new",
            Self::Continued => "continued",
            Self::Lapsed => "lapsed",
        }
    }

    /// The interface's name for it, in the current language.
    #[must_use]
    pub fn name(self) -> String {
        match self {
            Self::New => crate::i18n::tr("change-new"),
            Self::Continued => crate::i18n::tr("change-continued"),
            Self::Lapsed => crate::i18n::tr("change-lapsed"),
        }
    }

    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::New => "New in B",
            Self::Continued => "Continued",
            Self::Lapsed => "Lapsed after A",
        }
    }
}

/// Every pair of the view with how it changed; pairs are (a, b) with a < b.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    pub periods: [[f64; 2]; 2],
    pub pairs: BTreeMap<(String, String), Change>,
}

impl Comparison {
    /// Pairs new, continued and lapsed.
    #[must_use]
    pub fn counts(&self) -> [usize; 3] {
        let mut out = [0; 3];
        for c in self.pairs.values() {
            out[*c as usize] += 1;
        }
        out
    }

    /// How the pair `a`–`b` changed, if the view joins them.
    #[must_use]
    pub fn of_pair(&self, a: &str, b: &str) -> Option<Change> {
        let key = if a <= b { (a.to_owned(), b.to_owned()) } else { (b.to_owned(), a.to_owned()) };
        self.pairs.get(&key).copied()
    }

    /// The partners of `id`, each with how its pair changed, sorted by change then id.
    #[must_use]
    pub fn partners_of(&self, id: &str) -> Vec<(Change, &str)> {
        let mut out: Vec<(Change, &str)> = self
            .pairs
            .iter()
            .filter_map(|((a, b), c)| {
                if a == id {
                    Some((*c, b.as_str()))
                } else if b == id {
                    Some((*c, a.as_str()))
                } else {
                    None
                }
            })
            .collect();
        out.sort_unstable();
        out
    }
}

/// The comparison of periods A and B over the ties `visible` shows (which, while comparing,
/// are those of either period that pass the filters).
#[must_use]
pub fn compare(ds: &Dataset, visible: &Visible, periods: [[f64; 2]; 2]) -> Comparison {
    let drawn: BTreeSet<&str> =
        ds.drawn().iter().map(|a| a.id.as_str()).filter(|id| visible.actors.contains(*id)).collect();
    let mut seen: BTreeMap<(String, String), (bool, bool)> = BTreeMap::new();
    for t in visible.ties.iter(ds) {
        let (in_a, in_b) = (in_period(t, periods[0]), in_period(t, periods[1]));
        if !in_a && !in_b {
            continue;
        }
        let pairs: Vec<(&str, &str)> = match t.via.as_deref() {
            Some(forum) => t.endpoints().map(|p| (forum, p)).collect(),
            None => t.to.iter().map(|to| (t.from.as_str(), to.as_str())).collect(),
        };
        for (a, b) in pairs {
            if a == b || !drawn.contains(a) || !drawn.contains(b) {
                continue;
            }
            let key = if a <= b { (a.to_owned(), b.to_owned()) } else { (b.to_owned(), a.to_owned()) };
            let flags = seen.entry(key).or_insert((false, false));
            flags.0 |= in_a;
            flags.1 |= in_b;
        }
    }
    let pairs = seen
        .into_iter()
        .map(|(k, (a, b))| {
            let change = match (a, b) {
                (true, true) => Change::Continued,
                (false, true) => Change::New,
                _ => Change::Lapsed,
            };
            (k, change)
        })
        .collect();
    Comparison { periods, pairs }
}

/// Parse "2004..2014,2015..2025" (years, months or days) into periods A and B: each from the
/// first day of its start to the last day of its end.
pub fn parse_periods(text: &str) -> Result<[[f64; 2]; 2], String> {
    use crate::messages::tr_args;
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    let [a, b] = parts.as_slice() else {
        return Err(tr_args("compare-not-two-periods", &[("text", text.into())]));
    };
    let one = |p: &str| -> Result<[f64; 2], String> {
        let (from, to) = p.split_once("..").ok_or_else(|| tr_args("compare-no-dots", &[("period", p.into())]))?;
        let date = |d: &str| {
            crate::model::PartialDate::parse(d.trim()).map_err(|e| {
                tr_args(
                    "compare-bad-date",
                    &[("date", d.trim().into()), ("period", p.into()), ("error", e.to_string().into())],
                )
            })
        };
        let (start, end) = (crate::filter::date_range(date(from)?)[0], crate::filter::date_range(date(to)?)[1]);
        if end <= start {
            return Err(tr_args("compare-ends-before-start", &[("period", p.into())]));
        }
        Ok([start, end])
    };
    Ok([one(a)?, one(b)?])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, ActorKind, DateSpan, PartialDate, Status, Tie, TieKind};

    fn tie(id: &str, from: &str, to: &str, year: i32) -> Tie {
        Tie {
            id: id.into(),
            kind: TieKind::Visit,
            from: from.into(),
            to: vec![to.into()],
            via: None,
            date: DateSpan { start: Some(PartialDate { year, month: None, day: None }), end: None, inferred: None },
            status: Status::Held,
            place: None,
            people: Vec::new(),
            summary: String::new(),
            evidence: Vec::new(),
            attributes: crate::model::Attributes::new(),
        }
    }

    #[test]
    fn pairs_are_new_continued_or_lapsed_by_hand() {
        let mut ds = Dataset::empty("periods");
        for id in ["a", "b", "c", "d"] {
            ds.actors.push(Actor::new(id, id, ActorKind::State));
        }
        // a–b in both periods, a–c in A only, b–d in B only (d → b: direction does not
        // matter), c–d before both periods.
        ds.ties = vec![
            tie("1", "a", "b", 2005),
            tie("2", "b", "a", 2020),
            tie("3", "a", "c", 2010),
            tie("4", "d", "b", 2016),
            tie("5", "c", "d", 1999),
        ];
        let periods = parse_periods("2004..2014,2015..2025").expect("periods");
        let time = crate::view::TimeFilter { compare: Some(periods), ..Default::default() };
        let visible = crate::filter::visible(&ds, &crate::view::Filters::default(), &time);
        assert!(!visible.ties.contains(&ds, "5"), "a tie in neither period is not shown");
        let c = compare(&ds, &visible, periods);
        assert_eq!(c.of_pair("b", "a"), Some(Change::Continued));
        assert_eq!(c.of_pair("a", "c"), Some(Change::Lapsed));
        assert_eq!(c.of_pair("d", "b"), Some(Change::New));
        assert_eq!(c.of_pair("c", "d"), None);
        assert_eq!(c.counts(), [1, 1, 1]);
        assert_eq!(c.partners_of("a"), vec![(Change::Continued, "b"), (Change::Lapsed, "c")]);
    }

    #[test]
    fn periods_parse_with_located_errors() {
        let p = parse_periods("2004..2014,2015-03..2025").expect("periods");
        assert_eq!(p[0][0], 2004.0);
        assert_eq!(p[0][1], 2015.0, "to the end of 2014");
        assert!(p[1][0] > 2015.1 && p[1][0] < 2015.2, "March 2015: {}", p[1][0]);
        for bad in ["2004..2014", "2004-2014,2015..2025", "2014..2004,2015..2025", "20x4..2014,2015..2025"] {
            let e = parse_periods(bad).expect_err(bad);
            assert!(e.contains("2004..2014,2015..2025"), "says how to write it: {e}");
        }
    }
}
