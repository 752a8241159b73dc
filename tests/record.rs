//! The built-in map as a user meets it: twenty years to play through, names in three
//! languages, the original article one click away, and every source on the command line.

mod common;

use bridges::{Command, Lang, Player};
use common::{bridges, builtin_harness, is_node};
use egui_kittest::kittest::Queryable;

const ARTICLE_TIES: [&str; 4] = [
    "dialogue-ca-plus-japan-2004",
    "visit-iwaya-kazakhstan-2025-08",
    "visit-iwaya-uzbekistan-2025-08",
    "visit-kishida-2024-08",
];

#[test]
fn play_shows_twenty_years_of_meetings_and_visits_appear() {
    let mut h = builtin_harness();
    let ctx = h.ctx.clone();
    // Faster than the default 2 years a second, so the test plays the whole record quickly.
    let fast = Player { speed: 25.0, ..h.state().persisted().player };
    h.state_mut().run(&ctx, Command::SetPlayer(fast));
    h.get_by_label("Play").click();
    let mut seen = std::collections::BTreeSet::new();
    let mut ends = Vec::new();
    for _ in 0..120 {
        h.step();
        seen.extend(h.state().visible_ties().into_iter().map(str::to_owned));
        if let Some([_, end]) = h.state().persisted().view.time.range {
            ends.push(end);
        }
        if !h.state().persisted().player.playing {
            break;
        }
    }
    assert!(!h.state().persisted().player.playing, "play stops at the end of the record");
    let (first, last) = (ends.first().copied().unwrap_or(0.0), ends.last().copied().unwrap_or(0.0));
    // At 25 years a second a frame moves the window a few months, so it starts within a few
    // years of the first tie (2004) and ends past the last.
    assert!(first < 2009.0 && last > 2025.0, "the window moved from {first:.1} to {last:.1}");
    assert!(seen.len() >= 60, "{} ties appeared while playing", seen.len());
}

#[test]
fn labels_switch_to_japanese_and_russian_from_the_view_menu() {
    let mut h = builtin_harness();
    assert!(is_node(&h, "Japan") && is_node(&h, "Kazakhstan"));
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Label language").hover();
    h.run();
    h.get_by_label("日本語").click();
    h.run();
    assert_eq!(h.state().persisted().view.labels, Lang::Japanese);
    assert!(is_node(&h, "日本") && is_node(&h, "カザフスタン"), "map labels in Japanese");
    assert!(!is_node(&h, "Kazakhstan"));
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::SetLabels(Lang::Russian));
    h.run();
    assert!(is_node(&h, "Япония") && is_node(&h, "Казахстан"), "and in Russian");
    // An actor without a Russian name keeps its English one.
    assert!(is_node(&h, "United States"));
}

#[test]
fn one_click_shows_only_the_original_articles_ties() {
    let mut h = builtin_harness();
    assert!(h.state().visible_ties().len() > 60);
    // The filter panel's section (the side panel has a "Sources" heading too), at the left.
    let sources = format!("Sources ({})", h.state().loaded().dataset.sources.len());
    let header = h.get_all_by_label(&sources).min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()));
    header.expect("the Sources section").click();
    h.run();
    h.get_by_label("Only The Times of Central Asia 2025-08").click();
    h.run();
    let mut shown = h.state().visible_ties();
    shown.sort_unstable();
    assert_eq!(shown, ARTICLE_TIES);
    assert!(common::shows(&h, "Sources (1 of"), "the heading says how many are shown");
    // R resets the filters (the button is below the fold of the expanded list).
    h.key_press(eframe::egui::Key::R);
    h.run();
    assert!(h.state().visible_ties().len() > 60, "Reset shows every source again");
}

#[test]
fn export_source_draws_exactly_the_ties_that_cite_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("article.svg");
    let path = out.to_str().expect("utf-8");
    let run = bridges(&["export", "--out", path, "--source", "tca-2025-08"]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let svg = std::fs::read_to_string(&out).expect("svg");
    let doc = roxmltree::Document::parse(&svg).expect("well-formed");
    let mut ties: Vec<&str> =
        doc.descendants().filter_map(|n| n.attribute("id")).filter_map(|id| id.strip_prefix("tie-")).collect();
    ties.sort_unstable();
    assert_eq!(ties, ARTICLE_TIES);
    let run = bridges(&["export", "--out", path, "--source", "no-such-source"]);
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("no source has the id \"no-such-source\"") && err.contains("tca-2025-08"), "{err}");
}
