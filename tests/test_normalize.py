"""normalize_text, fold and detect_language."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.normalize import detect_language, fold, normalize_text

ZWNJ = "\u200c"
SIX = frozenset({"en", "id", "fa", "ar", "ru", "fr"})

# --- normalize_text -------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("a\u00a0b\u202fc\u2007d\u3000e", "a b c d e"),
        ("a \t  b", "a b"),
        ("line one   \nline two\t\n", "line one\nline two\n"),
        ("zero\u200bwidth", "zerowidth"),
        ("\ufeffbom", "bom"),
        ("co\u00adoperation", "cooperation"),
        ("\u200eleft\u200f \u202bembedded\u202c \u2067iso\u2069", "left embedded iso"),
        ("bell\x07 and \x1b escape", "bell and escape"),
        ("paragraph\u2029next\u2028line", "paragraph\nnext\nline"),
        ("keep\n\n\nnewlines", "keep\n\n\nnewlines"),
        ("e\u0301te\u0301", "\u00e9t\u00e9"),  # NFC
        ("e\u200b\u0301", "\u00e9"),  # NFC again once the control between them is gone
    ],
)
def test_normalize_spaces_controls(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Défense: l’Iran et l’Irak — « accord » signé à Bagdad.",
        "Министр обороны России Сергей Шойгу; ёлка, йод.",
        "Menteri Pertahanan RI Prabowo Subianto (kiri) di Jakarta, 12/10/2021.",
        "ﬁ ligature, ½, ² and ™ stay as written",  # NFKC would change these
    ],
)
def test_latin_cyrillic_unchanged(text: str) -> None:
    assert normalize_text(text) == text
    assert normalize_text(text, "fr") == text
    assert normalize_text(text, "ru") == text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("وزير", "وزیر"),  # Arabic yeh → Farsi yeh
        ("كشور", "کشور"),  # Arabic kaf → keheh
        ("مصطفى", "مصطفی"),  # alef maksura → Farsi yeh
        ("جمهورية", "جمهوریة"),  # teh marbuta kept
        ("۱۳۹۹ و ١٤٠٠", "۱۳۹۹ و ١٤٠٠"),  # digits kept as written
        ("ايـــران", "ایران"),  # tatweel removed
    ],
)
def test_persian_letters(raw: str, expected: str) -> None:
    assert normalize_text(raw, "fa") == expected


def test_arabic_letters() -> None:
    assert normalize_text("وزیر دفاع کشور", "ar") == "وزير دفاع كشور"
    # without a language, letter forms are left as written
    assert normalize_text("وزیر وزير") == "وزیر وزير"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\ufe83\ufedf\ufea7", "ألخ"),  # alef with hamza, lam, khah presentation forms
        ("\ufef7", "لأ"),  # lam-alef-hamza ligature
        ("\ufefb", "لا"),  # lam-alef ligature
        ("\ufbfc\ufb8a", "یژ"),  # farsi yeh and jeh isolated forms
        ("\ufe8e\ufeae\ufe8d\ufead", "ارار"),
    ],
)
def test_presentation_forms(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # legitimate: between a joining letter and the next letter
        ("می\u200cخواهد", "می\u200cخواهد"),
        ("همکاری\u200cها", "همکاری\u200cها"),
        ("تفاهم\u200cنامه", "تفاهم\u200cنامه"),
        # stray: word start / end, next to spaces or punctuation
        ("\u200cمی", "می"),
        ("خواهد\u200c", "خواهد"),
        ("می\u200c خواهد", "می خواهد"),
        ("ایران\u200c،", "ایران،"),
        # doubled
        ("می\u200c\u200c\u200cخواهد", "می\u200cخواهد"),
        # after a non-joining letter (د ا ر و) it shapes nothing
        ("آمریکا\u200cییها", "آمریکاییها"),
        ("کشور\u200cها", "کشورها"),
        ("مواد\u200cی", "موادی"),
        # between Latin letters it means nothing
        ("ab\u200ccd", "abcd"),
    ],
)
def test_zwnj(raw: str, expected: str) -> None:
    assert normalize_text(raw, "fa") == expected


def test_zwnj_after_harakat_is_kept() -> None:
    text = "مِ\u200cخواهد"  # kasra between the letter and the ZWNJ
    assert normalize_text(text, "fa") == text


_ALPHABET = st.sampled_from(
    list("abcé AZ\n\r\t.,;-")
    + list("یيىكکةۀئؤأإآاردوزژپگچهمنلبت ")
    + ["\u200c", "\u200b", "\u0640", "\u00a0", "\u202f", "\ufeff", "\u200f", "\u00ad"]
    + ["\u064e", "\u0650", "\u0651", "\u0301", "\u0308"]
    + ["\ufefb", "\ufbfc", "\ufe8e", "\ufdf2", "\ufe70", "\ufc5e"]
    + ["й", "ё", "Ж", "\x00", "\x85", "\u2028"]
)


@settings(max_examples=400, deadline=None)
@given(st.text(_ALPHABET, max_size=40), st.sampled_from([None, "fa", "ar", "en", "ru"]))
def test_normalize_idempotent(text: str, lang: str | None) -> None:
    once = normalize_text(text, lang)
    assert normalize_text(once, lang) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "\r" not in once and "\u00a0" not in once and "\u0640" not in once


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_normalize_idempotent_any_unicode(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


# --- fold -------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("وزير", "وزیر"),
        ("آمریکایی\u200cها", "آمریکاییها"),
        ("Défense", "defense"),
        ("كشور", "کشور"),
        ("مُحَمَّد", "محمد"),  # harakat
        ("أحمد", "احمد"),
        ("إيران", "ایران"),
        ("ٱلله", "الله"),
        ("آذربایجان", "اذربایجان"),
        ("جمهورية", "جمهوریه"),
        ("خانۀ", "خانه"),
        ("مؤتمر", "موتمر"),
        ("رئيس", "رییس"),
        ("ايـــران", "ایران"),
        ("١٤٠٠ ۱۴۰۰", "1400 1400"),
        ("\ufefb", "لا"),  # presentation form
        ("ÉTAT-MAJOR", "etat-major"),
        ("Straße", "strasse"),
        ("Iraq’s", "iraq's"),
        ("Шойгу", "шойгу"),
        ("ёлка", "елка"),
    ],
)
def test_fold_equal(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(("a", "b"), [("мой", "мои"), ("وزیر", "وزیران"), ("Iran", "Iraq")])
def test_fold_keeps_distinct(a: str, b: str) -> None:
    assert fold(a) != fold(b)


def test_fold_ascii_fast_path() -> None:
    assert fold("Defence MINISTER") == "defence minister"


# --- detect_language -------------------------------------------------------

SENTENCES = {
    "en": [
        "The defence minister met his Iraqi counterpart in Baghdad on Tuesday to discuss "
        "border security.",
        "Both countries signed a memorandum of understanding on military training.",
        "Pentagon chief visits Jakarta for talks on maritime cooperation",
    ],
    "id": [
        "Menteri Pertahanan Iran bertemu dengan mitranya dari Irak di Teheran pada hari Minggu.",
        "Kedua negara sepakat untuk memperkuat kerja sama militer.",
        "Panglima TNI menerima kunjungan delegasi dari Rusia.",
    ],
    "fr": [
        "Le ministre de la Défense a rencontré son homologue irakien à Bagdad mardi.",
        "Les deux pays ont signé un protocole d'accord sur la formation militaire.",
        "Visite du chef d'état-major à Moscou",
    ],
    "ru": [
        "Министр обороны России встретился с иранским коллегой в Москве.",
        "Стороны подписали меморандум о военном сотрудничестве.",
        "Шойгу провел переговоры с Багери",
    ],
    "fa": [
        "وزیر دفاع ایران روز یکشنبه با همتای عراقی خود در تهران دیدار کرد.",
        "دو کشور تفاهم\u200cنامه همکاری نظامی امضا کردند.",
        # Persian typed with Arabic yeh/kaf
        "وزير دفاع عراق در سفر به تهران با سرلشکر باقري ديدار كرد.",
    ],
    "ar": [
        "التقى وزير الدفاع العراقي نظيره الإيراني في طهران يوم الأحد.",
        "وقع البلدان مذكرة تفاهم للتعاون العسكري.",
        # Arabic typed on a Persian keyboard (ی ک)
        "وزیر الدفاع العراقی یلتقی رئیس الأرکان الإیرانی فی طهران",
    ],
}


@pytest.mark.parametrize(
    ("lang", "sentence"), [(lang, s) for lang, ss in SENTENCES.items() for s in ss]
)
def test_detect_language(lang: str, sentence: str) -> None:
    assert detect_language(sentence, SIX) == lang


@pytest.mark.parametrize("text", ["", "   ", "12/10/2021 — 14:30", "۱۳۹۹/۰۸/۲۵", "!!! ???"])
def test_detect_language_no_letters(text: str) -> None:
    assert detect_language(text, SIX) == "und"


def test_detect_language_respects_candidates() -> None:
    assert detect_language(SENTENCES["fr"][0], {"en", "id"}) in {"en", "id"}
    assert detect_language(SENTENCES["en"][0], {"en"}) == "en"
    assert detect_language(SENTENCES["fa"][0], {"fa", "en"}) == "fa"
    assert detect_language(SENTENCES["ar"][0], {"ar", "ru"}) == "ar"
    # Cyrillic without ru among the candidates: another Cyrillic-script language
    assert detect_language(SENTENCES["ru"][0], {"uk", "en"}) == "uk"


def test_detect_language_leaves_py3langid_global_alone() -> None:
    import py3langid

    py3langid.set_languages(["de", "nl"])
    try:
        assert detect_language(SENTENCES["id"][0], SIX) == "id"
        assert py3langid.classify(SENTENCES["en"][0])[0] in {"de", "nl"}
    finally:
        py3langid.set_languages(None)
