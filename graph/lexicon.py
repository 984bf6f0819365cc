"""Per-language lexicons: data files under ``graph/lexicons/<lang>/`` (see docs/DESIGN.md).

A language is available when its folder has a ``language.json``; adding a language means
adding such a folder, no code.  Country names in every language also come from the
bundled ``countries.csv`` (English) and from pycountry's translations of ISO 3166-1.
"""

from __future__ import annotations

import csv
import gettext
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from graph.resources import data_file, lexicon_folder, lexicon_languages

# cue categories whose value column is "-" (docs/DESIGN.md, cues.tsv)
DASH_CUES = frozenset(
    {
        "signed",
        "planned",
        "discussed",
        "future",
        "counterpart",
        "group_ref",
        "location_prep",
        "arrival",
        "pronoun",
        "negation",
        "capital",
        "delegation",
        "facility",
        "attendance",
        "message",
        "absence",
        "without",
        "away",
        "there",
        "where",
        "when",
        "members",
        "same_day",
        "day_before",
        "day_after",
        "held_at",
        "in_turn",
        "previous_leg",
        "separate",
        "clause_before",
        "as_role",
        "accompany",
        "vague_past",
        "speech",
        "background",
        "follow_up",
        "departure",
        "earlier_stop",
        "presence",
        "since",
        "idiom",
        "told",
        "statement",
        "relayed",
        "quoted_from",
        "attribution",
        "lead",
    }
)

# language.json keys that are plain lists of words, read as they are (docs/DESIGN.md)
_WORD_LISTS = (
    "article_prefixes",
    "noun_endings",
    "title_connectors",
    "portfolios",
    "envoy_preps",
    "office_continues",
    "country_after_name",
    "country_anaphora",
    "member_words",
    "home_refs",
    "deputy_words",
    "order_words",
    "acting_after",
    "exact_stopwords",
    "range_words",
    "link_markers",
    "title_modifiers",
    "former_words",
    "superior_preps",
    "plural_offices",
    "conflict_words",
    "future_infinitive",
    "intent_nouns",
    "byline_words",
    "kin_words",
    "level_words",
    "indefinite_words",
    "body_words",
    "side_words",
    "general_staff_words",
    "succession_words",
    "predecessor_nouns",
    "government_nouns",
    "draft_nouns",
    "with_words",
    "object_markers",
    "word_places",
    "place_followers",
    "rank_articles",
    "former_after_head",
)

TSV_FILES = ("titles", "ranks", "countries", "places", "organizations", "cues", "persons")


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names file and line."""


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    alpha3: str
    name: str  # English short name
    qid: str | None
    capital_qid: str | None
    capital: str | None


@dataclass
class Lexicon:
    code: str
    name: str
    spacy_lang: str
    script: str
    cased: bool
    prefixes: list[str]
    suffixes: list[str]
    name_particles: set[str]
    # scripts without capitals: given names that start a name, and the article prefixes
    # of words that are not names (Arabic ال and its clitic forms)
    given_names: list[str] = field(default_factory=list)
    article_prefixes: list[str] = field(default_factory=list)
    # a word's other form that the lexicon's phrases read as it ("cheffe" as "chef": every
    # title of a "chef" has its feminine)
    word_variants: dict[str, str] = field(default_factory=dict)
    # a weekday's word that is also a capital, with the capital's country (fa "دوشنبه":
    # Monday and Dushanbe, TJ)
    weekday_cities: dict[str, str] = field(default_factory=dict)
    # a word that writes a title's words short, and those words (ru "замминистра":
    # "заместитель министра"): an office told short is the one told in full before
    title_abbreviations: dict[str, str] = field(default_factory=dict)
    # endings of article words that are common nouns, never family names (ar: ات, ة):
    # such a word ends a name ("اللواء محمد باقري الوحدات")
    noun_endings: list[str] = field(default_factory=list)
    # case endings of names (ru): "Миеру", "Миера" and "Миерой" are one name in one article
    name_endings: list[str] = field(default_factory=list)
    # scripts without capitals: the only words that may join two parts of one title
    # ("سفير X لدى Y", "وزیر دفاع و پشتیبانی"); others ("مع", "با") end it
    title_connectors: list[str] = field(default_factory=list)
    portfolios: list[str] = field(default_factory=list)
    portfolio_follows: bool = False  # a portfolio may follow its title without "of"
    # an office's words past its title are capitalised ("Minister of Foreign Affairs and
    # Trade"): a lower-case word other than a function word ends the office ("the Prime
    # Minister and to lay a wreath at …" holds no more of it)
    offices_in_capitals: bool = False
    envoy_preps: list[str] = field(default_factory=list)  # "to" of "ambassador to X"
    # words that carry an office on after its title, up to a comma and the name ("ministre des
    # Affaires étrangères, de la Migration et des Tunisiens à l'étranger, X")
    office_continues: list[str] = field(default_factory=list)
    # words between a titled name and the country it serves ("President X of Senegal")
    country_after_name: list[str] = field(default_factory=list)
    # a word after a title that stands for the country last named ("президент страны X")
    country_anaphora: list[str] = field(default_factory=list)
    # a word near a delegation's that lists its members ("В состав иранской делегации вошли
    # X, Y", "the Iranian delegation included X"): they serve the delegation's country
    member_words: list[str] = field(default_factory=list)
    # a title's last word that stands for the report's own country (ar "رئيس الدولة", the
    # head of the State; "أمير البلاد", the emir of the country)
    home_refs: list[str] = field(default_factory=list)
    # a word before a title that makes its holder a deputy ("Deputy Oil Minister", "Wakil
    # Menteri Perdagangan", "نائب وزير النفط")
    deputy_words: list[str] = field(default_factory=list)
    # an office's rank among its like before its title ("First Deputy Prime Minister")
    order_words: list[str] = field(default_factory=list)
    # words after a title that say it is held ad interim ("ministre … par intérim, X")
    acting_after: list[str] = field(default_factory=list)
    # function words as written, whose folded form is a name's ("على", on, folds to "علي", Ali)
    exact_stopwords: list[str] = field(default_factory=list)
    # the word between the two days of a span ("du 19 au 21 juin", "from 19 to 21 June")
    range_words: list[str] = field(default_factory=list)
    # a line opening with one ("Read also: …", "Baca juga: …") is a link to another story,
    # and so is each line of the list under it when it stands alone ("Read more:")
    link_markers: list[str] = field(default_factory=list)
    # a word on an office between its title and its country ("رئیس‌جمهور مشترک نیکاراگوئه")
    title_modifiers: list[str] = field(default_factory=list)
    # words that make a title a past one ("former", "وقت", "سابق", "бывший"): its holder
    # is not the one an office named without a name stands for
    former_words: list[str] = field(default_factory=list)
    # words for "former" written right after a title's first word (fa "دبیر پیشین وزارت
    # دفاع", the former secretary of the defence ministry): every title of two words or
    # more is matched with each of them there too
    former_after_head: list[str] = field(default_factory=list)
    # "replacing", "menggantikan", "خلفا ل": a name right after it is a predecessor or successor
    succession_words: list[str] = field(default_factory=list)
    # "سلف", "предшественника": a predecessor or successor noun whose possessor follows it
    # ("سلف أجيابونغ", Agyapong's predecessor: not Agyapong)
    predecessor_nouns: list[str] = field(default_factory=list)
    # "government", "حكومة": a name after one (its "of" and title between) is whose
    # government it is ("with the government of President X"), no one taking part
    government_nouns: list[str] = field(default_factory=list)
    # "draft", "projet", "پیش‌نویس": an agreement so called is discussed, even when it is
    # to be finalised later; one whose signing is planned is planned (``signing_words``)
    draft_nouns: list[str] = field(default_factory=list)
    # (regexes on folded words) the words of signing: a draft whose signing is planned is
    # planned ("a draft MoU, which is expected to be signed"), one to be finalised is still
    # discussed
    signing_words: list[str] = field(default_factory=list)
    # (a relative pronoun, then the auxiliaries of the perfect tenses) a relative clause on
    # the subject that tells an earlier leg of a trip, ending at an auxiliary and a comma:
    # fa ["که", "بود", "است"] ("X که روز گذشته در بغداد با Y گفت‌وگو کرده بود، امروز … با Z
    # دیدار کرد")
    earlier_leg: list[str] = field(default_factory=list)
    # cues.tsv words that are cues only when they open a sentence: fr "reçu" ("Reçu mardi
    # à Mogadiscio par le général X, le général Y …"; not "doit être reçu", a plan)
    opening_cues: list[str] = field(default_factory=list)
    # words of kinship ("son", "сын", "نجل", "fils"): an office right after one is the
    # relative's, not the office of the person named before ("X, son of the president")
    kin_words: list[str] = field(default_factory=list)
    # words of level ("tingkat", "уровне", "مستوى"): a title word right after one names a
    # rank of talks ("kunjungan tingkat menteri"), no one
    level_words: list[str] = field(default_factory=list)
    # indefinite determiners ("a", "seorang", "un"): a title right after one is someone
    # unnamed; the name after its comma is another's ("Menurut seorang pejabat Jepang, Colby
    # menegaskan …")
    indefinite_words: list[str] = field(default_factory=list)
    # words for a body (ar "إدارة", "وكالة"; fa "اداره", "سازمان"): after a general title they
    # open its organisation ("مدير وكالة الطاقة الذرية …"), and they never open a name
    body_words: list[str] = field(default_factory=list)
    # the infinitive's marker that, right after a person, makes a meeting verb one to come
    # (en "to": "PM Oli to receive him on Monday", "Misri to visit Nepal")
    future_infinitive: list[str] = field(default_factory=list)
    # agreement nouns that, before the ``future_infinitive`` marker, tell an intent and no
    # text (en "plans": "the Romanian Army's plans to acquire air defence systems")
    intent_nouns: list[str] = field(default_factory=list)
    # the word opening a byline of its own line, before the writer's name, a comma and the
    # city filed from (en "By": "By Halima Ruhinda, Dar es Salaam")
    byline_words: list[str] = field(default_factory=list)
    # words before a title that make it the superior of the office before them ("ministre
    # délégué auprès du Chef du gouvernement", "الوزير المنتدب لدى رئيس الحكومة")
    superior_preps: list[str] = field(default_factory=list)
    # plural office words ("ministers", "ministres", "министры"): a title with one names a
    # group, never one office holder
    plural_offices: list[str] = field(default_factory=list)
    # words for a war or a conflict ("war", "الحرب", "войны"): the countries told right
    # after one ("الحرب الروسية الأوكرانية") are its sides, no side of a deal
    conflict_words: list[str] = field(default_factory=list)
    # the word for a party's "side" before its country ("عن الجانب العماني", "du côté
    # omanais"): the person named next speaks or signs for that country
    side_words: list[str] = field(default_factory=list)
    # "general" of a general staff ("کل" of "ستاد کل"): see rules._Run._title_phrase
    general_staff_words: list[str] = field(default_factory=list)
    # scripts without capitals: the word for "with" after a meeting word ("دیدار با X"):
    # a name after it without a title is the other side when the article repeats it
    with_words: list[str] = field(default_factory=list)
    # a verb-final language's mark of a definite object ("را"): the verb after it is the one
    # whose object the word before it is ("… برنامه … را امضا کردند")
    object_markers: list[str] = field(default_factory=list)
    # places written as a common word (fa "آستانه", Astana, and "threshold": "در آستانه سفر",
    # on the eve of a trip): a place only before punctuation or one of ``place_followers``
    word_places: list[str] = field(default_factory=list)
    place_followers: list[str] = field(default_factory=list)
    # the definite articles before a rank standing alone for someone named before it ("the
    # admiral", "l'amiral", "le général")
    rank_articles: list[str] = field(default_factory=list)
    # the country most of this language's press serves (fa: IR): the last resort for an
    # official whose title names no country, in a report without a dateline or agency
    home_country: str | None = None
    pro_drop: bool = False  # verbs carry the subject: a subject-less sentence continues the topic
    # the verb ends its clause (Persian): words after it belong to the next clause
    verb_final: bool = False
    # oblique-case names back to the nominative: context endings → case, case → rules
    name_case_context: list[tuple[str, str]] = field(default_factory=list)
    name_case_rules: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # (ru) a capitalised adjective in an oblique case and the lower-case word that agrees
    # with it (regexes on the folded words) open a body's name, never a person's:
    # "Командующий Южным командованием", "вице-спикер Национального собрания"
    adjective_phrases: list[tuple[str, str]] = field(default_factory=list)
    # endings that show a name's case by themselves, when every word of it ends so
    name_case_evident: list[tuple[str, str]] = field(default_factory=list)
    # the case a preposition before an indeclinable title governs ("с замминистра": ins)
    name_case_prepositions: list[tuple[str, str]] = field(default_factory=list)
    # (phrase, value, extra) triples per category
    titles: list[tuple[str, str, str]] = field(default_factory=list)
    ranks: list[tuple[str, str, str]] = field(default_factory=list)
    countries: list[tuple[str, str, str]] = field(default_factory=list)
    places: list[tuple[str, str, str]] = field(default_factory=list)
    organizations: list[tuple[str, str, str]] = field(default_factory=list)
    cues: list[tuple[str, str, str]] = field(default_factory=list)
    # gazetteer of officials: (name as written, "ISO2", "role") — role and country optional
    persons: list[tuple[str, str, str]] = field(default_factory=list)
    honorifics: list[str] = field(default_factory=list)
    stopwords: list[str] = field(default_factory=list)


def available_languages() -> list[str]:
    """Codes of the languages that have a lexicon folder with a language.json."""
    return lexicon_languages()


def _read_tsv(path: Path, min_cols: int, max_cols: int) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    if not path.exists():
        return rows
    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = [c.strip() for c in line.split("\t")]
            while cols and cols[-1] == "":
                cols.pop()
            if not min_cols <= len(cols) <= max_cols:
                raise LexiconError(
                    f"{path}:{lineno}: expected {min_cols}-{max_cols} tab-separated columns, "
                    f"got {len(cols)}; fix the line (columns are separated by a TAB)"
                )
            cols += [""] * (3 - len(cols))
            rows.append((cols[0], cols[1], cols[2]))
    return rows


def _read_list(path: Path) -> list[str]:
    if not path.exists():
        return []
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@cache
def countries() -> dict[str, Country]:
    """ISO alpha-2 → Country, from the bundled countries.csv."""
    out: dict[str, Country] = {}
    with data_file("countries.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code = row["iso_alpha2"].strip()
            out[code] = Country(
                code=code,
                alpha3=row["iso_alpha3"].strip(),
                name=row["name"].strip(),
                qid=row["wikidata_qid"].strip() or None,
                capital_qid=row["capital_qid"].strip() or None,
                capital=row["capital_name"].strip() or None,
            )
    return out


@cache
def news_agencies(lang: str | None = None) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern matching the national news agencies and outlets of news_agencies.tsv
    that apply to ``lang`` (whole words, case-sensitive), and each name's ISO2 home."""
    home: dict[str, str] = {}
    with data_file("news_agencies.tsv").open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            name, cc, *langs = (c.strip() for c in line.split("\t"))
            if lang is None or not langs or not langs[0] or lang in langs[0].split(","):
                home[name] = cc
                if len(name) > 3:
                    home[name.upper()] = cc  # "ДОХА. КАЗИНФОРМ –"
    names = sorted(home, key=len, reverse=True) or ["(?!)"]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    return pattern, home


def _pycountry_names(lang: str) -> list[tuple[str, str, str]]:
    """Country names translated by pycountry's ISO 3166-1 catalogue (no commas)."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return []
    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return []
    known = countries()
    rows = []
    for c in pycountry.countries:
        if c.alpha_2 not in known:
            continue
        # official names too: "République italienne", "Fédération de Russie"
        for attr in ("common_name", "name", "official_name"):
            english = getattr(c, attr, None)
            if not english:
                continue
            local = tr.gettext(english)
            if local and "," not in local and "(" not in local:
                rows.append((local, c.alpha_2, "name"))
    return rows


def _declined(
    names: list[tuple[str, str, str]], listed: list[tuple[str, str, str]], table: dict | None
) -> list[tuple[str, str, str]]:
    """Case forms of one-word names the lexicon file does not list (ru "Гайаны" from
    pycountry's "Гайана"), made by the language's ``country_declension`` rules: the first
    rule whose regex matches a name replaces the match with each of its endings."""
    if not table:
        return []
    rules = [(re.compile(rx), endings) for rx, endings in table.get("rules", [])]
    have = {phrase for phrase, _, _ in listed}
    out: list[tuple[str, str, str]] = []
    for name, code, kind in names:
        if name in have or " " in name:
            continue
        for rx, endings in rules:
            if rx.search(name):
                out += [(rx.sub(e, name, count=1), code, kind) for e in endings]
                break
    return out


@cache
def load_lexicon(lang: str) -> Lexicon:
    """Load and cache the lexicon of one language; raises LexiconError when unknown."""
    folder = lexicon_folder(lang)
    if folder is None:
        have = ", ".join(available_languages()) or "none"
        raise LexiconError(
            f"no lexicon for language {lang!r} (available: {have}); add a folder "
            f"graph/lexicons/{lang}/ (or to a folder named in $NEWSGRAPH_LEXICONS) with a "
            f"language.json (see docs/DESIGN.md)"
        )
    meta_path = folder / "language.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise LexiconError(f"{meta_path}: not valid JSON ({exc})") from exc
    lex = Lexicon(
        code=meta.get("code", lang),
        name=meta.get("name", lang),
        spacy_lang=meta.get("spacy", lang),
        script=meta.get("script", "latin"),
        cased=bool(meta.get("cased", True)),
        prefixes=sorted(meta.get("prefixes", []), key=len, reverse=True),
        suffixes=sorted(meta.get("suffixes", []), key=len, reverse=True),
        name_particles=set(meta.get("name_particles", [])),
        pro_drop=bool(meta.get("pro_drop", False)),
        verb_final=bool(meta.get("verb_final", False)),
        name_endings=sorted(meta.get("name_endings", []), key=len, reverse=True),
        portfolio_follows=bool(meta.get("portfolio_follows", False)),
        offices_in_capitals=bool(meta.get("offices_in_capitals", False)),
        home_country=meta.get("home_country") or None,
        word_variants=dict(meta.get("word_variants", {})),
        weekday_cities=dict(meta.get("weekday_cities", {})),
        title_abbreviations=dict(meta.get("title_abbreviations", {})),
        **{key: list(meta.get(key, [])) for key in _WORD_LISTS},
    )
    cases = meta.get("name_cases", {})
    lex.name_case_context = [(a, b) for a, b in cases.get("context", [])]
    lex.name_case_rules = {
        case: [(a, b) for a, b in rules] for case, rules in cases.get("rules", {}).items()
    }
    lex.name_case_evident = [(a, b) for a, b in cases.get("evident", [])]
    lex.name_case_prepositions = [(a, b) for a, b in cases.get("prepositions", [])]
    lex.adjective_phrases = [(a, b) for a, b in meta.get("adjective_phrases", [])]
    lex.signing_words = list(meta.get("signing_words", []))
    lex.earlier_leg = list(meta.get("earlier_leg", []))
    lex.opening_cues = list(meta.get("opening_cues", []))
    if lex.earlier_leg and len(lex.earlier_leg) < 2:
        raise LexiconError(
            f"{meta_path}: earlier_leg must be two words or more (a relative pronoun, then "
            f"the auxiliaries of the perfect tenses), not {lex.earlier_leg!r}"
        )
    for name in TSV_FILES:
        # a place may have no country: seas and regions ("South China Sea")
        min_cols = 2 if name in ("ranks", "titles", "organizations", "countries", "places") else 3
        if name == "persons":
            min_cols = 1
        setattr(lex, name, _read_tsv(folder / f"{name}.tsv", min_cols, 3))
    lex.honorifics = _read_list(folder / "honorifics.txt")
    lex.stopwords = _read_list(folder / "stopwords.txt")
    lex.given_names = _read_list(folder / "given_names.txt")
    # every language also knows the English short names and capitals of all countries
    # (news in Latin script writes them as in English) and pycountry's translations
    table = countries()
    extra = [(c.name, c.code, "name") for c in table.values()]
    # (the lexicon's own file wins over a wrong translation: iso-codes' Arabic "Moldova"
    # is "المالديف", the Maldives), and a translation given to two countries is no one's
    own = {phrase: code for phrase, code, _ in lex.countries}
    rows = _pycountry_names(lex.code)
    codes: dict[str, set[str]] = {}
    for phrase, code, _ in rows:
        codes.setdefault(phrase, set()).add(code)
    translated = [
        row
        for row in rows
        if own.get(row[0], row[1]) == row[1] and (row[0] in own or len(codes[row[0]]) == 1)
    ]
    extra += translated + _declined(translated, lex.countries, meta.get("country_declension"))
    lex.countries = lex.countries + extra
    # "جمهوری بلاروس", "جمهورية العراق", "Republik Korea": state forms before a country name
    forms = meta.get("country_prefixes", [])
    if forms:
        names = [(p, cc) for p, cc, kind in lex.countries if kind in ("name", "")]
        # … and before a definite adjective: "الجمهورية التونسية" (the Tunisian Republic;
        # "للجمهورية التونسية" is matched without its "لل", as "جمهورية التونسية")
        adjectives = [(p, cc) for p, cc, kind in lex.countries if kind == "adjective"]
        lex.countries = lex.countries + [
            (f"{form}{'' if form.endswith(chr(39)) else ' '}{p}", cc, "name")  # d'Iran
            for form in forms
            for p, cc in names
            if not p.startswith(form)  # not "کشور کشورمان" (the country + our country)
        ] + [
            (f"{form} {p}", cc, "name")
            for form in forms
            for p, cc in adjectives
            if p.startswith("ال")
        ]
    capitals = [(c.capital, c.capital, c.code) for c in table.values() if c.capital]
    lex.places = lex.places + capitals
    return lex
