"""The SPARQL endpoint (graph/server.py): protocol, formats, safety limits, the CLI."""

from __future__ import annotations

import contextlib
import csv
import http.client
import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib

from graph.api import run_build
from graph.cli import make_parser
from graph.io import write_dataset
from graph.query import run_query
from graph.server import (
    ServeConfig,
    ServeError,
    SparqlServer,
    first_keyword,
    negotiate,
    open_server,
    uses_service,
)
from graph.store import Store

ROOT = Path(__file__).resolve().parent.parent
MAX_RESULTS = 7
MAX_BODY = 4000
TIMEOUT = 3.0
COUNT_MEETINGS = "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ng:Meeting }"
RUNAWAY = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?x ?y ?z }"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, rdflib.Dataset]:
    """The seeds as a store folder and as a TriG file, and the reference dataset."""
    root = tmp_path_factory.mktemp("served")
    result = run_build([ROOT / "seeds"])
    with Store.open(root / "kg", create=True) as st:
        st.ingest(result.extractions)
    trig = root / "seeds.trig"
    write_dataset(result.dataset, trig)
    return root / "kg", trig, result.dataset


def _start(server: SparqlServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread


@pytest.fixture(scope="module")
def server(built: tuple[Path, Path, rdflib.Dataset]) -> Iterator[SparqlServer]:
    cfg = ServeConfig(port=0, timeout=TIMEOUT, max_results=MAX_RESULTS, max_body=MAX_BODY,
                      workers=2, quiet=True)
    srv = open_server(store=built[0], config=cfg)
    thread = _start(srv)
    yield srv
    srv.close()
    thread.join(10)
    assert not thread.is_alive()
    assert not any((built[0] / "snapshots").iterdir())  # the snapshot is removed


def request(
    srv: SparqlServer,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    host, port = srv.server_address[:2]
    conn = http.client.HTTPConnection(str(host), int(port), timeout=60)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def query(srv: SparqlServer, sparql: str, accept: str | None = None, how: str = "get",
          **params: str) -> tuple[int, dict[str, str], bytes]:
    headers = {"Accept": accept} if accept else {}
    if how == "get":
        qs = urllib.parse.urlencode({"query": sparql, **params})
        return request(srv, "GET", f"/sparql?{qs}", headers=headers)
    if how == "form":
        body = urllib.parse.urlencode({"query": sparql, **params}).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        return request(srv, "POST", "/sparql", body, headers)
    headers["Content-Type"] = "application/sparql-query"
    qs = urllib.parse.urlencode(params)
    return request(srv, "POST", "/sparql" + (f"?{qs}" if qs else ""), sparql.encode(), headers)


def _expected_meetings(ds: rdflib.Dataset) -> int:
    return int(next(iter(run_query(ds, COUNT_MEETINGS)))[0])


# --------------------------------------------------------------------------- protocol


@pytest.mark.parametrize("how", ["get", "form", "direct"])
def test_the_three_protocol_operations_answer_json(
    server: SparqlServer, built: tuple[Path, Path, rdflib.Dataset], how: str
) -> None:
    status, headers, body = query(server, COUNT_MEETINGS, how=how)
    assert status == 200, body
    assert headers["content-type"] == "application/sparql-results+json"
    doc = json.loads(body)
    assert doc["head"]["vars"] == ["n"]
    (row,) = doc["results"]["bindings"]
    assert int(row["n"]["value"]) == _expected_meetings(built[2]) > 0
    assert row["n"]["datatype"].endswith("#integer")


SELECT_TWO = (
    "SELECT ?p ?name WHERE { ?p a ng:Person ; skos:prefLabel ?name } ORDER BY ?p LIMIT 2"
)


@pytest.mark.parametrize(
    ("accept", "fmt", "mime"),
    [
        ("application/sparql-results+json", None, "application/sparql-results+json"),
        ("application/sparql-results+xml", None, "application/sparql-results+xml"),
        ("text/csv", None, "text/csv"),
        ("text/tab-separated-values", None, "text/tab-separated-values"),
        ("text/html,application/xml;q=0.9,*/*;q=0.8", None, "application/sparql-results+xml"),
        ("text/csv;q=0.2, text/tab-separated-values", None, "text/tab-separated-values"),
        (None, "csv", "text/csv"),
        ("*/*", None, "application/sparql-results+json"),
    ],
)
def test_select_results_in_each_format(
    server: SparqlServer, accept: str | None, fmt: str | None, mime: str
) -> None:
    params = {"format": fmt} if fmt else {}
    status, headers, body = query(server, SELECT_TWO, accept, **params)
    assert status == 200, body
    assert headers["content-type"].split(";")[0] == mime
    text = body.decode("utf-8")
    if mime.endswith("json"):
        rows = [(b["p"]["value"], b["name"]["value"])
                for b in json.loads(text)["results"]["bindings"]]
    elif mime.endswith("xml"):
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        rows = []
        for result in ET.fromstring(text).iterfind(".//r:result", ns):
            p = result.find("r:binding[@name='p']/r:uri", ns)
            name = result.find("r:binding[@name='name']/r:literal", ns)
            assert p is not None and name is not None
            rows.append((p.text, name.text))
    elif mime == "text/csv":
        table = list(csv.reader(io.StringIO(text)))
        assert table[0] == ["p", "name"]
        rows = [tuple(r) for r in table[1:]]
    else:
        lines = text.splitlines()
        assert lines[0] == "?p\t?name"
        rows = []
        for line in lines[1:]:
            p, name = line.split("\t")
            assert p.startswith("<") and name.startswith('"')
            rows.append((p[1:-1], rdflib.util.from_n3(name).toPython()))
    assert len(rows) == 2
    assert all(p.startswith("https://w3id.org/newsgraph/id/person/") for p, _ in rows)


CONSTRUCT_TWO = "CONSTRUCT { ?m a ng:Meeting } WHERE { ?m a ng:Meeting } LIMIT 2"


@pytest.mark.parametrize(
    ("accept", "mime", "rdf_format"),
    [
        ("text/turtle", "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        (None, "text/turtle", "turtle"),
    ],
)
def test_construct_by_content_negotiation(
    server: SparqlServer, accept: str | None, mime: str, rdf_format: str
) -> None:
    status, headers, body = query(server, CONSTRUCT_TWO, accept)
    assert status == 200, body
    assert headers["content-type"].split(";")[0] == mime
    g = rdflib.Graph().parse(data=body.decode("utf-8"), format=rdf_format)
    assert len(g) == 2
    assert set(g.objects()) == {rdflib.URIRef("https://w3id.org/newsgraph/ns#Meeting")}


def test_ask_and_describe(server: SparqlServer) -> None:
    status, _, body = query(server, "ASK { ?m a ng:Agreement }")
    assert (status, json.loads(body)) == (200, {"head": {}, "boolean": True})
    status, _, body = query(server, "ASK { ?m a ng:Agreement }", "application/sparql-results+xml")
    assert status == 200 and b"<boolean>true</boolean>" in body
    status, _, body = query(server, "DESCRIBE ?c WHERE { ?c ng:countryCode 'IR' }",
                                  "application/n-triples")
    assert status == 200
    assert b"https://w3id.org/newsgraph/id/country/IR" in body


def test_named_graphs_and_protocol_dataset(
    server: SparqlServer, built: tuple[Path, Path, rdflib.Dataset]
) -> None:
    q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a ng:Article } }"
    status, _, body = query(server, q)
    assert status == 200
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "5"
    article_graph = next(
        str(g.identifier) for g in built[2].graphs() if "/article/" in str(g.identifier)
    )
    status, _, body = query(server, "SELECT (COUNT(*) AS ?n) WHERE { ?a a ng:Article }",
                            **{"default-graph-uri": article_graph})
    assert status == 200
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "1"


def test_unacceptable_format_is_406(server: SparqlServer) -> None:
    status, _, body = query(server, SELECT_TWO, "image/png")
    assert status == 406
    assert b"application/sparql-results+json" in body


# --------------------------------------------------------------------------- safety


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { # a comment\n ?s ?p ?o . SeRvIcE <http://example.org/q> { ?s ?p ?x } }",
        "SELECT * WHERE { \\u0053ERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "PREFIX ex: <http://example.org/> SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } "
        "VALUES ?endpoint { <http://example.org/sparql> } }",
    ],
)
@pytest.mark.parametrize("how", ["get", "direct"])
def test_federated_service_is_refused(server: SparqlServer, sparql: str, how: str) -> None:
    status, _, body = query(server, sparql, how=how)
    assert status == 403
    assert b"SERVICE" in body


def test_the_word_service_in_a_string_or_iri_is_fine(server: SparqlServer) -> None:
    sparql = (
        'SELECT ?x WHERE { BIND("SERVICE <http://x/> {}" AS ?x) '
        "FILTER(?x != <http://example.org/SERVICE>) } # SERVICE in a comment"
    )
    status, _, body = query(server, sparql)
    assert status == 200, body


@pytest.mark.parametrize(
    ("method", "path", "body", "ctype"),
    [
        ("POST", "/sparql", b"INSERT DATA { <http://a> <http://b> <http://c> }",
         "application/sparql-update"),
        ("POST", "/sparql", b"update=CLEAR+ALL", "application/x-www-form-urlencoded"),
        ("GET", "/sparql?update=DROP+ALL", None, None),
        ("GET", "/sparql?query=" + urllib.parse.quote("DELETE WHERE { ?s ?p ?o }"), None, None),
        ("POST", "/sparql", b"CLEAR DEFAULT", "application/sparql-query"),
    ],
)
def test_updates_are_refused_and_change_nothing(
    server: SparqlServer, built: tuple[Path, Path, rdflib.Dataset],
    method: str, path: str, body: bytes | None, ctype: str | None,
) -> None:
    status, _, answer = request(server, method, path, body,
                                {"Content-Type": ctype} if ctype else {})
    assert 400 <= status < 500
    assert status == 403, answer
    assert b"read-only" in answer
    status, _, answer = query(server, COUNT_MEETINGS)
    assert int(json.loads(answer)["results"]["bindings"][0]["n"]["value"]) == _expected_meetings(
        built[2]
    )


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
def test_graph_store_writes_are_refused(server: SparqlServer, method: str) -> None:
    status, headers, _ = request(server, method, "/sparql?default", b"", {})
    assert status == 405
    assert "POST" in headers["allow"]


@pytest.mark.parametrize(
    ("sparql", "fragment"),
    [
        ("SELECT * WHERE { ?s ?p }", b"error at 1:"),
        ("SELECT ?x WHERE { ?x a undeclared:Thing }", b"Prefix not found"),
        ("NOT SPARQL AT ALL", b"malformed query"),
    ],
)
def test_malformed_queries_get_400_with_the_parser_message(
    server: SparqlServer, sparql: str, fragment: bytes
) -> None:
    status, _, body = query(server, sparql)
    assert status == 400
    assert fragment in body
    assert body.count(b"\n") == 1  # one line


def test_results_are_cut_at_the_limit(server: SparqlServer) -> None:
    status, headers, body = query(server, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == MAX_RESULTS
    assert headers["x-newsgraph-truncated"] == "true"
    status, headers, body = query(server, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")
    assert status == 200
    assert len(body.decode().splitlines()) == MAX_RESULTS
    status, headers, _ = query(server, SELECT_TWO)
    assert "x-newsgraph-truncated" not in headers


@pytest.mark.parametrize(
    ("size", "status"), [(MAX_BODY + 1, 413), (MAX_BODY * 3, 413), (200, 200)]
)
def test_oversized_requests_get_413(server: SparqlServer, size: int, status: int) -> None:
    sparql = "ASK {}"
    padded = (sparql + " " * size)[:size].encode()
    got, _, body = request(server, "POST", "/sparql", padded,
                           {"Content-Type": "application/sparql-query"})
    assert got == status, body
    if status == 413:
        assert str(MAX_BODY).encode() in body


def test_a_long_query_string_gets_413(server: SparqlServer) -> None:
    status, _, _ = query(server, "ASK {}" + " " * (MAX_BODY + 10))
    assert status == 413


def test_a_runaway_query_is_stopped_and_the_endpoint_goes_on(
    server: SparqlServer, built: tuple[Path, Path, rdflib.Dataset]
) -> None:
    before = set(server.pool.pids)
    status, _, body = query(server, RUNAWAY)
    assert status == 503
    assert b"time limit" in body
    after = set(server.pool.pids)
    assert len(after) == len(before)
    assert before - after, "the worker that ran over is killed"
    killed = (before - after).pop()
    with pytest.raises(ProcessLookupError):
        os.kill(killed, 0)
    for _ in range(3):  # the replacement workers answer
        status, _, body = query(server, COUNT_MEETINGS)
        assert status == 200
        assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == (
            _expected_meetings(built[2])
        )


def test_other_requests(server: SparqlServer) -> None:
    assert request(server, "GET", "/nope")[0] == 404
    assert request(server, "GET", "/sparql")[0] == 400  # no query
    status, _, body = request(server, "POST", "/sparql", b"query=ASK{}", {"Content-Type": "text/x"})
    assert status == 415
    assert b"application/sparql-query" in body
    qs = urllib.parse.urlencode([("query", "ASK {}"), ("query", "ASK {}")])
    assert request(server, "GET", f"/sparql?{qs}")[0] == 400


@pytest.mark.parametrize(
    ("host", "status"),
    [("evil.example:80", 403), ("127.0.0.1", 200), ("localhost:8765", 200), ("[::1]:1", 200)],
)
def test_foreign_host_names_are_refused_on_loopback(
    server: SparqlServer, host: str, status: int
) -> None:
    """DNS rebinding: a page on evil.example must not reach the local endpoint."""
    qs = urllib.parse.urlencode({"query": "ASK {}"})
    assert request(server, "GET", f"/sparql?{qs}", headers={"Host": host})[0] == status


def test_the_query_page_works_offline(server: SparqlServer) -> None:
    status, headers, body = request(server, "GET", "/")
    assert status == 200
    assert headers["content-type"].startswith("text/html")
    page = body.decode()
    assert '<form id="f" method="post" action="/sparql">' in page
    assert "<textarea" in page and "fetch('/sparql'" in page
    # nothing fetched from elsewhere: no external scripts, styles, fonts or images
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page
    assert "connect-src 'self'" in headers["content-security-policy"]


# --------------------------------------------------------------------------- units


@pytest.mark.parametrize(
    ("sparql", "keyword", "service"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT", False),
        ("PREFIX ex: <http://e/> BASE <http://b/> ask { ex:a ?p ?o }", "ASK", False),
        ("# INSERT\nCONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT", False),
        ("PREFIX select: <http://e/> INSERT DATA { select:a select:b 'x' }", "INSERT", False),
        ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH", False),
        ('SELECT ("""multi\nSERVICE line""" AS ?x) {}', "SELECT", False),
        ("SELECT ?service ?SERVICE WHERE { ?service ex:SERVICE ?o }", "SELECT", False),
        ("SELECT * { \\U00000053ERVICE <http://e/> {} }", "SELECT", True),
        ("SELECT * {SERVICE<http://e/>{}}", "SELECT", True),
        ("", "", False),
    ],
)
def test_query_text_checks(sparql: str, keyword: str, service: bool) -> None:
    assert first_keyword(sparql) == keyword
    assert uses_service(sparql) is service


@pytest.mark.parametrize(
    ("kind", "accept", "fmt", "expected"),
    [
        ("solutions", None, None, "json"),
        ("solutions", "application/json", None, "json"),
        ("solutions", "text/turtle", None, None),
        ("solutions", "text/*", None, "csv"),
        ("solutions", "text/csv;q=0, */*;q=0.1", None, "json"),
        ("solutions", "text/turtle", "tsv", "tsv"),
        ("graph", "application/json", None, "jsonld"),
        ("graph", "text/csv", None, None),
        ("graph", None, "nt", "nt"),
        ("graph", None, "xml", None),
        ("boolean", "application/sparql-results+xml", None, "xml"),
    ],
)
def test_negotiate(kind: str, accept: str | None, fmt: str | None, expected: str | None) -> None:
    chosen = negotiate(kind, accept, fmt)
    assert (chosen[0] if chosen else None) == expected


def test_defaults_are_the_safe_ones() -> None:
    cfg = ServeConfig()
    assert cfg.host == "127.0.0.1"
    assert cfg.timeout > 0 and cfg.max_results > 0 and cfg.max_body > 0
    args = make_parser().parse_args(["serve", "--store", "kg"])
    assert args.host == "127.0.0.1"


def test_bad_sources_fail_to_start(tmp_path: Path) -> None:
    with pytest.raises(ServeError, match="not a newsgraph store"):
        open_server(store=tmp_path / "none", config=ServeConfig(port=0))
    with pytest.raises(ServeError, match="no such file"):
        open_server(file=tmp_path / "none.trig", config=ServeConfig(port=0))
    with pytest.raises(ServeError, match="either"):
        open_server(config=ServeConfig(port=0))


# --------------------------------------------------------------------------- FILE and CLI


def test_serving_a_file(built: tuple[Path, Path, rdflib.Dataset]) -> None:
    srv = open_server(file=built[1], config=ServeConfig(port=0, workers=1, quiet=True))
    thread = _start(srv)
    try:
        status, _, body = query(srv, COUNT_MEETINGS, how="form")
        assert status == 200
        n = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
        assert n == _expected_meetings(built[2])
    finally:
        srv.close()
        thread.join(10)


def test_the_newsgraph_serve_command(built: tuple[Path, Path, rdflib.Dataset]) -> None:
    """A real `newsgraph serve --store` process, stopped with Ctrl-C (SIGINT)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "graph.cli", "serve", "--store", str(built[0]), "--port", "0",
         "--timeout", "5", "-q"],
        stderr=subprocess.PIPE, text=True, cwd=ROOT,
        # (a stack of every thread on SIGABRT, should it not stop: see below)
        env={**os.environ, "PYTHONFAULTHANDLER": "1"},
    )
    said: list[str] = []
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        # the rest of its stderr read as it comes, so that a full pipe never blocks it
        reader = threading.Thread(target=lambda: said.extend(proc.stderr or ()), daemon=True)
        reader.start()
        m = re.search(r"SPARQL endpoint (http://127\.0\.0\.1:(\d+)/)sparql", line)
        assert m, line
        conn = http.client.HTTPConnection("127.0.0.1", int(m.group(2)), timeout=60)
        conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": COUNT_MEETINGS}),
                     headers={"Accept": "text/csv"})
        resp = conn.getresponse()
        assert resp.status == 200
        assert int(resp.read().decode().split()[-1]) == _expected_meetings(built[2])
        conn.close()
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGABRT)  # its threads' stacks, for the report
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(10)
            time.sleep(1)
            pytest.fail("serve did not stop within 60 s of Ctrl-C:\n" + "".join(said)[-6000:])
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 0, "".join(said)[-3000:]
    assert not any(p.name.startswith(f"{proc.pid}-") for p in (built[0] / "snapshots").iterdir())


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_serve_stops_on_a_signal_even_started_with_sigint_ignored(
    built: tuple[Path, Path, rdflib.Dataset], sig: signal.Signals
) -> None:
    """A process a shell starts in the background inherits SIGINT ignored (so does one
    run by many CI runners); Ctrl-C and a service manager's SIGTERM still stop the server."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "graph.cli", "serve", "--store", str(built[0]), "--port", "0",
         "-q"],
        stderr=subprocess.PIPE, text=True, cwd=ROOT,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    try:
        assert proc.stderr is not None
        assert "SPARQL endpoint" in proc.stderr.readline()
        proc.send_signal(sig)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
