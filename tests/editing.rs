//! Building a map of one's own in the window, as a user does: File ▸ New, a source read
//! from an HTML file, actors added by form and by a click on the map, ties added by form and
//! by dragging from one node to another, passages selected in the source and cited, a quote,
//! then every step undone and redone, saved, reopened and checked. Also: moving nodes,
//! changing a tie's fields with problems shown beside them, deleting a source with what goes
//! with it, and a save that would write a broken file refused.

mod common;

use bridges::model::{Edit, Record, RecordKind};
use bridges::{Command, LayoutKind, Selection};
use common::{harness, shows};
use eframe::egui::{self, Modifiers, Pos2, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

type H = Harness<'static, bridges::App>;

const PAGE: &str = "<html><head><title>Minister visits Astana</title></head><body>\
<h1>Minister visits Astana</h1>\
<p>The Foreign Minister of Japan visited Kazakhstan on 24 August 2025.</p>\
<p>The two countries signed a roadmap on critical minerals.</p>\
<p>The President of Kazakhstan will visit Tokyo in December.</p>\
<p>\u{201c}Our partnership is built on trust,\u{201d} the minister said.</p>\
</body></html>";

fn type_into(h: &mut H, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn click(h: &mut H, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

/// Choose `choice` in the combo box labelled `label` (the option in the list that opens,
/// not the map's node of the same name, which lies further left).
fn choose(h: &mut H, label: &str, choice: &str) {
    h.get_by_role_and_label(Role::ComboBox, label).scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::ComboBox, label).click();
    h.run();
    let option = h
        .get_all_by_role_and_label(Role::Button, choice)
        .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .expect("the choice");
    option.click();
    h.run();
}

/// Select the passage `passage` of the source being read with the keyboard: to the start of
/// the text, right to where the passage begins, then Shift+Right over it.
fn select_passage(h: &mut H, passage: &str) {
    let text = {
        let ds = &h.state().loaded().dataset;
        ds.sources.last().and_then(|s| s.text.clone()).expect("a source with its text")
    };
    let start = text.find(passage).expect("the passage is in the source");
    let (before, len) = (text[..start].chars().count(), passage.chars().count());
    h.get_by_label("Source text").scroll_to_me();
    h.run();
    h.get_by_label("Source text").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    h.key_press(egui::Key::ArrowLeft);
    for _ in 0..before {
        h.key_press(egui::Key::ArrowRight);
    }
    for _ in 0..len {
        h.key_press_modifiers(Modifiers::SHIFT, egui::Key::ArrowRight);
    }
    h.run();
    assert!(shows(h, &format!("Selected: {len} characters")), "the passage is selected");
}

fn node_center(h: &H, name: &str) -> Pos2 {
    h.get_by_role_and_label(Role::Button, name).rect().center()
}

/// Press on one node, move in steps, release on another; with Shift held when `shift`.
fn drag(h: &mut H, from: Pos2, to: Pos2, shift: bool) {
    let mods = if shift { Modifiers::SHIFT } else { Modifiers::NONE };
    h.event(egui::Event::ModifiersChanged(mods));
    h.hover_at(from);
    h.run();
    h.event(egui::Event::PointerButton {
        pos: from,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: mods,
    });
    h.run();
    for i in 1..=6 {
        h.hover_at(from + (to - from) * (i as f32 / 6.0));
        h.run();
    }
    h.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: mods,
    });
    h.run();
    h.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    h.run();
}

fn selected_tie(h: &H) -> bridges::model::Tie {
    match h.state().persisted().view.selection.clone() {
        Some(Selection::Tie(id)) => h.state().loaded().dataset.tie(&id).expect("the selected tie").clone(),
        other => panic!("a tie should be selected, not {other:?}"),
    }
}

#[test]
fn a_user_builds_a_map_from_an_article_undoes_and_redoes_it_saves_and_it_checks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness();
    click(&mut h, "File");
    h.get_by_label_contains("New map").click();
    h.run();
    assert!(h.state().loaded().dataset.actors.is_empty(), "File ▸ New starts an empty map");
    assert!(h.state().persisted().edit_mode, "in edit mode");
    let empty = h.state().loaded().dataset.clone();

    // The article, saved from the browser as HTML, dropped on the window: its text fills the
    // New source form, its title too.
    let page = dir.path().join("minister-visits-astana.html");
    std::fs::write(&page, PAGE).expect("write the page");
    common::drop_file(&mut h, page);
    assert!(h.state().loaded().dataset.actors.is_empty(), "an HTML file is read as a source, not opened as a map");
    click(&mut h, "New source");
    type_into(&mut h, "Publisher", "Example News");
    type_into(&mut h, "Published", "2025-08-25");
    assert!(shows(&h, "Give its URL"), "what check will ask for is said before adding");
    type_into(&mut h, "URL", "https://example.org/astana");
    click(&mut h, "Add source");
    let source = h.state().loaded().dataset.sources.last().expect("the source was added").clone();
    assert_eq!(source.title, "Minister visits Astana");
    let text = source.text.clone().expect("its text is kept");
    assert!(text.contains("The two countries signed a roadmap on critical minerals."), "{text}");
    assert!(!text.contains("<p>"), "HTML reduced to its text: {text}");

    // Two states, each placed at its capital.
    for name in ["Japan", "Kazakhstan"] {
        type_into(&mut h, "Name", name);
        click(&mut h, "Add actor");
    }
    assert!(common::is_node(&h, "Japan") && common::is_node(&h, "Kazakhstan"), "both drawn");

    // Tie 1 from the form, cited from the source.
    choose(&mut h, "From", "Japan");
    choose(&mut h, "To", "Kazakhstan");
    type_into(&mut h, "Date", "2025-08-24");
    click(&mut h, "Add tie");
    let first = selected_tie(&h);
    assert_eq!((first.from.as_str(), first.to.as_slice()), ("japan", ["kazakhstan".to_owned()].as_slice()));
    click(&mut h, "Evidence and quotes");
    select_passage(&mut h, "The Foreign Minister of Japan visited Kazakhstan on 24 August 2025.");
    click(&mut h, "Cite as evidence");
    assert_eq!(selected_tie(&h).evidence.len(), 1, "cited");

    // Tie 2 drawn by Shift-dragging from Kazakhstan to Japan, then dated in the side panel.
    let (kz, jp) = (node_center(&h, "Kazakhstan"), node_center(&h, "Japan"));
    drag(&mut h, kz, jp, true);
    let second = selected_tie(&h);
    assert_eq!((second.from.as_str(), second.to.as_slice()), ("kazakhstan", ["japan".to_owned()].as_slice()));
    assert!(shows(&h, "Unsourced"), "a new tie says it is unsourced");
    choose(&mut h, "Tie status", "planned");
    type_into(&mut h, "Tie date", "2025-12");
    click(&mut h, "Apply changes");
    let second = selected_tie(&h);
    assert_eq!(second.date.start.map(|d| d.to_string()).as_deref(), Some("2025-12"));
    assert_eq!(second.status, bridges::model::Status::Planned);
    select_passage(&mut h, "The President of Kazakhstan will visit Tokyo in December.");
    click(&mut h, "Cite as evidence");

    // Tie 3 from the form: an agreement.
    choose(&mut h, "From", "Japan");
    choose(&mut h, "To", "Kazakhstan");
    choose(&mut h, "Tie kind", "Agreement");
    type_into(&mut h, "Date", "2025-08");
    click(&mut h, "Add tie");
    select_passage(&mut h, "The two countries signed a roadmap on critical minerals.");
    click(&mut h, "Cite as evidence");

    // One quote, said by Japan (its minister).
    select_passage(&mut h, "\u{201c}Our partnership is built on trust,\u{201d}");
    choose(&mut h, "Speaker", "Japan");
    click(&mut h, "Quote");

    let built = h.state().loaded().dataset.clone();
    assert_eq!((built.actors.len(), built.ties.len(), built.quotes.len(), built.sources.len()), (2, 3, 1, 1));
    assert!(built.ties.iter().all(|t| t.evidence.len() == 1), "every tie cites its source");
    assert!(!shows(&h, "unsourced"), "nothing left unsourced in the status line");

    // Undo every step from the keyboard, back to the empty map; redo every one.
    let steps = h.state().undo_depth();
    assert!(steps >= 11, "each add, citation and change is a step: {steps}");
    for _ in 0..steps {
        h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
        h.run();
    }
    assert_eq!(h.state().loaded().dataset, empty, "undone to the empty map");
    for _ in 0..steps {
        h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Y);
        h.run();
    }
    assert_eq!(h.state().loaded().dataset, built, "redone to the map built");

    // Save (a new map asks where: Save as), reopen, check.
    let path = dir.path().join("my-map.json");
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::SaveTo(path.clone(), bridges::FileFormat::Json));
    h.run();
    assert!(!h.state().unsaved(), "saved: {:?} {:?}", h.state().status(), h.state().load_error().map(|e| &e.problems));
    let reopened = bridges::load_path(&path).expect("reopens");
    assert_eq!(reopened.dataset, built, "the file holds the map built");
    let check = common::bridges(&["check", path.to_str().expect("utf-8")]);
    assert_eq!(check.status.code(), Some(0), "{}", String::from_utf8_lossy(&check.stderr));
}

/// In the geographic layout a dragged node's coordinates change; in another layout it is
/// pinned. Either way the drag is one undo step, and undo puts it back.
#[test]
fn moving_a_node_is_one_undo_step_in_any_layout() {
    let mut h = harness();
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::ToggleEditMode);
    h.run();
    let before = h.state().loaded().dataset.actor("kazakhstan").and_then(|a| a.capital.clone()).expect("capital");
    let from = node_center(&h, "Kazakhstan");
    drag(&mut h, from, from + egui::vec2(40.0, 30.0), false);
    let after = h.state().loaded().dataset.actor("kazakhstan").and_then(|a| a.capital.clone()).expect("capital");
    assert!(after.lon > before.lon + 0.5 && after.lat < before.lat - 0.5, "moved east and south: {after:?}");
    assert_eq!(h.state().undo_name(), Some("move Kazakhstan"));
    assert_eq!(h.state().undo_depth(), 1, "the drag is one step");
    assert!(h.state().persisted().view.pins.values().all(std::collections::BTreeMap::is_empty), "no pin left");
    h.state_mut().run(&ctx, Command::Undo);
    h.run();
    let back = h.state().loaded().dataset.actor("kazakhstan").and_then(|a| a.capital.clone()).expect("capital");
    assert_eq!(back, before, "undo moves it back");

    h.state_mut().run(&ctx, Command::SetLayout(LayoutKind::Force));
    h.run();
    let from = node_center(&h, "Kazakhstan");
    drag(&mut h, from, from + egui::vec2(-30.0, 20.0), false);
    let pin = h.state().persisted().view.pins.get(&LayoutKind::Force).and_then(|p| p.get("kazakhstan")).copied();
    assert!(pin.is_some(), "pinned in the force layout");
    assert_eq!(h.state().loaded().dataset.actor("kazakhstan").and_then(|a| a.capital.clone()), Some(before));
    assert_eq!(h.state().undo_name(), Some("move Kazakhstan"));
    h.state_mut().run(&ctx, Command::Undo);
    h.run();
    let pin = h.state().persisted().view.pins.get(&LayoutKind::Force).and_then(|p| p.get("kazakhstan")).copied();
    assert_eq!(pin, None, "undo lifts the pin");
    h.state_mut().run(&ctx, Command::Redo);
    h.run();
    assert!(h.state().persisted().view.pins.get(&LayoutKind::Force).is_some_and(|p| p.contains_key("kazakhstan")));
}

/// A forum has no capital: Add actor waits for a click on the map, which places it there.
#[test]
fn an_actor_without_a_capital_is_placed_where_the_map_is_clicked() {
    let mut h = harness();
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::ToggleEditMode);
    h.run();
    type_into(&mut h, "Name", "Astana International Forum");
    choose(&mut h, "Kind", "Forum / dialogue format");
    click(&mut h, "Add actor");
    assert!(h.state().loaded().dataset.actor("astana-international-forum").is_none(), "waits for the click");
    assert!(shows(&h, "Click the map where Astana International Forum goes"));
    let kz = node_center(&h, "Kazakhstan");
    let at = kz + egui::vec2(0.0, 60.0);
    h.hover_at(at);
    h.run();
    h.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run();
    h.run();
    let forum = h.state().loaded().dataset.actor("astana-international-forum").expect("placed").clone();
    let kz_capital = h.state().loaded().dataset.actor("kazakhstan").and_then(|a| a.capital.clone()).expect("capital");
    let p = forum.position.expect("a position where clicked");
    assert!(p.lat < kz_capital.lat && (p.lon - kz_capital.lon).abs() < 1.0, "south of Astana: {p:?}");
    assert_eq!(h.state().persisted().view.selection, Some(Selection::Actor(forum.id.clone())), "and selected");
    h.state_mut().run(&ctx, Command::Undo);
    h.run();
    assert!(h.state().loaded().dataset.actor("astana-international-forum").is_none(), "one step");
}

/// The selected tie's fields change in the side panel; a bad date or an end before the
/// start is said beside its field and cannot be applied.
#[test]
fn a_ties_fields_change_in_the_side_panel_and_problems_show_as_typed() {
    let mut h = harness();
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::ToggleEditMode);
    let id = h.state().loaded().dataset.ties[0].id.clone();
    h.state_mut().run(&ctx, Command::Select(Some(Selection::Tie(id.clone()))));
    h.run();
    let field = |h: &mut H, label: &str, text: &str| {
        h.get_by_label(label).scroll_to_me();
        h.run();
        h.get_by_label(label).focus();
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
        h.key_press(egui::Key::Backspace);
        h.run();
        h.get_by_label(label).type_text(text);
        h.run();
    };
    field(&mut h, "Tie date", "2024-02-31");
    assert!(shows(&h, "day"), "a bad date is said at once");
    assert!(h.get_by_label("Apply changes").accesskit_node().is_disabled(), "and cannot be applied");
    field(&mut h, "Tie date", "2024-09");
    field(&mut h, "Tie until", "2024-08");
    assert!(shows(&h, "It ends before it starts."));
    field(&mut h, "Tie until", "2024-10-02");
    field(&mut h, "Tie place", "Samarkand");
    // People and further parties are lists: add one from the list beside the label.
    let person = h
        .state()
        .loaded()
        .dataset
        .actors
        .iter()
        .find(|a| a.kind == bridges::model::ActorKind::Person)
        .map(|a| (a.id.clone(), a.name.clone()))
        .expect("a person in the fixture");
    choose(&mut h, "People", &person.1);
    click(&mut h, "Apply changes");
    let t = h.state().loaded().dataset.tie(&id).expect("tie").clone();
    assert_eq!(t.date.start.map(|d| d.to_string()).as_deref(), Some("2024-09"));
    assert_eq!(t.date.end.map(|d| d.to_string()).as_deref(), Some("2024-10-02"));
    assert_eq!(t.place.as_deref(), Some("Samarkand"));
    assert!(t.people.contains(&person.0), "{:?}", t.people);
    assert_eq!(h.state().undo_depth(), 1, "one step for the whole form");
}

/// Deleting a source lists the quotes and evidence that go with it; undo brings all back.
#[test]
fn deleting_a_source_takes_its_quotes_and_evidence_and_undo_restores_them() {
    let mut h = harness();
    let ctx = h.ctx.clone();
    let original = h.state().loaded().dataset.clone();
    let source = original.sources[0].id.clone();
    assert!(original.quotes.iter().any(|q| q.source == source), "the fixture quotes its source");
    h.state_mut().run(&ctx, Command::DeleteRecord(RecordKind::Source, source.clone()));
    h.run();
    assert!(shows(&h, "the quote"), "the question lists the quotes that go");
    let delete =
        h.get_all_by_label("Delete").find(|n| n.accesskit_node().role() == Role::Button).expect("the Delete button");
    delete.click();
    h.run();
    let ds = &h.state().loaded().dataset;
    assert!(ds.source(&source).is_none() && ds.quotes.iter().all(|q| q.source != source));
    assert!(ds.ties.iter().all(|t| t.evidence.iter().all(|e| e.source != source)));
    h.state_mut().run(&ctx, Command::Undo);
    h.run();
    assert_eq!(h.state().loaded().dataset, original, "one undo brings everything back");
}

/// A map that would not open again is never written: the save says what is wrong.
#[test]
fn a_save_with_problems_lists_them_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness();
    let ctx = h.ctx.clone();
    let mut tie = h.state().loaded().dataset.ties[0].clone();
    tie.id = "to-nowhere".into();
    tie.to = vec!["atlantis".into()];
    h.state_mut().run(&ctx, Command::Edit(Box::new(Edit::Insert { at: 0, record: Record::Tie(tie) })));
    h.run();
    let path = dir.path().join("broken.json");
    h.state_mut().run(&ctx, Command::SaveTo(path.clone(), bridges::FileFormat::Json));
    h.run();
    assert!(!path.exists(), "nothing written");
    assert!(shows(&h, "Not saved"), "the status line says so");
    assert!(shows(&h, "atlantis"), "the problem is listed");
    assert!(h.state().unsaved(), "the changes are kept");
}
