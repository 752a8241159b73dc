//! Event-data-scale lists, as GDELT, ICEWS or Phoenix give them: a few hundred states and
//! a million dated state-to-state events over three decades, a few pairs and kinds far more
//! frequent than the rest. Seeded: the same list for the same arguments.

use super::synthetic::Rng;
use crate::model::{Actor, ActorKind, Capital, Dataset, DateSpan, Evidence, PartialDate, Source, Status, Tie, TieKind};

/// The first year of the events.
pub const FIRST_YEAR: i32 = 1995;
/// The last year of the events.
pub const LAST_YEAR: i32 = 2025;

/// Kinds and their shares in percent.
const KINDS: [(TieKind, u32); 5] = [
    (TieKind::Visit, 55),
    (TieKind::Dialogue, 20),
    (TieKind::Agreement, 15),
    (TieKind::Summit, 7),
    (TieKind::Launch, 3),
];

/// `states` states and `events` ties among them, the same for the same seed.
///
/// The states are the UN member states of the built-in capitals table (193), at their
/// capitals, in the table's order; beyond 193 come seeded made-up states scattered over the
/// land between 60°S and 70°N. A state's share of events falls with its rank as 1/rank
/// (Zipf), so that a few pairs carry most of them; kinds are skewed likewise (visits the
/// most, launches the fewest); events grow in number over the years.
#[must_use]
pub fn generate(states: usize, events: usize, seed: u64) -> Dataset {
    let mut rng = Rng(seed.max(1));
    let table = crate::capitals::all();
    let actors: Vec<Actor> = (0..states)
        .map(|i| {
            if let Some(c) = table.get(i) {
                let capital = Capital { name: c.capital.clone(), lat: c.lat, lon: c.lon };
                Actor { capital: Some(capital), ..Actor::new(c.iso3.to_lowercase(), c.name.clone(), ActorKind::State) }
            } else {
                let name = super::synthetic::label(&mut rng);
                let capital = Capital {
                    name: format!("{name} City"),
                    lat: -60.0 + rng.unit() * 130.0,
                    lon: -180.0 + rng.unit() * 360.0,
                };
                Actor { capital: Some(capital), ..Actor::new(format!("x{i}"), name, ActorKind::State) }
            }
        })
        .collect();
    // A seeded order of the states by how active they are: rank r has weight 1/r.
    let mut order: Vec<usize> = (0..states).collect();
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i + 1));
    }
    let mut cumulative = Vec::with_capacity(states);
    let mut total = 0.0;
    for r in 0..states {
        total += 1.0 / (r as f64 + 1.0);
        cumulative.push(total);
    }
    let pick = |rng: &mut Rng| {
        let x = rng.unit() * total;
        let r = cumulative.partition_point(|&c| c < x).min(states.saturating_sub(1));
        order[r]
    };
    let ties = if states >= 2 { events_among(&actors, events, &mut rng, &pick) } else { Vec::new() };
    let source = Source {
        id: "synthetic-events".into(),
        title: "Synthetic event data".into(),
        publisher: "Bridges".into(),
        date: None,
        file: None,
        url: Some("https://example.invalid/synthetic-events".into()),
        text: None,
    };
    Dataset {
        format: "bridges".into(),
        format_version: crate::model::FORMAT_VERSION,
        title: format!("Synthetic events ({} states, {} events, seed {seed})", actors.len(), ties.len()),
        sources: vec![source],
        actors,
        ties,
        ..Dataset::default()
    }
}

/// `events` ties among `actors`, each end drawn by `pick`.
fn events_among(actors: &[Actor], events: usize, rng: &mut Rng, pick: &dyn Fn(&mut Rng) -> usize) -> Vec<Tie> {
    let span = f64::from(LAST_YEAR - FIRST_YEAR + 1);
    let mut ties = Vec::with_capacity(events);
    let states = actors.len();
    {
        for i in 0..events {
            let a = pick(rng);
            let mut b = pick(rng);
            if a == b {
                b = (b + 1 + rng.below(states - 1)) % states;
            }
            let mut k = rng.below(100) as u32;
            let kind = KINDS
                .iter()
                .find(|(_, w)| {
                    let hit = k < *w;
                    k = k.saturating_sub(*w);
                    hit
                })
                .map_or(TieKind::Visit, |(kind, _)| kind.clone());
            // Growth: the square root of a uniform number leans towards the later years.
            let year = FIRST_YEAR + (rng.unit().sqrt() * span).floor().min(span - 1.0) as i32;
            let month = 1 + rng.below(12) as u8;
            let day = 1 + rng.below(28) as u8;
            let status = match rng.below(20) {
                0 => Status::Cancelled,
                1 => Status::Planned,
                _ => Status::Held,
            };
            ties.push(Tie {
                id: format!("e{i}"),
                kind,
                from: actors[a].id.clone(),
                to: vec![actors[b].id.clone()],
                via: None,
                date: DateSpan {
                    start: Some(PartialDate { year, month: Some(month), day: Some(day) }),
                    end: None,
                    inferred: None,
                },
                status,
                place: None,
                people: Vec::new(),
                summary: String::new(),
                evidence: vec![Evidence::new("synthetic-events", format!("Event {i}."))],
                attributes: crate::model::Attributes::new(),
            });
        }
    }
    ties
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn events_are_seeded_skewed_and_valid() {
        let a = generate(250, 20_000, 3);
        assert_eq!(a, generate(250, 20_000, 3));
        assert_eq!((a.actors.len(), a.ties.len()), (250, 20_000));
        assert_eq!(a.actors.iter().filter(|x| !x.id.starts_with('x')).count(), 193, "the capitals table first");
        let problems = crate::load::validate(&a, &crate::load::SourceTexts::new());
        assert!(problems.is_empty(), "{:?}", problems.first());
        // Skewed pairs: the busiest pair has far more than an even share.
        let mut pairs: BTreeMap<(&str, &str), usize> = BTreeMap::new();
        for t in &a.ties {
            let (x, y) = (t.from.as_str(), t.to[0].as_str());
            *pairs.entry(if x < y { (x, y) } else { (y, x) }).or_default() += 1;
        }
        let busiest = pairs.values().max().copied().unwrap_or(0);
        let even = 20_000 / (250 * 249 / 2);
        assert!(busiest > 50 * even.max(1), "busiest pair {busiest}");
        // Skewed kinds, and all in 1995–2025, more in the later years.
        let visits = a.ties.iter().filter(|t| t.kind == TieKind::Visit).count();
        let launches = a.ties.iter().filter(|t| t.kind == TieKind::Launch).count();
        assert!(visits > 10 * launches, "{visits} visits, {launches} launches");
        let year = |t: &Tie| t.date.start.map_or(0, |d| d.year);
        assert!(a.ties.iter().all(|t| (FIRST_YEAR..=LAST_YEAR).contains(&year(t))));
        let early = a.ties.iter().filter(|t| year(t) < 2000).count();
        let late = a.ties.iter().filter(|t| year(t) >= 2020).count();
        assert!(late > 2 * early, "growth: {early} before 2000, {late} since 2020");
    }
}
