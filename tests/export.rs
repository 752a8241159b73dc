//! Exporting the view: headless PNG and SVG, from the command line and from the window.

mod common;

use bridges::testing::style;
use bridges::{ExportOptions as Options, Picture};
use common::bridges;
use eframe::egui::{self, Color32, Vec2};
use std::path::Path;

fn arg(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn decode(path: &Path) -> image::RgbaImage {
    image::open(path).expect("a PNG that decodes").to_rgba8()
}

/// The article's map (the built-in map before the record since 2004: six states, none
/// covering another) in its default view, as `bridges export` draws it at `size`.
fn default_picture(size: Vec2) -> Picture {
    let ds = common::article().dataset;
    let layout = bridges::testing::geographic(&ds);
    let visible = bridges::Visible::all(&ds);
    Picture::of_view(&ds, &bridges::ViewState::default(), &layout, &visible, size, &Options::default())
}

fn close(a: Color32, b: [u8; 4]) -> bool {
    let a = a.to_srgba_unmultiplied();
    (0..3).all(|i| a[i].abs_diff(b[i]) <= 12)
}

#[test]
fn png_of_the_builtin_map_has_the_requested_size_and_every_state_drawn() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("map.png");
    let article = common::data("tests/data/article.json");
    let run =
        bridges(&["export", "--dataset", arg(&article), "--out", arg(&out), "--width", "1200", "--height", "750"]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    assert_eq!(String::from_utf8_lossy(&run.stdout).trim(), out.display().to_string());
    let img = decode(&out);
    assert_eq!(img.dimensions(), (1200, 750));
    let picture = default_picture(Vec2::new(1200.0, 750.0));
    let state_fill = style::actor_color(bridges::model::ActorKind::State);
    for id in ["japan", "kazakhstan", "uzbekistan", "kyrgyzstan", "tajikistan", "turkmenistan"] {
        let n = picture.scene.nodes.iter().find(|n| n.actor == id).expect("node");
        let px = img.get_pixel(n.center.x as u32, n.center.y as u32).0;
        assert!(close(state_fill, px), "{id} at {:?} is drawn in the state colour, found {px:?}", n.center);
        assert!(!close(style::WATER, px) && !close(style::LAND, px), "{id} differs from the background");
    }
}

#[test]
fn scale_2_doubles_the_size_and_keeps_the_picture() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (one, two) = (dir.path().join("one.png"), dir.path().join("two.png"));
    let article = common::data("tests/data/article.json");
    let a = ["export", "--dataset", arg(&article), "--width", "600", "--height", "400", "--out"];
    assert_eq!(bridges(&[&a[..], &[arg(&one)]].concat()).status.code(), Some(0));
    let run = bridges(&[&a[..], &[arg(&two), "--scale", "2"]].concat());
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let (a, b) = (decode(&one), decode(&two));
    assert_eq!(b.dimensions(), (1200, 800));
    let picture = default_picture(Vec2::new(600.0, 400.0));
    let japan = picture.scene.nodes.iter().find(|n| n.actor == "japan").expect("japan");
    // A point of Japan's disc that no label (drawn over discs) covers.
    let labels: Vec<egui::Rect> =
        picture.scene.nodes.iter().filter_map(|n| n.label).map(|r| r.expand2(egui::vec2(4.0, 2.0))).collect();
    let r = japan.radius * 0.5;
    let p = [egui::vec2(0.0, 0.0), egui::vec2(-r, 0.0), egui::vec2(r, 0.0), egui::vec2(0.0, -r), egui::vec2(0.0, r)]
        .into_iter()
        .map(|d| japan.center + d)
        .find(|p| !labels.iter().any(|l| l.contains(*p)))
        .expect("some of Japan's disc is uncovered");
    let (x, y) = (p.x as u32, p.y as u32);
    assert_eq!(a.get_pixel(x, y), b.get_pixel(2 * x, 2 * y), "the same node at twice the coordinates");
}

#[test]
fn transparent_leaves_the_corners_transparent() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (solid, clear) = (dir.path().join("solid.png"), dir.path().join("clear.png"));
    assert_eq!(bridges(&["export", "--out", arg(&solid), "--width", "800", "--height", "500"]).status.code(), Some(0));
    let run = bridges(&["export", "--out", arg(&clear), "--width", "800", "--height", "500", "--transparent"]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let (s, c) = (decode(&solid), decode(&clear));
    for (x, y) in [(0, 0), (799, 0), (0, 499), (799, 499)] {
        assert_eq!(c.get_pixel(x, y).0[3], 0, "corner ({x},{y}) transparent");
        assert_eq!(s.get_pixel(x, y).0[3], 255, "corner ({x},{y}) of the solid export is opaque");
    }
    let opaque = c.pixels().filter(|p| p.0[3] > 0).count();
    assert!(opaque > 1000, "ties, actors and legend are still drawn ({opaque} px)");
}

#[test]
fn svg_parses_and_has_a_titled_group_for_every_actor_and_tie() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("map.svg");
    // The article's map: four ties, none bundled with another, so each has its own group.
    let article = common::data("tests/data/article.json");
    let run = bridges(&["export", "--dataset", arg(&article), "--out", arg(&out)]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let text = std::fs::read_to_string(&out).expect("read svg");
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let title_of = |id: &str| {
        let g = doc.descendants().find(|n| n.has_tag_name("g") && n.attribute("id") == Some(id))?;
        g.children().find(|c| c.has_tag_name("title")).and_then(|t| t.text()).map(str::to_owned)
    };
    let ds = common::article().dataset;
    let layout = bridges::testing::geographic(&ds);
    let visible = bridges::Visible::all(&ds);
    let view = bridges::ViewState::default();
    let picture = Picture::of_view(&ds, &view, &layout, &visible, Vec2::new(1600.0, 1000.0), &Options::default());
    assert!(!picture.scene.nodes.is_empty() && !picture.scene.edges.is_empty());
    for n in &picture.scene.nodes {
        assert_eq!(title_of(&format!("actor-{}", n.actor)).as_deref(), Some(n.name.as_str()));
    }
    for t in &ds.ties {
        assert!(title_of(&format!("tie-{}", t.id)).is_some(), "tie {} has a titled group", t.id);
    }
    assert_eq!(
        title_of("tie-visit-iwaya-kazakhstan-2025-08").as_deref(),
        Some("Visit: Japan → Kazakhstan (planned), 2025-08-24")
    );
    let texts: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).collect();
    assert!(texts.contains(&"Kazakhstan"), "labels stay text");
}

#[test]
fn selecting_kazakhstan_changes_the_picture() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (plain, selected) = (dir.path().join("plain.png"), dir.path().join("kz.png"));
    assert_eq!(bridges(&["export", "--out", arg(&plain), "--width", "800", "--height", "500"]).status.code(), Some(0));
    let run =
        bridges(&["export", "--out", arg(&selected), "--width", "800", "--height", "500", "--select", "Kazakhstan"]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let (a, b) = (decode(&plain), decode(&selected));
    let differing = a.pixels().zip(b.pixels()).filter(|(p, q)| p != q).count();
    assert!(differing > 500, "{differing} pixels differ");
    let run = bridges(&["export", "--out", arg(&selected), "--select", "Atlantis"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("no actor or tie is called \"Atlantis\""));
}

#[test]
fn impossible_exports_fail_cleanly_and_keep_existing_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("no-such-folder").join("map.png");
    let run = bridges(&["export", "--out", arg(&missing)]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("does not exist"),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(!missing.exists());

    let existing = dir.path().join("keep.png");
    std::fs::write(&existing, b"precious").expect("write");
    for bad in [
        vec!["--scale", "0"],
        vec!["--scale", "-1"],
        vec!["--width", "20000"],
        vec!["--width", "0"],
        vec!["--dataset", "/no/such/data.json"],
    ] {
        let mut args = vec!["export", "--out", arg(&existing)];
        args.extend(bad.iter().copied());
        let run = bridges(&args);
        assert_eq!(run.status.code(), Some(1), "{bad:?} is refused");
        assert!(!String::from_utf8_lossy(&run.stderr).is_empty(), "{bad:?} says why");
        assert_eq!(std::fs::read(&existing).expect("read"), b"precious", "{bad:?} leaves the file untouched");
    }
    let run = bridges(&["export", "--out", arg(&dir.path().join("map.jpg"))]);
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("unknown image format \"jpg\""));
    let run = bridges(&["export", "--out", arg(dir.path())]);
    assert_eq!(run.status.code(), Some(1), "a folder is not a file");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["keep.png".to_owned()], "no partial or temporary file is left behind");
}

#[test]
fn the_window_exports_what_it_shows() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("from-window.svg");
    let mut h = common::harness();
    h.get_by_role_and_label(egui::Role::Button, "Uzbekistan").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    h.get_by_label("File:").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label("File:").type_text(arg(&out));
    h.run();
    h.get_by_label("Export").click();
    h.run();
    // A large export is written on another thread while the status line says so.
    common::settle(&mut h);
    assert!(
        matches!(h.state().status(), Some(bridges::StatusLine::Done(m)) if m.contains("Exported") && m.contains("from-window.svg")),
        "{:?}",
        h.state().status()
    );
    let svg = std::fs::read_to_string(&out).expect("written");
    let expected = h.state().picture().to_svg(2.0, false);
    assert_eq!(svg, expected, "the file is the picture of the view on screen");
    assert!(svg.contains("id=\"actor-uzbekistan\""));
}

#[test]
fn png_reaches_8000_pixels_on_the_long_side() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("poster.png");
    let run = bridges(&["export", "--out", arg(&out), "--scale", "5"]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    assert_eq!(image::image_dimensions(&out).expect("a PNG"), (8000, 5000));
}

/// As on screen, labels are drawn after every disc: on a crowded map no disc covers a label.
#[test]
fn svg_draws_labels_above_every_disc() {
    let ds = bridges::testing::synthetic::generate(600, 1200, 5);
    let layout = bridges::testing::geographic(&ds);
    let visible = bridges::Visible::all(&ds);
    let size = Vec2::new(800.0, 500.0);
    let picture = Picture::of_view(&ds, &bridges::ViewState::default(), &layout, &visible, size, &Options::default());
    let labelled: Vec<&str> =
        picture.scene.nodes.iter().filter(|n| n.label.is_some()).map(|n| n.name.as_str()).collect();
    assert!(labelled.len() > 10, "a crowded map with labels: {}", labelled.len());
    let svg = picture.to_svg(1.0, false);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let order: Vec<roxmltree::Node<'_, '_>> = doc.descendants().collect();
    let last_disc = order
        .iter()
        .rposition(|n| n.has_tag_name("circle") && n.parent().and_then(|p| p.attribute("class")) == Some("actor"));
    let first_label = order
        .iter()
        .position(|n| n.has_tag_name("text") && n.parent().and_then(|p| p.attribute("class")) == Some("label"));
    let (Some(last_disc), Some(first_label)) = (last_disc, first_label) else { panic!("discs and labels are drawn") };
    assert!(last_disc < first_label, "the last disc comes before the first label");
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text") && n.parent().and_then(|p| p.attribute("class")) == Some("label"))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(texts, labelled, "every label, in the scene's order");
}

/// On a crowded view the screen draws ordinary discs without their white ring; the export,
/// drawn from the same scene, does too, while the selected actor keeps its ring.
#[test]
fn a_crowded_export_draws_discs_as_the_screen_does() {
    let ds = bridges::testing::synthetic::generate(4000, 8000, 9);
    let layout = bridges::testing::geographic(&ds);
    let visible = bridges::Visible::all(&ds);
    let selected = bridges::Selection::Actor(ds.actors[0].id.clone());
    let size = Vec2::new(1600.0, 1000.0);
    let picture = Picture::of_view(
        &ds,
        &bridges::ViewState { selection: Some(selected), ..Default::default() },
        &layout,
        &visible,
        size,
        &Options::default(),
    );
    assert!(picture.scene.nodes.len() > bridges::testing::RINGS_UP_TO, "{} nodes", picture.scene.nodes.len());
    let svg = picture.to_svg(1.0, false);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let discs: Vec<roxmltree::Node<'_, '_>> = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle") && n.parent().and_then(|p| p.attribute("class")) == Some("actor"))
        .collect();
    let ringed = discs.iter().filter(|c| c.attribute("stroke").is_some()).count();
    let selected_id = format!("actor-{}", ds.actors[0].id);
    let selected_disc = discs.iter().find(|c| c.parent().and_then(|p| p.attribute("id")) == Some(selected_id.as_str()));
    assert!(selected_disc.and_then(|c| c.attribute("stroke")).is_some(), "the selection keeps its ring");
    assert!(ringed * 10 < discs.len(), "{ringed} of {} discs have a ring", discs.len());
}

/// Fitting the map leaves room for the labels at its edges: no label is cut off by the
/// view's side ("Turkmenistan" at the west of the article's map, "United States" and "Japan"
/// at the ends of the built-in one), in a wide and in a narrow view.
#[test]
fn fitted_views_keep_every_label_inside() {
    // The article's map labels all six states; the crowded built-in one at least Japan and
    // the ends of the map.
    for (ds, least) in [(common::article().dataset, 6), (bridges::builtin().expect("built-in").dataset, 3)] {
        let layout = bridges::testing::geographic(&ds);
        let visible = bridges::Visible::all(&ds);
        for size in [Vec2::new(1600.0, 1000.0), Vec2::new(900.0, 560.0)] {
            let view = bridges::ViewState::default();
            let picture = Picture::of_view(&ds, &view, &layout, &visible, size, &Options::default());
            let frame = eframe::egui::Rect::from_min_size(eframe::egui::Pos2::ZERO, size);
            let labelled: Vec<_> = picture.scene.nodes.iter().filter_map(|n| n.label.map(|l| (&n.name, l))).collect();
            assert!(labelled.len() >= least, "{size:?}: {} labels", labelled.len());
            for (name, rect) in labelled {
                assert!(frame.contains_rect(rect), "{name}'s label {rect:?} leaves the {size:?} view");
            }
        }
    }
}
