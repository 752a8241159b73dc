use super::*;
use crate::model::{ActorKind, Dataset, Status, TieKind};
use crate::problem::Problem;

fn edges_only(text: &str) -> Result<Dataset, Vec<Problem>> {
    csv::build(&[], Some((text, "edges.csv")), "test")
}

fn pair(nodes: &str, edges: &str) -> Result<Dataset, Vec<Problem>> {
    let n = csv::read(nodes, "nodes.csv", csv::Role::Nodes)?;
    csv::build(&n, Some((edges, "edges.csv")), "test")
}

fn messages(p: &[Problem]) -> String {
    p.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

#[test]
fn an_edge_list_alone_places_countries_named_or_coded_at_their_capitals() {
    let ds = edges_only(
        "from,to,type,date,Notes\n\
         Japan,KZ,planned_visit,2025-08,first\n\
         JPN,Uzbekistan,summit,,\n\
         Japan,Central Asia plus Japan,dialogue,2004,\n",
    )
    .unwrap_or_else(|p| panic!("{}", messages(&p)));
    let kz = ds.actor("KZ").expect("KZ is an actor");
    assert_eq!((kz.kind, kz.name.as_str()), (ActorKind::State, "Kazakhstan"));
    assert_eq!(kz.capital.as_ref().map(|c| c.name.as_str()), Some("Astana"));
    assert_eq!(ds.actor("Japan").and_then(|a| a.capital.as_ref()).map(|c| c.name.as_str()), Some("Tokyo"));
    // "JPN" names Japan, the actor already made from "Japan": no second Japan.
    assert_eq!(ds.ties[1].from, "Japan");
    assert_eq!(ds.actors.iter().filter(|a| a.name == "Japan").count(), 1);
    let forum = ds.actor("Central Asia plus Japan").expect("forum actor");
    assert!(forum.capital.is_none() && forum.position.is_none(), "placed by the layout");
    assert_eq!((ds.ties[0].kind.clone(), ds.ties[0].status), (TieKind::Visit, Status::Planned));
    assert_eq!(ds.ties[1].kind, TieKind::Summit);
    assert!(ds.ties[1].date.start.is_none(), "an empty date is unknown");
    assert_eq!(ds.ties[0].attributes.get("Notes").map(String::as_str), Some("first"));
    assert!(ds.ties[1].attributes.is_empty(), "empty cells are not attributes");
}

#[test]
fn a_quote_and_speaker_on_an_edge_become_a_quote_about_the_tie() {
    let ds = edges_only(
        "source,target,kind,date,quote,speaker,source_url\n\
         Japan,Kazakhstan,visit,2025-08-24,\"We are partners, \"\"truly\"\".\",Takeshi Iwaya,https://example.org/a\n",
    )
    .unwrap_or_else(|p| panic!("{}", messages(&p)));
    let q = &ds.quotes[0];
    assert_eq!(q.text, "We are partners, \"truly\".");
    assert_eq!(ds.actor(&q.speaker).map(|a| a.kind), Some(ActorKind::Person));
    assert_eq!(q.about.ties, vec![ds.ties[0].id.clone()]);
    assert_eq!(ds.source(&q.source).and_then(|s| s.url.as_deref()), Some("https://example.org/a"));
    assert_eq!(ds.ties[0].evidence.len(), 1, "the tie cites its source");
}

#[test]
fn kinds_are_matched_loosely_and_unknown_ones_are_named() {
    let ds = pair(
        "ID,Label,Type\na,A,Country\nb,B,format\nc,C,Organization\nd,D,person\n",
        "Source,Target,Kind\na,b,dialogue\nc,d,cancelled_visit\n",
    )
    .unwrap_or_else(|p| panic!("{}", messages(&p)));
    let kinds: Vec<ActorKind> = ds.actors.iter().map(|a| a.kind).collect();
    assert_eq!(kinds, [ActorKind::State, ActorKind::Forum, ActorKind::Organisation, ActorKind::Person]);
    assert_eq!(ds.ties[1].status, Status::Cancelled);
    let err = pair("id,kind\na,planet\n", "source,target\n").expect_err("unknown kind");
    assert!(
        messages(&err).contains("nodes.csv:2: row 2, column \"kind\": unknown kind \"planet\""),
        "{}",
        messages(&err)
    );
}

#[test]
fn invalid_values_are_errors_naming_the_row_column_and_value() {
    let err = pair(
        "id,name,lat,lon\na,A,abc,10\nb,B,NaN,10\nc,C,95,10\nd,D,40,\na,Again,1,1\n",
        "source,target,date\na,zz,2025-13-45\n",
    )
    .expect_err("invalid");
    let all = messages(&err);
    for want in [
        "nodes.csv:2: row 2, column \"lat\": latitude \"abc\" is not a number",
        "row 3, column \"lat\": latitude \"NaN\" is outside -90..90",
        "row 4, column \"lat\": latitude \"95\" is outside -90..90",
        "row 5: only one of latitude and longitude is given",
        "row 6, column \"id\": duplicate id \"a\"",
        "edges.csv:2: row 2, column \"target\": \"zz\" is not a node",
        "row 2, column \"date\": \"2025-13-45\" is not a date",
    ] {
        assert!(all.contains(want), "missing {want:?} in\n{all}");
    }
}
