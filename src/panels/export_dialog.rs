//! The "Export view" window: options, the file to write, and the buttons that act.

use crate::command::Command;
use crate::export::{Format, Options, Size};
use crate::i18n::{tr, tr_args};
use eframe::egui::{self, Ui};

/// The dialog's own state while it is open.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Dialog {
    pub path: String,
    /// The width typed for "pixel width", kept as text while the user types.
    pub width_text: String,
    /// Export a story (its index) rather than the view: a PDF of its steps, an animation,
    /// or a picture per step.
    pub story: Option<usize>,
}

impl Dialog {
    pub(crate) fn new(path: String, options: &Options) -> Self {
        let width_text = match options.size {
            Size::Width(w) => w.to_string(),
            Size::Scale(_) => "3000".to_owned(),
        };
        Self { path, width_text, story: None }
    }
}

/// The first row: what to export, the view on screen or a story.
fn what_row(ui: &mut Ui, dialog: &mut Dialog, stories: &[&str]) {
    let what = ui.label(tr("export-dialog-export"));
    let story = |s: &str| tr_args("export-dialog-story", &[("name", s.into())]);
    let shown = dialog.story.and_then(|i| stories.get(i)).map_or(tr("export-dialog-the-view-on-screen"), |s| story(s));
    egui::ComboBox::from_id_salt("export-what")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut dialog.story, None, tr("export-dialog-the-view-on-screen"));
            for (i, s) in stories.iter().enumerate() {
                ui.selectable_value(&mut dialog.story, Some(i), story(s)).on_hover_text(tr("export-dialog-story-tip"));
            }
        })
        .response
        .labelled_by(what.id);
}

/// Show the dialog's contents. A changed option comes back as [`Command::SetExportOptions`],
/// a button as its command; the file path and the typed width are the dialog's own.
pub(crate) fn ui(
    ui: &mut Ui,
    dialog: &mut Dialog,
    current: &Options,
    view: egui::Vec2,
    stories: &[&str],
) -> Option<Command> {
    let mut cmd = None;
    let mut edited = *current;
    let options = &mut edited;
    egui::Grid::new("export-options").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
        what_row(ui, dialog, stories);
        ui.end_row();
        ui.label(tr("export-dialog-size"));
        ui.horizontal_wrapped(|ui| {
            for s in [1.0, 2.0, 4.0] {
                let on = options.size == Size::Scale(s);
                if ui
                    .selectable_label(on, format!("{s}×"))
                    .on_hover_text(crate::i18n::tr_args("export-dialog-times-the-map-s-size-on", &[("s", s.into())]))
                    .clicked()
                {
                    options.size = Size::Scale(s);
                }
            }
            let on = matches!(options.size, Size::Width(_));
            let width_choice = ui
                .selectable_label(on, tr("export-dialog-width"))
                .on_hover_text(tr("export-dialog-a-width-in-pixels-the-height"));
            if (width_choice.clicked() || on)
                && let Ok(w) = dialog.width_text.trim().parse::<u32>()
            {
                options.size = Size::Width(w);
            }
            let edit = ui
                .add(egui::TextEdit::singleline(&mut dialog.width_text).desired_width(60.0))
                .labelled_by(width_choice.id);
            if edit.changed()
                && let Ok(w) = dialog.width_text.trim().parse::<u32>()
            {
                options.size = Size::Width(w);
            }
            ui.label(tr("export-dialog-px"));
        });
        ui.end_row();
        ui.label("");
        match options.scale_for(view) {
            Ok(scale) => ui.weak(pixels(view * scale)),
            Err(e) => ui.colored_label(ui.visuals().error_fg_color, e.to_string()),
        };
        ui.end_row();
        ui.label(tr("export-dialog-background"));
        ui.checkbox(&mut options.transparent, tr("export-dialog-transparent"))
            .on_hover_text(tr("export-dialog-leave-out-the-base-map-sea"));
        ui.end_row();
        ui.label(tr("export-dialog-include"));
        ui.vertical(|ui| {
            ui.checkbox(&mut options.legend, tr("export-dialog-legend"));
            ui.checkbox(&mut options.title, tr("export-dialog-title"));
            ui.checkbox(&mut options.footer, tr("export-dialog-source-footer"))
                .on_hover_text(tr("export-dialog-source-footer-tip"));
        });
        ui.end_row();
        let file_label = ui.label(tr("export-dialog-file"));
        ui.horizontal(|ui| {
            let images = Format::ALL.map(|f| format!("map.{}", f.extension())).join(", ");
            let hint = tr_args("export-dialog-file-hint", &[("images", images.into())]);
            ui.add(egui::TextEdit::singleline(&mut dialog.path).desired_width(300.0).hint_text(hint))
                .labelled_by(file_label.id)
                .on_hover_text(crate::i18n::tr_args(
                    "export-dialog-the-format-follows-the-extension-or",
                    &[("extensions-text", (Format::extensions_text()).into())],
                ));
            if ui
                .button(tr("export-dialog-browse"))
                .on_hover_text(tr("export-dialog-choose-the-file-in-a-save"))
                .clicked()
            {
                cmd = Some(Command::BrowseExportPath);
            }
        });
        ui.end_row();
        animation_options(ui, dialog, options);
    });
    ui.separator();
    ui.horizontal(|ui| {
        let ready = options.scale_for(view).is_ok() && !dialog.path.trim().is_empty();
        if ui
            .add_enabled(ready, egui::Button::new(tr("export-dialog-export-2")))
            .on_hover_text(tr("export-dialog-write-the-image"))
            .clicked()
        {
            cmd = Some(Command::ExportTo(dialog.path.trim().into()));
        }
        if ui.button(tr("export-dialog-close")).clicked() {
            cmd = Some(Command::CloseExportDialog);
        }
    });
    if edited != *current {
        // An option changed this frame: no button was pressed in the same frame.
        return Some(Command::SetExportOptions(edited));
    }
    cmd
}

/// The animation's options, shown when the file is a .gif or .apng.
fn animation_options(ui: &mut Ui, dialog: &Dialog, options: &mut Options) {
    if crate::export::animate::Kind::of_window_path(std::path::Path::new(dialog.path.trim())).is_some() {
        let l = ui.label(tr("export-dialog-animation"));
        ui.vertical(|ui| {
            ui.horizontal(|ui| {
                ui.label(tr("export-dialog-one-frame-per"));
                for step in crate::export::animate::Step::ALL {
                    ui.selectable_value(&mut options.step, step, step.label());
                }
            })
            .response
            .labelled_by(l.id);
            ui.horizontal(|ui| {
                let fps = ui.label(tr("export-dialog-frames-a-second"));
                ui.add(egui::DragValue::new(&mut options.fps).range(0.1..=30.0).speed(0.1)).labelled_by(fps.id);
            });
            ui.checkbox(&mut options.cumulative, tr("export-dialog-cumulative"))
                .on_hover_text(tr("export-dialog-each-frame-keeps-the-ties-of"));
            ui.weak(tr("export-dialog-over-the-time-range-shown-or"));
        });
        ui.end_row();
    }
}

/// "1600 × 900 pixels": an image's size, in the interface's language.
fn pixels(size: egui::Vec2) -> String {
    let [width, height] = [size.x, size.y].map(|v| format!("{v:.0}"));
    tr_args("export-dialog-pixels", &[("width", width.into()), ("height", height.into())])
}
