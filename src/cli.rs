//! Command-line actions that need no window.

use crate::i18n::{tr, tr_args};
use crate::load;
use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

mod metrics;
pub use metrics::{MetricsArgs, metrics};

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
            let untraced = load::traceability(&loaded.dataset);
            if untraced.is_empty() {
                return 0;
            }
            for p in &untraced {
                let _ = writeln!(err, "{}", p.clone().in_file(&loaded.origin));
            }
            let args = [("origin", loaded.origin.as_str().into()), ("count", untraced.len().into())];
            let _ = writeln!(err, "{}", tr_args("cli-check-untraceable", &args));
            1
        }
        Err(e) => {
            for p in &e.problems {
                let _ = writeln!(err, "{p}");
            }
            let args = [("file", e.file.as_str().into()), ("count", e.problems.len().into())];
            let _ = writeln!(err, "{}", tr_args("cli-check-problems-found", &args));
            1
        }
    }
}

/// `bridges convert`: write a dataset (the built-in one without `input`) in the format `out`
/// names by its extension: `.json`, `.gexf`, `.graphml`, or a folder (or `.csv`) for the CSV
/// pair. Each file is written through a temporary file renamed into place. Prints the files
/// written; returns the process exit status.
pub fn convert(input: Option<&Path>, out_path: &Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let loaded = match input {
        Some(p) => load::load_path(p),
        None => load::builtin(),
    };
    let loaded = match loaded {
        Ok(l) => l,
        Err(e) => {
            for p in &e.problems {
                let _ = writeln!(err, "{p}");
            }
            let message = tr_args("cli-convert-nothing-written", &[("error", e.to_string().into())]);
            let _ = writeln!(err, "bridges convert: {message}");
            return 1;
        }
    };
    let Some(format) = output_format(out_path) else {
        let message = tr_args("cli-convert-unknown-format", &[("path", out_path.display().to_string().into())]);
        let _ = writeln!(err, "bridges convert: {message}");
        return 1;
    };
    let target = format.with_extension(out_path);
    match load::save(&loaded.dataset, &target, format) {
        Ok(files) => {
            for f in files {
                let _ = writeln!(out, "{}", f.display());
            }
            let ds = &loaded.dataset;
            if format != crate::formats::Format::Json && !(ds.views.is_empty() && ds.stories.is_empty()) {
                let args = [("views", ds.views.len().into()), ("stories", ds.stories.len().into())];
                let _ = writeln!(err, "bridges convert: {}", tr_args("cli-convert-views-not-written", &args));
            }
            0
        }
        Err(e) => {
            let _ = writeln!(err, "bridges convert: {e}");
            1
        }
    }
}

/// The format `convert` writes to `path`: by its extension, and a folder (existing, or a
/// name without extension) for the CSV pair.
fn output_format(path: &Path) -> Option<crate::formats::Format> {
    use crate::formats::Format;
    if path.is_dir() {
        return Some(Format::CsvPair);
    }
    match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        None | Some("csv") => Some(Format::CsvPair),
        Some("json") => Some(Format::Json),
        Some("gexf") => Some(Format::Gexf),
        Some("graphml" | "xml") => Some(Format::GraphMl),
        Some(_) => None,
    }
}

/// Which ties a view shows: `export` and `metrics` take the same options.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct FilterArgs {
    /// Show only ties from this date on (2004, 2024-08 or 2025-08-24).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Show only ties up to this date (inclusive).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Show only these tie kinds, comma-separated (visit,dialogue).
    #[arg(long, value_name = "KINDS", value_delimiter = ',')]
    pub kinds: Vec<String>,
    /// Show only ties that cite these sources, comma-separated source ids (tca-2025-08).
    #[arg(long, value_name = "IDS", value_delimiter = ',')]
    pub source: Vec<String>,
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
    /// The language of the legend, the credit line, actors' names and messages: en, ja or ru
    /// (without it, the system's language).
    #[arg(long, value_name = "en|ja|ru")]
    pub lang: Option<String>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// How to place the actors: geo, force or circular.
    #[arg(long, default_value = "geo")]
    pub layout: String,
    /// Write an animation of the timeline (FILE.gif, FILE.apng or FILE.png): one frame per
    /// step from --from to --to (the dataset's first and last years without them).
    #[arg(long)]
    pub animate: bool,
    /// With --animate: one frame per year, month or day.
    #[arg(long, default_value = "year", value_name = "year|month|day")]
    pub step: String,
    /// With --animate: frames per second.
    #[arg(long, default_value_t = 2.0)]
    pub fps: f32,
    /// With --animate: each frame keeps the ties of the periods before it.
    #[arg(long)]
    pub cumulative: bool,
    /// Draw this saved view of the dataset (its layout, filters, time range, selection and
    /// region) instead of the whole map.
    #[arg(long, value_name = "NAME")]
    pub view: Option<String>,
    /// Export this story: FILE.pdf one page per step with its caption and quotes, FILE.gif
    /// or FILE.apng an animation (each step held, moves eased), FILE.png or FILE.svg one
    /// picture per step (FILE-1.png, …).
    #[arg(long, value_name = "NAME")]
    pub story: Option<String>,
    /// Size nodes by a metric of the view: ties, partners, betweenness or eigenvector
    /// (without it, by all the ties an actor has).
    #[arg(long, value_name = "METRIC")]
    pub size_by: Option<String>,
    /// Colour nodes by kind (the default), a metric of the view, or community.
    #[arg(long, value_name = "WHAT", default_value = "kind")]
    pub colour_by: String,
    /// With --select ACTOR: how many steps out stay in focus (1 to 3).
    #[arg(long, default_value_t = 1)]
    pub depth: u8,
    /// Compare two periods, FROM..TO,FROM..TO (2004..2014,2015..2025): each pair drawn once,
    /// coloured new, continued or lapsed, its SVG group marked data-change.
    #[arg(long, value_name = "A,B")]
    pub compare: Option<String>,
}

/// The view `bridges export` draws: time range, kinds and layout from the options.
fn view_of(args: &ExportArgs, ds: &crate::Dataset) -> Result<crate::view::ViewState, String> {
    use crate::model::PartialDate;
    use crate::view::{LayoutKind, TimeFilter, TimeMode, ViewState};
    let date = |flag: &str, text: &Option<String>, end: bool| -> Result<Option<f64>, String> {
        let Some(t) = text else { return Ok(None) };
        let d = PartialDate::parse(t).map_err(|e| format!("--{flag}: {e}"))?;
        let [s, e] = crate::filter::date_range(d);
        Ok(Some(if end { e } else { s }))
    };
    let from = date("from", &args.filter.from, false)?;
    let to = date("to", &args.filter.to, true)?;
    let mut view = ViewState::default();
    if from.is_some() || to.is_some() {
        let [lo, hi] = crate::filter::extent(ds).unwrap_or([f64::MIN, f64::MAX]);
        let (a, b) = (from.unwrap_or(lo.min(f64::MAX)), to.unwrap_or(hi.max(f64::MIN) + 1.0));
        if a > b {
            let from = args.filter.from.as_deref().unwrap_or("");
            let to = args.filter.to.as_deref().unwrap_or("");
            return Err(tr_args("export-from-after-to", &[("from", from.into()), ("to", to.into())]));
        }
        view.time = TimeFilter { range: Some([a, b]), mode: TimeMode::Window, compare: None };
    }
    if !args.filter.kinds.is_empty() {
        let known: std::collections::BTreeSet<&str> = ds.ties.iter().map(|t| t.kind.as_str()).collect();
        let wanted: std::collections::BTreeSet<String> =
            args.filter.kinds.iter().map(|k| k.trim().to_lowercase()).collect();
        if let Some(unknown) = wanted.iter().find(|k| !known.contains(k.as_str())) {
            let list: Vec<&str> = known.iter().copied().collect();
            let args = [("kind", unknown.as_str().into()), ("kinds", list.join(", ").into())];
            return Err(tr_args("cli-unknown-kind", &args));
        }
        view.filters.hidden_tie_kinds =
            known.iter().filter(|k| !wanted.contains(**k)).map(|k| (*k).to_owned()).collect();
    }
    if !args.filter.source.is_empty() {
        let known: Vec<&str> = ds.sources.iter().map(|s| s.id.as_str()).collect();
        let wanted: std::collections::BTreeSet<&str> = args.filter.source.iter().map(|s| s.trim()).collect();
        if let Some(unknown) = wanted.iter().find(|w| !known.contains(w)) {
            let args = [("id", (*unknown).into()), ("ids", known.join(", ").into())];
            return Err(tr_args("cli-unknown-source", &args));
        }
        view.filters.hidden_sources = known.iter().filter(|k| !wanted.contains(*k)).map(|k| (*k).to_owned()).collect();
    }
    view.layout = LayoutKind::ALL
        .into_iter()
        .find(|k| k.cli_name() == args.layout)
        .ok_or_else(|| tr_args("cli-unknown-layout", &[("layout", args.layout.as_str().into())]))?;
    view.look = look_of(args)?;
    if let Some(text) = &args.compare {
        view.time.compare = Some(crate::analysis::parse_periods(text).map_err(|e| format!("--compare: {e}"))?);
    }
    Ok(view)
}

/// Size by, colour by and depth from the export's options.
fn look_of(args: &ExportArgs) -> Result<crate::view::Look, String> {
    use crate::view::{ColourBy, Look, parse_metric};
    let size_by = match &args.size_by {
        None => None,
        Some(t) => {
            Some(parse_metric(t).ok_or_else(|| tr_args("cli-unknown-metric", &[("metric", t.as_str().into())]))?)
        }
    };
    let colour_by = ColourBy::ALL
        .into_iter()
        .find(|c| c.cli_name().eq_ignore_ascii_case(args.colour_by.trim()))
        .ok_or_else(|| tr_args("cli-unknown-colour", &[("colour", args.colour_by.as_str().into())]))?;
    if !(1..=Look::MAX_DEPTH).contains(&args.depth) {
        return Err(tr_args("cli-depth-out-of-range", &[("depth", args.depth.into())]));
    }
    Ok(Look { size_by, colour_by, depth: args.depth })
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
    let names: Vec<&str> = ds.drawn().iter().map(|a| a.name.as_str()).collect();
    Err(tr_args("cli-no-such-selection", &[("name", what.into()), ("actors", names.join(", ").into())]))
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
    use crate::export::story::Listed;
    use crate::export::{Options, Picture, Size};
    let lang = match args.lang.as_deref() {
        None => None,
        Some(tag) => Some(
            crate::view::Lang::ALL
                .into_iter()
                .find(|l| l.tag() == tag)
                .ok_or_else(|| tr_args("cli-unknown-lang", &[("tag", tag.into())]))?,
        ),
    };
    // The messages, the legend and the names in the picture: --lang, else the system's.
    let lang = lang.unwrap_or_else(crate::i18n::system);
    crate::i18n::set(lang);
    if let Some(name) = &args.story {
        let loaded = load_for(args.dataset.as_deref())?;
        let story = crate::export::story::find(&loaded.dataset.stories, name, |s| s.name.as_str(), Listed::Story)?;
        let options = crate::export::Options {
            size: Size::Scale(args.scale),
            transparent: args.transparent,
            legend: !args.no_legend,
            ..Options::default()
        };
        let size = eframe::egui::Vec2::new(args.width as f32, args.height as f32);
        let files = crate::export::story::export(&loaded.dataset, story, &args.out, size, &options, args.fps)
            .map_err(|e| e.to_string())?;
        return files
            .last()
            .cloned()
            .ok_or_else(|| tr_args("export-story-no-steps", &[("name", story.name.as_str().into())]));
    }
    if args.animate {
        return animate(args);
    }
    if args.width == 0 || args.height == 0 {
        let args = [("width", args.width.into()), ("height", args.height.into())];
        return Err(tr_args("cli-view-too-small", &args));
    }
    let options = Options {
        size: Size::Scale(args.scale),
        transparent: args.transparent,
        legend: !args.no_legend,
        title: false,
        footer: true,
        ..Options::default()
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
            let _ = write!(m, "\n  {p}");
        }
        m
    })?;
    let ds = &loaded.dataset;
    let selection = args.select.as_deref().map(|s| resolve_selection(ds, s)).transpose()?;
    let mut view = crate::view::ViewState { selection, labels: lang, ..view_of(args, ds)? };
    if let Some(name) = &args.view {
        let saved = crate::export::story::find(&ds.views, name, |v| v.name.as_str(), Listed::View)?;
        view = crate::export::story::view_of(saved, size);
    }
    // Made as the window makes them: the layout and visible set the view's keys ask for.
    let layout = crate::layout::LayoutKey::new(ds, view.layout, view.pins()).compute(ds);
    let visible = crate::filter::VisibleKey::new(ds, &view.filters, &view.time).compute(ds);
    let picture = Picture::of_view(ds, &view, &layout, &visible, size, &options);
    picture.export(&args.out, &options).map_err(|e| e.to_string())
}

/// The dataset an export or conversion reads: the one named, or the built-in one; its
/// problems in one message.
fn load_for(path: Option<&std::path::Path>) -> Result<load::Loaded, String> {
    match path {
        Some(p) => load::load_path(p),
        None => load::builtin(),
    }
    .map_err(|e| {
        let mut m = format!("{e}:");
        for p in &e.problems {
            let _ = write!(m, "\n  {p}");
        }
        m
    })
}

/// `bridges export --animate`: the timeline as a GIF or animated PNG.
fn animate(args: &ExportArgs) -> Result<std::path::PathBuf, String> {
    use crate::export::animate::{self, Animation, Kind, Step};
    use crate::model::PartialDate;
    let kind = Kind::from_path(&args.out).map_err(|e| e.to_string())?;
    crate::export::check_target(&args.out).map_err(|e| e.to_string())?;
    let step = Step::parse(&args.step)?;
    if !(args.fps.is_finite() && (0.01..=100.0).contains(&args.fps)) {
        return Err(tr_args("cli-fps-out-of-range", &[("fps", args.fps.to_string().into())]));
    }
    let options = crate::export::Options {
        size: crate::export::Size::Scale(args.scale),
        transparent: args.transparent,
        legend: !args.no_legend,
        title: false,
        footer: true,
        ..crate::export::Options::default()
    };
    let size = eframe::egui::Vec2::new(args.width as f32, args.height as f32);
    options.scale_for(size).map_err(|e| e.to_string())?;
    let loaded = load_for(args.dataset.as_deref())?;
    let ds = &loaded.dataset;
    let years = crate::filter::extent(ds).map(|[a, b]| (a.floor() as i32, (b - 1e-9).floor() as i32));
    let date = |flag: &str, text: &Option<String>, fallback: Option<i32>| -> Result<PartialDate, String> {
        match (text, fallback) {
            (Some(t), _) => PartialDate::parse(t).map_err(|e| format!("--{flag}: {e}")),
            (None, Some(y)) => Ok(PartialDate::year(y)),
            (None, None) => Err(tr_args("cli-no-dated-tie", &[("flag", flag.into())])),
        }
    };
    let from = date("from", &args.filter.from, years.map(|y| y.0))?;
    let to = date("to", &args.filter.to, years.map(|y| y.1))?;
    let periods = animate::periods(from, to, step)?;
    // The frames' own time ranges replace --from/--to; the other options make the view.
    let plain = ExportArgs { filter: FilterArgs { from: None, to: None, ..args.filter.clone() }, ..args.clone() };
    let selection = args.select.as_deref().map(|s| resolve_selection(ds, s)).transpose()?;
    let view = crate::view::ViewState { selection, labels: crate::i18n::current(), ..view_of(&plain, ds)? };
    let layout = crate::layout::LayoutKey::new(ds, view.layout, view.pins()).compute(ds);
    let animation = Animation { periods, fps: args.fps, cumulative: args.cumulative };
    let stop = std::sync::atomic::AtomicBool::new(false);
    let bytes = animate::render(ds, &view, &layout, size, &options, &animation, kind, &|_, _| {}, &stop)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| tr("jobs-stopped-nothing-written"))?;
    crate::export::write_atomic(&args.out, &bytes).map_err(|e| e.to_string())?;
    Ok(args.out.clone())
}
