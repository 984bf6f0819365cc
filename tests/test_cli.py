"""End to end through the command line: build, validate, query, evaluate, bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from graph import build
from graph.cli import main
from graph.evaluate import evaluate
from graph.io import default_graph, load_dataset
from graph.vocab import NG

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "eval" / "seeds_gold.jsonl"
EVENTS = ROOT / "tests" / "data" / "eval" / "seeds_events.json"

GOOD_EN = (
    "Published: 12 March 2024\n\nRussian Defence Minister Sergei Shoigu met his Chinese "
    "counterpart Dong Jun in Beijing on Tuesday.\n"
)


@pytest.fixture(scope="module")
def seeds_trig(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build") / "seeds.trig"
    assert main(["build", "--offline", str(SEEDS), "-o", str(out), "-q"]) == 0
    return out


def test_build_seeds_writes_a_valid_trig(seeds_trig: Path) -> None:
    ds = Dataset()
    ds.parse(seeds_trig, format="trig")
    named = [g for g in ds.graphs() if g.identifier != default_graph(ds).identifier and len(g)]
    assert len(named) == 5  # one graph per article
    assert len(set(default_graph(ds).subjects(RDF.type, NG.Meeting))) >= 3
    # an independent parser reads the same quads
    quads = list(pyoxigraph.parse(path=str(seeds_trig), format=pyoxigraph.RdfFormat.TRIG))
    assert len(quads) == sum(len(g) for g in ds.graphs())


def test_validate_agrees_with_build(seeds_trig: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(seeds_trig)]) == 0
    assert "conforms" in capsys.readouterr().out


def test_seeds_scores_meet_the_targets(seeds_trig: Path) -> None:
    report = evaluate(GOLD, load_dataset(seeds_trig), events=EVENTS)
    assert report.by_type["officials"].f1 >= 0.9
    assert report.by_type["meetings"].f1 >= 0.8
    assert report.by_type["agreements"].f1 >= 0.6
    assert report.events is not None and all(e.ok for e in report.events)


def test_evaluate_command_prints_scores(
    seeds_trig: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", str(GOLD), str(seeds_trig), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "officials" in json.dumps(data)


@pytest.mark.parametrize("suffix", [".ttl", ".nq", ".nt", ".jsonld", ".trig"])
def test_every_output_format_parses_back(tmp_path: Path, suffix: str) -> None:
    src = tmp_path / "a.txt"
    src.write_text(GOOD_EN, encoding="utf-8")
    out = tmp_path / f"g{suffix}"
    assert main(["build", "--offline", str(src), "-o", str(out), "-q"]) == 0
    ds = load_dataset(out)
    assert len(set(ds.subjects(RDF.type, NG.Person))) == 2


def test_unknown_output_suffix_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", "--offline", str(SEEDS), "-o", str(tmp_path / "g.xml")]) == 2
    assert "g.xml" in capsys.readouterr().err
    assert not (tmp_path / "g.xml").exists()


def _bad_folder(tmp_path: Path) -> Path:
    d = tmp_path / "mixed"
    d.mkdir()
    (d / "good.txt").write_text(GOOD_EN, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (d / "latin1.txt").write_bytes("Le ministre de la Défense".encode("latin-1"))
    with (d / "huge.txt").open("wb") as fh:  # 20 MB, sparse
        fh.truncate(20_000_000)
    (d / 'hostile "<name>".txt').write_text(GOOD_EN.replace("Shoigu", "Shoygu"), encoding="utf-8")
    return d


def test_bad_files_are_skipped_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = _bad_folder(tmp_path)
    out = tmp_path / "g.ttl"
    assert main(["build", "--offline", str(d), "-o", str(out), "-q"]) == 3
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "skipped" in line]
    assert len(lines) == 4
    for name, reason in [
        ("empty.txt", "empty"),
        ("binary.txt", "binary"),
        ("latin1.txt", "UTF-8"),
        ("huge.txt", "too large"),
    ]:
        assert any(name in line and reason in line for line in lines), (name, lines)
    g = Graph().parse(out, format="turtle")
    ids = {str(o) for o in g.objects(None, URIRef("http://purl.org/dc/terms/identifier"))}
    assert ids == {"good.txt", 'hostile "<name>".txt'}


def test_nothing_readable_is_exit_2_and_no_file(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "g.ttl"
    assert main(["build", "--offline", str(bad), "-o", str(out)]) == 2
    assert not out.exists()


def test_missing_input_and_missing_output_folder(tmp_path: Path) -> None:
    assert (
        main(["build", "--offline", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "g.ttl")]) == 2
    )
    assert (
        main(["build", "--offline", str(SEEDS), "-o", str(tmp_path / "no" / "dir" / "g.ttl")]) == 2
    )


def test_stdin_input(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import io
    import sys

    fake = io.TextIOWrapper(io.BytesIO(GOOD_EN.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    out = tmp_path / "g.ttl"
    assert main(["build", "--offline", "-", "-o", str(out), "-q"]) == 0
    assert len(Graph().parse(out, format="turtle")) > 10


def test_jsonl_records_keep_their_metadata(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    rec = {
        "id": "r1",
        "text": GOOD_EN,
        "lang": "en",
        "published": "2024-03-12",
        "url": "https://example.org/a",
        "title": "Shoigu meets Dong",
    }
    src.write_text(json.dumps(rec) + "\n" + "{not json\n", encoding="utf-8")
    out = tmp_path / "g.ttl"
    assert main(["build", "--offline", str(src), "-o", str(out), "-q"]) == 3
    res = (
        Graph()
        .parse(out)
        .query(
            "SELECT ?d ?u WHERE { ?a a ng:Article ; dcterms:issued ?d ; schema:url ?u }",
            initNs={
                "ng": NG._NS,
                "dcterms": "http://purl.org/dc/terms/",
                "schema": "https://schema.org/",
            },
        )
    )
    assert [(str(d), str(u)) for d, u in res] == [("2024-03-12", "https://example.org/a")]


def test_query_formats(
    seeds_trig: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    q = "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ng:Meeting }"
    assert main(["query", str(seeds_trig), q, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert int(data["results"]["bindings"][0]["n"]["value"]) >= 3
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?p WHERE { ?p a ng:Person } LIMIT 2", encoding="utf-8")
    assert main(["query", str(seeds_trig), "-q", str(rq), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0].strip() == "p"
    assert main(["query", str(seeds_trig), "SELEKT nothing"]) == 2


def test_readme_queries_answer(seeds_trig: Path, capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = readme.split("```sparql")[1:]
    assert len(blocks) >= 4
    for block in blocks:
        query = block.split("```")[0]
        assert main(["query", str(seeds_trig), query]) == 0
        out = capsys.readouterr().out
        assert "(no results)" not in out, query


def test_validate_reports_violations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix ng: <https://w3id.org/newsgraph/ns#> .\n"
        "<https://w3id.org/newsgraph/id/meeting/x> a ng:Meeting .\n",
        encoding="utf-8",
    )
    assert main(["validate", str(bad)]) == 1
    assert "participant" in capsys.readouterr().out
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle <", encoding="utf-8")
    assert main(["validate", str(broken)]) == 2


def test_python_api_and_order_independence(tmp_path: Path) -> None:
    files = sorted(SEEDS.iterdir())
    d1, d2 = tmp_path / "a", tmp_path / "b"
    d1.mkdir()
    d2.mkdir()
    for f in files[:3]:
        shutil.copy(f, d1 / f.name)
    for f in files[3:]:
        shutil.copy(f, d2 / f.name)
    one = build(SEEDS)
    two = build([d2, d1])
    assert isinstance(one, Dataset)
    assert isomorphic(default_graph(one), default_graph(two))


def test_same_input_gives_byte_identical_output(tmp_path: Path) -> None:
    a, b = tmp_path / "a.trig", tmp_path / "b.trig"
    assert main(["build", "--offline", str(SEEDS), "-o", str(a), "-q"]) == 0
    assert main(["build", "--offline", str(SEEDS), "-o", str(b), "-q"]) == 0
    assert a.read_bytes() == b.read_bytes()


def test_a_failing_article_does_not_lose_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import graph.api

    real = graph.api.extract

    def flaky(article, **kw):  # type: ignore[no-untyped-def]
        if article.id == "bad.txt":
            raise RuntimeError("boom")
        return real(article, **kw)

    monkeypatch.setattr(graph.api, "extract", flaky)
    (tmp_path / "bad.txt").write_text(GOOD_EN, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD_EN.replace("Shoigu", "Shoygu"), encoding="utf-8")
    out = tmp_path / "g.ttl"
    assert (
        main(
            [
                "build",
                "--offline",
                str(tmp_path / "bad.txt"),
                str(tmp_path / "good.txt"),
                "-o",
                str(out),
            ]
        )
        == 3
    )
    err = capsys.readouterr().err
    assert "bad.txt" in err and "boom" in err and "please report" in err
    ids = {
        str(o)
        for o in Graph().parse(out).objects(None, URIRef("http://purl.org/dc/terms/identifier"))
    }
    assert ids == {"good.txt"}


def test_build_into_a_store_never_loads_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without -o, `build --store` validates this run's articles and counts in the store:
    memory follows the run, not the store (Store.dataset loads everything)."""
    from graph.store import Store

    def load_all(self: Store) -> Dataset:
        raise AssertionError("build --store without -o loaded the whole store")

    monkeypatch.setattr(Store, "dataset", load_all)
    kg = tmp_path / "kg"
    assert main(["build", "--offline", str(SEEDS), "--store", str(kg)]) == 0
    err = capsys.readouterr().err
    one_shot = build(str(SEEDS))
    n_meetings = len(set(default_graph(one_shot).subjects(RDF.type, NG.Meeting)))
    assert "the store holds 5 articles" in err
    assert f"{n_meetings} meetings" in err
    assert "shapes (this run's articles): conforms" in err
    with Store.open(kg) as st:
        counts = st.counts()
    assert counts["meetings"] == n_meetings
    assert counts["triples"] == len(default_graph(one_shot))
