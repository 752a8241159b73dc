//! Seeded synthetic datasets, for benchmarks and scale tests: states scattered over Eurasia,
//! scale-free ties (a few hubs, many leaves), 8–16 character labels, dates over 20 years.

use crate::model::{Actor, ActorKind, Capital, Dataset, DateSpan, Evidence, PartialDate, Source, Status, Tie, TieKind};

/// A small deterministic generator (xorshift64*), the same on every platform.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub(crate) fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

pub(crate) fn label(rng: &mut Rng) -> String {
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

/// A dataset of `actors` states and `ties` ties, the same for the same seed.
#[must_use]
pub fn generate(actors: usize, ties: usize, seed: u64) -> Dataset {
    let mut rng = Rng(seed.max(1));
    let source = Source {
        id: "synthetic".into(),
        title: "Synthetic data".into(),
        publisher: "Bridges".into(),
        date: None,
        file: None,
        url: Some("https://example.invalid/synthetic".into()),
        text: None,
    };
    let actors: Vec<Actor> = (0..actors)
        .map(|i| {
            let name = label(&mut rng);
            let capital =
                Capital { name: format!("{name} City"), lat: 5.0 + rng.unit() * 60.0, lon: 20.0 + rng.unit() * 140.0 };
            Actor { capital: Some(capital), ..Actor::new(format!("a{i}"), name, ActorKind::State) }
        })
        .collect();
    // Preferential attachment: each endpoint is drawn from the list of endpoints so far
    // (so proportional to degree) half of the time, uniformly otherwise.
    let mut ends: Vec<usize> = Vec::with_capacity(2 * ties);
    let n = actors.len();
    let ties: Vec<Tie> = (0..ties)
        .filter_map(|i| {
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
            let year = 2005 + rng.below(20) as i32;
            let month = 1 + rng.below(12) as u8;
            let day = 1 + rng.below(28) as u8;
            let kind = if rng.below(4) == 0 { TieKind::Dialogue } else { TieKind::Visit };
            let status = match rng.below(10) {
                0 => Status::Cancelled,
                1 | 2 => Status::Planned,
                _ => Status::Held,
            };
            Some(Tie {
                id: format!("t{i}"),
                kind,
                from: format!("a{a}"),
                to: vec![format!("a{b}")],
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
                evidence: vec![Evidence::new("synthetic", format!("Synthetic tie {i}."))],
                attributes: crate::model::Attributes::new(),
            })
        })
        .collect();
    Dataset {
        format: "bridges".into(),
        format_version: crate::model::FORMAT_VERSION,
        title: format!("Synthetic map ({} actors, {} ties, seed {seed})", actors.len(), ties.len()),
        sources: vec![source],
        actors,
        ties,
        ..Dataset::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_seeded_and_valid() {
        let a = generate(200, 1000, 7);
        assert_eq!(a, generate(200, 1000, 7));
        assert_ne!(a, generate(200, 1000, 8));
        assert_eq!((a.actors.len(), a.ties.len()), (200, 1000));
        assert!(a.actors.iter().all(|x| (8..=16).contains(&x.name.chars().count())));
        let problems = crate::load::validate(&a, &crate::load::SourceTexts::new());
        assert!(problems.is_empty(), "{problems:?}");
        let counts = crate::scene::tie_counts(&a);
        let max = counts.values().max().copied().unwrap_or(0);
        assert!(max > 30, "hubs emerge (largest degree {max})");
    }
}
