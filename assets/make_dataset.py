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

# ---------------------------------------------------------------------------------------
# The record beyond the article: sources found and read one by one, each stored in seeds/
# with its title, publisher, date, URL and date retrieved above a `---` line, and the facts
# they support in assets/record/*.json. Every passage is checked here to be an exact part
# of its stored text (and again by `cargo test` / `bridges check`).

import glob

article_actor_ids = {a["id"] for a in actors}
sources = [{"id": S, "title": "Bridges, Not Blocs: Japan’s Central Asia Approach", "publisher": "The Times of Central Asia",
            "date": "2025-08", "file": "../seeds/000_432b3c00b0c3bf33.txt",
            "url": "https://timesca.com/bridges-not-blocs-japans-central-asia-approach/"}]
seed_text = {S: src}

def body(name):
    text = open(os.path.join(ROOT, "seeds", name), encoding="utf-8").read()
    head, sep, rest = text.partition("\n---\n")
    assert sep and head.startswith("Title: "), f"{name}: no header"
    return text

# Ties the later searches found again that the article already has: their sources are added
# to the article's tie (a later report updates an earlier announcement), with what each
# source says of the tie's status.
MERGE_INTO = {
    "visit-iwaya-2025-08-kazakhstan": "visit-iwaya-kazakhstan-2025-08",
    "visit-iwaya-2025-08-uzbekistan": "visit-iwaya-uzbekistan-2025-08",
    "visit-kishida-2024-08-kazakhstan": "visit-kishida-2024-08",
    "visit-kishida-2024-08-uzbekistan": "visit-kishida-2024-08",
}
# What each source says of the merged ties' status: announcements say "planned".
ANNOUNCED = {S: "planned", "yomiuri-2024-07-27": "planned"}

def merge_tie(into, t):
    old = next(x for x in ties if x["id"] == into)
    for e in old["evidence"]:
        e.setdefault("status", ANNOUNCED.get(e["source"], old["status"]) if e["source"] == S and old["status"] == "planned" else old["status"])
    seen = {(e["source"], e["text"]) for e in old["evidence"]}
    for e in t["evidence"]:
        if (e["source"], e["text"]) in seen:
            continue
        seen.add((e["source"], e["text"]))
        old["evidence"].append(dict(e, status=ANNOUNCED.get(e["source"], t["status"])))
    if old["status"] == "planned" and t["status"] == "held":
        # Held: the later sources' dates, place and people replace the announcement's.
        old["status"] = "held"
        old["date"] = t["date"]
        old["place"] = t.get("place") or old.get("place")
        old["summary"] = t["summary"] + " Announced earlier by The Times of Central Asia as upcoming."
    old["people"] = old.get("people", []) + [p for p in t.get("people", []) if p not in old.get("people", [])]

for path in sorted(glob.glob(os.path.join(ROOT, "assets/record/*.json"))):
    facts = json.load(open(path, encoding="utf-8"))
    for src_ in facts["sources"]:
        if any(x["id"] == src_["id"] for x in sources):
            continue
        entry = {"id": src_["id"], "title": src_["title"], "publisher": src_["publisher"],
                 "file": "../seeds/" + src_["file"], "url": src_["url"]}
        if src_.get("date") and src_["date"] != "unknown":
            entry["date"] = src_["date"]
        sources.append(entry)
        seed_text[src_["id"]] = body(src_["file"])
    for a in facts.get("actors", []):
        old = next((x for x in actors if x["id"] == a["id"]), None)
        if old is None:
            actors.append(a)
        else:
            # One actor found by several searches: keep the first record, add the evidence
            # and names the others bring.
            old.setdefault("evidence", [])
            old["evidence"] += [e for e in a.get("evidence", []) if e not in old["evidence"]]
            if a.get("names"):
                old.setdefault("names", {}).update(a["names"])
    for t in facts["ties"]:
        if t["id"] in MERGE_INTO:
            merge_tie(MERGE_INTO[t["id"]], t)
            continue
        assert all(x["id"] != t["id"] for x in ties), f"duplicate tie {t['id']}"
        ties.append(t)
    for q in facts.get("quotes", []):
        assert all(x["id"] != q["id"] for x in quotes), f"duplicate quote {q['id']}"
        q["about"]["ties"] = [MERGE_INTO.get(t, t) for t in q.get("about", {}).get("ties", [])]
        quotes.append(q)
    for u in facts.get("updates", []):
        # A later source about a tie already on the map (the article's planned visits).
        t = next(x for x in ties if x["id"] == u["id"])
        for k, v in u.items():
            if k == "evidence":
                t["evidence"] = t["evidence"] + v
            elif k != "id":
                t[k] = v

# Names in Japanese and Russian where a stored source shows them (the file named beside each).
NAMES = {
    "japan": ("日本", "Япония"),
    "kazakhstan": ("カザフスタン", "Казахстан"),
    "uzbekistan": ("ウズベキスタン", "Узбекистан"),
    "kyrgyzstan": ("キルギス", "Кыргызстан"),
    "tajikistan": ("タジキスタン", "Таджикистан"),
    "turkmenistan": ("トルクメニスタン", "Туркменистан"),
    "central-asia": ("中央アジア", "Центральная Азия"),
}
NAME_SEEDS = ("dialogue-03_mofaj-2006-fmm2-announcement.txt", "dialogue-09_knews-2014-fmm5-bishkek.txt")
for id_, (ja, ru) in NAMES.items():
    assert ja in body(NAME_SEEDS[0]), ja
    assert ru in body(NAME_SEEDS[1]), ru
    a = next(x for x in actors if x["id"] == id_)
    a.setdefault("names", {}).update({"ja": ja, "ru": ru})

# States are placed at their capitals, from the reference table the app uses for imported
# data (assets/capitals.csv: GeoNames); the two organisations at their seats' capitals.
import csv as _csv
CAPITALS = {row["iso2"]: row for row in _csv.DictReader(open(os.path.join(ROOT, "assets/capitals.csv"), encoding="utf-8"))}
ISO = {"united-states": "US", "south-korea": "KR", "india": "IN", "germany": "DE", "italy": "IT",
       "france": "FR", "united-kingdom": "GB", "saudi-arabia": "SA"}
SEATS = {"european-union": ("BE", "Drawn at Brussels, the seat of its institutions (a map anchor, not a claim of the sources)."),
         "gulf-cooperation-council": ("SA", "Drawn at Riyadh, its seat (a map anchor, not a claim of the sources).")}
for a in actors:
    if a["kind"] == "state" and not a.get("capital"):
        row = CAPITALS[ISO[a["id"]]]
        a["capital"] = {"name": row["capital"], "lat": float(row["lat"]), "lon": float(row["lon"])}
    if a["id"] in SEATS and not a.get("position"):
        row = CAPITALS[SEATS[a["id"]][0]]
        a["position"] = {"lat": float(row["lat"]), "lon": float(row["lon"])}
        a["inferred"] = SEATS[a["id"]][1]

# Forums are not places: the "Central Asia + X" formats stand in a row over the Arabian Sea
# and the Bay of Bengal, south of the region they all meet, in the order they began (Japan's
# first), each tied up to the five states and out to its partner. A map anchor, said so.
def first_date(forum_id):
    dates = [t["date"].get("start") or t["date"].get("end") for t in ties if t.get("via") == forum_id]
    return min(d for d in dates if d) if any(dates) else "9999"
forums = sorted((a for a in actors if a["kind"] == "forum"), key=lambda a: (first_date(a["id"]), a["id"]))
SHELF_LAT, SHELF_WEST, SHELF_EAST = 10.0, 55.0, 95.0
for i, a in enumerate(forums):
    lon = SHELF_WEST + (SHELF_EAST - SHELF_WEST) * i / max(len(forums) - 1, 1)
    a["position"] = {"lat": SHELF_LAT, "lon": round(lon, 2)}
    a["inferred"] = ("Drawn in the row of Central Asia + X formats south of the region, in the order they began "
                     f"(first meeting {first_date(a['id'])[:4]}): a map anchor, not a place.")

# Every passage exact, every reference known.
ids = {a["id"] for a in actors}
def check_ev(what, evs):
    for e in evs:
        assert e["text"] in seed_text[e["source"]], f"{what}: passage not in {e['source']}: {e['text'][:60]}"
for a in actors:
    check_ev(a["id"], a.get("evidence", []))
    for m in a.get("members", []) + ([a["part_of"]] if a.get("part_of") else []):
        assert m in ids, f"{a['id']}: unknown {m}"
for t in ties:
    check_ev(t["id"], t["evidence"])
    assert t["evidence"], f"{t['id']} cites no source"
    for r in [t["from"]] + t["to"] + t.get("people", []) + ([t["via"]] if t.get("via") else []):
        assert r in ids, f"{t['id']}: unknown actor {r}"
for q in quotes:
    assert q["text"] in seed_text[q["source"]], f"{q['id']}: quote not verbatim"
    assert q["speaker"] in ids, q["id"]

ds = {
    "format": "bridges",
    "format_version": 1,
    "title": "Japan and Central Asia",
    "description": f"Japan's ties with the five Central Asian states since 2004: the Central Asia plus Japan Dialogue's meetings and its first summit, leaders' and ministers' visits, and the other \"Central Asia + X\" formats that followed, each as stated in one of {len(sources)} stored sources, starting from an article of The Times of Central Asia (August 2025). Capital coordinates and map anchors are geographic reference data, not claims of the sources.",
    "sources": sources,
    "actors": actors, "ties": ties, "quotes": quotes, "topics": topics,
}
# Saved views and the built-in story (captions written from the ties' sourced summaries;
# each step cites quotes by id, which `bridges check` verifies exist and are verbatim).
story = json.load(open(os.path.join(ROOT, 'assets/story.json'), encoding='utf-8'))
quote_ids = {q["id"] for q in quotes}
tie_ids = {t["id"] for t in ties}
for s in story["stories"]:
    for st in s["steps"]:
        for q in st.get("quotes", []):
            assert q in quote_ids, f"story step cites unknown quote {q}"
        sel = st["view"].get("selection", {})
        assert sel.get("tie", next(iter(tie_ids))) in tie_ids and sel.get("actor", "japan") in ids, sel
ds["views"] = story["views"]
ds["stories"] = story["stories"]
def strip_none(o):
    if isinstance(o, dict):
        return {k: strip_none(v) for k, v in o.items() if v is not None}
    if isinstance(o, list):
        return [strip_none(v) for v in o]
    return o
json.dump(strip_none(ds), open(os.path.join(ROOT, 'assets/japan-central-asia.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)

# seeds/README.md: every source, with what cites it.
def cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")
cites = {s["id"]: 0 for s in sources}
for t in ties:
    for e in t["evidence"]:
        cites[e["source"]] += 1
quoted = {s["id"]: 0 for s in sources}
for q in quotes:
    quoted[q["source"]] += 1
rows = []
for s in sources:
    rows.append(f"| `{cell(s['file'].split('/')[-1])}` | {cell(s['title'])} | {cell(s['publisher'])} | {cell(s.get('date', 'not shown'))} | <{s['url']}> | {cites[s['id']]} | {quoted[s['id']]} |")
readme = f"""# Seeds: the sources the built-in dataset cites

Every file here is a source text: the article the map began with, and {len(sources) - 1} pages found
and read one by one, each stored with its title, publisher, date, URL and the date it was
retrieved above a `---` line, then the passage used, **verbatim** as it was received. Do not
edit them: every quote and evidence passage of `assets/japan-central-asia.json` must be found
in its source character for character, and `cargo test` / `bridges check` refuse the dataset
otherwise. They are embedded in the binary (`build.rs`), so the app and `bridges check` need
no files at run time.

`000_432b3c00b0c3bf33.txt` is the article, kept exactly as received (including the trailing
"3 months ago" line of the page it was taken from, and its last sentence, cut off mid-way).
The dataset is written by `assets/make_dataset.py` from the article and the facts in
`assets/record/*.json`; it checks every passage against these files.

"Date" is the page's own publication date where the stored copy shows one ("not shown"
otherwise: the events' dates then come from the text). "Ties" and "quotes" count what cites
each source.

| file | title | publisher | date | URL | ties | quotes |
|---|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
open(os.path.join(ROOT, "seeds/README.md"), "w", encoding="utf-8").write(readme)
print("ok")
