"""Extraction speed next to spaCy's blank tokenizer on the same texts (one core).

    python bench/extract_speed.py [INPUT ...] [--repeat N]

Reads the inputs (default: seeds/ and tests/data/dev/articles/ when present), then times,
in one run and on the same texts: spaCy's blank tokenizer alone, newsgraph's extraction
(pipeline + rules + dates), and the whole build (read, extract, resolve, RDF, SHACL).
Prints articles/s, words/s and the ratios to the tokenizer.  Pipelines are built and
warmed up before timing.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from graph import gazetteer
from graph.api import run_build
from graph.extract import extract, get_pipeline
from graph.model import Article
from graph.read import read_inputs
from graph.validate import validate

ROOT = Path(__file__).resolve().parent.parent


def _time(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    inputs = args.inputs or [
        str(p) for p in (ROOT / "seeds", ROOT / "tests/data/dev/articles") if p.exists()
    ]
    articles = [a for a in read_inputs(inputs) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in articles)
    # start-up, once a process: the languages' pipelines (lexicon matchers, tokenizer rules)
    # next to spaCy's blank ones, and the GeoNames cities (loaded at the first unknown town)
    langs = sorted({a.lang for a in articles})
    t0 = time.perf_counter()
    for lang in langs:
        get_pipeline(lang)
    t_pipes = time.perf_counter() - t0
    t0 = time.perf_counter()
    blanks = {lang: spacy.blank(get_pipeline(lang).lang) for lang in langs}
    t_blanks = time.perf_counter() - t0
    t0 = time.perf_counter()
    gazetteer.cities("latin")
    t_cities = time.perf_counter() - t0
    for a in articles:  # warm up: build pipelines, load lexicons and date tables
        extract(a)
        blanks[a.lang].make_doc(a.text)

    t_tok = _time(lambda: [blanks[a.lang].make_doc(a.text) for a in articles], args.repeat)
    t_ext = _time(lambda: [extract(a) for a in articles], args.repeat)
    t_build = _time(lambda: validate(run_build(inputs).dataset), max(1, args.repeat // 2))

    n = len(articles)
    print(f"{n} articles, {words} words, {len(blanks)} languages; best of {args.repeat} runs")
    print(f"{'stage':<32}{'seconds':>10}{'articles/s':>12}{'words/s':>12}{'x tokenizer':>13}")
    for name, t in (
        ("spaCy blank tokenizer", t_tok),
        ("newsgraph extraction", t_ext),
        ("newsgraph build (end to end)", t_build),
    ):
        print(f"{name:<32}{t:>10.3f}{n / t:>12.1f}{words / t:>12.0f}{t / t_tok:>13.1f}")
    print(
        f"start-up: {len(langs)} pipelines {t_pipes:.2f} s (spaCy's blank ones {t_blanks:.2f} s, "
        f"x{t_pipes / t_blanks:.1f}); GeoNames cities {t_cities:.2f} s"
    )


if __name__ == "__main__":
    main()
