"""Held-out set 2: build tests/data/heldout/articles and score it against its blind gold.

The set (18 articles, 3 per language) was written without reading the extractor, its lexicons
or the first dev set; see tests/data/heldout/README.md.  It must never be used to tune the
extractor.  The floors are regression guards from the first run: measured value minus 0.10,
rounded down to a multiple of 0.05; a floor that would fall below 0.10 is a strict xfail.
There are no per-language floors (three articles per language are too few).
Run ``pytest -s tests/test_heldout_eval.py`` to see the full report.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pycountry
import pytest
from goldset import build_and_score, records

from graph.evaluate import EvalReport, names_match
from graph.vocab import role_ids

HELDOUT = Path(__file__).parent / "data" / "heldout"
ARTICLES = HELDOUT / "articles"
GOLD = HELDOUT / "gold.jsonl"
EVENTS = HELDOUT / "events.json"
LANGS = ("en", "id", "fa", "ar", "ru", "fr")
TYPES = ("officials", "meetings", "agreements")
PER_LANGUAGE = 3
FIRST_NUMBER = 701

ROLES = role_ids()
# Actor countries the brief excluded (they dominate the seeds and the first dev set).
EXCLUDED_ACTORS = frozenset(
    [
        "IR",
        "IQ",
        "RU",
        "TR",
        "PK",
        "CN",
        "IN",
        "EG",
        "SA",
        "KW",
        "ID",
        "MY",
        "FR",
        "JP",
        "KR",
        "BY",
        "SY",
        "DZ",
        "VE",
        "BR",
        "AZ",
    ]
)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_FILE = re.compile(r"^(\d{3})_([a-z]{2})_[a-z0-9_]+\.txt$")

# Floors: first blind run minus 0.10, rounded down to 0.05 (None: below 0.10, strict xfail).
# First blind run (tp/fp/fn), before any extractor change: officials F1 0.72 (50/16/22),
# meetings F1 0.61 (11/6/8), agreements F1 0.97 (17/0/1), official country 41/50 = 0.82,
# meeting date 7/10 = 0.70; also meeting place 7/11, agreement status 17/17, events 5/15 ok.
F1_FLOORS: dict[str, float | None] = {"officials": 0.60, "meetings": 0.50, "agreements": 0.85}
ACCURACY_FLOORS: dict[str, float | None] = {"official_country": 0.70, "meeting_date": 0.60}


def _records() -> list[dict[str, Any]]:
    return records(GOLD)


def _events() -> list[dict[str, Any]]:
    return json.loads(EVENTS.read_text(encoding="utf-8"))["events"]


def _country(code: str | None) -> bool:
    return code is not None and pycountry.countries.get(alpha_2=code) is not None


def _check_date(value: str | None) -> None:
    assert value is None or _DATE.match(value), f"bad ISO date {value!r}"
    if value and len(value) == 10:
        dt.date.fromisoformat(value)
    elif value and len(value) == 7:
        dt.date.fromisoformat(value + "-01")


def _floor_case(name: str, floor: float | None) -> Any:
    marks = ()
    if floor is None:
        reason = f"{name} measured below 0.10 on the first blind run of the held-out set"
        marks = (pytest.mark.xfail(strict=True, reason=reason),)
    return pytest.param(name, floor, marks=marks, id=name)


@pytest.fixture(scope="module")
def report() -> EvalReport:
    """The held-out evaluation, built once for the module."""
    return build_and_score(ARTICLES, GOLD, EVENTS)


# ------------------------------------------------------------------ the gold itself


def test_one_gold_record_per_article() -> None:
    files = sorted(p.name for p in ARTICLES.glob("*.txt"))
    gold = [r["file"] for r in _records()]
    assert len(gold) == len(set(gold)), "duplicate gold records"
    assert sorted(gold) == files
    assert len(files) == PER_LANGUAGE * len(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_three_articles_per_language(lang: str) -> None:
    recs = [r for r in _records() if r["lang"] == lang]
    assert len(recs) == PER_LANGUAGE
    for r in recs:
        m = _FILE.match(r["file"])
        assert m, f"{r['file']}: expected NNN_lang_slug.txt"
        assert int(m.group(1)) >= FIRST_NUMBER and m.group(2) == lang
        words = len((ARTICLES / r["file"]).read_text(encoding="utf-8").split())
        assert 120 <= words <= 350, f"{r['file']} has {words} words"


@pytest.mark.parametrize("rec", _records(), ids=lambda r: r["file"])
def test_gold_record_is_well_formed(rec: dict[str, Any]) -> None:
    text = (ARTICLES / rec["file"]).read_text(encoding="utf-8")
    _check_date(rec["publication_date"])
    names: set[str] = set()
    for off in rec["officials"]:
        assert off["name"] in text, f"official name not as written: {off['name']}"
        assert off["title"] in text, f"title not as written: {off['title']}"
        assert off["role"] in ROLES, f"unknown role {off['role']}"
        assert _country(off["country"]), f"bad country {off['country']}"
        assert off["name"] in off["aliases"]
        assert len(off["aliases"]) == len(set(off["aliases"])), off["name"]
        assert off["name"] not in names, f"official listed twice: {off['name']}"
        names.add(off["name"])
    for m in rec["meetings"]:
        assert len(m["participants"]) >= 2
        assert set(m["participants"]) <= names, f"participants not officials: {m['participants']}"
        _check_date(m["date"])
        assert m.get("status", "held") in ("held", "planned")
        assert m["location_country"] is None or _country(m["location_country"])
    for a in rec["agreements"]:
        assert a["status"] in ("signed", "planned", "discussed")
        assert len(a["parties"]) >= 2 and all(_country(p) for p in a["parties"]), a["parties"]
        _check_date(a["date"])
    assert rec["countries"] and all(_country(c) for c in rec["countries"])
    assert not EXCLUDED_ACTORS & set(rec["countries"]), "an excluded country is an actor"
    for c in rec.get("countries_mentioned", []):
        assert _country(c)


def test_events_point_at_gold_officials() -> None:
    by_file = {r["file"]: r for r in _records()}
    events = _events()
    assert len({e["id"] for e in events}) == len(events)
    assert sum(len(e["sources"]) >= 2 for e in events if not e.get("uncertain")) >= 1
    for ev in events:
        _check_date(ev["date"])
        for src in ev["sources"]:
            officials = by_file[src]["officials"]
            forms = [n for o in officials for n in (o["name"], *o["aliases"])]
            for who in ev["participants"]:
                assert any(names_match(who, f) for f in forms), (ev["id"], src, who)


def test_every_certain_held_meeting_is_an_event() -> None:
    """Each certain held gold meeting is covered by exactly one certain event of its source."""
    events = [e for e in _events() if not e.get("uncertain")]
    for rec in _records():
        forms = {o["name"]: [o["name"], *o["aliases"]] for o in rec["officials"]}
        for m in rec["meetings"]:
            if m.get("uncertain") or m.get("status") == "planned":
                continue
            hits = [
                e
                for e in events
                if rec["file"] in e["sources"]
                and all(
                    any(names_match(p, f) for f in forms[name] for p in e["participants"])
                    for name in m["participants"]
                )
            ]
            assert len(hits) == 1, (rec["file"], m["participants"], [e["id"] for e in hits])


# --------------------------------------------------------------- extractor floors


def test_build_reads_every_article(report: EvalReport) -> None:
    assert report.missing_articles == []
    assert report.events is not None and len(report.events) == sum(
        not e.get("uncertain") for e in _events()
    )


@pytest.mark.parametrize(("kind", "floor"), [_floor_case(k, v) for k, v in F1_FLOORS.items()])
def test_overall_f1_floor(report: EvalReport, kind: str, floor: float | None) -> None:
    score = report.by_type[kind]
    assert score.f1 >= (floor if floor is not None else 0.10), f"{kind}: {score.as_dict()}"


@pytest.mark.parametrize(("key", "floor"), [_floor_case(k, v) for k, v in ACCURACY_FLOORS.items()])
def test_accuracy_floor(report: EvalReport, key: str, floor: float | None) -> None:
    correct, total = report.accuracy[key]
    assert total > 0, f"no {key} items scored"
    ratio = correct / total
    assert ratio >= (floor if floor is not None else 0.10), f"{key}: {correct}/{total}"
