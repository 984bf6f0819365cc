"""Lexicon data of Arabic, Russian and French: format, ids, and how the matcher sees it."""

from __future__ import annotations

import csv
import json
from functools import cache
from pathlib import Path

import pytest
import spacy
from lexicon_ids import ORGS, RANKS

from graph.lexicon import DASH_CUES, load_lexicon
from graph.normalize import fold
from graph.resources import data_file, lexicon_dir
from graph.vocab import role_ids

LANGS = ("ar", "ru", "fr")


def _ids(text: str) -> frozenset[str]:
    return frozenset(text.split())


ROLES = role_ids()
MODES = {"meeting", "visit", "phone", "multilateral"}
CUE_VALUES = {
    "meeting_verb": MODES,
    "meeting_noun": MODES,
    "agreement": _ids("agreement mou treaty plan roadmap framework document contract protocol"),
    **{c: {"-"} for c in DASH_CUES},
    "group_ref": {"-", "3"},
    "counterpart": {"-", "plural"},
}
KINDS = {"name", "adjective", "demonym", "capital", "alternative"}


@cache
def iso_codes() -> frozenset[str]:
    with data_file("countries.csv").open(encoding="utf-8", newline="") as fh:
        return frozenset(row["iso_alpha2"] for row in csv.DictReader(fh))


def rows(lang: str, name: str) -> list[tuple[int, list[str]]]:
    """(line number, columns) of the data lines of one TSV file."""
    path = lexicon_dir() / lang / name
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            out.append((n, line.split("\t")))
    return out


def valid_row(name: str, cols: list[str]) -> bool:
    iso = iso_codes()
    if name == "titles.tsv":
        return len(cols) in (2, 3) and cols[1] in ROLES and (len(cols) == 2 or cols[2] in iso)
    if name == "ranks.tsv":
        return len(cols) in (2, 3) and cols[1] in RANKS and (len(cols) == 2 or cols[2] in iso)
    if name == "countries.tsv":
        return len(cols) == 3 and cols[1] in iso and cols[2] in KINDS
    if name == "places.tsv":
        # a sea or region has no country: "South China Sea" (no third column)
        return cols[1].strip() != "" and (len(cols) == 2 or (len(cols) == 3 and cols[2] in iso))
    if name == "organizations.tsv":
        return len(cols) in (2, 3) and cols[1] in ORGS and (len(cols) == 2 or cols[2] in iso)
    if name == "cues.tsv":
        return len(cols) == 3 and cols[2] in CUE_VALUES.get(cols[1], set())
    raise AssertionError(name)


TSVS = ("titles.tsv", "ranks.tsv", "countries.tsv", "places.tsv", "organizations.tsv", "cues.tsv")


@pytest.mark.parametrize("lang", LANGS)
def test_language_json(lang: str) -> None:
    meta = json.loads((lexicon_dir() / lang / "language.json").read_text(encoding="utf-8"))
    assert meta["code"] == meta["spacy"] == lang
    assert meta["cased"] is (lang != "ar")
    assert meta["script"] == {"ar": "arabic", "ru": "cyrillic", "fr": "latin"}[lang]
    for key in ("prefixes", "suffixes", "name_particles"):
        assert isinstance(meta[key], list) and all(isinstance(x, str) and x for x in meta[key])
    lex = load_lexicon(lang)
    assert lex.titles and lex.countries and lex.cues and lex.stopwords and lex.honorifics


@pytest.mark.parametrize("name", TSVS)
@pytest.mark.parametrize("lang", LANGS)
def test_rows_have_known_ids(lang: str, name: str) -> None:
    bad = [(n, cols) for n, cols in rows(lang, name) if not valid_row(name, cols)]
    assert not bad, f"{lang}/{name}: bad rows {bad[:5]}"
    assert all(cols[0] == cols[0].strip() and cols[0] for _, cols in rows(lang, name))


@pytest.mark.parametrize("name", TSVS)
@pytest.mark.parametrize("lang", LANGS)
def test_no_conflicting_duplicates(lang: str, name: str) -> None:
    seen: dict[object, str] = {}
    conflicts = []
    for n, cols in rows(lang, name):
        if name == "countries.tsv" and cols[2:] == ["alternative"]:
            continue  # another country's reading of the phrase, chosen by the article
        # a cue phrase may serve two categories; a country phrase may be name and adjective
        key = (fold(cols[0]), cols[1]) if name == "cues.tsv" else fold(cols[0])
        value = cols[1] if name == "countries.tsv" else "\t".join(cols[1:])
        if seen.setdefault(key, value) != value:
            conflicts.append((n, cols[0], seen[key], value))
    assert not conflicts, f"{lang}/{name}: {conflicts[:5]}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_phrase_tokenises(lang: str) -> None:
    nlp = spacy.blank(lang)
    for name in TSVS:
        for n, cols in rows(lang, name):
            assert len(nlp.make_doc(cols[0])) >= 1, f"{lang}/{name}:{n}"


@pytest.mark.parametrize("lang", LANGS)
def test_enough_places_and_countries(lang: str) -> None:
    places = {cols[1] for _, cols in rows(lang, "places.tsv")}
    adjectives = {cols[1] for _, cols in rows(lang, "countries.tsv") if cols[2] == "adjective"}
    assert len(places) >= 150
    assert len(adjectives) >= 120


@cache
def pipeline(lang: str):  # type: ignore[no-untyped-def]
    from graph.extract.pipeline import get_pipeline

    return get_pipeline(lang)


def tags(lang: str, text: str) -> set[tuple[str, str, str, str]]:
    """(matched text, category, value, extra) of every lexicon span the pipeline finds."""
    doc = pipeline(lang)(text)
    out = set()
    for sp in doc.spans["ng_lexicon"]:
        cat, value, extra = sp.label_.split("\t")
        out.add((sp.text, cat, value, extra))
    return out


@pytest.mark.parametrize(
    ("lang", "text", "span", "cat", "value"),
    [
        ("ar", "التقى وزير الدفاع العراقي", "وزير الدفاع", "TITLE", "defence_minister"),
        ("ar", "وزير دفاع العراق", "وزير دفاع", "TITLE", "defence_minister"),
        ("ar", "وزيرة الخارجية", "وزيرة الخارجية", "TITLE", "foreign_minister"),
        (
            "ar",
            "رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية",
            "رئيس هيئة الأركان العامة للقوات المسلحة",
            "TITLE",
            "chief_of_staff_armed_forces",
        ),
        ("ar", "زار للعراق", "للعراق", "COUNTRY", "IQ"),
        ("ar", "القوات العراقية", "العراقية", "COUNTRY", "IQ"),
        ("ar", "والتقى بنظيره", "بنظيره", "CUE", "counterpart"),
        ("ar", "ووقع الجانبان", "ووقع", "CUE", "signed"),
        ("ar", "سيتم التوقيع على الاتفاقية", "سيتم التوقيع", "CUE", "planned"),
        ("ar", "بحث هاتفيا", "بحث", "CUE", "meeting_verb"),
        ("ar", "اللواء الركن", "اللواء الركن", "RANK", "major_general"),
        ("ar", "وصل إلى بطهران", "بطهران", "PLACE", "Tehran"),
        ("ru", "встретился с министром обороны", "министром обороны", "TITLE", "defence_minister"),
        (
            "ru",
            "с начальником Генерального штаба",
            "начальником Генерального штаба",
            "TITLE",
            "chief_of_general_staff",
        ),
        ("ru", "иракской делегации", "иракской", "COUNTRY", "IQ"),
        ("ru", "в России", "России", "COUNTRY", "RU"),
        ("ru", "в Тегеране", "Тегеране", "PLACE", "Tehran"),
        ("ru", "генерал-полковника", "генерал-полковника", "RANK", "general"),
        ("ru", "с коллегой", "коллегой", "CUE", "counterpart"),
        ("ru", "будет подписано", "будет подписано", "CUE", "planned"),
        (
            "ru",
            "меморандума о взаимопонимании",
            "меморандума о взаимопонимании",
            "CUE",
            "agreement",
        ),
        (
            "fr",
            "le ministre iranien de la Défense",
            "ministre iranien de la Défense",
            "TITLE",
            "defence_minister",
        ),
        (
            "fr",
            "le chef d’état-major des armées",
            "chef d’état-major des armées",
            "TITLE",
            "chief_of_defence_forces",
        ),
        ("fr", "la ministre des Armées", "ministre des Armées", "TITLE", "defence_minister"),
        ("fr", "son homologue russe", "homologue", "CUE", "counterpart"),
        ("fr", "à Téhéran", "Téhéran", "PLACE", "Tehran"),
        ("fr", "le président de la Russie", "de la Russie", "COUNTRY", "RU"),
        ("fr", "un protocole d'accord", "protocole d'accord", "CUE", "agreement"),
        (
            "fr",
            "le général de corps d'armée",
            "général de corps d'armée",
            "RANK",
            "lieutenant_general",
        ),
    ],
)
def test_pipeline_finds(lang: str, text: str, span: str, cat: str, value: str) -> None:
    found = tags(lang, text)
    assert any(s == span and c == cat and value in (v, x) for s, c, v, x in found), found


@pytest.mark.parametrize(
    ("lang", "text", "cat", "value"),
    [
        ("fr", "le ministre iranien de la Défense", "TITLE", "IR"),
        ("fr", "ministre des Armées", "TITLE", "FR"),
        ("ru", "глава Пентагона", "TITLE", "US"),
        ("ar", "الحرس الثوري", "ORG", "IR"),
    ],
)
def test_phrases_that_name_a_country(lang: str, text: str, cat: str, value: str) -> None:
    assert any(c == cat and x == value for _, c, _, x in tags(lang, text))


@pytest.mark.parametrize(
    ("lang", "token"),
    [
        *[
            ("ar", t)
            for t in (
                "علي",
                "محمد",
                "فيصل",
                "حسين",
                "وليد",
                "كمال",
                "باقري",
                "شمخاني",
                "عدنان",
                "معين",
                "أمين",
                "اللهيان",
                "العباسي",
            )
        ],
        *[
            ("ru", t)
            for t in (
                "Ким",
                "Сергей",
                "Сергеем",
                "Шойгу",
                "Валерием",
                "Герасимовым",
                "Ли",
                "Ван",
                "Лавровым",
            )
        ],
        *[("fr", t) for t in ("Mohammad", "Bagheri", "Avril", "Drian", "Choïgou", "Guerassimov")],
    ],
)
def test_common_name_tokens_stay_plain(lang: str, token: str) -> None:
    """Name words must not match a lexicon phrase or a stopword after clitic stripping
    (the gazetteer of officials, persons.tsv, may of course know a name)."""
    doc = pipeline(lang)(token)
    stop = {fold(w) for w in load_lexicon(lang).stopwords}
    spans = [sp for sp in doc.spans["ng_lexicon"] if not sp.label_.startswith("PERSON")]
    assert not spans, [sp.label_ for sp in spans]
    assert all(t.norm_ not in stop and fold(t.text) not in stop for t in doc)


def test_arabic_stopwords_leave_clitics_to_the_matcher() -> None:
    """A listed و/ف/ب/ل-form would stop the matcher from stripping it (ووقع → وقع)."""
    words = {fold(w) for w in load_lexicon("ar").stopwords}
    clitic = [w for w in words if len(w) > 3 and w[0] in "وفبل" and w[1:] in words]
    assert not clitic


@pytest.mark.parametrize("lang", LANGS)
def test_text_files_have_no_tabs(lang: str) -> None:
    for name in ("stopwords.txt", "honorifics.txt"):
        path: Path = lexicon_dir() / lang / name
        lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and x[0] != "#"]
        assert lines and all("\t" not in x and x == x.strip() for x in lines)
