"""``newsgraph serve``: a read-only SPARQL 1.1 Protocol endpoint over a store or a file.

* ``/sparql``: GET ``?query=``, POST form (``query=``) or POST ``application/sparql-query``;
  ``default-graph-uri`` / ``named-graph-uri`` honoured.  SELECT/ASK results as JSON, XML,
  CSV or TSV, CONSTRUCT/DESCRIBE as Turtle, N-Triples or JSON-LD, by the ``Accept``
  header (or ``?format=json|xml|csv|tsv|ttl|nt|jsonld``).
* ``/``: a small query page (inline HTML and script; works offline).

Safe by default: updates are refused (403), so is federated ``SERVICE`` (403; the query
text is checked before evaluation, so no outbound request is ever made), every query has
a time limit (its worker process is killed and replaced when it runs over: 503) and a
result limit (rows/triples beyond it are cut; the response then carries
``X-Newsgraph-Truncated: true``), request bodies over the limit get 413, malformed
queries 400 with the parser's message; the server binds to 127.0.0.1 unless told
otherwise.

Queries run in worker processes (pyoxigraph cannot be interrupted from a thread).  Over a
store, the workers read a snapshot taken at start (builds may go on meanwhile; restart the
server to serve them); over a FILE, each worker loads the file into memory.
"""

from __future__ import annotations

import contextlib
import html
import json
import multiprocessing as mp
import queue
import re
import shutil
import signal
import sys
import threading
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

__all__ = [
    "ServeConfig",
    "ServeError",
    "SparqlServer",
    "first_keyword",
    "negotiate",
    "open_server",
    "uses_service",
]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class ServeError(RuntimeError):
    """The endpoint could not start; the message is one line."""


@dataclass
class ServeConfig:
    """Endpoint settings; the defaults are the safe ones."""

    host: str = "127.0.0.1"
    port: int = 8765
    timeout: float = 10.0  # seconds a query may run
    max_results: int = 10_000  # rows (SELECT) or triples (CONSTRUCT/DESCRIBE)
    max_body: int = 1_000_000  # bytes of a request body or query string
    workers: int = 2  # queries evaluated at the same time
    startup_timeout: float = 120.0  # seconds a worker may take to open/load the data
    quiet: bool = False  # no request log on stderr


# ---------------------------------------------------------------------- query text


_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_NAME = re.compile(r"[A-Za-z_\u00C0-\U000EFFFF][\w\-.\u00B7]*(?::[\w\-.:%\\\u00B7]*)?")
_SKIP = re.compile(r"[?$@][\w\-]*|[0-9][\w.+\-]*")


def _unescape(text: str) -> str:
    """SPARQL's codepoint escapes (\\u0053 …) are replaced before parsing (§19.2)."""

    def sub(m: re.Match[str]) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except (ValueError, OverflowError):
            return m.group(0)

    return _ESCAPE.sub(sub, text)


def _words(sparql: str) -> list[str]:
    """The bare words of a query (keywords and prefixed names), upper-cased, outside
    comments, strings and IRIs."""
    text = _unescape(sparql)
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif c in "\"'":
            if text.startswith(c * 3, i):
                end, i = c * 3, i + 3
            else:
                end, i = c, i + 1
            while i < n and not text.startswith(end, i):
                if len(end) == 1 and text[i] == "\n":
                    break
                i += 2 if text[i] == "\\" else 1
            i += len(end)
        elif (c == "<" and (m := _IRIREF.match(text, i))) or (m := _SKIP.match(text, i)):
            i = m.end()
        elif m := _NAME.match(text, i):
            out.append(m.group(0).upper())
            i = m.end()
        else:
            i += 1
    return out


def first_keyword(sparql: str) -> str:
    """The query form of ``sparql`` (SELECT, ASK, CONSTRUCT, DESCRIBE, INSERT, …): its first
    keyword after the PREFIX/BASE prologue, upper-cased ('' when there is none)."""
    for word in _words(sparql):
        if word in ("PREFIX", "BASE") or ":" in word:
            continue
        return word
    return ""


def uses_service(sparql: str) -> bool:
    """Whether the query contains a federated ``SERVICE`` clause (conservatively: the
    keyword anywhere outside strings, IRIs and comments)."""
    return "SERVICE" in _words(sparql)


# ---------------------------------------------------------------------- negotiation

RESULT_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "ttl",
    "application/x-turtle": "ttl",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
}
_RESULT_MIME = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
_GRAPH_MIME = {"ttl": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json"}
_FORMAT_ALIASES = {"turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "json-ld": "jsonld"}


def negotiate(kind: str, accept: str | None, fmt: str | None = None) -> tuple[str, str] | None:
    """(format, media type) for a result of ``kind`` (``solutions``, ``boolean`` or
    ``graph``) given the Accept header and an explicit ``format`` parameter; None when
    nothing acceptable can be produced (406)."""
    table, mimes = (GRAPH_TYPES, _GRAPH_MIME) if kind == "graph" else (RESULT_TYPES, _RESULT_MIME)
    default = "ttl" if kind == "graph" else "json"
    if fmt:
        key = _FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
        if key in mimes:
            return key, mimes[key]
        if key == "json" and kind == "graph":
            return "jsonld", mimes["jsonld"]
        return None
    if not accept or not accept.strip():
        return default, mimes[default]
    ranges = []
    for pos, part in enumerate(accept.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        q = 1.0
        for param in pieces[1:]:
            if param.lower().startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranges.append((-q, pos, media))
    for _, _, media in sorted(ranges):
        if media in table:
            key = table[media]
            return key, mimes[key]
        if media == "*/*" or (media.endswith("/*") and mimes[default].startswith(media[:-1])):
            return default, mimes[default]
        if media.endswith("/*"):
            for key, mime in mimes.items():
                if mime.startswith(media[:-1]):
                    return key, mime
    return None


# ---------------------------------------------------------------------- serialisation


def _json_term(term: Any) -> dict[str, str]:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


def _xml_term(term: Any) -> str:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        value = xml_escape(term.value)
        if term.language:
            return f'<literal xml:lang="{xml_escape(term.language)}">{value}</literal>'
        if term.datatype.value != _XSD_STRING:
            dt = xml_escape(term.datatype.value, {'"': "&quot;"})
            return f'<literal datatype="{dt}">{value}</literal>'
        return f"<literal>{value}</literal>"
    return f"<literal>{xml_escape(str(term))}</literal>"


def _csv_field(term: Any) -> str:
    import pyoxigraph as ox

    if term is None:
        text = ""
    elif isinstance(term, ox.BlankNode):
        text = f"_:{term.value}"
    elif isinstance(term, ox.NamedNode | ox.Literal):
        text = term.value
    else:
        text = str(term)
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _serialize_solutions(fmt: str, names: list[str], rows: list[list[Any]]) -> bytes:
    if fmt == "json":
        bindings = [
            {n: _json_term(t) for n, t in zip(names, row, strict=True) if t is not None}
            for row in rows
        ]
        doc = {"head": {"vars": names}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        parts = [
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>'
        ]
        parts += [f'<variable name="{xml_escape(n)}"/>' for n in names]
        parts.append("</head>\n<results>\n")
        for row in rows:
            parts.append("<result>")
            for n, t in zip(names, row, strict=True):
                if t is not None:
                    parts.append(f'<binding name="{xml_escape(n)}">{_xml_term(t)}</binding>')
            parts.append("</result>\n")
        parts.append("</results>\n</sparql>\n")
        return "".join(parts).encode("utf-8")
    if fmt == "csv":
        lines = [",".join(names)]
        lines += [",".join(_csv_field(t) for t in row) for row in rows]
        return ("\r\n".join(lines) + "\r\n").encode("utf-8")
    # tsv: terms in their N-Triples form (str() of a pyoxigraph term escapes tabs/newlines)
    lines = ["\t".join(f"?{n}" for n in names)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _serialize_boolean(fmt: str, answer: bool) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": answer}).encode()
    if fmt == "xml":
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
            f"<boolean>{'true' if answer else 'false'}</boolean></sparql>\n"
        ).encode()
    return b"true\n" if answer else b"false\n"  # csv/tsv define no boolean form


def _serialize_graph(fmt: str, triples: list[Any], prefixes: dict[str, str]) -> bytes:
    import pyoxigraph as ox

    rdf_format = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}.get(
        fmt, ox.RdfFormat.JSON_LD
    )
    kwargs: dict[str, Any] = {"format": rdf_format}
    if fmt == "ttl":
        kwargs["prefixes"] = prefixes
    data = ox.serialize(triples, **kwargs)
    return data if data is not None else b""


# ---------------------------------------------------------------------- worker process


def _worker_main(conn: Any, source: tuple[str, Any], prefixes: dict[str, str]) -> None:
    """A query worker: open the data, say ready, then answer jobs until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import pyoxigraph as ox

    try:
        kind, payload = source
        if kind == "store":
            store = ox.Store.read_only(str(payload))
        else:
            store = ox.Store()
            store.load(payload, format=ox.RdfFormat.N_QUADS)
        conn.send(("ready", len(store)))
    except Exception as exc:  # reported to the parent, which refuses to start
        conn.send(("error", " ".join(str(exc).split())))
        return
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer = _evaluate(store, job, prefixes)
        except Exception as exc:  # never let a query kill the worker silently
            answer = (500, "text/plain", f"internal error: {exc}".encode(), {})
        conn.send(answer)


def _text(status: int, message: str) -> tuple[int, str, bytes, dict[str, str]]:
    return status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), {}


def _evaluate(
    store: Any, job: dict[str, Any], prefixes: dict[str, str]
) -> tuple[int, str, bytes, dict[str, str]]:
    import pyoxigraph as ox

    kwargs: dict[str, Any] = {"prefixes": prefixes}
    try:
        if job.get("default_graph"):
            kwargs["default_graph"] = [ox.NamedNode(u) for u in job["default_graph"]]
        if job.get("named_graphs"):
            kwargs["named_graphs"] = [ox.NamedNode(u) for u in job["named_graphs"]]
    except ValueError as exc:
        return _text(400, f"bad default-graph-uri or named-graph-uri: {exc}")
    try:
        res = store.query(job["query"], **kwargs)
    except SyntaxError as exc:
        return _text(400, f"malformed query: {' '.join(str(exc).split())}")
    except (ValueError, OSError) as exc:
        return _text(400, f"query failed: {' '.join(str(exc).split())}")
    limit = int(job["limit"])
    headers: dict[str, str] = {}
    try:
        if isinstance(res, ox.QueryBoolean):
            chosen = negotiate("boolean", job.get("accept"), job.get("format"))
            if chosen is None:
                return _not_acceptable("boolean")
            return 200, chosen[1], _serialize_boolean(chosen[0], bool(res)), headers
        if isinstance(res, ox.QuerySolutions):
            chosen = negotiate("solutions", job.get("accept"), job.get("format"))
            if chosen is None:
                return _not_acceptable("solutions")
            names = [v.value for v in res.variables]
            rows = []
            for row in res:
                if len(rows) == limit:
                    headers["X-Newsgraph-Truncated"] = "true"
                    break
                rows.append([row[i] for i in range(len(names))])
            body = _serialize_solutions(chosen[0], names, rows)
        else:
            chosen = negotiate("graph", job.get("accept"), job.get("format"))
            if chosen is None:
                return _not_acceptable("graph")
            triples = []
            for t in res:
                if len(triples) == limit:
                    headers["X-Newsgraph-Truncated"] = "true"
                    break
                triples.append(t)
            body = _serialize_graph(chosen[0], triples, prefixes)
    except (OSError, ValueError, RuntimeError) as exc:
        return _text(400, f"query failed while running: {' '.join(str(exc).split())}")
    headers["X-Newsgraph-Result-Limit"] = str(limit)
    mime = chosen[1]
    if not mime.endswith("json") and mime != "application/ld+json":
        mime += "; charset=utf-8"
    return 200, mime, body, headers


def _not_acceptable(kind: str) -> tuple[int, str, bytes, dict[str, str]]:
    offered = _GRAPH_MIME if kind == "graph" else _RESULT_MIME
    return _text(406, "no acceptable result format; this query can answer as " +
                 ", ".join(offered.values()))


class _Worker:
    def __init__(self, ctx: Any, source: tuple[str, Any], prefixes: dict[str, str]) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(
            target=_worker_main, args=(child, source, prefixes), daemon=True,
            name="newsgraph-sparql-worker",
        )
        self.proc.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float) -> None:
        if self.ready:
            return
        if not self.conn.poll(timeout):
            raise ServeError(f"a query worker did not start within {timeout:.0f}s")
        try:
            msg = self.conn.recv()
        except (EOFError, OSError) as exc:
            raise ServeError("a query worker died while opening the data") from exc
        if msg[0] != "ready":
            raise ServeError(f"cannot open the data: {msg[1]}")
        self.ready = True

    def run(self, job: dict[str, Any], timeout: float) -> tuple[Any, ...] | None:
        """The worker's answer, or None when it ran over ``timeout``."""
        self.conn.send(job)
        if not self.conn.poll(timeout):
            return None
        return tuple(self.conn.recv())

    def kill(self, *, wait: bool = True) -> None:
        with contextlib.suppress(Exception):
            self.proc.kill()
            if wait:
                self.proc.join(5)
        with contextlib.suppress(Exception):
            self.conn.close()


class _Pool:
    """Worker processes; one query at a time each; a worker that runs over is killed."""

    def __init__(self, source: tuple[str, Any], prefixes: dict[str, str], cfg: ServeConfig) -> None:
        self.source, self.prefixes, self.cfg = source, prefixes, cfg
        self.ctx = mp.get_context("spawn")
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.all: set[_Worker] = set()
        self.lock = threading.Lock()
        self.closed = False
        for _ in range(max(1, cfg.workers)):
            self._spawn()
        try:
            for w in list(self.all):
                w.wait_ready(cfg.startup_timeout)
        except ServeError:
            self.close()
            raise

    def _spawn(self) -> None:
        w = _Worker(self.ctx, self.source, self.prefixes)
        with self.lock:
            self.all.add(w)
        self.idle.put(w)

    def _retire(self, w: _Worker) -> None:
        w.kill()
        with self.lock:
            self.all.discard(w)
        if not self.closed:
            self._spawn()

    @property
    def pids(self) -> list[int]:
        """Process ids of the live workers (for tests and monitoring)."""
        with self.lock:
            return sorted(w.proc.pid for w in self.all if w.proc.pid is not None)

    def run(self, job: dict[str, Any]) -> tuple[int, str, bytes, dict[str, str]]:
        try:
            w = self.idle.get(timeout=self.cfg.timeout)
        except queue.Empty:
            return _text(503, "all query workers are busy; retry later")
        try:
            w.wait_ready(self.cfg.startup_timeout)
            answer = w.run(job, self.cfg.timeout)
        except (ServeError, EOFError, OSError, BrokenPipeError) as exc:
            self._retire(w)
            return _text(500, f"query worker failed ({exc}); retry")
        if answer is None:
            self._retire(w)
            return _text(
                503,
                f"query stopped: it ran longer than the time limit of {self.cfg.timeout:g}s; "
                "narrow it or add a LIMIT",
            )
        self.idle.put(w)
        status, ctype, body, headers = answer
        return int(status), str(ctype), bytes(body), dict(headers)

    def close(self) -> None:
        self.closed = True
        with self.lock:
            workers = list(self.all)
            self.all.clear()
        for w in workers:
            w.kill(wait=False)  # every worker told at once, then each awaited
        for w in workers:
            with contextlib.suppress(Exception):
                w.proc.join(5)


# ---------------------------------------------------------------------- HTTP


class SparqlServer(ThreadingHTTPServer):
    """The endpoint; ``serve_forever()`` to run, ``close()`` to stop and clean up."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, cfg: ServeConfig, pool: _Pool, cleanup: Path | None, label: str) -> None:
        self.cfg, self.pool, self._cleanup, self.label = cfg, pool, cleanup, label
        self._running = False
        try:
            super().__init__((cfg.host, cfg.port), _Handler)
        except OSError as exc:
            pool.close()
            self._remove_snapshot()
            raise ServeError(
                f"cannot listen on {cfg.host}:{cfg.port} ({exc.strerror or exc}); "
                "choose another --port or --host"
            ) from exc

    @property
    def url(self) -> str:
        """Base URL of the endpoint, e.g. ``http://127.0.0.1:8765/``."""
        host, port = self.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else str(host)
        return f"http://{shown}:{port}/"

    def _remove_snapshot(self) -> None:
        if self._cleanup is not None:
            shutil.rmtree(self._cleanup, ignore_errors=True)
            self._cleanup = None

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        self._running = True
        try:
            super().serve_forever(poll_interval)
        finally:
            self._running = False

    def close(self) -> None:
        """Stop serving (when running in another thread), the workers and the snapshot."""
        if self._running:
            self.shutdown()
        self.server_close()
        self.pool.close()
        self._remove_snapshot()


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "newsgraph-sparql"

    # --------------------------------------------------------- plumbing
    def log_message(self, format: str, *args: Any) -> None:
        if not self.server.cfg.quiet:
            super().log_message(format, *args)

    def _send(
        self, status: int, ctype: str, body: bytes, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode(), headers)

    def _host_ok(self) -> bool:
        """On a loopback address, refuse other Host names (DNS rebinding: a web page
        must not reach the endpoint through a name it controls)."""
        if not is_loopback(self.server.cfg.host):
            return True
        host = (self.headers.get("Host") or "").strip().lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if name.strip("[]") in ("localhost", "::1") or name.startswith("127.") or not host:
            return True
        self._error(403, f"unexpected Host {host!r} for an endpoint on {self.server.cfg.host}")
        return False

    # --------------------------------------------------------- methods
    def do_GET(self) -> None:
        if not self._host_ok():
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            page = _PAGE.replace("{{LABEL}}", html.escape(self.server.label)).replace(
                "{{LIMIT}}", str(self.server.cfg.max_results)
            )
            self._send(200, "text/html; charset=utf-8", page.encode("utf-8"),
                       {"Content-Security-Policy": _CSP})
            return
        if url.path != "/sparql":
            self._error(404, f"no such page {url.path}; the SPARQL endpoint is /sparql")
            return
        if len(url.query) > self.server.cfg.max_body:
            self._error(413, f"query string over {self.server.cfg.max_body} bytes")
            return
        params = self._parse_params(url.query)
        if params is not None:
            self._dispatch(params)

    do_HEAD = do_GET

    def do_POST(self) -> None:
        if not self._host_ok():
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            self._error(404, f"no such endpoint {url.path}; POST queries to /sparql")
            return
        if self.headers.get("Transfer-Encoding"):
            self._error(411, "chunked bodies are not accepted; send a Content-Length")
            return
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            self._error(411, "a POST needs a Content-Length")
            return
        try:
            length = int(length_text)
        except ValueError:
            self._error(400, f"bad Content-Length {length_text!r}")
            return
        if length < 0 or length > self.server.cfg.max_body:
            self.close_connection = True
            self._error(
                413, f"request body of {length} bytes is over the limit of "
                f"{self.server.cfg.max_body} bytes"
            )
            return
        body = self.rfile.read(length)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = self._parse_params(url.query)
        if params is None:
            return
        if ctype == "application/sparql-update":
            self._error(403, "this endpoint is read-only: SPARQL updates are refused")
            return
        if ctype == "application/x-www-form-urlencoded":
            try:
                form = self._parse_params(body.decode("utf-8"))
            except UnicodeDecodeError:
                form = None
                self._error(400, "the form body is not valid UTF-8")
            if form is None:
                return
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
        elif ctype == "application/sparql-query":
            try:
                params.setdefault("query", []).append(body.decode("utf-8"))
            except UnicodeDecodeError:
                self._error(400, "the query is not valid UTF-8")
                return
        else:
            self._error(
                415,
                f"unsupported Content-Type {ctype or '(none)'}; use application/sparql-query "
                "or application/x-www-form-urlencoded",
            )
            return
        self._dispatch(params)

    def _refuse_method(self) -> None:
        self._error(405, "this endpoint is read-only; use GET or POST /sparql for queries",
                    {"Allow": "GET, HEAD, POST"})

    do_PUT = do_DELETE = do_PATCH = _refuse_method

    # --------------------------------------------------------- protocol
    def _parse_params(self, qs: str) -> dict[str, list[str]] | None:
        try:
            return urllib.parse.parse_qs(qs, keep_blank_values=True, strict_parsing=False,
                                         encoding="utf-8", errors="strict")
        except (UnicodeDecodeError, ValueError):
            self._error(400, "parameters are not valid UTF-8 URL-encoding")
            return None

    def _dispatch(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._error(403, "this endpoint is read-only: SPARQL updates are refused")
            return
        queries = params.get("query", [])
        if not queries:
            self._error(400, "no query: pass query=… (GET or POST form) or POST "
                        "application/sparql-query; the query page is at /")
            return
        if len(queries) > 1:
            self._error(400, "more than one query parameter")
            return
        query = queries[0]
        if len(query.encode("utf-8")) > self.server.cfg.max_body:
            self._error(413, f"query over {self.server.cfg.max_body} bytes")
            return
        if not query.strip():
            self._error(400, "empty query")
            return
        form = first_keyword(query)
        if form in _UPDATE_FORMS:
            self._error(403, "this endpoint is read-only: SPARQL updates are refused")
            return
        if uses_service(query):
            self._error(403, "federated queries (SERVICE) are refused by this endpoint")
            return
        fmt = (params.get("format") or [None])[0]
        job = {
            "query": query,
            "accept": self.headers.get("Accept"),
            "format": fmt,
            "limit": self.server.cfg.max_results,
            "default_graph": params.get("default-graph-uri", []),
            "named_graphs": params.get("named-graph-uri", []),
        }
        status, ctype, body, headers = self.server.pool.run(job)
        self._send(status, ctype, body, headers)


_UPDATE_FORMS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY",
                 "WITH"}

_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "connect-src 'self'; form-action 'self'"
)

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>newsgraph SPARQL</title>
<style>
body{font:14px system-ui,sans-serif;margin:1.5em;max-width:70em}
textarea{width:100%;height:14em;font:13px monospace}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.2em .5em;
text-align:left;vertical-align:top}th{background:#eee}pre{background:#f6f6f6;padding:.5em;
overflow:auto}#status{color:#555}
</style></head><body>
<h1>newsgraph SPARQL endpoint</h1>
<p>{{LABEL}} &middot; read-only &middot; at most {{LIMIT}} results a query &middot;
prefixes ng: role: id: wd: schema: dcterms: prov: owl: skos: xsd: rdfs: rdf: predeclared
&middot; plain patterns match the merged default graph, <code>GRAPH ?g {}</code> the articles.</p>
<form id="f" method="post" action="/sparql">
<textarea name="query" id="q">SELECT ?meeting ?date ?name WHERE {
  ?meeting a ng:Meeting ; ng:participant ?p .
  OPTIONAL { ?meeting ng:date ?date }
  ?p skos:prefLabel ?name .
} ORDER BY ?date ?meeting LIMIT 100</textarea>
<p><label>Result format <select name="format" id="fmt">
<option value="">table (JSON)</option><option value="json">JSON</option><option>xml</option>
<option>csv</option><option>tsv</option><option value="ttl">Turtle</option>
<option value="nt">N-Triples</option><option value="jsonld">JSON-LD</option></select></label>
<button type="submit">Run</button> <span id="status"></span></p></form>
<div id="out"></div>
<script>
document.getElementById('f').addEventListener('submit', async function (ev) {
  ev.preventDefault();
  var fmt = document.getElementById('fmt').value, out = document.getElementById('out');
  var status = document.getElementById('status');
  var body = new URLSearchParams();
  body.set('query', document.getElementById('q').value);
  if (fmt) body.set('format', fmt);
  status.textContent = 'running…'; out.textContent = '';
  var t0 = performance.now();
  try {
    var r = await fetch('/sparql', {method: 'POST', body: body,
      headers: {'Accept': 'application/sparql-results+json, text/turtle;q=0.9'}});
    var text = await r.text();
    status.textContent = r.status + ' ' + r.statusText + ' in ' +
      Math.round(performance.now() - t0) + ' ms' +
      (r.headers.get('X-Newsgraph-Truncated') ? ' (truncated at the result limit)' : '');
    var ct = r.headers.get('Content-Type') || '';
    if (r.ok && !fmt && ct.indexOf('sparql-results+json') >= 0) { table(JSON.parse(text)); }
    else { var pre = document.createElement('pre'); pre.textContent = text; out.appendChild(pre); }
  } catch (e) { status.textContent = 'request failed: ' + e; }
  function cell(t) {
    if (!t) return '';
    if (t.type === 'literal' && t['xml:lang']) return t.value + ' @' + t['xml:lang'];
    return t.value;
  }
  function table(doc) {
    if ('boolean' in doc) { out.textContent = String(doc.boolean); return; }
    var vars = doc.head.vars, tb = document.createElement('table'), tr = tb.insertRow();
    vars.forEach(function (v) { var th = document.createElement('th'); th.textContent = v;
      tr.appendChild(th); });
    doc.results.bindings.forEach(function (b) { var row = tb.insertRow();
      vars.forEach(function (v) { row.insertCell().textContent = cell(b[v]); }); });
    out.appendChild(tb);
    var n = document.createElement('p'); n.textContent = doc.results.bindings.length + ' rows';
    out.appendChild(n);
  }
});
</script></body></html>
"""


# ---------------------------------------------------------------------- opening


def open_server(
    *,
    store: str | Path | None = None,
    file: str | Path | None = None,
    config: ServeConfig | None = None,
) -> SparqlServer:
    """Start the workers over a store folder or an RDF file and bind the endpoint (not
    yet serving: call ``serve_forever()``, e.g. in a thread).  ServeError (one line) when
    the data cannot be opened or the address is taken."""
    from graph.io import PREFIXES

    cfg = config or ServeConfig()
    if (store is None) == (file is None):
        raise ServeError("give either a store folder (--store DIR) or a graph FILE, not both")
    if cfg.timeout <= 0 or cfg.max_results <= 0 or cfg.max_body <= 0 or cfg.workers <= 0:
        raise ServeError("--timeout, --max-results, --max-body and --workers must be positive")
    cleanup: Path | None = None
    if store is not None:
        from graph.store import Store, StoreError

        try:
            with Store.open(store) as st:
                if not st.is_synced():
                    print(
                        f"newsgraph: warning: {store} holds an unfinished build; serving the "
                        "last complete state (re-run the build to finish it)",
                        file=sys.stderr,
                    )
                cleanup = st.snapshot()
        except StoreError as exc:
            raise ServeError(str(exc)) from exc
        source: tuple[str, Any] = ("store", str(cleanup))
        label = f"store {store}"
    else:
        from graph.io import RDFLoadError, load_dataset, serialize_dataset

        try:
            ds = load_dataset(file)  # type: ignore[arg-type]
        except RDFLoadError as exc:
            raise ServeError(str(exc)) from exc
        source = ("nquads", serialize_dataset(ds, "nquads"))
        label = f"file {file}"
    try:
        pool = _Pool(source, dict(PREFIXES), cfg)
    except ServeError:
        if cleanup is not None:
            shutil.rmtree(cleanup, ignore_errors=True)
        raise
    return SparqlServer(cfg, pool, cleanup, label)


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address or name."""
    return host in ("localhost", "::1") or host.startswith("127.")


def serve(
    *, store: str | Path | None = None, file: str | Path | None = None,
    config: ServeConfig | None = None, announce: Sequence[str] = (),
) -> None:
    """Run the endpoint until interrupted (the CLI's ``newsgraph serve``): Ctrl-C (SIGINT)
    or SIGTERM stops it cleanly."""
    cfg = config or ServeConfig()
    if threading.current_thread() is threading.main_thread():
        # (a process started in the background of a shell inherits SIGINT ignored, and
        # Python then leaves it so: Ctrl-C, or a service manager's SIGTERM, must still stop it)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, _interrupt)
    server = open_server(store=store, file=file, config=cfg)
    try:  # (a signal right after the first line still stops it cleanly)
        if not is_loopback(cfg.host):
            print(
                f"newsgraph: warning: listening on {cfg.host}, not loopback: anyone who can "
                "reach this address can query the graph",
                file=sys.stderr,
            )
        print(
            f"newsgraph: SPARQL endpoint {server.url}sparql (query page {server.url}) over "
            f"{server.label}; read-only, {cfg.timeout:g}s and {cfg.max_results} results a "
            "query; Ctrl-C stops",
            file=sys.stderr,
            flush=True,
        )
        for line in announce:
            print(line, file=sys.stderr)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
