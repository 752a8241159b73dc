//! The interface's languages: every language has exactly the messages the code asks for,
//! each file parses, every character of every message is in a bundled font, and the window
//! and an export switch language.

mod common;

use bridges::Command;
use bridges::Lang;
use bridges::i18n::{self, FILES};
use egui_kittest::kittest::Queryable;
use std::collections::BTreeSet;
use std::path::Path;

/// The keys the code asks for: every `tr("…")` and `tr_args("…"` in `src/`.
fn keys_used() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a source file");
            for call in ["tr(", "tr_args("] {
                for (at, _) in text.match_indices(call) {
                    // Not the tail of another name (`attr(`).
                    let before = text[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    // The key, a literal, may be on the next line (rustfmt breaks long calls).
                    let Some(rest) = text[at + call.len()..].trim_start().strip_prefix('"') else { continue };
                    if let Some(end) = rest.find('"') {
                        used.insert(rest[..end].to_owned());
                    }
                }
            }
        }
    }
    // The i18n module's own test asks for a key no language has, on purpose.
    used.remove("no-such-key");
    used
}

/// The message keys of a Fluent file (lines `key = …`; comments and blank lines skipped).
fn keys_of(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with(' ') && l.contains(" = "))
        .filter_map(|l| l.split(" = ").next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_language_has_exactly_the_keys_the_code_uses() {
    let used = keys_used();
    assert!(used.len() > 250, "the scan found only {} keys", used.len());
    let mut problems = Vec::new();
    for (lang, text) in FILES {
        let have = keys_of(text);
        for missing in used.difference(&have) {
            problems.push(format!("{}: no message for `{missing}`, which the code uses", lang.tag()));
        }
        for unused in have.difference(&used) {
            problems.push(format!("{}: `{unused}` is no longer used by the code", lang.tag()));
        }
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn every_file_parses_and_every_message_is_translated() {
    for (lang, text) in FILES {
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(text.to_owned()) {
            panic!("{}.ftl does not parse: {errors:?}", lang.tag());
        }
    }
    // Japanese and Russian differ from English in most messages (names of formats and
    // keys, such as "PNG" or "OK", may stay as they are).
    let english: Vec<&str> = FILES[0].1.lines().filter(|l| l.contains(" = ")).collect();
    for (lang, text) in &FILES[1..] {
        let same = text.lines().filter(|l| l.contains(" = ") && english.contains(l)).count();
        assert!(same * 20 < english.len(), "{}: {same} of {} messages are the English ones", lang.tag(), english.len());
    }
}

/// Whether some bundled font has a glyph for `c`.
fn covered(fonts: &[ttf_parser::Face<'_>], c: char) -> bool {
    c.is_whitespace() || fonts.iter().any(|f| f.glyph_index(c).is_some())
}

#[test]
fn every_character_of_every_language_is_in_a_bundled_font() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files: Vec<Vec<u8>> = ["assets/fonts/DejaVuSans.ttf", "assets/fonts/DroidSansFallbackFull.ttf"]
        .iter()
        .map(|p| std::fs::read(root.join(p)).expect("a bundled font"))
        .collect();
    let mut data: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
    data.push(epaint_default_fonts::UBUNTU_LIGHT);
    let fonts: Vec<ttf_parser::Face<'_>> =
        data.iter().map(|d| ttf_parser::Face::parse(d, 0).expect("a font that parses")).collect();
    for (lang, text) in FILES {
        let missing: BTreeSet<char> = text.chars().filter(|c| !covered(&fonts, *c)).collect();
        assert!(missing.is_empty(), "{}: no bundled font draws {missing:?}", lang.tag());
    }
}

#[test]
fn the_window_speaks_the_language_chosen_and_remembers_it() {
    let mut h = common::builtin_harness();
    assert!(h.query_by_label("File").is_some(), "English to begin with");
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::SetLanguage(Some(Lang::Japanese)));
    h.run();
    assert!(h.query_by_label("ファイル").is_some(), "the File menu in Japanese");
    assert!(h.query_by_label("File").is_none());
    assert_eq!(h.state().persisted().language, Some(Lang::Japanese), "kept with the settings");
    // Actors are named in the interface's language where the data has the name.
    assert!(common::is_node(&h, "日本"), "Japan named in Japanese on the map");
    h.state_mut().run(&ctx, Command::SetLanguage(Some(Lang::Russian)));
    h.run();
    assert!(h.query_by_label("Файл").is_some(), "the File menu in Russian");
    h.state_mut().run(&ctx, Command::SetLanguage(Some(Lang::English)));
    h.run();
    assert!(h.query_by_label("File").is_some());
    i18n::set(Lang::English);
}

#[test]
fn an_export_writes_its_legend_in_the_language_asked_for() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut legends = Vec::new();
    for tag in ["en", "ja", "ru"] {
        let out = dir.path().join(format!("{tag}.svg"));
        let run = common::bridges(&["export", "--lang", tag, "--out", out.to_str().expect("a path")]);
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        legends.push(std::fs::read_to_string(&out).expect("the SVG"));
    }
    let [en, ja, ru] = [&legends[0], &legends[1], &legends[2]];
    let legend = |lang: Lang, key: &str| {
        i18n::set(lang);
        let text = i18n::tr(key);
        i18n::set(Lang::English);
        text
    };
    // Short entries, which the legend does not wrap onto two lines.
    for key in ["legend-held", "legend-planned", "kind-state"] {
        assert!(en.contains(&legend(Lang::English, key)), "en: {key}");
        assert!(ja.contains(&legend(Lang::Japanese, key)), "ja: {key} = {}", legend(Lang::Japanese, key));
        assert!(ru.contains(&legend(Lang::Russian, key)), "ru: {key} = {}", legend(Lang::Russian, key));
    }
    assert!(!ja.contains(&legend(Lang::English, "legend-held")), "no English legend in the Japanese export");
    let bad = common::bridges(&["export", "--lang", "xx", "--out", "x.svg"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("use en, ja or ru"));
}
