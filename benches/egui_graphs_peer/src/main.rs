//! Peer benchmark: the graph of Bridges' synthetic generator (`src/synthetic.rs`), drawn with
//! egui_graphs in a headless egui context. Prints one JSON line of medians in milliseconds.
//!
//! cargo run --release --manifest-path benches/egui_graphs_peer/Cargo.toml -- --actors 10000 --ties 50000

use clap::Parser;
use egui::{Pos2, RawInput, Rect, Vec2};
use egui_graphs::{
    DisplayEdge, DisplayNode, FruchtermanReingoldWithCenterGravity, FruchtermanReingoldWithCenterGravityState, Graph,
    GraphView, Layout, LayoutForceDirected, LayoutState, SettingsNavigation, SettingsStyle,
};
use petgraph::stable_graph::{IndexType, NodeIndex};
use petgraph::EdgeType;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// The egui_graphs version this crate pins in Cargo.toml.
const EGUI_GRAPHS_VERSION: &str = "0.32.0";

#[derive(Parser)]
#[command(about = "Bridges' synthetic graph drawn with egui_graphs, headless; one JSON line of medians (ms)")]
struct Args {
    #[arg(long, default_value_t = 10_000)]
    actors: usize,
    #[arg(long, default_value_t = 50_000)]
    ties: usize,
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Frames timed for frame_fit_ms (after the warm-up frames).
    #[arg(long, default_value_t = 15)]
    frames: usize,
    /// Untimed frames first (the first one runs egui_graphs' fit-to-screen and builds the font atlas).
    #[arg(long, default_value_t = 3)]
    warmup: usize,
    /// Draw every node label (egui_graphs' `labels_always`); by default egui_graphs draws a
    /// label only for a hovered, selected or dragged node, i.e. none here.
    #[arg(long)]
    labels: bool,
    /// Multiply the projected positions by this (fit-to-screen undoes it, but egui_graphs'
    /// node radius (5) and edge width (2) are in graph units, so it sets their on-screen size).
    #[arg(long, default_value_t = 1.0)]
    scale: f32,
    /// Step cap for layout_converge_ms (egui_graphs' own demo uses 1000).
    #[arg(long, default_value_t = 300)]
    max_steps: u32,
    /// "Stable" threshold: average node displacement per step, graph units (the demo's 0.01).
    #[arg(long, default_value_t = 0.01)]
    epsilon: f32,
    /// Runs of the layout timed (median). Default: 3, or 1 above 5000 actors (each run is
    /// up to max_steps O(n²) steps).
    #[arg(long)]
    layout_runs: Option<usize>,
    /// Skip the layout measurement (prints null).
    #[arg(long)]
    no_layout: bool,
}

// ---- A port of Bridges' `synthetic::generate`: same RNG, same calls in the same order. ----

/// xorshift64*, as in Bridges.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn label(rng: &mut Rng) -> String {
    const SYLLABLES: [&str; 16] =
        ["ka", "zan", "ur", "be", "ta", "ji", "tur", "men", "kyr", "gyz", "sta", "nor", "vel", "ri", "do", "an"];
    let len = 8 + rng.below(9);
    let mut s = String::new();
    while s.chars().count() < len {
        s.push_str(SYLLABLES[rng.below(SYLLABLES.len())]);
    }
    let mut s: String = s.chars().take(len).collect();
    if let Some(first) = s.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    s
}

struct Actor {
    name: String,
    lat: f64,
    lon: f64,
}

/// Actors (name, capital) and ties (from, to), exactly as Bridges generates them; the draws
/// Bridges makes for a tie's date, kind and status are made too (and discarded), so the
/// stream stays in step.
fn generate(actors: usize, ties: usize, seed: u64) -> (Vec<Actor>, Vec<(usize, usize)>) {
    let mut rng = Rng(seed.max(1));
    let actors: Vec<Actor> = (0..actors)
        .map(|_| {
            let name = label(&mut rng);
            let lat = 5.0 + rng.unit() * 60.0;
            let lon = 20.0 + rng.unit() * 140.0;
            Actor { name, lat, lon }
        })
        .collect();
    let mut ends: Vec<usize> = Vec::with_capacity(2 * ties);
    let n = actors.len();
    let ties: Vec<(usize, usize)> = (0..ties)
        .filter_map(|_| {
            let pick = |rng: &mut Rng| {
                if !ends.is_empty() && rng.below(2) == 0 { ends[rng.below(ends.len())] } else { rng.below(n) }
            };
            let a = pick(&mut rng);
            let mut b = pick(&mut rng);
            if n < 2 {
                return None;
            }
            if a == b {
                b = (b + 1 + rng.below(n - 1)) % n;
            }
            ends.extend([a, b]);
            let _year = rng.below(20);
            let _month = rng.below(12);
            let _day = rng.below(28);
            let _kind = rng.below(4);
            let _status = rng.below(10);
            Some((a, b))
        })
        .collect();
    (actors, ties)
}

/// Bridges' map projection (`layout::project`): x = lon·cos 42°, y = −lat.
fn project(lat: f64, lon: f64) -> Pos2 {
    let k = 42.0_f64.to_radians().cos();
    Pos2::new((lon * k) as f32, (-lat) as f32)
}

// ---- A layout that leaves the positions alone (egui_graphs' default `Random` layout would
// ---- scatter every node on the first frame).

#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
struct FixedState;

impl LayoutState for FixedState {}

#[derive(Debug, Default)]
struct Fixed;

impl Layout<FixedState> for Fixed {
    fn from_state(_: FixedState) -> impl Layout<FixedState> {
        Fixed
    }

    fn next<N, E, Ty, Ix, Dn, De>(&mut self, _: &mut Graph<N, E, Ty, Ix, Dn, De>, _: &egui::Ui)
    where
        N: Clone,
        E: Clone,
        Ty: EdgeType,
        Ix: IndexType,
        Dn: DisplayNode<N, E, Ty, Ix>,
        De: DisplayEdge<N, E, Ty, Ix, Dn>,
    {
    }

    fn state(&self) -> FixedState {
        FixedState
    }
}

type FrState = FruchtermanReingoldWithCenterGravityState;
type FrLayout = LayoutForceDirected<FruchtermanReingoldWithCenterGravity>;

fn build_graph(actors: &[Actor], ties: &[(usize, usize)], scale: f32) -> Graph {
    let mut g: Graph = Graph::new();
    let idx: Vec<NodeIndex> = actors
        .iter()
        .map(|a| {
            let p = project(a.lat, a.lon);
            g.add_node_with_label_and_location((), a.name.clone(), Pos2::new(p.x * scale, p.y * scale))
        })
        .collect();
    for (i, &(a, b)) in ties.iter().enumerate() {
        g.add_edge_with_label(idx[a], idx[b], (), format!("t{i}"));
    }
    g
}

fn input() -> RawInput {
    RawInput { screen_rect: Some(Rect::from_min_size(Pos2::ZERO, Vec2::new(1600.0, 1000.0))), ..Default::default() }
}

fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1000.0
}

fn main() {
    let args = Args::parse();
    let (actors, ties) = generate(args.actors, args.ties, args.seed);
    let t = Instant::now();
    let mut g = build_graph(&actors, &ties, args.scale);
    eprintln!(
        "graph: {} nodes, {} edges ({} curved: parallel/opposite ties), built in {:.0} ms",
        g.node_count(),
        g.edge_count(),
        g.edges_iter().filter(|(_, e)| e.order() > 0).count(),
        t.elapsed().as_secs_f64() * 1000.0
    );

    // ---- frame_fit_ms: ui pass + tessellation of one frame, fit-to-screen on, positions fixed.
    let ctx = egui::Context::default();
    let nav = SettingsNavigation::new().with_fit_to_screen_enabled(true);
    let style = SettingsStyle::new().with_labels_always(args.labels);
    // The ui pass and the tessellation are also timed apart (reported on stderr only).
    let split = std::cell::RefCell::new((Vec::<Duration>::new(), Vec::<Duration>::new()));
    let frame = |g: &mut Graph| -> usize {
        let t = Instant::now();
        let mut out = ctx.run_ui(input(), |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                GraphView::<FixedState, Fixed>::new().with_navigations(&nav).with_styles(&style).show(ui, g);
            });
        });
        let ui_pass = t.elapsed();
        let t = Instant::now();
        let prims = ctx.tessellate(std::mem::take(&mut out.shapes), out.pixels_per_point);
        let tess = t.elapsed();
        let mut split = split.borrow_mut();
        split.0.push(ui_pass);
        split.1.push(tess);
        let n = prims.len() + prims.iter().map(|p| match &p.primitive {
            egui::epaint::Primitive::Mesh(m) => m.indices.len(),
            _ => 0,
        }).sum::<usize>();
        out.drop_without_applying_deltas();
        n
    };
    for _ in 0..args.warmup.max(1) {
        black_box(frame(&mut g));
    }
    let times: Vec<Duration> = (0..args.frames.max(1))
        .map(|_| {
            let t = Instant::now();
            black_box(frame(&mut g));
            t.elapsed()
        })
        .collect();
    let frame_fit_ms = median(times);
    let (ui_ms, tess_ms) = {
        let mut split = split.borrow_mut();
        let warm = args.warmup.max(1);
        (median(split.0.split_off(warm)), median(split.1.split_off(warm)))
    };
    eprintln!("frame: median ui pass {ui_ms:.2} ms, median tessellation {tess_ms:.2} ms (labels drawn: {})", args.labels);
    let (step_ms, draw_ms) = {
        let mut m = (0.0, 0.0);
        let out = ctx.run_ui(input(), |ui| m = egui_graphs::get_metrics(ui, None));
        out.drop_without_applying_deltas();
        m
    };
    eprintln!("frame: egui_graphs' own timers for its last frame: layout {step_ms:.2} ms, draw {draw_ms:.2} ms");
    // Sanity: the fixed layout kept the generated positions.
    if let (Some(a), Some(n)) = (actors.first(), g.g().node_weight(NodeIndex::new(0))) {
        let p = project(a.lat, a.lon);
        assert_eq!(n.location(), Pos2::new(p.x * args.scale, p.y * args.scale), "positions moved");
    }

    // ---- layout_converge_ms: egui_graphs' force-directed layout (Fruchterman–Reingold with
    // ---- center gravity, default parameters, as its demo) from the geographic positions, run
    // ---- by its own `fast_forward_until_stable_force_run` until the average displacement of a
    // ---- step is below epsilon, or max_steps.
    let layout_converge_ms = if args.no_layout {
        None
    } else {
        let runs = args.layout_runs.unwrap_or(if args.actors > 5000 { 1 } else { 3 }).max(1);
        let mut times = Vec::new();
        for run in 0..runs {
            let mut g = build_graph(&actors, &ties, args.scale);
            let ctx = egui::Context::default();
            let mut result = (0, 0.0);
            let mut elapsed = Duration::ZERO;
            let out = ctx.run_ui(input(), |ui| {
                let t = Instant::now();
                result = GraphView::<FrState, FrLayout>::fast_forward_until_stable_force_run(
                    ui,
                    &mut g,
                    args.epsilon,
                    args.max_steps,
                    None,
                );
                elapsed = t.elapsed();
            });
            out.drop_without_applying_deltas();
            eprintln!(
                "layout run {}: {} steps in {:.0} ms ({:.2} ms/step), last average displacement {:.4} ({})",
                run + 1,
                result.0,
                elapsed.as_secs_f64() * 1000.0,
                elapsed.as_secs_f64() * 1000.0 / result.0.max(1) as f64,
                result.1,
                if result.1 < args.epsilon { "stable" } else { "hit the step cap" }
            );
            times.push(elapsed);
        }
        Some(median(times))
    };

    println!(
        "{{\"peer\":\"egui_graphs {EGUI_GRAPHS_VERSION}\",\"actors\":{},\"ties\":{},\"frame_fit_ms\":{frame_fit_ms:.3},\"layout_converge_ms\":{}}}",
        g.node_count(),
        g.edge_count(),
        layout_converge_ms.map_or("null".to_string(), |v| format!("{v:.1}"))
    );
}
