"""The English, Indonesian and Persian lexicon data files (graph/lexicons/{en,id,fa}/).

Checks the format contract of docs/DESIGN.md on the raw files (columns, closed id lists,
ISO codes, no conflicting duplicates under the matcher's folding, every phrase tokenises)
and spot-checks entries the extractor relies on.
"""

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

LANGS = ("en", "id", "fa")
ZWNJ = "\u200c"

ROLES = role_ids()
COUNTRY_KINDS = frozenset({"name", "adjective", "demonym", "alternative"})
MODES = frozenset({"meeting", "visit", "phone", "multilateral"})
AGREEMENT_KINDS = frozenset(
    {
        "agreement",
        "mou",
        "treaty",
        "plan",
        "roadmap",
        "framework",
        "document",
        "contract",
        "protocol",
    }
)
STATUS_CATS = DASH_CUES
# file -> (min columns, max columns)
TSV_SHAPES = {
    "titles.tsv": (2, 3),
    "ranks.tsv": (2, 3),
    "countries.tsv": (3, 3),
    "places.tsv": (2, 3),  # a sea or region has no country
    "organizations.tsv": (2, 3),
    "cues.tsv": (3, 3),
}


@cache
def iso_codes() -> frozenset[str]:
    with data_file("countries.csv").open(encoding="utf-8", newline="") as fh:
        return frozenset(r["iso_alpha2"] for r in csv.DictReader(fh))


@cache
def capitals() -> dict[str, str]:
    """ISO2 -> English capital name as written in countries.csv."""
    with data_file("countries.csv").open(encoding="utf-8", newline="") as fh:
        return {r["iso_alpha2"]: r["capital_name"] for r in csv.DictReader(fh)}


@cache
def rows(lang: str, fname: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """(line number, columns) of every entry line of a TSV file."""
    out = []
    path = lexicon_dir() / lang / fname
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        out.append((n, tuple(raw.split("\t"))))
    return tuple(out)


@cache
def entries(lang: str, fname: str) -> dict[str, set[tuple[str, ...]]]:
    """folded phrase -> set of value tuples."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for _, cols in rows(lang, fname):
        out.setdefault(fold(cols[0]), set()).add(cols[1:])
    return out


def word_list(lang: str, fname: str) -> list[str]:
    text = (lexicon_dir() / lang / fname).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def nlp(lang: str) -> spacy.language.Language:
    return spacy.blank(lang)


def values(lang: str, fname: str, phrase: str) -> set[tuple[str, ...]]:
    return entries(lang, fname).get(fold(phrase), set())


# --- format contract -------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_language_json(lang: str) -> None:
    meta = json.loads((lexicon_dir() / lang / "language.json").read_text(encoding="utf-8"))
    assert meta["code"] == lang
    assert meta["spacy"] == lang
    assert meta["script"] == ("arabic" if lang == "fa" else "latin")
    assert meta["cased"] is (lang != "fa")
    for key in ("prefixes", "suffixes", "name_particles"):
        assert isinstance(meta[key], list)
        assert all(isinstance(x, str) and x for x in meta[key])
    if lang == "id":
        assert "nya" in meta["suffixes"]
    if lang == "fa":
        assert {"ها", "های", "ی"} <= set(meta["suffixes"])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fname", sorted(TSV_SHAPES))
def test_tsv_columns_and_tokens(lang: str, fname: str) -> None:
    lo, hi = TSV_SHAPES[fname]
    found = rows(lang, fname)
    assert found, f"{lang}/{fname} is empty"
    for n, cols in found:
        where = f"{lang}/{fname}:{n}"
        assert lo <= len(cols) <= hi, f"{where}: {len(cols)} columns"
        assert all(c == c.strip() and c for c in cols), f"{where}: empty or padded column"
        assert len(nlp(lang).make_doc(cols[0])) >= 1, f"{where}: no tokens"
        assert fold(cols[0]).strip(), f"{where}: folds to nothing"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("fname", "col", "allowed"),
    [
        ("titles.tsv", 1, ROLES),
        ("ranks.tsv", 1, RANKS),
        ("organizations.tsv", 1, ORGS),
        ("countries.tsv", 2, COUNTRY_KINDS),
    ],
)
def test_ids_from_closed_lists(lang: str, fname: str, col: int, allowed: frozenset) -> None:
    bad = [(n, cols[col]) for n, cols in rows(lang, fname) if cols[col] not in allowed]
    assert not bad, f"{lang}/{fname}: unknown ids {bad[:5]}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("fname", "col"),
    [("titles.tsv", 2), ("organizations.tsv", 2), ("countries.tsv", 1), ("places.tsv", 2)],
)
def test_iso_codes_exist(lang: str, fname: str, col: int) -> None:
    bad = [
        (n, cols[col])
        for n, cols in rows(lang, fname)
        if len(cols) > col and cols[col] not in iso_codes()
    ]
    assert not bad, f"{lang}/{fname}: ISO codes not in countries.csv {bad[:5]}"


@pytest.mark.parametrize("lang", LANGS)
def test_cue_categories_and_values(lang: str) -> None:
    for n, (phrase, cat, value) in rows(lang, "cues.tsv"):
        where = f"{lang}/cues.tsv:{n} {phrase!r}"
        if cat in ("meeting_verb", "meeting_noun"):
            assert value in MODES, where
        elif cat == "agreement":
            assert value in AGREEMENT_KINDS, where
        elif cat == "group_ref":
            assert value in ("-", "3"), where  # 3: "the three countries"
        elif cat == "counterpart":
            assert value in ("-", "plural"), where  # plural: a list of names may follow
        else:
            assert cat in STATUS_CATS and value == "-", where


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("fname", "keycols"),
    [
        ("titles.tsv", 1),
        ("ranks.tsv", 1),
        ("organizations.tsv", 1),
        ("places.tsv", 1),
        ("cues.tsv", 2),
    ],
)
def test_no_conflicting_duplicates(lang: str, fname: str, keycols: int) -> None:
    seen: dict[tuple[str, ...], tuple[str, ...]] = {}
    for n, cols in rows(lang, fname):
        key = (fold(cols[0]), *cols[1:keycols])
        if key in seen:
            assert seen[key] == cols[keycols:], f"{lang}/{fname}:{n} {cols[0]!r} conflicts"
        seen[key] = cols[keycols:]


@pytest.mark.parametrize("lang", LANGS)
def test_country_phrases_name_one_country(lang: str) -> None:
    """A phrase names one country, but for another country's "alternative" reading (chosen
    by the article: "Congo" alone)."""
    clashes = {
        p: v
        for p, v in entries(lang, "countries.tsv").items()
        if len({iso for iso, kind in v if kind != "alternative"}) > 1
    }
    assert not clashes


@pytest.mark.parametrize("lang", LANGS)
def test_capitals_use_countries_csv_names(lang: str) -> None:
    caps = capitals()
    for n, (_, english, *rest) in rows(lang, "places.tsv"):
        iso = rest[0] if rest else ""  # a sea or region has no country
        if caps.get(iso) and fold(english) == fold(caps[iso]):
            assert english == caps[iso], f"{lang}/places.tsv:{n}: write {caps[iso]!r}"


@pytest.mark.parametrize(("lang", "minimum"), [("en", 150), ("id", 150), ("fa", 150)])
def test_places_coverage(lang: str, minimum: int) -> None:
    assert len(rows(lang, "places.tsv")) >= minimum


@pytest.mark.parametrize("lang", LANGS)
def test_country_coverage(lang: str) -> None:
    by_iso: dict[str, set[str]] = {}
    for _, (_, iso, kind) in rows(lang, "countries.tsv"):
        by_iso.setdefault(iso, set()).add(kind)
    assert len(by_iso) >= 190
    with_adjective = [iso for iso, kinds in by_iso.items() if "adjective" in kinds]
    if lang != "id":  # Indonesian uses the country name as the modifier
        assert len(with_adjective) >= 120


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fname", ["honorifics.txt", "stopwords.txt"])
def test_word_lists(lang: str, fname: str) -> None:
    words = word_list(lang, fname)
    assert len(words) >= (25 if fname == "honorifics.txt" else 150)
    assert len({fold(w) for w in words}) == len(words), "duplicate after folding"
    if fname == "stopwords.txt":
        assert all(len(nlp(lang).make_doc(w)) == 1 for w in words), "stopwords are single tokens"


@pytest.mark.parametrize("lang", LANGS)
def test_stopwords_do_not_hide_lexicon_names(lang: str) -> None:
    """A stopword must not be a country, place, rank or honorific on its own."""
    stop = {fold(w) for w in word_list(lang, "stopwords.txt")}
    for fname in ("countries.tsv", "places.tsv", "ranks.tsv"):
        hits = stop & set(entries(lang, fname))
        assert not hits, f"{lang}: stopwords also in {fname}: {sorted(hits)[:5]}"
    # (an honorific in capitals, "HE", is matched in capitals only: never the stopword "he")
    honorifics = [h for h in word_list(lang, "honorifics.txt") if not (h.isupper() and h.isalpha())]
    assert not stop & {fold(h) for h in honorifics}


def test_persian_zwnj_phrases_have_spaced_variant() -> None:
    for fname in ("titles.tsv", "organizations.tsv", "cues.tsv", "ranks.tsv"):
        phrases = {cols[0] for _, cols in rows("fa", fname)}
        missing = [p for p in phrases if ZWNJ in p and p.replace(ZWNJ, " ") not in phrases]
        assert not missing, f"fa/{fname}: {missing[:5]}"


# --- entries the extractor relies on ----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "fname", "phrase", "expected"),
    [
        ("en", "titles.tsv", "Defense Minister", ("defence_minister",)),
        ("en", "titles.tsv", "minister of defence", ("defence_minister",)),
        (
            "en",
            "titles.tsv",
            "Chairman of the Chiefs of Staff of the Iranian Armed Forces",
            ("chief_of_staff_armed_forces", "IR"),
        ),
        ("en", "titles.tsv", "Chief of the General Staff", ("chief_of_general_staff",)),
        ("en", "titles.tsv", "Pentagon chief", ("defence_minister", "US")),
        ("en", "titles.tsv", "Deputy Defense Minister", ("deputy_defence_minister",)),
        ("id", "titles.tsv", "Menteri Pertahanan", ("defence_minister",)),
        (
            "id",
            "titles.tsv",
            "Ketua Kepala Staf Angkatan Bersenjata",
            ("chief_of_staff_armed_forces",),
        ),
        ("id", "titles.tsv", "Panglima TNI", ("chief_of_defence_forces", "ID")),
        ("id", "titles.tsv", "KSAD", ("army_commander", "ID")),
        ("id", "titles.tsv", "Kepala Staf Umum", ("chief_of_general_staff",)),
        ("fa", "titles.tsv", "وزیر دفاع", ("defence_minister",)),
        ("fa", "titles.tsv", "رئیس ستاد کل نیروهای مسلح", ("chief_of_staff_armed_forces",)),
        ("fa", "titles.tsv", "رییس‌جمهور", ("head_of_state",)),
        ("fa", "titles.tsv", "فرمانده نیروی زمینی ارتش", ("army_commander",)),
        ("fa", "titles.tsv", "فرمانده کل سپاه", ("irgc_commander", "IR")),
        ("en", "ranks.tsv", "Maj. Gen.", ("major_general",)),
        ("en", "ranks.tsv", "Lieutenant General", ("lieutenant_general",)),
        ("id", "ranks.tsv", "Mayjen", ("major_general",)),
        ("id", "ranks.tsv", "Letnan Jenderal", ("lieutenant_general",)),
        ("id", "ranks.tsv", "Laksdya", ("vice_admiral",)),
        ("fa", "ranks.tsv", "سرلشکر", ("major_general",)),
        ("fa", "ranks.tsv", "سرتیپ دوم", ("second_brigadier_general",)),
        ("fa", "ranks.tsv", "سردار", ("sardar",)),
        ("fa", "ranks.tsv", "پاسدار", ("pasdar",)),
        ("en", "countries.tsv", "Iraqi", ("IQ", "adjective")),
        ("en", "countries.tsv", "U.S.", ("US", "name")),
        ("id", "countries.tsv", "Amerika Serikat", ("US", "name")),
        ("id", "countries.tsv", "Rusia", ("RU", "name")),
        ("fa", "countries.tsv", "جمهوری اسلامی ایران", ("IR", "name")),
        ("fa", "countries.tsv", "ایران اسلامی", ("IR", "name")),
        ("fa", "countries.tsv", "عراقی", ("IQ", "adjective")),
        ("en", "places.tsv", "Tehran", ("Tehran", "IR")),
        ("id", "places.tsv", "Teheran", ("Tehran", "IR")),
        ("id", "places.tsv", "Moskow", ("Moscow", "RU")),
        ("fa", "places.tsv", "تهران", ("Tehran", "IR")),
        ("fa", "places.tsv", "واشنگتن", ("Washington, D.C.", "US")),
        ("en", "organizations.tsv", "Pentagon", ("ministry_of_defence", "US")),
        ("en", "organizations.tsv", "IRGC", ("irgc", "IR")),
        ("id", "organizations.tsv", "TNI", ("armed_forces", "ID")),
        ("id", "organizations.tsv", "Kemhan", ("ministry_of_defence", "ID")),
        ("fa", "organizations.tsv", "سپاه پاسداران", ("irgc", "IR")),
        ("fa", "organizations.tsv", "ناتو", ("NATO",)),
        ("en", "cues.tsv", "held talks", ("meeting_verb", "meeting")),
        ("en", "cues.tsv", "memorandum of understanding", ("agreement", "mou")),
        ("id", "cues.tsv", "kunjungan kehormatan", ("meeting_noun", "visit")),
        ("id", "cues.tsv", "nota kesepahaman", ("agreement", "mou")),
        ("id", "cues.tsv", "akan ditandatangani", ("planned", "-")),
        ("fa", "cues.tsv", "تماس تلفنی", ("meeting_noun", "phone")),
        ("fa", "cues.tsv", "تفاهم‌نامه", ("agreement", "mou")),
        ("fa", "cues.tsv", "تفاهم نامه", ("agreement", "mou")),
        ("fa", "cues.tsv", "به امضا رسید", ("signed", "-")),
        ("fa", "cues.tsv", "امضا خواهد شد", ("planned", "-")),
        ("fa", "cues.tsv", "همتای", ("counterpart", "-")),
        ("fa", "cues.tsv", "طرفین", ("group_ref", "-")),
    ],
)
def test_key_entries(lang: str, fname: str, phrase: str, expected: tuple[str, ...]) -> None:
    assert expected in values(lang, fname, phrase)


def test_folding_joins_unspaced_persian() -> None:
    """Text without ZWNJ ("تفاهمنامه") folds to the same key as the lexicon phrase."""
    assert ("agreement", "mou") in values("fa", "cues.tsv", "تفاهمنامه")
    assert ("head_of_state",) in values("fa", "titles.tsv", "رئيسجمهور")


@pytest.mark.parametrize(
    ("lang", "fname", "phrase"),
    [
        ("fa", "countries.tsv", "مالی"),  # "financial", not Mali
        ("fa", "countries.tsv", "کره"),  # "sphere/butter"
        ("fa", "places.tsv", "دوشنبه"),  # Monday, not Dushanbe
        ("fa", "titles.tsv", "امیر"),  # also a given name (Amir Hatami)
        ("id", "places.tsv", "Lima"),  # "five"
        ("en", "countries.tsv", "Persian"),  # "Persian Gulf"
        ("en", "places.tsv", "Male"),
    ],
)
def test_ambiguous_words_left_out(lang: str, fname: str, phrase: str) -> None:
    assert not values(lang, fname, phrase)


def test_a_place_that_is_a_common_word_is_guarded() -> None:
    """"آستانه" (Astana, also "threshold") is listed only with a guard: a place before the
    words of ``place_followers`` alone."""
    lex = load_lexicon("fa")
    assert values("fa", "places.tsv", "آستانه")
    assert "آستانه" in lex.word_places
    assert "با" in lex.place_followers
    assert "سفر" not in lex.place_followers  # "در آستانه سفر": on the eve of a trip


def test_files_are_utf8_without_bom() -> None:
    for lang in LANGS:
        for path in Path(lexicon_dir() / lang).iterdir():
            raw = path.read_bytes()
            assert not raw.startswith(b"\xef\xbb\xbf"), path
            raw.decode("utf-8")
