//! Saved views and stories drawn without a window: the picture of a saved view, and the
//! frames of a story (each step held, the move between steps eased as on screen).

use super::{ExportError, Options, Picture, animate};
use crate::i18n::tr_args;
use crate::layout::{Layout, LayoutKey};
use crate::model::{Dataset, SavedView, Story, caption_text};
use crate::view::{LayoutKind, ViewState};
use crate::views::{self, Transition};
use eframe::egui::Vec2;
use std::collections::BTreeMap;

/// How long each step is held in an animation, in seconds.
pub(crate) const HOLD_S: f64 = 2.0;

/// Layouts made once per kind for all the pictures of an export.
#[derive(Default)]
pub(crate) struct Layouts(BTreeMap<LayoutKind, Layout>);

impl Layouts {
    pub(crate) fn get(&mut self, ds: &Dataset, view: &ViewState) -> &Layout {
        self.0.entry(view.layout).or_insert_with(|| LayoutKey::new(ds, view.layout, view.pins()).compute(ds))
    }
}

/// The picture of `view` with `caption` at its top left (none when empty).
pub(crate) fn picture(
    ds: &Dataset,
    view: &ViewState,
    layouts: &mut Layouts,
    size: Vec2,
    options: &Options,
    caption: &str,
) -> Picture {
    let visible = crate::filter::VisibleKey::new(ds, &view.filters, &view.time).compute(ds);
    let layout = layouts.get(ds, view);
    let mut p = Picture::of_view(ds, view, layout, &visible, size, options);
    if !caption.is_empty() {
        animate::caption(&mut p, caption);
    }
    p
}

/// The view a saved view stands for in a picture of `size`; without bounds, the whole map.
pub(crate) fn view_of(saved: &SavedView, size: Vec2) -> ViewState {
    views::restore(saved, size, &ViewState::default())
}

/// What `find` looks for, for its messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Listed {
    View,
    Story,
}

/// Find a saved view or story by name (exact, then ignoring case), or say which there are.
pub(crate) fn find<'a, T>(
    items: &'a [T],
    name: &str,
    name_of: impl Fn(&T) -> &str,
    what: Listed,
) -> Result<&'a T, String> {
    let what = match what {
        Listed::View => "view",
        Listed::Story => "story",
    };
    items
        .iter()
        .find(|x| name_of(x) == name)
        .or_else(|| items.iter().find(|x| name_of(x).eq_ignore_ascii_case(name)))
        .ok_or_else(|| {
            let names: Vec<&str> = items.iter().map(&name_of).collect();
            if names.is_empty() {
                tr_args("export-none-in-dataset", &[("what", what.into())])
            } else {
                tr_args(
                    "export-none-called",
                    &[("what", what.into()), ("name", name.into()), ("names", names.join(", ").into())],
                )
            }
        })
}

/// The frames of a story as an animation at `fps`: each step held for `HOLD_S`, the camera
/// and time range moving to the next over `views::DURATION_S`, the step's caption on each.
pub(crate) fn frames(
    ds: &Dataset,
    story: &Story,
    size: Vec2,
    options: &Options,
    fps: f32,
    stop: &std::sync::atomic::AtomicBool,
) -> Result<Option<Vec<animate::Frame>>, ExportError> {
    let scale = options.scale_for(size)?;
    let mut layouts = Layouts::default();
    let hold = ((HOLD_S * f64::from(fps)).round() as usize).max(1);
    let moving = (views::DURATION_S * f64::from(fps)).round() as usize;
    let mut out = Vec::new();
    let mut previous: Option<ViewState> = None;
    for step in &story.steps {
        let mut view = view_of(&step.view, size);
        let camera = view.camera.unwrap_or_else(|| {
            let layout = layouts.get(ds, &view);
            crate::scene::fit_camera(ds, layout, view.labels.tag(), size, 0.0)
        });
        view.camera = Some(camera);
        let short = caption_text(&step.caption);
        if let Some(prev) = previous.as_ref().filter(|p| p.layout == view.layout) {
            let from = (prev.camera.unwrap_or(camera), prev.time.range);
            let t = Transition { from, to: (camera, view.time.range), start: 0.0 };
            for i in 1..moving {
                if stop.load(std::sync::atomic::Ordering::Relaxed) {
                    return Ok(None);
                }
                let (cam, time, _) = t.at(i as f64 / f64::from(fps));
                let mut between = view.clone();
                between.camera = Some(cam);
                between.time.range = time;
                out.push(
                    picture(ds, &between, &mut layouts, size, options, &short).to_frame(scale, options.transparent)?,
                );
            }
        }
        let held = picture(ds, &view, &mut layouts, size, options, &short).to_frame(scale, options.transparent)?;
        for _ in 1..hold {
            out.push(animate::Frame { width: held.width, height: held.height, rgba: held.rgba.clone() });
        }
        out.push(held);
        previous = Some(view);
    }
    Ok(Some(out))
}

/// The pictures of a story's steps, each with its caption's first words as a caption.
fn step_pictures(ds: &Dataset, story: &Story, size: Vec2, options: &Options) -> Vec<(ViewState, Picture)> {
    let mut layouts = Layouts::default();
    story
        .steps
        .iter()
        .map(|step| {
            let view = view_of(&step.view, size);
            let p = picture(ds, &view, &mut layouts, size, options, "");
            (view, p)
        })
        .collect()
}

/// Export a story to `path` by its extension: a PDF (one page per step, caption and quotes
/// below the map, an outline of the steps, then the sources), an animation (.gif, .apng) or
/// one picture per step (.png, .svg: `NAME-1.png`, …). Returns the files written.
pub(crate) fn export(
    ds: &Dataset,
    story: &Story,
    path: &std::path::Path,
    size: Vec2,
    options: &Options,
    fps: f32,
) -> Result<Vec<std::path::PathBuf>, ExportError> {
    super::check_target(path)?;
    options.scale_for(size)?;
    if story.steps.is_empty() {
        return Err(ExportError::Render(tr_args("export-story-no-steps", &[("name", story.name.as_str().into())])));
    }
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    match ext.as_str() {
        "gif" | "apng" => {
            let kind = if ext == "gif" { animate::Kind::Gif } else { animate::Kind::Apng };
            let stop = std::sync::atomic::AtomicBool::new(false);
            let frames = frames(ds, story, size, options, fps, &stop)?.unwrap_or_default();
            let bytes = match kind {
                animate::Kind::Gif => animate::gif(&frames, fps)?,
                animate::Kind::Apng => animate::apng(&frames, fps)?,
            };
            super::write_atomic(path, &bytes)?;
            Ok(vec![path.to_path_buf()])
        }
        "pdf" => {
            let mut pages = Vec::new();
            let mut shown = std::collections::BTreeSet::new();
            for (step, (view, picture)) in story.steps.iter().zip(step_pictures(ds, story, size, options)) {
                let visible = crate::filter::VisibleKey::new(ds, &view.filters, &view.time).compute(ds);
                shown.extend(visible.ties.ids(ds).map(str::to_owned));
                let quotes = step
                    .quotes
                    .iter()
                    .filter_map(|id| ds.quotes.iter().find(|q| q.id == *id))
                    .map(|q| {
                        let source = ds.source(&q.source).map(|s| format!(", {}", s.title)).unwrap_or_default();
                        (q.text.clone(), format!("{}{source}", ds.name_of(&q.speaker)))
                    })
                    .collect();
                let title =
                    if step.view.name.is_empty() { caption_text(&step.caption) } else { step.view.name.clone() };
                pages.push(super::pdf::StoryPage { picture, title, caption: step.caption.clone(), quotes });
            }
            let shown: std::collections::BTreeSet<&str> = shown.iter().map(String::as_str).collect();
            let sources = super::pdf::sources_of(ds, &shown);
            let bytes = super::pdf::render(&pages, &sources, &story.name, true)?;
            super::write_atomic(path, &bytes)?;
            Ok(vec![path.to_path_buf()])
        }
        "png" | "svg" => {
            let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            let mut written = Vec::new();
            for (i, (_, mut picture)) in step_pictures(ds, story, size, options).into_iter().enumerate() {
                if let Some(step) = story.steps.get(i) {
                    animate::caption(&mut picture, &caption_text(&step.caption));
                }
                let file = path.with_file_name(format!("{stem}-{}.{ext}", i + 1));
                written.push(picture.export(&file, options)?);
            }
            Ok(written)
        }
        other => Err(ExportError::UnknownFormat(other.to_owned())),
    }
}
