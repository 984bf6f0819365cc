"""Rules over a lexicon-tagged Doc: officials, meetings, agreements.

Language knowledge lives in the lexicon files; the rules here speak of categories
(TITLE, RANK, COUNTRY, PLACE, ORG, cue categories) and of scripts (cased or not), never
of words of one language.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, cached_property

from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, LENGTH, LIKE_NUM, NORM
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from graph import gazetteer
from graph.dates import month_names, past_bare_months
from graph.extract.pipeline import ENTITY_CATS, LEXICON_KEY
from graph.lexicon import Lexicon, available_languages, countries, load_lexicon, news_agencies
from graph.model import (
    Agreement,
    AgreementStatus,
    Article,
    Entity,
    Extraction,
    Meeting,
    MeetingMode,
    PartialDate,
    Person,
    Span,
)
from graph.normalize import fold
from graph.resolve import is_pinyin, name_tokens
from graph.vocab import broader_roles, generic_roles, related_roles, same_post

# roles that say little of the office: "official", and those the ontology makes broader
# than others (minister, commander, deputy minister, diplomat)
_LIL = ("لل", "ولل")  # Arabic li- on the article ("for the"): no name word starts so
_ENVOYS = ("ambassador", "diplomat")  # posted abroad: no minister at home
GENERIC_ROLES = generic_roles()
# the role of a deputy of a post's holder ("Deputy Oil Minister", "Deputy Army Commander",
# "نائب رئيس الأركان"); the roles not listed stay (a deputy prime minister is an official)
DEPUTY_ROLES = {
    "minister": "deputy_minister",
    "interior_minister": "deputy_minister",
    "foreign_minister": "deputy_foreign_minister",
    "defence_minister": "deputy_defence_minister",
    "head_of_state": "vice_president",
    "head_of_government": "minister",  # a deputy prime minister ("Wakil PM", "вице-премьер")
    "security_council_secretary": "official",  # "Заместитель секретаря Совбеза"
    **dict.fromkeys(
        (
            "commander", "army_commander", "navy_commander", "air_force_commander",
            "air_defence_commander", "irgc_commander", "chief_of_general_staff",
            "chief_of_staff_armed_forces", "chief_of_defence_forces", "chairman_joint_chiefs",
        ),
        "deputy_commander",
    ),
}  # fmt: skip
# roles of those posted to another country ("ambassador to Jordan", "envoy to the Sahel")
ENVOY_ROLES = frozenset({"ambassador", "diplomat"})

# countries whose "Foreign Secretary" and "Defence Secretary" head their ministry's civil
# service (India, Pakistan, Nepal, Sri Lanka, Bangladesh, Bhutan, Guyana); Britain's are
# ministers
SECRETARY_SERVICES = frozenset({"IN", "PK", "NP", "LK", "BD", "BT", "GY"})
# the Spanish- and Portuguese-speaking Americas, whose "canciller" (chanceler), in English
# "Chancellor", is the foreign minister (not a head of government, as in Germany)
CANCILLER_COUNTRIES = frozenset(
    {"AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HN", "MX", "NI"}
    | {"PA", "PY", "PE", "UY", "VE"}
)
CHANCELLOR_WORDS = ("chancel", "cancill", "kanselir", "канцлер")
# countries whose "State Secretary" is a minister, head of the State Secretariat; elsewhere
# (Germany, the Netherlands, Switzerland, the Nordic countries) a deputy minister
STATE_SECRETARIATS = frozenset({"ID"})
STATE_SECRETARY_TITLES = tuple(fold(t) for t in ("State Secretary", "Sekretaris Negara"))
# countries whose ministries' "State Secretary" is their top civil servant (Latvia's "valsts
# sekretārs", Mongolia's "Төрийн нарийн бичгийн дарга"), no deputy minister
CIVIL_STATE_SECRETARIES = frozenset({"LV", "MN"})
# nouns that make a rank word before them a body's name, in capitals: "the General Command of
# the Egyptian Armed Forces" (no general named Command)
RANK_BODY_NOUNS = frozenset({"command"})
# countries whose National Guard is their armed forces (Cyprus); elsewhere (Kuwait, Saudi
# Arabia, the United States) a force of its own under a commander
NATIONAL_GUARD_ARMIES = frozenset({"CY"})
NATIONAL_GUARD_WORDS = tuple(
    fold(w) for w in ("guard", "garde", "garda", "гварди", "الحرس", "گارد")
)
# the Arabic article on a word, bare or after "بـ", "لـ", "و": an office's words, no name's
DEFINITE_FORMS = tuple(fold(w) for w in ("ال", "بال", "لل", "وال", "وبال"))
# ISO 3166-1 entries with no government, never a side of an agreement (Antarctica, the
# Bouvet, Heard and McDonald Islands)
UNGOVERNED = frozenset({"AQ", "BV", "HM"})
LI_AL = fold("لل")  # "for the": an office's charge after its country
# the last words of bodies' names, which end no person's name: "General Border Committee",
# "the Kenya Coast Guard Service"
BODY_NAME_ENDS = frozenset(
    fold(w)
    for w in ("Committee", "Council", "Service", "Services", "Affairs", "Forces", "Comité",
              # (and a fund's or foundation's: "pejabat Qatar Fund for Development")
              "Fund", "Foundation", "Institute", "Programme", "Force", "Command",
              # (and a school's, named after someone: "the King Hussein Air College")
              "College", "Academy", "University")
)  # fmt: skip
# Arabic words opening a clause ("whereas", "while")
CLAUSE_OPENERS = frozenset(fold(w) for w in ("فيما", "بينما"))
# the stems of the ``predecessor_nouns`` that name a successor (who holds the office now)
SUCCESSOR_STEMS = tuple(
    fold(w) for w in ("successor", "successeur", "penerus", "преемник", "جانشین", "خليفة")
)
# the "son of"/"daughter of" of Arabic names: the word before it is a given name
PATRONYMIC_WORDS = frozenset(
    fold(w) for w in ("بن", "بنت", "ابن", "bin", "ibn", "bint", "binti", "бин", "ибн")
)
# countries whose "ministre délégué" to a minister is a member of the government with a
# portfolio of his own (France's, "ministre déléguée auprès de la ministre des Armées"): a
# minister; elsewhere the delegate to the foreign or defence minister is his deputy (Chad's
# "ministre délégué auprès du ministre des Affaires étrangères")
DELEGATE_CABINETS = frozenset({"FR"})
# countries whose foreign ministry's secretary general is its deputy minister (Brazil's
# "Secretário-Geral das Relações Exteriores", Itamaraty's second), not a civil servant
VICE_MINISTER_SECRETARIES_GENERAL = frozenset({"BR"})
SECRETARY_GENERAL_WORDS = tuple(
    fold(t)
    for t in (
        "Secretary-General", "Secretary General", "Sekretaris Jenderal", "Sekjen",
        "secrétaire général", "secrétaire générale", "генеральн", "генсек", "دبیرکل",
        "دبیر کل", "الأمين العام", "الأمينة العامة", "أمين عام",
    )
)  # fmt: skip
# a foreign ministry's words in a title: "… bi Kementerian Luar Negeri", "بوزارة الخارجية"
FOREIGN_MINISTRY_WORDS = tuple(
    fold(t) for t in ("Foreign Affairs", "Foreign Ministry", "الخارجية", "Luar Negeri")
)
# a field of the foreign ministry in a junior minister's title: "Vice Minister for Bilateral
# Foreign Policy" (the Dominican Republic's), "вице-министр по вопросам внешней политики"
FOREIGN_POLICY_WORDS = tuple(
    fold(t)
    for t in (
        "Foreign Policy", "politique étrangère", "politik luar negeri", "внешней политик",
        "внешнеполитическ", "السياسة الخارجية", "سیاست خارجی",
    )
)  # fmt: skip
DEFENCE_POLICY_WORDS = tuple(
    fold(t)
    for t in (
        "Defence Policy", "Defense Policy", "politique de défense", "politiques de défense",
        "kebijakan pertahanan", "оборонной политик", "السياسة الدفاعية", "السياسات الدفاعية",
        "سیاست دفاعی",
    )
)  # fmt: skip
# a deputy minister of a policy names his ministry by it: "Wakil Menteri Kebijakan Pertahanan
# Peru" (Peru's vice-minister of defence policies), "Deputy Minister for Foreign Policy"
POLICY_DEPUTIES = (
    (FOREIGN_POLICY_WORDS, "deputy_foreign_minister"),
    (DEFENCE_POLICY_WORDS, "deputy_defence_minister"),
)
FOREIGN_OFFICE_WORDS = FOREIGN_MINISTRY_WORDS + tuple(
    fold(t)
    for t in (
        "External", "Itamaraty", "Relações Exteriores", "Affaires étrangères",
        "иностранных дел", "МИД", "خارجه",
    )
)  # fmt: skip
# a "Secretary of State" outside the country whose cabinet minister the lexicon lists under
# that title (Britain's for Defence) is a junior minister (Spain, Portugal)
JUNIOR_SECRETARY_WORDS = tuple(
    fold(t)
    for t in (
        "Secretary of State",
        "State Secretary",
        "госсекретар",
        "государственный секретар",
        "государственного секретар",
        "государственному секретар",
        "государственным секретар",
        "государственном секретар",
        "статс-секретар",
        "Sekretaris Negara",
        "secrétaire d'État",
        "دبیر دولت",
        "وزير الدولة",
        "وزيرة الدولة",
        "كاتب الدولة",
        "كاتبة الدولة",
    )
)
# of those, the titles that name a secretary, never a minister of state (who may be a senior
# minister: "وزير الدولة وزير الخارجية" of Chad)
SECRETARY_OF_STATE_WORDS = tuple(
    w for w in JUNIOR_SECRETARY_WORDS if not w.startswith(fold("وزير"))
)
BARE_SECRETARY_OF_STATE = fold("Secretary of State")
# the roles the lexicons give a secretary of state (a junior minister's, the US foreign
# minister's): one for the affairs of a region serves the foreign ministry
JUNIOR_SECRETARY_ROLES = frozenset({"minister", "deputy_minister", "foreign_minister"})
MINISTRY_DEPUTIES = {
    "ministry_of_foreign_affairs": "deputy_foreign_minister",
    "ministry_of_defence": "deputy_defence_minister",
}
# a minister of state, who is a junior minister when the ministry he serves in is named
JUNIOR_MINISTER_TITLES = frozenset(fold(t) for t in ("Minister of State", "State Minister"))
# the Gulf states, whose "Minister of State for Foreign Affairs" sits in the cabinet;
# elsewhere (Somalia, Uganda, Nigeria) the title is a junior foreign minister's
CABINET_MINISTERS_OF_STATE = frozenset({"AE", "QA", "SA", "OM", "BH", "KW"})
# … and countries whose "ministre d'État" is a senior minister ("ministre d'État, ministre
# des Armées"), though their secretaries of state are junior ones
SENIOR_STATE_MINISTERS = CABINET_MINISTERS_OF_STATE | {"FR"}
STATE_FOREIGN_TITLES = tuple(
    fold(t)
    for t in (
        "Minister of State for Foreign Affairs",
        "وزير الدولة للشؤون الخارجية",
        "وزيرة الدولة للشؤون الخارجية",
        "وزير الدولة في الخارجية",
        "وزيرة الدولة في الخارجية",
        "وزير الدولة في وزارة الخارجية",
        "وزيرة الدولة في وزارة الخارجية",
        "وزير الدولة بوزارة الخارجية",
        "وزيرة الدولة بوزارة الخارجية",
        "Menteri Negara Urusan Luar Negeri",
        "Menteri Negara untuk Urusan Luar Negeri",
        "государственный министр иностранных дел",
        "государственного министра иностранных дел",
        "государственному министру иностранных дел",
        "государственным министром иностранных дел",
        "государственном министре иностранных дел",
        "وزیر مشاور امور خارجه",
        "وزیر مشاور در امور خارجه",
        "وزیر مشاور خارجه",
    )
)
# a minister of state for the cooperation of a region, at the foreign ministry (Uganda's,
# Rwanda's): "Minister of State in charge of Regional Cooperation"
REGIONAL_COOPERATION_WORDS = tuple(
    fold(t)
    for t in (
        "Regional Cooperation", "Regional Integration", "تعاون الإقليمي",
        "تكامل الإقليمي", "همکاری‌های منطقه‌ای", "همکاری های منطقه ای",
        "Kerja Sama Regional", "Kerja Sama Kawasan", "регионального сотрудничества",
        "региональному сотрудничеству", "Coopération régionale", "Intégration régionale",
    )
)  # fmt: skip


STATE_MINISTER_TITLES = tuple(
    fold(t)
    for t in (
        "Minister of State", "وزير الدولة", "وزيرة الدولة", "Menteri Negara", "ministre d'État",
        "ministre d’État", "государственный министр", "государственного министра",
        "государственному министру", "государственным министром", "государственном министре",
    )
)  # fmt: skip


def _hyphened_on(doc: Doc, i: int) -> bool:
    """A hyphen at token i joins the word before it to a capitalised word ("Roi-George")."""
    return (
        i + 1 < len(doc)
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i + 1].text[:1].isupper()
    )


def _day_before(d: PartialDate | None) -> PartialDate | None:
    """The day before a day (None for a date of no day)."""
    if d is None or d.day is None or d.month is None:
        return None
    b = _dt.date(d.year, d.month, d.day) - _dt.timedelta(days=1)
    return PartialDate(b.year, b.month, b.day)


def _of_a_day(m: Meeting) -> bool:
    """A held meeting whose day may be another's "later that day": not one recalled by its
    month alone ("la dernière rencontre remonte au mois d'octobre 2024")."""
    return m.status == "held" and (m.date is None or m.date.day is not None)


def _junior_foreign(title: str, country: str | None) -> bool:
    """A folded title of a "Minister of State for Foreign Affairs" outside the Gulf (whose
    own sit in the cabinet): a junior foreign minister."""
    return (
        country is not None
        and country not in SENIOR_STATE_MINISTERS
        and (
            title.startswith(STATE_FOREIGN_TITLES)
            # (a minister of state for a field, at the foreign ministry: "وزير الدولة
            # للعلاقات الثنائية بوزارة الخارجية والتجارة المجرية")
            or (
                title.startswith(STATE_MINISTER_TITLES)
                and any(w in title for w in FOREIGN_MINISTRY_WORDS)
            )
            # (or for the cooperation of its region: "Rwanda's Minister of State in charge
            # of Regional Cooperation", "وزيرة الدولة للتعاون الإقليمي الرواندية")
            or (
                any(t in title for t in STATE_MINISTER_TITLES)
                and any(w in title for w in REGIONAL_COOPERATION_WORDS)
            )
            # (or for a region of the world: "UK Minister of State for Europe, North America
            # and Overseas Territories", "وزير الدولة البريطاني لشؤون أوروبا")
            or (
                any(t in title for t in STATE_MINISTER_TITLES)
                and any(w in re.split(r"[\s,;]+", title) for w in REGION_WORDS)
            )
        )
    )


# the head words of a commander's titles (not a chief of staff's)
COMMANDER_HEADS = frozenset(
    fold(w) for w in ("Commander", "Komandan", "commandant", "قائد", "فرمانده", "командующий")
)
# regions of the world a junior foreign minister may be for (folded words)
REGION_WORDS = frozenset(
    fold(w)
    for w in (
        "Europe", "Africa", "Asia", "Indo-Pacific", "America", "Americas",
        "أوروبا", "أفريقيا", "آسيا", "أمريكا",
    )
)
DEFENCE_WORDS = tuple(fold(w) for w in ("الدفاع", "Defence", "Defense", "Pertahanan"))


def _junior_defence(title: str, country: str | None) -> bool:
    """A folded title of a "Minister of State for Defence" outside the Gulf (whose own sit
    in the cabinet): "وزير الدولة الهولندي لشؤون الدفاع", a junior defence minister."""
    return (
        country is not None
        and country not in SENIOR_STATE_MINISTERS
        and title.startswith(STATE_MINISTER_TITLES)
        and any(w in title for w in DEFENCE_WORDS)
    )


# countries whose minister delegate for defence serves under a minister of defence (Burkina
# Faso's, under the Minister of State for Defence); elsewhere (Cameroon, Benin, the Comoros,
# Morocco) he heads defence
JUNIOR_DELEGATE_COUNTRIES = frozenset({"BF"})
DELEGATE_WORDS = tuple(
    fold(w) for w in ("Delegate", "délégué", "déléguée", "делегат", "وزیر مشاور")
)
DELEGATE_DEFENCE_WORDS = DEFENCE_WORDS + tuple(
    fold(w) for w in ("Défense", "обороны", "دفاعی", "دفاع")
)


def _junior_delegate(title: str, country: str | None) -> bool:
    """A folded title of a minister delegate for defence of a country where he serves under
    a minister of defence: "Burkina Faso's Minister Delegate in charge of Defence"."""
    return (
        country in JUNIOR_DELEGATE_COUNTRIES
        and any(w in title for w in DELEGATE_WORDS)
        and any(w in title for w in DELEGATE_DEFENCE_WORDS)
    )


def _military(role: str) -> bool:
    """A commander's role, of any kind (``skos:broader role:commander``)."""
    return role == "commander" or "commander" in broader_roles(role)
# a generic title made specific by the organisation it heads
ROLE_BY_ORG = {
    # (the head of a de facto embassy: "executive director of the Canadian Trade Office in
    # Taipei")
    ("official", "embassy"): "diplomat",
    ("official", "security_council"): "security_council_secretary",
    ("secretary_general", "security_council"): "security_council_secretary",
    ("commander", "army"): "army_commander",
    ("commander", "navy"): "navy_commander",
    ("commander", "air_force"): "air_force_commander",
    ("commander", "air_defence_force"): "air_defence_commander",
    ("commander", "irgc"): "irgc_commander",
    # (a service's own general staff: "начальник Генерального штаба ВМС Аргентины", the
    # Argentine navy's chief)
    ("chief_of_general_staff", "navy"): "navy_commander",
    ("chief_of_general_staff", "air_force"): "air_force_commander",
    ("commander", "armed_forces"): "chief_of_staff_armed_forces",
    ("minister", "ministry_of_defence"): "defence_minister",
    ("minister", "armed_forces"): "defence_minister",  # Cuba's minister of the armed forces
    ("minister", "ministry_of_foreign_affairs"): "foreign_minister",
    ("minister", "ministry_of_interior"): "interior_minister",
    # (a state secretary of a ministry: "статс-секретарь министерства обороны Словакии")
    ("deputy_minister", "ministry_of_defence"): "deputy_defence_minister",
    ("deputy_minister", "ministry_of_foreign_affairs"): "deputy_foreign_minister",
}
STATUS_CUES = {"signed", "planned", "discussed"}
# agreement words that name no type of document: they may be any of one article's documents
GENERIC_KINDS = frozenset({"", "agreement", "deal", "accord", "document"})
# a headline's short office and the post (with its related titles) it may stand for in
# the body (None: any office)
HEADLINE_STAND_INS: dict[str, str | None] = {
    "spokesperson": None,  # "representative"
    "army_commander": "chief_of_defence_forces",  # "Army Chief"
    # "Maldivian Defence Chief calls on …" above the body's chief of the defence force
    "defence_minister": "chief_of_defence_forces",
}
PLAN_KINDS = frozenset({"roadmap", "plan"})  # a document of steps to take, not an agreement
STRONG_AGREEMENTS = {"agreement", "mou", "treaty", "accord", "contract", "protocol", "deal"}
OPEN_QUOTES = {"«": "»", "“": "”", '"': '"', "„": "“", "‹": "›"}
# the words before where one came from, after an arrival's ("arrivé de Dakar", "arrived
# from Tokyo")
ORIGIN_WORDS = frozenset(fold(w) for w in ("de", "d'", "d’", "from", "dari", "из", "من", "از"))
# the marks that only close a quotation ("“" also opens one), and all marks
CLOSE_QUOTES = frozenset({"»", "”", "›"})
QUOTE_MARKS = frozenset({*OPEN_QUOTES, *CLOSE_QUOTES})
MAX_NAME_TOKENS = 5
# punctuation that closes a clause (a month after it is not the meeting's told before it)
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", "،", "؛", "—", "–"})
# "إلى" of "إلى جانب" (beside), before a side's word
BESIDE_WORDS = frozenset(fold(w) for w in ("إلى", "الى"))
# the word "year" a month's year follows in words: "في تموز من العام نفسه", "of that year"
YEAR_WORDS = frozenset(
    fold(w)
    for w in (
        *("year", "année", "annee", "tahun", "год", "года", "году"),
        *("سال", "عام", "العام", "سنة"),
    )
)


ALLAH = fold("الله")
AFFAIRS_FOR = frozenset({fold("للشؤون"), fold("لشؤون")})  # "for … affairs", a portfolio
# the second word of a compound given name, written apart: "نور الدين", "ميزان الرحمن"
# (Mizanur Rahman), "سيف الإسلام", "أنوار الحق"
# (and Sudanese "تاج السر", "نور الهدى")
COMPOUND_SECONDS = frozenset(
    fold(w) for w in ("الرحمن", "الدين", "الإسلام", "الحق", "السر", "الهدى")
)
# particles that open a name ("عبد الله", "أبو بكر"), as "بن" never does
NAME_OPENERS = frozenset(fold(w) for w in ("عبد", "أبو", "ابو"))
# capitalised words that make a city's name part of an event's or an institution's name
# ("Tokyo International Conference", "Doha Forum", "Astana Format")
# words before a street's name, which may be a city's ("Jalan Medan Merdeka Barat",
# "rue de Paris", "улица Москвы"): no place of a meeting
STREET_WORDS = frozenset(
    fold(w)
    for w in ("Jalan", "Jl", "Street", "Avenue", "rue", "boulevard", "улица", "улице",
              "проспект", "проспекте", "شارع", "خیابان")
)  # fmt: skip
NAMED_EVENT_WORDS = frozenset(
    (
        "international", "conference", "forum", "summit", "declaration", "process", "format",
        "dialogue", "initiative", "convention", "expo", "university", "airport", "accords",
        "accord", "agreement", "security", "house", "hall",
    )
)  # fmt: skip
# "also": with a cue of presence, someone besides those named ("وزیر حمل‌ونقل ترکمنستان
# نیز در این نشست حضور داشت", "the Turkmen minister also attended")
ALSO_WORDS = frozenset(
    fold(w) for w in ("also", "نیز", "همچنین", "également", "aussi", "أيضا", "أيضاً", "также",
                      "тоже", "juga", "turut")
)  # fmt: skip
# "son / daughter of" inside an Arabic-script name: a given name stands before them
SON_PARTICLES = frozenset(fold(w) for w in ("بن", "ابن", "بنت", "ولد"))

# letters that write "and" / "so" on the next word in Arabic and Persian script
CONJUNCTION_CLITICS = frozenset("وف")
# the words opening a photo's caption
CAPTION_WORDS = frozenset(
    fold(w) for w in ("photo", "caption", "foto", "légende", "фото", "عکس", "صورة")
)
# "and" as a word
AND_WORDS = frozenset(fold(w) for w in ("and", "dan", "و", "et", "и"))
# a negation's first half, which alone denies nothing ("n'a rencontré que X": only X)
NEGATION_HALVES = frozenset({"ne", "n'", "n’"})
# relative pronouns: a clause they open tells of its noun ("the committee, which has not
# met since 2021")
RELATIVE_WORDS = frozenset(
    fold(w)
    for w in (
        *("which", "who", "that", "qui", "التي", "الذي", "الذين"),
        *("который", "которая", "которое", "которые", "yang", "که"),
    )
)
# "not only …, but": no denial
ONLY_WORDS = frozenset(
    fold(w) for w in ("only", "just", "seulement", "только", "лишь", "hanya", "فقط")
)
# the stems of the word "minister" in a group's word ("the two ministers", "министры")
MINISTER_STEMS = tuple(fold(w) for w in ("minist", "минист", "menteri", "وزير", "وزرا"))
# the armed services an office before a name may head ("… Armed Forces Commander X")
FORCES = frozenset({"armed_forces", "army", "navy", "air_force"})
# states whose ministries sit outside the capital countries.csv names (La Paz, The Hague,
# Abidjan, Cotonou, Colombo, Tel Aviv, Putrajaya, Quezon City): talks at a ministry of theirs
# have no place told
SEATS_ELSEWHERE = frozenset({"BO", "NL", "CI", "BJ", "LK", "IL", "MY", "PH"})
# "the ministry" said of one named before, after an office: "أمين عام الوزارة X" (the
# word with its article)
MINISTRY_WORD = fold("وزارة")
# the Persian reflexive of "همتای X خود" (his X counterpart): a function word after it
# ("خود درباره …", about) says no name follows
COUNTERPART_CLOSERS = frozenset(fold(w) for w in ("خود", "خویش"))
# the words that open a second office after "and": a preposition said again ("by the
# President and by the Prime Minister", "avec le président et avec le Premier ministre"),
# an article ("the Chilean Commander-in-Chief and the Chief of the General Staff")
SECOND_OFFICE_WORDS = frozenset(
    {"by", "with", "par", "avec", "oleh", "dengan", "с", "со", "the", "le", "la", "les"}
)
ROUTE_DASHES = frozenset({"-", "–", "—", "‑"})
# "and" of cased scripts that joins two offices of one holder
OFFICE_AND = frozenset({"and", "et", "и", "dan"})
# "and" opening a clause of its own after a comma ("…, а в четверг принимал …")
CLAUSE_AND = OFFICE_AND | {"а", "و"}
# letters that write a preposition on the next word in Arabic ("بإدارة", "لمؤسسة", "كرئيس")
ARABIC_PREPOSITION_CLITICS = frozenset("بلك")


@dataclass
class Tag:
    cat: str
    value: str
    extra: str
    start: int  # token indices
    end: int


def _titles_over_orgs(ents: list[Tag]) -> list[Tag]:
    """A title whose last words begin an organisation's longer name takes in the whole
    name: "فرمانده نیروی دریایی سپاه | پاسداران انقلاب اسلامی" (of the IRGC, written out)
    is one title, not a title and a name."""
    orgs = [t for t in ents if t.cat == "ORG"]
    return [
        Tag(t.cat, t.value, t.extra, t.start, o.end)
        for t in ents
        if t.cat == "TITLE"
        for o in orgs
        if t.start < o.start < t.end < o.end
    ]


def _deputies_over_titles(ents: list[Tag]) -> list[Tag]:
    """A deputy's title whose last word begins a minister's or a commander's longer title
    takes it in, as that one's deputy: "assistant du | ministre qatari des Affaires
    étrangères" is Qatar's deputy foreign minister, not its minister."""
    titles = [t for t in ents if t.cat == "TITLE"]
    return [
        Tag("TITLE", DEPUTY_ROLES[o.value], o.extra, t.start, o.end)
        for t in titles
        if t.value in ("deputy_minister", "deputy_commander")
        for o in titles
        if t.start < o.start < t.end < o.end
        and o.value in DEPUTY_ROLES
        and o.value != "minister"
        # (a deputy commander's title takes in a commander's only: "جانشین | فرمانده
        # نیروی دریایی", the navy's deputy commander)
        and (t.value == "deputy_minister" or DEPUTY_ROLES[o.value] == "deputy_commander")
    ]


def _told_meeting(
    persons: list[str], told: list[Meeting], face: bool = False
) -> Meeting | None:
    """The meeting a sentence of meeting words may tell more of: the last one told, or
    the latest earlier one whose sides are the people the sentence names ("Caption: X
    with Y during the meeting", after Y's next talks were announced; "kata Menkes X" after
    his guest's attendance of another event). A sentence naming a meeting face to face
    (``face``) tells more of the same sides' talks, not of the call told after them ("حضر
    اللقاء …" after "… قد أجرى في شهر مارس الماضي اتصالا هاتفيا مع …")."""
    if not told:
        return None
    last = told[-1]
    if persons and not set(persons) <= set(last.participants):
        for m in reversed(told[:-1]):
            if set(persons) <= set(m.participants):
                last = m
                break
    if face and last.mode == "phone":
        for m in reversed(told):
            if m.mode != "phone" and set(last.participants) <= set(m.participants):
                return m
    return last


def _titles_before_countries(ents: list[Tag]) -> list[Tag]:
    """A country's long name that starts inside a title is cut to start after it: "رئيس
    جمهورية | القمر المتحدة" is the title "رئيس جمهورية" (president of the republic) and
    the country, not "… جمهورية القمر المتحدة" with the title lost."""
    titles = [t for t in ents if t.cat == "TITLE"]
    out = []
    for c in ents:
        cut = next(
            (t.end for t in titles if c.cat == "COUNTRY" and t.start < c.start < t.end < c.end),
            None,
        )
        out.append(c if cut is None else Tag(c.cat, c.value, c.extra, cut, c.end))
    return out


@dataclass
class Mention:
    person: str  # person key
    start: int  # token indices
    end: int
    sent: int


class FactExtractor:
    """The ``ng_facts`` component: stores an ``Extraction`` in ``doc.user_data``."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.stop = {fold(w) for w in lex.stopwords}
        self.particles = {fold(p) for p in lex.name_particles}
        self.given_names = {fold(n) for n in lex.given_names}
        self.given_names_as_written = set(lex.given_names)
        # months written out, long enough to be no one's name ("January"; not "May")
        self.months = {fold(m) for m in month_names(lex.code) if len(m) >= 6}
        self.article_prefixes = tuple(fold(a) for a in lex.article_prefixes)
        # one-word verbs of meeting ("بحث", "التقى"): never read with the article
        # one-word agreement nouns ("Agreement", "Treaty"): they end a treaty's name
        self.agreement_words = {
            fold(p) for p, v, _ in lex.cues if v == "agreement" and len(p.split()) == 1
        }
        self.verb_cues = {
            fold(p) for p, v, _ in lex.cues if v == "meeting_verb" and len(p.split()) == 1
        }
        # the agreement nouns of two words and more, by their first word: "programme de
        # formation" is read past a country's adjective ("programme allemand de formation")
        self.agreement_heads: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for p, v, extra in lex.cues:
            words = fold(p).split()
            if v == "agreement" and len(words) >= 2 and all(w.isalpha() for w in words):
                self.agreement_heads.setdefault(words[0], []).append((tuple(words[1:]), extra))
        self.noun_endings = tuple(lex.noun_endings)
        self.name_endings = tuple(fold(x) for x in lex.name_endings)
        self.title_connectors = {fold(x) for x in lex.title_connectors}
        self.portfolios = {fold(x) for x in lex.portfolios}
        self.portfolio_follows = lex.portfolio_follows
        self.offices_in_capitals = lex.offices_in_capitals
        self.envoy_preps = {fold(x) for x in lex.envoy_preps}
        self.office_continues = {fold(x) for x in lex.office_continues}
        self.country_after_name = {fold(x) for x in lex.country_after_name}
        # words that point back to the country last named ("страны", "این کشور")
        self.country_anaphora = {tuple(fold(x).split()) for x in lex.country_anaphora}
        self.member_words = {fold(x) for x in lex.member_words}
        self.home_refs = {fold(x) for x in lex.home_refs}
        self.deputy_words = {fold(x) for x in lex.deputy_words}
        self.order_words = {fold(x) for x in lex.order_words}
        self.acting_after = [tuple(fold(w) for w in x.split()) for x in lex.acting_after]
        self.exact_stops = frozenset(lex.exact_stopwords)
        self.range_words = {fold(x) for x in lex.range_words}
        self.title_modifiers = {fold(x) for x in lex.title_modifiers}
        self.former_words = {fold(x) for x in lex.former_words}
        self.predecessor_nouns = {fold(x) for x in lex.predecessor_nouns}
        self.government_nouns = {fold(x) for x in lex.government_nouns}
        self.draft_nouns = {tuple(fold(x).split()) for x in lex.draft_nouns}
        self.signing_words = [re.compile(x) for x in lex.signing_words]
        self.earlier_leg = tuple(fold(x) for x in lex.earlier_leg)
        self.opening_cues = {fold(x) for x in lex.opening_cues}
        self.weekday_cities = {fold(k): v for k, v in lex.weekday_cities.items()}
        self.succession_words = {tuple(fold(x).split()) for x in lex.succession_words}
        self.future_infinitive = {fold(x) for x in lex.future_infinitive}
        self.intent_nouns = {fold(x) for x in lex.intent_nouns}
        self.byline_words = {fold(x) for x in lex.byline_words}
        self.kin_words = {fold(x) for x in lex.kin_words}
        self.level_words = {fold(x) for x in lex.level_words}
        self.indefinite_words = {fold(x) for x in lex.indefinite_words}
        self.superior_preps = [tuple(fold(w) for w in x.split()) for x in lex.superior_preps]
        self.plural_offices = {fold(x) for x in lex.plural_offices}
        self.conflict_words = {fold(x) for x in lex.conflict_words}
        self.side_words = {fold(x) for x in lex.side_words}  # "الجانب" of "الجانب العماني"
        self.with_words = {fold(x) for x in lex.with_words}  # "با" of "دیدار با X"
        self.title_abbreviations = {
            fold(a): fold(b) for a, b in lex.title_abbreviations.items()
        }  # ("замминистра": "заместитель министра")
        self.object_markers = {fold(x) for x in lex.object_markers}  # "را"
        self.word_places = {fold(x) for x in lex.word_places}
        self.country_adjectives = {fold(p) for p, _, kind in lex.countries if kind == "adjective"}
        self.place_followers = {fold(x) for x in lex.place_followers}
        self.rank_articles = {fold(x) for x in lex.rank_articles}
        # every title by its folded words, to read an office split by a country adjective
        # ("ministre camerounais des Relations extérieures" is "ministre des Relations
        # extérieures")
        self.title_roles = {" ".join(fold(row[0]).split()): row[1] for row in lex.titles}
        self.title_words = {w for key in self.title_roles for w in key.split()}
        # the word "general" of a general staff ("کل" of "ستاد کل", "العامة"), and the
        # countries whose head of the general staff of the armed forces the lexicons list as
        # a chief of staff of the armed forces (Iran's): another country's is a chief of its
        # general staff (see _title_phrase)
        self.general_staff_words = {fold(x) for x in lex.general_staff_words}
        self.armed_forces_staff_countries = _armed_forces_staff_countries()
        # words for a body ("وكالة", "اداره"): they open a general title's organisation
        # ("مدير وكالة الطاقة الذرية …"), even where they are stopwords, and never a name
        self.body_words = {fold(x) for x in lex.body_words}
        # titles of two words or more by their first word: the rest and the role
        self.split_titles: dict[tuple[str, ...], list[tuple[tuple[str, ...], str]]] = {}
        for key, role in self.title_roles.items():
            words = key.split()
            for k in range(1, min(len(words), 5)):
                self.split_titles.setdefault(tuple(words[:k]), []).append(
                    (tuple(words[k:]), role)
                )
        # one-word acronyms of the lexicons ("BIN", "TNI", "EAU": "l'Eau" is water), only
        # written in capitals; and honorifics in capitals ("HE" of Gulf style), never the
        # pronoun "he"
        self.acronyms = _acronyms(
            row[0]
            for table in (lex.organizations, lex.titles, lex.ranks, lex.countries)
            for row in table
        )
        self.hon_acronyms = _acronyms(lex.honorifics)
        self.hon_words = {fold(h) for h in lex.honorifics if " " not in h}
        self.cue_acronyms = _acronyms(row[0] for row in lex.cues)
        # first words of offices, ranks and organisations: after "و" (and) they start
        # another phrase, not a name word ("… فاروق والملحق العسكري", "الهدهد ومدير …")
        self.phrase_heads = {
            fold(row[0].split()[0])
            for table in (lex.organizations, lex.titles, lex.ranks)
            for row in table
            if row[0].split()
        }
        # the head words of the ministries the lexicon lists ("ministère", "Ministry",
        # "Kementerian", "وزارة"): a title holding one names a ministry's post
        self.ministry_heads = {
            fold(row[0].split()[0])
            for row in lex.organizations
            if row[0].split() and row[1].startswith("ministry_")
        }
        self.case_context = [(re.compile(a), c) for a, c in lex.name_case_context]
        self.case_rules = {
            c: [(re.compile(a), b) for a, b in rules] for c, rules in lex.name_case_rules.items()
        }
        self.case_evident = [(re.compile(a), c) for a, c in lex.name_case_evident]
        self.case_prepositions = [(re.compile(a), c) for a, c in lex.name_case_prepositions]
        self.adjective_phrases = [(re.compile(a), re.compile(b)) for a, b in lex.adjective_phrases]

    def stem(self, token: str) -> str:
        """A name word without its case ending (ru: Миеру, Миера → миер), folded."""
        t = fold(token)
        for end in self.name_endings:
            if t.endswith(end) and len(t) - len(end) >= 3:
                return t[: -len(end)]
        return t

    def case_of(self, head: str) -> str | None:
        """The grammatical case a title/rank head word shows ("министром" → ins)."""
        low = head.lower()
        for rx, case in self.case_context:
            if rx.search(low):
                return case
        return None

    def case_after(self, word: str) -> str | None:
        """The case a preposition governs ("с" → ins): of a name after an indeclinable
        title ("с замминистра … Руфатом Гасымбейли")."""
        low = word.lower()
        return next((c for rx, c in self.case_prepositions if rx.search(low)), None)

    def nominative(self, name: str, case: str | None) -> str:
        """Bring each token of a name in ``case`` back to the nominative (data rules). A name
        whose every word shows its case ("Лодевейком Фрейдрихом Паулусом" after "заместителем
        координирующего министра") is read in that case, whatever its title's head shows."""
        toks = name.split(" ")
        for rx, shown in self.case_evident:
            if len(toks) >= 2 and all(len(t) >= 4 and rx.search(t) for t in toks):
                case = shown
                break
        rules = self.case_rules.get(case or "")
        if not rules:
            return name
        def back(part: str) -> str:
            for rx, repl in rules:
                if len(part) >= 4 and rx.search(part):
                    return rx.sub(repl, part, count=1)
            return part

        # each part of a compound name declines: "Жаном-Луи" is Жан-Луи
        return " ".join("-".join(back(part) for part in tok.split("-")) for tok in toks)

    def __call__(self, doc: Doc) -> Doc:
        article = doc.user_data.get("ng_article")
        if not isinstance(article, Article):
            article = Article(id="doc", text=doc.text, lang=self.lex.code)
        doc.user_data["ng_extraction"] = _Run(self, doc, article).extract()
        return doc


def _text_of(doc: Doc) -> str:
    """The document's text, joined once (spaCy joins its tokens again on every read of
    ``Doc.text``)."""
    text = doc.user_data.get("ng_text")
    if not isinstance(text, str):
        text = doc.user_data["ng_text"] = doc.text
    return text


def _line_of(doc: Doc, i: int) -> tuple[int, int]:
    """The character offsets of the line holding token i (its start, its end)."""
    idx = doc[i].idx
    text = _text_of(doc)
    end = text.find("\n", idx)
    return text.rfind("\n", 0, idx) + 1, end if end >= 0 else len(text)


def _line_in_capitals(doc: Doc, i: int) -> bool:
    """The line holding token i is written in capitals (four letters in five or more)."""
    start, end = _line_of(doc, i)
    letters = [ch for ch in _text_of(doc)[start:end] if ch.isalpha()]
    return sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def _is_punct(text: str) -> bool:
    return bool(text) and not any(ch.isalnum() for ch in text)


def _wordlike(text: str) -> bool:
    """Letters only, allowing joiners inside words (ZWNJ in Persian, inner hyphens)."""
    core = text.replace("\u200c", "").replace("\u200d", "")
    return (
        bool(core)
        and core[0].isalpha()
        and core[-1].isalpha()
        and all(ch.isalpha() or ch in "-'’" for ch in core)
    )


@cache
def _armed_forces_staff_countries() -> frozenset[str]:
    """The countries whose chief of staff of the armed forces a lexicon of any language lists
    with its country ("Chief of Staff of the Iranian Armed Forces", "Panglima TNI")."""
    return frozenset(
        row[2]
        for lang in available_languages()
        for row in load_lexicon(lang).titles
        if row[1] == "chief_of_staff_armed_forces" and row[2]
    )


class _Run:
    def __init__(self, fx: FactExtractor, doc: Doc, article: Article) -> None:
        self.fx = fx
        self.lex = fx.lex
        self.doc = doc
        self.article = article
        n = len(doc)
        # token attributes read once: Token objects are costly to create
        arr = doc.to_array([IDX, LENGTH, NORM, IS_SPACE, IS_ALPHA, LIKE_NUM]).tolist()
        text, strings = _text_of(doc), doc.vocab.strings
        self.texts: list[str] = [text[a : a + n] for a, n, *_ in arr]
        self.norms: list[str] = [strings[row[2]] for row in arr]
        self.space: list[bool] = [bool(row[3]) for row in arr]
        self.alpha: list[bool] = [bool(row[4]) for row in arr]
        self.numlike: list[bool] = [bool(row[5]) for row in arr]
        self.folds = [fold(t) for t in self.texts]
        # a space (or more) after the token: words as the lexicon writes them (_words)
        ends = [a + n for a, n, *_ in arr]
        self.spaced = [e < row[0] for e, row in zip(ends, arr[1:], strict=False)] + [True]
        # (a listed given name is none, whatever its stem: "آمنة زيدي" is no "أمن")
        self.stops = [
            (nm in fx.stop or fd in fx.stop or tx in fx.exact_stops)
            and tx not in fx.given_names_as_written
            for nm, fd, tx in zip(self.norms, self.folds, self.texts, strict=True)
        ]
        self._spans: dict[int, Span] = {}
        self._dl_span: tuple[int, int] | None = None
        self._agencies: list[tuple[int, int, str]] | None = None  # see _named_agencies
        self._span_index: dict[Span, int] | None = None
        self._headlines: dict[int, bool] = {}
        self.ent: list[Tag | None] = [None] * n
        # every country the lexicon matched, inside a longer phrase too ("رئیس کمیته دائمی
        # کنگره ملی خلق چین" holds China)
        self.written_countries: set[str] = set()
        self.cue_at: dict[int, list[Tag]] = {}
        self.cue_cover: list[list[Tag]] = [[] for _ in range(n)]
        self.hon = [False] * n
        self.gazetteer: list[Tag] = []  # officials the gazetteer names (an overlay)
        # a country's name that is also its city's (Singapore, Kuwait, Djibouti): the city
        self.city_state: dict[int, Tag] = {}
        self._tag(doc)
        self.sents = [(s.start, s.end) for s in doc.sents]
        self.sent_starts = {s for s, _ in self.sents}
        self.sent_of = [0] * n
        for si, (s, e) in enumerate(self.sents):
            for i in range(s, e):
                self.sent_of[i] = si
        if fx.opening_cues:
            self._drop_inner_opening_cues()
        self.date_tok: list[int | None] = [None] * n
        self.dates = self._dates()
        if not self.lex.cased:
            self._given_names_over_cues()
            self._names_over_suffixed_titles()
        # person names proposed by a trained spaCy pipeline (--spacy-model): start -> end token
        self.model_names: dict[int, int] = {}
        for a, b in doc.user_data.get("ng_person_spans", []):
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is not None:
                self.model_names[span.start] = span.end
        self.persons: dict[str, Person] = {}
        self.mentions: list[Mention] = []
        self.covered: list[str | None] = [None] * n  # person key of the mention at a token
        self.by_sent: dict[int, list[Mention]] = {}
        self._date_lines: dict[str, bool] = {}
        self.by_end: dict[int, list[Mention]] = {}
        self.office_refs: list[tuple[str, str | None, int, int, str]] = []  # role, cc, s, e, text
        self.title_owner: dict[int, str] = {}  # the end of a title given to a person named: him
        self.governed: set[int] = set()  # the first tokens of places an office governs
        self.posts: dict[str, str] = {}  # person key -> the country an envoy is posted to
        # person key -> the country only his title's words gave ("ministre des Armées" is
        # France's in the lexicon, and Chad's and Togo's too)
        self.title_implied: dict[str, str] = {}
        # person key -> every office of his titles ("نخست‌وزیر کابینه و وزیر امور خارجه":
        # head of government and foreign minister), for offices named without a name
        self.offices: dict[str, set[str]] = {}
        self.org_titled: set[str] = set()  # persons whose title names their organisation
        # persons named with a past title ("وزیر خارجه وقت گرجستان", "former minister")
        self.former: set[str] = set()
        # a person named as another's predecessor or successor: whose office he held
        self.office_of: dict[str, str] = {}
        # the ids of meetings whose place is only the date line's (see _merge_meetings)
        self.default_places: set[int] = set()
        self.counterparts: set[str] = set()  # persons named as someone's counterpart
        self.entities: dict[str, Entity] = {}

    # ----------------------------------------------------------------- tagging
    def _tag(self, doc: Doc) -> None:
        spans = list(doc.spans.get(LEXICON_KEY, []))
        ents = []
        tagged = {
            i for sp in spans if not sp.label_.startswith("CUE") for i in range(sp.start, sp.end)
        }
        in_name = set() if self.lex.cased else self._places_inside_names(spans)
        for sp in spans:
            cat, value, extra = sp.label_.split("\t")
            tag = Tag(cat, value, extra, sp.start, sp.end)
            if self.lex.cased and self._lowercase_proper_noun(tag):
                if cat != "COUNTRY" or fold(sp.text) not in self.fx.country_adjectives:
                    continue  # "us" is not the US, "кроме того" not Togo
                # a name that is its adjective too, in lower case: "la sous-secrétaire
                # argentine" (the lexicon's one pattern a phrase keeps "Argentine")
                tag = Tag(cat, value, "adjective", sp.start, sp.end)
            if cat == "PLACE" and not self.lex.cased and self._nisba_name(sp.start, sp.end):
                continue  # "مصطفی رجبی مشهدی", "محمود بوشهری": a family name
            if (
                cat == "COUNTRY"
                and (extra == "adjective" or self.lex.cased)
                and sp.end + 1 < len(doc)
                and fold(doc[sp.end].text) in PATRONYMIC_WORDS
                and (not self.lex.cased or doc[sp.end + 1].text[:1].isupper())
            ):
                # "الدكتور تركي بن ناصر الدوسري", "Urusan Eksekutif Turki bin Nasser …":
                # Turki, a given name, no Turk nor Turkey
                continue
            if cat in ("PLACE", "COUNTRY") and sp.start in in_name:
                continue  # "سپهبد له هوی وین معاون وزیر دفاع": Vinh, no Vienna
            if cat == "PLACE" and self._word_not_place(doc, sp.start, sp.end):
                continue  # "در آستانه سفر" (on the eve of a trip): no Astana
            if self.lex.cased and sp.end - sp.start == 1:
                text = doc[sp.start].text
                if not text.isupper() and text.upper() in self.fx.acronyms:
                    continue  # "bin" (of Mohammed bin Mubarak) is not BIN
                if cat == "HON" and not text.isupper() and text.upper() in self.fx.hon_acronyms:
                    continue  # "He met …" is no "HE"
                if cat == "PLACE" and self._acronym_not_place(doc, sp.start):
                    continue  # "(LIMA) 2023", the Langkawi show, is not Lima
                if (
                    cat == "CUE"
                    and text.isupper()
                    and len(text) >= 2
                    and text not in self.fx.cue_acronyms
                    and not _line_in_capitals(doc, sp.start)
                ):
                    # "(N-VA)", a party, holds no "va" of the future (a cue the lexicon writes
                    # in capitals is one: "KTT", a summit)
                    continue
            if cat == "CUE" and self._noun_of_verb(doc, sp.start, sp.end):
                continue
            if (
                cat == "CUE"
                and value in ("meeting_verb", "meeting_noun")
                and self.lex.cased
                and self._inside_named_text(doc, sp.start, sp.end)
            ):
                continue  # "the Status of Visiting Forces Agreement": a treaty's name
            if (
                cat == "CUE"
                and value == "group_ref"
                and sp.end < len(doc)
                and doc[sp.end].text in ("-", "‑")
            ):
                continue  # "the three-day conference", "the two-day visit": no group
            if cat == "RANK" and (
                (
                    sp.start > 0
                    and fold(doc[sp.start - 1].text) in self.fx.body_words
                    # (not the end of a hyphened office: "Flag Officer-in-Command Vice
                    # Admiral X")
                    and not (sp.start > 1 and doc[sp.start - 2].text in ("-", "‑"))
                )
                # (or before one, in capitals: "the General Command of the Egyptian Armed
                # Forces", a body)
                or (
                    self.lex.cased
                    and sp.end < len(doc)
                    and doc[sp.end].text[:1].isupper()
                    and (
                        fold(doc[sp.end].text) in self.fx.body_words
                        or fold(doc[sp.end].text) in RANK_BODY_NOUNS
                    )
                )
            ):
                continue  # "Direktorat Jenderal Asia-Pasifik": a body's name, no general's
            if cat == "COUNTRY":
                self.written_countries.add(value)
            if cat in ENTITY_CATS:
                ents.append(tag)
            elif cat == "CUE":
                self.cue_at.setdefault(sp.start, []).append(tag)
                for i in range(sp.start, sp.end):
                    self.cue_cover[i].append(tag)
            elif cat == "PERSON":
                self.gazetteer.append(tag)
            elif cat == "HON":
                # a name's particle, or the word after it, is the name's: "محمد ولد الشيخ …"
                if fold(doc[sp.start].text) in self.fx.particles or (
                    sp.start > 0
                    and fold(doc[sp.start - 1].text) in self.fx.particles
                    # (with capitals, only inside a name: "du bureau de M. Mikati" is Mr
                    # Mikati's office)
                    and (
                        not self.lex.cased
                        or (sp.start > 1 and doc[sp.start - 2].text[:1].isupper())
                    )
                ):
                    continue
                if self.lex.cased and self._inside_name(doc, sp.start, sp.end, tagged):
                    continue  # "Hassan Sheikh Mohamud": a name word between name words
                for i in range(sp.start, sp.end):
                    self.hon[i] = True
        if not self.lex.cased:
            ents = self._nisbas_after_given_names(ents)
        self._agreements_past_adjectives(ents)
        self._drop_nested_cues()
        ents = _one_country_each(ents)
        ents += self._split_titles(ents)
        ents += self._titles_past_adjective(ents)
        ents += _titles_over_orgs(ents)
        ents += _deputies_over_titles(ents)
        ents = _titles_before_countries(ents)
        ents = _city_or_country(ents, self._agency_homes)
        named = {(t.start, t.end, t.value) for t in ents if t.cat == "COUNTRY"}
        self.city_state = {
            t.start: t
            for t in ents
            if t.cat == "PLACE" and t.extra and (t.start, t.end, t.extra) in named
        }
        # longest match first, then leftmost; ties: TITLE/RANK before COUNTRY/PLACE/ORG
        prio = {c: i for i, c in enumerate(ENTITY_CATS)}
        ents.sort(key=lambda t: (-(t.end - t.start), t.start, prio[t.cat]))
        for t in ents:
            if t.cat == "TITLE" and self.lex.cased and _hyphened_on(doc, t.end):
                continue  # a word of a place's name: "l'île du Roi-George"
            if all(self.ent[i] is None for i in range(t.start, t.end)):
                for i in range(t.start, t.end):
                    self.ent[i] = t
        if self.lex.cased:
            self._tag_acronyms(doc)

    def _nisbas_after_given_names(self, ents: list[Tag]) -> list[Tag]:
        """In a script without capitals, a country's adjective right after a listed given
        name, or after a word that follows an office and its country, is a family name:
        "أحمد المصري" (al-Masri), "السفير الإيطالي ماركو روسي" (Rossi), not Egypt nor Russia."""
        # (an office told with its country's adjective: "السفير الإيطالي"; after an office
        # alone, an adjective may be the office's: "مسؤولة دفاعية إيطالية")
        office_ends = {t.end for t in ents if t.cat in ("TITLE", "RANK")}
        title_ends = {
            t.end
            for t in ents
            if t.cat == "COUNTRY" and t.extra == "adjective" and t.start in office_ends
        }
        tagged = {i for t in ents for i in range(t.start, t.end)}
        folds = self.folds

        def nisba(c: Tag) -> bool:
            k = c.start - 1
            if (
                c.cat != "COUNTRY"
                or c.extra != "adjective"
                or c.end - c.start != 1
                or k < 0
                or k in tagged
                or self.stops[k]
                or not _wordlike(self.texts[k])
            ):
                return False
            # (a word with the article is a noun: "الوزير الأردني الملف السوري", the file)
            return folds[k] in self.fx.given_names or (
                k in title_ends and not folds[k].startswith(self.fx.article_prefixes)
            )

        return [c for c in ents if not nisba(c)]

    def _agreements_past_adjectives(self, ents: list[Tag]) -> None:
        """An agreement's noun of two words and more, its first word followed by a
        country's adjective, is that noun: "un programme allemand de formation des
        garde-côtes" is a "programme de formation"."""
        heads = self.fx.agreement_heads
        folds = self.folds
        for c in ents:
            if c.cat != "COUNTRY" or c.start == 0:
                continue
            for rest, extra in heads.get(folds[c.start - 1], ()):
                end = c.end + len(rest)
                if end <= len(folds) and tuple(folds[c.end : end]) == rest:
                    tag = Tag("CUE", "agreement", extra, c.start - 1, end)
                    self.cue_at.setdefault(tag.start, []).append(tag)
                    for i in range(tag.start, tag.end):
                        self.cue_cover[i].append(tag)
                    break

    def _names_over_suffixed_titles(self) -> None:
        """In a script without capitals, a one-word office read only with a suffix taken
        off ("دستیاری" as "دستیار", assistant), after a name word and right before another
        office, is a family name: "امیر سرتیپ کوروش دستیاری معاون وزیر دفاع"."""
        for i in range(1, len(self.doc) - 1):
            t = self.ent[i]
            nxt = self.ent[i + 1]
            if (
                t is None
                or t.cat != "TITLE"
                or (t.start, t.end) != (i, i + 1)
                or self.folds[i] == self.norms[i]
                or not self.folds[i].startswith(self.norms[i])
                or nxt is None
                or nxt.cat != "TITLE"
                or nxt.start != i + 1
                or not self._plain(i - 1)
                or not _wordlike(self.tok(i - 1))
            ):
                continue
            self.ent[i] = None

    def _given_names_over_cues(self) -> None:
        """In a script without capitals, a one-word cue that is also a listed given name
        starts a name when a plain word and then an office follow it: "پیمان سعادت سفیر
        کشورمان در ژاپن" is Peyman Saadat, Iran's ambassador, not a pact."""
        for start, tags in list(self.cue_at.items()):
            one = [t for t in tags if t.end == start + 1]
            k = start + 1
            if (
                not one
                or self.folds[start] not in self.fx.given_names
                or k + 1 >= len(self.doc)
                or self.ent[start] is not None
                or not self._plain(k)
                or not _wordlike(self.tok(k))
            ):
                continue
            title = self.ent[k + 1]
            if title is None or title.cat not in ("TITLE", "RANK") or title.start != k + 1:
                continue
            self.cue_at[start] = [t for t in tags if t not in one]
            self.cue_cover[start] = [t for t in self.cue_cover[start] if t not in one]

    def _noun_of_verb(self, doc: Doc, start: int, end: int) -> bool:
        """A one-word cue the lexicon lists as a verb of meeting, read here with the
        article: "والبحث العلمي" is research, not "بحث" (discussed)."""
        if end - start != 1 or not self.fx.article_prefixes:
            return False
        norm = doc[start].norm_
        if norm not in self.fx.verb_cues:
            return False
        word = fold(doc[start].text)
        if word[:1] in CONJUNCTION_CLITICS and word[1:] not in self.fx.verb_cues:
            word = word[1:]
        return word != norm and any(word == a + norm for a in self.fx.article_prefixes)

    def _tag_acronyms(self, doc: Doc) -> None:
        """An abbreviation the article defines after a name holding a country ("the
        eastern-based Libyan National Army (LNA)", "Armée nationale libyenne (ANL)") is an
        organisation of that country wherever the article uses it ("LNA commander X"); one
        defined right after a title is that office wherever it stands alone ("The National
        Security Adviser (NSA), X, …", then "the NSA hosted …")."""
        defined: dict[str, str] = {}
        offices: dict[str, Tag] = {}
        for i in range(1, len(doc) - 1):
            acr = doc[i].text
            if not (
                doc[i - 1].text == "("
                and doc[i + 1].text == ")"
                and 2 <= len(acr) <= 6
                and acr.isalpha()
                and acr.isupper()
                and self.ent[i] is None
            ):
                continue
            title = self.ent[i - 2] if i >= 2 else None
            if title is not None and title.cat == "TITLE" and title.end == i - 1:
                # (the office's own initials: not "commandant de l'Armée nationale libyenne
                # (ANL)", the army's)
                initials = "".join(
                    doc[k].text[0].upper()
                    for k in range(title.start, title.end)
                    if doc[k].text[:1].isupper()
                )
                if initials == acr:
                    offices.setdefault(acr, title)
                    continue
            found = set()
            for k in range(i - 2, max(-1, i - 10), -1):
                if doc[k + 1].is_sent_start or _is_punct(doc[k].text):
                    break
                t = self.ent[k]
                if t is not None and t.cat == "COUNTRY":
                    found.add(t.value)
                elif t is not None and t.cat == "ORG" and re.fullmatch(r"[A-Z]{2}", t.extra):
                    found.add(t.extra)  # "Forces armées de la RDC (FARDC)"
            if len(found) == 1:
                defined.setdefault(acr, found.pop())
        if self.lex.cased:
            # an office's initials the article uses without defining them: "Vice Admiral X,
            # Vice Chief of the Naval Staff, …", then "the VCNS called on …"
            for k, t in enumerate(self.ent):
                if t is None or t.cat != "TITLE" or t.start != k:
                    continue
                words = [doc[q].text for q in range(t.start, t.end)]
                if any(w.isupper() for w in words if len(w) > 1):
                    continue  # (a headline in capitals)
                office = t
                if (
                    t.start > 0
                    and doc[t.start - 1].text[:1].isupper()
                    and self.folds[t.start - 1] in self.fx.deputy_words
                ):
                    # (its deputy's: "Vice Chief of the Naval Staff" is the VCNS)
                    words.insert(0, doc[t.start - 1].text)
                    role = DEPUTY_ROLES.get(t.value, t.value)
                    office = Tag("TITLE", role, t.extra, t.start - 1, t.end)
                initials = "".join(w[0] for w in words if w[:1].isupper())
                if len(initials) >= 3 and initials not in defined:
                    offices.setdefault(initials, office)
        for i, tok in enumerate(doc):
            cc = defined.get(tok.text)
            if cc is not None and self.ent[i] is None:
                self.ent[i] = Tag("ORG", "organization", cc, i, i + 1)
            office = offices.get(tok.text)
            if (
                office is not None
                and self.ent[i] is None
                and not (i > 0 and doc[i - 1].text == "(")  # (not where it is defined)
            ):
                self.ent[i] = Tag("TITLE", office.value, office.extra, i, i + 1)

    def _split_titles(self, ents: list[Tag]) -> list[Tag]:
        """Titles the lexicon lists whole, written with a country adjective (in Persian
        and Arabic script, the country's name) after their first words: "глава китайского
        МИД" (глава МИД), "vice-Premier ministre omanais chargé de la Défense", "معاون
        نخست‌وزیر عمان در امور دفاعی", with that country. The words before the country
        may be a title of their own ("ministre"), not part of a longer one."""
        title_at = {i: t for t in ents if t.cat == "TITLE" for i in range(t.start, t.end)}
        out = []
        for t in ents:
            a = t.start
            if t.cat != "COUNTRY":
                continue
            # English: a country's possessive stands for "the" ("head of Libya's
            # Presidential Council" is the head of the Presidential Council)
            owner = t.end < len(self.folds) and self.folds[t.end] in ("'s", "’s")
            # and a country's name used as an adjective after "the": "Chief of the Kenya
            # Defence Forces" is the Chief of the Defence Forces
            attributive = a > 0 and self.folds[a - 1] == "the" and t.extra == "name"
            if t.extra != "adjective" and self.lex.cased and not (owner or attributive):
                continue
            the = ("the",) if owner else ()
            end = t.end + 1 if owner else t.end
            best = None
            before = title_at.get(a - 1)
            for k in range(1, min(a, 6) + 1):
                if before is not None and (before.start < a - k or before.end != a):
                    continue  # the word before is in a longer title, or one starting earlier
                # the lexicon's words, which a hyphen does not cut ("vice-chairman of")
                head = self._words(a - k, a) + the
                for rest, role in self.fx.split_titles.get(head, ()):
                    for b in range(end + len(rest), min(len(self.folds), end + 2 * len(rest)) + 1):
                        if self._words(end, b) == rest and (best is None or b > best[1]):
                            best = (a - k, b, role)
            if best is not None:
                out.append(Tag("TITLE", best[2], t.value, best[0], best[1]))
        return out

    def _titles_past_adjective(self, ents: list[Tag]) -> list[Tag]:
        """A title the lexicon lists with a country adjective inside, "vice-ministre
        vietnamien de la Défense", that goes on into a longer title the lexicon lists without
        it, "vice-ministre de la Défense nationale": that longer one, with that country."""
        out = []
        n = len(self.folds)
        for t in ents:
            if t.cat != "TITLE" or not t.extra or t.end >= n:
                continue
            words = self.folds[t.start : t.end]
            for k, w in enumerate(words):
                if w not in self.fx.country_adjectives:
                    continue
                rest = words[:k] + words[k + 1 :]
                for more in (2, 1):
                    if t.end + more > n:
                        continue
                    key = " ".join(rest + self.folds[t.end : t.end + more])
                    if self.fx.title_roles.get(key) == t.value:
                        out.append(Tag("TITLE", t.value, t.extra, t.start, t.end + more))
                        break
        return out

    def _places_inside_names(self, spans: list[DocSpan]) -> set[int]:
        """The one-word places of a name written without capitals: between a rank, an
        honorific or a title (or from a known given name) and the title that follows the
        name, a run of two or more words no lexicon knows but that place, no stopword nor
        punctuation among them ("سپهبد له هوی وین معاون وزیر دفاع": وین is Vinh there, not
        Vienna; "با توماس برن وزیر مشاور …": Byrne, not Bern). A country's name is one only
        as the last word after a rank, before a comma or stop ("الفريق أول غابور بوروندي،")."""
        starts = {sp.start for sp in spans if sp.label_.startswith("TITLE")}
        leads = {sp.end for sp in spans if sp.label_.split("\t")[0] in ("RANK", "HON", "TITLE")}
        ranks = {sp.end for sp in spans if sp.label_.split("\t")[0] == "RANK"}
        known: dict[int, int] = {}  # token -> how many non-cue spans cover it
        places: list[int] = []  # the one-word places' tokens
        countries: set[int] = set()  # the one-word countries' (by name)
        for sp in spans:
            cat, _, extra = sp.label_.split("\t")
            if cat == "CUE":
                continue
            for i in range(sp.start, sp.end):
                known[i] = known.get(i, 0) + 1
            if cat in ("PLACE", "COUNTRY") and sp.end - sp.start == 1:
                if cat == "COUNTRY" and extra != "name":
                    continue
                places.append(sp.start)
                if cat == "COUNTRY":
                    countries.add(sp.start)
        out: set[int] = set()
        for i in places:
            a = i
            while a > 0 and a not in leads and self._unknown_word(a - 1, known):
                a -= 1
            b = i + 1
            while b < len(self.doc) and b not in starts and self._unknown_word(b, known):
                b += 1
            # (or a family name that is a country's, closing the clause after a rank and a
            # given name: "الفريق أول غابور بوروندي، …", Gábor Borondi)
            closes = (
                a in ranks
                and b == i + 1
                and b < len(self.doc)
                and self.tok(b) in (",", "،", ".")
            )
            if (
                (
                    a in leads
                    or (a < i and self.folds[a] in self.fx.given_names)
                    # (or after "with", two words or more before the office: "با توماس برن
                    # وزیر مشاور …")
                    or (a < i and a > 0 and self.folds[a - 1] in self.fx.with_words)
                )
                and (b in starts or closes)
                # (a country between two unknown words is a name's too: "لیو چین تانگ")
                and (i not in countries or closes or a < i < b - 1)
                and b - a >= 2
                and known.get(i) == 1
            ):
                out.add(i)
        return out

    def _unknown_word(self, i: int, known: dict[int, int]) -> bool:
        """Token i is a word, no stopword, that no lexicon entry covers (a cue may)."""
        return self.alpha[i] and not self.stops[i] and i not in known

    def _word_not_place(self, doc: Doc, s: int, e: int) -> bool:
        """Tokens s..e, a place written as a common word ("آستانه": Astana, a threshold),
        are no place unless punctuation or a word of ``place_followers`` follows them."""
        if fold(doc[s:e].text) not in self.fx.word_places:
            return False
        if e >= len(doc):
            return False
        if s > 0 and any(
            c.value in ("departure", "arrival") and c.end == s for c in self.cue_cover[s - 1]
        ):
            return False  # "راهی آستانه می‌شود": where one goes
        nxt = doc[e].text
        return not (_is_punct(nxt) or fold(nxt) in self.fx.place_followers)

    def _words(self, s: int, e: int) -> tuple[str, ...]:
        """The folded words of tokens s..e as the lexicon writes them: split at spaces
        only, so that a hyphenated word is one."""
        return tuple(
            "".join(self.folds[i] + (" " if self.spaced[i] else "") for i in range(s, e)).split()
        )

    def _inside_name(self, doc: Doc, s: int, e: int, tagged: set[int]) -> bool:
        """Capitalised words no lexicon knows on both sides of tokens s..e (a portfolio's
        word is no name word: "… for Foreign Affairs HE Sultan …")."""

        def name_word(i: int) -> bool:
            if not 0 <= i < len(doc) or i in tagged:
                return False
            t = doc[i]
            return (
                t.text[:1].isupper()
                and t.is_alpha
                and not t.is_sent_start
                and fold(t.text) not in self.fx.portfolios
                # (an office's number is none: "Minister of Foreign Affairs II Dato Seri …")
                and not re.fullmatch(r"[IVX]+", t.text)
            )

        return name_word(s - 1) and name_word(e)

    def _inside_named_text(self, doc: Doc, s: int, e: int) -> bool:
        """Tokens s..e, capitalised mid-sentence, are words of a capitalised name that ends
        in an agreement's word ("the Status of Visiting Forces Agreement")."""
        if s == 0 or doc[s].is_sent_start or not doc[s].text[:1].isupper():
            return False
        if doc[s].text.isupper() or _line_in_capitals(doc, s):
            return False
        for k in range(e, min(len(doc), e + 4)):
            word = doc[k].text
            if not word[:1].isupper():
                return False
            if fold(word) in self.fx.agreement_words:
                return True
        return False

    def _nisba_name(self, s: int, e: int) -> bool:
        """A place's name with the adjective ending ی / ي ("مشهدی", of Mashhad) right after a
        word of a name (no preposition, stopword or punctuation before it) is a family
        name: "مصطفی رجبی مشهدی", "محمود بوشهری"."""
        word = self.folds[s]
        if e - s != 1 or s == 0 or word[-1:] not in ("ی", "ي") or self.norms[s] != word[:-1]:
            return False
        return self.alpha[s - 1] and not self.stops[s - 1] and len(self.folds[s - 1]) >= 2

    @staticmethod
    def _acronym_not_place(doc: Doc, i: int) -> bool:
        """A city's name in capitals inside a sentence is an acronym ("LIMA 2023", a show);
        a date line's city ("SINGAPORE, June 1 -") or a headline in capitals is the city."""
        tok = doc[i]
        text = tok.text
        if not (text.isupper() and sum(ch.isalpha() for ch in text) >= 3):
            return False
        if _line_in_capitals(doc, i):
            return False  # a line in capitals
        if _text_of(doc)[_line_of(doc, i)[0] : tok.idx].strip():
            return True
        nxt = doc[i + 1].text if i + 1 < len(doc) else ""
        return nxt not in (",", "-", "–", "—", "(", "/", ".", ":")

    def _lowercase_proper_noun(self, tag: Tag) -> bool:
        """A country or place name (not an adjective) written in lower case (a place of a
        common noun and a name, "palais Bustros", has its name's capital)."""
        if tag.cat == "PLACE" and tag.end - tag.start > 1:
            return not any(self.texts[k][:1].isupper() for k in range(tag.start, tag.end))
        if tag.cat == "PLACE" or (tag.cat == "COUNTRY" and tag.extra == "name"):
            first = self.doc[tag.start].text
            return not first[:1].isupper()
        return False

    def _drop_inner_opening_cues(self) -> None:
        """A cue of ``opening_cues`` is one only at the start of its sentence: "Reçu mardi
        à Mogadiscio par X, Y a …", not "Y doit être reçu vendredi par le ministre"."""
        words = self.fx.opening_cues
        for start, tags in list(self.cue_at.items()):
            s = self.sents[self.sent_of[start]][0]
            if all(self.space[k] or _is_punct(self.texts[k]) for k in range(s, start)):
                continue
            drop = [t for t in tags if " ".join(self.folds[t.start : t.end]) in words]
            if not drop:
                continue
            self.cue_at[start] = [t for t in tags if t not in drop]
            for t in drop:
                for i in range(t.start, t.end):
                    self.cue_cover[i] = [c for c in self.cue_cover[i] if c is not t]

    def _drop_nested_cues(self) -> None:
        """A cue inside a longer cue of the same family is not a cue of its own:
        "signed" in "will be signed", "accord" in "accord de coopération". An ``idiom``
        holding a cue word is no cue at all ("menyambut baik": welcomed a decision, not a
        guest), and neither is any cue inside it; nor is a meeting's noun inside the name
        of a deal ("plan de consultations politiques")."""

        def family(t: Tag) -> str:
            return "status" if t.value in STATUS_CUES else t.value

        every = [t for ts in self.cue_at.values() for t in ts]
        keep = [
            t
            for t in every
            if t.value != "idiom"
            and not any(
                o is not t
                and (
                    family(o) == family(t)
                    or o.value == "idiom"
                    or (t.value == "meeting_noun" and o.value == "agreement")
                )
                and t.end <= o.end
                and (o.end - o.start) > (t.end - t.start)
                for o in self.cue_cover[t.start]
            )
        ]
        self.cue_at = {}
        self.cue_cover = [[] for _ in range(len(self.doc))]
        for t in keep:
            self.cue_at.setdefault(t.start, []).append(t)
            for i in range(t.start, t.end):
                self.cue_cover[i].append(t)

    def _dates(self) -> list:
        try:
            from graph.dates import find_dates
        except ImportError:  # pragma: no cover - dates module is part of the package
            return []
        found = find_dates(_text_of(self.doc), self.article.lang, self.article.published)
        for di, dm in enumerate(found):
            span = self.doc.char_span(dm.start, dm.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                self.date_tok[i] = di
        return found

    @cached_property
    def _countries_named(self) -> set[str]:
        """The countries the report names."""
        return {t.value for t in self.ent if t is not None and t.cat == "COUNTRY" and t.value}

    @cached_property
    def _bare_months(self) -> dict[int, PartialDate]:
        """Token -> the month named alone there ("in March", "в марте"), the last such
        month up to the report's (see :func:`graph.dates.past_bare_months`)."""
        out: dict[int, PartialDate] = {}
        text = _text_of(self.doc)
        for dm in past_bare_months(
            text, self.article.lang, self.article.published, found=self.dates
        ):
            span = self.doc.char_span(dm.start, dm.end, alignment_mode="expand")
            if span is not None:
                out[span.start] = dm.date
        return out

    def _bare_month_in(self, s: int, e: int) -> PartialDate | None:
        """The month named alone in tokens s..e, of the meeting they tell as held: "Earlier,
        in March, X and Y held a phone call", "X visited Y in December". Not in another
        clause after the meeting's word ("… met Y, who took office in March") or far after
        it, nor after a "since" ("since his election in July"), nor a range's end ("on 11-14
        November"), nor a month whose year follows in words ("in July of that year"), nor in
        quoted words or in a sentence of what is to come."""
        months = self._bare_months
        if not any(s <= i < e for i in months):
            return None
        first = self._first_meeting_cue(s, e)
        if first is None or self.cues(s, e, "planned") or self.cues(s, e, "future"):
            return None
        # (names, and a name set between two commas, are no other clause nor far: "X had
        # received Y's predecessor, Z, in Amman in December")
        apposed: set[int] = set()
        for m in self.by_sent.get(self.sent_of[s], []):
            apposed.update(range(m.start, m.end))
            if s < m.start and m.end < e and self.tok(m.start - 1) == self.tok(m.end) == ",":
                apposed.update((m.start - 1, m.end))
        for i in range(s, e):
            d = months.get(i)
            if d is None or self._in_quotes(i, s):
                continue
            if any(c.value == "since" for k in range(s, i + 1) for c in self.cue_cover[k]):
                continue
            if any(ch.isdigit() for k in range(max(s, i - 2), i) for ch in self.tok(k)):
                continue
            between = [k for k in range(first, i) if k not in apposed]
            if i > first and (
                any(self.tok(k) in CLAUSE_BREAKS for k in between)
                # (nor far after it, on what was talked of: "обсудили участие … в выставке
                # MSPO в Кельце в сентябре")
                or len(between) > 8
            ):
                continue
            if any(self.folds[k] in YEAR_WORDS for k in range(i + 1, min(e, i + 4))):
                continue
            return d
        return None

    # ----------------------------------------------------------------- helpers
    def _mention(self, m: Mention) -> None:
        """Record a mention and index it by token, sentence and end."""
        self.mentions.append(m)
        for i in range(m.start, m.end):
            self.covered[i] = self.covered[i] or m.person
        self.by_sent.setdefault(m.sent, []).append(m)
        self.by_end.setdefault(m.end, []).append(m)

    def tok(self, i: int) -> str:
        return self.texts[i]

    def norm(self, i: int) -> str:
        return self.norms[i]

    def is_stop(self, i: int) -> bool:
        return self.stops[i]

    def cues(self, s: int, e: int, category: str) -> list[Tag]:
        return [t for i in range(s, e) for t in self.cue_at.get(i, []) if t.value == category]

    def has_cue(self, i: int, category: str) -> bool:
        return any(t.value == category for t in self.cue_cover[i])

    def is_cased_name_token(self, i: int) -> bool:
        text = self.texts[i]
        if not text[:1].isupper() or not text[:1].isalpha():
            return False
        if len(text) > 1 and text.isupper() and not (
            (len(text) == 2 and text.endswith("."))
            # (or two initials before the family name: "А.Ю. Алимов", not "Washington D.C.")
            or (
                _two_initials(text)
                and i + 1 < len(self.doc)
                and self.tok(i + 1)[:1].isupper()
                and self.tok(i + 1)[1:2].islower()
            )
        ):
            return False  # acronyms and datelines (SNSC, MOSKOW), not initials ("А.", "А.Ю.")
        if (
            i + 2 < len(self.doc)
            and self.tok(i + 1) == "-"
            and len(self.tok(i + 2)) > 1
            and self.tok(i + 2).isupper()
        ):
            return False  # a prefix before an acronym: "Major Non-NATO Ally"
        # (a hyphen written tight; not a dash between spaces: "… Радованом Пешиной -
        # однофамильцем …")
        nxt = (
            i + 2 < len(self.doc)
            and self.tok(i + 1) == "-"
            and not self.doc[i].whitespace_
            and self.tok(i + 2)[:1].islower()
        )
        if nxt and len(self.tok(i + 2)) >= 6 and self.folds[i + 2] not in self.fx.particles:
            # "Народно-освободительной": first half of a compound adjective (but Won-sik)
            return False
        return self._plain(i)

    def _plain(self, i: int) -> bool:
        """Not a lexicon word, cue, date, honorific, stopword or punctuation."""
        return not (
            self.space[i]
            or _is_punct(self.texts[i])
            or self.numlike[i]
            or self.ent[i] is not None
            or self.cue_cover[i]
            or self.date_tok[i] is not None
            or self.hon[i]
            or self.is_stop(i)
        )

    # ----------------------------------------------------------------- names
    def name_at(self, i: int, end: int, *, after_rank: bool = False) -> tuple[int, int] | None:
        """The name starting at token i (honorifics skipped), as a token range."""
        while i < end and self.hon[i]:
            i += 1
        if i >= end:
            return None
        if i in self.model_names and self.model_names[i] <= end:
            return (i, self.model_names[i])
        first = self.tok(i)
        if first in OPEN_QUOTES:
            close = OPEN_QUOTES[first]
            j = i + 1
            while j < end and j - i <= MAX_NAME_TOKENS + 1 and self.tok(j) != close:
                j += 1
            if j < end and self.tok(j) == close and j > i + 1:
                inner = range(i + 1, j)
                if (
                    all(_wordlike(self.tok(k)) or self.tok(k) in "-." for k in inner)
                    and (not self.lex.cased or self.is_cased_name_token(i + 1))
                    # (a quoted organisation is no one's name: "قائد «أفريكوم»")
                    and not any(self._entity_at(k, ("ORG", "COUNTRY", "PLACE")) for k in inner)
                    # (nor a blessing: "رئيس الدولة "حفظه الله"")
                    and not all(self.hon[k] for k in inner)
                ):
                    return (i + 1, j)
            return None
        if self._body_word(i):
            # "مدير إدارة آسيا", "pejabat Kementerian Perdagangan": a body, no one's name
            return None
        if self.lex.cased:
            if (
                i + 1 < end
                and (c := self.ent[i + 1]) is not None
                and c.start == i + 1
                and c.cat == "COUNTRY"
                and c.end < end
                and self._entity_at(c.end, ("ORG", "TITLE"))
            ):
                return None  # a body's first word: "Royal Thai Armed Forces Chief of …"
            rng = self._cased_name(i, end)
            if rng is not None and rng[1] < end and self._facility_after(rng[1]):
                return None  # named after someone: "King Abdulaziz Military Academy"
            if rng is not None and (
                self._body_word(rng[1] - 1) or self.folds[rng[1] - 1] in BODY_NAME_ENDS
            ):
                return None  # a body's name: "the next General Border Committee meeting"
            if rng is not None and rng[1] == rng[0] + 1 and self._adjective_phrase(rng[0]):
                return None  # "Командующий Северным флотом": the fleet's adjective
            if (
                rng is not None
                and rng[1] == rng[0] + 1
                and rng[1] + 1 < end
                and self.folds[rng[0]] in self.fx.title_words
                and self.is_stop(rng[1])
                and any(t[:1].isupper() for t in self.texts[rng[1] + 1 : rng[1] + 3])
            ):
                return None  # the head of an office unlisted: "Chief of the Joint Naval Staff"
            return rng
        if self._country_after_adjective(i) and i + 1 < end and self._uncased_ok(i + 1):
            # a given name that is a country's, right after the title and its country:
            # "وزير الدولة للشؤون الخارجية الصومالي بوتان عسبلي قورشيل" (no Bhutan)
            rng = self._uncased_name(i + 1, end, after_rank=after_rank)
            return (i, rng[1]) if rng is not None else None
        return self._uncased_name(i, end, after_rank=after_rank)

    def _country_after_adjective(self, i: int) -> bool:
        """Token i is a country's name of one word right after a country's adjective: a
        given name after the title's country ("الصومالي بوتان عسبلي قورشيل", no Bhutan)."""
        t = self.ent[i]
        prev = self.ent[i - 1] if i > 0 else None
        return (
            t is not None
            and t.cat == "COUNTRY"
            and (t.start, t.end) == (i, i + 1)
            and t.extra != "adjective"
            and prev is not None
            and prev.cat == "COUNTRY"
            and prev.extra == "adjective"
            and prev.end == i
        )

    def _adjective_phrase(self, i: int) -> bool:
        """Token i is a capitalised adjective in an oblique case that the next, lower-case
        word agrees with: a body's name ("Южным командованием", "Национального собрания")."""
        if i + 1 >= len(self.doc) or not self.texts[i + 1][:1].islower():
            return False
        word, nxt = self.folds[i], self.folds[i + 1]
        return any(a.search(word) and b.search(nxt) for a, b in self.fx.adjective_phrases)

    def _body_word(self, i: int) -> bool:
        """Token i is one of the language's ``body_words``, with or without the clitics and
        article written on it ("وكالة", "لمؤسسة", "للإدارة", "اداره")."""
        words = self.fx.body_words
        if not words:
            return False
        word = self.folds[i]
        if self.lex.cased:
            return word in words  # (no clitic or article is written on a cased word)
        for pre in ("", *CONJUNCTION_CLITICS, *ARABIC_PREPOSITION_CLITICS, "وب", "ول"):
            if pre and not word.startswith(pre):
                continue
            rest = word[len(pre) :]
            # (the article's alif drops after "ل": "للإدارة")
            for art in ("", "ال", "ل"):
                if rest.startswith(art) and rest[len(art) :] in words:
                    return True
        return False

    def _after_title(self, i: int) -> bool:
        """Token i follows a title, a rank or an honorific (a comma or the title's country
        between them allowed): "Defence Minister | Aden", "Menteri Pertahanan Israel | X"."""
        k = i - 2 if i >= 2 and self.tok(i - 1) == "," else i - 1
        if k < 0:
            return False
        if self.hon[k] or self._entity_at_end(k, ("TITLE", "RANK")):
            return True
        country = self.ent[k] if self._entity_at_end(k, ("COUNTRY",)) else None
        return country is not None and self._entity_at_end(country.start - 1, ("TITLE",))

    def _entity_name_start(self, i: int, end: int) -> bool:
        """A one-word country or city name followed by a name word: a given name that is
        also a place ("Israel Katz", "Aden Duale", "Jordan Bardella")."""
        t = self.ent[i]
        return (
            t is not None
            and t.start == i
            and t.end == i + 1
            and (
                # (a place under its own name: not "Pentagon", which stands for Washington;
                # where names inflect, in any case: "генералом Миланом Мойсиловичем")
                (
                    t.cat == "PLACE"
                    and (fold(self.texts[i]) == fold(t.value) or bool(self.fx.case_rules))
                )
                or (t.cat == "COUNTRY" and t.extra == "name")
            )
            and self.texts[i][:1].isupper()
            and not (self.texts[i].isupper() and len(self.texts[i]) > 1)  # (США, UAE: no one's)
            and i + 1 < end
            and self.is_cased_name_token(i + 1)
        )

    def _city_word(self, j: int) -> bool:
        """Token j is a city's one-word name, capitalised, not in capitals: a name word it
        may be ("Jan Milan", "Abdourahman Aden Dirieh", "Javiera Cifuentes Lagos")."""
        place = self.ent[j]
        return (
            place is not None
            and place.start == j
            and place.end == j + 1
            and place.cat == "PLACE"
            and self.texts[j][:1].isupper()
            and not self.texts[j].isupper()
        )

    def _cased_name(self, i: int, end: int) -> tuple[int, int] | None:
        if self._entity_name_start(i, end) and self._after_title(i):
            # right after a title (and its country), a place name before a name word is a
            # given name: "Menteri Pertahanan Israel Israel Katz"
            rng = self._cased_name(i + 1, end)
            return (i, rng[1]) if rng else None
        if (
            self.is_stop(i)
            and self.texts[i][:1].isupper()
            and self.sents[self.sent_of[i]][0] != i
            and self.ent[i] is None
            and (
                not self.cue_cover[i]
                # any function word right after a rank or title: "General He Weidong"
                # (Chinese He), "генерал-полковник Во Минь Лыонг" (Vietnamese Vo)
                or self._after_title(i)
            )
            and i + 1 < end
            and self.is_cased_name_token(i + 1)
            # (not in a headline's title case: "Dubes RI Dorong Peningkatan Perdagangan")
            and not self._headline_at(i)
        ):
            # a name word that is also a function word, capitalised mid-sentence after a
            # title: "Но Гван Чхоль" (Korean Roh), "Lalu Muhamad Iqbal"
            rng = self._cased_name(i + 1, end)
            return (i, rng[1]) if rng else None
        if not self._starts_name(i, end):
            return None
        if not self.is_cased_name_token(i):
            i0, i = i, self._particle_run(i, end)
            rng = self._cased_name(i, end)
            return (i0, rng[1]) if rng else None
        j = i + 1
        words = 1  # name words, not the particles and hyphens between them (Al-Ahmad Al-Sabah)
        # (a Malay name goes on with the father's, honorifics and all: "Erywan bin Pehin
        # Datu Pekerma Jaya Haji Mohd Yusof"; set once a "bin" joins a word)
        fathers = False
        while j < end and words < MAX_NAME_TOKENS + 3 * fathers:
            if self.is_cased_name_token(j):
                words += self.folds[j] not in self.fx.particles  # (not "Al" of Al-Sabah)
                j += 1
                continue
            if (
                self.is_stop(j)
                and self.texts[j][:1].isupper()
                and not (len(self.texts[j]) > 1 and self.texts[j].isupper())
                and self.ent[j] is None
                and all(c.value in ("pronoun", "location_prep") for c in self.cue_cover[j])
                and not self._headline_at(j)
            ):
                # a name word that is a function word too, capitalised mid-sentence: "Bui
                # Thanh Son et son homologue" (not the pronoun "son"), the Burmese "Тхиха
                # Ньюнт У" (not the preposition "у")
                j += 1
                words += 1
                continue
            if self.is_stop(j) and self.texts[j][:1].isupper() and self._hyphened_tail(j + 1, end):
                # a Korean given name whose first part is a function word: "Kang In-sun"
                j += 3
                words += 1
                continue
            if (
                self.texts[j] == "."
                and len(self.texts[j - 1]) == 2
                and self.texts[j - 1][1:].islower()
                and j + 1 < end
                and self.is_cased_name_token(j + 1)
            ):
                j += 1  # an abbreviated name word: "Jose Ma. Ambrosio Ezpeleta" (Maria)
                continue
            # particles and hyphens inside names: al-Abbasi, bin Salman, Jean-Yves
            k = self._particle_run(j, end)
            if (
                k > j
                and k < end
                and (
                    self.is_cased_name_token(k)
                    # (any capitalised word after "bin" is a name's: "Hamood bin Said
                    # Al-Barwani", no "said")
                    or (
                        self.texts[k][:1].isupper()
                        and self.ent[k] is None
                        and _wordlike(self.texts[k])
                        and self.folds[k - 1] in self.fx.particles
                        and not self._headline_at(k)
                    )
                )
            ):
                fathers = fathers or any(self.folds[q] in PATRONYMIC_WORDS for q in range(j, k))
                j = k + 1
                words += 1
                continue
            if (
                words == 1
                and j == i + 1
                and self._city_word(j)
                and not (j + 1 < end and self.is_cased_name_token(j + 1))
                and self._after_title(i)
            ):
                j += 1  # a family name that is a city: "Jan Milan", "Marco Porto"
                break
            if (
                words >= 2
                and self._city_word(j)
                and j + 1 < end
                and self.texts[j + 1] in (",", ".", ")")
                and self._after_title(i)
            ):
                j += 1  # a second family name that is a city: "Javiera Cifuentes Lagos,"
                break
            if (
                self._city_word(j)
                and j + 1 < end
                and self.is_cased_name_token(j + 1)
                and self._after_title(i)
            ):
                j += 1  # a middle name that is a city: "Abdourahman Aden Dirieh"
                words += 1
                continue
            if self.hon[j] and fathers and j + 1 < end and self.is_cased_name_token(j + 1):
                # a father's honorific is part of his name: "Erywan bin Pehin Datu Pekerma
                # Jaya Haji Mohd Yusof", "Ahmad Zaini bin Haji Zainal Abidin"
                j += 1
                continue
            if re.fullmatch(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})", self.tok(j)):
                j += 1  # a regnal number ends the name: "Mohammed VI", "Abdullah II"
                break
            # an apostrophe inside a name that the French tokenizer cut as an elision:
            # "Mata'" + "afa" (Fiamē Naomi Mata'afa)
            if (
                self.tok(j - 1)[-1:] in ("'", "’")
                and len(self.tok(j - 1)) > 2
                and not self.doc[j - 1].whitespace_
                and self.tok(j).isalpha()
                and self.tok(j).islower()
            ):
                j += 1
                continue
            # a capital and an apostrophe opening a family name, which the French tokenizer
            # cut as an elision: "Koffi Yao N'" + "Guessan", "Ahmadou M'" + "Baye"
            if (
                re.fullmatch(r"[A-Z]['’]", self.tok(j))
                and not self.doc[j].whitespace_
                and j + 1 < end
                and self.tok(j + 1).isalpha()
                and self.tok(j + 1)[:1].isupper()
            ):
                j += 2
                words += 1
                continue
            # Korean and Chinese given names: "Shin Won-sik", "Kim Jong-un"
            if self._hyphened_tail(j, end):
                j += 2
                continue
            break
        if self._acronym_reaches_before(i, j):
            return None  # "… of the Southern African Development Community (SADC)"
        if all(self.folds[k] in self.fx.portfolios or self.is_stop(k) for k in range(i, j)):
            return None  # a portfolio, no name: "Wakil Menteri Pertahanan AS Bidang Kebijakan"
        # a leading particle form like "al-" belongs to the name already; trailing ones not
        return (i, j)

    def _acronym_reaches_before(self, i: int, j: int) -> bool:
        """The acronym in brackets after tokens i..j spells capitalised words that start
        before i: the words are the tail of an organisation's name, not a person's. The
        name may go on past j in capitalised words and function words: "General Authority
        for Military Industries (GAMI)" after the rank-like "General"."""
        while (
            j < len(self.texts)
            and self.tok(j) != "("
            and (self.is_stop(j) or (self.texts[j][:1].isupper() and self.texts[j].isalpha()))
            and j - i < 8
        ):
            j += 1
        if not (j + 2 < len(self.texts) and self.tok(j) == "(" and self.tok(j + 2) == ")"):
            return False
        acr = self.tok(j + 1)
        if not (2 <= len(acr) <= 8 and acr.isalpha() and acr.isupper()):
            return False
        initials: list[str] = []
        k = j - 1
        while k >= 0 and len(initials) < len(acr):
            text = self.texts[k]
            if text[:1].isupper() and text.isalpha():
                initials.append(text[0])
            elif not self.is_stop(k):
                return False
            k -= 1
        return "".join(reversed(initials)) == acr and k + 1 < i

    def _particle_run(self, j: int, end: int) -> int:
        """Index after the particles/hyphens starting at j ("al -", "bin", "-")."""
        k = j
        while (
            k < end
            and k - j < 3
            and (self.folds[k] in self.fx.particles or self.tok(k) in ("-", "'", "’"))
        ):
            k += 1
        return k

    def _starts_name(self, i: int, end: int) -> bool:
        """A cased name may also start with a particle joined by a hyphen: al-Muhandis."""
        if self.is_cased_name_token(i):
            return True
        k = self._particle_run(i, end)
        return k > i + 1 and k < end and self.tok(k - 1) == "-" and self.is_cased_name_token(k)

    def _name_word_of_deal(self, j: int, end: int, *, after_rank: bool) -> bool:
        """Token j, an agreement word ("ميثاق", a pact), is a name's word: after a rank, the
        family name with its article right after it and the clause closed after that
        ("الفريق أول الركن غزوان ميثاق الغراوي، أمس")."""
        return (
            after_rank
            and j + 2 < end
            and bool(self.cue_cover[j])
            and all(c.value == "agreement" for c in self.cue_cover[j])
            and self.ent[j] is None
            and self._article_word(j + 1)
            and self._uncased_ok(j + 1)
            and not self._common_noun(j + 1)
            and self.tok(j + 2) in (",", "،", ".")
        )

    def _uncased_ok(self, i: int) -> bool:
        t = self.tok(i)
        return self._plain(i) and _wordlike(t) and len(t) >= 2 and not self._and_phrase(i)

    def _and_phrase(self, i: int) -> bool:
        """A word with "و" (and) written on it that starts another phrase: an article word
        ("والملحق"), a function word ("وعدد", "ومن") or the first word of an office, rank or
        organisation ("وسفير")."""
        key = self.folds[i]
        if key[:1] not in CONJUNCTION_CLITICS or len(key) < 3 or self.lex.cased:
            return False
        if not self.lex.prefixes:
            # (a language that writes no clitic on its words: Persian "و" stands alone, and
            # "وان" is a name's word, the Vietnamese Văn of "فام وان لوک")
            return False
        rest = key[1:]
        if any(rest.startswith(a) for a in self.fx.article_prefixes) and len(rest) > 3:
            # ("ف", so, opens a clause: mid-clause "فال…" is a name, "فالديس ميسا")
            return key[0] != "ف" or not self._mid_clause(i)
        if (
            key[0] == "و"
            and len(rest) >= 4
            and i > 0
            and self._entity_at_end(i - 1, ("TITLE",))
            and not {key, rest} & self.fx.given_names
            and i + 1 < len(self.doc)
            and self._article_word(i + 1)
        ):
            return True  # the office's portfolio goes on: "وزير الزراعة واستصلاح الأراضي"
        return rest in self.fx.stop or rest in self.fx.phrase_heads

    def _family_before_hyphened(self, i: int, end: int) -> bool:
        """Token i, a function word (no cue, date or entity), is the family name before a
        given name of two hyphened parts, as Korean names are written: "يوم جيه-هون" (Yeom
        Jae-hoon; "يوم" is also "day")."""
        return (
            i + 3 < end
            and self.is_stop(i)
            and self.ent[i] is None
            and not self.cue_cover[i]
            and self.date_tok[i] is None
            and _wordlike(self.tok(i))
            and self.tok(i + 2) == "-"
            and not self.doc[i + 1].whitespace_
            and not self.doc[i + 2].whitespace_
            and self._uncased_ok(i + 1)
            and self._uncased_ok(i + 3)
        )

    def _hyphened_tail(self, j: int, end: int) -> bool:
        """Tokens j, j+1 are a hyphen against the word before and a short part in lower case
        after it, the second half of a Korean or Chinese given name: "Won" + "-" + "sik"."""
        return (
            j + 1 < end
            and self.tok(j) == "-"
            and j > 0
            and not self.doc[j - 1].whitespace_
            and not self.doc[j].whitespace_
            and self.tok(j + 1).isalpha()
            and self.tok(j + 1).islower()
            and len(self.tok(j + 1)) <= 4
        )

    def _uncased_name(self, i: int, end: int, *, after_rank: bool) -> tuple[int, int] | None:
        """Up to 3 plain tokens (more with particles: "سلطان بن سعد بن خالد آل سعود")."""
        if not self._uncased_ok(i) and not self._family_before_hyphened(i, end):
            return None
        if (
            not after_rank  # ("سرهنگ ستاد X": a staff colonel)
            and self.folds[i] in self.fx.phrase_heads
            and self.folds[i] not in self.fx.given_names
        ):
            return None  # an organisation's first word: "فرمانده ستاد عملیاتی راهبردی …"
        if self.folds[i] in AFFAIRS_FOR:
            return None  # a portfolio: "مساعد وزير الخارجية لشؤون الدول العربية وعدد …"
        j = i + 1
        limit = 3
        if self.folds[i] in self.fx.particles and j < end and _wordlike(self.tok(j)):
            j += 1  # "عبد الأمير …", "أبو بكر …": the word after the particle belongs to it
            limit += 1
        while j < end and j - i < limit:
            if self.folds[j] == ALLAH and j > i:
                j += 1  # "يار الله", "نصر الله": one name word written in two
                limit += 1
                continue
            if (
                j == i + 1
                and self.folds[j] in COMPOUND_SECONDS
                and j + 1 < end
                and self._uncased_ok(j + 1)
                and not self._common_noun(j + 1)
            ):
                j += 1  # "ميزان الرحمن شميم": a given name in two words, a family name
                limit += 1
                continue
            if (
                self.tok(j) == "-"
                and j + 1 < end
                and not self.doc[j - 1].whitespace_
                and not self.doc[j].whitespace_
                and self._uncased_ok(j + 1)
            ):
                j += 2  # a double-barrelled name: "إليزابيث أوفوسو-أدجاري"
                limit += 2
                if j - 3 > i:
                    # (a family name, past the first word, ends the name: "… كلير
                    # مونتروج-فاسور مستقبل التعاون")
                    break
                continue
            if (
                self.folds[j] in self.fx.particles
                and j + 1 < end
                and (self._uncased_ok(j + 1) or self._stem_only_reading(j + 1))
            ):
                limit += 2
                j += 2
                continue
            if self._uncased_ok(j) and (
                not self._common_noun(j)
                # a family name with a noun ending right after a known given name, ending
                # the name: "مازن الفراية"
                or (
                    (
                        (j == i + 1 and self.folds[i] in self.fx.given_names)
                        # (or a given name of "عبد" and a word: "عبد الحميد الدبيبة")
                        or (j == i + 2 and self.folds[i] == fold("عبد"))
                    )
                    and (j + 1 >= end or not self._uncased_ok(j + 1))
                )
                # (or the third word after a rank, closing the clause: "اللواء الركن نايف
                # عواد الخريسات، في مكتبه")
                or (
                    after_rank
                    and j == i + 2
                    and j + 1 < end
                    and self.tok(j + 1) in (",", "،")
                )
                # (or the second, closing the clause, before the day or a function word:
                # "اللواء الركن عوني الهبابشة، اليوم", "… عوني الهبابشة اليوم", "اللواء
                # الركن يزن الحباحبة مع …")
                or (
                    after_rank
                    and j == i + 1
                    and j + 1 < end
                    and (
                        self.tok(j + 1) in (",", "،", ".")
                        or self.date_tok[j + 1] is not None
                        or self.is_stop(j + 1)
                    )
                )
            ):
                j += 1
                continue
            if self._clitic_reading_at_end(j, end):
                j += 1  # "باسيرو ديوماي فاي،": Faye, not ف + أي
            elif self._name_word_of_deal(j, end, after_rank=after_rank):
                j += 2  # "الفريق أول الركن غزوان ميثاق الغراوي،": Mithaq, a given name
            break
        if j < end and self.folds[j] == ALLAH and self.folds[j - 1] not in self.fx.particles:
            j += 1  # the last name word in two: "… يار الله"
        elif (
            j - i == limit
            and j < end
            and self._article_word(j)
            and self.ent[j] is None
            and not self.cue_cover[j]
            and self._uncased_ok(j)
            and not self._common_noun(j)
        ):
            j += 1  # a fourth word, the family name with its article: "ثابت محمد سعيد العباسي"
        elif (
            j - i == limit
            and j + 1 < end
            # (or before the day: "السفير سميح عيسى جوهر حيات اليوم الثلاثاء"; or before
            # "and" opening another phrase: "محمد رضا باستاني فر والوفد المرافق له")
            and (
                self.tok(j + 1) in (",", "،", ".")
                or self.date_tok[j + 1] is not None
                or self._and_phrase(j + 1)
            )
            and self.ent[j] is None
            and not self.cue_cover[j]
            and self.date_tok[j] is None
            and self._uncased_ok(j)
            and not self._common_noun(j)
        ):
            j += 1  # … or a fourth word closing the clause: "ظهير أحمد بابر سيدهو،"
        elif (
            j - i == limit
            and j + 1 < end
            and self._entity_at(j + 1, ("TITLE",))
            and self.ent[j] is None
            and not self.cue_cover[j]
            and self.date_tok[j] is None
            and self._uncased_ok(j)
            and not self._common_noun(j)
            and not self._article_word(j)
        ):
            j += 1  # … or before the next one's title: "شير محمد عباس ستانكزي نائبَ وزير …"
        elif (
            j - i >= 2
            and j + 1 < end
            and self.tok(j + 1) in (",", "،", ".")
            and self.is_stop(j)
            and len(self.tok(j)) <= 2
            and self.ent[j] is None
            and self.cue_cover[j]
            and all(c.value == "pronoun" for c in self.cue_cover[j])
        ):
            j += 1  # … or a short syllable that is a word alone, closing it: "يون جونغ هو،"
        rank = self.ent[j] if j < end and j - i >= 2 else None
        if (
            rank is not None
            and rank.cat == "RANK"
            and (rank.start, rank.end) == (j, j + 1)
            and not self._article_word(j)
            and (j + 1 >= end or self.tok(j + 1) in (",", "،", "."))
        ):
            j += 1  # a family name that is a rank's word, closing the clause: "حسين نوري مقدم،"
        nisba = self.ent[j] if j < end else None
        if (
            nisba is not None
            and nisba.cat == "COUNTRY"
            and nisba.start == j
            and nisba.end == j + 1
            and nisba.extra == "adjective"
            and (
                (j - i >= 2 and self._article_word(j))
                # Persian has no article: "دریادار شهرام ایرانی" after a rank
                or (not self.fx.article_prefixes and after_rank and j - i >= 1)
            )
        ):
            j += 1  # a family name that is also a demonym: "محمد شياع السوداني"
        return (i, j) if self._uncased_plausible(i, j, after_rank=after_rank) else None

    def _stem_only_reading(self, k: int) -> bool:
        """Token k is a lexicon word only once a suffix is cut ("قصرة" as قصر, a palace): a
        name word after a particle ("مرهف أبو قصرة")."""
        return (
            _wordlike(self.texts[k])
            and self.norms[k] != self.folds[k]
            and self.ent[k] is None
            and not self.is_stop(k)
            and self.date_tok[k] is None
            and not self.hon[k]
        )

    def _clitic_reading_at_end(self, j: int, end: int) -> bool:
        """Token j is a function word, or a word with "and" and the article, only when
        read as a clitic and a word ("فاي" as ف + أي, "فالتونين" as ف + ال…) and a clause
        break follows it: the last word of a name (Faye, Valtonen)."""
        if (
            self._and_phrase(j)
            and self.folds[j][:1] == "ف"
            and (j + 1 >= end or _is_punct(self.texts[j + 1]))
            and self._plain(j)
        ):
            return True
        return (
            self.stops[j]
            and self.folds[j] not in self.fx.stop
            and self.norms[j] != self.folds[j]
            and (j + 1 >= end or _is_punct(self.texts[j + 1]))
            and _wordlike(self.texts[j])
            and self.ent[j] is None
            and not self.cue_cover[j]
            and self.date_tok[j] is None
        )

    def _uncased_plausible(self, i: int, j: int, *, after_rank: bool) -> bool:
        """A name in a script without capitals: a known given name first; or two or more
        tokens of which only the last may start with the article (al-…: "الوطني الشعبي" is
        an adjective phrase); or one word right after a rank ("سرلشکر باقری")."""
        first = self.folds[i]
        if j - i >= 2 and self._article_word(j - 1) and self.folds[j - 1].startswith(_LIL):
            return False  # "سلمان للإغاثة": "for the …", no family name
        if first in self.fx.given_names:
            return True
        if j - i >= 3 and self.folds[i + 1] == ALLAH:
            return True  # a name with "الله" is given: "حجة الله غنيمي فرد"
        if self._article_word(i):
            # (but three words of the article after a title, no noun among them: a name whose
            # given part carries it too, "السفير الختيم المرضي الجزولي")
            return (
                j - i == 3
                and i > 0
                and (self._entity_at_end(i - 1, ("TITLE",)) or self.hon[i - 1])
                and all(
                    self._article_word(k) and not self._common_noun(k)
                    for k in range(i, j)
                )
            )
        if j - i >= 2:
            # a family name may carry the article ("سالم بن خالد الراشدي"), and so may the
            # word after a particle ("محمد ولد الشيخ الغزواني"); a noun phrase has it on
            # more words ("تعزيز التعاون العسكري"). After an honorific, a name of three
            # words or more may end in two ("الشيخ جراح جابر الأحمد الصباح")
            last = j - 2 if j - i >= 3 and i > 0 and self.hon[i - 1] else j - 1
            if (
                j - i == 3
                and i > 0
                and (self._after_title(i) or self.hon[i - 1])
                and not self._article_word(j - 1)
                and not any(self._common_noun(k) for k in range(i, j))
            ):
                # (a father's name with the article between two without it, right after a
                # title: "السفير مدني التوم تراب", no noun phrase ending so)
                last = i + 1
            return not any(
                self._article_word(k)
                and not (k > i and self.folds[k - 1] in self.fx.particles)
                and not (k == i + 1 and self.folds[k] in COMPOUND_SECONDS)
                for k in range(i, last)
            )
        if after_rank and i > 0 and (r := self.ent[i - 1]) is not None and r.cat == "RANK":
            # (not after a rank's word written without its article, where ranks take one:
            # "سترسل فريق تدريب", a training team)
            return not self.fx.article_prefixes or any(
                self.norms[r.start].startswith(a) or self.folds[r.start].startswith(a)
                for a in self.fx.article_prefixes
            )
        return after_rank

    def _common_noun(self, k: int) -> bool:
        """An article word with a noun ending (ar "الوحدات"): it ends a name."""
        return bool(self.fx.noun_endings) and (
            self._article_word(k) and self.tok(k).endswith(self.fx.noun_endings)
        )

    def _article_word(self, k: int) -> bool:
        key = self.folds[k]
        if self.texts[k][:1] in ("إ", "أ"):
            return False  # a hamza is no article: إلهام (Ilham), ألبرت
        if key.startswith("فال") and self._mid_clause(k):
            return False  # "ف" (so) opens a clause: mid-clause "فالديس" is Valdés
        return any(key.startswith(a) for a in self.fx.article_prefixes) and key not in (
            self.fx.particles
        )

    def _mid_clause(self, k: int) -> bool:
        """Token k follows a word of its clause (no punctuation, not the text's start)."""
        return k > 0 and not _is_punct(self.tok(k - 1))

    def _name_closing_clause(self, k: int, end: int) -> tuple[int, int] | None:
        """A name of two words or more at k, closed by a comma or a full stop."""
        rng = self.name_at(k, end)
        if rng is None or rng[1] - rng[0] < 2 or rng[1] >= end:
            return None
        return rng if self.tok(rng[1]) in (",", "،", ".") else None

    def _prev_name(self, comma: int, sent_start: int) -> tuple[int, int] | None:
        """The name ending right before token ``comma`` (apposition)."""
        j = comma
        i = j
        if self.lex.cased:
            while i > sent_start and j - i < MAX_NAME_TOKENS + 2:
                if self.is_cased_name_token(i - 1):
                    i -= 1
                    continue
                if (
                    i - 3 >= sent_start
                    and self.tok(i - 1).isalpha()
                    and self.tok(i - 1).islower()
                    and len(self.tok(i - 1)) <= 4
                    and self.tok(i - 2) == "-"
                    and self.is_cased_name_token(i - 3)
                ):
                    i -= 3  # "Shin Won-sik"
                    continue
                if (
                    i < j
                    and i - 2 >= sent_start
                    and self.is_stop(i - 1)
                    and self.tok(i - 1)[:1].isupper()
                    and self.tok(i - 1)[1:].islower()
                    and len(self.tok(i - 1)) <= 4
                    and self.is_cased_name_token(i - 2)
                ):
                    i -= 2  # a capitalised stop word inside a name: "Choe Son Hui" (fr "son")
                    continue
                # "al-" / "bin" / "-" between name tokens, or a leading "al-"
                k = i
                while k > sent_start and (
                    self.folds[k - 1] in self.fx.particles or self.tok(k - 1) == "-"
                ):
                    k -= 1
                if (
                    k < i
                    and i < j
                    and (
                        (k > sent_start and self.is_cased_name_token(k - 1))
                        or self.tok(i - 1) == "-"
                    )
                ):
                    i = k
                    continue
                break
        else:
            words = 0

            def ok(k: int) -> bool:
                # a word after a particle is a name's, whatever it means alone ("آل ثاني"),
                # and so is one before a son's "بن" ("ثاني بن أحمد الزيودي")
                return self._uncased_ok(k) or (
                    (
                        (k > sent_start and self.folds[k - 1] in self.fx.particles)
                        or (k + 1 < j and self.folds[k + 1] in SON_PARTICLES)
                    )
                    and _wordlike(self.tok(k))
                    and self.ent[k] is None
                    and not self.hon[k]
                    and not self.cue_cover[k]
                )

            nisba = self.ent[j - 1] if j - 1 > sent_start else None
            if (
                nisba is not None
                and nisba.cat == "COUNTRY"
                and (nisba.start, nisba.end) == (j - 1, j)
                and nisba.extra == "adjective"
                and self._article_word(j - 1)
            ):
                # a family name that is also a demonym, before a title (an adjective
                # follows its noun): "حمود بن سيف الكندي وكيل وزارة الخارجية"
                i -= 1
            else:
                nisba = None
            while i > sent_start and words < 4:
                if (
                    i < j
                    and i - 2 >= sent_start
                    and self.tok(i - 1) == "-"
                    and not self.doc[i - 2].whitespace_
                    and not self.doc[i - 1].whitespace_
                    and ok(i - 2)
                ):
                    i -= 2  # a double-barrelled name: "بئاتریس لوتی-آمراین"
                    words += 1
                    continue
                if not ok(i - 1):
                    break
                i -= 1
                if self.folds[i] not in self.fx.particles:
                    words += 1
            if i < j and self.folds[i] in self.fx.particles - NAME_OPENERS:
                i += 1  # a name does not start with "bin" (it does with "عبد الله", "أبو بكر")
            if nisba is not None and words < 2:
                return None  # (the demonym after one word: "محمد الكندي" may be "the Canadian")
            # one word right after an honorific is a name too ("آیت‌الله خامنه‌ای")
            after_hon = i > sent_start and self.hon[i - 1]
            if i < j and not self._uncased_plausible(i, j, after_rank=after_hon):
                return None
            if any(self._body_word(k) for k in range(max(sent_start, i - 1), j)):
                # a body or its name: "به گزارش خبرگزاری مهر، وزیر …", "خبرنگار گروه سیاسی
                # ایرنا، وزیر …" (no one's name)
                return None
        if (
            self.lex.cased
            and j - i == 1
            and i - 2 >= sent_start
            and self.is_stop(i - 1)
            and (self.folds[i] in self.fx.portfolios or self.folds[i] in self.fx.title_words)
        ):
            return None  # a portfolio of a body: "Selon le ministère moldave de la Défense, …"
        return (i, j) if i < j else None

    # ----------------------------------------------------------------- officials
    def _title_phrase(self, i: int, end: int) -> dict | None:
        """Parse [COUNTRY ('s)] [modifiers] TITLE [COUNTRY|ORG|of…]* [,] RANK* NAME? at i."""
        t = self.ent[i]
        if t is None or t.cat not in ("TITLE", "RANK") or t.start != i:
            return None
        info: dict = {
            "title_start": None,
            "title_end": None,
            "roles": [],
            "orgs": [],
            "country": t.extra if t.cat == "TITLE" and t.extra else None,
            # (the country a lexicon's title gives by its words alone: not one a title split
            # by its adjective holds, "глава индийского МИД")
            "implied": t.extra
            if t.cat == "TITLE"
            and t.extra
            and " ".join(self.folds[t.start : t.end]) in self.fx.title_roles
            else None,
            "ranks": [],
            "name": None,
            "end": t.end,
        }
        j = i
        if t.cat == "RANK" and self.lex.cased and i >= 1:
            # "Peru's Admiral X", "Chilean Vice Admiral Y": a country right before the rank
            k = i - 1
            if k >= 1 and self.tok(k) in ("'s", "’s"):
                k -= 1
            tk = self.ent[k]
            if tk is not None and tk.cat == "COUNTRY" and self.sent_of[k] == self.sent_of[i]:
                info["country"] = tk.value
        if t.cat == "TITLE":
            info["title_start"], info["title_end"] = i, t.end
            info["head"] = i
            info["roles"].append(t.value)
            j = t.end
            # the side it speaks for: "وقّعها عن الجانب الألباني وزير المالية X"
            info["country"] = info["country"] or self._side_before(i)
            # country before the title: "Iraq's Defense Minister", "the Iraqi defence minister"
            # (not in Arabic and Persian, where the adjective follows its noun)
            k = i - 1 if self.lex.cased else -1
            gap = 0
            adjacent = i
            while k >= 0 and gap <= 3 and self.sent_of[k] == self.sent_of[i]:
                tk = self.ent[k]
                if (
                    tk is not None
                    and tk.cat == "COUNTRY"
                    and tk.start > 0
                    and self.has_cue(tk.start - 1, "location_prep")
                    and tk.extra != "adjective"
                ):
                    break  # where: "визита в Буркина-Фасо заместитель Министра обороны РФ"
                if tk is not None and tk.cat == "COUNTRY":
                    self._title_of_another(info, t, tk.value)
                    info["country"] = info["country"] or tk.value
                    info["title_start"] = tk.start
                    break
                if (
                    tk is not None
                    and tk.cat == "ORG"
                    and re.fullmatch(r"[A-Z]{2}", tk.extra or "")
                    and k == adjacent - 1
                ):
                    # "Indonesian National Armed Forces (TNI) Commander": the force's country
                    info["country"] = info["country"] or tk.extra
                    break
                if (
                    tk is not None
                    and tk.cat == "ORG"
                    and (tk.value.startswith("ministry_") or tk.value in FORCES)
                    and tk.end == adjacent
                ):
                    # its ministry or force, then the country: "Lebanese Foreign Ministry
                    # Secretary General X" (the ministry's secretary general, Lebanon's),
                    # "Royal Brunei Armed Forces (RBAF) Commander X"
                    info["orgs"].append(tk.value)
                    info["title_start"] = tk.start
                    k, adjacent = tk.start - 1, tk.start
                    continue
                if (
                    tk is not None
                    and tk.cat == "ORG"
                    and tk.value == "government"
                    and not tk.extra
                    and tk.end == adjacent
                    and adjacent < i
                ):
                    # a government's possessive: "the Afghan interim government's Deputy
                    # Foreign Minister X" (its country before it)
                    k, adjacent, gap = tk.start - 1, tk.start, gap + 1
                    continue
                if self.tok(k) == ")":
                    # "… Armed Forces (TNI) Commander": look past the abbreviation
                    opening = next(
                        (q for q in range(k - 1, max(-1, k - 5), -1) if self.tok(q) == "("), None
                    )
                    if opening is not None and self.sent_of[opening] == self.sent_of[i]:
                        k = opening - 1
                        adjacent = opening  # the ORG right before "(" is next to the title
                        continue
                    break
                if tk is not None or (_is_punct(self.tok(k)) and self.tok(k) not in "'’"):
                    break
                if self.tok(k) in ("'s", "’s") and k == adjacent - 1:
                    # (a body's office: "the French Army's chief of staff, General X")
                    k, adjacent, gap = k - 1, k, gap + 1
                    continue
                if self.tok(k) in ("'s", "’s", "'", "’") or (
                    # a deputy's word or an order: "the Saudi Assistant Minister of Defense",
                    # "Kuwait's First Deputy Prime Minister"
                    self.folds[k] in self.fx.deputy_words
                    or self.folds[k] in self.fx.order_words
                ) or (
                    self.lex.cased
                    and self.tok(k)[:1].islower()
                    and not self.is_stop(k)
                    # (not past a word when the title's own country follows it: "PM Irak
                    # terima Menlu Suriah")
                    and not self._entity_at(t.end, ("COUNTRY",))
                ):
                    k -= 1
                    gap += 1
                    continue
                break
        # (an office one speaks by ends at its comma: "Menurut juru bicara, Jenderal X
        # menyampaikan …" is not the spokesman's name)
        attributed = i > 0 and any(
            c.value == "attribution" and c.end == i for c in self.cue_cover[i - 1]
        )
        while j < end:
            tj = self.ent[j]
            text = self.tok(j)
            if attributed and text in (",", "،") and info["title_start"] is not None:
                break
            if (
                info["title_start"] is not None
                and j == info["title_end"]
                and j == t.end
                and i > 0
                and OPEN_QUOTES.get(self.tok(i - 1)) == text
                and j + 1 < end
                and not _is_punct(self.tok(j + 1))
            ):
                # a title in quotes, as an outlet writes an office its state does not
                # recognise: '"وزير دفاع" إدارة قبرص الرومية X' (the phrase goes on)
                j += 1
                info["title_end"] = j
                info["quoted_title"] = True
                continue
            if (
                info["title_start"] is not None
                and j == info["title_end"]
                and tj is None
                and self.norms[j] == MINISTRY_WORD
                and self.folds[j] != self.norms[j]
                and (ministry := self._ministry_before(info["title_start"])) is not None
            ):
                # "أمين عام الوزارة نضال عودة": the ministry named before
                info["orgs"].append(ministry)
                info["title_end"] = j = j + 1
                continue
            if (
                info["title_start"] is not None
                and not info["ranks"]
                and j == info["title_end"]
                and (b := self._bracketed_body(j, end)) is not None
            ):
                info["title_end"] = j = b  # the body he heads or serves is the title's
                continue
            if (
                info["title_start"] is not None
                and not info["ranks"]
                and j == info["title_end"]
                and tj is None
                and self._adjective_phrase(j)
            ):
                # the body he heads, an adjective and the words it opens: "Командующий
                # Северным флотом адмирал X", "вице-спикер Национального собрания Армении X"
                info["title_end"] = j = self._plain_words(j + 1, end, 5, lower=True)
                continue
            if (
                (self.lex.cased or self.fx.article_prefixes)
                and info["title_start"] is not None
                and not info["ranks"]
                and tj is None
                and (
                    self.is_stop(j)
                    or self.folds[j] in self.fx.deputy_words
                    or not (self.lex.cased or _is_punct(self.tok(j)))
                )
                and self._entity_at_end(j - 1, ("COUNTRY",))
                and (done := self._title_completed(info["title_start"], j, end)) is not None
            ):
                # the rest of a title after its country adjective: "la ministre finlandaise
                # des Affaires étrangères" is a foreign minister, "la ministre australienne
                # adjointe à la Défense" a deputy defence minister, "وزير الدولة البرتغالي
                # للشؤون الخارجية" a deputy foreign minister
                j, role = done
                info["roles"].insert(0, role)
                info["title_end"] = j
                continue
            if (
                self.fx.article_prefixes
                and info["title_start"] is not None
                and not info["ranks"]
                and tj is None
                and (
                    self._entity_at_end(j - 1, ("COUNTRY",))
                    or (j == info["title_end"] and self.folds[j] in AFFAIRS_FOR)
                )
                and (k := self._portfolio_after_adjective(j, end)) is not None
            ):
                # a portfolio after the country's adjective, then the name: "وزير الدولة
                # البرتغالي للشؤون الخارجية والتعاون نونو سامبايو", "مساعد وزير الخارجية
                # الأمريكي لشؤون الشرق الأدنى X"; or right after the title: "وزير الدولة
                # للشؤون الخارجية X" (only "for … affairs": "المدير العام لإدارة جنوب آسيا" is
                # an office's department)
                key = self._title_words(info["title_start"], k)
                if _junior_foreign(key, info["country"]):
                    info["roles"].insert(0, "deputy_foreign_minister")
                info["title_end"] = j = k
                continue
            if (
                not self.lex.cased
                and j == info["title_end"]
                and tj is None
                and info["title_start"] is not None
                and self.folds[info["title_end"] - 1] in self.fx.deputy_words
                and (k := self._deputy_portfolio(j, end)) is not None
            ):
                # "معاون دیپلماسی اقتصادی وزیر امور خارجه": the deputy's own portfolio, then
                # the office he is deputy of
                j = k
                continue
            if (
                not self.lex.cased
                and info["country"] is None
                and self._office_open_at(info, j)
                and (
                    listed := self._portfolios_to_country(
                        j,
                        end,
                        # (a deputy of a general office is as general: "معاون فرمانده
                        # عملیات مشترک عراق", of Iraq's Joint Operations Command)
                        unlisted=all(
                            r in GENERIC_ROLES or r == "deputy_commander" for r in info["roles"]
                        ),
                        envoy=not ENVOY_ROLES.isdisjoint(info["roles"]),
                    )
                )
                is not None
            ):
                # "X، وزیر امور خارجه، همکاری‌های بین‌المللی، همگرایی آفریقایی و … جمهوری
                # گینه که …": the office's portfolios, then its country, then the clause ends
                j, info["country"] = listed
                info["title_end"] = j  # (the portfolios are the office's: its title)
                continue
            if (
                j == info["title_end"]
                and info["title_start"] is not None
                and (
                    after := next(
                        (
                            j + len(p)
                            for p in self.fx.superior_preps
                            if tuple(self.folds[j : j + len(p)]) == p
                        ),
                        None,
                    )
                )
                is not None
                and after < end
                and self._entity_at(after, ("TITLE",))
                and self._superior_at(after)
            ):
                j = after  # "الوزير المنتدب لدى رئيس الحكومة": on to his superior's title
                continue
            if tj is not None and tj.start == j and tj.cat == "TITLE":
                if info["ranks"]:
                    break
                if self._envoy_of(info, j):
                    # the one who sends an envoy: "نماینده ویژه وزیر امور خارجه",
                    # "Спецпредставитель президента РФ" (his country, not his office)
                    info["title_end"] = j = tj.end
                    info["country"] = info["country"] or tj.extra or None
                    continue
                if self._superior_at(j):
                    if (
                        info["roles"]
                        and info["roles"][0] in ("minister", "deputy_minister")
                        and tj.value in ("foreign_minister", "defence_minister")
                        # (a secretary of state's; a "ministre délégué" is a minister)
                        and self._secretary_of_portfolio(info["title_start"], j)
                    ):
                        # a junior minister to a portfolio's minister is its deputy: "كاتب
                        # الدولة لدى وزير الشؤون الخارجية", "secrétaire d'État auprès du
                        # ministre des Armées"
                        info["roles"][0] = DEPUTY_ROLES[tj.value]
                    info["title_end"] = j = tj.end  # the superior's title is not the office
                    if info["country"] is None and tj.extra:
                        # but its country is the office's: "ministre déléguée auprès de la
                        # ministre des Armées" (France's) serves France
                        info["country"] = tj.extra
                    continue
                if (
                    # (an envoy's rank too: "المبعوث الخاص … لشؤون القرن الأفريقي السفير X")
                    "ambassador" not in info["roles"]
                    and self._rank_may_follow(info)
                    and (
                        self._diplomat_rank_at(j, end)
                        # (capitals tell the name: "State Minister of Foreign Affairs
                        # Ambassador Hadera Abera held talks")
                        or (
                            self.lex.cased
                            and tj.value == "ambassador"
                            and tj.end == j + 1
                            and (rng := self.name_at(j + 1, end)) is not None
                            and rng[1] - rng[0] >= 2
                        )
                    )
                ):
                    # a diplomat's rank after another office: "وكيل وزارة الخارجية للشؤون
                    # السياسية السفير هشام العلوي" (he is no ambassador)
                    j = tj.end
                    continue
                if (
                    self.lex.cased
                    and info["title_start"] is not None
                    and not _is_punct(self.tok(j - 1))
                    and tj.value == "head_of_state"
                    and tj.end == j + 1
                    and not tj.extra
                    and j + 1 < end
                    and self.ent[j + 1] is None
                    and info["roles"]
                    and "head_of_state" not in info["roles"]
                    and not any(map(_military, info["roles"]))
                    and not self._has_conjunction(j)
                    and (rng := self.name_at(j + 1, end)) is not None
                    and rng[1] - rng[0] >= 2
                ):
                    # a monarch's word opens the name of another office's holder: "Menteri
                    # Kehutanan Raja Juli Antoni" (a minister, no king)
                    info["name"], info["title_end"] = (j, rng[1]), j
                    break
                # a title of another country starts another person: "يلتقي الوزير
                # الباكستاني الرئيس التركي X" (the Pakistani minister meets the Turkish president)
                at = tj.end + 1 if tj.end + 1 < end and self.is_stop(tj.end) else tj.end
                while at < end and (o := self.ent[at]) is not None and o.cat == "ORG":
                    at = o.end  # (past its ministry: "dan Sekretaris Negara Kementerian
                    # Pertahanan Nasional Kamboja")
                nxt = self.ent[at] if at < end else None  # (past "des": "l'ambassadrice des
                own = tj.extra or (  # États-Unis" after "ministre chypriote de la Défense")
                    nxt.value if nxt is not None and nxt.cat == "COUNTRY" else None
                )
                if info["country"] and own and own != info["country"]:
                    break
                # (nor the office after "and by", "and the", "et avec": "received by the
                # President of Moldova and by the Prime Minister" names two)
                gap = {self.folds[q] for q in range(info["title_end"] or j, j)}
                if (
                    info["title_start"] is not None
                    and gap & OFFICE_AND
                    and gap & SECOND_OFFICE_WORDS
                ):
                    break
                # (nor one office again after "and": no one holds it twice, "معاون دیپلماسی
                # اقتصادی وزیر امور خارجه و معاون وزیر امور خارجه ارمنستان" are two deputies)
                held = set(info["roles"])
                if info.get("deputy") or (
                    info["title_start"] is not None
                    and self.folds[info["title_start"]] in self.fx.deputy_words
                ):
                    # (a deputy's office read so far: "معاون کنسولی، مجلس و امور ایرانیان وزیر
                    # امور خارجه و معاون وزیر امور خارجه ارمنستان" are two deputies too)
                    held |= {DEPUTY_ROLES[r] for r in info["roles"] if r in DEPUTY_ROLES}
                if (
                    info["title_start"] is not None
                    and tj.value in held
                    and tj.value not in GENERIC_ROLES
                    and gap & AND_WORDS
                ):
                    break
                # without capitals, a title complete with its country ends the phrase:
                # "المسؤول الإيراني رئيس الجمهورية X" (the Iranian official, the President X)
                if not self.lex.cased and info["country"] and j > i:
                    break
                # … and so does a specific title right before another one without "و":
                # "وزير دولة لشؤون الدفاع رئيس الأركان" (the minister [received] the chief)
                if (
                    not self.lex.cased
                    and j == info["title_end"]
                    and any(r not in GENERIC_ROLES for r in info["roles"])
                    and not self._has_conjunction(j)
                    # … but an envoy's title names whom he represents: "سفير خادم الحرمين
                    # الشريفين لدى البرازيل X" (the King's ambassador to Brazil)
                    and not (info["roles"] == ["ambassador"] and tj.value == "head_of_state")
                    # … and a force's title the head of state it serves: "رئیس ستاد
                    # نیروهای مسلح سلطان عمان" (the Sultan of Oman's armed forces)
                    and not (
                        tj.value == "head_of_state" and all(map(_military, info["roles"]))
                    )
                ):
                    break
                if info["title_start"] is None:
                    info["title_start"] = j
                info.setdefault("head", j)
                info["roles"].append(tj.value)
                info["country"] = info["country"] or (tj.extra or None)
                info["title_end"] = j = tj.end
                continue
            if (
                info["title_start"] is not None
                and j == info["title_end"]
                and info["country"] is None
                and (past := self._anaphora_end(j, end)) is not None
                and not self._entity_at(past, ("COUNTRY",))  # "Республики Узбекистан"
            ):
                # "провел переговоры с президентом страны X", "با وزیر امور خارجه این
                # کشور": the country last named
                info["country"] = self._country_before(info["title_start"])
                j = past
                continue
            if (
                tj is not None
                and tj.start == j
                and tj.cat == "COUNTRY"
                and tj.extra == "adjective"
                and not self.lex.cased
                and info["ranks"]
                and info["ranks"][-1][1] == j
                and info["title_start"] is None
                and info["country"] is None
            ):
                # a rank's nationality before the name: "ژنرال آمریکایی X", "الجنرال الأمريكي X"
                info["country"] = tj.value
                j = tj.end
                continue
            if tj is not None and tj.start == j and tj.cat == "ORG" and info["ranks"]:
                # "Marsekal Madya TNI Yusuf Jauhari": the service after the rank
                info["country"] = info["country"] or (tj.extra or None)
                j = tj.end
                continue
            if (
                info["title_start"] is not None
                and j == info["title_end"]
                and self.folds[j] in self.fx.title_modifiers
                and (
                    self._entity_at(j + 1, ("COUNTRY",))
                    or (self.lex.cased and self.folds[j + 1] in self.fx.office_continues)
                    # (or its holder's name: "نائب وزير الدفاع الوطني يوم جيه-هون")
                    or (
                        not self.lex.cased
                        and (rng := self.name_at(j + 1, end)) is not None
                        and rng[1] - rng[0] >= 2
                    )
                )
            ):
                # "رئیس‌جمهور مشترک نیکاراگوئه" (co-president), "الرئيس المؤقت لمالي": a
                # word on the office between the title and its country, or its portfolio
                # ("le ministre sortant de l'Énergie")
                info["title_end"] = j = j + 1
                continue
            junior = (
                j == info["title_end"]
                and not info["ranks"]
                and bool(info["roles"])
                and info["roles"][0] in JUNIOR_SECRETARY_ROLES
                and self._junior_secretary(info["title_start"], j)
            )
            if (
                junior
                # (not Britain's and the Gulf's ministers of state, who are ministers)
                and info["country"] not in ("US", "GB", *STATE_SECRETARIATS)
                and info["country"] not in CABINET_MINISTERS_OF_STATE
                and (region := self._envoy_region(j, end)) is not None
            ):
                # a secretary of state for a region: "Secretary of State for Latin America
                # and the Caribbean X" is a deputy foreign minister
                info["title_end"] = j = region
                info["roles"][0] = "deputy_foreign_minister"
                continue
            if junior and (deputy := self._ministry_deputy(j, end, info["country"])) is not None:
                # a secretary of state at a ministry: "وزير الدولة في وزارة الخارجية
                # النرويجية X" is a deputy foreign minister
                info["roles"][0] = deputy
            if (
                j == info["title_end"]
                and not info["ranks"]
                and not ENVOY_ROLES.isdisjoint(info["roles"])
                and (region := self._envoy_region(j, end)) is not None
            ):
                # an envoy's post is a region: "Special Envoy for the Middle East X",
                # "l'envoyé spécial … pour le Moyen-Orient, X"
                info["title_end"] = j = region
                continue
            if (
                tj is not None
                and tj.start == j == info["title_end"]
                and tj.cat == "PLACE"
                and not info["ranks"]
                and re.fullmatch(r"[A-Z]{2}", tj.extra or "")
            ):
                if (
                    not ENVOY_ROLES.isdisjoint(info["roles"])
                    and info["country"] not in (None, tj.extra)
                ):
                    # the city of an envoy's post right after his country: "Duta Besar RI
                    # Dakar"
                    info["post"] = tj.extra
                    info["title_end"] = j = tj.end
                    continue
                if (
                    (
                        (
                            fold(self._span_text(tj.start, tj.end)) != fold(tj.value)
                            # (where names inflect, any city is written otherwise: "министром
                            # обороны Миланом Евремовичем" is Milan Jevremović, no office of
                            # Milan)
                            and (not self.fx.case_rules or self._seat_of_government(tj))
                        )
                        # (or a region governed, written as named: "Gubernur Nusa Tenggara
                        # Timur X"; not a capital, which may be a given name: "…, Santiago
                        # Cordero")
                        or (
                            self.lex.cased
                            and not self.fx.case_rules
                            and not self._seat_of_government(tj)
                        )
                    )
                    and self._name_follows(tj.end, end)
                ):
                    # a seat of government for its state: "pejabat tinggi Pentagon X"
                    info["country"] = info["country"] or tj.extra
                    info["title_end"] = j = tj.end
                    continue
            if tj is not None and tj.start == j and tj.cat in ("COUNTRY", "ORG"):
                if info["ranks"] or info["title_start"] is None:
                    break
                if (
                    tj.cat == "ORG"
                    and self.lex.cased
                    and j - 1 == info["title_end"]
                    and self.is_stop(j - 1)
                    and self._entity_at(tj.end, ("TITLE",))
                ):
                    break  # another's office: "Defense minister and SOUTHCOM commander"
                if (
                    self.lex.cased
                    and tj.cat == "COUNTRY"
                    and info["country"] == tj.value
                    and (j == info["title_end"] or self.tok(j - 1) == ",")
                    and self._entity_name_start(j, end)
                    # (where names inflect, the country after a title is in the genitive:
                    # "министром вооруженных сил Франции Жаном-Луи Тьерио")
                    and not self.fx.case_rules
                ):
                    break  # the country is said already: "Israeli Defense Minister Israel Katz"
                if (
                    self.lex.cased
                    and tj.cat == "COUNTRY"
                    and tj.extra != "adjective"
                    and self.tok(j - 1) == ","
                    and self._entity_name_start(j, end)
                    and not self.fx.case_rules
                ):
                    # after the office and a comma, a country's name opening a name is a
                    # given name: "la secrétaire d'État espagnole à la Défense, Montserrat
                    # Ibarguren Sádaba", "le ministre de la Défense, Jordan Bardella"
                    break
                if (
                    tj.end == j + 1
                    and (
                        (tj.cat == "COUNTRY" and tj.extra != "adjective")
                        # (or a body of another country: "Botswana President Duma Boko")
                        or (tj.cat == "ORG" and tj.extra and tj.extra != info["country"])
                    )
                    and info["country"] not in (None, tj.value)
                    # (not where the title's own words gave its country: "министром
                    # вооруженных сил Чада X" is Chad's office, France's in the lexicon)
                    and info["country"] != t.extra
                    and j == info["title_end"]
                    and ENVOY_ROLES.isdisjoint(info["roles"])
                    and (
                        (
                            (rng := self.name_at(tj.end, end)) is not None
                            and rng[1] - rng[0] >= (1 if self.lex.cased else 2)
                        )
                        # (or one word closing its clause: "وزير الدفاع الألباني بيرو
                        # فينغو، …", Pirro Vengu)
                        or (
                            not self.lex.cased
                            and tj.end + 1 < end
                            and self.tok(tj.end + 1) in (",", "،")
                            and self._uncased_ok(tj.end)
                            and not self._article_word(tj.end)
                            and (rng := (tj.end, tj.end + 1)) is not None
                        )
                    )
                ):
                    # a country's name as a given name, after an office whose country is
                    # told: "نائب الرئيس الكوبي سلفادور فالديس ميسا" (and a body's)
                    info["name"] = (j, rng[1])
                    break
                if tj.cat == "COUNTRY" and self._envoy_post(info, j):
                    info["post"] = tj.value  # the host: "EU ambassador to Jordan X"
                    if (more := self._more_posts(tj.end, end)) is not None:
                        # accredited to more: "Ambassador to Ethiopia, Djibouti and the
                        # African Union X"
                        info["title_end"] = j = more
                        continue
                elif tj.cat == "COUNTRY":
                    if j == info["title_end"] or (
                        j == info["title_end"] + 1
                        and info["country"] == t.extra
                        and self._of_connector(j - 1)
                    ):
                        self._title_of_another(info, t, tj.value)
                    if not (
                        all(r in GENERIC_ROLES for r in info["roles"])
                        and tj.end < end
                        and self.folds[tj.end] in OFFICE_AND
                    ):
                        # (not a general office's regions: "Direktur Jenderal Amerika dan
                        # Eropa Kementerian Luar Negeri RI" serves Indonesia)
                        info["country"] = info["country"] or tj.value
                else:
                    info["orgs"].append(tj.value)
                    info["country"] = info["country"] or (tj.extra or None)
                info["title_end"] = j = tj.end
                if (
                    tj.cat == "ORG"
                    and not self.lex.cased
                    and info["country"] is None
                    and j + 1 < end
                    and self._uncased_ok(j)
                    # (an adjective has the article where the language has one)
                    and (not self.fx.article_prefixes or self._article_word(j))
                    and self._entity_at(j + 1, ("COUNTRY",))
                ):
                    j += 1  # the organisation's adjective: "دولت موقت بنگلادش"
                continue
            if tj is not None and tj.start == j and tj.cat == "RANK":
                if info["title_start"] is not None and self._and_written_on(j):
                    break  # "قائد الحرس الوطني القبرصي والجنرال X": another, the office's ends
                info["ranks"].append((j, tj.end))
                if re.fullmatch(r"[A-Z]{2}", tj.extra or ""):
                    # a rank of one country's forces: "Brigjen TNI", "سرلشکر پاسدار"
                    info["country"] = info["country"] or tj.extra
                j = tj.end
                continue
            if self.hon[j]:
                j += 1
                continue
            if text in ("'s", "’s") and info["title_start"] is not None:
                if not self._entity_at(j + 1, ("TITLE", "RANK")):
                    break  # "at the Prime Minister's Office": no one named
                j += 1  # "the President's Special Envoy X"
                continue
            if (
                text in ("–", "—", "/")
                and self._office_open_at(info, j)
                and self._entity_at(j + 1, ("TITLE",))
            ):
                # two offices of one person joined by a dash or a slash: "Председатель
                # Кабинета Министров – Руководитель Администрации Президента … X", "Menteri
                # Investasi dan Hilirisasi/Kepala BKPM X"
                j += 1
                continue
            if (
                info["title_start"] is not None
                and not info["ranks"]
                and (
                    acting := next(
                        (
                            len(w)
                            for w in self.fx.acting_after
                            if tuple(self.folds[j : j + len(w)]) == w
                        ),
                        0,
                    )
                )
            ):
                # an office held ad interim: "ministre afghan de l'Intérieur par intérim, X"
                info["title_end"] = j = j + acting
                continue
            if text in ("(", "["):  # "(SNSC)" after an organisation, "[CEMA]"
                closing = ")" if text == "(" else "]"
                k = j + 1
                while k < end and k - j < 9 and self.tok(k) != closing:
                    k += 1
                # a short one anywhere; a longer one ("(F-FDTL)", "(Chef d'État-Major des
                # Armées)") only when a rank, an honorific or a comma follows it
                if (
                    k < end
                    and self.tok(k) == closing
                    and (
                        k - j < 4
                        or (
                            k + 1 < end
                            and (
                                self.tok(k + 1) in (",", "،")
                                or self.hon[k + 1]
                                # (or the office's country: "Menteri Muda Pertahanan
                                # (Associate Minister of Defence) Selandia Baru X")
                                or self._entity_at(k + 1, ("RANK", "COUNTRY"))
                                # or a name of two words: "секретарь МИД Индии (по делам
                                # Запада) Танмая Лал"
                                or (
                                    self.lex.cased
                                    and (rng := self.name_at(k + 1, end)) is not None
                                    and rng[1] - rng[0] >= 2
                                )
                            )
                        )
                    )
                ):
                    if j == info["title_end"]:
                        # a gloss of the title, after which the office may go on: "Sekretaris
                        # Utama (Principal Secretary) Departemen … Kenya X"
                        info["glossed"] = k + 1
                    j = k + 1
                    continue
                break
            if (
                self.lex.cased
                and info["title_start"] is not None
                and not info["ranks"]
                and tj is None
                and j + 1 < end
                and (
                    (
                        text.isupper()
                        and 2 <= len(text) <= 6
                        and text.isalpha()
                        # (not a word of a headline in capitals: "… NAVAL STAFF VISITS
                        # MAURITIUS")
                        and not self.is_stop(j)
                        and not self.cue_cover[j]
                    )
                    or (text[:1].isupper() and self._portfolio_before_entity(j, end))
                    or (
                        self.folds[j] in OFFICE_AND
                        and j > info["title_end"]
                        and self.texts[j + 1][:1].isupper()
                        and self._portfolio_before_entity(j + 1, end)
                    )
                )
            ):
                # "Kepala SSB Prof. Dr. X", "Wakil Menteri Pertahanan Nasional Turki X"
                j += 1
                continue
            if (
                not self.lex.cased
                and info["title_start"] is not None
                and not info["ranks"]
                and tj is None
                and not self.is_stop(j)
                and self._entity_at(j + 1, ("RANK",))
                # (a rank with "و" written on it is another's: "قائد الحرس الوطني
                # القبرصي، والجنرال X")
                and not self._and_written_on(j + 1)
            ):
                # "… بالمملكة العربية السعودية الشقيقة الفريق الأول X": an adjective; "رئيس
                # قوة دفاع ناميبيا، نائب المارشال الجوي X": a comma
                j += 1
                continue
            # (a minister of state is a junior minister: "Minister of State in the Ministry
            # of Foreign Affairs and Foreign Trade" is a deputy foreign minister)
            junior = (
                info["roles"] == ["minister"]
                and info["title_start"] is not None
                and " ".join(self._words(info["title_start"], j)) in JUNIOR_MINISTER_TITLES
            )
            # (and a "Secretary of State" read as a foreign minister is a ministry's state
            # secretary when its ministry follows: "the Secretary of State at Poland's
            # Ministry of National Defence")
            state_secretary = (
                info["roles"] == ["foreign_minister"]
                and info["title_start"] is not None
                and " ".join(self._words(info["title_start"], j)) == BARE_SECRETARY_OF_STATE
                and (self.has_cue(j, "location_prep") or self.folds[j] in self.fx.office_continues)
            )
            if (
                j == info["title_end"]
                and not info["ranks"]
                and (
                    # a junior minister's ministry: "State Secretary at the (German) Federal
                    # Ministry of Defence"
                    (
                        (
                            "deputy_minister" in info["roles"]
                            or junior
                            # (or a minister of state's: "Menteri Negara di Kementerian Luar
                            # Negeri Qatar X"; or one read as the ministry's deputy already,
                            # "وزير الدولة في وزارة الدفاع بجمهورية كرواتيا")
                            or self._state_minister(info, j)
                            or not set(info["roles"][:1]).isdisjoint(MINISTRY_DEPUTIES.values())
                        )
                        and self.has_cue(j, "location_prep")
                    )
                    or state_secretary
                    # a ministry's secretary general, its senior civil servant: "Secretary
                    # General of Morocco's Ministry of Foreign Affairs"
                    or (
                        self.lex.cased
                        and info["roles"] == ["secretary_general"]
                        and self.folds[j] in self.fx.office_continues
                    )
                )
                and (at := self._ministry_after(j + 1, end)) is not None
            ):
                ministry, country = at
                if junior or state_secretary:
                    info["roles"] = ["deputy_minister"]
                if not self._state_minister(info, j):
                    # (a minister of state at a ministry is a minister, its portfolio his
                    # title's: _junior_foreign)
                    info["orgs"].append(ministry.value)
                if info["country"] is None and country is None and ministry.extra:
                    # (a ministry's name the lexicon gives one country, which others share:
                    # "le secrétaire général du ministère des Armées" at Lomé)
                    info["implied"] = ministry.extra
                info["country"] = info["country"] or country or (ministry.extra or None)
                info["title_end"] = j = ministry.end
                continue
            # an office "in" a country's government, its holder after it: "نائب وزير الخارجية
            # في حكومة طالبان ميرويس توخي" (the Taliban's, Afghanistan's)
            if (
                info["title_start"] is not None
                and j == info["title_end"]
                and info["country"] is None
                and not info["ranks"]
                and (gov := self._in_government(j, end)) is not None
                and gov[1] is not None
                and (
                    self._name_follows(gov[0], end)
                    or (
                        not self.lex.cased
                        and (rng := self.name_at(gov[0], end)) is not None
                        and rng[1] - rng[0] >= 2
                    )
                )
            ):
                info["country"] = gov[1]
                info["title_end"] = j = gov[0]
                continue
            # "ambassadeur d'Italie à Alger, X", "ambassador in Baghdad X", "ambassador to
            # Ashgabat X": the post, a city or the host country (not the country he serves)
            if (
                info["title_start"] is not None
                and not info["ranks"]
                and (self.has_cue(j, "location_prep") or self.folds[j] in self.fx.envoy_preps)
                and self._entity_at(j + 1, ("PLACE", "COUNTRY"))
            ):
                post = self.ent[j + 1]
                assert post is not None
                # (an envoy accredited to more: "Ambassador to Ethiopia, Djibouti and the
                # African Union X")
                more = (
                    self._more_posts(post.end, end)
                    if not ENVOY_ROLES.isdisjoint(info["roles"]) and post.cat == "COUNTRY"
                    else None
                )
                if more is not None:
                    info["post"] = post.value
                    info["title_end"] = j = more
                    continue
                if self._name_follows(post.end, end) or (
                    # "سفير إثيوبيا لدى جيبوتي برهانو تسيغو": an envoy's host country (or
                    # city: "سفيرة تركيا لدى سكوبيه"), then a name of two words or more (no
                    # capitals to tell it)
                    not self.lex.cased
                    and not ENVOY_ROLES.isdisjoint(info["roles"])
                    and info["country"]
                    not in (None, post.value if post.cat == "COUNTRY" else post.extra)
                    and (
                        (
                            (rng := self.name_at(post.end, end)) is not None
                            and rng[1] - rng[0] >= 2
                        )
                        # … or that name between commas: "السفير الروسي لدى مالي، X، مع"
                        or (
                            self.tok(post.end) in (",", "،")
                            and self._name_closing_clause(post.end + 1, end) is not None
                        )
                    )
                ):
                    if not ENVOY_ROLES.isdisjoint(info["roles"]):
                        info["post"] = post.value if post.cat == "COUNTRY" else post.extra
                    elif post.cat == "COUNTRY" and info["country"] is None:
                        # any other office in a country is that country's: "رئيس هيئة
                        # الأركان المشتركة في جمهورية باكستان الإسلامية الجنرال X"
                        info["country"] = post.value
                    j = post.end
                    continue
            # "وكيل وزارة الخارجية للشؤون السياسية السفير هشام العلوي": the office's
            # portfolio, then a diplomat's rank (he is no ambassador), then the name
            if (
                not self.lex.cased
                and self._office_open_at(info, j)
                and tj is None
                and ENVOY_ROLES.isdisjoint(info["roles"])
                and self._rank_may_follow(info)
                and (
                    rank := next(
                        (
                            k
                            for k in range(j + 1, min(end, j + 5))
                            if self._diplomat_rank_at(k, end)
                            # (or a comma before the rank: "نائب وزير الخارجية المصري للشؤون
                            # الأفريقية، السفير إيهاب الغمراوي")
                            and all(
                                self._plain(q) or (q == k - 1 > j and self.tok(q) in (",", "،"))
                                for q in range(j, k)
                            )
                        ),
                        None,
                    )
                )
                is not None
            ):
                info["title_end"] = rank - 1 if self.tok(rank - 1) in (",", "،") else rank
                j = rank + 1
                continue
            # (in capitals: "Deputy Foreign Minister for African Affairs Ambassador Ehab
            # El-Ghamrawy", the portfolio, then the rank of a diplomat and a full name)
            if (
                self.lex.cased
                and self._office_open_at(info, j)
                and tj is None
                and self.is_stop(j)
                and ENVOY_ROLES.isdisjoint(info["roles"])
                and self._rank_may_follow(info)
                and (rank := self._envoy_rank_after_portfolio(j, end)) is not None
            ):
                info["title_end"] = rank
                j = rank + 1
                continue
            # "وزير الخارجية في حكومة تصريف الأعمال الأفغانية": an office in a country's
            # government (a few words on it, then the country)
            if (
                not self.lex.cased
                and info["country"] is None
                and self._office_open_at(info, j)
                and self.has_cue(j, "location_prep")
                and (gov := self.ent[j + 1] if j + 1 < end else None) is not None
                and gov.cat == "ORG"
                and gov.value == "government"
                and (
                    cc := next(
                        (
                            (k, self.ent[k])
                            for k in range(gov.end, min(end, gov.end + 4))
                            if self._entity_at(k, ("COUNTRY",))
                        ),
                        None,
                    )
                )
                is not None
                and all(self._plain(q) for q in range(gov.end, cc[0]))
            ):
                info["country"] = cc[1].value
                info["title_end"] = j = cc[1].end
                continue
            # "سفير مملكة إسبانيا لدى المملكة خورخي إيفيا": posted to the report's own
            # country, named by a word for it
            if (
                not self.lex.cased
                and info["title_start"] is not None
                and not ENVOY_ROLES.isdisjoint(info["roles"])
                and (self.has_cue(j, "location_prep") or self.folds[j] in self.fx.envoy_preps)
                and j + 1 < end
                and self.folds[j + 1] in self.fx.home_refs
                and (home := self._agency_country() or self._dateline_country())
                and info["country"] not in (None, home)
                and (rng := self.name_at(j + 2, end)) is not None
                and rng[1] - rng[0] >= 2
            ):
                info["post"] = home
                j += 2
                continue
            # "المندوب الدائم لدى جامعة الدول العربية X": an envoy to an organisation, then
            # his name of two words or more
            if (
                not self.lex.cased
                and info["title_start"] is not None
                and not ENVOY_ROLES.isdisjoint(info["roles"])
                and (self.has_cue(j, "location_prep") or self.folds[j] in self.fx.envoy_preps)
                and (org := self.ent[j + 1] if j + 1 < end else None) is not None
                and org.cat == "ORG"
                and org.start == j + 1
                and (rng := self.name_at(org.end, end)) is not None
                and rng[1] - rng[0] >= 2
            ):
                info["title_end"] = j = org.end
                continue
            # a diplomat's rank after the office: "Deputy Minister of Foreign Affairs for
            # African Affairs, Ambassador Hamdi Sanad Loza" (he is no ambassador)
            if (
                text in (",", "،")
                and info["title_start"] is not None
                and not info["ranks"]
                and "ambassador" not in info["roles"]
                and (rank_at := self._rank_after_comma(j, end))
            ):
                # (with its elided article: "…, l'ambassadeur Gedlu Asfaw Belay, …")
                info["ranks"].append((rank_at, rank_at + 1))
                j = rank_at + 1
                continue
            # portfolios listed after a comma, then the office's country and the name:
            # "Menteri Perdagangan, Koperasi, UMKM, dan Komunikasi Fiji Manoa Kamikamica"
            if (
                self.lex.cased
                and info["country"] is None
                and self._office_open_at(info, j)
                and text == ","
                and (listed := self._listed_portfolios(j, end)) is not None
            ):
                j, info["country"] = listed
                info["title_end"] = j
                continue
            # a portfolio the lexicon does not list: "Minister of Public Security X",
            # "Deputy Oil Minister for International Affairs X"
            if (
                self.lex.cased
                and info["title_start"] is not None
                and not info["ranks"]
                and tj is None
                and (
                    text[:1].islower()
                    or text == ","
                    or (
                        j in (info["title_end"], info.get("glossed"))
                        # "Minister of Water | Resources and Irrigation X"
                        and (self.fx.portfolio_follows or self.folds[j - 1] in self.fx.portfolios)
                    )
                )
                and (after := self._portfolio_end(j, end)) is not None
            ):
                if j == info["title_end"] and not _is_punct(text):
                    # (the portfolio is the title's: "Minister of State for Foreign Affairs")
                    info["title_end"] = after
                # (and its ministry's country: "… of Defence Potential at Indonesia's
                # Ministry of Defence, Air Vice Marshal X")
                info["country"] = info["country"] or self._ministry_country(j, after)
                j = after
                continue
            # a portfolio word, then a list after its comma, up to the name closing the
            # clause: "министром торговли, агробизнеса и промышленности Ганы X."
            if (
                self._word_then_comma(info, j, end)
                and ENVOY_ROLES.isdisjoint(info["roles"])
                and (run := self._office_run(j + 1, end)) is not None
                and self.texts[run[0]] != ","
            ):
                info["country"] = info["country"] or run[1]
                j = run[0]
                continue
            # the office goes on, up to a comma and the name: "ministre des Affaires
            # étrangères, de la Migration et des Tunisiens à l'étranger, Mohamed Ali Nafti,"
            if (
                self.lex.cased
                # (or after its gloss: "Secretary (East) of India's Ministry of External
                # Affairs X")
                and j in (info["title_end"], info.get("glossed"))
                and not info["ranks"]
                # (an envoy's post is read by the rule for posts: "ambassadeur du Gabon au Maroc";
                # but his body's name goes on past its country: "l'envoyé spécial du ministère
                # chinois des Affaires étrangères pour les affaires de …, X")
                and (
                    ENVOY_ROLES.isdisjoint(info["roles"])
                    or (self._entity_at_end(j - 1, ("COUNTRY",)) and self._body_word(j - 2))
                )
                and (
                    run := self._office_run(
                        j,
                        end,
                        # where nouns inflect, a generic head's organisation follows in the
                        # genitive without "of": "Генеральный директор госкорпорации
                        # «Росатом» Алексей Лихачев"
                        genitive=bool(self.fx.case_rules)
                        and (
                            all(r in GENERIC_ROLES for r in info["roles"])
                            # (or the last of two titles: "заместитель премьер-министра —
                            # министр экономики и финансов X")
                            or self._last_title_generic(info)
                        ),
                    )
                )
                is not None
            ):
                comma, country = run
                if country is not None and t.cat == "TITLE":
                    # (the lexicon's country of the title yields to the one told: "le
                    # ministre de l'Europe et des Affaires étrangères d'Albanie, X")
                    self._title_of_another(info, t, country)
                info["country"] = info["country"] or country
                info["title_end"] = comma  # (the office's portfolio is its title's)
                whole = self._title_words(info["title_start"], comma)
                if whole in self.fx.title_roles:
                    info["roles"].insert(0, self.fx.title_roles[whole])
                elif info["roles"][:1] == ["chief_of_general_staff"] and (
                    # (a service whose staff the title heads: "chef d'état-major de l'Armée
                    # de mer, le contre-amiral X", the navy's chief)
                    by_org := next(
                        (
                            ROLE_BY_ORG[(info["roles"][0], o.value)]
                            for k in range(j, comma)
                            if (o := self.ent[k]) is not None
                            and o.cat == "ORG"
                            and (info["roles"][0], o.value) in ROLE_BY_ORG
                        ),
                        None,
                    )
                ):
                    info["roles"].insert(0, by_org)
                j = comma
                continue
            if (
                self.lex.cased
                and self._at_title_end(info, j)
                and self.folds[j] in self.fx.office_continues
                and j + 2 < end
                and self.hon[j + 1]
                and (
                    k := next((q for q in range(j + 1, min(end, j + 5)) if not self.hon[q]), end)
                )
                < end
                and self.texts[k] == ","
            ):
                # a sovereign's forces: "le commandant des forces armées de Sa Majesté, le
                # brigadier X"
                info["title_end"] = j = k
                continue
            if (
                self.lex.cased
                and self._at_title_end(info, j)
                and (gov := self._in_government(j, end)) is not None
            ):
                # the government the office is in: "министром без портфеля в правительстве
                # республики", "Minister in the Government of Serbia"
                info["country"] = info["country"] or gov[1]
                info["title_end"] = j = gov[0]
                continue
            if (
                self.fx.case_rules
                and self._at_title_end(info, j)
                and (comma := self._participle_clause(j, end)) is not None
            ):
                # a participle's clause on the office, between commas, then the name:
                # "министром …, отвечающим за международное экономическое сотрудничество,
                # Ненадом Поповичем"
                info["title_end"] = comma
                j = comma + 1
                break
            # connectors and modifiers inside a title lead to another title part
            if (
                info["title_start"] is not None
                and not info["ranks"]
                and self._leads_to_part(
                    j,
                    end,
                    # (or the country the lexicon's title implies: "le ministre de l'Europe
                    # et des Affaires étrangères d'Albanie" is Albania's, France's alone)
                    allow_country=info["country"] is None
                    or (info["country"] == (t.extra or None) and self._of_connector(j)),
                )
                and not self._other_country_office(j, end, info["country"])
            ):
                j += 1
                continue
            if (
                self._word_then_comma(info, j, end)
                and self.name_at(j + 2, end) is not None
                and self._comma_name_ok(j + 2, end)
            ):
                j += 1  # "ministre tunisien de la Défense nationale, Khaled Sehili, …"
                continue
            if (
                not self.lex.cased
                and text in (",", "،")
                and info["title_start"] is not None
                and not info["ranks"]
                and j + 2 < end
                and self.hon[j + 1]
                and not self._and_honorific(j + 1)
                and self.name_at(j + 1, end) is not None
                and self._comma_name_ok(j + 1, end)
            ):
                j += 1  # "وزير الدفاع الوطني للجمهورية التونسية، السيد خالد السهيلي، …"
                continue
            if (
                not self.lex.cased
                and text in (",", "،")
                and info["title_start"] is not None
                # (a full title: with its country, or an office of two words or more,
                # "وزير الطاقة والمناجم، محمد عرقاب،")
                and (info["country"] is not None or info["title_end"] - info["title_start"] >= 2)
                and not info["ranks"]
                and j + 3 < end
                and not self._and_honorific(j + 1)
                and self._name_closing_clause(j + 1, end) is not None
            ):
                j += 1  # a name between commas after a full title: "وزیر امور خارجه نیجر،
                continue  # باکاری یائو سنگاره، نیز …"
            if (
                not self.lex.cased
                and self.fx.article_prefixes
                and self._office_open_at(info, j)
                and tj is None
                and (after := self._and_portfolios(j, end)) is not None
            ):
                # "وزير التجارة والصناعة خليفة العجيل": more portfolios joined by "و", then
                # the name
                info["title_end"] = j = after
                continue
            if (
                not self.lex.cased
                and info["title_start"] is not None
                and not info["ranks"]
                and tj is None
                and self.folds[j] in self.fx.office_continues
            ):
                # "نائب وزير الشؤون الخارجية الإيراني المكلف بالدبلوماسية الاقتصادية، مهدي
                # صفري،": the office's charge, plain words up to the comma before the name
                k = j + 1
                while k < end and k - j <= 6 and self._plain(k):
                    k += 1
                if (
                    k > j + 1
                    and k + 1 < end
                    and self.tok(k) in (",", "،")
                    and (rng := self.name_at(k + 1, end)) is not None
                    and rng[1] - rng[0] >= 2
                    and self._comma_name_ok(k + 1, end)
                ):
                    info["title_end"] = j = k  # (the charge is the office's)
                    continue
                if (
                    k > j + 1
                    and j == info["title_end"]
                    and (tk := self.ent[k]) is not None
                    and tk.start == k
                    and tk.cat == "COUNTRY"
                    and info["country"] in (None, tk.value)
                ):
                    # (or its country after the charge: "نائب وزير الخارجية للشؤون السياسية
                    # بالجمهورية الإسلامية الإيرانية", "… للشؤون السياسية الإيراني")
                    info["country"] = tk.value
                    info["title_end"] = j = tk.end
                    continue
            if (
                not self.lex.cased
                and info["title_start"] is not None
                and not info["ranks"]
                and tj is None
                and j == info["title_end"]
                and (body := self._office_to_comma(j, end)) is not None
                # (a one-word title only when an honorific says a name comes: "وزيرة
                # الانتقال الطاقي والتنمية المستدامة، السيدة ليلى بنعلي،")
                and (j > info["title_start"] + 1 or self.hon[body[0] + 1])
            ):
                # a body's head, its body's words, then the name between commas: "رئيس
                # دائرة العلاقات الخارجية في حكومة إقليم كوردستان، سفين دزيي،"
                info["title_end"] = j = body[0]
                info["country"] = info["country"] or body[1]
                continue
            if (
                not self.lex.cased
                and info["title_start"] is not None
                and not info["ranks"]
                and tj is None
                and self.folds[j][:1] in CONJUNCTION_CLITICS
            ):
                # the office goes on with "و" up to a comma and an honorific: "وزير الدفاع
                # الوطني وشؤون المتقاعدين وأولاد الشهداء، السيد X"
                k = next(
                    (
                        q
                        for q in range(j + 1, min(end - 2, j + 8))
                        if self.tok(q) in (",", "،")
                    ),
                    None,
                )
                if (
                    k is not None
                    and all(self.ent[q] is None and not self.is_stop(q) for q in range(j, k))
                    and (rng := self.name_at(k + 1, end)) is not None
                    # (an honorific says a name comes; else a name of two words or more
                    # closed by a clause end: "وزير الصناعة والمناجم، فاطمة الثابت شيبوب،")
                    and (
                        self.hon[k + 1]
                        or (
                            j == info["title_end"]
                            and rng[1] - rng[0] >= 2
                            and self._comma_name_ok(k + 1, end)
                        )
                    )
                ):
                    j = k
                    continue
            if (
                not self.lex.cased
                and info["title_start"] is not None
                and not info["ranks"]
                and j == info["title_end"]
                and (ahead := self._given_name_ahead(j, end)) is not None
            ):
                # more of the office, then a known given name: "وزير الشؤون الخارجية والهجرة
                # والتونسيين بالخارج محمد علي النفطي", "… المكلف بحكومة الوحدة الوطنية
                # الليبية الطاهر الباعور"
                j, country = ahead
                info["country"] = info["country"] or country
                continue
            if text == "," and (info["title_start"] is not None) and j + 1 < end:
                # "Le ministre …, le général X": articles before the rank (not "and": "X,
                # chief of staff of the Air Self-Defense Force, and Air Marshal Y" are two)
                k = j + 1
                while (
                    k < end
                    and k - j <= 2
                    and self.is_stop(k)
                    and self.ent[k] is None
                    and self.folds[k] not in OFFICE_AND
                    # (nor a verb: "X, chief of staff of the Army, met with Maj. Gen. Y")
                    and not self.cue_cover[k]
                ):
                    k += 1
                nk = self.ent[k] if k < end else None
                if k > j + 1 and nk is not None and nk.cat == "RANK" and nk.start == k:
                    j = k
                    continue
                rng = self.name_at(j + 1, end) if self.lex.cased else None
                if rng is not None and rng[1] - rng[0] == 1 and rng[1] + 1 < end:
                    # the title goes on in a list: "Minister of Foreign Affairs, Emigration
                    # and Egyptian Expatriates, Dr. X"
                    k = rng[1] + 1
                    while k < end and k - rng[1] <= 4 and self.tok(k)[:1].isupper():
                        k += 1
                    conj = self.is_stop(rng[1]) and not _is_punct(self.tok(rng[1]))
                    if conj and k > rng[1] + 1 and k < end and self.tok(k) == ",":
                        j = k
                        continue
                nxt = self.ent[j + 1]
                if (
                    nxt is not None
                    and nxt.cat == "TITLE"
                    and nxt.start == j + 1
                    and nxt.value in info["roles"]
                    and not info["ranks"]
                    and self._name_follows(nxt.end, end)
                ):
                    # the same office said twice: "Somalia's Permanent Representative to the
                    # UN, Ambassador X"
                    j = nxt.end
                    continue
                if (nxt is not None and nxt.cat == "RANK") or (
                    self.lex.cased
                    and self.name_at(j + 1, end) is not None
                    and not info["ranks"]
                    and self._comma_name_ok(j + 1, end)
                    and not self._headline_at(j)  # "…Panglima AU Singapura, Bahas Latihan"
                    # (not after "a": "Menurut seorang pejabat Jepang, Colby menegaskan";
                    # nor a relative's office: "Fils d'un ancien Premier ministre, X")
                    and not (
                        info["title_start"] is not None
                        and info["title_start"] > 0
                        and (
                            self.folds[info["title_start"] - 1] in self.fx.indefinite_words
                            # (fronted: the sentence opens with the kin word; "le neveu
                            # du commandant de l'ANL, Khalifa Haftar" names the commander)
                            or any(
                                self.folds[k] in self.fx.kin_words and k in self.sent_starts
                                for k in range(max(0, info["title_start"] - 4), info["title_start"])
                            )
                        )
                    )
                ):
                    j += 1
                    continue
            if (
                self.lex.cased
                and info["title_start"] is not None
                and j == info["title_end"]
                and j + 2 < end
                and self.texts[j].isalpha()
                and self.texts[j].islower()
                and self.ent[j] is None
                and not self.cue_cover[j]
                and self.date_tok[j] is None
                and not self.is_stop(j)
                and self.folds[j] not in self.fx.former_words
                and self.folds[j + 1] in ("et", "and")
                and self.tok(j + 2)[:1].islower()
            ):
                # the portfolio's adjective, and more of it: "ministre centrafricain de la
                # Défense nationale et de la Reconstruction de l'armée, X"
                j += 1
                info["title_end"] = j
                continue
            break
        name = info["name"] or self.name_at(j, end, after_rank=bool(info["ranks"]))
        if (
            name is not None
            and info["ranks"]
            and info["title_start"] is None
            and self._body_name_goes_on(name[1], end)
        ):
            # a rank's word opens a body's name: "the Major Organised Crime and
            # Anti-Corruption Agency" names no major
            name = None
        if (
            name is not None
            and info["title_start"] is not None
            and info["title_start"] > 0
            and self.tok(info["title_start"] - 1) == "("
            and name[1] < end
            and self.tok(name[1]) == ")"
        ):
            # the short form of the office told before it, in brackets: "Direktur Jenderal
            # Potensi Pertahanan (Dirjen Pothan) … X"
            name = None
        if name is not None:
            info["name"] = name
            info["end"] = name[1]
            if info["country"] is None and info["title_start"] is not None:
                info["country"] = self._country_after_name(name[1], end)
        else:
            info["end"] = j
        if (role := self._glossed_role(info)) is not None:
            info["roles"].insert(0, role)
        ts = info["title_start"]
        first = ts  # the title's first word past its country ("Iranian Deputy …")
        while first is not None and first < info["title_end"] and (
            (self.ent[first] is not None and self.ent[first].cat == "COUNTRY")
            or self.tok(first) in ("'s", "’s")
        ):
            first += 1
        if first is not None and any(
            self.folds[k] in self.fx.deputy_words
            # (not in a title of its own: "Deputy Prime Minister and Foreign Minister X")
            and (self.ent[k] is None or self.ent[k].end == k + 1)
            for k in range(first, info["title_end"])
        ):
            # "Deputy Oil Minister", and after the office: "commandant en chef adjoint"
            info["deputy"] = True
        elif (
            ts is not None
            and ts > 0
            and self.sent_of[ts - 1] == self.sent_of[ts]
            and self.folds[ts - 1] in self.fx.deputy_words
        ):
            info["title_start"] = ts - 1  # "Wakil Menteri Perdagangan", "نائب وزير النفط"
            info["deputy"] = True
            info["deputy_before"] = True  # (the deputy of the office the title names)
            # the deputy word heads the title and shows the name's case ("заместителем
            # государственного секретаря США Куртом Кэмпбеллом")
            info["head"] = ts - 1
        ranks, name = info["ranks"], info["name"]
        if (
            len(ranks) == 1
            and name is not None
            and ranks[0][1] - ranks[0][0] == 1
            and ranks[0][0] == info["title_end"]
            and name == (ranks[0][1], ranks[0][1] + 1)
            and self.tok(ranks[0][0]) == "Gen"
            and info["roles"]
            and not any(map(_military, info["roles"]))
        ):
            # a civilian's "Gen" without its dot before one name word is his given name:
            # "Japanese Defense Minister Gen Nakatani" (not "Gen. Jeje Odongo")
            info["name"], info["ranks"] = (ranks[0][0], name[1]), []
        if (
            "chief_of_staff_armed_forces" in info["roles"]
            and info["country"] not in (None, *self.fx.armed_forces_staff_countries)
            and ts is not None
            and any(
                self.folds[k] in self.fx.general_staff_words
                for k in range(ts, info["title_end"] or info["end"])
            )
        ):
            # "رئیس ستاد کل نیروهای مسلح قرقیزستان", "رئيس هيئة الأركان العامة للقوات المسلحة
            # الأوزبكية": the chief of a general staff, as Russia's is (Iran's heads all its
            # forces above their general staffs)
            info["roles"] = [
                "chief_of_general_staff" if r == "chief_of_staff_armed_forces" else r
                for r in info["roles"]
            ]
        return info

    def _long_listed_title(self, i: int) -> bool:
        """The title at i is written as the lexicon lists it, in two words or more (not
        split by a country adjective: "المبعوث الأمريكي الخاص" is a special envoy)."""
        t = self.ent[i]
        if t is None or t.cat != "TITLE" or t.start != i:
            return False
        words = " ".join(self.folds[k] for k in range(t.start, t.end))
        return len(words.split()) >= 2 and words in self.fx.title_roles

    def _post_of_body(self, s: int, e: int) -> bool:
        """The office s..e opens with a title of one post (not "official") and names the
        body it heads inside: "دبیرکل وزارت امور خارجه استونی", "Secretary-General of the
        Ministry of Defence"."""
        t = self.ent[s]
        return (
            t is not None
            and t.cat == "TITLE"
            and t.value not in GENERIC_ROLES
            and any((o := self.ent[k]) is not None and o.cat == "ORG" for k in range(t.end, e))
        )

    def _glossed_role(self, info: dict) -> str | None:
        """The office a title's gloss names with the words after it, when the lexicon lists
        them together: "статс-секретаря (заместителя министра) обороны Италии" is a deputy
        defence minister."""
        g, ts, te = info.get("glossed"), info["title_start"], info["title_end"]
        if g is None or ts is None or not g < te or self.texts[g - 1] not in (")", "»"):
            return None
        opening = next((q for q in range(g - 2, ts, -1) if self.texts[q] in ("(", "«")), None)
        if opening is None:
            return None
        gloss = self._title_words(opening + 1, g - 1)
        return next(
            (
                role
                for b in range(te, g, -1)
                if (role := self.fx.title_roles.get(f"{gloss} {self._title_words(g, b)}"))
                is not None
            ),
            None,
        )

    def _title_words(self, a: int, b: int) -> str:
        """Tokens a..b folded, without country names or adjectives and punctuation: the
        key of a title in ``title_roles``."""
        # (written together where the text writes them so: "d'" + "État" is "d'etat")
        return "".join(
            self.folds[k] + (" " if self.doc[k].whitespace_ else "")
            for k in range(a, b)
            if not (self.ent[k] is not None and self.ent[k].cat == "COUNTRY")
            and not (_is_punct(self.texts[k]) and self.texts[k] not in ("'", "’", "-"))
        ).strip()

    def _ministry_before(self, i: int) -> str | None:
        """The ministry last named before token i in its sentence or the one before."""
        si = self.sent_of[i]
        start = self.sents[max(0, si - 1)][0]
        for k in range(i - 1, start - 1, -1):
            t = self.ent[k]
            if t is not None and t.cat == "ORG" and t.value.startswith("ministry_"):
                return t.value
        return None

    def _ministry_deputy(self, j: int, end: int, country: str | None) -> str | None:
        """At j, "at" (or "of") and a ministry of foreign affairs or defence, of a country
        whose junior ministers are not cabinet ministers: the deputy minister's role of
        that ministry."""
        k = j + 1 if j < end and (self.has_cue(j, "location_prep") or self.is_stop(j)) else j
        t = self.ent[k] if k < end else None
        if t is None or t.start != k or t.cat != "ORG" or t.value not in MINISTRY_DEPUTIES:
            return None
        after = self.ent[t.end] if t.end < end else None
        if country is None and after is not None and after.cat == "COUNTRY":
            country = after.value
        if country in ("US", "GB", *STATE_SECRETARIATS, *CABINET_MINISTERS_OF_STATE):
            return None
        return MINISTRY_DEPUTIES[t.value]

    def _body_name_goes_on(self, k: int, end: int) -> bool:
        """Cased scripts: at k, "and" and capitalised words (up to four) end in a body's
        word ("… and Anti-Corruption Agency"): the words before were its name's too."""
        if not self.lex.cased or k >= end or self.folds[k] not in OFFICE_AND:
            return False
        for q in range(k + 1, min(end, k + 6)):
            if self._body_word(q):
                return True
            if not (self.texts[q][:1].isupper() or self.texts[q] == "-"):
                return False
        return False

    def _secretary_of_portfolio(self, a: int, b: int) -> bool:
        """Tokens a..b are a secretary of state's title that names more than the secretary
        ("secrétaire d'État à la Défense", not "Secretary of State" alone)."""
        words = self._title_words(a, b)
        return words not in SECRETARY_OF_STATE_WORDS and any(
            w in words for w in SECRETARY_OF_STATE_WORDS
        )

    def _state_minister(self, info: dict, j: int) -> bool:
        """The title up to j is a bare "Minister of State" ("Menteri Negara", "وزير
        الدولة")."""
        return (
            info["roles"][:1] == ["minister"]
            and info["title_start"] is not None
            and self._title_words(info["title_start"], j) in STATE_MINISTER_TITLES
        )

    def _junior_secretary(self, a: int, b: int) -> bool:
        """Tokens a..b are a secretary of state's title, a junior minister's outside the
        United States ("Secretary of State", "دبیر دولت", "государственный секретарь")."""
        words = self._title_words(a, b)
        return any(w in words for w in JUNIOR_SECRETARY_WORDS)

    def _title_of_another(self, info: dict, t: Tag, country: str) -> None:
        """One country's title (the lexicon's ``t.extra``) said of another's official, whose
        country is told beside it: "Spain's Secretary of State for Defence", "госсекретарем
        Испании" are no British or American minister but a Spanish junior one."""
        if not t.extra or country == t.extra or info["country"] != t.extra:
            return
        info["country"] = country
        words = self._title_words(t.start, t.end)
        if any(w in words for w in JUNIOR_SECRETARY_WORDS):
            # (of the portfolio the title names; "госсекретарь" alone names none)
            bare = t.end - t.start == 1
            info["roles"][0] = "deputy_minister" if bare else DEPUTY_ROLES.get(t.value, t.value)

    def _portfolio_after_adjective(self, j: int, end: int) -> int | None:
        """Arabic: at j, "for" on a word of offices ("للشؤون", "لشؤون") opens a portfolio of
        words with the article (up to five), then a name of two words or more: the index
        after the portfolio."""
        w = self.folds[j]
        # (the word itself, without its "for", or with the article it merged: للدفاع)
        forms = {w, w[1:], fold("ال") + w[2:] if w.startswith(_LIL[0]) else w}
        if not (w.startswith("ل") and forms & self.fx.title_words):
            return None  # (a word of offices: not "للتهنئة بعيد الفطر", to congratulate)
        k = j + 1
        if (
            k + 1 < end
            and self.ent[k] is None
            and self.ent[k + 1] is None
            and not self._article_word(k)
            and self._article_word(k + 1)
            and self.folds[k] not in self.fx.given_names
        ):
            # (its first word a noun in the construct state, no name: "لشؤون سياسة الدفاع
            # والتخطيط … أوريل فيرتوسو")
            k += 1
        # (its words may name regions, joined by "و": "لشؤون أوروبا وأمريكا الشمالية
        # والأقاليم ما وراء البحار X")
        while k < end and k - j <= 9:
            t = self.ent[k]
            if t is not None and t.start == k and t.cat == "PLACE" and not t.extra:
                k = t.end  # (a region; a country is the office's: "… الخارجية السعودي X")
            elif t is None and not self.hon[k] and (
                self._article_word(k)
                # ("ما وراء البحار"; not "في", the office's country after it: "للشؤون
                # الخارجية في دولة قطر X")
                or (k > j + 1 and self.is_stop(k) and not self.has_cue(k, "location_prep"))
            ):
                k += 1
            else:
                break
        # (the name may follow a comma: "كاتبة الدولة البرتغالية للدفاع الوطني، آنا …", or
        # a gloss in brackets: "… للشؤون الخارجية (الشؤون الدولية) هنري …")
        at = k + 1 if k < end and self.tok(k) in (",", "،") else k
        if at < end and self.tok(at) == "(":
            close = next((q for q in range(at + 1, min(end, at + 6)) if self.tok(q) == ")"), None)
            at = close + 1 if close is not None else at
        rng = self.name_at(at, end) if at < end else None
        if (
            (rng is None or rng[1] - rng[0] < 2)
            and k > j + 1
            and k + 1 < end
            and self.has_cue(k, "location_prep")
            and self._entity_at(k + 1, ("COUNTRY",))
        ):
            # … or its country, the holder named before the title: "X وزيرة الدولة للشؤون
            # الخارجية في جمهورية إثيوبيا الفدرالية"
            return k
        if rng is None or rng[1] - rng[0] < 2:
            return None
        # (not more words on the office, the holder named after them: "للشؤون الدولية
        # متعددة الأطراف الدكتور X"; nor a place, "لإدارة جنوب آسيا في …")
        if any(self.ent[q] is not None for q in range(*rng)) or (
            rng[1] < end and (self.hon[rng[1]] or self._entity_at(rng[1], ("RANK", "TITLE")))
        ):
            return None
        return k

    def _title_completed(self, start: int, j: int, end: int) -> tuple[int, str] | None:
        """Tokens from j (up to five, no entity) that complete the title begun at
        ``start`` into a lexicon title of a specific role: its end and role."""
        for k in range(min(end, j + 5), j, -1):
            if any(self.ent[q] is not None for q in range(j, k)):
                continue
            role = self.fx.title_roles.get(self._title_words(start, k))
            if role is not None and role not in GENERIC_ROLES:
                return k, role
        return None

    def _ministry_after(self, k: int, end: int) -> tuple[Tag, str | None] | None:
        """A ministry tagged at k past a few words on it (its article, its country's
        adjective, "Federal"), and that country: "the Polish Ministry of National Defence"."""
        country = None
        for _ in range(4):
            if k >= end:
                return None
            t = self.ent[k]
            if t is not None and t.start == k and t.cat == "ORG":
                return (t, country) if t.value.startswith("ministry_") else None
            if t is not None and t.start == k and t.cat == "COUNTRY" and country is None:
                country, k = t.value, t.end
            elif t is None and (
                self.is_stop(k)
                or (self.texts[k][:1].isupper() and self._plain(k))
                or (country is not None and self.texts[k] in ("'s", "’s"))
            ):
                k += 1
            else:
                return None
        return None

    def _deputy_portfolio(self, j: int, end: int) -> int | None:
        """At j, after a deputy's word in a script without capitals: up to six plain or
        office words (joined by "و" or commas) and then a title that is not another
        deputy's. The title's index."""
        k = j
        while k < end and k - j <= 6:
            t = self.ent[k]
            if t is not None and t.start == k and t.cat == "ORG" and k > j and (
                ("minister", t.value) in ROLE_BY_ORG
            ):
                return k  # a ministry: "معاون دیپلماسی اقتصادی وزارت امور خارجه"
            if t is not None and t.start == k and t.cat in ("ORG", "COUNTRY") and k > j:
                k = t.end  # (its matters: "مجلس", "امور ایرانیان")
                continue
            if t is not None:
                ok = t.start == k and t.cat == "TITLE" and k > j
                return k if ok and self.folds[k] not in self.fx.deputy_words else None
            # (a list: "معاون کنسولی، مجلس و امور ایرانیان وزیر امور خارجه")
            if not (
                self._plain(k)
                or self.folds[k] in CONJUNCTION_CLITICS
                or (self.tok(k) in (",", "،") and k > j)
                or (self.folds[k] in self.fx.title_words and not self.cue_cover[k])
            ):
                return None
            k += 1
        return None

    def _anaphora_end(self, j: int, end: int) -> int | None:
        """The end of a word or phrase at j that points back to a country ("страны",
        "این کشور"), else None; not a country's own name ("Республики Таджикистан")."""
        if self._entity_at(j, ("COUNTRY",)):
            return None
        for words in self.fx.country_anaphora:
            k = j + len(words)
            if k <= end and tuple(self.folds[j:k]) == words:
                return k
        return None

    def _country_before(self, k: int) -> str | None:
        """The country named last before token k, in its sentence or the one before ("…
        принял президент переходного периода Мали … Во встрече участвовал и глава МИД
        республики X")."""
        s = self.sents[max(0, self.sent_of[k] - 1)][0]
        first = None
        for i in range(k - 1, s - 1, -1):
            t = self.ent[i]
            if t is not None and t.cat == "COUNTRY" and t.start == i:
                if not self._entity_at_end(i - 1, ("TITLE",)):
                    return t.value
                # (another official's office, "… وزیر دفاع آمریکا … با X دبیر وزارت امور
                # خارجه این کشور", when a country not of an office is named before it)
                first = first or t.value
        return first

    def _country_after_name(self, k: int, end: int) -> str | None:
        """The country a titled name is followed by: "President X of Senegal", "Presiden X
        dari Senegal" (a country's name, not its adjective)."""
        if k >= end or self.folds[k] not in self.fx.country_after_name:
            return None
        k += 1
        if k < end and self.is_stop(k) and self.ent[k] is None:
            k += 1  # "of the Philippines"
        t = self.ent[k] if k < end else None
        if t is None or t.cat != "COUNTRY" or t.start != k or t.extra != "name":
            return None
        return t.value

    def _portfolio_before_entity(self, j: int, end: int) -> bool:
        """Capitalised words (up to three) right before a country, organisation or title:
        the office's portfolio ("Menteri Urusan Minoritas India X", "Wakil Menteri
        Pertahanan Nasional Turki X")."""
        if self.cue_cover[j]:
            return False
        joined = False
        for k in range(j + 1, min(end, j + 6)):
            if self._entity_at(k, ("COUNTRY", "ORG") if joined else ("COUNTRY", "ORG", "TITLE")):
                return True
            if k >= j + 3 + joined:
                return False
            tk = self.texts[k]
            if (
                not joined
                and self.folds[k] in OFFICE_AND
                and k + 1 < end
                and self.ent[k + 1] is None
                and self.texts[k + 1][:1].isupper()
            ):
                # (two portfolios: "Sekretaris Strategi dan Urusan Militer Kementerian
                # Pertahanan Argentina X"; not "X dan Menteri Luar Negeri Y")
                joined = True
                continue
            if self.ent[k] is not None or not tk[:1].isupper() or not tk.isalpha():
                return False
            if self.cue_cover[k]:
                return False  # a verb of a headline: "Wamenhan X Kunjungi Fiji" (visits)
        return False

    def _envoy_of(self, info: dict, j: int) -> bool:
        """The title at j names the one an envoy's title before it serves: right after it
        (a genitive, an ezafe) or after "of (the)" ("Special Representative of the
        President")."""
        t = self.ent[j]
        if (
            info["roles"]
            and set(info["roles"]) == {"national_security_adviser"}
            and info["country"] is None
            and j == info["title_end"]
            and not self.lex.cased
            and t is not None
            and t.value in ("head_of_state", "head_of_government")
        ):
            return True  # an adviser's leader: "مشاور امنیت ملی نخست‌وزیر موریس"
        if not info["roles"] or not set(info["roles"]) <= ENVOY_ROLES:
            return False
        if info["country"] is not None:
            return False  # "التقى السفير الإيراني وزير الخارجية العراقي": two people
        # (an international organisation's envoy is its official: "représentante spéciale
        # du Secrétaire général de l'ONU")
        if t is None or t.value in (*ENVOY_ROLES, "secretary_general") or info["title_end"] is None:
            return False
        gap = range(info["title_end"], j)
        return len(gap) <= 2 and all(
            self.folds[k] in self.fx.office_continues or self.is_stop(k) for k in gap
        )

    def _envoy_region(self, j: int, end: int) -> int | None:
        """At j, one or two function words ("for the", "pour le", "по") and a region
        without a country: the index after the region."""
        k = j
        # (up to five words with a word for "affairs": "pour les affaires de la Corne de
        # l'Afrique", "по делам Латинской Америки")
        words = range(j, min(end, j + 5))
        limit = 5 if any(self.folds[q] in self.fx.envoy_preps for q in words) else 2
        while k < end and k - j < limit and self.ent[k] is None and (
            self.is_stop(k) or self.folds[k] in self.fx.envoy_preps
        ):
            k += 1
        t = self.ent[k] if j < k < end else None
        if (
            t is None
            and self.lex.cased
            and j < k
            and any(self.folds[q] in self.fx.envoy_preps for q in range(j, k))
        ):
            # the affairs in common words, then the name: "по делам тихоокеанских
            # островных государств Цянь Бо"
            q = k
            while q < end and q - k < 5 and self.ent[q] is None and self.tok(q).islower():
                q += 1
            return q if q > k and self._name_follows(q, end) else None
        if t is None or t.start != k or t.cat != "PLACE" or t.extra:
            return None
        # (and more regions: "untuk Urusan Ibero-Amerika dan Karibia", "لشؤون أمريكا
        # اللاتينية والكاريبي")
        k = t.end
        while k < end:
            q = k
            while q < end and q - k < 2 and self.ent[q] is None and self.is_stop(q):
                q += 1
            u = self.ent[q] if q < end else None
            if u is None or u.start != q or u.cat != "PLACE" or u.extra:
                break
            k = u.end
        return k

    def _more_posts(self, j: int, end: int) -> int | None:
        """After an envoy's post country, at j: more countries or bodies he is accredited
        to, joined by commas and "and" (its article allowed), then his name: the index after
        the last one."""
        k, last = j, None
        while k < end and k - j <= 12:
            if self.tok(k) in (",", "،") or (self.ent[k] is None and self.is_stop(k)):
                k += 1
                continue
            t = self.ent[k]
            if t is None or t.start != k or t.cat not in ("COUNTRY", "ORG"):
                break
            last = k = t.end
        if last is None:
            return None
        return last if self._name_follows(last, end) else None

    def _envoy_post(self, info: dict, j: int) -> bool:
        """The country at j, after "to"/"in"/"لدى"/"в", is where an envoy serves (his post),
        not the country he serves."""
        return (
            not ENVOY_ROLES.isdisjoint(info["roles"])
            and j > 0
            and (self.has_cue(j - 1, "location_prep") or self.folds[j - 1] in self.fx.envoy_preps)
        )

    def _listed_in_capitals(self, j: int, k: int, end: int) -> bool:
        """After the title's comma at j, capitalised words (and function words) up to the
        next comma, one of them a portfolio's: more of the office ("Minister of Foreign
        Affairs, Regional Integration and International Trade, Mr X"), not a name."""
        if not (self.lex.cased and self.texts[j] == "," and k == j + 1):
            return False
        portfolio = False
        while k < end and k - j <= 8:
            text = self.texts[k]
            if text == ",":
                return portfolio
            if (
                portfolio
                and self.folds[k - 1] in self.fx.portfolios
                and self._name_closes_office(k, end)
            ):
                # the list's last portfolio, then the name ("Minister of Planning,
                # Economic Development and International Cooperation Rania Al-Mashat met")
                return True
            if (
                (t := self.ent[k]) is not None
                and t.start == k
                and t.cat == "COUNTRY"
                and t.extra == "adjective"
                and t.end < end
                and self.folds[t.end] in self.fx.portfolios
            ):
                k = t.end  # a people's portfolio: "… African Cooperation and Moroccan Expatriates"
                continue
            if self.ent[k] is not None or self.hon[k] or self.cue_cover[k]:
                return False
            if not (self.is_stop(k) or (text[:1].isupper() and text.isalpha())):
                return False
            portfolio = portfolio or self.folds[k] in self.fx.portfolios
            k += 1
        return False

    def _name_closes_office(self, k: int, end: int) -> bool:
        """A name of two words or more at k, not a portfolio's words, then a word in lower
        case (its verb): "… International Cooperation Rania Al-Mashat met"."""
        if not self.lex.cased or self.folds[k] in self.fx.portfolios:
            return False
        rng = self.name_at(k, end)
        return (
            rng is not None
            and rng[1] - rng[0] >= 2
            and rng[1] < end
            and self.texts[rng[1]][:1].islower()
            and _wordlike(self.texts[rng[1]])
            and not any(self.folds[q] in self.fx.portfolios for q in range(rng[0], rng[1]))
        )

    def _last_title_generic(self, info: dict) -> bool:
        """The title that ends the title phrase is a general one ("министр")."""
        k = info["title_end"] - 1 if info["title_end"] is not None else -1
        t = self.ent[k] if k >= 0 else None
        return t is not None and t.cat == "TITLE" and t.end == k + 1 and t.value in GENERIC_ROLES

    def _office_run(
        self, j: int, end: int, genitive: bool = False
    ) -> tuple[int, str | None] | None:
        """After a title, at j: more of the office opened by one of the language's
        ``office_continues`` words ("de", "et", "of"), after a comma or not, that ends at a
        comma before an honorific and a name ("… et de la Coopération internationale, M. X")
        or a name closed by a clause break ("…, Taher Baour.", or without the comma in cased
        scripts). No cue, date, honorific or other title inside. The index of the comma (or
        of the name) and the first country named. With ``genitive``, a lower-case word right
        after the title also opens it (an organisation in the genitive, its name in quotes
        inside: "директором агентства … «Узатом» Азимом Ахмедходжаевым"), up to the name,
        never past a comma."""
        k = j + 1 if self.texts[j] == "," else j
        if k >= end:
            return None
        genitive = (
            genitive
            and k == j
            and self.lex.cased
            and _wordlike(self.texts[k])
            and self.ent[k] is None
            and not self.is_stop(k)
            and not self._ends_office(k)
            and (
                self.texts[k][:1].islower()
                # or a capitalised adjective before its noun, or a noun in -ии, then a lower-
                # case word: "директор Латиноамериканского департамента МИД России X",
                # "руководитель Канцелярии комиссии ЦК КПК … Ван И"
                or (
                    re.search(r"(ого|его|ой|ей|ых|их|ии)$", self.texts[k]) is not None
                    and k + 1 < end
                    and self.texts[k + 1][:1].islower()
                    and _wordlike(self.texts[k + 1])
                )
            )
        )
        # a portfolio after a comma without a joining word ("министром иностранных дел,
        # региональной интеграции … Того Робертом Дюссе."): only up to a name that closes
        # the clause, never up to another comma
        listed = (
            self.lex.cased
            and k == j + 1
            and self.folds[k] not in self.fx.office_continues
            and self.texts[k][:1].islower()
            and _wordlike(self.texts[k])
            and not self.is_stop(k)
        )
        listed = listed or genitive
        if (
            self.folds[k] not in self.fx.office_continues
            and not listed
            and not self._listed_in_capitals(j, k, end)
        ):
            return None
        if self.texts[j] == "," and k + 1 < end and self.hon[k + 1]:
            # "Mrs X, Minister for Trade, and Mr Y": the honorific after ", and" starts
            # another person, not more of the office
            return None
        country = None
        while k < end and k - j <= 20:
            text = self.texts[k]
            tk = self.ent[k]
            if (
                text == ","
                and listed
                # (but a genitive portfolio's list goes on: "министром сельского хозяйства,
                # лесного и водного хозяйства Сербии X")
                and not (
                    genitive
                    # (the list's first word, or the title's own genitive right before the
                    # comma: "министром внутренних дел, местных сообществ и …")
                    and (
                        k == j
                        or re.search(r"(ого|его|ой|ей|ых|их|а|я|ы|и)$", self.texts[j])
                        is not None
                    )
                    # (a genitive noun before the comma; "дел" has no ending)
                    and re.search(r"(а|я|ы|и|ов|ев|ей)$|^дел$", self.texts[k - 1]) is not None
                    and k + 1 < end
                    and self.ent[k + 1] is None
                    and self.texts[k + 1][:1].islower()
                    and re.search(r"(ого|его|ой|ей|ых|их)$", self.texts[k + 1]) is not None
                )
            ):
                return None
            if text == "," and k + 2 < end and self.is_stop(k + 1) and self.hon[k + 2]:
                return None  # "…, Agribusiness and Industry, and Mr Y": another person
            if (
                text == ","
                and k + 1 < end
                and self.lex.cased
                and self.has_cue(k + 1, "location_prep")
                and self.folds[k + 1] not in self.fx.office_continues
            ):
                return None  # "…, Chief of Staff of the Italian Navy, at Palazzo Marina."
            if text == ",":
                # "…, Taher Baour." or "…, M. X" (an honorific says a name comes)
                if (
                    k + 1 < end
                    and self.name_at(k + 1, end)
                    and (self.hon[k + 1] or self._comma_name_ok(k + 1, end))
                ):
                    return k, country
                if self._entity_at(k + 1, ("RANK",)) or (
                    k + 2 < end and self.is_stop(k + 1) and self._entity_at(k + 2, ("RANK",))
                ):
                    # "La commandante du Southcom, la générale Laura Richardson": a rank,
                    # then the name
                    return k, country
                k += 1
                continue
            if (
                self.lex.cased
                and tk is None
                # (one genitive word right after the title: "Министр энергетики X")
                and k > j + (0 if genitive and self._entity_at_end(j - 1, ("TITLE",)) else 1)
                and text[:1].isupper()
                and (rng := self.name_at(k, end)) is not None
                and rng[1] - rng[0] >= 2
                and (
                    rng[1] >= end
                    or self.texts[rng[1]] == "."
                    # … or by the comma of its reporting verb: "… сопредседателем совместной
                    # комиссии Голамрезой Нури Гезельдже, сообщили в пресс-службе"
                    or (
                        self.texts[rng[1]] == ","
                        and rng[1] + 1 < end
                        and self.has_cue(rng[1] + 1, "speech")
                    )
                    # … or after an honorific: "Minister of State for Foreign Affairs HE
                    # Sultan bin Saad al-Muraikhi met"
                    or self.hon[k]
                    # … or after a listed portfolio, before its verb: "… Economic
                    # Development and International Cooperation Rania Al-Mashat met"
                    or (
                        self.folds[k - 1] in self.fx.portfolios
                        and self._name_closes_office(k, end)
                    )
                    # … or after the portfolio's own lower-case word: "vice-ministre cubain
                    # des Relations extérieures Carlos Fernández de Cossío a reçu"
                    or (
                        self.texts[k - 1][:1].islower()
                        and _wordlike(self.texts[k - 1])
                        and not self.is_stop(k - 1)
                        and (genitive or not listed)
                    )
                    # … or after the organisation's name in quotes, or its country: "…
                    # «Росатом» Алексей", "… МИД России Александр Щетинин"
                    or (
                        genitive
                        and (
                            self.texts[k - 1] in OPEN_QUOTES.values()
                            or self._entity_at_end(k - 1, ("COUNTRY", "ORG", "PLACE"))
                        )
                    )
                    # … or after the country the office is of: "Menteri Negara di
                    # Kementerian Luar Negeri Qatar Faisal bin Mutlaq Al-Harbash di Doha"
                    or self._entity_at_end(k - 1, ("COUNTRY",))
                    # … or the region it is for: "Undersecretary for Latin America and the
                    # Caribbean Emiliano Ibarrola"
                    or (
                        self._entity_at_end(k - 1, ("PLACE",))
                        and (pl := self.ent[k - 1]) is not None
                        and not pl.extra
                    )
                )
            ):
                # no comma before the name when it closes the clause: "с министром
                # иностранных дел, по делам зарубежной занятости и туризма республики
                # Виджитой Хератом."
                return k, country
            if (
                tk is None
                and (after := self._anaphora_end(k, end)) is not None
                and not self._entity_at(after, ("COUNTRY",))
            ):
                country = country or self._country_before(j)  # "… республики X": the one named
            if tk is not None and tk.start == k and tk.cat == "PLACE" and not tk.extra:
                k = tk.end  # a region a department is for: "département Amérique latine"
                continue
            if (
                genitive
                and tk is not None
                and tk.start == k
                and tk.cat == "PLACE"
                and re.fullmatch(r"[A-Z]{2}", tk.extra or "")
                and k > j
                and self.texts[k - 1][:1].islower()
                and _wordlike(self.texts[k - 1])
            ):
                # the region or city an office governs, after its noun: "губернатором
                # иранской провинции Восточный Азербайджан X"
                country = country or tk.extra
                self.governed.add(k)  # (what the office governs is no meeting's place)
                k = tk.end
                continue
            if (
                tk is not None
                and tk.start == k
                and tk.cat == "TITLE"
                and k - 1 > j  # (not "X et ministre …" right after the title: its own rule)
                and self.folds[k - 1] in OFFICE_AND
                # (no name before the "and": "… of Mongolia B.Munkhjin and Secretary …
                # Kumaran" are two people; a portfolio's capital follows its "de l'")
                and not any(
                    self.texts[q][:1].isupper() and self.ent[q] is None and not self.is_stop(q - 1)
                    for q in range(j + 1, k - 1)
                )
                and self.folds[k - 1] in self.fx.office_continues
                and tk.value not in ENVOY_ROLES
            ):
                # a second office of the same holder: "vice-Premier ministre irakien chargé
                # de l'Énergie et ministre du Pétrole, X"
                k = tk.end
                continue
            if tk is not None and tk.start == k and tk.cat in ("COUNTRY", "ORG"):
                if tk.cat == "COUNTRY":
                    country = country or tk.value
                elif re.fullmatch(r"[A-Z]{2}", tk.extra or ""):
                    country = country or tk.extra  # a national force: "de l'ANL, X"
                k = tk.end
                continue
            if self.hon[k] and k > j + 1 and k + 1 < end and self.name_at(k + 1, end):
                # an honorific without a comma says a name comes: "… Бахрейн по
                # политическим вопросам шейх Абдалла бен Ахмед Аль Халифа"
                return k, country
            if (
                tk is not None
                and tk.start == k
                and tk.cat == "RANK"
                and k > j + 1
                # (right after a word of the office: not "…, and Air Marshal X", another;
                # no comma before: "X, министр …, и главнокомандующий … генерал Y")
                and _wordlike(self.texts[k - 1])
                and not self.is_stop(k - 1)
                and not any(self.texts[q] in (",", "،") for q in range(j, k))
                and self.name_at(tk.end, end, after_rank=True)
            ):
                # … and so does a rank: "Заместитель министра обороны Беларуси по
                # вооружению генерал-майор Вадим Шоломицкий"
                return k, country
            if text == "(" and k + 2 < end and self.texts[k + 2] == ")":
                k += 3  # an abbreviation of the office's name: "… des Etats-Unis (Southcom),"
                continue
            if genitive and text in OPEN_QUOTES:
                # the organisation's name in quotes: "госкорпорации «Росатом»"
                after = self._past_quoted(k, end)
                if after == k:
                    return None
                for q in range(k + 1, after - 1):
                    tq = self.ent[q]
                    if tq is not None and re.fullmatch(r"[A-Z]{2}", tq.extra or ""):
                        country = country or tq.extra  # a national body: «Росатом»
                k = after
                continue
            if (
                tk is not None
                or self._ends_office(k)
                or (_is_punct(text) and text not in ("'", "’", "-"))
                or (
                    self.fx.offices_in_capitals
                    and text[:1].islower()
                    and not self.is_stop(k)
                    and self.folds[k] not in self.fx.portfolios
                    and self.folds[k] not in self.fx.office_continues
                )
            ):
                return None
            k += 1
        return None

    def _office_to_comma(self, j: int, end: int) -> tuple[int, str | None] | None:
        """Scripts without capitals: from j, up to eight words of an office (plain words,
        "في", organisations, places, countries) up to a comma, then a name of two words or
        more closed by a clause end. The comma's index and the last country named."""
        k, country = j, None
        while k < end and k - j <= 8:
            t = self.ent[k]
            if t is not None and t.start == k and t.cat in ("ORG", "PLACE", "COUNTRY"):
                country = t.value if t.cat == "COUNTRY" else country
                k = t.end
                continue
            if k > j + 1 and self.folds[k] in self.fx.given_names and self._plain(k + 1):
                break  # a name opens before the comma: "… لشركة توانير مصطفى رجبي مشهدي،"
            if self._plain(k) or self.folds[k] in self.fx.office_continues:
                k += 1
                continue
            break
        if k == j or k + 1 >= end or self.tok(k) not in (",", "،"):
            return None
        if self._name_closing_clause(k + 1, end) is not None and self._comma_name_ok(k + 1, end):
            return k, country
        rank = self.ent[k + 1]
        if (
            rank is not None
            and rank.start == k + 1
            and rank.cat == "RANK"
            and self.name_at(rank.end, end, after_rank=True) is not None
        ):
            # … or a rank, then the name: "نائب وزير الدفاع البيلاروسي لشؤون التسليح، اللواء
            # فاديم شولوميتسكي،"
            return k, country
        return None

    def _given_name_ahead(self, j: int, end: int) -> tuple[int, str | None] | None:
        """Scripts without capitals: the office goes on from j (words without a cue, a
        date, punctuation or a function word; country adjectives) up to a known given name
        that opens a name of two words or more, within seven words. The name's start and
        the last country named."""
        if self.folds[j] in self.fx.given_names or (
            self._entity_at_end(j - 1, ("COUNTRY",))
            # (… unless the office goes on: "نائب الرئيس الإيراني لشؤون العلوم … حسين أفشين",
            # "نائب وزير الدفاع الكولومبي للسياسات والشؤون الدولية ماوريسيو أورخويلا")
            and self.folds[j] not in self.fx.office_continues
            and not (self.folds[j].startswith(LI_AL) and self.ent[j] is None)
        ):
            return None  # (a title and its country are the whole office: "الرئيس النيجيري")
        if j < end and self._bare_word(j) and not self._body_word(j):
            # a bare word opens the name ("وزير الخارجية أسعد حسن الشيباني"; not a body's
            # word: "الرئيس التنفيذي لشركة توانير مصطفى …")
            return None
        country = None
        inner = False  # a second, general title: "… مبعوث شؤون المناخ عادل بن أحمد الجبير"
        joined = False  # … joined by "و": another's ("… وقائد الجيش اللواء X")
        k = j
        while k < end and k - j <= 9:
            t = self.ent[k]
            if t is not None and t.start == k and t.cat == "TITLE" and t.value in GENERIC_ROLES:
                inner = True
                joined = joined or self.folds[k][:1] in CONJUNCTION_CLITICS
                k = t.end
                continue
            if t is not None and t.start == k and t.cat == "RANK" and k > j and not joined:
                # a rank says a name comes, as an honorific: "نائب قائد العمليات المشتركة
                # الفريق أول ركن X", "رئيس هيئة الأركان العامة في الجيش السوري اللواء X"
                # (past his second office: "رئيس هيئة الأركان العامة قائد العمليات
                # المشتركة الفريق الركن X")
                n = k
                while n < end and (r := self.ent[n]) is not None and r.cat == "RANK":
                    n = r.end
                rng = self.name_at(n, end)
                return (k, country) if rng is not None and rng[1] - rng[0] >= 2 else None
            if t is not None:
                if t.cat not in ("COUNTRY", "ORG") or t.start != k or inner:
                    return None  # (another country's title: "وزير التجارة الهندي X")
                # (the office's government: "في الحكومة المؤقتة البنغلاديشية")
                country = t.value if t.cat == "COUNTRY" else country
                k = t.end
                if (
                    t.cat == "COUNTRY"
                    and k < end
                    and self._bare_word(k)
                    and (rng := self.name_at(k, end)) is not None
                    and rng[1] - rng[0] >= 2
                ):
                    # the office's country, then a name of bare words: "وزير الشؤون
                    # الخارجية والاتحاد الأوروبي والتعاون بمملكة إسبانيا خوسيه مانويل ألباريس"
                    return k, country
                continue
            if (
                k > j
                and self._bare_word(k)
                and not self._body_word(k - 1)  # (a body's own name: "لشركة توانير")
                and k + 1 < end
                and (
                    self.folds[k + 1] in self.fx.given_names
                    # (or two bare words that close the clause: "… المكلفة بالتعاون
                    # الإقليمي سولانج هابونيمانا.")
                    or (
                        self._bare_word(k + 1)
                        # (after the office's last word, with the article: not "في وقت
                        # لاحق", later, nor a verb, "يتفقد خطوط إنتاج مصنع")
                        and self._article_word(k - 1)
                        and not self.is_stop(k - 1)
                        and (
                            k + 2 >= end
                            or _is_punct(self.tok(k + 2))
                            or self.is_stop(k + 2)
                            or bool(self.cue_cover[k + 2])
                        )
                    )
                )
            ):
                # "وزير الخارجية والمغتربين أسعد حسن الشيباني": a bare word before a given
                # name is the name's first
                rng = self.name_at(k, end)
                if rng is not None and rng[1] - rng[0] >= 2:
                    return k, country
            # (a name with "الله" is given: "حجة الله غنيمي فرد", "نصر الله")
            if k > j and (
                self.folds[k] in self.fx.given_names
                or (k + 2 < end and self.folds[k + 1] == ALLAH and self._plain(k))
            ):
                rng = self.name_at(k, end)
                return (k, country) if rng is not None and rng[1] - rng[0] >= 2 else None
            if k > j and self.hon[k]:
                # an honorific says a name comes: "… والتعاون الدولي بجمهورية الكونغو
                # الديمقراطية السيدة تيريز كاييكوامبا فاغنر"
                n = k
                while n < end and self.hon[n]:
                    n += 1
                rng = self.name_at(n, end)
                return (n, country) if rng is not None and rng[1] - rng[0] >= 2 else None
            if (
                self._ends_office(k)
                or (
                    self.is_stop(k)
                    and self.folds[k] not in self.fx.office_continues
                    # (the ministry the office is at: "… في وزارة القوات المسلحة الفرنسية X")
                    and not (self.norms[k] == MINISTRY_WORD and self._entity_at(k + 1, ("ORG",)))
                )
                or not _wordlike(self.texts[k])
            ):
                return None
            k += 1
        return None

    def _portfolios_to_country(
        self, j: int, end: int, *, unlisted: bool = False, envoy: bool = False
    ) -> tuple[int, str] | None:
        """Scripts without capitals: at j, after a title, more of its office joined by "و"
        or commas (words without a cue, a date, an honorific, a function word or another
        entity than a country), up to ten words, then a country that ends the clause. The
        index after the country, and the country. A general title (``unlisted``: "وزیر")
        may go on without "و": "وزیر معادن جمهوری نیجر" (a portfolio the lexicon lacks)."""
        if j >= end:
            return None
        opens = self.tok(j) in (",", "،") or self.folds[j][:1] in CONJUNCTION_CLITICS
        # … or a preposition before a word of offices: "وزیر مشاور در امور همکاری‌های
        # بین‌المللی قطر"
        prep = (
            not opens
            and self.has_cue(j, "location_prep")
            and j + 1 < end
            and self.ent[j + 1] is None
            and self.folds[j + 1] in self.fx.title_words
        )
        body = unlisted and self.ent[j] is None and self._body_word(j)
        if not (opens or prep or (unlisted and self._plain(j)) or body):
            return None
        if prep and envoy:
            return None  # an envoy's "در امور افغانستان" names his post, not his country
        k = j + 1 if prep else j
        while k < end and k - j <= 10:
            t = self.ent[k]
            # (or a national body: "… صنعت و تجارت هیئت حاکمه افغانستان")
            national = (
                t is not None and t.cat == "ORG" and re.fullmatch(r"[A-Z]{2}", t.extra or "")
            )
            if (
                t is not None
                and t.start == k
                and (t.cat == "COUNTRY" or national)
                and k > j + int(opens)
            ):
                if prep and k == j + 2:
                    return None  # the affairs of a country: "معاون … در امور آمریکا"
                after = t.end
                value = t.value if t.cat == "COUNTRY" else t.extra

                def closes(q: int) -> bool:
                    return (
                        q >= end
                        or _is_punct(self.tok(q))
                        or self.is_stop(q)
                        or bool(self.cue_cover[q])
                    )

                if (
                    unlisted
                    and (q := self._past_quoted(after, end)) > after
                    and (rng := self.name_at(q, end)) is not None
                    and rng[1] - rng[0] >= 2
                ):
                    # a general title's body, its country, its name in quotes, then the
                    # holder: "مدير وكالة الطاقة الذرية الأوزبكية "أوزأتوم" عظيم …"
                    return q, value
                if closes(after):
                    return after, value
                if (
                    after < end
                    and self._country_after_adjective(after)
                    and (rng := self.name_at(after, end)) is not None
                    and rng[1] - rng[0] >= 2
                ):
                    return after, value  # a given name that is a country's: "الصومالي بوتان …"
                if self.fx.article_prefixes and self._article_word(after) and closes(after + 1):
                    return after + 1, value  # "… في دولة قطر الشقيقة."
                if (
                    unlisted
                    and (rng := self.name_at(after, end)) is not None
                    and rng[1] - rng[0] >= 2
                    # (a name takes no article, and ends its clause or meets "و": not "…
                    # دولة قطر لكافة المساعي الرامية")
                    and not (self.fx.article_prefixes and self._article_word(after))
                    and (closes(rng[1]) or self._has_conjunction(rng[1]))
                ):
                    # … or the holder right after the country: "المدير العام لمؤسسة "روس
                    # آتوم" الحكومية الروسية أليكسي ليخاتشوف"
                    return after, value
                if after < end and self.folds[after] in self.fx.office_continues:
                    # … or after the office's charge, its words with their article: "وزير
                    # الدولة للشؤون الخارجية الأوغندي المكلف بالتعاون الإقليمي أمبروز …"
                    m = after + 1
                    while m < end and self.ent[m] is None and self.folds[m].startswith(
                        DEFINITE_FORMS
                    ):
                        m += 1
                    if (
                        m > after + 1
                        and (rng := self.name_at(m, end)) is not None
                        and rng[1] - rng[0] >= 2
                        and (closes(rng[1]) or self._has_conjunction(rng[1]))
                    ):
                        return m, value
                k = after  # a people of the office's name: "گینه‌ای‌های مقیم خارج"
                continue
            if (
                k > j + int(opens)
                and (past := self._anaphora_end(k, end)) is not None
                and (earlier := self._country_before(j)) is not None
            ):
                # "… معاون وزیر امور خارجه و همکاری‌های بین‌المللی این کشور": the country
                # named before
                return past, earlier
            if (
                not envoy
                and k > j
                and self.has_cue(k, "location_prep")
                and self._entity_at(k + 1, ("COUNTRY",))
            ):
                # "وزير الدولة للشؤون الخارجية في دولة قطر": an office in its country (an
                # envoy's "in" names his post)
                k += 1
                continue
            if unlisted and k > j and (q := self._past_quoted(k, end)) > k:
                k = q  # the body's name in quotes: "لمؤسسة "روس آتوم" الحكومية"
                continue
            if unlisted and t is not None and t.start == k and t.cat == "ORG":
                k = t.end  # a body the lexicon knows: "… لمؤسسة روس آتوم الحكومية"
                continue
            if (
                t is not None
                and t.start == k
                and t.cat == "PLACE"
                and not t.extra
                and k > j
                and self.has_cue(k - 1, "location_prep")
            ):
                k = t.end  # a region of the portfolio: "والتعاون في شرق أفريقيا"
                continue
            joins = self.tok(k) in (",", "،") or self.folds[k] in CONJUNCTION_CLITICS
            # (a word of offices is no function word here: "و امور مهاجران کنیا"; nor a
            # common noun with a suffix: "و همکاری‌های توسعه‌ای بوروندی")
            office_word = self.folds[k] in self.fx.title_words
            derived = self.folds[k] != self.norm(k)
            region = (
                k > j
                and self.has_cue(k, "location_prep")
                and k + 1 < end
                and (
                    (self.ent[k + 1] is None and self._plain(k + 1))
                    or (
                        (r := self.ent[k + 1]) is not None
                        and r.start == k + 1
                        and r.cat == "PLACE"
                        and not r.extra
                    )
                )
            )
            if (
                t is not None
                or self._ends_office(k)
                or (not joins and _is_punct(self.tok(k)))
                or (
                    not joins
                    and self.is_stop(k)
                    and not office_word
                    and not derived
                    and not (body and k == j)
                    and not region
                )
                # (not "… در ایران"; but a region of the portfolio: "والتعاون في شرق
                # أفريقيا بجمهورية تنزانيا المتحدة")
                or (self.has_cue(k, "location_prep") and not region)
                # (nor the family name of someone named: "وأطلع الوزير حمدان الضيف الإيراني",
                # the minister Hamdan briefed the Iranian guest)
                or (unlisted and self._named_family(k))
                # (nor a function word with "و" on it: "…، وعن الجانب الإيراني X", and on
                # the Iranian side, X)
                or (
                    self.fx.article_prefixes
                    and self.folds[k][:1] in CONJUNCTION_CLITICS
                    and self.folds[k][1:] in self.fx.stop
                )
            ):
                return None
            k += 1
        return None

    def _named_family(self, k: int) -> bool:
        """Token k is the last word of the name of a person named before."""
        return bool(self._family_holders(k))

    def _family_holders(self, k: int) -> set[str]:
        """The persons (keys) one of whose names ends with token k's word ("Wierzbicki")."""
        return {
            key
            for key, p in self.persons.items()
            if any(n.split() and fold(n.split()[-1]) == self.folds[k] for n in p.names)
        }

    def _and_portfolios(self, j: int, end: int) -> int | None:
        """Arabic, at j right after a title: one or two words with "و" and the article
        ("والصناعة"), then a name of two words or more that takes neither: the index after
        the last of those words."""
        k = j
        joined = 0
        while k < end and k - j < 4 and self.ent[k] is None:
            word = self.folds[k]
            noun = word[:1] in CONJUNCTION_CLITICS and self._article_word_at(word[1:])
            if self._ends_office(k) and not (
                # (a noun with its article is no verb: "والبحث العلمي" is research)
                noun and not self.hon[k] and self.date_tok[k] is None
            ):
                break
            if noun:
                joined += 1
            elif (
                word[:1] in CONJUNCTION_CLITICS
                and k + 1 < end
                and self.ent[k + 1] is None
                and self._article_word(k + 1)
                and not self.hon[k]
                and self.date_tok[k] is None
            ):
                # (a joined noun governing the next, the article on that one: "وضحايا
                # الحرب", war victims)
                joined += 1
                k += 1
            elif not (joined and self._article_word_at(word)):
                break  # (an adjective after a joined portfolio: "والبحث العلمي")
            k += 1
        if not joined or joined > 2:
            return None
        at = k + 1 if k + 1 < end and self.has_cue(k, "location_prep") else k
        country = self.ent[at] if at < end else None
        # (its country, "في النيجر", then a rank: "وزير الداخلية والأمن العام في النيجر
        # الفريق محمد تومبا")
        start = country.end if country is not None and country.cat == "COUNTRY" else k
        if start > k and start < end and self._entity_at(start, ("RANK",)):
            return k
        rng = self.name_at(start, end)
        if (
            rng is None
            or rng[1] - rng[0] < 2
            or self._article_word(start)
            or self.folds[start][:1] in CONJUNCTION_CLITICS
        ):
            return None
        return k

    def _article_word_at(self, word: str) -> bool:
        """A folded word that starts with the language's article ("الصناعه")."""
        return any(word.startswith(a) and len(word) > len(a) + 1 for a in self.fx.article_prefixes)

    def _past_quoted(self, k: int, end: int) -> int:
        """The index after a name in quotes of up to four words opening at k ("«Росатом»",
        ""روس آتوم""), else k."""
        close = OPEN_QUOTES.get(self.tok(k)) if k < end else None
        if close is None:
            return k
        q = next((q for q in range(k + 1, min(end, k + 6)) if self.tok(q) == close), None)
        return k if q is None or q == k + 1 else q + 1

    def _bare_word(self, k: int) -> bool:
        """Arabic: a word without the article, a clitic or a lexicon reading, which an
        office's words after its title rarely are (they are "والهجرة", "بالخارج", "في")."""
        return bool(
            self.fx.article_prefixes
            and self.ent[k] is None
            and not (
                self._article_word(k)
                or self._has_proclitic(k)
                or self.folds[k] in self.fx.office_continues
            )
        )

    def _ends_office(self, k: int) -> bool:
        """Token k cannot be inside an office that runs on after its title: a cue (other
        than a place's preposition), an honorific or a date."""
        return (
            any(c.value != "location_prep" for c in self.cue_cover[k])
            or self.hon[k]
            or self.date_tok[k] is not None
        )

    def _rank_may_follow(self, info: dict) -> bool:
        """A diplomat's rank after this office is a rank, not a second office: the office is
        a specific one, or (no capitals) a general one of two words or more ("وزير الدولة
        للشؤون الخارجية السفير X")."""
        return any(r not in GENERIC_ROLES for r in info["roles"]) or (
            not self.lex.cased
            and info["title_start"] is not None
            and info["title_end"] - info["title_start"] >= 2
        )

    def _envoy_rank_after_portfolio(self, j: int, end: int) -> int | None:
        """After the function word j, up to three plain capitalised words, then the word
        "Ambassador" alone and a name of two words or more: the token of that word."""
        for k in range(j + 2, min(end, j + 5)):
            t = self.ent[k]
            if t is None:
                if not (self._plain(k) and self.texts[k][:1].isupper()):
                    return None
                continue
            if (
                t.cat == "TITLE"
                and t.value == "ambassador"
                and (t.start, t.end) == (k, k + 1)
                and (rng := self.name_at(k + 1, end)) is not None
                and rng[1] - rng[0] >= 2
            ):
                return k
            return None
        return None

    @staticmethod
    def _office_open_at(info: dict, j: int) -> bool:
        """A title's office is being read and may go on at j, right after its words (no
        rank read yet)."""
        return info["title_start"] is not None and not info["ranks"] and j == info["title_end"]

    def _listed_portfolios(self, j: int, end: int) -> tuple[int, str] | None:
        """At the comma j after a title: capitalised words, commas and function words (up to
        twelve), then a country's name and a name: the index after the country, and the
        country."""
        k = j + 1
        while k < end and k - j <= 12:
            t = self.ent[k]
            if t is not None and t.start == k and t.cat == "COUNTRY" and k > j + 1:
                after = t.end
                q = after + 1
                if after < end and self.is_stop(after):
                    # a portfolio of the country's own after it: "… dan Warga Tunisia di
                    # Luar Negeri Nabil Ammar" (Tunisians abroad)
                    while q < end and (
                        self.folds[q] in self.fx.portfolios or self.folds[q] in self.fx.title_words
                    ) and self.ent[q] is None:
                        q += 1
                    if q > after + 1:
                        after = q
                rng = self.name_at(after, end)
                return (after, t.value) if rng is not None and rng[1] - rng[0] >= 2 else None
            text = self.texts[k]
            if t is not None or self.cue_cover[k] or self.hon[k]:
                return None
            if not (
                text == ","
                or self.is_stop(k)
                or (text[:1].isupper() and text.replace("-", "").isalpha())
            ):
                return None
            k += 1
        return None

    def _portfolio_end(self, j: int, end: int) -> int | None:
        """Token j ("of", "for") opens a portfolio: capitalised words (joined by "and" or
        commas) ending in one of the language's ``portfolios`` words ("Affairs", "Security"),
        then a name, a rank or more of the office. The index after the portfolio."""
        if not self.fx.portfolios:
            return None
        named = self._body_name_end(j, end)
        if named is not None:
            return named
        loose = False
        if self.is_stop(j) or (
            # after a comma, the list goes on at once: "Minister of Investment, Trade and …"
            self.texts[j] == "," and j + 1 < end and self.folds[j + 1] in self.fx.portfolios
        ):
            k = j + 1
        elif self.folds[j] in self.fx.portfolios and (
            self.fx.portfolio_follows or (j > 0 and self.folds[j - 1] in self.fx.portfolios)
        ):
            # no "of" before it: "Direktur Jenderal Kependudukan dan Pencatatan Sipil X", or
            # the title's own portfolio goes on: "Minister of Water Resources and Irrigation X"
            k = j
        elif self.fx.portfolio_follows and self.texts[j][:1].isupper() and self._plain(j):
            # a department's name no lexicon lists: "Sekretaris Utama Departemen Negara
            # Urusan Luar Negeri Kenya X", only with its country and the name after it
            k = j
            loose = True
        else:
            return None
        last = None
        while k < end and k - j <= 10:
            text = self.texts[k]
            tk = self.ent[k]
            if tk is not None and tk.cat == "COUNTRY" and tk.extra == "adjective":
                k = tk.end  # "… and Egyptian Expatriates"
                continue
            if (
                tk is not None
                or self.hon[k]
                or self.date_tok[k] is not None
                # (a cue word capitalised as a portfolio is the portfolio's: "Direktur
                # Jenderal Perundingan Perdagangan Internasional", negotiations)
                or (
                    self.cue_cover[k]
                    and not (self.texts[k][:1].isupper() and self.folds[k] in self.fx.portfolios)
                )
            ):
                break
            if text[:1].isupper() and text.isalpha():
                if self.folds[k] in self.fx.portfolios or (
                    # the body of a portfolio: "Head of the Trade Promotion Organization"
                    last is not None and self._body_word(k)
                ):
                    last = k
            elif not (self.is_stop(k) or text in (",", "&")):
                break
            k += 1
        if last is None or last + 1 >= end:
            return None
        after = last + 1
        abbr = self.texts[after + 1] if after + 3 < end else ""
        if (
            self.texts[after] == "("
            and self.texts[after + 2] == ")"
            and 2 <= len(abbr) <= 8
            and abbr.isalpha()
            and abbr.isupper()
        ):
            after += 3  # its abbreviation: "Menteri Perdagangan dan Perindustrian (MTI) …"
        more = self.ent[after]
        if loose:
            ok = more is not None and more.start == after and more.cat == "COUNTRY"
            return after if ok and self._name_follows(more.end, end) else None
        if (unlisted := self._unlisted_portfolio_end(after, end)) is not None:
            return unlisted
        if self._name_follows(after, end) or self._leads_to_part(after, end):
            return after
        if not loose and self.texts[after] == "," and after + 1 < end and (
            self.is_stop(after + 1) or self.cue_cover[after + 1]
        ):
            # the office ends its apposition: "Madam Leila Benali, Moroccan Minister of Energy
            # Transition and Sustainable Development, who …" (no name "Transition")
            return after
        if not loose and self.texts[after] == "." and (
            after + 1 >= end or self.sent_of[after + 1] != self.sent_of[after]
        ):
            # … or its sentence: "… met Gerlinde Hofbauer-Strass, Secretary-General of the
            # Austrian Federal Ministry for European and International Affairs."
            return after
        if more is not None and more.start == after and (
            # the office's country, then the name: "… dan Perdagangan Luar Negeri Jamaika X"
            (more.cat == "COUNTRY" and self._name_follows(more.end, end))
            # or its ministry: "Direktur Jenderal Asia Pasifik dan Afrika Kementerian …"
            or more.cat == "ORG"
        ):
            return after
        # its abbreviation in brackets, then the name: "Menteri Koordinator Bidang Politik dan
        # Keamanan (Menko Polkam) Budi Gunawan" (the brackets are read with the title)
        close = next((k for k in range(after + 1, min(end, after + 6)) if self.tok(k) == ")"), None)
        if self.tok(after) == "(" and close is not None and self._name_follows(close + 1, end):
            return after
        return None

    def _plain_words(self, k: int, end: int, most: int, *, lower: bool) -> int:
        """The index after at most ``most`` plain words from token k: alphabetic, no
        lexicon entity, stop word or honorific, all lower-case (and no cue) or all
        capitalised."""
        q = k
        while (
            q < end
            and q - k < most
            and self.ent[q] is None
            and (self.texts[q][:1].islower() if lower else self.texts[q][:1].isupper())
            and self.texts[q].isalpha()
            and not self.hon[q]
            and not self.is_stop(q)
            and not (lower and self.cue_cover[q])
        ):
            q += 1
        return q

    def _unlisted_portfolio_end(self, k: int, end: int) -> int | None:
        """At k, right after a portfolio word: one or two capitalised words no lexicon
        lists, then the office's ministry ("at Indonesia's Ministry of Defence") and, after
        a comma, a rank or an honorific before the holder's name: the words are the
        portfolio's ("Director General of Defence Potential at Indonesia's Ministry of
        Defence, Air Vice Marshal X"). The index after them."""
        q = self._plain_words(k, end, 2, lower=False)
        if q == k or q + 1 >= end or not self.is_stop(q):
            return None
        r = q + 1
        while r < end and (self.is_stop(r) or self.tok(r) in ("'s", "’s")) and r - q <= 2:
            r += 1
        while r < end and (t := self.ent[r]) is not None and t.start == r and t.cat in (
            "COUNTRY",
            "ORG",
        ):
            r = t.end
            if r < end and self.tok(r) in ("'s", "’s"):
                r += 1
        if r == q + 1 or r + 1 >= end or self.tok(r) != ",":
            return None
        rank = self.ent[r + 1]
        ok = self.hon[r + 1] or (rank is not None and rank.start == r + 1 and rank.cat == "RANK")
        return r if ok else None

    def _ministry_country(self, a: int, b: int) -> str | None:
        """The country of the one ministry named in tokens a..b, by the country right before
        it ("Indonesia's Ministry of Defence", "the Indonesian Ministry of Defence")."""
        found = set()
        for k in range(a, b):
            t = self.ent[k]
            if t is None or t.start != k or t.cat != "COUNTRY":
                continue
            n = t.end + 1 if t.end < b and self.tok(t.end) in ("'s", "’s") else t.end
            if n < b and self._entity_at(n, ("ORG",)):
                found.add(t.value)
        return found.pop() if len(found) == 1 else None

    def _body_name_end(self, j: int, end: int) -> int | None:
        """After a title ending in a body word ("Kepala Badan", "Head of the Agency"), at j:
        the body's capitalised name and its abbreviation in brackets, then (past its
        country) a rank or a name: "Kepala Badan Keamanan Laut (Bakamla) RI Laksamana Madya
        X"; or the name, then a rank. The index after the closing bracket (or the name)."""
        if not self.lex.cased or j == 0 or not self._body_word(j - 1):
            return None
        k = j
        while k < end and k - j < 6 and self.ent[k] is None and self.texts[k][:1].isupper():
            k += 1
        if k > j and self._entity_at(k, ("RANK",)):
            return k  # "Kepala Badan Keamanan Laut Laksamana Madya X": a rank after the name
        if k == j or k >= end or self.texts[k] != "(":
            return None
        close = next((q for q in range(k + 1, min(end, k + 5)) if self.texts[q] == ")"), None)
        if close is None:
            return None
        after = close + 1
        t = self.ent[after] if after < end else None
        if t is not None and t.cat == "COUNTRY" and t.start == after:
            after = t.end
        return close + 1 if self._name_follows(after, end) else None

    def _name_follows(self, k: int, end: int) -> bool:
        """A rank, an honorific or (cased scripts) a capitalised name starts at k."""
        if k >= end:
            return False
        if self.hon[k] or self._entity_at(k, ("RANK",)):
            return True
        if self.has_cue(k, "location_prep") and self._entity_at(k + 1, ("PLACE",)):
            # "l'ambassadeur d'Italie à Alger, Giovanni Pugliese"
            place = self.ent[k + 1]
            assert place is not None
            return self._name_follows(place.end, end)
        if self.tok(k) == "," and k + 1 < end:
            # "Pakistan's ambassador to Turkey, Yousaf Junaid, …"
            nk = k + 1
            return self._diplomat_rank_at(nk, end) or (
                self._name_follows(nk, end)
                and (
                    self._entity_at(nk, ("RANK",))
                    or self.hon[nk]
                    or self._comma_name_ok(nk, end)
                )
            )
        return self.lex.cased and self.is_cased_name_token(k)

    def _diplomat_rank_at(self, k: int, end: int) -> bool:
        """Token k is "Ambassador" alone, then a name closed by a clause break: a diplomat's
        rank after another office ("…, Ambassador Hamdi Sanad Loza,")."""
        t = self.ent[k] if k < end else None
        return (
            t is not None
            and t.cat == "TITLE"
            and t.value == "ambassador"
            and t.start == k
            and t.end == k + 1
            and k + 1 < end
            and self._comma_name_ok(k + 1, end)
        )

    def _rank_after_comma(self, comma: int, end: int) -> int | None:
        """The diplomat's rank right after a comma, or after the elided article there
        ("…, l'ambassadeur X"): its token, or None."""
        k = comma + 1
        if k < end and self.tok(k)[-1:] in ("'", "’") and self.is_stop(k):
            k += 1
        return k if self._diplomat_rank_at(k, end) else None

    def _entity_at_end(self, i: int, cats: tuple[str, ...]) -> bool:
        """An entity of one of these categories ends at token i."""
        t = self.ent[i] if 0 <= i < len(self.ent) else None
        return t is not None and t.end == i + 1 and t.cat in cats

    def _entity_at(self, i: int, cats: tuple[str, ...]) -> bool:
        t = self.ent[i] if i < len(self.ent) else None
        return t is not None and t.start == i and t.cat in cats

    def _comma_name_ok(self, i: int, end: int) -> bool:
        """After "title ," accept a name only when it is followed by a clause end."""
        rng = self.name_at(i, end)
        if rng is None:
            return False
        k = rng[1]
        if self.lex.cased and self.folds[k - 1] in self.fx.portfolios:
            # more of a ministry's portfolios: "Ministry of Foreign Affairs, African
            # Cooperation and Moroccan Expatriates, X"
            return False
        return k >= end or _is_punct(self.tok(k)) or self.is_stop(k) or bool(self.cue_cover[k])

    @staticmethod
    def _at_title_end(info: dict, j: int) -> bool:
        """Token j is right after a title read so far, with no rank yet."""
        return info["title_start"] is not None and j == info["title_end"] and not info["ranks"]

    def _in_government(self, j: int, end: int) -> tuple[int, str | None] | None:
        """At j, right after a title: "in" and a government, its country or a word pointing
        back to one after it ("в правительстве республики", "in the Government of
        Serbia"). Its end and the country."""
        if not self.has_cue(j, "location_prep"):
            return None
        k = j + 1
        while k < end and k - j <= 3 and self.is_stop(k) and self.ent[k] is None:
            k += 1
        t = self.ent[k] if k < end else None
        if t is not None and t.start == k and t.cat == "ORG" and t.value == "government":
            if re.fullmatch(r"[A-Z]{2}", t.extra or ""):
                return t.end, t.extra  # a government the lexicon gives its country: "حكومة طالبان"
            k = t.end
        elif k < end and self.folds[k] in self.fx.government_nouns:
            k += 1
        else:
            return None
        after = k + 1 if k + 1 < end and self.is_stop(k) and self.ent[k] is None else k
        c = self.ent[after] if after < end else None
        if c is not None and c.start == after and c.cat == "COUNTRY":
            return c.end, c.value
        if (past := self._anaphora_end(after, end)) is not None:
            return past, self._country_before(j)
        return k, None

    def _participle_clause(self, j: int, end: int) -> int | None:
        """At j, right after a title: a comma, a participle and its words up to the next
        comma, then a name of two words or more ("министром …, отвечающим за …, Ненадом
        Поповичем"). The index of the closing comma."""
        if not (
            self.texts[j] == ","
            and j + 1 < end
            and re.search(
                r"(ющ|ящ|вш|нн)(ий|его|ему|им|ем|ая|ей|ую|ого|ому|ым|ом)$", self.folds[j + 1]
            )
        ):
            return None
        for k in range(j + 2, min(end, j + 14)):
            if self.texts[k] == ",":
                rng = self.name_at(k + 1, end)
                return k if rng is not None and rng[1] - rng[0] >= 2 else None
            if self.ent[k] is not None or (_is_punct(self.texts[k]) and self.texts[k] != "-"):
                return None
        return None

    def _nominative_seen(self, name: str) -> str:
        """A name read in an oblique case whose word the case rules left as written, when
        the article writes that word with a nominative ending before the same next word:
        "статс-секретаря … Джанлуку Сартески" (the accusative of a name in -а), and later
        "заявил Джанлука Сартески"."""
        toks = name.split(" ")
        for n in range(len(toks) - 1):
            tok = toks[n]
            if len(tok) < 4 or tok[-1] not in "ую":
                continue
            nom = tok[:-1] + ("а" if tok[-1] == "у" else "я")
            if any(
                self.texts[i] == nom and self.texts[i + 1] == toks[n + 1]
                for i in range(len(self.texts) - 1)
            ):
                toks[n] = nom
        # … and its last word, a family name in -а the article writes in the nominative
        # alone: "министра обороны Японии Кадзунори Хирасаку", then "Хирасака стал …"
        last = toks[-1]
        if len(toks) >= 2 and len(last) >= 5 and last[-1] in "ую":
            nom = last[:-1] + ("а" if last[-1] == "у" else "я")
            if nom in self.texts:
                toks[-1] = nom
        return " ".join(toks)

    def _word_then_comma(self, info: dict, j: int, end: int) -> bool:
        """Cased scripts: a plain lower-case word right after the title (no rank), then a
        comma ("министром торговли, …", "ministre … de la Défense nationale, X")."""
        text = self.texts[j]
        return (
            self.lex.cased
            and info["title_start"] is not None
            and j == info["title_end"]
            and not info["ranks"]
            and self.ent[j] is None
            and text[:1].islower()
            and text.isalpha()
            and not self.is_stop(j)
            and not self.cue_cover[j]
            and j + 2 < end
            and self.tok(j + 1) == ","
        )

    def _other_country_office(self, j: int, end: int, cc: str | None) -> bool:
        """After a title with its country ``cc`` right before the connector at j, another
        title of another country's body ("Menteri Pertahanan Jepang dan pejabat tinggi
        Pentagon X" is two people), or another title with its own article ("le ministre
        émirati et le ministre de l'Economie …, X")."""
        if cc is None or not self._entity_at_end(j - 1, ("COUNTRY",)):
            return False
        if (
            self.lex.cased
            and j + 2 < end
            and self.is_stop(j + 1)
            and self.texts[j + 1][:1].islower()
            and self._entity_at(j + 2, ("TITLE",))
            and self.ent[j + 2].start == j + 2
        ):
            return True  # a title with its own article: "le ministre émirati et le ministre de …"
        titled = False
        for k in range(j + 1, min(end, j + 6)):
            t = self.ent[k]
            if t is None:
                if _is_punct(self.tok(k)):
                    return False
                continue
            if t.cat == "TITLE":
                titled = True
                continue
            code = t.value if t.cat == "COUNTRY" else t.extra
            return titled and bool(re.fullmatch(r"[A-Z]{2}", code or "")) and code != cc
        return False

    def _and_honorific(self, k: int) -> bool:
        """Token k is an honorific with "and" written on it: after "معالي X، وزيرة دولة،",
        "وسعادة Y" is another person, not the name of the office before."""
        return self.hon[k] and self.folds[k] != self.norms[k] and self.folds[k].startswith("و")

    def _of_connector(self, j: int) -> bool:
        """Token j joins an office to whose it is ("of", "de", "d'"; not "to" an envoy's
        post, nor "and")."""
        w = self.folds[j]
        return w in self.fx.office_continues and w not in self.fx.envoy_preps | OFFICE_AND

    def _leads_to_part(self, j: int, end: int, *, allow_country: bool = True) -> bool:
        """Token j is a connector/modifier followed (≤4 tokens) by a title part."""
        text = self.texts[j]
        blocking = [c for c in self.cue_cover[j] if c.value != "location_prep"]
        if self.ent[j] is not None or self.space[j] or blocking:
            return False
        if _is_punct(text) and text != "-":
            return False
        if self.lex.cased and text[:1].isupper() and not self.is_stop(j):
            return False
        if not self.lex.cased and not self.is_stop(j):
            return False
        if self.fx.title_connectors and self.folds[j] not in self.fx.title_connectors:
            return False
        # without capitals a run of function words is no sign of a title part; keep it short
        # (Russian portfolios run long: "министр внешней торговли и иностранных инвестиций
        # Кубы X")
        reach = 7 if self.lex.cased else 3
        # "… Prancis di Mabes TNI": where the office holder is, not more of the office
        where = self.has_cue(j, "location_prep")
        for k in range(j + 1, min(end, j + reach)):
            tk = self.ent[k]
            if tk is not None and (
                (tk.cat in ("TITLE", "ORG") and not where)
                # (with capitals, nor the country one goes to: "Kunjungan Wamenlu ke
                # Madagaskar"; without, "في" is where the office is: "رئيس الجمعية الوطنية
                # في نيكاراغوا")
                or (tk.cat == "COUNTRY" and allow_country and not (where and self.lex.cased))
            ):
                # two offices joined by "and" are one holder's when his name follows
                # ("Deputy Prime Minister and Foreign Minister X", or a clause on him);
                # without it, a headline's are two ("Dubes RI Temui Menteri Pertanian dan
                # Menlu Tanzania")
                return not (
                    self.lex.cased
                    and self._headline_at(j)
                    and tk.cat == "TITLE"
                    and k == j + 1
                    and self.folds[j] in OFFICE_AND
                    and not self._name_after_office(tk.end, end)
                )
            if (
                tk is not None
                and tk.cat in ("COUNTRY", "PLACE")
                and tk.start == k
                and self._name_follows(tk.end, end)
            ):
                # "Посол Ирана в России г-н X", "ambassador of Iran to Russia X", "Iran's
                # ambassador to Ashgabat X"
                return True
            if (
                where
                and self.lex.cased
                and tk is not None
                and tk.cat == "ORG"
                and tk.value.startswith("ministry_")
                and tk.start == k
                and self._name_follows(tk.end, end)
            ):
                # the body one's office is at, his name after it: "Permanent Secretary at
                # the Ministry of Foreign Affairs Dato Paduka Haji Ahmad Zaini"
                return True
            if (
                tk is not None
                or (_is_punct(self.tok(k)) and self.tok(k) != "-")
                or self.cue_cover[k]
            ):
                return False
            if self.lex.cased and self.tok(k)[:1].isupper():
                return False
        return False

    def _name_after_office(self, k: int, end: int) -> bool:
        """A name (or a rank) follows the office ending at k, past its country, its
        organisation and words on its portfolio."""
        for _ in range(8):
            if k >= end:
                return False
            t = self.ent[k]
            if t is not None and t.start == k and t.cat in ("COUNTRY", "ORG", "TITLE"):
                k = t.end
            elif t is None and (self.is_stop(k) or self.tok(k) in ("'s", "’s")):
                k += 1
            elif self._name_follows(k, end):
                return True
            elif t is None and self.texts[k][:1].isupper() and self.folds[k] in self.fx.portfolios:
                k += 1
            else:
                return False
        return False

    def _role(self, info: dict) -> str | None:
        """The role of a parsed title: its first specific part, or a generic part made
        specific by its organisation; a deputy's ("Deputy Oil Minister") is the deputy's."""
        role = self._head_role(info["roles"], info["orgs"])
        if (
            role == "chief_of_staff_armed_forces"
            and "armed_forces" in info["orgs"]
            and info["title_start"] is not None
            and any(
                self.folds[k] in COMMANDER_HEADS
                for k in range(info["title_start"], info["title_end"] or info["end"])
            )
        ):
            # the commander of a country's armed forces heads them ("PNG Defence Force
            # Commander", "Komandan Angkatan Pertahanan …"); their chief of staff is another
            role = "chief_of_defence_forces"
        if role == "deputy_minister":
            # a junior minister of a named ministry is its deputy: "Parliamentary State
            # Secretary at the Federal Ministry of Defence" (a deputy defence minister), "دبیر
            # دولت وزارت امور خارجه" (the ministry read with the title's words)
            orgs = list(info["orgs"])
            if info["title_start"] is not None:
                orgs += [
                    t.value
                    for k in range(info["title_start"], info["title_end"])
                    if (t := self.ent[k]) is not None and t.start == k and t.cat == "ORG"
                ]
            ministries = [ROLE_BY_ORG.get(("minister", o)) for o in orgs]
            role = next((DEPUTY_ROLES[r] for r in ministries if r), role)
        if role == "head_of_state" and info["orgs"] and info["roles"] == ["head_of_state"]:
            # the president of a body heads no state: "Presiden BCP" (of Paraguay's
            # central bank), "President of the European Commission"
            role = "official"
        if role == "secretary_general" and (
            any(o.startswith("ministry_") for o in info["orgs"])
            # (or a ministry the title names with its country's adjective inside, which no
            # lexicon phrase matches: "secrétaire général du ministère malgache des Affaires
            # étrangères")
            or (
                info["title_start"] is not None
                and any(
                    self.folds[k] in self.fx.ministry_heads
                    for k in range(info["title_start"], info["title_end"])
                )
            )
        ):
            # a ministry's secretary general is its senior civil servant, no head of an
            # international organisation: "Sekretaris Jenderal Kementerian Luar Negeri …"
            role = "official"
        if (
            info.get("deputy")
            and role in GENERIC_ROLES
            # (the deputy of a ministry's official is one: "заместитель генерального
            # директора Департамента международных отношений", a deputy director general)
            and not (info.get("deputy_before") and role == "official")
        ):
            # a deputy of a ministry is a deputy minister: "معاون وزارت امور خارجه"
            ministries = [ROLE_BY_ORG.get(("minister", o)) for o in info["orgs"]]
            role = next((r for r in ministries if r), role)
            if role == "official":
                # the deputy's own office comes first: "Deputy Minister of Industry, Mine
                # and Trade and Head of the Trade Promotion Organization X"
                role = next((r for r in info["roles"] if r in DEPUTY_ROLES), role)
        if (
            role in ("defence_minister", "foreign_minister")
            and info["title_start"] is not None
            and info["country"] not in (None, "US", "GB", *STATE_SECRETARIATS)
            and info["country"] not in CABINET_MINISTERS_OF_STATE
            and self._secretary_of_portfolio(info["title_start"], info["title_end"])
        ):
            # a secretary of state for a portfolio outside Britain and the United States
            # is its junior minister: "le secrétaire d'État monténégrin à la Défense"
            role = DEPUTY_ROLES[role]
        role = DEPUTY_ROLES.get(role, role) if info.get("deputy") and role else role
        if role == "deputy_minister" and info["title_start"] is not None:
            words = fold(self._span_text(info["title_start"], info["title_end"] or info["end"]))
            role = next((r for ws, r in POLICY_DEPUTIES if any(w in words for w in ws)), role)
        return role

    @staticmethod
    def _head_role(roles: list[str], orgs: list[str]) -> str | None:
        specific = [r for r in roles if r not in GENERIC_ROLES]
        if specific:
            # the head of "X of Y" comes first: "ambassador of the Custodian of the Two
            # Holy Mosques", "Ketua Kepala Staf …" (Ketua is generic); of a service, his
            # post is the service's ("chef d'état-major général de la Marine")
            return next(
                (ROLE_BY_ORG[(specific[0], o)] for o in orgs if (specific[0], o) in ROLE_BY_ORG),
                specific[0],
            )
        for r in reversed(roles):
            for o in orgs:
                if (r, o) in ROLE_BY_ORG:
                    return ROLE_BY_ORG[(r, o)]
        return roles[-1] if roles else None

    def _office_told(self, p: Person) -> bool:
        """One of p's titles starts with an office of two words or more that the lexicon
        lists ("Sekretaris Utama", "رئیس کمیسیون امنیت ملی …"): p's office is known, not
        just "an official"; so does a title naming its organisation ("Secretary (East) of
        the Ministry of External Affairs")."""
        if p.key in self.org_titled:
            return True
        for title in p.titles:
            words = fold(title).split()
            if any(" ".join(words[:n]) in self.fx.title_roles for n in range(2, len(words) + 1)):
                return True
            # (or one post's title over a body, which left only "official": "دبیرکل
            # وزارت امور خارجه استونی")
            head = self.fx.title_roles.get(words[0]) if len(words) >= 2 else None
            if p.role == "official" and head is not None and head not in GENERIC_ROLES:
                return True
        return False

    def _other_office(self, p: Person, title: str) -> bool:
        """A title of p names an office of its own of a general kind, one ``title`` does
        not open: a portfolio the lexicon lists after a word of that kind alone ("Menteri
        Pertanian Tanzania", a minister, is no "Menteri Luar Negeri Tanzania" nor "Menlu
        Tanzania"; a "conseiller fédéral", a minister where a "conseiller" is an
        official, may be "chef du Département fédéral de la défense")."""
        words = fold(title).split()
        roles = self.fx.title_roles
        specific = roles.get(" ".join(words[:2])) if len(words) >= 2 else None
        for t in p.titles:
            own = fold(t).split()
            kind = roles.get(own[0]) if len(own) >= 2 else None
            if kind is None or kind not in GENERIC_ROLES:
                continue
            if (
                p.role in (None, *GENERIC_ROLES)
                and specific not in (None, *GENERIC_ROLES)
                and own[0] == words[0]
                and own[1] != words[1]
                and " ".join(own[:2]) not in roles
            ):
                # a portfolio the lexicon does not list is another office all the same:
                # "وزیر مدیریت سرزمینی و زیرساخت‌ها" is no "وزیر کشور"
                return True
            listed = [n for n in range(2, len(own) + 1) if " ".join(own[:n]) in roles]
            if (
                listed
                and roles[" ".join(own[: listed[-1]])] == kind
                and own[: listed[-1]] != words[: listed[-1]]
            ):
                return True
        return False

    def _has_conjunction(self, i: int) -> bool:
        """Token i carries "and" written on it (ووزير) or follows a separate "و"."""
        first, norm = self.folds[i], self.norms[i]
        if norm != first and first.endswith(norm) and first[:1] in CONJUNCTION_CLITICS:
            return True
        return i > 0 and self.folds[i - 1] in CONJUNCTION_CLITICS

    def _span_text(self, s: int, e: int) -> str:
        if s >= e:
            return ""
        text = self.doc[s:e].text.strip(" ,")
        # a conjunction or a preposition written on the first word is not part of it:
        # "وسفير" = "and ambassador", "بالسفير" = "with the ambassador"
        first, norm = self.folds[s], self.norms[s]
        if not self.lex.cased and norm != first and first.endswith(norm):
            drop = 0
            for ch in first[: len(first) - len(norm)]:
                if ch not in CONJUNCTION_CLITICS and ch not in ARABIC_PREPOSITION_CLITICS:
                    break
                drop += 1
            text = text[drop:]
        elif not self.lex.cased and first.startswith("لل") and norm == "ال" + first[2:]:
            # (the article's alif dropped after "ل": "للوزيرة" is "to the minister")
            text = "ال" + text[2:]
        return text

    def _add_person(
        self,
        name: tuple[int, int] | None,
        *,
        title: str | None,
        ranks: list[str],
        role: str | None,
        country: str | None,
        span: tuple[int, int],
        headline: bool,
        case: str | None = None,
        written: str | None = None,
    ) -> str | None:
        sent = self.sent_of[span[0]]
        if (
            name is None
            or self._spelled_out_body(name)
            # (nor a date: "Nshimirimana took office in January, succeeding a minister")
            or all(
                self.date_tok[k] is not None or self.folds[k] in self.fx.months
                for k in range(*name)
            )
        ):
            return None
        name_text = written or self.fx.nominative(self._clean_name(name), case)
        if not name_text:
            return None
        if case not in (None, "nom") and not written:
            name_text = self._nominative_seen(name_text)
        tokens = name_text.split()
        if headline and len(tokens) == 1:
            self._pending_single.append((name_text, name, sent))
            return None
        key = self._match_person(name_text, country)
        if key is None:
            key = f"p{len(self.persons)}"
            self.persons[key] = Person(key=key, name=name_text, names=[name_text])
        p = self.persons[key]
        if len(name_text) > len(p.name or "") and name_text not in p.names:
            p.name = name_text
        if name_text not in p.names:
            p.names.append(name_text)
        junior = self._junior_secretary_of_state(key, role)
        if title and title not in p.titles:
            p.titles.append(title)
        for r in ranks:
            if r not in p.ranks:
                p.ranks.append(r)
        # (a broad office does not take the place of a named one: "special representative
        # for Afghanistan", then "director-general for South Asia" is still the envoy)
        if role and (
            p.role is None or (p.role in GENERIC_ROLES and role != "official") or junior
        ):
            p.role = role
        if country and p.country is None:
            p.country = country
        self._mention(Mention(key, name[0], name[1], sent))
        return key

    def _bracketed_body(self, j: int, end: int) -> int | None:
        """Cased scripts: a body's name with its short name in brackets at j, "Badan
        Administrasi Program Akuisisi Pertahanan (DAPA)", or its name's rest after a title
        ending in a word for a body, "Kepala Badan | Sarana Pertahanan (Baranahan)": the
        token after the bracket."""
        if not self.lex.cased:
            return None
        k = j + 1 if self._body_word(j) else j
        if k == j and not (j > 0 and self._body_word(j - 1)):
            return None
        start = k
        while (
            k < end
            and k - start < 8
            and self.alpha[k]
            and self.texts[k][:1].isupper()
            and self.ent[k] is None
        ):
            k += 1
        if (
            k == start
            or k + 2 >= end
            or self.tok(k) != "("
            or self.tok(k + 2) != ")"
            or not self.tok(k + 1)[:1].isupper()
        ):
            return None
        return k + 3

    def _spelled_out_body(self, rng: tuple[int, int]) -> bool:
        """The words at rng are a body's name, its initials in brackets right after them:
        "pejabat Otoritas Jasa Keuangan (OJK)"."""
        a, b = rng
        if b - a < 2 or b + 2 >= len(self.texts) or self.tok(b) != "(" or self.tok(b + 2) != ")":
            return False
        initials = "".join(self.tok(k)[:1] for k in range(a, b) if self.tok(k)[:1].isupper())
        if len(initials) >= 2 and self.tok(b + 1) == initials:
            return True
        # … or a short name of it after a word for a body: "Kepala Badan Sarana Pertahanan
        # (Baranahan)" (a name of syllables, not of initials)
        return a > 0 and self._body_word(a - 1) and self._bracketed_body(a, b + 3) == b + 3

    def _clean_name(self, rng: tuple[int, int]) -> str:
        toks = [
            self.tok(i)
            for i in range(rng[0], rng[1])
            # an honorific word right after "عبد" is part of the name: عبد الأمير; and a
            # father's honorific after "bin": "Ahmad Zaini bin Haji Zainal Abidin"
            if not self.hon[i]
            or (i > rng[0] and self.folds[i - 1] in self.fx.particles)
            or any(self.folds[k] in PATRONYMIC_WORDS for k in range(rng[0], i))
        ]
        if (
            toks
            and not self.lex.cased
            and toks[0][:1] in ("ب", "ل")
            and fold(toks[0][1:]) in self.fx.given_names
            and fold(toks[0]) not in self.fx.given_names
        ):
            toks[0] = toks[0][1:]  # "التقى … بوحيد جلال زاده": a preposition on the name
        text = " ".join(toks)
        text = re.sub(r"(?<=\w)(['’]) (?=[a-z])", r"\1", text)  # Mata'afa, cut at the apostrophe
        text = re.sub(r"(?<=\b[A-Z])(['’]) (?=[A-Z])", r"\1", text)  # N'Guessan
        text = re.sub(r"(?<=\b[A-Z][a-z]) \.(?= )", ".", text)  # "Jose Ma. Ambrosio"
        return text.replace(" - ", "-").replace(" -", "-").replace("- ", "-").strip(" .,")

    def _other_given_names(self, toks: list[str], p: Person) -> bool:
        """A full name (stemmed words ``toks``) with the family name of ``p``'s full name
        and none of its given names, nor their initials: a namesake."""
        for known in p.names:
            kt = [self.fx.stem(t.rstrip(".")) for t in known.replace("-", " ").split()]
            if (
                len(kt) >= 2
                and kt[-1] == toks[-1]
                and not any(
                    w in kt[:-1] or any(v[:1] == w[:1] and 1 in (len(v), len(w)) for v in kt[:-1])
                    for w in toks[:-1]
                )
            ):
                return True
        return False

    def _match_person(self, name: str, country: str | None) -> str | None:
        """An already known person of this article with this name (full or partial; in
        the case forms of one name: Лопес Миеру = Альваро Лопес Миера)."""
        toks = [self.fx.stem(t.rstrip(".")) for t in name.replace("-", " ").split()]
        for key, p in self.persons.items():
            if country and p.country and country != p.country:
                continue
            if len(toks) >= 2 and self._other_given_names(toks, p):
                continue  # "Nassim Chammas" is not "Ghattas Chammas", told "Chammas" since
            for known in p.names:
                kt = [self.fx.stem(t.rstrip(".")) for t in known.replace("-", " ").split()]
                short, long_ = (toks, kt) if len(toks) <= len(kt) else (kt, toks)
                if (
                    short
                    and short[-1] == long_[-1]
                    and all(
                        # an initial stands for a given name: "P. Kumaran" of Periasamy
                        w in long_ or (len(w) == 1 and any(v[:1] == w for v in long_[:-1]))
                        for w in short
                    )
                ):
                    return key
        # one word that begins exactly one known name: "Prabowo" of Prabowo Subianto,
        # "Wang" of Wang Yi (Indonesian and East Asian names are cut that way); and the
        # other way round, the full name of one known by that word ("Menhan Sjafrie …",
        # then "Sjafrie Sjamsoeddin")
        # A name's first words ("Arif Havas" of Arif Havas Oegroseno), and the first of
        # two family names ("Kayikwamba" of Thérèse Kayikwamba Wagner) likewise.
        toks = [fold(t) for t in name.replace("-", " ").split()]
        if not toks:
            return None
        if len(toks[0]) < 4 and len(toks) == 1:
            # a Chinese family name of two or three letters ("Mr Ma" of Ma Zhaoxu): the
            # first word of exactly one name of the article written in pinyin
            chinese = {
                key
                for key, p in self.persons.items()
                if len(toks[0]) >= 2
                and any(
                    len(kt := name_tokens(known)) >= 2 and kt[0] == toks[0] and is_pinyin(kt)
                    for known in p.names
                )
            }
            return chinese.pop() if len(chinese) == 1 else None
        given = toks[0] in self.fx.given_names
        found = set()
        for key, p in self.persons.items():
            if country and p.country and country != p.country:
                continue
            for known in p.names:
                kt = [fold(t) for t in known.replace("-", " ").split()]
                if len(toks) == 1 and not given:
                    hit = (len(kt) >= 2 and kt[0] == toks[0]) or (
                        len(kt) >= 3 and toks[0] in kt[1:-1]
                    )
                else:
                    hit = (
                        (not given and kt == toks[:1] and len(p.names) == 1)
                        or (len(toks) >= 2 and len(kt) > len(toks) and kt[: len(toks)] == toks)
                        # … and the full name of one known by its first two words: "Dubes
                        # Lena Maryana", then "Dubes Lena Maryana Mukti"
                        or (len(kt) >= 2 and len(toks) > len(kt) and toks[: len(kt)] == kt)
                    )
                if hit:
                    found.add(key)
        return found.pop() if len(found) == 1 else None

    def _gazetteer_persons(self) -> None:
        """Officials the gazetteer (persons.tsv) knows, named without a title."""
        for t in self.gazetteer:
            if all(self.covered[k] is None for k in range(t.start, t.end)):
                self._add_person(
                    (t.start, t.end),
                    title=None,
                    ranks=[],
                    role=None,
                    country=None,
                    span=(t.start, t.end),
                    headline=False,
                    written=self._lexicon_form(t.start, t.end),
                )
            key = next((self.covered[k] for k in range(t.start, t.end) if self.covered[k]), None)
            if key is not None and key in self.persons:
                p = self.persons[key]
                p.country = p.country or t.value or None
                p.role = p.role or t.extra or None

    def _lexicon_form(self, start: int, end: int) -> str:
        """The tokens as the lexicon lists them: a clitic or case ending the matcher
        stripped is cut off again ("Лавровым" → "Лавров")."""
        out = []
        for i in range(start, end):
            text, norm = self.tok(i), self.norm(i)
            folded = fold(text)
            if norm != folded and folded.startswith(norm) and len(folded) == len(text):
                text = text[: len(norm)]
            out.append(text)
        return " ".join(out)

    def _model_participants(self) -> None:
        """Persons a trained model names in a meeting sentence, even without a title."""
        for start, end in sorted(self.model_names.items()):
            if self.covered[start] is not None:
                continue
            if self._tells_talks(*self.sents[self.sent_of[start]]):
                self._add_person(
                    (start, end),
                    title=None,
                    ranks=[],
                    role=None,
                    country=None,
                    span=(start, end),
                    headline=False,
                )

    def officials(self) -> None:
        self._pending_single: list[tuple[str, tuple[int, int], int]] = []
        for s, e in self.sents:
            headline = self._headline_at(s)
            i = s
            while i < e:
                t = self.ent[i]
                if t is not None and t.start == i and t.cat == "TITLE" and self._superior_at(i):
                    i = t.end  # "ministre délégué auprès du Chef du gouvernement": his superior
                    continue
                if (
                    t is not None
                    and t.start == i
                    and t.cat == "TITLE"
                    and any(
                        self.folds[k] in self.fx.level_words
                        for k in (i - 1, i - 2)
                        if k >= s and (k == i - 1 or self.is_stop(i - 1))
                    )
                ):
                    i = t.end  # a level: "Pertemuan Tingkat Menteri Kelompok Kerja …"
                    continue
                if t is not None and t.start == i and t.cat in ("TITLE", "RANK"):
                    info = self._title_phrase(i, e)
                    if info is not None:
                        self._officer(info, headline)
                        i = max(info["end"], i + 1)
                        continue
                i += 1
            self._appositions(s, e, headline)
            self._coordinated_offices(s, e, headline)
            self._counterparts(s, e, headline)
        self._model_participants()
        self._gazetteer_persons()
        self._untitled_subjects()
        self._untitled_cased_subjects()
        self._honorific_names()
        self._drop_title_line_phrases()
        # single-token names from headlines count only when the article names them fully
        for name_text, rng, sent in self._pending_single:
            key = self._match_person(name_text, None)
            if key is not None:
                self._mention(Mention(key, rng[0], rng[1], sent))
        self._bare_mentions()
        self._rank_refs()
        self._where_countries()
        self._resolve_office_refs()
        self._side_countries()

    def _rank_refs(self) -> None:
        """A rank alone after a definite article, no name after it, is the one person
        named before with that rank: "Mardi, à Colombo, l'amiral s'est entretenu avec …"
        after "L'amiral Yann-Erwan Kerbiriou, chef d'état-major de la Marine"."""
        if not self.fx.rank_articles:
            return
        n = len(self.doc)
        for i in range(1, n):
            t = self.ent[i]
            if t is None or t.cat != "RANK" or t.start != i or self.covered[i] is not None:
                continue
            # (its country's adjective may come between: "the Brazilian admiral flew to
            # Montevideo", after "Admiral Otaviano Calmon Pitanga" of Brazil)
            c = self.ent[i - 1]
            cc = None
            if c is not None and c.cat == "COUNTRY" and c.end == i and c.start >= 1:
                cc, art = c.value, c.start - 1
            else:
                art = i - 1
            if self.folds[art] not in self.fx.rank_articles:
                continue
            # (a name after it is the rank's own: "the admiral John Keel")
            e = t.end
            if e < n and (self.covered[e] is not None or self.texts[e][:1].isupper()):
                continue
            word = " ".join(self.folds[i:e])
            held = [
                k
                for k, p in self.persons.items()
                if p.name
                and any(fold(r) == word or fold(r).startswith(word + " ") for r in p.ranks)
                and (cc is None or p.country == cc)
            ]
            if len(held) == 1 and any(
                m.person == held[0] and m.start < i for m in self.mentions
            ):
                self._mention(Mention(held[0], art, e, self.sent_of[i]))

    def _drop_title_line_phrases(self) -> None:
        """Scripts without capitals: a "name" read on the title line only, whose words the
        body writes in no one's name, is a phrase ("… مع رئيس هيئة الأركان السورية ضبط
        الحدود المشتركة": border control, told again in the body as "ملف ضبط الحدود")."""
        if self.lex.cased:
            return
        for key in list(self.persons):
            told = [m for m in self.mentions if m.person == key]
            if not told or not all(self._in_title_line(m.start) for m in told):
                continue
            words = {self.folds[k] for m in told for k in range(m.start, m.end)}
            body = [
                q
                for q in range(len(self.doc))
                if self.folds[q] in words and not self._in_title_line(q)
            ]
            if not body or any(self.covered[q] is not None for q in body):
                continue
            del self.persons[key]
            self.mentions = [m for m in self.mentions if m.person != key]
            for index in (self.by_sent, self.by_end):
                for at, ms in index.items():
                    index[at] = [m for m in ms if m.person != key]
            self.covered = [None if c == key else c for c in self.covered]
            for table in (self.posts, self.title_implied, self.offices):
                table.pop(key, None)
            for keys in (self.org_titled, self.former, self.counterparts):
                keys.discard(key)
            self.title_owner = {k: v for k, v in self.title_owner.items() if v != key}

    def _spans_of(self, key: str, s: int, e: int) -> list[tuple[int, int]]:
        """The token spans of the mentions of ``key`` that start in tokens s..e."""
        return [(m.start, m.end) for m in self.mentions if m.person == key and s <= m.start < e]

    def _succession_word(self, k: int, lo: int, hi: int, *, ending: bool) -> bool:
        """One of the language's ``succession_words`` ends at token k (``ending``) or starts
        at it, within tokens lo..hi."""
        return any(
            (
                k - len(w) >= lo
                and tuple(self.folds[k - len(w) : k]) == w
                and not self._in_long_title(k - len(w))
            )
            if ending
            else (
                k + len(w) <= hi
                and tuple(self.folds[k : k + len(w)]) == w
                and not self._in_long_title(k)
            )
            for w in self.fx.succession_words
        )

    def _replaced_predecessors(self) -> bool:
        """Cased scripts whose names do not inflect: a name of two words or more no rule
        read, right after someone and a verb of succession (one word, not a noun for a
        predecessor: not "instead of", "pendahulunya"), set off by punctuation, held his
        office before him: "Ledesma menggantikan Percy Villacorta Arévalo, yang mengundurkan
        diri …", "X succeeded Y, who retired". Whether any was found."""
        if not self.lex.cased or self.fx.case_rules:
            return False
        found = False
        nouns = tuple(self.fx.predecessor_nouns)
        verbs = [w for w in self.fx.succession_words if len(w) == 1 and not w[0].startswith(nouns)]
        for m in list(self.mentions):
            owner, k = m.person, m.end
            if owner not in self.persons:
                continue
            e = self.sents[m.sent][1]
            w = next((w for w in verbs if tuple(self.folds[k : k + len(w)]) == w), None)
            if w is None or k + len(w) >= e:
                continue
            ranks, j = self._ranks_from(k + len(w), e)
            found = self._predecessor_named_at(j, e, owner, "", ranks) or found
        return found

    def _predecessor_named_at(
        self, k: int, e: int, owner: str, noun: str, ranks: list[str] | None = None
    ) -> bool:
        """A name of two words or more no rule read at token k (after ``ranks``), set off by
        punctuation after it, is one who held ``owner``'s office (``noun``: the word of
        succession, "" for a verb). Whether one was found so."""
        rng = self.name_at(k, e, after_rank=bool(ranks)) if k < e else None
        if (
            rng is None
            or rng[1] - rng[0] < 2
            or any(self.covered[q] is not None for q in range(*rng))
            or rng[1] >= e
            or not _is_punct(self.tok(rng[1]))
        ):
            return False
        key = self._add_person(
            rng, title=None, ranks=ranks or [], role=None, country=None, span=rng,
            headline=False,
        )
        if key is None or key == owner or owner not in self.persons:
            return False
        if self.persons[key].role is not None:
            return False
        self._holds_office_of(key, owner, noun)
        return True

    def _named_predecessors(self) -> None:
        """A name of two words or more no rule read, right after a predecessor or
        successor noun, its owner and a comma ("du prédécesseur de M. Gwandu, Aliyu Sani
        Kangiwa, reçu par …") held the owner's office. Scripts without capitals only so,
        the owner right after the noun and the name set off by commas ("سلف منهاس، خرم
        جاويد لانغاه، في باكو")."""
        if not self.fx.predecessor_nouns:
            return
        for i, word in enumerate(self.folds):
            if word not in self.fx.predecessor_nouns:
                continue
            e = self.sents[self.sent_of[i]][1]
            k = i + 1
            owner = None
            if not self.lex.cased and not (
                k < e and (self.covered[k] is not None or self._surname_of(k) is not None)
            ):
                continue
            if k < e and self.is_stop(k) and k + 1 < e:
                # its owner: "de M. Gwandu", "of Mr Gwandu"
                k += 1
                while k < e and (self.hon[k] or self.is_stop(k)):
                    k += 1
                owner = self.covered[k] if k < e else None
                if owner is None:
                    continue
                while k < e and self.covered[k] == owner:
                    k += 1
            elif k < e and (owner := self.covered[k] or self._surname_of(k)) is not None:
                # its owner right after it: "pendahulu Wierzbicki, Marcin Ostrowski"
                k += 1
                while k < e and self.covered[k] == owner:
                    k += 1
            elif (
                i >= 2
                and self.tok(i - 1) in ("'s", "’s")
                and (owner := self.covered[i - 2] or self._surname_of(i - 2)) is not None
            ):
                pass  # its owner right before its "'s": "Orjuela's predecessor, Hernando …"
            elif i > 0 and self.has_cue(i - 1, "pronoun"):
                # its owner a possessive, the name right after it (or after a comma): "Her
                # predecessor Harald Nesheim hosted …"; whose office it was is told after
                # (see _predecessor_offices)
                k += 1 if k < e and self.tok(k) in (",", "،") else 0
                rng = self.name_at(k, e) if k < e else None
                if (
                    rng is not None
                    and rng[1] - rng[0] >= 2
                    and rng[1] < e
                    and all(self.covered[q] is None and self.ent[q] is None for q in range(*rng))
                    and (_is_punct(self.tok(rng[1])) or self.tok(rng[1])[:1].islower())
                ):
                    self._add_person(
                        rng, title=None, ranks=[], role=None, country=None, span=rng,
                        headline=False,
                    )
                continue
            before = self.covered[i - 2] if i >= 2 and self.tok(i - 1) in (",", "،") else None
            if (
                owner is not None
                and before is not None
                and before != owner
                and before in self.persons
                and owner in self.persons
                and self.persons[before].role is None
            ):
                # the one named before it, in apposition: "Lennox Alleyne, prédécesseur de
                # Ryan Sookram, avait été reçu …"
                self._holds_office_of(before, owner, word)
                continue
            if owner is None or k >= e or self.tok(k) not in (",", "،"):
                continue
            k += 1
            while k < e and self.hon[k]:
                k += 1
            # (one named with a rank is read already: his office is read at the end, see
            # _offices_of_predecessors)
            self._predecessor_named_at(k, e, owner, word)

    def _named_as_predecessor(self, key: str) -> bool:
        """``key`` is named right after a predecessor or successor noun, its owner and a
        comma (ranks and honorifics between): "سلف تيوي، الجنرال X،", "Y's predecessor, X"."""
        for m in self.mentions:
            if m.person != key:
                continue
            k = m.start - 1
            while k >= 0 and (
                self.hon[k] or ((t := self.ent[k]) is not None and t.cat == "RANK")
            ):
                k -= 1  # (every word of a rank: "Lt. Gen.")
            if k < 1 or self.tok(k) not in (",", "،"):
                continue
            k -= 1
            if (
                k >= 2
                and self.folds[k] in self.fx.predecessor_nouns
                and self.tok(k - 1) in ("'s", "’s")
                and (
                    self.covered[k - 2] is not None
                    or self._surname_of(k - 2) is not None
                    or (self.lex.cased and self.tok(k - 2)[:1].isupper())
                )
            ):
                return True  # "al-Shayji's predecessor, Lt. Gen. X"
            if k >= 1 and self.tok(k) in ("'s", "’s"):
                k -= 1
            owner = self.covered[k]
            if owner is None and self._surname_of(k) is not None:
                owner, k = self._surname_of(k), k - 1
            while k >= 0 and owner is not None and self.covered[k] == owner:
                k -= 1
            if k >= 1 and self.tok(k) in ("'s", "’s"):
                k -= 1
            if k >= 0 and owner is not None and self.folds[k] in self.fx.predecessor_nouns:
                return True
        return False

    def _surname_of(self, k: int) -> str | None:
        """The one person whose name ends with token k's word ("Wierzbicki"), if any."""
        found = self._family_holders(k)
        return found.pop() if len(found) == 1 else None

    def _holds_office_of(self, key: str, owner: str, noun: str) -> None:
        """``key``, named as ``owner``'s predecessor or successor (``noun``, folded), held
        his office: his role, and his country when ``key`` has none; a predecessor held it
        before (a successor holds it). ``owner`` may be an office no one names ("the
        minister's predecessor, X")."""
        p = self.persons[key]
        held = self.persons.get(owner) or self.office_only[owner]
        p.role, p.country = held.role, p.country or held.country
        if owner in self.persons:
            self.office_of[key] = owner  # (his office as it is read at the end)
        if not noun.startswith(SUCCESSOR_STEMS):
            self.former.add(key)

    def _predecessor_after(self, key: str, first: Mention) -> tuple[str, str] | None:
        """The owner named right after a comma and a predecessor noun that follow ``key``'s
        first mention, and the noun (folded): "ژنرال سومساک راتاناویچای، سلف پونگساتورن در
        این سمت" (Pongsathorn's predecessor, named by any word of his name)."""
        e = self.sents[first.sent][1]
        k = first.end
        if k + 2 >= e or self.tok(k) not in (",", "،"):
            return None
        noun = self.folds[k + 1]
        if noun not in self.fx.predecessor_nouns:
            return None
        owner = self.covered[k + 2]
        if owner is None:
            word = self.folds[k + 2]
            holders = {
                o
                for o, p in self.persons.items()
                if o != key and any(word in fold(n).split() for n in p.names)
            }
            owner = holders.pop() if len(holders) == 1 else None
        if owner is None or owner == key or self.persons.get(owner) is None:
            return None
        return owner, noun

    def _predecessor_offices(self) -> None:
        """A person named without a title as someone's predecessor or successor ("when his
        predecessor, General X, hosted …", "Y's successor X") held that one's office: his
        role and country, the one named last before (or before the "'s")."""
        self._named_predecessors()
        if self._replaced_predecessors():
            self._bare_mentions()  # ("Villacorta sebelumnya sudah bertemu Cavalcanti …")
        for key, p in self.persons.items():
            if p.role is not None or p.titles:
                continue
            first = min((m for m in self.mentions if m.person == key), key=lambda m: m.start)
            s = self.sents[first.sent][0]
            k = self._before_honorifics(first.start, s)
            while k > s and self.folds[k - 1] in self.fx.rank_articles:
                k = self._before_honorifics(k - 1, s)  # "…, le général X"
            comma = k > s and self.texts[k - 1] in (",", "،")
            k = k - 1 if comma else k
            noun = k - 1 if k > s and self.folds[k - 1] in self.fx.predecessor_nouns else None
            if noun is None and comma and self.lex.cased:
                # words on the office, or its holder, between the noun and the comma: "his
                # predecessor at the head of the Joint Command, General X", "le prédécesseur
                # du général Mallqui, le général X"
                noun = next(
                    (
                        q
                        for q in range(k - 2, max(s, k - 10) - 1, -1)
                        if self.folds[q] in self.fx.predecessor_nouns
                        and not self._in_long_title(q)
                        and not any(_is_punct(self.tok(r)) for r in range(q + 1, k))
                    ),
                    None,
                )
            if noun is None:
                after = self._predecessor_after(key, first)
                if after is not None:
                    self._holds_office_of(key, after[0], after[1])
                continue
            named = [self.covered[q] for q in range(noun + 1, k) if self.covered[q] is not None]
            # (a possessive opening the sentence stands for the subject of the one before:
            # "X met Y on Monday. Her predecessor Z hosted Y …" is X's)
            prev = (
                self._next_text_sent(first.sent, -1)
                if noun - 1 == s and self.has_cue(s, "pronoun")
                else None
            )
            subject = None
            if prev is not None:
                subject = next(
                    (
                        m.person
                        for m in sorted(self.by_sent.get(prev, []), key=lambda m: m.start)
                        if m.person != key
                        and m.person in self.persons
                        and self.persons[m.person].role is not None
                    ),
                    None,
                )
            owner = (
                subject
                if subject is not None and not named
                else self.covered[noun - 2]
                if noun - 2 >= s and self.tok(noun - 1) in ("'s", "’s")
                else named[0]
                if named
                else next(
                    (
                        m.person
                        for m in sorted(self.mentions, key=lambda m: -m.start)
                        if m.end <= noun
                        and m.sent >= first.sent - 2
                        and m.person != key
                        and m.person in self.persons
                        and self.persons[m.person].role is not None
                    ),
                    None,
                )
            )
            if owner is None or owner not in self.persons:
                continue
            self._holds_office_of(key, owner, self.folds[noun])

    def _before_honorifics(self, k: int, s: int) -> int:
        """The index before the honorifics and ranks that end right before token k (not
        before token s)."""
        while k > s and (self.hon[k - 1] or self._entity_at_end(k - 1, ("RANK",))):
            k -= 1
        return k

    def _succession_of(self, key: str, s: int, e: int) -> bool:
        """Every mention of ``key`` in tokens s..e follows a succession word (ranks and
        honorifics between): "since Uchikura took office in March, succeeding Gen. X" names
        a predecessor, no one at the meeting the sentence speaks of; so does one with a title
        between ("خلفاً لنائب الوزير السابق X")."""

        def word_before(k: int) -> bool:
            if not self._succession_word(k, s, e, ending=True):
                return False
            # (not "Her predecessor Harald Nesheim hosted …": he held the office then)
            return not (
                k - 1 > s
                and self.folds[k - 1] in self.fx.predecessor_nouns
                and self.has_cue(k - 2, "pronoun")
            )

        def after_word(start: int) -> bool:
            k = self._before_honorifics(start, s)
            if word_before(k):
                return True
            while k > s and self.folds[k - 1] in self.fx.former_words:
                k -= 1
            t = self.ent[k - 1] if k > s else None
            return (
                t is not None and t.cat == "TITLE" and t.end == k and word_before(max(s, t.start))
            )

        spans = self._spans_of(key, s, e)
        return bool(spans) and all(after_word(start) for start, _ in spans)

    def _recalled_here(self, s: int, e: int) -> bool:
        """Tokens s..e tell a month (or a year) long before the report: what they tell is
        background."""
        told = self._date_in(s, e)
        return told is not None and told.day is None and self._long_before_publication(told)

    def _year_back(self, s: int, e: int) -> bool:
        """Tokens s..e give a year alone, before the report's ("عام 2011", "in 2014")."""
        pub = self.article.published
        return pub is not None and any(
            (di := self.date_tok[i]) is not None
            and self.dates[di].date.precision == "year"
            and self.dates[di].date.year < pub.year
            for i in range(s, e)
        )

    def _names_a_predecessor(self, s: int, e: int) -> bool:
        """Tokens s..e hold a noun for an office's predecessor or successor ("سلف"), not
        one opening a title ("جانشین رئیس ستاد نیروی دریایی", the deputy chief)."""
        return any(
            self.folds[k] in self.fx.predecessor_nouns and not self._in_long_title(k)
            for k in range(s, e)
        )

    def _in_long_title(self, k: int) -> bool:
        """Token k is a word of a title of more words the lexicon lists."""
        t = self.ent[k]
        return t is not None and t.cat == "TITLE" and t.end - t.start > 1

    def _after_noun(self, start: int, s: int, nouns: frozenset[str] | set[str]) -> bool:
        """The name starting at token ``start`` follows one of ``nouns``, with its "of",
        honorifics, ranks and a title between, and all of a hyphened family name: "le
        prédécesseur de Mme Tassyla-Ye-Doumbeneny", "the government of President X"."""
        k = start
        while k > s + 1 and self.tok(k - 1) == "-" and not self.doc[k - 2].whitespace_:
            k -= 2
        k = self._before_honorifics(k, s)
        t = self.ent[k - 1] if k > s else None
        if t is not None and t.cat == "TITLE" and t.end == k:
            k = max(s, t.start)
        if k > s and self.folds[k - 1] in nouns:
            return True
        return k > s + 1 and self.is_stop(k - 1) and self.folds[k - 2] in nouns

    def _offices_of_predecessors(self) -> None:
        """One named, without a title, as another's predecessor or successor held that
        office: "X's predecessor, Brigadier General Y", "سلف إلكعسه، العميد Y", "le
        prédécesseur de X, le général Y" (Y's role and country are X's)."""
        words = self.fx.predecessor_nouns
        if not words:
            return
        for si, (s, e) in enumerate(self.sents):
            mentions = sorted(self.by_sent.get(si, []), key=lambda m: m.start)
            for k in range(s, e):
                if self.folds[k] not in words:
                    continue
                # the owner: named right after the noun ("سلف X", "predecessor of X"), or
                # right before its "'s" ("X's predecessor")
                after = [m for m in mentions if k < m.start <= k + 2]
                before = [
                    m
                    for m in mentions
                    if k >= 2 and self.tok(k - 1) in ("'s", "’s") and m.end == k - 1
                ]
                owner = (after or before or [None])[0]
                if owner is None and k + 1 < e and len(self.folds[k + 1]) > 3:
                    # (a word of one name alone: "سلف إلكعسه" of Sahal Ilkacase Geeddi)
                    word = self.folds[k + 1]
                    known = [
                        key
                        for key, q in self.persons.items()
                        if any(word in fold(n).split() for n in q.names)
                    ]
                    if len(known) == 1:
                        owner = Mention(known[0], k + 1, k + 2, si)
                if owner is None:
                    continue
                start = max(owner.end, k + 1)
                if start >= e or self.tok(start) not in (",", "،"):
                    continue
                nxt = next((m for m in mentions if m.start > start), None)
                if (
                    nxt is None
                    or nxt.person == owner.person
                    or any(
                        self.ent[q] is None and not self.hon[q] and self.tok(q) not in ("،", ",")
                        and not self.is_stop(q)
                        for q in range(start + 1, nxt.start)
                    )
                ):
                    continue  # (only a comma, ranks and articles between)
                held = self.persons.get(owner.person) or self.office_only.get(owner.person)
                p = self.persons.get(nxt.person)
                if held is None or p is None or p.role is not None or held.role is None:
                    continue
                self._holds_office_of(nxt.person, owner.person, self.folds[k])

    def _succession_owner(self, key: str, s: int, e: int) -> bool:
        """Every mention of ``key`` in tokens s..e is followed by a succession word (past
        "'s"), or follows a noun for one ("سلف أجيابونغ"): "Kvrivishvili's predecessor",
        someone else."""

        def owner(start: int, end: int) -> bool:
            k = self._before_honorifics(start, s)
            if (
                k - 1 > s
                and self.folds[k - 1] in self.fx.predecessor_nouns
                and self.has_cue(k - 2, "pronoun")
            ):
                return False  # "Her predecessor Harald Nesheim hosted …": he held it
            if self._after_noun(start, s, self.fx.predecessor_nouns):
                return True
            if end < e and self.tok(end) in ("'s", "’s", "'", "’"):
                end += 1
            return self._succession_word(end, s, e, ending=False)

        spans: list[tuple[int, int]] = []
        for a, b in sorted(self._spans_of(key, s, e)):
            if spans and (
                spans[-1][1] == a
                or (a == spans[-1][1] + 1 and self.tok(spans[-1][1]) in ("-", "‑"))
            ):
                # (a name's words found one by one, or the halves of a hyphened one,
                # "Meinl-Reisinger's predecessor": one mention)
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
        if not spans:
            return False
        if all(owner(a, b) for a, b in spans):
            return True
        # "Mallqui recalled that his predecessor …, General X, met Ossandón": the one named
        # last before "his predecessor" is whose predecessor it is
        for k in range(max(s + 1, max(b for _, b in spans) + 1), e):
            if (
                self.folds[k] in self.fx.predecessor_nouns
                and not self._in_long_title(k)
                and self.cues(k - 1, k, "pronoun")
            ):
                before = [m for m in self.by_sent.get(self.sent_of[s], []) if m.end <= k - 1]
                if before and max(before, key=lambda m: m.end).person == key:
                    return True
        return False

    def _government_of(self, key: str, s: int, e: int) -> bool:
        """Every mention of ``key`` in tokens s..e names whose government or administration
        it is ("who took office with the government of President X"): he takes no part in
        what the sentence tells."""
        nouns = self.fx.government_nouns

        def headed(start: int) -> bool:
            if self._after_noun(start, s, nouns):
                return True
            # (its title and the words on it between: "le gouvernement du président de
            # gauche X")
            k = start - 1
            while k > max(s, start - 12):
                t = self.ent[k]
                if t is not None and t.cat == "TITLE":
                    k = t.start - 1  # (a title's own words: "chargé de l'Administration")
                    continue
                if self.folds[k] in nouns:
                    return k + 1 < start and self.is_stop(k + 1)
                if _is_punct(self.tok(k)) or self.cue_cover[k] or self.covered[k] is not None:
                    return False
                if not (self.is_stop(k) or (self.lex.cased and self.tok(k).islower())):
                    return False
                k -= 1
            return False

        spans = self._spans_of(key, s, e)
        return bool(spans) and all(headed(a) for a, _ in spans)

    def _side_phrases(self, s: int, e: int) -> list[tuple[int, int, str]]:
        """Sides and delegations named by their country in tokens s..e, as (start, end,
        country): "the Omani side", "جانب سلطنة عمان", "الجانب الأذربيجاني", "la délégation
        omanaise", "Азербайджанскую делегацию", and the elided "оманскую –" after one."""
        out: list[tuple[int, int, str]] = []
        for i in range(s, e):
            t = self.ent[i]
            if t is None or t.cat != "COUNTRY" or t.start != i:
                continue
            before, after = i - 1, t.end
            if before >= s and (
                self.folds[before] in self.fx.side_words or self.has_cue(before, "delegation")
            ):
                out.append((before, t.end, t.value))
            elif after < e and (
                self.folds[after] in self.fx.side_words or self.has_cue(after, "delegation")
            ):
                out.append((i, after + 1, t.value))
            elif (
                after + 1 < e
                and self.is_stop(after)
                and self.has_cue(after + 1, "lead")
                and not self.has_cue(after, "lead")
            ):
                # "… while Bangladesh was represented by its Foreign Secretary X"
                out.append((i, after + 2, t.value))
            elif (k := self._delegation_of_body(i, t.end, s, e)) is not None:
                # "une délégation du ministère cambodgien de la Défense nationale conduite
                # par …": the body's country is the delegation's
                out.append((k, t.end, t.value))
            elif (
                out
                and t.extra == "adjective"
                and after < e
                and self.tok(after) in ("–", "—")
            ):
                out.append((i, after + 1, t.value))  # "…, оманскую – Y"
        return out

    def _delegation_of_body(self, i: int, j: int, s: int, e: int) -> int | None:
        """A delegation's cue shortly before the country at tokens i..j, only stop words and
        a body's word between or right after ("délégation du ministère cambodgien",
        "delegation of the Cambodian Ministry"): the cue's token."""
        k = i - 1
        body = j < e and self._body_word(j)
        while k >= max(s, i - 4):
            if self.has_cue(k, "delegation"):
                return k if body else None
            if self._body_word(k):
                body = True
            elif not self.is_stop(k):
                return None
            k -= 1
        return None

    def _side_countries(self) -> None:
        """The head of a side or delegation serves its country: "The Omani side was chaired
        by X", "ترأس جانب سلطنة عمان فيها سعادة X", "Азербайджанскую делегацию возглавил
        заместитель министра X, оманскую – Y" (the first one named after it in its clause,
        after a verb of leading in its clause, or with only honorifics and ranks between)."""
        first = {}
        for m in sorted(self.mentions, key=lambda m: (m.start, -m.end)):
            first.setdefault(m.start, m.person)
        for s, e in self.sents:
            sides = self._side_phrases(s, e)
            for n, (start, end, cc) in enumerate(sides):
                # (the head named before a verb of leading: "Foreign Secretary X led the
                # Bangladesh side")
                verb = next((c for c in self.cues(max(s, start - 3), start, "lead")), None)
                if verb is not None:
                    subject = next(
                        (
                            m.person
                            for m in self.by_sent.get(self.sent_of[s], [])
                            if 0 <= verb.start - m.end <= 1
                        ),
                        None,
                    )
                    p = self.persons.get(subject) if subject is not None else None
                    if p is not None and p.country is None:
                        p.country = cc
                        continue
                stop = sides[n + 1][0] if n + 1 < len(sides) else e
                lead = self.tok(end - 1) in ("–", "—") or bool(self.cues(s, end, "lead"))
                plain = True  # only honorifics and ranks between
                for k in range(end, min(stop, end + 14)):
                    key = first.get(k)
                    if key is not None:
                        p = self.persons.get(key)
                        if p is not None and p.country is None and (lead or plain):
                            p.country = cc
                        break
                    if self.folds[k] in self.fx.former_words:
                        break  # a past head: "… was led by then-Foreign Minister X"
                    if self.tok(k) in (",", "،", ";", ":", ".") or self.has_cue(k, "meeting_verb"):
                        break
                    if self.hon[k] or (self.ent[k] is not None and self.ent[k].cat == "RANK"):
                        continue
                    plain = False
                    lead = lead or self.has_cue(k, "lead")

    def _superior_role(self, title: str) -> str | None:
        """The role of the superior a title names after one of the language's
        ``superior_preps`` ("ministre délégué auprès du ministre des Affaires étrangères",
        "الوزير المنتدب لدى وزير الخارجية والتكامل الأفريقي"): the longest title there."""
        words = fold(title).split()
        for prep in self.fx.superior_preps:
            n = len(prep)
            for i in range(1, len(words) - n):
                if tuple(words[i : i + n]) != prep:
                    continue
                rest = words[i + n :]
                for m in range(len(rest), 0, -1):
                    if (role := self.fx.title_roles.get(" ".join(rest[:m]))) is not None:
                        return role
        return None

    def _superior_at(self, i: int) -> bool:
        """The title at i names the superior of an office before it ("ministre délégué
        auprès du Chef du gouvernement", "الوزير المنتدب لدى رئيس الحكومة"): one of the
        language's ``superior_preps`` right before it, after another title."""
        for prep in self.fx.superior_preps:
            n = len(prep)
            if i - n < 1 or tuple(self.folds[i - n : i]) != prep:
                continue
            prev = self.ent[i - n - 1]
            if prev is not None and prev.cat == "TITLE":
                return True
        return False

    def _facility_after(self, k: int) -> bool:
        """Capitalised words from k (up to five) end in a facility's word, capitalised too:
        the name before k names it ("King Abdullah II Special Operations Training
        Center")."""
        for q in range(k, min(len(self.texts), k + 5)):
            if not self.texts[q][:1].isupper():
                return False
            if self.has_cue(q, "facility"):
                return True
        return False

    def _officer(self, info: dict, headline: bool) -> None:
        start = info["title_start"] if info["title_start"] is not None else info["ranks"][0][0]
        name = info["name"]
        if (
            name is not None
            and start > 0
            and self.tok(start - 1) in OPEN_QUOTES
            and name[1] < len(self.texts)
            and self.tok(name[1]) == OPEN_QUOTES[self.tok(start - 1)]
        ):
            return  # a ship or a thing named after someone: фрегат «Адмирал Горшков»
        if name is not None and self.lex.cased and self._facility_after(name[1]):
            return  # "the King Abdullah II Special Operations Training Center"
        if (
            any(
                self.has_cue(k, "facility")
                and self.covered[k] is None  # (not "أبو قصرة")
                # (not past an article: "au Palais Rose le commandant …"; nor past a verb,
                # "В Государственном дворце состоялись переговоры заместителя министра …")
                # (nor past a verb or any word in lower case: "Корабль встречал посол X")
                and not any(
                    self.is_stop(q)
                    or self.cue_cover[q]
                    or _is_punct(self.tok(q))
                    or self.texts[q][:1].islower()
                    for q in range(k + 1, start)
                )
                for k in range(max(0, start - 3), start)
            )
            and self.sent_of[max(0, start - 1)] == self.sent_of[start]
        ):
            return  # "l'aéroport international Président Modibo Keïta", "Istana Presiden"
        title = None
        if info["title_start"] is not None:
            title = self._span_text(info["title_start"], info["title_end"])
            if info.get("quoted_title"):
                quotes = {*OPEN_QUOTES, *OPEN_QUOTES.values()}
                title = " ".join(title.translate({ord(q): " " for q in quotes}).split())
        ranks = [self._span_text(a, b) for a, b in info["ranks"]]
        role = self._role(info)
        start = info["title_start"] if info["title_start"] is not None else info["ranks"][0][0]
        just_named = (
            self._mention_ending_at(start)
            if title and role and not self._has_proclitic(start)
            else None
        )
        if name is None and title and role and just_named is None and not self.lex.cased:
            # "با سرگئی شویگو وزیر دفاع روسیه": in scripts without capitals the name often
            # stands right before the title, without a comma
            name = self._name_before(start)
            known = (
                self._match_person(self._clean_name(name), None) if name is not None else None
            )
            if known is not None and not self._title_fits(known, role, info["country"]):
                # one already known by another office is the subject, the title its
                # object: "وهنأ فتح الله وزير خارجية مالاوي" (congratulated the minister)
                name = None
        elif (
            name is not None
            and title
            and role
            and not self.lex.cased
            and self.tok(name[0])[:1] in ARABIC_PREPOSITION_CLITICS
            and self.folds[name[0]] not in self.fx.given_names
            and just_named is None
            and (before := self._name_before(start)) is not None
            and (self.hon[before[0] - 1] or self.folds[before[0]] in self.fx.given_names)
        ):
            # "سعادة حمدان راشد الكتبي الوكيل المساعد لقطاع الشؤون الاقتصادية": the name
            # stands before the title; after it, "for the sector of …" is the office's
            name = before
        if name is not None and not self.lex.cased and name[1] - name[0] >= 2:
            # "العماد عون الدعم الذي …": a known family name, then a common noun
            first = self.fx.stem(self.tok(name[0]))
            for p in self.persons.values():
                lasts = {self.fx.stem(n.split()[-1]) for n in p.names if n.split()}
                full = {fold(n) for n in p.names}
                if first in lasts and fold(self._clean_name(name)) not in full:
                    name = (name[0], name[0] + 1)
                    break
                # … or a family name of two words: "السفير شاه حسيني تهنئة …"
                words = [self.fx.stem(self.tok(k)) for k in range(name[0], name[1])]
                two = {
                    tuple(self.fx.stem(w) for w in n.split()[-2:])
                    for n in p.names
                    if len(n.split()) >= 3
                }
                if len(words) >= 3 and tuple(words[:2]) in two and fold(
                    self._clean_name(name)
                ) not in full:
                    name = (name[0], name[0] + 2)
                    break
        if (
            name is not None
            and self.lex.cased
            and not info["ranks"]
            and info["title_start"] is not None
            and info["title_end"] == info["title_start"] + 1 == name[0]
            and self._title_opens_known_name(info["title_start"], name[1])
        ):
            # a title word that opens the name of someone already named in full: "Raja
            # Juli" after "Menteri Kehutanan Raja Juli Antoni" (no king)
            self._add_person(
                (info["title_start"], name[1]),
                title=None,
                ranks=[],
                role=None,
                country=None,
                span=(start, info["end"]),
                headline=headline,
            )
            return
        if name is not None:
            # the case of the word governing the name: the last rank, else the title's head
            case = None
            if info["ranks"]:
                a, b = info["ranks"][-1]
                # (a compound declines its last part only: "вице-адмирала", not "вице")
                while a + 2 < b and self.tok(a + 1) == "-":
                    a += 2
                case = self.fx.case_of(self.tok(a)) or self.fx.case_of(self.tok(b - 1))
            elif info.get("head") is not None:
                # the head word, or the last part of a compound ("премьер-министром"; not
                # a word the head governs: "Председатель Совета Федерации")
                h = info["head"]
                last = h
                while last + 2 < len(self.texts) and self.tok(last + 1) == "-":
                    last += 2
                # (a compound declines its last part only: "вице-президентом")
                case = self.fx.case_of(self.tok(last)) or self.fx.case_of(self.tok(h))
                if case == "indecl":
                    # one form for every case ("замминистра"): the preposition's before it
                    ts = info.get("title_start")
                    case = self.fx.case_after(self.tok(ts - 1)) if ts else None
            key = self._add_person(
                name,
                title=title,
                ranks=ranks,
                role=role,
                country=info["country"],
                span=(start, info["end"]),
                headline=headline,
                case=case,
            )
            if key is not None and info.get("post"):
                self.posts[key] = info["post"]
            if key is not None:
                self._note_implied(key, info)
            if key is not None:
                self.offices.setdefault(key, set()).update(
                    r for r in info["roles"] if r not in GENERIC_ROLES
                )
                if info["orgs"]:
                    self.org_titled.add(key)
                first = max(self.sents[self.sent_of[start]][0], start - 2)
                last = info["title_end"] if info["title_end"] is not None else start
                if any(self.folds[k] in self.fx.former_words for k in range(first, last)):
                    self.former.add(key)
        elif just_named is not None and self._title_fits(just_named, role, info["country"]):
            # "X, the Iraqi defence minister" / "سرتیپ X وزیر دفاع ایران": the title follows
            # a person just named
            p = self.persons[just_named]
            rank_only = self._envoy_rank_only(just_named)
            junior = self._junior_secretary_of_state(just_named, role)
            if title not in p.titles:
                p.titles.append(title)
            # (an official's office says less than a minister's: "Menteri X, Direktur
            # Jenderal … dan Kepala Badan …" lists others)
            if (
                p.role is None
                or (p.role in GENERIC_ROLES and role != "official")
                or rank_only
                or junior
            ):
                p.role = role
            if p.country is None:
                self._note_implied(just_named, info)
            p.country = p.country or info["country"]
            # (all its offices, as for a title before the name: "X معاون اول وزیر دفاع و رئیس
            # ستاد کل نیروهای مسلح" is the chief of staff a headline names)
            self.offices.setdefault(just_named, set()).update(
                r for r in info["roles"] if r not in GENERIC_ROLES
            )
            self.title_owner[info["title_end"]] = just_named
        elif (
            title
            and self.lex.cased
            and (linked := self._title_before_and(start)) is not None
            and (info["country"] is None or self.persons[linked].country in (None, info["country"]))
        ):
            # a second office after "and", right after one just given: "X, Chief of the
            # General Staff of the Armed Forces and First Deputy Minister of Defence of
            # Uzbekistan" (the same man's; its country his when the first names none)
            self._another_office(linked, title, role, info["country"])
        elif (
            title
            and role
            and not any(
                t.end in (start, start - 1)
                for t in self.cues(max(0, start - 4), start, "as_role")
            )
            # "the SCO defense ministers": a group, no one office holder
            and not any(
                self.folds[k] in self.fx.plural_offices
                for k in range(info["title_start"], info["title_end"])
            )
            # "dalam Pertemuan Menteri Luar Negeri ASEAN-India": a meeting's name
            and not self._named_meeting_before(info["title_start"])
            # "according to a statement from the Burundian army spokesperson": a source,
            # not someone of the events
            and not (
                role == "spokesperson"
                and self.cues(
                    max(self.sents[self.sent_of[start]][0], start - 6), start, "attribution"
                )
            )
            # "the Burundian head of state's principal adviser": the office's man is
            # another's, not the one told
            and not (
                info["title_end"] < len(self.doc)
                and self.tok(info["title_end"]) in ("'s", "’s")
                and any(
                    self._entity_at(k, ("TITLE",))
                    for k in range(info["title_end"] + 1, info["title_end"] + 3)
                )
            )
        ):
            # (not "dilantik sebagai presiden", "sworn in as president": no one's mention)
            self.office_refs.append((role, info["country"], start, info["title_end"], title))

    def _named_meeting_before(self, i: int) -> bool:
        """A capitalised meeting noun, not opening its sentence, right before token i: the
        office after it names a meeting of such officials ("Pertemuan Menteri Luar Negeri
        ASEAN", "Sidang Menteri …"), no one of them."""
        k = i - 1
        return (
            self.lex.cased
            and k > self.sents[self.sent_of[i]][0]
            and self.tok(k)[:1].isupper()
            and self.has_cue(k, "meeting_noun")
        )

    def _title_opens_known_name(self, start: int, end: int) -> bool:
        """Tokens start..end, a title word and a name, begin the longer name of someone
        already named."""
        words = fold(self._span_text(start, end)).split()
        return any(
            fold(n).split()[: len(words)] == words and len(n.split()) > len(words)
            for p in self.persons.values()
            for n in p.names
        )

    def _and_written_on(self, i: int) -> bool:
        """Token i carries "و" or "ف" ("and") as a stripped clitic: "والجنرال"."""
        return self.folds[i][:1] in CONJUNCTION_CLITICS and self._has_proclitic(i)

    def _has_proclitic(self, i: int) -> bool:
        """The token carries a stripped prefix clitic ("وسفير" = "and the ambassador")."""
        full, norm = self.folds[i], self.norm(i)
        return len(full) > len(norm) and full.endswith(norm)

    def _title_fits(self, key: str, role: str | None, country: str | None) -> bool:
        """A second title describes the same person only if it does not contradict the
        first ("الرئيس بشار الأسد الوزير الإيراني": the minister is someone else)."""
        p = self.persons[key]
        if country and p.country and country != p.country:
            return False
        return (
            p.role is None
            or p.role in GENERIC_ROLES
            or role in (None, p.role)
            or self._envoy_rank_only(key)
            or self._junior_secretary_of_state(key, role)
        )

    def _junior_secretary_of_state(self, key: str, role: str | None) -> bool:
        """``key`` is read as a foreign minister only by a bare "Secretary of State" of a
        country other than the United States, and ``role`` is a deputy's: a junior minister
        ("Polish Secretary of State X", then "X, Secretary of State at Poland's Ministry of
        National Defence")."""
        p = self.persons[key]
        return (
            role in DEPUTY_ROLES.values()
            and p.role == "foreign_minister"
            and p.country not in (None, "US")
            and bool(p.titles)
            and all(fold(t).endswith(BARE_SECRETARY_OF_STATE) for t in p.titles)
        )

    def _envoy_rank_only(self, key: str) -> bool:
        """``key`` is titled only by a one-word "ambassador" of no country nor post: a
        diplomat's rank before his office ("السفير طارق فتح الله نائب وزير الخارجية")."""
        p = self.persons[key]
        return (
            p.role == "ambassador"
            and p.country is None
            and key not in self.posts
            and bool(p.titles)
            and all(len(t.split()) == 1 for t in p.titles)
        )

    def _mention_ending_at(self, start: int) -> str | None:
        """The person whose mention ends right before token ``start`` (or before a comma or a
        closing quote)."""
        ends = {start}
        if start > 0 and self.tok(start - 1) in (",", "،", "»", "”", '"'):
            ends.add(start - 1)  # (and a closing quote: "«عثمان آبارچی» وزیر معادن …")
        for end in sorted(ends, reverse=True):
            for m in self.by_end.get(end, []):
                if m.person in self.persons and m.sent == self.sent_of[start]:
                    return m.person
        return None

    def _side_before(self, i: int) -> str | None:
        """The country of "the side" ("عن الجانب العماني", "du côté omanais") right before
        token i (honorifics between them allowed): the one named at i signs or speaks for it."""
        k = i - 1
        while k >= 0 and self.hon[k]:
            k -= 1
        t = self.ent[k] if k >= 0 else None
        if t is None or t.cat != "COUNTRY" or t.end != k + 1 or t.start == 0:
            return None
        if self.folds[t.start - 1] not in self.fx.side_words:
            return None
        if t.start >= 2 and self.folds[t.start - 2] in BESIDE_WORDS:
            return None  # "إلى جانب قطر" (beside Qatar), no side
        return t.value

    def _pronoun_of_another(self, si: int, parts: list[str]) -> bool:
        """Sentence si holds a pronoun that none of ``parts`` named before it in the sentence
        stands for ("X, Y et lui ont …"; not "Haugsvik s'est rendue à Brazzaville, où elle
        s'est entretenue avec …", where "elle" is Haugsvik)."""
        s, e = self.sents[si]
        mentions = [m for m in self.by_sent.get(si, []) if m.person in parts]
        # (or names after the opening clause it is in: "Poursuivant sa tournée régionale,
        # Torunn Haugsvik s'est rendue …")
        comma = next((k for k in range(s, e) if self.tok(k) in (",", "،")), e)
        opening = any(comma < m.start <= comma + 3 for m in mentions)
        return any(
            not any(m.end <= c.start for m in mentions)
            and not (opening and c.start < comma)
            for c in self.cues(s, e, "pronoun")
        )

    def _named_after(self, key: str, i: int, s: int, e: int) -> bool:
        """The country entity ``key`` is named in tokens i..e and not in s..i."""
        spots = [
            k
            for k in range(s, e)
            if (t := self.ent[k]) is not None
            and t.start == k
            and t.cat == "COUNTRY"
            and f"country:{t.value}" == key
        ]
        return bool(spots) and all(k > i for k in spots)

    def _opens_clause(self, i: int) -> bool:
        """Token i, of a script written without case, opens a clause: a word carrying a
        conjunction the normalizer took off ("وأعرب", "فأكد"), or "فيما", "بينما"."""
        return not self.lex.cased and (
            self.folds[i] in CLAUSE_OPENERS
            or (self.texts[i][:1] in ("و", "ف") and len(self.norms[i]) < len(self.folds[i]))
        )

    def _pair_again(self, k: int) -> bool:
        """Tokens k and k+1 occur again, side by side, elsewhere in the article."""
        pair = (self.folds[k], self.folds[k + 1])
        return any(
            q != k and (self.folds[q], self.folds[q + 1]) == pair
            for q in range(len(self.folds) - 1)
        )

    def _name_before(self, start: int) -> tuple[int, int] | None:
        """Plain tokens (≤3) between a boundary (stop word, punctuation) and ``start``,
        or a quoted name right before it ("«سید عباس عراقچی» وزیر امور خارجه")."""
        s = self.sents[self.sent_of[start]][0]
        closing = {v: k for k, v in OPEN_QUOTES.items()}
        if start - 1 > s and self.tok(start - 1) in closing:
            opening = closing[self.tok(start - 1)]
            for k in range(start - 2, max(s, start - 2 - MAX_NAME_TOKENS) - 1, -1):
                if self.tok(k) == opening:
                    quoted = self.name_at(k, start)
                    if quoted is not None and all(self.covered[i] is None for i in range(*quoted)):
                        return quoted
                    break
        rng = self._prev_name(start, s)
        if rng is None or (
            rng[0] == s
            and rng[1] - rng[0] > 2
            # (three words opening a sentence, when the first is a given name: "رضا امیری
            # مقدم سفیر جمهوری اسلامی ایران در اسلام‌آباد نیز … حضور داشت", or the last two
            # are a name the article uses again: "نریو مونتیا بریسنیو معاون …", then
            # "مونتیا بریسنیو نیز …")
            and self.folds[s] not in self.fx.given_names
            and not self._pair_again(rng[1] - 2)
            # (nor a name of "بن" and the father's: "سرحان بن حامل العامری دبیرکل …")
            and not any(self.folds[k] in self.fx.particles for k in range(s + 1, rng[1] - 1))
        ):
            return None
        i = rng[0]
        if (
            i > s
            and self.has_cue(i - 1, "location_prep")
            and self.folds[i] not in self.fx.given_names
        ):
            return None  # "في دار رئاسة الوزراء وزيرة …": a place, then the office
        if i > s and not (
            self.is_stop(i - 1)
            or self.hon[i - 1]
            or self.cue_cover[i - 1]  # "با میزبانی X وزیر دفاع …" (hosted by X)
            or not _wordlike(self.tok(i - 1))
            # a side named by its country: "وعن الجانب الإيراني X مساعد وزير …"
            or self._side_before(i)
        ):
            return None
        if any(self.covered[i] is not None for i in range(rng[0], rng[1])):
            return None
        for k in range(i - 1, max(s, i - 4) - 1, -1):
            if _is_punct(self.tok(k)):
                break
            if self._body_word(k):
                return None  # a body's name: "دفتر حفظ و نشر آثار رهبر انقلاب"
        return rng

    def _appositions(self, s: int, e: int, headline: bool) -> None:
        """NAME, [the] [COUNTRY] TITLE … ("Abu Mahdi al-Muhandis, komandan senior …")."""
        for c in range(s + 1, e - 1):
            if self.tok(c) not in (",", "،"):
                continue
            name = self._prev_name(c, s)
            if name is None:
                continue
            if (held := self.covered[name[0]]) is not None and (
                held not in self.persons
                or self.persons[held].titles
                # (not another's office after "and": "le général X, et l'ambassadeur russe")
                or self.folds[c + 1] in OFFICE_AND | {"و"}
                or (not self.lex.cased and self._and_phrase(c + 1))
            ):
                # (one named with a rank alone takes the office after it: "Vice Admiral X,
                # the Chief of the Defence Staff of the Ghana Armed Forces, …")
                continue
            if name[0] > s and self.has_cue(name[0] - 1, "location_prep"):
                continue  # a place: "a reçu hier, à Anosy, la vice-ministre …"
            # a title within the next tokens: ", the Iraqi defence minister",
            # ", South Korea's defense minister", ", komandan senior …"
            k = c + 1
            former = False  # a post held before: "Mr X, then Secretary for Foreign Affairs"
            while k < min(e, c + 8):
                tk = self.ent[k]
                if tk is not None and tk.cat == "COUNTRY":
                    k = tk.end
                    continue
                if tk is None and self.folds[k] in self.fx.kin_words:
                    break  # "X, son of the president of Uganda": the father's office
                if tk is None and self.folds[k] in self.fx.former_words:
                    if (
                        name[1] - name[0] < 2  # (a full name: not "duc de Lorraine, ancien roi")
                        or self._match_person(self._clean_name(name), None) is not None
                    ):
                        # "Mr. Kapoor, a former Ambassador to Russia": one known by his
                        # office now; the post he held before is no title of his
                        break
                    former = True
                    k += 1
                    continue
                if tk is None and self._opens_clause(k):
                    break  # "… وسلامة أراضيه، وأعرب الوزير": a clause of its own, no title
                if tk is None and (
                    self.tok(k) in ("'s", "’s")
                    or (self.is_stop(k) and not self.cue_cover[k])
                    or (self.lex.cased and self.tok(k)[:1].islower() and not self.cue_cover[k])
                ):
                    k += 1
                    continue
                if tk is not None and tk.cat == "TITLE" and tk.start == k:
                    info = self._title_phrase(k, e)
                    if info is None or info["name"] is not None:
                        break
                    if (
                        info["end"] < e
                        and self.tok(info["end"]) not in (",", "،")
                        and any(
                            c.value == "attribution" and c.end == name[0]
                            for c in self.cue_cover[max(name[0] - 1, 0)]
                        )
                    ):
                        break  # "Menurut Harsono, Menhan Tunisia juga menyatakan …"
                    if (
                        info["end"] < e
                        and any(c.value != "location_prep" for c in self.cue_cover[info["end"]])
                        and not any(self.tok(q) in ".!?" for q in range(s, e))
                    ):
                        # a headline's "A, B verb" is two people: "Al-Muraikhi, Iraqi
                        # deputy FM discuss …" (an apposition there ends the line or has
                        # its comma: "Khattab, Iraqi defence minister, visits Tehran")
                        break
                    country = info["country"]
                    for q in range(c + 1, k):
                        tq = self.ent[q]
                        if tq is not None and tq.cat == "COUNTRY":
                            country = country or tq.value
                    # "X dan Y, komandan … Iran dan Irak": countries respectively
                    listed = self._country_list(info["title_end"] or info["end"], e)
                    if country is not None:
                        listed = [country, *[c for c in listed if c != country]]
                    prev = self._coordinated_before(name[0], s)
                    if len(listed) == 2 and prev is not None:
                        other = self.persons[prev]
                        other.country = other.country or listed[0]
                        country = listed[1]
                    elif country is None and listed:
                        country = listed[0]
                    title_end = info["title_end"] or info["end"]
                    title_end = self._complement_end(title_end, e) or title_end
                    key = self._add_person(
                        name,
                        title=self._span_text(k, title_end),
                        ranks=[],
                        role=self._role(info),
                        country=country,
                        span=(name[0], info["end"]),
                        headline=headline,
                    )
                    if key is not None:
                        self._second_office(key, info["end"], e)
                        if former:
                            self.former.add(key)
                    break
                break

    def _title_before_and(self, start: int) -> str | None:
        """The person given the title that ends right before "and" at ``start`` - 1 (a
        modifier such as "First" may stand between)."""
        for k in (start - 1, start - 2):
            if k > 0 and self.folds[k] in OFFICE_AND:
                return self.title_owner.get(k)
        return None

    def _second_office(self, key: str, j: int, e: int) -> None:
        """An apposition's second office after "and" is the same person's: "X, Chief of the
        General Staff of the Armed Forces and First Deputy Minister of Defence of Uzbekistan"
        (not an office of its own; its country is his when the first names none)."""
        if j + 1 >= e or self.folds[j] not in OFFICE_AND:
            return
        for n, (role, cc, start, _end, title) in enumerate(self.office_refs):
            if j < start <= j + 2:
                del self.office_refs[n]
                self._another_office(key, title, role, cc)
                return

    def _another_office(self, key: str, title: str, role: str | None, cc: str | None) -> None:
        """``key`` holds a second office: its title, its country when he has none, its role
        when he has none."""
        p = self.persons[key]
        if title not in p.titles:
            p.titles.append(title)
        p.country = p.country or cc
        p.role = p.role or role

    def _complement_end(self, j: int, e: int) -> int | None:
        """After a title ending in its preposition ("head of"), the end of the body it
        heads, up to the apposition's comma: "X, head of the Department of Foreign
        Relations (DFR), …" is titled with the department (None: no such body)."""
        if j <= 0 or j >= e or not self.is_stop(j - 1) or self.ent[j - 1] is None:
            return None
        for k in range(j, min(e, j + 20)):
            if self.tok(k) in (",", "،", ";", "؛", ".") or self.cue_cover[k]:
                return k if k > j and not self.cue_cover[k] else None
        return e if e - j <= 20 else None

    def _coordinated_offices(self, s: int, e: int, headline: bool) -> None:
        """One office of two countries and two names, respectively: "the foreign ministers
        of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov", "les ministres des
        Affaires étrangères azerbaïdjanais et arménien, X et Y"."""
        if not self.lex.cased:
            return
        i = s
        while i < e:
            t = self.ent[i]
            if t is None or t.cat != "TITLE" or t.start != i:
                i += 1
                continue
            listed: list[str] = []
            k = t.end
            while k < e and k - t.end <= 4 and not listed:
                tk = self.ent[k]
                if tk is not None and tk.cat == "COUNTRY":
                    listed = self._country_list(k, e)
                    break
                if tk is not None or not (self.is_stop(k) or self.tok(k)[:1].islower()):
                    break
                k += 1
            if len(listed) < 2 and (pairs := self._interleaved_offices(t, e)):
                # "Les ministres de la Défense du Guatemala, X, et du Salvador, Y"
                title = self._span_text(i, t.end)
                for rng, cc in pairs:
                    self._respective_office(rng, cc, t, title, (i, rng[1]), headline)
                i = pairs[-1][0][1]
                continue
            if len(listed) < 2:
                listed = self._country_list(i - 3, i) if i >= 3 else []  # "Armenian and …"
                k = i
            if len(listed) != 2:
                i = t.end
                continue
            # past the countries (and the office's charge in plain words: "по нормализации
            # отношений", "chargés de la normalisation des relations"), an optional comma,
            # then "N1 and N2"
            while k < e and k - i <= 20 and (
                self.ent[k] is not None or self.is_stop(k) or self._plain_lower(k)
            ):
                if self.ent[k] is not None and self.ent[k].cat not in ("COUNTRY", "TITLE"):
                    break
                k = self.ent[k].end if self.ent[k] is not None else k + 1
            if k < e and self.tok(k) == ",":
                k += 1
            first = self.name_at(k, e)
            if first is None or first[1] + 1 >= e or not self.is_stop(first[1]):
                i = t.end
                continue
            second = self.name_at(first[1] + 1, e)
            if second is None:
                i = t.end
                continue
            title = self._span_text(i, t.end)
            for rng, cc in ((first, listed[0]), (second, listed[1])):
                self._respective_office(rng, cc, t, title, (i, rng[1]), headline)
            i = second[1]

    def _respective_office(
        self,
        rng: tuple[int, int],
        country: str,
        t: Tag,
        title: str,
        span: tuple[int, int],
        headline: bool,
    ) -> None:
        """The name at ``rng`` holds the office of title tag ``t`` for ``country``, one of
        the countries the title lists respectively."""
        key = self.covered[rng[0]]
        if key is not None and key in self.persons:
            p = self.persons[key]
            p.country = country  # respectively: not the nearer country of the two
            p.role = p.role if p.role not in (None, *GENERIC_ROLES) else t.value
            return
        self._add_person(
            rng, title=title, ranks=[], role=t.value, country=country, span=span,
            headline=headline,
        )

    def _interleaved_offices(self, t: Tag, e: int) -> list[tuple[tuple[int, int], str]]:
        """A plural title given to two countries in turn, each followed by its holder's
        name set off by commas: "the defence ministers of Guatemala, X, and of El
        Salvador, Y", "les ministres de la Défense du Guatemala, X, et du Salvador, Y"."""
        if not any(self.folds[k] in self.fx.plural_offices for k in range(t.start, t.end)):
            return []
        out: list[tuple[tuple[int, int], str]] = []
        k = t.end
        while k < e and len(out) < 2:
            skipped = 0
            while k < e and self.ent[k] is None and self.is_stop(k) and skipped < 3:
                k, skipped = k + 1, skipped + 1
            c = self.ent[k] if k < e else None
            if c is None or c.cat != "COUNTRY" or c.start != k or c.end >= e:
                return []
            if self.tok(c.end) != ",":
                return []
            name = self.name_at(c.end + 1, e)
            if name is None or (len(out) == 0 and (name[1] >= e or self.tok(name[1]) != ",")):
                return []
            out.append((name, c.value))
            k = name[1] + 1
        return out if len(out) == 2 else []

    def _plain_lower(self, k: int) -> bool:
        """A lower-case word that is no cue (but "the two countries"), date or lexicon
        word."""
        if self.cue_cover[k] and all(c.value == "group_ref" for c in self.cue_cover[k]):
            return self.tok(k)[:1].islower()
        return self.tok(k).isalpha() and self.tok(k)[:1].islower() and self._plain(k)

    def _country_list(self, j: int, e: int) -> list[str]:
        """Countries "C1 and C2" at or right after token j (before or after the title end)."""
        out: list[str] = []
        k = j
        while k < e and len(out) < 3:
            t = self.ent[k]
            if t is not None and t.cat == "COUNTRY" and t.start == k:
                out.append(t.value)
                k = t.end
                continue
            if out and self.is_stop(k):
                k += 1
                continue
            break
        if not out and j > 0:
            # the title phrase may have swallowed the first country: look back
            t = self.ent[j - 1]
            if t is not None and t.cat == "COUNTRY":
                return self._country_list(t.start, e)
        return out

    def _coordinated_before(self, i: int, s: int) -> str | None:
        """The person named right before "and" ahead of token i ("X dan Y")."""
        k = i - 1
        if k <= s or not self.is_stop(k):
            return None
        for m in self.by_end.get(k, []):
            return m.person
        return None

    def _counterparts(self, s: int, e: int, headline: bool) -> None:
        """ "his Russian counterpart X", "mitranya dari Rusia, Jenderal X", "نظيره الروسي X"."""
        for cue in self.cues(s, e, "counterpart"):
            before = None  # "his Iranian counterpart"
            j = cue.end
            for k in range(max(s, cue.start - 2), cue.start):
                tk = self.ent[k]
                if tk is not None and tk.cat == "COUNTRY":
                    before = tk.value
            country = None  # "نظيره الباكستاني", "son homologue iranien": said after, it wins
            # over the adjective of a title before ("وزير الداخلية الإيراني مع نظيره …")
            while j < e and j - cue.end < 4:
                tj = self.ent[j]
                if self.folds[j] in COUNTERPART_CLOSERS and j + 1 < e and self.is_stop(j + 1):
                    break  # "با همتای جیبوتیایی خود درباره …": the name was before, or none
                if tj is not None and tj.cat == "COUNTRY":
                    country = country or tj.value
                    j = tj.end
                    continue
                if tj is None and self.is_stop(j) and (run := self._office_run(j, e)):
                    # "son homologue lituanien des Affaires étrangères, Kęstutis Budrys"
                    j, country = run[0], country or run[1]
                    j += 1 if self.tok(j) in (",", "،") else 0
                    break
                if (
                    tj is None
                    and self.lex.cased
                    and self.folds[j] in self.fx.office_continues
                    and not self.is_stop(j)
                    and (comma := self._charge_then_comma(j, e)) is not None
                ):
                    # his charge, then the name: "son homologue roumain chargé de la
                    # politique de défense, Mircea Lăzărescu"
                    j = comma + 1
                    break
                if tj is None and self.has_cue(j, "location_prep"):
                    tc = self.ent[j + 1] if j + 1 < e else None
                    if (
                        tc is not None
                        and tc.cat == "COUNTRY"
                        and tc.start == j + 1
                        and self.name_at(tc.end, e) is not None
                    ):
                        # a country and a name: "ونظيرته في إفريقيا الوسطى سيلفي …" (his
                        # counterpart in Central Africa, X)
                        country = country or tc.value
                        j = tc.end
                    break  # (else a place follows: "reçoit son homologue koweïtien à Evere")
                if tj is not None or self.tok(j) in (",", "،") or self.is_stop(j):
                    if tj is not None and tj.cat != "COUNTRY":
                        break
                    j += 1
                    continue
                break
            country = country or before
            if (
                j + 1 < e
                and self.ent[j] is None
                and self.is_stop(j)
                and self._entity_at(j + 1, ("RANK",))
            ):
                j += 1  # (its article: "son homologue du Burkina Faso, le général de brigade X")
            ranks, j = self._ranks_from(j, e)
            name = self.name_at(j, e, after_rank=bool(ranks))
            if (
                name is not None
                and not self.lex.cased
                and not ranks
                and name[0] > 0
                and self.tok(name[0] - 1) in (",", "،")  # (no honorific: "، السيد X")
                and self.folds[name[0]] not in self.fx.given_names
                # (a name of two words or more closed by a comma is set off as one: "مع
                # نظيره السلفادوري، رينيه ميرينو مونروي، حادث …")
                and not (name[1] - name[0] > 1 and name[1] < e and self.tok(name[1]) in (",", "،"))
            ):
                # past a comma, without capitals, a clause goes on more often than a name
                # does: "لنظيرتها التنزانية، مشيدا بمستوى …" (praising the level)
                name = None
            if name is None and not ranks and not self.lex.cased and country:
                # "با جلیل عباس جیلانی همتای پاکستانی خود": the name before the word
                name = self._name_before(cue.start)
                if name is not None and self._names_someone(name):
                    # (not a subject named before it and a noun: "اسلامیه دعوت همتای
                    # ارمنستانی خود … را پذیرفت", Eslamieh accepted his counterpart's
                    # invitation)
                    name = None
            if name is not None and not self.covered[name[0]] is not None:
                key = self._add_counterpart(
                    name,
                    ranks,
                    country,
                    (cue.start, name[1]),
                    headline,
                    # "с российским коллегой Андреем Белоусовым": the cue word shows the case
                    case=self.fx.case_of(self.tok(j - 1))
                    if ranks
                    else self.fx.case_of(self.tok(cue.end - 1)),
                )
                if key is not None and cue.extra == "plural":
                    self._more_counterparts(name[1], e, country, headline)
            elif name is not None and country:
                known = self.covered[name[0]]
                if known is not None and known in self.persons:
                    p = self.persons[known]
                    p.country = p.country or country
                    # (named by his rank already: "his Albanian counterpart, Major General X")
                    self.counterparts.add(known)
            elif name is None and country and (known := self._titled_after(j, e)) is not None:
                # "son homologue russe, le vice-ministre des Affaires étrangères X"
                p = self.persons[known]
                p.country = p.country or country
                self.counterparts.add(known)

    def _charge_then_comma(self, j: int, e: int) -> int | None:
        """Cased scripts: from token j (a word of charge, "chargé"), up to eight words of
        no entity, then a comma before a name: the comma's index, else None."""
        for k in range(j + 1, min(e, j + 10)):
            if self.tok(k) == ",":
                return k if k > j + 1 and self.name_at(k + 1, e) is not None else None
            if self.ent[k] is not None or not self.alpha[k]:
                return None
        return None

    def _names_someone(self, rng: tuple[int, int]) -> bool:
        """A word of rng is the last name of a person the article named before."""
        lasts = {fold(p.name).split()[-1] for p in self.persons.values() if p.name}
        return any(self.folds[k] in lasts for k in range(*rng))

    def _more_counterparts(self, j: int, e: int, country: str | None, headline: bool) -> None:
        """After a plural counterpart word and its first name, the others of the list:
        "leurs homologues japonais, Yoko Kamikawa et Minoru Kihara" (cased scripts)."""
        while self.lex.cased and j + 1 < e:
            k = j
            if self.tok(k) == ",":
                k += 1
            if k < e and self.folds[k] in OFFICE_AND:
                k += 1
            if k == j or k >= e:
                return
            ranks, k = self._ranks_from(k, e)
            name = self.name_at(k, e, after_rank=bool(ranks))
            if name is None or self.covered[name[0]] is not None:
                return
            if self._add_counterpart(name, ranks, country, (j, name[1]), headline) is None:
                return
            j = name[1]

    def _ranks_from(self, k: int, e: int) -> tuple[list[str], int]:
        """The ranks written one after another from token k, and the token after them."""
        ranks = []
        while k < e and (tk := self.ent[k]) is not None and tk.cat == "RANK":
            ranks.append(self._span_text(tk.start, tk.end))
            k = tk.end
        return ranks, k

    def _add_counterpart(
        self,
        name: tuple[int, int],
        ranks: list[str],
        country: str | None,
        span: tuple[int, int],
        headline: bool,
        case: str | None = None,
    ) -> str | None:
        """A person named as someone's counterpart (no title of their own): their key."""
        key = self._add_person(
            name,
            title=None,
            ranks=ranks,
            role=None,
            country=country,
            span=span,
            headline=headline,
            case=case,
        )
        if key is not None:
            self.counterparts.add(key)
        return key

    def _titled_after(self, j: int, e: int) -> str | None:
        """The person named by a title that starts at j (after a comma or an article)."""
        k = j
        while k < e and (self.tok(k) in (",", "،") or (self.is_stop(k) and self.ent[k] is None)):
            k += 1
        t = self.ent[k] if k < e else None
        if t is None or t.start != k or t.cat != "TITLE":
            return None
        m = t.end
        while m < e and m - t.end < 8 and self.covered[m] is None and self.tok(m) not in ".;":
            m += 1
        known = self.covered[m] if m < e else None
        return known if known in self.persons else None

    def _title_line(self) -> Span | None:
        """The article's title line: its first line of text, without a full stop, in any
        case (not only the title-case headlines of ``_headline_at``)."""
        first = self._next_text_sent(-1, 1)
        if first is None:
            return None
        s, e = self.sents[first]
        if any(self.tok(i) in (".", "!", "?") for i in range(s, e)):
            return None
        return self._sent_span(first)

    def _in_title_line(self, i: int) -> bool:
        """Token i is on the article's title line (see ``_title_line``), or on a
        title-case headline."""
        title = self._title_line()
        return self._headline_at(i) or (
            title is not None and self._sent_span(self.sent_of[i]) == title
        )

    def _headline_at(self, i: int) -> bool:
        si = self.sent_of[i]
        if si not in self._headlines:
            self._headlines[si] = self._is_headline(*self.sents[si])
        return self._headlines[si]

    def _is_headline(self, s: int, e: int) -> bool:
        """A short line in title case, where capitals say nothing about names."""
        if not self.lex.cased:
            return False
        words = [self.texts[i] for i in range(s, e) if self.alpha[i]]
        if len(words) < 4:
            return False
        caps = sum(1 for w in words if w[:1].isupper())
        ends_clause = any(self.tok(i) in ".!?" for i in range(s, e))
        return caps / len(words) >= 0.6 and not ends_clause

    def _untitled_subjects(self) -> None:
        """Without capitals, a full name without a title opening a meeting sentence (or the
        clause after a comma) whose family name the article repeats alone: "به گزارش ایرنا،
        اسکندر مؤمنی روز چهارشنبه در دیدار با همتای پاکستانی خود …" then "مؤمنی همچنین …"."""
        if self.lex.cased:
            return
        free = [
            self.covered[k] is None and self.ent[k] is None and not self.cue_cover[k]
            for k in range(len(self.texts))
        ]
        known = {fold(w) for p in self.persons.values() for n in p.names for w in n.split()}
        for s, e in self.sents:
            if not self._tells_talks(s, e):
                continue
            for i in range(s, e):
                # (a name may stand in quotes, after a rank: "، سپهبد «توماس …» و …")
                quoted = i > s and self.tok(i - 1) in OPEN_QUOTES
                b = i - 1 if quoted else i
                while quoted and b > s and self.hon[b - 1]:
                    b -= 1
                # (or right after "with" and a meeting word: "در تماس تلفنی با X، …")
                after_with = (
                    b >= 2
                    and self.folds[b - 1] in self.fx.with_words
                    and any(
                        t.value in ("meeting_verb", "meeting_noun") for t in self.cue_cover[b - 2]
                    )
                )
                # (or a second name in quotes after a known one: "سپهبد «توماس …» و «آنا …»")
                and_known = (
                    quoted
                    and b > s + 1
                    and self.folds[b - 1] == "و"
                    and self.tok(b - 2) in OPEN_QUOTES.values()
                    and self._mention_ending_at(b - 1) is not None
                )
                # (or two names joined by "و" right after a meeting word: "در پایان دیدار
                # مجتبی کریم‌زاده و فردی کندوری ممانی")
                after_noun = b > s and any(
                    t.value == "meeting_noun" for t in self.cue_cover[b - 1]
                )
                if not (
                    b == s or self.tok(b - 1) in (",", "،") or after_with or and_known or after_noun
                ):
                    continue
                if not free[i]:
                    continue
                if self.is_stop(i):
                    continue
                rng = self._uncased_name(i, e, after_rank=False)
                # (its words, a particle's aside: "مهلب بن ضرار الخنجری")
                if rng is None or not (
                    2 <= rng[1] - rng[0] <= 3
                    or (
                        rng[1] - rng[0] <= 5
                        and sum(self.folds[k] not in self.fx.particles for k in range(*rng)) <= 3
                    )
                ):
                    continue
                if quoted and (rng[1] >= e or self.tok(rng[1]) != OPEN_QUOTES[self.tok(i - 1)]):
                    continue  # (the quotes hold the name alone)
                if not all(free[k] and not self.is_stop(k) for k in range(*rng)):
                    continue
                if self.folds[rng[0]] in self.fx.predecessor_nouns:
                    continue  # "… سومساک راتاناویچای، سلف پونگساتورن": someone's predecessor
                if after_with and self.folds[rng[1] - 1] in self.fx.given_names:
                    continue  # a name starts at its end: "با تبریک انتصاب حسین عوض علی"
                # two such names joined by "و" before a meeting word: the two sides ("X و Y
                # در این دیدار"), when either family name recurs
                pair = self._untitled_pair(rng, e, free, quoted, clause=not after_noun)
                # the family name alone opens another sentence or clause ("مؤمنی همچنین"),
                # which an agency ("خبرگزاری مهر") or a noun phrase ("پیام کتبی") does not
                # (anywhere after a known given name: "حسین افشین در این گفت‌وگو …", then
                # "سفر افشین به کاراکاس")
                last = self.folds[rng[1] - 1]
                given = self.folds[rng[0]] in self.fx.given_names
                if after_noun and not (pair and given) and b != s:
                    continue  # (a meeting "of" one name alone may be a place's, a body's)
                # (a known given name before a meeting word need not recur: "به گزارش …،
                # محمدعلی دهقان دهنوی در این دیدار … گفت")
                # (not two known people: "شريف وعلييف يبحثان", Sharif and Aliyev)
                # (nor need a name in quotes, the subject of a meeting clause: "، «ویله
                # تاویو» در این دیدار با …", or one of two before it)
                whole = (
                    (given or (quoted and not after_with))
                    and ((quoted and pair is not None) or self._meeting_clause(rng[1] + quoted, e))
                    and not any(self.folds[k] in known for k in range(*rng))
                    and not (
                        not quoted  # (quotes bound a name: "«یوناتان وسیویف»")
                        and any(
                            self.folds[k][:1] in CONJUNCTION_CLITICS
                            for k in range(rng[0] + 1, rng[1])
                        )
                    )
                )
                # (a meeting "of" two names, the first with a known given name, tells them)
                whole = whole or (after_noun and pair is not None and given)
                lasts = [last] + ([self.folds[pair[1] - 1]] if pair else [])
                if after_with and not given:
                    lasts.append(self.folds[rng[0]])  # (or the given name: "کادرا نیز")
                if len(last) < 3 or (
                    not whole
                    and not any(
                        self.folds[k] in lasts
                        and free[k]
                        and (given or k in self.sent_starts or self.tok(k - 1) in (",", "،"))
                        for k in range(len(self.texts))
                        if not rng[0] <= k < rng[1] and not (pair and pair[0] <= k < pair[1])
                    )
                ):
                    continue
                if given and any(
                    fold(n.split()[-1]) == last for p in self.persons.values() for n in p.names
                ):
                    continue  # a known person's family name ("امیر حیدری": the rank Amir)
                for r in (rng, pair) if pair else (rng,):
                    self._add_person(
                        r, title=None, ranks=[], role=None, country=None, span=r, headline=False
                    )

    def _untitled_cased_subjects(self) -> None:
        """Cased scripts: a name of two or three capitalised words no rule read, the subject
        opening a sentence (or the clause after a comma) that tells of a meeting or an
        arrival, whose family name the article writes again alone: "Джанмарко Веспиньяни
        прибыл в Тбилиси из Баку, где накануне провел переговоры с …", then "Квливидзе и
        Веспиньяни обсудили …"."""
        if not self.lex.cased:
            return

        free = self._unread
        known = {
            self.fx.stem(w) for p in self.persons.values() for n in p.names for w in n.split()
        }
        stems: list[str] = []  # every word's stem, read once when a name needs them
        for s, e in self.sents:
            if not any(
                t.value in ("meeting_verb", "meeting_noun", "arrival")
                for k in range(s, e)
                for t in self.cue_cover[k]
            ):
                continue
            for i in range(s, e):
                if not (i == s or self.tok(i - 1) == ","):
                    continue
                if not free(i) or self.is_stop(i) or self._in_title_line(i):
                    continue
                rng = self._cased_name(i, e)
                if (
                    rng is None
                    or not 2 <= rng[1] - rng[0] <= 3
                    or rng[1] >= e
                    or not all(free(k) and self.texts[k][:1].isupper() for k in range(*rng))
                    # (the subject of a verb: a lower-case word follows)
                    or not self.texts[rng[1]][:1].islower()
                ):
                    continue
                if any(
                    self.folds[k] in self.fx.title_words
                    or self.folds[k] in self.fx.portfolios
                    or self.date_tok[k] is not None
                    or self.fx.stem(self.texts[k]) in known
                    for k in range(*rng)
                ):
                    # (an office's words, "Foreign Affairs"; a day, or a known person's
                    # name: "Накануне Белоусов")
                    continue
                last = self.fx.stem(self.texts[rng[1] - 1])
                if len(last) >= 4 and not stems:
                    stems = [self.fx.stem(t) for t in self.texts]
                if len(last) < 4 or not any(
                    free(k)
                    and self.texts[k][:1].isupper()
                    and stems[k] == last
                    # (alone, not the whole name again: "Cabo Delgado")
                    and not (k > 0 and self.texts[k - 1][:1].isupper() and not self.is_stop(k - 1))
                    for k in range(len(self.texts))
                    if not rng[0] <= k < rng[1]
                ):
                    continue
                self._add_person(
                    rng, title=None, ranks=[], role=None, country=None, span=rng, headline=False
                )

    def _unread(self, k: int) -> bool:
        """Token k is no one's, no entity's and no cue's."""
        return self.covered[k] is None and self.ent[k] is None and not self.cue_cover[k]

    def _tells_talks(self, s: int, e: int) -> bool:
        """Tokens s..e hold a meeting's verb or noun."""
        return any(
            t.value in ("meeting_verb", "meeting_noun")
            for k in range(s, e)
            for t in self.cue_cover[k]
        )

    def _honorific_names(self) -> None:
        """Cased scripts: a name of two or three capitalised words no rule read, right after
        an honorific, in a sentence that tells of a meeting: "Lejeune Mbella Mbella a
        accordé une audience … à Mme Chrysoula Zacharopoulou" (her office told without her
        name in the sentence before)."""
        if not self.lex.cased:
            return
        for s, e in self.sents:
            if not self._tells_talks(s, e):
                continue
            for i in range(s + 1, e):
                if not self.hon[i - 1] or not self._unread(i) or self._in_title_line(i):
                    continue
                if self.hon[i] or self.is_stop(i):
                    continue
                rng = self._cased_name(i, e)
                if (
                    rng is None
                    or not 2 <= rng[1] - rng[0] <= 3
                    or not all(self._unread(k) and self.texts[k][:1].isupper() for k in range(*rng))
                    or any(
                        self.folds[k] in self.fx.title_words
                        or self.folds[k] in self.fx.portfolios
                        or self.date_tok[k] is not None
                        for k in range(*rng)
                    )
                    # (nor a place named after someone: "Sir Seretse Khama Barracks")
                    or (
                        rng[1] < e
                        and (
                            self.texts[rng[1]][:1].isupper()
                            or any(c.value == "facility" for c in self.cue_cover[rng[1]])
                        )
                    )
                ):
                    continue
                self._add_person(
                    rng, title=None, ranks=[], role=None, country=None, span=rng, headline=False
                )

    def _untitled_pair(
        self,
        rng: tuple[int, int],
        e: int,
        free: list[bool],
        quoted: bool = False,
        clause: bool = True,
    ) -> tuple[int, int] | None:
        """A second name of two or three words after the name ``rng`` and "و" (and), with a
        meeting word right after it (when ``clause``): "ایلخم مخکم‌اف و مارات کارابایف در
        این دیدار" (both in quotes when the first is: "«یوناتان وسیویف» و «ایویند واد
        پترسون» در این دیدار")."""
        k = rng[1] + quoted
        if quoted and not (k + 1 < e and self.tok(k + 1) in OPEN_QUOTES):
            return None
        if not (k + 1 + quoted < e and self.folds[k] == "و" and free[k + 1 + quoted]):
            return None
        other = self._uncased_name(k + 1 + quoted, e, after_rank=False)
        if (
            other is None
            or not 2 <= other[1] - other[0] <= 3
            or not all(free[q] and not self.is_stop(q) for q in range(*other))
            or (quoted and (other[1] >= e or self.tok(other[1]) != OPEN_QUOTES[self.tok(k + 1)]))
            or (clause and not self._meeting_clause(other[1] + quoted, e))
        ):
            return None
        return other

    def _meeting_clause(self, j: int, e: int) -> bool:
        """A meeting word follows token j in its clause, within four words ("… در این
        دیدار", "… في اللقاء")."""
        for k in range(j, min(e, j + 4)):
            if self.tok(k) in (",", "،", ".", ":", "؛"):
                return False
            if any(t.value in ("meeting_verb", "meeting_noun") for t in self.cue_cover[k]):
                return True
        return False

    def _bare_mentions(self) -> None:
        """Later mentions by surname or full name alone ("Baqeri said")."""
        lasts: dict[str, set[str]] = {}
        short_firsts: dict[str, set[str]] = {}
        for key, p in self.persons.items():
            for n in p.names:
                toks = n.replace("-", " ").split()
                if toks:
                    lasts.setdefault(self.fx.stem(toks[-1]), set()).add(key)
                # a family name inside a longer name: "Lula" of Luiz Inácio Lula da Silva
                for t in toks[1:-1]:
                    # (not a father's honorific: "Haji" of "bin Haji Mohd Yusof")
                    if len(t) >= 4 and fold(t) not in self.fx.particles | self.fx.hon_words:
                        lasts.setdefault(self.fx.stem(t), set()).add(key)
                # the first word of a longer name: "Prabowo", "Wang" (not a given name
                # such as Mohammad, which starts many names)
                first = fold(toks[0]) if len(toks) >= 2 else ""
                words = n.split()
                if len(first) >= 4 and first not in self.fx.given_names | self.fx.particles:
                    lasts.setdefault(first, set()).add(key)
                elif len(words) == 2 and len(first) >= 2 and "-" in words[1].strip("-"):
                    # the family name before a hyphened given name, as Taiwan and Korea
                    # write them: "Lin" of Lin Chia-lung, "Kim" of Kim Min-seok
                    lasts.setdefault(first, set()).add(key)
                elif len(first) >= 2 and is_pinyin(name_tokens(n)):
                    # a Chinese family name of two or three letters, after an honorific
                    # or a title: "Mr Ma", "Vice Minister Sun"
                    short_firsts.setdefault(first, set()).add(key)
        taken = [c is not None for c in self.covered]
        owners: dict[int, set[str]] = {}  # words of a name after a predecessor noun
        for i, text in enumerate(self.texts):
            if taken[i] or self.hon[i]:
                continue  # (an honorific is no one's name alone: "Haji" of "bin Haji …")
            keys = lasts.get(self.fx.stem(text)) or lasts.get(self.norms[i])
            if (
                not keys
                and self.fx.article_prefixes
                and text[:1] in CONJUNCTION_CLITICS
                and len(text) >= 5
                and not self.is_stop(i)
            ):
                # "and" written on a family name: "وبحث الفراية وشاتزيسافاس …"
                keys = lasts.get(self.fx.stem(text[1:]))
            if not keys and i > 0 and (self.hon[i - 1] or self._entity_at_end(i - 1, ("TITLE",))):
                keys = short_firsts.get(fold(text))
            if not keys or len(keys) != 1:
                continue
            t = self.ent[i]
            if t is not None and t.cat in ("PLACE", "COUNTRY", "ORG") and t.end - t.start > 1:
                continue  # a word of a longer place's name: "La Paz", not President Paz
            if self.lex.cased and not text[:1].isupper():
                continue
            if not self.lex.cased and self.is_stop(i):
                continue  # (without capitals, "على" (on) is no "علي" (Ali), folded alike)
            if i > 0 and (
                self.folds[i - 1] in self.fx.predecessor_nouns
                # (and the rest of his name: "предшественника Батисты Фелиса")
                or owners.get(i - 1) == keys
            ):
                owners[i] = keys
                continue  # "سلف أجيابونغ": Agyapong's predecessor, someone else
            key = next(iter(keys))
            end = i + 1
            p = self.persons.get(key)
            if self.lex.cased and p is not None and all(" " not in n for n in p.names):
                # the full name of one known by his family name only, where no title
                # told it: "arms procurement chief Byeon Jae-hoon held talks …" and later
                # "Byeon, minister of the Defense Acquisition Program Administration"
                rng = self._cased_name(i, self.sents[self.sent_of[i]][1])
                if (
                    rng is not None
                    and rng[0] == i
                    and 2 <= sum(self.tok(k) != "-" for k in range(i, rng[1])) <= 3
                    and not any(taken[k] for k in range(i, rng[1]))
                ):
                    end = rng[1]
                    full = self._span_text(i, end)
                    p.names.append(full)
                    p.name = full
            self._mention(Mention(key, i, end, self.sent_of[i]))

    def _object_of_subjects_verb(self, key: str, s: int) -> bool:
        """The office told at token s is what a verb of meeting right before it takes, and
        ``key`` (named before the verb in the sentence, or a pronoun standing for someone
        told before) is the verb's subject: "He also called on the Minister of Defence"."""
        ss = self.sents[self.sent_of[s]][0]
        verb = next(
            (
                c
                for c in self.cues(max(ss, s - 6), s, "meeting_verb")
                if s - c.end <= 3 and all(not self.covered[q] for q in range(c.end, s))
            ),
            None,
        )
        if verb is None:
            return False
        return bool(self.cues(ss, verb.start, "pronoun")) or any(
            m.person == key and m.end <= verb.start for m in self.by_sent.get(self.sent_of[s], [])
        )

    def _resolve_office_refs(self) -> None:
        """Office titles without a name: a known person, or a person named by office."""
        self.office_only: dict[str, Person] = {}
        # the offices given to someone named elsewhere: (sentence, person)
        self.offices_given: set[tuple[int, str]] = set()
        # officials named without a country serve, most often, the report's own (see
        # extract()); "وزیر دفاع کشورمان" is one of them
        press = (self._agency_country(), self.lex.home_country)  # (a national agency's)
        homes = [
            h
            for h in (*press, self._dateline_country())
            if h
        ]
        for k, p in self.persons.items():
            if any(fold(w) in self.fx.former_words for t in p.titles for w in t.split()):
                self.former.add(k)
        for role, cc, s, e, title in self.office_refs:
            office_key = f"office:{role}:{cc}"  # the key of an office no one is named for
            weak = False  # an office that makes no node of its own
            # its portfolio right after it: "le vice-ministre russe de l'Énergie"
            portfolio_after = self._portfolio_after_ref(e)
            if (
                any(fold(w) in self.fx.former_words for w in title.split())
                or any(
                    self.folds[k] in self.fx.former_words
                    for k in range(max(self.sents[self.sent_of[s]][0], s - 2), s)
                )
                # (after it, where adjectives follow: "الرئيس الإيراني الراحل")
                or (e < len(self.doc) and self.folds[e] in self.fx.former_words)
            ):
                # a past holder's office ("وزیر خارجه وقت گرجستان", "l'ancien chef de la
                # diplomatie française") is no one now
                continue
            if any(self.folds[k] in self.fx.kin_words for k in range(max(0, s - 3), s)):
                continue  # "сын президента Уганды", "والد رئيس الوزراء": a relative's office
            if e < len(self.doc) and self.covered[e] is not None:
                continue  # "أن يلتقي الوزير الشميري": the title of the one named right after
            if s > 0 and self.folds[s - 1] in self.fx.plural_offices:
                continue  # "sejumlah pejabat Kementerian Luar Negeri Jepang": a group
            if any(c.value == "group_ref" for c in self.cue_cover[s]):
                continue  # "دو مقام نظامی", the two officials: the sides, no office
            if s > 0 and self.folds[s - 1] in self.fx.indefinite_words:
                continue  # "the first visit by a Nigerian defence chief": no one in particular
            if any(self.folds[k] in self.fx.level_words for k in range(max(0, s - 3), s)):
                continue  # "kunjungan tingkat menteri", "на уровне министров": a level
            if (
                e + 1 < len(self.texts)
                and self.texts[e] == "-"
                and self.folds[e + 1] in self.fx.level_words
            ):
                continue  # "the next home secretary-level meeting": a level
            # (an office without its country is the report's own: "معاون … وزیر امور خارجه
            # که … به نایروبی سفر کرده است", then "حمید قنبری" alone)
            own = cc or (homes[0] if homes and not self.lex.cased else None)
            own_office = cc is None and own is not None
            own_portfolio = own_office and self._portfolio_after(e)
            # (the countries of the other offices its sentence tells with theirs: "معاون
            # دیپلماسی اقتصادی وزیر امور خارجه و معاون وزیر امور خارجه ارمنستان", the first
            # the report's own, no Armenian's)
            beside = {
                c2
                for _, c2, s2, _, _ in self.office_refs
                if own_office
                and c2 not in (None, own)
                and s2 != s
                and self.sent_of[s2] == self.sent_of[s]
            }
            cands = [
                k
                for k, p in self.persons.items()
                if p.name
                and k not in self.former  # (not a past holder: "وزیر خارجه وقت گرجستان")
                and p.role is not None
                # "российский замминистра": a deputy minister of defence named before (a
                # broader office needs its country: "menteri" alone is anyone's)
                and (
                    p.role == role
                    or (cc is not None and role in broader_roles(p.role))
                    or (cc is not None and role in self.offices.get(k, ()))
                )
                # (a person without a country serves the first home: see extract())
                and (cc is None or p.country == cc or (p.country is None and cc in homes[:1]))
                # (an office of the report's own country with a portfolio of its own is
                # no foreigner's: "وزیر امور اقتصادی و دارایی" beside Qatar's minister)
                and not (own_portfolio and p.country not in (None, own))
                and p.country not in beside
                # (India's "Defence Secretary" is no "Raksha Mantri", its minister)
                and not _secretary_not_minister(p, p.country or cc, [title])
            ]
            if len(cands) != 1:
                # an office told again by the first words of one person's title: "وزیر
                # علوم" after "X وزیر علوم، تحقیقات و فناوری", beside another minister (its
                # words written short or in full: "замминистра" after "Заместитель министра
                # иностранных дел России X")
                words = self._spelt_title_words(title)
                titled = [
                    k
                    for k, p in self.persons.items()
                    if p.name
                    and k not in self.former
                    and (cc is None or p.country in (None, cc))
                    and any(
                        (tw := self._spelt_title_words(pt))[: len(words)] == words
                        and len(tw) > len(words)
                        for pt in p.titles
                    )
                ]
                if len(words) >= 2 and len(titled) == 1:
                    cands = titled
            if not cands and cc is not None and not self.lex.cased:
                # … or by its words in order, the same head first, one of that country's
                # titles (scripts without capitals): "رئیس ستاد ارتش جیبوتی" for "X رئیس ستاد
                # کل ارتش جیبوتی"
                words = fold(title).split()
                spelled = [
                    k
                    for k, p in self.persons.items()
                    if p.name
                    and k not in self.former
                    and p.country == cc
                    and _titles_in_order(p, words)
                ]
                if len(words) >= 3 and len(spelled) == 1:
                    cands = spelled
            if not cands and cc is not None and related_roles(role):
                # "رئيس الأركان العامة التركي" beside "رئيس الأركان العامة للقوات المسلحة
                # التركية" named: one post under two titles
                same = [
                    k
                    for k, p in self.persons.items()
                    if p.name and p.country == cc and p.role in related_roles(role)
                ]
                cands = same if len(same) == 1 else []
            if (
                not cands
                and cc is not None
                and role in HEADLINE_STAND_INS
                and self._in_title_line(s)
            ):
                # a headline's (or a title line's, in any script: "فرمانده ارتش استونی")
                # short office for the one person of that country the body
                # names (holding one of the offices it may stand for): "… провел
                # консультации с представителем МИД Бахрейна", "Somali Army Chief holds talks
                # …" above "The Chief of Defence Forces of the Somali National Army, General X"
                post = HEADLINE_STAND_INS[role]
                held = {post, *related_roles(post)} if post else None
                same = [
                    k
                    for k, p in self.persons.items()
                    if p.name and p.country == cc and (held is None or p.role in held)
                ]
                cands = same if len(same) == 1 else []
            if not cands and role in GENERIC_ROLES:
                # "the Iranian official", "الوزير الباكستاني": the one named person of
                # that country, if there is exactly one
                same = [
                    k
                    for k, p in self.persons.items()
                    if p.name
                    and cc
                    and p.country == cc
                    # (the French minister is no French ambassador)
                    and not (p.role in _ENVOYS and role not in (*_ENVOYS, "official"))
                ]
                if (
                    not same
                    and cc
                    and e - s <= 3  # (the office and its country's adjective alone)
                    # (not when an office of that country was told without a name: "الوزيرة
                    # الفرنسية" again after "وزيرة القوات المسلحة الفرنسية"; nor when someone
                    # of that country is named, "the Ghanaian minister" being his)
                    and not any(o.country == cc for o in self.office_only.values())
                    and not any(p.country == cc for p in self.persons.values())
                ):
                    # … or the one holder of such an office whose country is not told yet:
                    # "le ministre des Mines, le colonel-major X", then "le ministre nigérien"
                    loose = [
                        k
                        for k, p in self.persons.items()
                        if p.name
                        and p.country is None
                        and k not in self.former
                        and (p.role == role or role in broader_roles(p.role or ""))
                        # (named before, not beside it: "استقبل وزير الدفاع الوطني X …،
                        # الوزيرة الفرنسية المنتدبة" is someone else)
                        and not any(
                            m.person == k and m.sent == self.sent_of[s] for m in self.mentions
                        )
                    ]
                    if len(loose) == 1:
                        self.persons[loose[0]].country = cc
                        same = loose
                if len(same) == 1:
                    self._mention(Mention(same[0], s, e, self.sent_of[s]))
                told = self.office_only.get(office_key)
                if (
                    not same
                    and told is None
                    and cc is None
                    and e - s == 1
                    and not self._portfolio_after(e)
                    # (not an office's superior: "directeur de cabinet adjoint du ministre",
                    # "ministre délégué auprès du ministre")
                    and not any(
                        ((t := self.ent[k]) is not None and t.cat in ("TITLE", "RANK"))
                        or (k >= s - 2 and self.folds[k] in self.fx.office_continues)
                        for k in range(max(0, s - 4), s)
                        if self.sent_of[k] == self.sent_of[s]
                    )
                ):
                    # a bare "Le ministre", "the minister" again: the one named person
                    # of the article holding a minister's office of some kind
                    kinds = [
                        k
                        for k, p in self.persons.items()
                        if p.name
                        and k not in self.former
                        and (p.role == role or role in broader_roles(p.role or ""))
                        # (told again, not before its holder is named, but in a headline:
                        # "… a Defense Ministry official traveling with the minister said",
                        # then "Defence Secretary X" at the end is not meant)
                        and (
                            self._in_title_line(s)
                            or any(m.person == k and m.start < s for m in self.mentions)
                        )
                    ]
                    if len(kinds) == 1:
                        self._mention(Mention(kinds[0], s, e, self.sent_of[s]))
                        continue
                if not same and told is not None:
                    # "الوزيرة الفرنسية" again, after the office told in full
                    self._mention(Mention(told.key, s, e, self.sent_of[s]))
                    continue
                unnamed = [o for o in self.office_only.values() if cc and o.country == cc]
                if (
                    not same
                    and told is None
                    and role == "official"
                    and len(unnamed) == 1
                    and not self._portfolio_words(s, e)
                ):
                    # "این مقام آمریکایی" (this American official) after "فرستاده ویژه
                    # آمریکا": the one office of that country told without a name
                    self._mention(Mention(unnamed[0].key, s, e, self.sent_of[s]))
                    continue
                # … and an office with its portfolio and country is someone of its own
                # ("وزیر انرژی و معادن الجزایر"), when no one of that country is named, and
                # so is one named by its superior ("الوزيرة الفرنسية المنتدبة لدى وزيرة …")
                if (
                    same
                    or (cc is None and not own_office)
                    or not (
                        cc is None
                        or self._portfolio_words(s, e)
                        or any(self._superior_at(k) for k in range(s + 1, e))
                        # or a long office the lexicon lists ("رئیس شورای راهبردی روابط
                        # خارجی"): one post, not "the Iranian official"
                        or self._long_listed_title(s)
                        # or a post of one body named in it: "دبیرکل وزارت امور خارجه
                        # استونی", a ministry's secretary general
                        or self._post_of_body(s, e)
                        # or a listed office of many holders with its portfolio ("معاون
                        # وزیر صنعت، معدن و تجارت"): someone named may hold it, but it
                        # makes no node of its own (two unnamed ministers of a country
                        # would be one)
                        or (weak := self._title_portfolio(s, e))
                        # or its portfolio right after it: "le vice-ministre russe de
                        # l'Énergie" (one post, though no lexicon lists it)
                        or portfolio_after
                    )
                ):
                    continue
            if not cands and cc is not None:
                # "his Belarusian counterpart X … the Belarusian defence chief": the one
                # person of that country whose office is not known yet
                cands = [
                    k
                    for k, p in self.persons.items()
                    if p.name
                    # (or the one named without a title or country, of the report's own
                    # country: "معاون امور بین‌الملل وزیر جهاد کشاورزی … با X", then
                    # "محسن رنجبرزاده در این گفتگو")
                    and (
                        p.country == cc
                        or (
                            p.country is None
                            and not p.titles
                            and not self.lex.cased
                            and role in GENERIC_ROLES  # (one of many: a president is titled)
                            and cc in press
                        )
                    )
                    # (a general office of its kind: a "minister" is no prime minister)
                    and (p.role in (None, "official") or p.role in broader_roles(role))
                    # (nor one whose office a title of its own says: "Sekretaris Utama …
                    # Kenya X", then "Duta Besar Kenya … juga hadir"; "Menteri Pertanian
                    # Tanzania X", then "Menteri Luar Negeri Tanzania")
                    and not (p.role == "official" and self._office_told(p))
                    # (nor one whose title names a post of its own, for an office of a
                    # kind: "Argentina's Secretary of Strategy and Military Affairs X",
                    # then "Argentina's Defence Minister")
                    and not (
                        p.role == "official"
                        and role not in GENERIC_ROLES
                        and any(len(t.split()) >= 3 for t in p.titles)
                    )
                    and not self._other_office(p, title)
                    # (nor is one titled otherwise an envoy: "Argentina's Secretary of
                    # International Affairs for Defense X", then "The Argentine ambassador …
                    # also attended")
                    and not (role in ENVOY_ROLES and p.titles and p.role not in ENVOY_ROLES)
                    # (nor a counterpart of another office: "son homologue albanais X" of
                    # the defence minister is no "chef d'état-major des forces armées
                    # albanaises")
                    and not (
                        k in self.counterparts
                        and (offices := self._counterpart_offices(k))
                        and role not in offices
                    )
                ]
                if len(cands) == 1:
                    p = self.persons[cands[0]]
                    p.role = role
                    if title not in p.titles:
                        p.titles.append(title)
                else:
                    cands = []
            if len(cands) > 1 and cc is None:
                # "رئیس‌جمهور" beside two presidents: the one of the agency's (or the
                # language's) country; a reporter abroad files from the host's city
                # (one named without a country serves the language's own: "امیر سرتیپ X معاون
                # وزیر دفاع و پشتیبانی نیروهای مسلح" beside Uzbekistan's and Bolivia's deputies)
                for n, h in enumerate(homes):
                    mine = [
                        k
                        for k in cands
                        if self.persons[k].country == h
                        or (
                            n == 0
                            and h == self.lex.home_country
                            and role not in GENERIC_ROLES  # (not "Kedua menteri", two)
                            and self.persons[k].country is None
                        )
                    ]
                    if len(mine) == 1:
                        cands = mine
                        break
            if len(cands) == 1:
                self.persons[cands[0]].country = self.persons[cands[0]].country or cc
                self._mention(Mention(cands[0], s, e, self.sent_of[s]))
                self.offices_given.add((self.sent_of[s], cands[0]))
                continue
            if cands or own is None:
                continue
            # (not an office said absent: "Neither Chile's Defense minister nor her
            # Argentine peer attended the ceremony")
            negated = bool(self.cues(self.sents[self.sent_of[s]][0], s, "negation"))
            near = None if negated else self._nearby_compatible(
                role, own, self.sent_of[s], homes[:1], own=cc is None or cc in homes[:1]
            )
            if near is not None and self._object_of_subjects_verb(near, s):
                # (nor the one who meets it: "He also called on the Jordanian Minister of
                # Defence", "He" being a general told before)
                near = None
            if near is not None and near in self.counterparts:
                # (someone's counterpart holds the office his counterpart holds, no other
                # told near: "his Burundian counterpart Gen X …, according to a statement
                # from the Burundian army spokesperson"; "son homologue tadjik Sodiq Imomi",
                # then "la visite d'État du président tadjik")
                near = None
            if near is not None and _secretary_not_minister(
                self.persons[near], self.persons[near].country or cc or own, [title]
            ):
                near = None  # (India's "Defence Secretary" X, then "the Raksha Mantri")
            if near is not None and self._named_as_predecessor(near):
                near = None  # ("وكان سلف تيوي، الجنرال X، قد زار …": Thioye's office was his)
            if near is not None and self._also_present(s):
                near = None  # ("… ترکمنستان نیز در این نشست حضور داشت": someone besides)
            if near is not None:
                p = self.persons[near]
                p.role = role if p.role in (None, *GENERIC_ROLES) else p.role
                p.country = p.country or cc
                if title not in p.titles:
                    p.titles.append(title)
                self._mention(Mention(near, s, e, self.sent_of[s]))
                self.offices_given.add((self.sent_of[s], near))
                continue
            if cc is None:
                # an office of the report's own country, written without it (scripts
                # without capitals: "وزیر امور اقتصادی و دارایی … با وزیر مشاور … قطر
                # دیدار کرد") is someone of its own when it is more than a bare "minister"
                # (not when someone named in the article may hold it: "معاون اول رئیس
                # جمهور …", then "محمد مخبر" alone)
                # (or a long office of its own: "معاون علمی، فناوری و اقتصاد دانش‌بنیان
                # رئیس‌جمهور", the president's deputy for science)
                described = e - s >= 4 and (
                    role not in GENERIC_ROLES
                    or self._portfolio_words(s, e)
                    or self._title_portfolio(s, e)
                )
                # (an office of many holders is told of someone named, or of no one)
                weak = weak or (described and role in GENERIC_ROLES and not own_portfolio)
                if not (own_portfolio or described):
                    continue
                holders = [
                    k for k, p in self.persons.items() if p.name and p.country in (None, own)
                ]
                untitled = [
                    k
                    for k in holders
                    if self.persons[k].role is None and not self.persons[k].titles
                ]
                if (
                    described
                    and len(untitled) == 1 == len(holders)
                    # (the agency's or the language's country, not a bureau's date line:
                    # "القاهرة - بوابة الوسط" is a Libyan outlet in Cairo)
                    and own in press
                ):
                    # the one person of its country the article names without a title
                    # holds it: "معاون علمی … رئیس‌جمهور … با X", then "حسین افشین در این
                    # گفت‌وگو"
                    p = self.persons[untitled[0]]
                    p.role, p.country = role, own
                    p.titles.append(title)
                    self._mention(Mention(untitled[0], s, e, self.sent_of[s]))
                    continue
                if holders:
                    continue
                cc, office_key = own, f"office:{role}:{own}"
            if weak:
                continue
            if portfolio_after:
                # (its portfolio is part of its title: "vice-ministre russe de l'Énergie")
                title = self._span_text(s, self._portfolio_ref_end(e))
            p = self.office_only.get(office_key) or next(
                # (one post under two titles: "رئيس أركان الجيوش التشادية" in the headline,
                # "رئيس الأركان العامة للجيوش التشادية" in the body)
                (
                    o
                    for o in self.office_only.values()
                    if cc is not None
                    and o.country == cc
                    and (o.role == role or o.role in related_roles(role))
                ),
                None,
            )
            if p is None:
                p = Person(key=office_key, name=None, role=role, country=cc)
                self.office_only[office_key] = p
            elif p.role != role and len(title) > max(map(len, p.titles), default=0):
                p.role = role  # (the fuller title says more: the body's, not the headline's)
            office_key = p.key
            if title not in p.titles:
                p.titles.append(title)
            self._mention(Mention(office_key, s, e, self.sent_of[s]))

    def _portfolio_after(self, e: int) -> bool:
        """An office's portfolio goes on right after its title, at e: a word of offices,
        then another word (scripts without capitals: "وزیر امور اقتصادی و دارایی")."""
        return (
            not self.lex.cased
            and e + 1 < len(self.doc)
            and self.ent[e] is None
            and not self.cue_cover[e]
            and self.folds[e] in self.fx.title_words
            and self.ent[e + 1] is None
            and (self._plain(e + 1) or self.folds[e + 1] in self.fx.title_words)
        )

    def _portfolio_words(self, s: int, e: int) -> bool:
        """Tokens s..e, an office title, hold plain words besides its title and country
        words: a portfolio ("وزیر انرژی و معادن الجزایر", not "الوزير الجزائري")."""
        return any(
            self.ent[k] is None
            and self._plain(k)
            and not self.cue_cover[k]
            for k in range(s, e)
        )

    def _portfolio_after_ref(self, e: int) -> bool:
        """Cased scripts: an office told without a name goes on at e with its portfolio,
        "de l'Énergie", "of Trade", "по энергетике": a word of offices ("de", "of"), an
        article, then a capitalised word of no entity."""
        if not self.lex.cased or e >= len(self.doc):
            return False
        if self.folds[e] not in self.fx.office_continues:
            return False
        k = e + 1
        # (past articles; a capitalised common word is the portfolio: "du Commerce
        # extérieur")
        # (an article is short; a longer function word is no part of an office: "the
        # Minister of Defense of Mongolia and visited the Five Hills …")
        while (
            k < min(len(self.doc), e + 3)
            and self.is_stop(k)
            and not self.texts[k][:1].isupper()
            and len(self.texts[k]) <= 3
        ):
            k += 1
        return (
            k < len(self.doc)
            and self.ent[k] is None
            and self.alpha[k]
            and self.texts[k][:1].isupper()
            and not self.cue_cover[k]
            and self.sent_of[k] == self.sent_of[e]
        )

    def _portfolio_ref_end(self, e: int) -> int:
        """The end of the portfolio that goes on at e (see _portfolio_after_ref): words of
        offices, articles and capitalised words, up to any other word or punctuation."""
        k, last = e, e
        while k < len(self.doc) and k - e < 12 and self.ent[k] is None:
            if self.texts[k][:1].isupper() and self.alpha[k]:
                last = k + 1
            elif last == k and self.alpha[k] and not self.is_stop(k) and not self.cue_cover[k]:
                last = k + 1  # its adjective: "de la Transition verte"
            elif not (self.is_stop(k) or self.folds[k] in self.fx.office_continues):
                break
            k += 1
        return last

    def _title_portfolio(self, s: int, e: int) -> bool:
        """Tokens s..e, an office title, are a lexicon title with its portfolio ("معاون وزیر
        صنعت، معدن و تجارت": "صنعت" is no title alone)."""
        return any(
            (t := self.ent[k]) is not None
            and t.cat == "TITLE"
            and t.end - t.start >= 2
            and self.alpha[k]
            and not self.is_stop(k)
            and self.folds[k] not in self.fx.title_roles
            for k in range(s, e)
        )

    def _spelt_title_words(self, title: str) -> list[str]:
        """A title's folded words, those written short spelt out (``title_abbreviations``)."""
        short = self.fx.title_abbreviations
        return [x for w in fold(title).split() for x in short.get(w, w).split()]

    def _also_present(self, i: int) -> bool:
        """The sentence of token i tells, after it, that someone was "also" there: a cue of
        presence after i, an "also" word between ("نیز در این نشست حضور داشت")."""
        e = self.sents[self.sent_of[i]][1]
        return any(
            any(self.folds[k] in ALSO_WORDS for k in range(i, c.end))
            for c in self.cues(i, e, "presence")
        )

    def _nearby_compatible(
        self, role: str, cc: str, si: int, home: list[str], *, own: bool = False
    ) -> str | None:
        """The named person an office title most likely stands for: the subject of the
        nearest earlier sentence naming someone, else the first one named after it,
        when role and country do not contradict (a titled person without a country
        serves the report's ``home``, see extract())."""

        def ok(key: str) -> bool:
            p = self.persons[key]
            country = p.country or (home[0] if home and p.titles else None)
            return (
                country in (None, cc)
                and p.role in (None, role)
                and key not in self.former
                # (an officer of rank is no envoy: "الأدميرال X …" then "السفير الروسي")
                and not (p.ranks and role in _ENVOYS)
            )

        # a person named in the same sentence: the title would have attached to the name,
        # so the office is someone else's, unknown; but the report's ``own`` office (named
        # without its country) beside a person who cannot hold it is the other side's
        # host or guest: "معاون … وزیر امور خارجه … با «موسالیا موداوادی» نخست‌وزیر
        # کابینه … کنیا دیدار کرد"
        # (not one given an office told before in the sentence: "… X … با … Y دیدار", two
        # offices, then the two names)
        here = [
            m.person
            for m in self.by_sent.get(si, [])
            if m.person in self.persons and (si, m.person) not in self.offices_given
        ]
        if here and (not own or any(ok(k) for k in here)):
            # (but the next sentence may open with the office's bare title and the name: "X
            # принял посла Казахстана. Посол Серик Жумабаев передал …")
            nxt = si + 1  # (the next sentence of words, past blank lines)
            while nxt < len(self.sents) and not any(self.alpha[k] for k in range(*self.sents[nxt])):
                nxt += 1
            again = sorted(self.by_sent.get(nxt, []), key=lambda m: m.start)[:1]
            if (
                not own
                and again
                and (k := again[0].person) in self.persons
                and k not in here
                and k not in self.former
                and self.persons[k].country is None
                and (
                    self.persons[k].role == role
                    # (or one named there without any title, rank or country, for the first
                    # time: "قائم‌مقام وزیر دفاع ملی لهستان … با سپهبد X دیدار کرد. به گزارش
                    # ایرنا …، بارتوش ویلگوماس که در راس هیاتی …")
                    or (
                        self.persons[k].role is None
                        and not self.persons[k].titles
                        and not self.persons[k].ranks
                        and not any(m.person == k and m.sent <= si for m in self.mentions)
                    )
                )
            ):
                return k
            return None

        # (an office told again in the title line, "وزیر بازرگانی پاکستان", names no one)
        title_line = self._title_line()
        by_sent = {
            sj: named
            for sj, ms in self.by_sent.items()
            if (
                named := [
                    m
                    for m in ms
                    if m.person in self.persons
                    and not (
                        self._entity_at(m.start, ("TITLE",))
                        and self._sent_span(sj) == title_line
                    )
                ]
            )
        }
        for sj in sorted((x for x in by_sent if x < si), reverse=True)[:1]:
            first = min(by_sent[sj], key=lambda m: m.start)
            if ok(first.person):
                return first.person
            # (an office of another country than the report's goes past one who holds an
            # office of their own, to the one named after it, below)
            if own or not self.persons[first.person].titles:
                return None
        # the first named after it, past (for an office of another country than the
        # report's) the ones who hold an office of their own: "معاون اول وزیر امور خارجه
        # ازبکستان … با معاون اول وزیر امور خارجه جمهوری چک دیدار", then "X و Y در این
        # دیدار", X being the first office's
        for sj in sorted(x for x in by_sent if x > si)[:1]:
            for m in sorted(by_sent[sj], key=lambda m: m.start):
                if ok(m.person) and not any(
                    # (not one named before it, who took no office there: "X … با Y دیدار
                    # کرد", then "… از سوی وزیر امور خارجه ارمنستان به حضور پذیرفته شد",
                    # then "X پیش از این …")
                    n.person == m.person and n.sent < si
                    for n in self.mentions
                ):
                    return m.person
                if own or not self.persons[m.person].titles:
                    return None
        return None

    # ----------------------------------------------------------------- events
    def _sentence_persons(self, si: int) -> list[str]:
        seen: list[str] = []
        for m in sorted(self.by_sent.get(si, []), key=lambda m: m.start):
            if m.person not in seen:
                seen.append(m.person)
        return seen

    def _arrival_after_talks(self, i: int, s: int, e: int) -> bool:
        """The date at token i is an arrival's told after the talks or the signing of its
        sentence: "The two commanders held talks in Bujumbura, where Gen X had arrived on
        Monday", "The document was signed by X and Y, who arrived in Tashkent on Monday"."""
        arrivals = self._arrivals_before(i, s, e)
        if not arrivals:
            return False  # (most dates: no arrival told right before them)
        talks = self._first_meeting_cue(s, i)
        signed = [c.start for c in self.cues(s, i, "signed")]
        return any(
            t is not None and t < a for t in (talks, min(signed, default=None)) for a in arrivals
        )

    def _countries_of(self, keys: list[str]) -> set[str | None]:
        """The countries the people ``keys`` serve (None for one of no country told)."""
        return {
            p.country if (p := self.persons.get(k) or self.office_only.get(k)) else None
            for k in keys
        }

    def _arrivals_before(self, i: int, s: int, e: int) -> list[int]:
        """The starts of the arrival cues of tokens s..e that end at most four words before
        token i ("arrived in Kathmandu on Tuesday")."""
        return [c.start for c in self.cues(s, e, "arrival") if c.end <= i <= c.end + 4]

    def _arrival_days_only(self, s: int, e: int) -> bool:
        """Tokens s..e name days, each right after an arrival's cue ("who arrived in
        Kathmandu on Tuesday")."""
        days = [
            i
            for i in range(s, e)
            if (d := self.date_tok[i]) is not None and self.dates[d].date.precision == "day"
        ]
        return bool(days) and all(self._arrivals_before(i, s, e) for i in days)

    def _arrival_clause(self, i: int, s: int, e: int) -> bool:
        """The date at token i is in a relative clause on the subject that tells his
        arrival in a perfect tense, closed by a comma before the meeting: "X که روز دوشنبه
        … وارد عشق‌آباد شده است، در دیدار با Y …" (he had come on Monday; the talks are
        another day's)."""
        words = self.fx.earlier_leg
        if not words:
            return False
        k = i - 1
        while k > s and self.tok(k) not in (",", "،") and self.folds[k] != words[0]:
            k -= 1
        if self.folds[k] != words[0]:
            return False
        comma = next((q for q in range(i + 1, e) if self.tok(q) in (",", "،")), None)
        if comma is None or not any(i < c.start < comma for c in self.cues(s, e, "arrival")):
            return False
        if self.folds[comma - 1] not in words[1:]:
            return False  # (a simple past goes on the same day: "که امروز وارد اسلام‌آباد شد، با …")
        return self._first_meeting_cue(comma, e) is not None

    def _future_in_clause(self, c: Tag, s: int, e: int) -> bool:
        """A future or plan marker in the clause of cue ``c`` (between the commas around
        it): "Khang will travel to Jakarta on Thursday for talks with X"."""
        before = self._comma_before(c.start, s)
        lo = s if before is None else before + 1
        hi = next((q for q in range(c.end, e) if self.tok(q) in (",", "،")), e)
        return bool(self.cues(lo, hi, "future") or self.cues(lo, hi, "planned"))

    def _past_day_near(self, c: Tag, s: int, e: int) -> bool:
        """A day not after the report's is told next to cue ``c``, in its clause (four tokens
        before it, three after): "après des entretiens mercredi", "провел в среду в Софии
        переговоры"."""
        lo, hi = c.start, c.end
        while lo > max(s, c.start - 4) and not _is_punct(self.tok(lo - 1)):
            lo -= 1
        while hi < min(e, c.end + 3) and not _is_punct(self.tok(hi)):
            hi += 1
        for q in range(lo, hi):
            di = self.date_tok[q]
            if di is not None:
                d = self.dates[di].date
                if d.precision == "day" and not self._after_publication(d):
                    return True
        return False

    def _arrived_today_alone(self, i: int, s: int, e: int) -> bool:
        """The date at token i is the report's own day, told by a word ("صباح اليوم", this
        morning), and no other date is in s..e: a guest who arrived that day was received
        that day ("استقبل … X على رأس وفد عسكري وصل صباح اليوم إلى بيروت")."""
        di = self.date_tok[i]
        return (
            di is not None
            and self.dates[di].relative
            and self.dates[di].date == self.article.published
            and all(self.date_tok[k] in (None, di) for k in range(s, e))
        )

    def _date_in(
        self,
        s: int,
        e: int,
        *,
        dateline: bool = True,
        quoted: bool = True,
        reports: bool = True,
    ) -> PartialDate | None:
        """The most precise date of the sentence; the date line's own ("CAIRO, May 14
        (Reuters) - … on Saturday") only when there is no other (never without
        ``dateline``); one in quoted words only with ``quoted``; the day an outlet quoted
        reported ("Dilansir kantor berita BSS, Senin (28/4/2025)") only with ``reports``
        and no other day in the sentence."""
        best = None
        lo, hi = self._dateline_span()
        # "said in a statement today that … met earlier this week": today is the telling
        vague = bool(self.cues(s, e, "vague_past"))
        others = not dateline or any(
            self.date_tok[i] is not None and not lo <= i < hi for i in range(s, e)
        )
        for i in range(s, e):
            di = self.date_tok[i]
            if di is None or (others and lo <= i < hi) or self._on_date_line(i):
                continue
            if any(c.value == "same_day" for c in self.cue_cover[i]):
                continue  # "اليوم" of "اليوم نفسه" (the same day) is not today
            if not quoted and self._in_quotes(i, s):
                continue  # «لن تكون بعد اليوم مصدر خلاف» (from today on, he said)
            if self._since_before(i, s):
                continue  # "since taking office last month": a state began then
            if self._told_before(i, s):
                continue  # "keterangan yang diterima di Jakarta, Rabu": the statement's day
            if self._quoted_from_before(i, s) and (not reports or any(
                (dk := self.date_tok[k]) is not None
                and dk != di
                and self.dates[dk].date.precision == "day"
                and not self._quoted_from_before(k, s)
                for k in range(s, e)
            )):
                # "Dilansir kantor berita UEA, WAM, Rabu (8/10/2025), pertemuan itu
                # berlangsung … pada Selasa (7/10)": the day of the report quoted, beside the
                # meeting's own (alone, it is the best the text gives)
                continue
            if self._span_end(i, s):
                continue  # "du 19 au 21 juin": a stay's last day, not a meeting's
            if self._weekday_city(i):
                continue  # "دوشنبه- ایرنا-": Dushanbe filing, not Monday
            if (
                self._arrival_after_talks(i, s, e) or self._arrival_clause(i, s, e)
            ) and not self._arrived_today_alone(i, s, e):
                continue  # "held talks in Bujumbura, where X had arrived on Monday"
            if (
                self._arrivals_before(i, s, e)
                and self._first_meeting_cue(s, e) is not None
                and any(
                    (dk := self.date_tok[k]) is not None
                    and dk != di
                    and self.dates[dk].date.precision == "day"
                    and not self._arrivals_before(k, s, e)
                    for k in range(s, e)
                )
            ):
                # "X, who arrived in Kathmandu on Monday …, held talks with Y … on Tuesday":
                # the arrival's day beside the talks'
                continue
            d = self.dates[di].date
            if d.precision == "year":
                continue
            if d.precision == "month" and self._topic_clause_date(i, s):
                continue  # "обсудили работу группы, созданной … в январе 2024 года"
            if vague and self.dates[di].relative and (
                d == self.article.published or d.precision == "month"
            ):
                continue  # nor is the month of "earlier this week" a date the report gives
            if best is None or (d.precision == "day" and best.precision != "day"):
                best = d
            elif (
                d.precision == best.precision == "day"
                and best.calendar != "gregorian"
                and d.calendar == "gregorian"
                and not self.dates[di].relative
            ):
                # the Gregorian day given beside a lunar one ("11 محرم 1447 هـ الموافق 6
                # يوليو 2025 م"): arithmetic conversion can be a day off the sighted month
                best = d
        return best

    def _in_quotes(self, i: int, s: int) -> bool:
        """Token i lies between quotation marks opened after token s, or in a quotation its
        sentence carries over from the one before: no mark before it in its sentence and a
        closing one after it ("… Twenty years on, the force needs rules that match today's
        missions," X said after the talks)."""
        closing: str | None = None
        for k in range(s, i):
            tk = self.tok(k)
            if closing is not None and tk == closing:
                closing = None
            elif closing is None and tk in OPEN_QUOTES:
                closing = OPEN_QUOTES[tk]
        if closing is not None:
            return True
        # (read in the text: a mark may be glued to its word, «اليونيفيل".»; a straight one
        # closes when glued to the word before it, "missions,\" X said")
        start, end = self.sents[self.sent_of[i]]
        text = _text_of(self.doc)
        if any(c in QUOTE_MARKS for c in text[self.doc[start].idx : self.doc[i].idx]):
            return False
        a = self.doc[i].idx
        for q in range(a, self.doc[end - 1].idx + len(self.doc[end - 1])):
            c = text[q]
            if c in CLOSE_QUOTES or (c == '"' and q > 0 and not text[q - 1].isspace()):
                return True
            if c in OPEN_QUOTES:
                return False
        return False

    def _since_before(self, i: int, s: int) -> bool:
        """A ``since`` cue ends at most three words before token i, with no punctuation
        between: the date at i is when a state began, not the day of an event. (A month
        named twice counts once: "منذ توليها منصبها في مارس/ آذار الماضي".)"""
        di = self.date_tok[i]
        while i > s and di is not None and self.date_tok[i - 1] == di:
            i -= 1  # (from the date's first word)
        if any(c.value == "since" and c.start == i for c in self.cue_cover[i]):
            return not self._when_after(i)  # (the date read with its "since": "sejak Selasa")
        k, words = i - 1, 0
        while k >= s and words < 4:
            if any(c.value == "since" and c.end == k + 1 for c in self.cue_cover[k]):
                # (but a day a clause after it tells: "the first visit since June 12, 2024,
                # when his predecessor hosted …")
                return not self._when_after(i)
            if self.tok(k) == "/" and k > s and self.date_tok[k - 1] is None:
                k -= 2  # (the month's other name)
                continue
            if _is_punct(self.tok(k)):
                return False
            k, words = k - 1, words + 1
        return False

    def _topic_clause_date(self, i: int, s: int) -> bool:
        """The month at token i lies in a clause after what was discussed, set off by a
        comma: the time of the topic, not of the talks ("стороны обсудили … работу группы,
        созданной … в январе 2024 года")."""
        told = [c.end for c in self.cues(s, i, "discussed")]
        if not told:
            return False
        breaks = [k for k in range(min(told), i) if self.tok(k) in CLAUSE_BREAKS]
        # (but an agreement's signing told there is dated by it: "membahas …, sesuai
        # perjanjian FIR yang diteken … pada Januari lalu")
        if not breaks or self.cues(breaks[0], i, "agreement") or self.cues(breaks[0], i, "signed"):
            return False
        # (nor is a meeting the clause tells: "договоренностей, достигнутых в декабре … в
        # Минске, когда X провел консультации с Y")
        end = self.sents[self.sent_of[i]][1]
        return not any(self.cues(breaks[0], end, c) for c in ("meeting_verb", "meeting_noun"))

    def _when_after(self, i: int) -> bool:
        """The date starting at token i is followed by a comma and a ``when`` cue: the day
        of what the clause after it tells."""
        di, k = self.date_tok[i], i
        while k < len(self.doc) and di is not None and self.date_tok[k] == di:
            k += 1
        k = k + 1 if k < len(self.doc) and self.tok(k) in (",", "،") else k
        return k < len(self.doc) and any(
            c.value == "when" and c.start == k for c in self.cue_cover[k]
        )

    def _weekday_city(self, i: int) -> bool:
        """A weekday alone at the head of a line, before the dash of a date line, is the
        city the report is filed from (Persian "دوشنبه" is Monday and Dushanbe). So is one
        of the ``weekday_cities``, its country named in the report, where a place or a
        subject is: after a preposition of place, a colon, a comma or another city and
        "and" ("گفت: دوشنبه آماده است …", "در دوشنبه", "تهران و دوشنبه"), not a day's "روز
        دوشنبه" or "(دوشنبه)"."""
        di = self.date_tok[i]
        if di is None or not self.dates[di].relative or self.dates[di].weekday is None:
            return False
        country = self.fx.weekday_cities.get(self.folds[i])
        if (
            country is not None
            and country in self._countries_named
            and self.tok(i) == self.dates[di].text
            and (
                i == 0
                or self.tok(i - 1) in (":", "،", ",", "«")
                or self.has_cue(i - 1, "location_prep")
                # (the goal of a journey: "به دوشنبه سفر خواهد کرد", "وارد دوشنبه شد")
                or self.folds[i - 1] == "وارد"
                or (
                    self.folds[i - 1] == "به"
                    and i + 1 < len(self.folds)
                    and self.folds[i + 1] in ("سفر", "عزیمت", "رفت", "می‌رود", "برود")
                )
                # (or after another city and "and": "همکاری تهران و دوشنبه")
                or (
                    i > 1
                    and self.folds[i - 1] == "و"
                    and (t := self.ent[i - 2]) is not None
                    and t.cat == "PLACE"
                )
            )
        ):
            return True
        if _text_of(self.doc)[_line_of(self.doc, i)[0] : self.doc[i].idx].strip():
            return False
        nxt = i + 1
        return self.texts[i].endswith("-") or (
            nxt < len(self.texts) and self.texts[nxt] in ("-", "–", "—")
        )

    def _span_end(self, i: int, s: int) -> bool:
        """The date at token i closes a span of days: a day's number and a range word right
        before it ("du 19 au 21 juin", "from 19 to 21 June")."""
        if self.date_tok[i] is None:
            return False
        i = self._date_start(i, s)
        return (
            i - 2 >= s
            and self.folds[i - 1] in self.fx.range_words
            and self.texts[i - 2].isdigit()
            and self.date_tok[i - 2] is None
        )

    def _date_start(self, i: int, s: int) -> int:
        """The first token (not before s) of the date expression token i is part of."""
        di = self.date_tok[i]
        while di is not None and i > s and self.date_tok[i - 1] == di:
            i -= 1
        return i

    def _quoted_from_before(self, i: int, s: int) -> bool:
        """The date at token i follows a comma after a ``quoted_from`` cue ("Dilansir") and
        the words naming an outlet (capitalised words, a few lower-case ones, commas):
        "Dilansir kantor berita UEA, WAM, Rabu (8/10/2025)"."""
        k = self._date_start(i, s)
        if k <= s or self.tok(k - 1) != ",":
            return False
        return self._cue_over_words(k - 2, s, "quoted_from", (",", "(", ")"))

    def _told_before(self, i: int, s: int) -> bool:
        """A ``told`` cue ends right before token i, or before a place and a comma: the date
        at i is the day a statement reached the newsroom ("… yang diterima di Jakarta,
        Rabu"), not the day of an event."""
        i = self._date_start(i, s)  # (from the date's first token: "Rabu (20/11/2024)")
        k = i - 1
        if k >= s and self.tok(k) == ",":
            k -= 1
        if k >= s and (t := self.ent[k]) is not None and t.cat in ("PLACE", "COUNTRY"):
            k = t.start - 1
        if k < s:
            return False
        if any(c.value in ("told", "statement") and c.end == k + 1 for c in self.cue_cover[k]):
            return True  # (and "… ujarnya dalam keterangan tertulis, Rabu (20/11/2024)")
        # the statement's source named between its noun and "received": "keterangan
        # tertulis Biro Humas Setjen Kemhan yang diterima di Jakarta, Rabu"
        relayed = next(
            (c for c in self.cue_cover[k] if c.value == "relayed" and c.end == k + 1), None
        )
        if relayed is None:
            return False
        # (in capitals, or in lower case up to its name in brackets: "keterangan dinas
        # hubungan masyarakat militer Pakistan (ISPR) yang diterima di Kairo, Rabu")
        return self._cue_over_words(relayed.start - 1, s, "statement", ("(", ")"))

    def _cue_over_words(self, j: int, s: int, value: str, marks: tuple[str, ...]) -> bool:
        """Going back from token j over up to ten words (and ``marks``), not before token s,
        a cue of ``value`` ends right after one of them, or right after the first other
        token: a source's name between its cue and what follows it."""
        lo = max(s, j - 9)
        while j >= lo and (self.alpha[j] or self.texts[j][:1].isupper() or self.texts[j] in marks):
            if any(c.value == value and c.end == j + 1 for c in self.cue_cover[j]):
                return True
            j -= 1
        return j >= s and any(c.value == value and c.end == j + 1 for c in self.cue_cover[j])

    def _on_date_line(self, i: int) -> bool:
        """Token i is on the article's date line ("Publié le 5 décembre 2023 par …", run
        into the title's sentence): the day of the report, not of a meeting."""
        start, end = _line_of(self.doc, i)
        line = _text_of(self.doc)[start:end]
        if line not in self._date_lines:
            from graph.dates import is_date_line

            self._date_lines[line] = is_date_line(line, self.article.lang)
        return self._date_lines[line]

    def _vs_publication(self, d: PartialDate) -> int:
        """-1, 0 or 1: ``d`` before, at or after the day of the report, compared on their
        shared precision (2024-05 is not after 2024-05-03); 0 when the day is unknown."""
        pub = self.article.published
        if pub is None:
            return 0
        n = min(len(pub.iso()), len(d.iso()))
        a, b = d.iso()[:n], pub.iso()[:n]
        return (a > b) - (a < b)

    def _before_publication(self, d: PartialDate) -> bool:
        return self._vs_publication(d) < 0

    def _long_before_publication(self, d: PartialDate) -> bool:
        """Every day ``d`` may stand for lies more than two months before the report (a
        month or year is read to its last day): no day of the news it tells."""
        pub = self.article.published
        if pub is None or pub.precision != "day":
            return False
        year, month = d.year, d.month or 12
        last = d.day or calendar.monthrange(year, month)[1]
        return (_dt.date(pub.year, pub.month, pub.day) - _dt.date(year, month, last)).days > 62

    def _recalled_meeting(self, m: Meeting) -> bool:
        """Meeting ``m`` is dated long before the report: one it recalls."""
        return m.date is not None and self._long_before_publication(m.date)

    def _past_month(self, d: PartialDate) -> bool:
        """``d`` is a month alone, before the report's month."""
        pub = self.article.published
        if pub is None or pub.month is None or d.month is None or d.day is not None:
            return False
        return (d.year, d.month) < (pub.year, pub.month)

    def _after_publication(self, d: PartialDate) -> bool:
        return self._vs_publication(d) > 0

    def _future_weekday(self, s: int, e: int) -> PartialDate | None:
        """ "will meet … on Wednesday": the weekday after publication, not before."""
        from graph.dates import resolve_weekday

        pub = self.article.published
        if pub is None:
            return None
        for i in range(s, e):
            di = self.date_tok[i]
            if (
                di is not None
                and self.dates[di].relative
                and self.dates[di].weekday is not None
                and not self._weekday_city(i)  # ("به دوشنبه سفر خواهد کرد": to Dushanbe)
            ):
                return resolve_weekday(pub, self.dates[di].weekday, direction="future")
        return None

    def _next_year(self, s: int, e: int, d: PartialDate | None) -> PartialDate | None:
        """A planned event's year-less date ("will meet on July 17") lies ahead: a date the
        finder put before publication (it reads year-less dates as past) moves a year on."""
        pub = self.article.published
        if d is None or d.day is None or pub is None or pub.day is None or d.iso() >= pub.iso():
            return d
        for i in range(s, e):
            di = self.date_tok[i]
            if di is None:
                continue
            dm = self.dates[di]
            if dm.date == d and dm.relative and dm.weekday is None:
                try:
                    _dt.date(d.year + 1, d.month or 1, d.day)
                except ValueError:
                    return d
                return PartialDate(
                    d.year + 1, d.month, d.day, original=d.original, calendar=d.calendar
                )
        return d

    def _near_date(self, si: int) -> PartialDate | None:
        """A day-precision date in the next or previous sentence (or the one before, past a
        sentence of no day and no meeting), shortly before publication."""
        pub = self.article.published
        if pub is None or pub.precision != "day":
            return None
        assert pub.month is not None and pub.day is not None
        pub_d = _dt.date(pub.year, pub.month, pub.day)
        def tells_meeting(sj: int) -> bool:
            return self._tells_talks(*self.sents[sj])

        prev = self._next_text_sent(si, -1)
        # (or two back, past a sentence telling neither a day nor a meeting, when that one
        # tells a meeting in no one's words: "… menerima dua tamu dalam pertemuan terpisah …,
        # Rabu (5/3). Tamu pertama adalah X …"; not "'The plan we signed today …', X said
        # after the meeting")
        further = (
            self._next_text_sent(prev, -1)
            if prev is not None
            and self._date_in(*self.sents[prev]) is None
            and not tells_meeting(prev)
            else None
        )
        if further is not None and (
            self.cues(*self.sents[further], "speech") or not tells_meeting(further)
        ):
            further = None
        # (the day an outlet quoted reported it last: "Dilansir kantor berita BSS, Senin
        # (28/4/2025), …" after "… di Dhaka, Minggu (27/4). Pertemuan ini dipimpin …")
        order = [self._next_text_sent(si, 1), prev, further]
        for sj, reports in [(sj, False) for sj in order] + [(sj, True) for sj in order]:
            if sj is None:
                continue
            # (not the report's own day, nor a day in words quoted)
            d = self._date_in(*self.sents[sj], dateline=False, quoted=False, reports=reports)
            if d is None or d.precision != "day" or self._is_date_line(*self.sents[sj]):
                continue
            if self._tells_planned(*self.sents[sj]) or self._future_by_day(*self.sents[sj]):
                # the day of a meeting to come: "PM Oli to receive him on Monday"; of
                # anything to come: "The minister is due to leave Bangkok today"
                continue
            assert d.month is not None and d.day is not None
            delta = (pub_d - _dt.date(d.year, d.month, d.day)).days
            if 0 <= delta <= 14:
                return d
        return None

    def _future_by_day(self, s: int, e: int) -> bool:
        """A future marker in s..e: the day is of something to come ("The minister is due
        to leave Bangkok today"), but for a marker of another clause, which a comma and a
        "following" set apart ("… a committee that will verify the border, following talks
        in Juba on Monday")."""
        days = [i for i in range(s, e) if self.date_tok[i] is not None]
        after = [c.start for c in self.cues(s, e, "clause_before")]
        return any(
            not any(
                t.start < a < d and any(self.tok(k) == "," for k in range(t.start, a))
                for a in after
            )
            for t in self.cues(s, e, "future")
            for d in days or [e]
        )

    def _day_told_next(self, si: int, parts: list[str]) -> PartialDate | None:
        """The day the next sentence gives the meeting sentence si told (a noun for it as
        its subject, none but its people named, nothing to come): "Dr X has held talks with
        General Y …", then "The meeting took place … on Tuesday"."""
        sj = self._next_text_sent(si, 1)
        if sj is None:
            return None
        s, e = self.sents[sj]
        nouns = self.cues(s, e, "meeting_noun")
        if not nouns or nouns[0].start > s + 2 or self.cues(s, e, "meeting_verb"):
            return None
        if self.cues(s, e, "arrival"):
            return None
        if self._tells_planned(s, e) or not set(self._sentence_persons(sj)) <= set(parts):
            return None
        d = self._date_in(s, e, dateline=False)
        # (a day to come is more talks: "The talks … continue tomorrow in Tbilisi")
        if d is None or d.precision != "day" or self._after_publication(d):
            return None
        return d

    def _spokesman(self, key: str) -> bool:
        return key in self.persons and self.persons[key].role == "spokesperson"

    def _unnamed_talks_before(
        self, si: int, parts: list[str], out: list[Meeting]
    ) -> tuple[int, Tag | None] | None:
        """The sentence before, when it tells talks without naming their people (an office,
        a group), which sentence si names: "معاون فرمانده عملیات مشترک عراق روز سه‌شنبه در
        بغداد با فرماندهان … گفت‌وگو کرد", then "… سپهبد X در این دیدار با …". With the
        sides only, the first cue of them ("وزيرا خارجية البلدين")."""
        prev = self._next_text_sent(si, -1)
        if prev is None:
            return None
        ps, pe = self.sents[prev]
        first = self._first_meeting_cue(ps, pe)
        signing = None
        if first is None and self.cues(ps, pe, "agreement"):
            # (or their signing: "وقع وزير الداخلية X وسفير الاتحاد الأوروبي Y … في عمّان
            # اتفاقية منحة", then "وبحث X وY خلال لقاء سبق التوقيع …")
            signing = next(iter(self.cues(ps, pe, "signed")), None)
            first = signing.start if signing is not None else None
        if first is None or self._future(ps, pe, first) or self._recalled_here(ps, pe):
            return None
        span = self._sent_span(prev)
        if any(span in m.evidence for m in out):
            return None  # (its own meeting, told already)
        # (someone told there, an office whose holder this sentence names; not a sentence
        # of no one: "Стороны обсудили … подготовку к форуму по безопасности в Москве")
        acting = self._acting_persons(prev)
        named = [k for k in acting if k not in self.office_only]
        if not acting:
            # (or the sides only, the place told right after them: "خلال مباحثات أجراها
            # وزيرا خارجية البلدين، أمس الخميس، في ليبرفيل", then "واستقبل وزير الخارجية
            # الغابوني X نظيره …"; not "Стороны обсудили … форуму по безопасности в Москве")
            sides = self.cues(ps, pe, "group_ref")
            if len(parts) == 2 and not sides and self._countries_of(parts) <= {
                t.value for t in self.ent[ps:pe] if t is not None and t.cat == "COUNTRY"
            }:
                # (or their two countries: "Nepal and Bangladesh on Wednesday held the sixth
                # round of consultations", then "The Nepali side was led by X, while …")
                return prev, None
            if len(parts) != 2 or not sides:
                return None
            return prev, sides[0]
        if not set(named) <= set(parts) or (signing is not None and set(named) != set(parts)):
            return None
        return prev, None

    def _place_told_before(self, si: int, parts: list[str], out: list[Meeting]) -> str | None:
        """The place of the talks the sentence before tells without naming their people
        (see _unnamed_talks_before)."""
        found = self._unnamed_talks_before(si, parts, out)
        if found is None:
            return None
        prev, sides = found
        ps, pe = self.sents[prev]
        if sides is not None:
            return self._place_in(sides.end, min(pe, sides.end + 8))
        return self._place_in(ps, pe)

    def _day_told_before(self, si: int, parts: list[str], out: list[Meeting]) -> PartialDate | None:
        """The day of the talks the sentence before tells without naming their people (an
        office and "his counterpart": "معاون وزیر امور خارجه کشورمان امروز دوشنبه در
        گفت‌وگوی تلفنی با همتای آذربایجانی خود …", then "X و Y … در این تماس تلفنی …")."""
        found = self._unnamed_talks_before(si, parts, out)
        if found is None or found[1] is not None:
            return None
        d = self._date_in(*self.sents[found[0]], dateline=False)
        return d if d is not None and d.precision == "day" else None

    def _leaves_for(self, s: int, e: int) -> bool:
        """Tokens s..e tell a departure for a place or country named right after its cue
        ("عازم کویت", "left for Kuwait"), not one after the talks ("… for talks with X,
        before returning to Rome")."""
        return any(
            (t := self.ent[q]) is not None and t.start == q and t.cat in ("PLACE", "COUNTRY")
            for c in self.cues(s, e, "departure")
            if not self.cues(max(s, c.start - 1), c.start, "clause_before")
            for q in range(c.end, min(e, c.end + 2))
        )

    def _where_countries(self) -> None:
        """A titled official without a country, met in a clause opened by "where" after a
        country's name, serves that country: "Umemura will travel on to Sri Lanka, where he
        is scheduled to meet Defence Secretary X" (X is Sri Lanka's, not the date line's)."""
        for m in self.mentions:
            p = self.persons.get(m.person)
            if p is None or p.country is not None or not p.titles:
                continue
            s = self.sents[m.sent][0]
            for w in self.cues(s, m.start, "where"):
                k = w.start - 1 if w.start > s and self.tok(w.start - 1) in (",", "،") else w.start
                t = self.ent[k - 1] if k > s else None
                cue = self._first_meeting_cue(w.end, m.start)
                if t is not None and t.end == k and t.cat == "COUNTRY" and cue is not None:
                    p.country = t.value
                    break

    def _where_clause(self, s: int, e: int) -> tuple[Tag, int] | None:
        """The place right before a "where" that a meeting cue follows, and the index after
        the "where": "Le responsable est arrivé mardi à Tunis en provenance de Tripoli, où il
        s'était entretenu lundi avec …" (the talks were in Tripoli, on Monday)."""
        for w in self.cues(s, e, "where"):
            k = w.start - 1 if w.start > s and self.tok(w.start - 1) in (",", "،") else w.start
            t = self.ent[k - 1] if k > s else None
            if t is None or t.end != k or self._first_meeting_cue(w.end, e) is None:
                continue
            if t.cat == "PLACE" and t.extra:
                return t, w.end
            if t.cat == "COUNTRY":
                # a country, then its city in the clause: "arrived in Wellington from Papua
                # New Guinea, where on Tuesday he held talks in Port Moresby with …"
                city = next(
                    (
                        c
                        for q in range(w.end, e)
                        if (c := self.ent[q]) is not None
                        and c.start == q
                        and c.cat == "PLACE"
                        and c.extra == t.value
                    ),
                    None,
                )
                if city is not None:
                    return city, w.end
                if (state := self.city_state.get(t.start)) is not None:
                    return state, w.end  # (a city-state: "بدأها بجيبوتي، حيث التقى …")
                # (else its capital: "will travel on to Sri Lanka, where he is to meet X",
                # not where the report is filed from)
                # (a country one went to or is in, not one of an office's: "وزير خارجية
                # دولة إريتريا، حيث تناول اللقاء …" tells no place)
                c = countries().get(t.value)
                if (
                    c is not None
                    and c.capital
                    and t.start > s
                    and self.is_stop(t.start - 1)
                    and self.ent[t.start - 1] is None
                ):
                    # (an empty span: the country's name is no label of its capital)
                    return Tag("PLACE", c.capital, c.code, t.start, t.start), w.end
        return None

    def _place_there(self, si: int) -> str | None:
        """The place the sentence before names, which this one calls "there": "… lawatan ke
        Riga, ibu kota Latvia. Di sana ia diterima oleh …"."""
        s, e = self.sents[si]
        if not self.cues(s, e, "there"):
            return None
        prev = self._next_text_sent(si, -1)
        if prev is None:
            return None
        ps, pe = self.sents[prev]
        return self._place_in(ps, pe) or self._gone_to(ps, pe)

    def _gone_to(self, s: int, e: int) -> str | None:
        """The place a ``departure`` cue in s..e goes to, a city or a city-state: "Khiet
        left for Singapore this morning" (what a "there" after it points to)."""
        for c in self.cues(s, e, "departure"):
            t = self.ent[c.end] if c.end < e else None
            if t is not None and t.start == c.end and t.cat == "PLACE":
                return self._entity(t)
            if (t := self.city_state.get(c.end)) is not None:
                return self._entity(t)
        return None

    def _first_meeting_cue(self, s: int, e: int) -> int | None:
        """The first token of s..e under a meeting verb or noun."""
        return next(
            (
                i
                for i in range(s, e)
                if self.has_cue(i, "meeting_verb") or self.has_cue(i, "meeting_noun")
            ),
            None,
        )

    def _tells_planned(self, s: int, e: int) -> bool:
        """Tokens s..e tell a meeting to come: a meeting cue with a future marker."""
        first = self._first_meeting_cue(s, e)
        return first is not None and self._future(s, e, first)

    def _day_beside_told(self, si: int, meetings: list[Meeting]) -> PartialDate | None:
        """The day sentence si names as "la veille", "the day before" (the day before the last
        held meeting told before it with its day: "reçue jeudi à Beyrouth …, elle s'était
        entretenue la veille à Amman"), or as "le lendemain", the day after it ("Mardi 14
        janvier, à Colombo, …", then "Le lendemain, à Malé, il a rencontré …")."""
        s, e = self.sents[si]
        step = -1 if self.cues(s, e, "day_before") else 1 if self.cues(s, e, "day_after") else 0
        if not step:
            return None
        start = self._sent_span(si).start
        told = sorted(
            (m for m in meetings if m.evidence and min(sp.start for sp in m.evidence) < start),
            key=lambda m: min(sp.start for sp in m.evidence),
        )
        last = next((m for m in reversed(told) if m.status == "held" and m.date), None)
        day = last.date if last is not None else self._day_named_before(si)
        if day is None or day.day is None:
            return None
        d = _dt.date(day.year, day.month or 1, day.day)
        d += _dt.timedelta(days=step)
        return PartialDate(d.year, d.month, d.day)

    def _day_named_before(self, si: int) -> PartialDate | None:
        """With no meeting told before sentence si, the day of the nearest sentence before
        it that names one, past the date line (a signing, read later: "X и Y подписали в
        среду в Ереване план …", then "Накануне X провела в Тбилиси переговоры")."""
        sj = self._next_text_sent(si, -1)
        while sj is not None:
            s, e = self.sents[sj]
            if self.cues(s, e, "signed") or self._first_meeting_cue(s, e) is not None:
                d = self._date_in(s, e, dateline=False)
                if d is not None and d.precision == "day":
                    return d
            sj = self._next_text_sent(sj, -1)
        return None

    def _same_day(self, si: int, before: Meeting | None) -> PartialDate | None:
        """"В тот же день", "later that day": the day of the last held meeting told
        (``before``: "talks on Thursday. The delegation had arrived on Wednesday. Later that
        day …"), else the day the sentence before names ("arrived on 15 October. The same
        day …")."""
        if before is not None:
            return before.date
        prev = self._next_text_sent(si, -1)
        if prev is not None:
            d = self._date_in(*self.sents[prev], dateline=False)
            if d is not None and d.precision == "day":
                return d
        return None

    def _next_text_sent(self, si: int, step: int) -> int | None:
        """The nearest sentence before/after si that has any text."""
        sj = si + step
        while 0 <= sj < len(self.sents):
            s, e = self.sents[sj]
            if any(not self.doc[i].is_space for i in range(s, e)):
                return sj
            sj += step
        return None

    def _is_date_line(self, s: int, e: int) -> bool:
        """A line that is little more than a date (the article's date line)."""
        words = [i for i in range(s, e) if self.doc[i].is_alpha and self.date_tok[i] is None]
        return len(words) < 3

    def _arrival_place(self) -> str | None:
        """Where the visit is: "arrived in X" / "tiba di X" / "وارد X شد"."""
        for s, e in self.sents:
            for cue in self.cues(s, e, "arrival"):
                if any(
                    -6 <= f.start - cue.start <= 6
                    and not any(
                        self.tok(q) in (",", "،")
                        for q in range(min(f.start, cue.start), max(f.start, cue.start))
                    )
                    for f in self.cues(s, e, "future")
                ):
                    continue  # the next leg: "… وارد نیامی پایتخت نیجر خواهد شد"
                for i in range(max(s, cue.start - 3), min(e, cue.end + 3)):
                    t = self.ent[i]
                    if t is not None and t.cat == "PLACE" and t.start == i:
                        if cue.end <= i - 1 <= cue.end + 1 and self.folds[i - 1] in ORIGIN_WORDS:
                            continue  # where one came from: "arrivé de Dakar"
                        return self._entity(t)
                capital = self._capital_in(max(s, cue.start - 3), min(e, cue.end + 5))
                if capital is not None:
                    return capital
        return None

    def _destination_in(self, s: int, e: int) -> str | None:
        """The place right after a departure cue in s..e: where one went for the meeting the
        clause tells ("…, before leaving for Tokyo to meet B on Tuesday")."""
        for c in self.cues(s, e, "departure"):
            t = self.ent[c.end] if c.end < e else None
            if t is not None and t.cat == "PLACE" and t.start == c.end and t.extra:
                return self._entity(t)
        return None

    def _place_in(self, s: int, e: int) -> str | None:
        """The place of a sentence: one after "in" / "di" / "در" / "في" / "в" / "à" first,
        never the date line's own ("TEMPO.CO, Jakarta - … di New Delhi")."""
        lo, hi = self._dateline_span()
        # (the ends of "departure" and "told" cues: a place right after them is no meeting's)
        gone = {c.end for c in self.cues(s, e, "departure")}
        # (and of "earlier_stop" cues: "که پس از سفر به اسلام‌آباد وارد کابل شده است")
        gone |= {c.end for c in self.cues(s, e, "earlier_stop")}
        read = {c.end for c in self.cues(s, e, "told")}
        # (and a sender's city, right after a "message" cue: "a message from Riyadh", "پیام
        # مقامات ریاض")
        sent = {k for c in self.cues(s, e, "message") for k in range(c.end, c.end + 3)}
        places = [
            t
            for i in range(s, e)
            if (t := self.ent[i]) is not None
            and t.cat == "PLACE"
            and t.start == i
            and not lo <= i < hi
            and self.covered[i] is None  # (a name's word: "Abdourahman Aden Dirieh")
            # (an office's: "губернатором провинции Восточный Азербайджан X", "губернатор
            # Восточного Азербайджана")
            and i not in self.governed
            and not (self.fx.case_rules and self._entity_at_end(i - 1, ("TITLE",)))
            and t.extra  # a sea or region (no country) is what talks are about, not where
            # "… before flying back to New Delhi": where one goes next
            and not (gone & {i, i - 1})
            # "… yang dikutip di Jakarta, Rabu": where the report was read
            and i not in read
            and i not in sent
            # "وبحثا … التطورات في سوريا وغزة ولبنان": a city listed with countries is a
            # topic of the talks
            and not self._listed_with_country(i)
            # "the Tokyo International Conference on …": a name, not where
            and not (
                self.lex.cased
                and t.end < e
                and self.texts[t.end][:1].isupper()
                and self.folds[t.end] in NAMED_EVENT_WORDS
            )
            # "Jalan Medan Merdeka Barat": a street's name
            and not (i > s and self.folds[i - 1].rstrip(".") in STREET_WORDS)
            and not self._route_end(t)
            # (nor a city in quoted words: "«… и для Хельсинки, и для Таллинна», - сказал X
            # после встречи с Y")
            and not self._in_quotes(i, s)
        ]
        after_prep = [
            t
            for t in places
            if any(self.has_cue(k, "location_prep") for k in range(max(s, t.start - 2), t.start))
        ]
        if after_prep or places:
            return self._entity((after_prep or places)[0])
        unlisted = self._unlisted_place(s, e, gone | read)
        if unlisted is not None:
            return unlisted
        for i in range(s, e):
            # "on the sidelines of a forum in Singapore": the city of a city-state
            t = self.city_state.get(i)
            if t is None or lo <= i < hi:
                continue
            if any(self.has_cue(k, "location_prep") for k in range(max(s, i - 2), i)):
                return self._entity(t)
        return self._capital_in(s, e)

    def _listed_with_country(self, i: int) -> bool:
        """The place at token i follows a country's name and "and" (a word, or "و" written
        on it): "سوريا وغزة", "Syria and Gaza"."""
        k = i - 1
        if not self.lex.cased and self.texts[i][:1] == "و" and self.folds[i] != self.norms[i]:
            pass  # ("وغزة": "and" written on the place)
        elif k >= 0 and self.folds[k] in AND_WORDS:
            k -= 1
        else:
            return False
        c = self.ent[k] if k >= 0 else None
        return c is not None and c.cat == "COUNTRY" and c.end == k + 1

    def _unlisted_place(self, s: int, e: int, skip: set[int]) -> str | None:
        """A city the lexicon does not list, right after a word of place in s..e ("in
        Kielce", "à Cotonou", "в Кельце", "في كوتونو"): a GeoNames city (graph/gazetteer.py)
        of a country the article names or whose officials it names, the most populous of
        them. Its words are no one's, no lexicon entry's, no stop word (and, where scripts
        have capitals, capitalised); a Russian one may be in an oblique case ("в Каракасе")."""
        lo, hi = self._dateline_span()
        n = len(self.texts)
        index: dict[str, tuple[gazetteer.City, ...]] | None = None
        ours: set[str] = set()
        for c in self.cues(s, e, "location_prep"):
            i = c.end
            if i >= e or i in skip or lo <= i < hi:
                continue
            for j in range(min(e, n, i + 3), i, -1):
                words = range(i, j)
                if not (self.alpha[i] and self.alpha[j - 1]) or any(
                    self.ent[k] is not None
                    or self.covered[k] is not None
                    or self.stops[k]
                    or not (self.alpha[k] or self.texts[k] == "-")
                    or (self.lex.cased and self.alpha[k] and not self.texts[k][:1].isupper())
                    for k in words
                ):
                    continue
                if index is None:
                    index = gazetteer.cities(self.lex.script)
                    if not index:
                        return None
                    ours = set(self.written_countries) | {
                        p.country for p in self.persons.values() if p.country
                    }
                last = self.doc[j - 1]
                text = gazetteer.key(_text_of(self.doc)[self.doc[i].idx : last.idx + len(last)])
                keys = [text]
                if self.lex.script == "cyrillic":
                    # (an oblique case: "в Каракасе", "в Гаване", "из Бишофту")
                    for end in ("ом", "ой", "ах", "е", "и", "у", "ы"):
                        if text.endswith(end) and len(text) - len(end) >= 4:
                            keys += [text[: -len(end)], text[: -len(end)] + "а"]
                # (not where something is to be: "… la conférence que coorganiseront la
                # France et le Costa Rica à Nice en 2025")
                pub = self.article.published
                if pub is not None and any(
                    len(self.texts[k]) == 4
                    and self.texts[k].isdigit()
                    and int(self.texts[k]) > pub.year
                    for k in range(j, min(e, j + 3))
                ):
                    break
                for k in keys:
                    for city in index.get(k, ()):
                        if city.country in ours:
                            return self._entity(Tag("PLACE", city.name, city.country, i, j))
        return None

    def _ministry_seat(self, s: int, e: int) -> str | None:
        """Talks held at a country's ministry, no city named: in that country's capital
        ("… led the talks at the Ecuadorian foreign ministry", "در مقر وزارت کشور تونس"),
        but for the states whose ministries sit elsewhere (``SEATS_ELSEWHERE``)."""
        told: set[int] | None = None
        for i in range(s, e):
            t = self.ent[i]
            if t is None or t.cat != "ORG" or t.start != i or not t.value.startswith("ministry_"):
                continue
            preps = [k for k in range(max(s, i - 4), i) if self.has_cue(k, "location_prep")]
            if not preps:
                # … or farther, before a building named: "در کاخ بسترس، مقر وزارت خارجه
                # لبنان" (at the Bustros Palace, seat of the foreign ministry)
                preps = [
                    k
                    for k in range(max(s, i - 7), i)
                    if self.has_cue(k, "location_prep")
                    and any(self.has_cue(q, "facility") for q in range(k + 1, i))
                ]
            if not preps:
                continue
            # (not an office's ministry, "سكرتير الدولة في وزارة الدفاع البولندية", nor the
            # one who told it, "сообщили в Минобороны России")
            if told is None:
                told = {c.end for c in self.cues(s, e, "told") + self.cues(s, e, "speech")}
            if any(
                k > s and (self._entity_at_end(k - 1, ("TITLE",)) or {k, k - 1} & told)
                for k in preps
            ):
                continue
            # its country: the adjective before it, or the country or adjective after it
            for k in (i - 1, t.end):
                c = self.ent[k] if s <= k < e else None
                if c is not None and c.cat == "COUNTRY" and c.value not in SEATS_ELSEWHERE:
                    return self._capital_of(c)
        return None

    def _route_end(self, t: Tag) -> bool:
        """The place is an end of a route, another place across a dash: "the Basra-Aqaba
        pipeline", "مشروع أنبوب النفط البصرة – العقبة" (what is talked about, not where)."""
        n = len(self.texts)

        # a place, a country ("کریدور ترانزیتی جیبوتی-آدیس‌آبابا"), or a plain
        # (capitalised) word: "العقبة"
        def end_at(k: int) -> bool:
            cats = ("PLACE", "COUNTRY")
            return self._entity_at(k, cats) or self._entity_at_end(k, cats) or (
                self._plain(k) and (not self.lex.cased or self.texts[k][:1].isupper())
            )

        return (
            t.end + 1 < n and self.texts[t.end] in ROUTE_DASHES and end_at(t.end + 1)
        ) or (t.start >= 2 and self.texts[t.start - 1] in ROUTE_DASHES and end_at(t.start - 2))

    def _capital_in(self, s: int, e: int) -> str | None:
        """ "the Iranian capital", "العاصمة الإيرانية", "столице Ирана": its capital city."""
        for cue in self.cues(s, e, "capital"):
            for k in range(max(s, cue.start - 2), min(e, cue.end + 2)):
                t = self.ent[k]
                if t is not None and t.cat == "COUNTRY" and (city := self._capital_of(t)):
                    return city
        return None

    def _dateline_place(self) -> str | None:
        """The date line's place; a country there is its capital, the city of one name with
        it in the report's language ("الكويت - 14 - 5 (كونا)", "SINGAPORE:", "АЛЖИР, 16
        июн")."""
        # (else a byline's city: the writer's, not always the report's home, "By
        # Correspondent, Beijing" in a Tanzanian daily)
        t = self._dateline() or next(
            (b for s, e in self.sents[:12] if (b := self._byline_place(s, e)) is not None),
            None,
        )
        if t is not None and t.cat == "COUNTRY":
            # (opening its line: not the country in an agency's name, "خبرگزاری دانشجویان
            # ایران (ایسنا)")
            first = self.sents[self.sent_of[t.start]][0] == t.start
            return self._capital_of(t) if first else None
        return self._entity(t) if t is not None and t.cat == "PLACE" else None

    @staticmethod
    def _seat_of_government(t: Tag) -> bool:
        """Place ``t`` is its country's capital (or stands for it: "Кремль", "Pentagon")."""
        c = countries().get(t.extra or "")
        return c is not None and c.capital == t.value

    def _capital_of(self, t: Tag) -> str | None:
        """The entity of the capital city of country ``t`` (written where ``t`` is)."""
        c = countries().get(t.value)
        if c is None or not c.capital:
            return None
        return self._entity(Tag("PLACE", c.capital, c.code, t.start, t.end))

    def _dateline(self) -> Tag | None:
        """The place or country a report is filed from: "MOSKOW - …", "Paris (AFP) -",
        "تهران- ایرنا-", "الكويت - 14 - 5 (كونا)", "مسقط في 17 ديسمبر /العُمانية/", at the
        start of one of the first lines."""
        agencies = [(a, b) for a, b, _ in self._named_agencies()]
        for s, e in self.sents[:12]:
            for i in range(s, min(s + 3, len(self.doc))):
                t = self.ent[i]
                if t is None or t.cat not in ("PLACE", "COUNTRY") or t.start != i:
                    continue
                if any(a <= self.doc[i].idx < b for a, b in agencies):
                    continue  # an agency's name: "خبرگزاری جمهوری اسلامی (ایرنا)"
                stuck = self.tok(t.end - 1).endswith("-")
                nxt = self.tok(t.end) if t.end < len(self.doc) else ""
                if (
                    nxt == "-"
                    and not self.doc[t.end - 1].whitespace_
                    and not self.doc[t.end].whitespace_
                    and self._entity_at(t.end + 1, ("COUNTRY",))
                ):
                    continue  # a headline's pair of countries: "Brésil-Argentine : …"
                if stuck or nxt in ("-", "—", "–", "(") or (nxt in (".", "/") and i == s):
                    return t  # (and "Jakarta. President Prabowo …", "أكرا/ الأناضول")
                if nxt == ":" and self._span_text(t.start, t.end).isupper():
                    return t  # "NEW DELHI: …", not a headline's "Arménie : Jean-Noël …"
                if nxt == ":" and not self.lex.cased and i == s and e - t.end <= 6:
                    return t  # a short line of its own: "بوغوتا: «الشرق الأوسط»"
                # "CAIRO, May 14 (Reuters) -", but not a headline "India, Egypt army chiefs …"
                # (nor a sentence's subject: "وقّعت إيران وبوليفيا، أمس الاثنين")
                if nxt in (",", "،") and not self._has_conjunction(i) and any(
                    self.date_tok[k] is not None or self.tok(k) in ("(", "-", "—", "–")
                    for k in range(t.end + 1, min(t.end + 5, len(self.doc)))
                ):
                    return t
                # "مسقط في 17 ديسمبر /العُمانية/": the city, "in", its date, the agency
                # between slashes (past a Hijri date too: "مسقط في 22 ربيع الآخر 1447هـ
                # الموافق 14 أكتوبر 2025م /العُمانية/") or in brackets after the date
                # ("جيبوتي في 16 رجب 1446هـ الموافق 16 يناير 2025م (ADI)")
                if (
                    i == s
                    and self.has_cue(t.end, "location_prep")
                    and t.end + 1 < len(self.doc)
                    and (self.date_tok[t.end + 1] is not None or self.tok(t.end + 1).isdigit())
                    and any(
                        self.tok(k).startswith("/")
                        or (self.tok(k) == "(" and self.date_tok[k - 1] is not None)
                        for k in range(t.end + 2, min(t.end + 16, len(self.doc)))
                        if self.sent_of[k] == self.sent_of[i]
                    )
                ):
                    return t
                # "هونيارا 17 إبريل 2025 (شينخوا)": the city, its date, the agency in brackets
                if (
                    i == s
                    and t.end < len(self.doc)
                    and self.date_tok[t.end] is not None
                    and any(
                        self.tok(k) == "(" and self.date_tok[k - 1] is not None
                        for k in range(t.end + 1, min(t.end + 8, len(self.doc)))
                        if self.sent_of[k] == self.sent_of[i]
                    )
                ):
                    return t
                # "أبوجا 20 ذو الحجة 1446 هـ الموافق 16 يونيو 2025 م واس": the city, its
                # date, the agency's name closing the line
                if (
                    i == s
                    and t.end < e
                    and self.date_tok[t.end] is not None
                    and e - t.end <= 16
                    and self._agency_closes(t.end, e)
                ):
                    return t
                # "Accra, June 23, GNA - …": a day without its year (no date line to give it)
                ahead = range(t.end + 1, min(t.end + 8, len(self.doc)))
                if (
                    nxt in (",", "،")
                    and any(self.tok(k).isdigit() for k in ahead[:4])
                    and any(self.tok(k) in ("-", "—", "–", "--") for k in ahead)
                ):
                    return t
        return None

    def _byline_place(self, s: int, e: int) -> Tag | None:
        """The city closing a byline of its own line, after the writer's name and a comma:
        "By Halima Ruhinda, Dar es Salaam"."""
        if e - s > 12 or self.folds[s] not in self.fx.byline_words:
            return None
        end = e
        while end > s + 1 and (not self.tok(end - 1).strip() or self.tok(end - 1) == "."):
            end -= 1  # (the line's break, a full stop)
        t = self.ent[end - 1]
        if (
            t is not None
            and t.cat in ("PLACE", "COUNTRY")
            and t.end == end
            and self.tok(t.start - 1) in (",", "،")
            and "\n" not in self._span_text(s, e).strip()
        ):
            return t
        return None

    def _agency_closes(self, s: int, e: int) -> bool:
        """Tokens s..e end with the name of a news agency of the report's language."""
        pattern, _ = news_agencies(self.article.lang)
        text = self._span_text(s, e).rstrip().rstrip(".").rstrip()
        return any(m.end() == len(text) for m in pattern.finditer(text))

    def _dateline_span(self) -> tuple[int, int]:
        """Tokens of the date line's head: from its place to the dash that ends it."""
        if self._dl_span is None:
            self._dl_span = (0, 0)
            t = self._dateline()
            if t is not None:
                e = self.sents[self.sent_of[t.start]][1]
                slashes = 0
                for j in range(t.end, min(e, t.end + 15)):
                    # (or a colon after its date: "KUWAIT CITY, Oct 9: …", or after its
                    # agency in brackets: "TASHKENT, Oct 23 (APP): …")
                    if (
                        self.tok(j) in ("-", "—", "–", "--")
                        or self.tok(j).endswith("-")
                        or (self.tok(j) == ":" and self.date_tok[j - 1] is not None)
                        or self.tok(j) == "):"
                    ):
                        self._dl_span = (t.start, j + 1)
                        break
                else:
                    # … or, with no dash, the agency between slashes: "مسقط في 17 ديسمبر
                    # /العُمانية/ …"
                    for j in range(t.end, min(e, t.end + 15)):
                        slashes += self.tok(j).count("/")
                        # (its period may stick to it: "Ulaanbaatar, May 21, 2025 /MONTSAME/.")
                        if slashes == 2 and self.tok(j).rstrip(".:,").endswith("/"):
                            self._dl_span = (t.start, j + 1)
                            break
                        # … or in brackets after its date: "هونيارا 17 إبريل 2025 (شينخوا)"
                        if (
                            self.tok(j) == ")"
                            and j - 2 > t.end
                            and self.tok(j - 2) == "("
                            and self.date_tok[j - 3] is not None
                        ):
                            self._dl_span = (t.start, j + 1)
                            break
        return self._dl_span

    def _no_own_dateline(self) -> bool:
        """No date line tells where the report was filed: none, or only the country in an
        agency's name ("خبرگزاری دانشجویان ایران - ایسنا")."""
        t = self._dateline()
        if t is None:
            return True
        s = self.sents[self.sent_of[t.start]][0]
        return any(self._body_word(k) for k in range(s, t.start))

    def _dateline_country(self) -> str | None:
        t = self._dateline()
        if t is None:
            return None
        return t.extra or None if t.cat == "PLACE" else t.value

    def _report_home(self) -> str | None:
        """The country the report is told from: its national agency's, else the date line's,
        else the language's national press's."""
        return self._agency_country() or self._dateline_country() or self.lex.home_country

    def _named_agencies(self) -> list[tuple[int, int, str]]:
        """Every national news agency the text names: its characters and its homes (one
        country, or several joined by commas), found once per article."""
        if self._agencies is None:
            pattern, home = news_agencies(self.article.lang)
            self._agencies = [
                (m.start(), m.end(), home[m.group(0)])
                for m in pattern.finditer(self.article.text)
            ]
        return self._agencies

    def _agency_homes(self) -> frozenset[str]:
        """The home of the one national news agency the text names, as soon as the words
        are read (before sentences and entities: no check of how it is introduced), or
        nothing."""
        found = {homes for _, _, homes in self._named_agencies()}
        if len(found) != 1 or "," in next(iter(found)):
            return frozenset()
        return frozenset(found)

    def _agency_country(self) -> str | None:
        """The home country of the national news agency the report cites most ("به گزارش
        خبرگزاری تسنیم", "(ANTARA) -", "/ТАСС/"), when only one country is cited."""
        found = {
            homes
            for start, end, homes in self._named_agencies()
            if not self._agency_introduced(start, end, homes)
        }
        if len(found) != 1:
            return None
        homes = found.pop().split(",")
        if len(homes) == 1:
            return homes[0]
        # one name, agencies of several countries (APS): the date line's country decides
        filed = self._dateline_country()
        return filed if filed in homes else None

    def _agency_introduced(self, start: int, end: int, homes: str) -> bool:
        """An agency named with its own country ("Russian state news agency TASS quoted",
        "وكالة تاس الروسية", "خبرگزاری تاس روسیه") is another outlet the report cites for
        its readers abroad, not the one filing it: the country's adjective in the four
        words before the name, or the country right after it."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        s, e = span.start, span.end
        sent_start, sent_end = self.sents[self.sent_of[s]]
        homes_ = set(homes.split(","))
        for k in range(max(sent_start, s - 4), min(sent_end, e + 1)):
            t = self.ent[k]
            if t is None or t.cat != "COUNTRY" or t.start != k or t.value not in homes_:
                continue
            if (k < s and t.extra == "adjective") or k == e:
                return True
        return False

    def _entity(self, t: Tag) -> str:
        if t.cat == "COUNTRY":
            key, kind, label, cc = f"country:{t.value}", "country", t.value, t.value
        elif t.cat == "PLACE":
            key, kind, label, cc = f"place:{fold(t.value)}", "place", t.value, t.extra or None
        else:
            label = self._span_text(t.start, t.end)
            key, kind, cc = f"org:{t.value}:{t.extra}", "organization", t.extra or None
        ent = self.entities.get(key)
        if ent is None:
            ent = Entity(key=key, kind=kind, label=label, country=cc)  # type: ignore[arg-type]
            self.entities[key] = ent
        if t.end == t.start:
            return key  # (inferred, not written: a country's capital)
        written = self._span_text(t.start, t.end)
        if written and written not in ent.labels:
            ent.labels.append(written)
        span = self.doc[t.start : t.end]
        ent.mentions.append(Span(span.start_char, span.end_char))
        return key

    def _sentence_of_span(self, span: Span) -> int | None:
        """The index of the sentence whose span this is (evidence spans are sentences)."""
        if self._span_index is None:
            self._span_index = {self._sent_span(i): i for i in range(len(self.sents))}
        return self._span_index.get(span)

    def _sent_span(self, si: int) -> Span:
        span = self._spans.get(si)
        if span is None:
            s, e = self.sents[si]
            sp = self.doc[s:e]
            text = sp.text
            lead = len(text) - len(text.lstrip())
            trail = len(text) - len(text.rstrip())
            span = self._spans[si] = Span(sp.start_char + lead, sp.end_char - trail)
        return span

    def meetings(self) -> list[Meeting]:
        out: list[Meeting] = []
        topic: str | None = None
        dateline = self._arrival_place() or self._dateline_place()
        title = self._title_line()  # None matches no evidence
        pending: tuple[int, list[Tag]] | None = None  # a meeting told without its people
        for si, (s, e) in enumerate(self.sents):
            if all(self.doc[i].is_space for i in range(s, e)):
                continue  # (a blank line between paragraphs tells nothing, ends nothing)
            persons = self._acting_persons(si)
            told = [
                t
                for i in range(s, e)
                for t in self.cue_at.get(i, [])
                if t.value in ("meeting_verb", "meeting_noun")
            ]
            sites = [t for t in told if self._visits_a_site(t, e)]
            denied = [t for t in told if self._negated_cue(t, s, e)]
            cues = [
                t
                for t in told
                if t not in sites
                # (a site visited "during the visit" tells no other visit: "أن يزور الوفد
                # العراقي مصنع مينسك … خلال الزيارة")
                and not (sites and t.value == "meeting_noun" and t.extra == "visit")
                and not self._in_opening_quote(t.start, s, e)
                # (after a denied one, only a verb of its own tells a meeting: "X, who had
                # not met Y since 2019, met him on Tuesday"; not "وزیر دفاع در این سفر با
                # هیات روس دیدار نکرد", the trip his guest's)
                and not (denied and (t.start <= denied[-1].start or t.value != "meeting_verb"))
            ]
            if not cues:
                cues = self._joint_discussion(si, persons)
            if (
                cues
                and not persons
                and all(c.value == "meeting_noun" and self._before_this(c, s, e) for c in cues)
            ):
                continue  # a round before: "يذكر أن الجولة السابقة من المشاورات عقدت في موسكو"
            face = bool(cues) and all(
                c.value == "meeting_noun" and c.extra in ("meeting", "visit") for c in cues
            )
            last = _told_meeting(persons, out, face=face)
            # "… состоялись политические консультации. Российскую делегацию возглавлял X,
            # бахрейнскую – Y": a meeting told without its people, then the heads of its
            # delegations, of two countries
            # (or its sides: "… held political consultations in Muscat on Tuesday. The Omani
            # side was chaired by X, while the Azerbaijani side was led by Y"; the
            # consultations may be named again: "… на консультациях возглавил")
            led = (
                pending
                if all(c.value == "meeting_noun" for c in cues)
                and pending is not None
                and pending[0] == self._next_text_sent(si, -1)
                and (
                    self.cues(s, e, "delegation")
                    or self._side_phrases(s, e)
                    # (or told of "the two countries", then its two people named: "…, ont
                    # annoncé les deux pays après une rencontre hier jeudi à Reykjavik. Le
                    # vice-ministre lituanien …, X, et la directrice générale …, Y, sont
                    # convenus …")
                    or (len(persons) == 2 and self.cues(*self.sents[pending[0]], "group_ref"))
                )
                and len({self._served(k) for k in persons} - {None}) >= 2
                else None
            )
            if led is not None and not cues:
                cues = led[1]
            pending = None
            if cues and last is not None and self._summit_day(s, e, cues):
                cues = []  # the day of a summit the sentence recalls: no meeting of it
            if (
                cues
                and last is not None
                # (a sentence denying a meeting tells no more of one: "X n'a pas participé
                # aux entretiens")
                and not denied
                and self._continues_meeting(s, e, cues, last)
                # a body sentence naming two people tells its own meeting, not more of the
                # headline's (which may sum up two)
                and not (len(persons) >= 2 and set(last.evidence) == {title})
                and not self._another_counterpart(s, e, persons, last)
            ):
                # "during the meeting …", "attended the meeting …": the meeting just told
                last.evidence.append(self._sent_span(si))
                held_at = self.cues(s, e, "held_at")
                if (
                    last.location is None
                    and held_at
                    # (a call has no place, and a session to come is another's: "sidang
                    # Komite … yang dijadwalkan berlangsung di Davao pada Juli mendatang")
                    and last.mode != "phone"
                    and not self._future(s, e, held_at[0].start)
                ):
                    # where it was held, told now: "در این دیدار که در مقر وزارت کشور تونس
                    # برگزار شد", "The talks, held at the foreign ministry in Quito, …" (in
                    # the clause of "held": not the topics told after it, "…، الذي عقد بمقر
                    # الأمانة العامة لوزارة الدفاع، مناقشة … الأوضاع في قطاع غزة")
                    h = held_at[0]
                    close = next(
                        (q for q in range(h.end, e) if self.tok(q) in (",", "،", ";", "؛")), e
                    )
                    while close + 1 < e and (
                        self._entity_at(close + 1, ("PLACE",))
                        or self.folds[close + 1].rstrip(".") in STREET_WORDS
                    ):
                        # (an address goes on past its commas: "di kantor Kemhan, Jalan Medan
                        # Merdeka Barat, Jakarta Pusat")
                        close = next(
                            (q for q in range(close + 2, e) if self.tok(q) in (",", "،")), e
                        )
                    last.location = self._place_in(s, close) or self._ministry_seat(s, close)
                # "the two sides discussed the deals signed during President X's visit":
                # the sides are the participants already; others named are context
                # (nor is a past holder: "last held in 2023, when … was led by then-Foreign
                # Minister X")
                # (nor are those who accompany a side: "The Indonesian ambassador to
                # Germany accompanied the minister during the talks")
                # (nor those who were not there: "The Slovak defence minister did not attend
                # the signing, as he was on an official trip abroad")
                joining = (
                    []
                    if self.cues(s, e, "group_ref")
                    or self.cues(s, e, "accompany")
                    # (the cue it denies may come after another: "X, who is on a trip to
                    # Brussels, did not attend the talks")
                    or self.cues(s, cues[-1].start, "negation")
                    # (or after it, where the verb ends the clause: "وزیر دفاع ارمنستان در
                    # این دیدار حضور نداشت")
                    or (self.lex.verb_final and self.cues(cues[-1].end, e, "negation"))
                    # (nor those of a visit years back: "منذ زيارة الرئيس التركي لمقديشو عام
                    # 2011")
                    or self._recalled_here(s, e)
                    or self._year_back(s, e)
                    else persons
                )
                # (nor a spokesman telling of the talks: "X، سخنگوی وزارت دفاع ملی، به
                # طلوع‌نیوز گفت که در این دیدار …")
                joining = [
                    k
                    for k in joining
                    if k not in self.former
                    and not self._succession_of(k, s, e)
                    and not self._spokesman(k)
                ]
                if self.cues(s, e, "future") or self.cues(s, e, "planned"):
                    # (nor an office whose visit is to come: "the preparations for the visit
                    # of the Armenian foreign minister to New Delhi, planned for later")
                    joining = [k for k in joining if k not in self.office_only]
                for key in joining:
                    if key not in last.participants:
                        last.participants.append(key)
                # (not a day in quoted words: "'… and today they face the same threats,'
                # X told reporters after the meeting")
                told = self._date_in(s, e, quoted=False)
                if last.date is None and not (
                    # (a day after the report is no day of a meeting held: the "tomorrow"
                    # of the next leg of a trip; nor a past one of a meeting planned)
                    told is not None
                    and (
                        (last.status == "held" and self._after_publication(told))
                        # (nor the day of the next one: "Седьмое заседание … пройдет во
                        # вторник" after talks held)
                        or (last.status == "held" and self._tells_planned(s, e))
                        or (last.status == "planned" and self._before_publication(told))
                        # (nor months before it: "la conférence organisée en octobre 2024"
                        # recalls an earlier one; nor a month before the report's, "Напомним,
                        # в декабре прошлого года … состоялись консультации")
                        or self._long_before_publication(told)
                        or (last.status == "held" and self._past_month(told))
                    )
                ):
                    last.date = told
                cues = []
            if cues:
                # (not one named as whose predecessor another is: "talks with
                # Kvrivishvili's predecessor, Levan Davitashvili, in Baku last November";
                # nor a spokesman telling of the sides' talks: "وقال المتحدث باسم وزارة
                # الدفاع الأفغانية X إن الجانبين بحثا …")
                reported = bool(self.cues(s, cues[0].start, "speech"))
                # (an earlier leg told in a relative clause on the subject: "X که روز گذشته
                # در بغداد با Y گفت‌وگو کرده بود، امروز … با Z دیدار کرد": Y met X the
                # day before, elsewhere; the sentence's meeting is the main clause's)
                leg = self._earlier_leg(s, e)
                # (a clause after a colon tells the meeting: "Это уже вторая встреча X с
                # кувейтским начальником генштаба: … он принимал предшественника Y генерала
                # Z", Y's office told before the colon, his predecessor met)
                verb_at = [c.start for c in cues if c.value == "meeting_verb"]
                colon = next(
                    (k for k in range(max(verb_at, default=s) - 1, s, -1) if self.tok(k) == ":"),
                    None,
                )
                told_from = colon + 1 if colon is not None else s
                parts = [
                    k
                    for k in persons
                    if not self._succession_owner(k, told_from, e)
                    and not self._succession_of(k, s, e)
                    and not self._government_of(k, s, e)
                    and not (reported and self._spokesman(k))
                    and not (leg and self._only_within(k, s, e, leg))
                ]
                if leg and not self._future(s, e, cues[0].start):
                    self._earlier_leg_meeting(si, leg, persons, out)
                # (no one named before joins a meeting with someone's predecessor, nor a
                # trip recalled months back)
                # (nor, naming no one, a visit of a month before the report's: "Российская
                # военная делегация уже посещала Ниамей в начале декабря прошлого года")
                # (a meeting with a predecessor told to its day is news of its own: "On Oct.
                # 16 last year, he met with al-Shayji's predecessor, X", but not of the one
                # whose predecessor met: "Его предшественник X … 22 октября … провёл
                # переговоры с Y")
                predecessor_met = (
                    (day := self._date_in(s, e, dateline=False)) is not None
                    and day.precision == "day"
                    and any(
                        k in self.former or k in self.office_of or self._named_as_predecessor(k)
                        for k in parts
                    )
                    and not (
                        topic is not None
                        and (
                            self._succession_owner(topic, s, e)
                            or any(
                                self.folds[k] in self.fx.predecessor_nouns
                                and self.has_cue(k - 1, "pronoun")
                                for k in range(s + 1, e)
                            )
                        )
                    )
                )
                background = (
                    (
                        self._names_a_predecessor(s, e)
                        # "در سال ۲۰۱۹ نخست‌وزیر وقت این کشور … سفر کرد"
                        or self._year_back(s, e)
                    )
                    and not predecessor_met
                ) or (
                    self._recalled_here(s, e)
                    or (
                        not persons
                        and (told := self._date_in(s, e)) is not None
                        and self._past_month(told)
                    )
                )
                if (
                    topic
                    and topic not in parts
                    # (not someone named as a past holder: "وكان سلف تيوي، الجنرال X، قد زار
                    # …", then "ومن المقرر أن يزور الضيف السنغالي غدا …")
                    and topic not in self.former
                    and not self._named_as_predecessor(topic)
                    # a verb without a subject of its own needs one only when the sentence
                    # names fewer than two people ("يلتقي المسؤول الإيراني الرئيس X": VSO)
                    and (len(parts) < 2 or self._pronoun_of_another(si, parts))
                    and self._refers_back(s, e)
                    # (nor when its other side is a group: "أن يلتقي فيرثين … مسؤولين في
                    # وزارة الخزانة", the one named is the subject)
                    and not any(self.folds[k] in self.fx.plural_offices for k in range(s, e))
                    # (nor when its other side is someone's predecessor, "استقبلت في لشبونة
                    # في أكتوبر الماضي سلف أجيابونغ", or in a trip recalled months back,
                    # "وكان ستانكزي قد زار عشق آباد في مايو/أيار الماضي على رأس وفد")
                    and not background
                    # (nor when the one named leaves for another place: "سروستانی روز
                    # چهارشنبه برای ادامه رایزنی‌ها عازم کویت می‌شود")
                    and not self._leaves_for(s, e)
                ):
                    parts.insert(0, topic)
                for key in self._delegation_heads(s, e, si):
                    if key not in parts:
                        parts.append(key)
                grouped = False
                # (not where one of the sentence's people is someone's predecessor: "X had
                # held talks with Y's predecessor, Z, … when the two ministries agreed")
                if (
                    len(parts) < 2
                    and self.cues(s, e, "group_ref")
                    and all(k in parts for k in persons)
                    # (not where the one met is a word no rule read: "با النداوی، معاون
                    # پیشین وزیر خارجه عراق، دیدار کرده بود و دو طرف …", someone else)
                    and not self._unread_partner(s, cues[0].start)
                    # (not a bloc's members: "находился в Брюсселе на встрече министров
                    # обороны стран НАТО", a meeting of NATO's ministers, not of the two)
                    and not any(
                        (t := self.ent[k]) is not None and t.cat == "ORG" and t.value.isupper()
                        for c in self.cues(s, e, "group_ref")
                        if any(
                            self.has_cue(q, "meeting_noun")
                            for q in range(max(s, c.start - 2), c.start)
                        )
                        for k in range(c.end, min(e, c.end + 4))
                    )
                    # (not in a sentence of what was before: "Sigdel visited New Delhi in
                    # December, … a tradition between the two armies", but for a "we" opening
                    # the next, where a name's end kept them one: "… Маунг Маунг Эй. Мы …")
                    and (
                        self._bare_month_in(s, e) is None
                        or any(self.tok(c.start - 1) == "." for c in self.cues(s, e, "group_ref"))
                    )
                ):
                    # "the two ministers met …": the last two people named before (of
                    # that office when it is told: "Kedua menteri perdagangan", not the
                    # foreign minister named last)
                    group = self._group_persons(s, e)
                    # (of the recent ones, the pair already told meeting: "The two officers
                    # last met in Kampala …", not the navy chief named in between)
                    pair = next(
                        (
                            m.participants
                            for m in out
                            if len(m.participants) == 2 and set(m.participants) < set(group)
                        ),
                        None,
                    )
                    for key in pair or group:
                        if key not in parts and len(parts) < 2:
                            parts.append(key)
                            grouped = True
                future = self._future(s, e, cues[0].start)
                if (
                    future
                    and all(c.value == "meeting_noun" for c in cues)
                    and self._past_day_near(cues[0], s, e)
                    and not self._future_in_clause(cues[0], s, e)
                ):
                    # talks told with a day past, beside a plan: "… vont préparer un
                    # mémorandum …, ont annoncé les deux pays après des entretiens mercredi"
                    future = False
                joint = (
                    self._joint_before(si, parts, out, cues)
                    if not future and not background
                    else None
                )
                if joint is not None:
                    # "X et Y se sont engagés mardi à …" then "Lors d'une rencontre à Abuja,
                    # M. X a salué …": the meeting of the two just named
                    parts = [joint[0], joint[1]]
                if (
                    future
                    and all(c.value == "meeting_noun" for c in cues)
                    and self.cues(s, e, "agreement")
                ):
                    # "… a roadmap they would finalise at the next meeting of their joint
                    # committee": the meeting is where a deal is due, not news of its own
                    parts = []
                kind = next(
                    (c for c in cues if c.extra in ("visit", "phone", "multilateral")), None
                )
                named = [k for k in parts if k not in self.office_only]
                if (
                    kind is not None
                    and kind.extra == "multilateral"
                    and kind.value == "meeting_verb"
                    and len(named) == 1
                ):
                    # attending an event of an office ("menghadiri pelantikan Presiden dan
                    # Wakil Presiden RI"): no meeting with its holder
                    parts = named
                if len(parts) >= 2:
                    # "later that day", "в тот же день": the day of the meeting told before
                    same_day = bool(self.cues(s, e, "same_day")) and not future
                    before = (
                        # (not a meeting recalled from long before: "il avait reçu le 24
                        # septembre 2024 …", then "Dans l'après-midi, le général …")
                        next(
                            (
                                m
                                for m in reversed(out)
                                if _of_a_day(m) and not self._recalled_meeting(m)
                            ),
                            None,
                        )
                        if same_day
                        else None
                    )
                    where = self._where_clause(s, e)
                    # (a held meeting's day and place come before a clause of what is to
                    # come: "Dacanay met with X, who is on a tour that will take her to Hanoi
                    # on Wednesday")
                    own_end = e if future else self._future_clause_start(cues[0].end, e)
                    # (nor the day of the statement telling it: "… провел переговоры с Y,
                    # сообщило в среду оборонное ведомство")
                    stated = self._statement_clause_start(cues[0].end, e)
                    own_end = min(own_end, stated)
                    said_day = stated < e and self._date_in(stated, e, dateline=False) is not None
                    # (past an opening clause of what came before: "Après Addis-Abeba hier
                    # mardi, X était ce mercredi à Djibouti, où elle s'est entretenue avec Y")
                    main = self._opening_clause(s, e)
                    main = main if main is not None and main <= cues[0].start else s
                    main = leg[1] if leg else main
                    date = (
                        # (an arrival's day is not the meeting's: "who arrived on Wednesday
                        # …, earlier in the day co-chaired …" after talks told "yesterday")
                        (
                            self._same_day(si, before)
                            if same_day and self.cues(s, e, "arrival")
                            else None
                        )
                        # (the day told after a "where": "arrivé mardi à Tunis en provenance
                        # de Tripoli, où il s'était entretenu lundi avec …")
                        or (self._date_in(where[1], e, dateline=False) if where else None)
                        # (the day of the talks told before, over an arrival's: "… held the
                        # sixth round of consultations on Wednesday", then "… led by X, while
                        # the delegation was headed by Y, who arrived on Tuesday")
                        or (
                            self._day_told_before(si, parts, out)
                            if self._arrival_days_only(main, own_end)
                            else None
                        )
                        # (the signing's day told the sentence before, over the day of the
                        # statement quoted: "… menandatangani … di Bukares, Rabu (22/4/2026)",
                        # then "Penandatanganan dilakukan oleh X dan Y …, demikian keterangan
                        # … yang dikutip kantor berita Yonhap, Kamis (23/4/2026)")
                        or self._signing_day_before(si, main, own_end)
                        or self._date_in(main, own_end, dateline=False)
                        or self._date_in(s, own_end, dateline=False)
                        # (the day of the talks told before without their names)
                        or (None if future else self._day_told_before(si, parts, out))
                        # (a month named alone: "Earlier, in March, X and Y held a phone
                        # call" is no call of the day told before)
                        or (None if future else self._bare_month_in(s, own_end))
                        or (self._same_day(si, before) if same_day else None)
                        or self._day_beside_told(si, out)
                        or self._day_told_next(si, parts)
                        # (the date line's day, but after the days of the sentences around
                        # when the statement has a day of its own: "SEOUL, April 16 (Yonhap)
                        # -- X has met with Y …, the defense ministry said Wednesday", then
                        # "X held talks with Y … on Tuesday")
                        or (self._date_in(s, stated) if not said_day else None)
                        or self._near_date(si)
                        # (else, a statement told in the wide form, its day: "X was received
                        # … by Y, the ministry said in a brief statement on Tuesday")
                        or (
                            self._date_in(stated, e)
                            if stated < e
                            and self._statement_clause_start(cues[0].end, e, wide=False) == e
                            else None
                        )
                        or (self._date_in(s, stated) if said_day else None)
                    )
                    status = "planned" if future else "held"
                    if status == "planned":
                        date = self._future_weekday(s, e) or self._next_year(s, e, date)
                        if (
                            date is not None
                            and self._before_publication(date)
                            and self._date_in(s, e) is None
                        ):
                            # (a meeting to come takes no past day from the sentences before
                            # it: "hier mardi …", then "X se rendra début mars à Suva pour y
                            # rencontrer Y")
                            date = None
                        if grouped and (date is None or self._date_in(s, e) is None):
                            # "the two sides would resume exchanges, including visits by
                            # senior officers": no day of its own, no one named: no meeting
                            continue
                    elif date is not None and self._after_publication(date):
                        status = "planned"  # "… se rendre à Paris la semaine prochaine"
                    mode: MeetingMode = "meeting"
                    for c in cues:
                        if c.extra in ("visit", "phone", "multilateral"):
                            mode = c.extra  # type: ignore[assignment]
                            break
                    evidence = [self._sent_span(si)]
                    location = (
                        (self._entity(where[0]) if where else None)
                        or self._place_in(main, own_end)
                        or self._place_in(s, own_end)
                        or self._place_told_before(si, parts, out)
                        or self._place_there(si)
                        or self._ministry_seat(s, e)
                        # (the same day, a host receiving again: where he received before)
                        or (
                            before.location
                            if before is not None and set(before.participants) & set(parts)
                            else None
                        )
                    )
                    if joint is not None:
                        ps, pe = self.sents[joint[2]]
                        evidence.insert(0, self._sent_span(joint[2]))
                        date = date or self._date_in(ps, pe)
                        location = location or self._place_in(ps, pe)
                    if led is not None:
                        ls, le = self.sents[led[0]]
                        evidence.insert(0, self._sent_span(led[0]))
                        date = date or self._date_in(ls, le)
                        location = location or self._place_in(ls, le)
                    # "X met A, then, in the afternoon, B": a meeting with each in turn
                    for group, at in self._in_turn(si, parts, cues) or [(parts, s)]:
                        out.append(
                            Meeting(
                                participants=group,
                                evidence=list(evidence),
                                # (the next one's own day and place, told after its "then":
                                # "jeudi à Port Moresby avec A, avant de rencontrer vendredi
                                # à Honiara B")
                                date=(self._date_in(at, e) if at > s else None)
                                or (
                                    _day_before(date)
                                    if self.has_cue(at, "previous_leg")
                                    else date
                                ),
                                location=(
                                    (self._place_in(at, e) or self._destination_in(at, e))
                                    if at > s
                                    else None
                                )
                                or location,
                                status=status,  # type: ignore[arg-type]
                                mode=mode,
                                # talks on a day of their own: "В понедельник Лихачев провел
                                # переговоры с …" (not "arrived on Monday … before talks")
                                day_of="talks"
                                if status == "held"
                                and self._date_in(s, e) is not None
                                and not self.cues(s, e, "arrival")
                                else "",
                            )
                        )
                elif not parts and (
                    not future
                    # (a plan told beside a meeting of a day past: "L'Islande … va financer
                    # …, ont annoncé les deux pays après une rencontre hier jeudi")
                    or (
                        (told := self._date_in(s, e, dateline=False)) is not None
                        and told.precision == "day"
                        and self._before_publication(told)
                    )
                ):
                    pending = (si, cues)
            if persons:
                topic = persons[0]
        # a headline's "met X and Y" may sum up two meetings the body tells apart: it joins
        # each of them instead of joining them into one
        heads = [m for m in out if set(m.evidence) == {title}]
        merged = _merge_meetings(
            [m for m in out if not any(m is h for h in heads)], recalled=self._recalled_meeting
        )
        for h in heads:
            # (an office the headline names stands for its holder the body names: "…
            # واستقبل سكرتير الدولة في وزارة الدفاع البولندية", then "استقبل … سكرتير
            # الدولة في وزارة الدفاع البولندية تشيزاري تومتشيك")
            parts = set(h.participants) | {
                k
                for o in h.participants
                if (office := self.office_only.get(o)) is not None and office.country
                for k, p in self.persons.items()
                if p.country == office.country and p.role == office.role
            }
            inside = [
                m
                for m in merged
                if m.status == h.status
                and set(m.participants) <= parts
                and len(m.participants) >= 2
                and _dates_agree(m.date, h.date)
            ]
            # (two meetings of one pair are two occasions, and the headline tells one: the
            # visit, not the call that prepared it "في شهر مارس الماضي")
            if len({frozenset(m.participants) for m in inside}) >= 2:
                for m in inside:
                    m.evidence += h.evidence
            else:
                merged = _merge_meetings([*merged, h], recalled=self._recalled_meeting)
        # the date line's place only where no sentence of the meeting names one (a
        # headline's "di Kremlin" names none; its body's "di Istana Kremlin, Moskow" does)
        # (not for two of other countries than that of an agency filing from home, where
        # the article names a place of theirs: "تهران- ایرنا- …" telling of a Ukrainian and
        # a Czech who met "در پراگ"; a reporter abroad files from where they met, "New York
        # (SONNA) –")
        filed = self.entities.get(dateline or "")
        home = filed is not None and self._agency_country() == filed.country
        theirs = {t.extra for t in self.ent if t is not None and t.cat == "PLACE"}
        for m in merged:
            if m.mode == "phone":
                # a call has no place: the date line's is the reporter's, and one its
                # sentences name is what was talked of ("… درباره روابط دوجانبه و تحولات
                # غزه گفت‌وگو کرد") or where one side was
                m.location = None
                continue
            served = {
                p.country if p is not None else None
                for k in m.participants
                for p in [self.persons.get(k) or self.office_only.get(k)]
            }
            if (
                home
                and None not in served
                and filed is not None
                and filed.country not in served
                and served & theirs
            ):
                continue
            if m.location is None:
                m.location = self._still_abroad(m, merged, filed)
                if m.location is None and dateline is not None:
                    m.location = dateline
                    self.default_places.add(id(m))
        return merged

    def _still_abroad(self, m: Meeting, out: list[Meeting], filed: Entity | None) -> str | None:
        """Where one of ``m``'s people, abroad, met someone else that day or up to three
        before, in a report filed from his home: "20 ноября в Маскате … Рахматов провел
        консультации", then "21 ноября Ж. Рахматов встретился с …" (still in Muscat, not in
        Tashkent); and, for a meeting of no day, where he met someone told before it ("… در
        دوحه با X دیدار کرد", then "دبیر وزارت دفاع پاکستان همچنین با Y دیدار کرد": in Doha,
        not Islamabad)."""
        if m.location is not None:
            return None
        if m.date is None:
            return self._abroad_before(m, out, filed)
        if m.date.precision != "day":
            return None
        day = _dt.date.fromisoformat(m.date.iso())
        for k in m.participants:
            p = self.persons.get(k)
            if p is None or p.country is None:
                continue
            if filed is not None and filed.country != p.country:
                continue
            # (the country of the others he met: not a host of another country, "… in
            # Mexico City on Tuesday", then "in Panama, he met Panama's deputy minister")
            others = {
                q.country
                for o in m.participants
                if (q := self.persons.get(o) or self.office_only.get(o)) is not None
            } - {None, p.country}
            for o in out:
                where = self.entities.get(o.location or "")
                if (
                    o is m
                    or k not in o.participants
                    or o.status != "held"
                    or where is None
                    or where.country in (None, p.country)
                    or (others and where.country not in others)
                    or o.date is None
                    or o.date.precision != "day"
                ):
                    continue
                if 0 <= (day - _dt.date.fromisoformat(o.date.iso())).days <= 3:
                    return o.location
        return None

    def _abroad_before(self, m: Meeting, out: list[Meeting], filed: Entity | None) -> str | None:
        """The place of the last held meeting told before ``m`` with one of its people, in a
        country not his, in a report filed from his home (see ``_still_abroad``)."""
        at = next((i for i, o in enumerate(out) if o is m), None)
        if filed is None or at is None:
            return None
        before = out[:at]
        for k in m.participants:
            p = self.persons.get(k)
            if p is None or p.country is None or filed.country != p.country:
                continue
            for o in reversed(before):
                if k not in o.participants or o.status != "held":
                    continue
                where = self.entities.get(o.location or "")
                if where is not None and where.country not in (None, p.country):
                    return o.location
                break  # (his last meeting before was at home, or nowhere told)
        return None

    def _joint_discussion(self, si: int, persons: list[str]) -> list[Tag]:
        """Two people of two countries, the one and the other, who discussed something
        together have met: "Foreign Affairs Minister X and his Surinamese counterpart Y on
        Monday discussed …", "X et son homologue Y ont discuté …" (the subject of the
        verb, before it; not a plan, nor a quote)."""
        s, e = self.sents[si]
        if not self.lex.cased or len(persons) != 2:
            return []
        said = [
            c
            for c in self.cues(s, e, "discussed")
            if not self._in_opening_quote(c.start, s, e) and not self._draft_cue(c)
        ]
        if (
            not said
            or self.cues(s, e, "future")
            or self.cues(s, e, "planned")
            or self.cues(s, e, "negation")
        ):
            return []
        verb = said[0]
        nxt = self._next_text_sent(si, 1)
        if nxt is not None and not self._acting_persons(nxt):
            ns, ne = self.sents[nxt]
            told = [t for i in range(ns, ne) for t in self.cue_at.get(i, [])]
            if any(t.value == "meeting_noun" for t in told) and not any(
                t.value == "meeting_verb" for t in told
            ):
                return []  # (the next sentence tells the meeting: see ``_joint_before``)
        first: dict[str, tuple[int, int]] = {}
        for m in sorted(self.by_sent.get(si, []), key=lambda m: m.start):
            if m.person in persons and m.person not in first:
                first[m.person] = (m.start, m.end)
        if len(first) != 2:
            return []
        (one, (_, a1)), (second, (b0, b1)) = sorted(first.items(), key=lambda kv: kv[1])
        served = [
            p.country if (p := self.persons.get(k) or self.office_only.get(k)) else None
            for k in (one, second)
        ]
        apart = (
            (None not in served and served[0] != served[1])
            # (a counterpart of a country serves another: "X and his Surinamese counterpart
            # Y", X of no country told)
            or (second in self.counterparts and served.count(None) == 1)
        )
        if (
            not apart
            or b1 > verb.start
            or verb.start - b1 > 6
            or b0 - a1 > 10
            or not any(self.folds[k] in OFFICE_AND for k in range(a1, b0))
            or any(self.tok(k) in (".", ";", ":", '"', "«", "»") for k in range(a1, verb.start))
        ):
            return []
        return [Tag("CUE", "meeting_verb", "", verb.start, verb.end)]

    def _joint_before(
        self, si: int, parts: list[str], out: list[Meeting], cues: list[Tag]
    ) -> tuple[str, str, int] | None:
        """A meeting sentence naming one person right after a sentence that names him and
        one person of another country, and tells no meeting: those two and that sentence.
        So too a sentence naming no one that only names the meeting, after one telling
        what two people of two countries discussed ("X and Y today discussed …", then "The
        meeting took place at the Ministry of Energy in Baku")."""
        if len(parts) > 1 or (
            not parts and not all(c.value == "meeting_noun" for c in cues)
        ):
            return None
        prev = self._next_text_sent(si, -1)
        if prev is None:
            return None
        before = self._acting_persons(prev)
        span = self._sent_span(prev)
        if (
            len(before) != 2
            or (parts and parts[0] not in before)
            or (not parts and not self.cues(*self.sents[prev], "discussed"))
            or any(span in m.evidence for m in out)
        ):
            return None
        served = {
            p.country
            for k in before
            if (p := self.persons.get(k) or self.office_only.get(k)) is not None
        }
        if len(served - {None}) != 2:
            return None
        s, e = self.sents[si]
        for c in self.cues(s, e, "counterpart"):
            # (not when the sentence names a counterpart of a third country: "Toktarbekov
            # pada Mei lalu menerima rekannya dari Mongolia di Astana")
            if any(
                (t := self.ent[k]) is not None and t.cat == "COUNTRY" and t.value not in served
                for k in range(c.end, min(e, c.end + 4))
            ):
                return None
        return before[0], before[1], prev

    def _visits_a_site(self, cue: Tag, e: int) -> bool:
        """A visit whose object is a site, not a host: "will visit Hyundai Rotem
        facilities", "tour a Hanwha Aerospace plant", "посетит авиационный завод"."""
        if cue.extra != "visit":
            return False
        k0 = cue.end
        if not self.lex.cased and k0 < e and (who := self.covered[k0]) is not None:
            # (past the one visiting and a day between commas, where the verb comes first:
            # "زار سهرابوند، اليوم الأربعاء، مقر الأمانة العامة لرابطة آسيان")
            k = k0
            while k < e and self.covered[k] == who:
                k += 1
            if k < e and self.tok(k) in (",", "،"):
                day = k = k + 1
                while k < e and self.date_tok[k] is not None:
                    k += 1
                if day < k < e and self.tok(k) in (",", "،"):
                    k0 = k + 1
        for k in range(k0, min(e, k0 + 6)):
            if (
                self.covered[k] is not None
                or _is_punct(self.tok(k))
                # (a site after "at" is the place of a meeting: "a reçu … au palais")
                or self.has_cue(k, "location_prep")
            ):
                break
            if self.has_cue(k, "facility"):
                return True
        if self.lex.verb_final:
            # (or before it, where the verb comes last: "… از میدان آموزشی کریوولاک بازدید
            # خواهد کرد")
            s = self.sents[self.sent_of[cue.start]][0]
            for k in range(cue.start - 1, max(s, cue.start - 6) - 1, -1):
                if self.covered[k] is not None or _is_punct(self.tok(k)):
                    return False
                if self.has_cue(k, "facility"):
                    return True
        return False

    def _in_turn(
        self, si: int, parts: list[str], cues: list[Tag]
    ) -> list[tuple[list[str], int]] | None:
        """One named before the meeting word met those named after it in turn, an
        ``in_turn`` word ("then", "puis", "затем", "ثم") after a comma between them: "X a
        rencontré A, puis, dans l'après-midi, B" is X with A and X with B (each with the
        token its clause starts at); or the day before, a ``previous_leg`` word between them
        ("X a été reçu mercredi à Honiara par A, au lendemain d'entretiens à Port Moresby
        avec B"); or each on his own, a ``separate`` word after the one and before the
        others ("X held separate talks with A and B")."""
        s, e = self.sents[si]
        # (or a signing verb before the meeting word: "X a signé mardi à Lima un plan …
        # avec A, avant de s'entretenir hier à La Paz avec B")
        signing = self.cues(s, cues[0].start, "signed")
        opening = signing[0] if signing else cues[0]
        turns = [
            t
            for t in sorted(
                self.cues(opening.end, e, "in_turn") + self.cues(opening.end, e, "previous_leg"),
                key=lambda t: t.start,
            )
            if t.start > s and (self.tok(t.start - 1) in (",", "،") or t.end - t.start > 1)
            and t.end < e and self.tok(t.end) not in ("-", "‑")
        ]
        if not turns:
            turns = self._dated_clause_turns(opening.end, e)
        if len(parts) < 3:
            return None
        first: dict[str, int] = {}
        for m in self.by_sent.get(si, []):
            if m.person in parts:
                first[m.person] = min(first.get(m.person, m.start), m.start)
        missing = [k for k in parts if k not in first]
        if missing == parts[:1] and self.cues(s, opening.start, "pronoun"):
            # (the subject a pronoun stands for: "… he met A, and on Thursday received B")
            first[parts[0]] = s - 1
        if set(first) != set(parts):
            return None
        separate = self.cues(s, e, "separate")
        if not turns and separate:
            # one named before a word of separate talks met each named after it on his own:
            # "X امروز در امان به‌طور جداگانه با A و B دیدار کرد", "X held separate talks
            # with A and B"
            subject = [k for k in parts if first[k] < separate[0].start]
            others = sorted((k for k in parts if k not in subject), key=first.__getitem__)
            if len(subject) != 1 or len(others) < 2:
                return None
            return [([*subject, k], s) for k in others]
        if not turns:
            return None
        cut = turns[0].start
        subject = [k for k in parts if first[k] < opening.start]
        before = [k for k in parts if opening.start <= first[k] < cut]
        if len(subject) > 1 and first[subject[0]] < s:
            # (the pronoun's one, and who acted with him before the verb: "он вместе с A
            # подписал …, а в четверг принимал B")
            subject, before = subject[:1], [*subject[1:], *before]
        after = [k for k in parts if first[k] >= cut]
        if len(subject) != 1 or not before or not after:
            return None
        return [(subject + before, s), (subject + after, cut)]

    def _signed_on_a_past_day(self, i: int, e: int) -> bool:
        """A day not after publication within six tokens after token i (the end of a past
        participle of signing, in English): "signed in Tallinn on Tuesday"."""
        if not self.lex.cased or i < 1 or not self.folds[i - 1].endswith("ed"):
            return False
        if i >= 2 and self.folds[i - 2] in ("be", "been", "being"):
            return False  # "will be signed on Tuesday"
        for k in range(i, min(e, i + 6)):
            di = self.date_tok[k]
            if di is not None:
                d = self.dates[di].date
                return d.precision == "day" and not self._after_publication(d)
        return False

    def _dated_clause_turns(self, s: int, e: int) -> list[Tag]:
        """A comma and "and" ("а", "et", "dan", "و") in s..e opening a clause with a day of
        its own and a meeting word after it: "8 сентября в Афинах он вместе с A подписал …, а
        в четверг, 11 сентября, принимал в Никосии B" (the "and", as an ``in_turn`` cue); or
        a comma and "before" ("sebelum", "avant de"), then a meeting word and a day after it
        other than the days before the comma: "X held talks with A in Seoul on Monday,
        before leaving for Tokyo to meet B on Tuesday" (not "signed …, following talks in
        Phnom Penh on Tuesday between X and Y", one event)."""
        out = []
        for k in range(s, e - 2):
            if self.tok(k) not in (",", "،"):
                continue
            if self.folds[k + 1] in CLAUSE_AND:
                day = next(
                    (
                        q
                        for q in range(k + 2, min(e, k + 6))
                        if (d := self.date_tok[q]) is not None
                        and self.dates[d].date.precision == "day"
                    ),
                    None,
                )
                if day is not None and self._first_meeting_cue(day, e) is not None:
                    out.append(Tag("CUE", "in_turn", "-", k + 1, k + 2))
                continue
            told = self.cues(k + 1, k + 2, "clause_before")
            meet = self._first_meeting_cue(told[0].end, e) if told else None
            after = self._days_in(meet, e) if meet is not None else set()
            before = self._days_in(s, k) if after else set()
            if after and before and after != before:
                out.append(Tag("CUE", "in_turn", "-", k + 1, told[0].end))
        return out

    def _days_in(self, a: int, b: int) -> set[str]:
        """The days (ISO) that tokens a..b name."""
        return {
            self.dates[d].date.iso()
            for q in range(a, b)
            if (d := self.date_tok[q]) is not None and self.dates[d].date.precision == "day"
        }

    def _acting_persons(self, si: int) -> list[str]:
        """The sentence's persons but those only present: "… in the presence of X and Y"
        (they attended; they neither met nor signed), those of an opening clause of
        another event ("Usai bertemu Putin, Prabowo dijadwalkan bertemu Belousov"), and
        those who only sent a message ("porteur d'un message du maréchal X")."""
        s, e = self.sents[si]
        persons = self._sentence_persons(si)
        mentions = self.by_sent.get(si, [])
        opening = self._opening_clause(s, e)
        if opening is not None:
            persons = [
                k for k in persons if any(m.start >= opening for m in mentions if m.person == k)
            ]
        # "porteur d'un message du maréchal X", "نقل تحيات الرئيس X", "en l'absence du chef
        # de la diplomatie norvégienne": the one named right after it is not there
        for category, reach in (("message", 6), ("absence", 4)):
            for cue in self.cues(s, e, category):
                persons = [
                    k
                    for k in persons
                    if not all(
                        cue.end <= m.start <= cue.end + reach for m in mentions if m.person == k
                    )
                ]
        for cue in self.cues(s, e, "members"):
            # "à la tête d'une délégation comprenant notamment le commandant de l'Armée de
            # l'air, le lieutenant-général X": those named right after it (before any other
            # meeting word) came with a side; they are not a side
            stop = min(e, cue.end + 20, self._first_meeting_cue(cue.end, e) or e)
            persons = [
                k
                for k in persons
                if not all(cue.end <= m.start < stop for m in mentions if m.person == k)
            ]
        for cue in self.cues(s, e, "away"):
            # "Министр обороны Казахстана … находится с рабочим визитом за рубежом": the one
            # named last before it was elsewhere
            before = [m for m in mentions if m.end <= cue.start]
            if before and cue.start - (last := max(before, key=lambda m: m.end)).end <= 8:
                persons = [k for k in persons if k != last.person]
        present = self.cues(s, e, "presence")
        if present:
            # "Indian Ambassador to Nepal X was also present during the meetings"
            cut = present[0].start
            if not any(m.start < cut for m in mentions):
                # told first: "Étaient également présents lors de la rencontre X et Y"
                return []
            persons = [k for k in persons if any(m.start > cut for m in mentions if m.person == k)]
        attending = self.cues(s, e, "attendance")
        if not attending:
            return persons
        cut = attending[0].start
        return [k for k in persons if any(m.start < cut for m in mentions if m.person == k)]

    def _earlier_leg(self, s: int, e: int) -> tuple[int, int] | None:
        """A relative clause on the subject that tells an earlier meeting, then the main
        clause with a meeting of its own: the clause's token span (from the relative
        pronoun to the comma after its past-perfect verb), else None (fa "X که روز گذشته در
        بغداد با Y گفت‌وگو کرده بود، امروز … با Z دیدار کرد")."""
        words = self.fx.earlier_leg
        if not words:
            return None
        opener, *closers = words
        for k in range(s, e):
            if self.folds[k] != opener:
                continue
            for q in range(k + 1, e - 1):
                if self.tok(q) in (",", "،", "."):
                    if (
                        self.tok(q) != "."
                        and self.folds[q - 1] in closers
                        and self._first_meeting_cue(k, q) is not None
                        and self._first_meeting_cue(q, e) is not None
                    ):
                        return (k, q + 1)
                    break
        return None

    def _earlier_leg_meeting(
        self, si: int, leg: tuple[int, int], persons: list[str], out: list[Meeting]
    ) -> None:
        """The meeting an earlier-leg clause tells (see ``_earlier_leg``): the subject named
        last before it and the ones named only in it, on the clause's day and at its
        place."""
        s, e = self.sents[si]
        # (the one named last before it, his title between: "کامبیز راوندی معاون سیاسی
        # وزیر امور خارجه که …")
        before = {
            k: max(ends)
            for k in persons
            if (ends := [b for _, b in self._spans_of(k, s, e) if b <= leg[0]])
        }
        subject = max(before, key=lambda k: before[k]) if before else None
        inside = [k for k in persons if k != subject and self._only_within(k, s, e, leg)]
        if subject is None or not inside:
            return
        date = self._date_in(leg[0], leg[1], dateline=False)
        out.append(
            Meeting(
                participants=[subject, *inside],
                evidence=[self._sent_span(si)],
                date=date,
                location=self._place_in(leg[0], leg[1]),
                status="held",
                mode="meeting",
                day_of="talks" if date is not None else "",
            )
        )

    def _only_within(self, key: str, s: int, e: int, span: tuple[int, int]) -> bool:
        """Every mention of ``key`` in tokens s..e lies inside ``span``."""
        spans = self._spans_of(key, s, e)
        return bool(spans) and all(span[0] <= a and b <= span[1] for a, b in spans)

    def _opening_clause(self, s: int, e: int) -> int | None:
        """Where the main clause starts when the sentence opens with "after …," / "usai
        …," (the first comma after it), else None."""
        first = next((i for i in range(s, e) if _wordlike(self.tok(i))), None)
        if first is None or not any(t.start == first for t in self.cues(s, e, "clause_before")):
            return None
        return next((i + 1 for i in range(first, e) if self.tok(i) in (",", "،")), None)

    def _delegation_heads(self, s: int, e: int, si: int) -> list[str]:
        """ "received the Russian delegation" / "la délégation russe" / "الوفد الروسي": the
        official of that country named last before this sentence leads it (not its
        ambassador, present at the talks, when someone else of it is named; a titled
        person of no country told serves the report's home, see extract())."""
        heads = []
        for cue in self.cues(s, e, "delegation"):
            country = self._delegation_country(cue)
            if country is None:
                continue
            named = [
                m.person
                for m in sorted(self.mentions, key=lambda m: m.start, reverse=True)
                if m.sent < si and self._served(m.person) == country
            ]
            lead = [k for k in named if self.persons[k].role not in ENVOY_ROLES]
            if lead or named:
                heads.append((lead or named)[0])
        return heads

    def _served(self, key: str) -> str | None:
        """The country a person serves: his own, or (titled, of no country told) the
        report's home (see extract())."""
        p = self.persons.get(key)
        if p is None:
            return None
        return p.country or (self._report_home() if p.titles else None)

    def _delegation_country(self, cue: Tag) -> str | None:
        """The country named next to a delegation's word ("the Russian delegation", "la
        délégation russe", "الوفد الروسي"), within its sentence."""
        s, e = self.sents[self.sent_of[cue.start]]
        for k in range(max(s, cue.start - 2), min(e, cue.end + 2)):
            t = self.ent[k]
            if t is not None and t.cat == "COUNTRY" and t.start == k:
                return t.value
        return None

    def _domestic(self, m: Meeting) -> bool:
        """Every participant's country is known and it is the same one."""
        served = set()
        for key in m.participants:
            p = self.persons.get(key) or self.office_only.get(key)
            if p is None or p.country is None:
                return False
            served.add(p.country)
        return len(served) == 1

    def _another_counterpart(self, s: int, e: int, persons: list[str], last: Meeting) -> bool:
        """Tokens s..e name one of the last meeting's people with someone new of another
        country, a counterpart or on a day of their own, when that meeting had two sides
        already: talks of their own ("Earlier on Sunday, Misri held delegation-level talks
        with his Nepali counterpart …", after his call on the foreign minister). Not so
        "the two ministers …" or who travels with one side."""
        if (
            len(last.participants) < 2
            or self.cues(s, e, "group_ref")
            or self.cues(s, e, "accompany")
            or not (
                self.cues(s, e, "counterpart")
                or self.cues(s, e, "separate")
                or self._date_in(s, e) is not None
            )
        ):
            return False
        known = [k for k in persons if k in last.participants]
        # (someone named: an office without a name is more often context, "the two
        # ministers also discussed preparations for a visit of the Iranian president")
        new = [k for k in persons if k not in last.participants and k in self.persons]
        if known and new and self.cues(s, e, "separate"):
            return True  # "Later in the day, X held separate talks with Y"

        def country(key: str) -> str | None:
            p = self.persons.get(key) or self.office_only.get(key)
            return p.country if p is not None else None

        return any(
            country(a) is not None and country(b) is not None and country(a) != country(b)
            for a in known
            for b in new
        )

    def _before_this(self, c: Tag, s: int, e: int) -> bool:
        """A past-holder word stands by the meeting noun ``c``: a round before this one
        ("الجولة السابقة من المشاورات")."""
        return any(
            self.folds[k] in self.fx.former_words
            for k in range(max(s, c.start - 2), min(e, c.end + 2))
        )

    def _is_caption(self, s: int) -> bool:
        """The sentence at token s opens with a caption's word ("Photo caption:", "Foto:")."""
        return self.folds[s] in CAPTION_WORDS

    def _signers_day_before(
        self, si: int, signers: set[str], meetings: list[Meeting]
    ) -> PartialDate | None:
        """The day of the last meeting of ``signers`` told before sentence ``si``."""
        start = self.sents[si][0]
        text_start = self.doc[start].idx
        told = [
            m
            for m in meetings
            if signers <= set(m.participants)
            and m.date is not None
            and m.date.precision == "day"
            and min(sp.start for sp in m.evidence) < text_start
        ]
        return told[-1].date if told else None

    def _signing_day_before(self, si: int, s: int, e: int) -> PartialDate | None:
        """The day of the signing told in the sentence before sentence ``si``, when tokens
        s..e tell a signing too and give no day but one of a statement quoted."""
        if not self.cues(s, e, "signed") or self._date_in(s, e, dateline=False, reports=False):
            return None
        if self._date_in(s, e, dateline=False) is None:
            return None  # (no day at all: the days of the sentences around, as before)
        prev = self._next_text_sent(si, -1)
        if prev is None:
            return None
        ps, pe = self.sents[prev]
        day = self._date_in(ps, pe, dateline=False, reports=False)
        if self.cues(ps, pe, "signed") and day is not None and day.precision == "day":
            return day
        return None

    def _unread_partner(self, s: int, verb: int) -> bool:
        """Before the meeting's cue at ``verb``, a "with" word ("با") and one word no rule
        read, set off by a comma or right before the cue: the one met is someone the
        article does not name so that it can be read ("با النداوی، معاون پیشین …")."""
        for k in range(s, verb - 1):
            if self.folds[k] not in self.fx.with_words:
                continue
            w = k + 1
            if (
                self.covered[w] is None
                and self.ent[w] is None
                and self.date_tok[w] is None
                and not self.cue_cover[w]
                and not self.hon[w]
                and not self.is_stop(w)
                and _wordlike(self.texts[w])
                and (w + 1 == verb or (w + 1 < verb and self.tok(w + 1) in (",", "،")))
            ):
                return True
        return False

    def _continues_meeting(self, s: int, e: int, cues: list[Tag], last: Meeting) -> bool:
        """Only nouns of meeting, nothing announced, no other day: the sentence tells more
        of the last meeting rather than a new one ("… روز چهارشنبه نیز … با X دیدار کرده
        بود" is another)."""
        # (but "the sides also discussed …", a verb of discussing said of the sides or of
        # the meeting's own people, is more of it: "Стороны также обсудили …", "وبحث
        # الجانبان …", "аль-Муфтах и Зубарев обсудили подготовку …")
        # (its tokens: "بحث" inside "تم بحث")
        discussing = {k for c in self.cues(s, e, "discussed") for k in range(c.start, c.end)}
        # (not with someone new: "وفي اتصال هاتفي آخر اليوم، بحث … مع … X"; someone named
        # in what is announced after the verb is not new to it: "… گفت‌وگو کردند که قرار
        # است در سفر آتی نخست‌وزیر گینه … امضا شود")
        verb_at = list(discussing) + [c.start for c in cues if c.value == "meeting_verb"]
        ahead = [
            c.start
            for c in self.cues(s, e, "future") + self.cues(s, e, "planned")
            if verb_at and c.start > min(verb_at)
        ]
        named = [
            k
            for k in self._sentence_persons(self.sent_of[s])
            if not ahead
            or any(m.person == k and s <= m.start < min(ahead) for m in self.mentions)
        ]
        # (nor after a headline alone: "المنفي يبحث مع وزير الخارجية اليوناني …", then the
        # body's own report of it, with its day and place)
        text = self.article.text
        told = any(
            text[sp.start : sp.end].rstrip()[-1:] in (".", "!", "?", "؟") for sp in last.evidence
        )
        # (or of no one: "كما تم بحث الترتيبات …", the arrangements were discussed)
        sides = (
            told
            and set(named) <= set(last.participants)
            and (len(named) >= 2 or not named or bool(self.cues(s, e, "group_ref")))
        )
        # (a verb said of "the sides" is more of it too: "دو طرف در این دیدار درباره …
        # گفت‌وگو کردند")
        groups = [g.start for g in self.cues(s, e, "group_ref")]
        verbs = [c for c in cues if c.value == "meeting_verb"]
        if any(
            not (
                sides
                and (c.start in discussing or any(g < c.start for g in groups))
            )
            for c in verbs
        ):
            return False
        day = self._date_in(s, e)
        if (
            day is not None
            and last.date is not None
            and day.precision == last.date.precision == "day"
            and day.iso() != last.date.iso()
        ):
            return False
        if (
            any(c.start not in discussing for c in verbs)
            and day is not None
            and not _dates_agree(day, last.date)
        ):
            # (a verb of meeting, not of discussing, of another month or year: "این دومین
            # دیدار دو مقام نظامی …؛ السرایره در مهرماه گذشته به بغداد سفر کرده و با الزبیدی
            # دیدار کرده بود"; not "стороны обсудили выполнение соглашения, подписанного … в
            # марте 2023 года")
            return False
        if (
            last.status == "planned"
            and day is not None
            and day.precision == "day"
            and self._before_publication(day)
            and not self._tells_planned(s, e)
        ):
            # a day past after a meeting to come: "… передал Дагашу приглашение посетить
            # Ниамей и провести там очередное заседание …", then "12 сентября он провел там
            # переговоры с Тчангари" is a meeting held before
            return False
        someone_new = not set(named) <= set(last.participants)
        if someone_new and (self.cues(s, e, "day_before") or self.cues(s, e, "day_after")):
            # the day before or after, with someone new: "Накануне X провела в Тбилиси
            # переговоры с … Y" is another meeting
            return False
        if (
            someone_new
            and not verbs
            and not self.cues(s, e, "future")
            and not self.cues(s, e, "planned")
            and day is not None
            and day.precision == "day"
            and self._before_publication(day)
            and (place := self._place_in(s, e)) is not None
            and place != last.location
        ):
            # a day and a place of its own: "تیارکس روز گذشته در تفلیس با … دیدار کرده بود"
            return False
        if (
            day is not None
            and last.date is None
            and day.precision == "day"
            and self._long_before_publication(day)
            and any(self._before_this(c, s, e) for c in cues if c.value == "meeting_noun")
        ):
            # the meeting before, of months before, after one of no day yet: "Предыдущая
            # встреча X со Y состоялась 16 октября прошлого года в Риге"
            return False
        if verbs:
            # a verb said of the sides is announced by a future marker before it ("The two
            # ministers will meet again") or after it in its clause ("… next month"); not
            # where the verb ends its clause and what follows is another's ("… گفت‌وگو
            # کردند که قرار است در سفر آتی …", what the sides discussed lies ahead)
            v = min(c.start for c in verbs)
            return not any(
                v - 6 <= t.start < v
                or (v < t.start <= v + 8 and not self.lex.verb_final)
                for t in self.cues(s, e, "future")
            )
        return not self._future(s, e, cues[0].start)

    def _summit_day(self, s: int, e: int, cues: list[Tag]) -> bool:
        """Nouns of meeting only, and the sentence's day follows a summit it names after
        the first: the summit's day, an earlier event the sentence recalls ("The Minister's
        visit comes four days after the tripartite summit of the leaders … in Asmara on 10
        October")."""
        if any(c.value == "meeting_verb" for c in cues):
            return False
        summits = [c.start for c in cues[1:] if c.extra == "multilateral"]
        days = [i for i in range(s, e) if self.date_tok[i] is not None]
        return bool(summits and days and cues[0].start < summits[0] < days[0])

    def _signing_meetings(self, agreements: list[Agreement], meetings: list[Meeting]) -> None:
        """Signatories of different countries signing together have met: "X and his
        counterpart Y signed a memorandum in Ankara on Tuesday"."""
        # (a titled official of no country named serves the report's home, as he will be
        # told at the end: "وقعت ليلى بنعلي، وزيرة الانتقال الطاقي …" in a Moroccan paper)
        home = self._report_home()
        for ag in agreements:
            if ag.status != "signed" or len(ag.signatories) < 2:
                continue
            self._other_party(ag)
            served = {
                p.country or (home if p.titles else None)
                for k in ag.signatories
                if (p := self.persons.get(k) or self.office_only.get(k)) is not None
            }
            if len(served - {None}) < 2:
                continue
            # the sentence naming the signatories tells where and when they met (a
            # headline or a later mention of the deal may not, or tell of another signing)
            found = [si for sp in ag.evidence if (si := self._sentence_of_span(sp)) is not None]
            if not found:
                continue
            signers = set(ag.signatories)

            def naming(i: int) -> set[str]:
                # (not one named as whose predecessor another is: "lors de la visite … du
                # prédécesseur de M. Gwandu, X, reçu par …")
                s, e = self.sents[i]
                return {
                    k for k in self._sentence_persons(i) if not self._succession_owner(k, s, e)
                }

            si = next((i for i in sorted(found) if len(signers & naming(i)) >= 2), found[0])
            if any(k in self.office_only for k in signers) and len(
                signers & set(self._sentence_persons(si))
            ) < 2:
                continue  # an office signs with someone the sentence does not name
            s, e = self.sents[si]
            # else the deal's own day (a month or year is more often another, earlier
            # signing the article recalls)
            date = (
                # (the signing's day told the sentence before, over a statement's: see
                # _signing_day_before)
                self._signing_day_before(si, s, e)
                or self._date_in(s, e, dateline=False)
                # (a photo's caption, "X exchanging the signed documents with Y", after the
                # signers' meeting told with its day: that day, not the date line's)
                or (
                    self._signers_day_before(si, signers, meetings)
                    if self._is_caption(s)
                    else None
                )
                or self._date_in(s, e)
                or (ag.date if ag.date is not None and ag.date.precision == "day" else None)
                # "قد وقّع في وقت سابق من اليوم نفسه": the day of the meeting told before
                or (
                    self._same_day(si, self._held_before(si, meetings))
                    if self.cues(s, e, "same_day")
                    else None
                )
                # "La veille à Vilnius, M. X avait signé avec …": the day before the
                # meeting told before it
                or self._day_beside_told(si, meetings)
            )
            location = self._place_in(s, e)
            evidence = [self._sent_span(si)]
            nxt = self._next_text_sent(si, 1)
            if (
                nxt is not None
                and self.cues(*self.sents[nxt], "held_at")
                and not self._sentence_persons(nxt)
                and self._first_meeting_cue(*self.sents[nxt]) is None
            ):
                # the sentence after tells where and when it was: "… menandatangani nota
                # kesepahaman …. Penandatanganan berlangsung di Ulaanbaatar pada Senin, 18
                # Agustus 2025."
                date = date or self._date_in(*self.sents[nxt], dateline=False)
                location = location or self._place_in(*self.sents[nxt])
                evidence.append(self._sent_span(nxt))
                if ag.date is None and date is not None:
                    ag.date = date
            recalled = date is not None and self._long_before_publication(date)
            meetings.append(
                Meeting(
                    participants=list(ag.signatories),
                    evidence=evidence,
                    date=date,
                    location=location,
                    day_of="signing",
                )
            )
            signing = meetings[-1]
            if signing.location is None:
                # else where another sentence telling of the deal says it was signed, else
                # where the signatories met, else (not for a signing the article recalls)
                # the date line's place: places a sentence of the meeting itself overrides
                # ("TASHKENT, Oct 23 (APP): … signed … as X held talks with Y here", then
                # "Under the MoU, officers … will attend … University, Islamabad")
                signing.location = next(
                    (p for i in found if (p := self._place_in(*self.sents[i])) is not None),
                    None,
                ) or (
                    None
                    if recalled
                    else next(
                        (
                            m.location
                            for m in meetings
                            if m.location
                            and m.status == "held"
                            and signers <= set(m.participants)
                            and not self._recalled_meeting(m)
                        ),
                        None,
                    )
                    or self._arrival_place()
                    or self._dateline_place()
                )
                if signing.location is not None:
                    self.default_places.add(id(signing))

    def _other_party(self, ag: Agreement) -> None:
        """Of the two signatories of a deal between two countries both named on the title
        line (or in its own sentences), a titled one of no country serves the party the
        other does not ("Guyana,
        Suriname sign MoU …", then "Foreign Affairs Minister X and his Surinamese
        counterpart Y on Monday signed …")."""
        if len(ag.signatories) != 2 or len(ag.parties) != 2:
            return
        ps = [self.persons.get(k) for k in ag.signatories]
        parties = {t.country for k in ag.parties if (t := self.entities.get(k)) is not None}
        first = self._next_text_sent(-1, 1)
        if any(p is None for p in ps) or len(parties) != 2 or first is None:
            return
        known = [p for p in ps if p is not None and p.country]
        # (titled, or ranked: "…, Brigadier General X, signed" under "Fiji, Tonga sign …")
        bare = [p for p in ps if p is not None and not p.country and (p.titles or p.ranks)]
        if len(known) != 1 or len(bare) != 1 or known[0].country not in parties:
            return
        # (or both named in the sentences telling the deal: "Le ministre de la Défense, X, a
        # signé lundi au Caire avec le chef d'état-major des forces armées égyptiennes … un
        # mémorandum …, qui doit permettre à davantage d'officiers libanais …")
        told = [self.sents[first]] + [
            self.sents[si]
            for sp in ag.evidence
            if (si := self._sentence_of_span(sp)) is not None
        ]
        titled = {
            t.value
            for s, e in told
            for i in range(s, e)
            if (t := self.ent[i]) is not None and t.cat == "COUNTRY"
        }
        if parties <= titled:
            bare[0].country = next(iter(parties - {known[0].country}))

    def _group_persons(self, s: int, e: int) -> list[str]:
        """The people "the two ministers" of tokens s..e stand for: the last three named
        before, only those whose titles hold every word of the office after the group's
        word ("Kedua menteri perdagangan") when two of them do."""
        recent = self._recent_persons(s, limit=3)
        group = self.cues(s, e, "group_ref")[0]
        said = " ".join(self.folds[q] for q in range(group.start, group.end))
        if any(w in said for w in MINISTER_STEMS):
            # "министры", "the two ministers": not the president named with them
            ministers = [
                k
                for k in recent
                if (p := self.persons.get(k) or self.office_only.get(k)) is not None
                and (p.role is None or "minister" in p.role)
            ]
            recent = ministers if len(ministers) >= 2 else recent
        # (the group's word may hold the office's: "Kedua menteri", "the two ministers")
        title = next(
            (
                t
                for q in range(group.start + 1, min(e, group.end + 1))
                if (t := self.ent[q]) is not None and t.cat == "TITLE" and t.start == q
            ),
            None,
        )
        if title is None:
            return recent
        k = title.end
        while k < e and self.folds[k] in self.fx.portfolios:
            k += 1  # "menteri perdagangan"
        words = [self.folds[q][:5] for q in range(title.start, k)]
        if len(words) < 2:
            return recent

        def holds(key: str) -> bool:
            p = self.persons.get(key) or self.office_only.get(key)
            told = {fold(w)[:5] for t in (p.titles if p else []) for w in t.split()}
            return all(w in told for w in words)

        of_office = [k for k in recent if holds(k)]
        return of_office if len(of_office) >= 2 else recent

    def _later_that_day(self, meetings: list[Meeting]) -> None:
        """A held meeting told "later that day" without a day of its own takes the day of
        the dated meeting told before it, a signing's too ("ووقع … أمس. وفي وقت لاحق من
        اليوم نفسه، استقبل الرئيس …"); without a place, the place of the one before it with
        one of its people that day."""
        for m in meetings:
            si = self._sentence_of_span(m.evidence[0]) if m.evidence else None
            if m.status != "held" or si is None or not self.cues(*self.sents[si], "same_day"):
                continue
            if m.date is None:
                dated = [o for o in meetings if o is not m and o.date is not None]
                before = self._held_before(si, dated)
                if before is not None:
                    m.date = before.date
            if m.location is None:
                # … and the place of one of its people's: "Le même jour, X a reçu
                # l'ambassadrice …" after X signed in Athens
                placed = [
                    o
                    for o in meetings
                    if o is not m
                    and o.location is not None
                    and set(o.participants) & set(m.participants)
                    and (m.date is None or o.date == m.date)
                ]
                before = self._held_before(si, placed)
                if before is not None:
                    m.location = before.location

    def _trip_places(self, meetings: list[Meeting]) -> None:
        """A held meeting told without a place, in the two sentences after one telling of a
        visit of one of its people to a place (no meeting of its own there), was held
        there: "Alice Rufo a effectué mercredi une visite à Beyrouth …", then "Mme Rufo a
        d'abord été reçue à Yarzé par le commandant en chef de l'armée …"."""
        told = {self._sentence_of_span(sp) for m in meetings for sp in m.evidence}
        for m in meetings:
            si = self._sentence_of_span(m.evidence[0]) if m.evidence else None
            if m.location is not None or m.status != "held" or si is None:
                continue
            for k in range(si - 1, max(-1, si - 3), -1):
                if k in told:
                    break  # (another meeting told between: not this trip's)
                s, e = self.sents[k]
                visit = any(
                    c.extra == "visit"
                    for c in self.cues(s, e, "meeting_noun") + self.cues(s, e, "meeting_verb")
                )
                named = set(self._sentence_persons(k))
                if visit and named & set(m.participants) and len(named) == 1:
                    m.location = self._place_in(s, e)
                    break

    def _held_before(self, si: int, meetings: list[Meeting]) -> Meeting | None:
        """The last held meeting told before sentence si; not one the article recalls, told
        sentences before, when there is one of the news ("Предыдущий план … был подписан 18
        июня 2025 года в Софии, где …", a paragraph, then "В тот же день Неделкоски провёл
        переговоры с …" on the day of the signing told first)."""
        start = self._sent_span(si).start
        told = [m for m in meetings if _of_a_day(m) and m.evidence[0].start < start]
        last = max(told, key=lambda m: m.evidence[0].start, default=None)
        prev = self._next_text_sent(si, -1)
        if (
            last is not None
            and self._recalled_meeting(last)
            and (prev is None or self._sent_span(prev) not in last.evidence)
        ):
            news = [m for m in told if not self._recalled_meeting(m)]
            return max(news, key=lambda m: m.evidence[0].start, default=last)
        return last

    def _recent_persons(self, before: int, limit: int = 2) -> list[str]:
        """Distinct persons by their latest mention before token ``before``, newest first."""
        out: list[str] = []
        for i in range(before - 1, -1, -1):
            key = self.covered[i]
            if key is not None and key not in out:
                out.append(key)
                if len(out) == limit:
                    break
        return out

    def _pronoun_signer(self, si: int, named: str) -> str | None:
        """A pronoun before the one signatory a sentence names stands for the first person
        of the sentence before, of another country than his: the other signatory."""
        s, e = self.sents[si]
        if not self.cues(s, e, "pronoun") or not self._refers_back(s, e):
            return None
        prev = self._next_text_sent(si, -1)
        before = self._acting_persons(prev) if prev is not None else []
        if not before or before[0] == named:
            return None
        one, other = (self.persons.get(k) or self.office_only.get(k) for k in (before[0], named))
        if one is None or other is None or None in (one.country, other.country):
            return None
        return before[0] if one.country != other.country else None

    def _refers_back(self, s: int, e: int) -> bool:
        """A pronoun or possessive points to the previous sentences' subject, when it comes
        before anyone the sentence names ("وی سپس با ژنرال X دیدار کرد"; but not "M. Prabowo
        … s'est rendu … depuis sa nomination")."""
        pronouns = self.cues(s, e, "pronoun")
        if pronouns:
            named = next((i for i in range(s, e) if self.covered[i] is not None), e)
            return pronouns[0].start < named
        for i in range(s, e):
            if self.has_cue(i, "meeting_verb") or self.has_cue(i, "meeting_noun"):
                # possessive clitic on the cue word itself: pertemuannya, دیدارش, لقائه
                tok = self.folds[i]
                if tok != self.norm(i) and any(tok.endswith(fold(x)) for x in self.lex.suffixes):
                    return True
        return self.lex.pro_drop and not self._sentence_persons_subject(s, e)

    def _sentence_persons_subject(self, s: int, e: int) -> bool:
        """True when a person is named before the first meeting cue (an explicit subject)."""
        first_cue = self._first_meeting_cue(s, e)
        stop = e if first_cue is None else first_cue
        return any(self.covered[i] is not None for i in range(s, stop))

    def _statement_clause_start(self, start: int, e: int, wide: bool = True) -> int:
        """The comma from ``start`` on that opens a clause of a reporting verb told with its
        day ("…, сообщило в среду оборонное ведомство", "…, the ministry said on
        Wednesday"): what the day tells is the statement's; else ``e``. With ``wide``, its
        subject may take up to five words and its day come after "in a statement" ("…, the
        Iranian Foreign Ministry said in a statement on Wednesday"), or of a statement
        quoted ("…, demikian keterangan Kementerian Pertahanan Vietnam yang dikutip ANTARA di
        Hanoi, Rabu")."""
        said = [*self.cues(start, e, "speech"), *self.cues(start, e, "quoted_from")]
        for c in sorted(said, key=lambda c: c.start):
            comma = self._comma_before(c.start, start)
            if comma is None:
                continue
            if (c.start - comma <= 4 and self._day_within(c.end, e, 3)) or (
                wide
                and c.start - comma <= 6
                and not any(self.covered[k] for k in range(comma, c.start))
                and self._day_within(c.end, e, 5)
            ):
                return comma
        return e

    def _day_within(self, start: int, e: int, n: int) -> bool:
        """A date's token among the n tokens from ``start`` (not past e)."""
        return any(self.date_tok[k] is not None for k in range(start, min(e, start + n)))

    def _future_clause_start(self, start: int, e: int) -> int:
        """The comma from ``start`` on that opens the clause of a future marker ("…, who is
        on a tour that will take her to Hanoi on Wednesday"), or ``e``."""
        for f in self.cues(start, e, "future"):
            comma = self._comma_before(f.start, start)
            if comma is not None:
                return comma
            if f.start - 1 > start and self.folds[f.start - 1] in OFFICE_AND:
                # (or its "and": "X juga bertemu Y dan dijadwalkan meninjau … di Trincomalee")
                return f.start - 1
        return e

    def _comma_before(self, k: int, start: int) -> int | None:
        """The last comma before token k, from ``start`` on."""
        return next((q for q in range(k - 1, start - 1, -1) if self.tok(q) in (",", "،")), None)

    def _future(self, s: int, e: int, cue_start: int) -> bool:
        """A future or schedule marker near the cue: shortly after it, or before it in the
        same clause (an SOV verb ends a long one: "قرار است X در ادامه این سفر با Y دیدار
        کند"; "is scheduled to hold talks with …")."""
        # a marker after the cue belongs to another clause when an agreement word lies
        # between them: "signed a contract under which Iran will swap …"
        between = [a.start for a in self.cues(s, e, "agreement")]
        # a marker before a past reporting verb is of the words reported: "Hungary will
        # support Serbia, Szijjártó said after talks with Đurić"
        said = [c.start for c in self.cues(s, e, "speech")]
        # a marker before a comma and "following"/"after" the cue is of the main clause,
        # which tells what came of the talks: "… a committee that will verify the border,
        # following talks in Juba on Monday"
        after = next(
            (c.start for c in self.cues(s, e, "clause_before") if c.start < cue_start <= c.end),
            None,
        )
        if self.fx.future_infinitive and any(
            self.folds[i - 1] in self.fx.future_infinitive
            and self.covered[i - 2] is not None
            and self.has_cue(i, "meeting_verb")
            for i in range(s + 2, e)
        ):
            return True  # a headline's "PM Oli to receive him on Monday"
        # (after a meeting noun, its whole phrase: "Sidang komisi bersama kerja sama
        # bilateral kedua negara juga dijadwalkan …")
        reach = 10 if self.lex.cased and self.has_cue(cue_start, "meeting_noun") else 6
        return any(
            (
                # (further before it with no comma between: a long SOV clause, "هیئت
                # اندونزیایی قرار است امروز (جمعه) از مرکز … و ناوچه «…» بازدید کند")
                -reach
                <= cue_start - t.start
                <= (20 if self._comma_between(t.start, cue_start) else 30)
                if not self._clause_break(t.start, cue_start)
                else abs(t.start - cue_start) <= 6
            )
            # (nor is "plan to" a marker when its "plan" is the deal: "signed a joint
            # operations plan to secure the border")
            and not any(cue_start < b <= t.start for b in between)
            and not any(t.start < c < cue_start for c in said)
            and not (
                after is not None
                and t.start < after
                and any(self.tok(k) == "," for k in range(t.start + 1, after))
            )
            for t in self.cues(s, e, "future") + self.cues(s, e, "planned")
        )

    def _comma_between(self, i: int, j: int) -> bool:
        """A comma between tokens i and j."""
        return any(self.tok(k) in (",", "،") for k in range(i + 1, j))

    def _clause_break(self, i: int, j: int) -> bool:
        """A ';' or ':' between tokens i and j: another clause."""
        return any(self.tok(k) in (";", ":", "؛") for k in range(i + 1, j))

    def _hosted_by(self, parties: list[str], s: int, e: int) -> list[str]:
        """The other side of a deal told with one side only, in a city of another country
        the article names or whose officials it names: that country ("The Federal
        Government and Italy on Tuesday in Abuja signed a Memorandum …"; not the host of a
        summit elsewhere)."""
        if len(parties) != 1 or (at := self._place_in(s, e)) is None:
            return []
        place = self.entities.get(at)
        here = f"country:{place.country}" if place is not None and place.country else None
        if here is None or here == parties[0]:
            return []
        told = {p.country for p in self.persons.values()} | self._countries_named
        return [here] if place.country in told else []

    def _met_by(
        self, parties: list[str], meetings: list[Meeting], signed: bool = False
    ) -> list[str]:
        """The one country (entity key) whose officials the officials of the one party in
        ``parties`` meet in the article: "kedua negara sepakat …" after talks of
        Indonesia's and Madagascar's officials, whatever else the article names most.
        Empty when none, or several. For a deal ``signed``, a meeting still to come is no
        side of it ("Khang will travel to Jakarta on Thursday for talks with …")."""
        if len(parties) != 1:
            return []
        others: set[str] = set()
        for m in meetings:
            if signed and m.status == "planned":
                continue
            served = {
                f"country:{p.country}"
                for k in m.participants
                if (p := self.persons.get(k) or self.office_only.get(k)) is not None and p.country
            }
            if parties[0] in served:
                others |= served - {parties[0]}
        return sorted(others) if len(others) == 1 else []

    def _last_sides(self, si: int, meetings: list[Meeting], signed: bool = False) -> list[str]:
        """The two countries (entity keys) of the meeting told last at or before sentence
        ``si``: "the two sides" of "Les deux parties ont également évoqué le projet de
        mémorandum …" after the minister received the Indonesian ambassador, whoever the
        article goes on to. Empty when that meeting has not two countries. For a deal
        ``signed``, a meeting still to come is no side of it ("… where he will hold talks
        with the Chief of the National Guard", then "the agreement the two countries
        signed in 2010" is the article's)."""
        start = self._sent_span(si).start
        told = [
            (max(sp.start for sp in m.evidence if sp.start <= start), m)
            for m in meetings
            if any(sp.start <= start for sp in m.evidence)
            and not (signed and m.status == "planned")
        ]
        if not told:
            return []
        # (the one a meeting word with its place names: "По итогам встречи в Аккре стороны
        # подписали …" after talks in Accra, then others in Abidjan)
        s, e = self.sents[si]
        here = self._place_in(s, e) if self._first_meeting_cue(s, e) is not None else None
        there = [x for x in told if here is not None and x[1].location == here]
        last = max(there or told, key=lambda x: x[0])[1]
        served = sorted(
            {
                f"country:{p.country}"
                for k in last.participants
                if (p := self.persons.get(k) or self.office_only.get(k)) is not None and p.country
            }
        )
        return served if len(served) == 2 else []

    def _main_countries(self, n: int = 2) -> list[str]:
        """The n countries the article is most about (entity keys), by mentions."""
        mention_counts: Counter[str] = Counter()
        for ent in self.entities.values():
            if ent.kind == "country":
                mention_counts[ent.key] = len(ent.mentions)
        # the countries of the officials count too (their titles often hold the adjective)
        for p in list(self.persons.values()) + list(self.office_only.values()):
            if p.country:
                mention_counts[f"country:{p.country}"] += max(1, len(p.mentions))
        # (and the home of the national outlet filing it, once the article names it: "Al-Watwan
        # … les marins comoriens", a report on the Comoros, not on the Seychelles named once)
        agency = self._agency_country()
        if agency is not None and f"country:{agency}" in mention_counts:
            mention_counts[f"country:{agency}"] += 1
        return [k for k, _ in mention_counts.most_common(n)]

    def _note_implied(self, key: str, info: dict) -> None:
        """Record that ``key``'s country is only his title's words' (see ``title_implied``)."""
        if info["country"] and info["country"] == info["implied"]:
            self.title_implied.setdefault(key, info["country"])

    def _unnamed_title_countries(self) -> dict[str, str]:
        """Officials whose country only their title's words gave, a country the article
        never names and does not report from, are taken as of no country (their country is
        then read from their meetings and the report's home, as for any title naming none):
        "N'Djamena (ATPE) – Le ministre des Armées, X, a reçu … le vice-ministre hongrois"
        is Chad's. Returns the countries taken away, to give back to those still without."""
        named = {e.country for e in self.entities.values() if e.kind != "organization"}
        filed = {self._agency_country(), self._dateline_country()}
        taken: dict[str, str] = {}
        for key, cc in self.title_implied.items():
            p = self.persons.get(key)
            if (
                p is not None
                and p.country == cc
                and cc not in named
                and cc not in filed
                # (nor one a title's own words name: "رئیس کمیته دائمی کنگره ملی خلق چین")
                and cc not in self.written_countries
            ):
                p.country = None
                taken[key] = cc
        return taken

    def _office_held_at(self, m: Meeting, home: str, guesses: dict[str, set[str]]) -> bool:
        """A participant of m without a country holds an office (not a generic one) that a
        named official of ``home`` the article tells holds too (of that country, or so
        guessed from the meetings before: ``guesses``)."""
        held = {
            p.role
            for k, p in self.persons.items()
            if (p.country == home or (p.country is None and guesses.get(k) == {home}))
            and p.role
            and p.role not in GENERIC_ROLES
            and k not in m.participants
        }
        return any(
            (p := self.persons.get(k)) is not None and p.country is None and p.role in held
            for k in m.participants
        )

    def _countries_from_meetings(
        self, meetings: list[Meeting], *, hosted_only: bool = False
    ) -> bool:
        """An official without a country who meets officials of one country, in an article
        about that country and one other, serves the other ("le ministre des affaires
        étrangères, X, recevait ses homologues japonais"). With ``hosted_only``, only the
        host of a meeting held in another's country. Whether any got one."""
        main = [k.removeprefix("country:") for k in self._main_countries()]
        if len(main) < 2:
            return False
        # a national agency's own officials come first, in a report filed from home: "Dakar
        # (APS) – Le président de la République, X, s'est entretenu à Abuja avec son
        # homologue ghanéen" is Senegal's (not so an AFP report without a date line)
        agency, filed = self._agency_country(), self._dateline_country()
        guesses: dict[str, set[str]] = {}
        hosts: dict[str, set[str]] = {}  # the guesses from where the meeting was held
        envoys: dict[str, set[str]] = {}  # the guesses from the post of an envoy met
        for m in meetings:
            people = [self.persons.get(k) for k in m.participants]
            # (an office named without a name is a side too: "با معاون وزیر امور خارجه
            # کویت دیدار", with his own country's ambassador present)
            offices = [self.office_only.get(k) for k in m.participants]
            known = {p.country for p in people + offices if p is not None and p.country}
            if len(known) != 1 or next(iter(known)) not in main:
                continue
            other = main[1] if main[0] in known else main[0]
            # a meeting held in a country the article names, not the known side's: the other
            # side is the host ("received his Egyptian counterpart … in Athens"), but not at
            # a summit there
            where = self.entities.get(m.location or "")
            # (the country named, or the place its capital: "talks in Nicosia with the
            # Chief of the National Guard" in a report on Greece and Serbia)
            hosted = (
                where is not None
                and where.country not in (None, *known)
                and (
                    f"country:{where.country}" in self.entities
                    or getattr(countries().get(where.country), "capital", None) == where.label
                )
            )
            if hosted and not self._multilateral(m):
                other = where.country
            # an envoy meets the officials of the country he is posted to ("the Ambassador of
            # China to Nigeria is also expected to meet the Minister of State for Defence")
            posted = {self.posts[k] for k in m.participants if k in self.posts} - known
            by_post = not hosted and len(posted) == 1
            # (the known side all envoys: one may meet a visitor of his own country)
            envoy_side = all(
                p.role in ENVOY_ROLES for p in people + offices if p is not None and p.country
            )
            if by_post:
                other, where, hosted = next(iter(posted)), None, True
            home = self._home_of_report(m, agency, filed, known)
            if (
                home is not None
                and home not in known
                and not (hosted and where is not None and self._no_own_dateline())
                # (nor for talks in another country with someone in an office the report's
                # own country has a holder of, named: Bernama on a Vietnamese deputy
                # minister's talks in Singapore with a Minister of State for Defence, after
                # his talks at home with Malaysia's deputy defence minister)
                and not (hosted and where is not None and self._office_held_at(m, home, guesses))
            ):
                # (not, when no line tells where the report was filed, for talks in a third
                # country's capital, a visitor's with his host: ISNA on an Indian admiral's
                # talks in Port Louis with Mauritius's adviser)
                other = home
            if hosted_only and not (hosted and where is not None and other == where.country):
                continue
            for key, p in zip(m.participants, people, strict=True):
                if p is not None and p.country is None and (p.titles or p.ranks):
                    guesses.setdefault(key, set()).add(other)
                    if by_post or envoy_side:
                        envoys.setdefault(key, set()).add(other)
                    if hosted and (where is None or other == where.country):
                        hosts.setdefault(key, set()).add(other)
        for key, ccs in guesses.items():
            # (where guesses differ, the other side of a meeting with a known side, before
            # the country an envoy he met is posted to: "… در سفری به عشق‌آباد با وزیر کشور
            # ترکمنستان دیدار", then "با سفیر ایران در عشق‌آباد", his own country's envoy)
            told = ccs - envoys.get(key, set())
            if len(ccs) > 1 and len(told) == 1:
                ccs = told
            # (else the host's country told by the places of his meetings: the NSA receiving
            # two ambassadors in Abuja, one of them telling of a conference)
            ccs = hosts.get(key, set()) if len(ccs) > 1 else ccs
            if len(ccs) == 1:
                self.persons[key].country = next(iter(ccs))
        return any(self.persons[key].country for key in guesses)

    def _late_office_holders(self, meetings: list[Meeting]) -> None:
        """An office named without a name ("le chef de la diplomatie burundaise") is the one
        person of the article holding it, once the countries are known: the minister whose
        title named no country ("le ministre des Affaires étrangères …, Albert Shingiro")."""
        for key, office in list(self.office_only.items()):
            # (a headline's "representative" is the one person of that country: "Венедиктов
            # обсудил с представителем Индонезии", the body naming Indonesia's minister)
            told = [m.start for m in self.mentions if m.person == key]
            rep = (
                office.role == "spokesperson"
                and bool(told)
                and all(self._in_title_line(i) for i in told)
            )
            holders = [
                k
                for k, p in self.persons.items()
                if p.name
                and k not in self.former
                and p.country == office.country
                and (
                    rep
                    or p.role == office.role
                    or office.role in self.offices.get(k, ())
                    # (one post under two titles, scripts without capitals: "X دبیرکل این
                    # وزارتخانه" after "دبیرکل وزارت امور خارجه لبنان")
                    or (
                        not self.lex.cased
                        and any(
                            len(t.split()) >= 3 and _titles_in_order(p, fold(t).split())
                            for t in office.titles
                        )
                    )
                )
                and not _secretary_not_minister(p, p.country, office.titles)
            ]
            if not holders:
                holders = self._untitled_holder(key, meetings)
            if len(holders) != 1:
                continue
            holder = self.persons[holders[0]]
            holder.role = holder.role or office.role
            holder.country = holder.country or office.country
            for t in office.titles:
                if t not in holder.titles:
                    holder.titles.append(t)
            for m in self.mentions:
                if m.person == key:
                    m.person = holders[0]
            for m in meetings:
                if key in m.participants:
                    m.participants = list(
                        dict.fromkeys(holders[0] if k == key else k for k in m.participants)
                    )
            del self.office_only[key]

    def _untitled_holder(self, key: str, meetings: list[Meeting]) -> list[str]:
        """The one person named with no title nor country who meets the same people on the
        same day as an office named without a name: its holder ("… held talks with the
        chief of staff of the Bahrain Defence Force in Manama on Tuesday. During the meeting
        with Lt. Gen. X, …")."""
        found: set[str] = set()
        for m in meetings:
            if key not in m.participants:
                continue
            others = set(m.participants) - {key}
            for o in meetings:
                rest = set(o.participants) - others
                if (
                    o is m
                    or len(rest) != 1
                    or o.status != m.status
                    or not _dates_agree(o.date, m.date)
                    or not others <= set(o.participants)
                ):
                    continue
                k = next(iter(rest))
                p = self.persons.get(k)
                if p is not None and p.name and p.country is None and p.role is None:
                    found.add(k)
        return sorted(found - self.former)

    def _multilateral(self, m: Meeting) -> bool:
        """A sentence stating ``m`` names a summit or a conference (a multilateral event)."""
        for sp in m.evidence:
            span = self.doc.char_span(sp.start, sp.end, alignment_mode="expand")
            if span is not None and any(
                c.extra == "multilateral" for c in self.cues(span.start, span.end, "meeting_noun")
            ):
                return True
        return False

    def _home_of_report(
        self, m: Meeting, agency: str | None, filed: str | None, known: set[str]
    ) -> str | None:
        """The country a report about meeting ``m`` is told from: a national agency filing
        from home, when its country is part of the story (not a TASS report from Moscow on
        two other countries); or, without an agency, the date line's country when the
        meeting is elsewhere, and not in the country of its ``known`` side ("Accra, June 23,
        GNA - … held talks … in Abuja")."""
        where = self.entities.get(m.location or "")
        if agency is not None:
            named = agency == filed and f"country:{agency}" in self.entities
            # (or a meeting held at home: Mehr on a meeting in Tehran)
            at_home = where is not None and where.country == agency
            # (or a visitor to the known side's country, in a report in the language of the
            # agency's country filed from there: "JAKARTA, KOMPAS.com - Wakil Menteri
            # Pertahanan X bertemu dengan Menteri Pertahanan Tunisia Y di Tunis" is
            # Indonesia's deputy minister, not of the Algeria of his stop before)
            visitor = (
                agency == self.lex.home_country
                # (or with no date line at all, when the report names its country or a
                # city of it: "به گزارش خبرگزاری مهر …، X معاون سیاسی وزیر امور خارجه که …
                # به پرتوریا سفر کرده است، … با Y … دیدار کرد", then "تهران و پرتوریا")
                and (
                    filed == agency
                    or (
                        filed is None
                        and any(n.country == agency for n in self.entities.values())
                    )
                )
                and where is not None
                and where.country in known
            )
            # (or a call, placeless, told by a national agency in its country's language
            # that names its country nowhere: Tasnim on an Iranian deputy's call to Sudan)
            call = (
                m.mode == "phone"
                and agency == self.lex.home_country
                and f"country:{agency}" not in self.entities
            )
            return agency if named or at_home or visitor or call else None
        if where is not None and where.country not in (None, filed, *known):
            # (not when the meeting is at home for its known side: "Al Wasat, Cairo - Saddam
            # Haftar met Turkey's minister in Ankara" is no Egyptian's visit)
            return filed
        return None

    def _in_opening_quote(self, i: int, s: int, e: int) -> bool:
        """Token i is inside the words quoted at the start of sentence s..e, someone's
        speech ("“… perundingan bisa dimulai pada 2026,” ujar X"): no meeting is told there."""
        if e - s < 3 or self.tok(s) not in OPEN_QUOTES:
            return False
        closing = OPEN_QUOTES[self.tok(s)]
        end = next((k for k in range(s + 1, e) if self.tok(k) == closing), None)
        return end is not None and s < i < end

    def _counterpart_offices(self, key: str) -> set[str]:
        """The specific offices of those of another country named in a sentence with
        ``key`` (whose counterpart he is said to be)."""
        p = self.persons[key]
        sents = {m.sent for m in self.mentions if m.person == key}
        return {
            o.role
            for si in sents
            for m in self.by_sent.get(si, [])
            if m.person != key
            and (o := self.persons.get(m.person)) is not None
            and o.role is not None
            and o.role not in GENERIC_ROLES
            and o.country not in (None, p.country)
        }

    def _counterpart_roles(self, meetings: list[Meeting]) -> None:
        """A counterpart holds the office of whom he meets: "Safadi met his Iraqi counterpart
        Fuad Hussein" makes Fuad Hussein Iraq's foreign minister, so that "the Iraqi foreign
        minister" of another report can be found to be him."""
        for m in meetings:
            for key in m.participants:
                p = self.persons.get(key)
                if key not in self.counterparts or p is None or p.role is not None:
                    continue
                roles = {
                    o.role
                    for k in m.participants
                    if k != key
                    and (o := self.persons.get(k)) is not None
                    and o.role is not None
                    and o.role not in GENERIC_ROLES
                    and (o.country is None or o.country != p.country)
                }
                if len(roles) == 1:
                    p.role = next(iter(roles))

    def _home_title(self, p: Person) -> bool:
        """A title of ``p`` ends with a word for the report's own country (ar "الدولة")."""
        return any(t.split() and fold(t.split()[-1]) in self.fx.home_refs for t in p.titles)

    def _bare_norm(self, i: int) -> str:
        """Token i's lexicon form without its article ("السوداني", "للسوداني": سوداني)."""
        norm = self.norms[i]
        for a in sorted(self.fx.article_prefixes, key=len, reverse=True):
            if norm.startswith(a) and len(norm) > len(a) + 1:
                return norm[len(a) :]
        return norm

    def _post_filled(self, key: str, country: str) -> bool:
        """Another person of the article holds this person's post for ``country``, a post
        with one holder ("President Javier Milei" in a report from Brasilia that names
        Lula as Brazil's president is not Brazil's)."""
        role = self.persons[key].role
        return any(
            other != key and q.name is not None and q.country == country and same_post(q.role, role)
            for other, q in self.persons.items()
        )

    def _countries_of_deputies(self) -> None:
        """A deputy without a country serves the country of the one named in the office he
        is deputy of: "Wakil Menteri Komunikasi dan Digital X" beside "Menteri Komunikasi
        dan Digital Y" of Indonesia."""
        held: dict[str, set[str]] = {}
        for p in self.persons.values():
            if p.country:
                for t in p.titles:
                    held.setdefault(fold(t), set()).add(p.country)
        for p in self.persons.values():
            if p.country is not None:
                continue
            for t in p.titles:
                words = fold(t).split()
                k = 0
                while k < len(words) and words[k] in self.fx.deputy_words:
                    k += 1
                served = held.get(" ".join(words[k:]), set()) if 0 < k < len(words) else set()
                if len(served) == 1:
                    p.country = next(iter(served))
                    break

    def _countries_of_attendees(self, meetings: list[Meeting]) -> None:
        """Officials without a country, named only as attending ("The Chief of Defence,
        General X, attended the talks at the Ministry of Defence"), serve the host: the
        country of the place of the article's held meetings, when that is one country and
        may be the country of a side of each."""
        hosts: set[str] = set()
        for m in meetings:
            where = self.entities.get(m.location or "")
            if m.status != "held" or where is None or where.country is None:
                continue
            sides = {
                p.country
                for k in m.participants
                if (p := self.persons.get(k) or self.office_only.get(k)) is not None
            }
            if where.country not in sides and None not in sides:
                return  # (a meeting on neutral ground: no host)
            hosts.add(where.country)
        if len(hosts) != 1:
            return
        host = hosts.pop()
        for key, p in self.persons.items():
            if p.country is not None or not (p.titles or p.ranks):
                continue
            sents = {m.sent for m in self.mentions if m.person == key}
            if not sents or not all(
                self.cues(*self.sents[si], "presence") or self.cues(*self.sents[si], "attendance")
                for si in sents
            ):
                continue
            # (not one of the visitors' delegation, nor beside officials of another country
            # who are no envoys: an ambassador at talks abroad may be either side's)
            if any(self.cues(*self.sents[si], "delegation") for si in sents):
                continue
            beside = {
                q.country
                for m in self.mentions
                if m.sent in sents
                and m.person != key
                and (q := self.persons.get(m.person) or self.office_only.get(m.person))
                is not None
                and q.country is not None
                and q.role not in ENVOY_ROLES
            }
            if beside <= {host}:
                p.country = host

    def _countries_of_companions(self) -> None:
        """Officials who travel with another ("accompagné de la ministre X", "didampingi
        Menlu Sugiono", "X and Y accompanied the president") serve that one's country: the
        people named after the cue (else before it) without a country take the country of
        the nearest named on its other side (else of the article's first-named official)."""
        first = None  # the article's first-named official: whom "the president" is, most often
        for m in sorted(self.mentions, key=lambda m: m.start):
            p = self.persons.get(m.person)
            if p is not None and p.country:
                first = p.country
                break
        for cue in self.cues(0, len(self.doc), "accompany"):
            si = self.sent_of[cue.start]
            here = [m for m in self.mentions if m.sent == si and m.person in self.persons]
            after = [m for m in here if m.start >= cue.end]
            before = [m for m in here if m.end <= cue.start]
            # before the cue, only the subject right before it ("X and Y accompanied …"),
            # not the host of the sentence ("X a reçu Y, accompagné de Z")
            close = [
                m
                for m in before
                if cue.start - m.end <= 8
                and not any(self.tok(k) in (",", "،") for k in range(m.end, cue.start))
            ]
            companions, others = (after, before[::-1]) if after else (close, [])
            country = next(
                (self.persons[m.person].country for m in others if self.persons[m.person].country),
                first,
            )
            for m in companions:
                t = self.ent[m.start]
                if t is not None and t.cat == "TITLE" and t.end >= m.end:
                    continue  # "the minister" told again is whom they accompany
                p = self.persons[m.person]
                p.country = p.country or country

    def _countries_of_members(self) -> None:
        """Officials listed as a delegation's members ("В состав иранской делегации вошли
        заместитель министра X и Y", "the Iranian delegation included …", "ضم الوفد
        الإيراني …") serve its country when their titles name none: those named after the
        member word, up to a meeting word."""
        for cue in self.cues(0, len(self.doc), "delegation"):
            country = self._delegation_country(cue)
            if country is None:
                continue
            s, e = self.sents[self.sent_of[cue.start]]
            word = next(
                (
                    k
                    for k in range(max(s, cue.start - 3), min(e, cue.end + 4))
                    if self.folds[k] in self.fx.member_words and self.ent[k] is None
                ),
                None,
            )
            if word is None:
                continue
            stop = self._first_meeting_cue(word + 1, e) or e
            for m in self.mentions:
                p = self.persons.get(m.person)
                if p is not None and word < m.start < stop and p.country is None and p.titles:
                    p.country = country

    def _signing_cue(self, cue: Tag, value: str) -> bool:
        """The status cue (or the words right after it) is of a signing: "expected to be
        signed", "qui devrait être signé", "планируется подписать" (not "to be finalised")."""
        if value == "signed":
            return True
        words = self.folds[cue.start : min(cue.end + 3, len(self.doc))]
        return any(r.search(w) for r in self.fx.signing_words for w in words)

    def _draft_cue(self, cue: Tag) -> bool:
        """The status cue names a draft ("draft", "projet de mémorandum", "پیش‌نویس")."""
        words = self.folds[cue.start : cue.end]
        return any(
            tuple(words[k : k + len(d)]) == d
            for d in self.fx.draft_nouns
            for k in range(len(words) - len(d) + 1)
        )

    def _before_recalled_deal(
        self, s: int, e: int, acues: list[Tag], status_cues: list[tuple[Tag, str]]
    ) -> tuple[list[Tag], list[tuple[Tag, str]], int] | None:
        """The agreement and status cues told before the deal a month long past belongs to,
        when a deal with its own status comes before that one (the sentence's month is the
        later deal's alone), and where that deal starts. None when there is none."""
        months = [
            i
            for i in range(s, e)
            if (di := self.date_tok[i]) is not None
            and self.dates[di].date.precision == "month"
            and self._long_before_publication(self.dates[di].date)
        ]
        if not months:
            return None
        before_month = [a for a in acues if a.end <= months[0]]
        if len(before_month) < 2:
            return None
        last = max(before_month, key=lambda a: a.start)
        kept = [a for a in acues if a.end <= last.start]
        status = [(t, v) for t, v in status_cues if t.end <= last.start]
        if not kept or not status or not any(
            last.end <= t.start < months[0] for t, _ in status_cues
        ):
            return None
        return kept, status, last.start

    def _side_of_a_war(self, i: int, s: int) -> bool:
        """The country at token i is told right after a word for a war or a conflict, alone
        or after another such country ("the Russia-Ukraine war" reads the other way round:
        "الحرب الروسية الأوكرانية", "войны России и Украины", "la guerre en Ukraine")."""
        k = i - 1
        while k >= max(s, i - 6):
            t = self.ent[k]
            if self.folds[k] in self.fx.conflict_words:
                return True
            if t is not None and t.cat == "COUNTRY":
                k = t.start - 1
            elif self.tok(k) in ("-", "–") or self.is_stop(k):
                k -= 1  # ("and", "in", a hyphen between the two)
            else:
                return False
        return False

    def agreements(self, meetings: list[Meeting]) -> list[Agreement]:
        """The agreements the article tells (``meetings``: its meetings, whose sides are an
        agreement's "two countries" when the sentence names one)."""
        out: list[Agreement] = []
        main_pair = self._main_countries()
        for si, (s, e) in enumerate(self.sents):
            acues = self.cues(s, e, "agreement")
            if not acues:
                continue
            status_cues = [
                (t, t.value)
                for i in range(s, e)
                for t in self.cue_at.get(i, [])
                if t.value in ("signed", "planned", "discussed")
                # (not a signing whose day is not set: "… مشروع مذكرة تفاهم …، من دون الإعلان
                # عن موعد لتوقيعها", without a date announced for it)
                and not (t.value == "planned" and self._without_before(t, s))
            ]
            named: list[str] = []  # parties the sentence names (countries, capitals)
            named_at: dict[str, int] = {}
            table = countries()
            lo, hi = self._dateline_span()
            head = self._dateline()
            filed = ("PLACE", "COUNTRY") if head is not None and head.cat == "PLACE" else ("PLACE",)
            for i in range(s, e):
                t = self.ent[i]
                if t is None or t.start != i or (t.cat in filed and lo <= i < hi):
                    # (not the date line's city: "SEOUL, Nov. 19 (Yonhap) -- …", nor the
                    # country of its agency's name after it: "Jakarta, CNN Indonesia -- …")
                    continue
                if t.cat == "COUNTRY" and t.value in UNGOVERNED:
                    continue  # "cooperation in Antarctic research": a subject, no side
                if t.cat == "COUNTRY" and self._side_of_a_war(i, s):
                    continue  # "منذ اندلاع الحرب الروسية الأوكرانية": a war's sides
                if t.cat == "COUNTRY":
                    k = self._entity(t)
                elif (
                    t.cat == "PLACE"
                    and t.extra in table
                    and table[t.extra].capital == t.value
                    and not any(self.has_cue(q, "location_prep") for q in range(max(s, i - 2), i))
                    and not self._named_after_city(i, s)
                ):
                    # a capital for its state: "Paris et Jakarta ont signé", "Ankara and
                    # Islamabad" (but not "signed in Moscow")
                    k = f"country:{t.extra}"
                elif t.cat == "ORG" and t.value == "central_bank" and t.extra:
                    # a central bank for its state: "Bank Indonesia (BI) dan Banco Central
                    # del Paraguay (BCP) menandatangani nota kesepahaman"
                    k = f"country:{t.extra}"
                else:
                    continue
                if k not in named:
                    named.append(k)
                    named_at[k] = i
            if self.cues(s, e, "background"):
                continue  # "signed a number of agreements in recent years": no event told
            # (the deal discussed now, its signing told after its noun: "membahas perluasan
            # program pelatihan … yang ditandatangani … pada Februari lalu")
            signed_after = bool(status_cues) and (
                status_cues[0][1] != "signed"
                and status_cues[0][0].start < acues[0].start
                and all(t.start > acues[0].start for t, v in status_cues if v == "signed")
            )
            recalled = self._recalled_here(s, e)
            dated_to = e  # (the end of the words that may date the deals)
            if recalled and (kept := self._before_recalled_deal(s, e, acues, status_cues)):
                # (the deal signed now, the one it carries out recalled after it: "التوقيع على
                # البرنامج التنفيذي …، تنفيذًا لمذكرة التفاهم التي وقّعها الجانبان … في فبراير
                # الماضي")
                acues, status_cues, dated_to = kept
                recalled = False
            if recalled and signed_after:
                # (the signing, months back, is of the deal named right before it, which is
                # background beside the one discussed: "ont évoqué le plan de mise en œuvre
                # de l'accord de coopération de défense signé en mai 2023")
                signings = [t for t, v in status_cues if v == "signed"]
                said_of = [
                    max(before, key=lambda a: a.start)
                    for t in signings
                    if (before := [a for a in acues if a.end <= t.start])
                ]
                acues = [a for a in acues if a not in said_of] or acues
                status_cues = [(t, v) for t, v in status_cues if v != "signed"]
            if recalled and not (
                # (a draft still worked on is no background: "les engagements pris lors de
                # la visite … en octobre dernier, notamment le projet d'accord-cadre")
                status_cues and all(v != "signed" for _, v in status_cues)
            ):
                # "Lors de la visite … en août 2023, les deux parties avaient signé …": a
                # deal some month long before the report is its background (one dated to
                # the day is kept: "un accord signé à Nairobi le 1er mars 2024")
                continue
            persons = self._sentence_persons(si)
            if persons and all(k in self.former for k in persons) and self._year_back(s, e):
                # "Former defence minister X signed with his French counterpart in 2023 a
                # roadmap": a past holder's deal of years back is background
                continue
            for a in acues:
                if self._not_an_event(a):
                    continue
                near = sorted(status_cues, key=lambda sc: abs(sc[0].start - a.start))
                governing = self._verb_of_object(a, status_cues, acues, e)
                if governing is not None and not any(
                    # (a draft signed is still a draft: "پیش‌نویس تفاهم‌نامه … را امضا کردند")
                    self._draft_cue(t) and a.start - 3 <= t.start < a.end
                    for t, _ in status_cues
                ):
                    near = [governing, *(sc for sc in near if sc is not governing)]
                status: AgreementStatus | None = None
                negated = False
                if near:
                    status = near[0][1]  # type: ignore[assignment]
                    # a future marker next to a "signed" verb: "will be signed" (not one of
                    # another clause, the signing told with a day past: "… will jointly
                    # procure ammunition under a letter of intent signed in Tallinn on
                    # Tuesday by …")
                    if (
                        status == "signed"
                        and self._future(s, e, near[0][0].start)
                        and not self._signed_on_a_past_day(near[0][0].end, e)
                    ):
                        status = "planned"
                    # "no agreement was signed", "tidak menandatangani", "لم يوقع"
                    if status == "signed" and self._negated(s, near[0][0].start, a.start):
                        status, negated = "discussed", True
                    # "discussed a roadmap … and would finalise / sign it": the plan wins
                    # (and "… تناولت الاتفاق، ومن المنتظر توقيعه"; a draft only when its
                    # signing is planned, "un projet de mémorandum …, qui devrait être signé";
                    # "a draft …, which is expected to be finalised" is still discussed)
                    elif status == "discussed" and any(
                        (
                            v == "planned"
                            or (v == "signed" and self._future(s, e, t.start))
                        )
                        and t.start > near[0][0].start
                        and (not self._draft_cue(near[0][0]) or self._signing_cue(t, v))
                        # … unless it is nearer another agreement: "discussed a draft
                        # agreement …, while an MoU is to be signed …"
                        and min(acues, key=lambda o: abs(o.start - t.start)) is a
                        for t, v in status_cues
                    ):
                        status = "planned"
                kind = a.extra
                if kind not in STRONG_AGREEMENTS and (status is None or negated):
                    continue  # (and "did not sign any document": no text of any kind)
                theirs: list[str] = []  # the countries of the people the sentence names
                # (not those met in turn after it: "X a signé mardi à Lima un plan … avec A,
                # avant de s'entretenir hier à La Paz avec B")
                cut = self._turn_after(a.end, e)
                parties = [k for k in named if named_at[k] < cut]
                own = [
                    k
                    for k in persons
                    if any(m.person == k and m.start < cut for m in self.by_sent.get(si, []))
                ]
                for pk in own:
                    p = self.persons.get(pk) or self.office_only.get(pk)
                    if p and p.country and f"country:{p.country}" not in theirs:
                        theirs.append(f"country:{p.country}")
                parties += [k for k in theirs if k not in parties]
                groups = self.cues(s, e, "group_ref")
                if (
                    len(parties) > 2
                    and len(theirs) == 2
                    and groups
                    and all(g.extra != "3" for g in groups)
                    # (the others named after the text, in a clause of their own)
                    and all(
                        k in theirs or self._named_after(k, a.start, s, e) for k in parties
                    )
                ):
                    # "X dan Y membahas rancangan perjanjian … antara kedua negara serta
                    # persiapan latihan … bersama Brasil": the two countries are theirs
                    parties = theirs
                elif (
                    len(parties) > 2
                    and not theirs
                    and groups
                    and all(g.extra != "3" for g in groups)
                    and len(last := self._last_sides(si, meetings, status == "signed")) == 2
                    and set(last) <= set(parties)
                    # (all named in a clause before the deal's, closed by its verb; no deal
                    # told before it, whose sides they may be)
                    and not any(o.start < a.start for o in acues)
                    and any(
                        t.end <= a.start and all(named_at[k] < t.start for k in parties)
                        for t, _ in status_cues
                    )
                ):
                    # "دو طرف … فعالیت‌های گروه … را که ترکیه، رومانی و بلغارستان … تشکیل
                    # داده‌اند بررسی کردند و یک سند … به امضا رساندند": the two sides of the
                    # meeting told, the third country a topic
                    parties = last
                # a status with no side named, not negated ("No agreement was signed") nor
                # beside an organisation ("Mercosur is still negotiating a trade agreement
                # with the European Union"; a state's own body is no side of its own: "مخطط
                # التعاون البحري … بين الوحدات البحرية")
                unsided = (
                    status is not None
                    and not negated
                    and not parties
                    and not any(
                        t is not None and t.cat == "ORG" and not t.value.islower()
                        for t in self.ent[s:e]
                    )
                )
                if any(g.extra == "3" for g in groups) and len(parties) < 3:
                    # "the three countries": the three the article is most about
                    parties += [k for k in self._main_countries(3) if k not in parties]
                elif len(parties) < 2 and (
                    groups
                    or self.cues(s, e, "pronoun")
                    # a signing or a plan told with one side only: "the agreement, Sadegh
                    # said, will be signed next month in Tehran" (the article's other side)
                    or (status is not None and parties and parties[0] in main_pair)
                    # … or with no side at all: "Подписание соглашения … запланировано на
                    # следующее заседание", the sides of the meeting told before it
                    or (unsided and self._last_sides(si, meetings))
                ):
                    # the one side's counterpart in the article's meetings; with no side
                    # named, "the two sides" of the meeting told last before; else the two
                    # countries the article is most about
                    # ("the two sides" with one of them named: the sides of the meeting told
                    # last, when it is one of them, "الرقاد … پذیرای X رئیس ستاد کل ارتش سوریه
                    # بود. به گفته ارتش اردن، دو طرف … پیش‌نویس یادداشت تفاهم … را بررسی
                    # کردند"; "Накануне … Вельгомас встретился с … По данным польского …
                    # ведомства, стороны договорились …")
                    last = (
                        self._last_sides(si, meetings, status == "signed")
                        if parties and groups
                        else []
                    )
                    sides = (last if set(parties) <= set(last) else []) or (
                        self._hosted_by(parties, s, e)
                        or self._met_by(parties, meetings, status == "signed")
                        or (
                            []
                            if parties or not (groups or unsided)
                            else self._last_sides(si, meetings, status == "signed")
                        )
                    )
                    for k in sides or main_pair:
                        if k not in parties:
                            parties.append(k)
                if len(parties) < 2:
                    continue
                if status is None:
                    # no status word: "This contract is a turning point", "Under the
                    # agreement, …" speak of an agreement the article has already told
                    told = next((o for o in out if o.parties == sorted(parties)), None)
                    # (… or, not said with "a", the one of its kind told last, a side of it
                    # named: "The memorandum covers … the field hospitals Vietnam has deployed
                    # to … South Sudan"; not "elle négocie un accord sur le dragage")
                    new_deal = any(
                        self.folds[k] in self.fx.indefinite_words
                        for k in range(max(s, a.start - 2), a.start)
                    ) or any(
                        # (nor one whose own sides follow its noun: "l'accord Nakamal entre
                        # le Vanuatu et l'Australie")
                        (t := self.ent[k]) is not None and t.cat == "COUNTRY"
                        for k in range(a.end, min(e, a.end + 6))
                    )
                    told = told or next(
                        (
                            o
                            for o in reversed(out)
                            if not new_deal
                            and o.kind == kind
                            and kind
                            and set(o.parties) & set(parties)
                        ),
                        None,
                    )
                    if told is not None:
                        span = self._sent_span(si)
                        if span not in told.evidence:
                            told.evidence.append(span)
                        continue
                for k in parties:
                    if k not in self.entities:
                        cc = k.split(":", 1)[1]
                        self.entities[k] = Entity(key=k, kind="country", label=cc, country=cc)
                signatories = self._acting_persons(si) if status == "signed" else []
                signatories = [k for k in signatories if k in own]
                # (not someone of another clause: "دیدار وزیر علوم با نخست‌وزیر مالی؛
                # تفاهم‌نامه همکاری علمی امضا شد" names the meeting's people, not the signers)
                signatories = [
                    k
                    for k in signatories
                    if any(
                        m.person == k
                        and not any(
                            self.tok(q) in (";", "؛")
                            for q in range(min(m.start, a.start), max(m.start, a.start))
                        )
                        for m in self.by_sent.get(si, [])
                    )
                ]
                if len(signatories) == 1 and (topic := self._pronoun_signer(si, signatories[0])):
                    # "À Suva, il a signé avec la ministre adjointe …, X, un cadre …": "il" is
                    # the one the sentence before told of
                    signatories.insert(0, topic)
                out.append(
                    Agreement(
                        parties=sorted(parties),
                        status=status or "discussed",
                        label=self._agreement_label(a, e),
                        evidence=[self._sent_span(si)],
                        # (the day of a follow-up is not the day of the signing, nor is
                        # a signer's arrival: "Gen X, who arrived on Tuesday, said the
                        # document …")
                        date=(
                            self._date_in(s, dated_to)
                            if status == "signed"
                            and not self._follow_up(a)
                            and not self._arrival_days_only(s, dated_to)
                            else None
                        ),
                        signatories=[
                            p for p in signatories if p in self.persons or p in self.office_only
                        ],
                        kind=kind or "",
                    )
                )
        # (a signing months ago the article recalls is another deal than today's)
        merged = _merge_agreements(
            out, lambda a: a.date is not None and self._long_before_publication(a.date)
        )
        merged = self._head_deals_in_body(merged)
        for ag in merged:
            if ag.status == "signed" and len(ag.signatories) < 2:
                self._signers_next(ag)
            elif ag.status in ("discussed", "planned"):
                self._signing_planned_next(ag)
        return merged

    def _signing_planned_next(self, ag: Agreement) -> None:
        """A deal discussed (or planned), then a sentence that plans its signing and names no
        other deal: planned, that sentence among its evidence ("… membahas draf revisi
        Perjanjian Patroli Perbatasan. Penandatanganan direncanakan dalam sidang Komite
        Bersama di Manila")."""
        for nxt in self._sentences_after(ag):
            s, e = self.sents[nxt]
            for i in range(s, e):
                for t in self.cue_at.get(i, []):
                    planned = (t.value == "planned" and self._signing_cue(t, t.value)) or (
                        t.value == "signed" and self._future(s, e, t.start)
                    )
                    if planned and not self._negated(s, t.start, t.end):
                        ag.status = "planned"
                        ag.evidence.append(self._sent_span(nxt))
                        return

    def _head_deals_in_body(self, deals: list[Agreement]) -> list[Agreement]:
        """A deal the title line tells among more parties than the body's deal of the same
        status and type, which it sums up: the body's, with the headline's evidence ("سلام
        عرض مع بيتيل … ووقعا مذكرة تفاهم.. واستقبل سكرتير الدولة …" puts Poland among the
        parties; the body's "ووقع الجانبان مذكرة تفاهم … بين لبنان ولوكسمبورغ" does not)."""
        title = self._title_line()
        out: list[Agreement] = []
        for a in deals:
            body = [
                b
                for b in deals
                if b is not a
                and title not in b.evidence
                and b.status == a.status
                and set(b.parties) < set(a.parties)
                and _kinds_agree(a, b)
            ]
            if a.evidence == [title] and len(body) == 1:
                b = body[0]
                b.evidence.append(title)
                b.date = b.date or a.date
                if not b.signatories:
                    b.signatories = [
                        k
                        for k in a.signatories
                        if (p := self.persons.get(k) or self.office_only.get(k)) is not None
                        and f"country:{p.country}" in b.parties
                    ]
                continue
            out.append(a)
        return out

    def _sentences_after(self, ag: Agreement) -> list[int]:
        """The text sentence after each sentence telling ``ag`` that names no deal of its
        own (where a deal told in one sentence may go on in the next)."""
        out: list[int] = []
        for sp in ag.evidence:
            si = self._sentence_of_span(sp)
            nxt = self._next_text_sent(si, 1) if si is not None else None
            if nxt is not None and not self.cues(*self.sents[nxt], "agreement"):
                out.append(nxt)
        return out

    def _signers_next(self, ag: Agreement) -> None:
        """A signed deal told without its signers (or with one only, of an office "of A and
        B"), then a sentence of signing that names them, of two countries, and no other
        deal: "… resmi menandatangani nota kesepahaman. Penandatanganan dilakukan oleh X dan
        Y di Jakarta, Selasa (21/10)"."""
        for nxt in self._sentences_after(ag):
            s, e = self.sents[nxt]
            if not self.cues(s, e, "signed"):
                continue
            persons = self._acting_persons(nxt)
            served = {
                p.country
                for k in persons
                if (p := self.persons.get(k) or self.office_only.get(k)) is not None
            }
            if (
                len(persons) >= 2
                and len(served - {None}) >= 2
                and set(ag.signatories) <= set(persons)
            ):
                ag.signatories = persons
                ag.evidence.append(self._sent_span(nxt))
                ag.date = ag.date or self._date_in(s, e)
                return

    def _not_an_event(self, a: Tag) -> bool:
        """The agreement word at ``a`` tells no agreement of the story: it is part of an
        organisation's name ("Organisation du traité de sécurité collective"), an
        international organisation's text ("Convention des Nations unies"), or the
        follow-up of agreements made before ("tindak lanjut kesepakatan", "پیگیری توافق‌ها",
        "the implementation of the agreements reached"), unless its sentence goes on to tell
        its signing ("اجرای تفاهم‌نامه‌ای … که در جریان سفر … امضا شد")."""
        if any(self.ent[i] is not None and self.ent[i].cat == "ORG" for i in range(a.start, a.end)):
            return True
        if (
            a.end - a.start == 1
            and self.folds[a.start] in self.fx.intent_nouns
            and a.end < len(self.doc)
            and self.folds[a.end] in self.fx.future_infinitive
        ):
            return True  # "the Romanian Army's plans to acquire …": an intent, no text
        for i in range(a.end, min(a.end + 3, len(self.ent))):
            t = self.ent[i]
            if t is not None and t.cat == "ORG" and t.value.isupper():
                return True
        if not self._follow_up(a):
            return False
        return not self.cues(a.end, self.sents[self.sent_of[a.start]][1], "signed")

    def _follow_up(self, a: Tag) -> bool:
        """A follow-up word right before the agreement word at ``a``: an agreement made
        before the events told ("متابعة تنفيذ مذكرة التفاهم", "the implementation of")."""
        before = self.cues(max(0, a.start - 4), a.start, "follow_up")
        return any(a.start - t.end <= 2 for t in before)

    def _verb_of_object(
        self, a: Tag, status_cues: list[tuple[Tag, str]], acues: list[Tag], e: int
    ) -> tuple[Tag, str] | None:
        """The status verb whose object the agreement ``a`` is, marked by one of the
        language's ``object_markers`` after it ("… گفتگو کردند و برنامه همکاری … را امضا
        کردند" is signed, whatever verb stands nearer before it), or a signing verb closing
        the clause after it without the marker ("… و یک سند … به امضا رساندند."). None
        without such a verb."""
        markers = self.fx.object_markers
        if not markers:
            return None
        k = a.end
        while k < e and k - a.end <= 12 and self.folds[k] not in markers:
            # (a signing verb that ends the clause, the deal said without the marker: "… و
            # یک سند اعلام قصد درباره آموزش مشترک … به امضا رساندند.")
            closing = next(
                (
                    sc
                    for sc in status_cues
                    if sc[0].start == k
                    and sc[1] == "signed"
                    and (sc[0].end >= e or _is_punct(self.tok(sc[0].end)))
                ),
                None,
            )
            if closing is not None:
                return closing
            if (
                self.tok(k) in (",", "،", ".")
                or any(o.start == k for o in acues)
                or any(t.start == k for t, _ in status_cues)
            ):
                return None  # (another clause, deal or verb first)
            k += 1
        if k >= e or self.folds[k] not in markers:
            return None
        # (only a signing: a deal discussed is read as before, a draft's reading with it)
        return next(
            (sc for sc in status_cues if k < sc[0].start <= k + 2 and sc[1] == "signed"), None
        )

    def _relative_before(self, i: int, s: int) -> bool:
        """A relative pronoun within the four tokens before token i, in its clause."""
        for k in range(i - 1, max(s, i - 5) - 1, -1):
            if self.tok(k) in (",", "،", ";"):
                return False
            if self.folds[k] in RELATIVE_WORDS:
                return True
        return False

    def _negated_cue(self, t: Tag, s: int, e: int) -> bool:
        """A meeting word its clause denies: a negation right before it ("did not meet",
        "n'a pas rencontré", "не встречался", "لم يلتق", "belum bertemu"; not "not only",
        nor the "ne" of "n'a rencontré que", nor in a relative clause on a body) or, where the
        verb ends the clause, right after it ("دیدار نکرد")."""
        for c in self.cues(max(s, t.start - 3), t.start, "negation"):
            if self.folds[c.start] in NEGATION_HALVES:
                continue
            between = range(c.end, t.start)
            # (right before the word, or before a verb with only function words between:
            # "has not yet met"; not a noun after another verb, "did not attend the talks",
            # "tidak hadir dalam pertemuan": the talks were held)
            if between and (
                t.value != "meeting_verb" or not all(self.is_stop(k) for k in between)
            ):
                continue
            if c.end < e and self.folds[c.end] in ONLY_WORDS:
                continue
            if self._relative_before(c.start, s):
                continue  # a body's, told of: "اللجنة المشتركة … التي لم تجتمع منذ سنوات"
            return True
        # (the negation a verb that ends the clause after the noun: not "сроки визита не
        # определены", the visit's dates not set)
        return t.value == "meeting_noun" and any(
            c.value == "negation" and (c.end >= e or _is_punct(self.tok(c.end)))
            for c in self.cue_at.get(t.end, [])
        )

    def _without_before(self, t: Tag, s: int) -> bool:
        """A ``without`` word shortly before cue t, not before token s."""
        return bool(self.cues(max(s, t.start - 5), t.start, "without"))

    def _negated(self, s: int, status_start: int, cue_start: int) -> bool:
        """A negation shortly before the status verb or the agreement word."""
        lo = max(s, min(status_start, cue_start) - 4)
        hi = max(status_start, cue_start)
        return bool(self.cues(lo, hi, "negation"))

    def _turn_after(self, i: int, e: int) -> int:
        """Where, after token i, a clause of a meeting in turn opens ("…, avant de
        s'entretenir …", "…, then held talks with …"): an ``in_turn`` word after a comma
        and a meeting verb right after it; else ``e``."""
        for t in self.cues(i, e, "in_turn"):
            if self.tok(t.start - 1) in (",", "،") and any(
                c.value == "meeting_verb" for k in range(t.end, min(e, t.end + 3))
                for c in self.cue_at.get(k, [])
            ):
                return t.start
        # (or "and" opening a clause of its own day: "…, а в четверг, 11 сентября,
        # принимал …")
        dated = self._dated_clause_turns(i, e)
        return dated[0].start if dated else e

    def _named_after_city(self, i: int, s: int) -> bool:
        """Token i, a city, ends the name of something named after it: "l'Initiative
        d'Accra", "the Process of Nouakchott" (a capitalised noun and one of the language's
        ``office_continues`` words, its "of", before it)."""
        if not self.lex.cased or i - 2 < s or self.folds[i - 1] not in self.fx.office_continues:
            return False
        head = self.tok(i - 2)
        return head[:1].isupper() and self.ent[i - 2] is None and i - 2 not in self.sent_starts

    def _agreement_label(self, a: Tag, e: int) -> str:
        j = a.end
        while j < e and j - a.end < 5:
            t = self.doc[j]
            # (a hyphen inside a word goes on: "teknik-militer", "فنی-نظامی")
            inner = t.text == "-" and not t.whitespace_ and not self.doc[j - 1].whitespace_
            if (_is_punct(t.text) and not inner) or t.is_space:
                break
            # (a meeting's noun of words right after it goes on: "تفاهم‌نامه مشورت‌های سیاسی")
            if self.cue_cover[j] and j > a.end and not any(
                c.start == a.end and c.value == "meeting_noun" for c in self.cue_cover[j]
            ):
                break
            j += 1
        # do not end on a short function word ("of", "dan", "در", "в")
        while j > a.end and (
            (self.is_stop(j - 1) and len(self.tok(j - 1)) <= 3) or self.tok(j - 1) == "-"
        ):
            j -= 1
        return self._span_text(a.start, j)

    # ----------------------------------------------------------------- main
    def extract(self) -> Extraction:
        self.officials()
        self._predecessor_offices()
        meetings = self.meetings()
        # countries, places and organisations mentioned anywhere (not a family name that
        # is a demonym: "محمد شياع السوداني", then "السوداني" alone, is no Sudan)
        lasts = {fold(n.split()[-1]) for p in self.persons.values() for n in p.names if n}
        surnames = {self._bare_norm(i) for i in range(len(self.doc)) if self.folds[i] in lasts}
        for i, t in enumerate(self.ent):
            if t is None or t.start != i or t.cat not in ("COUNTRY", "PLACE", "ORG"):
                continue
            if t.cat == "COUNTRY" and t.end == i + 1 and self._bare_norm(i) in surnames:
                continue
            self._entity(t)
        implied = self._unnamed_title_countries()
        # (again once some got one: the visitor known from his first talks, his second
        # host is of the country they were held in)
        if self._countries_from_meetings(meetings):
            self._countries_from_meetings(meetings, hosted_only=True)
        self._countries_of_companions()
        self._countries_of_members()
        self._countries_of_deputies()
        self._counterpart_roles(meetings)
        # an official whose title names no country serves, most often, the country of the
        # national agency that reports it, even from abroad ("Tehran, Jan 15 (PTI) External
        # Affairs Minister S Jaishankar"), or else the country the report is filed from
        # ("DILI, 16 June 2022 (TATOLI)"), or else that of a national press (fa, id, ru)
        home = self._report_home()
        if home:
            # the report's own head of state first ("محمد بن زايد رئيس الدولة"): the post is
            # then his, not a visitor's the report names before him
            for key, p in sorted(self.persons.items(), key=lambda kp: not self._home_title(kp[1])):
                # (an envoy posted to the home country serves another: the EU's ambassador
                # to Jordan in a Jordanian report)
                if (
                    p.country is None
                    and p.titles
                    and self.posts.get(key) != home
                    and not self._post_filled(key, home)
                ):
                    p.country = p.assumed_country = home
        for key, cc in implied.items():
            self.persons[key].country = self.persons[key].country or cc
        self._offices_of_predecessors()
        self._countries_of_attendees(meetings)
        self._late_office_holders(meetings)
        # the graph is about relations between countries: officials of one country meeting
        # one another (a president receiving his army chief) are no meeting of it
        meetings = [m for m in meetings if not self._domestic(m)]
        # a "Foreign Secretary" or "Defence Secretary" of South Asia is the ministry's top
        # civil servant, not its minister (as in Britain); an office named without a name
        # too ("the Defence Secretary of Sri Lanka")
        for p in [*self.persons.values(), *self.office_only.values()]:
            if _civil_secretary(p, p.country):
                p.role = "official"
            elif (
                p.role == "commander"
                and p.country in NATIONAL_GUARD_ARMIES
                and any(w in fold(t) for t in p.titles for w in NATIONAL_GUARD_WORDS)
            ):
                p.role = "chief_of_defence_forces"  # "the Chief of the National Guard" (Cyprus)
            elif (
                p.role == "deputy_minister"
                and p.country in STATE_SECRETARIATS
                and p.titles
                and all(fold(t).endswith(STATE_SECRETARY_TITLES) for t in p.titles)
            ):
                # Indonesia's "State Secretary" heads a ministry (Menteri Sekretaris Negara)
                p.role = "minister"
            elif (
                p.role in ("deputy_minister", *DEPUTY_ROLES.values())
                and p.country in CIVIL_STATE_SECRETARIES
                and p.titles
                and all(
                    any(w in fold(t) for w in JUNIOR_SECRETARY_WORDS) or "статс" in fold(t)
                    for t in p.titles
                )
            ):
                # "the State Secretary of Latvia's Ministry of Defense": its top civil servant
                p.role = "official"
            elif (
                p.role in ("secretary_general", "official", "ambassador")
                and p.country in VICE_MINISTER_SECRETARIES_GENERAL
                and any(
                    any(w in fold(t) for w in SECRETARY_GENERAL_WORDS)
                    and any(w in fold(t) for w in FOREIGN_OFFICE_WORDS)
                    for t in p.titles
                )
            ):
                # "Brazil's Secretary-General of Foreign Affairs": Itamaraty's deputy minister
                p.role = "deputy_foreign_minister"
            elif (
                p.role == "head_of_government"
                and p.country in CANCILLER_COUNTRIES
                and p.titles
                and all(any(w in fold(t) for w in CHANCELLOR_WORDS) for t in p.titles)
            ):
                # "Argentine Chancellor Gerardo Werthein": Argentina's foreign minister
                p.role = "foreign_minister"
            elif (
                p.role == "head_of_government"
                and p.key in self.org_titled
                and p.titles
                and all(any(w in fold(t) for w in CHANCELLOR_WORDS) for t in p.titles)
            ):
                # a ministry's chancellor, its top civil servant: "Kanselir Kementerian
                # Pertahanan Estonia X", "Канцлер министерства обороны Эстонии"
                p.role = "official"
            elif (
                p.role == "minister"
                and any(_junior_foreign(fold(t), p.country) for t in p.titles)
            ) or (
                # (a "وزیر مشاور امور خارجه" the lexicon reads as a foreign minister; not a
                # "وزير الدولة وزير الخارجية", a minister of state who is foreign minister)
                p.role == "foreign_minister"
                and any(
                    fold(t).startswith(STATE_FOREIGN_TITLES)
                    and _junior_foreign(fold(t), p.country)
                    for t in p.titles
                )
            ):
                # Somalia's "وزيرة الدولة للشؤون الخارجية" is a junior foreign minister
                p.role = "deputy_foreign_minister"
            elif p.role in ("minister", "defence_minister") and any(
                _junior_defence(fold(t), p.country) or _junior_delegate(fold(t), p.country)
                for t in p.titles
            ):
                p.role = "deputy_defence_minister"
            elif (
                p.role == "minister"
                and p.country is not None
                and p.country not in DELEGATE_CABINETS
                and (
                    superior := next(
                        (r for t in p.titles if (r := self._superior_role(t)) is not None),
                        None,
                    )
                )
                in ("foreign_minister", "defence_minister")
            ):
                p.role = DEPUTY_ROLES[superior]
            elif (
                p.role == "foreign_minister"
                and p.country not in (None, "US")
                and p.titles
                and all(fold(t).startswith(BARE_SECRETARY_OF_STATE) for t in p.titles)
            ):
                # a "Secretary of State" is the United States' foreign minister; Cambodia's,
                # Portugal's, Spain's is a junior minister ("General X, Secretary of State
                # at the ministry")
                p.role = "deputy_minister"
        # (a predecessor named without a title held the office as it is read now: the civil
        # Defence Secretary's predecessor is a civil servant too)
        for key, owner in self.office_of.items():
            if not self.persons[key].titles:
                self.persons[key].role = self.persons[owner].role
        agreements = self.agreements(meetings)
        self._signing_meetings(agreements, meetings)
        # (a counterpart who signs with whom he met: "X and his counterpart Y signed …")
        self._counterpart_roles(meetings)
        for key, owner in self.office_of.items():
            if self.persons[key].role is None:
                # (… the owner's role told by "his counterpart" only now)
                self.persons[key].role = self.persons[owner].role
        self._later_that_day(meetings)
        self._trip_places(meetings)
        # office-only persons are kept when they take part in a meeting (a signing too)
        used = {p for m in meetings for p in m.participants}
        for a in agreements:
            a.signatories = [k for k in a.signatories if k in self.persons or k in used]
        persons: list[Person] = []
        spans: dict[str, set[Span]] = {}
        for m in self.mentions:
            last = self.doc[m.end - 1]
            spans.setdefault(m.person, set()).add(Span(self.doc[m.start].idx, last.idx + len(last)))
        for key, p in list(self.persons.items()) + list(self.office_only.items()):
            if p.name is None and key not in used:
                continue
            p.mentions = sorted(spans.get(key, set()), key=lambda sp: (sp.start, sp.end))
            p.former = key in self.former
            persons.append(p)
        meetings = _merge_meetings(meetings, self.default_places, self._recalled_meeting)
        for p in persons:
            if p.country and f"country:{p.country}" not in self.entities:
                self.entities[f"country:{p.country}"] = Entity(
                    key=f"country:{p.country}", kind="country", label=p.country, country=p.country
                )
        for ent in self.entities.values():
            ent.mentions = sorted(set(ent.mentions), key=lambda sp: (sp.start, sp.end))
        return Extraction(
            article=self.article,
            persons=persons,
            entities=list(self.entities.values()),
            meetings=meetings,
            agreements=agreements,
            sentences=[self._sent_span(i) for i in range(len(self.sents))],
        )


def _one_country_each(ents: list[Tag]) -> list[Tag]:
    """An abbreviation the lexicon lists for a country and, as an "alternative", for
    another ("РК": Kazakhstan in its own press, Korea in Korea's) is the alternative only
    when the article names (or places in) its country more often than the first one's."""
    alternatives = [t for t in ents if t.cat == "COUNTRY" and t.extra == "alternative"]
    if not alternatives:
        return ents
    spans = {(t.start, t.end) for t in alternatives}
    named = Counter(
        t.value for t in ents if t.cat == "COUNTRY" and (t.start, t.end) not in spans
    )
    named.update(t.extra for t in ents if t.cat == "PLACE" and t.extra)  # (its cities)
    out = [t for t in ents if not (t.cat == "COUNTRY" and (t.start, t.end) in spans)]
    for span in sorted(spans):
        tags = [t for t in ents if t.cat == "COUNTRY" and (t.start, t.end) == span]
        # the first reading, unless an alternative's country is named more often
        best = max(tags, key=lambda t: (named[t.value], t.extra != "alternative"))
        # (the kind of the first reading: "کنگویی", Congolese, is an adjective of either)
        kind = next((t.extra for t in tags if t.extra != "alternative"), "name")
        out.append(Tag(best.cat, best.value, kind, best.start, best.end))
    return out


def _city_or_country(
    ents: list[Tag], agency: Callable[[], frozenset[str]] = frozenset
) -> list[Tag]:
    """A word that names a country and a city of another country (Arabic عمان: Oman, and
    Amman, whose shadda the folding drops) is the city when the article names the city's
    country (or the home ``agency()`` gives is that country: "عمان 11 كانون الأول (بترا)-")
    and not the other one elsewhere, and the country otherwise. ``agency`` is called only
    when such a word stands in the text."""
    countries: dict[tuple[int, int], str] = {}
    cities: dict[tuple[int, int], str] = {}
    for t in ents:
        if t.cat == "COUNTRY":
            countries[(t.start, t.end)] = t.value
        elif t.cat == "PLACE" and t.extra:
            cities[(t.start, t.end)] = t.extra
    both = {
        sp: (countries[sp], cc)
        for sp, cc in cities.items()
        if sp in countries and countries[sp] != cc
    }
    if not both:
        return ents
    said = {t.value for t in ents if t.cat == "COUNTRY" and (t.start, t.end) not in both}
    said |= {t.extra for t in ents if t.cat == "PLACE" and (t.start, t.end) not in both}
    said |= agency()
    drop = {
        (sp, "COUNTRY" if city_cc in said and country not in said else "PLACE")
        for sp, (country, city_cc) in both.items()
    }
    return [t for t in ents if ((t.start, t.end), t.cat) not in drop]


def _two_initials(text: str) -> bool:
    """Two initials, each with its period: "А.Ю." (a name's given names)."""
    return len(text) == 4 and all(
        c == "." if k % 2 else c.isalpha() and c.isupper() for k, c in enumerate(text)
    )


def _acronyms(words: Iterable[str]) -> set[str]:
    """The one-word entries written in capitals (two letters or more)."""
    return {w for w in words if w.isupper() and w.isalpha() and len(w) >= 2}


def _civil_secretary(p: Person, country: str | None) -> bool:
    """A "Foreign Secretary" or "Defence Secretary" of a country where that is the
    ministry's top civil servant (India, Sri Lanka), read as a minister by the lexicon."""
    return (
        p.role in ("foreign_minister", "defence_minister")
        and country in SECRETARY_SERVICES
        and bool(p.titles)
        and all("secretary" in fold(t) or "secretaire" in fold(t) for t in p.titles)
    )


def _in_order(words: list[str], longer: list[str]) -> bool:
    """``words`` stand in ``longer`` in order, its first word first (others between):
    "رئیس ستاد ارتش" in "رئیس ستاد کل ارتش"."""
    if not words or not longer or words[0] != longer[0] or len(longer) <= len(words):
        return False
    rest = iter(longer[1:])
    return all(w in rest for w in words[1:])


def _titles_in_order(p: Person, words: list[str]) -> bool:
    """One of ``p``'s titles holds the (folded) title ``words`` in order, or stands in
    them so: "رئیس ستاد ارتش" and "رئیس ستاد کل ارتش", "دبیرکل" and "دبیرکل وزارت امور
    خارجه لبنان"."""
    return any(
        _in_order(words, (mine := fold(pt).split())) or _in_order(mine, words)
        for pt in p.titles
    )


def _secretary_not_minister(p: Person, country: str | None, titles: list[str]) -> bool:
    """``p`` is such a civil secretary and ``titles`` name the minister: India's "Defence
    Secretary" is not its "Raksha Mantri"."""
    return _civil_secretary(p, country) and not any("secretary" in fold(t) for t in titles)


def _merge_meetings(
    meetings: list[Meeting],
    defaults: set[int] | None = None,
    recalled: Callable[[Meeting], bool] = lambda m: False,
) -> list[Meeting]:
    """Sentences reporting the same meeting (same participants) become one meeting.
    ``defaults``: the ids of meetings whose place is only the date line's, which a place
    another sentence tells replaces ("Jakarta, CNN Indonesia -- … menandatangani … di
    Roma"). An undated sentence told before a ``recalled`` meeting (one long before the
    report) is not of it: "The ceremony took place in Lima …", then "X and Y last met in
    Santiago in October 2024"."""
    weak = defaults if defaults is not None else set()
    out: list[Meeting] = []
    # (the dated first: an undated sentence of a pair then joins the meeting told nearest
    # it, not one of another day it would chain to the first: "The ceremony took place in
    # Lima, where the two delegations held a working meeting" beside the signing on Tuesday
    # and "X and Y last met in Santiago in October 2024")
    ordered = [m for m in meetings if m.date is not None] + [
        m for m in meetings if m.date is None
    ]
    for m in ordered:
        fits = [
            o
            for o in out
            if _one_meeting(o, m)
            and not (
                m.date is None
                and recalled(o)
                and min(sp.start for sp in m.evidence) < min(sp.start for sp in o.evidence)
            )
        ]
        if m.date is None and len(fits) > 1:
            fits.sort(key=lambda o: _evidence_distance(o, m))
        for o in fits[:1]:
            o.participants += [p for p in m.participants if p not in o.participants]
            o.evidence += [sp for sp in m.evidence if sp not in o.evidence]
            if m.date and (
                o.date is None
                or _more_precise(m.date, o.date)
                # the talks follow the arrival: of two days, the later one
                or (m.date.precision == o.date.precision and m.date > o.date)
            ):
                o.date = m.date
            if o.location is None or (
                id(o) in weak and m.location is not None and id(m) not in weak
            ):
                o.location = m.location
                weak.discard(id(o))
            if o.mode == "meeting":
                o.mode = m.mode
        if not fits:
            out.append(m)
    # (in the order given)
    rank = {id(m): n for n, m in enumerate(meetings)}
    return sorted(out, key=lambda m: rank[id(m)])


def _evidence_distance(a: Meeting, b: Meeting) -> int:
    """Characters between the nearest evidence spans of two meetings."""
    return min(
        (max(x.start - y.end, y.start - x.end, 0) for x in a.evidence for y in b.evidence),
        default=0,
    )


def _one_meeting(o: Meeting, m: Meeting) -> bool:
    """Meeting ``m`` may be told again of ``o``: same status, the same people, dates that
    agree."""
    shared = set(m.participants) & set(o.participants)
    return (
        o.status == m.status
        and (len(shared) >= 2 or set(m.participants) == set(o.participants))
        and _dates_agree(o.date, m.date)
        # a phone call and talks face to face on another day are two events, and so
        # are talks and a signing on another day of one visit
        and not (
            o.date is not None
            and m.date is not None
            and o.date.iso() != m.date.iso()
            and (
                ("phone" in (o.mode, m.mode) and o.mode != m.mode)
                or (
                    {o.day_of, m.day_of} == {"signing", "talks"}
                    and o.date.precision == m.date.precision == "day"
                )
            )
        )
    )


def _merge_agreements(
    agreements: list[Agreement], recalled: Callable[[Agreement], bool] = lambda a: False
) -> list[Agreement]:
    out: list[Agreement] = []
    for a in agreements:
        for o in out:
            # one article may tell two signed documents of one pair: a contract and an MoU
            if (
                o.parties == a.parties
                and o.status == a.status
                and _kinds_agree(o, a)
                and recalled(o) == recalled(a)
            ):
                o.evidence += [e for e in a.evidence if e not in o.evidence]
                o.date = o.date or a.date
                o.signatories += [s for s in a.signatories if s not in o.signatories]
                break
        else:
            out.append(a)
    return out


def _kinds_agree(a: Agreement, b: Agreement) -> bool:
    """Two mentions may be one agreement unless both name their type and the types differ
    (a contract is no memorandum); a generic word ("agreement", "deal") fits any, but an
    agreement told with its subject is no plan ("дорожную карту" and "проект соглашения о
    взаимной защите инвестиций" are two texts)."""
    if a.kind == b.kind:
        return True
    for x, y in ((a, b), (b, a)):
        if x.kind in PLAN_KINDS and y.kind == "agreement" and len(y.label.split()) >= 3:
            return False
    return a.kind in GENERIC_KINDS or b.kind in GENERIC_KINDS


def _dates_agree(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Unknown, or one a prefix of the other (2020-11 and 2020-11-15), or days apart by
    at most two (arrival and talks reported in one article)."""
    if a is None or b is None or a.iso().startswith(b.iso()) or b.iso().startswith(a.iso()):
        return True
    if a.precision == b.precision == "day":
        da = _dt.date(a.year, a.month or 1, a.day or 1)
        db = _dt.date(b.year, b.month or 1, b.day or 1)
        return abs((da - db).days) <= 2
    return False


def _more_precise(a: PartialDate, b: PartialDate) -> bool:
    order = {"year": 0, "month": 1, "day": 2}
    return order[a.precision] > order[b.precision]
