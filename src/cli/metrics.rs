//! `bridges metrics`: the figures of each actor of a view, as CSV or JSON.

use super::ExportArgs;
use std::io::Write;

/// Options of `bridges metrics`.
#[derive(Clone, Debug, clap::Args)]
pub struct MetricsArgs {
    /// A dataset file; the built-in dataset without it.
    #[arg(long, value_name = "PATH")]
    pub dataset: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub filter: super::FilterArgs,
    /// csv (the default) or json.
    #[arg(long, default_value = "csv")]
    pub format: String,
}

/// `bridges metrics`: one row per actor of the view. Returns the exit status.
pub fn metrics(args: &MetricsArgs, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let result = (|| -> Result<String, String> {
        if !matches!(args.format.as_str(), "csv" | "json") {
            return Err(crate::i18n::tr_args("cli-metrics-unknown-format", &[("format", args.format.as_str().into())]));
        }
        let loaded = super::load_for(args.dataset.as_deref())?;
        let ds = &loaded.dataset;
        let as_export = ExportArgs {
            out: std::path::PathBuf::new(),
            dataset: None,
            width: 1,
            height: 1,
            scale: 1.0,
            select: None,
            transparent: false,
            no_legend: false,
            lang: None,
            filter: args.filter.clone(),
            layout: "geo".to_owned(),
            animate: false,
            step: "year".to_owned(),
            fps: 2.0,
            cumulative: false,
            view: None,
            story: None,
            size_by: None,
            colour_by: "kind".to_owned(),
            depth: 1,
            compare: None,
        };
        let view = super::view_of(&as_export, ds)?;
        let visible = crate::filter::VisibleKey::new(ds, &view.filters, &view.time).compute(ds);
        let m = crate::analysis::compute(ds, &visible);
        Ok(if args.format == "json" {
            serde_json::to_string_pretty(&m.actors).map_err(|e| e.to_string())? + "\n"
        } else {
            crate::analysis::to_csv(&m)
        })
    })();
    match result {
        Ok(text) => {
            let _ = out.write_all(text.as_bytes());
            0
        }
        Err(e) => {
            let _ = writeln!(err, "bridges metrics: {e}");
            1
        }
    }
}
