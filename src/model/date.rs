//! Partial dates (`2004`, `2024-08`, `2025-08-24`) and date spans.

use crate::messages::tr_args;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar date known to a year, a month or a day.
///
/// Displayed and stored in ISO 8601 at its precision: `2004`, `2024-08`, `2025-08-24`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// Why a date string could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    Format(String),
    Month(String),
    Day(String, u8),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Format(s) => tr_args("date-error-format", &[("text", s.as_str().into())]),
            Self::Month(s) => tr_args("date-error-month", &[("text", s.as_str().into())]),
            Self::Day(s, day) => tr_args("date-error-day", &[("text", s.as_str().into()), ("day", (*day).into())]),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for DateError {}

/// The number of days in a month of a year (February of leap years has 29).
#[must_use]
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            if leap { 29 } else { 28 }
        }
    }
}

fn digits(s: &str, len: usize) -> Option<u32> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

impl PartialDate {
    #[must_use]
    pub fn year(year: i32) -> Self {
        Self { year, month: None, day: None }
    }

    #[must_use]
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let s = text.trim();
        let bad = || DateError::Format(text.to_owned());
        let mut parts = s.split('-');
        let year = parts.next().and_then(|p| digits(p, 4)).ok_or_else(bad)? as i32;
        let month = match parts.next() {
            None => None,
            Some(p) => {
                let m = digits(p, 2).ok_or_else(bad)? as u8;
                if !(1..=12).contains(&m) {
                    return Err(DateError::Month(text.to_owned()));
                }
                Some(m)
            }
        };
        let day = match parts.next() {
            None => None,
            Some(p) => {
                let d = digits(p, 2).ok_or_else(bad)? as u8;
                let m = month.ok_or_else(bad)?;
                if d == 0 || d > days_in_month(year, m) {
                    return Err(DateError::Day(text.to_owned(), d));
                }
                Some(d)
            }
        };
        if parts.next().is_some() {
            return Err(bad());
        }
        Ok(Self { year, month, day })
    }

    /// First day covered, as (year, month, day).
    #[must_use]
    pub fn first_day(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// Last day covered, as (year, month, day).
    #[must_use]
    pub fn last_day(&self) -> (i32, u8, u8) {
        let month = self.month.unwrap_or(12);
        (self.year, month, self.day.unwrap_or_else(|| days_in_month(self.year, month)))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// When something happened: a start, an end, both, or neither (undated).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateSpan {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
    /// Set when any part of the date is inferred rather than stated by the source: says how.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inferred: Option<String>,
}

impl DateSpan {
    #[must_use]
    pub fn is_undated(&self) -> bool {
        self.start.is_none() && self.end.is_none()
    }

    /// A key that orders spans by when they begin (or, lacking a start, end); undated last.
    #[must_use]
    pub fn sort_key(&self) -> (i32, u8, u8) {
        match (self.start, self.end) {
            (Some(s), _) => s.first_day(),
            (None, Some(e)) => e.last_day(),
            (None, None) => (i32::MAX, 0, 0),
        }
    }

    /// ISO 8601 at each end's precision: `2025-08-24`, `2004`, `2025-08-24 – 2025-08-28`, `until 2025-08-28`.
    #[must_use]
    pub fn display(&self) -> String {
        match (self.start, self.end) {
            (Some(s), Some(e)) if s == e => s.to_string(),
            (Some(s), Some(e)) => format!("{s} – {e}"),
            (Some(s), None) => s.to_string(),
            (None, Some(e)) => format!("until {e}"),
            (None, None) => "undated".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_displays_at_precision() {
        for s in ["2004", "2024-08", "2025-08-24", "2024-02-29"] {
            assert_eq!(PartialDate::parse(s).map(|d| d.to_string()), Ok(s.to_owned()));
        }
        assert_eq!(PartialDate::parse("2024-08").map(|d| d.precision()), Ok(Precision::Month));
    }

    #[test]
    fn refuses_impossible_dates() {
        assert_eq!(PartialDate::parse("2025-13-45"), Err(DateError::Month("2025-13-45".into())));
        assert_eq!(PartialDate::parse("2023-02-29"), Err(DateError::Day("2023-02-29".into(), 29)));
        for s in ["", "25", "2025-8", "2025-08-24-1", "abcd", "2025/08/24", "２０２５"] {
            assert!(PartialDate::parse(s).is_err(), "{s} should be refused");
        }
    }

    #[test]
    fn span_display_and_order() {
        let d = |s| PartialDate::parse(s).ok();
        let until = DateSpan { start: None, end: d("2025-08-28"), inferred: None };
        assert_eq!(until.display(), "until 2025-08-28");
        let range = DateSpan { start: d("2025-08-24"), end: d("2025-08-28"), inferred: None };
        assert_eq!(range.display(), "2025-08-24 – 2025-08-28");
        assert!(range.sort_key() < until.sort_key());
        assert_eq!(DateSpan::default().display(), "undated");
    }
}
