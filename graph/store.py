"""A persistent, incrementally built knowledge graph: ``newsgraph build --store DIR``.

A store folder holds two things:

* ``DIR/oxigraph/``: a pyoxigraph (RocksDB) store with exactly the dataset a one-shot
  build of all the store's articles would write: the merged default graph and one named
  graph per article.  Nothing else: analysts' queries see no bookkeeping.
* ``DIR/newsgraph.sqlite``: the bookkeeping: per article its id, content hash (of the
  normalised text, language and metadata) and its ``Extraction`` as JSON
  (``graph/serial.py``), plus the store's base IRI and which state the oxigraph store
  reflects.

The default graph is a function of ALL articles' extractions (merging), so every ingest
recomputes the whole dataset from the bookkeeping and applies the difference to the
oxigraph store in ONE SPARQL update (pyoxigraph applies an update atomically).

Crash safety: an ingest (1) commits the new extractions to sqlite in one transaction,
(2) applies the dataset to oxigraph atomically, (3) records in sqlite that oxigraph is
in sync.  A kill between any two steps leaves oxigraph holding a complete earlier state
and the bookkeeping saying it is behind; the next ingest (or ``sync()``) completes it.
Ingesting the same article twice changes nothing; an article whose id comes again with
other content (or whose extraction differs, e.g. after an extractor upgrade) replaces
its named graph and the default graph is re-merged.

Only one process may open a store for writing at a time (RocksDB takes a lock);
``newsgraph serve --store`` reads a snapshot (``snapshot()``) so builds can go on.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset
from rdflib.query import Result

from graph.io import PREFIXES, bind_prefixes, serialize_dataset
from graph.model import Article, Extraction
from graph.serial import SerialError, from_json, to_json

__all__ = [
    "IngestReport",
    "Store",
    "StoreError",
    "content_hash",
    "ox_to_rdflib_result",
]

STORE_FORMAT = 1
_DB_NAME = "newsgraph.sqlite"
_OX_NAME = "oxigraph"
_SNAPSHOTS = "snapshots"

Postprocess = Callable[[Dataset], object]


class StoreError(RuntimeError):
    """A store that cannot be opened or written; the message is one line."""


@dataclass
class IngestReport:
    """What an ingest did, article ids by outcome."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    quads: int = 0  # quads in the store afterwards
    articles: int = 0  # articles in the store afterwards
    synced: bool = False  # whether the oxigraph data had to be (re)written

    def __str__(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.replaced)} replaced, "
            f"{len(self.unchanged)} unchanged; the store holds {self.articles} articles, "
            f"{self.quads} quads"
        )


def content_hash(article: Article) -> str:
    """SHA-256 of an article's normalised text, language and metadata (not its source
    path: the same article read from elsewhere is the same article)."""
    pub = article.published
    doc = {
        "id": article.id,
        "text": article.text,
        "lang": article.lang,
        "published": None
        if pub is None
        else [pub.year, pub.month, pub.day, pub.original, pub.calendar],
        "url": article.url,
        "title": article.title,
    }
    data = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _fingerprint(ex: Extraction) -> str:
    """SHA-256 of the extraction, ignoring where the article was read from."""
    blank = replace(ex, article=replace(ex.article, source=""))
    return hashlib.sha256(to_json(blank).encode("utf-8")).hexdigest()


def _one_line(text: object, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    extraction TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    updated TEXT NOT NULL
);
"""


class Store:
    """A newsgraph store in a folder.  Use as a context manager or call ``close()``.

    >>> with Store.open("kg", create=True) as st:        # doctest: +SKIP
    ...     report = st.ingest(extractions)
    ...     print(report, st.quad_count())
    """

    def __init__(self, path: Path, db: sqlite3.Connection, ox_store: ox.Store) -> None:
        self.path = path
        self._db = db
        self._ox = ox_store

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = False) -> Store:
        """Open the store in ``path`` (``create``: make it when missing or empty).

        Raises StoreError when the folder is not a store, belongs to a newer version, or
        is in use by another process."""
        root = Path(path)
        db_path = root / _DB_NAME
        if not db_path.is_file():
            if not create:
                raise StoreError(
                    f"{root}: not a newsgraph store (no {_DB_NAME}); build one with "
                    f"`newsgraph build --store {root} ARTICLES…`"
                )
            if root.exists() and not root.is_dir():
                raise StoreError(f"{root}: is a file; give a folder for the store")
            if root.is_dir() and any(p.name != _OX_NAME for p in root.iterdir()):
                raise StoreError(
                    f"{root}: folder is not empty and not a newsgraph store; "
                    "choose a new or empty folder"
                )
            try:
                root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{root}: cannot create the store folder ({exc})") from exc
        try:
            ox_store = ox.Store(str(root / _OX_NAME))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"{root}: the store is in use by another newsgraph process (build, query "
                    "or push); wait for it to finish and retry"
                ) from exc
            raise StoreError(f"{root}: cannot open the store ({_one_line(exc)})") from exc
        try:
            db = sqlite3.connect(db_path, isolation_level=None)
            db.execute("PRAGMA synchronous=FULL")
            db.executescript(_SCHEMA)
            row = db.execute("SELECT value FROM meta WHERE key='format'").fetchone()
            if row is None:
                db.execute("INSERT INTO meta VALUES ('format', ?)", (str(STORE_FORMAT),))
            elif int(row[0]) > STORE_FORMAT:
                raise StoreError(
                    f"{root}: store format {row[0]} is newer than this newsgraph supports "
                    f"({STORE_FORMAT}); upgrade newsgraph"
                )
        except sqlite3.Error as exc:
            del ox_store
            raise StoreError(f"{root}: bookkeeping database unreadable ({exc})") from exc
        return cls(root, db, ox_store)

    def close(self) -> None:
        """Release the store (its lock) for other processes."""
        with contextlib.suppress(Exception):
            self._ox.flush()
        self._db.close()
        del self._ox

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ bookkeeping
    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _set_meta(self, key: str, value: str | None) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    @property
    def base(self) -> str | None:
        """The base IRI of the store's instances (None: the default base)."""
        return self._meta("base") or None

    def article_ids(self) -> list[str]:
        """The ids of the articles in the store, sorted."""
        return [r[0] for r in self._db.execute("SELECT id FROM articles ORDER BY id")]

    def article_hashes(self) -> dict[str, str]:
        """Article id → content hash."""
        return dict(self._db.execute("SELECT id, hash FROM articles"))

    def extractions(self) -> list[Extraction]:
        """Every article's stored extraction, by article id."""
        out = []
        for aid, text in self._db.execute("SELECT id, extraction FROM articles ORDER BY id"):
            try:
                out.append(from_json(text))
            except SerialError as exc:
                raise StoreError(
                    f"{self.path}: stored extraction of {aid} unreadable: {exc}"
                ) from exc
        return out

    def _state(self) -> str:
        """A digest of what the oxigraph data must be a function of."""
        h = hashlib.sha256()
        h.update(f"format={STORE_FORMAT};base={self.base or ''}\n".encode())
        for aid, fp in self._db.execute("SELECT id, fingerprint FROM articles ORDER BY id"):
            h.update(f"{aid}\t{fp}\n".encode())
        return h.hexdigest()

    def is_synced(self) -> bool:
        """Whether the queryable data reflects every ingested article (False after an
        interrupted ingest; ``sync()`` or the next ingest completes it)."""
        return self._meta("synced_state") == self._state()

    # ------------------------------------------------------------------ writing
    def ingest(
        self,
        extractions: Iterable[Extraction],
        *,
        base: str | None = None,
        postprocess: Postprocess | None = None,
    ) -> IngestReport:
        """Add or replace articles and re-merge; idempotent.

        ``base``: the base IRI of instances; a store keeps the one it was first built
        with (StoreError on a different one).  ``postprocess`` is called on the full
        dataset before it is stored (e.g. online linking) and must be deterministic.
        """
        self._check_base(base)
        report = IngestReport()
        known = {
            aid: (h, fp)
            for aid, h, fp in self._db.execute("SELECT id, hash, fingerprint FROM articles")
        }
        pending: dict[str, tuple[Extraction, str, str]] = {}
        for ex in extractions:
            aid = ex.article.id
            h, fp = content_hash(ex.article), _fingerprint(ex)
            before = pending[aid][1:] if aid in pending else known.get(aid)
            if before == (h, fp):
                if aid not in pending and aid not in report.unchanged:
                    report.unchanged.append(aid)
                continue
            if aid in report.unchanged:
                report.unchanged.remove(aid)
            if aid in known or aid in pending:
                if aid not in report.replaced and aid not in report.added:
                    report.replaced.append(aid)
            else:
                report.added.append(aid)
            pending[aid] = (ex, h, fp)
        if pending:
            self._write_rows(pending.values())
        report.synced = self.sync(postprocess=postprocess)
        report.quads = self.quad_count()
        report.articles = len(self.article_ids())
        return report

    def remove(self, article_ids: Sequence[str], *, postprocess: Postprocess | None = None) -> int:
        """Remove articles (their named graphs) and re-merge; returns how many were there."""
        with self._transaction():
            n = 0
            for aid in article_ids:
                n += self._db.execute("DELETE FROM articles WHERE id=?", (aid,)).rowcount
        self.sync(postprocess=postprocess)
        return n

    def _check_base(self, base: str | None) -> None:
        from graph.vocab import ID

        wanted = "" if base in (None, "", str(ID)) else str(base)
        stored = self._meta("base")
        if stored is None:  # a new store takes the base of its first build
            with self._transaction():
                self._set_meta("base", wanted)
        elif base is not None and wanted != stored:
            raise StoreError(
                f"{self.path}: the store was built with base IRI {stored or str(ID)}, not "
                f"{base}; use the same --base or a new store"
            )

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _write_rows(self, rows: Iterable[tuple[Extraction, str, str]]) -> None:
        """Step 1: the new extractions, all or none."""
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        with self._transaction():
            for ex, h, fp in rows:
                self._db.execute(
                    "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                    (ex.article.id, h, fp, to_json(ex), ex.article.source, now),
                )

    def build_dataset(self, postprocess: Postprocess | None = None) -> Dataset:
        """The dataset a one-shot build of all the store's articles gives."""
        from graph.api import merged_dataset

        return merged_dataset(self.extractions(), base=self.base, link=postprocess)

    def sync(self, *, postprocess: Postprocess | None = None, force: bool = False) -> bool:
        """Make the queryable data reflect the bookkeeping (steps 2 and 3); returns
        whether anything had to be done.  ``force``: recompute even when in sync."""
        state = self._state()
        if not force and self._meta("synced_state") == state:
            return False
        ds = self.build_dataset(postprocess)
        desired = set(ox.parse(serialize_dataset(ds, "nquads"), ox.RdfFormat.N_QUADS))
        self._apply(desired)
        self._mark_synced(state)
        return True

    def _apply(self, desired: set[ox.Quad]) -> None:
        """Step 2: replace the oxigraph data by ``desired`` in one atomic update."""
        current = set(self._ox)
        remove, add = current - desired, desired - current
        if not remove and not add:
            return
        if any(_has_bnode(q) for q in remove):
            # DELETE DATA cannot name blank nodes: replace everything instead
            update = "CLEAR ALL ;\n" + _insert_data(desired)
        else:
            parts = []
            if remove:
                parts.append(_data_block("DELETE DATA", remove))
            if add:
                parts.append(_insert_data(add))
            update = " ;\n".join(parts)
        try:
            self._ox.update(update)
            self._ox.flush()
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.path}: writing the graph failed ({_one_line(exc)})") from exc

    def _mark_synced(self, state: str) -> None:
        """Step 3."""
        with self._transaction():
            self._set_meta("synced_state", state)

    # ------------------------------------------------------------------ reading
    def quad_count(self) -> int:
        """Quads in all graphs (default + named)."""
        return len(self._ox)

    def dataset(self) -> Dataset:
        """The stored graph as an rdflib Dataset (default graph + article graphs)."""
        ds = Dataset()
        bind_prefixes(ds)
        data = self._ox.dump(format=ox.RdfFormat.N_QUADS)
        if data:
            ds.parse(data=data.decode("utf-8"), format="nquads")
        return ds

    def nquads(self) -> bytes:
        """Every quad as sorted N-Quads lines."""
        data = self._ox.dump(format=ox.RdfFormat.N_QUADS) or b""
        lines = sorted(set(data.decode("utf-8").splitlines()))
        return "".join(line + "\n" for line in lines).encode("utf-8")

    def query(self, sparql: str) -> Any:
        """Run a SPARQL query with pyoxigraph (project prefixes predeclared); returns
        pyoxigraph's result.  SyntaxError for a malformed query."""
        return self._ox.query(sparql, prefixes=dict(PREFIXES))

    def query_rdflib(self, sparql: str) -> Result:
        """Like ``query`` but as an rdflib Result (for ``graph.query.format_result``);
        raises graph.query.QueryError (one line) for a malformed or failing query."""
        from graph.query import QueryError

        if not sparql or not sparql.strip():
            raise QueryError("query: empty query; give a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE")
        if _is_update(sparql):
            raise QueryError("query: updates are not allowed here; the store changes by build")
        try:
            return ox_to_rdflib_result(self.query(sparql))
        except SyntaxError as exc:
            raise QueryError(f"query: syntax error: {_one_line(exc)}") from exc
        except (OSError, ValueError, RuntimeError) as exc:
            raise QueryError(f"query: failed while running: {_one_line(exc)}") from exc

    # ------------------------------------------------------------------ snapshots
    def snapshot(self) -> Path:
        """A consistent read-only copy of the queryable data (hard links where possible)
        under ``DIR/snapshots/``; open it with ``pyoxigraph.Store.read_only``.  The caller
        removes it (``shutil.rmtree``) when done; stale ones of dead processes are
        removed here."""
        snaps = self.path / _SNAPSHOTS
        snaps.mkdir(exist_ok=True)
        for old in snaps.iterdir():
            pid = old.name.split("-", 1)[0]
            if pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(old, ignore_errors=True)
        target = snaps / f"{os.getpid()}-{time.time_ns()}"
        try:
            self._ox.flush()
            self._ox.backup(str(target))
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot snapshot the store ({_one_line(exc)})") from exc
        return target


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _has_bnode(q: ox.Quad) -> bool:
    return any(isinstance(t, ox.BlankNode) for t in (q.subject, q.object, q.graph_name))


def _data_block(keyword: str, quads: Iterable[ox.Quad]) -> str:
    default: list[str] = []
    named: dict[str, list[str]] = {}
    for q in quads:
        triple = f"{q.subject} {q.predicate} {q.object} ."
        if isinstance(q.graph_name, ox.DefaultGraph):
            default.append(triple)
        else:
            named.setdefault(str(q.graph_name), []).append(triple)
    body = "\n".join(default)
    for g, triples in named.items():
        body += f"\nGRAPH {g} {{\n" + "\n".join(triples) + "\n}"
    return f"{keyword} {{\n{body}\n}}"


def _insert_data(quads: Iterable[ox.Quad]) -> str:
    return _data_block("INSERT DATA", quads)


_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY",
                 "WITH"}


def _is_update(sparql: str) -> bool:
    from graph.server import first_keyword

    return first_keyword(sparql) in _UPDATE_WORDS


# ---------------------------------------------------------------------- results


def _to_rdflib_term(term: Any) -> Any:
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    return Literal(str(term))  # an RDF-star triple term: shown as text


def ox_to_rdflib_result(res: Any) -> Result:
    """A pyoxigraph query result (solutions, boolean or triples) as an rdflib Result."""
    from rdflib import Graph, Variable

    if isinstance(res, ox.QueryBoolean):
        out = Result("ASK")
        out.askAnswer = bool(res)
        return out
    if isinstance(res, ox.QuerySolutions):
        out = Result("SELECT")
        names = [Variable(v.value) for v in res.variables]
        out.vars = names
        out.bindings = [
            {n: _to_rdflib_term(row[i]) for i, n in enumerate(names) if row[i] is not None}
            for row in res
        ]
        return out
    out = Result("CONSTRUCT")
    g = Graph()
    bind_prefixes(g)
    for t in res:
        g.add((_to_rdflib_term(t.subject), _to_rdflib_term(t.predicate), _to_rdflib_term(t.object)))
    out.graph = g
    return out
