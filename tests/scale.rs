//! Large maps behave: the map is prepared once, not every frame; an idle window asks for no
//! frames; clicks find what brute force finds; labels never overlap. (Speed itself is measured
//! by `cargo bench` and the `scale` example, not here.)

use bridges::App;
use bridges::Command;
use bridges::Selection;
use bridges::testing::perf::Headless;
use eframe::egui::{self, Vec2};

fn synthetic(actors: usize, ties: usize) -> App {
    let ds = bridges::testing::synthetic::generate(actors, ties, 7);
    let loaded = bridges::check(ds, "synthetic", None).expect("synthetic data is valid");
    App::with_dataset(loaded)
}

#[test]
fn idle_frames_prepare_nothing_and_ask_for_no_repaint() {
    let mut h = Headless::new(synthetic(2000, 8000), Vec2::new(1600.0, 1000.0));
    // Let the first frames' animations (scroll bars fading in) run their course.
    for _ in 0..30 {
        h.frame();
    }
    let built = h.app.map_builds();
    for _ in 0..5 {
        h.frame();
        assert!(!h.wants_repaint(), "an idle frame asks for another");
    }
    assert_eq!(h.app.map_builds(), built, "nothing changed, so the map was not prepared again");
    // While the view moves, the prepared picture is moved along (not prepared again) and a
    // next frame is asked for; once the camera rests, the map is prepared once more.
    let ctx = h.ctx.clone();
    h.app.run(&ctx, Command::ZoomIn);
    h.frame();
    assert_eq!(h.app.map_builds(), built, "moving reuses the picture");
    assert!(h.wants_repaint(), "and asks for the frame that prepares it at rest");
    h.frame();
    assert_eq!(h.app.map_builds(), built + 1);
    for _ in 0..3 {
        h.frame();
    }
    assert_eq!(h.app.map_builds(), built + 1, "then it is idle again");
    assert!(!h.wants_repaint());
}

#[test]
fn a_moving_map_zoomed_more_than_twofold_is_drawn_anew_not_scaled() {
    let mut h = Headless::new(synthetic(2000, 8000), Vec2::new(1600.0, 1000.0));
    // The panels settle their sizes in the first frames.
    for _ in 0..10 {
        h.frame();
    }
    let (ctx, built) = (h.ctx.clone(), h.app.map_builds());
    h.app.run(&ctx, Command::ZoomIn);
    h.frame();
    assert_eq!(h.app.map_builds(), built, "1.25×: the picture is scaled");
    for _ in 0..4 {
        h.app.run(&ctx, Command::ZoomIn);
    }
    h.frame();
    assert_eq!(h.app.map_builds(), built + 1, "1.25⁵ ≈ 3×: discs would be three times their size");
}

#[test]
fn a_pan_or_zoom_projects_the_prepared_scene_and_a_selection_prepares_it_again() {
    let mut h = Headless::new(synthetic(2000, 8000), Vec2::new(1600.0, 1000.0));
    h.frame();
    let prepared = h.app.scene_preparations();
    let ctx = h.ctx.clone();
    for cmd in [Command::ZoomIn, Command::ZoomIn, Command::ZoomOut] {
        h.app.run(&ctx, cmd);
        h.frame();
        h.frame();
    }
    assert!(h.app.map_builds() >= 3, "each rest after a move draws the map anew");
    assert_eq!(h.app.scene_preparations(), prepared, "but only through the camera");
    let first = h.app.loaded().dataset.actors[0].id.clone();
    h.app.run(&ctx, Command::Select(Some(Selection::Actor(first))));
    h.frame();
    assert_eq!(h.app.scene_preparations(), prepared + 1, "a selection changes emphasis: prepared again");
}

#[test]
fn the_builtin_map_is_idle_too() {
    let mut h = Headless::new(App::default(), Vec2::new(1280.0, 800.0));
    for _ in 0..30 {
        h.frame();
    }
    assert!(!h.wants_repaint(), "{:?}", h.ctx.repaint_causes());
}

#[test]
fn a_click_selects_what_a_search_of_every_shape_finds() {
    let size = Vec2::new(1600.0, 1000.0);
    let ds = bridges::testing::synthetic::generate(1500, 6000, 3);
    let layout = bridges::testing::geographic(&ds);
    let visible = bridges::Visible::all(&ds);
    let basemap = bridges::testing::Basemap::default();
    let camera = bridges::Camera::fit(bridges::testing::bounds(&layout), size);
    let scene = bridges::testing::build_scene(&bridges::testing::SceneInput {
        dataset: &ds,
        layout: &layout,
        basemap: &basemap,
        selection: None,
        camera,
        size,
        visible: &visible,
        labels: bridges::Lang::English,
        look: bridges::Look::default(),
        metrics: None,
        comparison: None,
    });
    let index = bridges::testing::HitIndex::new(&scene);
    let mut hits = (0, 0);
    for i in 0..4000 {
        // A scatter of points over the whole view, the same every run.
        let p = egui::pos2((i * 7919 % 1600) as f32 + 0.5, (i * 104_729 % 1000) as f32 + 0.25);
        let brute_node = scene.node_at(p).map(|n| n.actor.clone());
        let fast_node = index.node_at(&scene, p).map(|i| scene.nodes[i].actor.clone());
        assert_eq!(fast_node, brute_node, "node at {p:?}");
        if brute_node.is_none() {
            let brute_edge = scene.edge_at(p).map(|e| e.tie.clone());
            let fast_edge = index.edge_at(&scene, p).map(|i| scene.edges[i].tie.clone());
            assert_eq!(fast_edge, brute_edge, "edge at {p:?}");
            hits.1 += usize::from(brute_edge.is_some());
        } else {
            hits.0 += 1;
        }
    }
    assert!(hits.0 > 50 && hits.1 > 200, "the points hit nodes and edges: {hits:?}");
}

#[test]
fn labels_never_overlap_and_the_selected_actor_keeps_its_label() {
    let size = Vec2::new(1600.0, 1000.0);
    let ds = bridges::testing::synthetic::generate(3000, 9000, 11);
    let layout = bridges::testing::geographic(&ds);
    let visible = bridges::Visible::all(&ds);
    let basemap = bridges::testing::Basemap::default();
    let camera = bridges::Camera::fit(bridges::testing::bounds(&layout), size);
    // The least tied actor: the last to get a label on its own merits.
    let quiet = ds.actors.iter().map(|a| a.id.clone()).max_by_key(|id| ds.ties_of(id).is_empty()).expect("actors");
    let selection = Selection::Actor(quiet.clone());
    let scene = bridges::testing::build_scene(&bridges::testing::SceneInput {
        dataset: &ds,
        layout: &layout,
        basemap: &basemap,
        selection: Some(&selection),
        camera,
        size,
        visible: &visible,
        labels: bridges::Lang::English,
        look: bridges::Look::default(),
        metrics: None,
        comparison: None,
    });
    let labels: Vec<egui::Rect> = scene.nodes.iter().filter_map(|n| n.label).collect();
    assert!(labels.len() > 30, "a fair number of labels are shown: {}", labels.len());
    assert!(labels.len() < scene.nodes.len(), "not all of 3000: the rest would overlap");
    for (i, a) in labels.iter().enumerate() {
        for b in &labels[i + 1..] {
            assert!(!a.intersects(*b), "{a:?} overlaps {b:?}");
        }
    }
    let selected = scene.nodes.iter().find(|n| n.actor == quiet).expect("the selected actor is drawn");
    assert!(selected.label.is_some(), "the selected actor is labelled");
}

#[test]
fn a_large_force_layout_is_worked_out_off_the_ui_thread() {
    let mut h = Headless::new(synthetic(bridges::BACKGROUND_LAYOUT_ABOVE + 100, 2500), Vec2::new(1600.0, 1000.0));
    h.frame();
    let ctx = h.ctx.clone();
    h.app.run(&ctx, Command::SetLayout(bridges::LayoutKind::Force));
    assert!(h.app.layout_pending(), "the layout is being worked out on another thread");
    let started = std::time::Instant::now();
    // Frames go on meanwhile; the window asks to be woken to look again.
    h.frame();
    if h.app.layout_pending() {
        assert!(h.wants_repaint(), "it asks to look again");
    }
    while h.app.layout_pending() {
        assert!(started.elapsed().as_secs() < 120, "the layout finishes");
        std::thread::sleep(std::time::Duration::from_millis(50));
        h.frame();
    }
    assert!(
        matches!(h.app.status(), Some(bridges::StatusLine::Done(m)) if m.starts_with("Laid out")),
        "{:?}",
        h.app.status()
    );
}

/// Labels are drawn over discs: on a map that is not crowded, none covers a disc, so no
/// actor is hidden by another's name (here the built-in map, down to a small window).
#[test]
fn labels_keep_off_the_discs_of_an_uncrowded_map() {
    let ds = bridges::builtin().expect("built-in").dataset;
    let layout = bridges::testing::geographic(&ds);
    let visible = bridges::Visible::all(&ds);
    let basemap = bridges::testing::Basemap::default();
    for size in [Vec2::new(1600.0, 1000.0), Vec2::new(600.0, 400.0)] {
        let camera = bridges::Camera::fit(bridges::testing::bounds(&layout), size);
        let scene = bridges::testing::build_scene(&bridges::testing::SceneInput {
            dataset: &ds,
            layout: &layout,
            basemap: &basemap,
            selection: None,
            camera,
            size,
            visible: &visible,
            labels: bridges::Lang::English,
            look: bridges::Look::default(),
            metrics: None,
            comparison: None,
        });
        let labels: Vec<(&str, egui::Rect)> = scene
            .nodes
            .iter()
            .filter_map(|n| n.label.map(|l| (n.name.as_str(), l.expand2(egui::vec2(3.0, 1.0)))))
            .collect();
        assert!(labels.len() >= 5, "{size:?}: labels are shown");
        for n in &scene.nodes {
            let disc = egui::Rect::from_center_size(n.center, Vec2::splat(2.0 * n.radius));
            for (name, l) in &labels {
                assert!(!l.intersects(disc), "{size:?}: the label of {name} covers {}", n.name);
            }
        }
    }
}

/// On a very large map, the view at rest after a pan or zoom is projected on another thread:
/// the frame at rest stays short, shows the moved picture, asks for frames until the new one
/// is in, and is idle after that.
#[test]
fn a_very_large_map_is_drawn_anew_off_the_ui_thread_when_the_view_rests() {
    let mut h = Headless::new(synthetic(5000, 24000), Vec2::new(1600.0, 1000.0));
    for _ in 0..10 {
        h.frame();
    }
    let (ctx, built) = (h.ctx.clone(), h.app.map_builds());
    h.app.run(&ctx, Command::ZoomOut);
    h.frame(); // moving
    h.frame(); // at rest: the projection starts on another thread
    assert_eq!(h.app.map_builds(), built, "the frame at rest does not wait for it");
    assert!(h.wants_repaint(), "and asks for frames until it is in");
    let start = std::time::Instant::now();
    while h.app.map_builds() == built {
        assert!(start.elapsed() < std::time::Duration::from_mins(2), "the projection finishes");
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.frame();
    }
    assert_eq!(h.app.map_builds(), built + 1, "drawn anew once");
    for _ in 0..5 {
        h.frame();
    }
    assert!(!h.wants_repaint(), "then idle: {:?}", h.ctx.repaint_causes());
    assert_eq!(h.app.map_builds(), built + 1);
}

/// The ties a drawn map shows: each tie drawn alone, and each flow's members.
fn drawn_ties(app: &App) -> usize {
    app.drawn_edges().iter().map(|e| e.bundle.as_ref().map_or(1, |b| b.members.len())).sum()
}

/// While the timeline plays a large map, each picture is made on another thread: a frame does
/// not wait for it, the last picture stays up meanwhile, newer ones follow as they are ready,
/// and once play stops the map is drawn for exactly where it stopped.
#[test]
fn while_playing_a_large_map_its_pictures_are_made_off_the_ui_thread() {
    let mut h = Headless::new(synthetic(5000, 24000), Vec2::new(1600.0, 1000.0));
    h.frame();
    let ctx = h.ctx.clone();
    let time =
        bridges::TimeFilter { range: Some([2005.0, 2015.0]), mode: bridges::TimeMode::Cumulative, compare: None };
    h.app.run(&ctx, Command::SetTime(time));
    h.frame();
    assert!(h.app.map_is_current());
    let (prepared, before) = (h.app.scene_preparations(), drawn_ties(&h.app));
    assert!(h.app.visible_ties().len() > 2_000, "a large view: {}", h.app.visible_ties().len());
    h.app.run(&ctx, Command::SetPlayer(bridges::Player { speed: 2.0, looping: false, playing: true }));
    h.frame();
    assert_eq!(h.app.scene_preparations(), prepared, "the frame does not wait for the picture");
    assert!(!h.app.map_is_current(), "the last picture stays up meanwhile");
    assert_eq!(drawn_ties(&h.app), before);
    assert!(h.wants_repaint(), "and frames keep coming");
    let start = std::time::Instant::now();
    while h.app.scene_preparations() < prepared + 2 {
        assert!(start.elapsed() < std::time::Duration::from_mins(2), "pictures are made while playing");
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.frame();
    }
    assert!(drawn_ties(&h.app) > before, "a later picture shows the ties the window reached");

    h.app.run(&ctx, Command::TogglePlay);
    h.frame();
    assert!(h.app.map_is_current(), "stopped: drawn at once for where it stopped");
    let stopped = h.app.persisted().view.time;
    let mut fresh = Headless::new(App::with_dataset(h.app.loaded().clone()), Vec2::new(1600.0, 1000.0));
    fresh.frame();
    fresh.app.run(&fresh.ctx.clone(), Command::SetTime(stopped));
    fresh.frame();
    let edges = |app: &App| app.drawn_edges().iter().map(|e| (e.tie.clone(), e.width)).collect::<Vec<_>>();
    assert_eq!(edges(&h.app), edges(&fresh.app), "the same picture as a map opened at that time");
}
