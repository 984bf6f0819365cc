"""Push (graph/push.py) to a real Oxigraph server, started on 127.0.0.1 by the tests."""

from __future__ import annotations

import base64
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import rdflib

from graph.api import run_build
from graph.cli import main
from graph.io import serialize_dataset, write_dataset
from graph.push import PushError, PushReport, _graph_url, push_dataset
from graph.store import Store

ROOT = Path(__file__).resolve().parent.parent
OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
    "oxigraph"
)
needs_oxigraph = pytest.mark.skipif(OXIGRAPH is None, reason="the oxigraph server is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def oxigraph(tmp_path: Path) -> Iterator[str]:
    """A fresh, empty Oxigraph server; yields its base URL; stopped afterwards."""
    assert OXIGRAPH is not None
    port = _free_port()
    log = (tmp_path / "oxigraph.log").open("wb")
    proc = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(tmp_path / "oxdata"), "--bind", f"127.0.0.1:{port}"],
        stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            if proc.poll() is not None:
                raise RuntimeError(f"oxigraph exited: {(tmp_path / 'oxigraph.log').read_text()}")
            try:
                with urllib.request.urlopen(base + "/", timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        else:
            raise RuntimeError("oxigraph did not start")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(20)
        log.close()


def server_quads(base: str) -> set[ox.Quad]:
    """Every quad the server holds (the GSP dataset dump)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    req = urllib.request.Request(base + "/store", headers={"Accept": "application/n-quads"})
    with opener.open(req, timeout=60) as resp:
        return set(ox.parse(resp.read(), ox.RdfFormat.N_QUADS))


def file_quads(ds: rdflib.Dataset) -> set[ox.Quad]:
    return set(ox.parse(serialize_dataset(ds, "nquads"), ox.RdfFormat.N_QUADS))


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> tuple[rdflib.Dataset, Path, Path]:
    root = tmp_path_factory.mktemp("push")
    result = run_build([ROOT / "seeds"])
    trig = root / "seeds.trig"
    write_dataset(result.dataset, trig)
    with Store.open(root / "kg", create=True) as st:
        st.ingest(result.extractions)
    return result.dataset, trig, root / "kg"


# --------------------------------------------------------------------------- real server


@needs_oxigraph
@pytest.mark.parametrize("fmt", ["nt", "ttl"])
def test_push_a_file_twice_gives_every_quad_once(
    oxigraph: str, seeds: tuple[rdflib.Dataset, Path, Path], fmt: str
) -> None:
    ds = seeds[0]
    expected = file_quads(ds)
    named = {q.graph_name for q in expected if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert len(named) == 5
    report = push_dataset(ds, oxigraph + "/store", fmt=fmt)
    assert report.triples == len(expected)
    assert len(report.graphs) == 6  # 5 article graphs + the default graph
    assert server_quads(oxigraph) == expected
    again = push_dataset(ds, oxigraph + "/store", fmt=fmt)
    assert again.graphs == report.graphs
    assert server_quads(oxigraph) == expected  # idempotent: nothing doubled or lost


@needs_oxigraph
def test_named_graphs_are_kept_apart(
    oxigraph: str, seeds: tuple[rdflib.Dataset, Path, Path]
) -> None:
    ds, _, _ = seeds
    push_dataset(ds, oxigraph + "/store")
    got = server_quads(oxigraph)
    for g in ds.graphs():
        if "/article/" not in str(g.identifier):
            continue
        on_server = {q for q in got if q.graph_name == ox.NamedNode(str(g.identifier))}
        assert len(on_server) == len(g) > 0


@needs_oxigraph
def test_push_replaces_a_changed_graph(
    oxigraph: str, seeds: tuple[rdflib.Dataset, Path, Path]
) -> None:
    ds, _, _ = seeds
    push_dataset(ds, oxigraph + "/store")
    smaller = rdflib.Dataset()
    for g in ds.graphs():
        target = smaller.graph(g.identifier)
        for i, t in enumerate(sorted(g)):
            if i % 2 == 0:
                target.add(t)
    push_dataset(smaller, oxigraph + "/store")
    assert server_quads(oxigraph) == file_quads(smaller)


@needs_oxigraph
@pytest.mark.parametrize("source", ["file", "store"])
def test_the_push_command(
    oxigraph: str,
    seeds: tuple[rdflib.Dataset, Path, Path],
    capsys: pytest.CaptureFixture[str],
    source: str,
) -> None:
    ds, trig, kg = seeds
    args = [str(trig)] if source == "file" else ["--store", str(kg)]
    assert main(["push", *args, "--endpoint", oxigraph + "/store"]) == 0
    assert "5 named graphs and the default graph" in capsys.readouterr().err
    assert server_quads(oxigraph) == file_quads(ds)


@needs_oxigraph
def test_a_wrong_path_on_a_real_server(
    oxigraph: str, seeds: tuple[rdflib.Dataset, Path, Path]
) -> None:
    with pytest.raises(PushError) as info:
        push_dataset(seeds[0], oxigraph + "/no-such-endpoint")
    message = str(info.value)
    assert "HTTP 404" in message and "/store" in message and "\n" not in message


# --------------------------------------------------------------------------- auth and errors


class _Recorder(BaseHTTPRequestHandler):
    """Answers every PUT with the configured status and records the headers."""

    seen: list[dict[str, Any]]
    status = 204

    def do_PUT(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        type(self).seen.append(
            {"path": self.path, "headers": dict(self.headers.items()), "body": body}
        )
        self.send_response(type(self).status)
        payload = b"" if type(self).status < 400 else b"Unauthorized: bad credentials"
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[tuple[str, type[_Recorder]]]:
    handler = type("Handler", (_Recorder,), {"seen": [], "status": 204})
    srv = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/ds/data", handler
    srv.shutdown()
    srv.server_close()
    thread.join(10)


def _tiny() -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.add((rdflib.URIRef("http://e/a"), rdflib.RDFS.label, rdflib.Literal("a")))
    ds.graph(rdflib.URIRef("http://e/g?x=1&y")).add(
        (rdflib.URIRef("http://e/b"), rdflib.RDFS.label, rdflib.Literal("b", lang="fa"))
    )
    return ds


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        (
            {"user": "ana", "password": "s3cret:x"},
            "Basic " + base64.b64encode(b"ana:s3cret:x").decode(),
        ),
        ({"token": "tok-123"}, "Bearer tok-123"),
        ({}, None),
    ],
)
def test_auth_headers_and_requests(
    recorder: tuple[str, type[_Recorder]], kwargs: dict[str, str], expected: str | None
) -> None:
    url, handler = recorder
    report = push_dataset(_tiny(), url, **kwargs)  # type: ignore[arg-type]
    assert isinstance(report, PushReport) and report.triples == 2
    paths = [s["path"] for s in handler.seen]
    assert paths == ["/ds/data?default", "/ds/data?graph=http%3A%2F%2Fe%2Fg%3Fx%3D1%26y"]
    for seen in handler.seen:
        assert seen["headers"].get("Authorization") == expected
        assert seen["headers"]["Content-Type"].startswith("application/n-triples")
    assert b'"b"@fa' in handler.seen[1]["body"]


def test_cli_reads_the_password_from_the_environment(
    recorder: tuple[str, type[_Recorder]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, handler = recorder
    f = tmp_path / "tiny.trig"
    write_dataset(_tiny(), f)
    monkeypatch.setenv("NEWSGRAPH_PASSWORD", "from-env")
    assert main(["push", str(f), "--endpoint", url, "--user", "bob", "-q"]) == 0
    expected = "Basic " + base64.b64encode(b"bob:from-env").decode()
    assert {s["headers"]["Authorization"] for s in handler.seen} == {expected}


def test_http_errors_are_one_line_with_a_hint(recorder: tuple[str, type[_Recorder]]) -> None:
    url, handler = recorder
    handler.status = 401
    with pytest.raises(PushError) as info:
        push_dataset(_tiny(), url, user="ana", password="wrong")
    message = str(info.value)
    assert "HTTP 401" in message and "--user/--password or --token" in message
    assert "bad credentials" in message and "\n" not in message


@pytest.mark.parametrize(
    ("endpoint", "kwargs", "message"),
    [
        (f"http://127.0.0.1:{_free_port()}/store", {}, "cannot reach"),
        ("ftp://example.org/store", {}, "not an http(s) URL"),
        ("http://127.0.0.1:1/store", {"user": "a", "password": "b", "token": "c"}, "not both"),
        ("http://127.0.0.1:1/store", {"user": "a"}, "needs a password"),
        ("http://127.0.0.1:1/store", {"fmt": "xml"}, "unknown push format"),
    ],
)
def test_unusable_endpoints_and_options(
    endpoint: str, kwargs: dict[str, str], message: str
) -> None:
    with pytest.raises(PushError) as info:
        push_dataset(_tiny(), endpoint, **kwargs)  # type: ignore[arg-type]
    assert message in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("endpoint", "graph", "url"),
    [
        ("http://h/store", None, "http://h/store?default"),
        ("http://h/store", "http://e/g#x", "http://h/store?graph=http%3A%2F%2Fe%2Fg%23x"),
        ("http://h/rdf-graphs/service?context=1", None, "http://h/rdf-graphs/service?context=1&default"),
    ],
)
def test_graph_urls(endpoint: str, graph: str | None, url: str) -> None:
    assert _graph_url(endpoint, graph) == url


def test_cli_push_needs_a_source(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["push", "--endpoint", "http://127.0.0.1:1/store"]) == 2
    assert "FILE or --store" in capsys.readouterr().err
