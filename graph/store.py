"""A persistent, incrementally built knowledge graph: ``newsgraph build --store DIR``.

A store folder holds two things:

* ``DIR/oxigraph/``: a pyoxigraph (RocksDB) store with exactly the dataset a one-shot
  build of all the store's articles would write: the merged default graph and one named
  graph per article.  Nothing else: analysts' queries see no bookkeeping.
* ``DIR/newsgraph.sqlite``: the bookkeeping: per article its id, content hash (of the
  normalised text, language and metadata) and its ``Extraction`` as JSON
  (``graph/serial.py``); per article graph in oxigraph the digest of what it holds
  (``graphs``); the merged nodes still to recompute (``dirty``); the store's base IRI and
  which state the oxigraph store reflects.

Memory does not grow with the articles' texts or the number of article graphs:

* ``ingest`` writes extractions to sqlite in batches of ``INGEST_BATCH`` as they arrive.
* ``sync`` resolves (merges) over every article's persons, meetings and agreements
  without their texts, sentences or evidence spans (resolution needs only those).  An
  article's named graph is a function of its extraction and of the merged ids given to
  its persons, meetings and agreements, so its digest is a hash of both: only graphs
  whose digest changed (new, replaced, removed articles, and articles mentioning a merged
  node whose IRI changed) are rebuilt, ``GRAPH_BATCH`` articles at a time, and replaced
  in oxigraph.
* The default graph is the union of the article graphs plus, per node, a display name
  (``skos:prefLabel``) and one value of each single-valued event property: everything
  about a node ``s`` follows from the triples with subject ``s`` in the article graphs.
  So only the subjects of rewritten graphs (old and new content) are recomputed, from
  the named graphs already in oxigraph, ``MERGE_BATCH`` subjects at a time.
* With ``postprocess`` (online Wikidata linking) the whole dataset is built in memory
  as before (``_sync_full``): linking looks at the whole graph.  The next sync without
  it rebuilds the store's data from scratch (incrementally, in bounded memory).

Crash safety.  A sync is no longer one atomic update; it is a sequence of small atomic
steps, each recorded so that a re-run finds and finishes what is missing:

1. ``ingest`` commits extractions in sqlite transactions of ``INGEST_BATCH`` rows;
   ``is_synced()`` is False as soon as one is committed (the state digest changed).
2. per batch of article graphs (``_write_graphs``): (a) one sqlite transaction records
   the subjects of the graphs' old and new content in ``dirty`` and marks the graphs
   pending (digest ''), (b) oxigraph replaces the graphs (each removal and the insert of
   the batch are atomic), (c) one sqlite transaction records the graphs' digests.  A
   crash before (c) leaves the digests pending/old: the re-run rewrites those graphs
   (idempotent) and the dirty subjects are still listed.
3. per batch of dirty subjects (``_merge_default``): the subjects' default-graph triples
   are recomputed from the article graphs and replaced in one atomic SPARQL update, then
   the subjects leave ``dirty``.  Recomputing twice gives the same triples.
4. ``_mark_synced`` records the state oxigraph reflects.

A kill anywhere leaves ``is_synced()`` False (``newsgraph query --store`` warns) and the
next ingest or ``sync()`` completes the data to exactly the one-shot dataset.  While an
interrupted sync is not completed, queries may see a mix of the old and new graphs (some
article graphs new, some merged nodes not yet recomputed): run the build again.
``newsgraph serve --store`` serves a snapshot (``snapshot()``); take it from a synced
store.  Ingesting the same article twice changes nothing; an article whose id comes
again with other content (or whose extraction differs, e.g. after an extractor upgrade)
replaces its named graph and the nodes it touches are re-merged.

Only one process may open a store for writing at a time (RocksDB takes a lock).
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
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import Dataset
from rdflib.query import Result

from graph.io import PREFIXES, bind_prefixes, serialize_dataset
from graph.model import Article, Extraction
from graph.rdf import article_iri
from graph.serial import SerialError, extraction_from_dict, from_json, to_json
from graph.vocab import NG

if TYPE_CHECKING:
    from graph.resolve import Resolution

__all__ = [
    "IngestReport",
    "Store",
    "StoreError",
    "SyncStats",
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
CREATE TABLE IF NOT EXISTS graphs (id TEXT PRIMARY KEY, digest TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dirty (iri TEXT PRIMARY KEY);
"""


@dataclass
class SyncStats:
    """What the last ``sync`` wrote (for reports and tests)."""

    full: bool = False  # the whole dataset was built in memory (postprocess)
    written: list[str] = field(default_factory=list)  # article graphs (re)written
    removed: list[str] = field(default_factory=list)  # article graphs removed
    merged: int = 0  # merged nodes (default-graph subjects) recomputed


class Store:
    """A newsgraph store in a folder.  Use as a context manager or call ``close()``.

    >>> with Store.open("kg", create=True) as st:        # doctest: +SKIP
    ...     report = st.ingest(extractions)
    ...     print(report, st.quad_count())
    """

    #: extractions written per sqlite transaction while ingesting
    ingest_batch = 256
    #: article graphs rebuilt and replaced per step of a sync
    graph_batch = 64
    #: merged nodes (default-graph subjects) recomputed per step of a sync
    merge_batch = 2000

    def __init__(self, path: Path, db: sqlite3.Connection, ox_store: ox.Store) -> None:
        self.path = path
        self._db = db
        self._ox = ox_store
        self.last_sync = SyncStats()

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

        ``extractions`` may be any iterable (a generator streams): they are written to
        the bookkeeping ``ingest_batch`` at a time, never all held.  ``base``: the base
        IRI of instances; a store keeps the one it was first built with (StoreError on a
        different one).  ``postprocess`` is called on the full dataset before it is
        stored (e.g. online linking) and must be deterministic; it makes the sync build
        the whole dataset in memory.
        """
        self._check_base(base)
        report = IngestReport()
        changed: set[str] = set()  # ids this ingest added or replaced
        unchanged: dict[str, None] = {}  # ordered set
        batch: dict[str, tuple[Extraction, str, str]] = {}
        for ex in extractions:
            aid = ex.article.id
            h, fp = content_hash(ex.article), _fingerprint(ex)
            before = batch[aid][1:] if aid in batch else self._row_hashes(aid)
            if before == (h, fp):
                if aid not in changed:
                    unchanged[aid] = None
                continue
            unchanged.pop(aid, None)
            if aid not in changed:
                (report.replaced if before is not None else report.added).append(aid)
                changed.add(aid)
            batch[aid] = (ex, h, fp)
            if len(batch) >= self.ingest_batch:
                self._write_rows(batch.values())
                batch.clear()
        if batch:
            self._write_rows(batch.values())
        del batch
        report.unchanged = list(unchanged)
        report.synced = self.sync(postprocess=postprocess)
        report.quads = self.quad_count()
        report.articles = self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        return report

    def _row_hashes(self, aid: str) -> tuple[str, str] | None:
        row = self._db.execute(
            "SELECT hash, fingerprint FROM articles WHERE id=?", (aid,)
        ).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

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
        """Step 1: a batch of new extractions, all or none."""
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        with self._transaction():
            for ex, h, fp in rows:
                self._db.execute(
                    "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                    (ex.article.id, h, fp, to_json(ex), ex.article.source, now),
                )

    def build_dataset(self, postprocess: Postprocess | None = None) -> Dataset:
        """The dataset a one-shot build of all the store's articles gives (in memory:
        proportional to the whole store)."""
        from graph.api import merged_dataset

        return merged_dataset(self.extractions(), base=self.base, link=postprocess)

    def sync(self, *, postprocess: Postprocess | None = None, force: bool = False) -> bool:
        """Make the queryable data reflect the bookkeeping (steps 2 to 4); returns
        whether anything had to be done.  ``force``: rebuild every article graph and
        re-merge their nodes even when in sync.  What was written is in ``last_sync``."""
        state = self._state()
        if not force and self._meta("synced_state") == state:
            self.last_sync = SyncStats()
            return False
        if postprocess is not None:
            self._sync_full(postprocess)
        else:
            self._sync_incremental(force)
        self._mark_synced(state)
        return True

    # ------------------------------------------------------------- incremental sync
    def _sync_incremental(self, force: bool) -> None:
        stats = SyncStats()
        if self._meta("linked") == "1":
            # the data holds online links that no article graph explains: start afresh
            self._ox_call(self._ox.clear)
            with self._transaction():
                self._db.execute("DELETE FROM graphs")
                self._db.execute("DELETE FROM dirty")
                self._set_meta("linked", "0")
        res, digests = self._resolve_light()
        recorded = dict(self._db.execute("SELECT id, digest FROM graphs"))
        todo = [aid for aid in sorted(digests) if force or recorded.get(aid) != digests[aid]]
        gone = sorted(set(recorded) - set(digests))
        del recorded
        base = self.base
        for i in range(0, len(todo), self.graph_batch):
            ids = todo[i : i + self.graph_batch]
            graphs = [
                (aid, digests[aid], _article_quads(self._load(aid), res, base)) for aid in ids
            ]
            self._write_graphs(graphs)
            stats.written.extend(ids)
        for i in range(0, len(gone), self.graph_batch):
            ids = gone[i : i + self.graph_batch]
            self._write_graphs([(aid, None, []) for aid in ids])
            stats.removed.extend(ids)
        del res, digests
        while True:
            iris = [
                str(r[0])
                for r in self._db.execute(
                    "SELECT iri FROM dirty ORDER BY iri LIMIT ?", (self.merge_batch,)
                )
            ]
            if not iris:
                break
            self._merge_default(iris)
            stats.merged += len(iris)
        self.last_sync = stats

    def _resolve_light(self) -> tuple[Resolution, dict[str, str]]:
        """Resolution over every article (without texts, sentences, evidence) and, per
        article, the digest of its named graph's inputs."""
        from graph.resolve import resolve

        light: list[tuple[Extraction, str]] = []
        for aid, fp, text in self._db.execute(
            "SELECT id, fingerprint, extraction FROM articles ORDER BY id"
        ):
            light.append((_light_extraction(str(aid), text, self.path), str(fp)))
        res = resolve([ex for ex, _ in light])
        digests = {ex.article.id: _graph_digest(ex, fp, res) for ex, fp in light}
        return res, digests

    def _load(self, aid: str) -> Extraction:
        row = self._db.execute("SELECT extraction FROM articles WHERE id=?", (aid,)).fetchone()
        try:
            return from_json(row[0])
        except SerialError as exc:
            raise StoreError(f"{self.path}: stored extraction of {aid} unreadable: {exc}") from exc

    def _write_graphs(self, graphs: Sequence[tuple[str, str | None, list[ox.Quad]]]) -> None:
        """Step 2, for a batch of article graphs ``(id, digest, quads)`` (digest None:
        remove the graph): (a) their old and new subjects become dirty and the graphs
        pending, (b) oxigraph replaces them, (c) their digests are recorded."""
        base = self.base
        subjects: set[str] = set()
        for aid, _, quads in graphs:
            name = ox.NamedNode(str(article_iri(aid, base)))
            subjects.update(
                _iri(q.subject) for q in self._ox.quads_for_pattern(None, None, None, name)
            )
            subjects.update(_iri(q.subject) for q in quads)
        with self._transaction():
            self._db.executemany(
                "INSERT OR IGNORE INTO dirty VALUES (?)", ((s,) for s in sorted(subjects))
            )
            self._db.executemany(
                "INSERT OR REPLACE INTO graphs VALUES (?, '')", ((g[0],) for g in graphs)
            )
        for aid, _, _ in graphs:
            name = ox.NamedNode(str(article_iri(aid, base)))
            if self._ox.contains_named_graph(name):
                self._ox_call(self._ox.remove_graph, name)
        self._ox_call(self._ox.extend, [q for _, _, quads in graphs for q in quads])
        with self._transaction():
            for aid, digest, _ in graphs:
                if digest is None:
                    self._db.execute("DELETE FROM graphs WHERE id=?", (aid,))
                else:
                    self._db.execute("UPDATE graphs SET digest=? WHERE id=?", (digest, aid))

    def _merge_default(self, iris: Sequence[str]) -> None:
        """Step 3, for a batch of dirty subjects: their default-graph triples recomputed
        from the article graphs, replaced in one atomic update, then no longer dirty."""
        remove: set[ox.Triple] = set()
        add: set[ox.Triple] = set()
        for iri in iris:
            union: dict[ox.Triple, None] = {}
            current: set[ox.Triple] = set()
            for q in self._ox.quads_for_pattern(ox.NamedNode(iri), None, None, None):
                if isinstance(q.graph_name, ox.DefaultGraph):
                    current.add(q.triple)
                else:
                    union[q.triple] = None
            desired = _merged_triples(union)
            remove |= current - desired
            add |= desired - current
        if remove or add:
            parts = []
            if remove:
                parts.append(_data_block("DELETE DATA", (ox.Quad(*t) for t in remove)))
            if add:
                parts.append(_insert_data(ox.Quad(*t) for t in add))
            self._ox_call(self._ox.update, " ;\n".join(parts))
        with self._transaction():
            self._db.executemany("DELETE FROM dirty WHERE iri=?", ((i,) for i in iris))

    def _ox_call(self, fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return fn(*args)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.path}: writing the graph failed ({_one_line(exc)})") from exc

    # ------------------------------------------------------------- whole-dataset sync
    def _sync_full(self, postprocess: Postprocess) -> None:
        """The dataset built in memory, linked by ``postprocess``, applied at once.  The
        article-graph bookkeeping is dropped first: the next sync without postprocess
        starts afresh (its default graph must lose the links)."""
        with self._transaction():
            self._set_meta("linked", "1")
            self._db.execute("DELETE FROM graphs")
            self._db.execute("DELETE FROM dirty")
        ds = self.build_dataset(postprocess)
        desired = set(ox.parse(serialize_dataset(ds, "nquads"), ox.RdfFormat.N_QUADS))
        del ds
        self._apply(desired)
        self.last_sync = SyncStats(full=True, written=self.article_ids())

    def _apply(self, desired: set[ox.Quad]) -> None:
        """Replace the oxigraph data by ``desired`` in one atomic update."""
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
        self._ox_call(self._ox.update, update)
        self._ox_call(self._ox.flush)

    def _mark_synced(self, state: str) -> None:
        """Step 4."""
        self._ox_call(self._ox.flush)
        with self._transaction():
            self._set_meta("synced_state", state)

    # ------------------------------------------------------------------ reading
    def counts(self) -> dict[str, int]:
        """Articles, merged persons, meetings and agreements, and the merged (default)
        graph's triples, counted by the store (nothing loaded into memory)."""
        out = {"articles": len(self.article_ids())}
        for key, cls in (("persons", NG.Person), ("meetings", NG.Meeting),
                         ("agreements", NG.Agreement)):
            q = f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{cls}> }}"
            out[key] = int(next(iter(self._ox.query(q)))[0].value)
        q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        out["triples"] = int(next(iter(self._ox.query(q)))[0].value)
        return out

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


# ---------------------------------------------------------------------- incremental sync


def _light_extraction(aid: str, text: str, where: Path) -> Extraction:
    """A stored extraction without what resolution does not read (the text, sentences,
    entities, mention and evidence spans): the merging input at a fraction of the size."""
    try:
        doc = json.loads(text)
        ex = doc["extraction"]
        art = ex["article"]
        art.update(text="", title=None, url=None, source="")
        ex["sentences"] = []
        ex["entities"] = []
        for p in ex.get("persons", []):
            p["mentions"] = []
        for m in ex.get("meetings", []) + ex.get("agreements", []):
            m["evidence"] = []
        return extraction_from_dict(doc)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StoreError(
            f"{where}: stored extraction of {aid} unreadable: {_one_line(exc)}"
        ) from exc


def _graph_digest(ex: Extraction, fingerprint: str, res: Resolution) -> str:
    """A digest of everything an article's named graph is made of: its extraction
    (``fingerprint``) and the merged ids of its persons, meetings and agreements."""
    aid = ex.article.id
    meetings = [res.meeting[(aid, i)] for i in range(len(ex.meetings))]
    ids = {
        "persons": [res.person[(aid, p.key)] for p in ex.persons],
        "meetings": [[gid, res.meeting_label[gid]] for gid in meetings],
        "agreements": [res.agreement[(aid, i)] for i in range(len(ex.agreements))],
    }
    doc = fingerprint + json.dumps(ids, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(doc.encode("utf-8")).hexdigest()


def _article_quads(ex: Extraction, res: Resolution, base: str | None) -> list[ox.Quad]:
    """The quads of ``ex``'s named graph under the store-wide resolution ``res`` (built
    and serialised as a one-shot build does it, so the terms are the same)."""
    from graph.rdf import to_dataset

    name = ox.NamedNode(str(article_iri(ex.article.id, base)))
    ds = to_dataset([ex], res, base=base)
    data = serialize_dataset(ds, "nquads")
    del ds
    return [q for q in ox.parse(data, ox.RdfFormat.N_QUADS) if q.graph_name == name]


def _iri(term: Any) -> str:
    if not isinstance(term, ox.NamedNode):
        raise StoreError(f"unexpected subject {term} in an article graph (not an IRI)")
    return term.value


_MERGED_TYPES = frozenset(
    ox.NamedNode("https://w3id.org/newsgraph/ns#" + t) for t in ("Person", "Meeting", "Agreement")
)
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _merged_triples(union: dict[ox.Triple, None]) -> set[ox.Triple]:
    """The default-graph triples of one subject given its triples in all article graphs:
    the same rule as a one-shot build (graph.rdf._merge_values), which only looks at a
    subject's own triples."""
    if not any(t.predicate == _RDF_TYPE and t.object in _MERGED_TYPES for t in union):
        return set(union)
    from graph.rdf import _merge_values

    back = {
        (_to_rdflib_term(t.subject), _to_rdflib_term(t.predicate), _to_rdflib_term(t.object)): t
        for t in union
    }
    merged: dict[Any, None] = dict.fromkeys(back)
    _merge_values(merged)
    return {back[k] if k in back else _ox_triple(k) for k in merged}


def _ox_triple(triple: tuple[Any, Any, Any]) -> ox.Triple:
    from rdflib import Literal, URIRef

    def term(t: Any) -> Any:
        if isinstance(t, URIRef):
            return ox.NamedNode(str(t))
        if isinstance(t, Literal):
            if t.language:
                return ox.Literal(str(t), language=t.language)
            if t.datatype is not None:
                return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
            return ox.Literal(str(t))
        raise StoreError(f"unexpected term {t!r} in a merged triple")

    s, p, o = triple
    return ox.Triple(term(s), term(p), term(o))


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
