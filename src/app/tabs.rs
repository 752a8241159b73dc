//! The tabs of the middle of the window: the map, the table of the view, its charts.

use super::{App, map_input};
use crate::command::Command;
use crate::panels;
use crate::view::Tab;
use eframe::egui::{self, Ui};

impl App {
    /// The middle of the window: the map, the table or the charts.
    pub(super) fn middle(&mut self, ui: &mut Ui) -> Vec<Command> {
        let (dataset, d, view) = (&self.loaded.dataset, &self.derived, &self.state.view);
        match self.state.tab {
            Tab::Map => {
                let input = map_input(dataset, d, &self.state, self.placing.is_some());
                let map = egui::CentralPanel::default()
                    .frame(egui::Frame::NONE)
                    .show(ui, |ui| self.map.show(ui, self.state.view.camera, &input));
                return map.inner;
            }
            Tab::Table => {
                let (table, lang) = (&mut self.table, view.labels.tag());
                let shown = egui::CentralPanel::default().show(ui, |ui| {
                    let of = panels::table::Of {
                        visible: &d.visible,
                        visible_for: &d.visible_for,
                        metrics: d.metrics.as_ref(),
                        metrics_for: d.metrics_for.as_ref(),
                    };
                    panels::table::ui(ui, dataset, &of, view.selection.as_ref(), lang, table)
                });
                return shown.inner.into_iter().collect();
            }
            Tab::Charts => {
                let selected = match &view.selection {
                    Some(crate::view::Selection::Actor(id)) => Some(id.clone()),
                    _ => None,
                };
                let fresh = self.charts.as_ref().is_some_and(|(k, s, _)| *k == d.visible_for && *s == selected);
                if !fresh {
                    let data = panels::charts::ChartData::new(dataset, &d.visible, selected.as_deref());
                    self.charts = Some((d.visible_for.clone(), selected, data));
                }
                if let Some((_, _, data)) = &self.charts {
                    let lang = view.labels.tag();
                    egui::CentralPanel::default().show(ui, |ui| {
                        panels::charts::ui(ui, dataset, data, view.selection.as_ref(), lang);
                    });
                }
            }
        }
        Vec::new()
    }
}
