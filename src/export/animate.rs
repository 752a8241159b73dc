//! The timeline as an animation: one frame per year, month or day of a period, each drawn
//! from the same scene as the SVG (the period as a caption, the legend and the source
//! footer), encoded as a GIF (one palette built for the map's flat colours, unchanged pixels
//! left transparent) or an APNG (lossless). The same input gives the same bytes.

use super::{ExportError, Picture};
use crate::i18n::{tr, tr_args};
use crate::model::PartialDate;
use crate::scene::TextItem;
use crate::style;
use eframe::egui::{Align2, Vec2};
use std::collections::HashMap;

/// How far each frame moves on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Step {
    #[default]
    Year,
    Month,
    Day,
}

impl Step {
    pub const ALL: [Self; 3] = [Self::Year, Self::Month, Self::Day];

    /// The step's name, as the export window offers it ("one frame per year").
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::Year => tr("export-step-year"),
            Self::Month => tr("export-step-month"),
            Self::Day => tr("export-step-day"),
        }
    }

    /// The step named on the command line: `year`, `month` or `day`.
    pub fn parse(text: &str) -> Result<Self, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "year" => Ok(Self::Year),
            "month" => Ok(Self::Month),
            "day" => Ok(Self::Day),
            other => Err(tr_args("export-not-a-step", &[("step", other.into())])),
        }
    }
}

/// More frames than this are refused (a day step over decades): say so rather than work for
/// minutes.
pub(crate) const MAX_FRAMES: usize = 2_000;

/// The periods from `from` to `to` (inclusive), one per step: each with its caption (a date
/// in the thread's language) and the dates it covers.
pub(crate) fn periods(from: PartialDate, to: PartialDate, step: Step) -> Result<Vec<(String, PartialDate)>, String> {
    let start = match step {
        Step::Year => PartialDate::year(from.year),
        Step::Month => PartialDate { year: from.year, month: Some(from.month.unwrap_or(1)), day: None },
        Step::Day => {
            PartialDate { year: from.year, month: Some(from.month.unwrap_or(1)), day: Some(from.day.unwrap_or(1)) }
        }
    };
    let end = to.last_day();
    let lang = crate::i18n::current();
    if start.first_day() > end {
        return Err(tr_args(
            "export-from-after-to",
            &[("from", from.to_string().into()), ("to", to.to_string().into())],
        ));
    }
    let mut out = Vec::new();
    let mut d = start;
    while d.first_day() <= end {
        if out.len() >= MAX_FRAMES {
            let (from, to) = (crate::i18n::date(from, lang), crate::i18n::date(to, lang));
            return Err(tr_args(
                "export-too-many-frames",
                &[("max", MAX_FRAMES.into()), ("from", from.into()), ("to", to.into())],
            ));
        }
        out.push((crate::i18n::date(d, lang), d));
        d = next(d, step);
    }
    Ok(out)
}

fn next(d: PartialDate, step: Step) -> PartialDate {
    let month = d.month.unwrap_or(1);
    match step {
        Step::Year => PartialDate::year(d.year + 1),
        Step::Month if month == 12 => PartialDate { year: d.year + 1, month: Some(1), day: None },
        Step::Month => PartialDate { month: Some(month + 1), ..d },
        Step::Day => {
            let day = d.day.unwrap_or(1);
            if day < crate::model::days_in_month(d.year, month) {
                PartialDate { day: Some(day + 1), ..d }
            } else if month == 12 {
                PartialDate { year: d.year + 1, month: Some(1), day: Some(1) }
            } else {
                PartialDate { month: Some(month + 1), day: Some(1), ..d }
            }
        }
    }
}

/// Put a caption at the top left of the picture on a halo: a period ("2004") large, a
/// sentence smaller and wrapped to the picture's width (at most four lines).
pub(crate) fn caption(picture: &mut Picture, text: &str) {
    let short = text.chars().count() <= 24;
    let size = if short { 30.0 } else { 19.0 };
    let room = (picture.scene.size.x - 40.0).max(120.0);
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if crate::text::width(&format!("{line} {word}"), size) <= room => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    if lines.len() > 4 {
        lines.truncate(4);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    let step = crate::text::line_height(size) + 4.0;
    for (i, line) in lines.into_iter().enumerate() {
        picture.overlay.texts.push(TextItem {
            text: line,
            anchor: eframe::egui::Pos2::new(14.0, 12.0 + step * i as f32),
            align: Align2::LEFT_TOP,
            size,
            color: style::LABEL,
            halo: true,
        });
    }
}

/// One frame's pixels: width, height and RGBA bytes.
pub(crate) struct Frame {
    pub(crate) width: u32,
    pub(crate) height: u32,
    pub(crate) rgba: Vec<u8>,
}

impl Picture {
    /// The picture's pixels at `scale`, as the PNG export draws them.
    pub(crate) fn to_frame(&self, scale: f32, transparent: bool) -> Result<Frame, ExportError> {
        let (width, height, rgba) =
            super::png::rasterise(&self.to_svg(scale, transparent)).map_err(ExportError::Render)?;
        Ok(Frame { width, height, rgba })
    }
}

/// The frames as a looping GIF at `fps` frames a second. One palette of at most 255 colours
/// is learnt from the first and last frames (the map's flat colours and the antialiased
/// edges between them); index 255 is transparent, and each frame after the first leaves the
/// pixels that did not change transparent, so a frame costs only what it changes.
pub(crate) fn gif(frames: &[Frame], fps: f32) -> Result<Vec<u8>, ExportError> {
    let (Some(first), Some(last)) = (frames.first(), frames.last()) else {
        return Err(ExportError::Render(tr("export-no-frames")));
    };
    let (w, h) = (first.width, first.height);
    let (Ok(w16), Ok(h16)) = (u16::try_from(w), u16::try_from(h)) else {
        return Err(ExportError::TooLarge { width: u64::from(w), height: u64::from(h) });
    };
    let mut sample = first.rgba.clone();
    sample.extend_from_slice(&last.rgba);
    let quant = color_quant::NeuQuant::new(10, 255, &sample);
    let mut palette = quant.color_map_rgb();
    palette.extend_from_slice(&[0, 0, 0]);
    let mut out = Vec::new();
    {
        let render = |e: gif::EncodingError| {
            ExportError::Render(tr_args("export-gif-failed", &[("error", e.to_string().into())]))
        };
        let mut enc = gif::Encoder::new(&mut out, w16, h16, &palette).map_err(render)?;
        enc.set_repeat(gif::Repeat::Infinite).map_err(render)?;
        let delay = (100.0 / fps.max(0.01)).round().clamp(1.0, 65_535.0) as u16;
        let mut index: HashMap<[u8; 4], u8> = HashMap::new();
        let mut previous: Option<&Frame> = None;
        for f in frames {
            let mut indices = Vec::with_capacity((f.width * f.height) as usize);
            for (i, px) in f.rgba.chunks_exact(4).enumerate() {
                let same = previous.is_some_and(|p| p.rgba.get(i * 4..i * 4 + 4) == Some(px));
                if same {
                    indices.push(255);
                    continue;
                }
                let key = [px[0], px[1], px[2], px[3]];
                let n = *index.entry(key).or_insert_with(|| quant.index_of(px).min(254) as u8);
                indices.push(n);
            }
            let mut frame = gif::Frame::from_indexed_pixels(w16, h16, indices, Some(255));
            frame.delay = delay;
            frame.dispose = gif::DisposalMethod::Keep;
            enc.write_frame(&frame).map_err(render)?;
            previous = Some(f);
        }
    }
    Ok(out)
}

/// The frames as a looping, lossless animated PNG at `fps` frames a second.
pub(crate) fn apng(frames: &[Frame], fps: f32) -> Result<Vec<u8>, ExportError> {
    let Some(first) = frames.first() else {
        return Err(ExportError::Render(tr("export-no-frames")));
    };
    let render =
        |e: png::EncodingError| ExportError::Render(tr_args("export-apng-failed", &[("error", e.to_string().into())]));
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, first.width, first.height);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        let n = u32::try_from(frames.len()).map_err(|_| ExportError::Render(tr("export-frames-too-many")))?;
        enc.set_animated(n, 0).map_err(render)?;
        let (num, den) = frame_delay(fps);
        enc.set_frame_delay(num, den).map_err(render)?;
        let mut writer = enc.write_header().map_err(render)?;
        for f in frames {
            writer.write_image_data(&f.rgba).map_err(render)?;
        }
        writer.finish().map_err(render)?;
    }
    Ok(out)
}

/// A frame's duration as a fraction of a second (`1/fps`, in thousandths when fractional).
fn frame_delay(fps: f32) -> (u16, u16) {
    let fps = fps.clamp(0.01, 100.0);
    if fps.fract() == 0.0 { (1, fps as u16) } else { ((1000.0 / fps).round() as u16, 1000) }
}

/// What an animation shows: the periods, how fast, and whether each frame keeps the ties of
/// the periods before it.
#[derive(Clone, Debug)]
pub(crate) struct Animation {
    pub(crate) periods: Vec<(String, PartialDate)>,
    pub(crate) fps: f32,
    pub(crate) cumulative: bool,
}

/// The animated file formats, by extension: `.gif`, or `.apng` / `.png` for an animated PNG.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Gif,
    Apng,
}

impl Kind {
    /// The animated format a file name asks for in the window: `.gif` or `.apng` (a `.png`
    /// there is a still picture).
    #[must_use]
    pub(crate) fn of_window_path(path: &std::path::Path) -> Option<Self> {
        let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("gif") => Some(Self::Gif),
            Some("apng") => Some(Self::Apng),
            _ => None,
        }
    }

    pub(crate) fn from_path(path: &std::path::Path) -> Result<Self, ExportError> {
        let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
        match ext.as_str() {
            "gif" => Ok(Self::Gif),
            "apng" | "png" => Ok(Self::Apng),
            _ => Err(ExportError::Render(tr_args("export-not-an-animation", &[("ext", ext.as_str().into())]))),
        }
    }
}

/// Draw every frame of `animation` over `view` (its filters, layout, selection; the camera
/// fitted once for all frames) and encode them as `kind`. `progress` is told after each
/// frame (done, total); when `stop` is set, the work ends with `None`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn render(
    ds: &crate::model::Dataset,
    view: &crate::view::ViewState,
    layout: &crate::layout::Layout,
    size: Vec2,
    options: &super::Options,
    animation: &Animation,
    kind: Kind,
    progress: &dyn Fn(usize, usize),
    stop: &std::sync::atomic::AtomicBool,
) -> Result<Option<Vec<u8>>, ExportError> {
    use crate::view::{TimeFilter, TimeMode};
    let scale = options.scale_for(size)?;
    let first = animation.periods.first().map(|(_, d)| crate::filter::date_range(*d)[0]);
    let mut frames = Vec::with_capacity(animation.periods.len());
    for (i, (label, period)) in animation.periods.iter().enumerate() {
        if stop.load(std::sync::atomic::Ordering::Relaxed) {
            return Ok(None);
        }
        let [s, e] = crate::filter::date_range(*period);
        let range = if animation.cumulative { [first.unwrap_or(s), e] } else { [s, e] };
        let mode = if animation.cumulative { TimeMode::Cumulative } else { TimeMode::Window };
        let frame_view =
            crate::view::ViewState { time: TimeFilter { range: Some(range), mode, compare: None }, ..view.clone() };
        let visible = crate::filter::VisibleKey::new(ds, &frame_view.filters, &frame_view.time).compute(ds);
        let mut picture = Picture::of_view(ds, &frame_view, layout, &visible, size, options);
        caption(&mut picture, label);
        frames.push(picture.to_frame(scale, options.transparent)?);
        progress(i + 1, animation.periods.len());
    }
    let bytes = match kind {
        Kind::Gif => gif(&frames, animation.fps)?,
        Kind::Apng => apng(&frames, animation.fps)?,
    };
    Ok(Some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn periods_step_by_year_month_and_day_across_ends_of_months_and_years() {
        let years: Vec<String> =
            periods(d("2004"), d("2007"), Step::Year).expect("ok").into_iter().map(|p| p.0).collect();
        assert_eq!(years, ["2004", "2005", "2006", "2007"]);
        let months: Vec<String> =
            periods(d("2024-11"), d("2025-02"), Step::Month).expect("ok").into_iter().map(|p| p.0).collect();
        assert_eq!(months, ["2024-11", "2024-12", "2025-01", "2025-02"]);
        let days: Vec<String> =
            periods(d("2024-02-28"), d("2024-03-01"), Step::Day).expect("ok").into_iter().map(|p| p.0).collect();
        assert_eq!(days, ["2024-02-28", "2024-02-29", "2024-03-01"]);
        assert!(periods(d("2025"), d("2004"), Step::Year).is_err());
        assert!(periods(d("1900"), d("2025"), Step::Day).expect_err("too many").contains("frames"));
    }

    #[test]
    fn delays_are_exact_fractions_of_a_second() {
        assert_eq!(frame_delay(2.0), (1, 2));
        assert_eq!(frame_delay(1.5), (667, 1000));
    }
}
