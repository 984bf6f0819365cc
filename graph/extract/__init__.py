"""Extraction: one article in, an ``Extraction`` (officials, entities, events) out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import spacy
from spacy.language import Language

from graph.extract.pipeline import get_pipeline
from graph.lexicon import available_languages, load_lexicon
from graph.model import Article, Extraction
from graph.resources import lexicon_folder

__all__ = [
    "ModelNotFound",
    "UnsupportedLanguage",
    "extract",
    "get_pipeline",
    "load_model",
    "mask_links",
]

# entity labels of trained pipelines that name persons (OntoNotes, WikiNER, UD-based models)
PERSON_LABELS = frozenset({"PERSON", "PER"})


def mask_links(text: str, markers: Sequence[str]) -> str:
    """``text`` with its links to other stories blanked, offsets kept: a line opening with
    a marker ("Read also: Turkish exports hit record", "Baca juga: …") and, under a marker
    alone on its line ("Read more:"), the lines of its list up to a blank line (at most
    ten).  Their headlines tell of other events ("Turkmen president receives Iranian oil
    minister")."""
    if not markers:
        return text
    opener = _link_opener(tuple(markers))
    out = list(text)
    pos, listing = 0, 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        m = opener.match(body)
        if m is not None:
            listing = 0 if m.group("headline") and m.group("headline").strip() else 10
            out[pos : pos + len(body)] = " " * len(body)
        elif listing and body.strip():
            listing -= 1
            out[pos : pos + len(body)] = " " * len(body)
        else:
            listing = 0
        pos += len(line)
    return "".join(out)


@cache
def _link_opener(markers: tuple[str, ...]) -> re.Pattern[str]:
    """A line opening with one of ``markers``, then a colon or dash and a headline, or
    nothing more."""
    alts = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
    return re.compile(rf"\s*[-•*]?\s*(?:{alts})\s*(?:[:：\-–—](?P<headline>.*)|$)", re.I)


class ModelNotFound(ValueError):
    """``--spacy-model`` names a pipeline that is not installed."""


@cache
def load_model(name: str) -> Language:
    """An installed spaCy pipeline (package name or path), loaded once per process."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed; install it into this environment "
            f"(a package name or a folder made by nlp.to_disk) or leave out --spacy-model"
        ) from exc


class UnsupportedLanguage(ValueError):
    """The article's language has no lexicon folder."""


def extract(article: Article, *, spacy_model: str | None = None) -> Extraction:
    """Run the language's pipeline over the article's text.

    ``spacy_model``: an installed spaCy pipeline whose PERSON entities are added as name
    candidates (better name boundaries; persons taking part in a meeting even without a
    title).  The default needs no trained model.
    """
    if lexicon_folder(article.lang) is None:
        langs = available_languages()
        raise UnsupportedLanguage(
            f"language {article.lang!r} is not supported (have: {', '.join(langs)}); "
            f"pass --lang or add graph/lexicons/{article.lang}/"
        )
    nlp = get_pipeline(article.lang)
    doc = nlp.make_doc(mask_links(article.text, load_lexicon(article.lang).link_markers))
    doc.user_data["ng_article"] = article
    if spacy_model:
        model_doc = load_model(spacy_model)(article.text)
        doc.user_data["ng_person_spans"] = [
            (ent.start_char, ent.end_char) for ent in model_doc.ents if ent.label_ in PERSON_LABELS
        ]
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    result = doc.user_data["ng_extraction"]
    assert isinstance(result, Extraction)
    return result
