//! Saved views, stories and their exports: views kept through save and reopen, a story made
//! and presented in the window, and the built-in story as a PDF (one page per step, its
//! caption and quotes as text, fonts embedded, an outline) and as an animation.

mod common;

use bridges::Command;
use bridges::model::SavedView;
use common::{bridges, shows};
use eframe::egui;
use egui_kittest::kittest::Queryable;

/// The PDF's pages, each page's text, the names of its fonts and whether each is embedded,
/// and its outline entries.
struct Pdf {
    pages: usize,
    text: Vec<String>,
    fonts: Vec<(String, bool)>,
    outline: usize,
}

fn read_pdf(bytes: &[u8]) -> Pdf {
    let doc = lopdf::Document::load_mem(bytes).expect("a PDF lopdf reads");
    let pages = doc.get_pages();
    // Words are set one by one: compare with whitespace collapsed.
    let text = pages
        .keys()
        .map(|n| doc.extract_text(&[*n]).unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let mut fonts = Vec::new();
    for obj in doc.objects.values() {
        if let Ok(dict) = obj.as_dict()
            && dict.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"FontDescriptor".as_slice())
        {
            let name = dict.get(b"FontName").and_then(|n| n.as_name()).map(|n| String::from_utf8_lossy(n).into_owned());
            let embedded = dict.has(b"FontFile2") || dict.has(b"FontFile3") || dict.has(b"FontFile");
            fonts.push((name.unwrap_or_default(), embedded));
        }
    }
    let outline = doc.get_toc().map_or(0, |t| t.toc.len());
    Pdf { pages: pages.len(), text, fonts, outline }
}

#[test]
fn the_built_in_story_as_a_pdf_has_a_page_per_step_with_its_caption_quotes_fonts_and_outline() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("story.pdf");
    let run = bridges(&["export", "--story", "Bridges, not blocs", "--out", out.to_str().expect("utf-8")]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let bytes = std::fs::read(&out).expect("written");
    let pdf = read_pdf(&bytes);
    let ds = bridges::builtin().expect("built-in").dataset;
    let story = &ds.stories[0];
    assert!(story.steps.len() >= 6, "the built-in story has at least six steps");
    // One page per step, then the sources.
    assert!(pdf.pages > story.steps.len(), "{} pages for {} steps", pdf.pages, story.steps.len());
    assert_eq!(pdf.outline, story.steps.len(), "an outline entry per step");
    let first = &pdf.text[0];
    assert!(first.contains("Kazakhstan") && first.contains("Japan"), "labels are text: {first}");
    assert!(first.contains("2004"), "the caption is text: {first}");
    let quote = ds.quotes.iter().find(|q| q.id == story.steps[0].quotes[0]).expect("the cited quote");
    let start: String = quote.text.chars().take(30).collect();
    assert!(first.contains(&start), "the step's quote is on its page: {start:?} in {first}");
    assert!(pdf.text.iter().any(|t| t.contains("Sources (")), "a sources page");
    assert!(!pdf.fonts.is_empty() && pdf.fonts.iter().all(|(_, e)| *e), "every font embedded: {:?}", pdf.fonts);
    // Subsets: the names carry the six-letter subset tag.
    assert!(pdf.fonts.iter().all(|(n, _)| n.len() > 7 && n.as_bytes()[6] == b'+'), "{:?}", pdf.fonts);
}

#[test]
fn a_pdf_of_the_map_in_japanese_keeps_its_labels_as_text_in_an_embedded_cjk_font() {
    let dir = tempfile::tempdir().expect("tempdir");
    let json = dir.path().join("ja.json");
    // The built-in map with every name in Japanese, as the View ▸ Label language shows it.
    let mut ds = std::sync::Arc::unwrap_or_clone(bridges::builtin().expect("built-in").dataset);
    for a in &mut ds.actors {
        if let Some(ja) = a.names.get("ja").cloned() {
            a.name = ja;
        }
    }
    std::fs::write(&json, serde_json::to_string(&ds).expect("json")).expect("write");
    let out = dir.path().join("map.pdf");
    let run = bridges(&["export", "--dataset", json.to_str().expect("utf-8"), "--out", out.to_str().expect("utf-8")]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let pdf = read_pdf(&std::fs::read(&out).expect("written"));
    assert!(pdf.text[0].contains("日本"), "Japanese labels are text: {}", pdf.text[0]);
    assert!(pdf.fonts.iter().any(|(n, e)| n.contains("DroidSansFallback") && *e), "{:?}", pdf.fonts);
}

#[test]
fn the_built_in_story_animates_with_each_step_held_and_the_same_bytes_twice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b) = (dir.path().join("a.gif"), dir.path().join("b.gif"));
    for out in [&a, &b] {
        let run = bridges(&[
            "export",
            "--story",
            "Bridges, not blocs",
            "--width",
            "480",
            "--height",
            "300",
            "--fps",
            "2",
            "--out",
            out.to_str().expect("utf-8"),
        ]);
        assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    }
    let bytes = std::fs::read(&a).expect("a");
    assert_eq!(bytes, std::fs::read(&b).expect("b"), "deterministic");
    let mut options = gif::DecodeOptions::new();
    options.set_color_output(gif::ColorOutput::Indexed);
    let mut decoder = options.read_info(bytes.as_slice()).expect("a GIF");
    let mut frames = 0;
    while decoder.read_next_frame().expect("frame").is_some() {
        frames += 1;
    }
    // Seven steps held two seconds at 2 fps (4 frames each), six moves of one second (one
    // frame between, the step's own frame ends each move).
    assert_eq!(frames, 7 * 4 + 6, "{frames}");
}

#[test]
fn saved_views_survive_save_and_reopen_and_other_formats_say_they_drop_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = common::harness();
    let ctx = h.ctx.clone();
    common::click_node(&mut h, "Uzbekistan");
    h.state_mut().run(&ctx, Command::SaveView("Uzbekistan close".into()));
    h.run();
    let views = h.state().loaded().dataset.views.clone();
    assert_eq!(views.len(), 1);
    assert_eq!(views[0].name, "Uzbekistan close");
    assert_eq!(h.state().undo_name(), Some("save view Uzbekistan close"));
    let json = dir.path().join("views.json");
    h.state_mut().run(&ctx, Command::SaveTo(json.clone(), bridges::FileFormat::Json));
    h.run();
    let reopened = bridges::load_path(&json).expect("reopens");
    assert_eq!(reopened.dataset.views, views, "the view is kept in the JSON");
    let gexf = dir.path().join("views.gexf");
    h.state_mut().run(&ctx, Command::SaveTo(gexf, bridges::FileFormat::Gexf));
    h.run();
    assert!(shows(&h, "kept only in Bridges JSON"), "{:?}", h.state().status());
}

/// A view saved in one window size shows the same region restored in another.
#[test]
fn a_view_restored_in_a_smaller_window_shows_the_same_region() {
    let mut big = common::harness_sized(egui::Vec2::new(1400.0, 900.0));
    let ctx = big.ctx.clone();
    big.state_mut().run(&ctx, Command::SaveView("here".into()));
    big.run();
    let saved: SavedView = big.state().loaded().dataset.views[0].clone();
    let mut small = common::harness_sized(egui::Vec2::new(900.0, 700.0));
    let ctx = small.ctx.clone();
    small.state_mut().run(&ctx, Command::RestoreView(Box::new(saved.clone())));
    steps(&mut small, 8);
    let again = small.state().view_on_screen("again");
    let (a, b) = (saved.bounds.expect("bounds"), again.bounds.expect("bounds"));
    // The smaller window shows at least the saved region, centred on it.
    let centre = |v: [f64; 4]| (f64::midpoint(v[0], v[2]), f64::midpoint(v[1], v[3]));
    let (ca, cb) = (centre(a), centre(b));
    assert!((ca.0 - cb.0).abs() < 0.5 && (ca.1 - cb.1).abs() < 0.5, "{a:?} {b:?}");
    assert!(b[0] <= a[0] + 0.5 && b[2] >= a[2] - 0.5 && b[1] <= a[1] + 0.5 && b[3] >= a[3] - 0.5, "{a:?} within {b:?}");
}

/// Build a three-step story in the window, present it with F5, step with the arrow keys
/// (the camera moves there smoothly), and leave with Esc.
#[test]
fn a_three_step_story_is_made_in_the_window_and_presented() {
    let mut h = common::harness();
    let ctx = h.ctx.clone();
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Stories…").click();
    h.run();
    h.get_by_label("New story").click();
    h.run();
    for (node, caption) in
        [("kazakhstan", "**Astana** first"), ("uzbekistan", "Then *Tashkent*"), ("japan", "Back to Tokyo")]
    {
        // Selected from the side panel's list, as the Stories window may lie over the node.
        h.state_mut().run(&ctx, Command::Select(Some(bridges::Selection::Actor(node.to_owned()))));
        h.run();
        h.get_by_label("Add step").click();
        h.run();
        let n = h.state().loaded().dataset.stories[0].steps.len();
        let field = format!("Caption {n}");
        h.get_by_label(&field).focus();
        h.run();
        h.get_by_label(&field).type_text(caption);
        h.run();
        // Leaving the field keeps the caption (one undo step).
        h.key_press(egui::Key::Tab);
        h.run();
    }
    let story = h.state().loaded().dataset.stories[0].clone();
    let captions: Vec<&str> = story.steps.iter().map(|s| s.caption.as_str()).collect();
    assert_eq!(captions, ["**Astana** first", "Then *Tashkent*", "Back to Tokyo"], "steps in order");
    h.key_press(egui::Key::F5);
    steps(&mut h, 8);
    assert!(shows(&h, "Astana") && shows(&h, "step 1 of 3"), "the first step's caption, large");
    assert!(!shows(&h, "Reset filters"), "the panels are gone");
    let before = h.state().persisted().view.camera.expect("camera");
    let target = h.state().camera_for(&story.steps[1].view);
    h.key_press(egui::Key::ArrowRight);
    h.step();
    h.step();
    assert!(shows(&h, "step 2 of 3"));
    // A quarter of a second into the move the camera is on its way; after a second, there.
    let mid = h.state().persisted().view.camera.expect("camera");
    let gap = |a: bridges::Camera, b: bridges::Camera| {
        (a.center[0] - b.center[0]).abs() + (a.center[1] - b.center[1]).abs() + (a.zoom - b.zoom).abs()
    };
    assert!(gap(mid, before) > 1e-3 && gap(mid, target) > 1e-3, "between: {before:?} {mid:?} {target:?}");
    steps(&mut h, 8);
    let end = h.state().persisted().view.camera.expect("camera");
    assert!(gap(end, target) < 1e-3 && (end.zoom - target.zoom).abs() < 1e-3, "{end:?} {target:?}");
    h.key_press(egui::Key::Escape);
    steps(&mut h, 3);
    assert!(shows(&h, "Reset filters"), "Esc leaves the presentation");
    h.state_mut().run(&ctx, Command::Undo);
    steps(&mut h, 2);
    assert_eq!(h.state().loaded().dataset.stories[0].steps.len(), 3, "undo takes the last caption back, not a step");
}

/// Frames one after another (a quarter of a second each), without waiting for the window
/// to settle (a move under way asks for the next frame).
fn steps(h: &mut egui_kittest::Harness<'static, bridges::App>, n: usize) {
    for _ in 0..n {
        h.step();
    }
}

#[test]
fn export_draws_a_saved_view_and_check_refuses_a_step_citing_a_missing_quote() {
    let dir = tempfile::tempdir().expect("tempdir");
    let svg = dir.path().join("formats.svg");
    let run = bridges(&["export", "--view", "The C5+X formats", "--out", svg.to_str().expect("utf-8")]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let text = std::fs::read_to_string(&svg).expect("svg");
    // The view hides every tie but launches of formats.
    assert!(text.contains("class=\"tie launch held\""), "launches shown");
    assert!(!text.contains("class=\"tie visit"), "visits hidden by the saved view");
    let run = bridges(&["export", "--view", "nowhere", "--out", svg.to_str().expect("utf-8")]);
    assert!(String::from_utf8_lossy(&run.stderr).contains("The C5+X formats"), "the views are listed");

    let mut ds = std::sync::Arc::unwrap_or_clone(bridges::builtin().expect("built-in").dataset);
    ds.stories[0].steps[1].quotes.push("quote-that-is-not-there".to_owned());
    let path = dir.path().join("bad-story.json");
    std::fs::write(&path, serde_json::to_string(&ds).expect("json")).expect("write");
    let run = bridges(&["check", path.to_str().expect("utf-8")]);
    let err = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1));
    assert!(err.contains("stories[0].steps[1].quotes[") && err.contains("quote-that-is-not-there"), "{err}");
}

/// The Export window exports a story as a PDF and as a GIF, as the command line does.
#[test]
fn the_export_window_exports_a_story_as_pdf_and_gif() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = common::builtin_harness();
    let ctx = h.ctx.clone();
    let mut options = h.state().persisted().export;
    options.size = bridges::ExportSize::Scale(0.5);
    h.state_mut().run(&ctx, Command::SetExportOptions(options));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    h.get_by_role_and_label(egui::Role::ComboBox, "Export:").click();
    h.run();
    h.get_by_label("Story “Bridges, not blocs”").click();
    h.run();
    for name in ["story.pdf", "story.gif"] {
        let out = dir.path().join(name);
        h.get_by_label("File:").focus();
        h.run();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.run();
        h.get_by_label("File:").type_text(out.to_str().expect("utf-8"));
        h.run();
        h.get_by_label("Export").click();
        h.run();
        common::settle(&mut h);
        assert!(
            matches!(h.state().status(), Some(bridges::StatusLine::Done(m)) if m.contains("7 steps")),
            "{name}: {:?}",
            h.state().status()
        );
        assert!(out.is_file(), "{name} written");
    }
    let pdf = read_pdf(&std::fs::read(dir.path().join("story.pdf")).expect("pdf"));
    assert_eq!(pdf.outline, 7);
    let gif = std::fs::read(dir.path().join("story.gif")).expect("gif");
    assert_eq!(&gif[..6], b"GIF89a");
}
