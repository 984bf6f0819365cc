"""Cross-article resolution: which persons, meetings and agreements are the same.

Persons merge when their names are compatible (same last token, the shorter name's tokens
all in the longer one, compared on an ASCII transliteration with case, diacritics and the
Arabic article folded) and the countries they serve do not conflict; a short name that
fits several different people merges with none.  Meetings merge when their participants
are the same people and their dates agree (equal, or one unknown/partial and the
publications close); agreements likewise by parties and status.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Generic, TypeVar

from anyascii import anyascii

from graph.lexicon import LexiconError, load_lexicon
from graph.model import Extraction, Meeting, PartialDate, Person
from graph.normalize import fold
from graph.translit import (
    arabic_vowel_key,
    cyrillic_readings,
    korean_key,
    korean_vowel_keys,
    pinyin_of_cyrillic,
    pinyin_readings,
    pinyin_syllables,
    pinyin_vowel_keys,
)
from graph.vocab import SOLE_HOLDER_ROLES, generic_roles, related_roles, same_post

CLOSE_DAYS = 31
_PARTICLES = {"al", "el", "ul", "ad", "ash", "as", "az", "an", "ar", "at", "jr", "sr"}


@dataclass
class Resolution:
    """Global ids for each article-local key."""

    person: dict[tuple[str, str], str] = field(default_factory=dict)
    # the country another report states for a person whose article only guessed one (see
    # ``Person.assumed_country``)
    person_country: dict[tuple[str, str], str] = field(default_factory=dict)
    meeting: dict[tuple[str, int], str] = field(default_factory=dict)
    agreement: dict[tuple[str, int], str] = field(default_factory=dict)
    meeting_date: dict[str, PartialDate] = field(default_factory=dict)
    meeting_label: dict[str, str] = field(default_factory=dict)  # readable IRI slug source


# given names written short: Md Touhid Hossain (Bangladesh), Mohd Hasan (Malaysia)
_ABBREVIATIONS = {
    "md": "mohammad",
    "mohd": "mohammad",
    "muhd": "muhammad",
    "mhd": "muhammad",
    # (as Russian writes them: "Мохд Низам Джаффар")
    "mokhd": "mohammad",
    "mukhd": "muhammad",
}


def _article_tokens(name: str) -> list[tuple[str, str, bool]]:
    """(token as written, folded ASCII token, whether an "ال" was dropped from it)."""
    out = []
    # initials written together with the name: "А.Ю.Алимов" is А. Ю. Алимов
    spaced = re.sub(r"\.(?=\w)", ". ", fold(name))
    for raw in spaced.replace("-", " ").replace("'", " ").split():
        joins = bool(out) and script_of(out[-1][0]) == "arabic" and out[-1][0] != "عبد"
        if raw in _COMPOUND_ENDS and joins:
            # one name word written in two, as Persian joins it: "فصيح الدين" = فصیح‌الدین
            # (Fasihuddin), "عناية الله" = عنایت‌الله (its ة a t)
            first = out[-1][0][:-1] + "ت" if out[-1][0].endswith("ه") else out[-1][0]
            whole = first + raw
            out[-1] = (whole, anyascii(whole).lower(), out[-1][2])
            continue
        # (a short word too after عبد: عبد الحق = Abdelhak)
        after_abd = bool(out) and out[-1][0] == "عبد"
        had = raw.startswith("ال") and (len(raw) > 4 or after_abd) and raw != "الله"
        if had:
            raw = raw[2:]  # the Arabic article written on the word: المقداد = Mekdad
        # Serbian and Croatian đ is written dj in other Latin texts (Đurić = Djuric)
        tok = anyascii(raw.replace("đ", "dj")).lower().strip("'`.")
        if raw.endswith(".") and (
            len(raw.rstrip(".")) == 1 or re.fullmatch(r"(?:ts|ch|sh|kh|zh)\.", raw)
        ):
            # an initial is one letter in any script (Ю. is not "yu"; a Mongolian "Ts." is
            # one letter, Ц)
            tok = tok[:1]
        if script_of(raw) in ("latin", "cyrillic"):
            tok = _ABBREVIATIONS.get(tok, tok)
        if tok:
            out.append((raw, tok, had))
    named = [t for t in out[1:] if t[1] not in _PARTICLES]
    if out and out[0][1] in _SAYYID and len(named) >= 2:
        # the Sayyid of descent, written in some reports and not in others ("Sayyid Shihab
        # bin Tariq" = "شهاب بن طارق", "سید عباس عراقچی" = Abbas Araghchi)
        return out[1:]
    return out


# the second word of a compound name, written apart in Arabic and joined in Persian (folded)
_COMPOUND_ENDS = frozenset({fold("الدين"), fold("الله"), fold("الدولة")})

# Sayyid, Seyed, Syed in Latin and Cyrillic letters, and سید / سيد
_SAYYID = frozenset(
    {"sayyid", "sayyed", "sayid", "sayed", "seyed", "seyyed", "seyid", "seyyid", "syed", "syd"}
)


def name_tokens(name: str) -> list[str]:
    """Comparable tokens: transliterated, folded, hyphens split, "al-" / "ال" dropped, and
    initials dropped ("S Jaishankar" is Jaishankar, whatever S stands for), and the
    Burmese honorific word U, also written Oo ("Thiha Nyunt Oo" = "Тхиха Ньюнт У")."""
    every = ["u" if tok == "oo" else tok for _, tok, _ in _article_tokens(name)]
    return [t for t in every if t not in _PARTICLES and len(t) > 1] or every


def _sounded(word: str) -> str:
    """A word's letters that other scripts write as they sound: the Czech ř and the Polish
    ł (rž and w), the Romanian ț and ș (ts and sh: Țoiu = Цою)."""
    for a, b in (("ř", "rzh"), ("ł", "w"), ("ț", "ts"), ("ţ", "ts"), ("ș", "sh"), ("ş", "sh")):
        word = word.replace(a, b)
    # the Polish nasal ą and ę (on, en), and its zi before a vowel, a ź (zh): Wziątek =
    # Вжёнтек = وژونتک
    if re.search("[ąę]", word):
        word = re.sub("zi(?=[aeiouąę])", "zh", word).replace("ą", "on").replace("ę", "en")
    # and the Czech and Slovak č, š, ž (Černochová = Чернохова = تشيرنوخوفا), whose ch is kh
    if re.search("[čšžěůňťď]", word):
        for a, b in (("ch", "kh"), ("č", "ch"), ("š", "sh"), ("ž", "zh")):
            word = word.replace(a, b)
    return word


# the t of a Turkish name that Arabic writes د: before a consonant or at the end, before
# -oğlu (Davutoğlu = داود أوغلو), and after a voiceless consonant, as Turkish assimilates a
# suffix's d (bayrak-tar, Ottoman بيرقدار)
_TURKISH_T = re.compile(r"t(?![aeiouy])|t(?=oglu|ogly)|(?<=[kpcsfh])t")


@lru_cache(maxsize=200_000)
def _skeleton_forms(name: str) -> list[list[str]]:
    """The skeletons, and the other readings of words: with the "l" of an "ال" kept (in
    Persian often the word's own letters: الکساندر = Alexander), ض read as z, as Persian
    says it (رضا = Reza; Arabic: رمضان = Ramadan), ch and چ as the ج Arabic writes."""
    options: list[list[str]] = []
    tokens = _article_tokens(name)
    # (folding drops the cedilla: the words that had one)
    cedilla = {
        anyascii(fold(w)).lower() for w in re.split(r"[\s-]+", name) if "ç" in w.lower()
    }
    # and the Czech ř and the Polish ł, which other scripts write as they sound: rž and w
    # (Řehka = Ржегка = رجيهكا, Kukuła = كوكووا)
    sounded = {
        anyascii(fold(w)).lower(): anyascii(_sounded(w.lower()))
        for w in re.split(r"[\s-]+", name)
        if re.search("[řłțţșşčšžěůňťďąę]", w.lower())
    }
    # the Arabic article fused onto the word before a sun letter r, as South Asian names
    # write it: Khalilur Rahman = خليل الرحمن, Mujibur Rahman = مجيب الرحمن
    fused = {
        tok
        for (raw, tok, _), (_, nxt, _) in itertools.pairwise(tokens)
        if script_of(raw) == "latin"
        and len(tok) >= 6
        # (and the Malay -ul of al- before any letter: Kamarul Ariffin = قمر العارفين)
        and ((tok.endswith("ur") and nxt[:1] == "r") or tok.endswith("ul"))
    }
    # a Persian ه closing a word's part before a zero-width non-joiner is a vowel: جه‌چان =
    # Jae-chan (no h)
    vowel_h = {
        fold(w): fold(w.replace("ه\u200c", "\u200c")) for w in name.split() if "ه\u200c" in w
    }
    czech = re.search("[řěůňťď]", name.lower()) is not None
    # a Turkish name (its letters, or a family name in -oğlu): its t before a consonant or
    # at the end was d, as Arabic still writes it (Davutoğlu = داود أوغلو, Ahmet = أحمد)
    turkish = re.search("[ğış]", name.lower()) is not None or any(
        tok.endswith(("oglu", "ogly")) and script_of(raw) != "arabic" for raw, tok, _ in tokens
    )
    for raw, tok, had_article in tokens:
        if tok in _PARTICLES or (len(tok) == 1 and len(tokens) > 1):
            continue  # particles, and initials ("S Jaishankar")
        if script_of(raw) != "arabic":
            # ch is ش in French (Chanegriha) and چ elsewhere, which Arabic writes ج
            # (Araghchi / Аракчи / عراقجي); old Indonesian sj is ش, or letter by letter سج
            latin = script_of(raw) == "latin"
            alts = [tok]
            if tok in fused:
                alts.append(tok[:-2])
            if latin and "cs" in tok:
                # Hungarian cs, ch, which Arabic writes تش or ج: Csukasi = تشوكاسي
                alts += [tok.replace("cs", "ch"), tok.replace("cs", "j")]
            if latin and "chh" in tok:
                # the aspirated chh of Khmer names, a ch Arabic writes تش: Chhum = تشوم
                alts += [tok.replace("chh", "ch"), tok.replace("chh", "j")]
            if "ch" in tok:
                alts.append(tok.replace("ch", "j"))
            if latin and tok.startswith("kg"):
                alts.append("kh" + tok[2:])  # Setswana kg, said kh: Kgosietsile = خوسيتسيلي
            if latin and re.search(r"sch(?=[ei])", tok):
                alts.append(tok.replace("sch", "sk"))  # Italian: Sarteschi = سارتيسكي
            if latin and re.search(r"[ln]h", tok):
                # the Portuguese lh and nh, said ly and ny: Carvalhais = كارفاليش
                alts.append(re.sub(r"([ln])h", r"\1", tok))
            if latin and re.search(r"dz(?!h)", tok):
                # the dz of Central African names, said dj, which Arabic writes ج: Ndzié =
                # نجيي (and letter by letter too: اندزیه)
                alts.append(re.sub(r"dz(?!h)", "j", tok))
            if latin and re.search("sz|cz|zs", tok):
                # Polish sz and cz (sh, ch: Kamysz = کامیش), Hungarian sz, cz and zs (s, ts,
                # zh: Szalay = Салаи, Zsolt = ژولت)
                alts += [
                    tok.replace("sz", "sh").replace("cz", "ch"),
                    tok.replace("zs", "zh").replace("sz", "s").replace("cz", "ts"),
                ]
            if latin and re.search(r"x(?=[aeiouy])", tok):
                # the x of Lao and Vietnamese names is s: Saleumxay = Салемсай, Xuân = Суан
                alts.append(re.sub(r"x(?=[aeiouy])", "s", tok))
            if latin and "ph" in tok:
                # the aspirated ph of Thai and South Asian names, a p: Phumtham = پومتام
                alts.append(tok.replace("ph", "p").replace("th", "t"))
                if re.search("[aeiou]r(?=[kpt])", tok):
                    # … whose r after a vowel, before k, p or t, is not said in Thai:
                    # Narkphanit = Накпханит = ناکپانیت
                    alts += [re.sub("(?<=[aeiou])r(?=[kpt])", "", a) for a in list(alts)]
            if latin and len(tok) >= 5 and re.search("(?:ault|eaux?|aux)$", tok):
                # the French -ault, -eau, -aux, said o: Immongault = Иммонго, Bireau = بيرو
                alts.append(re.sub("(?:ault|eaux?|aux)$", "o", tok))
            if latin and "nh" in tok:
                # the Portuguese nh (the Spanish ñ), which Russian writes нь: Nhantumbo =
                # Ньянтумбу
                alts.append(tok.replace("nh", "n"))
            if latin and re.search(r"(?<=[lnr])z(?=[aeiou])", tok):
                # the z of Italian and German names is ц: Lorenzo = Лоренцо, Renzi = Ренци
                alts.append(re.sub(r"(?<=[lnr])z(?=[aeiou])", "ts", tok))
            if latin and tok.startswith("chr"):
                # the ch of Greek and German names is kh (х, خ): Christos = Христос = خريستوس
                alts.append("kh" + tok[2:])
            if latin and re.search(r"gi(?=[aou])", tok):
                # the Greek gi before a vowel, said y: Mavrogiannakis = Маврояннакис,
                # Giorgos = Йоргос
                alts.append(re.sub(r"gi(?=[aou])", "y", tok))
            if latin and len(tok) >= 6 and re.search(r"(?:oi|ou|eu)x$", tok):
                # the silent French x: Delacroix = Делакруа, Leroux = Леру
                alts.append(tok[:-1])
            if latin and re.search(r"(?:ou|au|ei|[iu])gh(?![aeiou])", tok):
                # the silent English gh: Hugh = Хью = هيو, Doughty = Доути
                alts.append(re.sub(r"(?<=ou|au|ei)gh(?![aeiou])|(?<=[iu])gh(?![aeiou])", "", tok))
            if latin and tok.endswith("ng") and pinyin_readings(tok):
                # the pinyin -ng, which Russian writes -н: Huang = Хуан, Wang = Ван
                alts.append(tok[:-1])
            if latin and czech and "ch" in tok:
                # the ch of a Czech name (one of its words has ř, ě, ů …) is kh:
                # Ondřej Kratochvíl = Ондржей Кратохвил
                alts.append(tok.replace("ch", "kh"))
            if latin and "dkh" in tok:
                # a d, then the kh of the next part of a compound: Akhmedkhodjaev =
                # أحمد خوجاييف (no ذ)
                alts.append(tok.replace("dkh", "d-kh"))
            if latin and re.search(r"x", tok[1:]) and not pinyin_readings(tok):
                # the x of Uzbek names, kh: Baxtiyor = Бахтиёр
                alts.append(tok[0] + tok[1:].replace("x", "kh"))
            if latin and len(tok) >= 6 and re.search(r"[aeiou]h[aeiou].*(?:yan|ian)$", tok):
                # the h between vowels Russian leaves out of Armenian names: Abrahamyan =
                # Абраамян
                alts.append(re.sub(r"(?<=[aeiou])h(?=[aeiou])", "", tok))
            if latin and _ASPIRATE.search(tok):
                # the aspirated consonants of South Asian names (kh, gh, dh, bh, th, ph,
                # jh): the consonant and an h, or the consonant alone (Kharal = کهرل,
                # Dhungana = دونغانا)
                alts += [_ASPIRATE.sub(r"\1ah", tok), _ASPIRATE.sub(r"\1", tok)]
            if latin and re.search("ij|ui", tok):
                # a Dutch name: its ij said ay, ui au, g kh (Gijs Tuinman = خايس تاونمان)
                dutch = tok.replace("ij", "ay").replace("ui", "au")
                alts.append("kh" + dutch[1:] if dutch.startswith("g") else dutch)
            if latin and tok.startswith("ibrahim"):
                alts.append("ibraim" + tok[7:])  # Ibrahim as French Africa says it: Ибраим
            if latin and "zz" in tok:
                alts.append(tok.replace("zz", "ts"))  # the Italian zz: Mazzarella = متزارلا
            if script_of(raw) == "cyrillic" and "ts" in tok:
                # ц for the Italian z, which Arabic writes ز: Лоренцо = لورينزو
                alts.append(tok.replace("ts", "z"))
            if latin and re.search(r"[aeiou]z$|z[qc]", tok):
                # the z of Latin American Spanish, said s, with the other readings:
                # Hernández = Эрнандес, Vázquez = Васкес, Cruz = Крус
                alts += [a.replace("z", "s") for a in list(alts) if "z" in a]
            if turkish and _TURKISH_T.search(tok):
                alts.append(_TURKISH_T.sub("d", tok))
            if latin and tok.endswith("ao") and len(tok) >= 4:
                # the Portuguese -ão, Russian -ан: João = Жуан, Estêvão = Эштеван
                alts.append(tok[:-2] + "an")
            if latin and "xh" in tok:
                # Albanian xh, Russian дж, Arabic and Persian ج: Hoxha = Ходжа = خوجه
                alts += [tok.replace("xh", "dzh"), tok.replace("xh", "j")]
            if "sj" in tok:
                alts.append(tok.replace("sj", "s-j"))
            if tok in cedilla:
                alts.append(tok.replace("c", "s"))  # ç is s: Lourenço = لورينسو = Лоуренсу
                # … or the Turkish ç, ch: Selçuk = Сельчук = سلجوق
                alts.append(tok.replace("c", "ch"))
            if tok in sounded:
                alts.append(sounded[tok])
                if sounded[tok].startswith("ch"):
                    # (a first č, which Arabic writes تش: Černochová = تشيرنوخوفا)
                    alts.append("t" + sounded[tok])
            if latin and _SLAVIC_J.search(tok):
                # a j by a vowel said y, as West and South Slavic, German and Nordic names
                # sound it (Bejda = Бейда, Jiří = ییرژی), with the other readings; not the
                # first j of Ja-, Jo-, which is Arabic j as often (Jamal = جمال, not أمل)
                alts += [_SLAVIC_J.sub("y", a) for a in alts if _SLAVIC_J.search(a)]
            if latin and sounded and tok.startswith("j"):
                # … and the first j too in a name written with Central European letters:
                # Jana Černochová = یانا چرنوخووا
                alts += ["y" + a[1:] for a in alts if a.startswith("j")]
            if latin and re.search(r"c(?!h)", tok[1:]):
                # the c of South Slavic names without háček is ц: Mickoski = Мицкоски
                alts.append(tok[0] + re.sub(r"c(?!h)", "ts", tok[1:]))
            if latin and len(tok) >= 5 and tok.endswith("ic"):
                # a South Slavic -ić written without its accent: its c are ć and č, which
                # Arabic writes تش and Russian ч (Becirovic = بيتشيروفيتش = Бечирович)
                alts.append(re.sub(r"c(?!h)", "ch", tok))
            if latin and re.search(r"ij(?=[aeiou])", tok):
                # Serbo-Croatian and Macedonian -ija- is -иа- in Russian: Hristijan =
                # Христиан
                alts.append(re.sub(r"ij(?=[aeiou])", "i", tok))
            if "tch" in tok:
                # the tch of French (tsch of German) spellings is Russian ч: Likhatchev =
                # Лихачев, Tchebotarev = Чеботарев
                alts.append(tok.replace("tsch", "ch").replace("tch", "ch"))
            if "dj" in tok or "dzh" in tok:
                # the dj of French spellings, Russian дж, letter by letter as Arabic writes
                # it: Ofosu-Adjare = أوفوسو-أدجاري = Офосу-Аджаре (and as one j: Djibril)
                alts.append(tok.replace("dzh", "d-zh").replace("dj", "d-j"))
            if latin and "kh" in tok[1:]:
                # a k and an h, not خ: the aspirated kh of South Asian names, which Persian
                # writes که (Lekhak = لکهک), and German ck before h (Eckhardt = إكهارت)
                alts.append(tok[0] + tok[1:].replace("kh", "k-h"))
            if latin and "rh" in tok[1:]:
                # the rh of Maghreb French spellings, غ past a word's start: Amrhar = أمغار
                alts.append(tok[0] + tok[1:].replace("rh", "gh"))
            if latin and "dh" in tok[1:]:
                # and the aspirated dh, a d: Chowdhury = چودری
                alts.append(tok[0] + tok[1:].replace("dh", "d"))
            if latin and tok.endswith("dt"):
                # a German final dt is said t (Eckhardt, Schmidt = شميت)
                alts += [a[:-2] + "t" for a in alts if a.endswith("dt")]
            if "th" in tok:
                alts.append(tok.replace("th", "t"))  # ث as t: Al-Thani / Аль Тани
            if "sh" in tok[1:]:
                alts.append(tok.replace("sh", "s-h"))  # s and h: Ishaq / اسحاق
            if latin and re.search(r"[aeiou][zd]h", tok):
                # z and h, d and h after a vowel: Azhari / الأزهري, Adham / أدهم
                alts.append(re.sub(r"(?<=[aeiou])([zd])h", r"\1-h", tok))
            if tok.startswith("john"):
                alts.append("jon" + tok[4:])  # the silent h of John: جون, Джон
            if "ph" in tok:
                # Pham / فام, with the other readings: Christopher = Кристофер = كريستوفر
                alts += [a.replace("ph", "f") for a in alts if "ph" in a]
            if latin and re.search(r"[aeiou]h[lr](?![aeiouy])", tok):
                # the silent h of German and Nordic names, before l or r: Ekdahl = Экдаль,
                # Kohl = Коль (not Mahrez, whose h is said before its vowel)
                alts.append(re.sub(r"(?<=[aeiou])h(?=[lr](?![aeiouy]))", "", tok))
            if len(tok) >= 8 and re.search(r"[aeiou]h[^aeiou]", tok):
                # an h the other scripts leave out in long names: Subrahmanyam / Субраманьям
                alts.append(re.sub(r"(?<=[aeiou])h(?=[^aeiou])", "", tok))
            if latin and tok.startswith("x") and not pinyin_readings(tok):
                # a first x of Western names is ks, which Arabic often writes كز: Xavier =
                # كزافييه = Ксавье
                alts += ["ks" + tok[1:], "kz" + tok[1:]]
            if "x" in tok[1:] and pinyin_readings(tok):
                alts.append(tok.replace("x", "sh"))  # pinyin x is ش: Youxia / يوشيا
            if script_of(raw) == "cyrillic" and ("zh" in tok or "ch" in tok):
                # ж and ч as Latin letters without their háček: Браже = Braže = Braze,
                # Живкович = Živković (ч as c, not the ch of French)
                alts.append(tok.replace("zh", "z").replace("ch", "c"))
            if script_of(raw) == "cyrillic" and re.search(r"l'(?=[aeiouy])", tok):
                # ль before a vowel, the Spanish ll, which Arabic writes ي: Астудильо =
                # Astudillo = أستوديو
                alts.append(re.sub(r"l'(?=[aeiouy])", "y", tok))
            if script_of(raw) == "cyrillic" and "g" in tok:
                alts.append(tok.replace("g", "h"))  # Russian г for h: Гасанов = Hasanov
            if script_of(raw) == "cyrillic" and raw[:1] in "Ээ":
                # the first Э of a Spanish name whose silent h Russian leaves out and
                # Persian writes: Эктор = هکتور (Héctor), Эрнандес = هرناندز
                alts.append("h" + tok)
            if (
                script_of(raw) == "cyrillic"
                and (raw, tok, had_article) == tokens[0]
                and len(tokens) >= 2
                and re.search("(?:[^аеиоуыэюяё]ий|ы)н$", raw.lower())
            ):
                # a Mongolian father's name in its genitive, first: Пурэвдоржийн Цогтгэрэл
                # is Purevdorj Tsogtgerel (-ийн, -ын; -гийн after a vowel)
                alts.append(re.sub("(?:(?<=[aeioun])giyn|iyn|yn)$", "", tok))
            if script_of(raw) == "cyrillic" and "kkh" in tok:
                # кх, the kh of Lao and Thai names letter by letter: Кхамфан = Khamphan
                alts.append(tok.replace("kkh", "kh"))
            if script_of(raw) == "cyrillic" and re.match(r"kh[eiy]", tok):
                # Russian х for the Spanish g and j before e, i, which the Arabic script
                # writes letter by letter: Херардо = جراردو (Gerardo), Хименес = جيمينيز
                alts.append("g" + tok[2:])
            if latin and (gamma := re.sub("(?<=[aeo])yi(?=[aeiou])", "gi", tok)) != tok:
                # the Greek gamma before i, which Latin letters write y and the Arabic
                # script gh or g: Panayiota = باناغيوتا = پاناگیوتا
                alts.append(gamma)
            if latin and re.fullmatch(r"h\w{3,}(?:yan|ian)", tok):
                # the first h Russian leaves out of Armenian names, and its dz a ц:
                # Hambardzumyan = Амбарцумян
                alts.append(tok[1:].replace("dz", "ts"))
            if latin and tok.startswith("vaha"):
                # the h Russian leaves out of Armenian Vah- names: Vahan = Ваан, Vahagn =
                # Ваагн (not any h between vowels: Birahima is no Ибраим, Mahamane no Maamane)
                alts.append("vaa" + tok[4:])
            if re.match(r"m[ae]mm?[ae]d", tok):
                # the Turkic Mamed, Mammad of Muhammad: Mamedov = محمدوف
                alts.append(re.sub(r"^m[ae]mm?[ae]d", "muhammad", tok))
            if latin and "j" in tok and not tok.startswith("jean"):
                alts.append(tok.replace("j", "h"))  # Spanish j: José = خوسيه = Хосе
            if latin and re.match(r"h[aeiou]", tok):
                alts.append(tok[1:])  # the silent h of French: Haddad = Аддад
            if latin and re.search(r"c[ei]", tok):
                alts.append(re.sub(r"c(?=[ei])", "s", tok))  # Romance c: Múcio = Мусиу
            if latin and re.match(r"g[ei]", tok):
                alts.append("h" + tok[1:])  # Spanish g: Gilberto = Хилберто
                if tok.startswith("gi"):
                    alts.append("z" + tok[2:])  # Vietnamese gi: Giang = Зянг
            if latin and re.match(r"z[aeiou].{3,}(?:o|[ae][sz])$", tok):
                # the first z of a Spanish family name, said s as Latin America says it,
                # as Russian and Persian write it: Zambrano = Самбрано = سامبرانو
                alts.append("s" + tok[1:])
            if latin and re.search(r"[aeiou]gn[aeiou]", tok):
                alts.append(re.sub(r"(?<=[aeiou])gn(?=[aeiou])", "n", tok))  # Ignazio = Иньяцио
            if latin and re.search(r"[^aeiou]?z+i[aeiou]", tok):
                # the Italian z of -zio, -zia as ц: Ignazio = Иньяцио, Lazio = Лацио
                alts += [re.sub(r"z+(?=i[aeiou])", "ts", a) for a in alts]
            if latin and re.search(r"[aeiou]ll[aeiou]", tok):
                alts.append(re.sub(r"(?<=[aeiou])ll(?=[aeiou])", "y", tok))  # Parrilla = باريا
            if re.search(r"[aeiou]z[aeiou]", tok):
                alts.append(re.sub(r"(?<=[aeiou])z(?=[aeiou])", "s", tok))  # José = Жозе
            if re.search(r"[aeiou]s[aeiou]", tok):
                # Joseph = جوزاف (with the other readings: ph as f)
                alts += [re.sub(r"(?<=[aeiou])s(?=[aeiou])", "z", a) for a in alts]
            if re.search(r"[aeiou]t$", tok):
                alts.append(tok[:-1] + "d")  # Turkish final t: Mevlüt = مولود, Ahmet = أحمد
                # and the silent French t, with the other readings: Barrot = Барро = بارو,
                # Thiériot = Тьерио
                alts += [a[:-1] for a in alts if re.search(r"[aeiou]t$", a)]
            if latin and re.search(r"[aoe]i?s$|ouis$", tok) and len(tok) >= 4:
                alts.append(tok[:-1])  # the silent French s: Louis = Луи, Dubois = Дюбуа
            if latin and tok.endswith("ier") and len(tok) >= 5:
                # the silent r of the French -ier, with the other readings: Xavier =
                # كزافييه = Ксавье, Olivier = Оливье
                alts += [a[:-1] for a in alts if a.endswith("ier")]
            if latin and len(tok) >= 5 and tok.endswith("ger"):
                alts.append(tok[:-1])  # the silent r of the French -ger: Roger = Роже
            if latin and re.search(r"[aeiou]r[td]$", tok):
                alts.append(tok[:-1])  # and after r: Albert = آلبر, Bernard = برنار
            if latin and re.search(r"[lmnrde]s$", tok):
                # the English final s said z, which Arabic writes ز, with the other
                # readings: Charles = تشارلز, Jones = جونز, Williams = ويليامز
                alts += [a[:-1] + "z" for a in alts if a.endswith("s")]
            if latin and tok.startswith("jo"):
                # and the first j of Jo- said y, as Nordic and German names sound it
                # (Jonatan = یوناتان = Йонатан), last: the other readings come first
                alts.append("y" + tok[1:])
            if latin and len(tok) >= 8 and tok.endswith("kul"):
                # a Thai family name's last ล, said n, which Russian writes as said:
                # Sirirattanakul = Сирираттанакун
                alts.append(tok[:-1] + "n")
            if latin and re.search("(?<=[aeiou])v(?=[aeiou])", tok):
                # Spanish letters as said, last (the least likely reading): a v between
                # vowels a b, with ll a y and c before e or i an s (Saavedra = سابيدرا,
                # Cevallos = سيبايوس = Себальос)
                spanish = re.sub("(?<=[aeiou])v(?=[aeiou])", "b", tok).replace("ll", "y")
                alts.append(re.sub("c(?=[ei])", "s", spanish))
            options.append(list(dict.fromkeys(_or_f(skeleton(t), t) for t in alts)))
            continue
        if raw in ("آل", "ال"):
            continue  # the family's "Al" (آل ثاني = Al Thani)
        alts = [raw]
        if re.search(r".ال[تثدذرزسشصضطظن]", raw):
            # the article inside a compound name, assimilated to a sun letter: سراج‌الدین
            # = Sirojiddin, نورالدين = Nureddine (its l kept too: Nur al-Din)
            alts.append(re.sub(r"(?<=.)ال(?=[تثدذرزسشصضطظن])", "ا", raw))
        if re.search(r".[حه](?=ال)", raw):
            # an h closing a compound's first word, which Latin letters fold into a th:
            # فتح‌الله = Fathallah
            alts.append(re.sub(r"(?<=.)[حه](?=ال)", "", raw))
        if raw in vowel_h:
            alts.append(vowel_h[raw])
        if "ض" in raw:
            alts.append(raw.replace("ض", "ز"))
        if "ذ" in raw:
            alts.append(raw.replace("ذ", "د"))  # ذ as the Maghreb writes it: نذير = Nadir
        if len(raw) >= 4 and raw.endswith("س"):
            alts.append(raw[:-1] + "ز")  # an English final s said z: جيمس = جیمز (James)
        if "دج" in raw:
            alts.append(raw.replace("دج", "ج"))  # the dj of French spellings: أدجادي = آجادی
        if "دز" in raw:
            alts.append(raw.replace("دز", "ج"))  # a dz letter by letter or as ج: اندزیه = نجيي
        if "ث" in raw:
            alts.append(raw.replace("ث", "ت"))  # ث as t: آل ثاني / Аль Тани
        if "ژ" in raw:
            alts.append(raw.replace("ژ", "ز"))  # ž written z in Latin: براژه = Braže
        if len(raw) >= 4 and re.search(r"[اوی]ت$", raw):
            # a Turkic final t after a long vowel, as Persian writes it from Russian, which
            # Arabic writes d: دولت‌میرات = دولتميراد (Dovletmyrat), مرات = مراد
            alts.append(raw[:-1] + "د")
        if "چ" in raw:
            alts.append(raw.replace("چ", "ج"))
        if "تش" in raw:
            alts.append(raw.replace("تش", "ج"))  # Arabic writes ch as تش: تشانغ = Zhang
        if "تش" in raw and len(raw) >= 6:
            # … which Persian writes چ, in a long name: هراتشيا = هراچیا = Грачья (Hrachya);
            # not in a short syllable, where ch read as s would meet others (تشن, Chen, is no
            # Sun)
            alts.append(raw.replace("تش", "چ"))
        if re.search(r".(?:يي|یی)[او]", raw):
            # the Spanish ll before a vowel, which Arabic writes يي and Persian ل: كاسترييون
            # = کاسترلون (Castrellón); not the -yev of Russian names (ألكسييف)
            alts.append(re.sub(r"(?<=.)(?:يي|یی)(?=[او])", "ل", raw))
        if re.fullmatch(r"ه\w{3,}[یي]ان", raw):
            # an Armenian name's first h, which Russian leaves out: هامبارتسومیان = Амбарцумян
            alts.append(raw[1:])
        if len(raw) >= 8 and "ه" in raw[1:-1]:
            # an h written or not in a long foreign name: سوبراهمانیام / سوبرامانيام
            alts.append(raw[0] + raw[1:-1].replace("ه", "") + raw[-1])
        elif "اها" in raw[1:]:
            # … or between two vowels, which Russian does not write in Armenian names:
            # واهاگن = Ваагн (Vahagn)
            alts.append(raw[0] + raw[1:].replace("اها", "اا"))
        sks = [_arabic_skeleton(r) for r in alts]
        if sks[0] == "f" and raw.endswith("و") and _arabic_skeleton(raw[:-1]) == "":
            # a last و said u, in a word of vowels: آیو = Ayu (not the v of ایو = Yves)
            sks.append("")
        if had_article:
            # (the whole word with its l: آلایف = Aloyev, "l", not an f kept alone)
            sks += [_arabic_skeleton("ل" + r) for r in alts]
        options.append(list(dict.fromkeys(sks)))
    # the product's first 16 (the first word's first reading with the last words' every
    # reading), then the first 16 by rank sum (a first name's third reading with a family
    # name's fourth)
    forms = [list(f) for f in itertools.islice(itertools.product(*options), 16)]
    forms += [f for f in _first_forms(options, 16) if f not in forms]
    return forms or [[]]


def _first_forms(options: list[list[str]], n: int) -> list[list[str]]:
    """The first n of the words' combined readings, by the sum of their readings' ranks:
    all words' first readings, then one word's second reading with the others' first…"""
    if not options or not all(options):
        return []
    lens = [len(o) for o in options]
    best: list[list[int]] = []

    def fill(i: int, left: int, acc: list[int]) -> None:
        # the combinations of indices from word i on that add up to ``left``
        if len(best) >= n:
            return
        if i == len(lens) - 1:
            if left < lens[i]:
                best.append([*acc, left])
            return
        for v in range(min(left, lens[i] - 1) + 1):
            fill(i + 1, left - v, [*acc, v])

    for total in range(sum(lens) - len(lens) + 1):
        fill(0, total, [])
        if len(best) >= n:
            break
    return [[o[i] for o, i in zip(options, idx, strict=True)] for idx in best]


def _arabic_skeleton(raw: str) -> str:
    """The skeleton of a word in Arabic script, letter by letter (ذ is "dh" but د + ه is
    d-h: Dehqan / دهقان)."""
    if raw.startswith("عبدال") and len(raw) > 5:
        raw = "عبد" + raw[5:]  # the article inside: عبدالعزيز = Abdulaziz = Abdel Aziz
    sk = _dedupe("".join(skeleton(anyascii(ch).lower()) for ch in raw))
    sk = sk[:-1] if len(sk) >= 2 and sk.endswith("h") else sk  # ة, and خ / kh alike
    return _or_f(sk, anyascii(raw).lower())


def script_of(text: str) -> str:
    """The script of a name's first letter: "arabic" (Persian too), "cyrillic", else
    "latin"; "none" without letters."""
    for ch in text:
        if ch.isalpha():
            if (
                "\u0600" <= ch <= "\u06ff"
                or "\u0750" <= ch <= "\u077f"
                or "\ufb50" <= ch <= "\ufeff"
            ):
                return "arabic"
            if "\u0400" <= ch <= "\u04ff":
                return "cyrillic"
            return "latin"
    return "none"


def skeleton(token: str) -> str:
    """Consonant skeleton of a transliterated token, for matching across scripts:
    Arabic script writes few vowels and Latin spellings vary (Baqeri/Bagheri/باقری → bqr)."""
    # خ / х / kh and ه / h are written for one another (Dehqan / Дехкан / دهقان)
    # the article written into a Latin name: Abdulkadir / Abdel Fattah = عبد القادر (but
    # Abdoulaye, Abdallah are عبدالله whole: its l is the name's own)
    if re.fullmatch(r"abd(?:ou|[aeiou])ll?(?:a|ah|aye|ay|ai)", token):
        return "bdl"
    # (the hyphen, dropped below, keeps the d from the next letter: Abdelhak is d and h,
    # not the dh of ذ)
    t = re.sub(r"^abd(?:ou|[aeiou])l", "abd-", token)
    # (an s before a kh keeps it apart: Meskhishvili = مسخيشفيلي, s-kh, not sh)
    t = t.replace("dzh", "j").replace("dj", "j").replace("skh", "s\x03").replace("kh", "h")
    # French and old Indonesian spellings of ش: Chanegriha / شنقريحة, Sjamsoeddin / شمس
    t = t.replace("sh", "s").replace("sj", "s").replace("ch", "s").replace("\x03", "h")
    t = t.replace("th", "s").replace("dh", "z").replace("zh", "j")
    # ق غ گ ک ج / q gh g k c j are written for one another across languages (Baqeri/Bagheri,
    # Güler/غولر, Recep/رجب, Gamal/جمال); v and w likewise (Mousavi/موسوی); Arabic has no p
    # (Tayyip/طيب); v is written و in Persian, ف in Arabic (Lavrov / لافروف / لاوروف), so
    # f, v and w are left out like the vowels
    t = t.replace("gh", "k").replace("q", "k").replace("g", "k").replace("c", "k")
    # x: "s" first (Xi / شي), "ks" after (Alexander / Александр / الکساندر)
    t = t.replace("j", "k").replace("p", "b")
    t = "s" + t[1:].replace("x", "ks") if t.startswith("x") else t.replace("x", "ks")
    t = t.replace("ou", "u")
    t = "".join(ch for ch in t if ch.isalpha() and ch not in "aeiouywvf")
    if len(t) >= 2 and t.endswith("h"):
        t = t[:-1]  # ta marbuta ة is written -h or -a (Khawaja / خواجة); kh like h
    return _dedupe(t)


def _or_f(sk: str, word: str) -> str:
    """A word of f, v or w and vowels alone (Faye / فاي / Фай, Yves / إيف / ایو) keeps an
    f: not nothing."""
    return "f" if not sk and any(ch in "fvw" for ch in word) else sk


def _dedupe(t: str) -> str:
    out: list[str] = []
    for ch in t:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


_PATRONYMIC = frozenset({"bin", "ibn", "ben", "bint", "binti", "bn"})  # bn: skeleton of بن
# an aspirated consonant of a South Asian name (not the sh, ch of "Shah", "Chand")
_ASPIRATE = re.compile(r"(?<![sc])([kgdbtpj])h")


def _compatible_tokens(ta: list[str], tb: list[str]) -> bool:
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    # (each word of the shorter once: "Qin Gang" (kn kn) is not "Пак Чин" (bk kn))
    if Counter(short) - Counter(long_):
        return False
    if _PATRONYMIC & (set(short) | set(long_)) and short[0] not in _PATRONYMIC:
        # a chain of fathers' names is anchored at the given name and may stop anywhere:
        # "Khalid bin Salman" is "Khalid bin Salman bin Abdulaziz", but "Salman bin
        # Abdulaziz" (his father) and "Salman" are not; "bin Salman" is his name's tail
        return short[0] == long_[0]
    return short[-1] == long_[-1]


def _pairs(ta: list[str], tb: list[str]) -> list[tuple[list[str], list[str]]]:
    """The token lists to compare: every joining of neighbours in one of the names, except
    in a chain of fathers' names (whose "bin" must stay a word)."""
    in_a, in_b = bool(_PATRONYMIC & set(ta)), bool(_PATRONYMIC & set(tb))
    if in_a and in_b:
        return [(ta, tb)]
    if in_a or in_b:
        # (a Maghreb family name of "Ben" may be written as one word in the other name:
        # "بن سعادة" = Bensaada, "بن سليمان" = Benslimane)
        return [(ta, tb), (_fused_patronymic(ta), tb) if in_a else (ta, _fused_patronymic(tb))]
    # (one name's words joined, not both names': "Yasar Guler" and "Сергей Лавров" would
    # meet as srklr)
    return [(x, tb) for x in _joinings(ta)] + [(ta, y) for y in _joinings(tb)[1:]]


def _fused_patronymic(tokens: list[str]) -> list[str]:
    """The tokens with each "ben" joined to the word after it."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] in _PATRONYMIC and i + 1 < len(tokens):
            out.append(tokens[i] + tokens[i + 1])
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return out


# an initial, then one word: "Б.Батцэцэг", "B. Munkhjin" (a Mongolian digraph initial too: "Ts.
# Ulziibayar", Tserendorj's son)
_INITIAL_WORD = re.compile(r"([^\W\d_](?:(?<=[CSKZTcskzt])[hs])?)\.\s*([^\W\d_][\w'-]+)")


def _given_and_initial(name: str) -> tuple[str, str, bool] | None:
    """A Latin or Cyrillic name of a given name and a family name's initial: "Б.Батцэцэг"
    (the initial written first, as Mongolian and Russian lists do: ``True``) or "Battsetseg
    Batmunkh" (the family name whole: ``False``). The given name, the initial in Latin
    letters, and which of the two; None for other names. (The full form may be in the
    Arabic script too: "اولزیبایار تسرندورج" = "Ts. Ulziibayar".)"""
    if script_of(name) not in ("latin", "cyrillic", "arabic"):
        return None
    m = _INITIAL_WORD.fullmatch(name.strip())
    if m is not None:
        return m.group(2), anyascii(m.group(1)).lower()[:1], True
    words = name.split()
    toks = name_tokens(name) if len(words) == 2 else []
    return (words[0], toks[1][:1], False) if len(toks) == 2 else None


def _initial_then_given(a: str, b: str) -> bool:
    """``a`` is an initial and a given name, and ``b`` that given name, then a family name of
    that initial: "Б. Батцэцэг" = "Battsetseg Batmunkh"."""
    ga = _given_and_initial(a)
    if ga is None or not ga[2]:
        return False
    gb = _given_and_initial(b)
    return gb is not None and not gb[2] and gb[1] == ga[1] and names_compatible(ga[0], gb[0])


def names_compatible(a: str, b: str) -> bool:
    """Same last token and the shorter name's tokens all in the longer one; across
    scripts the tokens are compared by consonant skeleton."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if any(_compatible_tokens(x, y) for x, y in _pairs(ta, tb)):
        return True
    if _initial_then_given(a, b) or _initial_then_given(b, a):
        return True
    for x, y in ((a, b), (b, a)):
        # a Persian word of two joined by ZWNJ before the article: "شمس‌الضحی" is "شمس
        # الضحی" (Shamsuzzoha)
        if "\u200cال" in x and names_compatible(x.replace("\u200cال", " ال"), y):
            return True
    scripts = {script_of(a), script_of(b)}
    if scripts == {"latin"} and (_surname_first(ta, tb) or _korean_family_alone(a, b)):
        return True
    if scripts == {"latin", "cyrillic"}:
        # Russian spells Chinese and Japanese names by its own tables (Си Цзиньпин)
        latin, cyr = (a, b) if script_of(a) == "latin" else (b, a)
        if any(names_compatible(r, cyr) for r in cyrillic_readings(latin)):
            return True
        korean = korean_key(latin)
        if korean is not None and korean == korean_key(cyr):
            return True  # Park Jin = Пак Чин, Kim Jong Un = Ким Чен Ын
        if (
            korean is not None
            and "-" in latin
            and len(cyr.split()) == 2
            and korean_key(latin, joined=True) == korean_key(cyr)
        ):
            return True  # one given name hyphened, one word in Russian: Won-tak = Вонтхак
        viet = _vietnamese_readings(latin, name_tokens(latin))
        if any(skeletons_compatible(" ".join(r), cyr) for r in viet):
            return True  # Nguyen Hong Dien = Нгуен Хонг Зиен
        # a Thai aspirate, which Russian writes пх, тх, кх and English ph, th, kh or a
        # plain p, t, k: "Phiraphong Rattanapan" = "Пхирапхонг Раттанапхан"
        lt = [_latin_key(re.sub(r"(?<=[ptk])h", "", t)) for t in name_tokens(latin)]
        ct = [_latin_key(re.sub(r"(?<=[ptk])kh", "", t)) for t in name_tokens(cyr)]
        if any(_compatible_tokens(x, y) for x, y in _pairs(lt, ct)):
            return True
    if scripts == {"arabic", "cyrillic"}:
        # a Chinese name in Cyrillic is compared as its pinyin (Дун Цзюнь = دونغ جون)
        cyr, arabic = (a, b) if script_of(a) == "cyrillic" else (b, a)
        if any(names_compatible(r, arabic) for r in pinyin_of_cyrillic(cyr)):
            return True
        # an English final s said z, as Arabic writes it: Питерс = بيترز (Peters), and the
        # Spanish z Russian writes с (Лескано = ليزكانو, Lezcano; Арраис = آرایز, Arráiz); the
        # German S said z, which Russian writes з (Зоммерфельд = سومرفيلد, Sommerfeld)
        options = [
            dict.fromkeys(
                (
                    w,
                    re.sub(r"(?<=[лмнрдеиоау])с$", "з", w),
                    re.sub(r"с(?=[кт])", "з", w),
                    re.sub(r"^З(?=[аеиоуэюяё])", "С", w),
                    # (and the Spanish z, said s, that the Arabic script writes ز:
                    # Самбрана = زامبرانا, Zambrana; Барсага = بارزاغا, Barzaga)
                    re.sub(r"^С(?=[аеиоуэюяё])", "З", w),
                    re.sub(r"(?<=[рл])с(?=[аеиоуэюяё])", "з", w),
                )
            )
            for w in cyr.split()
        ]
        for heard in itertools.islice(itertools.product(*options), 1, 16):
            if skeletons_compatible(" ".join(heard), arabic):
                return True
    if scripts == {"arabic", "latin"}:
        latin, arabic = (a, b) if script_of(a) == "latin" else (b, a)
        if _pinyin_meets_arabic(latin, arabic):
            return True
        # a Korean name, compared with its vowels too (its syllables have few consonants)
        korean = korean_vowel_keys(latin)
        written = [arabic_vowel_key(w) for w in arabic.split()]
        if korean is not None and len(korean) == len(written) and korean == written:
            return True
        if korean is not None and "\u200c" in arabic:
            # Persian writes a given name's syllables apart (ZWNJ), a vowel e or ae as a
            # final ه: "یوک جه‌اوک" = Yuk Jae-uk
            parts = [
                arabic_vowel_key(seg[:-1]) + "i" if seg.endswith("ه") else arabic_vowel_key(seg)
                for w in arabic.split()
                for seg in w.split("\u200c")
                if seg
            ]
            if [k.replace("ai", "i") for k in korean] == parts:
                return True
        # the Spanish ll said y: "Llontop" = "يونتوب"
        spanish = _spanish_readings(ta if latin == a else tb) if "ll" in latin.lower() else []
        if any(skeletons_compatible(" ".join(r), arabic) for r in spanish):
            return True
        # French silent letters: "Thibault Merlanger" = "تيبو ميرلانجيه"; a Greek or German
        # ch said kh: "Michalis Stylianides" = "ميخاليس ستيليانيدس"
        lt = ta if latin == a else tb
        # (and the Shona vh, Hungarian and Polish digraphs: "Chivhanga" = "شيفانغا",
        # "Wierzchoń" = "ویژخون")
        heard = [
            *_french_readings(lt),
            *_german_ch_readings(lt),
            *_shona_readings(lt),
            *_hungarian_readings(lt),
        ]
        if "ł" in latin.lower():
            # (Polish digraphs with the ł said w: "Lechosław Trzebiatowski" = "لخوسواف
            # تشبیاتوفسکی")
            said = [anyascii(_sounded(w.lower())) for w in re.split(r"[\s-]+", latin) if w]
            if len(said) == len(lt):
                heard += _hungarian_readings(said)
        if any(skeletons_compatible(" ".join(r), arabic) for r in heard):
            return True
    if scripts <= {"latin", "cyrillic"}:
        # spelling variants (Sisi / Sissi, Shoukry / Choukri, Baqeri / Bagheri), Cyrillic
        # spelt out in Latin letters (Юрий Ушаков = Yuri Ushakov), and Hungarian or Polish
        # digraphs (Szijjártó = Сийярто)
        for ra in (ta, *_spelling_readings(a, ta)):
            for rb in (tb, *_spelling_readings(b, tb)):
                la, lb = [_latin_key(t) for t in ra], [_latin_key(t) for t in rb]
                if any(_compatible_tokens(x, y) for x, y in _pairs(la, lb)):
                    return True
    if _chain_head(a, b):
        return True
    if "arabic" in scripts:
        # an Arabic family name of two words, the second with its article, that another
        # name writes as one: "الفاتح سر الختم" = "Elfatih Sirelkhatim" = "الفاتح سرالختم"
        longer, other = (a, b) if len(a.split()) > len(b.split()) else (b, a)
        if script_of(longer) == "arabic" and any(
            names_compatible(other, r) for r in _article_joined(longer)
        ):
            return True
    if len(scripts) == 1 and scripts != {"arabic"}:
        return False  # one script: not the skeletons, which would make Hassan Hussein
    if scripts == {"arabic"} and _arabic_letters_compatible(a, b):
        return True
    return skeletons_compatible(a, b)


def _article_joined(name: str) -> list[str]:
    """A name in the Arabic script with one short word written together with the next, whose
    article it keeps: "الفاتح سر الختم" read "الفاتح سرالختم" (Sirelkhatim), "عوض الكريم"
    read "عوضالكريم" (Awadelkarim)."""
    words = name.split()
    return [
        " ".join([*words[:i], words[i] + words[i + 1], *words[i + 2 :]])
        for i in range(len(words) - 1)
        if 2 <= len(words[i]) <= 4 and words[i + 1].startswith("ال") and len(words[i + 1]) > 3
    ]


def _chain_head(a: str, b: str) -> bool:
    """A name of two words that the first two of a name of three are: in the Arabic script
    a given name and the father's, the third a grandfather's or a family's ("مالک عقار" =
    "مالك عقار إير" = "Malik Agar"; not a chain with "bin" in it), or a Spanish given name
    and the first family name, the mother's left out ("Yudelkis Barzaga" = "يوديلكيس بارزاغا
    فينينت")."""
    for short, long in ((a, b), (b, a)):
        words = long.split()
        if (
            # (not in Latin or Cyrillic letters: "Bassirou Diomaye" has two given names,
            # "Селсу Аморим Сантос" is no Celso Amorim)
            script_of(long) == "arabic"
            and len(words) == 3
            and not any("-" in w for w in words)
            and len(short.split()) == 2
            and not _PATRONYMIC & {skeleton(t) for t in name_tokens(long)}
            # (nor a Chinese name, whose given name's syllables Arabic writes apart: "لي مينغ
            # قانغ" is no "Li Mingguo")
            and not (script_of(short) == "latin" and is_pinyin(name_tokens(short)))
            and len(words[1]) > 3
            and names_compatible(short, " ".join(words[:2]))
        ):
            return True
    return False


_HUNGARIAN = re.compile(r"sz|cs|zs|gy|ly$|rz|cz")


def _spelling_readings(name: str, tokens: list[str]) -> list[list[str]]:
    """Other readings of a name, as Russian spells it: of a name in Latin letters, Hungarian
    and Polish digraphs, the letters of South Slavic names, Burmese syllables, the Spanish z
    and j, the Portuguese final o and m, a j before a vowel; of a name in Cyrillic, its г as
    a foreign h. Empty for a name in another script."""
    if script_of(name) == "cyrillic":
        # Russian writes a foreign h as г: "Генри" = Henry, "Гарри" = Harry; and a German
        # S said z as з: "Зоммерфельд" = Sommerfeld
        heard = [re.sub(r"^g(?=[aeiouy])", "h", t) for t in tokens]
        german = [re.sub(r"^z(?=[aeiou])", "s", t) for t in tokens]
        # and its х as a foreign h too: "Халмадьи" = Halmágyi, "Пехливанович" = Pehlivanović
        aspirate = [t.replace("kh", "h") for t in tokens]
        return [r for r in (heard, german, aspirate) if r != tokens]
    if script_of(name) != "latin":
        return []
    # (the Romanian ț and ș, which folding makes t and s: Țoiu = Цою)
    sounded = [anyascii(_sounded(w.lower())) for w in re.split(r"[\s-]+", name) if w]
    romanian = re.search("[țţșş]", name.lower()) and len(sounded) == len(tokens)
    return [
        *([sounded] if romanian else []),
        *_hungarian_readings(tokens),
        *_slavic_readings(name),
        *_burmese_readings(tokens),
        *_spanish_readings(tokens),
        *_vowel_j_readings(tokens),
        *_portuguese_readings(tokens),
        *_vietnamese_readings(name, tokens),
        *_german_ch_readings(tokens),
        *_english_yu_readings(tokens),
        *_italian_readings(tokens),
        *_french_readings(tokens),
        *_greek_readings(tokens),
        *_setswana_readings(tokens),
        *_assimilated_article_readings(tokens),
        *_silent_h_w_readings(tokens),
        *_shona_readings(tokens),
    ]


def _silent_h_w_readings(tokens: list[str]) -> list[list[str]]:
    """The name as Russian often writes an English or East African spelling: an h between
    vowels or at the end unsaid, a w after u or o a glide ("Nehemiah Tuwei" = "Неемия
    Туэй"). Empty when no word has one."""
    heard = [
        re.sub(r"(?<=[uo])w(?=[aeiou])", "", re.sub(r"(?<=[aeiou])h(?=[aeiou]|$)", "", t))
        for t in tokens
    ]
    return [heard] if heard != tokens else []


def _shona_readings(tokens: list[str]) -> list[list[str]]:
    """The Shona and Venda vh, a v in Russian and in the Arabic script ("Chivhanga" =
    "Чиванга" = "شيفانغا"). Empty when no word has one."""
    heard = [t.replace("vh", "v") for t in tokens]
    return [heard] if heard != tokens else []


def _french_readings(tokens: list[str]) -> list[list[str]]:
    """A name read as French sounds it, as Arabic, Persian and Russian write it: th as t,
    ch as sh, a final -ault, -aut, -aud or -eau(x) as o, a final -er or -ier after a consonant
    as e or ie, a final -et as e, a g before e or i as zh ("Thibault Merlanger" = "تيبو
    ميرلانجيه" = "Тибо Мерланже"). Empty when no word has one."""

    def heard(t: str) -> str:
        t = re.sub(r"(?:eaux?|au(?:lt|t|d|x)?)$", "o", t.replace("th", "t").replace("ch", "sh"))
        t = re.sub(r"(?<=[^aeiouy])(i?)e[rt]$", r"\1e", t)
        # (and an au inside as o, a final nasal's silent consonant: "Mauchamp" = "Мошан" =
        # "موشان", "Laurent" = "Лоран")
        return re.sub(r"(?<=[aeo])[mn][ptds]$", "n", t.replace("au", "o"))

    said = [heard(t) for t in tokens]
    out = [said] if said != tokens else []
    # (and an h before e unsaid, as Russian writes it: "Hélène" = "Элен")
    mute = [re.sub(r"^he", "e", t) for t in said]
    out += [mute] if mute != said else []
    # (and its g before e or i as zh, as Russian writes it: "Мерланже")
    soft = [re.sub(r"g(?=[eiy])", "zh", t) for t in said]
    return [*out, soft] if soft != said else out


def _setswana_readings(tokens: list[str]) -> list[list[str]]:
    """A Setswana kg, said kh, as Russian and Arabic write it: "Kgosietsile" = "Кхосиетсиле"
    = "خوسيتسيلي". Empty when no word has one."""
    said = [re.sub(r"^kg", "kh", t) for t in tokens]
    return [said] if said != tokens else []


def _greek_readings(tokens: list[str]) -> list[list[str]]:
    """A Greek name's th (theta) as Russian writes it, ф: "Themistoklis" = "Фемистоклис",
    "Theodoros" = "Феодорос"; its gi before a vowel as й. Empty when no word has one."""
    said = [t.replace("th", "f") for t in tokens]
    # and its gi before a vowel, said y, and its ch, said kh: "Vlachogiannis" = "Влахояннис"
    heard = [re.sub(r"gi(?=[aeiou])", "y", t).replace("ch", "kh") for t in tokens]
    return [r for r in (said, heard) if r != tokens]


_ARTICLE_BEFORE_D = re.compile(r"(?<=[a-z]{2})[aeiou]l(?=din)")


def _assimilated_article_readings(tokens: list[str]) -> list[list[str]]:
    """The Arabic article inside a compound name, written al or el in Latin letters and said
    (and written in Russian) as the d after it: Izzeldine = Иззеддин, Nureldin = Нуреддин."""
    read = [_ARTICLE_BEFORE_D.sub("ed", t) for t in tokens]
    return [read] if read != tokens else []


def _italian_readings(tokens: list[str]) -> list[list[str]]:
    """Italian spellings as Russian writes them: sch as ск, gn as нь, gli before a vowel as
    ль, g and c before e and i as дж and ч, and their i before another vowel unsaid
    ("Gianluca Sarteschi" = "Джанлука Сартески", "Gnocchi" = "Ньокки", "Luciano" = "Лучано").
    Empty when no word has one."""

    def heard(t: str) -> str:
        t = re.sub(r"gli(?=[aeiou])", "l", t.replace("sch", "sk")).replace("gn", "n")
        t = re.sub(r"(?<![sc])ci(?=[aou])", "ch", re.sub(r"gi(?=[aou])", "dzh", t))
        return re.sub(r"(?<![sc])c(?=[ei])", "ch", re.sub(r"g(?=[ei])", "dzh", t))

    said = [heard(t) for t in tokens]
    return [said] if said != tokens else []


def _english_yu_readings(tokens: list[str]) -> list[list[str]]:
    """English spellings of the sound "yu" as Russian writes it, ю (and the h before it as
    х): "Hugh" = "Хью", "Hughes" = "Хьюз", "Donahue" = "Донахью". Empty when no word has
    one."""
    heard = [
        re.sub(
            r"(?<!k)h(?=yu)",
            "kh",  # (and its h as х: Хью)
            re.sub(r"(?<=[^aeiou])(?:ue|ew)$", "yu", re.sub(r"ugh(?:es$|$)", _yu_said, t)),
        )
        for t in tokens
    ]
    return [heard] if heard != tokens else []


def _yu_said(m: re.Match[str]) -> str:
    return "yuz" if m.group(0).endswith("es") else "yu"


def _german_ch_readings(tokens: list[str]) -> list[list[str]]:
    """The ch of German, Dutch, Czech, Slovak and Polish names as Russian hears it, х (kh),
    their sch as ш and tsch as ч: "Igor Melicher" = "Игорь Мелихер", "Michael Kretschmer" =
    "Михаэль Кречмер". Empty when no word has a ch."""
    if not any("ch" in t for t in tokens):
        return []

    def heard(t: str) -> str:
        return t.replace("tsch", "č").replace("sch", "sh").replace("ch", "kh").replace("č", "ch")

    said = [heard(t) for t in tokens]
    # (and a first h as х too: "Hollerbach" = "Холлербах")
    breathed = [re.sub(r"^h", "kh", t) for t in said]
    return [said, breathed] if breathed != said else [said]


# Vietnamese family names (a name beginning so, of three words or more, is read as
# Vietnamese) and the letters only Vietnamese writes
_VIET_FAMILIES = frozenset(
    (
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui",
        "do", "ho", "ngo", "duong", "ly", "truong", "dinh", "luong", "trinh", "doan", "lam",
        "mai", "cao", "dao", "luu", "quach", "kieu", "trieu", "vuong", "ton",
    )
)  # fmt: skip
_VIET_LETTERS = re.compile(r"[ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def _vietnamese_readings(name: str, tokens: list[str]) -> list[list[str]]:
    """A Vietnamese name read as Russian spells it: its d (not đ) and gi as з, tr as ч, x
    as с, đ as д ("Nguyen Hong Dien" = "Нгуен Хонг Зиен", "Tran Hong Ha" = "Чан Хонг Ха"); once
    with every d as з and once with none (a d without its stroke may be đ). Empty for
    other names."""
    if not (
        (len(tokens) >= 3 and tokens[0] in _VIET_FAMILIES) or _VIET_LETTERS.search(name.lower())
    ):
        return []

    def read(t: str, d: bool) -> str:
        t = re.sub(r"^tr", "ch", re.sub(r"^gi(?=[aeiouy])", "z", t)).replace("x", "s")
        t = re.sub(r"^d(?!j)", "z", t) if d else t
        return re.sub(r"^dj", "d", t)  # đ is д

    out = [[read(t, d) for t in tokens] for d in (True, False)]
    return [r for i, r in enumerate(out) if r != tokens and r not in out[:i]]


# a j before a vowel, or after one; and so, but for a first j before a or o
_VOWEL_J = re.compile(r"j(?=[aeiou])|(?<=[aeiou])j")
_SLAVIC_J = re.compile(r"(?<=[aeiou])j|(?<=.)j(?=[aeiou])|^j(?=[eiu])")


def _vowel_j_readings(tokens: list[str]) -> list[list[str]]:
    """A j by a vowel read as y, as Estonian, German, Scandinavian or Polish names sound it
    ("Kristjan" = "Кристьян", "Jüri" = "Юри", "Bejda" = "Бейда"). Empty when no word has
    one."""
    heard = [_VOWEL_J.sub("y", t) for t in tokens]
    return [heard] if heard != tokens else []


def _portuguese_readings(tokens: list[str]) -> list[list[str]]:
    """A name read as Portuguese sounds it, a final o as u and a final m as n ("Celso
    Amorim" = "Селсу Аморин"). Empty when no word ends so."""
    heard = [re.sub(r"m$", "n", re.sub(r"o$", "u", t)) for t in tokens]
    out = [heard] if heard != tokens else []
    if any(re.search(r"[ln]h", t) for t in tokens):
        # (and its lh and nh said ly and ny, a final s said sh: "Carvalhais" = "Карвальяйш")
        out.append([re.sub(r"s$", "sh", re.sub(r"([ln])h", r"\1y", t)) for t in heard])
    return out


def _spanish_readings(tokens: list[str]) -> list[list[str]]:
    """A name read as Latin American Spanish sounds it, its z as s and its j as kh
    ("Henry Sáenz" = "Генри Саэнс", "González" = "Гонсалес", "Juan" = "Хуан"). Empty when
    no word changes."""
    # (and its g before e and i, kh too: "Remigio" = "Ремихио")
    heard = [re.sub("g(?=[ei])", "kh", t.replace("z", "s").replace("j", "kh")) for t in tokens]
    out = [heard] if heard != tokens else []
    # (and its first h unsaid, its c before a consonant a k: "Hermogenes Lacsamana" =
    # "Эрмохенес Лаксамана")
    mute = [re.sub("c(?=[bdfgjklmnpqrstvwxz])", "k", re.sub("^h(?=[aeiou])", "", t)) for t in heard]
    if mute != heard:
        out.append(mute)
    # its ll as y, or as a soft l ("Llontop" = "يونتوب" = "Льонтоп")
    for ll in ("y", "l"):
        said = [t.replace("ll", ll) for t in heard]
        if said != heard:
            out.append(said)
    return out


_HACEK = str.maketrans({"č": "ch", "ć": "ch", "š": "sh", "ž": "zh", "đ": "dj"})


def _slavic_readings(name: str) -> list[list[str]]:
    """A South or West Slavic name, known by a háček, read with its c as ц (ts) and its j
    as й: "Timčo Mucunski" = "Тимчо Муцунски"."""
    folded = name.lower()
    if not any(ch in folded for ch in "čćšžđ"):
        return []
    raw = folded.translate(_HACEK).replace("-", " ").split()
    # (and its j as й, but for the đ written dj: "Jasmina Pehlivanović" = "Ясмина
    # Пехливанович")
    return [[re.sub(r"(?<!d)j", "y", re.sub(r"c(?!h)", "ts", anyascii(t))) for t in raw]]


def _burmese_readings(tokens: list[str]) -> list[list[str]]:
    """A name read as Russian spells Burmese: Aye as Эй, Hl- and Ht- as Хл- and Хт-, and a
    final -ng as -н or not ("Min Aung Hlaing" = "Мин Аун Хлайн", "Maung Maung Aye" =
    "Маунг Маунг Эй", "Htet Myint Naing" = "Хтет Мьинт Найн"). Empty when no word
    changes."""

    def read(t: str) -> str:
        t = "ei" if t == "aye" else t
        return "kh" + t[1:] if t.startswith(("hl", "ht")) else t

    basic = [read(t) for t in tokens]
    nasal = [re.sub(r"(?<=[aiu])ng$", "n", t) for t in basic]
    # (and Ht- as a plain Т-, its -ike as -айк: "Myat Htike Linn" = "Мьят Тайк Лин")
    plain = [re.sub(r"^ht", "t", t).replace("ike", "aik") for t in tokens]
    return [r for r in (basic, nasal, plain) if r != tokens]


def _hungarian_readings(tokens: list[str]) -> list[list[str]]:
    """The name read as Hungarian, when a word has a Hungarian digraph: sz is s, s is sh,
    cs ch, zs zh, gy dj (or дь), j and a final ly y (Szijjártó = Сийярто, Gergely = Гергей); and
    as Polish, whose sz is sh and cz ch (Szynkowski = Шинковски), also as said (rz as sh
    after a voiceless consonant, then w as f at a word's end or before a voiceless one).
    Empty when no word has one."""
    if not any(_HUNGARIAN.search(t) for t in tokens):
        return []

    def hungarian(t: str) -> str:
        t = re.sub(r"ly$", "y", t).replace("j", "y").replace("gy", "dj")
        t = t.replace("cs", "ch").replace("zs", "zh").replace("ss", "s")  # (Vártessy)
        return re.sub(r"sz|s", lambda m: "s" if m.group(0) == "sz" else "sh", t)

    def polish(t: str, devoiced: int = 0) -> str:
        # (and its rz as ж, ch as х, c as ц, ie as е: "Wierzchowski" = "Вежховский",
        # "Wierzbicki" = "Вежбицкий")
        t = t.replace("ch", "\x01").replace("cz", "\x02").replace("sz", "sh")
        if devoiced:
            # (as said: rz is sh after a voiceless consonant, "Trzebiatowski" =
            # "Тшебятовский", "Przybylski" = "Пшибыльский"; and w is f at the end or before
            # one, "Lechosław Trzebiatowski" = "لخوسواف تشبیاتوفسکی")
            t = re.sub(r"(?<=[ptk\x01])rz", "sh", t)
            if devoiced > 1:
                t = re.sub(r"w(?=[ptks\x01\x02]|$)", "f", t)
        t = t.replace("rz", "zh").replace("c", "ts").replace("\x01", "kh")
        # (and its j as й: "Maciej" = "Мацей", "Andrzej" = "Анджей")
        t = re.sub(r"(?<=[^aeiouy])ie", "e", t.replace("\x02", "ch"))
        return t.replace("j", "y")

    def palatal(t: str) -> str:
        # (gy as дь, as Russian writes it: "Magyar" = "Мадьяр", "György" = "Дьёрдь")
        return hungarian(re.sub(r"gy$", "d", t).replace("gyo", "dye").replace("gy", "dy"))

    return [
        [hungarian(t) for t in tokens],
        [polish(t) for t in tokens],
        [polish(t, devoiced=1) for t in tokens],
        [polish(t, devoiced=2) for t in tokens],
        [palatal(t) for t in tokens],
    ]


# letters Persian and Arabic write differently in foreign names: v (و / ف), p (پ / ب),
# ch (چ / تش), zh (ژ / ج), g (گ as غ, or as ك: چگینی = جكيني; names are folded, ك to ک)
_FA_AR = (
    str.maketrans({"ف": "و", "پ": "ب", "چ": "ج", "ژ": "ج", "گ": "غ"}),
    str.maketrans({"ف": "و", "پ": "ب", "چ": "ج", "ژ": "ج", "گ": "ک"}),
)


def _arabic_letters_compatible(a: str, b: str) -> bool:
    """Two spellings in the Arabic script that differ only by the letters Persian and
    Arabic write differently (ایوان خیل = إيفان خيل), compared word by word."""
    for table in _FA_AR:
        ta = [raw.translate(table) for raw, tok, _ in _article_tokens(a) if tok not in _PARTICLES]
        tb = [raw.translate(table) for raw, tok, _ in _article_tokens(b) if tok not in _PARTICLES]
        if ta and tb and any(_compatible_tokens(x, y) for x, y in _pairs(ta, tb)):
            return True
    return False


def is_pinyin(tokens: list[str]) -> bool:
    """Every word of the name reads as pinyin syllables (it may be Chinese)."""
    return bool(tokens) and all(pinyin_readings(t) for t in tokens)


def _pinyin_meets_arabic(latin: str, arabic: str) -> bool:
    """A Chinese name in pinyin and in the Arabic script, compared with their vowels (Wang
    Yi = وانغ يي, whose "Yi" has no consonant for the skeletons to compare)."""
    toks = name_tokens(latin)
    if not is_pinyin(toks):
        return False
    tb = [arabic_vowel_key(raw) for raw, tok, _ in _article_tokens(arabic) if tok not in _PARTICLES]
    # (and a given name of two syllables written as two words: Li Minggang = لي مينغ قانغ)
    split = [w for t in toks for w in next((p for p in pinyin_syllables(t) if len(p) > 1), (t,))]
    for words in [toks] if split == toks else [toks, split]:
        for ta in itertools.islice(itertools.product(*map(pinyin_vowel_keys, words)), 8):
            for x, y in _pairs(list(ta), tb):
                short = x if len(x) <= len(y) else y
                strong = sum(map(len, short)) >= 4 and (len(short) >= 2 or len(short[0]) >= 4)
                if strong and _compatible_tokens(x, y):
                    return True
    return False


def _surname_first(ta: list[str], tb: list[str]) -> bool:
    """A Chinese name's family name comes first: "Xi" alone is Xi Jinping."""
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return (
        len(short) == 1
        and len(long_) == 2
        and short[0] == long_[0]
        and is_pinyin(long_)
    )


def _korean_family_alone(a: str, b: str) -> bool:
    """A Korean name's family name alone: "Kang" is Kang In-sun (a given name of two
    syllables joined by a hyphen marks the name Korean, family name first)."""
    short, long_ = (a, b) if len(a.split()) <= len(b.split()) else (b, a)
    words = long_.split()
    return (
        len(short.split()) == 1
        and len(words) == 2
        and "-" in words[1]
        and korean_key(long_) is not None
        and fold(short) == fold(words[0])
    )


def skeletons_compatible(a: str, b: str) -> bool:
    """The names' consonant skeletons fit (Persian and Arabic spell one name differently;
    other scripts drop the vowels Arabic does not write)."""
    # an f both names say counts, though skeletons leave it out with v and w (Sophan =
    # سوفان, Fouad = فؤاد)
    fs = min(_f_sounds(a), _f_sounds(b))
    for ka in _skeleton_forms(a):
        for kb in _skeleton_forms(b):
            if ka and kb and _strong_enough(ka, kb, fs) and any(
                _compatible_tokens(sa, sb) and not _fused_short(ka, kb, sa, sb)
                for sa, sb in _pairs(ka, kb)
            ):
                return True
    return False


def _fused_short(ka: list[str], kb: list[str], sa: list[str], sb: list[str]) -> bool:
    """A name of several words written as one (a joining ``sa`` of ``ka``) that meets one
    word of a longer name on a short skeleton: "Ма Чжаосюй" (m+ks) is not Magezi (mks),
    though "امیرعبداللهیان" is Amir-Abdollahian."""
    for k, s_, other in ((ka, sa, sb), (kb, sb, sa)):
        if s_ != k and s_ == _fused_patronymic(k):
            continue  # (a family name of "Ben": "بن سعادة" = Bensaada)
        if len(s_) == 1 and len(k) >= 2 and len(other) >= 2 and len(s_[0]) < 5:
            return True
    return False


def _latin_key(tok: str) -> str:
    """A Latin spelling with its usual variants folded: French "ch"/"ou", doubled
    letters, y for i, w for v, q and gh for k."""
    t = re.sub(r"^ch(?=[aeiou])", "sh", tok.replace("'", ""))  # (Cyrillic ь: Альваро)
    # a final h after a vowel, unsaid (Boamah = Боама, Abdullah = Абдулла), and th said t
    # (Edith = Эдит, Thomas = Томас)
    t = re.sub(r"(?<=[aeiou])h$", "", t).replace("th", "t")
    t = re.sub(r"^chr", "kr", t).replace("ph", "f")  # Greek spellings: Christopher = Кристофер
    t = re.sub(r"gu(?=[ei])", "g", t)  # Spanish gu before e, i: Rodríguez = Родригес
    t = re.sub(r"qu(?=[ei])", "k", t)  # and qu: Quispecahuana = Киспекауана
    t = re.sub(r"c(?=[aou])", "k", t)  # and c before a, o, u: Canel = Канель
    t = re.sub(r"c(?=[ei])", "s", t)  # Romance c before e, i: Inácio = Инасиу
    t = t.replace("ou", "u").replace("oe", "u").replace("oo", "u").replace("ee", "i")
    t = t.replace("gh", "k").replace("q", "k").replace("y", "i").replace("w", "v")
    t = t.replace("dzh", "j").replace("dj", "j")  # Cyrillic дж: Хаваджа = Khawaja
    # vowels Arabic does not write, spelt e or i, o or u (Khaled / Khalid, Mohamed /
    # Mohammed), and the French final e (Salmane, Othmane)
    t = re.sub(r"(?<=[^aeiou])e$", "", t) if len(t) > 4 else t
    t = t[:-1] + "s" if t.endswith("z") else t  # Spanish z as s: López = Лопес
    t = _dedupe(t.replace("e", "i").replace("o", "u"))
    if len(t) >= 6:
        # and a for e in long names past their first letter: Shehbaz / Shahbaz, Mohammed /
        # Mohammad (not Hamid / Hamad, too short to tell)
        t = t[0] + t[1:].replace("a", "i")
    return _dedupe(t)


def _strong_enough(sa: list[str], sb: list[str], extra: int = 0) -> bool:
    """Skeletons say little when short: every word of the shorter name needs two
    consonants, and a name of one word three ("Van Damme" is not "عون الدعم"); ``extra``
    consonants the skeletons leave out count too."""
    short = sa if len(sa) <= len(sb) else sb
    if len(short) == 1:
        return len(short[0]) + extra >= 3
    # "محمد علي" = Muhammad Ali (l), but not "عون الدعم" = Van Damme (n, dm); a word of
    # vowels alone between two others says nothing, and needs not (Larasati Ayu Pramesti)
    inner_vowels = len(short) >= 3 and bool(short[0]) and bool(short[-1])
    # (nor a given name of vowels alone before a long surname: Yaya Ndoubahidi = يايا
    # ندوباهيدي)
    given_vowels = len(short) == 2 and not short[0] and len(short[1]) >= 4
    return sum(len(t) for t in short) + extra >= 4 and (
        all(short) or inner_vowels or given_vowels
    )


def _f_sounds(name: str) -> int:
    """How many f the name says: f or ph in Latin, ф, ف (skeletons drop f with v and w);
    a v too, which Arabic and Persian write ف (Alimov, Алимов = أليموف)."""
    low = name.lower()
    return sum(low.count(x) for x in ("f", "ph", "ф", "ف", "v", "в"))


@lru_cache(maxsize=200_000)
def block_keys(name: str) -> frozenset[str]:
    """Keys two compatible names always share: the consonant skeleton of their last one,
    two or three words written together (names_compatible needs equal last words, in some
    joining of the words), and in a chain of fathers' names ("bin") the first word."""
    script = script_of(name)
    readings = (
        cyrillic_readings(name)  # Си Цзиньпин for Xi Jinping
        if script == "latin"
        else pinyin_of_cyrillic(name)  # and back, for the Arabic script
        if script == "cyrillic"
        # (a short word and the next written as one: _article_joined)
        else _article_joined(name)
        if script == "arabic"
        else []
    )
    out = _spelling_keys(name).union(*map(_spelling_keys, readings))
    korean = korean_key(name) if script in ("latin", "cyrillic") else None
    if korean is not None:
        out.add("k:" + korean)
        if script == "latin" and "-" in name:
            # (the given name's syllables as one word, as Russian may write it: Won-tak =
            # Вонтхак)
            out.add("k:" + (korean_key(name, joined=True) or korean))
        words = name.split()
        if script == "latin" and len(words) == 2 and "-" in words[1]:
            out |= _spelling_keys(words[0])  # (its family name alone: _korean_family_alone)
    # Chinese names across Latin, Cyrillic and the Arabic script: the whole name's vowel key
    toks = name_tokens(name)
    if script == "arabic":
        out.add("v:" + arabic_vowel_key("".join(raw for raw, _, _ in _article_tokens(name))))
    elif is_pinyin(toks):
        out.update("v:" + k for k in pinyin_vowel_keys("".join(toks)))
    for reading in readings if script == "cyrillic" else []:
        out.update("v:" + k for k in pinyin_vowel_keys("".join(name_tokens(reading))))
    # a given name and its family name's initial, as "Б.Батцэцэг" and "Battsetseg Batmunkh"
    # share them (see _initial_then_given)
    given = _given_and_initial(name)
    if given is not None:
        out.update(f"i:{given[1]}:{k}" for k in _spelling_keys(given[0]) if ":" not in k)
    if script == "latin" and len(toks) == 2:
        out.add("w:" + " ".join(sorted(toks)))  # (its two words in either order: _swapped_name)
    words = name.split()
    if len(toks) == len(words) and (len(words) == 2 or (len(words) == 3 and script == "arabic")):
        # (its first two words: a chain's head, _chain_head, whose long name is in the
        # Arabic script)
        head = {k for k in _spelling_keys(" ".join(words[:2])) if ":" not in k}
        out.update("h:" + k.replace("z", "s") for k in head if len(k) >= 6)
    if script in ("latin", "cyrillic") and toks:
        # (a Thai aspirate left out: Rattanapan = Раттанапхан, see names_compatible)
        out.add("a:" + skeleton(re.sub(r"(?<=[ptk])k?h", "", toks[-1])))
    # (z and s, which scripts write for one another: Лескано = ليزكانو, Lezcano)
    out.update(k.replace("z", "s") for k in list(out) if ":" not in k and "z" in k)
    return frozenset(out)


def _spelling_keys(name: str) -> set[str]:
    out: set[str] = set()
    toks = name_tokens(name)
    if len(toks) == 2 and is_pinyin(toks):
        out.add(skeleton(toks[0]))  # the Chinese family name comes first
    latin = [_latin_key(t) for t in toks]
    # Hungarian or Polish digraphs read as names_compatible reads them (Szijjártó)
    readings = [[_latin_key(t) for t in r] for r in _spelling_readings(name, toks)]
    for seq in (toks, latin, *readings, [skeleton(t) for t in toks], *_skeleton_forms(name)):
        for j in range(1, min(3, len(seq)) + 1):
            key = skeleton("".join(seq[-j:]))
            if key:
                out.add(key)
        if _PATRONYMIC & set(seq) and seq[0] not in _PATRONYMIC:
            out.add("^" + skeleton(seq[0]))  # a chain of fathers' names: its given name
    return out


def _joinings(tokens: list[str]) -> list[list[str]]:
    """The token list with neighbours written together or apart in every way
    ("امیرعبداللهیان" = "أمير عبد اللهيان" = "Amir-Abdollahian"); short names only."""
    if len(tokens) > 5:
        return [tokens]
    out = []
    for mask in range(1 << (len(tokens) - 1)):
        parts = [tokens[0]]
        for i, tok in enumerate(tokens[1:]):
            if mask >> i & 1:
                parts[-1] += tok
            else:
                parts.append(tok)
        out.append(parts)
    return out


@lru_cache(maxsize=200_000)
def _names_meet(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Any name of one list compatible with any of the other (cached: the same officials
    recur across thousands of articles)."""
    return any(names_compatible(x, y) for x in a for y in b)


_K = TypeVar("_K", str, tuple[str, str])


class _UnionFind(Generic[_K]):
    """Disjoint sets of keys; each set's root is its least key."""

    def __init__(self) -> None:
        self.parent: dict[_K, _K] = {}

    def find(self, x: _K) -> _K:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: _K, b: _K) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def _to_date(d: PartialDate | None) -> _dt.date | None:
    if d is None:
        return None
    return _dt.date(d.year, d.month or 1, d.day or 1)


def dates_compatible(a: PartialDate | None, b: PartialDate | None) -> bool:
    if a is None or b is None:
        return True
    ia, ib = a.iso(), b.iso()
    return ia.startswith(ib) or ib.startswith(ia)


def _when(ex: Extraction) -> _dt.date | None:
    """When an article was published, or else the day of the first event it dates."""
    if ex.article.published is not None:
        return _to_date(ex.article.published)
    for event in [*ex.meetings, *ex.agreements]:
        if event.date is not None and event.date.day is not None:
            return _to_date(event.date)
    return None


def _office_days(ex: Extraction, key: str) -> list[_dt.date | None]:
    """The days an article tells of an office: its own, and those of the meetings and
    agreements the office takes part in (a report of November recalling talks "in
    March" with "the Indian chief of defence staff" tells of March's holder)."""
    days = [_when(ex)]
    for event in ex.meetings:
        if key in event.participants and event.date is not None:
            days.append(_to_date(event.date))
    for deal in ex.agreements:
        if key in deal.signatories and deal.date is not None:
            days.append(_to_date(deal.date))
    return days


def _published_close(a: Extraction, b: Extraction) -> bool:
    da, db = _when(a), _when(b)
    if da is None or db is None:
        return True
    return abs((da - db).days) <= CLOSE_DAYS


def _cluster_countries(persons: Iterable[Person]) -> set[str]:
    """The countries one person's reports give, without those guessed from a report's
    home when another is stated."""
    ps = list(persons)
    stated = {p.country for p in ps if p.country and p.country != p.assumed_country}
    return stated or {p.country for p in ps if p.country}


def canonical_person_key(persons: list[Person]) -> str:
    """A key independent of article order: the longest (then smallest) name, and country."""
    names = sorted({n for p in persons for n in p.names}, key=lambda n: (-len(name_tokens(n)), n))
    countries = sorted(_cluster_countries(persons))
    if names:
        return "person|" + " ".join(name_tokens(names[0])) + "|" + ",".join(countries)
    roles = sorted({p.role or "" for p in persons})
    return "office|" + ",".join(roles) + "|" + ",".join(countries)


def resolve(
    extractions: list[Extraction], same_people: Iterable[Iterable[str]] = ()
) -> Resolution:
    """Global ids for persons, meetings and agreements of all extractions.

    ``same_people``: groups of global person ids (of an earlier resolution of these
    extractions) known to be one person, for example because Wikidata links them to one
    item; they are merged whatever their names and countries say.
    """
    exs = sorted(extractions, key=lambda x: x.article.id)
    res = Resolution()
    uf: _UnionFind[tuple[str, str]] = _UnionFind()
    people: dict[tuple[str, str], Person] = {}
    for ex in exs:
        for p in ex.persons:
            people[(ex.article.id, p.key)] = p
            uf.find((ex.article.id, p.key))
    keys = sorted(people)
    _merge_named(keys, people, uf)
    by_article = {ex.article.id: ex for ex in exs}
    _merge_post_holders(keys, people, uf, by_article)
    _merge_by_counterparts(keys, people, uf, exs)
    # a person named only by office ("the Iraqi defence minister") is the holder of that
    # office whom another article, published close by, names: when exactly one does
    holders: dict[tuple[str, str], list[tuple[str, str]]] = {}  # (role, country) -> named
    for k in keys:
        q = people[k]
        if q.name is not None and q.role is not None and q.country is not None:
            holders.setdefault((q.role, q.country), []).append(k)
    for k in keys:
        p = people[k]
        if p.name is not None or p.role is None or p.country is None:
            continue
        found: list[tuple[str, str]] = []
        tails = _succession_tails(by_article[k[0]])
        told = _office_days(by_article[k[0]], k[1])
        # the office's own title first, then the titles of the same post (skos:related)
        for roles in ([p.role], sorted(related_roles(p.role))):
            found = [
                o
                for r in roles
                for o in holders.get((r, p.country), ())
                if o[0] != k[0]
                and _days_close(told, [_when(by_article[o[0]])])
                # (not one the office's own report names apart from it: "Menlu Belanda
                # yang baru … menggantikan Caspar Veldkamp", his successor)
                and not _named_apart(tails, people[o])
            ]
            if found:
                break
        roots = {uf.find(o) for o in found}
        if len(roots) > 1:
            # of several holders, the one who met the office's counterparts there: "the
            # Ghanaian energy minister met Benali" is the minister another report has meet her
            met = _counterparts(by_article[k[0]], k[1], uf)
            found = [o for o in found if met & _counterparts(by_article[o[0]], o[1], uf)]
            roots = {uf.find(o) for o in found}
        if len(roots) > 1:
            roots = {uf.find(o) for o in _holders_of_the_day(found, told, people, by_article)}
        if len(roots) == 1:
            uf.union(k, roots.pop())
    clusters = _clusters(keys, uf)
    groups = [set(g) for g in same_people]
    if groups:
        by_gid: dict[str, list[tuple[str, str]]] = {}
        for root, members in clusters.items():
            by_gid.setdefault(_cluster_gid(members, people), []).append(root)
        for group in groups:
            roots = [r for gid in sorted(group) for r in by_gid.get(gid, [])]
            for r in roots[1:]:
                uf.union(roots[0], r)
        clusters = _clusters(keys, uf)
    for members in clusters.values():
        gid = _cluster_gid(members, people)
        stated = _cluster_countries(people[m] for m in members)
        for m in members:
            res.person[m] = gid
            p = people[m]
            if (
                len(stated) == 1
                and p.country is not None
                and p.country == p.assumed_country
                and p.country not in stated
            ):
                res.person_country[m] = next(iter(stated))
    _resolve_events(exs, res)
    return res


def _holders_of_the_day(
    found: list[tuple[str, str]],
    told: list[_dt.date | None],
    people: dict[tuple[str, str], Person],
    by_article: dict[str, Extraction],
) -> list[tuple[str, str]]:
    """Of several named holders of an office (``told``: the office's days), those not named
    as a past holder ("X's predecessor, Y"), and of those, the ones whose own dated meetings
    or signings are close to the office's (not the predecessor met a year before); each
    test only when some pass it."""
    events = told[1:]

    def dated_close(o: tuple[str, str]) -> bool:
        theirs = _office_days(by_article[o[0]], o[1])[1:]
        return bool(events and theirs) and _days_close(events, theirs)

    for keep in (lambda o: not people[o].former, dated_close):
        if kept := [o for o in found if keep(o)]:
            found = kept
    return found


def _counterparts(
    ex: Extraction, key: str, uf: _UnionFind[tuple[str, str]]
) -> set[tuple[str, str]]:
    """The persons (their roots) one person of an article meets there."""
    return {
        uf.find((ex.article.id, q))
        for m in ex.meetings
        if key in m.participants
        for q in m.participants
        if q != key
    }


@cache
def _succession_rx(lang: str) -> re.Pattern[str] | None:
    """One of the language's ``succession_words`` and the eight words after it (folded
    text), or None for a language without them."""
    try:
        cues = load_lexicon(lang).succession_words
    except LexiconError:
        return None
    if not cues:
        return None
    lead = "|".join(re.escape(fold(c)) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{lead})(?!\w)((?:\W+\w+){{1,8}})")


def _succession_tails(ex: Extraction) -> list[str]:
    """The words right after each succession word of article ``ex`` (folded), where an
    office's predecessor or successor is named ("… menggantikan Caspar Veldkamp, yang")."""
    rx = _succession_rx(ex.article.lang)
    return [] if rx is None else [m.group(1) for m in rx.finditer(fold(ex.article.text))]


def _named_apart(tails: list[str], p: Person) -> bool:
    """One of p's names, or its last word (of four letters or more), starts within the first
    four words of one of ``tails`` (see _succession_tails): the report tells of p as the
    one its office replaced or will be replaced by."""
    if not tails:
        return False
    for name in p.names:
        words = fold(name).split()
        for form in {" ".join(words), words[-1] if words and len(words[-1]) >= 4 else ""}:
            if not form:
                continue
            rx = rf"^\W+(?:\w+\W+){{0,3}}{re.escape(form)}(?!\w)"
            if any(re.search(rx, tail) for tail in tails):
                return True
    return False


_Sig = tuple[tuple[str, ...], str | None]  # a person's name forms and country


def _matching_names(p: Person) -> tuple[str, ...]:
    """The name forms that stand for the person across articles: its one-word forms
    ("Курбанов") only when it has no longer one (they fit anyone of that surname)."""
    forms = set(p.names)
    if p.country in _TWO_SURNAMES:
        # a Spanish name's last word is the mother's surname, often left out: "Yván Gil
        # Pinto" is "Yván Gil" (not "Yván"), "Bruno Rodríguez Parrilla" "Bruno Rodríguez"
        for n in list(forms):
            toks = [raw for raw, tok, _ in _article_tokens(n) if tok not in _PARTICLES]
            if len(toks) >= 3:
                forms.add(" ".join(toks[:-1]))
    if any(len(name_tokens(n)) >= 2 for n in forms):
        forms = {n for n in forms if len(name_tokens(n)) >= 2}
    return tuple(sorted(forms))


# countries whose officials carry two surnames, the father's then the mother's
_TWO_SURNAMES = frozenset(
    {"AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GQ", "GT", "HN", "MX", "NI"}
    | {"PA", "PE", "PR", "PY", "SV", "UY", "VE"}
)


def _sig_country(p: Person) -> str | None:
    """A person's country in its signature: "~FR" for one the report's home gave it."""
    if p.country is not None and p.country == p.assumed_country:
        return "~" + p.country
    return p.country


def _countries_clash(a: str | None, b: str | None) -> bool:
    """Two signatures' countries say two people: both stated and different (a country
    the report's home gave is no proof against another report's)."""
    if not a or not b or a.lstrip("~") == b.lstrip("~"):
        return False
    return not (a.startswith("~") or b.startswith("~"))


def _sig_compatible(a: _Sig, b: _Sig) -> bool:
    if _countries_clash(a[1], b[1]):
        return False
    return _names_meet(a[0], b[0]) or _swapped_sigs(a, b)


def _swapped_sigs(a: _Sig, b: _Sig) -> bool:
    """Two words in the other order, as Japanese, Hungarian and Mongolian names are written
    both ways ("Ishiwata Ryota" = "Ryota Ishiwata"), for one country both reports state
    ("Ali Hassan" and "Hassan Ali" of two countries, or of none, stay two)."""
    if not a[1] or a[1] != b[1] or a[1].startswith("~"):
        return False
    return any(_swapped_name(x, y) for x in a[0] for y in b[0])


@lru_cache(maxsize=200_000)
def _swapped_name(a: str, b: str) -> bool:
    """A Latin name of two words is the other name with its words the other way round (in
    any script: "Ishiwata Ryota" = "Рёта Исивата")."""
    if script_of(a) != "latin":
        a, b = b, a
    ta, tb = name_tokens(a), name_tokens(b)
    if script_of(a) != "latin" or len(ta) != 2 or len(tb) != 2 or ta[0] == ta[1]:
        return False
    if min(map(len, ta)) < 3 or is_pinyin(ta):
        return False  # (Chinese names are short and shared by many)
    return names_compatible(" ".join(a.split()[::-1]), b)


def _sig_consistent(a: _Sig, b: _Sig) -> bool:
    """May be one person, through some third spelling (Baqeri, باقری, Bagheri): one
    country and names whose skeletons fit; "Ali Shamkhani" and "Ahmad Shamkhani" not."""
    if _countries_clash(a[1], b[1]):
        return False
    return _names_meet(a[0], b[0]) or _skeletons_meet(a[0], b[0]) or _swapped_sigs(a, b)


@lru_cache(maxsize=200_000)
def _skeletons_meet(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return any(skeletons_compatible(x, y) for x in a for y in b)


def _merge_named(
    keys: list[tuple[str, str]], people: dict[tuple[str, str], Person], uf: _UnionFind
) -> None:
    """Union the named persons that are one person, keeping every cluster consistent:
    each pair of its name forms compatible and one country (so "Shamkhani" never joins
    Ali and Ahmad Shamkhani into one node).

    Persons with the same names and country are one signature, compared once.  Full
    names with a country merge first (an equal name form first, then the other
    compatible pairs); a name without a country or of one word then joins the single
    cluster it fits, none when it fits several; those that fit none merge among
    themselves."""
    by_sig: dict[_Sig, list[tuple[str, str]]] = {}
    for k in keys:
        p = people[k]
        if p.name is not None:
            by_sig.setdefault((_matching_names(p), _sig_country(p)), []).append(k)
    sigs = sorted(by_sig, key=lambda sg: (sg[0], sg[1] or ""))
    for sg in sigs:
        for k in by_sig[sg][1:]:
            uf.union(by_sig[sg][0], k)
    members: dict[tuple[str, str], list[_Sig]] = {by_sig[sg][0]: [sg] for sg in sigs}

    def full_name(sg: _Sig) -> bool:
        return any(len(name_tokens(n)) >= 2 for n in sg[0])

    def words(sg: _Sig) -> set[int]:
        return {len(name_tokens(n)) for n in sg[0]}

    def joined_words(sg: _Sig) -> set[int]:
        # (a hyphened given name is one word in a script that writes it together:
        # "Jeong Min-hak" = "جونگ مین‌هاک")
        return {len(name_tokens(n.replace("-", ""))) for n in sg[0]}

    def bridged(x: _Sig, y: _Sig, group: list[_Sig]) -> bool:
        # full names in two other scripts that only meet through a Latin full name of the
        # group with as many words as one of them (Пак Чин and بارك جين through Park Jin;
        # "Азим Ахмедходжаев" and "عظيم أحمد خوجاييف", a fused family name written in two
        # words, through Azim Akhmedkhodjaev); never two Latin names, nor through a name
        # longer than either ("Mohammad Hossein Baqeri" fits both Mohammad and Hossein
        # Baqeri)
        if not (full_name(x) and full_name(y)) or len(words(x)) != 1 or len(words(y)) != 1:
            return False
        if any(script_of(n) == "latin" for n in (*x[0], *y[0])):
            return False
        return any(
            z is not x
            and z is not y
            and any(
                counts in (words(x), words(y)) and max(counts) <= min(words(x) | words(y))
                for counts in (words(z), joined_words(z))
            )
            and all(script_of(n) == "latin" for n in z[0])
            and _sig_compatible(z, x)
            and _sig_compatible(z, y)
            for z in group
        )

    def unmarked(x: _Sig, y: _Sig, group: list[_Sig]) -> bool:
        # a Latin name written without its letters' marks ("Stanislaw Wziatek") meets what
        # the group's spelling with them meets ("Stanisław Wziątek" = "Станислав Вжёнтек")
        if _countries_clash(x[1], y[1]):
            return False
        for a, b in ((x, y), (y, x)):
            if not all(script_of(n) == "latin" for n in a[0]):
                continue
            forms = {tuple(name_tokens(n)) for n in a[0]}
            if any(
                z is not a
                and z is not b
                and any(
                    script_of(n) == "latin" and n not in a[0] and tuple(name_tokens(n)) in forms
                    for n in z[0]
                )
                and _sig_consistent(z, b)
                for z in group
            ):
                return True
        return False

    def join(a: _Sig, b: _Sig) -> bool:
        ra, rb = uf.find(by_sig[a][0]), uf.find(by_sig[b][0])
        if ra == rb:
            return True
        group = members[ra] + members[rb]
        if not all(
            _sig_consistent(x, y) or bridged(x, y, group) or unmarked(x, y, group)
            for x in members[ra]
            for y in members[rb]
        ):
            return False
        uf.union(ra, rb)
        root = uf.find(ra)
        members[root] = members.pop(ra if root == rb else rb) + members.pop(root)
        return True

    anchored = [sg for sg in sigs if sg[1] and full_name(sg)]
    loose = sorted((sg for sg in sigs if not (sg[1] and full_name(sg))),
                   key=lambda sg: (not full_name(sg), sg[0], sg[1] or ""))
    near_anchored = _blocking(anchored)
    pairs: list[tuple[int, int, int]] = []
    for i, sg in enumerate(anchored):
        for j in near_anchored(sg):
            if j > i and _sig_compatible(sg, anchored[j]):
                same_form = bool({tuple(name_tokens(n)) for n in sg[0]}
                                 & {tuple(name_tokens(n)) for n in anchored[j][0]})
                # (one country first: a guessed country meets another last)
                other = sg[1].lstrip("~") != (anchored[j][1] or "").lstrip("~")
                pairs.append((2 if other else 0 if same_form else 1, i, j))
    for _, i, j in sorted(pairs):
        join(anchored[i], anchored[j])
    # no country or one word: the one cluster it fits, none when it fits several, and
    # those that fit no full name with a country merge among themselves
    lone: list[_Sig] = []
    for sg in loose:
        roots = {uf.find(by_sig[anchored[j]][0]) for j in near_anchored(sg)
                 if _sig_compatible(sg, anchored[j])}
        if not roots:
            lone.append(sg)
        elif len(roots) == 1:
            join(sg, members[roots.pop()][0])
    near_lone = _blocking(lone)
    for i, sg in enumerate(lone):
        for j in near_lone(sg):
            if j > i and _sig_compatible(sg, lone[j]):
                join(sg, lone[j])


def weak_names_compatible(a: str, b: str) -> bool:
    """Full names in two scripts whose every word's consonant skeleton fits, however
    short ("Isaias Afwerki" / "أسياس أفورقي": s, rk): too little alone (Ali Said / Ali
    Saad), proof enough for the holders of one post of one country at one time."""
    if script_of(a) == script_of(b):
        return False
    for ka in _skeleton_forms(a):
        for kb in _skeleton_forms(b):
            if min(len(ka), len(kb)) >= 2 and all(ka) and all(kb) and any(
                _compatible_tokens(sa, sb) for sa, sb in _pairs(ka, kb)
            ):
                return True
    return False


def _ends_agree(a: str, b: str) -> bool:
    """Names of three words or more with the same first and last word, one middle word
    spelt apart ("Ali Mahamane Lamine Zeine" / "علی محمدان لامین زین")."""
    for ka in _skeleton_forms(a):
        for kb in _skeleton_forms(b):
            short, long_ = sorted((ka, kb), key=len)
            if (
                len(short) >= 3
                and all(short)
                and all(long_)
                and short[0] == long_[0]
                and short[-1] == long_[-1]
                and len(set(short) & set(long_)) >= len(short) - 1
            ):
                return True
    return False


def _merge_post_holders(
    keys: list[tuple[str, str]],
    people: dict[tuple[str, str], Person],
    uf: _UnionFind,
    by_article: dict[str, Extraction],
) -> None:
    """Union the named holders of one post of one country (one president, one foreign
    minister) reported close in time whose names fit only weakly across scripts
    (:func:`weak_names_compatible`) or agree but for one middle word (:func:`_ends_agree`),
    when every pair of the two clusters stays consistent: one country, names that fit
    strongly or weakly.  Clusters are compared by their distinct name forms, and by the
    days their articles give for each post."""
    by_root: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for k in keys:
        by_root.setdefault(uf.find(k), []).append(k)
    names: dict[tuple[str, str], set[tuple[str, ...]]] = {}  # root -> its name forms
    # root -> name forms -> post -> days reported (None: not known)
    held: dict[tuple[str, str], dict[tuple[str, ...], dict[str, list[_dt.date | None]]]] = {}
    by_country: dict[str, list[tuple[str, str]]] = {}
    for root, members in by_root.items():
        countries = _cluster_countries(people[m] for m in members)
        named = [m for m in members if people[m].name]
        if len(countries) != 1 or not any(people[m].role in SOLE_HOLDER_ROLES for m in named):
            continue
        names[root] = {_matching_names(people[m]) for m in named}
        for m in named:
            role = people[m].role
            if role in SOLE_HOLDER_ROLES:
                days = held.setdefault(root, {}).setdefault(_matching_names(people[m]), {})
                days.setdefault(role, []).append(_when(by_article[m[0]]))
        by_country.setdefault(countries.pop(), []).append(root)

    def holds_with(a: tuple[str, str], b: tuple[str, str]) -> bool:
        for na, posts_a in held[a].items():
            for nb, posts_b in held[b].items():
                if not _weak_forms(na, nb):
                    continue
                for ra, days_a in posts_a.items():
                    for rb, days_b in posts_b.items():
                        if same_post(ra, rb) and _days_close(days_a, days_b):
                            return True
        return False

    def fits(a: tuple[str, str], b: tuple[str, str]) -> bool:
        return _forms_fit(names[a], names[b])

    for country in sorted(by_country):
        roots = by_country[country]
        for i, ra in enumerate(roots):
            for rb in roots[i + 1 :]:
                a, b = uf.find(ra), uf.find(rb)
                if a == b or not (holds_with(a, b) and fits(a, b)):
                    continue
                uf.union(a, b)
                root, other = (a, b) if uf.find(a) == a else (b, a)
                names[root] |= names.pop(other)
                for n, posts in held.pop(other).items():
                    for role, days in posts.items():
                        held[root].setdefault(n, {}).setdefault(role, []).extend(days)


def _weak_forms(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Some full name of one list fits some full name of the other weakly."""
    return any(
        _weak_or_ends(a, b)
        for a in x
        for b in y
        if len(name_tokens(a)) >= 2 and len(name_tokens(b)) >= 2
    )


def _forms_fit(xs: set[tuple[str, ...]], ys: set[tuple[str, ...]]) -> bool:
    """Every name form of one cluster fits every one of the other, strongly or weakly."""
    return all(
        _names_meet(x, y) or _skeletons_meet(x, y) or _weak_forms(x, y) for x in xs for y in ys
    )


def _merge_by_counterparts(
    keys: list[tuple[str, str]],
    people: dict[tuple[str, str], Person],
    uf: _UnionFind,
    exs: list[Extraction],
) -> None:
    """Union two named persons of one country whose full names fit only weakly across
    scripts (:func:`weak_names_compatible`: "Вепа Гаджиев" / "وپا حاجی‌اف", too short for
    the skeletons alone) when their articles tell each of them meeting one same person
    on compatible days, published close: the counterpart is the evidence the names lack.
    Never two persons of one article, and every pair of the two clusters' name forms must
    fit."""
    # (counterpart's root, person's country) -> [(person key, its article, the meeting)]
    met: dict[tuple[tuple[str, str], str], list[tuple[tuple[str, str], Extraction, Meeting]]]
    met = {}
    for ex in exs:
        for m in ex.meetings:
            for p in m.participants:
                k = (ex.article.id, p)
                person = people.get(k)
                if person is None or person.name is None or person.country is None:
                    continue
                for q in m.participants:
                    if q != p:
                        slot = (uf.find((ex.article.id, q)), person.country)
                        met.setdefault(slot, []).append((k, ex, m))

    clusters = _clusters(keys, uf)

    def forms(root: tuple[str, str]) -> set[tuple[str, ...]]:
        return {_matching_names(people[m]) for m in clusters.get(root, [root])}

    for slot in sorted(met):
        items = met[slot]
        for i, (ka, exa, ma) in enumerate(items):
            for kb, exb, mb in items[i + 1 :]:
                a, b = uf.find(ka), uf.find(kb)
                if a == b or ka[0] == kb[0]:
                    continue
                if not (dates_compatible(ma.date, mb.date) and _published_close(exa, exb)):
                    continue
                if not _weak_forms(_matching_names(people[ka]), _matching_names(people[kb])):
                    continue
                in_a, in_b = clusters.get(a, [a]), clusters.get(b, [b])
                if {m[0] for m in in_a} & {m[0] for m in in_b}:
                    continue  # two persons of one article
                if len(_cluster_countries(people[m] for m in in_a + in_b)) != 1:
                    continue
                if not _forms_fit(forms(a), forms(b)):
                    continue
                uf.union(a, b)
                clusters = _clusters(keys, uf)


@lru_cache(maxsize=200_000)
def _weak_or_ends(a: str, b: str) -> bool:
    return weak_names_compatible(a, b) or _ends_agree(a, b) or _given_shortened(a, b)


def _given_shortened(a: str, b: str) -> bool:
    """One family name, and a given name that is the start of the other's, of four letters
    or more ("Navin Ramgoolam" / "Navinchandra Ramgoolam"): too little alone, proof enough
    for the holders of one post of one country at one time."""
    ta, tb = name_tokens(a), name_tokens(b)
    if len(ta) < 2 or len(tb) < 2 or ta[-1] != tb[-1] or ta[0] == tb[0]:
        return False
    short, long_ = sorted((ta[0], tb[0]), key=len)
    return len(short) >= 4 and long_.startswith(short)


def _days_close(a: list[_dt.date | None], b: list[_dt.date | None]) -> bool:
    """Some day of ``a`` within CLOSE_DAYS of some day of ``b`` (an unknown day fits any)."""
    if None in a or None in b:
        return True
    xs, ys = sorted(d for d in a if d), sorted(d for d in b if d)
    i = j = 0
    while i < len(xs) and j < len(ys):
        if abs((xs[i] - ys[j]).days) <= CLOSE_DAYS:
            return True
        if xs[i] < ys[j]:
            i += 1
        else:
            j += 1
    return False


def _blocking(sigs: list[_Sig]) -> Callable[[_Sig], list[int]]:
    """Blocking: the indexes in ``sigs`` of the signatures sharing a block key (the
    skeleton of the last name word(s)) with a given one, in order."""
    blocks: dict[str, list[int]] = {}
    for i, sg in enumerate(sigs):
        for bk in {b for n in sg[0] for b in block_keys(n)}:
            blocks.setdefault(bk, []).append(i)

    def near(sg: _Sig) -> list[int]:
        return sorted({j for n in sg[0] for b in block_keys(n) for j in blocks.get(b, ())})

    return near


def _clusters(
    keys: list[tuple[str, str]], uf: _UnionFind
) -> dict[tuple[str, str], list[tuple[str, str]]]:
    clusters: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for k in keys:
        clusters.setdefault(uf.find(k), []).append(k)
    return clusters


def _cluster_gid(members: list[tuple[str, str]], people: dict[tuple[str, str], Person]) -> str:
    gid = canonical_person_key([people[m] for m in members])
    if gid.startswith("office|"):
        # named only by office: one node per article until resolved to a name
        gid += "|" + ",".join(sorted({a for a, _ in members}))
    return gid


def _surname(person_gid: str) -> str:
    """The last name token of a person's global id (``person|mohammad baqeri|IR``)."""
    parts = person_gid.split("|")
    toks = parts[1].split() if len(parts) > 1 and parts[0] == "person" else []
    return toks[-1] if toks else "official"


@dataclass
class _Group:
    """Reports of one event: its key set (participants or parties) grows as reports join."""

    keys: frozenset[str]
    status: str
    date: PartialDate | None
    members: list[tuple[str, int]]
    sources: list[Extraction]


_Item = tuple[tuple[str, int], Extraction, frozenset[str], str, PartialDate | None]


def _group(
    items: list[_Item],
    fits: Callable[[_Group, _Item], bool],
    retold: Callable[[_Group, _Item], bool] | None = None,
) -> list[_Group]:
    """Greedy clustering in the (sorted) order of the items: each joins the group it fits
    best (the same day, then the most keys shared, then the fewest not shared), else
    starts one; the most precise date wins. Two items of one article stay apart, unless
    ``retold`` says the item retells the group's."""
    groups: list[_Group] = []
    by_key: dict[str, list[int]] = {}  # blocking: only groups sharing a participant/party
    for item in items:
        member, ex, keys, status, date = item
        near = sorted({gi for k in keys for gi in by_key.get(k, ())})
        fitting = [
            gi
            for gi in near
            if groups[gi].status == status
            and dates_compatible(groups[gi].date, date)
            # (the article keeps them apart)
            and (
                all(a != member[0] for a, _ in groups[gi].members)
                or (retold is not None and retold(groups[gi], item))
            )
            and fits(groups[gi], item)
        ]
        if not fitting:
            for k in keys:
                by_key.setdefault(k, []).append(len(groups))
            groups.append(_Group(keys, status, date, [member], [ex]))
            continue
        gi = max(
            fitting,
            key=lambda i: (
                date is not None and groups[i].date == date,
                len(groups[i].keys & keys),
                -len(groups[i].keys ^ keys),
                -i,
            ),
        )
        g = groups[gi]
        g.members.append(member)
        g.sources.append(ex)
        for k in keys - g.keys:
            by_key.setdefault(k, []).append(gi)
        g.keys = g.keys | keys
        if date and (g.date is None or len(date.iso()) > len(g.date.iso())):
            g.date = date
    return groups


def _meeting_fits(g: _Group, item: _Item) -> bool:
    """Two shared participants (one report may name more attendees than another), a call
    only with a call, a report of a meeting held not published before its day, and
    publications close in time, unless both give the same date."""
    member, ex, parts, status, date = item
    shared = g.keys & parts
    if len(shared) < 2:
        return False
    if any(_generic_office(k) for k in shared) and not (
        date is not None and date.precision == "day" and date == g.date
    ):
        return False  # an unnamed "minister" is one person only on one same day
    phone = ex.meetings[member[1]].mode == "phone"
    sources = zip(g.members, g.sources, strict=True)
    if any((o.meetings[m[1]].mode == "phone") != phone for m, o in sources):
        return False
    if status == "held" and not all(
        _reported_after(src, d)
        for src, d in [(ex, g.date)] + [(o, date) for o in g.sources]
    ):
        return False
    return all(
        _published_close(ex, other) or (g.date is not None and date == g.date)
        for other in g.sources
    )


def _meeting_retold(g: _Group, item: _Item) -> bool:
    """An article's meeting with an office the resolution named is the one it tells of
    that person, with the same people on the same day: "X has met with Iraq's Army Chief of
    Staff", then "X held talks with Lt. Gen. Y … on Tuesday"."""
    member, ex, parts, _, date = item
    if parts != g.keys or date is None or date.precision != "day" or date != g.date:
        return False
    told = [
        src.meetings[m[1]]
        for m, src in zip(g.members, g.sources, strict=True)
        if m[0] == member[0]
    ]
    return any(
        p.startswith("office:")
        for m in [ex.meetings[member[1]], *told]
        for p in m.participants
    )


def _reported_after(ex: Extraction, day: PartialDate | None) -> bool:
    """An article can report a meeting as held from the day before it on (time zones),
    not earlier."""
    pub = ex.article.published
    if day is None or pub is None or day.precision != "day" or pub.precision != "day":
        return True
    d, p = _to_date(day), _to_date(pub)
    assert d is not None and p is not None
    return (p - d).days >= -1


def _agreement_fits(g: _Group, item: _Item) -> bool:
    _, ex, parties, _, _ = item
    return g.keys == parties and all(_published_close(ex, other) for other in g.sources)


def _meeting_gid(g: _Group) -> str:
    """A meeting group's id: its people, status and day; an undated one is its own."""
    gid = "|".join(["meeting", *sorted(g.keys), g.status, g.date.iso() if g.date else ""])
    return gid if g.date else gid + "|" + _first_member(g)


def _first_member(g: _Group) -> str:
    """The group's first (article, index) member, as text: one group's own name."""
    article, idx = min(g.members)
    return f"{article}#{idx}"


def _office_key(gid: str) -> str:
    """A person's key for meeting reports: an office no article names a holder for is one
    office in every report ("office|minister|IR", without the articles), so that two
    reports of one meeting with the Iranian minister unnamed in both can be one event."""
    return gid.rsplit("|", 1)[0] if gid.startswith("office|") else gid


def _generic_office(key: str) -> bool:
    """An unnamed office of a role many hold at once ("office|minister|IR")."""
    parts = key.split("|")
    return parts[0] == "office" and not set(parts[1].split(",")) - generic_roles()


def _join_offices(groups: list[_Group], res: Resolution) -> None:
    """Unnamed offices of one office in the reports of one event are one person: their
    per-article nodes become one node."""
    uf: _UnionFind[str] = _UnionFind()
    for g in groups:
        by_key: dict[str, list[str]] = {}
        for gid in _member_people(g, res):
            if gid.startswith("office|"):
                by_key.setdefault(_office_key(gid), []).append(gid)
        for same in by_key.values():
            for x in same[1:]:
                uf.union(same[0], x)
    members: dict[str, set[str]] = {}
    for x in list(uf.parent):
        members.setdefault(uf.find(x), set()).add(x)
    renamed: dict[str, str] = {}
    for root, same in members.items():
        if len(same) < 2:
            continue
        articles = sorted({a for x in same for a in x.rsplit("|", 1)[1].split(",")})
        for x in same:
            renamed[x] = _office_key(root) + "|" + ",".join(articles)
    for k, gid in res.person.items():
        res.person[k] = renamed.get(gid, gid)


def _member_people(g: _Group, res: Resolution) -> list[str]:
    """The global ids of the participants of every report in ``g``."""
    return [
        res.person[(member[0], p)]
        for member, ex in zip(g.members, g.sources, strict=True)
        for p in ex.meetings[member[1]].participants
    ]


def _resolve_events(exs: list[Extraction], res: Resolution) -> None:
    meetings: list[_Item] = [
        (
            (ex.article.id, idx),
            ex,
            frozenset(_office_key(res.person[(ex.article.id, p)]) for p in m.participants),
            m.status,
            m.date,
        )
        for ex in exs
        for idx, m in enumerate(ex.meetings)
    ]
    groups = _group(meetings, _meeting_fits, _meeting_retold)
    _join_offices(groups, res)
    named = [_meeting_gid(g) for g in groups]
    uses = Counter(named)
    for g, gid in zip(groups, named, strict=True):
        date = g.date
        if uses[gid] > 1:
            # two events of one pair, status and day (a call and a visit): each its own node
            gid += "|" + _first_member(g)
        for member in g.members:
            res.meeting[member] = gid
        if date:
            res.meeting_date[gid] = date
        names = " ".join(sorted(_surname(p) for p in g.keys))
        res.meeting_label[gid] = f"{date.iso() if date else 'undated'} {names}"
    agreements: list[_Item] = [
        ((ex.article.id, idx), ex, frozenset(a.parties), a.status, a.date)
        for ex in exs
        for idx, a in enumerate(ex.agreements)
    ]
    for g in _group(agreements, _agreement_fits):
        # the first member with its index: one article may tell two agreements of a pair
        gid = "|".join(["agreement", *sorted(g.keys), g.status, _first_member(g)])
        for member in g.members:
            res.agreement[member] = gid
