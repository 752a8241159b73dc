//! The "Save as" window: the format and where to write it.

use crate::command::Command;
use crate::formats::Format;
use crate::i18n::tr;
use eframe::egui::{self, Ui};

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Dialog {
    pub path: String,
    pub format: Format,
}

/// Show the window's contents; acting comes back as a command.
pub(crate) fn ui(ui: &mut Ui, dialog: &mut Dialog) -> Option<Command> {
    let mut cmd = None;
    egui::Grid::new("save-options").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
        ui.label(tr("save-dialog-format"));
        ui.vertical(|ui| {
            for format in Format::ALL {
                if ui.radio(dialog.format == format, format.label()).clicked() && dialog.format != format {
                    dialog.format = format;
                    let path = format.with_extension(std::path::Path::new(dialog.path.trim()));
                    dialog.path = path.display().to_string();
                }
            }
        });
        ui.end_row();
        ui.label("");
        ui.weak(match dialog.format {
            Format::Json => tr("save-dialog-json-keeps-everything"),
            Format::CsvPair => tr("save-dialog-csv-pair"),
            Format::Gexf | Format::GraphMl => tr("save-dialog-graph"),
        });
        ui.end_row();
        let what = if dialog.format == Format::CsvPair { tr("save-dialog-folder") } else { tr("save-dialog-file") };
        let file_label = ui.label(what);
        ui.horizontal(|ui| {
            ui.add(egui::TextEdit::singleline(&mut dialog.path).desired_width(320.0))
                .labelled_by(file_label.id)
                .on_hover_text(tr("save-dialog-an-existing-file-is-replaced-only"));
            if ui.button(tr("save-dialog-browse")).on_hover_text(Command::BrowseSavePath.tooltip()).clicked() {
                cmd = Some(Command::BrowseSavePath);
            }
        });
        ui.end_row();
    });
    ui.separator();
    ui.horizontal(|ui| {
        let ready = !dialog.path.trim().is_empty();
        if ui
            .add_enabled(ready, egui::Button::new(tr("save-dialog-save")))
            .on_hover_text(Command::SaveTo(std::path::PathBuf::new(), dialog.format).tooltip())
            .clicked()
        {
            cmd = Some(Command::SaveTo(dialog.path.trim().into(), dialog.format));
        }
        if ui.button(tr("save-dialog-close")).clicked() {
            cmd = Some(Command::CloseSaveDialog);
        }
    });
    cmd
}
