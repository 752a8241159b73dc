//! The Table tab: the actors and ties of the view (filters and time window), sortable by any
//! column, metrics included; a click selects on the map; Copy as CSV copies the rows shown.

use crate::analysis::Metrics;
use crate::command::Command;
use crate::filter::{Visible, VisibleKey};
use crate::i18n::tr;
use crate::model::Dataset;
use crate::view::Selection;
use eframe::egui::{self, Button, RichText, Ui};
use egui_extras::{Column, TableBuilder};
use std::cmp::Ordering;

/// Which table, and how it is sorted. Kept while the app runs.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct TableState {
    pub ties: bool,
    /// Column index and whether ascending.
    pub actors_sort: (usize, bool),
    pub ties_sort: (usize, bool),
    /// The rows as last made and sorted, and what they were made from: made again only when
    /// the view, its metrics, the table or its sorting change, not every frame.
    rows: Option<(RowsKey, Vec<Row>)>,
}

/// What a table's rows are made from: which table and sorting, the view and its metrics
/// (`None`: not measured yet), the language of names.
type RowsKey = (bool, (usize, bool), VisibleKey, Option<VisibleKey>, String);

impl TableState {
    /// Make and sort the rows again when what they are made from changed.
    fn refresh_rows(&mut self, ds: &Dataset, view: &Of<'_>, lang: &str) {
        let sorting = if self.ties { self.ties_sort } else { self.actors_sort };
        let key: RowsKey = (self.ties, sorting, view.visible_for.clone(), view.metrics_for.cloned(), lang.to_owned());
        if self.rows.as_ref().is_none_or(|(k, _)| *k != key) {
            let made = if self.ties {
                Some(tie_rows(ds, view.visible, lang))
            } else {
                view.metrics.filter(|_| key.3.is_some()).map(|m| actor_rows(ds, m, lang))
            };
            self.rows = made.map(|mut rows| {
                sort(&mut rows, sorting);
                (key, rows)
            });
        }
    }
}

impl Default for TableState {
    fn default() -> Self {
        // Actors by ties, most first; ties by date, oldest first.
        Self { ties: false, actors_sort: (2, false), ties_sort: (0, true), rows: None }
    }
}

pub(crate) const ACTOR_COLUMNS: [&str; 7] =
    ["Name", "Kind", "Ties", "Partners", "Betweenness", "Eigenvector", "Community"];
pub(crate) const TIE_COLUMNS: [&str; 6] = ["Date", "Kind", "From", "To", "Status", "Place"];

/// A column's heading in the interface's language (the constants name the copied CSV's columns).
fn heading(column: &str) -> String {
    match column {
        "Name" => tr("table-column-name"),
        "Kind" => tr("table-column-kind"),
        "Ties" => tr("table-column-ties"),
        "Partners" => tr("table-column-partners"),
        "Betweenness" => tr("table-column-betweenness"),
        "Eigenvector" => tr("table-column-eigenvector"),
        "Community" => tr("table-column-community"),
        "Date" => tr("table-column-date"),
        "From" => tr("table-column-from"),
        "To" => tr("table-column-to"),
        "Status" => tr("table-column-status"),
        "Place" => tr("table-column-place"),
        _ => column.to_owned(),
    }
}

/// A cell: text, or a number sorted as one.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cell {
    Text(String),
    Number(f64, String),
}

impl Cell {
    fn text(&self) -> &str {
        match self {
            Self::Text(t) | Self::Number(_, t) => t,
        }
    }

    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Self::Number(a, _), Self::Number(b, _)) => a.total_cmp(b),
            _ => self.text().to_lowercase().cmp(&other.text().to_lowercase()),
        }
    }
}

/// One row: what a click selects, and its cells.
pub(crate) type Row = (Selection, Vec<Cell>);

/// The actors of the view with their metrics (those measured; none while measuring).
pub(crate) fn actor_rows(ds: &Dataset, metrics: &Metrics, lang: &str) -> Vec<Row> {
    metrics
        .actors
        .iter()
        .map(|m| {
            let kind = ds.actor(&m.id).map_or_else(String::new, |a| crate::i18n::actor_kind(a.kind));
            let cells = vec![
                Cell::Text(ds.name_in(&m.id, lang).to_owned()),
                Cell::Text(kind),
                Cell::Number(m.ties as f64, m.ties.to_string()),
                Cell::Number(m.partners as f64, m.partners.to_string()),
                Cell::Number(m.betweenness, format!("{:.4}", m.betweenness)),
                Cell::Number(m.eigenvector, format!("{:.4}", m.eigenvector)),
                Cell::Number(m.community as f64, (m.community + 1).to_string()),
            ];
            (Selection::Actor(m.id.clone()), cells)
        })
        .collect()
}

/// The ties of the view.
pub(crate) fn tie_rows(ds: &Dataset, visible: &Visible, lang: &str) -> Vec<Row> {
    visible
        .ties
        .iter(ds)
        .map(|t| {
            let date = crate::filter::span_range(&t.date).map_or(f64::NEG_INFINITY, |r| r[0]);
            let to: Vec<&str> = t.to.iter().map(|id| ds.name_in(id, lang)).collect();
            let cells = vec![
                Cell::Number(date, t.date.display()),
                Cell::Text(crate::i18n::tie_kind(&t.kind)),
                Cell::Text(ds.name_in(&t.from, lang).to_owned()),
                Cell::Text(to.join(", ")),
                Cell::Text(crate::i18n::status(t.status)),
                Cell::Text(t.place.clone().unwrap_or_default()),
            ];
            (Selection::Tie(t.id.clone()), cells)
        })
        .collect()
}

/// Sort rows by a column, ties in the column kept in their order (stable).
pub(crate) fn sort(rows: &mut [Row], (column, ascending): (usize, bool)) {
    rows.sort_by(|a, b| {
        let o = match (a.1.get(column), b.1.get(column)) {
            (Some(x), Some(y)) => x.cmp(y),
            _ => Ordering::Equal,
        };
        if ascending { o } else { o.reverse() }
    });
}

/// The rows as CSV, with the header.
pub(crate) fn to_csv(columns: &[&str], rows: &[Row]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(columns);
    for (_, cells) in rows {
        let _ = w.write_record(cells.iter().map(Cell::text));
    }
    w.into_inner().ok().and_then(|b| String::from_utf8(b).ok()).unwrap_or_default()
}

/// The view a table shows: its ties and actors, and its metrics when measured, each with the
/// key it was made for.
pub(crate) struct Of<'a> {
    pub visible: &'a Visible,
    pub visible_for: &'a VisibleKey,
    pub metrics: Option<&'a Metrics>,
    pub metrics_for: Option<&'a VisibleKey>,
}

/// The tab. Sorting changes `state`; a click or Copy comes back as a command or is done here.
pub(crate) fn ui(
    ui: &mut Ui,
    ds: &Dataset,
    view: &Of<'_>,
    selection: Option<&Selection>,
    lang: &str,
    state: &mut TableState,
) -> Option<Command> {
    let mut cmd = None;
    state.refresh_rows(ds, view, lang);
    let columns: &[&str] = if state.ties { &TIE_COLUMNS } else { &ACTOR_COLUMNS };
    // Lent out for this frame (the sorting below may change `state`), put back at the end.
    let cached = state.rows.take();
    let rows = cached.as_ref().map(|(_, rows)| rows);
    ui.horizontal(|ui| {
        let tabs = [
            (false, tr("table-actors"), tr("table-the-actors-of-the-view-and")),
            (true, tr("table-ties"), tr("table-the-ties-of-the-view")),
        ];
        for (ties, text, tip) in tabs {
            if ui.add(Button::selectable(state.ties == ties, text)).on_hover_text(tip).clicked() {
                state.ties = ties;
            }
        }
        ui.separator();
        if let Some(rows) = rows {
            ui.label(crate::i18n::tr_args(
                "table-rows-following-the-filters-and-time",
                &[("rows", (rows.len()).into())],
            ));
            if ui.button(tr("table-copy-as-csv")).on_hover_text(tr("table-copy-these-rows-in-this-order")).clicked() {
                ui.ctx().copy_text(to_csv(columns, rows));
            }
        } else {
            ui.spinner();
            ui.label(tr("table-measuring-the-view"));
        }
    });
    let Some(rows) = rows else {
        state.rows = cached;
        return cmd;
    };
    let sort_state = if state.ties { &mut state.ties_sort } else { &mut state.actors_sort };
    // Wider than the middle of the window (a narrow window, a wide column): scroll sideways.
    egui::ScrollArea::horizontal().show(ui, |ui| {
        let mut table = TableBuilder::new(ui)
            .auto_shrink([false, false])
            .striped(true)
            .resizable(true)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
        for i in 0..columns.len() {
            table = table.column(if i == 0 {
                Column::initial(220.0).at_least(80.0).clip(true)
            } else {
                Column::auto().at_least(50.0)
            });
        }
        table
            .header(22.0, |mut header| {
                for (i, name) in columns.iter().map(|c| heading(c)).enumerate() {
                    header.col(|ui| {
                        let arrow = match *sort_state {
                            (c, true) if c == i => " ▲",
                            (c, false) if c == i => " ▼",
                            _ => "",
                        };
                        let tip = crate::i18n::tr_args(
                            "table-sort-by-click-again-to-reverse",
                            &[("to-lowercase", (name.to_lowercase()).into())],
                        );
                        if ui
                            .add(Button::new(RichText::new(format!("{name}{arrow}")).strong()).frame(false))
                            .on_hover_text(tip)
                            .clicked()
                        {
                            *sort_state =
                                if sort_state.0 == i { (i, !sort_state.1) } else { (i, starts_ascending(columns, i)) };
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(20.0, rows.len(), |mut row| {
                    let Some((sel, cells)) = rows.get(row.index()) else { return };
                    let selected = selection == Some(sel);
                    row.set_selected(selected);
                    for (i, cell) in cells.iter().enumerate() {
                        row.col(|ui| {
                            if i == 0 {
                                if ui
                                    .add(Button::selectable(selected, cell.text()))
                                    .on_hover_text(tr("table-select-it-on-the-map"))
                                    .clicked()
                                {
                                    cmd = Some(Command::Select(Some(sel.clone())));
                                }
                            } else {
                                ui.label(cell.text());
                            }
                        });
                    }
                });
            });
    });
    state.rows = cached;
    cmd
}

/// Text columns and dates sort A to Z (oldest) first; numbers largest first.
fn starts_ascending(columns: &[&str], i: usize) -> bool {
    matches!(columns.get(i), Some(&("Name" | "Kind" | "From" | "To" | "Status" | "Place" | "Date")))
}
