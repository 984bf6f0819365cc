"""Country adjectives of the smaller states (fr, ru, ar, fa, en countries.tsv).

Names of these states come from pycountry at runtime, their adjectives do not: "la Première
ministre samoane" or "الرئيس التيموري" only give a country when countries.tsv lists the form.
Each form must reach its own country through the lexicon (the matcher keeps the first entry
of a phrase, so a form listed earlier for another code would win), never be a stopword, and
give an official's country in a whole sentence.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.lexicon import load_lexicon
from graph.model import Article, PartialDate
from graph.normalize import fold, normalize_text

ZWNJ = "\u200c"


def _fr_ien(stem: str) -> list[str]:
    return [stem, stem + "ne", stem + "s", stem + "nes"]


def _fr_an(stem: str) -> list[str]:
    return [stem, stem + "e", stem + "s", stem + "es"]


def _fr_ais(stem: str) -> list[str]:
    return [stem, stem + "e", stem + "es"]  # masculine singular = plural


def _ru(adjective: str) -> list[str]:
    stem = adjective.removesuffix("ий")
    endings = ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими")
    return [stem + e for e in endings]


def _ar(masculine: str, first: str = "") -> list[str]:
    """The 14 forms the file lists: masc, fem, plurals, duals, each bare and with ال."""
    out = []
    for ending in ("", "ة", "ون", "ين", "ان", "تان", "ات"):
        bare = f"{first}{masculine}{ending}"
        out += [bare, "ال" + bare]
    return out


NEW: dict[str, dict[str, list[str]]] = {
    "fr": {
        "AG": _fr_ais("antiguais"),
        "BS": _fr_ien("bahaméen"),
        "BB": _fr_ien("barbadien"),
        "BZ": _fr_ien("bélizien"),
        "CV": _fr_ien("cap-verdien"),
        "DM": _fr_ais("dominiquais"),
        "SZ": ["swazi", "swazie", "swazis", "swazies"],
        "GD": _fr_ien("grenadien"),
        "GW": _fr_ien("bissau-guinéen"),
        "GY": _fr_ien("guyanien"),
        "KI": _fr_ien("kiribatien"),
        "LS": _fr_ien("lésothien"),
        "MW": ["malawite", "malawites", *_fr_ien("malawien")],
        "MH": _fr_ais("marshallais"),
        "FM": _fr_ien("micronésien"),
        "NR": _fr_an("nauruan"),
        "PW": _fr_ien("palaosien"),
        "KN": _fr_ien("kittitien"),
        "LC": _fr_ien("saint-lucien"),
        "WS": _fr_an("samoan"),
        "ST": _fr_ien("santoméen"),
        "SB": _fr_ais("salomonais"),
        "SR": _fr_ais("surinamais"),
        "TO": _fr_ien("tongien"),
        "TV": _fr_an("tuvaluan"),
        "VU": _fr_ais("vanuatais"),
        "TL": _fr_ais("timorais"),
        "LY": ["libyenne", "libyennes"],
        "UY": ["uruguayenne", "uruguayennes"],
        "PY": ["paraguayenne", "paraguayennes"],
        "NI": ["nicaraguayenne", "nicaraguayennes"],
    },
    "ru": {
        code: _ru(adjective)
        for code, adjective in {
            "BS": "багамский",
            "BB": "барбадосский",
            "BZ": "белизский",
            "CV": "кабовердианский",
            "SZ": "свазилендский",
            "GD": "гренадский",
            "GY": "гайанский",
            "LS": "лесотский",
            "MW": "малавийский",
            "FM": "микронезийский",
            "NR": "науруанский",
            "PW": "палауский",
            "LC": "сент-люсийский",
            "WS": "самоанский",
            "SR": "суринамский",
            "TO": "тонганский",
            "VU": "вануатский",
        }.items()
    },
    "ar": {
        "AD": _ar("أندوري"),
        "BW": _ar("بوتسواني"),
        "BF": _ar("بوركيني"),
        "BI": _ar("بوروندي"),
        "CL": _ar("تشيلي"),
        "CD": _ar("كونغولي"),
        "DJ": _ar("جيبوتي"),
        "FJ": _ar("فيجي"),
        "HT": _ar("هايتي"),
        "MW": _ar("مالاوي"),
        "MU": _ar("موريشيوسي"),
        "ME": _ar("مونتينيغري"),
        "WS": _ar("ساموي"),
        "SC": _ar("سيشيلي"),
        "SL": _ar("سيراليوني"),
        "TL": _ar("تيموري"),
        "ZW": _ar("زيمبابوي"),
        "VA": _ar("فاتيكاني"),
        "ZA": _ar("أفريقي", "جنوب "),
        "SS": _ar("سوداني", "جنوب "),
    },
    "fa": {
        "CR": ["کاستاریکایی"],
        "CI": ["ساحل عاجی"],
        "SV": ["السالوادوری"],
        "GT": ["گواتمالایی"],
        "GN": [f"گینه{ZWNJ}ای", "گینه ای"],
        "HT": ["هائیتیایی"],
        "HN": ["هندوراسی"],
        "JM": ["جامائیکایی"],
        "MG": ["ماداگاسکاری"],
        "ML": ["مالیایی"],
        "MZ": ["موزامبیکی"],
        "NA": ["نامیبیایی"],
        "PY": [f"پاراگوئه{ZWNJ}ای", "پاراگوئه ای"],
        "RW": ["رواندایی"],
        "TG": ["توگویی"],
        "UY": [f"اروگوئه{ZWNJ}ای", "اروگوئه ای"],
        "GA": ["گابنی"],
        "GM": ["گامبیایی"],
        "SL": ["سیرالئونی"],
        "DJ": ["جیبوتیایی"],
        "FJ": ["فیجیایی"],
        "BT": ["بوتانی"],
        "BW": ["بوتسوانایی"],
        "BI": ["بوروندیایی"],
        "ME": [f"مونته{ZWNJ}نگرویی"],
    },
    # ambiguous English forms go to the bigger country, as fr "congolais" and ru
    # "доминиканский" do
    "en": {"CD": ["Congolese"], "DO": ["Dominican"]},
}

# the bare masculine of these is the country's name too ("جيبوتي"): listed once, as a name
NAME_TOO = {("ar", p) for p in ("بوروندي", "تشيلي", "جيبوتي", "فيجي", "هايتي", "زيمبابوي")}


def _first_entries(lang: str) -> dict[str, tuple[str, str]]:
    """Folded phrase → (ISO2, kind) of its first entry: the one the matcher keeps."""
    out: dict[str, tuple[str, str]] = {}
    for phrase, code, kind in load_lexicon(lang).countries:
        out.setdefault(" ".join(fold(phrase).split()), (code, kind or "name"))
    return out


@pytest.mark.parametrize("lang", sorted(NEW))
def test_adjectives_map_to_their_country(lang: str) -> None:
    first = _first_entries(lang)
    wrong = []
    for code, forms in NEW[lang].items():
        for phrase in forms:
            got = first.get(" ".join(fold(phrase).split()))
            kind = "name" if (lang, phrase) in NAME_TOO else "adjective"
            if got != (code, kind):
                wrong.append((phrase, code, got))
    assert not wrong, wrong


@pytest.mark.parametrize("lang", sorted(NEW))
def test_adjectives_are_no_stopwords(lang: str) -> None:
    lex = load_lexicon(lang)
    stop = {fold(w) for w in lex.stopwords}
    cues = stop | {fold(p) for p, *_ in lex.cues}
    bad = [
        phrase
        for forms in NEW[lang].values()
        for phrase in forms
        if fold(phrase) in stop or (" " not in phrase and fold(phrase) in cues)
    ]
    assert not bad, bad


def _persons(lang: str, text: str) -> list[tuple[str | None, str | None]]:
    article = Article(
        id="t.txt",
        text=normalize_text(text, lang),
        lang=lang,
        published=PartialDate(2024, 3, 12),
    )
    return [(p.name, p.country) for p in extract(article).persons]


SENTENCES = [
    (
        "fr",
        "La Première ministre samoane, Naomi Mataafa, a rencontré hier à Apia le ministre "
        "néo-zélandais des Affaires étrangères Winston Peters.",
        "Mataafa",
        "WS",
    ),
    (
        "fr",
        "Le président bissau-guinéen Umaro Sissoco Embaló a rencontré hier le président "
        "sénégalais Macky Sall.",
        "Embaló",
        "GW",
    ),
    (
        "ru",
        "Министр иностранных дел России Сергей Лавров встретился с гайанским министром "
        "иностранных дел Хью Тоддом.",
        "Тодд",
        "GY",
    ),
    (
        "ar",
        "التقى وزير الخارجية الجيبوتي محمود علي يوسف أمس نظيره المصري سامح شكري في القاهرة.",
        "محمود علي يوسف",
        "DJ",
    ),
    (
        "ar",
        "التقى الرئيس التيموري جوزيه راموس هورتا أمس وزير الخارجية الإندونيسي ريتنو مارسودي.",
        "هورتا",
        "TL",
    ),
    (
        "fa",
        "وزیر امور خارجه گواتمالایی ماریو بوکارو با حسین امیرعبداللهیان وزیر امور خارجه ایران "
        "دیدار کرد.",
        "بوکارو",
        "GT",
    ),
    (
        "en",
        "Congolese Foreign Minister Christophe Lutundula met his Rwandan counterpart Vincent "
        "Biruta in Luanda on Monday.",
        "Lutundula",
        "CD",
    ),
    (
        "en",
        "Dominican President Luis Abinader met US Secretary of State Antony Blinken in Santo "
        "Domingo on Monday.",
        "Abinader",
        "DO",
    ),
]


@pytest.mark.parametrize(("lang", "text", "name", "code"), SENTENCES)
def test_official_gets_the_adjective_country(lang: str, text: str, name: str, code: str) -> None:
    persons = _persons(lang, text)
    assert any(n and name in n and c == code for n, c in persons), persons


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("Гайаны", "GY"), ("Гайаной", "GY"), ("Белиза", "BZ"), ("Сент-Люсии", "LC"), ("Тонги", "TO")],
)
def test_russian_case_forms_of_names_only_pycountry_gives(phrase: str, code: str) -> None:
    assert _first_entries("ru").get(fold(phrase)) == (code, "name")


def test_russian_names_ending_in_another_vowel_do_not_decline() -> None:
    first = _first_entries("ru")
    assert first.get(fold("Самоа")) == ("WS", "name")
    assert not any(first.get(fold(f)) for f in ("Самоы", "Самои", "Тогоа", "Кабо-Верды"))


def test_official_of_a_country_named_in_the_genitive() -> None:
    got = _persons(
        "ru",
        "Президент Гайаны Ирфаан Али встретился в Москве с министром иностранных дел России "
        "Сергеем Лавровым.",
    )
    assert ("Ирфаан Али", "GY") in got, got
