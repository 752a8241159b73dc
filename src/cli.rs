//! Command-line actions that need no window.

use crate::load;
use std::io::Write;
use std::path::Path;

/// `bridges check [PATH]`: validate a dataset (the built-in one without a path).
/// Prints each problem on its own line to `err`, or a one-line summary to `out`.
/// Returns the process exit status: 0 when valid, 1 otherwise.
pub fn check(path: Option<&Path>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let result = match path {
        Some(p) => load::load_path(p),
        None => load::builtin(),
    };
    match result {
        Ok(loaded) => {
            let _ = writeln!(out, "{}", loaded.summary());
            0
        }
        Err(e) => {
            for p in &e.problems {
                let _ = writeln!(err, "{p}");
            }
            let _ = writeln!(err, "{}: {} problem(s) found", e.file, e.problems.len());
            1
        }
    }
}

/// Options of `bridges export`.
#[derive(Clone, Debug, clap::Args)]
pub struct ExportArgs {
    /// The image to write: FILE.png or FILE.svg.
    #[arg(long, value_name = "FILE")]
    pub out: std::path::PathBuf,
    /// A dataset file (JSON); the built-in dataset without it.
    #[arg(long, value_name = "PATH")]
    pub dataset: Option<std::path::PathBuf>,
    /// Width of the view, in pixels.
    #[arg(long, default_value_t = 1600)]
    pub width: u32,
    /// Height of the view, in pixels.
    #[arg(long, default_value_t = 1000)]
    pub height: u32,
    /// Multiply the image's pixel size (2 doubles width and height); the picture stays the same.
    #[arg(long, default_value_t = 1.0, allow_negative_numbers = true)]
    pub scale: f32,
    /// Select an actor (by id or name) or a tie (by id), as a click would.
    #[arg(long, value_name = "ACTOR")]
    pub select: Option<String>,
    /// Leave the background transparent.
    #[arg(long)]
    pub transparent: bool,
    /// Leave the legend out.
    #[arg(long)]
    pub no_legend: bool,
}

/// Find what `--select` names: an actor id, an actor name (any case), or a tie id.
pub fn resolve_selection(ds: &crate::Dataset, what: &str) -> Result<crate::view::Selection, String> {
    use crate::view::Selection;
    if let Some(a) = ds.actor(what) {
        return Ok(Selection::Actor(a.id.clone()));
    }
    if let Some(a) =
        ds.actors.iter().find(|a| a.name.eq_ignore_ascii_case(what) || a.name.to_lowercase() == what.to_lowercase())
    {
        return Ok(Selection::Actor(a.id.clone()));
    }
    if let Some(t) = ds.tie(what) {
        return Ok(Selection::Tie(t.id.clone()));
    }
    let names: Vec<&str> = ds.actors.iter().filter(|a| a.kind.on_map()).map(|a| a.name.as_str()).collect();
    Err(format!("no actor or tie is called \"{what}\"; actors on the map: {}", names.join(", ")))
}

/// `bridges export`: render the default view of a dataset with no window. Returns the exit status.
pub fn export(args: &ExportArgs, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match export_inner(args) {
        Ok(path) => {
            let _ = writeln!(out, "{}", path.display());
            0
        }
        Err(message) => {
            let _ = writeln!(err, "bridges export: {message}");
            1
        }
    }
}

fn export_inner(args: &ExportArgs) -> Result<std::path::PathBuf, String> {
    use crate::export::{Options, Picture, Size};
    if args.width == 0 || args.height == 0 {
        return Err(format!("the view must be at least 1×1 pixels, not {}×{}", args.width, args.height));
    }
    let options = Options {
        size: Size::Scale(args.scale),
        transparent: args.transparent,
        legend: !args.no_legend,
        title: false,
        footer: true,
    };
    let size = eframe::egui::Vec2::new(args.width as f32, args.height as f32);
    // Check the options and the target before the work of loading and rendering.
    crate::export::Format::from_path(&args.out).map_err(|e| e.to_string())?;
    options.scale_for(size).map_err(|e| e.to_string())?;
    let loaded = match &args.dataset {
        Some(p) => load::load_path(p),
        None => load::builtin(),
    }
    .map_err(|e| {
        let mut m = format!("{e}:");
        for p in &e.problems {
            m.push_str(&format!("\n  {p}"));
        }
        m
    })?;
    let ds = &loaded.dataset;
    let selection = args.select.as_deref().map(|s| resolve_selection(ds, s)).transpose()?;
    let layout = crate::layout::geographic(ds);
    let basemap = crate::basemap::Basemap::builtin();
    let picture = Picture::default_view(ds, &layout, &basemap, selection.as_ref(), size, &options);
    picture.export(&args.out, &options).map_err(|e| e.to_string())
}
