"""newsgraph benchmark: speed next to spaCy's blank tokenizer, growth, memory, query latency.

    python bench/run.py --n 1000 [--langs en,id,...] [--repeat 3] [--triples 1000000]
                        [--seed 7] [--query-repeat 20] [--rdflib-repeat 3] [--json FILE]
    python bench/run.py --n 20 --triples 50000          # a quick look, well under a minute

One process, pinned to one core where the OS allows it, on a synthetic corpus
(bench/corpus.py; deterministic from --seed), measuring in the same run:

* spaCy's blank tokenizer alone on the articles' texts (pipelines built and warmed first);
* newsgraph's extraction (``graph.extract.extract`` per article): articles/s and words/s;
* the end-to-end build, stage by stage (read, extract, resolve, RDF, SHACL, serialize to
  .trig), each stage calling the public function of its module;
* the ratios to the tokenizer, SHACL's share, the growth factor from N to 4N articles;
* peak memory (tracemalloc peak of one traced build, and the process's max RSS);
* the median latency of each competency query (bench/queries/*.rq) on a graph of about
  --triples triples (the N-article graph replicated with renamed nodes), in pyoxigraph
  (in memory and on disk) and in rdflib (loaded from the file, as ``newsgraph query`` does).

Timings are the best of --repeat runs; query latencies the median of --query-repeat runs.
No figure is asserted here: the issue's targets are printed next to the figures.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for _p in (str(ROOT), str(Path(__file__).resolve().parent)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

import corpus  # noqa: E402
import spacy  # noqa: E402
from rdflib import Graph, URIRef  # noqa: E402

from graph.api import extract_articles  # noqa: E402
from graph.extract import extract, get_pipeline  # noqa: E402
from graph.io import PREFIXES, default_graph, load_dataset, write_dataset  # noqa: E402
from graph.model import Article, ReadError  # noqa: E402
from graph.query import run_query  # noqa: E402
from graph.rdf import to_dataset  # noqa: E402
from graph.read import read_inputs  # noqa: E402
from graph.resolve import resolve  # noqa: E402
from graph.validate import validate  # noqa: E402

QUERY_DIR = Path(__file__).resolve().parent / "queries"
STAGES = ("read", "extract", "resolve", "rdf", "shacl", "serialize")
# the targets (issue 7), printed next to the figures
TARGET_RATIO, TARGET_GROWTH, TARGET_QUERY_MS = 3.0, 4.4, 50.0

Progress = Callable[[str], None]


def _quiet(_msg: str) -> None:
    pass


def _idlest_cpu(cpus: set[int], sample: float = 0.3) -> int:
    """The CPU among ``cpus`` that was busy least over ``sample`` seconds (/proc/stat)."""

    def busy() -> dict[int, tuple[int, int]]:
        out = {}
        with open("/proc/stat", encoding="ascii") as fh:
            for line in fh:
                name, *vals = line.split()
                if name.startswith("cpu") and name[3:].isdigit():
                    nums = [int(v) for v in vals]
                    idle = nums[3] + (nums[4] if len(nums) > 4 else 0)
                    out[int(name[3:])] = (sum(nums) - idle, sum(nums))
        return out

    try:
        a = busy()
        time.sleep(sample)
        b = busy()
    except OSError:
        return min(cpus)

    def load(c: int) -> float:
        if c not in a or c not in b or b[c][1] == a[c][1]:
            return 1.0
        return (b[c][0] - a[c][0]) / (b[c][1] - a[c][1])

    return min(sorted(cpus), key=load)


def pin_one_core() -> str:
    """Run this process on one CPU, the idlest one (Linux); returns what was done."""
    if hasattr(os, "sched_setaffinity"):
        try:
            cpu = _idlest_cpu(os.sched_getaffinity(0))
            os.sched_setaffinity(0, {cpu})
            return f"pinned to CPU {cpu} of {os.cpu_count()}"
        except OSError as exc:
            return f"not pinned ({exc})"
    return "not pinned (no sched_setaffinity on this OS)"


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = math.inf
    for _ in range(max(1, repeat)):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


# --------------------------------------------------------------------------- corpus


def read_articles(folder: Path) -> list[Article]:
    """The articles as the builder reads them (normalised text, detected language)."""
    items = list(read_inputs([folder]))
    errors = [i for i in items if isinstance(i, ReadError)]
    if errors:
        raise RuntimeError(f"the generated corpus has unreadable files, first: {errors[0]}")
    return [i for i in items if isinstance(i, Article)]


def word_count(articles: Sequence[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


# --------------------------------------------------------------------------- timings


def tokenizers(articles: Sequence[Article]) -> dict[str, Any]:
    """spaCy blank tokenizers, one per language, for the languages of ``articles``."""
    langs = sorted({a.lang for a in articles})
    return {lang: spacy.blank(get_pipeline(lang).lang).tokenizer for lang in langs}


def warm_up(articles: Sequence[Article], toks: dict[str, Any]) -> None:
    """Build pipelines, load lexicons, date tables and shapes before anything is timed."""
    seen: set[str] = set()
    for a in articles:
        if a.lang not in seen:
            seen.add(a.lang)
            toks[a.lang](a.text)
            extract(a)
    exs = [extract(a) for a in articles[:12]]
    validate(to_dataset(exs, resolve(exs)))


def time_tokenizer(articles: Sequence[Article], toks: dict[str, Any], repeat: int) -> float:
    """Best time of spaCy's blank tokenizer over all texts."""
    return _best(lambda: [toks[a.lang](a.text) for a in articles], repeat)


def time_extraction(articles: Sequence[Article], repeat: int) -> float:
    """Best time of ``graph.extract.extract`` over all articles."""
    return _best(lambda: [extract(a) for a in articles], repeat)


@dataclass
class BuildRun:
    """One end-to-end build, its stages' seconds and what it produced."""

    stages: dict[str, float]
    articles: int
    triples: int
    quads: int
    conforms: bool
    violations: int
    errors: int

    @property
    def total(self) -> float:
        return sum(self.stages.values())


def build_once(folder: Path, out: Path) -> BuildRun:
    """read → extract → resolve → RDF → SHACL → serialize (.trig), each stage timed."""
    stages: dict[str, float] = {}
    t = time.perf_counter()
    items = list(read_inputs([folder]))
    stages["read"] = time.perf_counter() - t
    t = time.perf_counter()
    extractions, errors = extract_articles(items)
    stages["extract"] = time.perf_counter() - t
    t = time.perf_counter()
    res = resolve(extractions)
    stages["resolve"] = time.perf_counter() - t
    t = time.perf_counter()
    ds = to_dataset(extractions, res)
    stages["rdf"] = time.perf_counter() - t
    t = time.perf_counter()
    report = validate(ds)
    stages["shacl"] = time.perf_counter() - t
    t = time.perf_counter()
    write_dataset(ds, out)
    stages["serialize"] = time.perf_counter() - t
    quads = sum(1 for _ in ds.quads((None, None, None, None)))
    return BuildRun(
        stages, len(extractions), len(default_graph(ds)), quads, report.conforms,
        len(report.violations), len(errors),
    )  # fmt: skip


def best_build(folder: Path, out: Path, repeat: int) -> BuildRun:
    """The fastest of ``repeat`` end-to-end builds."""
    best: BuildRun | None = None
    for _ in range(max(1, repeat)):
        gc.collect()
        run = build_once(folder, out)
        if best is None or run.total < best.total:
            best = run
    assert best is not None
    return best


def peak_memory(folder: Path, out: Path) -> dict[str, float]:
    """Peak Python allocations (tracemalloc) of one build, and the process's max RSS so far."""
    gc.collect()
    tracemalloc.start()
    try:
        build_once(folder, out)
        _cur, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return {"tracemalloc_peak_mb": peak / 2**20, "maxrss_mb": maxrss_mb()}


def maxrss_mb() -> float:
    """The process's peak resident set size in MiB (ru_maxrss: KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 2**10


# --------------------------------------------------------------------------- queries


def _shared(iri: str, base: str) -> bool:
    """Countries and places are one node however many articles name them."""
    rest = iri[len(base) :]
    return rest.startswith(("country/", "place/"))


def replicate(graph: Graph, target: int, out: Path, base: str = PREFIXES["id"]) -> int:
    """Write to ``out`` (N-Triples) about ``target`` triples: ``graph`` copied with its
    article, person, meeting, agreement, organisation and evidence nodes renamed per copy
    (countries and places stay shared, as in a real graph).  Returns the triple count."""
    triples = [(s, p, o) for s, p, o in graph]
    if not triples:
        raise ValueError("replicate: the graph is empty; build some articles first")
    copies = max(1, math.ceil(target / len(triples)))
    own = {
        t
        for trip in triples
        for t in (trip[0], trip[2])
        if isinstance(t, URIRef) and str(t).startswith(base) and not _shared(str(t), base)
    }
    n3 = {t: t.n3() for trip in triples for t in trip}

    def renamed(term: Any, i: int) -> str:
        if term not in own:
            return n3[term]
        iri = str(term)
        head, sep, frag = iri.partition("#")
        return f"<{head}-r{i}{sep}{frag}>"

    count = 0
    with out.open("w", encoding="utf-8") as fh:
        for i in range(copies):
            lines = []
            for s, p, o in triples:
                if i and s not in own and o not in own:
                    continue  # a shared node's own triples: once
                if i:
                    lines.append(f"{renamed(s, i)} {n3[p]} {renamed(o, i)} .\n")
                else:
                    lines.append(f"{n3[s]} {n3[p]} {n3[o]} .\n")
            fh.writelines(lines)
            count += len(lines)
            if count >= target:
                break
    return count


def load_queries(folder: Path = QUERY_DIR) -> dict[str, str]:
    """The competency queries: file stem → SPARQL text."""
    queries = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.rq"))}
    if not queries:
        raise FileNotFoundError(f"no .rq files in {folder}; the benchmark needs its queries")
    return queries


class _Timeout(Exception):
    pass


def _run_limited(fn: Callable[[], int], seconds: float) -> int | None:
    """``fn()``, or None when it takes longer than ``seconds`` (SIGALRM; no limit where
    there is none, or when ``seconds`` <= 0)."""
    import signal

    if seconds <= 0 or not hasattr(signal, "setitimer"):
        return fn()
    fired = False

    def on_alarm(_sig: int, _frame: object) -> None:
        nonlocal fired
        fired = True
        raise _Timeout

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn()
    except Exception:
        if fired:  # run_query wraps every exception in a QueryError
            return None
        raise
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _median_ms(
    fn: Callable[[], int], repeat: int, timeout: float
) -> tuple[float | None, int | None]:
    """Median milliseconds of ``repeat`` runs after a first, warming run that also counts
    the rows; (None, None) when the first run exceeds ``timeout`` seconds."""
    rows = _run_limited(fn, timeout)
    if rows is None:
        return None, None
    times = []
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), rows


def query_latency(
    path: Path,
    queries: dict[str, str],
    repeat: int,
    rdflib_repeat: int,
    workdir: Path,
    progress: Progress = _quiet,
    timeout: float = 10.0,
) -> dict[str, Any]:
    """Median ms and row count per query per backend, and each backend's load seconds.
    A query whose first run takes longer than ``timeout`` seconds is reported as None."""
    import pyoxigraph as ox

    out: dict[str, Any] = {"load_s": {}, "median_ms": {}, "rows": {}, "timeout_s": timeout}

    def ox_runner(store: ox.Store, text: str) -> Callable[[], int]:
        return lambda: sum(1 for _ in store.query(text))  # type: ignore[union-attr]

    backends: list[tuple[str, Callable[[], Any], Callable[[Any, str], Callable[[], int]], int]] = [
        ("oxigraph-memory", lambda: _ox_load(ox.Store(), path), ox_runner, repeat),
        ("oxigraph-disk", lambda: _ox_load(ox.Store(str(workdir / "ox")), path), ox_runner, repeat),
        ("rdflib-file", lambda: load_dataset(path), _rdflib_runner, rdflib_repeat),
    ]
    for name, load, runner, reps in backends:
        progress(f"queries: loading {path.name} into {name}")
        gc.collect()
        t0 = time.perf_counter()
        store = load()
        out["load_s"][name] = time.perf_counter() - t0
        for qname, text in queries.items():
            progress(f"queries: {name} {qname}")
            ms, rows = _median_ms(runner(store, text), reps, timeout)
            out["median_ms"].setdefault(qname, {})[name] = ms
            out["rows"].setdefault(qname, {})[name] = rows
        del store
    return out


def _ox_load(store: Any, path: Path) -> Any:
    import pyoxigraph as ox

    store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    return store


def _rdflib_runner(ds: Any, text: str) -> Callable[[], int]:
    return lambda: len(run_query(ds, text).bindings)


# --------------------------------------------------------------------------- the run


@dataclass
class Options:
    n: int = 1000
    langs: tuple[str, ...] = corpus.LANGS
    repeat: int = 3
    triples: int = 1_000_000
    seed: int = 7
    query_repeat: int = 20
    rdflib_repeat: int = 3
    query_timeout: float = 10.0
    growth: bool = True
    queries: bool = True
    pin: bool = True
    workdir: Path | None = None


def run(opts: Options, progress: Progress = _quiet) -> dict[str, Any]:
    """Run every measurement; returns the figures (also what --json writes)."""
    if opts.n < 1:
        raise ValueError(f"--n must be at least 1, got {opts.n}")
    res: dict[str, Any] = {
        "options": {
            "n": opts.n, "langs": list(opts.langs), "repeat": opts.repeat,
            "triples": opts.triples, "seed": opts.seed, "query_repeat": opts.query_repeat,
            "rdflib_repeat": opts.rdflib_repeat, "query_timeout": opts.query_timeout,
        },
        "machine": {
            "python": platform.python_version(), "platform": platform.platform(),
            "cpus": os.cpu_count(), "spacy": spacy.__version__,
            "cpu": pin_one_core() if opts.pin else "not pinned (--no-pin)",
        },
    }  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="ngbench-", dir=opts.workdir) as tmp:
        work = Path(tmp)
        sizes = [opts.n, 4 * opts.n] if opts.growth else [opts.n]
        progress(f"corpus: generating {sizes[-1]} articles in {len(opts.langs)} languages")
        big = corpus.generate(sizes[-1], opts.seed, opts.langs)
        folders = {}
        for size in sizes:  # generate(N) is a prefix of generate(4N)
            folders[size] = work / f"corpus-{size}"
            corpus.write_corpus(big[:size], folders[size])

        per_size: dict[int, dict[str, Any]] = {}
        for size in sizes:
            articles = read_articles(folders[size])
            words = word_count(articles)
            toks = tokenizers(articles)
            progress(f"{size} articles: warming up")
            warm_up(articles, toks)
            progress(f"{size} articles: tokenizer")
            t_tok = time_tokenizer(articles, toks, opts.repeat)
            progress(f"{size} articles: extraction")
            t_ext = time_extraction(articles, opts.repeat)
            progress(f"{size} articles: end-to-end build x{opts.repeat}")
            b = best_build(folders[size], work / f"out-{size}.trig", opts.repeat)
            per_size[size] = {
                "articles": len(articles), "words": words,
                "tokenizer_s": t_tok, "extraction_s": t_ext, "build_s": b.total,
                "stages_s": b.stages, "triples_default_graph": b.triples, "quads": b.quads,
                "conforms": b.conforms, "violations": b.violations, "skipped": b.errors,
            }  # fmt: skip
            if size == opts.n:
                progress(f"{size} articles: peak memory (one traced build)")
                res["memory"] = peak_memory(folders[size], work / "out-mem.trig")
        res["sizes"] = {str(k): v for k, v in per_size.items()}
        n = per_size[opts.n]
        res["summary"] = {
            "articles_per_s_extraction": n["articles"] / n["extraction_s"],
            "words_per_s_extraction": n["words"] / n["extraction_s"],
            "articles_per_s_build": n["articles"] / n["build_s"],
            "words_per_s_build": n["words"] / n["build_s"],
            "extraction_over_tokenizer": n["extraction_s"] / n["tokenizer_s"],
            "build_over_tokenizer": n["build_s"] / n["tokenizer_s"],
            "shacl_share": n["stages_s"]["shacl"] / n["build_s"],
        }
        if opts.growth:
            g = per_size[4 * opts.n]
            res["summary"]["growth_build_4n"] = g["build_s"] / n["build_s"]
            res["summary"]["growth_extraction_4n"] = g["extraction_s"] / n["extraction_s"]
            res["summary"]["growth_tokenizer_4n"] = g["tokenizer_s"] / n["tokenizer_s"]

        if opts.queries:
            progress(f"queries: replicating the {opts.n}-article graph to ~{opts.triples} triples")
            base = default_graph(load_dataset(work / f"out-{opts.n}.trig"))
            nt = work / "bench.nt"
            t0 = time.perf_counter()
            count = replicate(base, opts.triples, nt)
            replicate_s = time.perf_counter() - t0
            lat = query_latency(
                nt,
                load_queries(),
                opts.query_repeat,
                opts.rdflib_repeat,
                work,
                progress,
                opts.query_timeout,
            )
            lat["triples"] = count
            lat["replicate_s"] = replicate_s
            res["queries"] = lat
        res.setdefault("memory", {})["maxrss_end_mb"] = maxrss_mb()
    return res


# --------------------------------------------------------------------------- report


def _row(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(
        c.ljust(w) if i == 0 else c.rjust(w)
        for i, (c, w) in enumerate(zip(cells, widths, strict=True))
    )


def format_report(res: dict[str, Any]) -> str:
    """The figures as aligned plain-text tables."""
    o, m = res["options"], res["machine"]
    lines = [
        f"newsgraph benchmark: N={o['n']} articles ({', '.join(o['langs'])}), seed {o['seed']}, "
        f"best of {o['repeat']}; Python {m['python']}, spaCy {m['spacy']}, {m['cpu']}",
        "",
    ]
    sizes = res["sizes"]
    for size, s in sizes.items():
        t_tok = s["tokenizer_s"]
        lines.append(
            f"{size} articles, {s['words']} words -> {s['triples_default_graph']} triples "
            f"(default graph), {s['quads']} quads; SHACL conforms: {s['conforms']} "
            f"({s['violations']} violations), skipped inputs: {s['skipped']}"
        )
        w = (30, 10, 12, 12, 13)
        lines.append(_row(("stage", "seconds", "articles/s", "words/s", "x tokenizer"), w))
        rows = [
            ("spaCy blank tokenizer", t_tok),
            ("extraction (extract per article)", s["extraction_s"]),
        ]
        rows += [(f"  build: {k}", v) for k, v in s["stages_s"].items()]
        rows.append(("build end to end", s["build_s"]))
        for name, t in rows:
            lines.append(
                _row(
                    (name, f"{t:.3f}", f"{s['articles'] / t:.1f}" if t else "-",
                     f"{s['words'] / t:.0f}" if t else "-", f"{t / t_tok:.2f}"),
                    w,
                )
            )  # fmt: skip
        lines.append("")
    sm = res["summary"]
    lines.append("summary (N articles)")
    lines.append(
        f"  extraction: {sm['articles_per_s_extraction']:.1f} articles/s, "
        f"{sm['words_per_s_extraction']:.0f} words/s, "
        f"{sm['extraction_over_tokenizer']:.2f}x the tokenizer"
    )
    lines.append(
        f"  end to end: {sm['articles_per_s_build']:.1f} articles/s, "
        f"{sm['words_per_s_build']:.0f} words/s, {sm['build_over_tokenizer']:.2f}x the tokenizer "
        f"(target <= {TARGET_RATIO:g}x at 1,000 articles)"
    )
    lines.append(f"  SHACL share of the build: {sm['shacl_share'] * 100:.1f}%")
    if "growth_build_4n" in sm:
        lines.append(
            f"  growth N -> 4N: build x{sm['growth_build_4n']:.2f} (target <= {TARGET_GROWTH:g}), "
            f"extraction x{sm['growth_extraction_4n']:.2f}, "
            f"tokenizer x{sm['growth_tokenizer_4n']:.2f}"
        )
    mem = res.get("memory", {})
    if "tracemalloc_peak_mb" in mem:
        lines.append(
            f"  memory: tracemalloc peak {mem['tracemalloc_peak_mb']:.1f} MiB (one build of N), "
            f"max RSS {mem['maxrss_mb']:.1f} MiB after it, "
            f"{mem['maxrss_end_mb']:.1f} MiB at the end"
        )
    q = res.get("queries")
    if q:
        backends = list(q["load_s"])
        lines.append("")
        lines.append(
            f"competency queries on {q['triples']} triples (median ms; rows in brackets; "
            f"target <= {TARGET_QUERY_MS:g} ms from the store)"
        )
        w2 = [34] + [22] * len(backends)
        lines.append(_row(["query", *backends], w2))
        lines.append(_row(["(load seconds)", *(f"{q['load_s'][b]:.2f}" for b in backends)], w2))
        for qname, per in q["median_ms"].items():
            cells = [
                f"{per[b]:.1f} [{q['rows'][qname][b]}]" if per[b] is not None
                else f"> {q['timeout_s']:g} s"
                for b in backends
            ]  # fmt: skip
            counted = {q["rows"][qname][b] for b in backends} - {None}
            if len(counted) > 1:
                cells[-1] += " !rows differ"
            lines.append(_row([qname, *cells], w2))
        summary = []
        for b in backends:
            done = [q["median_ms"][qn][b] for qn in q["median_ms"]]
            ok = [ms for ms in done if ms is not None]
            text = f"{statistics.median(ok):.1f}" if ok else "-"
            summary.append(
                text + (f" ({len(done) - len(ok)} timed out)" if len(ok) < len(done) else "")
            )
        lines.append(_row(["median over queries", *summary], w2))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="articles (default 1000)")
    ap.add_argument("--langs", default=",".join(corpus.LANGS), help="comma-separated codes")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs, best kept (default 3)")
    ap.add_argument("--triples", type=int, default=1_000_000, help="graph size for queries")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--query-repeat", type=int, default=20, help="runs per query (oxigraph)")
    ap.add_argument("--rdflib-repeat", type=int, default=3, help="runs per query (rdflib)")
    ap.add_argument(
        "--query-timeout", type=float, default=10.0,
        help="seconds a query's first run may take before it is reported as timed out",
    )  # fmt: skip
    ap.add_argument("--no-growth", action="store_true", help="skip the 4N build")
    ap.add_argument("--no-queries", action="store_true", help="skip the query latencies")
    ap.add_argument("--no-pin", action="store_true", help="do not pin the process to one CPU")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    ap.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = ap.parse_args(argv)
    langs = tuple(x for x in args.langs.split(",") if x)
    unknown = [x for x in langs if x not in corpus.LANGS]
    if unknown or not langs:
        print(
            f"bench: unknown language(s) {unknown}; pick from {', '.join(corpus.LANGS)}",
            file=sys.stderr,
        )
        return 2
    if args.n < 1 or args.repeat < 1 or args.triples < 1:
        print("bench: --n, --repeat and --triples must be at least 1", file=sys.stderr)
        return 2
    start = time.perf_counter()

    def progress(msg: str) -> None:
        if not args.quiet:
            print(f"[{time.perf_counter() - start:7.1f}s] {msg}", file=sys.stderr, flush=True)

    opts = Options(
        n=args.n, langs=langs, repeat=args.repeat, triples=args.triples, seed=args.seed,
        query_repeat=args.query_repeat, rdflib_repeat=args.rdflib_repeat,
        query_timeout=args.query_timeout, growth=not args.no_growth,
        queries=not args.no_queries, pin=not args.no_pin,
    )  # fmt: skip
    res = run(opts, progress)
    res["wall_s"] = time.perf_counter() - start
    print(format_report(res))
    if args.json:
        Path(args.json).write_text(
            json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
