//! The timeline as an animation: `bridges export --animate` and the Export window write one
//! frame per step, each the view of its period; the same command gives the same bytes.

mod common;

use common::bridges;
use std::path::Path;

/// The frames of a GIF, composed as a viewer shows them (RGBA, each frame over the last).
fn gif_frames(path: &Path) -> (u32, u32, Vec<Vec<u8>>) {
    let file = std::fs::File::open(path).expect("the GIF");
    let mut options = gif::DecodeOptions::new();
    options.set_color_output(gif::ColorOutput::RGBA);
    let mut decoder = options.read_info(file).expect("a GIF");
    let (w, h) = (u32::from(decoder.width()), u32::from(decoder.height()));
    let mut canvas = vec![0_u8; (w * h * 4) as usize];
    let mut frames = Vec::new();
    while let Some(frame) = decoder.read_next_frame().expect("a frame") {
        assert_eq!((u32::from(frame.width), u32::from(frame.height)), (w, h), "whole-canvas frames");
        for (i, px) in frame.buffer.chunks_exact(4).enumerate() {
            if px[3] > 0 {
                canvas[i * 4..i * 4 + 4].copy_from_slice(px);
            }
        }
        frames.push(canvas.clone());
    }
    (w, h, frames)
}

/// Pixels that differ between two frames.
fn changed(a: &[u8], b: &[u8]) -> usize {
    a.chunks_exact(4).zip(b.chunks_exact(4)).filter(|(x, y)| x != y).count()
}

#[test]
fn a_gif_of_the_record_has_one_frame_per_year_and_the_same_bytes_every_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b) = (dir.path().join("a.gif"), dir.path().join("b.gif"));
    for out in [&a, &b] {
        let run = bridges(
            &[
                "export",
                "--animate",
                "--from",
                "2004",
                "--to",
                "2025",
                "--step",
                "year",
                "--width",
                "960",
                "--height",
                "600",
                "--out",
            ]
            .into_iter()
            .chain([out.to_str().expect("utf-8")])
            .collect::<Vec<_>>(),
        );
        assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    }
    let (bytes_a, bytes_b) = (std::fs::read(&a).expect("a"), std::fs::read(&b).expect("b"));
    assert_eq!(bytes_a, bytes_b, "deterministic: the same command gives the same bytes");
    let (w, h, frames) = gif_frames(&a);
    assert_eq!((w, h), (960, 600));
    assert_eq!(frames.len(), 22, "2004 to 2025 by year");
    // The years differ: 2004 (the Dialogue's launch) and 2025 (the first summit) are not the
    // same picture, and no two consecutive frames are all alike (the caption changes).
    assert!(changed(&frames[0], &frames[21]) > 2_000, "{}", changed(&frames[0], &frames[21]));
    for (i, pair) in frames.windows(2).enumerate() {
        assert!(changed(&pair[0], &pair[1]) > 0, "frame {i} and {} are the same", i + 1);
    }
    assert!(bytes_a.len() < 400_000, "one palette and unchanged pixels left out keep it small: {}", bytes_a.len());
}

#[test]
fn an_apng_is_lossless_with_one_frame_per_month_and_cumulative_keeps_earlier_ties() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("ties.apng");
    let run = bridges(&[
        "export",
        "--animate",
        "--from",
        "2025-06",
        "--to",
        "2025-12",
        "--step",
        "month",
        "--cumulative",
        "--fps",
        "4",
        "--width",
        "320",
        "--height",
        "200",
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&out).expect("file")));
    let reader = decoder.read_info().expect("a PNG");
    let control = reader.info().animation_control().copied().expect("an animated PNG");
    assert_eq!(control.num_frames, 7, "June to December 2025 by month");
    let fc = reader.info().frame_control().copied().expect("a frame control");
    assert_eq!((fc.delay_num, fc.delay_den), (1, 4), "4 frames a second");
}

#[test]
fn bad_animation_options_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("x.gif");
    let o = out.to_str().expect("utf-8");
    for (args, says) in [
        (vec!["--step", "week"], "not a step"),
        (vec!["--fps", "0"], "--fps"),
        (vec!["--from", "2025", "--to", "2004"], "after"),
        (vec!["--from", "1900", "--step", "day"], "frames"),
    ] {
        let mut all = vec!["export", "--animate", "--out", o];
        all.extend(args.iter().copied());
        let run = bridges(&all);
        let err = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(1), "{args:?}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!out.exists(), "{args:?}: nothing written");
    }
    let run = bridges(&["export", "--animate", "--out", dir.path().join("x.svg").to_str().expect("utf-8")]);
    assert!(String::from_utf8_lossy(&run.stderr).contains(".gif, .apng or .png"));
}

#[test]
fn the_export_window_animates_the_time_range_shown() {
    use bridges::{Command, TimeFilter, TimeMode};
    use eframe::egui;
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("from-window.gif");
    let mut h = common::builtin_harness();
    let ctx = h.ctx.clone();
    // 2020 to 2025, by year: six frames.
    let range = [2020.0, 2026.0];
    h.state_mut().run(&ctx, Command::SetTime(TimeFilter { range: Some(range), mode: TimeMode::Window, compare: None }));
    let mut options = h.state().persisted().export;
    options.size = bridges::ExportSize::Scale(0.5);
    h.state_mut().run(&ctx, Command::SetExportOptions(options));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    h.get_by_label("File:").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label("File:").type_text(out.to_str().expect("utf-8"));
    h.run();
    assert!(common::shows(&h, "one frame per"), "the animation's options appear for a .gif");
    h.get_by_label("Export").click();
    h.run();
    common::settle(&mut h);
    assert!(
        matches!(h.state().status(), Some(bridges::StatusLine::Done(m)) if m.contains("6 frames")),
        "{:?}",
        h.state().status()
    );
    let (_, _, frames) = gif_frames(&out);
    assert_eq!(frames.len(), 6);
}
