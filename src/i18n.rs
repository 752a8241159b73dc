//! The interface's words in English, Japanese and Russian, from the Fluent files in
//! `assets/i18n/` (embedded). Code asks for a message by its key (`tr("menu-file")`,
//! `tr_args("timeline-undated", &[("count", n.into())])`) in the current language of its
//! thread: the window's language on the UI thread, `--lang` for the command line. A test
//! (`tests/i18n.rs`) checks that every language has exactly the keys the code uses.

pub use crate::messages::{FILES, Lang, current, from_locale, set, system, tr, tr_args};
use crate::model::PartialDate;

/// What a kind of actor is called (the legend, the filters).
#[must_use]
pub fn actor_kind(kind: crate::model::ActorKind) -> String {
    use crate::model::ActorKind;
    match kind {
        ActorKind::State => tr("kind-state"),
        ActorKind::Forum => tr("kind-forum"),
        ActorKind::Region => tr("kind-region"),
        ActorKind::Person => tr("kind-person"),
        ActorKind::Organisation => tr("kind-organisation"),
        ActorKind::Context => tr("kind-context"),
    }
}

/// A kind of tie's name; a kind the data names itself keeps its name.
#[must_use]
pub fn tie_kind(kind: &crate::model::TieKind) -> String {
    use crate::model::TieKind;
    match kind {
        TieKind::Visit => tr("tie-visit"),
        TieKind::Dialogue => tr("tie-dialogue"),
        TieKind::Summit => tr("tie-summit"),
        TieKind::Agreement => tr("tie-agreement"),
        TieKind::Launch => tr("tie-launch"),
        TieKind::Other(_) => kind.label(),
    }
}

/// A kind of tie in the plural, as the filters list them; a kind the data names itself keeps
/// its name.
#[must_use]
pub fn tie_kind_plural(kind: &crate::model::TieKind) -> String {
    use crate::model::TieKind;
    match kind {
        TieKind::Visit => tr("ties-visits"),
        TieKind::Dialogue => tr("ties-dialogues"),
        TieKind::Summit => tr("ties-summits"),
        TieKind::Agreement => tr("ties-agreements"),
        TieKind::Launch => tr("ties-launches"),
        TieKind::Other(_) => kind.label(),
    }
}

/// A status's name, lower case ("planned").
#[must_use]
pub fn status(status: crate::model::Status) -> String {
    use crate::model::Status;
    match status {
        Status::Held => tr("status-held"),
        Status::Planned => tr("status-planned"),
        Status::Cancelled => tr("status-cancelled"),
    }
}

/// A span of dates in this thread's language ("2025-08-24 – 2025-08-28", "2025年8月24日",
/// "until …", "undated").
#[must_use]
pub fn span(span: &crate::model::DateSpan) -> String {
    let lang = current();
    let one = |d: PartialDate| date(d, lang);
    match (span.start, span.end) {
        (Some(s), Some(e)) if s == e => one(s),
        (Some(s), Some(e)) => format!("{} – {}", one(s), one(e)),
        (Some(s), None) => one(s),
        (None, Some(e)) => tr_args("date-until", &[("date", one(e).into())]),
        (None, None) => tr("date-undated"),
    }
}

/// What the legend says of a kind of tie; a kind the data names itself keeps its name.
#[must_use]
pub fn tie_kind_legend(kind: &crate::model::TieKind) -> String {
    use crate::model::TieKind;
    match kind {
        TieKind::Visit => tr("legend-visit"),
        TieKind::Dialogue => tr("legend-dialogue"),
        TieKind::Summit => tr("legend-summit"),
        TieKind::Agreement => tr("legend-agreement"),
        TieKind::Launch => tr("legend-launch"),
        TieKind::Other(_) => kind.label(),
    }
}

/// A date as the language writes it: `2025-08-24` (ISO 8601, as English-language data lists
/// give it), `2025年8月24日`, `24 августа 2025`; at the date's own precision.
#[must_use]
pub fn date(d: PartialDate, lang: Lang) -> String {
    const RU_OF: [&str; 12] = [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ];
    const RU: [&str; 12] = [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ];
    let month = |m: u8| usize::from(m.clamp(1, 12) - 1);
    match (lang, d.month, d.day) {
        (Lang::English, ..) => d.to_string(),
        (Lang::Japanese, Some(m), Some(day)) => format!("{}年{m}月{day}日", d.year),
        (Lang::Japanese, Some(m), None) => format!("{}年{m}月", d.year),
        (Lang::Japanese, None, _) => format!("{}年", d.year),
        (Lang::Russian, Some(m), Some(day)) => format!("{day} {} {}", RU_OF[month(m)], d.year),
        (Lang::Russian, Some(m), None) => format!("{} {}", RU[month(m)], d.year),
        (Lang::Russian, None, _) => format!("{} г.", d.year),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_their_language() {
        assert_eq!(from_locale("ja_JP.UTF-8"), Lang::Japanese);
        assert_eq!(from_locale("ru_RU.UTF-8"), Lang::Russian);
        assert_eq!(from_locale("en_GB.UTF-8"), Lang::English);
        assert_eq!(from_locale("C"), Lang::English);
        assert_eq!(from_locale(""), Lang::English);
    }

    #[test]
    fn dates_are_written_the_languages_way() {
        let day = PartialDate { year: 2025, month: Some(8), day: Some(24) };
        assert_eq!(date(day, Lang::English), "2025-08-24");
        assert_eq!(date(day, Lang::Japanese), "2025年8月24日");
        assert_eq!(date(day, Lang::Russian), "24 августа 2025");
        let month = PartialDate { year: 2025, month: Some(8), day: None };
        assert_eq!(date(month, Lang::Japanese), "2025年8月");
        assert_eq!(date(month, Lang::Russian), "август 2025");
    }

    #[test]
    fn messages_follow_the_threads_language_and_fill_their_arguments() {
        set(Lang::Japanese);
        let ja = tr("menu-file");
        set(Lang::Russian);
        let ru = tr("menu-file");
        set(Lang::English);
        let en = tr("menu-file");
        assert_eq!(en, "File");
        assert_ne!(ja, en);
        assert_ne!(ru, en);
        assert_ne!(ja, ru);
        let n = tr_args("timeline-undated", &[("count", 3.into())]);
        assert!(n.contains('3'), "{n}");
        assert_eq!(tr("no-such-key"), "no-such-key");
    }
}
