//! The `bridges` binary: opens the window, or runs a command-line action.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "bridges",
    version,
    about = "A map of diplomatic ties between Japan and Central Asia, every fact traced to its source"
)]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    /// A dataset to open in the window: Bridges JSON, a CSV edge list or a folder with
    /// nodes.csv and edges.csv, GEXF or `GraphML`. Without it, the built-in map opens.
    path: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Validate a dataset: ids, references, dates, and every quote and evidence passage verbatim in its source.
    Check {
        /// The dataset: Bridges JSON, CSV (a file or a folder with nodes.csv and edges.csv),
        /// GEXF or `GraphML`. Without it, the built-in dataset is checked.
        path: Option<PathBuf>,
        /// The same as PATH.
        #[arg(long = "dataset", value_name = "PATH", conflicts_with = "path")]
        dataset: Option<PathBuf>,
    },
    /// Render a view of a dataset to PNG, SVG or PDF, an animation of its timeline (GIF,
    /// APNG), a saved view or a story, with no window.
    Export(Box<bridges::cli::ExportArgs>),
    /// Print each actor's metrics over the view the filters and time window give: ties,
    /// partners, betweenness, eigenvector centrality and community, sorted by id.
    Metrics(bridges::cli::MetricsArgs),
    /// Write a dataset in another format, chosen by the output's extension: .json (Bridges),
    /// .gexf (Gephi), .graphml (yEd, Cytoscape), or a folder (or .csv) for nodes.csv and edges.csv.
    Convert {
        /// The dataset to read (any format Bridges opens); the built-in dataset without it.
        #[arg(long, value_name = "PATH")]
        dataset: Option<PathBuf>,
        /// Where to write: FILE.json, FILE.gexf, FILE.graphml, or a FOLDER for the CSV pair.
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    let _ = bridges::STARTED.set(std::time::Instant::now());
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn,usvg=error")).init();
    // Usage errors exit with status 1, like every other error; help and version with 0.
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ExitCode::FAILURE } else { ExitCode::SUCCESS };
        }
    };
    // The command line speaks the system's language (`export --lang` chooses its own).
    if cli.command.is_some() {
        bridges::i18n::set(bridges::i18n::system());
    }
    match cli.command {
        Some(Cmd::Check { path, dataset }) => ExitCode::from(bridges::cli::check(
            path.or(dataset).as_deref(),
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        )),
        Some(Cmd::Convert { dataset, out }) => ExitCode::from(bridges::cli::convert(
            dataset.as_deref(),
            &out,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        )),
        Some(Cmd::Metrics(args)) => {
            ExitCode::from(bridges::cli::metrics(&args, &mut std::io::stdout(), &mut std::io::stderr()))
        }
        Some(Cmd::Export(args)) => {
            ExitCode::from(bridges::cli::export(&args, &mut std::io::stdout(), &mut std::io::stderr()))
        }
        None => run_window(cli.path),
    }
}

fn run_window(open: Option<PathBuf>) -> ExitCode {
    let mut options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title(bridges::TITLE)
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 420.0])
            // The desktop entry's name for the window (its `StartupWMClass`).
            .with_app_id("bridges"),
        ..Default::default()
    };
    if let Some(icon) = bridges::icon::window_icon() {
        options.viewport = options.viewport.with_icon(icon);
    }
    match eframe::run_native("bridges", options, Box::new(|cc| Ok(Box::new(bridges::App::new(cc, open))))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            bridges::i18n::set(bridges::i18n::system());
            eprintln!("{}", bridges::i18n::tr_args("cli-could-not-open-window", &[("error", e.to_string().into())]));
            ExitCode::FAILURE
        }
    }
}
