//! The picture rasterised straight from the scene with tiny-skia (the rasteriser resvg
//! uses): the base map, ties and actors are filled and stroked as the SVG describes them,
//! without writing and parsing SVG text for each of tens of thousands of shapes. Only the
//! text (labels, legend, title, footer) goes through resvg, from an SVG of those layers alone,
//! so glyphs are shaped by the same fonts as in the SVG. A test compares this raster with the
//! SVG's, pixel by pixel.

use super::svg;
use crate::scene::{EdgeShape, NodeShape, Overlay, Scene};
use crate::style;
use eframe::egui::{Color32, Pos2};
use resvg::tiny_skia::{
    self, FillRule, LineCap, LineJoin, Paint, PathBuilder, Pixmap, Rect, Stroke, StrokeDash, Transform,
};

/// Coordinates as the SVG writes them (to a tenth of a pixel), so both rasters agree.
fn q(v: f32) -> f32 {
    (v * 10.0).round() / 10.0
}

fn paint(c: Color32) -> Paint<'static> {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    let mut p = Paint::default();
    p.set_color_rgba8(r, g, b, a);
    p.anti_alias = true;
    p
}

fn polyline(points: &[Pos2], close: bool) -> Option<tiny_skia::Path> {
    let mut pb = PathBuilder::new();
    add_polyline(&mut pb, points, close);
    pb.finish()
}

fn stroke(width: f32, dash: Option<[f32; 2]>) -> Stroke {
    Stroke {
        width,
        line_cap: LineCap::Butt,
        line_join: LineJoin::Round,
        dash: dash.and_then(|[d, g]| StrokeDash::new(vec![q(d), q(g)], 0.0)),
        ..Stroke::default()
    }
}

fn add_polyline(pb: &mut PathBuilder, points: &[Pos2], close: bool) {
    for (i, p) in points.iter().enumerate() {
        if i == 0 {
            pb.move_to(q(p.x), q(p.y));
        } else {
            pb.line_to(q(p.x), q(p.y));
        }
    }
    if close && points.len() > 2 {
        pb.close();
    }
}

/// Ties drawn in one go: a run of consecutive opaque ties of one colour, width and dash
/// paints what drawing them one by one paints (an opaque colour over itself is itself; dashes
/// start again at each line), with one call to the rasteriser instead of thousands.
/// Translucent ties are drawn one by one, as the SVG composites them.
#[derive(Default)]
struct Run {
    key: Option<([u8; 4], u32, Option<[u32; 2]>)>,
    /// Lines in the run (a dashed run is cut short, as tiny-skia gives up dashing beyond a
    /// million dashes in one path).
    count: usize,
    lines: PathBuilder,
    heads: PathBuilder,
    crosses: PathBuilder,
}

impl Run {
    fn flush(&mut self, pm: &mut Pixmap, t: Transform) {
        let Some((rgba, width, dash)) = self.key.take() else { return };
        self.count = 0;
        let dash = dash.map(|[d, g]| [f32::from_bits(d), f32::from_bits(g)]);
        let color = Color32::from_rgba_premultiplied(rgba[0], rgba[1], rgba[2], rgba[3]);
        let (lines, heads, crosses) = (
            std::mem::take(&mut self.lines).finish(),
            std::mem::take(&mut self.heads).finish(),
            std::mem::take(&mut self.crosses).finish(),
        );
        if let Some(path) = lines {
            pm.stroke_path(&path, &paint(color), &stroke(f32::from_bits(width), dash), t, None);
        }
        if let Some(path) = heads {
            pm.fill_path(&path, &paint(color), FillRule::Winding, t, None);
        }
        if let Some(path) = crosses {
            pm.stroke_path(&path, &paint(color), &Stroke { width: 2.0, ..Stroke::default() }, t, None);
        }
    }

    fn add(&mut self, e: &EdgeShape) {
        self.count += 1;
        for path in &e.paths {
            add_polyline(&mut self.lines, path, false);
        }
        for head in &e.arrows {
            add_polyline(&mut self.heads, head, true);
        }
        for c in &e.crosses {
            cross(&mut self.crosses, *c);
        }
    }
}

fn cross(pb: &mut PathBuilder, c: Pos2) {
    let d = 5.0;
    pb.move_to(q(c.x - d), q(c.y - d));
    pb.line_to(q(c.x + d), q(c.y + d));
    pb.move_to(q(c.x - d), q(c.y + d));
    pb.line_to(q(c.x + d), q(c.y - d));
}

fn edges(pm: &mut Pixmap, t: Transform, edges: &[EdgeShape]) {
    let mut run = Run::default();
    for e in edges {
        let dash = e.dash.map(|[d, g]| [q(d).to_bits(), q(g).to_bits()]);
        let key = (e.color.to_array(), q(e.width).to_bits(), dash);
        if run.key != Some(key) || run.count >= 2000 {
            run.flush(pm, t);
        }
        run.key = Some(key);
        run.add(e);
        // A translucent tie over another darkens it, as in the SVG: each is drawn alone.
        if e.color.a() < 255 {
            run.flush(pm, t);
        }
    }
    run.flush(pm, t);
}

fn node(pm: &mut Pixmap, t: Transform, n: &NodeShape) {
    let Some(disc) = PathBuilder::from_circle(q(n.center.x), q(n.center.y), q(n.radius)) else { return };
    pm.fill_path(&disc, &paint(n.fill), FillRule::Winding, t, None);
    if let Some((w, c)) = n.ring {
        pm.stroke_path(&disc, &paint(c), &Stroke { width: q(w), ..Stroke::default() }, t, None);
    }
    for (arc, color) in n.balance_arcs() {
        if let Some(path) = polyline(&arc, false) {
            pm.stroke_path(&path, &paint(color), &stroke(style::BALANCE_W, None), t, None);
        }
    }
}

/// The picture as pixels: `size × scale`, premultiplied RGBA.
pub(super) fn render(scene: &Scene, overlay: &Overlay, scale: f32, transparent: bool) -> Result<Pixmap, String> {
    let (w, h) = ((scene.size.x * scale).round() as u32, (scene.size.y * scale).round() as u32);
    let mut pm = Pixmap::new(w.max(1), h.max(1)).ok_or_else(|| format!("cannot allocate a {w}×{h} image"))?;
    let t = Transform::from_scale(scale, scale);
    if !transparent {
        if let Some(r) = Rect::from_xywh(0.0, 0.0, q(scene.size.x), q(scene.size.y)) {
            pm.fill_rect(r, &paint(scene.background), t, None);
        }
        let border = Stroke { width: 0.7, line_join: LineJoin::Miter, ..Stroke::default() };
        for land in &scene.land {
            let mut pb = PathBuilder::new();
            for ring in land.polygons.iter().flatten() {
                for (i, p) in ring.iter().enumerate() {
                    if i == 0 {
                        pb.move_to(q(p.x), q(p.y));
                    } else {
                        pb.line_to(q(p.x), q(p.y));
                    }
                }
                pb.close();
            }
            if let Some(path) = pb.finish() {
                pm.fill_path(&path, &paint(land.fill), FillRule::EvenOdd, t, None);
                pm.stroke_path(&path, &paint(style::BORDER), &border, t, None);
            }
        }
    }
    edges(&mut pm, t, &scene.edges);
    for n in &scene.nodes {
        node(&mut pm, t, n);
    }
    // Labels, legend and the texts over the map, from an SVG of those layers alone.
    let text = super::png::pixmap(&svg::text_layers(scene, overlay, scale))?;
    pm.draw_pixmap(0, 0, text.as_ref(), &tiny_skia::PixmapPaint::default(), Transform::identity(), None);
    Ok(pm)
}

/// A PNG file's bytes of the pixels: straight RGBA, compressed with the png crate's fast
/// setting (fdeflate): a 6400×4000 picture is written in a fraction of the time the default
/// takes, for files a little larger.
pub(super) fn encode(pm: &Pixmap) -> Result<Vec<u8>, String> {
    let rgba = super::png::straight_rgba(pm);
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pm.width(), pm.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header().map_err(|e| format!("PNG encoding failed: {e}"))?;
    writer.write_image_data(&rgba).map_err(|e| format!("PNG encoding failed: {e}"))?;
    writer.finish().map_err(|e| format!("PNG encoding failed: {e}"))?;
    Ok(out)
}
