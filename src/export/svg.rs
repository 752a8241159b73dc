//! The picture as SVG: real vector, one `<g>` with an id and a `<title>` per actor and tie.

use crate::legend::{self, Swatch};
use crate::scene::{EdgeShape, Emphasis, LABEL_SIZE, NodeShape, Overlay, Scene, TextItem};
use crate::style;
use crate::text;
use eframe::egui::{Color32, Pos2, Vec2};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// Escape text for XML content and attribute values.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids are dropped.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// An XML id from a dataset id: letters, digits, `-`, `_` and `.` kept, anything else `_`;
/// made unique with a numeric suffix when two ids collapse to the same.
fn xml_id(prefix: &str, id: &str, used: &mut BTreeSet<String>) -> String {
    let clean: String =
        id.chars().map(|c| if c.is_ascii_alphanumeric() || "-_.".contains(c) { c } else { '_' }).collect();
    let base = format!("{prefix}-{clean}");
    let mut candidate = base.clone();
    let mut n = 2;
    while !used.insert(candidate.clone()) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    candidate
}

/// `fill="#rrggbb" fill-opacity="a"` (or the stroke equivalents) for a premultiplied colour.
fn paint_attr(kind: &str, c: Color32) -> String {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    if a == 255 {
        format!("{kind}=\"#{r:02x}{g:02x}{b:02x}\"")
    } else {
        format!("{kind}=\"#{r:02x}{g:02x}{b:02x}\" {kind}-opacity=\"{:.3}\"", f32::from(a) / 255.0)
    }
}

fn num(v: f32) -> String {
    let r = (v * 10.0).round() / 10.0;
    // Exact on purpose: a whole number is written without its ".0".
    if r == r.trunc() { format!("{r:.0}") } else { format!("{r:.1}") }
}

fn path_data(points: &[Pos2], close: bool) -> String {
    let mut d = String::new();
    for (i, p) in points.iter().enumerate() {
        let _ = write!(d, "{}{} {}", if i == 0 { "M" } else { "L" }, num(p.x), num(p.y));
    }
    if close {
        d.push('Z');
    }
    d
}

fn polygon(points: &[Pos2], fill: Color32) -> String {
    let pts: Vec<String> = points.iter().map(|p| format!("{},{}", num(p.x), num(p.y))).collect();
    format!("<polygon points=\"{}\" {}/>", pts.join(" "), paint_attr("fill", fill))
}

fn cross(c: Pos2, d: f32, color: Color32) -> String {
    format!(
        "<path d=\"M{} {}L{} {}M{} {}L{} {}\" {} stroke-width=\"2\" fill=\"none\"/>",
        num(c.x - d),
        num(c.y - d),
        num(c.x + d),
        num(c.y + d),
        num(c.x - d),
        num(c.y + d),
        num(c.x + d),
        num(c.y - d),
        paint_attr("stroke", color)
    )
}

fn text_el(s: &mut String, text: &str, top_left: Pos2, size: f32, color: Color32) {
    let _ = writeln!(
        s,
        "<text x=\"{}\" y=\"{}\" font-size=\"{}\" {}>{}</text>",
        num(top_left.x),
        num(top_left.y + text::ascent(size)),
        num(size),
        paint_attr("fill", color),
        with_cjk_font(text)
    );
}

/// Chinese, Japanese and Korean characters, which only Droid Sans Fallback has.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{2e80}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}')
}

/// The text, escaped, with each run of CJK characters set in Droid Sans Fallback by name:
/// resvg's own fallback leaves such a run as empty boxes when punctuation of another script
/// touches it ("(外務省)" in a long credit line), so the run names its font itself.
fn with_cjk_font(text: &str) -> String {
    let mut out = String::new();
    let mut run = String::new();
    let mut in_cjk = false;
    let flush = |out: &mut String, run: &mut String, cjk: bool| {
        if run.is_empty() {
            return;
        }
        if cjk {
            let _ = write!(out, "<tspan font-family=\"&apos;Droid Sans Fallback&apos;\">{}</tspan>", escape(run));
        } else {
            out.push_str(&escape(run));
        }
        run.clear();
    };
    for c in text.chars() {
        let cjk = is_cjk(c);
        if cjk != in_cjk {
            flush(&mut out, &mut run, in_cjk);
            in_cjk = cjk;
        }
        run.push(c);
    }
    flush(&mut out, &mut run, in_cjk);
    out
}

fn line_style(width: f32, color: Color32, dash: Option<[f32; 2]>) -> String {
    let mut a = format!(
        "fill=\"none\" {} stroke-width=\"{}\" stroke-linecap=\"butt\" stroke-linejoin=\"round\"",
        paint_attr("stroke", color),
        num(width)
    );
    if let Some([d, g]) = dash {
        let _ = write!(a, " stroke-dasharray=\"{} {}\"", num(d), num(g));
    }
    a
}

fn edge(s: &mut String, e: &EdgeShape, used: &mut BTreeSet<String>) {
    let kind = e.kind.as_str().replace(|c: char| c.is_whitespace(), "_");
    let change = e.change.map(|c| format!(" data-change=\"{}\"", c.as_str())).unwrap_or_default();
    if let Some(b) = &e.bundle {
        // A bundle's line, with one group per tie it stands for, each with its title.
        let id = escape(&xml_id("bundle", &b.name, used));
        let _ =
            writeln!(s, "<g id=\"{id}\" class=\"bundle {}\" data-ties=\"{}\"{change}>", escape(&kind), b.ties.len());
    } else {
        let class = format!("tie {kind} {}", e.status.label());
        let id = escape(&xml_id("tie", &e.tie, used));
        let _ = writeln!(s, "<g id=\"{id}\" class=\"{}\"{change}>", escape(&class));
    }
    let _ = writeln!(s, "<title>{}</title>", escape(&e.title));
    for path in &e.paths {
        let _ = writeln!(s, "<path d=\"{}\" {}/>", path_data(path, false), line_style(e.width, e.color, e.dash));
    }
    for head in &e.arrows {
        let _ = writeln!(s, "{}", polygon(head, e.color));
    }
    for c in &e.crosses {
        let _ = writeln!(s, "{}", cross(*c, 5.0, e.color));
    }
    if let Some(b) = &e.bundle {
        for (tie, title) in b.ties.iter().zip(&b.titles) {
            let id = escape(&xml_id("tie", tie, used));
            let _ = writeln!(s, "<g id=\"{id}\" class=\"tie member\"><title>{}</title></g>", escape(title));
        }
    }
    s.push_str("</g>\n");
}

fn node(s: &mut String, n: &NodeShape, used: &mut BTreeSet<String>) {
    let _ = writeln!(s, "<g id=\"{}\" class=\"actor\">", escape(&xml_id("actor", &n.actor, used)));
    let _ = writeln!(s, "<title>{}</title>", escape(&n.name));
    let ring =
        n.ring.map_or(String::new(), |(w, c)| format!(" {} stroke-width=\"{}\"", paint_attr("stroke", c), num(w)));
    let _ = writeln!(
        s,
        "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" {}{ring}/>",
        num(n.center.x),
        num(n.center.y),
        num(n.radius),
        paint_attr("fill", n.fill)
    );
    for (arc, color) in n.balance_arcs() {
        let _ = writeln!(
            s,
            "<path class=\"visits\" d=\"{}\" {}/>",
            path_data(&arc, false),
            line_style(style::BALANCE_W, color, None)
        );
    }
    s.push_str("</g>\n");
}

/// A node's label on its halo, drawn (as on screen) after every disc, so no disc covers it.
fn label(s: &mut String, n: &NodeShape) {
    let Some(label) = n.label else { return };
    s.push_str("<g class=\"label\">\n");
    let halo = label.expand2(Vec2::new(3.0, 1.0));
    let halo_color =
        if n.emphasis == Emphasis::Dimmed { style::LABEL_HALO.gamma_multiply(0.4) } else { style::LABEL_HALO };
    let _ = writeln!(
        s,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" {}/>",
        num(halo.min.x),
        num(halo.min.y),
        num(halo.width()),
        num(halo.height()),
        paint_attr("fill", halo_color)
    );
    text_el(s, &n.name, label.min, LABEL_SIZE, n.label_color);
    s.push_str("</g>\n");
}

fn legend_svg(s: &mut String, l: &legend::Layout) {
    s.push_str("<g id=\"legend\">\n");
    let r = l.rect;
    let _ = writeln!(
        s,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"6\" {} {} stroke-width=\"1\"/>",
        num(r.min.x + 0.5),
        num(r.min.y + 0.5),
        num(r.width() - 1.0),
        num(r.height() - 1.0),
        paint_attr("fill", style::LEGEND_FILL),
        paint_attr("stroke", style::BORDER)
    );
    for row in &l.rows {
        let (x0, y) = (row.swatch_left.x, row.swatch_left.y);
        let w = legend::SWATCH_W;
        match &row.swatch {
            Swatch::Node(c) => {
                let _ = writeln!(
                    s,
                    "<circle cx=\"{}\" cy=\"{}\" r=\"6\" {} stroke=\"#ffffff\" stroke-width=\"1.5\"/>",
                    num(x0 + w / 2.0),
                    num(y),
                    paint_attr("fill", *c)
                );
            }
            Swatch::Sizes => {
                for (dx, r) in [(7.0, 4.0), (24.0, 8.0)] {
                    let _ = writeln!(
                        s,
                        "<circle cx=\"{}\" cy=\"{}\" r=\"{r}\" {}/>",
                        num(x0 + dx),
                        num(y),
                        paint_attr("fill", style::SIZE_SWATCH)
                    );
                }
            }
            Swatch::Line { color, width, dash, arrow, cross: crossed } => {
                let end = x0 + w - if *arrow { 8.0 } else { 0.0 };
                let _ = writeln!(
                    s,
                    "<path d=\"M{} {}L{} {}\" {}/>",
                    num(x0),
                    num(y),
                    num(end),
                    num(y),
                    line_style(*width, *color, *dash)
                );
                if *arrow {
                    let _ = writeln!(s, "{}", polygon(&legend::arrow_swatch(Pos2::new(x0 + w, y)), *color));
                }
                if *crossed {
                    let _ = writeln!(s, "{}", cross(Pos2::new(x0 + w / 2.0, y), 4.0, *color));
                }
            }
        }
        let top = row.text_left.y - text::line_height(legend::FONT_SIZE) / 2.0;
        text_el(s, &row.text, Pos2::new(row.text_left.x, top), legend::FONT_SIZE, style::LABEL);
    }
    s.push_str("</g>\n");
}

fn overlay_text(s: &mut String, t: &TextItem) {
    let rect = t.rect();
    if t.halo {
        let h = rect.expand2(Vec2::new(4.0, 2.0));
        let _ = writeln!(
            s,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" {}/>",
            num(h.min.x),
            num(h.min.y),
            num(h.width()),
            num(h.height()),
            paint_attr("fill", style::LEGEND_FILL)
        );
    }
    text_el(s, &t.text, rect.min, t.size, t.color);
}

/// The whole picture as an SVG document of `size × scale` pixels (its viewBox is `size`).
pub(crate) fn render(scene: &Scene, overlay: &Overlay, scale: f32, transparent: bool) -> String {
    let (w, h) = (scene.size.x, scene.size.y);
    let mut s = String::with_capacity(64 * 1024);
    open(&mut s, scene, scale, true);
    // A transparent export leaves out the whole base map (sea and land), so the ties can be
    // laid over another map or a coloured page.
    if !transparent {
        let _ = writeln!(
            s,
            "<rect id=\"background\" width=\"{}\" height=\"{}\" {}/>",
            num(w),
            num(h),
            paint_attr("fill", scene.background)
        );
    }
    s.push_str("<g id=\"basemap\">\n");
    for land in scene.land.iter().filter(|_| !transparent) {
        let d: String = land.polygons.iter().flatten().map(|ring| path_data(ring, true)).collect();
        let _ = writeln!(
            s,
            "<path d=\"{d}\" fill-rule=\"evenodd\" {} {} stroke-width=\"0.7\"><title>{}</title></path>",
            paint_attr("fill", land.fill),
            paint_attr("stroke", style::BORDER),
            escape(&land.name)
        );
    }
    s.push_str("</g>\n");
    let mut used = BTreeSet::new();
    s.push_str("<g id=\"ties\">\n");
    for e in &scene.edges {
        edge(&mut s, e, &mut used);
    }
    s.push_str("</g>\n<g id=\"actors\">\n");
    for n in &scene.nodes {
        node(&mut s, n, &mut used);
    }
    s.push_str("</g>\n");
    texts(&mut s, scene, overlay);
    s
}

/// The document's start: its size, font and (with `clip`) the clip to the view, for viewers
/// that draw beyond the page. A rasteriser clips to its canvas anyway; there the clip would only
/// cost a canvas-sized layer and mask.
fn open(s: &mut String, scene: &Scene, scale: f32, clip: bool) {
    let (w, h) = (scene.size.x, scene.size.y);
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" font-family=\"{}\">",
        num(w * scale),
        num(h * scale),
        num(w),
        num(h),
        escape(text::SVG_FONT_FAMILY)
    );
    if clip {
        s.push_str("<defs><clipPath id=\"view\"><rect width=\"100%\" height=\"100%\"/></clipPath></defs>\n");
        s.push_str("<g clip-path=\"url(#view)\">\n");
    } else {
        s.push_str("<g>\n");
    }
}

/// The layers of text, drawn over everything: labels, legend, the texts over the map; and
/// the document's end.
fn texts(s: &mut String, scene: &Scene, overlay: &Overlay) {
    s.push_str("<g id=\"labels\">\n");
    for n in &scene.nodes {
        label(s, n);
    }
    s.push_str("</g>\n");
    if let Some(l) = &overlay.legend {
        legend_svg(s, l);
    }
    for t in &overlay.texts {
        overlay_text(s, t);
    }
    s.push_str("</g>\n</svg>\n");
}

/// Only the layers of text, on a transparent page: the direct raster (`raster.rs`) draws the
/// shapes itself and lays these over them.
pub(crate) fn text_layers(scene: &Scene, overlay: &Overlay, scale: f32) -> String {
    let mut s = String::with_capacity(16 * 1024);
    open(&mut s, scene, scale, false);
    texts(&mut s, scene, overlay);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_runs_name_their_font_and_the_rest_is_left_as_it_is() {
        assert_eq!(with_cjk_font("Japan & co"), "Japan &amp; co");
        assert_eq!(
            with_cjk_font("MOFA (外務省) · 日本"),
            "MOFA (<tspan font-family=\"&apos;Droid Sans Fallback&apos;\">外務省</tspan>) · <tspan font-family=\"&apos;Droid Sans Fallback&apos;\">日本</tspan>"
        );
    }

    #[test]
    fn escapes_markup_and_drops_forbidden_characters() {
        assert_eq!(escape("a<b & \"c\" 'd'>\u{1}"), "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
    }

    #[test]
    fn ids_are_clean_and_unique() {
        let mut used = BTreeSet::new();
        assert_eq!(xml_id("actor", "japan", &mut used), "actor-japan");
        assert_eq!(xml_id("actor", "a b", &mut used), "actor-a_b");
        assert_eq!(xml_id("actor", "a/b", &mut used), "actor-a_b-2");
    }
}
