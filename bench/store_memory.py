"""Peak memory of ``newsgraph build --store`` as the store grows: N and 4N articles.

    python bench/store_memory.py [--n 500] [--factor 4] [--batch 100] [--seed 7]
                                 [--old OLD_STORE.py] [--workdir DIR] [--no-oneshot]

A synthetic corpus of ``factor × n`` articles (``bench/corpus.py``, deterministic from the
seed; the first ``n`` are the small corpus) is extracted once, here, to a JSONL file of
extractions.  Then each run is its own subprocess, so its peak RSS is its own
(``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` taken by a wrapper process that
runs only that one child):

* ``store``: a new store fed ``--batch`` articles a day (open the store, ingest the
  day's extractions, close), read from the file a day at a time;
* ``store (old)``: the same with another ``graph/store.py`` (``--old FILE``), e.g. the
  committed one, to compare before/after;
* ``one-shot``: ``run_build`` + ``write_dataset`` of the same articles to one ``.nq`` file
  (reading and extracting included, as ``newsgraph build -o`` does).

Printed: peak RSS per run (MB), the 4N/N ratio, peak RSS per 1000 articles and the
growth per 1000 more articles ((peak 4N − peak N) / 3N), and the RSS of the store child
after its imports (its floor).  Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))


def _mb(kib: int) -> float:
    return kib / 1024.0  # ru_maxrss is in KiB on Linux


def _self_rss() -> float:
    return _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


# --------------------------------------------------------------------------- children


def _store_module(path: str | None) -> ModuleType:
    if not path:
        import graph.store

        return graph.store
    spec = importlib.util.spec_from_file_location("bench_old_store", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def _days(data: Path, count: int, batch: int) -> Iterator[list[Any]]:
    from graph.serial import from_json

    day: list[Any] = []
    with data.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= count:
                break
            day.append(from_json(line))
            if len(day) == batch:
                yield day
                day = []
    if day:
        yield day


def child_store(
    data: Path, count: int, batch: int, store: Path, module: str | None
) -> dict[str, Any]:
    mod = _store_module(module)
    # what a sync imports anyway, so that it counts in the floor
    importlib.import_module("graph.api")
    importlib.import_module("graph.rdf")
    importlib.import_module("graph.resolve")

    floor = _self_rss()
    t0 = time.perf_counter()
    quads = days = 0
    for day in _days(data, count, batch):
        with mod.Store.open(store, create=True) as st:
            report = st.ingest(day)
            quads = report.quads
        days += 1
        del day
    return {"floor_mb": floor, "seconds": time.perf_counter() - t0, "quads": quads, "days": days}


def child_oneshot(corpus: Path, out: Path) -> dict[str, Any]:
    from graph.api import run_build
    from graph.io import write_dataset

    t0 = time.perf_counter()
    result = run_build([corpus])
    write_dataset(result.dataset, out, "nquads")
    seconds = time.perf_counter() - t0
    with out.open("rb") as fh:
        quads = sum(1 for _ in fh)
    return {"seconds": seconds, "quads": quads, "articles": len(result.extractions)}


def measure(cmd: Sequence[str]) -> dict[str, Any]:
    """Run ``cmd`` (a child of this process, the only one) and report its peak RSS."""
    proc = subprocess.run(list(cmd), capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"child failed ({proc.returncode}): {proc.stderr[-2000:]}")
    out: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    # a wrapper (``--measure``) already measured its single child: keep that figure (the
    # caller's own RUSAGE_CHILDREN is the maximum over all runs so far)
    out.setdefault("peak_mb", _mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
    return out


# --------------------------------------------------------------------------- parent


def prepare(workdir: Path, total: int, seed: int, n_small: int) -> tuple[Path, dict[int, Path]]:
    """The corpus folders (first ``n`` and all articles) and the extractions file."""
    from bench.corpus import generate, write_corpus
    from graph.api import extract_articles
    from graph.read import read_inputs
    from graph.serial import to_json

    data = workdir / f"extractions-{total}-{seed}.jsonl"
    arts = generate(total, seed)
    folders = {}
    for size in (n_small, total):
        folder = workdir / f"corpus-{size}-{seed}"
        if not folder.is_dir():
            write_corpus(arts[:size], folder)
        folders[size] = folder
    if not data.is_file():
        items = list(read_inputs([folders[total]]))
        exs, errors = extract_articles(items)
        if errors:
            raise SystemExit(f"extraction failed: {errors[0]}")
        order = {a.id: i for i, a in enumerate(arts)}
        exs.sort(key=lambda e: order.get(e.article.id.removesuffix(".txt"), len(order)))
        tmp = data.with_suffix(".tmp")
        tmp.write_text("".join(to_json(e) + "\n" for e in exs), encoding="utf-8")
        tmp.replace(data)
    return data, folders


def _wrapped(args: list[str]) -> list[str]:
    me = [sys.executable, str(Path(__file__).resolve())]
    return [*me, "--measure", "--", *me, *args]


def run(opts: argparse.Namespace) -> list[dict[str, Any]]:
    workdir = Path(opts.workdir or tempfile.mkdtemp(prefix="ng-store-mem-"))
    workdir.mkdir(parents=True, exist_ok=True)
    sizes = [opts.n, opts.n * opts.factor]
    data, folders = prepare(workdir, sizes[-1], opts.seed, opts.n)
    rows: list[dict[str, Any]] = []
    variants: list[tuple[str, str | None]] = [("store", None)]
    if opts.old:
        variants.append(("store (old)", str(Path(opts.old).resolve())))
    for label, module in variants:
        for size in sizes:
            store = workdir / f"store-{label.replace(' ', '_')}-{size}-{time.time_ns()}"
            args = ["--child", "store", "--data", str(data), "--count", str(size),
                    "--batch", str(opts.batch), "--store", str(store)]
            if module:
                args += ["--module", module]
            res = measure(_wrapped(args))
            rows.append({"run": label, "articles": size, **res})
            print(f"  {label} {size}: {res['peak_mb']:.0f} MB", file=sys.stderr)
    if not opts.no_oneshot:
        for size in sizes:
            out = workdir / f"oneshot-{size}.nq"
            res = measure(_wrapped(["--child", "oneshot", "--corpus", str(folders[size]),
                                    "--out", str(out)]))
            rows.append({"run": "one-shot file", "articles": size, **res})
            print(f"  one-shot {size}: {res['peak_mb']:.0f} MB", file=sys.stderr)
    return rows


def format_rows(rows: list[dict[str, Any]], batch: int) -> str:
    lines = [f"{'run':<16}{'articles':>9}{'days':>6}{'peak RSS MB':>13}{'floor MB':>10}"
             f"{'MB/1000 art.':>14}{'quads':>10}{'seconds':>9}"]
    for r in rows:
        floor = f"{r['floor_mb']:.0f}" if "floor_mb" in r else "-"
        days = str(r.get("days", "-"))
        lines.append(
            f"{r['run']:<16}{r['articles']:>9}{days:>6}{r['peak_mb']:>13.0f}{floor:>10}"
            f"{r['peak_mb'] / (r['articles'] / 1000):>14.0f}{r['quads']:>10}{r['seconds']:>9.1f}"
        )
    lines.append("")
    for name in dict.fromkeys(r["run"] for r in rows):
        small, big = [r for r in rows if r["run"] == name][:2]
        more = (big["articles"] - small["articles"]) / 1000
        growth = (big["peak_mb"] - small["peak_mb"]) / more
        lines.append(
            f"{name}: peak {big['articles']}/{small['articles']} = "
            f"{big['peak_mb'] / small['peak_mb']:.2f}x; +{growth:.1f} MB per 1000 more articles"
        )
    lines.append(f"(store runs: {batch} articles a day, one Store.open + ingest per day)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:2] == ["--measure", "--"]:
        print(json.dumps(measure(argv[2:])))
        return 0
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=500, help="articles of the small store (500)")
    p.add_argument("--factor", type=int, default=4, help="the large store has factor × n (4)")
    p.add_argument("--batch", type=int, default=100, help="articles ingested a day (100)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--old", metavar="STORE_PY", help="also measure this graph/store.py")
    p.add_argument("--workdir", help="keep corpora, extractions and stores here")
    p.add_argument("--no-oneshot", action="store_true", help="skip the one-shot file builds")
    p.add_argument("--json", action="store_true", help="print the rows as JSON")
    # children
    p.add_argument("--child", choices=["store", "oneshot"], help=argparse.SUPPRESS)
    p.add_argument("--data", help=argparse.SUPPRESS)
    p.add_argument("--count", type=int, help=argparse.SUPPRESS)
    p.add_argument("--store", help=argparse.SUPPRESS)
    p.add_argument("--module", help=argparse.SUPPRESS)
    p.add_argument("--corpus", help=argparse.SUPPRESS)
    p.add_argument("--out", help=argparse.SUPPRESS)
    opts = p.parse_args(argv)
    if opts.child == "store":
        res = child_store(Path(opts.data), opts.count, opts.batch, Path(opts.store), opts.module)
        print(json.dumps(res))
        return 0
    if opts.child == "oneshot":
        print(json.dumps(child_oneshot(Path(opts.corpus), Path(opts.out))))
        return 0
    if opts.n < 1 or opts.factor < 2 or opts.batch < 1:
        p.error("--n and --batch must be ≥ 1 and --factor ≥ 2")
    rows = run(opts)
    print(json.dumps(rows, indent=1) if opts.json else format_rows(rows, opts.batch))
    return 0


if __name__ == "__main__":
    sys.exit(main())
