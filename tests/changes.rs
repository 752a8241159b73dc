//! Changes made in place go through commands and one refresh: an edit of the dataset redraws
//! exactly what depends on it, a drag of the map comes back as a camera command, and a
//! failed edit leaves everything as it was.

mod common;

use bridges::model::{Edit, Record, RecordKind};
use bridges::{Command, Selection, StatusLine};
use common::{click_node, harness, is_node};
use eframe::egui;
use egui_kittest::kittest::Queryable;

#[test]
fn renaming_an_actor_in_place_redraws_its_node_once_and_keeps_the_view() {
    let mut h = harness();
    click_node(&mut h, "Kazakhstan");
    let camera = h.state().persisted().view.camera;
    let prepared = h.state().scene_preparations();
    let mut kz = h.state().loaded().dataset.actor("kazakhstan").expect("in the built-in map").clone();
    kz.name = "Qazaqstan".to_owned();
    let ctx = h.ctx.clone();
    h.state_mut()
        .run(&ctx, Command::Edit(Box::new(Edit::Replace { id: "kazakhstan".into(), record: Record::Actor(kz) })));
    h.run();
    assert!(is_node(&h, "Qazaqstan") && !is_node(&h, "Kazakhstan"), "the node carries the new name");
    assert!(h.query_all_by_label_contains("Qazaqstan").count() >= 2, "so does the side panel");
    assert_eq!(h.state().selection(), Some(&Selection::Actor("kazakhstan".into())), "the selection stays");
    assert_eq!(h.state().persisted().view.camera, camera, "and so does the camera");
    assert_eq!(h.state().scene_preparations(), prepared + 1, "the scene is prepared again once");
    h.run();
    assert_eq!(h.state().scene_preparations(), prepared + 1, "and not again while nothing changes");
}

#[test]
fn removing_the_selected_actor_with_its_ties_clears_the_selection_and_the_map() {
    let mut h = harness();
    click_node(&mut h, "Kazakhstan");
    let ds = &h.state().loaded().dataset;
    let ties: Vec<String> =
        ds.ties.iter().filter(|t| t.endpoints().any(|e| e == "kazakhstan")).map(|t| t.id.clone()).collect();
    assert!(!ties.is_empty(), "Kazakhstan has ties in the built-in map");
    let (actors, tie_count) = (ds.actors.len(), ds.ties.len());
    let mut edits: Vec<Edit> = ties.iter().map(|id| Edit::Remove { kind: RecordKind::Tie, id: id.clone() }).collect();
    edits.push(Edit::Remove { kind: RecordKind::Actor, id: "kazakhstan".into() });
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::Edit(Box::new(Edit::Batch(edits))));
    h.run();
    assert_eq!(h.state().selection(), None, "what was selected is gone");
    assert!(!is_node(&h, "Kazakhstan") && is_node(&h, "Uzbekistan"));
    let ds = &h.state().loaded().dataset;
    assert_eq!((ds.actors.len(), ds.ties.len()), (actors - 1, tie_count - ties.len()));
    let visible = h.state().visible_ties();
    assert!(ties.iter().all(|t| !visible.contains(&t.as_str())), "the removed ties are not drawn: {visible:?}");
}

#[test]
fn an_edit_that_cannot_apply_changes_nothing_and_says_why() {
    let mut h = harness();
    let before = h.state().loaded().dataset.clone();
    let prepared = h.state().scene_preparations();
    let japan = before.actor("japan").expect("in the built-in map").clone();
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::Edit(Box::new(Edit::Insert { at: 0, record: Record::Actor(japan) })));
    h.run();
    assert!(
        matches!(h.state().status(), Some(StatusLine::Failed(m)) if m.contains("another actor already has the id \"japan\"")),
        "{:?}",
        h.state().status()
    );
    assert_eq!(h.state().loaded().dataset, before);
    assert_eq!(h.state().loaded().dataset.version(), before.version(), "the same contents, the same version");
    assert_eq!(h.state().scene_preparations(), prepared, "so nothing is prepared again");
}

#[test]
fn dragging_the_map_pans_it_through_the_camera_it_returns() {
    let mut h = harness();
    let before = h.state().persisted().view.camera.expect("the first frame fits the map");
    let map = h.get_by_role_and_label(egui::accesskit::Role::Group, "Map").rect();
    // An empty stretch of sea at the map's lower left, away from nodes and panels.
    let from = map.left_bottom() + egui::vec2(40.0, -40.0);
    h.event(egui::Event::PointerMoved(from));
    h.event(egui::Event::PointerButton {
        pos: from,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
    for step in 1..=5 {
        h.event(egui::Event::PointerMoved(from + egui::vec2(20.0 * step as f32, 0.0)));
        h.run();
    }
    h.event(egui::Event::PointerButton {
        pos: from + egui::vec2(100.0, 0.0),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
    let after = h.state().persisted().view.camera.expect("camera");
    assert_eq!(after.zoom, before.zoom, "a drag pans, it does not zoom");
    let moved = (before.center[0] - after.center[0]) * after.zoom;
    assert!((moved - 100.0).abs() < 25.0, "the map followed the pointer about 100 px: {moved}");
    assert_eq!(h.state().selection(), None, "a drag is not a click");
}

#[test]
fn export_options_chosen_in_the_dialog_are_kept_and_used() {
    let mut h = harness();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    h.get_by_label("4×").click();
    h.run();
    h.get_by_label("Transparent").click();
    h.run();
    let options = h.state().persisted().export;
    assert_eq!(options.size, bridges::ExportSize::Scale(4.0));
    assert!(options.transparent);
    // The dialog shows the size the option gives for the map on screen.
    let map = h.get_by_role_and_label(egui::accesskit::Role::Group, "Map").rect();
    let pixels = format!("{:.0} × {:.0} pixels", map.width() * 4.0, map.height() * 4.0);
    assert!(common::shows(&h, &pixels), "{pixels}");
}

#[test]
fn play_speed_and_loop_are_kept_and_play_moves_the_time_range_on() {
    let mut h = harness();
    h.get_by_label("Loop").click();
    h.run();
    assert!(h.state().persisted().player.looping);
    assert!(h.state().persisted().view.time.range.is_none(), "all time at first");
    h.get_by_label("Play").click();
    h.run_steps(5);
    let first = h.state().persisted().view.time.range.expect("play sets a range");
    h.run_steps(5);
    let later = h.state().persisted().view.time.range.expect("range");
    assert!(later[1] > first[1], "the range moves on from frame to frame: {first:?} → {later:?}");
    assert!(h.state().persisted().player.playing);
    h.get_by_label("Pause").click();
    h.run();
    assert!(!h.state().persisted().player.playing);
}

/// Delete asks first and names what goes with it; Undo brings all of it back, named in the
/// Edit menu; Redo deletes again; Ctrl+Y redoes too.
#[test]
fn deleting_kazakhstan_then_undo_and_redo_from_keys_and_menu() {
    let mut h = harness();
    let original = h.state().loaded().dataset.clone();
    click_node(&mut h, "Kazakhstan");
    h.key_press(egui::Key::Delete);
    h.run();
    assert!(common::shows(&h, "Delete Kazakhstan?"), "a question first");
    assert!(common::shows(&h, "Visit: Japan → Kazakhstan"), "it lists the tie that goes with it");
    h.get_by_label("Delete").click();
    h.run();
    assert!(h.state().loaded().dataset.actor("kazakhstan").is_none());
    assert!(h.state().loaded().dataset.tie("visit-iwaya-kazakhstan-2025-08").is_none());
    assert!(!is_node(&h, "Kazakhstan"));
    assert_eq!(h.state().selection(), None);
    h.get_by_label("Edit").click();
    h.run();
    assert!(common::shows(&h, "Undo delete Kazakhstan"), "the menu names the step");
    h.get_by_label_contains("Undo delete Kazakhstan").click();
    h.run();
    assert_eq!(h.state().loaded().dataset, original, "undo restores the actor and its ties");
    assert_eq!(h.state().selection(), Some(&Selection::Actor("kazakhstan".into())), "and the selection");
    assert!(is_node(&h, "Kazakhstan"));
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::Z);
    h.run();
    assert!(h.state().loaded().dataset.actor("kazakhstan").is_none(), "Ctrl+Shift+Z redoes");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().loaded().dataset, original, "Ctrl+Z undoes");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run();
    assert!(h.state().loaded().dataset.actor("kazakhstan").is_none(), "Ctrl+Y redoes");
}

#[test]
fn cancel_keeps_everything_and_history_goes_back_to_the_map_as_opened() {
    let mut h = harness();
    let original = h.state().loaded().dataset.clone();
    click_node(&mut h, "Uzbekistan");
    h.key_press(egui::Key::Delete);
    h.run();
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(h.state().loaded().dataset, original, "Cancel deletes nothing");
    let ctx = h.ctx.clone();
    for (id, name) in [("japan", "Nippon"), ("kazakhstan", "Qazaqstan")] {
        let mut a = h.state().loaded().dataset.actor(id).expect("in the map").clone();
        a.name = name.to_owned();
        h.state_mut().run(&ctx, Command::Edit(Box::new(Edit::Replace { id: id.into(), record: Record::Actor(a) })));
    }
    h.run();
    assert!(is_node(&h, "Nippon") && is_node(&h, "Qazaqstan"));
    h.state_mut().run(&ctx, Command::UndoTo(0));
    h.run();
    assert_eq!(h.state().loaded().dataset, original, "back to the map as opened");
    h.state_mut().run(&ctx, Command::Redo);
    h.run();
    assert!(is_node(&h, "Nippon") && !is_node(&h, "Qazaqstan"), "redo goes forward one step");
}

#[test]
fn ctrl_s_writes_the_changes_to_the_file_the_map_came_from() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("map.json");
    std::fs::copy(common::data("tests/data/article.json"), &file).expect("copy");
    let mut h = harness();
    common::drop_file(&mut h, file.clone());
    let ctx = h.ctx.clone();
    let mut a = h.state().loaded().dataset.actor("japan").expect("in the map").clone();
    a.name = "Nippon".to_owned();
    h.state_mut().run(&ctx, Command::Edit(Box::new(Edit::Replace { id: "japan".into(), record: Record::Actor(a) })));
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(
        matches!(h.state().status(), Some(StatusLine::Done(m)) if m.starts_with("Saved")),
        "{:?}",
        h.state().status()
    );
    let back = bridges::load_path(&file).expect("the saved file opens");
    assert_eq!(back.dataset.actor("japan").map(|a| a.name.as_str()), Some("Nippon"));
    assert_eq!(back.dataset, h.state().loaded().dataset, "what is saved is what is shown");
}

/// Opening another map with unsaved changes asks first: Cancel keeps the map and its
/// changes, Discard opens the other map, Save writes the changes to their file and goes on.
#[test]
fn unsaved_changes_are_asked_about_before_another_map_replaces_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("mine.json");
    std::fs::copy(common::data("tests/data/article.json"), &file).expect("copy");
    let mut h = harness();
    common::drop_file(&mut h, file.clone());
    let ctx = h.ctx.clone();
    let rename = |h: &mut egui_kittest::Harness<'_, bridges::App>, name: &str| {
        let mut a = h.state().loaded().dataset.actor("japan").expect("in the map").clone();
        a.name = name.to_owned();
        h.state_mut()
            .run(&ctx, Command::Edit(Box::new(Edit::Replace { id: "japan".into(), record: Record::Actor(a) })));
        h.run();
    };
    rename(&mut h, "Nippon");
    let other = common::data("tests/data/csv-pair");
    common::drop_file(&mut h, other.clone());
    assert!(common::shows(&h, "Save the changes to"), "a question first");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(is_node(&h, "Nippon"), "Cancel keeps the map and its change");
    common::drop_file(&mut h, other.clone());
    h.get_by_label("Save").click();
    common::settle(&mut h);
    let saved = bridges::load_path(&file).expect("saved file opens");
    assert_eq!(saved.dataset.actor("japan").map(|a| a.name.as_str()), Some("Nippon"), "Save wrote the change");
    assert_eq!(h.state().loaded().dataset.actors.len(), 44, "then the other map opened");
    common::drop_file(&mut h, file.clone());
    rename(&mut h, "Nihon");
    common::drop_file(&mut h, other);
    h.get_by_label("Discard").click();
    common::settle(&mut h);
    assert_eq!(h.state().loaded().dataset.actors.len(), 44, "Discard opens the other map");
    let kept = bridges::load_path(&file).expect("file opens");
    assert_eq!(
        kept.dataset.actor("japan").map(|a| a.name.as_str()),
        Some("Nippon"),
        "the discarded change was not written"
    );
}

/// Unsaved changes are copied aside at once (then every half minute); a run that ends
/// without saving them (here: the app is dropped, as in a crash) leaves the copy, and the next
/// start offers to restore it. Saving removes the copy.
#[test]
fn a_crash_with_unsaved_changes_is_recovered_at_the_next_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let recovery = dir.path().join("recovery.json");
    let file = dir.path().join("mine.json");
    std::fs::copy(common::data("tests/data/article.json"), &file).expect("copy");
    let start = |recovery: std::path::PathBuf, file: &std::path::Path| {
        let loaded = bridges::load_path(file).expect("opens");
        let mut h = egui_kittest::Harness::builder()
            .with_size(common::WINDOW)
            .build_eframe(move |_| bridges::App::with_dataset(loaded).with_recovery_file(recovery));
        h.run();
        h
    };
    let mut h = start(recovery.clone(), &file);
    assert!(!recovery.exists(), "no copy while nothing is unsaved");
    let ctx = h.ctx.clone();
    let mut a = h.state().loaded().dataset.actor("japan").expect("in the map").clone();
    a.name = "Nippon".to_owned();
    h.state_mut().run(&ctx, Command::Edit(Box::new(Edit::Replace { id: "japan".into(), record: Record::Actor(a) })));
    h.run();
    assert!(recovery.exists(), "the copy is written at the first unsaved change");
    let edited = h.state().loaded().dataset.clone();
    drop(h); // The crash: nothing saved, nothing cleaned up.

    let mut h = start(recovery.clone(), &file);
    assert!(common::shows(&h, "Bridges ended with unsaved changes to"), "the next start asks");
    assert!(is_node(&h, "Japan"), "the map as saved is shown meanwhile");
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().loaded().dataset, edited, "the changes are back");
    assert!(is_node(&h, "Nippon"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    let saved = bridges::load_path(&file).expect("opens");
    assert_eq!(saved.dataset, edited, "Save writes them to the map's file");
    assert!(!recovery.exists(), "and the copy is removed once nothing is unsaved");
}

/// Edit ▸ Edit map shows the forms: add Mongolia (placed at Ulaanbaatar) and a tie from
/// Japan to it, each one undo step; undo both and the map is the one opened.
#[test]
fn edit_mode_adds_an_actor_at_its_capital_and_a_tie_each_undoable() {
    let mut h = harness();
    let original = h.state().loaded().dataset.clone();
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label("Edit map").click();
    h.run();
    assert!(h.state().persisted().edit_mode, "edit mode is on (and remembered)");
    h.get_by_label("Name").focus();
    h.run();
    h.get_by_label("Name").type_text("Mongolia");
    h.run();
    assert!(common::shows(&h, "Placed at its capital, Ulaanbaatar."));
    h.get_by_label("Add actor").click();
    h.run();
    let mongolia = h.state().loaded().dataset.actor("mongolia").expect("added").clone();
    assert_eq!(mongolia.capital.as_ref().map(|c| c.name.as_str()), Some("Ulaanbaatar"));
    assert!(is_node(&h, "Mongolia"), "drawn on the map");
    for (label, choice) in [("From", "Japan"), ("To", "Mongolia")] {
        h.get_by_role_and_label(egui::Role::ComboBox, label).scroll_to_me();
        h.run();
        h.get_by_role_and_label(egui::Role::ComboBox, label).click();
        h.run();
        // The choice in the list that opened beside the side panel (the map's node of that
        // name, further left, is another widget).
        let option = h
            .get_all_by_role_and_label(egui::Role::Button, choice)
            .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()));
        option.expect("the choice").click();
        h.run();
    }
    h.get_by_label("Date").scroll_to_me();
    h.run();
    h.get_by_label("Date").focus();
    h.run();
    h.get_by_label("Date").type_text("2025-13");
    h.run();
    assert!(common::shows(&h, "month"), "a bad date is said beside its field");
    h.key_press(egui::Key::Backspace);
    h.key_press(egui::Key::Backspace);
    h.run();
    h.get_by_label("Date").type_text("09");
    h.run();
    h.get_by_label("Add tie").scroll_to_me();
    h.run();
    h.get_by_label("Add tie").click();
    h.run();
    let ds = &h.state().loaded().dataset;
    let tie = ds.ties.iter().find(|t| t.to == ["mongolia"]).expect("the tie was added");
    assert_eq!((tie.from.as_str(), tie.date.start.map(|d| d.to_string())), ("japan", Some("2025-09".to_owned())));
    assert!(tie.evidence.is_empty(), "unsourced while the user works");
    assert!(common::shows(&h, "1 unsourced"), "and counted in the status line");
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::Undo);
    h.state_mut().run(&ctx, Command::Undo);
    h.run();
    assert_eq!(h.state().loaded().dataset, original, "two undo steps: the map as opened");
    h.state_mut().run(&ctx, Command::Redo);
    h.state_mut().run(&ctx, Command::Redo);
    h.run();
    assert!(h.state().loaded().dataset.ties.iter().any(|t| t.to == ["mongolia"]), "and redo brings both back");
}

/// A map of one's own from an article: paste the article as a source, add a tie, select a
/// passage of the source and cite it, quote it, save: `bridges check` passes on the file,
/// every passage found verbatim in the text kept with the map.
#[test]
fn a_passage_selected_in_a_pasted_source_is_cited_verbatim_and_checks() {
    const ARTICLE: &str =
        "Japan and Kazakhstan agreed on new flights. \u{201c}We are partners,\u{201d} the minister said.";
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness();
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::ToggleEditMode);
    h.run();
    h.get_by_label("New source").click();
    h.run();
    for (label, text) in [
        ("Title", "New flights"),
        ("Publisher", "A newspaper"),
        ("Published", "2025-08-02"),
        ("URL", "https://example.org/flights"),
        ("Text (paste it)", ARTICLE),
    ] {
        h.get_by_label(label).focus();
        h.run();
        h.get_by_label(label).type_text(text);
        h.run();
    }
    // The forms scroll within the panel: bring the button into view, as a user scrolls.
    h.get_by_label("Add source").scroll_to_me();
    h.run();
    h.get_by_label("Add source").click();
    h.run();
    let source = h.state().loaded().dataset.sources.last().expect("added").clone();
    assert_eq!(source.text.as_deref(), Some(ARTICLE), "the text is kept exactly as pasted");
    // A tie to cite it for: Japan to Kazakhstan, selected.
    let tie = bridges::model::Tie {
        id: "flights".into(),
        kind: bridges::model::TieKind::Agreement,
        from: "japan".into(),
        to: vec!["kazakhstan".into()],
        via: None,
        date: bridges::model::DateSpan::default(),
        status: bridges::model::Status::Held,
        place: None,
        people: Vec::new(),
        summary: "New flights".into(),
        evidence: Vec::new(),
        attributes: bridges::model::Attributes::new(),
    };
    h.state_mut().run(&ctx, Command::Edit(Box::new(Edit::Insert { at: 4, record: Record::Tie(tie) })));
    h.state_mut().run(&ctx, Command::Select(Some(Selection::Tie("flights".into()))));
    h.run();
    h.get_by_label("Evidence and quotes").scroll_to_me();
    h.run();
    h.get_by_label("Evidence and quotes").click();
    h.run();
    // The source just added is the one being read; select all of its text.
    h.get_by_label("Source text").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    assert!(common::shows(&h, "Selected: "), "the selection is seen");
    h.get_by_label("Cite as evidence").scroll_to_me();
    h.run();
    h.get_by_label("Cite as evidence").click();
    h.run();
    let cited = h.state().loaded().dataset.tie("flights").expect("tie").evidence.clone();
    assert_eq!(cited.len(), 1);
    assert_eq!((cited[0].source.as_str(), cited[0].text.as_str()), (source.id.as_str(), ARTICLE));
    let path = dir.path().join("mine.json");
    h.state_mut().run(&ctx, Command::SaveTo(path.clone(), bridges::FileFormat::Json));
    h.run();
    let check = common::bridges(&["check", path.to_str().expect("utf-8")]);
    assert_eq!(check.status.code(), Some(0), "{}", String::from_utf8_lossy(&check.stderr));
    let summary = String::from_utf8_lossy(&check.stdout);
    assert!(summary.contains("found verbatim"), "{summary}");
}
