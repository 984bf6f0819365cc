"""``newsgraph push``: copy a graph to a triple store with the SPARQL 1.1 Graph Store HTTP
Protocol.

Each named graph (one per article) is sent as ``PUT ENDPOINT?graph=IRI`` and the default
graph (the merged nodes) as ``PUT ENDPOINT?default``, as N-Triples (or Turtle).  PUT
replaces a graph, so pushing twice leaves the server with the same content; graphs the
server holds that the source lacks are left alone.  An empty default graph is not sent.

Graph Store endpoints: Oxigraph ``http://host:7878/store``, Fuseki
``http://host:3030/DATASET/data``, GraphDB
``http://host:7200/repositories/REPO/rdf-graphs/service``.
"""

from __future__ import annotations

import ipaddress
import urllib.parse
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from graph.io import serialize_dataset

__all__ = ["PushError", "PushReport", "push_dataset"]

_MEDIA = {"nt": "application/n-triples", "ttl": "text/turtle"}


class PushError(RuntimeError):
    """A push that failed; the message is one line saying what to do."""


@dataclass
class PushReport:
    """What was sent: (graph IRI or None for the default graph, triples) per PUT."""

    endpoint: str
    graphs: list[tuple[str | None, int]] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(n for _, n in self.graphs)

    def __str__(self) -> str:
        named = sum(1 for g, _ in self.graphs if g is not None)
        has_default = any(g is None for g, _ in self.graphs)
        return (
            f"pushed {self.triples} triples to {self.endpoint}: "
            f"{named} named graphs" + (" and the default graph" if has_default else "")
        )


def _graph_url(endpoint: str, graph: str | None) -> str:
    sep = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    if graph is None:
        return f"{endpoint}{sep}default"
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}"


def _is_loopback(endpoint: str) -> bool:
    host = urllib.parse.urlsplit(endpoint).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _hint(status: int, endpoint: str) -> str:
    if status in (401, 403):
        return "check --user/--password or --token and the account's write permission"
    if status == 404:
        return (
            f"no Graph Store endpoint at {endpoint}; Oxigraph uses /store, Fuseki "
            "/DATASET/data, GraphDB /repositories/REPO/rdf-graphs/service"
        )
    if status == 405:
        return "the endpoint does not accept PUT; is it read-only or a query endpoint?"
    if status == 413:
        return "the server refuses a graph this large; raise its upload limit"
    if status == 415:
        return "the server does not take this format; try --format ttl or nt"
    return "see the server's log"


def _graphs(ds: Dataset | Graph) -> list[tuple[str | None, Graph]]:
    if not ds.context_aware:
        return [(None, ds)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        contexts = list(ds.contexts())
    out: dict[str | None, Graph] = {}
    for g in contexts:
        name = None if g.identifier == DATASET_DEFAULT_GRAPH_ID else str(g.identifier)
        if len(g) and name not in out:
            out[name] = g
    return sorted(out.items(), key=lambda kv: (kv[0] is not None, kv[0] or ""))


def push_dataset(
    ds: Dataset | Graph,
    endpoint: str,
    *,
    user: str | None = None,
    password: str | None = None,
    token: str | None = None,
    fmt: str = "nt",
    timeout: float = 60.0,
    session: requests.Session | None = None,
    progress: Callable[[str | None, int], None] | None = None,
) -> PushReport:
    """PUT every graph of ``ds`` to the Graph Store endpoint ``endpoint``.

    ``user``/``password``: HTTP basic auth; ``token``: a bearer token (not both).
    ``fmt``: ``nt`` (N-Triples) or ``ttl`` (Turtle).  Raises PushError (one line) for an
    unreachable endpoint or an HTTP error; graphs sent before the error stay sent, and
    a re-run sends them again harmlessly.
    """
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"{endpoint!r} is not an http(s) URL; give the Graph Store endpoint URL")
    if fmt not in _MEDIA:
        raise PushError(f"unknown push format {fmt!r}; use nt or ttl")
    if token and user:
        raise PushError("give either --user/--password or --token, not both")
    if user is not None and password is None:
        raise PushError(f"--user {user} needs a password: --password or NEWSGRAPH_PASSWORD")
    http = session or requests.Session()
    if session is None and _is_loopback(endpoint):
        http.trust_env = False  # no proxy for a server on this machine
    headers = {"Content-Type": f"{_MEDIA[fmt]}; charset=utf-8"}
    auth: Any = None
    if token:
        headers["Authorization"] = f"Bearer {token}"
    elif user is not None:
        auth = (user, password)
    report = PushReport(endpoint)
    try:
        for name, graph in _graphs(ds):
            body = serialize_dataset(graph, fmt)
            url = _graph_url(endpoint, name)
            shown = "the default graph" if name is None else f"graph <{name}>"
            try:
                resp = http.put(url, data=body, headers=headers, auth=auth, timeout=timeout)
            except requests.exceptions.Timeout as exc:
                raise PushError(
                    f"push: {endpoint} did not answer within {timeout:g}s while sending "
                    f"{shown}; retry or raise --timeout"
                ) from exc
            except requests.exceptions.ConnectionError as exc:
                raise PushError(
                    f"push: cannot reach {endpoint} ({_reason(exc)}); is the server running "
                    "and the URL right?"
                ) from exc
            except requests.exceptions.RequestException as exc:
                raise PushError(f"push: request to {endpoint} failed: {_reason(exc)}") from exc
            if resp.status_code >= 400:
                detail = " ".join(resp.text.split())[:200]
                raise PushError(
                    f"push: PUT of {shown} to {endpoint} failed: HTTP {resp.status_code} "
                    f"{resp.reason}" + (f" ({detail})" if detail else "")
                    + f"; {_hint(resp.status_code, endpoint)}"
                )
            report.graphs.append((name, len(graph)))
            if progress is not None:
                progress(name, len(graph))
    finally:
        if session is None:
            http.close()
    return report


def _reason(exc: Exception) -> str:
    text = str(exc)
    for marker in ("Connection refused", "Name or service not known", "No route to host",
                   "Temporary failure in name resolution", "certificate verify failed"):
        if marker in text:
            return marker.lower()
    return " ".join(text.split())[:160] or type(exc).__name__
