"""The persistent store (graph/store.py) and Extraction ↔ JSON (graph/serial.py)."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


@pytest.mark.parametrize("step", ["_write_rows", "_apply", "_mark_synced"])
def test_a_failure_between_steps_is_completed_by_a_re_run(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    seed_extractions: list[Extraction],
    step: str,
) -> None:
    old, new = seed_extractions[:2], seed_extractions[2:]
    path = tmp_path / "kg"
    with Store.open(path, create=True) as store:
        store.ingest(old)

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("injected failure")

    with monkeypatch.context() as m, Store.open(path) as store:
        m.setattr(Store, step, boom)
        with pytest.raises(RuntimeError, match="injected"):
            store.ingest(new)
    with Store.open(path) as store:
        # the queryable data is a complete state: the earlier one, or the new one when
        # only the final bookkeeping step failed …
        expected = seed_extractions if step == "_mark_synced" else old
        assert store.nquads() == one_shot(expected)
        assert store.is_synced() == (step == "_write_rows")
        # … and running the same build again completes it
        store.ingest(seed_extractions)
        assert store.is_synced()
        assert store.nquads() == one_shot(seed_extractions)


_KILLER = textwrap.dedent(
    """
    import json, os, sys
    from graph import store as S
    from graph.serial import from_json

    path, data, target, nth = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    exs = [from_json(line) for line in open(data, encoding="utf-8")]
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
    else:
        real = getattr(S.Store, target)
        def hook(self, *a, **k):
            if target == "_mark_synced":
                os._exit(9)  # oxigraph written, bookkeeping not told
            if target == "_apply":
                os._exit(9)  # rows committed, oxigraph untouched
        setattr(S.Store, target, hook)
    st = S.Store.open(path, create=True)
    opened.append(st)
    st.ingest(exs)
    sys.exit(0)
    """
)


# to_json runs once per new article to fingerprint it, then once per row written: the
# 5th call (3 new articles) comes after one row was written in the open transaction
@pytest.mark.parametrize(("target", "nth"), [("to_json", 5), ("_apply", 0), ("_mark_synced", 0)])
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
        expected = seed_extractions if target == "_mark_synced" else old
        assert store.nquads() == one_shot(expected)
        assert not store.is_synced() or target == "to_json"
        store.ingest(new)
        assert store.is_synced()
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
