//! The timeline of a large dataset: one histogram per kind of tie, a bar per month (or year,
//! over a long span) whose height follows how many ties fall in it, all the data's faded
//! behind the ties shown. Hovering a bar gives its counts. Drawn as one mesh, however many
//! ties there are.

use crate::filter::{Visible, date_range};
use crate::i18n::tr_args;
use crate::model::{Dataset, PartialDate, Status, Tie, TieKind};
use crate::style;
use eframe::egui::{self, Color32, Mesh, Rect};
use std::collections::BTreeMap;

/// The width of a bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Month,
    Year,
}

/// Spans longer than this many years are binned by year.
const MONTHS_UP_TO_YEARS: i64 = 60;

/// A bar's height at most, in rows (rows are one apart).
const BAR: f64 = 0.8;

/// Counts per kind and bar: all the data's (made once per version) and those shown.
#[derive(Clone, Debug)]
pub(super) struct Density {
    unit: Unit,
    /// The index (months or years since year 0) of the first bar.
    first: i64,
    /// One row per kind, in the timeline's order of kinds.
    rows: Vec<Row>,
}

#[derive(Clone, Debug)]
struct Row {
    kind: TieKind,
    all: Vec<u32>,
    /// Ties shown per bar, by status (held, planned, cancelled).
    shown: Vec<[u32; 3]>,
    /// The largest bar of all the data, which the row's heights are scaled to.
    max: u32,
}

impl Unit {
    fn index(self, t: &Tie) -> Option<i64> {
        let d = t.date.start.or(t.date.end)?;
        let year = i64::from(d.year);
        Some(match (self, d.month) {
            (Self::Year, _) => year,
            (Self::Month, Some(m)) => year * 12 + i64::from(m) - 1,
            // Year-only dates spread over their months, so that a year's ties do not pile up.
            (Self::Month, None) => year * 12 + super::spread(&t.id, 12) as i64,
        })
    }

    /// The time a bar covers, as fractional years.
    fn range(self, index: i64) -> [f64; 2] {
        match self {
            Self::Year => [index as f64, index as f64 + 1.0],
            Self::Month => date_range(PartialDate {
                year: index.div_euclid(12) as i32,
                month: Some(index.rem_euclid(12) as u8 + 1),
                day: None,
            }),
        }
    }

    fn name(self, index: i64) -> String {
        match self {
            Self::Year => index.to_string(),
            Self::Month => PartialDate {
                year: index.div_euclid(12) as i32,
                month: Some(index.rem_euclid(12) as u8 + 1),
                day: None,
            }
            .to_string(),
        }
    }
}

fn status_slot(s: Status) -> usize {
    match s {
        Status::Held => 0,
        Status::Planned => 1,
        Status::Cancelled => 2,
    }
}

/// All the data's counts, made once per version of the data.
#[derive(Debug)]
pub(super) struct AllCounts {
    unit: Unit,
    first: i64,
    rows: Vec<(TieKind, Vec<u32>)>,
    /// Each tie's row, status and bar, packed (`cell`), by position (`NO_CELL`: none): the
    /// shown ones are counted from these, without reading the ties.
    cells: Vec<u32>,
}

/// A tie without a bar (undated, or of a kind without a row).
const NO_CELL: u32 = u32::MAX;

/// Row (6 bits), status (2 bits) and bar (24 bits: 1.4 million months) in one number.
fn cell(row: usize, status: Status, bar: usize) -> Option<u32> {
    (row < 63 && bar < 1 << 24).then(|| (row as u32) << 26 | (status_slot(status) as u32) << 24 | bar as u32)
}

impl AllCounts {
    pub(super) fn new(ds: &Dataset, kinds: &[TieKind]) -> Self {
        let years = ds.ties.iter().filter_map(|t| t.date.start.or(t.date.end).map(|d| i64::from(d.year)));
        let (lo, hi) = years.fold((i64::MAX, i64::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
        let (lo, hi) = if lo > hi { (2000, 2000) } else { (lo, hi) };
        let unit = if hi - lo > MONTHS_UP_TO_YEARS { Unit::Year } else { Unit::Month };
        let (first, len) = match unit {
            Unit::Year => (lo, (hi - lo + 1) as usize),
            Unit::Month => (lo * 12, ((hi - lo + 1) * 12) as usize),
        };
        let row_of: BTreeMap<&TieKind, usize> = kinds.iter().enumerate().map(|(i, k)| (k, i)).collect();
        let mut rows: Vec<(TieKind, Vec<u32>)> = kinds.iter().map(|k| (k.clone(), vec![0; len])).collect();
        let mut cells = vec![NO_CELL; ds.ties.len()];
        for (t, slot) in ds.ties.iter().zip(&mut cells) {
            let (Some(i), Some(&r)) = (unit.index(t), row_of.get(&t.kind)) else { continue };
            let Some(bar) = usize::try_from(i - first).ok() else { continue };
            if let Some(c) = rows[r].1.get_mut(bar) {
                *c += 1;
                *slot = cell(r, t.status, bar).unwrap_or(NO_CELL);
            }
        }
        Self { unit, first, rows, cells }
    }
}

impl Density {
    /// The counts of the ties `visible` shows, beside all the data's.
    pub(super) fn new(all: &AllCounts, visible: &Visible) -> Self {
        let mut rows: Vec<Row> = all
            .rows
            .iter()
            .map(|(kind, counts)| Row {
                kind: kind.clone(),
                all: counts.clone(),
                shown: vec![[0; 3]; counts.len()],
                max: counts.iter().copied().max().unwrap_or(0),
            })
            .collect();
        for &p in visible.ties.positions() {
            let Some(&c) = all.cells.get(p as usize).filter(|&&c| c != NO_CELL) else { continue };
            let (r, status, bar) = ((c >> 26) as usize, ((c >> 24) & 3) as usize, (c & 0xff_ffff) as usize);
            if let Some(slot) = rows.get_mut(r).and_then(|row| row.shown.get_mut(bar)) {
                slot[status] += 1;
            }
        }
        Self { unit: all.unit, first: all.first, rows }
    }

    /// The bars as one mesh: all the data's faded, those shown over them; `to_screen` maps a
    /// plot point (fractional year, row) to the screen.
    pub(super) fn mesh(&self, clip: Rect, to_screen: impl Fn(f64, f64) -> egui::Pos2) -> Mesh {
        let mut mesh = Mesh::default();
        for (r, row) in self.rows.iter().enumerate() {
            if row.max == 0 {
                continue;
            }
            let color = style::tie_color(&row.kind);
            let base = r as f64 - BAR / 2.0;
            let height = |c: u32| BAR * (f64::from(c) / f64::from(row.max)).sqrt();
            for (i, (&all, shown)) in row.all.iter().zip(&row.shown).enumerate() {
                if all == 0 {
                    continue;
                }
                let [x0, x1] = self.unit.range(self.first + i as i64);
                let (left, right) = (to_screen(x0, base).x, to_screen(x1, base).x);
                if right < clip.left() || left > clip.right() {
                    continue;
                }
                // At least a pixel wide, so that a month stays visible zoomed out.
                let right = right.max(left + 1.0);
                let bar = |c: u32, color: Color32, mesh: &mut Mesh| {
                    let top = to_screen(x0, base + height(c)).y;
                    let bottom = to_screen(x0, base).y;
                    let rect = Rect::from_min_max(egui::pos2(left, top), egui::pos2(right, bottom)).intersect(clip);
                    if rect.is_positive() {
                        mesh.add_colored_rect(rect, color);
                    }
                };
                bar(all, color.gamma_multiply(0.3), &mut mesh);
                let shown: u32 = shown.iter().sum();
                if shown > 0 {
                    bar(shown, color, &mut mesh);
                }
            }
        }
        mesh
    }

    /// What a pointer at (x, y) in plot units is over: the bar's counts, if it has any.
    pub(super) fn describe(&self, x: f64, y: f64) -> Option<String> {
        let r = y.round();
        if r < 0.0 || (y - r).abs() > BAR / 2.0 + 0.05 {
            return None;
        }
        let row = self.rows.get(r as usize)?;
        let year = x.floor() as i64;
        let index = match self.unit {
            Unit::Year => year,
            // The month the point falls in: its year's months, the one whose range holds x.
            Unit::Month => (year * 12..year * 12 + 12).find(|&m| {
                let [a, b] = self.unit.range(m);
                (a..b).contains(&x)
            })?,
        };
        let i = usize::try_from(index - self.first).ok()?;
        let all = *row.all.get(i)?;
        if all == 0 {
            return None;
        }
        let [held, planned, cancelled] = row.shown.get(i).copied().unwrap_or_default();
        let shown = held + planned + cancelled;
        let mut parts = Vec::new();
        for (n, status) in [(held, Status::Held), (planned, Status::Planned), (cancelled, Status::Cancelled)] {
            if n > 0 {
                let args = [("n", thousands(n).into())];
                parts.push(match status {
                    Status::Held => tr_args("density-held", &args),
                    Status::Planned => tr_args("density-planned", &args),
                    Status::Cancelled => tr_args("density-cancelled", &args),
                });
            }
        }
        let detail = if parts.len() > 1 { format!(" ({})", parts.join(", ")) } else { String::new() };
        Some(tr_args(
            "density-bar",
            &[
                ("kind", crate::i18n::tie_kind(&row.kind).into()),
                ("period", self.unit.name(index).into()),
                ("shown", thousands(shown).into()),
                ("all", thousands(all).into()),
                ("detail", detail.into()),
            ],
        ))
    }

    /// How many ties of `kind` the bar at `index` holds: all the data's and those shown.
    #[cfg(test)]
    fn counts(&self, kind: &TieKind, index: i64) -> Option<(u32, u32)> {
        let row = self.rows.iter().find(|r| &r.kind == kind)?;
        let i = usize::try_from(index - self.first).ok()?;
        Some((*row.all.get(i)?, row.shown.get(i)?.iter().sum()))
    }
}

/// 12345 → "12,345".
fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::VisibleKey;
    use crate::model::{DateSpan, Tie};
    use crate::view::{Filters, TimeFilter, TimeMode};

    fn tie(id: &str, kind: TieKind, date: &str, status: Status) -> Tie {
        Tie {
            id: id.into(),
            kind,
            from: "a".into(),
            to: vec!["b".into()],
            via: None,
            date: DateSpan { start: PartialDate::parse(date).ok(), end: None, inferred: None },
            status,
            place: None,
            people: Vec::new(),
            summary: String::new(),
            evidence: Vec::new(),
            attributes: crate::model::Attributes::new(),
        }
    }

    fn dataset() -> Dataset {
        let mut ds = Dataset::empty("density");
        for id in ["a", "b"] {
            ds.actors.push(crate::model::Actor::new(id, id, crate::model::ActorKind::State));
        }
        ds.ties = vec![
            tie("t1", TieKind::Visit, "2005-03-02", Status::Held),
            tie("t2", TieKind::Visit, "2005-03-30", Status::Planned),
            tie("t3", TieKind::Visit, "2006-01", Status::Held),
            tie("t4", TieKind::Dialogue, "2005-03-15", Status::Held),
            tie("t5", TieKind::Visit, "2007", Status::Held),
        ];
        ds
    }

    #[test]
    fn bars_count_the_ties_of_each_month_and_kind() {
        let ds = dataset();
        let kinds = vec![TieKind::Dialogue, TieKind::Visit];
        let all = AllCounts::new(&ds, &kinds);
        assert_eq!(all.unit, Unit::Month);
        let time = TimeFilter { range: Some([2005.0, 2006.0]), mode: TimeMode::Window, compare: None };
        let visible = VisibleKey::new(&ds, &Filters::default(), &time).compute(&ds);
        let d = Density::new(&all, &visible);
        let march = 2005 * 12 + 2;
        assert_eq!(d.counts(&TieKind::Visit, march), Some((2, 2)));
        assert_eq!(d.counts(&TieKind::Dialogue, march), Some((1, 1)));
        assert_eq!(d.counts(&TieKind::Visit, 2006 * 12), Some((1, 0)));
        // A year-only date lands in one month of its year, the same every time.
        let in_2007: u32 = (0..12).filter_map(|m| d.counts(&TieKind::Visit, 2007 * 12 + m)).map(|c| c.0).sum();
        assert_eq!(in_2007, 1);
        // Hovering the bar of March 2005 in the visits' row names its counts by status.
        let x = f64::midpoint(Unit::Month.range(march)[0], Unit::Month.range(march)[1]);
        assert_eq!(d.describe(x, 1.1).as_deref(), Some("Visit, 2005-03: 2 shown of 2 (1 held, 1 planned)"));
        assert_eq!(d.describe(x, 0.0).as_deref(), Some("Dialogue, 2005-03: 1 shown of 1"));
        // Between rows, and over an empty month, nothing.
        assert_eq!(d.describe(x, 0.5), None);
        assert_eq!(d.describe(2005.9, 1.0), None);
    }

    #[test]
    fn the_mesh_has_a_bar_for_each_month_with_ties_and_one_over_it_for_those_shown() {
        let ds = dataset();
        let kinds = vec![TieKind::Dialogue, TieKind::Visit];
        let all = AllCounts::new(&ds, &kinds);
        let time = TimeFilter { range: Some([2005.0, 2006.0]), mode: TimeMode::Window, compare: None };
        let visible = VisibleKey::new(&ds, &Filters::default(), &time).compute(&ds);
        let d = Density::new(&all, &visible);
        let clip = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1000.0, 100.0));
        let mesh = d.mesh(clip, |x, y| egui::pos2(((x - 2004.0) * 250.0) as f32, (50.0 - y * 40.0) as f32));
        // Months with ties: visits in 2005-03, 2006-01 and one month of 2007, dialogues in
        // 2005-03 (all inside the clip): four faded bars, and over them the two shown in 2005.
        assert_eq!(mesh.vertices.len(), 4 * (4 + 2));
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn long_spans_are_binned_by_year() {
        let mut ds = dataset();
        ds.ties.push(tie("old", TieKind::Visit, "1900", Status::Held));
        let all = AllCounts::new(&ds, &[TieKind::Dialogue, TieKind::Visit]);
        assert_eq!(all.unit, Unit::Year);
        assert_eq!(all.first, 1900);
    }
}
