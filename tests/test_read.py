"""read_inputs: formats, folders, stdin, metadata and every kind of bad input."""

from __future__ import annotations

import io
import json
import os
import sys
import types
from pathlib import Path

import pytest

from graph.model import Article, PartialDate, ReadError
from graph.read import _lxml_text, _parse_iso_date, default_languages, read_inputs

EN = (
    "The defence minister of Iran met his Iraqi counterpart in Tehran on Sunday. "
    "Both sides signed a memorandum of understanding on military cooperation."
)
ID = "Menteri Pertahanan Iran bertemu dengan mitranya dari Irak di Teheran pada hari Minggu."
FA = "وزير دفاع ايران روز يكشنبه با همتای عراقی خود در تهران دیدار کرد."
RU = "Министр обороны России встретился с иранским коллегой в Москве."


@pytest.fixture(autouse=True)
def _no_text_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep these tests independent of graph/dates.py: dates from text are 'unknown'."""
    monkeypatch.setitem(sys.modules, "graph.dates", None)  # import raises ImportError


def run(*inputs: str | os.PathLike[str], **kw: object) -> list[Article | ReadError]:
    return list(read_inputs(list(inputs), **kw))  # type: ignore[arg-type]


def articles(items: list[Article | ReadError]) -> list[Article]:
    return [x for x in items if isinstance(x, Article)]


def errors(items: list[Article | ReadError]) -> list[ReadError]:
    return [x for x in items if isinstance(x, ReadError)]


def only_error(items: list[Article | ReadError]) -> ReadError:
    assert len(items) == 1 and isinstance(items[0], ReadError), items
    return items[0]


# --- text files -------------------------------------------------------


def test_text_file(tmp_path: Path) -> None:
    p = tmp_path / "000_284f41cf9fc95e62.txt"
    p.write_text("  " + EN + "\r\n\r\nSecond\u00a0paragraph.  \r\n", encoding="utf-8")
    [a] = run(p)
    assert isinstance(a, Article)
    assert a.id == "000_284f41cf9fc95e62.txt"
    assert a.source == str(p)
    assert a.lang == "en"
    assert a.text == EN + "\n\nSecond paragraph."
    assert a.published is None and a.url is None and a.title is None


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
     ("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-32-be", b"\x00\x00\xfe\xff")],
)  # fmt: skip
def test_text_with_bom(tmp_path: Path, encoding: str, bom: bytes) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(bom + FA.encode(encoding))
    [a] = run(p)
    assert isinstance(a, Article), a
    assert a.lang == "fa"
    assert a.text.startswith("وزیر دفاع ایران روز یکشنبه")  # Persian letter forms applied
    assert "\ufeff" not in a.text


@pytest.mark.parametrize("suffix", [".txt", ".text", ".TXT"])
def test_text_suffixes(tmp_path: Path, suffix: str) -> None:
    p = tmp_path / f"a{suffix}"
    p.write_text(ID, encoding="utf-8")
    [a] = run(p)
    assert isinstance(a, Article) and a.lang == "id"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n  ", "empty file"),
        (b"\xef\xbb\xbf \n", "empty file"),
        (b"hello\x00world\x00", "binary file (contains NUL bytes), not text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (looks like PDF), not text"),
        (b"PK\x03\x04\x14\x00\x06\x00", "binary file (looks like ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (looks like PNG), not text"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (looks like JPEG), not text"),
        (b"\x1f\x8b\x08\x00\x00\x00", "binary file (looks like GZIP), not text"),
        (bytes(range(1, 32)) * 20, "binary file (mostly control characters), not text"),
        (b"12.10.2021 -- 14:30 / 42 %", "no text"),
    ],
)
def test_bad_text_file(tmp_path: Path, content: bytes, reason: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    err = only_error(run(p))
    assert err.source == str(p)
    assert err.reason.startswith(reason)


def test_invalid_utf8_names_byte_and_offset(tmp_path: Path) -> None:
    p = tmp_path / "latin1.txt"
    prefix = b"Le ministre de la D"
    p.write_bytes(prefix + "éfense a rencontré".encode("cp1252"))
    err = only_error(run(p))
    assert f"not valid UTF-8 (byte 0xe9 at offset {len(prefix)})" in err.reason
    assert "iconv -f WINDOWS-1252 -t UTF-8" in err.reason
    assert "\n" not in str(err)


def test_too_large_checked_before_reading(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:  # sparse: 20 MB of NULs, never read
        fh.truncate(20_000_000)
    err = only_error(run(p))
    assert err.reason == ("file too large (20.0 MB > 5.0 MB limit); split it or raise --max-size")


def test_max_bytes_is_configurable(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(EN, encoding="utf-8")
    assert "file too large" in only_error(run(p, max_bytes=10)).reason
    assert isinstance(run(p, max_bytes=len(EN))[0], Article)
    with pytest.raises(ValueError, match="max_bytes"):
        run(p, max_bytes=0)


def test_empty_path_is_not_the_current_folder() -> None:
    assert "empty path" in only_error(run("")).reason


def test_missing_path(tmp_path: Path) -> None:
    err = only_error(run(tmp_path / "nope.txt"))
    assert err.reason == "no such file or directory"
    assert err.source == str(tmp_path / "nope.txt")


@pytest.mark.parametrize("name", ["report.pdf", "data.csv", "README"])
def test_unsupported_explicit_file(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    p.write_bytes(b"%PDF-1.4" if name.endswith(".pdf") else b"a,b\n")
    err = only_error(run(p))
    assert err.reason.startswith("unsupported file type")
    assert ".txt, .text, .html, .htm, .jsonl, .ndjson" in err.reason
    if name == "report.pdf":
        assert "'.pdf'" in err.reason


# --- folders -------------------------------------------------------


def test_folder_recursive_sorted_skips_hidden_and_other_types(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "c").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b" / "c" / "1.htm").write_text(f"<p>{ID}</p>", encoding="utf-8")
    (tmp_path / "a.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "z.jsonl").write_text(json.dumps({"id": "r1", "text": FA}) + "\n", "utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".hidden.txt").write_text(EN, encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text(EN, encoding="utf-8")
    items = run(tmp_path)
    assert errors(items) == []
    assert [a.id for a in articles(items)] == ["a.txt", "2.txt", "1.htm", "r1"]
    assert [a.lang for a in articles(items)] == ["ru", "en", "id", "fa"]
    assert articles(items)[1].source == os.path.join(str(tmp_path), "b", "2.txt")
    assert articles(items)[3].source == os.path.join(str(tmp_path), "z.jsonl") + ":1"
    assert run(tmp_path) == items  # deterministic


def test_folder_mix_of_good_and_bad(tmp_path: Path) -> None:
    (tmp_path / "1_good.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "2_empty.txt").write_bytes(b"")
    (tmp_path / "3_binary.txt").write_bytes(b"%PDF-1.7 stuff")
    (tmp_path / "4_latin1.txt").write_bytes("Défense".encode("latin-1"))
    (tmp_path / "5_good.html").write_text(f"<html><body><p>{RU}</p></body></html>", "utf-8")
    with (tmp_path / "6_huge.txt").open("wb") as fh:
        fh.truncate(6_000_000)
    items = run(tmp_path)
    assert [a.id for a in articles(items)] == ["1_good.txt", "5_good.html"]
    assert [Path(e.source).name for e in errors(items)] == [
        "2_empty.txt", "3_binary.txt", "4_latin1.txt", "6_huge.txt",
    ]  # fmt: skip


def test_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "only.pdf").write_bytes(b"%PDF")
    err = only_error(run(tmp_path))
    assert "no input files" in err.reason


def test_same_base_name_in_two_folders(tmp_path: Path) -> None:
    for sub, text in (("x", EN), ("y", ID), ("z", EN)):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "a.txt").write_text(text, encoding="utf-8")
    items = run(tmp_path)
    # x/a.txt read; y/a.txt differs → error; z/a.txt is identical to x/a.txt → skipped
    assert [a.source for a in articles(items)] == [str(tmp_path / "x" / "a.txt")]
    [err] = errors(items)
    assert err.source == str(tmp_path / "y" / "a.txt")
    assert "duplicate article id 'a.txt'" in err.reason
    assert str(tmp_path / "x" / "a.txt") in err.reason
    assert "rename one of the files" in err.reason


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(EN, encoding="utf-8")
    items = run(tmp_path, p)
    assert len(items) == 1 and isinstance(items[0], Article)


@pytest.mark.parametrize(
    "name",
    ['quote "double" and \'single\'.txt', "<angle> & amp.txt", "  spaces  .txt",
     "وزیر دفاع.txt", "Министр.txt", "semi;colon|pipe$(x).txt", "new\nline.txt"],
)  # fmt: skip
def test_hostile_file_names(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    p.write_text(EN, encoding="utf-8")
    [a] = run(p)
    assert isinstance(a, Article)
    assert a.id == name
    [b] = run(tmp_path)
    assert isinstance(b, Article) and b.id == name


def test_file_name_not_utf8(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    try:
        with open(raw, "wb") as fh:
            fh.write(EN.encode())
    except OSError:
        pytest.skip("file system refuses non-UTF-8 names")
    items = run(tmp_path)
    err = only_error(items)
    assert "file name is not valid UTF-8" in err.reason


# --- HTML -------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Iran &amp; Iraq sign defence pact</title>
<meta property="article:published_time" content="2021-10-19T10:00:00+03:30">
<link rel="canonical" href="https://news.example.org/2021/10/iran-iraq">
<style>p {{ color: red }}</style>
<script>var secret = "SCRIPT_TEXT";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Iran &amp; Iraq sign defence pact</h1>
<p>{p1}</p>
<p>The agreement covers training &ndash; intelligence sharing &amp; joint exercises
over the next five years, the ministry said in a statement on its website.</p>
<script>document.write("SCRIPT_TEXT")</script><noscript>NOSCRIPT_TEXT</noscript>
</article>
<footer>Copyright 2021</footer></body></html>"""


def test_html_trafilatura(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(PAGE.format(p1=EN), encoding="utf-8")
    [a] = run(p)
    assert isinstance(a, Article), a
    assert a.id == "page.html" and a.lang == "en"
    assert a.title == "Iran & Iraq sign defence pact"
    assert a.text.startswith("Iran & Iraq sign defence pact")
    assert EN in a.text
    assert "training – intelligence sharing & joint exercises" in a.text
    for junk in ("SCRIPT_TEXT", "NOSCRIPT_TEXT", "color: red", "<", "&amp;", "&ndash;"):
        assert junk not in a.text
    assert a.published == PartialDate(2021, 10, 19)
    assert a.url == "https://news.example.org/2021/10/iran-iraq"


def test_html_copyright_year_is_not_a_date(tmp_path: Path) -> None:
    page = (
        f"<html><head><title>Pact</title></head><body><article><p>{EN}</p><p>{EN}</p>"
        "</article><footer>Copyright 2021 News Agency</footer></body></html>"
    )
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    [a] = run(p)
    assert isinstance(a, Article) and a.title == "Pact"
    assert a.published is None


def test_html_fallback_to_lxml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    p = tmp_path / "page.htm"
    p.write_text(PAGE.format(p1=EN), encoding="utf-8")
    [a] = run(p)
    assert isinstance(a, Article), a
    assert a.title == "Iran & Iraq sign defence pact"
    assert EN in a.text
    assert "SCRIPT_TEXT" not in a.text and "NOSCRIPT_TEXT" not in a.text
    assert "color: red" not in a.text and "<" not in a.text


def test_lxml_text_blocks_and_entities() -> None:
    html = (
        "<html><head><title>T&eacute;l&eacute;</title><style>x{}</style></head><body>"
        "<div>Le minist&egrave;re<br>de la D&eacute;fense</div><p>Second &laquo;para&raquo;"
        "<span> inline</span></p><script>alert(1)</script><ul><li>one</li><li>two</li></ul>"
        "<!-- comment --></body></html>"
    )
    text, title = _lxml_text(html)
    assert title == "Télé"
    assert text == "Le ministère\nde la Défense\nSecond «para» inline\none\ntwo"


def test_html_declared_charset(tmp_path: Path) -> None:
    html = f'<html><head><meta charset="windows-1256"></head><body><p>{FA}</p></body></html>'
    p = tmp_path / "fa.html"
    p.write_bytes(html.encode("cp1256", errors="ignore"))
    [a] = run(p)
    assert isinstance(a, Article), a
    assert a.lang == "fa" and "تهران" in a.text


@pytest.mark.parametrize(
    "html",
    ["<html><body><script>only()</script></body></html>", "<html><body>   </body></html>"],
)
def test_html_without_text(tmp_path: Path, html: str) -> None:
    p = tmp_path / "empty.html"
    p.write_text(html, encoding="utf-8")
    err = only_error(run(p))
    assert "no text" in err.reason or "empty" in err.reason


# --- JSONL -------------------------------------------------------


def test_jsonl_records_and_bad_line_in_middle(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": EN, "lang": "en", "published": "2021-10-19",
                    "url": "https://x.example/a1", "title": "Pact"}),
        "{not json",
        "",
        json.dumps({"id": 7, "text": RU, "published": "2020-11"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": EN}),
        json.dumps({"id": "a3", "text": ""}),
        json.dumps({"id": "a4", "text": ID, "published": "19/10/2021"}),
        json.dumps({"id": "a5", "text": FA, "lang": "fa-IR",
                    "published": "2020-11-15T08:30:00Z"}),
        json.dumps({"id": "a1", "text": ID}),
        json.dumps({"id": True, "text": ID}),
        json.dumps({"id": "a6", "text": ID, "url": 5}),
    ]  # fmt: skip
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = run(p)
    got = [(a.id, a.lang, a.published, a.source) for a in articles(items)]
    assert got == [
        ("a1", "en", PartialDate(2021, 10, 19), f"{p}:1"),
        ("7", "ru", PartialDate(2020, 11), f"{p}:4"),
        ("a5", "fa", PartialDate(2020, 11, 15), f"{p}:9"),
    ]
    first = articles(items)[0]
    assert first.url == "https://x.example/a1" and first.title == "Pact"
    errs = {e.source.rsplit(":", 1)[1]: e.reason for e in errors(items)}
    assert sorted(errs, key=int) == ["2", "5", "6", "7", "8", "10", "11", "12"]
    assert errs["2"].startswith("invalid JSON")
    assert "JSON object" in errs["5"]
    assert "'id' is missing" in errs["6"]
    assert "empty text" in errs["7"]
    assert "'published' is not a date" in errs["8"]
    assert "duplicate article id 'a1'" in errs["10"] and f"{p}:1" in errs["10"]
    assert "'id'" in errs["11"]
    assert "'url' must be a string" in errs["12"]
    assert str(errors(items)[0]) == f"{p}:2: {errs['2']}"


def test_jsonl_explicit_lang_wins(tmp_path: Path) -> None:
    p = tmp_path / "b.ndjson"
    p.write_text(json.dumps({"id": "x", "text": EN, "lang": "fr"}) + "\n", encoding="utf-8")
    [a] = run(p)
    assert isinstance(a, Article) and a.lang == "fr"
    [b] = run(p, lang="id")
    assert isinstance(b, Article) and b.lang == "id"


def test_jsonl_invalid_utf8_line(tmp_path: Path) -> None:
    good = (json.dumps({"id": "1", "text": EN}) + "\n").encode()
    bad = b'{"id": "2", "text": "caf\xe9"}\n'
    p = tmp_path / "c.jsonl"
    p.write_bytes(good + bad + (json.dumps({"id": "3", "text": ID}) + "\n").encode())
    items = run(p)
    assert [a.id for a in articles(items)] == ["1", "3"]
    [err] = errors(items)
    assert err.source == f"{p}:2"
    offset = len(good) + bad.index(b"\xe9")
    assert f"byte 0xe9 at offset {offset}" in err.reason


def test_jsonl_limits_records_not_file(tmp_path: Path) -> None:
    p = tmp_path / "d.jsonl"
    big = json.dumps({"id": "big", "text": "a " * 600})
    p.write_text("\n".join([json.dumps({"id": "s", "text": EN}), big, "{}"]) + "\n", "utf-8")
    items = run(p, max_bytes=500)
    assert [a.id for a in articles(items)] == ["s"]
    assert "record too large" in errors(items)[0].reason
    assert errors(items)[0].source == f"{p}:2"


def test_jsonl_empty(tmp_path: Path) -> None:
    p = tmp_path / "e.jsonl"
    p.write_text("\n\n", encoding="utf-8")
    assert only_error(run(p)).reason == "empty file"


def test_duplicate_between_jsonl_and_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "a.txt", "text": EN}), "utf-8")
    items = run(tmp_path)
    assert [a.id for a in articles(items)] == ["a.txt"]
    assert "duplicate article id 'a.txt'" in errors(items)[0].reason


# --- stdin -------------------------------------------------------


def test_stdin_text() -> None:
    [a] = run("-", stdin=io.BytesIO(RU.encode()))
    assert isinstance(a, Article)
    assert (a.id, a.source, a.lang, a.text) == ("stdin", "<stdin>", "ru", RU)


def test_stdin_jsonl() -> None:
    data = "\n".join(
        [json.dumps({"id": "r1", "text": EN}), "", json.dumps({"id": "r2", "text": FA})]
    )
    items = run("-", stdin=io.BytesIO(data.encode()))
    assert [(a.id, a.source, a.lang) for a in articles(items)] == [
        ("r1", "<stdin>:1", "en"),
        ("r2", "<stdin>:3", "fa"),
    ]


def test_stdin_jsonl_with_bad_record() -> None:
    data = "\n".join([json.dumps({"id": "r1", "text": EN}), '{"id": "r2"}'])
    items = run("-", stdin=io.BytesIO(data.encode()))
    assert [a.id for a in articles(items)] == ["r1"]
    assert errors(items)[0].source == "<stdin>:2"


def test_stdin_html() -> None:
    page = PAGE.format(p1=EN).encode()
    [a] = run("-", stdin=io.BytesIO(page))
    assert isinstance(a, Article) and a.id == "stdin"
    assert EN in a.text and "SCRIPT_TEXT" not in a.text


def test_stdin_prose_with_braces_is_text() -> None:
    text = "{Breaking} The minister said talks went well.\nMore to come {update}"
    [a] = run("-", stdin=io.BytesIO(text.encode()))
    assert isinstance(a, Article) and a.text == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty input"), (b"  \n", "empty input"), (b"\x00\x01\x02abc", "binary file")],
)
def test_stdin_bad(data: bytes, reason: str) -> None:
    err = only_error(run("-", stdin=io.BytesIO(data)))
    assert err.source == "<stdin>" and err.reason.startswith(reason)


def test_stdin_too_large() -> None:
    err = only_error(run("-", stdin=io.BytesIO(b"a" * 101), max_bytes=100))
    assert "file too large" in err.reason and "0.0 MB limit" in err.reason


# --- language, dates, misc -------------------------------------------------------


def test_lang_argument_overrides(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(FA, encoding="utf-8")
    [a] = run(p, lang="ar")
    assert isinstance(a, Article) and a.lang == "ar"
    assert "وزير دفاع" in a.text  # Arabic letter forms for ar
    with pytest.raises(ValueError, match="unknown language"):
        run(p, lang="not a language!")


def test_languages_restrict_detection(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ID, encoding="utf-8")
    [a] = run(p, languages=["en", "fr"])
    assert isinstance(a, Article) and a.lang in {"en", "fr"}


def test_default_languages() -> None:
    langs = default_languages()
    assert langs and all(len(x) == 2 for x in langs)


def test_dates_module_used_when_present(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str]] = []

    def parse_publication_date(text: str, lang: str) -> PartialDate | None:
        calls.append((text, lang))
        return PartialDate(2020, 11, 15)

    fake = types.ModuleType("graph.dates")
    fake.parse_publication_date = parse_publication_date  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "graph.dates", fake)
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "m", "text": ID, "published": "2019"}), encoding="utf-8"
    )
    a, b = run(tmp_path)
    assert isinstance(a, Article) and a.published == PartialDate(2020, 11, 15)
    assert calls == [(EN, "en")]  # metadata wins: not asked for the JSONL record
    assert isinstance(b, Article) and b.published == PartialDate(2019)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021", PartialDate(2021)),
        ("2021-10", PartialDate(2021, 10)),
        ("2021-10-19", PartialDate(2021, 10, 19)),
        ("2021-10-19T23:30:00+03:30", PartialDate(2021, 10, 19)),
        ("2021-10-19 08:00", PartialDate(2021, 10, 19)),
        ("2021-10-19T08:00:00.123Z", PartialDate(2021, 10, 19)),
        ("2021-13", None),
        ("2021-02-30", None),
        ("19/10/2021", None),
        ("yesterday", None),
    ],
)
def test_parse_iso_date(value: str, expected: PartialDate | None) -> None:
    assert _parse_iso_date(value) == expected


def test_folder_given_with_trailing_slash(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    [a] = run(str(tmp_path) + os.sep)
    assert isinstance(a, Article) and a.id == "a.txt"
