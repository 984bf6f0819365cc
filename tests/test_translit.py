"""East-Asian names as Russian writes them (Palladius, Polivanov), and their matching."""

from __future__ import annotations

import pytest

from graph.model import Article, Extraction, Person, Span
from graph.resolve import block_keys, names_compatible, resolve
from graph.translit import (
    cyrillic_readings,
    hepburn_reading,
    korean_key,
    pinyin_of_cyrillic,
    pinyin_readings,
)


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Xi Jinping", "си цзиньпин"),
        ("Wang Yi", "ван и"),
        ("Dong Jun", "дун цзюнь"),
        ("Li Qiang", "ли цян"),
        ("Zhang Youxia", "чжан юся"),
        ("Wei Fenghe", "вэй фэнхэ"),
        ("Zhao Leji", "чжао лэцзи"),
        ("Qin Gang", "цинь ган"),
        ("Xu Qiliang", "сюй цилян"),
        ("Zhang Xiaoming", "чжан сяомин"),
        ("Si Ci Zi", "сы цы цзы"),
        ("Takeshi Iwaya", "такэси ивая"),
        ("Fumio Kishida", "фумио кисида"),
        ("Yoshimasa Hayashi", "ёсимаса хаяси"),
        ("Shigeru Ishiba", "сигэру исиба"),
    ],
)
def test_russian_readings_of_chinese_and_japanese_names(latin: str, cyrillic: str) -> None:
    assert cyrillic in cyrillic_readings(latin)


@pytest.mark.parametrize("word", ["Lavrov", "Mohammed", "Baqeri", "Güler", "Sergey", "Prabowo"])
def test_words_of_other_languages_have_no_reading(word: str) -> None:
    assert cyrillic_readings(word) == []


@pytest.mark.parametrize(
    ("cyrillic", "pinyin"),
    [
        ("Си Цзиньпин", "Xi Jinping"),
        ("Дун Цзюнь", "Dong Jun"),
        ("Чжан Юся", "Zhang Youxia"),
        ("Го Шэнкунь", "Guo Shengkun"),
        ("Ло Чжаохуэй", "Luo Zhaohui"),
        ("Сы Цзы", "Si Zi"),
    ],
)
def test_palladius_read_back_as_pinyin(cyrillic: str, pinyin: str) -> None:
    assert pinyin in pinyin_of_cyrillic(cyrillic)


def test_only_korean_family_names_make_a_korean_key() -> None:
    assert korean_key("Sergei Lavrov") is None
    assert korean_key("Kim") is None  # a family name alone says too little
    assert korean_key("Kim Jong Un") == korean_key("Kim Jong-un") == "ким:cn-n"


def test_russian_names_have_no_pinyin() -> None:
    assert pinyin_of_cyrillic("Сергей Шойгу") == []
    assert pinyin_of_cyrillic("Андрей Белоусов") == []


def test_pinyin_rules_limit_what_reads_as_chinese() -> None:
    # ji is цзи, zi is цзы; "gi" and "xa" are not pinyin
    assert pinyin_readings("ji") == ("цзи",)
    assert pinyin_readings("zi") == ("цзы",)
    assert pinyin_readings("gi") == ()
    assert pinyin_readings("xa") == ()
    assert hepburn_reading("Lavrov") is None


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        ("Xi Jinping", "Си Цзиньпин", True),
        ("Dong Jun", "Дун Цзюнь", True),
        ("Li Shangfu", "Ли Шанфу", True),
        ("Takeshi Iwaya", "Такеси Ивая", True),
        ("Yoko Kamikawa", "Ёко Камикава", True),
        # the family name first: "Xi" alone is Xi Jinping
        ("Xi", "Xi Jinping", True),
        # Arabic writes ch as تش, Persian چ; pinyin x is ش
        ("Li Qiang", "لي تشيانغ", True),
        ("Zhang Youxia", "تشانغ يوشيا", True),
        ("Zhang Youxia", "ژانگ یوشیا", True),
        # Cyrillic against the Arabic script goes through the pinyin (Дун Цзюнь = Dong Jun)
        ("Дун Цзюнь", "دونغ جون", True),
        ("Си Цзиньпин", "شی جین‌پینگ", True),
        ("Лю Цзяньчао", "ليو جيان تشاو", True),
        ("Ли Цян", "لي شانغ فو", False),
        # Chinese names in the Arabic script keep their long vowels
        ("Wang Yi", "وانغ يي", True),
        ("Wang Yi", "وانگ یی", True),
        ("Ван И", "وانغ يي", True),
        ("Zhao Leji", "تشاو لي جي", True),
        ("Wang Yi", "وانغ ون تاو", False),
        # Korean names: the family name by custom, the given name's consonants
        ("Park Jin", "Пак Чин", True),
        ("Cho Tae-yul", "Чо Тхэ Ёль", True),
        ("Kim Jong Un", "Ким Чен Ын", True),
        ("Choe Son Hui", "Цой Сон Хи", True),
        ("Lee Jae-myung", "Ли Чжэ Мён", True),
        ("Kim Jong Un", "Ким Ё Чжон", False),
        ("Park Jin", "Пак Чон Хо", False),
        # two people of one family name stay apart
        ("Wang Yi", "Ван Вэньтао", False),
        ("Li Qiang", "Ли Шанфу", False),
        ("Dong Jun", "Дун Цзюньхуэй", False),
        ("Wang Yi", "Wang Wentao", False),
        ("Wang", "Wang Yi Fan", False),
    ],
)
def test_east_asian_names_across_scripts(a: str, b: str, ok: bool) -> None:
    assert names_compatible(a, b) is ok
    assert names_compatible(b, a) is ok
    if ok:
        assert block_keys(a) & block_keys(b), "compatible names must share a block key"


def _ex(aid: str, lang: str, persons: list[Person]) -> Extraction:
    return Extraction(article=Article(id=aid, text="x" * 100, lang=lang), persons=persons)


def _p(key: str, name: str, country: str) -> Person:
    return Person(key=key, name=name, names=[name], country=country, mentions=[Span(0, 5)])


def test_a_chinese_minister_in_russian_and_english_is_one_node_and_his_namesake_is_not() -> None:
    exs = [
        _ex("a", "en", [_p("p1", "Dong Jun", "CN"), _p("p2", "Andrei Belousov", "RU")]),
        _ex("b", "ru", [_p("p1", "Дун Цзюнь", "CN"), _p("p2", "Андрей Белоусов", "RU")]),
        _ex("c", "ru", [_p("p1", "Дун Цзюньхуэй", "CN")]),
        _ex("d", "fa", [_p("p1", "دونگ جون", "CN")]),
    ]
    res = resolve(exs)
    assert res.person[("a", "p1")] == res.person[("b", "p1")] == res.person[("d", "p1")]
    assert res.person[("a", "p2")] == res.person[("b", "p2")]
    assert res.person[("c", "p1")] != res.person[("a", "p1")]


def test_two_scripts_meet_through_a_latin_name_of_as_many_words() -> None:
    """Пак Чин and بارك جين do not fit each other directly, but both fit Park Jin: one
    node.  A longer Latin name bridges nothing (Mohammad Hossein Baqeri fits both محمد
    باقری and Хоссейн Багери, who may be two people)."""
    exs = [
        _ex("a", "en", [_p("p1", "Park Jin", "KR")]),
        _ex("b", "ru", [_p("p1", "Пак Чин", "KR")]),
        _ex("c", "ar", [_p("p1", "بارك جين", "KR")]),
        _ex("d", "en", [_p("p1", "Mohammad Hossein Baqeri", "IR")]),
        _ex("e", "fa", [_p("p1", "محمد باقری", "IR")]),
        _ex("f", "ru", [_p("p1", "Хоссейн Багери", "IR")]),
    ]
    res = resolve(exs)
    assert res.person[("a", "p1")] == res.person[("b", "p1")] == res.person[("c", "p1")]
    assert res.person[("e", "p1")] != res.person[("f", "p1")]
