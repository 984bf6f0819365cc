"""Synthetic news corpus for benchmarks: realistic short agency reports in six languages.

    python bench/corpus.py --n 1000 --out DIR [--seed 7] [--langs en,id,fa,ar,ru,fr]

Each article (120-300 words) reports officials meeting (held, planned, by phone, on a
visit) and often an agreement (signed, planned, discussed), in the style of national news
agencies: a headline, a date line (Solar Hijri in Persian), an agency credit, titles before
or after names, ranks, counterparts, relative and absolute dates.  The slots are filled
with the package's own data: officials from ``graph/lexicons/<lang>/persons.tsv`` (and new
names combined from their parts), office words from ``titles.tsv``, ranks from
``ranks.tsv``, country names and adjectives from ``countries.tsv`` and
``graph/data/countries.csv``, cities from ``places.tsv``, month, weekday and relative date
words from ``dates.json``, agencies from ``graph/data/news_agencies.tsv``.

The output depends only on ``(n, seed, langs)``: ``generate(n, seed)`` returns the same
articles on every run and machine.  Articles are spread round-robin over the languages,
so every language gets ``n // len(langs)`` or one more.  Each language has a fixed cast of
officials per seed, so the same people recur across articles (as in real news) and the
resolver has merging to do.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from graph.lexicon import countries as _country_table  # noqa: E402
from graph.lexicon import load_lexicon  # noqa: E402
from graph.resources import data_file, lexicon_folder  # noqa: E402

LANGS: tuple[str, ...] = ("en", "id", "fa", "ar", "ru", "fr")

# how often a country takes part in the generated news (the corpus is about Iran's and
# its neighbours' military diplomacy, like the seeds, but reaches far beyond)
COUNTRY_WEIGHTS: dict[str, int] = {
    "IR": 8, "IQ": 5, "RU": 6, "CN": 4, "TR": 4, "US": 3, "SY": 3, "SA": 3, "ID": 4,
    "FR": 3, "IN": 3, "PK": 3, "EG": 2, "AE": 2, "QA": 2, "BY": 2, "AZ": 2, "AM": 1,
    "KZ": 1, "MY": 2, "DZ": 1, "OM": 1, "JO": 1, "LB": 1, "VE": 1, "KP": 1, "BR": 1,
    "ZA": 1, "DE": 1, "IT": 1, "JP": 1, "KR": 1, "AF": 1, "TJ": 1, "UZ": 1, "SG": 1,
}  # fmt: skip

ROLES: tuple[str, ...] = (
    "defence_minister",
    "foreign_minister",
    "chief_of_general_staff",
    "chief_of_staff_armed_forces",
    "head_of_state",
    "head_of_government",
    "deputy_defence_minister",
    "army_commander",
    "navy_commander",
    "ambassador",
)
ROLE_WEIGHTS: tuple[int, ...] = (8, 6, 4, 3, 3, 2, 2, 2, 2, 1)
MILITARY = frozenset(
    {"chief_of_general_staff", "chief_of_staff_armed_forces", "army_commander", "navy_commander"}
)
RANKS: tuple[str, ...] = ("general", "lieutenant_general", "major_general", "brigadier_general")
START, END = _dt.date(2019, 1, 1), _dt.date(2024, 12, 31)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class SynthArticle:
    """One generated article: ``id`` is unique in the corpus, ``text`` is the file's content."""

    id: str
    lang: str
    text: str

    @property
    def filename(self) -> str:
        return f"{self.id}.txt"


# --------------------------------------------------------------------------- cast


@dataclass(frozen=True)
class _Country:
    code: str
    name: str  # nominative
    adj: str  # adjective (ar: definite masculine)
    gen: str  # ru: genitive; fr: "de l'Iran"; else the name
    art: str  # fr: with its article ("l'Iran"); else the name
    places: tuple[tuple[str, str], ...]  # (as a name, after "in"/"в" etc.), capital first


@dataclass(frozen=True)
class _Official:
    name: str
    code: str
    role: str
    rank: str | None

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True)
class _Cast:
    lang: str
    countries: dict[str, _Country]
    titles: dict[str, str]
    ranks: dict[str, str]
    officials: dict[tuple[str, str], _Official]
    months: tuple[str, ...]  # 12 Gregorian month names (ru: genitive)
    pmonths: tuple[str, ...]  # Solar Hijri months (fa only)
    weekdays: dict[str, str]  # weekday key → form used after the usual preposition
    relative: dict[str, str]
    agencies: tuple[str, ...]


_SCRIPT = {
    "latin": re.compile(r"^[A-Za-z][A-Za-z .'-]*$"),
    "cyrillic": re.compile(r"^[А-Яа-яЁё][А-Яа-яЁё .-]*$"),
    "arabic": re.compile(r"^[\u0600-\u06FF\u200c ]+$"),
}
_LANG_SCRIPT = {"en": "latin", "id": "latin", "fr": "latin", "ru": "cyrillic"}


def _first(rows: list[tuple[str, str, str]], value: str, col: int = 1) -> str | None:
    for row in rows:
        if row[col] == value:
            return row[0]
    return None


def _country_forms(lang: str, code: str) -> _Country | None:
    lex = load_lexicon(lang)
    names = [p for p, c, kind in lex.countries if c == code and kind == "name"]
    adjs = [p for p, c, kind in lex.countries if c == code and kind == "adjective"]
    if not names or "," in names[0]:
        return None
    name = names[0]
    adj = adjs[0] if adjs else ""
    gen = art = name
    if lang in ("en", "fr", "ar") and not adj:
        return None
    if lang == "ar":
        definite = [a for a in adjs if a.startswith("ال") and a[2:] == adjs[0]]
        adj = definite[0] if definite else "ال" + adjs[0]
    elif lang == "ru":
        gen = names[1] if len(names) > 1 and names[1][:3] == name[:3] else name
    elif lang == "fr":
        for prefix in ("de l'", "de la ", "du ", "des ", "d'"):
            hit = [n for n in names if n.startswith(prefix)]
            if hit:
                gen = hit[0]
                break
        else:
            return None
        for prefix in ("l'", "la ", "le ", "les "):
            hit = [n for n in names if n.startswith(prefix)]
            if hit:
                art = hit[0]
                break
    groups: dict[str, list[str]] = {}
    for phrase, english, cc in lex.places:
        if cc == code and "," not in phrase and not phrase.startswith(("Le ", "Les ")):
            groups.setdefault(english, []).append(phrase)
    if not groups:
        return None
    capital = _country_table().get(code)
    order = sorted(groups, key=lambda e: (capital is None or e != capital.capital, e))
    places = []
    for english in order[:4]:
        forms = groups[english]
        # ru lists a city's forms nom, gen, dat, ins, prep: "в Тегеране"
        places.append((forms[0], _locative(forms) if lang == "ru" else forms[0]))
    return _Country(code, name, adj, gen, art, tuple(places))


def _locative(forms: list[str]) -> str:
    """The Russian form after "в": "Тегеране", "Москве", "Астрахани", "Грозном"."""
    nom = forms[0]
    for ending in ("е", "и", "ом"):
        hit = [f for f in forms[1:] if f.endswith(ending) and f != nom]
        if hit:
            return hit[0]
    return nom


def _dates_json(lang: str) -> dict:  # type: ignore[type-arg]
    folder = lexicon_folder(lang)
    if folder is None:
        raise ValueError(f"no lexicon folder for {lang!r}; pick one of {', '.join(LANGS)}")
    return json.loads((folder / "dates.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _agencies(lang: str) -> tuple[str, ...]:
    script = _LANG_SCRIPT.get(lang, "arabic")
    out = []
    with data_file("news_agencies.tsv").open(encoding="utf-8") as fh:
        for raw in fh:
            if not raw.strip() or raw.startswith("#"):
                continue
            name, _cc, *rest = (c.strip() for c in raw.rstrip("\n").split("\t"))
            langs = rest[0].split(",") if rest and rest[0] else []
            # Persian and Arabic share a script but not every letter
            foreign = {"fa": "يكة", "ar": "پچژگیک"}.get(lang, "")
            if any(ch in name for ch in foreign):
                continue
            if (not langs or lang in langs) and _SCRIPT[script].match(name):
                out.append(name)
    return tuple(out) or ("AFP",)


def _name_parts(lang: str) -> tuple[list[str], list[str]]:
    """Given names and family names to combine into new officials' names."""
    lex = load_lexicon(lang)
    full = [name.split() for name, _cc, _role in lex.persons if len(name.split()) >= 2]
    # a bare surname the gazetteer knows ("Putin") would make a new official a famous one
    known = {name for name, _cc, _role in lex.persons if " " not in name}
    given = sorted({parts[0] for parts in full if len(parts[0]) > 2})
    family = sorted({parts[-1] for parts in full if len(parts[-1]) > 2} - known)
    if lang in ("fa", "ar"):
        extra = [g for g in lex.given_names if " " not in g and len(g) > 2][:120]
        given = sorted(set(given) | set(extra))
        if lang == "ar":  # "أحمد حسن": given name and father's name
            family = sorted((set(family) | set(extra)) - known)
        else:  # Persian family names from given names: احمدی, حسینی, کریمی
            family = sorted((set(family) | {g + "ی" for g in extra if g[-1] not in "یهاو"}) - known)
    elif lang == "ru":  # family names from given names: Андреев, Сергеев, Владимиров
        derived = {
            g[:-1] + "ев" if g.endswith("й") else g + "ов" for g in given if g[-1] not in "аяь"
        }
        family = sorted((set(family) | derived) - known)
    return given, family


@cache
def _cast(lang: str, seed: int) -> _Cast:
    rng = random.Random(f"cast:{lang}:{seed}")
    lex = load_lexicon(lang)
    countries = {}
    for code in COUNTRY_WEIGHTS:
        forms = _country_forms(lang, code)
        if forms is not None:
            countries[code] = forms
    titles = {}
    for role in ROLES:
        phrase = _first(lex.titles, role)
        if phrase:
            titles[role] = phrase
    ranks = {}
    for rank in RANKS:
        forms = [p for p, r, _ in lex.ranks if r == rank]
        if lang == "ar":
            forms = [p for p in forms if p.startswith("ال")] or forms
        if forms:
            ranks[rank] = forms[0]

    officials: dict[tuple[str, str], _Official] = {}
    used: set[str] = set()
    for name, cc, role in lex.persons:
        key = (cc, role)
        if len(name.split()) >= 2 and cc in countries and role in titles and key not in officials:
            rank = rng.choice(sorted(ranks)) if role in MILITARY and ranks else None
            officials[key] = _Official(name, cc, role, rank)
            used.add(name)
    # fill the other offices with new names made of real name parts
    given, family = _name_parts(lang)
    for cc in sorted(countries):
        for role in sorted(titles):
            if (cc, role) in officials:
                continue
            for _ in range(20):
                name = f"{rng.choice(given)} {rng.choice(family)}"
                if name not in used and name.split()[0] != name.split()[1]:
                    used.add(name)
                    rank = rng.choice(sorted(ranks)) if role in MILITARY and ranks else None
                    officials[(cc, role)] = _Official(name, cc, role, rank)
                    break

    dates = _dates_json(lang)
    greg = dates["months"]["gregorian"]
    month_index = 1 if lang == "ru" else 0  # "15 ноября"
    months = tuple(greg[str(m)][month_index] for m in range(1, 13))
    pers = dates["months"].get("persian", {})
    pmonths = tuple(pers[str(m)][0] for m in range(1, 13)) if lang == "fa" else ()
    weekdays = {}
    for key in WEEKDAYS:
        forms = dates["weekdays"][key]
        acc = [f for f in forms if f.endswith("у")] if lang == "ru" else []
        weekdays[key] = (acc or forms)[0]
    relative = {k: v[0] for k, v in dates["relative"].items() if v}
    return _Cast(
        lang, countries, titles, ranks, officials, months, pmonths, weekdays, relative,
        _agencies(lang),
    )  # fmt: skip


# --------------------------------------------------------------------------- templates

# topics: en/id/fa/ar/fr as used after "on"/"tentang"/"درباره"/"في مجال"/"sur";
# ru: (accusative, genitive)
TOPICS: dict[str, list] = {  # type: ignore[type-arg]
    "en": ["defence cooperation", "military cooperation", "border security",
           "counter-terrorism cooperation", "joint military exercises", "regional security",
           "defence industry cooperation", "military training", "naval cooperation"],
    "id": ["kerja sama pertahanan", "kerja sama militer", "keamanan perbatasan",
           "pemberantasan terorisme", "latihan militer bersama", "keamanan kawasan",
           "industri pertahanan", "pendidikan dan pelatihan militer", "kerja sama maritim"],
    "fa": ["همکاری‌های دفاعی", "همکاری‌های نظامی", "امنیت مرزها", "مبارزه با تروریسم",
           "رزمایش‌های مشترک", "امنیت منطقه", "صنایع دفاعی", "آموزش‌های نظامی",
           "همکاری‌های دریایی"],
    "ar": ["التعاون الدفاعي", "التعاون العسكري", "أمن الحدود", "مكافحة الإرهاب",
           "المناورات العسكرية المشتركة", "الأمن الإقليمي", "الصناعات الدفاعية",
           "التدريب العسكري", "التعاون البحري"],
    "ru": [("военное сотрудничество", "военного сотрудничества"),
           ("безопасность границ", "безопасности границ"),
           ("борьбу с терроризмом", "борьбы с терроризмом"),
           ("совместные учения", "совместных учений"),
           ("региональную безопасность", "региональной безопасности"),
           ("военно-техническое сотрудничество", "военно-технического сотрудничества"),
           ("подготовку военных кадров", "подготовки военных кадров")],
    "fr": ["la coopération en matière de défense", "la coopération militaire",
           "la sécurité des frontières", "la lutte contre le terrorisme",
           "les exercices militaires conjoints", "la sécurité régionale",
           "l'industrie de défense", "la formation militaire", "la coopération navale"],
}  # fmt: skip

# Sentences per language and kind.  Slots: {H}/{G} host/guest official as first
# introduced, {Hs}/{Gs} their surnames, {HC}/{GC} countries (ru {HCg}/{GCg} genitive, fr
# {HCa}/{GCa} with article), {HA}/{GA} adjectives, {PL} place (after the preposition),
# {PLn} place as a name, {WHEN} event date, {FUT} future date, {T} topic (ru {Ta}/{Tg},
# fr {dT} "de la …"), {Y} a past year.
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "held": [
            "{H} met {G} in {PL} {WHEN} to discuss {T}.",
            "{H} held talks with {G} in {PL} {WHEN}, focusing on {T}.",
            "{H} received visiting {G} in {PL} {WHEN}.",
            "{G} and {H} held talks in {PL} {WHEN} on ways to expand {T}.",
        ],
        "visit": [
            "{G} arrived in {PL} {WHEN} on an official visit at the invitation of {H}. "
            "During the visit, {Gs} met {Hs} and the two sides discussed {T}.",
        ],
        "phone": ["{H} spoke by phone with {G} {WHEN} about {T}."],
        "planned": [
            "{G} will visit {PL} {FUT} for talks with {H} on {T}, officials said.",
            "{H} is scheduled to meet {G} in {PL} {FUT}.",
        ],
        "signed": [
            "{HC} and {GC} signed a memorandum of understanding on {T} during the talks.",
            "The two ministers signed an agreement on {T} between {HC} and {GC}.",
        ],
        "planned_agr": ["{HC} and {GC} are expected to sign an agreement on {T} {FUT}."],
        "discussed": [
            "The two sides also discussed a draft agreement between {HC} and {GC} on {T}."
        ],
        "quote": [
            '"Relations between {HC} and {GC} are based on mutual respect and common '
            'interests," {Hs} said.',
            "{Gs}, for his part, said his country was ready to expand {T} with {HC}.",
            '"We are determined to deepen our cooperation in all fields," {Gs} told reporters.',
            "{Hs} described the talks as constructive and said both countries faced common "
            "threats.",
        ],
        "filler": [
            "The talks come amid growing tensions in the region.",
            "Officials from both countries have held several rounds of consultations in "
            "recent months.",
            "{HC} and {GC} have maintained close ties for decades, and trade between the two "
            "countries has grown steadily.",
            "The delegation also included senior officers and experts from the defence industry.",
            "Analysts say the meeting signals a new stage in relations between the two countries.",
            "The {GA} delegation is also expected to tour a defence exhibition and visit "
            "several research centres.",
            "Both sides stressed the importance of dialogue for the stability of the region.",
            "Ties between the two countries were strained in {Y} but have improved since.",
            "A joint commission of the two countries is due to review progress on earlier "
            "commitments.",
            "No further details were released about the content of the discussions.",
        ],
    },
    "id": {
        "held": [
            "{H} bertemu dengan {G} di {PL} {WHEN} untuk membahas {T}.",
            "{H} menerima kunjungan {G} di {PL} {WHEN}.",
            "{G} mengadakan pertemuan dengan {H} di {PL} {WHEN} guna memperkuat {T}.",
        ],
        "visit": [
            "{G} tiba di {PL} {WHEN} untuk kunjungan resmi atas undangan {H}. Dalam kunjungan "
            "tersebut, {Gs} bertemu dengan {Hs} dan kedua pihak membahas {T}.",
        ],
        "phone": ["{H} berbicara melalui telepon dengan {G} {WHEN} mengenai {T}."],
        "planned": [
            "{G} dijadwalkan mengunjungi {PL} {FUT} untuk bertemu dengan {H}.",
            "{H} akan bertemu dengan {G} di {PL} {FUT} untuk membahas {T}.",
        ],
        "signed": [
            "{HC} dan {GC} menandatangani nota kesepahaman tentang {T} dalam pertemuan itu.",
        ],
        "planned_agr": ["{HC} dan {GC} akan menandatangani perjanjian tentang {T} {FUT}."],
        "discussed": [
            "Kedua pihak juga membahas rancangan perjanjian tentang {T} antara {HC} dan {GC}."
        ],
        "quote": [
            "“Hubungan {HC} dan {GC} didasarkan pada saling menghormati dan kepentingan "
            "bersama,” kata {Hs}.",
            "{Gs} mengatakan negaranya siap memperluas {T} dengan {HC}.",
            "“Kami bertekad memperdalam kerja sama di semua bidang,” ujar {Gs} kepada wartawan.",
            "{Hs} menyebut pembicaraan itu konstruktif dan menegaskan kedua negara menghadapi "
            "ancaman yang sama.",
        ],
        "filler": [
            "Pembicaraan itu berlangsung di tengah meningkatnya ketegangan di kawasan.",
            "Pejabat kedua negara telah menggelar beberapa putaran konsultasi dalam beberapa "
            "bulan terakhir.",
            "{HC} dan {GC} telah menjalin hubungan erat selama puluhan tahun dan perdagangan "
            "kedua negara terus tumbuh.",
            "Delegasi itu juga beranggotakan perwira senior dan pakar industri pertahanan.",
            "Para analis menilai pertemuan tersebut menandai babak baru hubungan kedua negara.",
            "Kedua pihak menekankan pentingnya dialog bagi stabilitas kawasan.",
            "Hubungan kedua negara sempat memburuk pada {Y} namun kemudian membaik.",
            "Komisi bersama kedua negara dijadwalkan meninjau pelaksanaan komitmen sebelumnya.",
            "Tidak ada rincian lebih lanjut mengenai isi pembicaraan tersebut.",
        ],
    },
    "fa": {
        "held": [
            "{H} {WHEN} در {PL} با {G} دیدار و گفت‌وگو کرد.",
            "{H} و {G} {WHEN} در {PL} درباره {T} گفت‌وگو کردند.",
            "{G} {WHEN} در {PL} با {H} دیدار کرد و دو طرف درباره {T} رایزنی کردند.",
        ],
        "visit": [
            "{G} {WHEN} در سفری رسمی و به دعوت {H} وارد {PL} شد. {Gs} در این سفر با {Hs} "
            "دیدار کرد و دو طرف درباره {T} گفت‌وگو کردند.",
        ],
        "phone": ["{H} {WHEN} با {G} تلفنی گفت‌وگو کرد و دو طرف درباره {T} رایزنی کردند."],
        "planned": [
            "{G} قرار است {FUT} برای دیدار با {H} به {PL} سفر کند.",
            "{H} {FUT} در {PL} با {G} دیدار خواهد کرد.",
        ],
        "signed": ["در این دیدار تفاهم‌نامه {T} میان {HC} و {GC} به امضا رسید."],
        "planned_agr": ["موافقت‌نامه {T} میان {HC} و {GC} {FUT} امضا خواهد شد."],
        "discussed": [
            "دو طرف همچنین پیش‌نویس موافقت‌نامه {T} میان {HC} و {GC} را مورد بحث و بررسی قرار دادند."
        ],
        "quote": [
            "{Hs} گفت: روابط {HC} و {GC} بر پایه احترام متقابل و منافع مشترک استوار است.",
            "{Gs} نیز گفت کشورش آماده گسترش {T} با {HC} است.",
            "{Gs} در جمع خبرنگاران گفت: ما مصمم هستیم همکاری‌ها را در همه زمینه‌ها تعمیق کنیم.",
            "{Hs} این گفت‌وگوها را سازنده خواند و گفت دو کشور با تهدیدهای مشترکی روبه‌رو هستند.",
        ],
        "filler": [
            "این گفت‌وگوها در حالی انجام می‌شود که تنش‌ها در منطقه رو به افزایش است.",
            "مقامات دو کشور در ماه‌های اخیر چندین دور رایزنی داشته‌اند.",
            "{HC} و {GC} دهه‌هاست روابط نزدیکی دارند و حجم مبادلات دو کشور رو به رشد است.",
            "هیئت همراه نیز شامل فرماندهان ارشد و کارشناسان صنایع دفاعی بود.",
            "کارشناسان این دیدار را آغاز مرحله تازه‌ای در روابط دو کشور می‌دانند.",
            "دو طرف بر اهمیت گفت‌وگو برای ثبات منطقه تاکید کردند.",
            "کمیسیون مشترک دو کشور روند اجرای تعهدات پیشین را بررسی خواهد کرد.",
            "جزئیات بیشتری از محتوای این گفت‌وگوها منتشر نشده است.",
        ],
    },
    "ar": {
        "held": [
            "التقى {H} {WHEN} في {PL} {G}، وبحث الجانبان {T}.",
            "عقد {H} محادثات مع {G} في {PL} {WHEN} تناولت سبل تعزيز {T}.",
            "استقبل {H} في {PL} {WHEN} {G} والوفد المرافق له.",
        ],
        "visit": [
            "وصل {G} إلى {PL} {WHEN} في زيارة رسمية بدعوة من {H}. والتقى {Gs} خلال الزيارة "
            "{Hs}، وبحث الجانبان {T}.",
        ],
        "phone": ["أجرى {H} {WHEN} اتصالا هاتفيا مع {G} بحثا خلاله {T}."],
        "planned": [
            "من المقرر أن يزور {G} {PL} {FUT} لإجراء محادثات مع {H}.",
            "سيلتقي {H} {G} في {PL} {FUT} لبحث {T}.",
        ],
        "signed": ["ووقع الجانبان مذكرة تفاهم بين {HC} و{GC} في مجال {T}."],
        "planned_agr": ["ومن المقرر توقيع اتفاقية بين {HC} و{GC} في مجال {T} {FUT}."],
        "discussed": ["وناقش الجانبان مشروع اتفاقية بين {HC} و{GC} في مجال {T}."],
        "quote": [
            "وقال {Hs} إن العلاقات بين {HC} و{GC} تقوم على الاحترام المتبادل والمصالح المشتركة.",
            "من جهته، أكد {Gs} استعداد بلاده لتوسيع {T} مع {HC}.",
            "وقال {Gs} للصحفيين: نحن عازمون على تعميق تعاوننا في جميع المجالات.",
            "ووصف {Hs} المحادثات بأنها بناءة، مشيرا إلى أن البلدين يواجهان تهديدات مشتركة.",
        ],
        "filler": [
            "وتأتي هذه المحادثات في ظل تصاعد التوتر في المنطقة.",
            "وعقد مسؤولو البلدين عدة جولات من المشاورات خلال الأشهر الماضية.",
            "وتربط البلدين علاقات وثيقة منذ عقود، وينمو حجم التبادل التجاري بينهما باطراد.",
            "وضم الوفد كبار الضباط وخبراء في الصناعات الدفاعية.",
            "ويرى محللون أن اللقاء يمثل مرحلة جديدة في العلاقات بين البلدين.",
            "وشدد الجانبان على أهمية الحوار من أجل استقرار المنطقة.",
            "ومن المنتظر أن تراجع اللجنة المشتركة للبلدين تنفيذ الالتزامات السابقة.",
            "ولم تكشف تفاصيل إضافية عن مضمون المحادثات.",
            "واتفق الجانبان على مواصلة المشاورات على مستوى الخبراء وتبادل المعلومات بشكل "
            "منتظم حول التطورات في المنطقة.",
            "وتناولت المحادثات أيضا سبل تبادل الخبرات في مجال التدريب وتأهيل الكوادر "
            "العسكرية في البلدين.",
        ],
    },
    "ru": {
        "held": [
            "{H} и {G} провели переговоры в {PL} {WHEN}.",
            "{H} и {G} встретились в {PL} {WHEN} и обсудили {Ta}.",
        ],
        "visit": [
            "{G} находится с официальным визитом в {PL} по приглашению, которое направил {H}. "
            "В ходе визита {Gs} и {Hs} провели переговоры {WHEN} и обсудили {Ta}.",
        ],
        "phone": ["{H} и {G} провели телефонный разговор {WHEN}, в ходе которого обсудили {Ta}."],
        "planned": [
            "{H} и {G} проведут переговоры в {PL} {FUT}.",
            "{H} и {G} встретятся в {PL} {FUT}, чтобы обсудить {Ta}.",
        ],
        "signed": [
            "{HC} и {GC} подписали меморандум о взаимопонимании в области {Tg}.",
        ],
        "planned_agr": ["{HC} и {GC} планируют подписать соглашение в области {Tg} {FUT}."],
        "discussed": ["{HC} и {GC} также обсудили проект соглашения в области {Tg}."],
        "quote": [
            "«Отношения между нашими странами основаны на взаимном уважении», — заявил {Hs}.",
            "{Gs} в свою очередь заявил, что его страна готова расширять {Ta}.",
            "«Мы намерены углублять сотрудничество во всех областях», — сказал {Gs} журналистам.",
            "{Hs} назвал переговоры конструктивными.",
        ],
        "filler": [
            "Переговоры проходят на фоне роста напряжённости в регионе.",
            "В последние месяцы представители двух стран провели несколько раундов консультаций.",
            "{HC} и {GC} поддерживают тесные связи на протяжении десятилетий.",
            "В состав делегации вошли старшие офицеры и специалисты оборонной промышленности.",
            "По мнению экспертов, встреча открывает новый этап в отношениях двух стран.",
            "Стороны подчеркнули важность диалога для стабильности в регионе.",
            "Совместная комиссия двух стран рассмотрит выполнение ранее взятых обязательств.",
            "Подробности переговоров не сообщаются.",
            "Стороны договорились продолжить консультации на уровне экспертов и регулярно "
            "обмениваться информацией о ситуации в регионе.",
            "Особое внимание было уделено вопросам подготовки кадров, обмена опытом и "
            "взаимодействия военных ведомств двух стран.",
            "Эксперты отмечают, что за последние годы объём двусторонней торговли заметно "
            "вырос, а число совместных проектов увеличилось.",
        ],
    },
    "fr": {
        "held": [
            "{H} a rencontré {G} {WHEN} à {PL} pour discuter {dT}.",
            "{H} s'est entretenu {WHEN} à {PL} avec {G} {dT2}.",
            "{H} a reçu {WHEN} à {PL} {G}, en visite officielle.",
        ],
        "visit": [
            "{G} est arrivé {WHEN} à {PL} pour une visite officielle à l'invitation {dH}. Au "
            "cours de cette visite, {Gs} s'est entretenu avec {Hs} {dT2}.",
        ],
        "phone": ["{H} s'est entretenu par téléphone {WHEN} avec {G} {dT2}."],
        "planned": [
            "{G} doit se rendre à {PL} {FUT} pour rencontrer {H}.",
            "{H} rencontrera {G} à {PL} {FUT} pour discuter {dT}.",
        ],
        "signed": ["{HCa} et {GCa} ont signé un protocole d'accord sur {T}."],
        "planned_agr": ["Un accord sur {T} entre {HCa} et {GCa} doit être signé {FUT}."],
        "discussed": [
            "Les deux parties ont également évoqué un projet d'accord entre {HCa} et {GCa} sur {T}."
        ],
        "quote": [
            "« Les relations entre nos deux pays reposent sur le respect mutuel et des intérêts "
            "communs », a déclaré {Hs}.",
            "{Gs} a pour sa part affirmé que son pays était prêt à renforcer {T}.",
            "« Nous sommes déterminés à approfondir notre coopération dans tous les domaines », "
            "a dit {Gs} à la presse.",
            "{Hs} a qualifié les discussions de constructives.",
        ],
        "filler": [
            "Ces discussions interviennent sur fond de tensions croissantes dans la région.",
            "Les responsables des deux pays ont tenu plusieurs séries de consultations ces "
            "derniers mois.",
            "Les deux pays entretiennent des liens étroits depuis des décennies.",
            "La délégation comprenait également des officiers supérieurs et des experts de "
            "l'industrie de défense.",
            "Selon les analystes, la rencontre marque une nouvelle étape dans les relations "
            "bilatérales.",
            "Les deux parties ont souligné l'importance du dialogue pour la stabilité de la "
            "région.",
            "Une commission mixte doit examiner la mise en œuvre des engagements antérieurs.",
            "Aucun détail supplémentaire n'a été communiqué sur le contenu des entretiens.",
        ],
    },
}

HEADLINES: dict[str, list[str]] = {
    "en": ["{HC}, {GC} discuss {T}", "{HA} and {GA} officials hold talks in {PLn}",
           "{HC} and {GC} to boost {T}"],
    "id": ["{HC} dan {GC} Bahas {T}", "Pejabat {HC} dan {GC} Bertemu di {PLn}"],
    "fa": ["گسترش {T} {HC} و {GC}", "دیدار مقامات {HC} و {GC} در {PLn}"],
    "ar": ["{HC} و{GC} تبحثان {T}", "محادثات بين {HC} و{GC} في {PLn}"],
    "ru": ["{HC} и {GC} обсудили {Ta}", "В {PL} прошли переговоры"],
    "fr": ["{HCa} et {GCa} discutent {dT}", "Rencontre à {PLn} entre responsables"],
}  # fmt: skip


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _de(phrase: str) -> str:
    """French ``de`` + a noun phrase, with the article contracted."""
    for art, contracted in (("le ", "du "), ("les ", "des ")):
        if phrase.startswith(art):
            return contracted + phrase[len(art) :]
    return "de " + phrase


def _official(cast: _Cast, o: _Official, country: _Country, rng: random.Random) -> str:
    """An official as first introduced: title, country, rank and name, in the language's
    usual orders."""
    lang, title = cast.lang, cast.titles[o.role]
    rank = cast.ranks.get(o.rank or "", "")
    rn = f"{rank} {o.name}" if rank else o.name
    style = rng.random()
    if lang == "en":
        if style < 0.4:
            return f"{country.adj} {title} {rn}"
        if style < 0.75:
            return f"{country.name}'s {title} {rn}"
        return f"{rn}, {country.name}'s {title.lower()},"
    if lang == "id":
        if style < 0.75:
            return f"{title} {country.name} {rn}"
        return f"{rn}, {title} {country.name},"
    if lang == "fa":
        if style < 0.6:
            return f"{title} {country.name} {rn}"
        return f"{rn} {title} {country.name}"
    if lang == "ar":
        return f"{title} {country.adj} {rn}"
    if lang == "ru":
        if style < 0.7:
            return f"{title} {country.gen} {rn}"
        return f"{rn}, {title} {country.gen},"
    # fr: "le ministre iranien de la Défense", "le chef d'état-major de l'Iran, le général X"
    if title.startswith("ministre ") and style < 0.7:
        head = f"le ministre {country.adj} {title[len('ministre ') :]}"
    elif " " not in title and style < 0.7:
        head = f"le {title} {country.adj}"
    else:
        head = f"le {title} {country.gen}"
    return f"{head}, le {rank} {o.name}," if rank else f"{head} {o.name}"


def _date_words(cast: _Cast, d: _dt.date, year: bool) -> str:
    lang, month = cast.lang, cast.months[d.month - 1]
    if lang == "en":
        return f"{d.day} {month} {d.year}" if year else f"{month} {d.day}"
    return f"{d.day} {month} {d.year}" if year else f"{d.day} {month}"


def _persian(d: _dt.date) -> tuple[int, int, int]:
    from convertdate import persian

    y, m, day = persian.from_gregorian(d.year, d.month, d.day)
    return int(y), int(m), int(day)


def _when(cast: _Cast, pub: _dt.date, event: _dt.date, rng: random.Random) -> str:
    """The event date as a reporter writes it, relative to the publication date."""
    lang, delta = cast.lang, (pub - event).days
    wd = cast.weekdays[WEEKDAYS[event.weekday()]]
    if delta == 0:
        today = cast.relative["today"]
        return {"fa": f"{today} ({wd})", "ar": f"{today} {wd}"}.get(lang, today)
    if delta == 1 and rng.random() < 0.5:
        return cast.relative["yesterday"]
    if delta <= 6 and rng.random() < 0.7:
        return {
            "en": f"on {wd}", "id": f"pada hari {wd}", "fa": f"روز {wd}", "ar": f"يوم {wd}",
            "ru": f"в {wd}" if not wd.startswith("в") else f"во {wd}", "fr": wd,
        }[lang]  # fmt: skip
    if lang == "fa":
        _y, m, day = _persian(event)
        return f"روز {wd} {day} {cast.pmonths[m - 1]}"
    words = _date_words(cast, event, year=event.year != pub.year)
    return {
        "en": f"on {words}", "id": f"pada {words}", "ar": f"في {words}", "ru": words,
        "fr": f"le {words}",
    }[lang]  # fmt: skip


def _future(cast: _Cast, pub: _dt.date, rng: random.Random) -> str:
    if rng.random() < 0.6:
        return cast.relative["next_week" if rng.random() < 0.7 else "next_month"]
    event = pub + _dt.timedelta(days=rng.randint(8, 60))
    if cast.lang == "fa":
        _y, m, day = _persian(event)
        return f"در {day} {cast.pmonths[m - 1]}"
    words = _date_words(cast, event, year=event.year != pub.year)
    return {
        "en": f"on {words}", "id": f"pada {words}", "ar": f"في {words}", "ru": words,
        "fr": f"le {words}",
    }[cast.lang]  # fmt: skip


def _header(cast: _Cast, pub: _dt.date, slots: dict[str, str], rng: random.Random) -> str:
    """Headline, date line and the agency credit that opens the lead."""
    lang = cast.lang
    headline = _cap(rng.choice(HEADLINES[lang]).format_map(slots))
    hh, mm = rng.randint(6, 23), rng.randint(0, 59)
    wd = cast.weekdays[WEEKDAYS[pub.weekday()]]
    agency = rng.choice(cast.agencies)
    date = _date_words(cast, pub, year=True)
    place = slots["PLn"]
    if lang == "en":
        line = f"{wd}, {date} - {hh:02d}:{mm:02d}"
        credit = f"{place.upper()} ({agency}) – "
    elif lang == "id":
        line = f"{wd}, {date} - {hh:02d}:{mm:02d} WIB"
        credit = f"{place.upper()} - "
    elif lang == "fa":
        y, m, d = _persian(pub)
        line = f"{agency} , {d} {cast.pmonths[m - 1]} {y} ساعت {hh:02d}:{mm:02d}"
        credit = f"به گزارش {agency}، "
    elif lang == "ar":
        line = f"{cast.weekdays[WEEKDAYS[pub.weekday()]]} {date}"
        credit = f"{place} ({agency}) - "
    elif lang == "ru":
        line = f"{date}, {hh:02d}:{mm:02d}"
        credit = f"{place.upper()}, {_date_words(cast, pub, year=False)}. /{agency}/. "
    else:
        line = f"Publié le {date} à {hh:02d}h{mm:02d}"
        credit = f"{place} ({agency}) – "
    return f"{headline}\n\n{line}\n\n{credit}"


def _pick_country(rng: random.Random, codes: list[str], exclude: str | None = None) -> str:
    pool = [c for c in codes if c != exclude]
    return rng.choices(pool, weights=[COUNTRY_WEIGHTS[c] for c in pool])[0]


def _pick_official(cast: _Cast, code: str, rng: random.Random, prefer: str | None) -> _Official:
    if prefer is not None and (code, prefer) in cast.officials and rng.random() < 0.75:
        return cast.officials[(code, prefer)]
    roles = [r for r in ROLES if (code, r) in cast.officials]
    weights = [ROLE_WEIGHTS[ROLES.index(r)] for r in roles]
    return cast.officials[(code, rng.choices(roles, weights=weights)[0])]


def _article(lang: str, index: int, seed: int) -> SynthArticle:
    cast = _cast(lang, seed)
    rng = random.Random(f"article:{seed}:{index}")
    codes = sorted({cc for cc, _role in cast.officials})
    host_c = cast.countries[_pick_country(rng, codes)]
    guest_c = cast.countries[_pick_country(rng, codes, exclude=host_c.code)]
    host = _pick_official(cast, host_c.code, rng, None)
    guest = _pick_official(cast, guest_c.code, rng, host.role)
    for _ in range(10):  # two people with one surname would read as one person
        if guest.surname != host.surname:
            break
        guest = _pick_official(cast, guest_c.code, rng, None)
    pub = START + _dt.timedelta(days=rng.randrange((END - START).days))
    event = pub - _dt.timedelta(days=rng.choice((0, 0, 1, 1, 2, 3, 4, 5, 6, 9, 15)))
    place, loc = rng.choice(host_c.places[:1] * 3 + host_c.places)
    topic = rng.choice(TOPICS[lang])
    slots: dict[str, str] = {
        "H": _official(cast, host, host_c, rng),
        "G": _official(cast, guest, guest_c, rng),
        "Hs": host.surname, "Gs": guest.surname,
        "HC": host_c.name, "GC": guest_c.name, "HA": host_c.adj, "GA": guest_c.adj,
        "HCg": host_c.gen, "GCg": guest_c.gen, "HCa": host_c.art, "GCa": guest_c.art,
        "PL": loc, "PLn": place,
        "WHEN": _when(cast, pub, event, rng), "FUT": _future(cast, pub, rng),
        "Y": str(rng.randint(2008, pub.year - 1)),
    }  # fmt: skip
    if lang == "ru":
        slots["Ta"], slots["Tg"] = topic
        slots["T"] = topic[0]
    else:
        slots["T"] = topic
    if lang == "fr":
        slots["dT"] = _de(topic)
        slots["dT2"] = _de(topic)
        slots["dH"] = _de(slots["H"]).replace("de le ", "du ")
        slots["HCa"], slots["GCa"] = host_c.art, guest_c.art

    t = TEMPLATES[lang]
    kind = rng.choices(("held", "visit", "phone", "planned"), weights=(45, 20, 10, 25))[0]
    sentences = [rng.choice(t[kind])]
    if rng.random() < 0.5:
        agr = rng.choices(("signed", "planned_agr", "discussed"), weights=(4, 3, 3))[0]
        if kind == "planned" and agr == "signed":
            agr = "planned_agr"
        sentences.append(rng.choice(t[agr]))
    body = rng.sample(t["quote"], k=2) + rng.sample(t["filler"], k=len(t["filler"]))
    target = rng.randint(140, 260)

    def words(parts: list[str]) -> int:
        return sum(len(p.format_map(slots).split()) for p in parts)

    for extra in body:
        if words(sentences) >= target:
            break
        if words([*sentences, extra]) > 290:
            continue
        sentences.append(extra)
    filled = [_cap(s.format_map(slots).replace(",,", ",").replace(",.", ".")) for s in sentences]
    paragraphs = [filled[0]] + [" ".join(filled[i : i + 2]) for i in range(1, len(filled), 2)]
    text = _header(cast, pub, slots, rng) + "\n\n".join(paragraphs) + "\n"
    return SynthArticle(f"{index:06d}_{lang}", lang, text)


def generate(n: int, seed: int = 7, langs: Sequence[str] = LANGS) -> list[SynthArticle]:
    """``n`` articles spread round-robin over ``langs``, deterministic from ``seed``."""
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    unknown = [lang for lang in langs if lang not in TEMPLATES]
    if unknown or not langs:
        raise ValueError(
            f"no templates for language(s) {', '.join(unknown) or '(none given)'}; "
            f"pick from {', '.join(LANGS)}"
        )
    return [_article(langs[i % len(langs)], i, seed) for i in range(n)]


def write_corpus(articles: Sequence[SynthArticle], out: str | Path) -> list[Path]:
    """Write each article to ``out/<id>.txt`` (UTF-8); returns the paths."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for a in articles:
        path = folder / a.filename
        path.write_text(a.text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=60, help="number of articles (default 60)")
    ap.add_argument("--out", required=True, help="folder to write the .txt files to")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--langs", default=",".join(LANGS), help="comma-separated language codes")
    args = ap.parse_args(argv)
    try:
        articles = generate(args.n, args.seed, [x for x in args.langs.split(",") if x])
    except ValueError as exc:
        print(f"corpus: {exc}", file=sys.stderr)
        return 2
    write_corpus(articles, args.out)
    words = sum(len(a.text.split()) for a in articles)
    print(f"wrote {len(articles)} articles ({words} words) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
