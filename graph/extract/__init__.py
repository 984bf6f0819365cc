"""Extraction: one article in, an ``Extraction`` (officials, entities, events) out."""

from __future__ import annotations

from graph.extract.pipeline import get_pipeline
from graph.lexicon import available_languages
from graph.model import Article, Extraction

__all__ = ["UnsupportedLanguage", "extract", "get_pipeline"]


class UnsupportedLanguage(ValueError):
    """The article's language has no lexicon folder."""


def extract(article: Article) -> Extraction:
    """Run the language's pipeline over the article's text."""
    langs = available_languages()
    if article.lang not in langs:
        raise UnsupportedLanguage(
            f"language {article.lang!r} is not supported (have: {', '.join(langs)}); "
            f"pass --lang or add graph/lexicons/{article.lang}/"
        )
    nlp = get_pipeline(article.lang)
    doc = nlp.make_doc(article.text)
    doc.user_data["ng_article"] = article
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    result = doc.user_data["ng_extraction"]
    assert isinstance(result, Extraction)
    return result
