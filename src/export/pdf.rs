//! The picture as a vector PDF (krilla): the same scene the SVG draws, with real, selectable
//! text set in the screen's fonts, embedded as subsets (Latin, Cyrillic, Japanese and emoji
//! each from the font that has them), and a last page listing the sources with their URLs
//! as links. A story is one page per step, its caption and quotes under the map, with an
//! outline of the steps.

use super::{ExportError, Picture};
use crate::i18n::{tr, tr_args};
use crate::legend::{self, Swatch};
use crate::model::{Dataset, Source, Span, caption_spans};
use crate::scene::{EdgeShape, Emphasis, LABEL_SIZE, NodeShape, TextItem};
use crate::style;
use crate::text;
use eframe::egui::{Color32, Pos2, Rect, Vec2};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

/// The fonts, in the fallback order of `text::font_files`.
fn fonts() -> Vec<Option<Font>> {
    text::font_files().iter().map(|data| Font::new((*data).into(), 0)).collect()
}

fn fill(c: Color32) -> Fill {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    Fill {
        paint: rgb::Color::new(r, g, b).into(),
        opacity: NormalizedF32::new(f32::from(a) / 255.0).unwrap_or(NormalizedF32::ONE),
        rule: FillRule::NonZero,
    }
}

fn stroke(c: Color32, width: f32, dash: Option<[f32; 2]>) -> Stroke {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    Stroke {
        paint: rgb::Color::new(r, g, b).into(),
        width,
        miter_limit: 4.0,
        line_cap: LineCap::Butt,
        line_join: LineJoin::Round,
        opacity: NormalizedF32::new(f32::from(a) / 255.0).unwrap_or(NormalizedF32::ONE),
        dash: dash.map(|[d, g]| StrokeDash { array: vec![d, g], offset: 0.0 }),
    }
}

/// Everything a page is drawn with: the surface, the fonts, and where it is offset.
struct Pen<'a, 'b> {
    surface: &'a mut Surface<'b>,
    fonts: &'a [Option<Font>],
}

impl Pen<'_, '_> {
    fn path(&mut self, points: &[Pos2], close: bool, fill_with: Option<Fill>, stroke_with: Option<Stroke>) {
        let mut pb = PathBuilder::new();
        for (i, p) in points.iter().enumerate() {
            if i == 0 {
                pb.move_to(p.x, p.y);
            } else {
                pb.line_to(p.x, p.y);
            }
        }
        if close {
            pb.close();
        }
        self.draw(pb, fill_with, stroke_with);
    }

    fn draw(&mut self, pb: PathBuilder, fill_with: Option<Fill>, stroke_with: Option<Stroke>) {
        let Some(path) = pb.finish() else { return };
        self.surface.set_fill(fill_with);
        self.surface.set_stroke(stroke_with);
        self.surface.draw_path(&path);
    }

    fn circle(&mut self, c: Pos2, r: f32, fill_with: Option<Fill>, stroke_with: Option<Stroke>) {
        // Four cubic arcs.
        let k = 0.552_284_8 * r;
        let mut pb = PathBuilder::new();
        pb.move_to(c.x + r, c.y);
        pb.cubic_to(c.x + r, c.y + k, c.x + k, c.y + r, c.x, c.y + r);
        pb.cubic_to(c.x - k, c.y + r, c.x - r, c.y + k, c.x - r, c.y);
        pb.cubic_to(c.x - r, c.y - k, c.x - k, c.y - r, c.x, c.y - r);
        pb.cubic_to(c.x + k, c.y - r, c.x + r, c.y - k, c.x + r, c.y);
        pb.close();
        self.draw(pb, fill_with, stroke_with);
    }

    fn rect(&mut self, r: Rect, color: Color32) {
        let corners = [r.left_top(), r.right_top(), r.right_bottom(), r.left_bottom()];
        self.path(&corners, true, Some(fill(color)), None);
    }

    /// Text with its top-left corner at `top_left`, each run in the first font that has its
    /// characters; returns its width.
    fn text(&mut self, s: &str, top_left: Pos2, size: f32, color: Color32) -> f32 {
        let baseline = top_left.y + text::ascent(size);
        let mut x = top_left.x;
        self.surface.set_stroke(None);
        self.surface.set_fill(Some(fill(color)));
        for (font, run) in text::runs(s) {
            if let Some(Some(f)) = self.fonts.get(font) {
                self.surface.draw_text(Point::from_xy(x, baseline), f.clone(), size, &run, false, TextDirection::Auto);
            }
            x += text::width(&run, size);
        }
        x - top_left.x
    }

    fn edge(&mut self, e: &EdgeShape) {
        for p in &e.paths {
            self.path(p, false, None, Some(stroke(e.color, e.width, e.dash)));
        }
        for head in &e.arrows {
            self.path(head, true, Some(fill(e.color)), None);
        }
        for c in &e.crosses {
            self.cross(*c, 5.0, e.color, 2.0);
        }
    }

    fn cross(&mut self, c: Pos2, d: f32, color: Color32, width: f32) {
        let s = Some(stroke(color, width, None));
        self.path(&[Pos2::new(c.x - d, c.y - d), Pos2::new(c.x + d, c.y + d)], false, None, s.clone());
        self.path(&[Pos2::new(c.x - d, c.y + d), Pos2::new(c.x + d, c.y - d)], false, None, s);
    }

    fn node(&mut self, n: &NodeShape) {
        let ring = n.ring.map(|(w, c)| stroke(c, w, None));
        self.circle(n.center, n.radius, Some(fill(n.fill)), ring);
        for (arc, color) in n.balance_arcs() {
            self.path(&arc, false, None, Some(stroke(color, style::BALANCE_W, None)));
        }
    }

    fn label(&mut self, n: &NodeShape) {
        let Some(label) = n.label else { return };
        let halo =
            if n.emphasis == Emphasis::Dimmed { style::LABEL_HALO.gamma_multiply(0.4) } else { style::LABEL_HALO };
        self.rect(label.expand2(Vec2::new(3.0, 1.0)), halo);
        self.text(&n.name, label.min, LABEL_SIZE, n.label_color);
    }

    fn legend(&mut self, l: &legend::Layout) {
        let r = l.rect.shrink(0.5);
        self.rect(r, style::LEGEND_FILL);
        let corners = [r.left_top(), r.right_top(), r.right_bottom(), r.left_bottom()];
        self.path(&corners, true, None, Some(stroke(style::BORDER, 1.0, None)));
        for row in &l.rows {
            let (x0, y) = (row.swatch_left.x, row.swatch_left.y);
            let w = legend::SWATCH_W;
            match &row.swatch {
                Swatch::Node(c) => {
                    self.circle(
                        Pos2::new(x0 + w / 2.0, y),
                        6.0,
                        Some(fill(*c)),
                        Some(stroke(Color32::WHITE, 1.5, None)),
                    );
                }
                Swatch::Sizes => {
                    for (dx, radius) in [(7.0, 4.0), (24.0, 8.0)] {
                        self.circle(Pos2::new(x0 + dx, y), radius, Some(fill(style::SIZE_SWATCH)), None);
                    }
                }
                Swatch::Line { color, width, dash, arrow, cross } => {
                    let end = x0 + w - if *arrow { 8.0 } else { 0.0 };
                    self.path(&[Pos2::new(x0, y), Pos2::new(end, y)], false, None, Some(stroke(*color, *width, *dash)));
                    if *arrow {
                        self.path(&legend::arrow_swatch(Pos2::new(x0 + w, y)), true, Some(fill(*color)), None);
                    }
                    if *cross {
                        self.cross(Pos2::new(x0 + w / 2.0, y), 4.0, *color, 2.0);
                    }
                }
            }
            let top = row.text_left.y - text::line_height(legend::FONT_SIZE) / 2.0;
            self.text(&row.text, Pos2::new(row.text_left.x, top), legend::FONT_SIZE, style::LABEL);
        }
    }

    fn overlay_text(&mut self, t: &TextItem) {
        let rect = t.rect();
        if t.halo {
            self.rect(rect.expand2(Vec2::new(4.0, 2.0)), style::LEGEND_FILL);
        }
        self.text(&t.text, rect.min, t.size, t.color);
    }

    /// The whole picture, as `svg::render` draws it, clipped to its size.
    fn picture(&mut self, p: &Picture) {
        let (s, o) = (&p.scene, &p.overlay);
        let view = Rect::from_min_size(Pos2::ZERO, s.size);
        let mut clip = PathBuilder::new();
        if let Some(r) = krilla::geom::Rect::from_xywh(0.0, 0.0, s.size.x, s.size.y) {
            clip.push_rect(r);
        }
        let clipped = clip.finish().map(|c| self.surface.push_clip_path(&c, &FillRule::NonZero)).is_some();
        self.rect(view, s.background);
        for land in &s.land {
            let mut pb = PathBuilder::new();
            for ring in land.polygons.iter().flatten() {
                for (i, p) in ring.iter().enumerate() {
                    if i == 0 {
                        pb.move_to(p.x, p.y);
                    } else {
                        pb.line_to(p.x, p.y);
                    }
                }
                pb.close();
            }
            let f = Fill { rule: FillRule::EvenOdd, ..fill(land.fill) };
            self.draw(pb, Some(f), Some(stroke(style::BORDER, 0.7, None)));
        }
        for e in &s.edges {
            self.edge(e);
        }
        for n in &s.nodes {
            self.node(n);
        }
        for n in &s.nodes {
            self.label(n);
        }
        if let Some(l) = &o.legend {
            self.legend(l);
        }
        for t in &o.texts {
            self.overlay_text(t);
        }
        if clipped {
            self.surface.pop();
        }
    }

    /// Lines of `spans` wrapped to `width` from `top_left`; returns the height used and the
    /// link areas (rect, url) drawn.
    fn paragraph(&mut self, spans: &[Span], top_left: Pos2, width: f32, size: f32) -> (f32, Vec<(Rect, String)>) {
        let line = text::line_height(size) * 1.15;
        let (mut x, mut y) = (top_left.x, top_left.y);
        let mut links = Vec::new();
        for span in spans {
            let (s, color, url) = match span {
                Span::Text(t) | Span::Italic(t) => (t.as_str(), style::LABEL, None),
                Span::Bold(t) => (t.as_str(), Color32::BLACK, None),
                Span::Link { text, url } => (text.as_str(), style::LINK, Some(url.clone())),
            };
            for (i, word) in s.split(' ').enumerate() {
                let mut piece = if i == 0 { word.to_owned() } else { format!(" {word}") };
                let w = text::width(&piece, size);
                if x + w > top_left.x + width && x > top_left.x {
                    x = top_left.x;
                    y += line;
                    word.clone_into(&mut piece);
                }
                let drawn = self.text(&piece, Pos2::new(x, y), size, color);
                if let Some(u) = &url {
                    links.push((Rect::from_min_size(Pos2::new(x, y), Vec2::new(drawn, line)), u.clone()));
                }
                x += drawn;
            }
        }
        (y + line - top_left.y, links)
    }
}

/// A link annotation over `rect` (page coordinates, top-left origin) to `url`.
fn link(rect: Rect, url: &str) -> Option<krilla::annotation::Annotation> {
    let r = krilla::geom::Rect::from_ltrb(rect.left(), rect.top(), rect.right(), rect.bottom())?;
    let target = krilla::annotation::Target::Action(krilla::action::LinkAction::new(url.to_owned()).into());
    Some(krilla::annotation::Annotation::new_link(
        krilla::annotation::LinkAnnotation::new(r, target),
        Some(url.to_owned()),
    ))
}

/// One page of a story: its picture, caption and quotes (text, who said it).
pub(crate) struct StoryPage {
    pub picture: Picture,
    pub title: String,
    pub caption: String,
    pub quotes: Vec<(String, String)>,
}

const MARGIN: f32 = 28.0;

/// A PDF of pages: each a picture with, for a story, its caption and quotes below; then the
/// sources page. `outline` names each page in the PDF's outline (a story's steps).
pub(crate) fn render(
    pages: &[StoryPage],
    sources: &[&Source],
    title: &str,
    outline: bool,
) -> Result<Vec<u8>, ExportError> {
    let fonts = fonts();
    let mut doc = krilla::Document::new();
    doc.set_metadata(krilla::metadata::Metadata::new().title(title.to_owned()).creator("Bridges".to_owned()));
    let mut tree = krilla::outline::Outline::new();
    let width = pages.iter().map(|p| p.picture.scene.size.x).fold(600.0_f32, f32::max);
    for (i, page) in pages.iter().enumerate() {
        let size = page.picture.scene.size;
        let below = if page.caption.is_empty() && page.quotes.is_empty() { 0.0 } else { caption_height(page, size.x) };
        let settings = krilla::page::PageSettings::from_wh(size.x, size.y + below).ok_or_else(|| {
            let args = [("width", size.x.to_string().into()), ("height", size.y.to_string().into())];
            ExportError::Render(tr_args("export-pdf-page-too-large", &args))
        })?;
        let mut p = doc.start_page_with(settings);
        let mut links = Vec::new();
        {
            let mut surface = p.surface();
            let mut pen = Pen { surface: &mut surface, fonts: &fonts };
            pen.picture(&page.picture);
            if below > 0.0 {
                let top = size.y + 14.0;
                let room = size.x - 2.0 * MARGIN;
                let (h, l) = pen.paragraph(&caption_spans(&page.caption), Pos2::new(MARGIN, top), room, 17.0);
                links.extend(l);
                let mut y = top + h + 8.0;
                for (q, who) in &page.quotes {
                    let quoted = vec![Span::Italic(format!("“{q}”"))];
                    let (h, _) = pen.paragraph(&quoted, Pos2::new(MARGIN, y), room, 13.0);
                    y += h;
                    pen.text(&format!("— {who}"), Pos2::new(MARGIN, y), 11.0, style::CREDIT);
                    y += text::line_height(11.0) + 8.0;
                }
            }
            surface.finish();
        }
        for (r, url) in links {
            if let Some(a) = link(r, &url) {
                p.add_annotation(a);
            }
        }
        p.finish();
        if outline {
            let dest = krilla::destination::XyzDestination::new(i, Point::from_xy(0.0, 0.0));
            tree.push_child(krilla::outline::OutlineNode::new(page.title.clone(), dest));
        }
    }
    sources_pages(&mut doc, sources, width, &fonts);
    if outline {
        doc.set_outline(tree);
    }
    doc.finish()
        .map_err(|e| ExportError::Render(tr_args("export-pdf-not-written", &[("error", format!("{e:?}").into())])))
}

/// The height a story page's caption and quotes take below its picture.
fn caption_height(page: &StoryPage, width: f32) -> f32 {
    let room = width - 2.0 * MARGIN;
    let lines = |s: &str, size: f32| (text::width(s, size) / room).ceil().max(1.0) * text::line_height(size) * 1.15;
    let mut h = 14.0 + lines(&crate::model::caption_text(&page.caption), 17.0) + 8.0;
    for (q, _) in &page.quotes {
        h += lines(q, 13.0) + text::line_height(11.0) + 8.0 + 13.0;
    }
    h + 20.0
}

/// The sources, one per line: title, publisher, date, and the URL as a link.
fn sources_pages(doc: &mut krilla::Document, sources: &[&Source], width: f32, fonts: &[Option<Font>]) {
    if sources.is_empty() {
        return;
    }
    let height = (width * 1.3).max(700.0);
    let per_page = ((height - 2.0 * MARGIN - 40.0) / 34.0).floor().max(1.0) as usize;
    for (n, chunk) in sources.chunks(per_page).enumerate() {
        let Some(settings) = krilla::page::PageSettings::from_wh(width, height) else { return };
        let mut page = doc.start_page_with(settings);
        let mut links = Vec::new();
        {
            let mut surface = page.surface();
            let mut pen = Pen { surface: &mut surface, fonts };
            let heading = if n == 0 {
                tr_args("export-pdf-sources", &[("count", sources.len().into())])
            } else {
                tr("export-pdf-sources-continued")
            };
            pen.text(&heading, Pos2::new(MARGIN, MARGIN), 18.0, style::LABEL);
            let mut y = MARGIN + 40.0;
            for s in chunk {
                let date =
                    s.date.map(|d| format!(", {}", crate::i18n::date(d, crate::i18n::current()))).unwrap_or_default();
                let line = format!("{} — {}{date}", s.title, s.publisher);
                let fitted = fit(&line, 11.0, width - 2.0 * MARGIN);
                pen.text(&fitted, Pos2::new(MARGIN, y), 11.0, style::LABEL);
                if let Some(url) = &s.url {
                    let shown = fit(url, 9.5, width - 2.0 * MARGIN);
                    let w = pen.text(&shown, Pos2::new(MARGIN, y + 14.0), 9.5, style::LINK);
                    links.push((Rect::from_min_size(Pos2::new(MARGIN, y + 14.0), Vec2::new(w, 13.0)), url.clone()));
                }
                y += 34.0;
            }
            surface.finish();
        }
        for (r, url) in links {
            if let Some(a) = link(r, &url) {
                page.add_annotation(a);
            }
        }
        page.finish();
    }
}

/// `s` cut with "…" to fit `room` at `size`.
fn fit(s: &str, size: f32, room: f32) -> String {
    if text::width(s, size) <= room {
        return s.to_owned();
    }
    let mut out = String::new();
    for c in s.chars() {
        if text::width(&format!("{out}{c}…"), size) > room {
            break;
        }
        out.push(c);
    }
    out + "…"
}

/// The sources the ties of `ids` cite (and the quotes about them), in the dataset's order.
pub(crate) fn sources_of<'a>(ds: &'a Dataset, ties: &std::collections::BTreeSet<&str>) -> Vec<&'a Source> {
    let cited: std::collections::BTreeSet<&str> = ds
        .ties
        .iter()
        .filter(|t| ties.contains(t.id.as_str()))
        .flat_map(|t| t.evidence.iter().map(|e| e.source.as_str()))
        .collect();
    ds.sources.iter().filter(|s| cited.contains(s.id.as_str())).collect()
}
