"""How Russian and the Arabic script write East-Asian names that English writes in their own
romanisation.

Russian does not spell Chinese and Japanese names out from the English letters: it uses the
Palladius system for Chinese (Xi Jinping = Си Цзиньпин, Dong Jun = Дун Цзюнь) and the
Polivanov system for Japanese (Takeshi Iwaya = Такэси Ивая).  Both are fixed tables over
syllables, so a Latin name that can be read as pinyin or as Hepburn syllables has one or a
few Cyrillic readings, which can be compared with the Cyrillic name as written, and a
Cyrillic name read as Palladius syllables has its pinyin.  A name that cannot be read so
(Lavrov, Mohammed) has none.  Chinese names in the Arabic script are compared with their long
vowels (``arabic_vowel_key``, ``pinyin_vowel_keys``); Korean names by family name and the
consonants of the given name (``korean_key``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from anyascii import anyascii

_INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л",
    "g": "г", "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч",
    "sh": "ш", "r": "ж", "z": "цз", "c": "ц", "s": "с",
}  # fmt: skip
# finals after an initial; ü is written u after j, q, x (and v or ü after n, l)
_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу",
    "an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "i": "и",
    "ia": "я", "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь",
    "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о", "uai": "уай",
    "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "v": "юй", "ve": "юэ",
    "van": "юань", "vn": "юнь",
}  # fmt: skip
# syllables without an initial
_BARE = {
    "a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "e": "э", "ei": "эй",
    "en": "энь", "eng": "эн", "er": "эр", "o": "о", "ou": "оу", "yi": "и", "ya": "я",
    "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян",
    "ying": "ин", "yong": "юн", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай",
    "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн", "yu": "юй",
    "yue": "юэ", "yuan": "юань", "yun": "юнь",
}  # fmt: skip
# finals an initial does not take (pinyin's own rules), so that a non-Chinese word is
# less often read as Chinese
_SIBILANT = {"zh", "ch", "sh", "r", "z", "c", "s"}
_PALATAL = {"j", "q", "x"}


def _syllables() -> dict[str, str]:
    out = dict(_BARE)
    for ini, cy_ini in _INITIALS.items():
        if ini in _PALATAL:
            # only i-finals and ü, which is written u: ju, jue, juan, jun = цзюй, цзюэ, ...
            finals = {f: c for f, c in _FINALS.items() if f.startswith("i")}
            finals.update({"u": "юй", "ue": "юэ", "uan": "юань", "un": "юнь"})
        else:
            finals = {f: c for f, c in _FINALS.items() if not f.startswith(("i", "v"))}
            if ini in _SIBILANT:  # zhi, chi, shi, ri are -и; zi, ci, si are -ы
                finals["i"] = "ы" if ini in ("z", "c", "s") else "и"
            elif ini not in ("g", "k", "h", "f"):
                finals.update({f: c for f, c in _FINALS.items() if f.startswith("i")})
            if ini in ("n", "l"):  # nü, lüe
                finals.update({f: c for f, c in _FINALS.items() if f.startswith("v")})
        if ini not in ("b", "p", "m", "f"):
            finals.pop("o", None)  # bo, po, mo, fo; elsewhere o is uo: guo = го
        out.update({ini + f: cy_ini + c for f, c in finals.items()})
    out["hui"] = "хуэй"  # Palladius' one exception to -уй
    return out


_PINYIN = _syllables()
_PINYIN_ONE = {py: (cy,) for py, cy in _PINYIN.items()}
_LONGEST = max(map(len, _PINYIN))


def _segmentations(word: str, table: Mapping[str, Iterable[str]], longest: int) -> tuple[str, ...]:
    """Every way of writing ``word`` as syllables of ``table``, each syllable replaced by
    its readings; at most four."""
    ends: list[list[str]] = [[] for _ in range(len(word) + 1)]
    ends[0] = [""]
    for i in range(len(word)):
        if not ends[i]:
            continue
        for j in range(i + 1, min(len(word), i + longest) + 1):
            for reading in table.get(word[i:j], ()):
                ends[j].extend(prefix + reading for prefix in ends[i][:4])
    return tuple(dict.fromkeys(ends[len(word)]))[:4]


def _combined(readings: list[tuple[str, ...]], capitalise: bool = False) -> list[str]:
    """Names made of one reading per word (at most four)."""
    combos: list[str] = [""]
    for rs in readings:
        combos = [
            f"{c} {r.capitalize() if capitalise else r}".strip() for c in combos for r in rs
        ][:4]
    return combos


_PINYIN_SPLIT = {py: (py + " ",) for py in _PINYIN}


@lru_cache(maxsize=50_000)
def pinyin_syllables(word: str) -> tuple[tuple[str, ...], ...]:
    """The ways of reading a pinyin word as syllables ("minggang" = ming gang), as the
    Arabic script writes a Chinese given name, a word a syllable (مينغ قانغ)."""
    return tuple(
        tuple(seg.split()) for seg in _segmentations(word.lower(), _PINYIN_SPLIT, _LONGEST)
    )


@lru_cache(maxsize=50_000)
def pinyin_readings(word: str) -> tuple[str, ...]:
    """The Palladius spellings of a word read as pinyin syllables ("jinping" →
    ("цзиньпин",)); none when the word is not pinyin.  At most four readings."""
    w = word.lower().replace("ü", "v").replace("'", "")
    if not w.isascii() or not w.isalpha():
        return ()
    return _segmentations(w, _PINYIN_ONE, _LONGEST)


# Polivanov: kana syllables of a Hepburn spelling, in the order they are tried
_KANA = [
    ("shi", "си"), ("chi", "ти"), ("tsu", "цу"), ("sha", "ся"), ("shu", "сю"), ("sho", "сё"),
    ("cha", "тя"), ("chu", "тю"), ("cho", "тё"), ("ja", "дзя"), ("ju", "дзю"), ("jo", "дзё"),
    ("ji", "дзи"), ("fu", "фу"), ("ya", "я"), ("yu", "ю"), ("yo", "ё"), ("wa", "ва"),
    ("wo", "о"), ("ye", "е"),
]  # fmt: skip
_KANA_CONS = {
    "k": "к", "s": "с", "t": "т", "n": "н", "h": "х", "m": "м", "r": "р", "g": "г",
    "z": "дз", "d": "д", "b": "б", "p": "п",
}  # fmt: skip
_KANA_VOWEL = {"a": "а", "i": "и", "u": "у", "e": "э", "o": "о"}
_KANA_RE = re.compile(
    "|".join(
        [re.escape(k) for k, _ in _KANA]
        + [r"[kstnhmrgzdbp]y[auo]", r"[kstnhmrgzdbp][aiueo]", r"[aiueo]", r"n(?![aiueoy])"]
    )
)
_KANA_MAP = dict(_KANA)
_YOTATED = {"a": "я", "u": "ю", "o": "ё"}


@lru_cache(maxsize=50_000)
def hepburn_reading(word: str) -> str | None:
    """The Polivanov spelling of a word read as Hepburn syllables ("Takeshi" → "такэси",
    "Kishida" → "кисида"); None when the word is not made of Japanese syllables."""
    w = word.lower().replace("ō", "o").replace("ū", "u").replace("-", "")
    if not w.isascii() or not w.isalpha():
        return None
    out = []
    pos = 0
    while pos < len(w):
        if w[pos] == w[pos + 1 : pos + 2] and w[pos] in "kstpcg":
            out.append(_KANA_CONS.get(w[pos], "т"))  # a doubled consonant: Hokkaido, Hatta
            pos += 1
            continue
        m = _KANA_RE.match(w, pos)
        if m is None:
            return None
        s = m.group()
        if s in _KANA_MAP:
            out.append(_KANA_MAP[s])
        elif len(s) == 3:
            out.append(_KANA_CONS[s[0]] + _YOTATED[s[2]])
        elif len(s) == 2:
            out.append(_KANA_CONS[s[0]] + _KANA_VOWEL[s[1]])
        elif s == "n":
            out.append("н")
        else:
            out.append(_KANA_VOWEL[s])
        pos = m.end()
    return "".join(out)


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", name) if w]


def cyrillic_readings(name: str) -> list[str]:
    """The Cyrillic spellings Russian gives a Latin name if it is Chinese or Japanese:
    every word read by one system (at most four readings), or none."""
    words = _words(name)
    if not words:
        return []
    out = []
    pinyin = [pinyin_readings(w) for w in words]
    if all(pinyin):
        out.extend(_combined(pinyin))
    japanese = [hepburn_reading(w) for w in words]
    if all(japanese):
        out.append(" ".join(j for j in japanese if j))
    return list(dict.fromkeys(out))


def _palladius_syllables() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for py, cy in _PINYIN.items():
        out.setdefault(cy, []).append(py)
    return {cy: tuple(pys) for cy, pys in out.items()}


_PALLADIUS = _palladius_syllables()
_LONGEST_CY = max(map(len, _PALLADIUS))


@lru_cache(maxsize=50_000)
def palladius_readings(word: str) -> tuple[str, ...]:
    """The pinyin of a Cyrillic word read as Palladius syllables ("Цзюнь" → ("jun",),
    "Цзиньпин" → ("jinping",)); none when it is not.  At most four readings."""
    w = word.lower().replace("ё", "е")
    if not w.isalpha() or not all("\u0400" <= ch <= "\u04ff" for ch in w):
        return ()
    return _segmentations(w, _PALLADIUS, _LONGEST_CY)


def pinyin_of_cyrillic(name: str) -> list[str]:
    """The pinyin spellings of a Cyrillic name if every word reads as Palladius syllables
    (Дун Цзюнь → Dong Jun), at most four; none otherwise (Сергей Шойгу)."""
    words = _words(name)
    readings = [palladius_readings(w) for w in words]
    if not words or not all(readings):
        return []
    return _combined(readings, capitalise=True)


# Chinese names in the Arabic script keep their long vowels (وانغ يي = Wang Yi, جون = Jun
# but جيان = Jian), which consonant skeletons drop; these keys compare them with the vowels
_ARABIC_KEY = {
    "ا": "a", "آ": "a", "أ": "a", "إ": "a", "ى": "a", "و": "u", "ي": "i", "ی": "i",
    "ئ": "i", "ب": "b", "پ": "b", "ت": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s",
    "ش": "s", "ژ": "k", "ج": "k", "چ": "k", "ح": "h", "ه": "h", "خ": "h", "د": "d",
    "ض": "d", "ذ": "z", "ز": "z", "ظ": "z", "ر": "r", "ع": "", "غ": "k", "ق": "k",
    "ک": "k", "ك": "k", "گ": "k", "ف": "f", "ل": "l", "م": "m", "ن": "n",
}  # fmt: skip
_PINYIN_KEY = [
    ("zh", "k"), ("ch", "k"), ("sh", "s"), ("ng", "nk"), ("j", "k"), ("q", "k"),
    ("x", "s"), ("g", "k"), ("p", "b"), ("c", "s"), ("w", "u"), ("y", "i"), ("o", "u"),
    ("ü", "u"), ("v", "u"), ("e", ""),
]  # fmt: skip


def _squeeze(key: str) -> str:
    return re.sub(r"(.)\1+", r"\1", key)


def arabic_vowel_key(word: str) -> str:
    """A word in the Arabic script with its long vowels (تشيانغ → "kiank")."""
    w = word.replace("تش", "چ")  # Arabic writes ch as تش
    if len(w) > 2 and w[0] in "أإا" and w[1] in "وي":
        w = w[1:]  # (the alif that carries a first long vowel: أوك = uk, إيل = il)
    if len(w) > 2 and w[-1] in "هة":
        w = w[:-1]  # a final ه writes a vowel: خه = he
    return _squeeze("".join(_ARABIC_KEY.get(ch, "") for ch in w))


def pinyin_vowel_keys(word: str) -> tuple[str, ...]:
    """A pinyin word as the Arabic script writes it, comparable with arabic_vowel_key
    (Qiang → "kiank"); e, which Arabic writes ي or leaves out, gives two keys (Leji)."""
    w = word.lower()
    keys: list[str] = []
    # and the ü of ju, qu, xu (Jun = جيون as well as جون), and of yu (Deyu = ده يوي)
    for form in dict.fromkeys((w, re.sub(r"^([jqx])u", r"\1iu", w), re.sub(r"^yu$", "yui", w))):
        for a, b in _PINYIN_KEY[:-1]:
            form = form.replace(a, b)
        keys += [_squeeze(form.replace("e", v)) for v in ("", "i")]
        if form.endswith("e") and len(form) > 1:
            keys.append(_squeeze(form[:-1].replace("e", "") + "h"))  # a final e as ه: De = ده
    return tuple(dict.fromkeys(keys))


# Korean names: the family name first, written by custom in both scripts (Park = Пак,
# Lee = Ли, Choe = Цой), then the given name, whose consonants the Kontsevich system keeps
# (Jin = Чин, Tae-yul = Тхэ Ёль, Jong Un = Чен Ын)
_KOREAN_FAMILIES = {
    "kim": "ким", "lee": "ли", "yi": "ли", "rhee": "ли", "ri": "ли", "park": "пак",
    "pak": "пак", "bak": "пак", "choi": "чхве", "choe": "цой", "jung": "чон",
    "jeong": "чон", "chung": "чон", "kang": "кан", "cho": "чо", "jo": "чо", "yoon": "юн",
    "yun": "юн", "jang": "чан", "chang": "чан", "lim": "лим", "im": "лим", "han": "хан",
    "oh": "о", "seo": "со", "suh": "со", "shin": "син", "sin": "син", "kwon": "квон",
    "hwang": "хван", "ahn": "ан", "an": "ан", "song": "сон", "yoo": "ю", "yu": "ю",
    "ryu": "рю", "hong": "хон", "moon": "мун", "mun": "мун", "noh": "но", "roh": "но",
    "nam": "нам", "baek": "пэк", "paek": "пэк", "ha": "ха", "kwak": "квак", "chun": "чон",
    "jeon": "чон", "bae": "пэ", "heo": "хо", "yang": "ян", "son": "сон", "ko": "ко",
    "koh": "ко", "go": "ко", "won": "вон", "hyun": "хён", "ju": "чу", "choo": "чу",
    "jin": "чин", "chin": "чин", "jegal": "чегаль", "namgung": "намгун", "hwangbo": "хванбо",
    "yuk": "юк", "yook": "юк", "pyo": "пхё", "cha": "ча", "woo": "у", "koo": "ку",
    "byun": "пён", "byeon": "пён", "chae": "чхэ", "shim": "сим", "sim": "сим", "um": "ом",
    "eom": "ом", "tak": "так", "bang": "пан", "gil": "киль", "sagong": "сагон",
    "seonu": "сону", "sunwoo": "сону", "dokgo": "токко", "myeong": "мён", "myung": "мён",
    "yeo": "ё", "seol": "соль", "kong": "кон", "gong": "кон", "maeng": "мэн",
}  # fmt: skip
_KOREAN_CYRILLIC = {"цой": "чхве"}  # North Korean Цой and South Korean Чхве: one family


def _korean_consonants(latin: str) -> str:
    """The consonants of a Korean given name in Latin letters, voiced and aspirated alike."""
    t = latin.lower()
    # (and the Russian Дж of the press, not the Чж of the tables: Джэюн = Jae-yun)
    for a, b in (("chzh", "c"), ("dzh", "c"), ("tch", "c"), ("ck", "k"), ("ch", "c"), ("j", "c"),
                 ("zh", "c"), ("tkh", "t"), ("kkh", "k"), ("pkh", "p"), ("th", "t"),
                 ("kh", "h"), ("ph", "p"), ("ng", "n"), ("g", "k"), ("d", "t"), ("b", "p"),
                 ("r", "l"), ("w", "v"), ("sh", "s"), ("ts", "c")):  # fmt: skip
        t = t.replace(a, b)
    return _squeeze("".join(ch for ch in t if ch.isalpha() and ch not in "aeiouy"))


def korean_key(name: str, *, joined: bool = False) -> str | None:
    """Family name (as Russian writes it) and given-name consonants of a Korean name in
    Latin or Cyrillic letters ("Park Jin" and "Пак Чин": "пак:cn"); None for other names.
    With ``joined``, the given name's syllables as one word (Won-tak = Вонтхак)."""
    words = _words(name.lower())
    if len(words) < 2:
        return None
    first, given = words[0], words[1:]
    if joined:
        given = ["".join(given)]
    if first.isascii():
        family = _KOREAN_FAMILIES.get(first)
    else:
        family = first if first in _KOREAN_FAMILIES.values() else None
        given = [anyascii(w).replace("'", "") for w in given]
    if family is None or not all(w.isascii() and w.isalpha() for w in given):
        return None
    family = _KOREAN_CYRILLIC.get(family, family)
    # syllables stay apart: Kim Jong Un (cn-n) is not Kim Yo Jong (-cn)
    return f"{family}:" + "-".join(_korean_consonants(w) for w in given)


_KOREAN_ARABIC_KEY = [
    ("ch", "k"), ("ng", "nk"), ("j", "k"), ("g", "k"), ("p", "b"), ("ae", "ai"), ("eo", "u"),
    ("eu", "u"), ("y", "i"), ("o", "u"), ("w", "u"), ("e", "i"),
]  # fmt: skip


def korean_vowel_keys(name: str) -> list[str] | None:
    """A Korean name in Latin letters as the Arabic script writes it, word by word, each
    syllable of a hyphenated given name a word (Cho Tae-yul → ku, tai, iul: تشو تاي يول),
    comparable with :func:`arabic_vowel_key`; None for a name of no Korean family."""
    words = _words(name.lower().replace("-", " "))
    if len(words) < 2 or words[0] not in _KOREAN_FAMILIES or not all(map(str.isalpha, words)):
        return None
    keys = []
    for w in words:
        # (a silent h after a vowel, a ck: Ahn = آن, Baek = Back = باك)
        w = re.sub(r"(?<=[aeiou])h(?![aeiou])", "", w).replace("ck", "k")
        for a, b in _KOREAN_ARABIC_KEY:
            w = w.replace(a, b)
        keys.append(_squeeze(w))
    return keys
