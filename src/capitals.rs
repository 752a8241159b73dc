//! The capitals of the 193 UN member states (`assets/capitals.csv`, described in
//! `assets/capitals.md`): a country given by name or ISO code is placed at its capital.

use std::collections::BTreeMap;
use std::sync::OnceLock;

const CSV: &str = include_str!("../assets/capitals.csv");

/// One UN member state and its capital.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Country {
    pub iso2: String,
    pub iso3: String,
    pub name: String,
    pub capital: String,
    pub lat: f64,
    pub lon: f64,
}

struct Table {
    countries: Vec<Country>,
    /// Folded names, aliases and codes → index into `countries`.
    index: BTreeMap<String, usize>,
}

/// Lower case, with runs of spaces, dots, hyphens and underscores made one space, so that
/// "kyrgyz republic", "Kyrgyz-Republic" and "KYRGYZ REPUBLIC" meet.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace() || matches!(c, '.' | '-' | '_' | ',')) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut countries = Vec::new();
        let mut index = BTreeMap::new();
        let mut reader = csv::Reader::from_reader(CSV.as_bytes());
        // The table ships inside the binary and a test reads every row; a row that did not
        // parse would simply be missing.
        for row in reader.records().flatten() {
            let field = |i: usize| row.get(i).unwrap_or_default().to_owned();
            let (Ok(lat), Ok(lon)) = (field(5).parse(), field(6).parse()) else { continue };
            let i = countries.len();
            let aliases = field(3);
            let keys = [field(0), field(1), field(2)].into_iter().chain(aliases.split('|').map(str::to_owned));
            for key in keys {
                let key = fold(&key);
                if !key.is_empty() {
                    index.entry(key).or_insert(i);
                }
            }
            countries.push(Country { iso2: field(0), iso3: field(1), name: field(2), capital: field(4), lat, lon });
        }
        Table { countries, index }
    })
}

/// The country a name, alias or ISO 3166 code (two or three letters) names, if any.
pub(crate) fn lookup(name_or_code: &str) -> Option<&'static Country> {
    let t = table();
    t.index.get(&fold(name_or_code)).map(|&i| &t.countries[i])
}

/// Every country of the table, in its order (by ISO code).
#[cfg(feature = "testing")]
pub(crate) fn all() -> &'static [Country] {
    &table().countries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_193_un_member_states_are_read() {
        let all = &table().countries;
        assert_eq!(all.len(), 193);
        assert_eq!(CSV.lines().count(), 194, "every row of the file parsed");
        for c in all {
            assert!((-90.0..=90.0).contains(&c.lat) && (-180.0..=180.0).contains(&c.lon), "{c:?}");
            assert_eq!((c.iso2.len(), c.iso3.len()), (2, 3), "{c:?}");
        }
    }

    #[test]
    fn names_aliases_and_codes_find_the_capital() {
        for key in ["Japan", "JP", "JPN", "jpn", " japan "] {
            assert_eq!(lookup(key).map(|c| c.capital.as_str()), Some("Tokyo"), "{key}");
        }
        for key in ["Kazakhstan", "KZ", "KAZ", "Republic of Kazakhstan"] {
            let c = lookup(key).unwrap_or_else(|| panic!("{key}"));
            assert_eq!(c.capital, "Astana");
            assert!((c.lat - 51.17).abs() < 0.1 && (c.lon - 71.45).abs() < 0.1);
        }
        assert_eq!(lookup("Kyrgyz Republic").map(|c| c.iso2.as_str()), Some("KG"));
        assert_eq!(lookup("United States of America").map(|c| c.iso3.as_str()), Some("USA"));
        assert_eq!(lookup("Ivory Coast").map(|c| c.iso2.as_str()), Some("CI"));
        assert!(lookup("Atlantis").is_none());
        assert!(lookup("").is_none());
    }
}
