//! The Charts tab: ties per year by kind (stacked bars) and partners per actor over time,
//! over the ties the filters and time window let through.

use crate::filter::Visible;
use crate::i18n::tr;
use crate::model::{Dataset, TieKind};
use crate::view::Selection;
use eframe::egui::{self, RichText, Ui};
use egui_plot::{Bar, BarChart, Legend, Line, Plot, PlotPoints};
use std::collections::{BTreeMap, BTreeSet};

/// What the charts draw, worked out once per view.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct ChartData {
    /// Per tie kind, ties per year (by the year a tie starts).
    pub per_year: BTreeMap<TieKind, BTreeMap<i32, usize>>,
    /// Per actor (the most tied first, at most `LINES`), distinct partners per year.
    pub partners: Vec<(String, BTreeMap<i32, usize>)>,
}

/// Actors drawn in the partners chart (the selected actor is added when it is not among them).
pub(crate) const LINES: usize = 8;

impl ChartData {
    pub(crate) fn new(ds: &Dataset, visible: &Visible, selected: Option<&str>) -> Self {
        let mut per_year: BTreeMap<TieKind, BTreeMap<i32, usize>> = BTreeMap::new();
        let mut partners: BTreeMap<&str, BTreeMap<i32, BTreeSet<&str>>> = BTreeMap::new();
        for t in visible.ties.iter(ds) {
            let Some(start) = t.date.start.as_ref().or(t.date.end.as_ref()) else { continue };
            let year = start.year;
            *per_year.entry(t.kind.clone()).or_default().entry(year).or_default() += 1;
            let parties: Vec<&str> = t.endpoints().chain(t.via.as_deref()).collect();
            for a in &parties {
                for b in &parties {
                    if a != b {
                        partners.entry(a).or_default().entry(year).or_default().insert(b);
                    }
                }
            }
        }
        // The actors with the most partners over the view, then by id.
        let mut total: Vec<(&str, usize)> =
            partners.iter().map(|(id, years)| (*id, years.values().flatten().collect::<BTreeSet<_>>().len())).collect();
        total.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        let mut chosen: Vec<&str> = total.iter().take(LINES).map(|(id, _)| *id).collect();
        if let Some(id) = selected.filter(|id| partners.contains_key(id) && !chosen.contains(id)) {
            chosen.push(id);
        }
        let partners = chosen
            .into_iter()
            .map(|id| {
                let years =
                    partners.get(id).map(|y| y.iter().map(|(y, s)| (*y, s.len())).collect()).unwrap_or_default();
                (id.to_owned(), years)
            })
            .collect();
        Self { per_year, partners }
    }

    /// Every year from the first to the last with a tie in the view.
    pub(crate) fn years(&self) -> std::ops::RangeInclusive<i32> {
        let all = self.per_year.values().flat_map(BTreeMap::keys);
        let first = all.clone().min().copied().unwrap_or(0);
        let last = all.max().copied().unwrap_or(-1);
        first..=last
    }
}

/// The tab.
pub(crate) fn ui(ui: &mut Ui, ds: &Dataset, data: &ChartData, selection: Option<&Selection>, lang: &str) {
    let half = (ui.available_height() - 60.0).max(200.0) / 2.0;
    ui.heading(RichText::new(tr("charts-ties-per-year-by-kind")).strong());
    if data.per_year.is_empty() {
        ui.label(tr("charts-no-dated-ties-in-the-view"));
    }
    // egui_plot stacks bars by their index in each chart, so every chart has a bar (maybe of
    // zero) for every year of the view, in the same order.
    let years = data.years();
    let mut charts: Vec<BarChart> = Vec::new();
    for (kind, counts) in &data.per_year {
        let info = crate::style::kind_info(kind);
        let bars: Vec<Bar> = years
            .clone()
            .map(|y| {
                let n = counts.get(&y).copied().unwrap_or(0);
                Bar::new(f64::from(y), n as f64)
                    .width(0.8)
                    .name(crate::i18n::tr_args(
                        "charts-bar",
                        &[("kind", info.label.to_string().into()), ("n", n.into()), ("year", y.to_string().into())],
                    ))
                    .fill(info.color.gamma_multiply(0.8))
                    .stroke(egui::Stroke::new(0.5, info.color))
            })
            .collect();
        let mut chart = BarChart::new(info.label.to_string(), bars).color(info.color);
        let below: Vec<&BarChart> = charts.iter().collect();
        chart = chart.stack_on(&below);
        charts.push(chart);
    }
    // Head room above the highest bar for the legend.
    let highest = years.clone().map(|y| data.per_year.values().filter_map(|c| c.get(&y)).sum::<usize>()).max();
    Plot::new("ties-per-year")
        .height(half)
        .legend(Legend::default())
        .allow_scroll(false)
        .y_axis_label("ties")
        .include_y(0.0)
        .include_y(highest.unwrap_or(0) as f64 * 1.5)
        .show(ui, |plot| {
            for c in charts {
                plot.bar_chart(c);
            }
        });
    ui.add_space(8.0);
    ui.heading(RichText::new(tr("charts-partners-per-actor-by-year")).strong());
    let selected = match selection {
        Some(Selection::Actor(id)) => Some(id.as_str()),
        _ => None,
    };
    Plot::new("partners-over-time")
        .height(half)
        .legend(Legend::default())
        .allow_scroll(false)
        .y_axis_label(tr("charts-partners-that-year"))
        .include_y(0.0)
        .include_y(data.partners.iter().flat_map(|(_, c)| c.values()).max().copied().unwrap_or(0) as f64 * 1.6)
        .show(ui, |plot| {
            for (i, (id, counts)) in data.partners.iter().enumerate() {
                // A year without ties is a year of no partners, not a gap the line jumps.
                let points: PlotPoints<'_> =
                    years.clone().map(|y| [f64::from(y), counts.get(&y).copied().unwrap_or(0) as f64]).collect();
                let color = crate::style::community_color(i);
                let width = if selected == Some(id.as_str()) { 4.0 } else { 1.8 };
                plot.line(Line::new(ds.name_in(id, lang).to_owned(), points).color(color).width(width));
            }
        });
    ui.label(RichText::new(tr("charts-hover-a-bar-or-line-for")).weak());
}
