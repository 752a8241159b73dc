"""Writes assets/japan-central-asia.json from the article in seeds/.

Every quote and evidence passage is cut out of the article text by its first and last
words, so it is verbatim by construction; `cargo test` checks it again.
Run from anywhere: python3 tools/make_dataset.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = open(os.path.join(ROOT, 'seeds/000_432b3c00b0c3bf33.txt'), encoding='utf-8').read()

def seg(start, end):
    """Exact passage of the article from `start` up to and including `end`."""
    i = src.index(start)
    j = src.index(end, i) + len(end)
    assert src.count(src[i:j]) >= 1
    return src[i:j]

S = "tca-2025-08"
def ev(*texts):
    return [{"source": S, "text": t} for t in texts]

s_intro = seg("Japan is one of the countries", "republics of Central Asia.")
s_kishida = seg("In early August 2024", "at that time.")
s_aid = seg("During his visit, Kishida", "Central Asian republics.")
s_iwaya = seg("As confirmed by the Ministry", "until August 28.")
s_meet = seg("In the two countries, he will meet", "strengthening bilateral relations.")
s_dialogue = seg("Japan's interest in Central Asia is long-standing", "in the following years.")
s_dadabaev = seg("From a political point of view", "University of Tsukuba.")
s_uyama = seg("The relationship between Japan and the Central Asian republics is based", "broader diplomatic engagement.")
q_d1 = seg("Japan’s engagement with Central Asia is driven", "trust-building diplomacy")
q_d2 = seg("It is a relationship rooted", "rather than dependence.")
q_u1 = seg("The relationship between Japan and Central Asia is based on geopolitical", "Russia and China")
q_u2 = seg("Increasing Japan's presence", "human resource development.")
s_neighbors = seg("For Japan, Central Asia is a region that shares", "Russia and China")
s_tech = seg("Therefore, in addition to its traditional", "human resource development.")

YEAR_NOTE = "The article gives only \"August 24\" / \"August 28\"; the year 2025 is inferred from the article's publication date (August 2025)."
QUOTE_DATE_NOTE = "The article does not say when the quote was given; the date is the article's publication month."
five = ["kazakhstan", "uzbekistan", "kyrgyzstan", "tajikistan", "turkmenistan"]

def state(id, name, cap, lat, lon):
    return {"id": id, "name": name, "kind": "state", "capital": {"name": cap, "lat": lat, "lon": lon}, "part_of": "central-asia" if id in five else None}

actors = [
    state("japan", "Japan", "Tokyo", 35.6895, 139.6917),
    state("kazakhstan", "Kazakhstan", "Astana", 51.1694, 71.4491),
    state("uzbekistan", "Uzbekistan", "Tashkent", 41.2995, 69.2401),
    state("kyrgyzstan", "Kyrgyzstan", "Bishkek", 42.8746, 74.5698),
    state("tajikistan", "Tajikistan", "Dushanbe", 38.5598, 68.7870),
    state("turkmenistan", "Turkmenistan", "Ashgabat", 37.9601, 58.3261),
    {"id": "central-asia", "name": "Central Asia", "kind": "region",
     "position": {"lat": 46.0, "lon": 63.0},
     "members": five,
     "summary": "The region of the five Central Asian republics, as the article refers to it.",
     "evidence": ev(s_intro)},
    {"id": "russia", "name": "Russia", "kind": "context", "position": {"lat": 56.5, "lon": 84.0},
     "summary": "Named by Tomohiko Uyama as one of the \"troublesome neighbors\" that Japan and Central Asia share.",
     "evidence": ev(s_neighbors)},
    {"id": "china", "name": "China", "kind": "context", "position": {"lat": 35.0, "lon": 104.0},
     "summary": "Named by Tomohiko Uyama as one of the \"troublesome neighbors\" that Japan and Central Asia share.",
     "evidence": ev(s_neighbors)},
    {"id": "ca-plus-japan", "name": "Central Asia plus Japan Dialogue", "kind": "forum",
     "position": {"lat": 36.5, "lon": 90.0},
     "members": ["japan"] + five,
     "summary": "Dialogue format launched in 2004; the article says several countries have emulated it since.",
     "evidence": ev(s_dialogue)},
    {"id": "mofa-japan", "name": "Ministry of Foreign Affairs of Japan", "kind": "organisation", "part_of": "japan",
     "summary": "Confirmed Foreign Minister Takeshi Iwaya's visit to the region.",
     "evidence": ev(s_iwaya)},
    {"id": "university-of-tsukuba", "name": "University of Tsukuba", "kind": "organisation", "part_of": "japan",
     "evidence": ev(s_dadabaev)},
    {"id": "src-hokkaido", "name": "Slavic-Eurasian Research Center, Hokkaido University", "kind": "organisation", "part_of": "japan",
     "evidence": ev(s_uyama)},
    {"id": "the-times-of-central-asia", "name": "The Times of Central Asia", "kind": "organisation",
     "summary": "Publisher of the source article (TCA); both scholars spoke to it.",
     "evidence": ev(s_dadabaev)},
    {"id": "fumio-kishida", "name": "Fumio Kishida", "kind": "person", "role": "then Prime Minister of Japan", "part_of": "japan", "evidence": ev(s_kishida)},
    {"id": "takeshi-iwaya", "name": "Takeshi Iwaya", "kind": "person", "role": "Foreign Minister of Japan", "part_of": "japan", "evidence": ev(s_iwaya)},
    {"id": "murat-nurtleu", "name": "Murat Nurtleu", "kind": "person", "role": "Foreign Minister of Kazakhstan (Iwaya's Kazakh counterpart)", "part_of": "kazakhstan",
     "inferred": "The article calls him Iwaya's \"Kazakh counterpart\"; the title Foreign Minister follows from that.", "evidence": ev(s_meet)},
    {"id": "bakhtiyor-saidov", "name": "Bakhtiyor Saidov", "kind": "person", "role": "Foreign Minister of Uzbekistan (Iwaya's Uzbek counterpart)", "part_of": "uzbekistan",
     "inferred": "The article calls him Iwaya's \"Uzbek counterpart\"; the title Foreign Minister follows from that.", "evidence": ev(s_meet)},
    {"id": "timur-dadabaev", "name": "Timur Dadabaev", "kind": "person", "role": "Professor of International Relations", "part_of": "university-of-tsukuba", "evidence": ev(s_dadabaev)},
    {"id": "tomohiko-uyama", "name": "Tomohiko Uyama", "kind": "person", "role": "Professor of Modern History and Politics of Central Asia", "part_of": "src-hokkaido", "evidence": ev(s_uyama)},
]

ties = [
    {"id": "dialogue-ca-plus-japan-2004", "kind": "dialogue", "from": "japan", "to": five, "via": "ca-plus-japan",
     "date": {"start": "2004"}, "status": "held", "place": None, "people": [],
     "summary": "Launch of the Central Asia plus Japan Dialogue format, later emulated by several countries.",
     "evidence": ev(s_dialogue)},
    {"id": "visit-kishida-2024-08", "kind": "visit", "from": "japan", "to": ["central-asia"],
     "date": {"start": "2024-08"}, "status": "cancelled", "place": "Central Asia", "people": ["fumio-kishida"],
     "summary": "Prime Minister Fumio Kishida's visit to the region, scheduled for early August 2024, was cancelled at the last minute over the risk of a major earthquake in Japan. During it he was expected to announce an economic aid package for the Central Asian republics.",
     "evidence": ev(s_kishida, s_aid)},
    {"id": "visit-iwaya-kazakhstan-2025-08", "kind": "visit", "from": "japan", "to": ["kazakhstan"],
     "date": {"start": "2025-08-24", "inferred": YEAR_NOTE}, "status": "planned", "place": "Kazakhstan",
     "people": ["takeshi-iwaya", "murat-nurtleu"],
     "summary": "Foreign Minister Takeshi Iwaya lands in Kazakhstan on August 24 and meets his Kazakh counterpart Murat Nurtleu, to strengthen bilateral relations. Announced by the article as upcoming.",
     "evidence": ev(s_iwaya, s_meet)},
    {"id": "visit-iwaya-uzbekistan-2025-08", "kind": "visit", "from": "japan", "to": ["uzbekistan"],
     "date": {"end": "2025-08-28", "inferred": YEAR_NOTE}, "status": "planned", "place": "Uzbekistan",
     "people": ["takeshi-iwaya", "bakhtiyor-saidov"],
     "summary": "After Kazakhstan, Foreign Minister Takeshi Iwaya moves on to Uzbekistan until August 28 and meets his Uzbek counterpart Bakhtiyor Saidov, to strengthen bilateral relations. Announced by the article as upcoming.",
     "evidence": ev(s_iwaya, s_meet)},
]

QD = {"start": "2025-08", "inferred": QUOTE_DATE_NOTE}
quotes = [
    {"id": "quote-dadabaev-trust", "speaker": "timur-dadabaev", "text": q_d1, "date": QD,
     "about": {"actors": ["japan", "central-asia"], "ties": []}, "source": S},
    {"id": "quote-dadabaev-partner", "speaker": "timur-dadabaev", "text": q_d2, "date": QD,
     "about": {"actors": ["japan", "central-asia"], "ties": []}, "source": S},
    {"id": "quote-uyama-geopolitics", "speaker": "tomohiko-uyama", "text": q_u1, "date": QD,
     "about": {"actors": ["japan", "central-asia", "russia", "china"], "ties": []}, "source": S},
    {"id": "quote-uyama-presence", "speaker": "tomohiko-uyama", "text": q_u2, "date": QD,
     "about": {"actors": ["japan", "central-asia", "russia", "china"], "ties": []}, "source": S},
]

def topic(id, name, summary, e):
    return {"id": id, "name": name, "actors": ["japan", "central-asia"], "summary": summary, "evidence": ev(e)}
basis = "Named as one of the concrete elements the relationship is based on."
topics = [
    topic("energy", "Energy", basis, s_uyama),
    topic("migrant-workers", "Migrant workers", basis, s_uyama),
    topic("connectivity", "Connectivity", basis, s_uyama),
    topic("technical-cooperation", "Technical cooperation", "Japan's traditional technical cooperation.", s_tech),
    topic("decarbonization", "Decarbonization", "Japan is seeking to promote it, according to Tomohiko Uyama.", s_tech),
    topic("transportation-connectivity", "Transportation connectivity", "Japan is seeking to promote it, according to Tomohiko Uyama.", s_tech),
    topic("human-resource-development", "Human resource development", "Japan is seeking to promote it, according to Tomohiko Uyama.", s_tech),
]

ds = {
    "format": "bridges",
    "format_version": 1,
    "title": "Japan and Central Asia",
    "description": "Ties between Japan and the five Central Asian states as stated in one article of The Times of Central Asia (August 2025). Capital coordinates and map anchors are geographic reference data, not claims of the article.",
    "sources": [{"id": S, "title": "Bridges, Not Blocs: Japan’s Central Asia Approach", "publisher": "The Times of Central Asia",
                 "date": "2025-08", "file": "../seeds/000_432b3c00b0c3bf33.txt", "url": None}],
    "actors": actors, "ties": ties, "quotes": quotes, "topics": topics,
}
def strip_none(o):
    if isinstance(o, dict):
        return {k: strip_none(v) for k, v in o.items() if v is not None}
    if isinstance(o, list):
        return [strip_none(v) for v in o]
    return o
json.dump(strip_none(ds), open(os.path.join(ROOT, 'assets/japan-central-asia.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print("ok")
