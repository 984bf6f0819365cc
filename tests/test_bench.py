"""The benchmark's corpus generator and its measuring functions, on tiny inputs.

No timing is asserted: these tests check that the generator is deterministic and
realistic enough for the extractor, and that every figure the benchmark reports is there.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from graph.api import BuildResult, run_build

BENCH = Path(__file__).resolve().parent.parent / "bench"
LANGS = ("en", "id", "fa", "ar", "ru", "fr")


def _load(name: str) -> ModuleType:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


corpus = _load("corpus")
bench = _load("run")


# --------------------------------------------------------------------------- generator


@pytest.mark.parametrize("seed", [1, 7])
def test_generate_is_deterministic(seed: int) -> None:
    assert corpus.generate(12, seed) == corpus.generate(12, seed)


def test_seeds_give_different_corpora() -> None:
    assert [a.text for a in corpus.generate(6, 1)] != [a.text for a in corpus.generate(6, 2)]


def test_smaller_corpus_is_a_prefix_of_a_larger_one() -> None:
    # the benchmark's N-article corpus is the start of its 4N-article corpus
    assert corpus.generate(24, 3)[:6] == corpus.generate(6, 3)


@pytest.mark.parametrize("n", [0, 1, 6, 13, 50])
def test_generate_spreads_n_articles_over_the_languages(n: int) -> None:
    articles = corpus.generate(n, 5)
    assert len(articles) == n
    assert len({a.id for a in articles}) == n
    counts = Counter(a.lang for a in articles)
    for lang in LANGS:
        assert counts[lang] in (n // 6, n // 6 + 1)


@pytest.mark.parametrize("langs", [("fa",), ("ar", "ru"), ("en", "id", "fr")])
def test_generate_only_the_requested_languages(langs: tuple[str, ...]) -> None:
    articles = corpus.generate(9, 2, langs)
    assert {a.lang for a in articles} == set(langs)


@pytest.mark.parametrize("lang", LANGS)
def test_articles_have_news_length_and_shape(lang: str) -> None:
    for a in corpus.generate(30, 4, (lang,)):
        words = len(a.text.split())
        assert 120 <= words <= 300, (a.id, words)
        headline, dateline, *_ = a.text.split("\n\n")
        assert headline.strip() and re.search(r"\d{4}", dateline)
        assert a.filename == f"{a.id}.txt"


def test_persian_articles_carry_solar_hijri_dates() -> None:
    months = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
              "دی", "بهمن", "اسفند")  # fmt: skip
    for a in corpus.generate(10, 8, ("fa",)):
        dateline = a.text.split("\n\n")[1]
        assert re.search(r"\d{1,2} (" + "|".join(months) + r") 1[34]\d\d", dateline), dateline


def test_names_and_places_come_from_the_lexicons() -> None:
    from graph.lexicon import load_lexicon

    lex = load_lexicon("en")
    gazetteer = {name for name, _cc, _role in lex.persons}
    places = {phrase for phrase, _en, _cc in lex.places}
    texts = " ".join(a.text for a in corpus.generate(60, 9, ("en",)))
    assert any(name in texts for name in gazetteer if " " in name)
    assert sum(1 for p in places if len(p) > 4 and p in texts) >= 5


@pytest.mark.parametrize("args", [(-1, 1, LANGS), (3, 1, ("xx",)), (3, 1, ())])
def test_generate_rejects_bad_arguments(args: tuple[int, int, tuple[str, ...]]) -> None:
    with pytest.raises(ValueError, match=r"n must be|pick from"):
        corpus.generate(*args)


def test_corpus_cli_writes_n_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert corpus.main(["--n", "7", "--out", str(tmp_path / "c"), "--seed", "2"]) == 0
    files = sorted((tmp_path / "c").glob("*.txt"))
    assert len(files) == 7
    assert files[0].read_text(encoding="utf-8") == corpus.generate(7, 2)[0].text
    assert "wrote 7 articles" in capsys.readouterr().out


def test_corpus_cli_bad_language_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert corpus.main(["--n", "2", "--out", str(tmp_path), "--langs", "de"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "de" in err and "pick from" in err


# --------------------------------------------------------------------------- extraction


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    folder = tmp_path_factory.mktemp("corpus")
    corpus.write_corpus(corpus.generate(24, 7), folder)
    return run_build([folder])


def test_generated_articles_all_build(built: BuildResult) -> None:
    assert built.errors == []
    assert len(built.extractions) == 24


@pytest.mark.parametrize("lang", LANGS)
def test_generated_articles_yield_persons_and_meetings(built: BuildResult, lang: str) -> None:
    exs = [ex for ex in built.extractions if ex.article.id.endswith(f"_{lang}.txt")]
    assert len(exs) == 4
    for ex in exs:
        assert ex.article.lang == lang  # detected from the text alone
        named = [p for p in ex.persons if p.name]
        assert len(named) >= 2, (ex.article.id, [p.name for p in ex.persons])
        assert ex.meetings, ex.article.id
        assert all(p.country for p in named), ex.article.id


def test_generated_corpus_has_agreements_and_dated_articles(built: BuildResult) -> None:
    assert sum(len(ex.agreements) for ex in built.extractions) >= 4
    assert all(ex.article.published is not None for ex in built.extractions)


# --------------------------------------------------------------------------- benchmark


def test_replicate_renames_article_nodes_and_keeps_countries(tmp_path: Path) -> None:
    ng = "https://w3id.org/newsgraph/ns#"
    base = "https://w3id.org/newsgraph/id/"
    g = Graph()
    person, country = URIRef(base + "person/x-1"), URIRef(base + "country/IR")
    ev = URIRef(base + "article/a-1#char=0,10")
    g.add((person, RDF.type, URIRef(ng + "Person")))
    g.add((person, URIRef(ng + "country"), country))
    g.add((person, URIRef(ng + "evidence"), ev))
    g.add((country, URIRef(ng + "countryCode"), Literal("IR")))
    out = tmp_path / "r.nt"
    count = bench.replicate(g, 12, out)
    back = Graph().parse(out, format="nt")
    assert count == len(back) == 10  # 3 copies of 3 triples + the country's triple once
    persons = set(back.subjects(RDF.type, URIRef(ng + "Person")))
    assert len(persons) == 3
    assert set(back.objects(None, URIRef(ng + "country"))) == {country}
    assert URIRef(base + "article/a-1-r2#char=0,10") in set(back.objects())


def test_replicate_refuses_an_empty_graph(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="empty"):
        bench.replicate(Graph(), 10, tmp_path / "x.nt")


def test_query_files_are_the_competency_queries() -> None:
    queries = bench.load_queries()
    assert len(queries) >= 6
    for name, text in queries.items():
        assert re.search(r"^\s*SELECT", text, re.M), name
        assert "PREFIX ng:" in text, name


def test_a_query_over_its_time_limit_is_reported_not_run_to_the_end() -> None:
    def slow() -> int:
        for _ in range(100):
            time.sleep(0.05)
        return 1

    assert bench._median_ms(slow, 3, timeout=0.1) == (None, None)
    ms, rows = bench._median_ms(lambda: 5, 2, timeout=5)
    assert rows == 5 and ms is not None


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str, str]:  # type: ignore[type-arg]
    tmp = tmp_path_factory.mktemp("bench")
    out_json = tmp / "bench.json"
    argv = ["--n", "6", "--repeat", "1", "--triples", "3000", "--query-repeat", "1",
            "--rdflib-repeat", "1", "--no-pin", "--quiet", "--json", str(out_json)]  # fmt: skip
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert bench.main(argv) == 0
    return json.loads(out_json.read_text(encoding="utf-8")), buf.getvalue(), str(out_json)


def test_benchmark_prints_every_figure(report: tuple[dict, str, str]) -> None:  # type: ignore[type-arg]
    _res, text, path = report
    for needle in (
        "spaCy blank tokenizer", "extraction", "build end to end", "articles/s", "words/s",
        "x tokenizer", "SHACL share", "growth N -> 4N", "tracemalloc peak", "max RSS",
        "oxigraph-memory", "oxigraph-disk", "rdflib-file", "median over queries",
        f"wrote {path}",
    ):  # fmt: skip
        assert needle in text, needle
    for stage in bench.STAGES:
        assert f"build: {stage}" in text
    for qname in bench.load_queries():
        assert qname in text
    print(text)  # visible with pytest -s


def test_benchmark_json_has_the_figures(report: tuple[dict, str, str]) -> None:  # type: ignore[type-arg]
    res, _text, _path = report
    assert set(res["sizes"]) == {"6", "24"}
    six = res["sizes"]["6"]
    assert six["articles"] == 6 and six["words"] > 6 * 120
    assert set(six["stages_s"]) == set(bench.STAGES)
    assert six["build_s"] == pytest.approx(sum(six["stages_s"].values()))
    assert six["conforms"] is True and six["skipped"] == 0
    for key in ("articles_per_s_extraction", "words_per_s_extraction", "build_over_tokenizer",
                "shacl_share", "growth_build_4n"):  # fmt: skip
        assert res["summary"][key] > 0
    assert 0 < res["summary"]["shacl_share"] < 1
    assert res["memory"]["tracemalloc_peak_mb"] > 0 and res["memory"]["maxrss_mb"] > 0
    q = res["queries"]
    assert q["triples"] >= 3000
    assert set(q["load_s"]) == {"oxigraph-memory", "oxigraph-disk", "rdflib-file"}


def test_backends_agree_on_every_query(report: tuple[dict, str, str]) -> None:  # type: ignore[type-arg]
    res, _text, _path = report
    rows = res["queries"]["rows"]
    assert set(rows) == set(bench.load_queries())
    for qname, per in rows.items():
        assert len(set(per.values())) == 1, (qname, per)
    # the queries reach the data: meetings, officials and planned meetings are found
    assert rows["01_who_met_whom"]["oxigraph-memory"] > 0
    assert rows["04_officials_by_country_role"]["oxigraph-memory"] > 0


@pytest.mark.parametrize("argv", [["--langs", "xx"], ["--n", "0"], ["--repeat", "0"]])
def test_benchmark_rejects_bad_arguments(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("bench:") and "\n" not in err
