//! Which ties and actors the view shows: filters by kind and status, and the time range.

use crate::model::{Dataset, DateSpan, PartialDate, Tie};
use crate::view::{Filters, TimeFilter, TimeMode};
use std::collections::BTreeSet;
pub use ties::TieSet;
pub(crate) use ties::TimeIndex;

mod ties;

fn days_in_year(year: i32) -> f64 {
    if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 { 366.0 } else { 365.0 }
}

fn day_of_year(y: i32, m: u8, d: u8) -> f64 {
    const CUM: [u16; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let leap = days_in_year(y) > 365.0 && m > 2;
    f64::from(CUM[usize::from(m.clamp(1, 12)) - 1]) + f64::from(d) - 1.0 + if leap { 1.0 } else { 0.0 }
}

/// A calendar day as a fractional year: 2025-01-01 is 2025.0.
pub(crate) fn year_fraction(y: i32, m: u8, d: u8) -> f64 {
    f64::from(y) + day_of_year(y, m, d) / days_in_year(y)
}

/// The time a partial date covers, as fractional years [start, end).
pub(crate) fn date_range(d: PartialDate) -> [f64; 2] {
    let (y, m, dd) = d.first_day();
    let (ly, lm, ld) = d.last_day();
    [year_fraction(y, m, dd), year_fraction(ly, lm, ld) + 1.0 / days_in_year(ly)]
}

/// The time a span covers, or `None` when undated.
pub(crate) fn span_range(span: &DateSpan) -> Option<[f64; 2]> {
    match (span.start.as_ref(), span.end.as_ref()) {
        (Some(s), Some(e)) => Some([date_range(*s)[0], date_range(*e)[1]]),
        (Some(d), None) | (None, Some(d)) => Some(date_range(*d)),
        (None, None) => None,
    }
}

/// Fractional year → "2025-08" (or "2025-08-24" with `days`).
pub(crate) fn format_year(v: f64, days: bool) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let year = v.floor() as i32;
    let mut doy = ((v - f64::from(year)) * days_in_year(year) + 1e-6).floor() as i32;
    let mut month = 1u8;
    for m in 1..=12u8 {
        let len = i32::from(PartialDate { year, month: Some(m), day: None }.last_day().2);
        if doy < len {
            month = m;
            break;
        }
        doy -= len;
        month = m;
    }
    if days { format!("{year:04}-{month:02}-{:02}", doy + 1) } else { format!("{year:04}-{month:02}") }
}

/// Parse "2025", "2025-08" or "2025-08-24" to the fractional year of its first day.
pub(crate) fn parse_year(text: &str) -> Option<f64> {
    PartialDate::parse(text).ok().map(|d| date_range(d)[0])
}

/// Whether a dated tie falls in the period `[from, to)` (fractional years). Undated ties
/// belong to no period: a comparison cannot place them.
pub(crate) fn in_period(tie: &Tie, [from, to]: [f64; 2]) -> bool {
    span_range(&tie.date).is_some_and(|[start, end]| start < to && end > from)
}

/// Whether a tie passes the kind and status filters.
pub(crate) fn passes(tie: &Tie, filters: &Filters) -> bool {
    !filters.hidden_tie_kinds.contains(tie.kind.as_str())
        && !filters.hidden_statuses.contains(&tie.status)
        && (filters.hidden_sources.is_empty()
            || tie.evidence.iter().any(|e| !filters.hidden_sources.contains(&e.source)))
}

/// What a visible set is made from: the data's version, the filters and the time range.
#[derive(Clone, Debug, PartialEq)]
pub struct VisibleKey {
    pub data: crate::model::Version,
    pub filters: Filters,
    pub time: TimeFilter,
}

impl VisibleKey {
    pub fn new(ds: &Dataset, filters: &Filters, time: &TimeFilter) -> Self {
        Self { data: ds.version(), filters: filters.clone(), time: *time }
    }

    /// Whether this is the key of `ds` seen through these filters and time range (compared in
    /// place, without making a key: it is asked after every command).
    #[must_use]
    pub fn is_for(&self, ds: &Dataset, filters: &Filters, time: &TimeFilter) -> bool {
        self.data == ds.version() && self.filters == *filters && self.time == *time
    }

    /// The visible set this key asks for.
    pub fn compute(&self, ds: &Dataset) -> Visible {
        visible(ds, &self.filters, &self.time)
    }
}

/// What the view shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Visible {
    pub actors: BTreeSet<String>,
    /// By position in the dataset's list of ties (of the version the set was made for).
    pub ties: TieSet,
}

impl Visible {
    /// Everything in the dataset.
    pub fn all(ds: &Dataset) -> Self {
        Self { actors: ds.actors.iter().map(|a| a.id.clone()).collect(), ties: TieSet::all(ds) }
    }
}

/// Whether the time range (or the two compared periods) lets through a tie from `start` to
/// `end` (fractional years; an undated tie has an infinite start and is always let through,
/// except by a comparison).
fn lets_through(time: &TimeFilter, [start, end]: [f64; 2]) -> bool {
    if let Some([a, b]) = time.compare {
        let within = |[from, to]: [f64; 2]| start.is_finite() && start < to && end > from;
        return within(a) || within(b);
    }
    let Some([from, to]) = time.range else { return true };
    if !start.is_finite() {
        return true;
    }
    match time.mode {
        TimeMode::Window => start < to && end > from,
        TimeMode::Cumulative => start < to,
    }
}

/// Whether a tie of this date is in the time the view shows, as the map decides it.
pub(crate) fn in_time(time: &TimeFilter, date: &DateSpan) -> bool {
    lets_through(time, span_range(date).unwrap_or([f64::NEG_INFINITY, f64::INFINITY]))
}

/// Apply the filters and the time range. A tie is shown when it passes them and the actor it
/// comes from and at least one it goes to are shown. Only the ties the time range can let
/// through are read (found by date in the dataset's [`TimeIndex`]).
pub(crate) fn visible(ds: &Dataset, filters: &Filters, time: &TimeFilter) -> Visible {
    let actors: BTreeSet<String> =
        ds.actors.iter().filter(|a| !filters.hidden_actor_kinds.contains(&a.kind)).map(|a| a.id.clone()).collect();
    let index = TimeIndex::of(ds);
    let hidden = filters.hidden_actor_kinds.iter().fold(0u8, |m, k| m | ties::kind_bit(*k));
    let mut bits = vec![0u64; ds.ties.len().div_ceil(64)];
    // With no kind, status or source hidden, the ties themselves need not be read: the index
    // has their dates and ends (a window of an event list holds tens of thousands of ties).
    let none_hidden =
        filters.hidden_tie_kinds.is_empty() && filters.hidden_statuses.is_empty() && filters.hidden_sources.is_empty();
    // Whether the tie at `p`, of this time and these kinds at its ends, is shown.
    let keep = |p: usize, span: [f64; 2], from: u8, to: u8| {
        from != 0
            && from & hidden == 0
            && to & !hidden != 0
            && lets_through(time, span)
            && (none_hidden || ds.ties.get(p).is_some_and(|t| passes(t, filters)))
    };
    let consider = |i: u32, bits: &mut [u64]| {
        let p = i as usize;
        let Some(&span) = index.spans.get(p) else { return };
        if keep(p, span, index.from_kind[p], index.to_kinds[p]) {
            bits[p / 64] |= 1 << (p % 64);
        }
    };
    match (time.compare, time.range) {
        (None, Some([from, to])) => {
            let from = if time.mode == TimeMode::Window { from } else { f64::NEG_INFINITY };
            // The window's ties in start order, their times and ends' kinds read in order.
            for k in index.sorted_between(from, to) {
                let (p, span) = (index.by_start[k] as usize, [index.starts[k], index.sorted_ends[k]]);
                if keep(p, span, index.sorted_from[k], index.sorted_to[k]) {
                    bits[p / 64] |= 1 << (p % 64);
                }
            }
            index.undated.iter().for_each(|&i| consider(i, &mut bits));
        }
        _ => (0..ds.ties.len() as u32).for_each(|i| consider(i, &mut bits)),
    }
    Visible { actors, ties: TieSet::from_bits(bits) }
}

/// The time all dated ties cover, as fractional years.
pub(crate) fn extent(ds: &Dataset) -> Option<[f64; 2]> {
    // Read at every step of play: found once per version of the data.
    static LAST: crate::model::LastOf<Option<[f64; 2]>> = crate::model::LastOf::new();
    *LAST.get(ds, |ds| {
        ds.ties.iter().filter_map(|t| span_range(&t.date)).fold(None, |acc, [s, e]| match acc {
            None => Some([s, e]),
            Some([a, b]) => Some([a.min(s), b.max(e)]),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;

    fn builtin() -> Dataset {
        crate::load::article()
    }

    #[test]
    fn hiding_sources_keeps_only_ties_a_shown_source_backs() {
        use crate::model::{Evidence, Record, Source};
        let mut ds = builtin();
        let mut later = Source { id: "later".into(), title: "A later report".into(), ..Source::default() };
        later.publisher = "Somebody".into();
        ds.add(Record::Source(later)).expect("new source");
        // One tie backed by both sources, one by the later source only.
        let mut both = ds.tie("visit-iwaya-kazakhstan-2025-08").expect("in the built-in map").clone();
        both.evidence.push(Evidence::new("later", ""));
        let mut only_later = both.clone();
        only_later.id = "only-later".into();
        only_later.evidence.retain(|e| e.source == "later");
        ds.apply(crate::model::Edit::Replace { id: both.id.clone(), record: Record::Tie(both) }).expect("exists");
        ds.add(Record::Tie(only_later)).expect("new tie");
        let shown = |hidden: &[&str]| {
            let filters =
                Filters { hidden_sources: hidden.iter().map(|s| (*s).to_owned()).collect(), ..Filters::default() };
            let mut ids: Vec<String> =
                visible(&ds, &filters, &TimeFilter::default()).ties.ids(&ds).map(str::to_owned).collect();
            ids.sort();
            ids
        };
        assert_eq!(shown(&[]).len(), 5, "nothing hidden: every tie");
        assert_eq!(shown(&["later"]).len(), 4, "the article's four ties, the one it shares among them");
        assert_eq!(shown(&["tca-2025-08"]), ["only-later", "visit-iwaya-kazakhstan-2025-08"]);
        assert!(shown(&["tca-2025-08", "later"]).is_empty());
    }

    /// The index by date gives what reading every tie gives, for windows and cumulative
    /// ranges at random, with undated ties and hidden kinds.
    #[test]
    fn the_date_index_lets_through_exactly_the_ties_a_full_reading_does() {
        // The record's ties twenty times over, moved a year apart.
        let mut ds = builtin();
        let record = ds.ties.clone();
        for k in 1..20 {
            for t in &record {
                let mut t = t.clone();
                t.id = format!("{}-{k}", t.id);
                let shift = |d: Option<PartialDate>| d.map(|d| PartialDate { year: d.year + k - 10, ..d });
                (t.date.start, t.date.end) = (shift(t.date.start), shift(t.date.end));
                ds.ties.push(t);
            }
        }
        for t in ds.ties.iter_mut().step_by(97) {
            t.date = DateSpan::default();
        }
        for t in ds.ties.iter_mut().step_by(13) {
            t.date.end = t.date.start.map(|d| PartialDate { year: d.year + 2, ..d });
        }
        ds.index.touch(); // changed behind the edit API: a new version by hand
        let slow = |ds: &Dataset, filters: &Filters, time: &TimeFilter| -> Vec<usize> {
            let shown = |t: &Tie| {
                let Some([start, end]) = span_range(&t.date) else { return time.compare.is_none() };
                match (time.compare, time.range, time.mode) {
                    (Some([a, b]), _, _) => (start < a[1] && end > a[0]) || (start < b[1] && end > b[0]),
                    (None, None, _) => true,
                    (None, Some([from, to]), TimeMode::Window) => start < to && end > from,
                    (None, Some([_, to]), TimeMode::Cumulative) => start < to,
                }
            };
            (0..ds.ties.len()).filter(|&i| shown(&ds.ties[i]) && passes(&ds.ties[i], filters)).collect()
        };
        let mut f = Filters::default();
        f.hidden_tie_kinds.insert("summit".into());
        let (mut shown_some, mut hid_some) = (0, 0);
        for k in 0..60 {
            let from = 1994.0 + f64::from(k) * 0.7;
            let mode = if k % 3 == 0 { TimeMode::Cumulative } else { TimeMode::Window };
            let compare = (k % 7 == 0).then_some([[from, from + 2.0], [from + 5.0, from + 6.0]]);
            let time = TimeFilter { range: Some([from, from + 0.7 + f64::from(k % 4)]), mode, compare };
            for filters in [&Filters::default(), &f] {
                let v = visible(&ds, filters, &time);
                let fast: Vec<usize> = (0..ds.ties.len()).filter(|&i| v.ties.has(i)).collect();
                assert_eq!(fast, slow(&ds, filters, &time), "{time:?}");
                (shown_some, hid_some) =
                    (shown_some + usize::from(!fast.is_empty()), hid_some + usize::from(fast.len() < ds.ties.len()));
            }
        }
        assert!(
            shown_some > 100 && hid_some > 100,
            "windows that show some ties and hide others: {shown_some}, {hid_some}"
        );
    }

    #[test]
    fn fractional_years_round_trip_to_iso_dates() {
        assert_eq!(year_fraction(2025, 1, 1), 2025.0);
        assert_eq!(format_year(year_fraction(2025, 8, 24), true), "2025-08-24");
        assert_eq!(format_year(year_fraction(2024, 12, 31), true), "2024-12-31");
        assert_eq!(parse_year("2004"), Some(2004.0));
        let [s, e] = date_range(PartialDate::parse("2024-08").expect("date"));
        assert_eq!(format_year(s, true), "2024-08-01");
        assert!((e - year_fraction(2024, 9, 1)).abs() < 1e-9);
    }

    #[test]
    fn the_year_2025_hides_the_2004_dialogue_and_keeps_iwayas_visits() {
        let ds = builtin();
        let time = TimeFilter { range: Some([2025.0, 2026.0]), mode: TimeMode::Window, compare: None };
        let v = visible(&ds, &Filters::default(), &time);
        assert!(!v.ties.contains(&ds, "dialogue-ca-plus-japan-2004"));
        assert!(v.ties.contains(&ds, "visit-iwaya-kazakhstan-2025-08"));
        assert!(v.ties.contains(&ds, "visit-iwaya-uzbekistan-2025-08"));
        let cumulative = TimeFilter { range: Some([2025.0, 2026.0]), mode: TimeMode::Cumulative, compare: None };
        assert!(visible(&ds, &Filters::default(), &cumulative).ties.contains(&ds, "dialogue-ca-plus-japan-2004"));
    }

    #[test]
    fn kind_status_and_actor_filters_hide_ties() {
        let ds = builtin();
        let mut f = Filters::default();
        f.hidden_tie_kinds.insert("visit".into());
        let v = visible(&ds, &f, &TimeFilter::default());
        assert_eq!(v.ties.ids(&ds).collect::<Vec<_>>(), vec!["dialogue-ca-plus-japan-2004"]);
        let mut f = Filters::default();
        f.hidden_statuses.insert(Status::Cancelled);
        assert!(!visible(&ds, &f, &TimeFilter::default()).ties.contains(&ds, "visit-kishida-2024-08"));
        let mut f = Filters::default();
        f.hidden_actor_kinds.insert(crate::model::ActorKind::Region);
        let v = visible(&ds, &f, &TimeFilter::default());
        assert!(!v.actors.contains("central-asia") && !v.ties.contains(&ds, "visit-kishida-2024-08"));
    }
}
