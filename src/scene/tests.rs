use super::*;
use crate::layout;

fn scene_for(ds: &Dataset, selection: Option<&Selection>) -> Scene {
    let layout = layout::geographic(ds);
    let basemap = Basemap::default();
    let size = Vec2::new(1200.0, 700.0);
    let bounds = Rect::from_points(&layout.pos.values().copied().collect::<Vec<_>>());
    let visible = crate::filter::Visible::all(ds);
    build(&SceneInput {
        dataset: ds,
        layout: &layout,
        basemap: &basemap,
        selection,
        camera: Camera::fit(bounds, size),
        size,
        visible: &visible,
        labels: crate::view::Lang::English,
        look: crate::view::Look::default(),
        metrics: None,
        comparison: None,
    })
}

fn builtin() -> Dataset {
    crate::load::article()
}

fn node<'a>(s: &'a Scene, id: &str) -> &'a NodeShape {
    s.nodes.iter().find(|n| n.actor == id).unwrap_or_else(|| panic!("node {id}"))
}

fn edge<'a>(s: &'a Scene, id: &str) -> &'a EdgeShape {
    s.edges.iter().find(|e| e.tie == id).unwrap_or_else(|| panic!("edge {id}"))
}

#[test]
fn every_state_and_tie_is_drawn() {
    let ds = builtin();
    let s = scene_for(&ds, None);
    for id in ["japan", "kazakhstan", "uzbekistan", "kyrgyzstan", "tajikistan", "turkmenistan", "ca-plus-japan"] {
        assert_eq!(node(&s, id).emphasis, Emphasis::Normal);
    }
    assert_eq!(s.edges.len(), ds.ties.len());
    let dialogue = edge(&s, "dialogue-ca-plus-japan-2004");
    assert_eq!(dialogue.paths.len(), 6, "a spoke from the forum to each of its six members");
    assert!(dialogue.arrows.is_empty(), "dialogues are undirected");
    let visit = edge(&s, "visit-iwaya-kazakhstan-2025-08");
    assert_eq!(visit.arrows.len(), 1, "visits are arrows");
    assert_eq!(visit.title, "Visit: Japan → Kazakhstan (planned), 2025-08-24");
    assert!(visit.dash.is_some(), "planned ties are dashed");
    assert_eq!(edge(&s, "visit-kishida-2024-08").crosses.len(), 1, "cancelled ties are crossed out");
}

#[test]
fn selecting_a_state_highlights_its_ties_and_dims_the_rest() {
    let ds = builtin();
    let sel = Selection::Actor("kazakhstan".into());
    let s = scene_for(&ds, Some(&sel));
    assert_eq!(node(&s, "kazakhstan").emphasis, Emphasis::Selected);
    assert_eq!(node(&s, "japan").emphasis, Emphasis::Highlighted);
    assert_eq!(node(&s, "russia").emphasis, Emphasis::Dimmed);
    assert_eq!(edge(&s, "visit-iwaya-kazakhstan-2025-08").emphasis, Emphasis::Highlighted);
    assert_eq!(edge(&s, "visit-kishida-2024-08").emphasis, Emphasis::Dimmed);
    assert!(edge(&s, "visit-kishida-2024-08").color.a() < edge(&s, "visit-iwaya-kazakhstan-2025-08").color.a());
}

#[test]
fn parallel_ties_are_drawn_apart() {
    let mut ds = builtin();
    let mut second = ds.tie("visit-iwaya-kazakhstan-2025-08").expect("tie").clone();
    second.id = "visit-second".into();
    ds.ties.push(second);
    let s = scene_for(&ds, None);
    let mid = |id: &str| midpoint(&edge(&s, id).paths[0]).expect("mid");
    let apart = (mid("visit-iwaya-kazakhstan-2025-08") - mid("visit-second")).length();
    assert!(apart > 20.0, "parallel ties {apart}px apart");
}

#[test]
fn hit_testing_finds_nodes_and_edges() {
    let ds = builtin();
    let s = scene_for(&ds, None);
    let japan = node(&s, "japan");
    assert_eq!(s.node_at(japan.center + Vec2::new(2.0, 2.0)).map(|n| n.actor.as_str()), Some("japan"));
    let visit = edge(&s, "visit-iwaya-uzbekistan-2025-08");
    let m = midpoint(&visit.paths[0]).expect("mid");
    assert_eq!(s.edge_at(m + Vec2::new(0.0, 2.0)).map(|e| e.tie.as_str()), Some("visit-iwaya-uzbekistan-2025-08"));
    assert!(s.node_at(Pos2::new(-100.0, -100.0)).is_none());
}

#[test]
fn many_ties_between_one_pair_are_bundled_with_their_count() {
    let mut ds = builtin();
    let base = ds.tie("visit-iwaya-kazakhstan-2025-08").expect("tie").clone();
    for i in 0..4 {
        let mut t = base.clone();
        t.id = format!("extra-{i}");
        ds.ties.push(t);
    }
    let s = scene_for(&ds, None);
    let bundles: Vec<&EdgeShape> = s.edges.iter().filter(|e| e.bundle.is_some()).collect();
    assert_eq!(bundles.len(), 1, "one edge for the pair");
    let b = bundles[0].bundle.as_ref().expect("bundle");
    assert_eq!(b.ties.len(), 5);
    assert!(bundles[0].title.starts_with("5 ties: Japan → Kazakhstan"), "{}", bundles[0].title);
    assert_eq!(bundles[0].selection(), Selection::Pair("japan".into(), "kazakhstan".into()));
    assert!(!s.edges.iter().any(|e| e.tie.starts_with("extra-") && e.bundle.is_none()));
}

#[test]
fn hidden_ties_and_actors_are_not_drawn() {
    let ds = builtin();
    let layout = layout::geographic(&ds);
    let mut filters = crate::view::Filters::default();
    filters.hidden_tie_kinds.insert("visit".into());
    let visible = crate::filter::visible(&ds, &filters, &crate::view::TimeFilter::default());
    let size = Vec2::new(800.0, 500.0);
    let s = build(&SceneInput {
        dataset: &ds,
        layout: &layout,
        basemap: &Basemap::default(),
        selection: None,
        camera: Camera::fit(crate::layout::bounds(&layout), size),
        size,
        visible: &visible,
        labels: crate::view::Lang::English,
        look: crate::view::Look::default(),
        metrics: None,
        comparison: None,
    });
    assert!(s.edges.iter().all(|e| e.kind != crate::model::TieKind::Visit));
    assert_eq!(s.edges.len(), 1);
}

#[test]
fn trim_shortens_both_ends() {
    let p = trim(&[Pos2::new(0.0, 0.0), Pos2::new(100.0, 0.0)], 10.0, 20.0);
    assert_eq!(p, vec![Pos2::new(10.0, 0.0), Pos2::new(80.0, 0.0)]);
    assert!(trim(&[Pos2::new(0.0, 0.0), Pos2::new(10.0, 0.0)], 6.0, 6.0).len() < 2);
}

/// Selecting a state shows the labels of everything tied to it; where the states sit close
/// together (Uzbekistan, Tajikistan, Kyrgyzstan) those labels must not cover each other.
#[test]
fn labels_shown_for_a_selection_do_not_cover_each_other() {
    let ds = crate::load::builtin().expect("built-in").dataset;
    for id in ["uzbekistan", "tajikistan", "kyrgyzstan", "japan"] {
        let sel = Selection::Actor(id.into());
        let s = scene_for(&ds, Some(&sel));
        let shown: Vec<(&str, Rect)> = s
            .nodes
            .iter()
            .filter(|n| n.emphasis >= Emphasis::Highlighted)
            .filter_map(|n| n.label.map(|l| (n.actor.as_str(), l)))
            .collect();
        assert!(shown.len() >= 5, "{id}: {} labels", shown.len());
        for (i, (a, ra)) in shown.iter().enumerate() {
            for (b, rb) in &shown[i + 1..] {
                assert!(!ra.shrink(1.0).intersects(rb.shrink(1.0)), "{id} selected: {a} and {b} labels overlap");
            }
        }
    }
}

fn scene_with(
    ds: &Dataset,
    selection: Option<&Selection>,
    look: crate::view::Look,
    time: &crate::view::TimeFilter,
) -> Scene {
    let layout = layout::geographic(ds);
    let size = Vec2::new(1200.0, 700.0);
    let visible = crate::filter::visible(ds, &crate::view::Filters::default(), time);
    let metrics = crate::analysis::compute(ds, &visible);
    let comparison = time.compare.map(|p| crate::analysis::compare(ds, &visible, p));
    build(&SceneInput {
        dataset: ds,
        layout: &layout,
        basemap: &Basemap::default(),
        selection,
        camera: Camera::fit(crate::layout::bounds(&layout), size),
        size,
        visible: &visible,
        labels: crate::view::Lang::English,
        look,
        metrics: Some(&metrics),
        comparison: comparison.as_ref(),
    })
}

/// The article's map with `n` more visits Japan → Kazakhstan and `back` Kazakhstan → Japan.
fn with_visits(n: usize, back: usize) -> Dataset {
    let mut ds = builtin();
    let base = ds.tie("visit-iwaya-kazakhstan-2025-08").expect("tie").clone();
    for i in 0..n + back {
        let mut t = base.clone();
        t.id = format!("extra-{i}");
        if i >= n {
            t.from = "kazakhstan".into();
            t.to = vec!["japan".into()];
        }
        ds.ties.push(t);
    }
    ds
}

#[test]
fn visits_each_way_are_two_lines_side_by_side_as_wide_as_their_counts() {
    let ds = with_visits(6, 2);
    let s = scene_for(&ds, None);
    let bundles: Vec<&EdgeShape> = s.edges.iter().filter(|e| e.bundle.is_some()).collect();
    assert_eq!(bundles.len(), 2, "one line each way");
    let out = bundles.iter().find(|e| e.title.contains("Japan → Kazakhstan")).expect("out");
    let back = bundles.iter().find(|e| e.title.contains("Kazakhstan → Japan")).expect("back");
    assert_eq!(
        (out.bundle.as_ref().map(|b| b.ties.len()), back.bundle.as_ref().map(|b| b.ties.len())),
        (Some(7), Some(2))
    );
    assert!(out.width > back.width, "7 ties draw wider than 2: {} vs {}", out.width, back.width);
    assert_eq!((out.arrows.len(), back.arrows.len()), (1, 1), "each has its arrowhead");
    // The arrowheads point at opposite ends, and the lines do not lie on each other.
    let kz = node(&s, "kazakhstan").center;
    assert!((out.arrows[0][0] - kz).length() < (back.arrows[0][0] - kz).length());
    let apart = (midpoint(&out.paths[0]).expect("mid") - midpoint(&back.paths[0]).expect("mid")).length();
    assert!(apart >= f32::midpoint(out.width, back.width), "{apart}px apart");
    // Each member tie keeps its own title in exports, which add them.
    let b = out.bundle.as_ref().expect("bundle");
    let titles: Vec<String> = b.ties.iter().filter_map(|id| ds.tie(id)).map(|t| tie_title(&ds, t, "en")).collect();
    assert_eq!(titles.len(), b.ties.len());
    assert!(titles.iter().all(|t| t.starts_with("Visit: Japan → Kazakhstan")), "{titles:?}");
}

#[test]
fn a_node_ring_counts_the_visits_it_received_and_made() {
    let ds = with_visits(0, 3);
    let s = scene_for(&ds, None);
    // Japan made Iwaya's three visits and received three from Kazakhstan; the article's
    // other visit (Kishida's, cancelled) is Japan's too.
    let japan = node(&s, "japan");
    let made = ds.ties.iter().filter(|t| t.kind == TieKind::Visit && t.from == "japan").count();
    let received = ds.ties.iter().filter(|t| t.kind == TieKind::Visit && t.to.iter().any(|x| x == "japan")).count();
    assert_eq!(japan.visits, [made, received]);
    assert_eq!(received, 3);
    let arcs = japan.balance_arcs();
    assert_eq!(arcs.len(), 2);
    assert_eq!((arcs[0].1, arcs[1].1), (style::RECEIVED, style::MADE));
    // The received arc covers received / (made + received) of the circle.
    let turn = |arc: &[Pos2]| {
        let a = arc.first().zip(arc.last()).map(|(f, l)| ((*f - japan.center).angle(), (*l - japan.center).angle()));
        a.map(|(f, l)| (l - f).rem_euclid(std::f32::consts::TAU))
    };
    let share = received as f32 / (made + received) as f32;
    assert!((turn(&arcs[0].0).unwrap_or(0.0) - share * std::f32::consts::TAU).abs() < 0.05);
    assert!(node(&s, "ca-plus-japan").balance_arcs().is_empty(), "a forum neither makes nor receives visits");
}

#[test]
fn focus_depth_reaches_partners_of_partners() {
    let ds = crate::load::builtin().expect("built-in").dataset;
    let sel = Selection::Actor("kyrgyzstan".into());
    let time = crate::view::TimeFilter::default();
    let count = |depth: u8| {
        let s = scene_with(&ds, Some(&sel), crate::view::Look { depth, ..Default::default() }, &time);
        s.nodes.iter().filter(|n| n.emphasis >= Emphasis::Highlighted).count()
    };
    let (one, two, three) = (count(1), count(2), count(3));
    assert!(one < two, "two steps bring more forward: {one} vs {two}");
    assert!(two <= three);
    assert!(three <= ds.drawn().len());
}

#[test]
fn nodes_are_sized_and_coloured_by_a_metric_of_the_view() {
    let ds = crate::load::builtin().expect("built-in").dataset;
    let time = crate::view::TimeFilter::default();
    let look = crate::view::Look {
        size_by: Some(crate::view::Metric::Betweenness),
        colour_by: crate::view::ColourBy::Metric(crate::view::Metric::Betweenness),
        depth: 1,
    };
    let s = scene_with(&ds, None, look, &time);
    let visible = crate::filter::Visible::all(&ds);
    let m = crate::analysis::compute(&ds, &visible);
    let top = m.actors.iter().max_by(|a, b| a.betweenness.total_cmp(&b.betweenness)).expect("actors");
    let n = node(&s, &top.id);
    assert_eq!(n.radius, style::metric_radius(1.0), "the most between actor is the largest");
    assert_eq!(n.fill, style::ramp(1.0));
    let zero = m.actors.iter().find(|a| a.betweenness == 0.0).expect("a leaf");
    assert_eq!(node(&s, &zero.id).radius, style::metric_radius(0.0));
}

#[test]
fn comparing_periods_colours_each_pair_by_how_it_changed() {
    let ds = crate::load::builtin().expect("built-in").dataset;
    let periods = crate::analysis::parse_periods("2004..2014,2015..2025").expect("periods");
    let time = crate::view::TimeFilter { compare: Some(periods), ..Default::default() };
    let s = scene_with(&ds, None, crate::view::Look::default(), &time);
    let visible = crate::filter::visible(&ds, &crate::view::Filters::default(), &time);
    let cmp = crate::analysis::compare(&ds, &visible, periods);
    let [new, continued, lapsed] = cmp.counts();
    assert!(new > 0 && continued > 0, "{new} {continued} {lapsed}");
    assert!(s.edges.iter().all(|e| e.bundle.is_some() && e.change.is_some()), "every pair is one line");
    for e in &s.edges {
        let (a, b) = e.bundle.as_ref().map(|b| b.pair.clone()).expect("pair");
        let change = cmp.of_pair(&a, &b).expect("classified");
        assert_eq!(e.change, Some(change));
        assert_eq!(e.color, style::change_color(change));
    }
}
