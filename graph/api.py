"""The library entry points: inputs → extractions → resolved, validated ``rdflib.Dataset``."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from rdflib import Dataset, URIRef
from rdflib.namespace import OWL

from graph.extract import extract, load_model
from graph.io import default_graph
from graph.model import Article, Extraction, ReadError
from graph.rdf import person_iris, to_dataset
from graph.read import date_from_batch, read_inputs
from graph.resolve import resolve

if TYPE_CHECKING:
    from graph.wikidata import LinkReport, WikidataConfig

ProgressFn = Callable[[int, int | None, str], None]


@dataclass
class BuildResult:
    """Everything a build produced: the dataset, per-article facts and what was skipped."""

    dataset: Dataset
    extractions: list[Extraction] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    seconds: float = 0.0
    links: LinkReport | None = None  # what online Wikidata linking did (None: offline)


def extract_articles(
    articles: Sequence[Article | ReadError],
    progress: ProgressFn | None = None,
    *,
    spacy_model: str | None = None,
    jobs: int = 1,
    dask: str | None = None,
) -> tuple[list[Extraction], list[ReadError]]:
    """Extract every article; a failing article becomes an error, the others go on.

    ``jobs``: worker processes (1: in this process; 0: one per core); ``dask``: the
    address of a Dask scheduler (``tcp://host:8786``) to extract on instead.  The result
    is the same whichever runs it (graph/parallel.py)."""
    if jobs != 1 or dask:
        return _extract_elsewhere(articles, progress, spacy_model, jobs, dask)
    extractions: list[Extraction] = []
    errors: list[ReadError] = []
    total = len(articles)
    for n, item in enumerate(articles, 1):
        if isinstance(item, ReadError):
            errors.append(item)
            continue
        try:
            extractions.append(extract(item, spacy_model=spacy_model))
        except ValueError as exc:  # unsupported language, malformed lexicon
            errors.append(ReadError(item.source or item.id, str(exc)))
        except Exception as exc:  # a bug must not lose the other articles' results
            errors.append(
                ReadError(
                    item.source or item.id,
                    f"extraction failed ({type(exc).__name__}: {exc}); please report this",
                )
            )
        if progress is not None:
            progress(n, total, item.id if isinstance(item, Article) else "")
    return extractions, errors


def _extract_elsewhere(
    items: Sequence[Article | ReadError],
    progress: ProgressFn | None,
    spacy_model: str | None,
    jobs: int,
    dask: str | None,
) -> tuple[list[Extraction], list[ReadError]]:
    from graph.parallel import extract_dask, extract_parallel

    articles = [a for a in items if isinstance(a, Article)]
    if dask:
        outcomes = extract_dask(articles, dask, spacy_model=spacy_model, progress=progress)
    else:
        outcomes = extract_parallel(articles, jobs, spacy_model=spacy_model, progress=progress)
    by_id = dict(zip((id(a) for a in articles), outcomes, strict=True))
    extractions: list[Extraction] = []
    errors: list[ReadError] = []
    for item in items:  # input order, read errors where they were
        outcome = item if isinstance(item, ReadError) else by_id[id(item)]
        if isinstance(outcome, ReadError):
            errors.append(outcome)
        else:
            extractions.append(outcome)
    return extractions, errors


def run_build(
    inputs: Sequence[str | os.PathLike[str]],
    *,
    lang: str | None = None,
    base: str | None = None,
    max_bytes: int = 5_000_000,
    stdin: BinaryIO | None = None,
    progress: ProgressFn | None = None,
    spacy_model: str | None = None,
    wikidata: WikidataConfig | None = None,
    jobs: int = 1,
    dask: str | None = None,
) -> BuildResult:
    """Read, extract, resolve and build; see ``build`` for the dataset alone.

    ``wikidata``: link persons, organisations and places online (graph/wikidata.py);
    None (the default) keeps the offline links only (countries, capitals).
    ``jobs``/``dask``: extract in worker processes or on a Dask cluster (the dataset is
    the same as a one-process build).
    """
    t0 = time.perf_counter()
    if spacy_model:
        load_model(spacy_model)  # fail once, before reading, when it is not installed
    items = date_from_batch(read_inputs(inputs, stdin=stdin, lang=lang, max_bytes=max_bytes))
    extractions, errors = extract_articles(
        items, progress, spacy_model=spacy_model, jobs=jobs, dask=dask
    )
    links: list[LinkReport] = []
    link = None
    if wikidata is not None and extractions:
        from graph.wikidata import link_dataset

        def link(ds: Dataset) -> None:
            links.append(link_dataset(ds, wikidata))

    ds = merged_dataset(extractions, base=base, link=link)
    return BuildResult(
        ds, extractions, errors, time.perf_counter() - t0, links[-1] if links else None
    )


def merged_dataset(
    extractions: list[Extraction],
    *,
    base: str | None = None,
    link: Callable[[Dataset], object] | None = None,
) -> Dataset:
    """Resolve and build the dataset of ``extractions``; ``link`` (Wikidata linking) is
    applied to it, and persons it links to one item are merged and the result linked
    again (answers come from the cache)."""
    res = resolve(extractions)
    ds = to_dataset(extractions, res, base=base)
    if link is not None:
        link(ds)
        same = same_wikidata_persons(ds, person_iris(extractions, res, base))
        if same:
            res = resolve(extractions, same_people=same)
            ds = to_dataset(extractions, res, base=base)
            link(ds)
    return ds


def same_wikidata_persons(ds: Dataset, gid_of: dict[URIRef, str]) -> list[set[str]]:
    """Groups of global person ids whose nodes are linked to one Wikidata item."""
    by_item: dict[URIRef, set[str]] = {}
    for node, gid in gid_of.items():
        for item in default_graph(ds).objects(node, OWL.sameAs):
            if isinstance(item, URIRef):
                by_item.setdefault(item, set()).add(gid)
    return [gids for _, gids in sorted(by_item.items()) if len(gids) > 1]


def build(
    inputs: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    lang: str | None = None,
    base: str | None = None,
    wikidata: WikidataConfig | None = None,
    jobs: int = 1,
) -> Dataset:
    """Build the knowledge graph of files, folders or JSONL records.

    >>> from graph import build
    >>> ds = build("seeds")                       # doctest: +SKIP
    >>> len(ds) > 0                                # doctest: +SKIP
    True

    The default graph holds the merged nodes; each article has a named graph (its IRI).
    Inputs that cannot be read are skipped with a warning on stderr; use ``run_build``
    to get them as ``ReadError``s.
    Offline by default; ``wikidata=graph.wikidata.WikidataConfig()`` also links persons,
    organisations and places to Wikidata online.
    """
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    result = run_build(inputs, lang=lang, base=base, wikidata=wikidata, jobs=jobs)
    for err in result.errors:
        print(f"newsgraph: skipped {err}", file=sys.stderr)
    return result.dataset
