//! Behaviour tests of the real app, driven as a user would through `egui_kittest`.

mod common;

use bridges::App;
use bridges::Selection;
use common::{Memory, click_node, harness, shows};
use eframe::egui::{self, Key, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const STATES: [&str; 6] = ["Japan", "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan"];

#[test]
fn all_six_states_are_on_the_map() {
    let h = harness();
    for name in STATES {
        let node = h.get_by_role_and_label(Role::Button, name);
        assert!(node.rect().width() > 10.0, "{name} is drawn as a node");
    }
}

#[test]
fn clicking_kazakhstan_shows_iwayas_visit_and_nurtleu() {
    let mut h = harness();
    assert!(!shows(&h, "Murat Nurtleu"), "people show once a state is selected");
    click_node(&mut h, "Kazakhstan");
    assert_eq!(h.state().selection(), Some(&Selection::Actor("kazakhstan".into())));
    assert!(shows(&h, "2025-08-24 · Visit · planned · from Japan"));
    assert!(shows(&h, "Murat Nurtleu"));
    assert!(shows(&h, "Takeshi Iwaya"));
    assert!(shows(&h, "Capital:"));
    assert!(!shows(&h, "Bakhtiyor Saidov"), "Uzbekistan's counterpart is not part of Kazakhstan's ties");
}

#[test]
fn clicking_uzbekistan_shows_saidov_and_the_end_date() {
    let mut h = harness();
    assert!(!shows(&h, "Bakhtiyor Saidov"));
    click_node(&mut h, "Uzbekistan");
    assert!(shows(&h, "Bakhtiyor Saidov"));
    assert!(shows(&h, "until 2025-08-28 · Visit · planned · from Japan"));
}

#[test]
fn clicking_japan_lists_the_dialogue_the_cancelled_visit_and_the_scholars_quotes() {
    let mut h = harness();
    assert!(!shows(&h, "trust-building diplomacy"));
    click_node(&mut h, "Japan");
    assert!(shows(&h, "2004 · Dialogue · held · with Kazakhstan"));
    assert!(shows(&h, "2024-08 · Visit · cancelled · to Central Asia"));
    assert!(shows(&h, "trust-building diplomacy"), "Dadabaev's quote");
    assert!(shows(&h, "troublesome neighbors, Russia and China"), "Uyama's quote");
    assert!(shows(&h, "Timur Dadabaev"));
    assert!(shows(&h, "Tomohiko Uyama"));
}

#[test]
fn clicking_a_tie_in_the_list_shows_its_evidence_sentence() {
    let mut h = harness();
    click_node(&mut h, "Japan");
    h.get_by_label_contains("2025-08-24 · Visit · planned · to Kazakhstan").click();
    h.run();
    assert_eq!(h.state().selection(), Some(&Selection::Tie("visit-iwaya-kazakhstan-2025-08".into())));
    assert!(shows(&h, "landing in Kazakhstan on August 24"));
    assert!(shows(&h, "Inferred:"), "the inferred year is flagged");
}

#[test]
fn escape_and_a_click_on_empty_map_clear_the_selection() {
    let mut h = harness();
    click_node(&mut h, "Kazakhstan");
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().selection(), None);
    assert!(shows(&h, "Click a state on the map"));

    click_node(&mut h, "Kazakhstan");
    assert!(h.state().selection().is_some());
    let map = h.get_by_role_and_label(Role::Group, "Map").rect();
    // The top-left corner of the map is open land or sea, away from every node and tie.
    h.get_by_role_and_label(Role::Group, "Map").hover();
    h.event(egui::Event::PointerButton {
        pos: map.min + egui::vec2(20.0, 20.0),
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    h.event(egui::Event::PointerButton {
        pos: map.min + egui::vec2(20.0, 20.0),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
    assert_eq!(h.state().selection(), None);
}

#[test]
fn keyboard_moves_between_nodes_and_enter_selects() {
    let mut h = harness();
    h.get_by_role_and_label(Role::Button, "Kazakhstan").focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().selection(), Some(&Selection::Actor("kazakhstan".into())));
    // From Kazakhstan (Astana), the node below is another Central Asian state.
    h.key_press(Key::ArrowDown);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    match h.state().selection() {
        Some(Selection::Actor(id)) => assert_ne!(id, "kazakhstan", "focus moved to another node"),
        other => panic!("expected an actor selected, got {other:?}"),
    }
}

#[test]
fn the_view_is_remembered() {
    let mut h = harness();
    click_node(&mut h, "Uzbekistan");
    let mut storage = Memory::default();
    eframe::App::save(h.state_mut(), &mut storage);
    let mut restored = App::default();
    restored.restore(&storage);
    assert_eq!(restored.persisted(), h.state().persisted());
    assert_eq!(restored.selection(), Some(&Selection::Actor("uzbekistan".into())));
    assert!(restored.persisted().view.camera.is_some(), "the camera is remembered");
}

/// The mouse wheel zooms the map wherever the pointer is on it, over a node too (a node is a
/// widget of its own, drawn over the map), and the point under the pointer stays put.
#[test]
fn scrolling_over_a_node_zooms_the_map_about_it() {
    let mut h = harness();
    let zoom = |h: &Harness<'_, App>| h.state().persisted().view.camera.map(|c| c.zoom);
    let before = zoom(&h).expect("the map has a camera once drawn");
    let japan = h.get_by_role_and_label(Role::Button, "Japan");
    let at = japan.rect().center();
    japan.hover();
    h.run();
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, 120.0),
        modifiers: egui::Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    // egui spreads a wheel step over a few frames.
    h.run_steps(30);
    let after = zoom(&h).expect("camera");
    assert!(after > before * 1.05, "zoomed in: {before} → {after}");
    let moved = h.get_by_role_and_label(Role::Button, "Japan").rect().center();
    assert!((moved - at).length() < 3.0, "Japan stays under the pointer: {at:?} → {moved:?}");
}
