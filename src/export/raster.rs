//! The picture rasterised straight from the scene: the base map, ties and actors are filled
//! and stroked as the SVG describes them, with `vello_cpu` (a sparse-strip rasteriser: a line
//! costs about its length, where a scanline rasteriser pays for every row it spans), without
//! writing and parsing SVG text for tens of thousands of shapes. Only the text (labels,
//! legend, title, footer) goes through resvg, from an SVG of those layers alone, drawn over
//! the shapes, so glyphs are shaped by the same fonts as in the SVG. A test compares this
//! raster with the SVG's, pixel by pixel.

use super::svg;
use crate::scene::{EdgeShape, NodeShape, Overlay, Scene};
use crate::style;
use eframe::egui::{Color32, Pos2};
use resvg::tiny_skia::Pixmap;
use vello_cpu::kurbo::{Affine, BezPath, Cap, Circle, Join, Rect, Shape as _, Stroke};
use vello_cpu::peniko::Fill;
use vello_cpu::{PixmapMut, RenderContext, Resources, color::AlphaColor};

/// Coordinates as the SVG writes them (to a tenth of a pixel), so both rasters agree.
fn q(v: f32) -> f64 {
    f64::from((v * 10.0).round() / 10.0)
}

fn paint(c: Color32) -> AlphaColor<vello_cpu::color::Srgb> {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    AlphaColor::from_rgba8(r, g, b, a)
}

/// A stroke as SVG draws one: butt caps, the given join, a miter limit of 4.
fn stroke(width: f64, join: Join, dash: Option<[f32; 2]>) -> Stroke {
    let s = Stroke::new(width).with_caps(Cap::Butt).with_join(join).with_miter_limit(4.0);
    match dash {
        Some([d, g]) => s.with_dashes(0.0, [q(d), q(g)]),
        None => s,
    }
}

fn add_polyline(path: &mut BezPath, points: &[Pos2], close: bool) {
    for (i, p) in points.iter().enumerate() {
        if i == 0 {
            path.move_to((q(p.x), q(p.y)));
        } else {
            path.line_to((q(p.x), q(p.y)));
        }
    }
    if close && points.len() > 2 {
        path.close_path();
    }
}

fn cross(path: &mut BezPath, c: Pos2) {
    let d = 5.0;
    path.move_to((q(c.x - d), q(c.y - d)));
    path.line_to((q(c.x + d), q(c.y + d)));
    path.move_to((q(c.x - d), q(c.y + d)));
    path.line_to((q(c.x + d), q(c.y - d)));
}

/// Ties drawn in one go: a run of consecutive opaque ties of one colour, width and dash
/// paints what drawing them one by one paints (an opaque colour over itself is itself; dashes
/// start again at each line), with one call to the rasteriser instead of thousands.
/// Translucent ties are drawn one by one, as the SVG composites them.
#[derive(Default)]
struct Run {
    key: Option<([u8; 4], u32, Option<[u32; 2]>)>,
    count: usize,
    lines: BezPath,
    heads: BezPath,
    crosses: BezPath,
}

impl Run {
    fn flush(&mut self, cx: &mut RenderContext) {
        let Some((rgba, width, dash)) = self.key.take() else { return };
        self.count = 0;
        let dash = dash.map(|[d, g]| [f32::from_bits(d), f32::from_bits(g)]);
        let color = paint(Color32::from_rgba_premultiplied(rgba[0], rgba[1], rgba[2], rgba[3]));
        let (lines, heads, crosses) =
            (std::mem::take(&mut self.lines), std::mem::take(&mut self.heads), std::mem::take(&mut self.crosses));
        cx.set_paint(color);
        if !lines.is_empty() {
            cx.set_stroke(stroke(f64::from(f32::from_bits(width)), Join::Round, dash));
            cx.stroke_path(&lines);
        }
        if !heads.is_empty() {
            cx.set_fill_rule(Fill::NonZero);
            cx.fill_path(&heads);
        }
        if !crosses.is_empty() {
            cx.set_stroke(stroke(2.0, Join::Miter, None));
            cx.stroke_path(&crosses);
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

/// Lines per run: the rasteriser sorts each path's tiles, so shorter runs sort less.
const RUN_MAX: usize = 512;

fn edges(cx: &mut RenderContext, edges: &[EdgeShape]) {
    let mut run = Run::default();
    for e in edges {
        let dash = e.dash.map(|[d, g]| [(q(d) as f32).to_bits(), (q(g) as f32).to_bits()]);
        let key = (e.color.to_array(), (q(e.width) as f32).to_bits(), dash);
        if run.key != Some(key) || run.count >= RUN_MAX {
            run.flush(cx);
        }
        run.key = Some(key);
        run.add(e);
        // A translucent tie over another darkens it, as in the SVG: each is drawn alone.
        if e.color.a() < 255 {
            run.flush(cx);
        }
    }
    run.flush(cx);
}

fn node(cx: &mut RenderContext, n: &NodeShape) {
    let disc = Circle::new((q(n.center.x), q(n.center.y)), q(n.radius)).to_path(0.01);
    cx.set_paint(paint(n.fill));
    cx.set_fill_rule(Fill::NonZero);
    cx.fill_path(&disc);
    if let Some((w, c)) = n.ring {
        cx.set_paint(paint(c));
        cx.set_stroke(stroke(q(w), Join::Miter, None));
        cx.stroke_path(&disc);
    }
    for (arc, color) in n.balance_arcs() {
        let mut path = BezPath::new();
        add_polyline(&mut path, &arc, false);
        cx.set_paint(paint(color));
        cx.set_stroke(stroke(f64::from(style::BALANCE_W), Join::Round, None));
        cx.stroke_path(&path);
    }
}

fn land(cx: &mut RenderContext, scene: &Scene) {
    cx.set_paint(paint(scene.background));
    cx.fill_rect(&Rect::new(0.0, 0.0, q(scene.size.x), q(scene.size.y)));
    for land in &scene.land {
        let mut path = BezPath::new();
        for ring in land.polygons.iter().flatten() {
            add_polyline(&mut path, ring, false);
            path.close_path();
        }
        if path.is_empty() {
            continue;
        }
        cx.set_paint(paint(land.fill));
        cx.set_fill_rule(Fill::EvenOdd);
        cx.fill_path(&path);
        cx.set_paint(paint(style::BORDER));
        cx.set_stroke(stroke(0.7, Join::Miter, None));
        cx.stroke_path(&path);
    }
}

/// The picture as pixels: `size × scale`, premultiplied RGBA.
pub(super) fn render(scene: &Scene, overlay: &Overlay, scale: f32, transparent: bool) -> Result<Pixmap, String> {
    let (w, h) = ((scene.size.x * scale).round() as u32, (scene.size.y * scale).round() as u32);
    let (w, h) = (w.max(1), h.max(1));
    let too_large = || crate::i18n::tr_args("export-cannot-allocate", &[("width", w.into()), ("height", h.into())]);
    let (Ok(w16), Ok(h16)) = (u16::try_from(w), u16::try_from(h)) else { return Err(too_large()) };
    let mut pm = Pixmap::new(w, h).ok_or_else(too_large)?;
    let mut cx = RenderContext::new(w16, h16);
    cx.set_transform(Affine::scale(f64::from(scale)));
    if !transparent {
        land(&mut cx, scene);
    }
    edges(&mut cx, &scene.edges);
    for n in &scene.nodes {
        node(&mut cx, n);
    }
    cx.flush();
    let target = PixmapMut::new(w16, h16, pm.data_mut()).ok_or_else(too_large)?;
    cx.render(target, &mut Resources::new());
    // Labels, legend and the texts over the map, from an SVG of those layers alone.
    super::png::draw_onto(&svg::text_layers(scene, overlay, scale), &mut pm)?;
    Ok(pm)
}

fn encoding_failed(e: &png::EncodingError) -> String {
    crate::i18n::tr_args("export-png-encoding-failed", &[("error", e.to_string().into())])
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
    let mut writer = encoder.write_header().map_err(|e| encoding_failed(&e))?;
    writer.write_image_data(&rgba).map_err(|e| encoding_failed(&e))?;
    writer.finish().map_err(|e| encoding_failed(&e))?;
    Ok(out)
}
