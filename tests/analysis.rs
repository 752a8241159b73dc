//! Metrics of the view against reference values computed independently with networkx
//! (tests/data/metrics/reference.py), through the command line as a user runs it.

mod common;

use common::{bridges, data};

use common::metrics_json as metrics;

fn check_against(view: &str, args: &[&str]) {
    let reference: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data("tests/data/metrics/reference.json")).expect("reference"))
            .expect("JSON");
    let expected = reference[view].as_object().expect("a view");
    let rows = metrics(args);
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().expect("id")).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(ids, sorted, "rows sorted by id");
    assert_eq!(ids.len(), expected.len(), "the same actors: {ids:?}");
    for r in &rows {
        let id = r["id"].as_str().expect("id");
        let e = &expected[id];
        for count in ["ties", "partners"] {
            assert_eq!(r[count], e[count], "{view} {id} {count}");
        }
        for real in ["betweenness", "eigenvector"] {
            let (got, want) = (r[real].as_f64().expect("number"), e[real].as_f64().expect("number"));
            assert!((got - want).abs() < 1e-9, "{view} {id} {real}: {got} vs networkx {want}");
        }
    }
}

#[test]
fn betweenness_and_eigenvector_of_the_record_match_networkx() {
    check_against("all", &[]);
}

#[test]
fn metrics_follow_the_filters_visits_only_match_networkx_too() {
    check_against("visits", &["--kinds", "visit"]);
}

#[test]
fn communities_are_the_same_every_run_and_csv_has_the_columns_asked_for() {
    let a = bridges(&["metrics"]);
    let b = bridges(&["metrics"]);
    assert_eq!(a.stdout, b.stdout, "the same figures and communities every run");
    let csv = String::from_utf8_lossy(&a.stdout);
    assert!(csv.starts_with("id,name,ties,partners,betweenness,eigenvector,community\n"), "{csv}");
    let rows = metrics(&[]);
    let communities: std::collections::BTreeSet<u64> =
        rows.iter().map(|r| r["community"].as_u64().expect("n")).collect();
    assert!(communities.len() > 1 && communities.len() < rows.len(), "{communities:?}");
    // Numbered from 0 in the order of their first actor (by id).
    let mut seen = Vec::new();
    for r in &rows {
        let c = r["community"].as_u64().expect("n");
        if !seen.contains(&c) {
            assert_eq!(c, seen.len() as u64, "numbered in order");
            seen.push(c);
        }
    }
    let bad = bridges(&["metrics", "--format", "xml"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("use csv or json"));
}

#[test]
fn a_time_window_changes_the_figures() {
    let early = metrics(&["--from", "2004", "--to", "2014"]);
    let late = metrics(&["--from", "2015", "--to", "2025"]);
    let ties = |rows: &[serde_json::Value], id: &str| rows.iter().find(|r| r["id"] == id).map(|r| r["ties"].clone());
    assert_ne!(ties(&early, "japan"), ties(&late, "japan"), "the window is what is measured");
}

/// The side panel shows the selected actor's metrics with its rank among its kind, for the
/// view on screen, and they follow the time window.
#[test]
fn the_side_panel_ranks_the_selected_actor_in_the_view() {
    use bridges::{Command, Selection, TimeFilter, TimeMode};
    let mut h = common::builtin_harness();
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::Select(Some(Selection::Actor("kazakhstan".into()))));
    h.run();
    assert!(common::shows(&h, "In this view"));
    let states = bridges::builtin()
        .expect("built-in")
        .dataset
        .actors
        .iter()
        .filter(|a| a.kind == bridges::model::ActorKind::State)
        .count();
    let rows = metrics(&[]);
    let kz = rows.iter().find(|r| r["id"] == "kazakhstan").expect("kazakhstan");
    // Kazakhstan shares its number of partners with its neighbours: a joint place, as the CLI's
    // figures give it.
    let ds = bridges::builtin().expect("built-in").dataset;
    let state = |r: &&serde_json::Value| {
        ds.actor(r["id"].as_str().unwrap_or("")).is_some_and(|a| a.kind == bridges::model::ActorKind::State)
    };
    let level = rows.iter().filter(state).filter(|r| r["partners"] == kz["partners"]).count();
    let above = rows.iter().filter(state).filter(|r| r["partners"].as_u64() > kz["partners"].as_u64()).count();
    assert!(level > 1 && above == 0, "the record has the five states at the top together: {level}, {above}");
    let text = format!("joint 1st of {states} states (with {} others) by partners", level - 1);
    assert!(common::shows(&h, &text), "ranked among the states: {text}");
    assert!(common::shows(&h, &format!("{:.3}", kz["betweenness"].as_f64().expect("n"))), "the CLI's figure");
    h.state_mut().run(
        &ctx,
        Command::SetTime(TimeFilter { range: Some([2004.0, 2005.0]), mode: TimeMode::Window, compare: None }),
    );
    h.run();
    let early = metrics(&["--from", "2004", "--to", "2004"]);
    let kz = early.iter().find(|r| r["id"] == "kazakhstan").expect("kazakhstan");
    let eigen = format!("{:.3}", kz["eigenvector"].as_f64().expect("n"));
    assert_ne!(eigen, "0.306", "2004 differs from all time");
    assert!(common::shows(&h, &eigen), "2004's figure {eigen}");
    assert!(!common::shows(&h, "0.131"), "all time's betweenness is gone");
}
