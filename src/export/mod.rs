//! Exporting the view as SVG or PNG, from the same scene the screen draws.

pub(crate) mod animate;
pub(crate) mod pdf;
mod png;
mod raster;
pub(crate) mod story;
pub(crate) mod svg;

use crate::filter::Visible;
use crate::i18n::{tr, tr_args};
use crate::layout::Layout;
use crate::legend;
use crate::model::Dataset;
use crate::scene::{self, Overlay, OverlayOptions, Scene, SceneInput};
use crate::view::{Camera, ViewState};
use eframe::egui::{Pos2, Rect, Vec2};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The longest side, in pixels, an export may have.
pub(crate) const MAX_SIDE: u32 = 16_384;

/// An image format the view exports to, chosen by the file's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    Png,
    Svg,
    Pdf,
}

impl Format {
    /// Every format, in the order the user is offered them: messages, hints and file
    /// dialogs list these, so a new format is offered everywhere once it is added here.
    pub const ALL: [Self; 3] = [Self::Png, Self::Svg, Self::Pdf];

    /// The format's name, as file dialogs list it.
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::Png => tr("export-format-png"),
            Self::Svg => tr("export-format-svg"),
            Self::Pdf => tr("export-format-pdf"),
        }
    }

    /// The file name extension, lower case and without the dot.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
            Self::Pdf => "pdf",
        }
    }

    /// The extensions for a sentence: ".png, .svg or .pdf".
    #[must_use]
    pub fn extensions_text() -> String {
        let all = Self::ALL.map(|f| format!(".{}", f.extension()));
        match all.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                tr_args("export-extensions-list", &[("rest", rest.join(", ").into()), ("last", last.as_str().into())])
            }
            _ => all.join(""),
        }
    }

    /// The format named by the file's extension (case does not matter).
    pub fn from_path(path: &Path) -> Result<Self, ExportError> {
        let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
        Self::ALL.into_iter().find(|f| f.extension() == ext).ok_or(ExportError::UnknownFormat(ext))
    }
}

/// How big the exported image is.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Size {
    /// A multiple of the view's size in pixels.
    Scale(f32),
    /// A width in pixels; the height follows the view's proportions.
    Width(u32),
}

/// Export options; remembered between runs.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    pub size: Size,
    pub transparent: bool,
    pub legend: bool,
    pub title: bool,
    /// The source and base-map credit line, with "made with Bridges".
    pub footer: bool,
    /// An animation (a .gif or .apng file): one frame per step, so many a second, each
    /// with the ties up to its period (cumulative) or of its period only.
    pub step: animate::Step,
    pub fps: f32,
    pub cumulative: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            size: Size::Scale(2.0),
            transparent: false,
            legend: true,
            title: false,
            footer: true,
            step: animate::Step::Year,
            fps: 2.0,
            cumulative: false,
        }
    }
}

impl Options {
    /// The factor from view pixels to image pixels, checked.
    pub fn scale_for(&self, view: Vec2) -> Result<f32, ExportError> {
        let scale = match self.size {
            Size::Scale(s) => s,
            Size::Width(w) => w as f32 / view.x,
        };
        if !scale.is_finite() || scale <= 0.0 {
            return Err(ExportError::BadScale(format!("{:?}", self.size)));
        }
        let (w, h) = ((view.x * scale).round(), (view.y * scale).round());
        if w < 1.0 || h < 1.0 || w > MAX_SIDE as f32 || h > MAX_SIDE as f32 {
            return Err(ExportError::TooLarge { width: w as u64, height: h as u64 });
        }
        Ok(scale)
    }

    #[must_use]
    pub fn overlay(&self) -> OverlayOptions {
        OverlayOptions { legend: self.legend, title: self.title, credit: self.footer, made_with: self.footer }
    }
}

/// Why an export failed; said in the thread's language.
#[derive(Debug)]
pub enum ExportError {
    UnknownFormat(String),
    BadScale(String),
    TooLarge { width: u64, height: u64 },
    NoFolder(PathBuf),
    IsFolder(PathBuf),
    Io(PathBuf, std::io::Error),
    Render(String),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = |p: &Path| p.display().to_string();
        let text = match self {
            Self::UnknownFormat(ext) => tr_args(
                "export-unknown-format",
                &[("ext", ext.as_str().into()), ("formats", Format::extensions_text().into())],
            ),
            Self::BadScale(size) => tr_args("export-bad-scale", &[("size", size.as_str().into())]),
            Self::TooLarge { width, height } => tr_args(
                "export-too-large",
                &[
                    ("width", width.to_string().into()),
                    ("height", height.to_string().into()),
                    ("max", MAX_SIDE.to_string().into()),
                ],
            ),
            Self::NoFolder(p) => tr_args("export-no-folder", &[("path", path(p).into())]),
            Self::IsFolder(p) => {
                tr_args("export-is-folder", &[("path", path(p).into()), ("formats", Format::extensions_text().into())])
            }
            Self::Io(p, e) => {
                tr_args("export-could-not-write", &[("path", path(p).into()), ("error", e.to_string().into())])
            }
            Self::Render(e) => tr_args("export-could-not-render", &[("error", e.as_str().into())]),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ExportError {}

/// What to draw: the scene (map, ties, actors) and the overlay (legend, texts).
pub struct Picture {
    pub scene: Scene,
    pub overlay: Overlay,
    /// The sources the drawn ties cite, in the dataset's order: a PDF lists them with
    /// their URLs as links.
    pub sources: Vec<crate::model::Source>,
    /// The dataset's title, the PDF's title.
    pub title: String,
}

impl Picture {
    /// The picture of a view, as the screen draws it, with the export's overlay.
    #[must_use]
    pub fn build(input: &SceneInput<'_>, entries: &[legend::Entry], overlay: OverlayOptions) -> Self {
        let mut scene = scene::build(input);
        // Every tie of a flow keeps its title in the file (the screen does without them).
        let (ds, lang) = (input.dataset, input.labels.tag());
        for b in scene.edges.iter_mut().filter_map(|e| e.bundle.as_mut()) {
            b.titles = b
                .ties
                .iter()
                .map(|id| ds.tie(id).map_or_else(|| id.clone(), |t| scene::tie_title(ds, t, lang)))
                .collect();
        }
        let overlay = scene::overlay(input.dataset, entries, Rect::from_min_size(Pos2::ZERO, input.size), overlay);
        let shown: std::collections::BTreeSet<&str> = input.visible.ties.ids(input.dataset).collect();
        let sources = pdf::sources_of(input.dataset, &shown).into_iter().cloned().collect();
        Self { scene, overlay, sources, title: input.dataset.title.clone() }
    }

    /// The picture of a view of a dataset: what the window's export and `bridges export`
    /// both draw. The view's camera, or without one the whole map fitted into `size` pixels
    /// (beside the legend when it is included); its selection; the base map its layout is
    /// drawn over; the actors and ties `visible` lets through.
    pub fn of_view(
        dataset: &Dataset,
        view: &ViewState,
        layout: &Layout,
        visible: &Visible,
        size: Vec2,
        options: &Options,
    ) -> Self {
        let entries = legend::entries(dataset, view.look, view.time.compare.is_some());
        let left = if options.legend { legend::reserved_width(&entries) } else { 0.0 };
        let camera = view
            .camera
            .filter(Camera::is_valid)
            .unwrap_or_else(|| scene::fit_camera(dataset, layout, view.labels.tag(), size, left));
        let basemap = crate::basemap::for_layout(view.layout);
        let selection = view.selection.as_ref();
        let labels = view.labels;
        // Measured here as the window measures them: over the view drawn.
        let metrics = view.look.uses_metrics().then(|| crate::analysis::compute(dataset, visible));
        let comparison = view.time.compare.map(|p| crate::analysis::compare(dataset, visible, p));
        let input = SceneInput {
            dataset,
            layout,
            basemap: &basemap,
            selection,
            camera,
            size,
            visible,
            labels,
            look: view.look,
            metrics: metrics.as_ref(),
            comparison: comparison.as_ref(),
        };
        Self::build(&input, &entries, options.overlay())
    }

    #[must_use]
    pub fn to_svg(&self, scale: f32, transparent: bool) -> String {
        svg::render(&self.scene, &self.overlay, scale, transparent)
    }

    /// The picture as a PNG file's bytes: rasterised straight from the scene (`raster.rs`),
    /// the same pixels as the SVG's raster within anti-aliasing.
    pub fn to_png(&self, scale: f32, transparent: bool) -> Result<Vec<u8>, ExportError> {
        let pixmap = raster::render(&self.scene, &self.overlay, scale, transparent).map_err(ExportError::Render)?;
        raster::encode(&pixmap).map_err(ExportError::Render)
    }

    /// The picture's pixels, straight from the scene and through its SVG: width, height and
    /// straight RGBA of each (for tests that hold the two rasters side by side).
    #[cfg(feature = "testing")]
    pub fn both_rasters(&self, scale: f32) -> Result<[(u32, u32, Vec<u8>); 2], ExportError> {
        let direct = raster::render(&self.scene, &self.overlay, scale, false).map_err(ExportError::Render)?;
        let rgba = png::straight_rgba(&direct);
        let through_svg = png::rasterise(&self.to_svg(scale, false)).map_err(ExportError::Render)?;
        Ok([(direct.width(), direct.height(), rgba), through_svg])
    }

    /// The picture as a one-page vector PDF, then its sources with their links.
    pub fn to_pdf(&self) -> Result<Vec<u8>, ExportError> {
        let page = pdf::StoryPage {
            picture: self.clone_shapes(),
            title: self.title.clone(),
            caption: String::new(),
            quotes: Vec::new(),
        };
        let sources: Vec<&crate::model::Source> = self.sources.iter().collect();
        pdf::render(&[page], &sources, &self.title, false)
    }

    fn clone_shapes(&self) -> Self {
        Self {
            scene: self.scene.clone(),
            overlay: self.overlay.clone(),
            sources: Vec::new(),
            title: self.title.clone(),
        }
    }

    /// Encode the picture for `path`'s format and write it there atomically.
    pub fn export(&self, path: &Path, options: &Options) -> Result<PathBuf, ExportError> {
        let format = Format::from_path(path)?;
        let scale = options.scale_for(self.scene.size)?;
        check_target(path)?;
        let bytes = match format {
            Format::Svg => self.to_svg(scale, options.transparent).into_bytes(),
            Format::Png => self.to_png(scale, options.transparent)?,
            Format::Pdf => self.to_pdf()?,
        };
        write_atomic(path, &bytes)?;
        Ok(path.to_path_buf())
    }
}

pub(crate) fn check_target(path: &Path) -> Result<(), ExportError> {
    if path.is_dir() {
        return Err(ExportError::IsFolder(path.to_path_buf()));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(ExportError::NoFolder(dir.to_path_buf()));
    }
    Ok(())
}

/// Write to a temporary file beside `path`, then rename it into place: a failed write
/// leaves any existing file untouched and no partial file behind.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    crate::atomic::write(path, bytes).map_err(|e| ExportError::Io(path.to_path_buf(), e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_is_found_by_its_extension_in_any_case() {
        for f in Format::ALL {
            assert_eq!(Format::from_path(Path::new(&format!("map.{}", f.extension()))).ok(), Some(f));
            let upper = format!("MAP.{}", f.extension().to_ascii_uppercase());
            assert_eq!(Format::from_path(Path::new(&upper)).ok(), Some(f));
        }
    }

    #[test]
    fn messages_list_every_format() {
        let unknown = Format::from_path(Path::new("map.JPG")).err().map(|e| e.to_string());
        assert_eq!(unknown.as_deref(), Some("unknown image format \"jpg\": name the file .png, .svg or .pdf"));
        let none = Format::from_path(Path::new("map")).err().map(|e| e.to_string());
        assert_eq!(none.as_deref(), Some("unknown image format \"\": name the file .png, .svg or .pdf"));
        let folder = ExportError::IsFolder(PathBuf::from("maps")).to_string();
        assert_eq!(folder, "maps is a folder: give a file name ending in .png, .svg or .pdf");
    }
}
