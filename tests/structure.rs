//! Reading the structure of the built-in map as a user does: nodes sized by betweenness as
//! the timeline moves, the focus widened to two steps, two decades compared, the table sorted
//! and clicked, the charts opened; the command line draws and prints the same.

mod common;

use bridges::analysis::Change;
use bridges::{ColourBy, Command, Look, Metric, Selection, Tab, TimeFilter, TimeMode};
use common::{bridges, builtin_harness, metrics_json, shows};
use eframe::egui::{self, Role};
use egui_kittest::kittest::Queryable;

fn top_by(rows: &[serde_json::Value], key: &str) -> String {
    let best = rows
        .iter()
        .max_by(|a, b| a[key].as_f64().unwrap_or(0.0).total_cmp(&b[key].as_f64().unwrap_or(0.0)))
        .expect("rows");
    best["id"].as_str().expect("id").to_owned()
}

#[test]
fn size_by_betweenness_from_the_view_menu_follows_the_time_window() {
    let mut h = builtin_harness();
    let japan_before = h.state().drawn_node("japan").expect("japan").radius;
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Size by").hover();
    h.run();
    h.get_by_label("Betweenness").click();
    h.run();
    assert_eq!(h.state().persisted().view.look.size_by, Some(Metric::Betweenness));
    // The actor the CLI finds most between is drawn largest; one between none smallest.
    let rows = metrics_json(&[]);
    let top = top_by(&rows, "betweenness");
    let biggest = h.state().drawn_node(&top).expect("top").radius;
    let leaf = rows.iter().find(|r| r["betweenness"].as_f64() == Some(0.0)).expect("a leaf");
    let smallest = h.state().drawn_node(leaf["id"].as_str().expect("id")).expect("leaf").radius;
    assert!(biggest > smallest + 10.0, "{biggest} vs {smallest}");
    assert_ne!(h.state().drawn_node("japan").expect("japan").radius, japan_before, "sizes are by betweenness now");
    // Move the window to 2004: sizes follow the figures of 2004.
    let ctx = h.ctx.clone();
    let window = TimeFilter { range: Some([2004.0, 2005.0]), mode: TimeMode::Window, compare: None };
    h.state_mut().run(&ctx, Command::SetTime(window));
    h.run();
    let early = metrics_json(&["--from", "2004", "--to", "2004"]);
    let early_top = top_by(&early, "betweenness");
    let radius = h.state().drawn_node(&early_top).expect("2004's top").radius;
    let others = early.iter().filter_map(|r| h.state().drawn_node(r["id"].as_str()?)).map(|n| n.radius);
    assert!(others.into_iter().all(|r| r <= radius + 1e-3), "2004's most between actor is the largest");
    // Colour by community: nodes of one community share a colour.
    let look = Look { colour_by: ColourBy::Community, ..h.state().persisted().view.look };
    h.state_mut().run(&ctx, Command::SetLook(look));
    h.run();
    let same: Vec<&serde_json::Value> = early.iter().filter(|r| r["community"] == early[0]["community"]).collect();
    let fills: std::collections::BTreeSet<[u8; 4]> =
        same.iter().filter_map(|r| h.state().drawn_node(r["id"].as_str()?)).map(|n| n.fill.to_array()).collect();
    assert_eq!(fills.len(), 1, "one colour per community");
}

#[test]
fn plus_and_minus_widen_and_narrow_the_focus_around_the_selected_actor() {
    let mut h = builtin_harness();
    let ctx = h.ctx.clone();
    // Selected from the keyboard: its node has the keyboard's focus (as after Tab) and Enter
    // selects it; + and − still reach the focus.
    let node = h.get_by_role_and_label(Role::Button, "United States");
    node.focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().selection(), Some(&Selection::Actor("united-states".into())));
    assert!(h.ctx.memory(|m| m.focused().is_some()), "the node keeps the focus");
    let lit = |h: &egui_kittest::Harness<'_, bridges::App>| {
        let ds = &h.state().loaded().dataset;
        ds.actors
            .iter()
            .filter_map(|a| h.state().drawn_node(&a.id))
            .filter(|n| n.emphasis >= bridges::testing::Emphasis::Highlighted)
            .count()
    };
    let one = lit(&h);
    assert!(shows(&h, "1 step out"));
    h.key_press(egui::Key::Plus);
    h.run();
    assert_eq!(h.state().persisted().view.look.depth, 2);
    assert!(shows(&h, "2 steps out"));
    let two = lit(&h);
    assert!(two > one, "two steps bring partners of partners forward: {one} → {two}");
    // The side panel's − button narrows it again.
    h.get_by_role_and_label(Role::Button, "−").click();
    h.run();
    assert_eq!((h.state().persisted().view.look.depth, lit(&h)), (1, one));
    // Without a selection, + zooms as before.
    h.state_mut().run(&ctx, Command::Select(None));
    h.run();
    h.key_press(egui::Key::Plus);
    h.run();
    assert_eq!(h.state().persisted().view.look.depth, 1);
}

#[test]
fn two_decades_compared_in_the_window_and_on_the_command_line() {
    let mut h = builtin_harness();
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Compare periods").hover();
    h.run();
    // The form starts from the data's two halves; the user sets 2004–2014 and 2015–2025.
    let ctx = h.ctx.clone();
    let periods = bridges::analysis::parse_periods("2004..2014,2015..2025").expect("periods");
    h.state_mut().run(&ctx, Command::SetCompare(Some(periods)));
    h.run();
    assert!(shows(&h, "Comparing A 2004–2014 with B 2015–2025"));
    let edges = h.state().drawn_edges();
    let count = |c: Change| edges.iter().filter(|e| e.change == Some(c)).count();
    let (new, continued, lapsed) = (count(Change::New), count(Change::Continued), count(Change::Lapsed));
    assert!(new > 0 && continued > 0, "{new} new, {continued} continued, {lapsed} lapsed");
    assert!(shows(&h, &format!("{new} pairs new · {continued} continued · {lapsed} lapsed")));
    // The selected actor's partners, by change.
    h.state_mut().run(&ctx, Command::Select(Some(Selection::Actor("japan".into()))));
    h.run();
    assert!(shows(&h, "From A 2004–2014 to B 2015–2025"));
    assert!(shows(&h, "Continued ("), "Japan kept partners");
    // The CLI draws the same comparison: one group per pair with data-change, its ties inside.
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("compare.svg");
    let path = out.to_str().expect("utf-8");
    let run = bridges(&["export", "--compare", "2004..2014,2015..2025", "--out", path]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let svg = std::fs::read_to_string(&out).expect("svg");
    let doc = roxmltree::Document::parse(&svg).expect("valid SVG");
    let groups: Vec<roxmltree::Node<'_, '_>> = doc.descendants().filter(|n| n.has_attribute("data-change")).collect();
    let of = |c: &str| groups.iter().filter(|g| g.attribute("data-change") == Some(c)).count();
    assert_eq!((of("new"), of("continued"), of("lapsed")), (new, continued, lapsed), "the window's counts");
    for g in &groups {
        let members: Vec<_> =
            g.children().filter(|c| c.attribute("id").is_some_and(|id| id.starts_with("tie-"))).collect();
        let n: usize = g.attribute("data-ties").and_then(|n| n.parse().ok()).expect("data-ties");
        assert_eq!(members.len(), n, "every tie of the pair is addressable");
        assert!(members.iter().all(|m| m.children().any(|c| c.has_tag_name("title"))), "each with its title");
    }
    let bad = bridges(&["export", "--compare", "2004..2014", "--out", path]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--compare"), "{}", String::from_utf8_lossy(&bad.stderr));
}

#[test]
fn the_table_sorts_by_any_column_and_a_click_selects_on_the_map() {
    let mut h = common::harness_sized(egui::vec2(1400.0, 1000.0));
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::OpenBuiltin);
    h.run();
    h.get_by_role_and_label(Role::Button, "Table").click();
    h.run();
    assert_eq!(h.state().persisted().tab, Tab::Table);
    // Sort by betweenness: the first row is the actor the CLI finds most between.
    h.get_by_label_contains("Betweenness").click();
    h.run();
    let rows = metrics_json(&[]);
    let value = |name: &str| {
        let ds = &h.state().loaded().dataset;
        let row = rows.iter().find(|r| r["id"].as_str().and_then(|id| ds.actor(id)).is_some_and(|a| a.name == name));
        row.and_then(|r| r["betweenness"].as_f64()).expect("a row of the CLI")
    };
    let most = rows.iter().filter_map(|r| r["betweenness"].as_f64()).fold(0.0, f64::max);
    let first = first_row(&h, &rows);
    assert!((value(&first) - most).abs() < 1e-12, "largest first: {first}");
    let top = rows
        .iter()
        .find(|r| h.state().loaded().dataset.actor(r["id"].as_str().unwrap_or("")).is_some_and(|a| a.name == first));
    let top = top.and_then(|r| r["id"].as_str()).expect("id").to_owned();
    let name = first.clone();
    // Again: reversed.
    h.get_by_label_contains("Betweenness").click();
    h.run();
    assert_ne!(first_row(&h, &rows), name);
    // A click on a row selects it on the map.
    h.get_by_label_contains("Betweenness").click();
    h.run();
    h.get_by_role_and_label(Role::Button, &name).click();
    h.run();
    assert_eq!(h.state().selection(), Some(&Selection::Actor(top)));
    // Ties: sorted by date, oldest first.
    // (The switch above the table; the actors table also has a Ties column.)
    let switch =
        h.query_all_by_role_and_label(Role::Button, "Ties").min_by(|a, b| a.rect().top().total_cmp(&b.rect().top()));
    switch.expect("the Ties switch").click();
    h.run();
    assert!(shows(&h, "Date ▲"));
    // Copy as CSV puts the rows on the clipboard.
    h.get_by_label("Copy as CSV").click();
    h.step(); // one frame, whose output carries the copy
    let copied = h.output().platform_output.commands.iter().find_map(|c| match c {
        egui::OutputCommand::CopyText(t) => Some(t.clone()),
        _ => None,
    });
    let csv = copied.expect("copied");
    assert!(csv.starts_with("Date,Kind,From,To,Status,Place\n"), "{csv}");
    assert!(csv.lines().count() > 60, "every tie of the view");
}

/// The name of the table's top row: the actor button highest on screen.
fn first_row(h: &egui_kittest::Harness<'_, bridges::App>, rows: &[serde_json::Value]) -> String {
    let ds = &h.state().loaded().dataset;
    let names: Vec<String> = rows.iter().filter_map(|r| ds.actor(r["id"].as_str()?)).map(|a| a.name.clone()).collect();
    names
        .iter()
        .filter_map(|n| h.query_by_role_and_label(Role::Button, n).map(|node| (node.rect().top(), n.clone())))
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, n)| n)
        .expect("rows")
}

#[test]
fn the_charts_tab_shows_ties_per_year_and_partners_over_time() {
    let mut h = builtin_harness();
    h.get_by_role_and_label(Role::Button, "Charts").click();
    h.run();
    assert_eq!(h.state().persisted().tab, Tab::Charts);
    assert!(shows(&h, "Ties per year, by kind") && shows(&h, "Partners per actor, by year"));
    // Back to the map: the nodes are there again.
    h.get_by_role_and_label(Role::Button, "Map").click();
    h.run();
    assert!(common::is_node(&h, "Japan"));
}
