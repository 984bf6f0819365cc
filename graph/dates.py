"""Dates in news text: six languages, three calendars (Gregorian, Solar Hijri, lunar Hijri).

All vocabulary comes from ``graph/lexicons/<lang>/dates.json`` (loaded lazily, one compiled
regex per language); this module holds only the patterns and the calendar logic, and
converts Solar Hijri and Islamic dates with ``convertdate`` (the Islamic calendar there is
the tabular one: it may differ by a day from the observed or Umm al-Qura calendar).

Text is matched after folding (lower case, diacritics, Arabic/Persian letter variants,
tatweel, ZWNJ, Persian and Arabic-Indic digits); offsets always index the text given.

Rules that keep the output honest ("never guess"):

* relative expressions (today, "pada hari Minggu", "mardi dernier", "last week") are
  resolved only against a publication date known to the day;
* a year-less date ("3 Januari") takes the year that makes it the most recent such date
  not after publication + 7 days, and only when every day the publication date allows
  gives the same year;
* a non-Gregorian month or year becomes the smallest Gregorian month or year containing
  all of it (``آبان 1399`` → 2020; ``سال 1399`` spans 2020-2021 and gives nothing).

``dates.json`` keys (all optional; phrases are written once in their usual form):
``also`` (languages whose month/weekday names, eras and date-line cues are also known),
``orders`` (``dmy``, ``mdy``), ``hijri_default`` (calendar of an unmarked numeric year
1200-1799), ``clitics`` (one-letter prefixes allowed before a word),
``months`` (calendar → month number → names), ``month_needs_year``, ``case_sensitive``,
``day_suffixes``, ``day_month_joiners``, ``month_year_joiners`` ("2 de mayo de 2023"),
``day_words`` (day number → the ordinal words that write it before a month: "في السادس من
تشرين الأول"),
``past_month`` (``before``/``after``: the words that make a Gregorian month alone the last
such month before the report, "last October", "في آب الماضي", "octobre dernier"),
``month_last_year`` (the words after a Gregorian month that put it in the year before the
report's, "October last year", "в октябре прошлого года"),
``weekdays`` / ``weekday_abbreviations``
(``monday`` … ``sunday`` → names), ``weekday_needs_prefix``, ``weekday_prefixes``,
``weekday_markers_before`` / ``weekday_markers_after`` (``past``/``future``/``nearest``),
``relative`` (``today``, ``yesterday``, ``tomorrow``, ``day_before_yesterday``,
``day_after_tomorrow``, ``last_week``/``this_week``/``next_week``, the same for month
and year), ``blockers`` / ``blockers_after`` (words next to a relative phrase that make
it something else: "dua minggu lalu", "اليوم التالي"), ``relative_followers`` (relative
phrase → the only words that may follow it, "-ending" for any word with that ending; it
may always end a clause: Russian "накануне провел" is yesterday, "накануне визита" is not),
``eras`` (calendar → markers),
``year_before`` / ``year_after`` (words that make a bare 4-digit number a year),
``date_line`` (``cues``, ``tokens``, ``reject``, ``bylines``) for :func:`parse_publication_date`.
"""

from __future__ import annotations

import calendar as _gregorian_calendar
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from dataclasses import field as _field
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal, cast

from convertdate import islamic, persian

from graph.model import PartialDate
from graph.resources import lexicon_folder

__all__ = [
    "DateDataError",
    "DateMention",
    "find_dates",
    "is_date_line",
    "parse_iso",
    "parse_publication_date",
    "past_bare_months",
    "resolve_weekday",
    "to_latin_digits",
]

Direction = Literal["past", "future", "nearest"]

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
CALENDARS = ("gregorian", "persian", "islamic")
RELATIVE_KINDS = {
    "today": ("day", 0),
    "yesterday": ("day", -1),
    "tomorrow": ("day", 1),
    "day_before_yesterday": ("day", -2),
    "day_after_tomorrow": ("day", 2),
    "last_week": ("week", -1),
    "this_week": ("week", 0),
    "next_week": ("week", 1),
    "last_month": ("month", -1),
    "this_month": ("month", 0),
    "next_month": ("month", 1),
    "last_year": ("year", -1),
    "this_year": ("year", 0),
    "next_year": ("year", 1),
}

# How many lines / characters the date line may be in, and how many end lines are tried.
HEAD_LINES = 12
HEAD_CHARS = 800
TAIL_LINES = 5
# Gregorian years accepted from numbers alone / with a month name.
NUMERIC_YEARS = range(1800, 2201)
NAMED_YEARS = range(1000, 2201)
HIJRI_YEARS = range(1200, 1800)


class DateDataError(ValueError):
    """A dates.json file is malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class DateMention:
    """One date expression: ``text == source[start:end]``, ``date`` Gregorian."""

    start: int
    end: int
    text: str
    date: PartialDate
    relative: bool  # resolved against the publication date (relative words, year-less dates)
    weekday: int | None = None  # 0=Monday … 6=Sunday when the expression names one


# --------------------------------------------------------------------------- folding

_DROP = (
    set(range(0x064B, 0x0660))  # Arabic harakat, hamza above/below
    | {0x0640, 0x0670, 0x06E1, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x00AD, 0xFEFF}
    | set(range(0x202A, 0x202F))
    | set(range(0x2066, 0x206A))
)
_MAP = {
    "ی": "ي", "ى": "ي", "ئ": "ي", "ک": "ك", "ة": "ه", "ۀ": "ه", "ھ": "ه", "ە": "ه",
    "ٱ": "ا", "أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-", "―": "-",
    "٫": ",", "٬": ",",
}  # fmt: skip


def _fold_char(ch: str) -> str:
    """Fold one character to at most one character ('' drops it)."""
    if ord(ch) in _DROP:
        return ""
    if ch in _MAP:
        return _MAP[ch]
    if not ch.isascii():
        digit = unicodedata.decimal(ch, None)
        if digit is not None:
            return str(digit)
    low = ch.lower()
    base = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    if len(base) == 1:
        return _MAP.get(base, base)
    if not base:
        return ""
    return low[0]


class _FoldTable(dict[int, str]):
    def __missing__(self, key: int) -> str:
        value = _fold_char(chr(key))
        self[key] = value
        return value


_TABLE = _FoldTable()


def _fold(text: str) -> tuple[str, list[int] | None]:
    """The folded text and, when characters were dropped, folded index → original index."""
    folded = text.translate(_TABLE)
    if len(folded) == len(text):
        return folded, None
    index = [i for i, ch in enumerate(text) if _TABLE[ord(ch)]]
    index.append(len(text))
    return folded, index


_ATTACHED = set(range(0x064B, 0x0660)) | {0x0640, 0x0670, 0x06E1}


def _span(index: list[int] | None, start: int, end: int, text: str = "") -> tuple[int, int]:
    """Original offsets of a folded span, with the marks written on its last letter."""
    if index is None:
        return start, end
    a, b = index[start], index[end - 1] + 1
    while b < len(text) and ord(text[b]) in _ATTACHED:
        b += 1
    return a, b


def _key(phrase: str) -> str:
    """Lookup key of a phrase or a matched text: folded, whitespace removed."""
    return "".join(_fold(phrase)[0].split())


def to_latin_digits(s: str) -> str:
    """Replace Persian (۰-۹), Arabic-Indic (٠-٩) and other Unicode decimal digits by 0-9."""
    return "".join(
        str(unicodedata.decimal(ch)) if not ch.isascii() and ch.isdecimal() else ch for ch in s
    )


# --------------------------------------------------------------------------- lexicon


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"


def _phrase_rx(phrase: str) -> str:
    toks = _fold(phrase)[0].split()
    if not toks:
        return ""
    out = [re.escape(toks[0])]
    for prev, tok in pairwise(toks):
        sep = r"\s*" if _is_arabic(prev[-1]) and _is_arabic(tok[0]) else r"\s+"
        out.append(sep + re.escape(tok))
    return "".join(out)


def _alt(phrases: Iterable[str]) -> str:
    """A non-capturing alternation, longest phrases first; never matches when empty."""
    pats = {p for p in (_phrase_rx(x) for x in phrases) if p}
    if not pats:
        return "(?!)"
    return "(?:" + "|".join(sorted(pats, key=lambda p: (-len(p), p))) + ")"


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DateDataError(f"{path}: not valid JSON ({exc}); fix the file") from exc
    if not isinstance(data, dict):
        raise DateDataError(f"{path}: expected a JSON object at the top level; fix the file")
    return data


@cache
def _raw(lang: str) -> dict[str, Any]:
    folder = lexicon_folder(lang)
    path = folder / "dates.json" if folder is not None else None
    return _read_json(path) if path is not None and path.exists() else {}


@dataclass
class _Lang:
    code: str
    rx: re.Pattern[str]
    months: dict[str, tuple[str, int]]
    month_needs_year: set[str]
    weekdays: dict[str, int]
    needs_prefix: set[str]
    case_sensitive: set[str]
    relative: dict[str, str]
    markers: dict[str, Direction]
    eras: dict[str, str]
    blockers: set[str]
    blockers_after: set[str]
    followers: dict[str, tuple[str, ...]]
    hijri_default: str | None
    cue_rx: re.Pattern[str]
    strip_rx: re.Pattern[str]
    reject_rx: re.Pattern[str] | None
    past_month_rx: re.Pattern[str] | None = None
    byline_rx: re.Pattern[str] | None = None
    day_words: dict[str, int] = _field(default_factory=dict)


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DateDataError(f"{where}: expected a list of strings; fix dates.json")
    return value


def _table(value: Any, where: str) -> dict[str, list[str]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise DateDataError(f"{where}: expected an object; fix dates.json")
    return {str(k): _strings(v, f"{where}.{k}") for k, v in value.items()}


_TIME = r"\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?"


@cache
def _lang(lang: str) -> _Lang:
    """Everything for one language: lookups and the compiled regex (cached)."""
    own = _raw(lang)
    sources = [own] + [_raw(extra) for extra in _strings(own.get("also"), f"{lang}.also")]
    months: dict[str, tuple[str, int]] = {}
    mdy_months: list[str] = []
    weekdays: dict[str, int] = {}
    full_days: list[str] = []
    abbr_days: list[str] = []
    eras: dict[str, str] = {}
    case_sensitive: set[str] = set()
    needs_year: set[str] = set()
    cues: list[str] = []
    tokens: list[str] = []
    reject: list[str] = []
    bylines: list[str] = []
    for src in sources:
        where = f"graph/lexicons/{src.get('language', lang)}/dates.json"
        mdy = "mdy" in _strings(src.get("orders"), f"{where}: orders")
        for cal, table in (src.get("months") or {}).items():
            if cal not in CALENDARS:
                raise DateDataError(f"{where}: unknown calendar {cal!r} in months; use {CALENDARS}")
            for num, names in _table(table, f"{where}: months.{cal}").items():
                if not num.isdigit() or not 1 <= int(num) <= 12:
                    raise DateDataError(f"{where}: month number {num!r} not 1-12 in {cal}")
                for name in names:
                    months.setdefault(_key(name), (cal, int(num)))
                    if mdy:
                        mdy_months.append(name)
        for field, out in (("weekdays", full_days), ("weekday_abbreviations", abbr_days)):
            for day, names in _table(src.get(field), f"{where}: {field}").items():
                if day not in WEEKDAY_NAMES:
                    raise DateDataError(
                        f"{where}: {field} key {day!r} is not one of {WEEKDAY_NAMES}"
                    )
                for name in names:
                    weekdays.setdefault(_key(name), WEEKDAY_NAMES.index(day))
                    out.append(name)
        for cal, names in _table(src.get("eras"), f"{where}: eras").items():
            if cal not in CALENDARS:
                raise DateDataError(f"{where}: unknown calendar {cal!r} in eras; use {CALENDARS}")
            for name in names:
                eras.setdefault(_key(name), cal)
        case_sensitive |= {_key(p) for p in _strings(src.get("case_sensitive"), where)}
        needs_year |= {_key(p) for p in _strings(src.get("month_needs_year"), where)}
        line = src.get("date_line") or {}
        cues += _strings(line.get("cues"), f"{where}: date_line.cues")
        tokens += _strings(line.get("tokens"), f"{where}: date_line.tokens")
        reject += _strings(line.get("reject"), f"{where}: date_line.reject")
        bylines += _strings(line.get("bylines"), f"{where}: date_line.bylines")

    where = f"graph/lexicons/{lang}/dates.json"
    relative: dict[str, str] = {}
    for kind, names in _table(own.get("relative"), f"{where}: relative").items():
        if kind not in RELATIVE_KINDS:
            raise DateDataError(
                f"{where}: unknown relative kind {kind!r}; use {list(RELATIVE_KINDS)}"
            )
        for name in names:
            relative.setdefault(_key(name), kind)
    markers: dict[str, Direction] = {}
    before: list[str] = []
    after: list[str] = []
    for field, out in (("weekday_markers_before", before), ("weekday_markers_after", after)):
        for direction, names in _table(own.get(field), f"{where}: {field}").items():
            if direction not in ("past", "future", "nearest"):
                raise DateDataError(f"{where}: {field} key {direction!r} not past/future/nearest")
            for name in names:
                markers.setdefault(_key(name), cast(Direction, direction))
                out.append(name)
    year_before = _strings(own.get("year_before"), f"{where}: year_before")
    year_after = _strings(own.get("year_after"), f"{where}: year_after")
    hijri = own.get("hijri_default")
    if hijri not in (None, "persian", "islamic"):
        raise DateDataError(f"{where}: hijri_default must be null, 'persian' or 'islamic'")

    clitics = "".join(_strings(own.get("clitics"), f"{where}: clitics"))
    lb = rf"(?:(?<!\w)|(?<=(?<!\w)[{re.escape(clitics)}]))" if clitics else r"(?<!\w)"
    e = r"(?!\w)"
    nd = r"(?<![\w.,:/-])"  # a number starts here
    if clitics:
        nd = rf"(?:{nd}|(?<=(?<!\w)[{re.escape(clitics)}]))"
    mon = _alt(_all_month_names(sources))
    mon_mdy = _alt(mdy_months)
    wd_any = _alt(full_days + abbr_days)
    wd_full = _alt(full_days)
    pre = _alt(_strings(own.get("weekday_prefixes"), f"{where}: weekday_prefixes"))
    suf = _alt(_strings(own.get("day_suffixes"), f"{where}: day_suffixes"))
    join = _alt(_strings(own.get("day_month_joiners"), f"{where}: day_month_joiners"))
    # days written as ordinal words: "السادس من تشرين الأول" (the sixth of October)
    day_words: dict[str, int] = {}
    day_names: list[str] = []
    for num, names in _table(own.get("day_words"), f"{where}: day_words").items():
        if not num.isdigit() or not 1 <= int(num) <= 31:
            raise DateDataError(f"{where}: day_words key {num!r} not 1-31")
        for name in names:
            day_words.setdefault(_key(name), int(num))
            day_names.append(name)
    yjoin = _alt(_strings(own.get("month_year_joiners"), f"{where}: month_year_joiners"))
    era = _alt(n for src in sources for names in (src.get("eras") or {}).values() for n in names)
    ya = _alt(year_after)
    yb = _alt(year_before)
    rel = _alt(n for names in (own.get("relative") or {}).values() for n in names)
    mb = _alt(before)
    ma = _alt(after)

    def tail(p: str) -> str:
        return rf"(?:\s*(?P<{p}ya>{ya}){e})?(?:\s*(?P<{p}era>{era}){e})?"

    def day(p: str) -> str:
        digits = rf"{nd}(?P<{p}d>[0-3]?\d)(?:{suf})?{e}"
        if p != "d" or not day_words:
            return digits
        # (or the day's ordinal word, with "of" after it)
        return rf"(?:{digits}|{lb}(?P<dw>{_alt(day_names)}){e}(?=\s+{join}\s))"

    iso = (
        rf"{nd}(?P<iy>\d{{4}})(?P<is>[-/.])(?P<im>[01]?\d)(?P=is)(?P<id>[0-3]?\d)"
        r"(?:t\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?(?![\d/]|[.-]\d)"
        rf"(?:\s*(?P<iera>{era}){e})?"
    )
    num = (
        rf"{nd}(?P<na>[0-3]?\d)(?P<ns>[-/.])(?P<nb>[0-3]?\d)(?P=ns)(?P<ny>\d{{4}})"
        rf"(?![\d/]|[.-]\d)(?:\s*(?P<nera>{era}){e})?"
    )
    numdm = rf"{nd}(?P<ua>[0-3]?\d)/(?P<ub>[01]?\d)(?![\d/]|[.-]\d)"
    ym = rf"{nd}(?P<by>\d{{4}})-(?P<bm>[01]\d)(?![\w/]|[.-]\d)"
    second_month = rf"(?:\s*[/(]\s*{mon}{e}\s*\)?)?"
    dmy = (
        # (a period after the day where a year follows, as Central European papers write
        # it: "23. Jan 2025")
        rf"{day('d')}(?:\.(?=\s*(?:{mon}){e}\.?\s*,?\s*\d{{4}})\s*|\s*-\s*|\s*)"
        rf"(?:{join}\s+)?(?P<dm>{mon}){e}{second_month}"
        # (or a year of two digits closing its phrase: "on 14 Mar 23, when", India's PIB)
        rf"(?:(?:\s*-\s*|\s*,?\s*)(?:{yjoin}\s+)?"
        rf"(?P<dy>\d{{4}}|\d{{2}}(?=\s*[,;)]|\.(?!\d)|\s*$))(?!\d){tail('d')})?"
    )
    mdy = (
        # (the fields may be set apart by dashes: "Jul - 16 - 2025", Ghana's Graphic)
        # (a comma and a digit after the day is no date's, but for a year written close:
        # "Jun 10,2026", the Jordan Times)
        rf"(?<!\w)(?P<em>{mon_mdy}){e}\s*(?:-\s*)?(?P<ed>[0-3]?\d)(?:{suf})?{e}"
        rf"(?!\s*[:.]\d)(?!\s*,\d(?!\d{{3}}(?!\d)))"
        rf"(?:(?:\s*-\s*|\s*,?\s*)(?P<ey>\d{{4}})(?!\d){tail('e')})?"
    )
    my = rf"{lb}(?P<fm>{mon}){e}{second_month}\s*,?\s*(?P<fy>\d{{4}})(?!\d){tail('f')}"
    wdpfx = rf"(?:{lb}(?:{pre}\s+)?(?P<awd>{wd_any}){e}\s*[,،]?\s*(?:-\s*)?(?P<apar>\()?\s*)?"
    absolute = rf"(?P<abs>{wdpfx}(?:{iso}|{num}|{ym}|{numdm}|{dmy}|{mdy}|{my})(?(apar)\s*\)))"
    relative_rx = (
        rf"(?P<rel>{lb}(?P<rp>{rel}){e}"
        rf"(?:\s*(?P<rpar>\()?\s*[,،-]?\s*(?:{pre}\s+)?(?P<rwd>{wd_full}){e}(?(rpar)\s*\)))?)"
    )
    weekday_rx = (
        rf"(?P<wk>{lb}(?:(?P<wpre>{pre})\s+)?(?:(?P<wmb>{mb})\s+)?(?P<wwd>{wd_full}){e}"
        rf"(?:\s+(?P<wma>{ma}){e})?)"
    )
    year_rx = rf"(?P<yr>(?:{lb}(?P<ypre>{yb})\s+)?{nd}(?P<yy>\d{{4}})(?!\d){tail('y')})"
    rx = re.compile("|".join((absolute, relative_rx, weekday_rx, year_rx)))

    strip = [_TIME, _alt(cues), _alt(tokens), r"\d+"]
    # a month named with "last" and no day nor year: "في آب الماضي", "last October"
    past = own.get("past_month") or {}
    past_after = _strings(past.get("after"), f"{where}: past_month")
    past_before = _strings(past.get("before"), f"{where}: past_month")
    # a month named with "last year": "в октябре прошлого года", "Oktober tahun lalu"
    last_year = _strings(own.get("month_last_year"), f"{where}: month_last_year")
    past_rx = None
    if past_after or past_before or last_year:
        # (Gregorian months, and where a language's own calendar is another, its months too:
        # "مهرماه گذشته", last Mehr)
        cals = {"gregorian", own.get("hijri_default")} - {"islamic", None}
        gregorian = _alt(
            n for n in _all_month_names(sources) if months.get(_key(n), ("", 0))[0] in cals
        )
        forms = [rf"(?P<ly>{gregorian})\s+{_alt(last_year)}"] if last_year else []
        if past_after:
            forms.append(rf"(?P<pm>{gregorian})\s+{_alt(past_after)}")
        if past_before:
            forms.append(rf"{_alt(past_before)}\s+(?P<pb>{gregorian})")
        past_rx = re.compile(rf"{lb}(?:{'|'.join(forms)}){e}")
    return _Lang(
        code=lang,
        rx=rx,
        months=months,
        month_needs_year=needs_year,
        weekdays=weekdays,
        needs_prefix={_key(p) for p in _strings(own.get("weekday_needs_prefix"), where)},
        case_sensitive=case_sensitive,
        relative=relative,
        markers=markers,
        eras=eras,
        blockers={_key(p) for p in _strings(own.get("blockers"), f"{where}: blockers")},
        blockers_after={_key(p) for p in _strings(own.get("blockers_after"), where)},
        followers={
            _key(phrase): tuple(
                "-" + _key(w[1:]) if w.startswith("-") else _key(w)
                for w in _strings(words, where)
            )
            for phrase, words in _table(own.get("relative_followers"), where).items()
        },
        hijri_default=hijri,
        cue_rx=re.compile(rf"(?<!\w){_alt(cues)}(?!\w)"),
        strip_rx=re.compile("|".join(rf"(?<!\w){s}(?!\w)" for s in strip)),
        reject_rx=re.compile(_alt(reject)) if reject else None,
        past_month_rx=past_rx,
        byline_rx=re.compile(rf"\s*{_alt(bylines)}(?!\w)") if bylines else None,
        day_words=day_words,
    )


def _all_month_names(sources: list[dict[str, Any]]) -> list[str]:
    return [
        name
        for src in sources
        for table in (src.get("months") or {}).values()
        for names in table.values()
        for name in names
    ]


def month_names(lang: str) -> frozenset[str]:
    """The language's Gregorian month names written out (the first of each month's
    forms: "January", not "Jan."), lowercased."""
    table = (_raw(lang).get("months") or {}).get("gregorian") or {}
    return frozenset(names[0].lower() for names in table.values() if names)


# --------------------------------------------------------------------------- calendars

_Converter = Callable[..., tuple[int, int, int]]
_TO_GREGORIAN: dict[str, _Converter] = {
    "persian": persian.to_gregorian,
    "islamic": islamic.to_gregorian,
}
_FROM_GREGORIAN: dict[str, _Converter] = {
    "persian": persian.from_gregorian,
    "islamic": islamic.from_gregorian,
}


@cache
def _month_length(cal: str, year: int, month: int) -> int:
    if cal == "persian":
        return int(persian.month_length(year, month))
    if cal == "islamic":
        return int(islamic.month_length(year, month))
    return _gregorian_calendar.monthrange(year, month)[1]


def _valid(cal: str, year: int, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= _month_length(cal, year, month)


@cache  # convertdate's Solar Hijri is astronomical and slow (~0.1 s a call)
def _to_date(cal: str, year: int, month: int, day: int) -> date:
    if cal == "gregorian":
        return date(year, month, day)
    return date(*_TO_GREGORIAN[cal](year, month, day))


def _make(
    cal: str, year: int, month: int | None, day: int | None, original: str | None
) -> PartialDate | None:
    """A Gregorian PartialDate from a date in ``cal``, widened to what is certain."""
    if month is not None and not _valid(cal, year, month, day):
        return None
    if cal == "gregorian":
        return PartialDate(year, month, day, original=original)
    if month is not None and day is not None:
        g = _to_date(cal, year, month, day)
        return PartialDate(g.year, g.month, g.day, original=original, calendar=cal)
    first = _to_date(cal, year, month or 1, 1)
    last_month = month or 12
    last = _to_date(cal, year, last_month, _month_length(cal, year, last_month))
    if month is not None and (first.year, first.month) == (last.year, last.month):
        return PartialDate(first.year, first.month, original=original, calendar=cal)
    if first.year == last.year:
        return PartialDate(first.year, original=original, calendar=cal)
    return None


@cache
def _from_date(cal: str, d: date) -> tuple[int, int, int]:
    if cal == "gregorian":
        return d.year, d.month, d.day
    y, m, day = _FROM_GREGORIAN[cal](d.year, d.month, d.day)
    return int(y), int(m), int(day)


def _bounds(published: PartialDate) -> tuple[date, date]:
    """First and last Gregorian day the publication date allows."""
    y = published.year
    if published.month is None:
        return date(y, 1, 1), date(y, 12, 31)
    if published.day is None:
        last = _gregorian_calendar.monthrange(y, published.month)[1]
        return date(y, published.month, 1), date(y, published.month, last)
    return (date(y, published.month, published.day),) * 2


def _year_for(cal: str, month: int, day: int, published: PartialDate) -> int | None:
    """Year of a year-less date: the most recent one not after publication + 7 days."""
    years = set()
    for bound in _bounds(published):
        limit = bound + timedelta(days=7)
        ly, lm, ld = _from_date(cal, limit)
        for year in range(ly, ly - 9, -1):
            if _valid(cal, year, month, day) and (year, month, day) <= (ly, lm, ld):
                years.add(year)
                break
    return years.pop() if len(years) == 1 else None


def _day(published: PartialDate | None) -> date | None:
    if published is None or published.day is None or published.month is None:
        return None
    try:
        return date(published.year, published.month, published.day)
    except ValueError:
        return None


def resolve_weekday(
    published: PartialDate, weekday: int, *, direction: Direction = "past"
) -> PartialDate | None:
    """The date of ``weekday`` (0=Monday) relative to ``published``.

    past: the most recent on or before it; future: the next on or after it; nearest:
    whichever is closer.  None unless ``published`` is known to the day.
    """
    if not 0 <= weekday <= 6:
        raise ValueError(f"weekday must be 0 (Monday) … 6 (Sunday), got {weekday}")
    if direction not in ("past", "future", "nearest"):
        raise ValueError(f"direction must be 'past', 'future' or 'nearest', got {direction!r}")
    pub = _day(published)
    if pub is None:
        return None
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if direction == "past" or (direction == "nearest" and back <= ahead):
        d = pub - timedelta(days=back)
    else:
        d = pub + timedelta(days=ahead)
    return PartialDate(d.year, d.month, d.day)


def parse_iso(value: str) -> PartialDate | None:
    """Parse ``2020``, ``2020-11``, ``2020-11-15`` or an ISO datetime; None if not one."""
    m = re.fullmatch(
        r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
        r"(?:Z|[+-]\d{2}:?\d{2})?)?)?)?\s*",
        to_latin_digits(value),
    )
    if not m:
        return None
    year = int(m.group(1))
    month, day = (int(g) if g else None for g in m.groups()[1:])
    if month is not None and not _valid("gregorian", year, month, day):
        return None
    return PartialDate(year, month, day)


# --------------------------------------------------------------------------- matching


class _Reject(Exception):
    """The match is not a date expression: rescan from the next character."""


def _calendar_for(L: _Lang, year: int, era: str | None, numeric: bool) -> str:
    if era:
        cal = L.eras.get(_key(era), "gregorian")
        ok = HIJRI_YEARS if cal != "gregorian" else (NUMERIC_YEARS if numeric else NAMED_YEARS)
        if year not in ok:
            raise _Reject
        return cal
    if year in NUMERIC_YEARS:
        return "gregorian"
    if year in HIJRI_YEARS and L.hijri_default and numeric:
        return L.hijri_default
    raise _Reject


def _absolute(
    g: dict[str, str | None], L: _Lang, published: PartialDate | None, text: str, orig: str
) -> tuple[PartialDate | None, bool]:
    """(date, year-less) for an absolute match; raises _Reject when it is no date."""
    if g["iy"]:
        y, m, d = int(g["iy"]), int(g["im"] or 0), int(g["id"] or 0)
        cal = _calendar_for(L, y, g["iera"], True)
        return _make(cal, y, m, d, text if cal != "gregorian" else None), False
    if g["by"]:
        y, m = int(g["by"]), int(g["bm"] or 0)
        if y not in NUMERIC_YEARS or m > y % 100:  # "2010-12" is a range of years
            raise _Reject
        return _make("gregorian", y, m, None, None), False
    if g["na"]:
        a, b, y = int(g["na"]), int(g["nb"] or 0), int(g["ny"] or 0)
        day, month = (b, a) if b > 12 >= a else (a, b)
        cal = _calendar_for(L, y, g["nera"], True)
        return _make(cal, y, month, day, text if cal != "gregorian" else None), False
    if g["ua"]:
        day, month = int(g["ua"]), int(g["ub"] or 0)
        if published is None or not _valid("gregorian", 2000, month, day):
            if not g["apar"]:
                raise _Reject
            return None, True
        year = _year_for("gregorian", month, day, published)
        if not g["apar"]:
            # "(19/10)" right after a weekday; without one ("di Dakar (26/11)"), only a day
            # of the week before the report: "26/11" may be no day at all (a score, an
            # event's name)
            if not year or published.day is None or published.month is None:
                raise _Reject
            back = date(published.year, published.month, published.day) - date(year, month, day)
            if not timedelta(0) <= back <= timedelta(days=7):
                raise _Reject
        return (_make("gregorian", year, month, day, text) if year else None), True
    for p in ("d", "e", "f"):
        name = g[f"{p}m"]
        if name:
            break
    else:  # pragma: no cover - the regex has no other absolute branch
        raise _Reject
    k = _key(name)
    cal, month = L.months[k]
    if k in L.case_sensitive and not _month_case_ok(orig):
        raise _Reject
    day = int(g[f"{p}d"]) if p != "f" and g[f"{p}d"] else None
    if p == "d" and day is None and g.get("dw"):
        day = L.day_words.get(_key(g["dw"]))
    ytext = g[f"{p}y"]
    if ytext is not None and len(ytext) == 2:
        # "14 Mar 23": this century's year (a solar or lunar month's, read as if no year
        # were written)
        ytext = f"20{ytext}" if cal == "gregorian" else None
    if ytext is None:
        if k in L.month_needs_year or day is None:
            raise _Reject
        if published is None or not _valid(cal, 1400 if cal != "gregorian" else 2000, month, day):
            return None, True
        year = _year_for(cal, month, day, published)
        return (_make(cal, year, month, day, text) if year else None), True
    year = int(ytext)
    era = g[f"{p}era"]
    if era and L.eras.get(_key(era), cal) != cal:
        raise _Reject
    if year not in (NAMED_YEARS if cal == "gregorian" else HIJRI_YEARS):
        raise _Reject
    original = text if cal != "gregorian" else None
    return _make(cal, year, month, day, original), False


def _between_commas(text: str, start: int, end: int) -> bool:
    """The words text[start:end] stand alone between commas, as a day does in "بحث الوزير،
    الاثنين، مع …" (and "الاثنين" alone is also "the two")."""
    return text[:start].rstrip()[-1:] in (",", "،") and text[end:].lstrip()[:1] in (",", "،")


def _on_weekday(d: PartialDate, wd: int) -> PartialDate:
    """A Hijri date with its weekday ("الخميس 9 ربيع الأول 1446"): the month's start is set
    by sighting and may differ by a day from the arithmetic calendar, so the weekday the
    report gives settles the day (within one day either way)."""
    assert d.day is not None and d.month is not None
    g = date(d.year, d.month, d.day)
    for shift in (0, -1, 1):
        c = g + timedelta(days=shift)
        if c.weekday() == wd:
            return PartialDate(c.year, c.month, c.day, original=d.original, calendar=d.calendar)
    return d


def _numeric_on_weekday(d: PartialDate, wd: int) -> PartialDate:
    """A day written in figures with its weekday ("Tuesday, 6/9/2026"): read month first
    when only that reading falls on the weekday (June 9, a Tuesday; not 6 September)."""
    if d.calendar != "gregorian" or d.day is None or d.month is None or d.day > 12:
        return d
    if date(d.year, d.month, d.day).weekday() == wd:
        return d
    if date(d.year, d.day, d.month).weekday() != wd:
        return d
    return PartialDate(d.year, d.day, d.month, original=d.original, calendar=d.calendar)


def _month_case_ok(orig: str) -> bool:
    """A case-sensitive name ("May") counts only when written with a capital."""
    first = next((c for c in orig if c.isalpha()), "")
    return first.isupper()


def _relative(kind: str, pub: date, text: str) -> PartialDate | None:
    unit, n = RELATIVE_KINDS[kind]
    if unit == "day":
        d = pub + timedelta(days=n)
        return PartialDate(d.year, d.month, d.day, original=text)
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=n)
        sunday = monday + timedelta(days=6)
        if (monday.year, monday.month) != (sunday.year, sunday.month):
            return None
        return PartialDate(monday.year, monday.month, original=text)
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + n
        return PartialDate(index // 12, index % 12 + 1, original=text)
    return PartialDate(pub.year + n, original=text)


def _word_before(folded: str, start: int) -> str:
    m = re.search(r"(\w+)\s+$", folded[max(0, start - 40) : start])
    return m.group(1) if m else ""


def _word_after(folded: str, end: int) -> str:
    m = re.match(r"\s+(\w+)", folded[end : end + 40])
    return m.group(1) if m else ""


def _interpret(
    m: re.Match[str], L: _Lang, published: PartialDate | None, source: Callable[[int, int], str]
) -> tuple[PartialDate | None, bool, int | None, int]:
    """(date or None when unresolvable, relative?, weekday, folded end of the expression).

    Raises _Reject when the match is no date expression after all.
    """
    g = m.groupdict()
    folded = m.string
    end = m.end()
    if g["abs"] is not None:
        wd = L.weekdays.get(_key(g["awd"])) if g["awd"] else None
        group = "dm" if g["dm"] else "em" if g["em"] else "fm" if g["fm"] else None
        name = source(*m.span(group)) if group else ""
        found, yearless = _absolute(g, L, published, source(m.start(), end), name)
        if (
            found is not None
            and wd is not None
            and found.calendar == "islamic"
            and found.day is not None
        ):
            found = _on_weekday(found, wd)
        elif found is not None and wd is not None and g["na"]:
            found = _numeric_on_weekday(found, wd)
        return found, yearless, wd, end
    if g["rel"] is not None:
        kind = L.relative[_key(g["rp"])]
        has_day = g["rwd"] is not None and RELATIVE_KINDS[kind][0] == "day"
        if not has_day:  # a weekday after "last week" is a separate expression
            end = m.end("rp")
        if _blocked(L, folded, m.start("rp"), m.end("rp"), has_day):
            raise _Reject
        wd = L.weekdays.get(_key(g["rwd"])) if has_day else None
        pub = _day(published)
        if pub is None:
            return None, True, wd, end
        text = source(m.start(), end)
        result = _relative(kind, pub, text)
        if wd is not None and result is not None and result.day is not None:
            got = date(result.year, result.month, result.day)
            if got.weekday() != wd:  # the stated weekday wins
                fixed = resolve_weekday(
                    _as_partial(pub),
                    wd,
                    direction="future" if RELATIVE_KINDS[kind][1] > 0 else "past",
                )
                result = _with_original(fixed, text)
        return result, True, wd, end
    if g["wk"] is not None:
        k = _key(g["wwd"])
        wd = L.weekdays[k]
        marker = g["wmb"] or g["wma"]
        if k in L.case_sensitive and not _month_case_ok(source(*m.span("wwd"))):
            raise _Reject
        if k in L.needs_prefix and not (
            g["wpre"] or marker or _between_commas(folded, m.start("wk"), end)
        ):
            raise _Reject
        if _blocked(L, folded, m.start("wk"), end, True):
            raise _Reject
        pub = _day(published)
        if pub is None:
            return None, True, wd, end
        direction: Direction = L.markers.get(_key(marker), "past") if marker else "past"
        base = pub
        if marker and direction == "past":
            base = pub - timedelta(days=1)  # "last Tuesday" is never today
        elif marker and direction == "future":
            base = pub + timedelta(days=1)
        res = resolve_weekday(_as_partial(base), wd, direction=direction)
        return _with_original(res, source(m.start(), end)), True, wd, end
    # a bare year: needs a year word or an era marker
    if not (g["ypre"] or g["yya"] or g["yera"]):
        raise _Reject
    year = int(g["yy"] or 0)
    era = g["yera"]
    cal = _calendar_for(L, year, era, not era)
    original = source(m.start(), end) if cal != "gregorian" else None
    return _make(cal, year, None, None, original), False, None, end


def _as_partial(d: date) -> PartialDate:
    return PartialDate(d.year, d.month, d.day)


def _with_original(d: PartialDate | None, text: str) -> PartialDate | None:
    return None if d is None else PartialDate(d.year, d.month, d.day, original=text)


def _blocked(L: _Lang, folded: str, start: int, end: int, has_tail: bool) -> bool:
    before = _word_before(folded, start)
    if before.isdigit() or _key(before) in L.blockers:
        return True
    after = _key(_word_after(folded, end))
    followers = L.followers.get(_key(folded[start:end]))
    if followers is not None and after and not any(
        after == w or (w.startswith("-") and after.endswith(w[1:])) for w in followers
    ):
        return True  # "накануне визита" is "on the eve of the visit"
    return not has_tail and after in L.blockers_after


def _scan(text: str, lang: str, published: PartialDate | None) -> list[DateMention]:
    L = _lang(lang)
    folded, index = _fold(text)

    def orig_of(s: int, e: int) -> str:
        a, b = _span(index, s, e, text)
        return text[a:b]

    out: list[DateMention] = []
    pos = 0
    while True:
        m = L.rx.search(folded, pos)
        if m is None:
            return _past_months(out, text, folded, index, L, published)
        try:
            found, relative, wd, fend = _interpret(m, L, published, orig_of)
        except _Reject:
            pos = m.start() + 1
            continue
        pos = fend
        if found is not None:
            start, end = _span(index, m.start(), fend, text)
            out.append(DateMention(start, end, text[start:end], found, relative, wd))


def find_dates(text: str, lang: str, published: PartialDate | None = None) -> list[DateMention]:
    """Every date expression in ``text`` (in order, non-overlapping) as Gregorian dates.

    Relative expressions are returned only when ``published`` is known to the day;
    year-less dates only when ``published`` fixes their year.
    """
    return _scan(text, lang, published)


@cache
def _bare_month_rx(lang: str) -> re.Pattern[str] | None:
    """Gregorian month names written out (no abbreviation, none that needs a year to be a
    month: "آب"), as whole words of folded text."""
    L = _lang(lang)
    gregorian = [(k, n) for k, (cal, n) in L.months.items() if cal == "gregorian"]

    def written_out(k: str, n: int) -> bool:
        # (a short name that shortens none of its month's others and is no word said
        # otherwise: "мая", "mai", not "янв", nor the English "may")
        return len(k) >= 4 or (
            k not in L.case_sensitive
            and not any(o != k and o.startswith(k) for o, m in gregorian if m == n)
        )

    names = sorted(
        (
            k
            for k, n in gregorian
            if written_out(k, n) and k.isalpha() and k not in L.month_needs_year
        ),
        key=lambda k: (-len(k), k),
    )
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")


def past_bare_months(
    text: str,
    lang: str,
    published: PartialDate | None,
    found: list[DateMention] | None = None,
) -> list[DateMention]:
    """Gregorian months named alone, with no day or year and outside every date
    :func:`find_dates` reads ("in March", "в марте", "en mars"), each as the last such month
    up to the report's. That is the month of an event told as past; what is to come may be
    in the next one, so callers use these only of what was. Only with the report's month
    known. ``found``: the text's dates read already (:func:`find_dates`), not read again."""
    if published is None or published.month is None:
        return []
    rx = _bare_month_rx(lang)
    if rx is None:
        return []
    L = _lang(lang)
    folded, index = _fold(text)
    taken = find_dates(text, lang, published) if found is None else found
    out = []
    for m in rx.finditer(folded):
        key = _key(m.group())
        month = L.months[key][1]
        start, end = _span(index, m.start(), m.end(), text)
        if key in L.case_sensitive and not _month_case_ok(text[start:end]):
            continue  # ("may": no month)
        if any(d.start < end and start < d.end for d in taken):
            continue
        year = published.year if month <= published.month else published.year - 1
        when = PartialDate(year, month, None, original=text[start:end])
        out.append(DateMention(start, end, text[start:end], when, True))
    return out


def _past_months(
    found: list[DateMention],
    text: str,
    folded: str,
    index: list[int] | None,
    L: _Lang,
    published: PartialDate | None,
) -> list[DateMention]:
    """``found`` and the months named with "last" (``past_month``) outside them: the last
    such month before the report ("last October" in October: a year ago)."""
    if L.past_month_rx is None or published is None or published.month is None:
        return found
    extra = []
    for m in L.past_month_rx.finditer(folded):
        groups = m.groupdict()
        last_year = groups.get("ly")
        name = last_year or groups.get("pm") or groups.get("pb")
        cal, month = L.months[_key(name)]
        start, end = _span(index, m.start(), m.end(), text)
        if _key(name) in L.case_sensitive and not _month_case_ok(
            text[start:end].split()[0 if last_year else -1]
        ):
            continue  # ("last may": no month)
        if last_year or cal != "gregorian":
            # (it takes in the year said after it: "last year" alone is found already; and
            # a month of another calendar its "last": "مهر ماه گذشته" is no "last month")
            found = [d for d in found if not (start <= d.start and d.end <= end)]
        if any(d.start < end and start < d.end for d in found):
            continue
        # (the last such month before the report, or the one of the year before)
        if cal == "gregorian":
            year = published.year - 1 if last_year or month >= published.month else published.year
            when: PartialDate | None = PartialDate(year, month, None, original=text[start:end])
        else:
            # (counted in that calendar: its month as precise as it is in ours, a year when
            # it spans two months, none when it spans two years; see _make)
            py, pm, _pd = _from_date(cal, date(published.year, published.month, published.day or 1))
            year = py - 1 if last_year or month >= pm else py
            when = _make(cal, year, month, None, text[start:end])
        if when is None:
            continue
        extra.append(DateMention(start, end, text[start:end], when, True))
    return sorted(found + extra, key=lambda d: d.start) if extra else found


# --------------------------------------------------------------------------- date line


# a newspaper issue's number: "№71", "№ 71"
_ISSUE_NUMBER = re.compile(r"№\s*\d+")


def _date_line(line: str, L: _Lang) -> PartialDate | None:
    """The date of a line that is a date line ("Rabu, 20 Oktober 2021 - 12:47 WIB")."""
    folded = _fold(line)[0]
    if L.reject_rx is not None and L.reject_rx.search(folded):
        return None
    mentions = [m for m in _scan(line, L.code, None) if not m.relative]
    if not mentions:
        return None
    # the most precise date of the line ("3 رمضان 1445 هـ - 13 مارس 2024": the Gregorian day)
    # (a lunar date converted by arithmetic can be a day off the sighted one the line also
    # gives in the Gregorian calendar: "الأحد 27 شعبان 1444هـ الموافق 19 آذار 2023")
    rank = {"year": 0, "month": 1, "day": 2}
    first = max(
        mentions, key=lambda m: (rank[m.date.precision], m.date.calendar == "gregorian")
    )
    residual = line
    for m in reversed(mentions):
        residual = residual[: m.start] + " " + residual[m.end :]
    rest = L.strip_rx.sub(" ", _fold(residual)[0])
    words = re.findall(r"[^\W\d_]+", rest)
    before = _fold(line[: mentions[0].start])[0]
    has_cue = L.cue_rx.search(before) is not None
    words_before = re.findall(r"[^\W\d_]+", L.strip_rx.sub(" ", before))
    if first.date.precision == "year" and not has_cue:
        return None
    if len(words) <= 3 or (has_cue and not words_before):
        return first.date
    lead = re.findall(r"[^\W\d_]+", line[: mentions[0].start])
    tail = re.findall(r"[^\W\d_]+", line[mentions[-1].end :])
    if has_cue and len(lead) <= 5 and all(w[:1].isupper() for w in lead) and len(tail) <= 5:
        # a byline before the cue: "Tahir Niaz Khokhar Published January 14, 2025 Updated a
        # day ago"
        return first.date
    if (
        L.byline_rx is not None
        and L.byline_rx.match(_fold(line)[0])
        and not line[mentions[-1].end :].strip()
        and len(lead) <= 8
    ):
        # a byline that ends with its date: "By Aigerim Temirbekova in Diplomacy on 11 June
        # 2025" (a sentence would end with a stop)
        return first.date
    if _ISSUE_NUMBER.search(line) and len(line) <= 100 and first.date.precision == "day":
        # a paper's issue line: "Газета «Коммерсантъ» №71 от 19.04.2025, стр. 5"
        return first.date
    fields = _META_SEPARATOR.split(line)
    if len(fields) > 1 and len(line) <= 160:
        # a meta line of fields: "Hungary Today | 05.09.2024 | MTI", "OLJ / Par X, le 10 juin
        # 2026 à 00h00"
        for field in fields:
            found = _date_line(field, L)
            if found is not None:
                return found
    dash = _DATELINE_DASH.search(line)
    outlet, rest = (line[: dash.start()], line[dash.end() :]) if dash else (line, "")
    if (
        dash
        and len(outlet) <= 40
        and not any(w[:1].islower() for w in re.findall(r"[^\W\d_]+", outlet))
    ):
        # an outlet and its city, then the date: "TRIBUN-PAPUA.COM, JAYAPURA - Jumat, 3
        # Oktober 2025 08:14 WIT"
        return _date_line(rest, L)
    return None


_META_SEPARATOR = re.compile(r"\s[|·•/]\s")


# (or an agency's name in capitals between brackets, then the body: "Abuja, May 19, 2025
# (NAN) The Minister of State …", Nigeria's NAN style)
_DATELINE_DASH = re.compile(r"\s(?:-|–|—|--)\s|\)\s*(?:-|–|—)|\([A-Z]{2,8}\)(?=\s+\w)")
# an agency's name in brackets or between slashes ("(شينخوا)", "/MONTSAME/")
_DATELINE_AGENCY = re.compile(r"\([^()\d]{2,40}\)|/[^/\d]{2,40}/")


def _dateline_head(line: str, L: _Lang) -> PartialDate | None:
    """The full date in the head of a body's first line, before its dash: "Bamako, 1er
    septembre 2023 (AMAP) – Le ministre …", "TEHRAN, Oct. 17, 2023 (IRNA) - …"."""
    dash = _DATELINE_DASH.search(line[:120])
    # … or its agency in brackets or slashes right after the date, with no dash:
    # "مقديشو 19 فبراير 2025 (شينخوا) أجرى …"
    agency = None if dash is not None else _DATELINE_AGENCY.search(line[:120])
    if dash is None and agency is None:
        return None
    segment = line[: dash.start() + 1] if dash is not None else line[: agency.start()]
    found = _scan(segment, L.code, None)
    if agency is not None and (not found or segment[found[-1].end :].strip(" ,")):
        return None
    mentions = [m for m in found if not m.relative and m.date.precision == "day"]
    if not mentions:
        return None
    before = re.findall(r"[^\W\d_]+", segment[: mentions[0].start])
    # a place (and an agency) before the date: few words, none in lower case (but the
    # French "le" of "Djibouti, le 17/01/2025 (ADI) –")
    ok = len(before) <= 3 and not any(w[:1].islower() and w != "le" for w in before)
    # the Gregorian day the head gives beside a lunar one ("طرابلس 11 محرم 1447 هـ الموافق 6
    # يوليو 2025 م"): arithmetic conversion can be a day off the sighted month
    best = max(mentions, key=lambda m: m.date.calendar == "gregorian")
    return best.date if ok else None


def yearless_dateline(text: str, lang: str) -> tuple[int, int] | None:
    """The (month, day) of a date line that gives no year ("Accra, July 9, GNA – …",
    "ТОКИО, 15 октября. /ТАСС/.", "БРАТИСЛАВА, 24 янв — РИА Новости"): a place of up to
    three words, a comma, then a day and a month's name, at the start of one of the head's
    lines, or a line of the day and month alone ("Vendredi 11 avril"); None when there is
    no such line."""
    L = _lang(lang)
    # (a leap year's last week: any day of the year reads in it)
    ref = PartialDate(2000, 12, 24)
    lines = [line for line in text.splitlines() if line.strip()][:HEAD_LINES]
    for line in lines:
        segment = line[:80]
        mentions = _scan(segment, L.code, ref)
        if not mentions:
            continue
        m = mentions[0]
        # (a day of the month in figures: not "today", "on Tuesday")
        if not m.relative or m.date.precision != "day" or not re.search(r"\d", m.text):
            continue
        before = segment[: m.start].rstrip()
        words = re.findall(r"[^\W\d_]+", before)
        # (or a line of the date alone: "Vendredi 11 avril" under the outlet's name)
        alone = line.strip().rstrip(".") == m.text
        if (
            (alone or before.endswith((",", "،")))
            and (alone or 1 <= len(words) <= 3)
            and not any(w[:1].islower() for w in words)
            and m.date.month is not None
            and m.date.day is not None
            and m.date.calendar == "gregorian"
        ):
            return m.date.month, m.date.day
    return None


def is_date_line(line: str, lang: str) -> bool:
    """Whether the line is an article's date line ("Publié le 5 décembre 2023 par la
    Rédaction", "Rabu, 20 Oktober 2021 - 12:47 WIB", a short "نواكشوط، 21/05/2024 –
    الوكالة الموريتانية للأنباء"), not a sentence with a date."""
    L = _lang(lang)
    if _date_line(line, L) is not None:
        return True
    return len(line.split()) <= 10 and _dateline_head(line, L) is not None


def _month_first(found: PartialDate, line: str, head: list[str], L: _Lang) -> PartialDate:
    """A numeric date line that reads both ways ("03/10/2025"), whose other reading the
    head's own date line gives by the month's name ("Taipei, March 10 (CNA)"): that other
    reading, month first, as American style writes it."""
    if (
        found.precision != "day"
        or found.calendar != "gregorian"
        or found.day is None
        or found.month is None
        or found.day > 12
        or found.day == found.month
        or not re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}", line)
    ):
        return found
    swapped = PartialDate(found.year, found.day, found.month)
    for other in head:
        if other == line:
            continue
        for m in _scan(other, L.code, swapped):
            # (a day and a month's name, its year from the date: not "today", "on Monday")
            if re.search(r"\d", m.text) and (m.date.month, m.date.day) == (
                swapped.month,
                swapped.day,
            ):
                return swapped
    return found


def parse_publication_date(text: str, lang: str) -> PartialDate | None:
    """The article's own date from its date line near the top (or, failing that, the end).

    Looks at the first ~12 non-empty lines / ~800 characters, then the last 5 lines, for a
    line that is mostly a date or starts with a date cue ("Published:", "تاریخ"); a date
    inside a body sentence is never taken.  None when there is no such line.
    """
    L = _lang(lang)
    lines = [line for line in text.splitlines() if line.strip()]
    head: list[str] = []
    used = 0
    for line in lines:
        if len(head) >= HEAD_LINES or used >= HEAD_CHARS:
            break
        head.append(line[: max(200, HEAD_CHARS - used)])
        used += len(line)
    for line in head:
        found = _date_line(line, L)
        if found is not None:
            return _month_first(found, line, head, L)
    for line in head:
        found = _dateline_head(line, L)
        if found is not None:
            return found
    for line in lines[len(head) :][-TAIL_LINES:]:
        found = _date_line(line, L)
        if found is not None:
            # ("Published: 3/12/2025" at the end, below "Lima, Mar. 12 (ANDINA).")
            return _month_first(found, line, head, L)
    return None
