"""Text normalisation, matching keys and language identification.

``normalize_text`` produces the text every later stage indexes into (evidence offsets
point into it), so it is conservative: NFC, spaces and invisible controls, Arabic
presentation forms, Persian/Arabic letter forms by language, and stray ZWNJs.
``fold`` builds the lossy key the lexicon matcher compares (it does not keep offsets).
``detect_language`` decides by script first, then with a private py3langid model.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection
from functools import cache
from typing import Any

ZWNJ = "\u200c"
ZWJ = "\u200d"
TATWEEL = "\u0640"

# --- normalize_text tables -------------------------------------------------------


def _presentation_table() -> dict[int, str]:
    """Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) → base letters (NFKC)."""
    table: dict[int, str] = {}
    for start, end in ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE)):
        for cp in range(start, end + 1):
            ch = chr(cp)
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch:
                table[cp] = folded
    return table


_PRESENTATION = _presentation_table()
_HAS_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")

# Unicode spaces → ' ' (tabs too: they are collapsed with spaces).
_SPACES = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
# Invisible characters removed outright: ZWSP, BOM/ZWNBSP, soft hyphen, word joiner,
# invisible operators, Mongolian vowel separator, bidi marks, embeddings and isolates, tatweel.
_REMOVED = (
    "\u200b\ufeff\u00ad\u2060\u2061\u2062\u2063\u2064\u180e"
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" + TATWEEL
)
# Line separators → '\n' (CR and CRLF are handled before the table).
_NEWLINES = "\u000b\u000c\u0085\u2028\u2029"


def _base_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): " " for c in _SPACES}
    table.update({ord(c): None for c in _REMOVED})
    table.update({ord(c): "\n" for c in _NEWLINES})
    # other C0/C1 controls (not \n) are dropped
    for cp in [*range(0x00, 0x20), *range(0x7F, 0xA0)]:
        if cp not in table and cp != 0x0A:
            table[cp] = None
    return table


_BASE = _base_table()
_LANG_TABLES: dict[str, dict[int, str | None]] = {
    # Persian: Arabic yeh / alef maksura → Farsi yeh, Arabic kaf → keheh
    "fa": {**_BASE, 0x064A: "\u06cc", 0x0649: "\u06cc", 0x0643: "\u06a9"},
    # Arabic: Farsi yeh → Arabic yeh, keheh → Arabic kaf
    "ar": {**_BASE, 0x06CC: "\u064a", 0x06A9: "\u0643"},
}

# Arabic-script letters that never join to the following letter (joining type R or U):
# a ZWNJ after them changes nothing.
_NON_LEFT_JOINING = frozenset(
    "\u0621\u0622\u0623\u0624\u0625\u0627\u0629\u062f\u0630\u0631\u0632\u0648"
    "\u0671\u0672\u0673\u0674\u0675\u0676\u0677"
    + "".join(chr(c) for c in range(0x0688, 0x069A))
    + "\u06c0\u06c3\u06c4\u06c5\u06c6\u06c7\u06c8\u06c9\u06ca\u06cb\u06cd\u06cf"
    "\u06d2\u06d3\u06d5\u06ee\u06ef"
    "\u0759\u075a\u075b\u076b\u076c\u0771\u0773\u0774\u0778\u0779"
)
_NON_JOINING = frozenset("\u0621\u0674")  # hamza: joins on neither side
_ZWNJ_RUN = re.compile("\u200c{2,}")
_HSPACE_RUN = re.compile(" {2,}")
_TRAILING_SPACE = re.compile(" +(?=\n)| +$")


def _is_arabic_script(ch: str) -> bool:
    cp = ord(ch)
    return 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF


def _zwnj_keep(text: str, i: int) -> bool:
    """Whether the single ZWNJ at ``text[i]`` has an effect on shaping."""
    j = i - 1
    while j >= 0 and unicodedata.category(text[j]) == "Mn":
        j -= 1
    if j < 0 or i + 1 >= len(text):
        return False
    prev, nxt = text[j], text[i + 1]
    if not (prev.isalpha() and nxt.isalpha()):
        return False
    if _is_arabic_script(prev):
        return prev not in _NON_LEFT_JOINING and nxt not in _NON_JOINING
    # ZWNJ means nothing between Latin, Greek or Cyrillic letters; keep it elsewhere
    # (Indic scripts use it legitimately).
    return ord(prev) >= 0x0530 and ord(nxt) >= 0x0530


def _clean_zwnj(text: str) -> str:
    if ZWNJ not in text:
        return text
    text = _ZWNJ_RUN.sub(ZWNJ, text)
    out: list[str] = []
    start = 0
    for m in re.finditer(ZWNJ, text):
        i = m.start()
        out.append(text[start:i])
        if _zwnj_keep(text, i):
            out.append(ZWNJ)
        start = i + 1
    out.append(text[start:])
    return "".join(out)


def normalize_text(text: str, lang: str | None = None) -> str:
    """Normalise ``text`` as written: NFC, one kind of space, no invisible controls.

    Arabic presentation forms become base letters; for ``fa`` Arabic ي/ى/ك become
    Persian ی/ک, for ``ar`` the reverse; tatweel and stray ZWNJs go (those that shape
    nothing); runs of spaces collapse and trailing spaces go.  Idempotent; Latin and
    Cyrillic letters are never changed.
    """
    if _HAS_PRESENTATION.search(text):
        text = text.translate(_PRESENTATION)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_LANG_TABLES.get(lang or "", _BASE))
    text = _clean_zwnj(text)
    text = _HSPACE_RUN.sub(" ", text)
    text = _TRAILING_SPACE.sub("", text)
    if not unicodedata.is_normalized("NFC", text):  # a removed control split base + mark
        text = unicodedata.normalize("NFC", text)
    return text


# --- fold -------------------------------------------------------


def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        if unicodedata.category(chr(cp)) in ("Mn", "Me"):
            table[cp] = None
    table.update({ord(c): None for c in _REMOVED + ZWNJ + ZWJ})
    variants = {
        "\u064a\u0649\u06cc\u06d0": "\u06cc",  # ي ى ی ې → ی
        "\u0643\u06a9\u06aa": "\u06a9",  # ك ک ڪ → ک
        "\u0623\u0625\u0622\u0671\u0672\u0673": "\u0627",  # أ إ آ ٱ → ا
        "\u0629\u06c0\u06d5\u06c1\u06c2\u06be": "\u0647",  # ة ۀ ە ہ ۂ ھ → ه
        "\u0624": "\u0648",  # ؤ → و
        "\u0626": "\u06cc",  # ئ → ی
        "\u2018\u2019\u02bc\u02bb\u2032\u0060\u00b4": "'",  # apostrophes
        "\ue000": "\u0439",  # й (kept through NFKD, see fold)
        # Latin letters with no decomposition, which other texts write plain (Demirkıran =
        # Demirkiran, Kukuła = Kukula, Støre = Store); the same letters as anyascii's
        "\u0131": "i",  # ı
        "\u0142": "l",  # ł
        "\u00f8": "o",  # ø
    }
    for chars, target in variants.items():
        table.update({ord(c): target for c in chars})
    for i in range(10):
        table[0x0660 + i] = str(i)  # Arabic-Indic digits
        table[0x06F0 + i] = str(i)  # Persian digits
    return table


_FOLD: dict[int, str | None] = {}


def fold(text: str) -> str:
    """Matching key: casefold, no diacritics/harakat, one form per Arabic/Persian letter.

    ZWNJ, ZWJ and tatweel are dropped and Eastern digits become ASCII, so
    ``fold("وزير") == fold("وزیر")`` and ``fold("Défense") == fold("defense")``.
    Russian й stays й.  The result is not offset-preserving.
    """
    if text.isascii():
        return text.casefold()
    global _FOLD
    if not _FOLD:
        _FOLD = _fold_table()
    text = text.casefold()
    if "\u0439" in text:
        text = text.replace("\u0439", "\ue000")
    return unicodedata.normalize("NFKD", text).translate(_FOLD)


# --- language identification -------------------------------------------------------

# Script of the languages we may be asked about (anything else: ask the model).
_SCRIPTS = {
    "en": "latin", "id": "latin", "fr": "latin", "ms": "latin", "de": "latin",
    "es": "latin", "it": "latin", "pt": "latin", "nl": "latin", "tr": "latin",
    "az": "latin", "uz": "latin", "sw": "latin", "tl": "latin", "pl": "latin",
    "ru": "cyrillic", "uk": "cyrillic", "be": "cyrillic", "bg": "cyrillic",
    "sr": "cyrillic", "kk": "cyrillic", "mk": "cyrillic", "ky": "cyrillic",
    "fa": "arabic", "ar": "arabic", "ur": "arabic", "ps": "arabic", "ku": "arabic",
    "he": "hebrew", "el": "greek", "zh": "han", "ja": "han", "ko": "hangul",
    "hi": "devanagari",
}  # fmt: skip

_PERSIAN_ONLY = frozenset("\u067e\u0686\u0698\u06af")  # پ چ ژ گ
_PERSIAN_FORMS = frozenset("\u06cc\u06a9")  # ی ک
_ARABIC_FORMS = frozenset("\u064a\u0643\u0629")  # ي ك ة
_TO_PERSIAN_FORMS = {0x064A: "\u06cc", 0x0649: "\u06cc", 0x0643: "\u06a9"}
_TO_ARABIC_FORMS = {0x06CC: "\u064a", 0x06A9: "\u0643"}
_MAX_CHARS = 3_000


def _script(ch: str) -> str | None:
    cp = ord(ch)
    if cp < 0x0250 or 0x1E00 <= cp <= 0x1EFF:
        return "latin"
    if 0x0400 <= cp <= 0x052F:
        return "cyrillic"
    if _is_arabic_script(ch) or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        return "arabic"
    if 0x0370 <= cp <= 0x03FF:
        return "greek"
    if 0x0590 <= cp <= 0x05FF:
        return "hebrew"
    if 0x0900 <= cp <= 0x097F:
        return "devanagari"
    if 0xAC00 <= cp <= 0xD7AF:
        return "hangul"
    if 0x4E00 <= cp <= 0x9FFF or 0x3040 <= cp <= 0x30FF:
        return "han"
    return None


@cache
def _identifier() -> Any:
    """A private py3langid model (its module-level one is global state: never touched)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def _langid_scores(text: str, candidates: Collection[str]) -> dict[str, float]:
    """Naive Bayes log scores of ``candidates`` known to the model (restricting the
    classes of a naive Bayes model is just taking their columns)."""
    ranked = _identifier().rank(text)
    wanted = set(candidates)
    return {lang: score for lang, score in ranked if lang in wanted}


def _langid_best(text: str, candidates: Collection[str]) -> str | None:
    scores = _langid_scores(text, candidates)
    if not scores:
        return None
    return max(sorted(scores), key=lambda lang: scores[lang])


def _fa_or_ar(text: str, letters: Counter[str]) -> str:
    """Persian or Arabic: letters only Persian writes, the keyboard's letter forms
    (ی ک vs ي ك ة), and the model restricted to the two.  The model is run twice, on
    the text with its yeh/kaf unified to the Persian and to the Arabic forms, and the
    two scores summed, so it weighs the words rather than the keyboard layout."""
    total = sum(letters.values()) or 1
    persian_only = sum(letters[c] for c in _PERSIAN_ONLY)
    persian_forms = sum(letters[c] for c in _PERSIAN_FORMS)
    arabic_forms = sum(letters[c] for c in _ARABIC_FORMS)
    diff = 0.0
    for table in (_TO_PERSIAN_FORMS, _TO_ARABIC_FORMS):
        scores = _langid_scores(text.translate(table), ("fa", "ar"))
        if len(scores) == 2:
            diff += scores["fa"] - scores["ar"]
    # per-letter log-likelihood ratio, clipped so the letters can still tip the balance
    evidence = max(-4.0, min(4.0, 20.0 * diff / total))
    evidence += min(2.0, 200.0 * persian_only / total)
    evidence += 2.0 * (persian_forms - arabic_forms) / max(1, persian_forms + arabic_forms)
    return "fa" if evidence > 0 else "ar"


def detect_language(text: str, candidates: Collection[str]) -> str:
    """The language of ``text`` among ``candidates`` (ISO 639-1 codes), ``"und"`` if it
    has no letters.  Script first (Cyrillic → ru, Arabic script → fa or ar), then the
    py3langid model restricted to the candidates written in that script."""
    sample = text[:_MAX_CHARS]
    letters = Counter(ch for ch in sample if ch.isalpha())
    if not letters:
        return "und"
    by_script: Counter[str] = Counter()
    for ch, n in letters.items():
        script = _script(ch)
        if script:
            by_script[script] += n
    cands = sorted({c.lower() for c in candidates})
    if not cands:
        return _identifier().classify(sample)[0]
    script = by_script.most_common(1)[0][0] if by_script else None
    same_script = [c for c in cands if _SCRIPTS.get(c) == script]
    if script == "cyrillic" and "ru" in same_script:
        return "ru"
    if script == "arabic" and {"fa", "ar"} <= set(same_script):
        choice = _fa_or_ar(sample, letters)
        others = [c for c in same_script if c not in ("fa", "ar")]
        if not others:
            return choice
        best = _langid_best(sample, [choice, *others])
        return best or choice
    if len(same_script) == 1:
        return same_script[0]
    pool = same_script or [c for c in cands if c not in _SCRIPTS] or cands
    return _langid_best(sample, pool) or pool[0]
