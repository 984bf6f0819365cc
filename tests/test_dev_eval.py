"""Held-out dev set: build the graph of tests/data/dev/articles and score it against the gold.

The dev set (24 articles, 4 per language) was written blind to the extractor; see
tests/data/dev/README.md.  The floors below are regression guards: each is the score the
extractor measured when the floor was set, minus about 0.05, rounded down to a multiple of
0.05.  Raise a floor when the extractor improves; never tune lexicons to these sentences.
Run with ``pytest -s tests/test_dev_eval.py`` to see the full report.
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

DEV = Path(__file__).parent / "data" / "dev"
ARTICLES = DEV / "articles"
GOLD = DEV / "gold.jsonl"
EVENTS = DEV / "events.json"
LANGS = ("en", "id", "fa", "ar", "ru", "fr")
TYPES = ("officials", "meetings", "agreements")

ROLES = role_ids()
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Overall floors. First measured blind (officials F1 0.82, meetings 0.48, agreements 0.92,
# country 0.77, date 0.80); raised after general fixes guided by this set's error report
# (measured then: 0.94 / 0.77 / 0.94, country 93/106 = 0.88, date 18/19 = 0.95, events 1/3).
# Raised again on 2026-11-24 (measured 0.97 / 0.91 / 0.97, country 0.95, date 0.96, events 3/3).
OVERALL_F1_FLOORS = {"officials": 0.90, "meetings": 0.85, "agreements": 0.90}
ACCURACY_FLOORS = {"official_country": 0.90, "meeting_date": 0.90}
EVENTS_OK_FLOOR = 0.65

# Per-language F1 floors; None marks a type measured below 0.10 (an expected failure).
# Measured: ar 0.89/0.73/0.91, en 0.98/0.80/0.92, fa 0.93/0.60/1.00,
#           fr 0.97/0.50/0.83, id 0.87/0.89/1.00, ru 1.00/1.00/1.00.
LANG_F1_FLOORS: dict[str, dict[str, float | None]] = {
    "ar": {"officials": 0.80, "meetings": 0.65, "agreements": 0.85},
    "en": {"officials": 0.90, "meetings": 0.75, "agreements": 0.85},
    "fa": {"officials": 0.85, "meetings": 0.55, "agreements": 0.95},
    "fr": {"officials": 0.90, "meetings": 0.45, "agreements": 0.75},
    "id": {"officials": 0.80, "meetings": 0.80, "agreements": 0.95},
    "ru": {"officials": 0.95, "meetings": 0.95, "agreements": 0.95},
}


def _lang_cases() -> list[Any]:
    """One case per (language, type); types measured below 0.10 are strict xfails."""
    cases = []
    for lang in LANGS:
        for kind in TYPES:
            floor = LANG_F1_FLOORS[lang][kind]
            marks = ()
            if floor is None:
                reason = f"extraction of {kind} in {lang} below 0.10: see dev set"
                marks = (pytest.mark.xfail(strict=True, reason=reason),)
            cases.append(pytest.param(lang, kind, floor, marks=marks, id=f"{lang}-{kind}"))
    return cases


def _records() -> list[dict[str, Any]]:
    return records(GOLD)


@pytest.fixture(scope="module")
def report() -> EvalReport:
    """The dev evaluation, built once for the module."""
    return build_and_score(ARTICLES, GOLD, EVENTS)


# ------------------------------------------------------------------ the gold itself


def test_every_article_has_one_gold_record() -> None:
    files = sorted(p.name for p in ARTICLES.glob("*.txt"))
    gold = [r["file"] for r in _records()]
    assert len(gold) == len(set(gold)), "duplicate gold records"
    assert sorted(gold) == files
    assert len(files) == 24


@pytest.mark.parametrize("lang", LANGS)
def test_four_articles_per_language(lang: str) -> None:
    recs = [r for r in _records() if r["lang"] == lang]
    assert len(recs) == 4
    assert all(f"_{lang}_" in r["file"] for r in recs)
    for r in recs:
        words = len((ARTICLES / r["file"]).read_text(encoding="utf-8").split())
        assert 120 <= words <= 400, f"{r['file']} has {words} words"


@pytest.mark.parametrize("rec", _records(), ids=lambda r: r["file"])
def test_gold_record_is_well_formed(rec: dict[str, Any]) -> None:
    text = (ARTICLES / rec["file"]).read_text(encoding="utf-8")
    pub = rec["publication_date"]
    assert pub is None or _DATE.match(pub)
    names = set()
    for off in rec["officials"]:
        assert off["name"] in text, f"official name not as written: {off['name']}"
        assert off["role"] in ROLES, off["role"]
        assert pycountry.countries.get(alpha_2=off["country"]) is not None
        assert off["name"] in off["aliases"]
        names.add(off["name"])
    for m in rec["meetings"]:
        assert len(m["participants"]) >= 2
        assert set(m["participants"]) <= names, m["participants"]
        assert m["date"] is None or _DATE.match(m["date"])
        if m["date"] and len(m["date"]) == 10:
            dt.date.fromisoformat(m["date"])
        assert m.get("status", "held") in ("held", "planned")
    for a in rec["agreements"]:
        assert a["status"] in ("signed", "planned", "discussed")
        assert all(pycountry.countries.get(alpha_2=p) for p in a["parties"])
        assert a["date"] is None or _DATE.match(a["date"])
    assert all(pycountry.countries.get(alpha_2=c) for c in rec["countries"])


def test_events_point_at_gold_officials() -> None:
    by_file = {r["file"]: r for r in _records()}
    events = json.loads(EVENTS.read_text(encoding="utf-8"))["events"]
    assert len(events) >= 2
    for ev in events:
        assert len(ev["sources"]) >= 2
        for src in ev["sources"]:
            officials = by_file[src]["officials"]
            for who in ev["participants"]:
                forms = [n for o in officials for n in (o["name"], *o["aliases"])]
                assert any(names_match(who, f) for f in forms), (ev["id"], src, who)


# --------------------------------------------------------------- extractor floors


def test_build_reads_every_article(report: EvalReport) -> None:
    assert report.missing_articles == []


@pytest.mark.parametrize("kind", TYPES)
def test_overall_f1_floor(report: EvalReport, kind: str) -> None:
    score = report.by_type[kind]
    assert score.f1 >= OVERALL_F1_FLOORS[kind], f"{kind}: {score.as_dict()}"


@pytest.mark.parametrize("key", sorted(ACCURACY_FLOORS))
def test_accuracy_floor(report: EvalReport, key: str) -> None:
    correct, total = report.accuracy[key]
    assert total > 0
    assert correct / total >= ACCURACY_FLOORS[key], f"{key}: {correct}/{total}"


def test_cross_language_events_floor(report: EvalReport) -> None:
    assert report.events is not None
    ok = sum(e.ok for e in report.events)
    assert ok / len(report.events) >= EVENTS_OK_FLOOR, [e.as_dict() for e in report.events]


@pytest.mark.parametrize(("lang", "kind", "floor"), _lang_cases())
def test_language_f1_floor(report: EvalReport, lang: str, kind: str, floor: float | None) -> None:
    score = report.by_lang[lang][kind]
    assert score.f1 >= (floor if floor is not None else 0.10), f"{lang} {kind}: {score.as_dict()}"
