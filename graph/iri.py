"""Safe, stable, readable IRIs: ``<base><kind>/<slug>-<hash>``.

The slug is an ASCII transliteration of the label (anyascii), lower-case letters, digits
and hyphens only, so no quote, angle bracket, space or control character can reach an IRI
whatever the input; the hash (SHA-1 of the full key) keeps two different keys apart even
when their slugs are equal.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from anyascii import anyascii
from rdflib import URIRef

from graph.vocab import ID

_NON_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 48


def slug(text: str, max_len: int = MAX_SLUG) -> str:
    """``"Mohammad Baqeri"`` → ``"mohammad-baqeri"``; ``"محمد باقری"`` → ``"mhmd-bqry"``."""
    ascii_text = anyascii(unicodedata.normalize("NFC", text)).lower()
    s = _NON_SLUG.sub("-", ascii_text).strip("-")
    if len(s) > max_len:
        s = s[:max_len].rstrip("-")
    return s or "x"


def short_hash(key: str, n: int = 8) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:n]


def mint(kind: str, label: str, key: str | None = None, base: str | None = None) -> URIRef:
    """An instance IRI of ``kind`` (``person``, ``meeting``…) for ``label``, hashed by ``key``."""
    if not re.fullmatch(r"[a-z]+", kind):
        raise ValueError(f"IRI kind must be lower-case letters, got {kind!r}")
    local = f"{kind}/{slug(label)}-{short_hash(key if key is not None else label)}"
    return URIRef((base or str(ID)) + local)


def country_iri(code: str, base: str | None = None) -> URIRef:
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise ValueError(f"not an ISO 3166-1 alpha-2 code: {code!r}")
    return URIRef((base or str(ID)) + f"country/{code}")


def evidence_iri(article: URIRef, start: int, end: int) -> URIRef:
    """RFC 5147 fragment of the article: ``…#char=start,end``."""
    return URIRef(f"{article}#char={int(start)},{int(end)}")
