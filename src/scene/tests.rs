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
    assert!(bundles[0].title.starts_with("5 ties: Japan – Kazakhstan"), "{}", bundles[0].title);
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
