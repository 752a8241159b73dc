//! Metrics of the view: over the actors drawn and the ties the filters and time window let
//! through. The graph has one node per actor drawn on the map and an undirected edge between
//! two actors when a shown tie joins them as drawn (a meeting of a forum joins the forum and
//! each party; any other tie its `from` and each `to`), weighted by how many ties do.
//!
//! Per actor: ties (shown ties it takes part in), partners (distinct neighbours),
//! betweenness (unweighted, normalised as networkx's `betweenness_centrality`), eigenvector
//! centrality (weighted, networkx's power iteration) and a community (Louvain, modularity on
//! the weighted graph, nodes visited in id order: the same every run).

use crate::filter::Visible;
use crate::model::Dataset;
use petgraph::graph::{NodeIndex, UnGraph};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

mod betweenness;
mod compare;
pub use compare::{Change, Comparison, compare, parse_periods};

/// One actor's figures.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ActorMetrics {
    pub id: String,
    pub name: String,
    pub ties: usize,
    pub partners: usize,
    pub betweenness: f64,
    pub eigenvector: f64,
    pub community: usize,
}

impl ActorMetrics {
    /// The figure `m`.
    #[must_use]
    pub fn value(&self, m: crate::view::Metric) -> f64 {
        use crate::view::Metric;
        match m {
            Metric::Ties => self.ties as f64,
            Metric::Partners => self.partners as f64,
            Metric::Betweenness => self.betweenness,
            Metric::Eigenvector => self.eigenvector,
        }
    }
}

/// The figures of every actor of the view, sorted by id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metrics {
    pub actors: Vec<ActorMetrics>,
}

impl Metrics {
    /// The figures of `id`, if it is in the view.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&ActorMetrics> {
        self.actors.binary_search_by(|a| a.id.as_str().cmp(id)).ok().map(|i| &self.actors[i])
    }

    /// The highest value of `m` in the view (0 when empty).
    #[must_use]
    pub fn max(&self, m: crate::view::Metric) -> f64 {
        self.actors.iter().map(|a| a.value(m)).fold(0.0, f64::max)
    }
}

/// The weighted graph of the view: node ids sorted, edges (a < b) with their weight.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct ViewGraph {
    pub(crate) ids: Vec<String>,
    pub(crate) edges: BTreeMap<(usize, usize), f64>,
    /// Shown ties per node.
    pub(crate) ties: Vec<usize>,
}

impl ViewGraph {
    pub(crate) fn of(ds: &Dataset, visible: &Visible) -> Self {
        let ids: Vec<String> = {
            let drawn: BTreeSet<&str> =
                ds.drawn().iter().map(|a| a.id.as_str()).filter(|id| visible.actors.contains(*id)).collect();
            drawn.into_iter().map(str::to_owned).collect()
        };
        let index: BTreeMap<&str, usize> = ids.iter().enumerate().map(|(i, id)| (id.as_str(), i)).collect();
        let mut edges: BTreeMap<(usize, usize), f64> = BTreeMap::new();
        let mut ties = vec![0_usize; ids.len()];
        for t in visible.ties.iter(ds) {
            let parties: Vec<&str> = std::iter::once(t.from.as_str()).chain(t.to.iter().map(String::as_str)).collect();
            let pairs: Vec<(&str, &str)> = match t.via.as_deref() {
                Some(forum) => parties.iter().map(|p| (forum, *p)).collect(),
                None => t.to.iter().map(|to| (t.from.as_str(), to.as_str())).collect(),
            };
            let mut touched = BTreeSet::new();
            for (a, b) in pairs {
                let (Some(&i), Some(&j)) = (index.get(a), index.get(b)) else { continue };
                if i == j {
                    continue;
                }
                *edges.entry((i.min(j), i.max(j))).or_insert(0.0) += 1.0;
                touched.extend([i, j]);
            }
            for i in touched {
                ties[i] += 1;
            }
        }
        Self { ids, edges, ties }
    }

    fn petgraph(&self) -> (UnGraph<(), f64>, Vec<NodeIndex>) {
        let mut g = UnGraph::with_capacity(self.ids.len(), self.edges.len());
        let nodes: Vec<NodeIndex> = self.ids.iter().map(|_| g.add_node(())).collect();
        for (&(a, b), &w) in &self.edges {
            g.add_edge(nodes[a], nodes[b], w);
        }
        (g, nodes)
    }
}

/// The metrics of the view `visible` shows of `ds`.
#[must_use]
pub fn compute(ds: &Dataset, visible: &Visible) -> Metrics {
    let graph = ViewGraph::of(ds, visible);
    let n = graph.ids.len();
    let (g, nodes) = graph.petgraph();
    let between = betweenness::betweenness(n, &graph.edges);
    let eigen: Vec<f64> = rustworkx_core::centrality::eigenvector_centrality(
        &g,
        |e: petgraph::graph::EdgeReference<'_, f64>| -> Result<f64, std::convert::Infallible> { Ok(*e.weight()) },
        Some(10_000),
        Some(1e-12),
    )
    .ok()
    .flatten()
    .unwrap_or_else(|| vec![0.0; n]);
    let communities = louvain(n, &graph.edges);
    let mut partners = vec![0_usize; n];
    for &(a, b) in graph.edges.keys() {
        partners[a] += 1;
        partners[b] += 1;
    }
    let actors = graph
        .ids
        .iter()
        .enumerate()
        .map(|(i, id)| ActorMetrics {
            id: id.clone(),
            name: ds.name_of(id).to_owned(),
            ties: graph.ties[i],
            partners: partners[i],
            betweenness: between.get(i).copied().unwrap_or(0.0),
            eigenvector: eigen.get(nodes[i].index()).copied().unwrap_or(0.0),
            community: communities[i],
        })
        .collect();
    Metrics { actors }
}

/// Louvain communities of a weighted undirected graph of `n` nodes: each node moved to the
/// neighbouring community that most raises modularity (nodes in index order, ties broken by
/// the smaller community), communities folded into nodes, again until nothing moves.
/// Communities are numbered from 0 in the order of their first node.
pub(crate) fn louvain(n: usize, edges: &BTreeMap<(usize, usize), f64>) -> Vec<usize> {
    let mut membership: Vec<usize> = (0..n).collect();
    let mut level_edges: Vec<(usize, usize, f64)> = edges.iter().map(|(&(a, b), &w)| (a, b, w)).collect();
    let mut size = n;
    // Each level at least halves nothing only when nothing moves: at most n levels.
    for _ in 0..n.max(1) {
        let community = one_level(size, &level_edges);
        let mut renumber: BTreeMap<usize, usize> = BTreeMap::new();
        for &c in &community {
            let next = renumber.len();
            renumber.entry(c).or_insert(next);
        }
        if renumber.len() == size {
            break;
        }
        for m in &mut membership {
            *m = renumber[&community[*m]];
        }
        let mut folded: BTreeMap<(usize, usize), f64> = BTreeMap::new();
        for &(a, b, w) in &level_edges {
            let (ca, cb) = (renumber[&community[a]], renumber[&community[b]]);
            *folded.entry((ca.min(cb), ca.max(cb))).or_insert(0.0) += w;
        }
        level_edges = folded.into_iter().map(|((a, b), w)| (a, b, w)).collect();
        size = renumber.len();
    }
    let mut first: BTreeMap<usize, usize> = BTreeMap::new();
    for &m in &membership {
        let next = first.len();
        first.entry(m).or_insert(next);
    }
    membership.iter().map(|m| first[m]).collect()
}

/// One level of Louvain: the community of each of `n` nodes.
fn one_level(n: usize, edges: &[(usize, usize, f64)]) -> Vec<usize> {
    let mut adjacency: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
    let mut degree = vec![0.0_f64; n];
    let mut total = 0.0;
    for &(a, b, w) in edges {
        if a == b {
            degree[a] += 2.0 * w;
        } else {
            adjacency[a].push((b, w));
            adjacency[b].push((a, w));
            degree[a] += w;
            degree[b] += w;
        }
        total += w;
    }
    let mut community: Vec<usize> = (0..n).collect();
    if total <= 0.0 {
        return community;
    }
    let m2 = 2.0 * total;
    let mut sum_tot = degree.clone();
    // Moves only raise modularity, which is bounded: this ends; the cap is a guard.
    for _ in 0..1000 {
        let mut moved = false;
        for i in 0..n {
            let own = community[i];
            sum_tot[own] -= degree[i];
            let mut links: BTreeMap<usize, f64> = BTreeMap::new();
            for &(j, w) in &adjacency[i] {
                *links.entry(community[j]).or_insert(0.0) += w;
            }
            let gain = |c: usize, k_in: f64| k_in - sum_tot[c] * degree[i] / m2;
            let mut best = (own, gain(own, links.get(&own).copied().unwrap_or(0.0)));
            for (&c, &k_in) in &links {
                let g = gain(c, k_in);
                if g > best.1 + 1e-12 {
                    best = (c, g);
                }
            }
            community[i] = best.0;
            sum_tot[best.0] += degree[i];
            moved |= best.0 != own;
        }
        if !moved {
            break;
        }
    }
    community
}

/// "2nd of 13 states by partners": the rank of `id` among the actors of its kind by a
/// metric (1 = highest), and how many there are.
#[must_use]
pub fn rank(ds: &Dataset, metrics: &Metrics, id: &str, key: impl Fn(&ActorMetrics) -> f64) -> Option<Rank> {
    let kind = ds.actor(id)?.kind;
    let mine = key(metrics.actors.iter().find(|a| a.id == id)?);
    let peers: Vec<&ActorMetrics> =
        metrics.actors.iter().filter(|a| ds.actor(&a.id).is_some_and(|x| x.kind == kind)).collect();
    let above = peers.iter().filter(|a| key(a) > mine + 1e-12).count();
    let level = peers.iter().filter(|a| (key(a) - mine).abs() <= 1e-12).count();
    Some(Rank { place: above + 1, of: peers.len(), shared: level.saturating_sub(1), value: mine })
}

/// An actor's place among the actors of its kind by one metric.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rank {
    /// 1 for the highest; actors with equal values share a place.
    pub place: usize,
    /// How many actors of the kind are in the view.
    pub of: usize,
    /// How many others have the same value.
    pub shared: usize,
    pub value: f64,
}

impl Rank {
    /// "2nd of 13 states", "joint 1st of 14 states (with 4 others)", "0 for all 14 states":
    /// among actors of `kind` (all actors for `None`), in the interface's language.
    #[must_use]
    pub fn describe(&self, kind: Option<crate::model::ActorKind>) -> String {
        use crate::messages::tr_args;
        let n = self.place;
        // English ordinal categories (1st, 2nd, 3rd, 4th); other languages ignore them.
        let category = match (n % 10, n % 100) {
            (1, x) if x != 11 => "one",
            (2, x) if x != 12 => "two",
            (3, x) if x != 13 => "few",
            _ => "other",
        };
        let ordinal = tr_args("rank-ordinal", &[("n", n.into()), ("category", category.into())]);
        let kind = kind.map_or_else(|| "actor".to_owned(), |k| format!("{k:?}").to_lowercase());
        let group = tr_args("rank-group", &[("kind", kind.into()), ("of", self.of.into())]);
        if self.value == 0.0 && self.shared + 1 == self.of {
            tr_args("rank-all", &[("group", group.into())])
        } else if self.shared > 0 {
            tr_args(
                "rank-joint",
                &[("ordinal", ordinal.into()), ("group", group.into()), ("shared", self.shared.into())],
            )
        } else {
            tr_args("rank-plain", &[("ordinal", ordinal.into()), ("group", group.into())])
        }
    }
}

/// The metrics as CSV: `id,name,ties,partners,betweenness,eigenvector,community`.
#[must_use]
pub fn to_csv(m: &Metrics) -> String {
    let mut out = String::from("id,name,ties,partners,betweenness,eigenvector,community\n");
    for a in &m.actors {
        let name = if a.name.contains([',', '"', '\n']) {
            format!("\"{}\"", a.name.replace('"', "\"\""))
        } else {
            a.name.clone()
        };
        let _ = writeln!(
            out,
            "{},{name},{},{},{:.12},{:.12},{}",
            a.id, a.ties, a.partners, a.betweenness, a.eigenvector, a.community
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edges(list: &[(usize, usize)]) -> BTreeMap<(usize, usize), f64> {
        list.iter().map(|&(a, b)| ((a, b), 1.0)).collect()
    }

    #[test]
    fn two_triangles_joined_by_one_edge_are_two_communities() {
        let e = edges(&[(0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5), (2, 3)]);
        let c = louvain(6, &e);
        assert_eq!(c, vec![0, 0, 0, 1, 1, 1]);
        assert_eq!(louvain(6, &e), c, "the same every run");
    }

    #[test]
    fn ranks_say_when_places_are_shared() {
        let r =
            |place, shared, value| Rank { place, of: 14, shared, value }.describe(Some(crate::model::ActorKind::State));
        assert_eq!(r(2, 0, 0.5), "2nd of 14 states");
        assert_eq!(r(1, 4, 0.13), "joint 1st of 14 states (with 4 others)");
        assert_eq!(r(11, 1, 0.1), "joint 11th of 14 states (with 1 other)");
        assert_eq!(r(1, 13, 0.0), "0 for all 14 states");
    }

    #[test]
    fn a_path_by_hand() {
        // a — b — c: b lies on the one path between a and c; normalised by (n-1)(n-2)/2 = 1.
        let mut ds = crate::model::Dataset::empty("path");
        for id in ["a", "b", "c"] {
            ds.actors.push(crate::model::Actor::new(id, id, crate::model::ActorKind::State));
        }
        for (i, (f, t)) in [("a", "b"), ("b", "c"), ("b", "c")].iter().enumerate() {
            ds.ties.push(crate::model::Tie {
                id: format!("t{i}"),
                kind: crate::model::TieKind::Visit,
                from: (*f).into(),
                to: vec![(*t).into()],
                via: None,
                date: crate::model::DateSpan::default(),
                status: crate::model::Status::Held,
                place: None,
                people: Vec::new(),
                summary: String::new(),
                evidence: Vec::new(),
                attributes: crate::model::Attributes::new(),
            });
        }
        let m = compute(&ds, &Visible::all(&ds));
        let b = &m.actors[1];
        assert_eq!((b.id.as_str(), b.ties, b.partners), ("b", 3, 2));
        assert!((b.betweenness - 1.0).abs() < 1e-12 && m.actors[0].betweenness.abs() < 1e-12);
        assert_eq!((m.actors[0].ties, m.actors[2].ties, m.actors[2].partners), (1, 2, 1));
        // The weighted edge b—c (two ties) pulls c above a.
        assert!(m.actors[2].eigenvector > m.actors[0].eigenvector);
    }
}
