//! Exploring through time and by kind, as a user would: time range, filters, search, layouts.

mod common;

use bridges::App;
use bridges::Selection;
use common::{bridges, shows};
use eframe::egui::{self, Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// A window a little larger than the usual, so the filter and time panels have room.
fn harness() -> Harness<'static, App> {
    common::harness_sized(egui::vec2(1400.0, 900.0))
}

fn set_date(h: &mut Harness<'_, App>, label: &str, text: &str) {
    // The From/To fields are drag values that take a typed date: click to edit, type, Enter.
    h.get_by_role_and_label(Role::SpinButton, label).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(Role::SpinButton, label).type_text(text);
    h.run();
    h.key_press(Key::Enter);
    h.run();
}

#[test]
fn restricting_time_to_2025_hides_the_2004_dialogue_and_keeps_iwayas_visit() {
    let mut h = harness();
    assert!(h.state().visible_ties().contains(&"dialogue-ca-plus-japan-2004"));
    set_date(&mut h, "From", "2025");
    set_date(&mut h, "To", "2025-12-31");
    let visible = h.state().visible_ties();
    assert!(!visible.contains(&"dialogue-ca-plus-japan-2004"), "{visible:?}");
    assert!(visible.contains(&"visit-iwaya-kazakhstan-2025-08"), "{visible:?}");
    assert!(visible.contains(&"visit-iwaya-uzbekistan-2025-08"), "{visible:?}");
}

#[test]
fn turning_visits_off_hides_the_visits_and_reset_brings_them_back() {
    let mut h = harness();
    h.get_by_label_contains("Visits (3)").click();
    h.run();
    assert_eq!(h.state().visible_ties(), vec!["dialogue-ca-plus-japan-2004"]);
    assert!(shows(&h, "Ties shown (1), 3 filtered out"), "the side panel follows the filters");
    h.get_by_label("Reset filters").click();
    h.run();
    assert_eq!(h.state().visible_ties().len(), 4);
}

#[test]
fn ctrl_f_saidov_enter_selects_the_uzbekistan_visit() {
    let mut h = harness();
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.get_by_label("Search:").type_text("Saidov");
    h.run();
    assert!(shows(&h, "Visit · Visit: Japan → Uzbekistan"), "results list it");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().selection(), Some(&Selection::Tie("visit-iwaya-uzbekistan-2025-08".into())));
    assert!(shows(&h, "until 2025-08-28"));
}

#[test]
fn switching_layouts_changes_the_map_and_play_moves_time() {
    let mut h = harness();
    let before = h.get_by_role_and_label(Role::Button, "Japan").rect();
    h.get_by_label("Circular").click();
    h.run();
    let after = h.get_by_role_and_label(Role::Button, "Japan").rect();
    assert_ne!(before.center(), after.center(), "Japan moved to its place on the circle");
    h.get_by_label("Play").click();
    for _ in 0..5 {
        h.step();
    }
    assert!(h.state().persisted().view.time.range.is_some(), "play set a time range");
    h.get_by_label("Pause").click();
    h.run();
    assert!(h.query_by_label("Play").is_some());
}

fn export(args: &[&str]) -> std::process::Output {
    bridges(&[&["export"], args].concat())
}

#[test]
fn kinds_dialogue_exports_no_visit_and_dates_filter() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("d.svg");
    let out_s = out.to_str().expect("utf-8");
    let run = export(&["--out", out_s, "--kinds", "dialogue"]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let svg = std::fs::read_to_string(&out).expect("svg");
    assert!(svg.contains("id=\"tie-dialogue-ca-plus-japan-2004\""));
    assert!(!svg.contains("class=\"tie visit"), "no visit is drawn");
    let run = export(&["--out", out_s, "--from", "2025-01-01", "--to", "2025-12-31"]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let svg = std::fs::read_to_string(&out).expect("svg");
    assert!(!svg.contains("tie-dialogue-ca-plus-japan-2004") && svg.contains("tie-visit-iwaya-kazakhstan-2025-08"));
    for bad in [["--kinds", "parade"], ["--layout", "spiral"], ["--from", "2025-13"]] {
        let run = export(&[&["--out", out_s][..], &bad[..]].concat());
        assert_eq!(run.status.code(), Some(1), "{bad:?} refused");
    }
}

#[test]
fn the_force_layout_gives_the_same_picture_twice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b) = (dir.path().join("a.png"), dir.path().join("b.png"));
    for p in [&a, &b] {
        let run =
            export(&["--out", p.to_str().expect("utf-8"), "--layout", "force", "--width", "800", "--height", "500"]);
        assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    }
    assert_eq!(std::fs::read(&a).expect("a"), std::fs::read(&b).expect("b"));
    let geo = dir.path().join("geo.png");
    assert_eq!(
        export(&["--out", geo.to_str().expect("utf-8"), "--width", "800", "--height", "500"]).status.code(),
        Some(0)
    );
    assert_ne!(std::fs::read(&a).expect("a"), std::fs::read(&geo).expect("geo"), "force differs from geographic");
}

#[test]
fn with_a_time_range_the_side_panel_lists_an_actors_ties_in_it_first() {
    let mut h = harness();
    common::click_node(&mut h, "Japan");
    let all = {
        let ds = &h.state().loaded().dataset;
        ds.ties.iter().filter(|t| t.involves("japan")).map(|t| t.date.start.map(|d| d.to_string())).collect::<Vec<_>>()
    };
    assert!(shows(&h, &format!("Ties ({})", all.len())), "no range: one list of all {} ties", all.len());
    set_date(&mut h, "From", "2025");
    set_date(&mut h, "To", "2025-12-31");
    // Ties dated within 2025 (one of them known only by its end, 2025-08-28), then the
    // others (2004 and 2024).
    let in_2025 = all.iter().filter(|d| d.as_deref().is_none_or(|d| d.starts_with("2025"))).count();
    assert_eq!((in_2025, all.len()), (2, 4), "{all:?}");
    assert!(shows(&h, &format!("Ties in the time range ({in_2025})")), "the ties of 2025 come first");
    assert!(shows(&h, &format!("Ties at other times ({})", all.len() - in_2025)), "the others follow");
    set_date(&mut h, "From", "1990");
    set_date(&mut h, "To", "1991-12-31");
    assert!(shows(&h, "None of its ties falls in the time range."), "an empty range says so");
    assert!(shows(&h, &format!("Ties at other times ({})", all.len())));
}
