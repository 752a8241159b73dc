//! The side panel's reading of structure: how far the focus reaches around the selected
//! actor, and, while two periods are compared, what changed.

use crate::analysis::{Change, Comparison};
use crate::command::Command;
use crate::i18n::tr;
use crate::model::Dataset;
use crate::view::Look;
use eframe::egui::{self, RichText, Ui};

/// "Focus: − 2 steps out +".
pub(super) fn focus_row(ui: &mut Ui, depth: u8) -> Option<Command> {
    let mut cmd = None;
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr("structure-focus")).weak());
        let narrower = Command::FocusNarrower;
        if ui.add_enabled(depth > 1, egui::Button::new("−")).on_hover_text(narrower.tooltip()).clicked() {
            cmd = Some(narrower);
        }
        ui.label(crate::i18n::tr_args("structure-steps-out", &[("depth", depth.into())]));
        let wider = Command::FocusWider;
        if ui.add_enabled(depth < Look::MAX_DEPTH, egui::Button::new("+")).on_hover_text(wider.tooltip()).clicked() {
            cmd = Some(wider);
        }
    });
    cmd
}

fn years(p: [f64; 2]) -> String {
    format!("{}–{}", p[0].floor(), (p[1] - 1e-9).floor())
}

/// The counts of pairs new, continued and lapsed.
pub(super) fn overview(ui: &mut Ui, c: &Comparison) {
    let [new, continued, lapsed] = c.counts();
    ui.add_space(6.0);
    ui.heading(RichText::new(tr("structure-compared")).strong());
    ui.label(crate::i18n::tr_args(
        "structure-a-against-b",
        &[("arg", (years(c.periods[0])).into()), ("arg2", (years(c.periods[1])).into())],
    ));
    ui.label(crate::i18n::tr_args(
        "structure-pairs-new-continued-lapsed",
        &[("new", new.into()), ("continued", continued.into()), ("lapsed", lapsed.into())],
    ));
}

/// What changed for the actor `id`: its partners, new, continued and lapsed; a click selects one.
pub(super) fn actor(ui: &mut Ui, ds: &Dataset, lang: &str, c: &Comparison, id: &str) -> Option<Command> {
    let mut cmd = None;
    let partners = c.partners_of(id);
    ui.add_space(8.0);
    ui.heading(
        RichText::new(crate::i18n::tr_args(
            "structure-from-a-to-b",
            &[("arg", (years(c.periods[0])).into()), ("arg2", (years(c.periods[1])).into())],
        ))
        .strong(),
    );
    if partners.is_empty() {
        ui.label(RichText::new(tr("structure-no-ties-in-either-period")).weak());
        return None;
    }
    for change in Change::ALL {
        let of: Vec<&str> = partners.iter().filter(|(k, _)| *k == change).map(|(_, p)| *p).collect();
        if of.is_empty() {
            continue;
        }
        ui.label(
            RichText::new(format!("{} ({})", change.name(), of.len()))
                .color(crate::style::change_color(change))
                .strong(),
        );
        ui.horizontal_wrapped(|ui| {
            for p in of {
                if ui.link(ds.name_in(p, lang)).on_hover_text(tr("structure-select-it")).clicked() {
                    cmd = Some(Command::Select(Some(crate::view::Selection::Actor(p.to_owned()))));
                }
            }
        });
    }
    cmd
}
