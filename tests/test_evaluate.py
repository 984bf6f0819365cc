"""Tests for graph/evaluate.py on small hand-built graphs (no extractor involved)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import rdflib
from rdflib import RDF, RDFS, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from graph.evaluate import (
    EvalReport,
    Score,
    evaluate,
    fold_name,
    format_report,
    names_match,
)

NG = Namespace("https://w3id.org/newsgraph/ns#")
ROLE = Namespace("https://w3id.org/newsgraph/role/")
ID = Namespace("https://w3id.org/newsgraph/id/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # open namespace: no pytest warnings
DATA = Path(__file__).parent / "data" / "eval"
MINI_GOLD = DATA / "mini_gold.jsonl"
MINI_EVENTS = DATA / "mini_events.json"


# ----------------------------------------------------------------------- builder


class Build:
    """Collects triples with the articles that state them; emits a Graph or a Dataset."""

    def __init__(self) -> None:
        self.items: list[tuple[tuple[Any, Any, Any], tuple[str, ...]]] = []

    def add(self, triple: tuple[Any, Any, Any], files: Iterable[str]) -> None:
        self.items.append((triple, tuple(files)))

    @staticmethod
    def art(file: str) -> URIRef:
        return ID[f"article/{file}"]

    def article(self, file: str, lang: str = "en") -> URIRef:
        a = self.art(file)
        self.add((a, RDF.type, NG.Article), [file])
        self.add((a, DCTERMS.identifier, Literal(file)), [file])
        self.add((a, DCTERMS.language, Literal(lang)), [file])
        return a

    def _node(self, node: URIRef, cls: URIRef, files: list[str]) -> None:
        self.add((node, RDF.type, cls), files)
        for f in files:
            self.add((node, PROV.wasDerivedFrom, self.art(f)), [f])

    def country(self, code: str, files: list[str]) -> URIRef:
        c = ID[f"country/{code}"]
        self.add((c, RDF.type, NG.Country), files)
        self.add((c, NG.countryCode, Literal(code)), files)
        return c

    def person(
        self, key: str, files: list[str], *labels: tuple[str, str], country: str | None = None
    ) -> URIRef:
        p = ID[f"person/{key}"]
        self._node(p, NG.Person, files)
        for text, lang in labels:
            self.add((p, RDFS.label, Literal(text, lang=lang)), files)
        if country:
            self.add((p, NG.country, self.country(country, files)), files)
        return p

    def place(self, key: str, files: list[str], *labels: tuple[str, str]) -> URIRef:
        pl = ID[f"place/{key}"]
        self.add((pl, RDF.type, NG.Place), files)
        for text, lang in labels:
            self.add((pl, RDFS.label, Literal(text, lang=lang)), files)
        return pl

    def meeting(
        self,
        key: str,
        files: list[str],
        participants: list[URIRef],
        date: str | None = None,
        place: URIRef | None = None,
        status: URIRef = NG.Held,
    ) -> URIRef:
        m = ID[f"meeting/{key}"]
        self._node(m, NG.Meeting, files)
        for p in participants:
            self.add((m, NG.participant, p), files)
        if date:
            dtype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(date)]
            self.add((m, NG.date, Literal(date, datatype=dtype)), files)
        if place is not None:
            self.add((m, NG.location, place), files)
        self.add((m, NG.status, status), files)
        return m

    def agreement(self, key: str, files: list[str], parties: list[str], status: URIRef) -> URIRef:
        ag = ID[f"agreement/{key}"]
        self._node(ag, NG.Agreement, files)
        for code in parties:
            self.add((ag, NG.party, self.country(code, files)), files)
        self.add((ag, NG.status, status), files)
        return ag

    def graph(self) -> rdflib.Graph:
        g = rdflib.Graph()
        for triple, _ in self.items:
            g.add(triple)
        return g

    def dataset(self) -> rdflib.Dataset:
        """Default graph = every triple; one named graph per article with what it states."""
        ds = rdflib.Dataset()
        for triple, files in self.items:
            ds.add(triple)
            for f in files:
                ds.graph(self.art(f)).add(triple)
        return ds


def mini_build() -> Build:
    """A graph that is perfect for tests/data/eval/mini_gold.jsonl and mini_events.json."""
    b = Build()
    b.article("a1.txt", "en")
    b.article("a2.txt", "fa")
    b.article("a3.txt", "id")
    a1, a23, all3 = ["a1.txt"], ["a2.txt", "a3.txt"], ["a1.txt", "a2.txt", "a3.txt"]
    baqeri = b.person(
        "baqeri",
        all3,
        ("Mohammad Baqeri", "en"),
        ("محمد باقري", "fa"),  # Arabic yeh: must fold to the gold's Persian yeh
        ("Mohammad Bagheri", "id"),
        country="IR",
    )
    abbasi = b.person("abbasi", a1, ("Thabet al-Abbasi", "en"), country="IQ")
    shamkhani = b.person("shamkhani", a1, ("Ali Shamkhani", "en"), country="IR")
    b.person("soleimani", a1, ("Qassem Soleimani", "en"), country="IR")  # uncertain in gold
    gerasimov = b.person(
        "gerasimov", a23, ("والری گراسیموف", "fa"), ("Valery Gerasimov", "id"), country="RU"
    )
    tehran = b.place("tehran", a1, ("Tehran", "en"), ("Teheran", "id"))
    moscow = b.place("moscow", a23, ("Moscow", "en"), ("مسکو", "fa"))
    b.meeting("m1", a1, [baqeri, abbasi], "2023-02-26", tehran)
    b.meeting("m2", a23, [baqeri, gerasimov], "2021-10-19", moscow)
    b.meeting("m3", a1, [abbasi, shamkhani], None, tehran)  # uncertain in gold
    b.meeting("m4", a1, [baqeri, shamkhani], None, None, NG.Planned)  # planned in gold
    b.agreement("ag1", a1, ["IR", "IQ"], NG.Signed)
    b.agreement("ag2", ["a2.txt"], ["IR", "RU"], NG.Planned)
    return b


def mini(graph: rdflib.Graph | rdflib.Dataset, **kw: Any) -> EvalReport:
    return evaluate(MINI_GOLD, graph, **kw)


def counts(report: EvalReport, kind: str) -> tuple[int, int, int]:
    s = report.by_type[kind]
    return s.tp, s.fp, s.fn


# ------------------------------------------------------------------- name rules


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Baqeri", "Mohammad Baqeri", True),
        ("al-Abbasi", "Abbasi", True),
        ("Al Abbasi", "abbasi", True),
        ("Thabet al-Abbasi", "Thabet Muhammad Saeed al-Abbasi", True),
        ("محمد باقری", "محمد باقري", True),
        ("Mohammad Ali", "Ali Shamkhani", False),  # last-token rule
        ("Ali", "Ali Shamkhani", False),  # last-token rule
        ("Mohammad Baqeri", "Mohammad Bagheri", False),
        ("Mayjen Mohammad Baqeri", "Mohammad Baqeri", True),  # rank words in the label
        ("ابومهدی المهندس", "ابومهدي مهندس", True),  # Arabic article prefix, yeh
        ("أحمد", "احمد", True),  # hamza on alef
        ("كريمة", "کریمه", True),  # kaf/keheh, teh marbuta/heh, yeh
        ("عبد\u200cالرحیم", "عبدالرحيم", True),  # ZWNJ
        ("Ja’afari", "Jaafari", True),  # apostrophe
        ("Jean-Yves Le Drian", "Jean Yves Le Drian", True),  # hyphen
        ("Sergueï Choïgou", "SERGUEI CHOIGOU", True),  # diacritics and case
        ("Сергей Шойгу", "Шойгу", True),
        ("Abbasi", "Thabet", False),
        ("", "Abbasi", False),
        ("---", "---", False),
    ],
)
def test_names_match(a: str, b: str, expected: bool) -> None:
    assert names_match(a, b) is expected
    assert names_match(b, a) is expected


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Thabet al-Abbasi", "thabet abbasi"),
        ("  Gen. Valery  GERASIMOV ", "gen valery gerasimov"),
        ("آیت\u200cالله", "ايتالله"),  # ZWNJ joins; ال only stripped at a token start
        ("المهندس", "مهندس"),
        ("Ja'far el-Sisi", "jafar sisi"),
        ("al", "al"),  # a lone article is kept
    ],
)
def test_fold_name(name: str, folded: str) -> None:
    assert fold_name(name) == folded


# ----------------------------------------------------------------- perfect graph


def test_perfect_graph_scores_one() -> None:
    report = mini(mini_build().graph(), events=MINI_EVENTS)
    assert counts(report, "officials") == (7, 0, 0)
    assert counts(report, "meetings") == (3, 0, 0)
    assert counts(report, "agreements") == (2, 0, 0)
    for s in report.by_type.values():
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
    assert report.accuracy == {
        "official_country": (7, 7),
        "official_role": (0, 0),  # the mini gold gives no roles
        "meeting_date": (2, 2),
        "meeting_place": (3, 3),
        "agreement_status": (2, 2),
    }
    assert report.dates_guessed == 1  # a3.txt gives no date; the merged node has one
    assert report.details == []
    assert report.events is not None
    assert [(e.id, e.ok) for e in report.events] == [("E1", True), ("E2", True)]


def test_fixture_file_graph_matches_built_graph() -> None:
    """A TriG file with named graphs, loaded by path, scores like the built graph."""
    path = DATA / "mini_graph.trig"
    from_file = mini(path, events=MINI_EVENTS)
    built = mini(mini_build().graph(), events=MINI_EVENTS)
    assert from_file.as_dict() == built.as_dict()


def test_dataset_equals_union_graph() -> None:
    b = mini_build()
    # an extra person stated only in a named graph must be seen through the union
    extra_person = ID["person/extra"]
    ds = b.dataset()
    ng = ds.graph(Build.art("a1.txt"))
    ng.add((extra_person, RDF.type, NG.Person))
    ng.add((extra_person, PROV.wasDerivedFrom, Build.art("a1.txt")))
    ng.add((extra_person, RDFS.label, Literal("Somebody Else")))
    g = b.graph()
    for t in ng.triples((extra_person, None, None)):
        g.add(t)
    from_ds = mini(ds, events=MINI_EVENTS)
    from_graph = mini(g, events=MINI_EVENTS)
    assert from_ds.as_dict() == from_graph.as_dict()
    assert counts(from_ds, "officials") == (7, 1, 0)  # counted once, not per graph


# ----------------------------------------------------------------------- officials


def test_missing_person_lowers_recall_exactly() -> None:
    g = mini_build().graph()
    g.remove((ID["person/shamkhani"], None, None))
    g.remove((None, None, ID["person/shamkhani"]))
    report = mini(g)
    assert counts(report, "officials") == (6, 0, 1)
    assert report.by_type["officials"].recall == pytest.approx(6 / 7)
    assert report.by_type["officials"].precision == 1.0
    assert any("official missed: Ali Shamkhani" in d for d in report.details)
    # m3/m4 lost a participant but match nothing counted, and now match nothing at all
    assert counts(report, "meetings") == (3, 2, 0)


def test_extra_person_is_false_positive() -> None:
    g = mini_build().graph()
    p = ID["person/extra"]
    g.add((p, RDF.type, NG.Person))
    g.add((p, PROV.wasDerivedFrom, Build.art("a2.txt")))
    g.add((p, RDFS.label, Literal("Sergei Shoigu", lang="en")))
    report = mini(g)
    assert counts(report, "officials") == (7, 1, 0)
    assert report.by_type["officials"].precision == pytest.approx(7 / 8)
    assert report.by_lang["fa"]["officials"].fp == 1
    assert report.by_lang["en"]["officials"].fp == 0


@pytest.mark.parametrize("present", [True, False])
def test_uncertain_official_counts_neither_way(present: bool) -> None:
    g = mini_build().graph()
    if not present:
        g.remove((ID["person/soleimani"], None, None))
    assert counts(mini(g), "officials") == (7, 0, 0)


def test_duplicate_person_nodes_are_not_false_positives() -> None:
    g = mini_build().graph()
    p = ID["person/baqeri-dup"]
    g.add((p, RDF.type, NG.Person))
    g.add((p, PROV.wasDerivedFrom, Build.art("a1.txt")))
    g.add((p, RDFS.label, Literal("Baqeri")))
    assert counts(mini(g), "officials") == (7, 0, 0)


def test_person_matching_two_officials_is_assigned_once() -> None:
    gold = [
        {
            "file": "x.txt",
            "lang": "en",
            "officials": [
                {"name": "Thabet al-Abbasi", "aliases": ["Abbasi"], "country": "IQ"},
                {"name": "Hassan Abbasi", "aliases": [], "country": "IR"},
            ],
        }
    ]
    b = Build()
    b.article("x.txt")
    b.person("abbasi", ["x.txt"], ("Abbasi", "en"), country="IQ")
    report = evaluate(gold, b.graph())
    assert counts(report, "officials") == (1, 0, 1)
    assert report.accuracy["official_country"] == (1, 1)  # assigned to the exact alias
    assert any("official missed: Hassan Abbasi" in d for d in report.details)


def test_country_accuracy() -> None:
    g = mini_build().graph()
    g.remove((ID["person/abbasi"], NG.country, None))
    g.add((ID["person/abbasi"], NG.country, ID["country/IR"]))
    report = mini(g)
    assert report.accuracy["official_country"] == (6, 7)
    assert counts(report, "officials") == (7, 0, 0)


def test_role_accuracy() -> None:
    gold = [
        {
            "file": "x.txt",
            "lang": "en",
            "officials": [
                {"name": "Fuad Hussein", "country": "IQ", "role": "foreign_minister"},
                {"name": "Ayman Safadi", "country": "JO", "role": "foreign_minister"},
                {"name": "Yousef Huneiti", "country": "JO"},
            ],
        }
    ]
    b = Build()
    b.article("x.txt")
    fuad = b.person("fuad", ["x.txt"], ("Fuad Hussein", "en"), country="IQ")
    safadi = b.person("safadi", ["x.txt"], ("Ayman Safadi", "en"), country="JO")
    b.person("huneiti", ["x.txt"], ("Yousef Huneiti", "en"), country="JO")
    b.add((fuad, NG.role, ROLE.foreign_minister), ["x.txt"])
    b.add((safadi, NG.role, ROLE.minister), ["x.txt"])
    report = evaluate(gold, b.graph())
    assert report.accuracy["official_role"] == (1, 2)
    assert any(
        "official role wrong: Ayman Safadi expected foreign_minister, got ['minister']" in d
        for d in report.details
    ), report.details
    assert "official_role 1/2 0.50" in format_report(report)


# ------------------------------------------------------------------------ meetings


def test_meeting_with_one_of_two_participants_not_found() -> None:
    g = mini_build().graph()
    g.remove((ID["meeting/m1"], NG.participant, ID["person/abbasi"]))
    report = mini(g)
    # m1 no longer matches the gold meeting (FN) and matches no other gold meeting (FP)
    assert counts(report, "meetings") == (2, 1, 1)
    assert any("meeting missed: Mohammad Baqeri + Thabet" in d for d in report.details)


def test_one_person_cannot_stand_for_two_participants() -> None:
    g = mini_build().graph()
    g.remove((ID["meeting/m1"], NG.participant, ID["person/abbasi"]))
    g.add((ID["person/baqeri"], RDFS.label, Literal("Thabet al-Abbasi")))  # a bad merge
    assert counts(mini(g), "meetings")[2] == 1


@pytest.mark.parametrize("present", [True, False])
def test_uncertain_and_planned_meetings_count_neither_way(present: bool) -> None:
    g = mini_build().graph()
    if not present:
        for key in ("m3", "m4"):
            g.remove((ID[f"meeting/{key}"], None, None))
    assert counts(mini(g), "meetings") == (3, 0, 0)


@pytest.mark.parametrize(
    ("graph_date", "correct"),
    [
        ("2023-02-26", True),
        ("2023-02", False),  # less precise than the gold
        ("2023-02-27", False),
        (None, False),
    ],
)
def test_meeting_date_accuracy_startswith(graph_date: str | None, correct: bool) -> None:
    g = mini_build().graph()
    m1 = ID["meeting/m1"]
    g.remove((m1, NG.date, None))
    if graph_date:
        g.add((m1, NG.date, Literal(graph_date, datatype=XSD.date)))
    report = mini(g)
    assert report.accuracy["meeting_date"] == (1 + correct, 2)
    assert counts(report, "meetings") == (3, 0, 0)


def test_of_two_meetings_of_one_pair_the_one_of_the_gold_day_stands_for_it() -> None:
    """A call and an earlier visit of the same two people: the gold meeting is judged on
    the node of its day, whichever IRI sorts first."""
    g = mini_build().graph()
    m1, other = ID["meeting/m1"], ID["meeting/a0"]  # (the other's IRI sorts first)
    for _, p, o in list(g.triples((m1, None, None))):
        g.add((other, p, Literal("2023-01-05", datatype=XSD.date) if p == NG.date else o))
    for s_, p, _ in list(g.triples((None, None, m1))):
        g.add((s_, p, other))
    report = mini(g)
    assert report.accuracy["meeting_date"] == (2, 2)


def test_month_gold_date_accepts_day_in_graph() -> None:
    records = [json.loads(x) for x in MINI_GOLD.read_text(encoding="utf-8").splitlines()]
    records[0]["meetings"][0]["date"] = "2023-02"
    report = evaluate(records, mini_build().graph())
    assert report.accuracy["meeting_date"] == (2, 2)


def test_dates_guessed_counts_dates_where_gold_has_none() -> None:
    g = mini_build().graph()
    g.remove((ID["meeting/m2"], NG.date, None))
    report = mini(g)
    assert report.dates_guessed == 0
    assert report.accuracy["meeting_date"] == (1, 2)


@pytest.mark.parametrize(
    ("labels", "correct"),
    [
        ([("Teheran", "id"), ("Tehran", "en")], True),
        ([("Teheran", "id")], False),  # a local spelling alone does not match
        ([("TEHRAN", "fr")], True),
        ([("طهران", "ar"), ("Tehran", "en")], True),
        ([("Moscow", "en")], False),
        ([], False),
    ],
)
def test_meeting_place_accuracy(labels: list[tuple[str, str]], correct: bool) -> None:
    g = mini_build().graph()
    m1 = ID["meeting/m1"]
    g.remove((m1, NG.location, None))
    if labels:
        pl = ID["place/other"]
        g.add((pl, RDF.type, NG.Place))
        for text, lang in labels:
            g.add((pl, RDFS.label, Literal(text, lang=lang)))
        g.add((m1, NG.location, pl))
    assert mini(g).accuracy["meeting_place"] == (2 + correct, 3)


# ---------------------------------------------------------------------- agreements


@pytest.mark.parametrize(
    ("parties", "expected"),
    [
        (["IR", "IQ"], (2, 0, 0)),
        (["IR", "IQ", "RU"], (2, 0, 0)),  # gold parties are a subset: found
        (["IR"], (1, 1, 1)),  # missing a party: not found, and matches nothing
    ],
)
def test_agreement_parties_subset(parties: list[str], expected: tuple[int, int, int]) -> None:
    g = mini_build().graph()
    ag1 = ID["agreement/ag1"]
    g.remove((ag1, NG.party, None))
    for code in parties:
        g.add((ag1, NG.party, ID[f"country/{code}"]))
        g.add((ID[f"country/{code}"], NG.countryCode, Literal(code)))
    assert counts(mini(g), "agreements") == expected


def test_agreement_status_accuracy_and_one_to_one() -> None:
    gold = [
        {
            "file": "x.txt",
            "lang": "en",
            "agreements": [
                {"parties": ["IR", "IQ"], "status": "planned"},
                {"parties": ["IR", "IQ"], "status": "signed"},
            ],
        }
    ]
    b = Build()
    b.article("x.txt")
    b.agreement("only", ["x.txt"], ["IQ", "IR"], NG.Signed)
    report = evaluate(gold, b.graph())
    # one graph agreement satisfies one gold agreement, the one with the same status
    assert counts(report, "agreements") == (1, 0, 1)
    assert report.accuracy["agreement_status"] == (1, 1)
    assert any("agreement missed: IR-IQ planned" in d for d in report.details)


def test_uncertain_agreement_not_counted() -> None:
    g = mini_build().graph()
    b = Build()
    b.agreement("ag-old", ["a1.txt"], ["IR", "IQ"], NG.Planned)
    for t in b.graph():
        g.add(t)
    report = mini(g)
    assert counts(report, "agreements") == (2, 0, 0)


# -------------------------------------------------------------------------- events


def test_events_two_nodes_not_ok() -> None:
    g = mini_build().graph()
    m2, dup = ID["meeting/m2"], ID["meeting/m2-dup"]
    g.remove((m2, PROV.wasDerivedFrom, Build.art("a3.txt")))
    for p, o in list(g.predicate_objects(m2)):
        if p != PROV.wasDerivedFrom:
            g.add((dup, p, o))
    g.add((dup, PROV.wasDerivedFrom, Build.art("a3.txt")))
    report = mini(g, events=MINI_EVENTS)
    assert report.events is not None
    e1 = report.events[0]
    assert (e1.id, e1.ok, len(e1.nodes), e1.missing_sources) == ("E1", False, 2, [])
    # per-article scores are unaffected: each article still has its meeting
    assert counts(report, "meetings") == (3, 0, 0)


def test_events_missing_source_not_ok() -> None:
    g = mini_build().graph()
    g.remove((ID["meeting/m2"], PROV.wasDerivedFrom, Build.art("a3.txt")))
    report = mini(g, events=MINI_EVENTS)
    assert report.events is not None
    e1 = report.events[0]
    assert (e1.ok, len(e1.nodes), e1.missing_sources) == (False, 1, ["a3.txt"])
    assert counts(report, "meetings") == (2, 0, 1)


def test_events_wrong_date_not_ok() -> None:
    g = mini_build().graph()
    g.set((ID["meeting/m2"], NG.date, Literal("2021-10-20", datatype=XSD.date)))
    report = mini(g, events=json.loads(MINI_EVENTS.read_text(encoding="utf-8")))
    assert report.events is not None
    assert (report.events[0].ok, report.events[0].date_ok) == (False, False)
    assert report.events[1].ok


def test_events_no_node() -> None:
    g = mini_build().graph()
    g.remove((ID["meeting/m1"], None, None))
    report = mini(g, events=MINI_EVENTS)
    assert report.events is not None
    e2 = report.events[1]
    assert (e2.id, e2.ok, e2.nodes, e2.missing_sources) == ("E2", False, [], ["a1.txt"])


# ------------------------------------------------------------ languages, articles


def test_per_language_split() -> None:
    g = mini_build().graph()
    g.remove((ID["person/gerasimov"], RDFS.label, Literal("Valery Gerasimov", lang="id")))
    report = mini(g)
    assert sorted(report.by_lang) == ["en", "fa", "id"]
    # a3 (id) names him only in Latin script; the Persian label does not match
    assert report.by_lang["id"]["officials"].fn == 1
    assert report.by_lang["id"]["meetings"].fn == 1
    assert report.by_lang["fa"]["officials"] == Score(2, 0, 0)
    assert report.by_lang["en"]["officials"] == Score(3, 0, 0)
    total = Score()
    for scores in report.by_lang.values():
        total.add(scores["officials"])
    assert total == report.by_type["officials"]


def test_missing_article_counts_all_as_misses() -> None:
    g = mini_build().graph()
    g.remove((Build.art("a2.txt"), None, None))
    report = mini(g)
    assert report.missing_articles == ["a2.txt"]
    assert report.by_lang["fa"]["officials"] == Score(0, 0, 2)
    assert report.by_lang["fa"]["meetings"] == Score(0, 0, 1)
    assert report.by_lang["fa"]["agreements"] == Score(0, 0, 1)
    assert any(d.startswith("a2.txt: article missing") for d in report.details)


def test_score_zero_safe() -> None:
    s = Score(0, 0, 0)
    assert (s.precision, s.recall, s.f1) == (0.0, 0.0, 0.0)
    s = Score(3, 1, 2)
    assert s.precision == 0.75
    assert s.recall == 0.6
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


# ------------------------------------------------------------------------ seeds


def seed_perfect_graph() -> rdflib.Graph:
    """One node per gold item of the seed gold, meetings merged by event."""
    records = [
        json.loads(x)
        for x in (DATA / "seeds_gold.jsonl").read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    events = json.loads((DATA / "seeds_events.json").read_text(encoding="utf-8"))["events"]
    b = Build()
    event_nodes: dict[str, URIRef] = {}
    for r, rec in enumerate(records):
        file = rec["file"]
        b.article(file, rec["lang"])
        persons: dict[str, URIRef] = {}
        for i, off in enumerate(rec["officials"]):
            labels = [(n, "und") for n in [off["name"], *off["aliases"]]]
            persons[off["name"]] = b.person(f"{r}-{i}", [file], *labels, country=off["country"])
            if off.get("role"):
                b.add((persons[off["name"]], NG.role, ROLE[off["role"]]), [file])
        for j, m in enumerate(rec["meetings"]):
            event = next(
                (
                    e
                    for e in events
                    if file in e["sources"] and e.get("uncertain") == m.get("uncertain")
                ),
                None,
            )
            place = b.place(m["location"] or "none", [file], (m["location"] or "?", "en"))
            if event is not None and event["id"] in event_nodes:
                node = event_nodes[event["id"]]
                b.add((node, PROV.wasDerivedFrom, Build.art(file)), [file])
                continue
            date = event["date"] if event else m["date"]
            node = b.meeting(
                f"{r}-{j}", [file], [persons[p] for p in m["participants"]], date, place
            )
            if event is not None:
                event_nodes[event["id"]] = node
        for k, ag in enumerate(rec["agreements"]):
            b.agreement(f"{r}-{k}", [file], ag["parties"], NG[ag["status"].capitalize()])
    return b.graph()


def test_seed_gold_perfect_graph() -> None:
    report = evaluate(
        DATA / "seeds_gold.jsonl", seed_perfect_graph(), events=DATA / "seeds_events.json"
    )
    for kind, s in report.by_type.items():
        assert s.f1 == 1.0, (kind, s)
    assert report.events is not None
    assert [e.id for e in report.events] == ["E1", "E3", "E5"]
    assert all(e.ok for e in report.events), format_report(report)
    for key, (correct, total) in report.accuracy.items():
        assert correct == total, key


# ------------------------------------------------------------------------ output


def test_format_report_text_and_json() -> None:
    g = mini_build().graph()
    g.remove((ID["person/shamkhani"], None, None))
    report = mini(g, events=MINI_EVENTS)
    text = format_report(report)
    lines = text.splitlines()
    assert lines[0].split() == ["type", "P", "R", "F1", "tp", "fp", "fn"]
    assert lines[1].split() == ["officials", "1.00", "0.86", "0.92", "6", "0", "1"]
    assert "per language: en" in text
    assert "official_country 6/6 1.00" in text
    assert "E1 ok (1 node, 2/2 sources, date 2021-10-19)" in text
    data = json.loads(format_report(report, "json"))
    assert data["by_type"]["officials"]["fn"] == 1
    assert data["accuracy"]["meeting_date"] == {"correct": 2, "total": 2, "ratio": 1.0}
    assert data["events"][0]["ok"] is True
    with pytest.raises(ValueError, match="unknown report format"):
        format_report(report, "xml")  # type: ignore[arg-type]


# ------------------------------------------------------------------------ errors


def test_bad_gold_line_names_the_line(tmp_path: Path) -> None:
    p = tmp_path / "gold.jsonl"
    p.write_text('{"file": "a.txt"}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold\.jsonl:2: not valid JSON"):
        evaluate(p, rdflib.Graph())


def test_gold_record_without_file_rejected() -> None:
    with pytest.raises(ValueError, match="has no 'file' key"):
        evaluate([{"lang": "en"}], rdflib.Graph())


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="gold file not found"):
        evaluate(tmp_path / "nope.jsonl", rdflib.Graph())


# --------------------------------------------------------------- person identity


def test_recurring_officials_on_one_node_each() -> None:
    p = mini(mini_build().dataset()).persons
    assert p is not None
    # Baqeri (a1, a2, a3) and Gerasimov (a2, a3) recur; each is one node
    assert (p.recurring, p.one_node, p.split, p.missed, p.merged) == (2, 2, 0, 0, 0)


def test_a_recurring_official_on_two_nodes_is_split() -> None:
    b = mini_build()
    b.items = [it for it in b.items if "baqeri" not in str(it[0][0]) and
               "baqeri" not in str(it[0][2])]
    baq1 = b.person("baqeri-1", ["a1.txt"], ("Mohammad Baqeri", "en"), country="IR")
    b.person("baqeri-2", ["a2.txt", "a3.txt"], ("محمد باقري", "fa"), ("Mohammad Bagheri", "id"),
             country="IR")
    assert baq1 is not None
    report = mini(b.dataset())
    assert report.persons is not None
    assert (report.persons.recurring, report.persons.one_node, report.persons.split) == (2, 1, 1)
    assert any(d.startswith("person split: Mohammad Baqeri") for d in report.details)


def test_two_officials_on_one_node_are_merged() -> None:
    """Shamkhani (a1) and Gerasimov (a2, a3) on one node: distinct officials merged."""
    b = mini_build()
    b.items = [it for it in b.items if ID["person/shamkhani"] not in it[0]]
    g = ID["person/gerasimov"]
    b.add((g, RDFS.label, Literal("Ali Shamkhani", lang="en")), ["a1.txt"])
    b.add((g, PROV.wasDerivedFrom, Build.art("a1.txt")), ["a1.txt"])
    report = mini(b.dataset())
    assert report.persons is not None
    assert report.persons.merged == 1
    assert "persons: recurring officials one node" in format_report(report)


# ------------------------------------------------------------- resolution alone


def test_oracle_merges_the_golds_own_facts() -> None:
    """The mini gold's facts, merged as a build merges: Baqeri of three articles in two
    scripts is one node, and the event of a2 and a3 is one meeting."""
    from graph.evaluate import gold_extractions, oracle

    exs = gold_extractions(MINI_GOLD)
    assert [ex.article.id for ex in exs] == ["a1.txt", "a2.txt", "a3.txt"]
    assert all(len(p.names) == 1 for ex in exs for p in ex.persons)  # no aliases
    report = oracle(MINI_GOLD, events=MINI_EVENTS)
    assert report.persons is not None
    assert report.persons.merged == 0
    assert report.events is not None and all(e.ok for e in report.events)


def test_oracle_splits_what_resolution_cannot_join(tmp_path: Path) -> None:
    """Two reports of one meeting published a year apart, undated: resolution keeps them
    apart, and the oracle says so."""
    from graph.evaluate import oracle

    def rec(file: str, pub: str) -> dict[str, Any]:
        return {
            "file": file, "lang": "en", "publication_date": pub,
            "officials": [{"name": "Mohammad Baqeri", "country": "IR"},
                          {"name": "Juma Khattab", "country": "IQ"}],
            "meetings": [{"participants": ["Mohammad Baqeri", "Juma Khattab"], "date": None}],
        }

    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in [rec("x.txt", "2020-01-01"),
                                                     rec("y.txt", "2021-06-01")]))
    events = tmp_path / "e.json"
    events.write_text(json.dumps({"events": [{
        "id": "X1", "participants": ["Mohammad Baqeri", "Juma Khattab"], "date": None,
        "sources": ["x.txt", "y.txt"]}]}))
    report = oracle(gold, events=events)
    assert report.events is not None
    assert not report.events[0].ok and len(report.events[0].nodes) == 2


def test_oracle_gives_an_office_named_alone_to_its_holder(tmp_path: Path) -> None:
    """An official the gold names by office (its ``name`` is its ``title``) is that office
    in the oracle's extractions, so resolution gives it to the holder another report names,
    and the event the two reports tell is one node."""
    from graph.evaluate import gold_extractions, oracle

    def rec(file: str, iraqi: dict[str, Any]) -> dict[str, Any]:
        return {
            "file": file, "lang": "en", "publication_date": "2020-11-15",
            "officials": [{"name": "Mohammad Baqeri", "role": "chief_of_staff_armed_forces",
                           "country": "IR"}, iraqi],
            "meetings": [{"participants": ["Mohammad Baqeri", iraqi["name"]],
                          "date": "2020-11-15"}],
        }

    office = "the Iraqi defence minister"
    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in [
        rec("x.txt", {"name": "Juma Inad", "role": "defence_minister", "country": "IQ"}),
        rec("y.txt", {"name": office, "title": office, "role": "defence_minister",
                      "country": "IQ", "aliases": ["Juma Inad"]}),
    ]))
    events = tmp_path / "e.json"
    events.write_text(json.dumps({"events": [{
        "id": "X1", "participants": ["Mohammad Baqeri", "Juma Inad"], "date": "2020-11-15",
        "sources": ["x.txt", "y.txt"]}]}))
    by_office = gold_extractions(gold)[1].persons[1]
    assert (by_office.name, by_office.titles) == (None, [office])
    report = oracle(gold, events=events)
    assert report.events is not None and report.events[0].ok


def test_oracle_leaves_out_a_meeting_the_gold_leaves_uncertain_and_undated(
    tmp_path: Path,
) -> None:
    """A report of today's meeting that recalls the pair's last meeting by its month alone
    (gold: uncertain, no date): the oracle's extraction leaves the recalled one out, as the
    scores do, so the event of the day is one node; an uncertain meeting with its date
    stays."""
    from graph.evaluate import gold_extractions, oracle

    def rec(file: str, recalled: dict[str, Any] | None) -> dict[str, Any]:
        pair = ["Mohammad Baqeri", "Juma Khattab"]
        return {
            "file": file, "lang": "en", "publication_date": "2020-11-15",
            "officials": [{"name": "Mohammad Baqeri", "country": "IR"},
                          {"name": "Juma Khattab", "country": "IQ"}],
            "meetings": [{"participants": pair, "date": "2020-11-15"}]
            + ([{"participants": pair, **recalled}] if recalled else []),
        }

    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in [
        rec("x.txt", {"date": None, "uncertain": True}),
        rec("y.txt", {"date": "2020-08-02", "uncertain": True}),
        rec("z.txt", None),
    ]))
    events = tmp_path / "e.json"
    events.write_text(json.dumps({"events": [{
        "id": "X1", "participants": ["Mohammad Baqeri", "Juma Khattab"],
        "date": "2020-11-15", "sources": ["x.txt", "y.txt", "z.txt"]}]}))
    assert [len(ex.meetings) for ex in gold_extractions(gold)] == [1, 2, 1]
    report = oracle(gold, events=events)
    assert report.events is not None and report.events[0].ok, report.events


def test_evaluate_command_oracle(capsys: pytest.CaptureFixture[str]) -> None:
    from graph.cli import main

    assert main(["evaluate", str(MINI_GOLD), "--oracle", "--events", str(MINI_EVENTS)]) == 0
    out = capsys.readouterr().out
    assert "events: " in out and "persons: recurring officials one node" in out
    assert main(["evaluate", str(MINI_GOLD)]) == 2  # neither a graph nor --oracle


def test_events_a_planned_meeting_of_the_same_people_is_another_event() -> None:
    """A source may announce another meeting of the event's people (its gold lists it as
    planned): a node marked only ng:Planned is no second node of the held event."""
    g = mini_build().graph()
    m2, plan = ID["meeting/m2"], ID["meeting/m2-next"]
    for p, o in list(g.predicate_objects(m2)):
        if p not in (NG.date, NG.status):
            g.add((plan, p, o))
    g.add((plan, NG.status, NG.Planned))
    report = mini(g, events=MINI_EVENTS)
    assert report.events is not None and report.events[0].ok, report.events
    # the same node marked held is a second node of it
    g.set((plan, NG.status, NG.Held))
    report = mini(g, events=MINI_EVENTS)
    assert report.events is not None and not report.events[0].ok


def test_events_another_meeting_a_source_lists_is_no_second_node(tmp_path: Path) -> None:
    """A source's gold record may list another meeting of the event's people (a call on
    another day): its node is no second node of the event; a node of the event's own day
    that is not the event's still is."""
    from graph.evaluate import oracle

    pair = ["Mohammad Baqeri", "Juma Inad"]

    def rec(file: str, meetings: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "file": file, "lang": "en", "publication_date": "2024-10-09",
            "officials": [{"name": "Mohammad Baqeri", "role": "chief_of_staff_armed_forces",
                           "country": "IR"},
                          {"name": "Juma Inad", "role": "defence_minister", "country": "IQ"}],
            "meetings": meetings,
        }

    visit = {"participants": pair, "date": "2024-10-08", "location": "Baghdad"}
    call = {"participants": pair, "date": "2024-08-20", "mode": "phone"}
    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in [
        rec("x.txt", [visit]), rec("y.txt", [visit, call]),
    ]))
    events = tmp_path / "e.json"
    events.write_text(json.dumps({"events": [{
        "id": "X1", "participants": pair, "date": "2024-10-08", "location": "Baghdad",
        "sources": ["x.txt", "y.txt"]}]}))
    report = oracle(gold, events=events)
    assert report.events is not None and report.events[0].ok, report.events
    assert report.events[0].dates == ["2024-10-08"]


def test_events_a_recalled_meeting_dated_by_its_month_is_no_second_node(tmp_path: Path) -> None:
    """A source recalls an earlier meeting of the event's people in another city ("took place
    in Doha last September"), which its gold lists without a day: a node dated to another
    month and placed in that city is that meeting, no second node of the event; placed in
    the event's city it still is one."""
    pair = ["Mohammad Baqeri", "Juma Inad"]
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({
        "file": "x.txt", "lang": "en", "publication_date": "2025-02-12",
        "officials": [{"name": "Mohammad Baqeri", "role": "chief_of_staff_armed_forces",
                       "country": "IR"},
                      {"name": "Juma Inad", "role": "defence_minister", "country": "IQ"}],
        "meetings": [{"participants": pair, "date": "2025-02-11", "location": "Astana"},
                     {"participants": pair, "date": None, "location": "Doha",
                      "uncertain": True}],
    }))
    events = tmp_path / "e.json"
    events.write_text(json.dumps({"events": [{
        "id": "X1", "participants": pair, "date": "2025-02-11", "location": "Astana",
        "sources": ["x.txt"]}]}))

    def graph(recalled_in: str) -> rdflib.Graph:
        b = Build()
        b.article("x.txt", "en")
        people = [b.person("baqeri", ["x.txt"], ("Mohammad Baqeri", "en"), country="IR"),
                  b.person("inad", ["x.txt"], ("Juma Inad", "en"), country="IQ")]
        astana = b.place("astana", ["x.txt"], ("Astana", "en"))
        other = b.place("other", ["x.txt"], (recalled_in, "en"))
        b.meeting("held", ["x.txt"], people, "2025-02-11", astana)
        b.meeting("recalled", ["x.txt"], people, "2024-09", other)
        return b.graph()

    report = evaluate(gold, graph("Doha"), events=events)
    assert report.events is not None and report.events[0].ok, report.events
    report = evaluate(gold, graph("Astana"), events=events)
    assert report.events is not None and not report.events[0].ok, report.events


def test_events_a_call_recalled_without_day_or_place_is_no_second_node(tmp_path: Path) -> None:
    """A source recalls a call of the event's people by its month alone ("Earlier, in March,
    the two held a phone call"), which its gold lists without a day or place: a node dated
    apart from the event is that call, no second node of the event; without that gold
    record, or dated on the event's day, it still is one."""
    pair = ["Christopher Landau", "Gabriela Sommerfeld"]

    def gold(recalled: bool) -> Path:
        meetings: list[dict[str, Any]] = [
            {"participants": pair, "date": "2025-07-17", "location": "Quito"}
        ]
        if recalled:
            meetings.append(
                {"participants": pair, "date": None, "location": None, "uncertain": True}
            )
        path = tmp_path / f"g{int(recalled)}.jsonl"
        path.write_text(json.dumps({
            "file": "x.txt", "lang": "en", "publication_date": "2025-07-18",
            "officials": [{"name": "Christopher Landau", "role": "deputy_foreign_minister",
                           "country": "US"},
                          {"name": "Gabriela Sommerfeld", "role": "foreign_minister",
                           "country": "EC"}],
            "meetings": meetings,
        }))
        return path

    events = tmp_path / "e.json"
    events.write_text(json.dumps({"events": [{
        "id": "X1", "participants": pair, "date": "2025-07-17", "location": "Quito",
        "sources": ["x.txt"]}]}))

    def graph(call_date: str) -> rdflib.Graph:
        b = Build()
        b.article("x.txt", "en")
        people = [b.person("landau", ["x.txt"], ("Christopher Landau", "en"), country="US"),
                  b.person("sommerfeld", ["x.txt"], ("Gabriela Sommerfeld", "en"),
                           country="EC")]
        quito = b.place("quito", ["x.txt"], ("Quito", "en"))
        b.meeting("held", ["x.txt"], people, "2025-07-17", quito)
        b.meeting("call", ["x.txt"], people, call_date, None)
        return b.graph()

    report = evaluate(gold(True), graph("2025-03"), events=events)
    assert report.events is not None and report.events[0].ok, report.events
    report = evaluate(gold(False), graph("2025-03"), events=events)
    assert report.events is not None and not report.events[0].ok, report.events
    report = evaluate(gold(True), graph("2025-07-17"), events=events)
    assert report.events is not None and not report.events[0].ok, report.events
