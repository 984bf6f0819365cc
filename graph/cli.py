"""``newsgraph``: build, validate, query, serve, push and evaluate knowledge graphs of
news articles.

Exit codes: 0 ok; 1 the graph does not conform to the shapes; 2 error (nothing built,
bad arguments, unreadable files); 3 the graph was built but some inputs were skipped
(each named on stderr with the reason).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rdflib import Dataset
from rdflib.namespace import RDF

from graph import __version__
from graph.io import default_graph
from graph.vocab import NG

EXIT_OK, EXIT_INVALID, EXIT_ERROR, EXIT_SKIPPED = 0, 1, 2, 3
WIKIDATA_API = "https://www.wikidata.org/w/api.php"  # = graph.wikidata.DEFAULT_API


def _err(msg: str) -> None:
    print(f"newsgraph: {msg}", file=sys.stderr)


class _Progress:
    """A progress line on stderr for long runs (only when stderr is a terminal)."""

    def __init__(self, quiet: bool) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.t0 = time.perf_counter()
        self.last = 0.0

    def __call__(self, done: int, total: int | None, name: str) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self.last < 0.2 and done != total:
            return
        self.last = now
        rate = done / max(now - self.t0, 1e-9)
        of = f"/{total}" if total else ""
        print(
            f"\rextracting {done}{of} articles ({rate:.1f}/s) {name[:40]:<40}",
            end="",
            file=sys.stderr,
            flush=True,
        )
        if done == total:
            print(file=sys.stderr)


def _count(ds: Dataset, cls: object) -> int:
    return len(set(default_graph(ds).subjects(RDF.type, cls)))  # type: ignore[arg-type]


def _check_shapes(args: argparse.Namespace, ds: Dataset) -> tuple[bool, str]:
    """(conforms, the violations report) unless --no-validate."""
    from graph.validate import format_violations, validate

    if args.no_validate:
        return True, ""
    vr = validate(ds)
    return vr.conforms, "" if vr.conforms else format_violations(vr)


def _shapes_word(args: argparse.Namespace, conforms: bool) -> str:
    return "not checked" if args.no_validate else "conforms" if conforms else "VIOLATED"


def _build_exit(result: Any, conforms: bool, report: str) -> int:
    if not conforms:
        print(report, file=sys.stderr)
        return EXIT_INVALID
    return EXIT_SKIPPED if result.errors else EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    from graph.api import run_build
    from graph.io import FormatError, format_for, serialize_dataset, write_dataset

    out: Path | None = Path(args.output) if args.output else None
    try:
        fmt = format_for(out, args.format) if out else (args.format or "turtle")
    except FormatError as exc:
        _err(str(exc))
        return EXIT_ERROR
    if out is not None and not out.parent.exists():
        _err(f"{out}: folder {out.parent} does not exist; create it or choose another -o path")
        return EXIT_ERROR
    from graph.extract import ModelNotFound
    from graph.parallel import DaskError

    if args.jobs < 0:
        _err(f"--jobs {args.jobs}: give a number of processes, 1 or more (0: one per core)")
        return EXIT_ERROR

    wikidata = None
    if not args.offline:
        from graph.wikidata import DEFAULT_CONTACT, WikidataConfig, default_cache_dir

        if not args.wikidata_api.startswith(("http://", "https://")):
            _err(f"--wikidata-api {args.wikidata_api}: not an http(s) URL; give the api.php URL")
            return EXIT_ERROR
        wikidata = WikidataConfig(
            api_url=args.wikidata_api,
            contact=args.contact or DEFAULT_CONTACT,
            cache_dir=Path(args.wikidata_cache) if args.wikidata_cache else default_cache_dir(),
        )
    try:
        result = run_build(
            args.inputs,
            lang=args.lang,
            base=args.base,
            max_bytes=int(args.max_size * 1_000_000),
            progress=_Progress(args.quiet),
            spacy_model=args.spacy_model,
            wikidata=wikidata,
            jobs=args.jobs,
            dask=args.dask,
        )
    except ModelNotFound as exc:
        _err(str(exc))
        return EXIT_ERROR
    except DaskError as exc:
        _err(str(exc))
        return EXIT_ERROR
    for e in result.errors:
        _err(f"skipped {e}")
    if not result.extractions:
        _err("no article could be read; nothing written (see the messages above)")
        return EXIT_ERROR
    ds = result.dataset
    if args.store:
        return _build_into_store(args, result, wikidata, out, fmt)
    conforms, report = _check_shapes(args, ds)
    try:
        if out is None:
            if not args.store:
                sys.stdout.buffer.write(serialize_dataset(ds, fmt))
                sys.stdout.flush()
        else:
            write_dataset(ds, out, fmt)
    except OSError as exc:
        _err(f"{out}: cannot write ({exc.strerror or exc}); check the path and permissions")
        return EXIT_ERROR
    n_graphs = len([g for g in ds.graphs() if g.identifier != default_graph(ds).identifier])
    if not args.quiet:
        print(
            f"{len(result.extractions)} articles read, {len(result.errors)} skipped: "
            f"{_count(ds, NG.Person)} persons, {_count(ds, NG.Meeting)} meetings, "
            f"{_count(ds, NG.Agreement)} agreements, {_count(ds, NG.Country)} countries, "
            f"{_count(ds, NG.Place)} places, {_count(ds, NG.Organization)} organisations; "
            f"{len(default_graph(ds))} triples, {n_graphs} article graphs"
            + (f" -> {out}" if out else "")
            + f" in {result.seconds:.1f}s; shapes: {_shapes_word(args, conforms)}",
            file=sys.stderr,
        )
    links = result.links
    if links is not None and not args.quiet and links.failure is None:
        print(
            f"Wikidata: {len(links.linked)} nodes linked, {links.labelled} given labels "
            f"({links.requests} requests, {links.cache_hits} answers from the cache)",
            file=sys.stderr,
        )
    return _build_exit(result, conforms, report)


def _load(path: str) -> Dataset | None:
    from graph.io import RDFLoadError, load_dataset

    try:
        return load_dataset(path)
    except (RDFLoadError, OSError, ValueError) as exc:
        _err(str(exc))
        return None


def cmd_validate(args: argparse.Namespace) -> int:
    from graph.validate import format_violations, validate

    ds = _load(args.file)
    if ds is None:
        return EXIT_ERROR
    vr = validate(ds)
    if vr.conforms:
        print(f"{args.file}: conforms to the newsgraph shapes")
        return EXIT_OK
    print(f"{args.file}: does NOT conform ({len(vr.violations)} violations)")
    print(format_violations(vr, limit=args.limit))
    return EXIT_INVALID


def cmd_query(args: argparse.Namespace) -> int:
    from graph.query import QueryError, format_result, run_query

    if args.query_file:
        try:
            sparql = Path(args.query_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            _err(f"{args.query_file}: cannot read the query ({exc})")
            return EXIT_ERROR
    elif args.sparql:
        sparql = args.sparql
    elif args.store and args.file:  # `query --store DIR 'SELECT …'`
        sparql, args.file = args.file, None
    else:
        _err("give a query: newsgraph query FILE 'SELECT …' or -q QUERY.rq")
        return EXIT_ERROR
    if args.store:
        return _query_store(args, sparql)
    if not args.file:
        _err("give a graph FILE or --store DIR to query")
        return EXIT_ERROR
    ds = _load(args.file)
    if ds is None:
        return EXIT_ERROR
    try:
        result = run_query(ds, sparql)
    except QueryError as exc:
        _err(str(exc))
        return EXIT_ERROR
    print(format_result(result, args.format))
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from graph.evaluate import evaluate, format_report, oracle

    gold = Path(args.gold)
    if not gold.is_file():
        _err(f"{gold}: no such gold file")
        return EXIT_ERROR
    if (args.graph is None) == (not args.oracle):
        _err("give a GRAPH file to score, or --oracle (the gold's own facts merged) alone")
        return EXIT_ERROR
    events = Path(args.events) if args.events else None
    try:
        if args.oracle:
            report = oracle(gold, events=events)
        else:
            ds = _load(args.graph)
            if ds is None:
                return EXIT_ERROR
            report = evaluate(gold, ds, events=events)
    except (ValueError, OSError) as exc:
        _err(f"{gold}: {exc}")
        return EXIT_ERROR
    print(format_report(report, args.format))
    return EXIT_OK


# --------------------------------------------------------------------------- store, serve, push


def _build_into_store(
    args: argparse.Namespace, result: Any, wikidata: object, out: Path | None, fmt: str
) -> int:
    """``build --store``: validate this run's graph (its articles, merged among
    themselves), ingest it, write the store's whole graph with ``-o``.  Memory follows
    this run's articles, not the store's size (but for ``-o``, which loads the store)."""
    from graph.io import write_dataset
    from graph.store import Store, StoreError

    conforms, report = _check_shapes(args, result.dataset)
    postprocess = None
    if wikidata is not None:
        from graph.wikidata import link_dataset

        def postprocess(ds: Dataset) -> None:
            link_dataset(ds, wikidata)  # type: ignore[arg-type]

    try:
        with Store.open(args.store, create=True) as st:
            ingested = st.ingest(result.extractions, base=args.base, postprocess=postprocess)
            counts = st.counts()
            if out is not None:
                write_dataset(st.dataset(), out, fmt)
    except StoreError as exc:
        _err(str(exc))
        return EXIT_ERROR
    except OSError as exc:
        _err(f"{out}: cannot write ({exc.strerror or exc}); check the path and permissions")
        return EXIT_ERROR
    if not args.quiet:
        print(f"store {args.store}: {ingested}", file=sys.stderr)
        print(
            f"{len(result.extractions)} articles read, {len(result.errors)} skipped; the store "
            f"holds {counts['articles']} articles: {counts['persons']} persons, "
            f"{counts['meetings']} meetings, {counts['agreements']} agreements; "
            f"{counts['triples']} triples in the merged graph"
            + (f" -> {out}" if out else "")
            + f" in {result.seconds:.1f}s; shapes (this run's articles): "
            + _shapes_word(args, conforms),
            file=sys.stderr,
        )
    return _build_exit(result, conforms, report)


def _query_store(args: argparse.Namespace, sparql: str) -> int:
    from graph.query import QueryError, format_result
    from graph.store import Store, StoreError

    if args.file:
        _err("give a graph FILE or --store DIR, not both")
        return EXIT_ERROR
    try:
        with Store.open(args.store) as st:
            if not st.is_synced():
                _err(f"warning: {args.store} holds an unfinished build; re-run it to finish")
            result = st.query_rdflib(sparql)
    except (StoreError, QueryError) as exc:
        _err(str(exc))
        return EXIT_ERROR
    print(format_result(result, args.format))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from graph.server import ServeConfig, ServeError, serve

    if bool(args.file) == bool(args.store):
        _err("give a graph FILE or --store DIR to serve (one of them)")
        return EXIT_ERROR
    cfg = ServeConfig(
        host=args.host,
        port=args.port,
        timeout=args.timeout,
        max_results=args.max_results,
        max_body=args.max_body,
        workers=args.workers,
        quiet=args.quiet,
    )
    try:
        serve(store=args.store, file=args.file, config=cfg)
    except ServeError as exc:
        _err(str(exc))
        return EXIT_ERROR
    return EXIT_OK


def cmd_push(args: argparse.Namespace) -> int:
    import os

    from graph.push import PushError, push_dataset
    from graph.store import Store, StoreError

    if bool(args.file) == bool(args.store):
        _err("give a graph FILE or --store DIR to push (one of them)")
        return EXIT_ERROR
    if args.store:
        try:
            with Store.open(args.store) as st:
                ds = st.dataset()
        except StoreError as exc:
            _err(str(exc))
            return EXIT_ERROR
    else:
        loaded = _load(args.file)
        if loaded is None:
            return EXIT_ERROR
        ds = loaded
    password = args.password if args.password is not None else os.environ.get("NEWSGRAPH_PASSWORD")
    token = args.token if args.token is not None else os.environ.get("NEWSGRAPH_TOKEN")
    if args.user and password is None and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"password for {args.user} at {args.endpoint}: ")
    try:
        report = push_dataset(
            ds,
            args.endpoint,
            user=args.user,
            password=password,
            token=token or None,
            fmt=args.format,
            timeout=args.timeout,
        )
    except PushError as exc:
        _err(str(exc))
        return EXIT_ERROR
    if not args.quiet:
        print(report, file=sys.stderr)
    return EXIT_OK


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsgraph",
        description="Turn news articles about officials, meetings and agreements into an RDF "
        "knowledge graph.",
    )
    p.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build a graph from files, folders, JSONL or stdin (-)")
    b.add_argument("inputs", nargs="+", help="files, folders (recursive), .jsonl, or - for stdin")
    b.add_argument(
        "-o",
        "--output",
        help="output file; the suffix picks the format "
        "(.ttl .trig .nq .nt .jsonld); default: Turtle on stdout",
    )
    b.add_argument("--format", help="output format when the suffix says nothing")
    b.add_argument("--lang", help="language of all inputs (default: detected per article)")
    b.add_argument("--base", help="base IRI of instances (default https://w3id.org/newsgraph/id/)")
    b.add_argument("--no-validate", action="store_true", help="skip the SHACL check")
    b.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="extract in N worker processes (default 1; 0: one per CPU core); the graph is "
        "the same as with one",
    )
    b.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786); "
        "needs newsgraph[dask] here and on the workers",
    )
    b.add_argument(
        "--spacy-model",
        metavar="NAME",
        help="an installed spaCy pipeline whose PERSON entities add name candidates",
    )
    b.add_argument(
        "--max-size",
        type=float,
        default=5.0,
        metavar="MB",
        help="skip input files larger than this (default 5 MB)",
    )
    b.add_argument(
        "--wikidata-api",
        metavar="URL",
        default=WIKIDATA_API,
        help="MediaWiki Action API used to link persons, organisations and places to "
        f"Wikidata (default {WIKIDATA_API})",
    )
    b.add_argument(
        "--offline",
        action="store_true",
        default=os.environ.get("NEWSGRAPH_OFFLINE", "") not in ("", "0"),
        help="no network: only the bundled links (countries, capitals); also set by "
        "NEWSGRAPH_OFFLINE=1",
    )
    b.add_argument(
        "--wikidata-cache",
        metavar="DIR",
        help="on-disk cache of Wikidata answers (default $XDG_CACHE_HOME/newsgraph/wikidata, "
        "i.e. ~/.cache/newsgraph/wikidata)",
    )
    b.add_argument(
        "--contact",
        default=os.environ.get("NEWSGRAPH_CONTACT"),
        metavar="URL_OR_EMAIL",
        help="your contact for the User-Agent sent to Wikidata (default $NEWSGRAPH_CONTACT, "
        "else the project URL)",
    )
    b.add_argument("-q", "--quiet", action="store_true", help="no summary or progress")
    b.add_argument(
        "--store",
        metavar="DIR",
        help="add the articles to the persistent store DIR (created when missing; the same "
        "article twice changes nothing, a changed one is replaced); -o then writes the "
        "store's whole graph",
    )
    b.set_defaults(func=cmd_build)

    v = sub.add_parser("validate", help="check a graph file against the newsgraph shapes")
    v.add_argument("file")
    v.add_argument("--limit", type=int, default=50, help="violations to show (default 50)")
    v.set_defaults(func=cmd_validate)

    q = sub.add_parser("query", help="run a SPARQL query over a graph file or a store")
    q.add_argument("file", nargs="?", help="the graph file (or use --store DIR)")
    q.add_argument("sparql", nargs="?", help="the query text")
    q.add_argument("-q", "--query-file", help="read the query from this .rq file")
    q.add_argument("--store", metavar="DIR", help="query the store DIR instead of a file")
    q.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table")
    q.set_defaults(func=cmd_query)

    s = sub.add_parser("serve", help="a read-only SPARQL endpoint over a graph file or a store")
    s.add_argument("file", nargs="?", help="the graph file (or use --store DIR)")
    s.add_argument("--store", metavar="DIR", help="serve the store DIR (a snapshot taken now)")
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=8765, help="port (default 8765; 0: any free)")
    s.add_argument("--timeout", type=float, default=10.0, metavar="S",
                   help="seconds a query may run before it is stopped (default 10)")
    s.add_argument("--max-results", type=int, default=10_000, metavar="N",
                   help="rows or triples a query may return (default 10000)")
    s.add_argument("--max-body", type=int, default=1_000_000, metavar="BYTES",
                   help="largest request accepted (default 1000000)")
    s.add_argument("--workers", type=int, default=2, help="queries run at once (default 2)")
    s.add_argument("-q", "--quiet", action="store_true", help="no request log")
    s.set_defaults(func=cmd_serve)

    u = sub.add_parser(
        "push", help="send a graph file or a store to a triple store (SPARQL Graph Store protocol)"
    )
    u.add_argument("file", nargs="?", help="the graph file (.trig/.nq keep the article graphs)")
    u.add_argument("--store", metavar="DIR", help="push the store DIR instead of a file")
    u.add_argument("--endpoint", required=True, metavar="URL",
                   help="Graph Store endpoint, e.g. http://localhost:7878/store (Oxigraph), "
                   "http://host:3030/ds/data (Fuseki), "
                   "http://host:7200/repositories/REPO/rdf-graphs/service (GraphDB)")
    u.add_argument("--user", help="HTTP basic auth user")
    u.add_argument("--password", help="HTTP basic auth password (default $NEWSGRAPH_PASSWORD)")
    u.add_argument("--token", help="bearer token (default $NEWSGRAPH_TOKEN)")
    u.add_argument("--format", choices=("nt", "ttl"), default="nt",
                   help="wire format (default nt: N-Triples)")
    u.add_argument("--timeout", type=float, default=60.0, metavar="S",
                   help="seconds to wait for each request (default 60)")
    u.add_argument("-q", "--quiet", action="store_true", help="no summary")
    u.set_defaults(func=cmd_push)

    e = sub.add_parser("evaluate", help="score a graph against gold facts (JSONL)")
    e.add_argument("gold")
    e.add_argument("graph", nargs="?")
    e.add_argument("--events", help="events JSON (one meeting node per real event)")
    e.add_argument(
        "--oracle",
        action="store_true",
        help="score merging alone: the gold's own facts (names as written, no aliases) "
        "resolved and merged as a build does; its events and persons lines are the measure",
    )
    e.add_argument("--format", choices=("text", "json"), default="text")
    e.set_defaults(func=cmd_evaluate)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        _err("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
