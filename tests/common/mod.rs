//! Helpers the behaviour tests share: the app in a kittest harness, driven and read as a user
//! would, and the `bridges` binary run from the command line.
//!
//! Each test file is its own crate and uses only some of these, so the rest would warn as
//! unused there.
#![allow(dead_code)]
// A module of each test crate: `pub` here means "for the test files".
#![allow(unreachable_pub)]

use bridges::App;
use eframe::egui::{self, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The window size most tests use: a laptop screen.
pub const WINDOW: egui::Vec2 = egui::vec2(1280.0, 800.0);

/// The app on the article's map (`tests/data/article.json`: four ties whose every detail the
/// tests know), in a window of the usual size, after its first frames.
pub fn harness() -> Harness<'static, App> {
    harness_sized(WINDOW)
}

/// The app on the article's map, in a window of `size`, after its first frames.
pub fn harness_sized(size: egui::Vec2) -> Harness<'static, App> {
    let mut h = Harness::builder().with_size(size).build_eframe(|_| App::with_dataset(article()));
    h.run();
    h
}

/// The app as a user starts it: the built-in map of the record since 2004.
pub fn builtin_harness() -> Harness<'static, App> {
    let mut h = Harness::builder().with_size(WINDOW).build_eframe(|_| App::default());
    h.run();
    h
}

/// The article's map: the built-in map as it was before the record since 2004 was added.
pub fn article() -> bridges::Loaded {
    bridges::load_path(&data("tests/data/article.json")).unwrap_or_else(|e| panic!("{e}: {:?}", e.problems))
}

/// Whether any widget's accessible name contains `text`.
pub fn shows(h: &Harness<'_, App>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// Whether an actor named `name` is drawn as a node on the map.
pub fn is_node(h: &Harness<'_, App>, name: &str) -> bool {
    h.query_by_role_and_label(Role::Button, name).is_some()
}

/// Click the map node of an actor, found by its accessible name.
pub fn click_node(h: &mut Harness<'_, App>, name: &str) {
    h.get_by_role_and_label(Role::Button, name).click();
    h.run();
}

/// Wait, as a user would, while the window says it is opening or exporting something.
pub fn settle(h: &mut Harness<'_, App>) {
    let start = Instant::now();
    while h.state().busy() {
        assert!(start.elapsed() < Duration::from_mins(2), "still busy: {:?}", h.state().status());
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    h.run();
}

/// A path in the repository.
pub fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Run the `bridges` binary with `args`, in English whatever the machine's locale.
pub fn bridges(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bridges")).args(args).env("LC_ALL", "C").output().expect("run bridges")
}

/// Settings kept in memory, standing in for eframe's storage on disk.
#[derive(Default)]
pub struct Memory(std::collections::BTreeMap<String, String>);

impl eframe::Storage for Memory {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

/// A file dragged from the file manager and dropped on the window.
#[derive(Debug)]
pub struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

pub fn drop_file(h: &mut Harness<'_, App>, path: PathBuf) {
    h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(path)));
    h.run();
    settle(h);
}

/// `bridges metrics --format json` with `args`: one JSON object per actor.
pub fn metrics_json(args: &[&str]) -> Vec<serde_json::Value> {
    let mut all = vec!["metrics", "--format", "json"];
    all.extend_from_slice(args);
    let run = bridges(&all);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    serde_json::from_slice(&run.stdout).expect("JSON rows")
}
