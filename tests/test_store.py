"""The persistent store (graph/store.py) and Extraction ↔ JSON (graph/serial.py)."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from graph.api import run_build
from graph.cli import main
from graph.io import serialize_dataset
from graph.model import (
    Agreement,
    Article,
    Entity,
    Extraction,
    Meeting,
    PartialDate,
    Person,
    Span,
)
from graph.rdf import to_dataset
from graph.resolve import resolve
from graph.serial import FORMAT_VERSION, SerialError, from_json, to_json
from graph.store import Store, StoreError, content_hash

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV = ROOT / "tests" / "data" / "dev" / "articles"


@pytest.fixture(scope="module")
def seed_extractions() -> list[Extraction]:
    exs = run_build([SEEDS]).extractions
    assert len(exs) == 5
    return sorted(exs, key=lambda e: e.article.id)


@pytest.fixture(scope="module")
def dev_extractions() -> list[Extraction]:
    return run_build([DEV]).extractions


def one_shot(exs: list[Extraction]) -> bytes:
    """N-Quads of a clean one-shot build of ``exs`` (the reference)."""
    return serialize_dataset(to_dataset(exs, resolve(exs)), "nquads")


# --------------------------------------------------------------------------- serial


def test_round_trip_of_every_real_extraction(
    seed_extractions: list[Extraction], dev_extractions: list[Extraction]
) -> None:
    exs = seed_extractions + dev_extractions
    assert len(exs) > 20
    assert any(e.meetings for e in exs) and any(e.agreements for e in exs)
    assert any(e.article.published is not None for e in exs)
    for ex in exs:
        text = to_json(ex)
        back = from_json(text)
        # asdict compares every field, also PartialDate.original/calendar (compare=False)
        assert dataclasses.asdict(back) == dataclasses.asdict(ex), ex.article.id
        assert to_json(back) == text
        assert json.loads(text)["version"] == FORMAT_VERSION


def _handmade() -> Extraction:
    hijri = PartialDate(1399, 8, 25, original="25 آبان 1399", calendar="persian")
    return Extraction(
        article=Article(
            id="x.txt",
            text="وزیر دفاع ایران …",
            lang="fa",
            published=PartialDate(2020, 11),
            url="https://example.org/a",
            title="عنوان",
            source="in/x.txt:3",
        ),
        persons=[
            Person("p1", "محمد باقری", ["محمد باقری", "باقری"], ["رئیس"], ["سرلشکر"],
                   "chief_of_staff_armed_forces", "IR", [Span(0, 4), Span(10, 15)]),
            Person("p2", None, titles=["وزیر دفاع"]),
        ],
        entities=[Entity("country:IR", "country", "Iran", ["ایران"], "IR", [Span(9, 14)])],
        meetings=[Meeting(["p1", "p2"], [Span(0, 15)], hijri, None, "planned", "visit")],
        agreements=[Agreement(["country:IR"], "signed", "تفاهم‌نامه", [Span(1, 2)], None, ["p1"])],
        sentences=[Span(0, 15)],
    )


def test_round_trip_keeps_fields_outside_equality() -> None:
    ex = _handmade()
    back = from_json(to_json(ex))
    date = back.meetings[0].date
    assert date is not None
    assert (date.original, date.calendar) == ("25 آبان 1399", "persian")
    assert back.article.source == "in/x.txt:3"
    assert back.persons[1].name is None
    assert isinstance(back.persons[0].mentions[0], Span)
    assert dataclasses.asdict(back) == dataclasses.asdict(ex)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(version=99), "version 99"),
        (lambda d: d.pop("version"), "version None"),
        (lambda d: d["extraction"]["article"].update(colour="red"), "unknown Article field"),
        (lambda d: d["extraction"]["article"].pop("text"), "missing Article field 'text'"),
        (lambda d: d["extraction"]["meetings"][0].update(status="maybe"), "is not one of"),
        (lambda d: d["extraction"]["persons"][0].update(mentions=[{"start": "a", "end": 1}]),
         "expected int"),
        (lambda d: d["extraction"]["meetings"][0]["date"].update(month=13), "month out of range"),
    ],
)
def test_bad_documents_are_refused_in_one_line(mutate: object, message: str) -> None:
    doc = json.loads(to_json(_handmade()))
    mutate(doc)  # type: ignore[operator]
    with pytest.raises(SerialError) as info:
        from_json(json.dumps(doc))
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_not_json_is_refused() -> None:
    with pytest.raises(SerialError, match="not valid JSON"):
        from_json("{oops")


_text = st.text(min_size=0, max_size=30)


@settings(max_examples=60, deadline=None)
@given(
    text=_text,
    year=st.integers(1, 9999),
    month=st.none() | st.integers(1, 12),
    original=st.none() | _text,
    title=st.none() | _text,
    spans=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)), max_size=5),
)
def test_round_trip_property(
    text: str, year: int, month: int | None, original: str | None, title: str | None,
    spans: list[tuple[int, int]],
) -> None:
    date = PartialDate(year, month, 1 if month else None, original=original, calendar="islamic")
    ex = Extraction(
        Article("id", text, "ar", date, None, title, "src"),
        sentences=[Span(a, b) for a, b in spans],
    )
    assert dataclasses.asdict(from_json(to_json(ex))) == dataclasses.asdict(ex)


# --------------------------------------------------------------------------- store


def test_the_same_articles_twice_change_nothing(
    tmp_path: Path, seed_extractions: list[Extraction]
) -> None:
    with Store.open(tmp_path / "kg", create=True) as store:
        first = store.ingest(seed_extractions)
        quads = store.quad_count()
        second = store.ingest(seed_extractions)
        assert sorted(first.added) == sorted(e.article.id for e in seed_extractions)
        assert (second.added, second.replaced, second.synced) == ([], [], False)
        assert sorted(second.unchanged) == sorted(first.added)
        assert store.quad_count() == quads == second.quads
        assert store.nquads() == one_shot(seed_extractions)
    # the same articles read from another path are the same articles
    moved = [replace(e, article=replace(e.article, source="elsewhere/" + e.article.id))
             for e in seed_extractions]
    with Store.open(tmp_path / "kg") as store:
        again = store.ingest(moved)
        assert again.added == again.replaced == []
        assert store.quad_count() == quads


@pytest.mark.parametrize("split", [1, 2, 4])
def test_incremental_ingest_equals_a_one_shot_build(
    tmp_path: Path, seed_extractions: list[Extraction], split: int
) -> None:
    """The default graph is re-merged over old + new articles."""
    with Store.open(tmp_path / "kg", create=True) as store:
        store.ingest(seed_extractions[:split])
        assert store.nquads() == one_shot(seed_extractions[:split])
        report = store.ingest(seed_extractions[split:])
        assert len(report.added) == len(seed_extractions) - split
        assert len(report.unchanged) == 0
        assert store.nquads() == one_shot(seed_extractions)
        assert report.articles == len(seed_extractions)


def test_a_changed_article_replaces_its_graph(
    tmp_path: Path, seed_extractions: list[Extraction]
) -> None:
    from graph.api import extract_articles

    exs = seed_extractions
    victim = exs[0].article
    changed_article = replace(victim, title="A corrected headline", text=victim.text + " Updated.")
    (changed,), errors = extract_articles([changed_article])
    assert not errors
    assert content_hash(changed_article) != content_hash(victim)
    with Store.open(tmp_path / "kg", create=True) as store:
        store.ingest(exs)
        report = store.ingest([changed])
        assert report.replaced == [victim.id]
        assert report.added == []
        new_set = [changed, *exs[1:]]
        assert store.nquads() == one_shot(new_set)
        text = store.nquads().decode()
        assert "A corrected headline" in text
        assert victim.title is None or f'"{victim.title}"' not in text


def test_a_batch_naming_an_article_twice_keeps_the_last(
    tmp_path: Path, seed_extractions: list[Extraction]
) -> None:
    a = seed_extractions[0]
    retitled = replace(a, article=replace(a.article, title="Second version"))
    with Store.open(tmp_path / "kg", create=True) as store:
        report = store.ingest([a, retitled])
        assert report.added == [a.article.id]
        assert store.nquads() == one_shot([retitled])


def test_the_store_persists_and_holds_no_bookkeeping_in_the_graph(
    tmp_path: Path, seed_extractions: list[Extraction]
) -> None:
    from graph.rdf import article_iri

    with Store.open(tmp_path / "kg", create=True) as store:
        store.ingest(seed_extractions)
    with Store.open(tmp_path / "kg") as store:
        assert store.is_synced()
        assert store.article_ids() == sorted(e.article.id for e in seed_extractions)
        ds = store.dataset()
        named = {str(g.identifier) for g in ds.graphs() if len(g)} - {
            "urn:x-rdflib:default"
        }
        assert named == {str(article_iri(e.article.id)) for e in seed_extractions}
        assert serialize_dataset(ds, "nquads") == one_shot(seed_extractions)


def test_removing_an_article_re_merges(tmp_path: Path, seed_extractions: list[Extraction]) -> None:
    with Store.open(tmp_path / "kg", create=True) as store:
        store.ingest(seed_extractions)
        assert store.remove([seed_extractions[1].article.id, "not-there"]) == 1
        rest = [e for i, e in enumerate(seed_extractions) if i != 1]
        assert store.nquads() == one_shot(rest)


def _small_batches(m: pytest.MonkeyPatch) -> None:
    """Batches of a few items, so that a sync takes many steps."""
    m.setattr(Store, "ingest_batch", 1)
    m.setattr(Store, "graph_batch", 2)
    m.setattr(Store, "merge_batch", 7)


# (step, the call of it that fails): earlier calls run; ingest_batch=1 makes one
# _write_rows call per article, graph_batch=2 one _write_graphs call per 2 graphs
@pytest.mark.parametrize(
    ("step", "nth"),
    [("_write_rows", 1), ("_write_rows", 2), ("_write_graphs", 1), ("_write_graphs", 2),
     ("_merge_default", 1), ("_merge_default", 3), ("_mark_synced", 1)],
)
def test_a_failure_between_steps_is_completed_by_a_re_run(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    seed_extractions: list[Extraction],
    step: str,
    nth: int,
) -> None:
    old, new = seed_extractions[:2], seed_extractions[2:]
    path = tmp_path / "kg"
    _small_batches(monkeypatch)
    with Store.open(path, create=True) as store:
        store.ingest(old)
    real = getattr(Store, step)
    calls = {"n": 0}

    def boom(self: Store, *args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] >= nth:
            raise RuntimeError("injected failure")
        return real(self, *args, **kwargs)

    with monkeypatch.context() as m, Store.open(path) as store:
        m.setattr(Store, step, boom)
        with pytest.raises(RuntimeError, match="injected"):
            store.ingest(new)
    with Store.open(path) as store:
        nothing_written = step == "_write_rows" and nth == 1
        # before any article graph is written the queryable data is the earlier state;
        # when only the final bookkeeping step failed it is the new one
        if nothing_written or (step == "_write_graphs" and nth == 1):
            assert store.nquads() == one_shot(old)
        if step == "_mark_synced":
            assert store.nquads() == one_shot(seed_extractions)
        # the store knows it is behind (unless nothing at all was written) …
        assert store.is_synced() == nothing_written
        # … and running the same build again completes it
        store.ingest(seed_extractions)
        assert store.is_synced()
        assert store.nquads() == one_shot(seed_extractions)


_KILLER = textwrap.dedent(
    """
    import os, sys
    from graph import store as S
    from graph.serial import from_json

    path, data, target, nth = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    exs = [from_json(line) for line in open(data, encoding="utf-8")]
    S.Store.graph_batch, S.Store.merge_batch = 1, 5
    calls = {"n": 0}
    opened = []
    if target == "to_json":  # die inside the sqlite transaction, rows half written
        real = S.to_json
        def hook(*a, **k):
            calls["n"] += 1
            if calls["n"] >= nth:
                os._exit(9 if opened[0]._db.in_transaction else 3)
            return real(*a, **k)
        S.to_json = hook
    else:  # die at the nth call of a step (the earlier ones ran)
        real = getattr(S.Store, target)
        def hook(self, *a, **k):
            calls["n"] += 1
            if calls["n"] >= nth:
                os._exit(9)
            return real(self, *a, **k)
        setattr(S.Store, target, hook)
    st = S.Store.open(path, create=True)
    opened.append(st)
    st.ingest(exs)
    sys.exit(0)
    """
)


# to_json runs once per new article to fingerprint it, then once per row written: the
# 5th call (3 new articles) comes after one row was written in the open transaction.
# _ox_call wraps every oxigraph write: its 2nd call falls between removing an article
# graph and inserting the batch, or between the insert of one batch and the next.
@pytest.mark.parametrize(
    ("target", "nth"),
    [("to_json", 5), ("_write_graphs", 1), ("_write_graphs", 3), ("_ox_call", 2),
     ("_ox_call", 4), ("_merge_default", 2), ("_mark_synced", 1)],
)
def test_a_hard_kill_mid_build_leaves_a_store_a_re_run_completes(
    tmp_path: Path, seed_extractions: list[Extraction], target: str, nth: int
) -> None:
    """A real process exit (no cleanup, no rollback handlers) at each step."""
    old, new = seed_extractions[:2], seed_extractions[2:]
    path = tmp_path / "kg"
    with Store.open(path, create=True) as store:
        store.ingest(old)
    data = tmp_path / "new.jsonl"
    data.write_text("".join(to_json(e) + "\n" for e in new), encoding="utf-8")
    script = tmp_path / "killer.py"
    script.write_text(_KILLER, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(script), str(path), str(data), target, str(nth)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 9, proc.stderr
    with Store.open(path) as store:
        if target == "to_json" or (target == "_write_graphs" and nth == 1):
            assert store.nquads() == one_shot(old)  # no article graph written yet
        if target == "_mark_synced":
            assert store.nquads() == one_shot(seed_extractions)
        assert store.is_synced() == (target == "to_json")
        store.ingest(new)
        assert store.is_synced()
        assert store.nquads() == one_shot(seed_extractions)


# --------------------------------------------------------------------------- bounded sync


def _graphs(nquads: bytes) -> dict[str, set[str]]:
    """Named graph IRI → its quads (as text), from N-Quads."""
    out: dict[str, set[str]] = {}
    for q in ox.parse(nquads, ox.RdfFormat.N_QUADS):
        if not isinstance(q.graph_name, ox.DefaultGraph):
            out.setdefault(q.graph_name.value, set()).add(str(q))
    return out


def _changed_graphs(before: bytes, after: bytes) -> set[str]:
    """Article graph IRIs whose content differs between two one-shot builds."""
    a, b = _graphs(before), _graphs(after)
    return {g for g in a.keys() | b.keys() if a.get(g) != b.get(g)}


def _spy_written(m: pytest.MonkeyPatch) -> list[str]:
    """Record the article graphs each _write_graphs call (re)writes or removes."""
    from graph.rdf import article_iri

    seen: list[str] = []
    real = Store._write_graphs

    def spy(self: Store, graphs: list[tuple[str, object, object]]) -> None:
        seen.extend(str(article_iri(g[0])) for g in graphs)
        real(self, graphs)  # type: ignore[arg-type]

    m.setattr(Store, "_write_graphs", spy)
    return seen


@pytest.fixture(scope="module")
def corpus(seed_extractions: list[Extraction], dev_extractions: list[Extraction]
           ) -> list[Extraction]:
    exs = sorted(seed_extractions + dev_extractions, key=lambda e: e.article.id)
    assert len({e.article.id for e in exs}) == len(exs) > 25
    return exs


def test_adding_an_article_rewrites_only_the_graphs_that_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corpus: list[Extraction]
) -> None:
    # an article whose people appear elsewhere: its arrival re-merges some nodes
    from graph.rdf import article_iri

    path = tmp_path / "kg"
    for late in (corpus[3], corpus[-1]):
        rest = [e for e in corpus if e is not late]
        with Store.open(path, create=True) as store:
            store.remove(store.article_ids())
            store.ingest(rest)
            assert store.nquads() == one_shot(rest)
            with monkeypatch.context() as m:
                written = _spy_written(m)
                store.ingest([late])
            expected = _changed_graphs(one_shot(rest), one_shot(corpus))
            assert str(article_iri(late.article.id)) in expected
            assert sorted(written) == sorted(expected)
            assert len(written) < len(corpus) // 2  # not a rebuild of everything
            assert store.last_sync.written == sorted(
                e.article.id for e in corpus if str(article_iri(e.article.id)) in expected
            )
            assert store.nquads() == one_shot(corpus)


def test_removing_and_replacing_rewrite_only_the_graphs_that_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corpus: list[Extraction]
) -> None:
    victim, edited = corpus[5], corpus[9]
    retitled = replace(edited, article=replace(edited.article, title="A second headline"))
    after = [e for e in corpus if e is not victim and e is not edited] + [retitled]
    with Store.open(tmp_path / "kg", create=True) as store:
        store.ingest(corpus)
        before = store.nquads()
        with monkeypatch.context() as m:
            written = _spy_written(m)
            store.remove([victim.article.id])
            store.ingest([retitled])
        assert store.last_sync.removed == []
        assert store.nquads() == one_shot(after)
        expected = _changed_graphs(before, one_shot([e for e in corpus if e is not victim]))
        expected |= _changed_graphs(one_shot([e for e in corpus if e is not victim]),
                                    one_shot(after))
        assert sorted(set(written)) == sorted(expected)
        assert len(written) < len(corpus) // 2


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_daily_batches_with_replacements_and_removals_equal_a_one_shot_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corpus: list[Extraction], order: str
) -> None:
    _small_batches(monkeypatch)
    exs = corpus if order == "forward" else corpus[::-1]
    days = [exs[i : i + 7] for i in range(0, len(exs), 7)]
    with Store.open(tmp_path / "kg", create=True) as store:
        held: dict[str, Extraction] = {}
        for day in days:
            store.ingest(iter(day))  # a generator: streamed
            held.update((e.article.id, e) for e in day)
            assert store.nquads() == one_shot(list(held.values()))
        gone = [exs[2].article.id, exs[11].article.id]
        store.remove(gone)
        for aid in gone:
            del held[aid]
        assert store.last_sync.removed == sorted(gone)
        assert store.nquads() == one_shot(list(held.values()))
        first = next(iter(held.values()))
        changed = replace(first, article=replace(first.article, title="Edited"))
        assert store.ingest([changed]).replaced == [first.article.id]
        held[first.article.id] = changed
        final = store.nquads()
        assert final == one_shot(list(held.values()))
        assert store.sync(force=True) is True
        assert len(store.last_sync.written) == len(held)
        assert store.nquads() == final
    # deterministic and order-independent: the same articles in one batch, other order
    with Store.open(tmp_path / "kg2", create=True) as store:
        store.ingest(sorted(held.values(), key=lambda e: e.article.id, reverse=True))
        assert store.nquads() == final


def test_ingest_streams_rows_in_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corpus: list[Extraction]
) -> None:
    import sqlite3

    monkeypatch.setattr(Store, "ingest_batch", 3)
    path = tmp_path / "kg"
    seen: list[int] = []

    def feed() -> Iterator[Extraction]:
        for i, ex in enumerate(corpus[:10]):
            if i:  # what another reader sees committed while the feed goes on
                with contextlib.closing(sqlite3.connect(path / "newsgraph.sqlite")) as db:
                    seen.append(db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
            yield ex

    with Store.open(path, create=True) as store:
        report = store.ingest(feed())
        assert report.articles == 10
    # rows are committed three at a time while the extractions still arrive
    assert seen == [0, 0, 3, 3, 3, 6, 6, 6, 9]


def test_resolution_without_texts_equals_resolution_with_them(corpus: list[Extraction]) -> None:
    from graph.store import _light_extraction

    light = [_light_extraction(e.article.id, to_json(e), Path("x")) for e in corpus]
    assert all(e.article.text == "" and not e.sentences for e in light)
    assert len(to_json(light[0])) < len(to_json(corpus[0])) / 2
    assert resolve(light) == resolve(corpus)


def test_a_store_that_lost_its_graph_digests_is_rebuilt_right(
    tmp_path: Path, corpus: list[Extraction]
) -> None:
    """A store written before the digests existed (or with them lost) converges."""
    first, second = corpus[:12], corpus[12:]
    with Store.open(tmp_path / "kg", create=True) as store:
        store.ingest(first)
        store._db.execute("DELETE FROM graphs")
        store.ingest(second)
        assert store.nquads() == one_shot(corpus)


def test_online_links_go_when_a_later_build_is_offline(
    tmp_path: Path, seed_extractions: list[Extraction]
) -> None:
    from rdflib import URIRef
    from rdflib.namespace import OWL

    from graph.io import default_graph

    def link(ds: Dataset) -> None:
        default_graph(ds).add((URIRef("https://example.org/x"), OWL.sameAs,
                               URIRef("http://www.wikidata.org/entity/Q1")))

    with Store.open(tmp_path / "kg", create=True) as store:
        store.ingest(seed_extractions[:3], postprocess=link)
        assert store.last_sync.full
        assert b"entity/Q1>" in store.nquads()
        store.ingest(seed_extractions[3:])
        assert not store.last_sync.full
        assert store.nquads() == one_shot(seed_extractions)


def test_store_errors_are_one_line(tmp_path: Path, seed_extractions: list[Extraction]) -> None:
    with pytest.raises(StoreError, match="not a newsgraph store"):
        Store.open(tmp_path / "missing")
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("x")
    with pytest.raises(StoreError, match="not empty"):
        Store.open(tmp_path / "busy", create=True)
    with Store.open(tmp_path / "kg", create=True) as store:
        store.ingest(seed_extractions[:1])
        with pytest.raises(StoreError, match="in use"):
            Store.open(tmp_path / "kg")
        with pytest.raises(StoreError, match="base IRI"):
            store.ingest(seed_extractions[1:], base="https://example.org/kg/")


def test_query_through_rdflib_results(tmp_path: Path, seed_extractions: list[Extraction]) -> None:
    from graph.query import QueryError, format_result, run_query

    ds = to_dataset(seed_extractions, resolve(seed_extractions))
    sparql = "SELECT ?m ?d WHERE { ?m a ng:Meeting . OPTIONAL { ?m ng:date ?d } } ORDER BY ?m"
    with Store.open(tmp_path / "kg", create=True) as store:
        store.ingest(seed_extractions)
        got = store.query_rdflib(sparql)
        assert format_result(got, "json") == format_result(run_query(ds, sparql), "json")
        assert store.query_rdflib("ASK { ?m a ng:Agreement }").askAnswer is True
        graph = store.query_rdflib("CONSTRUCT WHERE { ?m a ng:Meeting }").graph
        assert graph is not None and len(graph) == len(got)
        with pytest.raises(QueryError, match="syntax error"):
            store.query_rdflib("SELECT ?x WHERE {")
        with pytest.raises(QueryError, match="not allowed"):
            store.query_rdflib("DELETE WHERE { ?s ?p ?o }")
        assert store.quad_count() > 0


# --------------------------------------------------------------------------- CLI


def _quads(path: Path) -> int:
    with Store.open(path) as store:
        return store.quad_count()


def test_cli_build_into_a_store_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_extractions: list[Extraction]
) -> None:
    kg = tmp_path / "kg"
    out = tmp_path / "kg.nq"
    assert main(["build", str(SEEDS), "--store", str(kg), "--offline"]) == 0
    first = _quads(kg)
    assert "5 added" in capsys.readouterr().err
    assert main(["build", str(SEEDS), "--store", str(kg), "--offline", "-o", str(out)]) == 0
    assert "0 added, 0 replaced, 5 unchanged" in capsys.readouterr().err
    assert _quads(kg) == first
    assert out.read_bytes() == one_shot(seed_extractions)

    assert main(["query", "--store", str(kg), "--format", "csv",
                 "SELECT (COUNT(*) AS ?n) WHERE { ?m a ng:Meeting }"]) == 0
    n_meetings = capsys.readouterr().out.split()[-1]
    assert int(n_meetings) == sum(1 for line in out.read_text().splitlines()
                                  if "ns#Meeting> ." in line and "#type>" in line)
    assert main(["query", "--store", str(kg), str(out), "ASK {}"]) == 2
    assert "not both" in capsys.readouterr().err
    assert main(["query", "--store", str(tmp_path / "nope"), "ASK {}"]) == 2
    assert "not a newsgraph store" in capsys.readouterr().err
