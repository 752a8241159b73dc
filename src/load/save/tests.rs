//! Saved files open back as the same map, in every format, and a failed save leaves the old
//! file: these go through the disk, so they are `load`'s tests, not `formats`'.

use super::*;
use crate::load;
use crate::model::Dataset;
use crate::problem::Problem;

fn messages(p: &[Problem]) -> String {
    p.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

fn roundtrip(format: Format) -> Dataset {
    let original = load::builtin().unwrap_or_else(|e| panic!("{e}")).dataset;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = format.with_extension(&dir.path().join("map"));
    save(&original, &path, format).unwrap_or_else(|e| panic!("{e}"));
    let back = load::load_path(&path).unwrap_or_else(|e| panic!("{}", messages(&e.problems)));
    std::sync::Arc::unwrap_or_clone(back.dataset)
}

/// What every format keeps: actors, ties, dates, people, quotes and evidence.
fn assert_same_map(a: &Dataset, b: &Dataset) {
    assert_eq!(a.actors.len(), b.actors.len());
    for (x, y) in a.actors.iter().zip(&b.actors) {
        assert_eq!(
            (&x.id, &x.name, &x.names, x.kind, &x.capital, &x.position, &x.role, &x.part_of, &x.members, &x.attributes),
            (&y.id, &y.name, &y.names, y.kind, &y.capital, &y.position, &y.role, &y.part_of, &y.members, &y.attributes)
        );
    }
    assert_eq!(a.ties.len(), b.ties.len());
    for (x, y) in a.ties.iter().zip(&b.ties) {
        assert_eq!(
            (&x.id, &x.kind, &x.from, &x.to, &x.via, &x.date, x.status, &x.place, &x.people, &x.summary),
            (&y.id, &y.kind, &y.from, &y.to, &y.via, &y.date, y.status, &y.place, &y.people, &y.summary)
        );
        // Each passage with its own source (a tie may cite several), by the source's title.
        let cited = |d: &Dataset, t: &crate::model::Tie| {
            let title = |id: &str| d.source(id).map(|s| s.title.clone()).unwrap_or_default();
            t.evidence.iter().map(|e| (title(&e.source), e.text.clone())).collect::<Vec<_>>()
        };
        assert_eq!(cited(a, x), cited(b, y), "evidence of {}", x.id);
        assert_eq!(x.attributes, y.attributes);
    }
    let quotes = |d: &Dataset| {
        let title = |id: &str| d.source(id).map(|s| s.title.clone()).unwrap_or_default();
        let mut q: Vec<(String, String, String)> =
            d.quotes.iter().map(|q| (q.speaker.clone(), q.text.clone(), title(&q.source))).collect();
        q.sort();
        q
    };
    assert_eq!(quotes(a), quotes(b));
}

#[test]
fn json_round_trip_keeps_everything() {
    let original = load::builtin().unwrap_or_else(|e| panic!("{e}")).dataset;
    assert_eq!(roundtrip(Format::Json), *original);
}

#[test]
fn csv_pair_round_trip_keeps_actors_ties_dates_quotes_and_evidence() {
    let original = load::builtin().unwrap_or_else(|e| panic!("{e}")).dataset;
    let back = roundtrip(Format::CsvPair);
    assert_same_map(&original, &back);
    assert!(back.ties.iter().all(|t| !t.evidence.is_empty()), "every tie still cites the article");
}

#[test]
fn gexf_round_trip_keeps_actors_ties_dates_quotes_and_evidence() {
    let original = load::builtin().unwrap_or_else(|e| panic!("{e}")).dataset;
    assert_same_map(&original, &roundtrip(Format::Gexf));
}

#[test]
fn graphml_round_trip_keeps_actors_ties_dates_quotes_and_evidence() {
    let original = load::builtin().unwrap_or_else(|e| panic!("{e}")).dataset;
    assert_same_map(&original, &roundtrip(Format::GraphMl));
}

/// An imported map with attributes, several targets, undated ties and odd characters comes
/// back the same from every format.
#[test]
fn the_csv_sample_survives_every_format() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/csv-pair");
    let original = load::load_path(&dir).unwrap_or_else(|e| panic!("{}", messages(&e.problems))).dataset;
    assert!(original.actors.len() >= 40 && original.ties.len() >= 50);
    assert!(original.ties.iter().any(|t| !t.attributes.is_empty()) && original.ties.iter().any(|t| t.to.len() > 1));
    for format in Format::ALL {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = format.with_extension(&tmp.path().join("sample"));
        save(&original, &path, format).unwrap_or_else(|e| panic!("{format:?}: {e}"));
        let back = load::load_path(&path).unwrap_or_else(|e| panic!("{format:?}: {}", messages(&e.problems))).dataset;
        assert_same_map(&original, &back);
        if format != Format::CsvPair {
            assert_eq!(back.title, original.title, "{format:?}: the title (a CSV pair takes its folder's name)");
        }
    }
}

#[test]
fn a_failed_save_leaves_the_old_file_and_no_temporary_file() {
    let ds = load::builtin().unwrap_or_else(|e| panic!("{e}")).dataset;
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = tmp.path().join("keep.json");
    std::fs::write(&file, "old").unwrap_or_else(|e| panic!("{e}"));
    // The CSV pair is a folder; an existing file of that name is refused, not replaced.
    assert!(matches!(save(&ds, &file, Format::CsvPair), Err(SaveError::NotAFolder(_))));
    // A folder that does not exist cannot take a GEXF file.
    assert!(save(&ds, &tmp.path().join("missing/x.gexf"), Format::Gexf).is_err());
    assert_eq!(std::fs::read_to_string(&file).unwrap_or_default(), "old");
    let names: Vec<String> = std::fs::read_dir(tmp.path())
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["keep.json"]);
}

#[test]
fn names_in_three_scripts_survive_every_format() {
    let mut original = std::sync::Arc::unwrap_or_clone(load::builtin().unwrap_or_else(|e| panic!("{e}")).dataset);
    let names = [("japan", "日本", "Япония"), ("kazakhstan", "カザフスタン", "Казахстан")];
    for (id, ja, ru) in names {
        let mut a = original.actor(id).unwrap_or_else(|| panic!("{id}")).clone();
        a.names = [("ja", ja), ("ru", ru)].into_iter().map(|(l, n)| (l.to_owned(), n.to_owned())).collect();
        original
            .apply(crate::model::Edit::Replace { id: id.to_owned(), record: crate::model::Record::Actor(a) })
            .unwrap_or_else(|e| panic!("{e}"));
    }
    for format in Format::ALL {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = format.with_extension(&dir.path().join("map"));
        save(&original, &path, format).unwrap_or_else(|e| panic!("{e}"));
        let back = load::load_path(&path).unwrap_or_else(|e| panic!("{}", messages(&e.problems))).dataset;
        for (id, ja, ru) in names {
            let a = back.actor(id).unwrap_or_else(|| panic!("{format:?}: {id}"));
            assert_eq!((a.name_in("ja"), a.name_in("ru")), (ja, ru), "{format:?}");
            assert!(a.attributes.is_empty(), "{format:?}: names are not left as attributes: {:?}", a.attributes);
        }
        let plain = back.actors.iter().find(|a| a.names.is_empty()).unwrap_or_else(|| panic!("an actor without names"));
        assert_eq!(plain.name_in("ja"), plain.name, "English where none");
    }
}
