"""A stand-in for Wikidata's Action API on 127.0.0.1, for tests (no network).

It answers ``wbsearchentities`` and ``wbgetentities`` from ``tests/data/wikidata/entities.json``
(entities in the ``wbgetentities`` shape) in Wikidata's JSON shapes, refuses more than 50
ids with the real ``toomanyvalues`` error, and records every request (path, query
parameters, headers) so tests can check the User-Agent, maxlag and batch sizes.

Failure modes for the first ``fail_times`` requests (``-1``: all of them):
``"429"`` / ``"503"`` (with ``Retry-After``), ``"maxlag"`` (the API's maxlag error JSON),
``"slow"`` (answers after ``delay`` seconds), ``"html"`` (a web page, not JSON).
``crowd=N`` adds N generated namesakes (humans of another country, footballers) to every
search, so a build has many candidates to fetch.

    with StandIn() as wd:
        run(..., api_url=wd.url)
        assert all(r.headers["User-Agent"].startswith("newsgraph/") for r in wd.log)
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import zlib
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).parent / "data" / "wikidata"
API_PATH = "/w/api.php"
MAX_IDS = 50


@dataclass(frozen=True)
class Logged:
    path: str
    params: dict[str, str]
    headers: dict[str, str]


def _entities(folder: Path) -> dict[str, dict[str, Any]]:
    data = json.loads((folder / "entities.json").read_text(encoding="utf-8"))
    return dict(data["entities"])


def dead_port() -> int:
    """A port on 127.0.0.1 where nothing listens (bound, then closed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class StandIn:
    """The stand-in server, in a thread; a context manager."""

    def __init__(
        self,
        mode: str = "ok",
        *,
        fail_times: int = 1,
        retry_after: str | None = "1",
        delay: float = 0.0,
        crowd: int = 0,
        fixtures: Path = FIXTURES,
    ) -> None:
        self.entities = _entities(fixtures)
        self.mode = mode
        self.fail_times = fail_times
        self.retry_after = retry_after
        self.delay = delay
        self.crowd = crowd
        self.log: list[Logged] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{API_PATH}"

    def __enter__(self) -> StandIn:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def requests_for(self, action: str) -> list[Logged]:
        return [r for r in self.log if r.params.get("action") == action]

    # ------------------------------------------------------------------ answers
    def _fail_now(self) -> bool:
        with self._lock:
            n = len(self.log)
        return self.mode != "ok" and (self.fail_times < 0 or n <= self.fail_times)

    def answer(self, params: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        action = params.get("action")
        if action == "wbsearchentities":
            return self._json(self.search(params))
        if action == "wbgetentities":
            return self._json(self.get_entities(params))
        return self._json(
            _error("unknown_action", f'Unrecognized value for parameter "action": {action}.')
        )

    def _json(self, data: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
        headers = {"Content-Type": "application/json; charset=utf-8"}
        if "error" in data:
            headers["MediaWiki-API-Error"] = str(data["error"]["code"])
        return 200, headers, json.dumps(data, ensure_ascii=False).encode("utf-8")

    def search(self, params: dict[str, str]) -> dict[str, Any]:
        text = params.get("search", "")
        lang = params.get("language", "en")
        limit = int(params.get("limit", "7"))
        wanted = text.casefold().strip()
        hits = []
        for qid, ent in self.entities.items():
            match = _match(ent, wanted, (lang, "en", "mul"))
            if match is not None:
                hits.append(_hit(qid, ent, lang, match))
        for k in range(self.crowd):
            qid = f"Q{98_000_000 + zlib.crc32(f'{text}|{lang}|{k}'.encode()) % 1_000_000}"
            ent = self.entities.setdefault(qid, _namesake(qid, f"{text} {k + 1}"))
            hits.append(_hit(qid, ent, lang, ("label", "en", f"{text} {k + 1}")))
        return {
            "searchinfo": {"search": text},
            "search": hits[:limit],
            "search-continue": limit if len(hits) > limit else None,
            "success": 1,
        }

    def get_entities(self, params: dict[str, str]) -> dict[str, Any]:
        ids = [i for i in params.get("ids", "").split("|") if i]
        if len(ids) > MAX_IDS:
            return _error(
                "toomanyvalues",
                f'Too many values supplied for parameter "ids". The limit is {MAX_IDS}.',
                limit=MAX_IDS,
                lowlimit=MAX_IDS,
                highlimit=500,
                parameter="ids",
            )
        props = set(
            params.get("props", "info|sitelinks|aliases|labels|descriptions|claims|datatype").split(
                "|"
            )
        )
        langs = set(params["languages"].split("|")) if params.get("languages") else None
        out: dict[str, Any] = {}
        for qid in ids:
            ent = self.entities.get(qid)
            if ent is None:
                out[qid] = {"id": qid, "missing": ""}
                continue
            copy = {k: v for k, v in ent.items() if k not in _PROP_KEYS or k in props}
            if langs is not None:
                for key in ("labels", "descriptions", "aliases"):
                    if key in copy:
                        copy[key] = {lg: v for lg, v in copy[key].items() if lg in langs}
            out[qid] = copy
        return {"entities": out, "success": 1}

    # ------------------------------------------------------------------ server
    def _handler(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # quiet
                return

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                params = {k: v[-1] for k, v in parse_qs(parts.query).items()}
                with standin._lock:
                    standin.log.append(Logged(parts.path, params, dict(self.headers.items())))
                if parts.path != API_PATH:
                    self._send(404, {"Content-Type": "text/plain"}, b"not found")
                    return
                if standin._fail_now():
                    mode = standin.mode
                    if mode in ("429", "503"):
                        headers = {"Content-Type": "text/plain"}
                        if standin.retry_after is not None:
                            headers["Retry-After"] = standin.retry_after
                        self._send(
                            int(mode),
                            headers,
                            b"Too many requests" if mode == "429" else b"Service unavailable",
                        )
                        return
                    if mode == "maxlag":
                        body = _error(
                            "maxlag",
                            "Waiting for 10.64.48.35: 7 seconds lagged.",
                            host="10.64.48.35",
                            lag=7,
                            type="db",
                        )
                        headers = {
                            "Content-Type": "application/json; charset=utf-8",
                            "X-Database-Lag": "7",
                            "MediaWiki-API-Error": "maxlag",
                        }
                        if standin.retry_after is not None:
                            headers["Retry-After"] = standin.retry_after
                        self._send(200, headers, json.dumps(body).encode())
                        return
                    if mode == "slow":
                        time.sleep(standin.delay)
                    if mode == "html":
                        self._send(
                            200,
                            {"Content-Type": "text/html"},
                            b"<html><body>Main Page</body></html>",
                        )
                        return
                status, headers, body = standin.answer(params)
                # the client may have given up (a read timeout)
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self._send(status, headers, body)

            def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler


_PROP_KEYS = {"labels", "descriptions", "aliases", "claims", "sitelinks"}


def _error(code: str, info: str, **extra: Any) -> dict[str, Any]:
    return {
        "error": {
            "code": code,
            "info": info,
            **extra,
            "*": "See http://127.0.0.1/w/api.php for API usage. Subscribe to the "
            "mediawiki-api-announce mailing list for notice of API deprecations and breaking "
            "changes.",
        },
        "servedby": "mw-api-standin",
    }


def _match(ent: dict[str, Any], wanted: str, langs: tuple[str, ...]) -> tuple[str, str, str] | None:
    """Prefix match on labels, then aliases, in the given languages (as the real search)."""
    for lang in langs:
        lab = (ent.get("labels") or {}).get(lang)
        if lab and lab["value"].casefold().startswith(wanted):
            return ("label", lang, lab["value"])
    for lang in langs:
        for alias in (ent.get("aliases") or {}).get(lang, []):
            if alias["value"].casefold().startswith(wanted):
                return ("alias", lang, alias["value"])
    return None


def _hit(qid: str, ent: dict[str, Any], lang: str, match: tuple[str, str, str]) -> dict[str, Any]:
    labels = ent.get("labels") or {}
    label = (labels.get(lang) or labels.get("en") or {"value": qid})["value"]
    hit: dict[str, Any] = {
        "id": qid,
        "title": qid,
        "pageid": int(qid[1:]) % 10_000_000,
        "display": {"label": {"value": label, "language": lang}},
        "repository": "wikidata",
        "url": f"//www.wikidata.org/wiki/{qid}",
        "concepturi": f"http://www.wikidata.org/entity/{qid}",
        "label": label,
        "match": {"type": match[0], "language": match[1], "text": match[2]},
    }
    desc = (ent.get("descriptions") or {}).get("en")
    if desc:
        hit["description"] = desc["value"]
    if match[0] == "alias":
        hit["aliases"] = [match[2]]
    return hit


def _namesake(qid: str, label: str) -> dict[str, Any]:
    """A generated human of the same name: a US footballer."""

    def claim(pid: str, value: str, n: int) -> dict[str, Any]:
        return {
            "mainsnak": {
                "snaktype": "value",
                "property": pid,
                "datavalue": {
                    "value": {"entity-type": "item", "numeric-id": int(value[1:]), "id": value},
                    "type": "wikibase-entityid",
                },
                "datatype": "wikibase-item",
            },
            "type": "statement",
            "id": f"{qid}$generated-{n}",
            "rank": "normal",
        }

    return {
        "type": "item",
        "id": qid,
        "labels": {"en": {"language": "en", "value": label}},
        "descriptions": {"en": {"language": "en", "value": "American footballer"}},
        "aliases": {},
        "claims": {
            "P31": [claim("P31", "Q5", 1)],
            "P27": [claim("P27", "Q30", 2)],
            "P106": [claim("P106", "Q937857", 3)],
        },
    }
