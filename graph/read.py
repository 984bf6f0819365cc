"""Inputs → `Article`s: text, HTML and JSONL files, folders of them, and stdin.

`read_inputs` never raises for a bad input: it yields a `ReadError` naming the input
and what to do, and goes on with the others.
"""

from __future__ import annotations

import bisect
import codecs
import datetime as _dt
import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from graph.dates import yearless_dateline
from graph.model import Article, PartialDate, ReadError
from graph.normalize import detect_language, normalize_text

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
DEFAULT_LANGUAGES = frozenset({"en", "id", "fa", "ar", "ru", "fr"})
STDIN_SOURCE = "<stdin>"

_SUPPORTED_LIST = ", ".join(SUPPORTED_SUFFIXES)
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP (e.g. .docx, .xlsx, .zip)"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\x1f\x8b", "GZIP"),
    (b"BZh", "BZIP2"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"\xfd7zXZ\x00", "XZ"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc, .xls)"),
    (b"\x7fELF", "an executable"),
    (b"{\\rtf", "RTF"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 before UTF-16: FF FE 00 00 starts both
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ICONV_HINT = (
    "convert it to UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8` "
    "(WINDOWS-1256 for Arabic/Persian, WINDOWS-1251 for Russian)"
)
_HTML_SNIFF = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(rb"</(p|div|body|html|article|span|a|h[1-6])\s*>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_ISO_DATE = re.compile(
    r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)
_LANG_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


@dataclass
class _Run:
    """State shared by one `read_inputs` call."""

    lang: str | None
    max_bytes: int
    languages: frozenset[str]
    seen: dict[str, tuple[str, str | None]]  # id → (source, sha256 of a file, None for records)


# --- public API -------------------------------------------------------


def default_languages() -> frozenset[str]:
    """Languages with a lexicon folder (``graph/lexicons/<lang>/language.json``), or the six
    project languages when no lexicon exists yet."""
    from graph.resources import lexicon_languages

    return frozenset(lexicon_languages()) or DEFAULT_LANGUAGES


def read_inputs(
    inputs: Sequence[str | os.PathLike[str]],
    *,
    stdin: BinaryIO | None = None,
    lang: str | None = None,
    max_bytes: int = 5_000_000,
    languages: Collection[str] | None = None,
) -> Iterator[Article | ReadError]:
    """Yield an `Article` for each readable input and a `ReadError` for each bad one.

    Each input is a file (.txt/.text, .html/.htm, .jsonl/.ndjson), a folder (searched
    recursively in sorted order, hidden entries and other suffixes skipped) or ``"-"``
    for ``stdin`` (default ``sys.stdin.buffer``; JSONL, HTML or text, sniffed).
    ``lang`` overrides every record's language; otherwise a record's ``lang`` field,
    else detection among ``languages`` (default: the languages with a lexicon).
    Raises ``ValueError`` at once for a malformed ``lang`` or ``max_bytes``.
    """
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    forced = None
    if lang is not None:
        forced = _lang_code(lang)
        if forced is None:
            raise ValueError(f"unknown language {lang!r}; use an ISO 639-1 code such as en, fa")
    cands = frozenset(c for c in (_lang_code(x) for x in (languages or default_languages())) if c)
    run = _Run(lang=forced, max_bytes=max_bytes, languages=cands, seen={})
    return _read_all(list(inputs), stdin, run)


def date_from_batch(inputs: Iterable[Article | ReadError]) -> list[Article | ReadError]:
    """The items, an undated article whose date line gives a day without its year ("Accra,
    July 9, GNA –") dated by that day in the year that brings it nearest a dated report of
    the batch, when one is within a month of it (reports of the same days are read
    together; agencies drop the year from their date lines). Left undated when no year,
    or two years, come as near."""
    items = list(inputs)
    dated = sorted(
        _dt.date(it.published.year, it.published.month, it.published.day)
        for it in items
        if isinstance(it, Article)
        and it.published is not None
        and it.published.month is not None
        and it.published.day is not None
        and it.published.calendar == "gregorian"
    )
    if not dated:
        return items
    years = sorted({d.year + k for d in dated for k in (-1, 0, 1)})
    out: list[Article | ReadError] = []
    for it in items:
        if isinstance(it, Article) and it.published is None:
            day = yearless_dateline(it.text, it.lang)
            year = _nearest_year(day, years, dated) if day is not None else None
            if day is not None and year is not None:
                it = replace(it, published=PartialDate(year, day[0], day[1]))
        out.append(it)
    return out


def _nearest_year(day: tuple[int, int], years: list[int], dated: list[_dt.date]) -> int | None:
    """The one year of ``years`` that puts (month, day) within 31 days of a date of the
    sorted ``dated``, nearer than any other year does."""
    best: list[tuple[int, int]] = []
    for year in years:
        try:
            d = _dt.date(year, *day)
        except ValueError:
            continue  # (29 February)
        i = bisect.bisect_left(dated, d)
        gap = min(abs((dated[k] - d).days) for k in (i - 1, i) if 0 <= k < len(dated))
        if gap <= 31:
            best.append((gap, year))
    best.sort()
    if not best or (len(best) > 1 and best[0][0] == best[1][0]):
        return None
    return best[0][1]


# --- dispatch -------------------------------------------------------


def _read_all(
    inputs: list[str | os.PathLike[str]], stdin: BinaryIO | None, run: _Run
) -> Iterator[Article | ReadError]:
    for item in inputs:
        if isinstance(item, str) and item == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, run)
        elif not os.fspath(item):
            yield ReadError("''", "empty path; give a file, a folder or '-' for standard input")
        else:
            yield from _read_path(Path(item), str(item), run)


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied; check the file's permissions"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return f"cannot read: {exc.strerror or exc}"


def _read_path(path: Path, source: str, run: _Run) -> Iterator[Article | ReadError]:
    try:
        st = path.stat()
    except OSError as exc:
        yield ReadError(source, _os_reason(exc))
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _read_folder(path, source, run)
        return
    if not stat.S_ISREG(st.st_mode):
        yield ReadError(source, "not a regular file or folder; give a file, a folder or '-'")
        return
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        what = f"'{path.suffix}'" if path.suffix else "(no extension)"
        yield ReadError(source, f"unsupported file type {what}; supported: {_SUPPORTED_LIST}")
        return
    if _bad_name(path.name):
        yield ReadError(source, "file name is not valid UTF-8; rename the file")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, source, run)
        return
    if st.st_size > run.max_bytes:
        yield ReadError(source, _too_large(st.st_size, run.max_bytes))
        return
    try:
        with path.open("rb") as fh:
            data = fh.read(run.max_bytes + 1)
    except OSError as exc:
        yield ReadError(source, _os_reason(exc))
        return
    if len(data) > run.max_bytes:  # grew since stat
        yield ReadError(source, _too_large(len(data), run.max_bytes))
        return
    kind = "html" if suffix in HTML_SUFFIXES else "text"
    yield from _emit_document(data, kind, path.name, source, run, digest=_sha(data))


def _read_folder(folder: Path, source: str, run: _Run) -> Iterator[Article | ReadError]:
    found = False
    for rel in _walk(folder, source):
        if isinstance(rel, ReadError):
            yield rel
            continue
        found = True
        yield from _read_path(folder / rel, os.path.join(source, rel), run)
    if not found:
        yield ReadError(source, f"folder has no input files ({_SUPPORTED_LIST})")


def _walk(folder: Path, source: str) -> Iterator[str | ReadError]:
    """Relative paths of supported, non-hidden files, depth-first in name order."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield ReadError(source, _os_reason(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = entry.is_file()
        except OSError:
            continue
        if is_dir:
            sub = os.path.join(source, entry.name)
            for rel in _walk(Path(entry.path), sub):
                yield rel if isinstance(rel, ReadError) else os.path.join(entry.name, rel)
        elif is_file and os.path.splitext(entry.name)[1].lower() in SUPPORTED_SUFFIXES:
            yield entry.name


def _read_stdin(stream: BinaryIO, run: _Run) -> Iterator[Article | ReadError]:
    try:
        data = stream.read(run.max_bytes + 1)
    except (OSError, ValueError) as exc:
        yield ReadError(STDIN_SOURCE, f"cannot read standard input: {exc}")
        return
    if len(data) > run.max_bytes:
        yield ReadError(STDIN_SOURCE, _too_large(None, run.max_bytes))
        return
    if not data.strip():
        yield ReadError(STDIN_SOURCE, "empty input")
        return
    if _looks_like_jsonl(data):
        yield from _read_jsonl_lines(data.splitlines(keepends=True), STDIN_SOURCE, run)
        return
    kind = "html" if _looks_like_html(data) else "text"
    yield from _emit_document(data, kind, "stdin", STDIN_SOURCE, run, digest=None)


# --- text and HTML documents -------------------------------------------------------


def _emit_document(
    data: bytes, kind: str, article_id: str, source: str, run: _Run, *, digest: str | None
) -> Iterator[Article | ReadError]:
    decoded = _decode(data, html=kind == "html")
    if isinstance(decoded, str) and kind == "html":
        extracted: tuple[str, str | None, str | None, str | None] | str = _html_text(decoded)
    elif isinstance(decoded, str):
        extracted = (decoded, None, None, None)
    else:
        extracted = decoded.reason
    if isinstance(extracted, str):
        yield ReadError(source, extracted)
        return
    text, title, date, url = extracted
    published = _parse_iso_date(date) if date else None
    article = _make_article(
        article_id, text, source, run, lang=None, published=published, url=url, title=title
    )
    yield from _unique(article, article_id, source, digest, run)


@dataclass(frozen=True)
class _Bad:
    reason: str


def _decode(data: bytes, *, html: bool = False) -> str | _Bad:
    """Bytes → str, or why not (empty, binary, not UTF-8)."""
    if not data.strip():
        return _Bad("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                return _Bad(f"not valid {encoding.upper()} (at offset {exc.start + len(bom)})")
            return _check_text(text)
    for magic, name in _BINARY_MAGIC:
        if data.startswith(magic):
            return _Bad(f"binary file (looks like {name}), not text; extract its text first")
    if b"\x00" in data:
        return _Bad("binary file (contains NUL bytes), not text; extract its text first")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        declared = _declared_charset(data) if html else None
        if declared:
            try:
                return _check_text(data.decode(declared))
            except UnicodeDecodeError:
                pass
        return _Bad(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); " + _ICONV_HINT
        )
    return _check_text(text)


def _check_text(text: str) -> str | _Bad:
    if not text.strip(" \t\r\n\f\v\u00a0\u200b\u200c\u200d\u200e\u200f\ufeff\u3000"):
        return _Bad("empty file")
    controls = sum(1 for ch in text if (ch < " " and ch not in "\t\n\r\f\v") or ch == "\x7f")
    if controls > max(8, len(text) // 10):
        return _Bad("binary file (mostly control characters), not text")
    return text


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _html_text(html: str) -> tuple[str, str | None, str | None, str | None] | str:
    """(text, title, date, url) of the page's main text, or why there is none."""
    text = title = date = url = None
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            # metadata only: no guessing from "© 2021" (→ 2021-01-01); text dates are
            # left to graph.dates
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura chokes on some malformed pages: use the fallback
        doc = None
    if doc is not None:
        text = (getattr(doc, "text", None) or "").strip() or None
        title = (getattr(doc, "title", None) or "").strip() or None
        date = getattr(doc, "date", None) or None
        url = getattr(doc, "url", None) or None
    if not text:
        fallback_text, fallback_title = _lxml_text(html)
        text = fallback_text
        title = title or fallback_title
    if not text:
        return "no text found in the HTML page"
    if title and not _starts_with_title(text, title):
        text = f"{title}\n\n{text}"
    return text, title, date, url


def _starts_with_title(text: str, title: str) -> bool:
    head = " ".join(text[: len(title) * 3 + 200].split()).casefold()
    return " ".join(title.split()).casefold() in head


_BLOCK_TAGS = frozenset(
    ("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
     "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
     "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr",
     "ul")
)  # fmt: skip
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object")


def _lxml_text(html: str) -> tuple[str, str | None]:
    """Plain text of a page with lxml: no script/style, block elements on their own lines."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return "", None
    title_el = root.find(".//title")
    title = " ".join(title_el.text_content().split()) if title_el is not None else None
    lxml.etree.strip_elements(root, *_DROP_TAGS, lxml.etree.Comment, with_tail=False)
    parts: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag.lower() in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    return text, title or None


# --- JSONL -------------------------------------------------------


def _read_jsonl_file(path: Path, source: str, run: _Run) -> Iterator[Article | ReadError]:
    """Stream a JSONL file line by line; ``max_bytes`` limits each record, not the file."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield ReadError(source, _os_reason(exc))
        return
    with fh:
        lines = _bounded_lines(fh, run.max_bytes)
        yield from _read_jsonl_lines(lines, source, run, empty_ok=False)


def _bounded_lines(fh: BinaryIO, limit: int) -> Iterator[bytes | int]:
    """Lines of ``fh``; an over-long line is skipped and given as its length (int)."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while True:  # skip the rest of the line without holding it
                chunk = fh.readline(1 << 20)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield size
        else:
            yield line


def _read_jsonl_lines(
    lines: Any, source: str, run: _Run, *, empty_ok: bool = False
) -> Iterator[Article | ReadError]:
    offset = 0
    records = 0
    for lineno, line in enumerate(lines, start=1):
        where = f"{source}:{lineno}"
        if isinstance(line, int):
            offset += line
            records += 1
            yield ReadError(where, _too_large(line, run.max_bytes).replace("file", "record", 1))
            continue
        start, offset = offset, offset + len(line)
        if lineno == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
            start += len(codecs.BOM_UTF8)
        if not line.strip():
            continue
        records += 1
        try:
            raw = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield ReadError(
                where,
                f"not valid UTF-8 (byte 0x{line[exc.start]:02x} at offset {start + exc.start}); "
                + _ICONV_HINT,
            )
            continue
        yield from _jsonl_record(raw, where, run)
    if records == 0 and not empty_ok:
        yield ReadError(source, "empty file")


def _jsonl_record(raw: str, where: str, run: _Run) -> Iterator[Article | ReadError]:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        yield ReadError(where, f"invalid JSON: {exc.msg} (column {exc.colno})")
        return
    except RecursionError:
        yield ReadError(where, "invalid JSON: nested too deeply")
        return
    if not isinstance(obj, dict):
        yield ReadError(where, f"expected a JSON object, got {_json_type(obj)}")
        return
    rid = obj.get("id")
    if isinstance(rid, bool) or not isinstance(rid, str | int | float):
        what = "missing" if rid is None else f"a {_json_type(rid)}"
        yield ReadError(where, f"field 'id' is {what}; give each record a string or number id")
        return
    if isinstance(rid, float):
        rid = str(int(rid)) if rid.is_integer() else repr(rid)
    rid = str(rid).strip()
    if not rid or _bad_name(rid):
        yield ReadError(where, "field 'id' is empty; give each record a non-empty id")
        return
    text = obj.get("text")
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {_json_type(text)}, not a string"
        yield ReadError(where, f"field 'text' is {what}; put the article text in 'text'")
        return
    fields: dict[str, str | None] = {}
    for name in ("lang", "url", "title", "published"):
        value = obj.get(name)
        if name == "published" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if value is not None and not isinstance(value, str):
            yield ReadError(where, f"field {name!r} must be a string, got {_json_type(value)}")
            return
        fields[name] = value.strip() if value and value.strip() else None
    published = None
    if fields["published"]:
        published = _parse_iso_date(fields["published"])
        if published is None:
            yield ReadError(
                where,
                f"field 'published' is not a date ({fields['published']!r}); "
                "use YYYY, YYYY-MM, YYYY-MM-DD or an ISO datetime",
            )
            return
    record_lang = None
    if fields["lang"]:
        record_lang = _lang_code(fields["lang"])
        if record_lang is None:
            yield ReadError(
                where,
                f"field 'lang' is not a language code ({fields['lang']!r}); "
                "use an ISO 639-1 code such as en, fa",
            )
            return
    if not text.strip():
        yield ReadError(where, "empty text")
        return
    article = _make_article(
        rid,
        text,
        where,
        run,
        lang=record_lang,
        published=published,
        url=fields["url"],
        title=fields["title"],
    )
    yield from _unique(article, rid, where, None, run)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    return {dict: "object", list: "array", str: "string", int: "number", float: "number"}.get(
        type(value), type(value).__name__
    )


# --- shared helpers -------------------------------------------------------


def _make_article(
    article_id: str,
    raw_text: str,
    source: str,
    run: _Run,
    *,
    lang: str | None,
    published: PartialDate | None,
    url: str | None,
    title: str | None,
) -> Article | ReadError:
    text = normalize_text(raw_text).strip()
    if not any(ch.isalpha() for ch in text):
        return ReadError(source, "no text (no letters at all)")
    chosen = run.lang or lang or detect_language(text, run.languages)
    text = normalize_text(text, chosen)
    if title:
        title = " ".join(normalize_text(title, chosen).split()) or None
    if published is None:
        published = _date_from_text(text, chosen)
    return Article(
        id=article_id,
        text=text,
        lang=chosen,
        published=published,
        url=url,
        title=title,
        source=source,
    )


def _unique(
    article: Article | ReadError, article_id: str, source: str, digest: str | None, run: _Run
) -> Iterator[Article | ReadError]:
    """The article unless its id was seen: the same file again is skipped, another input
    with the same id is an error."""
    if isinstance(article, ReadError):
        yield article
        return
    dup = _check_duplicate(article_id, source, digest, run)
    if dup is not False:
        yield dup or article


def _check_duplicate(
    article_id: str, source: str, digest: str | None, run: _Run
) -> ReadError | bool | None:
    """None: new id (recorded).  False: the same file again (skip silently).
    A ReadError: another input has this id."""
    previous = run.seen.get(article_id)
    if previous is None:
        run.seen[article_id] = (source, digest)
        return None
    other, other_digest = previous
    if digest is not None and digest == other_digest:
        return False
    if digest is not None and other_digest is not None:
        hint = "rename one of the files"
    else:
        hint = "give each article a unique id"
    return ReadError(source, f"duplicate article id {article_id!r} (also in {other}); {hint}")


def _date_from_text(text: str, lang: str) -> PartialDate | None:
    try:
        from graph.dates import parse_publication_date
    except ImportError:  # graph/dates.py not written yet
        return None
    return parse_publication_date(text, lang)


def _parse_iso_date(value: str) -> PartialDate | None:
    """``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or an ISO datetime (its date as written)."""
    m = _ISO_DATE.match(value.strip())
    if not m:
        return None
    year, month, day = (int(g) if g else None for g in m.groups())
    assert year is not None
    try:
        if day is not None:
            _dt.date(year, month or 1, day)
        return PartialDate(year, month, day)
    except ValueError:
        return None


def _lang_code(value: str) -> str | None:
    """``"fa"``, ``"FA"``, ``"fa-IR"``, ``"fas"``, ``"Persian"`` → ``"fa"``; None if unknown."""
    value = value.strip()
    if _LANG_CODE.match(value):
        primary = re.split(r"[-_]", value)[0].lower()
        if len(primary) == 2:
            return primary
    try:
        import pycountry

        found = pycountry.languages.lookup(value.split("-")[0].split("_")[0])
    except (ImportError, LookupError):
        return None
    return getattr(found, "alpha_2", None) or getattr(found, "alpha_3", None)


def _looks_like_jsonl(data: bytes) -> bool:
    """Every non-empty line is ``{…}`` and the first one parses as a JSON object (a bad
    line further down is then reported as a bad record, not read as prose)."""
    lines = [ln.strip() for ln in data.removeprefix(codecs.BOM_UTF8).splitlines()]
    lines = [ln for ln in lines if ln]
    if not lines or not all(ln.startswith(b"{") and ln.endswith(b"}") for ln in lines):
        return False
    try:
        return isinstance(json.loads(lines[0]), dict)
    except (ValueError, RecursionError):
        return False


def _looks_like_html(data: bytes) -> bool:
    head = data[:4096].removeprefix(codecs.BOM_UTF8)
    return bool(_HTML_SNIFF.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


def _too_large(size: int | None, limit: int) -> str:
    have = f"{size / 1e6:.1f} MB > " if size is not None else "more than "
    return f"file too large ({have}{limit / 1e6:.1f} MB limit); split it or raise --max-size"


def _bad_name(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
