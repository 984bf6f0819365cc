"""Extraction in parallel: worker processes (``--jobs N``) or a Dask cluster (``--dask``).

Extraction is the only per-article stage (resolution, RDF building and validation need
all articles), so it is the one spread out.  Every backend returns the same thing as the
serial loop in ``graph.api.extract_articles``: one outcome per article, in input order,
a failing article turned into a ``ReadError`` without losing the others.  Articles and
extractions travel as plain dataclasses (pickled); each worker process builds its spaCy
pipelines and loads its lexicons once, on its first article, and keeps them.

    >>> from graph.parallel import extract_parallel        # doctest: +SKIP
    >>> outcomes = extract_parallel(articles, jobs=4)       # doctest: +SKIP
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from graph.model import Article, Extraction, ReadError

__all__ = [
    "DaskError",
    "Outcome",
    "extract_dask",
    "extract_one",
    "extract_parallel",
    "resolve_jobs",
]

#: What extracting one article gives: its facts, or why it failed.
Outcome = Extraction | ReadError

ProgressFn = Callable[[int, int | None, str], None]

# articles sent to a worker at a time: large enough to amortise the pickling round trip,
# small enough to keep every worker busy to the end and memory flat
_CHUNK = 16


class DaskError(RuntimeError):
    """Dask is not installed or its scheduler cannot be reached; one-line message."""


def extract_one(article: Article, spacy_model: str | None = None) -> Outcome:
    """Extract one article; any failure becomes a ``ReadError`` naming the article."""
    from graph.extract import extract

    try:
        return extract(article, spacy_model=spacy_model)
    except ValueError as exc:  # unsupported language, malformed lexicon
        return ReadError(article.source or article.id, str(exc))
    except Exception as exc:  # a bug must not lose the other articles' results
        return ReadError(
            article.source or article.id,
            f"extraction failed ({type(exc).__name__}: {exc}); please report this",
        )


def _extract_chunk(articles: list[Article], spacy_model: str | None) -> list[Outcome]:
    return [extract_one(a, spacy_model) for a in articles]


def resolve_jobs(jobs: int) -> int:
    """``jobs`` as a process count: 0 or less means one per CPU core."""
    if jobs > 0:
        return jobs
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)


def _chunks(items: Sequence[Article], size: int) -> Iterator[list[Article]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


def _context() -> multiprocessing.context.BaseContext:
    # fork shares the already imported modules (and loaded lexicons) with the workers;
    # elsewhere (macOS, Windows) the default start method is used
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def extract_parallel(
    articles: Sequence[Article],
    jobs: int,
    *,
    spacy_model: str | None = None,
    progress: ProgressFn | None = None,
) -> list[Outcome]:
    """Extract ``articles`` in ``jobs`` worker processes; outcomes in input order.

    ``jobs`` 1 (or a single article) runs in this process.  Raises ValueError for a
    negative ``jobs``."""
    if jobs < 0:
        raise ValueError(f"--jobs {jobs}: give a number of processes, 1 or more (0: one per core)")
    jobs = resolve_jobs(jobs)
    total = len(articles)
    if jobs == 1 or total <= 1:
        out: list[Outcome] = []
        for n, a in enumerate(articles, 1):
            out.append(extract_one(a, spacy_model))
            if progress is not None:
                progress(n, total, a.id)
        return out
    # the first article of each language is extracted here: that builds the pipelines and
    # loads the lexicons before the workers are forked, so they start warm
    warm: dict[int, Outcome] = {}
    seen: set[str] = set()
    for i, a in enumerate(articles):
        if a.lang not in seen:
            seen.add(a.lang)
            warm[i] = extract_one(a, spacy_model)
    rest = [a for i, a in enumerate(articles) if i not in warm]
    size = max(1, min(_CHUNK, -(-len(rest) // (jobs * 4))))
    done: list[Outcome] = []
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
        chunks = list(_chunks(rest, size))
        for chunk in pool.map(_extract_chunk, chunks, [spacy_model] * len(chunks)):
            done.extend(chunk)  # map yields in submission order
            if progress is not None:
                progress(len(done) + len(warm), total, rest[len(done) - 1].id if done else "")
    it = iter(done)
    return [warm[i] if i in warm else next(it) for i in range(total)]


def _dask_client(address: str, timeout: float) -> Any:
    try:
        from distributed import Client
    except ImportError as exc:
        raise DaskError(
            "--dask needs dask.distributed: pip install 'newsgraph[dask]' "
            "(or pip install 'dask[distributed]')"
        ) from exc
    try:
        return Client(address, timeout=f"{timeout}s", set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise DaskError(
            f"cannot reach the Dask scheduler at {address} ({type(exc).__name__}: "
            f"{' '.join(str(exc).split())[:200]}); start it (dask scheduler) or check the address"
        ) from exc
    except ValueError as exc:
        raise DaskError(f"--dask {address}: not a scheduler address ({exc}); "
                        "use tcp://HOST:PORT") from exc


def extract_dask(
    articles: Sequence[Article],
    address: str | Any,
    *,
    spacy_model: str | None = None,
    progress: ProgressFn | None = None,
    timeout: float = 10.0,
) -> list[Outcome]:
    """Extract ``articles`` on the Dask cluster whose scheduler is at ``address`` (or with
    a ``distributed.Client`` given as ``address``); outcomes in input order.

    The workers need newsgraph installed (same version).  Raises DaskError (one line)
    when dask is missing or the scheduler cannot be reached within ``timeout`` seconds."""
    own = isinstance(address, str)
    client = _dask_client(address, timeout) if own else address
    try:
        total = len(articles)
        chunks = list(_chunks(articles, _CHUNK))
        futures = client.map(
            _extract_chunk, chunks, [spacy_model] * len(chunks), pure=False
        )
        out: list[Outcome] = []
        for chunk, future in zip(chunks, futures, strict=True):
            try:
                out.extend(future.result())
            except Exception as exc:  # a lost worker or an unpicklable result
                reason = f"extraction on the Dask cluster failed ({type(exc).__name__}: {exc})"
                out.extend(ReadError(a.source or a.id, reason) for a in chunk)
            if progress is not None and out:
                progress(len(out), total, articles[len(out) - 1].id)
        return out
    finally:
        if own:
            client.close()
