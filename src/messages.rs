//! The core of the interface's languages: the languages, their Fluent files (embedded from
//! `assets/i18n/`) and `tr`/`tr_args`, which look a message up in the thread's language.
//! A leaf module (it imports nothing from the crate), so that every module, `model`'s error
//! messages included, can write in the interface's language; `i18n` re-exports all of it
//! and adds the names of the model's kinds, statuses and dates.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::sync::LazyLock;

/// A language of the interface and of actors' names (on the map, in the side panel, in exports).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    English,
    Japanese,
    Russian,
}

impl Lang {
    pub const ALL: [Self; 3] = [Self::English, Self::Japanese, Self::Russian];

    /// The language tag names are stored under (`Actor::names`); English is the plain name.
    #[must_use]
    pub fn tag(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Japanese => "ja",
            Self::Russian => "ru",
        }
    }

    /// The language's own name, as the menu lists it.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Japanese => "日本語",
            Self::Russian => "Русский",
        }
    }
}

/// Each language's messages, as written in its file.
pub const FILES: [(Lang, &str); 3] = [
    (Lang::English, include_str!("../assets/i18n/en.ftl")),
    (Lang::Japanese, include_str!("../assets/i18n/ja.ftl")),
    (Lang::Russian, include_str!("../assets/i18n/ru.ftl")),
];

struct Bundles(Vec<(Lang, FluentBundle<FluentResource>)>);

static BUNDLES: LazyLock<Bundles> = LazyLock::new(|| {
    Bundles(
        FILES
            .iter()
            .map(|(lang, text)| {
                let id: unic_langid::LanguageIdentifier = lang.tag().parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // No Unicode isolation marks around arguments: egui would draw them as boxes.
                bundle.set_use_isolating(false);
                // A file that does not parse keeps what it could read (the test reports the rest).
                let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
                let _ = bundle.add_resource(resource);
                (*lang, bundle)
            })
            .collect(),
    )
});

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::English) };
}

/// The language this thread writes in.
#[must_use]
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Write in `lang` on this thread from now on.
pub fn set(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// The language the system asks for (`LC_ALL`, `LC_MESSAGES`, then `LANG`, as POSIX orders
/// them): Japanese for `ja…`, Russian for `ru…`, English otherwise.
/// Read once per process.
#[must_use]
pub fn system() -> Lang {
    static SYSTEM: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();
    *SYSTEM.get_or_init(|| {
        let var =
            ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
        from_locale(var.as_deref().unwrap_or(""))
    })
}

/// The language of a POSIX locale name such as `ja_JP.UTF-8`.
#[must_use]
pub fn from_locale(locale: &str) -> Lang {
    let code = locale.split(['_', '.', '@', '-']).next().unwrap_or("").to_ascii_lowercase();
    match code.as_str() {
        "ja" => Lang::Japanese,
        "ru" => Lang::Russian,
        _ => Lang::English,
    }
}

/// The message `key` in this thread's language.
#[must_use]
pub fn tr(key: &str) -> String {
    tr_args(key, &[])
}

/// The message `key` with its arguments filled in, in this thread's language; English where
/// the language lacks it, the key itself where no language has it (the test forbids both).
#[must_use]
pub fn tr_args(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let lang = current();
    let bundles = &BUNDLES.0;
    let find = |l: Lang| bundles.iter().find(|(x, _)| *x == l).map(|(_, b)| b);
    for bundle in [find(lang), find(Lang::English)].into_iter().flatten() {
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else { continue };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, (!args.is_empty()).then_some(&fluent_args), &mut errors);
        return text.into_owned();
    }
    key.to_owned()
}
