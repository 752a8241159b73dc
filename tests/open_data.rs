//! Opening your own data as a user does: drop a file on the window, File ▸ Open recent,
//! Save as; a bad file lists its problems and the map keeps what it had.

mod common;

use bridges::App;
use bridges::Command;
use common::{Memory, data, drop_file, harness, is_node, settle, shows};
use eframe::egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

#[test]
fn dropping_a_csv_pair_opens_it_and_clicking_shows_its_ties_and_attributes() {
    let mut h = harness();
    drop_file(&mut h, data("tests/data/csv-pair/edges.csv"));
    assert_eq!(h.state().loaded().dataset.actors.len(), 44, "nodes.csv beside edges.csv was read too");
    assert!(shows(&h, "Opened"), "the status line says what was opened");
    for name in
        ["Kazakhstan", "Türkiye", "Central Asia + Japan", "European Union", "Asian Development Bank <ADB> & partners"]
    {
        assert!(is_node(&h, name), "{name} is on the map");
    }
    h.get_by_role_and_label(Role::Button, "Mongolia").click();
    h.run();
    assert!(shows(&h, "2024-05 · Visit · planned · to Kyrgyzstan"), "Mongolia's planned visit is listed");
    // The undated agreement of India: drawn, listed and marked undated.
    h.get_by_role_and_label(Role::Button, "India").click();
    h.run();
    assert!(shows(&h, "undated"), "an empty date shows as undated");
    // A tie's unknown column is shown as an attribute.
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::Select(Some(bridges::Selection::Tie("v1".into()))));
    h.run();
    assert!(shows(&h, "Confidence:"), "the unknown column is an attribute");
    assert!(shows(&h, "illustrative"));
    assert!(shows(&h, "We value this partnership & its <future>."), "the quote on the edge");
}

#[test]
fn a_bad_file_lists_its_problems_and_the_map_keeps_what_it_had() {
    let mut h = harness();
    drop_file(&mut h, data("tests/corpus/bad-coordinates"));
    assert!(shows(&h, "Could not open"), "the problems window opens");
    assert!(shows(&h, "latitude \"abc\" is not a number"));
    assert!(shows(&h, "longitude \"inf\" is outside -180..180"));
    assert!(shows(&h, "Nothing was changed: the map keeps the dataset it had."));
    assert_eq!(h.state().loaded().dataset.title, "Japan and Central Asia");
    assert!(is_node(&h, "Kazakhstan") && is_node(&h, "Japan"), "the built-in map is still drawn");
    h.get_by_label("OK").click();
    h.run();
    assert!(h.state().load_error().is_none(), "OK closes the list");
    assert!(!shows(&h, "latitude \"abc\""));
}

#[test]
fn scripts_emoji_and_markup_are_drawn_without_a_missing_glyph() {
    let mut h = harness();
    drop_file(&mut h, data("tests/corpus/scripts"));
    assert!(h.state().load_error().is_none(), "{:?}", h.state().load_error());
    for name in ["日本 🇯🇵", "Қазақстан", "Côte d’Ivoire — Ōsaka ü ç 😀"] {
        assert!(is_node(&h, name), "{name} is on the map");
    }
    h.get_by_role_and_label(Role::Button, "Қазақстан").click();
    h.run();
    assert!(shows(&h, "信頼醸成 😀"), "the quote in Japanese with an emoji");
    assert!(shows(&h, "岩屋毅"), "its speaker");
}

#[test]
fn save_as_gexf_then_open_recent_brings_the_same_map_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("japan.gexf");
    let mut h = harness();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    h.get_by_label("Gephi GEXF (.gexf)").click();
    h.run();
    h.get_by_label("File:").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("File:").type_text(&target.display().to_string());
    h.run();
    h.get_by_role_and_label(Role::Button, "Save").click();
    h.run();
    assert!(target.is_file(), "the GEXF was written");
    assert!(shows(&h, "Saved"), "the status line says where");
    h.get_by_role_and_label(Role::Button, "Close").click();
    h.run();
    // Open something else, then the saved file again from File ▸ Open recent.
    drop_file(&mut h, data("tests/corpus/tab-separated.tsv"));
    assert_eq!(h.state().loaded().dataset.ties.len(), 2);
    drop_file(&mut h, target.clone());
    drop_file(&mut h, data("tests/corpus/tab-separated.tsv"));
    h.get_by_label("File").click();
    h.run();
    assert!(shows(&h, "Open…"), "the File menu is open");
    h.get_by_label("Open recent").hover();
    h.run();
    h.get_by_label("japan.gexf").click();
    h.run();
    let ds = &h.state().loaded().dataset;
    assert_eq!((ds.actors.len(), ds.ties.len(), ds.quotes.len()), (20, 4, 4), "the whole built-in map came back");
    assert!(is_node(&h, "Kazakhstan"));
}

#[test]
fn recent_files_are_remembered_but_another_datasets_view_is_not_restored() {
    let mut h = harness();
    drop_file(&mut h, data("tests/data/csv-pair"));
    h.get_by_role_and_label(Role::Button, "Mongolia").click();
    h.run();
    let mut storage = Memory::default();
    eframe::App::save(h.state_mut(), &mut storage);
    // The next start shows the built-in map: Mongolia's selection does not carry over.
    let mut next = App::default();
    next.restore(&storage);
    assert_eq!(next.selection(), None);
    let recent = &next.persisted().recent;
    assert_eq!(recent.len(), 1);
    assert!(recent[0].ends_with("tests/data/csv-pair"), "{recent:?}");
}

#[test]
fn a_character_no_font_has_is_drawn_as_a_box_not_a_crash() {
    let dir = tempfile::tempdir().expect("tempdir");
    // An Egyptian hieroglyph and a private-use character: in none of the bundled fonts.
    // The app draws such a character as a box (`App::new` sets that policy; the window smoke
    // test in .ci opens this file in the real window); kittest panics unless told the same.
    let mut h =
        Harness::builder().with_size(common::WINDOW).allow_missing_glyphs().build_eframe(|cc| App::new(cc, None));
    h.run();
    drop_file(&mut h, data("tests/corpus/missing-glyph"));
    assert!(h.state().load_error().is_none());
    assert!(is_node(&h, "\u{13000}\u{e000} Forum"));
    h.get_by_role_and_label(Role::Button, "\u{13000}\u{e000} Forum").click();
    h.run();
    assert!(shows(&h, "Summit · held · with Japan"), "a summit joins its parties, with no direction");
    let out = dir.path().join("map.png");
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::ExportTo(out.clone()));
    settle(&mut h);
    assert!(image::open(&out).is_ok(), "the export is written too");
}

/// A file that takes its time to arrive (here a named pipe, written only when the test says
/// so; for a user, a large file or a slow network folder): the window says it is being opened,
/// keeps answering meanwhile, and shows the map once it has arrived.
#[cfg(unix)]
#[test]
fn a_slow_file_is_opened_while_the_window_keeps_answering() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pipe = dir.path().join("slow.csv");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status().expect("mkfifo runs");
    assert!(made.success());
    let mut h = harness();
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::OpenPath(pipe.clone()));
    h.run();
    assert!(h.state().busy(), "nothing has been written to the pipe yet");
    assert!(shows(&h, "Opening slow.csv…"), "the status line says what is under way");
    // The old map still answers clicks.
    h.get_by_role_and_label(Role::Button, "Uzbekistan").click();
    h.run();
    assert!(matches!(h.state().selection(), Some(bridges::Selection::Actor(id)) if id == "uzbekistan"));
    assert!(h.query_by_role_and_label(Role::Button, "Stop").is_some(), "it could be stopped");
    // The data arrives.
    std::fs::write(&pipe, "source,target,kind,date\nJapan,Mongolia,visit,2020-05-01\n").expect("write the pipe");
    settle(&mut h);
    assert!(h.state().load_error().is_none(), "{:?}", h.state().load_error());
    assert!(shows(&h, "Opened "), "{:?}", h.state().status());
    assert!(is_node(&h, "Mongolia"));
    assert!(!is_node(&h, "Uzbekistan"), "the new map replaced the old one");
}

/// Opening another file while a slow one is still arriving: the newer one is shown, and the
/// slow one, when it arrives, does not replace it.
#[cfg(unix)]
#[test]
fn a_newer_open_wins_over_a_slow_one_still_arriving() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pipe = dir.path().join("slow.csv");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status().expect("mkfifo runs");
    assert!(made.success());
    let mut h = harness();
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::OpenPath(pipe.clone()));
    h.run();
    assert!(h.state().busy());
    drop_file(&mut h, data("tests/data/csv-pair"));
    assert!(shows(&h, "Opened "), "{:?}", h.state().status());
    assert!(is_node(&h, "Mongolia"), "the CSV pair is on the map");
    std::fs::write(&pipe, "source,target,kind,date\nJapan,Peru,visit,2020-05-01\n").expect("write the pipe");
    std::thread::sleep(std::time::Duration::from_millis(300));
    settle(&mut h);
    assert!(!is_node(&h, "Peru"), "the slow file came too late to replace the newer map");
    assert!(is_node(&h, "Mongolia"));
}

/// A file that does not arrive can be given up on: *Stop* in the status line, and the map
/// keeps what it had.
#[cfg(unix)]
#[test]
fn stop_gives_up_on_a_file_that_does_not_arrive() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pipe = dir.path().join("never.csv");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status().expect("mkfifo runs");
    assert!(made.success());
    let mut h = harness();
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::OpenPath(pipe.clone()));
    h.run();
    assert!(h.state().busy());
    h.get_by_role_and_label(Role::Button, "Stop").click();
    h.run();
    assert!(!h.state().busy(), "no longer waiting");
    assert!(shows(&h, "Opening never.csv stopped; the map keeps what it had"));
    assert!(is_node(&h, "Uzbekistan"), "the built-in map is still there");
    assert!(h.query_by_role_and_label(Role::Button, "Stop").is_none());
    // Let the reading thread finish.
    std::fs::write(&pipe, "").expect("write the pipe");
}

/// Work under way and results are told apart: an export done while a file is still being
/// opened keeps its message beside the opening's progress.
#[cfg(unix)]
#[test]
fn an_export_done_while_a_file_opens_keeps_its_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pipe = dir.path().join("slow.csv");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status().expect("mkfifo runs");
    assert!(made.success());
    let mut h = harness();
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::OpenPath(pipe.clone()));
    h.run();
    let out = dir.path().join("map.svg");
    h.state_mut().run(&ctx, Command::ExportTo(out.clone()));
    settle_but_the_pipe(&mut h);
    for _ in 0..3 {
        std::thread::sleep(std::time::Duration::from_millis(300));
        h.run();
        assert!(shows(&h, "Exported "), "{:?}", h.state().status());
        assert!(shows(&h, "Opening slow.csv…"), "and the opening still says it is under way");
    }
    assert!(out.exists());
    h.get_by_role_and_label(Role::Button, "Stop").click();
    h.run();
    std::fs::write(&pipe, "").expect("write the pipe");
}

/// Wait for everything but the open of a pipe nobody writes yet: here, the export.
fn settle_but_the_pipe(h: &mut Harness<'_, App>) {
    let start = std::time::Instant::now();
    while !shows(h, "Exported ") {
        assert!(start.elapsed() < std::time::Duration::from_mins(2), "{:?}", h.state().status());
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
}
