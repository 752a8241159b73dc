use super::*;

fn builtin_value() -> serde_json::Value {
    serde_json::from_str(BUILTIN_JSON).expect("built-in JSON parses")
}

fn load_value(v: &serde_json::Value) -> Result<Loaded, LoadError> {
    load_str(&v.to_string(), "test.json", None)
}

fn messages(e: &LoadError) -> String {
    e.problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

#[test]
fn builtin_dataset_is_valid() {
    let loaded = builtin().unwrap_or_else(|e| panic!("{}", messages(&e)));
    let ds = &loaded.dataset;
    for id in ["japan", "kazakhstan", "uzbekistan", "kyrgyzstan", "tajikistan", "turkmenistan"] {
        assert!(ds.actor(id).is_some_and(|a| a.capital.is_some()), "{id} is a state with a capital");
    }
    assert_eq!(loaded.texts.len(), ds.sources.len(), "every source's stored text was found");
}

/// The record since 2004: enough ties, quotes and sources, spread over the years, every
/// source with its address and publisher, and the article's own four ties still its own.
#[test]
fn the_builtin_record_covers_2004_to_2025_from_many_sources() {
    let loaded = builtin().unwrap_or_else(|e| panic!("{}", messages(&e)));
    let ds = &loaded.dataset;
    assert!(ds.ties.len() >= 60 && ds.quotes.len() >= 10 && ds.sources.len() >= 15, "{}", loaded.summary());
    let years: std::collections::BTreeSet<i32> =
        ds.ties.iter().filter_map(|t| t.date.start.or(t.date.end)).map(|d| d.first_day().0).collect();
    let in_range = years.iter().filter(|y| (2004..=2025).contains(*y)).count();
    assert!(in_range >= 15, "ties in only {in_range} years of 2004–2025: {years:?}");
    for s in &ds.sources {
        assert!(s.url.as_deref().is_some_and(|u| u.starts_with("http")), "source {} has no address", s.id);
        assert!(!s.publisher.trim().is_empty(), "source {} names no publisher", s.id);
    }
    let article: Vec<&str> = ds
        .ties
        .iter()
        .filter(|t| t.evidence.iter().any(|e| e.source == "tca-2025-08"))
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(article.len(), 4, "{article:?}");
    let iwaya = ds.tie("visit-iwaya-kazakhstan-2025-08").expect("the article's tie");
    assert_eq!(iwaya.status, crate::model::Status::Held, "a later source says the visit took place");
    let says: Vec<_> = iwaya.evidence.iter().map(|e| (e.source.as_str(), e.status)).collect();
    assert!(says.contains(&("tca-2025-08", Some(crate::model::Status::Planned))), "{says:?}");
    assert!(says.iter().any(|(s, st)| *s != "tca-2025-08" && *st == Some(crate::model::Status::Held)), "{says:?}");
}

/// Bridges' own data is held to more than any dataset must meet: every tie, and every quote,
/// cites the article, and every passage of it is checked verbatim (by `builtin()` above).
#[test]
fn every_builtin_tie_and_quote_is_traced_to_the_article_text() {
    let loaded = builtin().unwrap_or_else(|e| panic!("{}", messages(&e)));
    let ds = &loaded.dataset;
    for t in &ds.ties {
        assert!(!t.evidence.is_empty(), "tie {} cites no evidence", t.id);
        for e in &t.evidence {
            assert!(loaded.texts.contains_key(&e.source), "tie {} cites a source without text", t.id);
            assert!(!e.text.trim().is_empty(), "tie {} cites an empty passage", t.id);
        }
    }
    for q in &ds.quotes {
        assert!(loaded.texts.get(&q.source).is_some_and(|text| text.contains(&q.text)), "quote {}", q.id);
    }
    assert!(!loaded.summary().contains("cite no source"), "{}", loaded.summary());
}

#[test]
fn a_quote_changed_by_one_character_is_refused_and_named() {
    let mut v = builtin_value();
    let text = v["quotes"][0]["text"].as_str().expect("text").replacen("trust-building", "trust-bulding", 1);
    v["quotes"][0]["text"] = text.into();
    let err = load_value(&v).expect_err("altered quote must be refused");
    assert_eq!(err.problems.len(), 1, "{}", messages(&err));
    let p = &err.problems[0];
    assert_eq!(p.location, "quotes[0].text (\"quote-dadabaev-trust\")");
    assert!(p.message.contains("not found verbatim"), "{}", p.message);
    assert!(p.message.contains("the source reads \"ilding diplomacy"), "{}", p.message);
    assert!(p.to_string().starts_with("test.json: quotes[0].text"), "{p}");
}

#[test]
fn altered_evidence_is_refused() {
    let mut v = builtin_value();
    v["ties"][0]["evidence"][0]["text"] = "The Dialogue was launched in 2003.".into();
    let err = load_value(&v).expect_err("altered evidence must be refused");
    assert!(err.problems.iter().any(|p| p.location == "ties[0].evidence[0].text"), "{}", messages(&err));
}

#[test]
fn broken_references_and_duplicates_are_each_reported() {
    let mut v = builtin_value();
    v["ties"][1]["to"][0] = "atlantis".into();
    v["actors"][2]["id"] = "japan".into();
    v["quotes"][0]["speaker"] = "nobody".into();
    let err = load_value(&v).expect_err("must be refused");
    let all = messages(&err);
    assert!(all.contains("ties[1].to[0]: refers to actor \"atlantis\""), "{all}");
    assert!(all.contains("actors[2].id: duplicate id \"japan\": already used by actors[0]"), "{all}");
    assert!(all.contains("quotes[0].speaker: refers to actor \"nobody\""), "{all}");
}

#[test]
fn invalid_dates_are_located() {
    let mut v = builtin_value();
    v["ties"][0]["date"]["start"] = "2025-13-45".into();
    let err = load_value(&v).expect_err("must be refused");
    let p = &err.problems[0];
    assert_eq!(p.location, "ties[0].date.start");
    assert!(p.message.contains("month must be 01 to 12"), "{p}");
    assert!(p.line.is_some());
}

#[test]
fn syntax_errors_give_line_and_column() {
    let err = load_str("{\n  \"format\": \"bridges\",\n  \"actors\": [,]\n}", "bad.json", None).expect_err("bad");
    let p = &err.problems[0];
    assert_eq!((p.line, p.column), (Some(3), Some(14)), "{p}");
    assert!(p.to_string().starts_with("bad.json:3:14"), "{p}");
}

#[test]
fn empty_and_wrong_version_files_are_refused_clearly() {
    let err = load_str("  \n", "empty.json", None).expect_err("empty");
    assert!(err.problems[0].message.contains("empty"));
    let mut v = builtin_value();
    v["format_version"] = 99.into();
    let err = load_value(&v).expect_err("version");
    assert!(messages(&err).contains("format version 99"), "{}", messages(&err));
}

#[test]
fn out_of_range_coordinates_are_refused() {
    let mut v = builtin_value();
    v["actors"][0]["capital"]["lat"] = 95.0.into();
    let err = load_value(&v).expect_err("lat 95");
    assert!(messages(&err).contains("actors[0].capital.lat: latitude 95 is outside -90..90"), "{}", messages(&err));
}

#[test]
fn a_missing_source_file_is_reported_with_the_path_tried() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut v = builtin_value();
    v["sources"][0]["file"] = "no-such-article.txt".into();
    let path = dir.path().join("d.json");
    std::fs::write(&path, v.to_string()).expect("write");
    let err = load_path(&path).expect_err("missing source");
    assert!(messages(&err).contains("sources[0].file: cannot read the source file"), "{}", messages(&err));
}

#[test]
fn load_path_refuses_folders_and_non_utf8() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert!(load_path(dir.path()).is_err());
    let bin = dir.path().join("garbage.json");
    std::fs::write(&bin, [0xff, 0xfe, 0x00, 0x41]).expect("write");
    let err = load_path(&bin).expect_err("garbage");
    assert!(err.problems[0].message.contains("not UTF-8"));
}
