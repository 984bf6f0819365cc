"""graph.query: SPARQL over datasets, output formats, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Namespace
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, RDFS

from graph.io import load_dataset, write_dataset
from graph.query import QueryError, format_result, run_query

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

NG = Namespace("https://w3id.org/newsgraph/ns#")
ID = Namespace("https://w3id.org/newsgraph/id/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

PERSONS_Q = """
SELECT ?person ?label WHERE {
  ?person a ng:Person ; rdfs:label ?label .
} ORDER BY ?person ?label
"""


def make_dataset() -> Dataset:
    ds = Dataset()
    default = ds.graph(DATASET_DEFAULT_GRAPH_ID)
    meeting = ID["meeting/m1"]
    default.add((meeting, RDF.type, NG.Meeting))
    default.add((meeting, NG.date, Literal("2020-11-15", datatype=XSD.date)))
    for key, label, lang in [("baqeri", "محمد باقری", "fa"), ("khattab", "Khattab", "en")]:
        person = ID[f"person/{key}"]
        default.add((person, RDF.type, NG.Person))
        default.add((person, RDFS.label, Literal(label, lang=lang)))
        default.add((meeting, NG.participant, person))
    for i in (1, 2):
        g = ds.graph(ID[f"article/a{i}"])
        g.add((ID[f"article/a{i}"], RDF.type, NG.Article))
        g.add((meeting, RDF.type, NG.Meeting))
        g.add((meeting, NG.quote, Literal(f"quote {i}", lang="en")))
    return ds


@pytest.fixture
def ds() -> Dataset:
    return make_dataset()


# --------------------------------------------------------------------------- SELECT formats


def test_table(ds: Dataset) -> None:
    out = format_result(run_query(ds, PERSONS_Q), "table")
    assert out.splitlines() == [
        "person             label",
        "-----------------  ----------",
        "id:person/baqeri   محمد باقری",
        "id:person/khattab  Khattab",
    ]


def test_table_is_default_format(ds: Dataset) -> None:
    result = run_query(ds, PERSONS_Q)
    assert format_result(result) == format_result(result, "table")


def test_table_no_results(ds: Dataset) -> None:
    result = run_query(ds, "SELECT ?s WHERE { ?s a ng:Agreement }")
    assert format_result(result, "table") == "(no results)"


@pytest.mark.parametrize(
    ("literal", "cell"),
    [
        (Literal("2020-11", datatype=XSD.gYearMonth), "2020-11"),
        (Literal(42), "42"),
        (Literal("Tehran", lang="en"), "Tehran"),
        (Literal("two\nlines"), "two\\nlines"),
    ],
)
def test_table_literals_lexical(literal: Literal, cell: str) -> None:
    g = Graph()
    g.add((ID["x"], RDFS.comment, literal))
    out = format_result(run_query(g, "SELECT ?v WHERE { ?s rdfs:comment ?v }"), "table")
    assert out.splitlines()[2] == cell


def test_table_aligns_wide_characters() -> None:
    g = Graph()
    g.add((ID["a"], RDFS.label, Literal("李鹏")))
    g.add((ID["b"], RDFS.label, Literal("Li")))
    out = format_result(
        run_query(g, "SELECT ?l ?s WHERE { ?s rdfs:label ?l } ORDER BY ?s"), "table"
    )
    lines = out.splitlines()
    assert lines[2] == "李鹏  id:a"  # width 4 column, two spaces
    assert lines[3] == "Li    id:b"


def test_csv(ds: Dataset) -> None:
    out = format_result(run_query(ds, PERSONS_Q), "csv")
    assert out == (
        "person,label\r\n"
        "https://w3id.org/newsgraph/id/person/baqeri,محمد باقری\r\n"
        "https://w3id.org/newsgraph/id/person/khattab,Khattab\r\n"
    )


def test_csv_quotes_and_unbound() -> None:
    g = Graph()
    g.add((ID["a"], RDFS.label, Literal('say "hi", then\nleave')))
    g.add((ID["b"], RDF.type, NG.Person))
    q = "SELECT ?s ?l WHERE { ?s ?p ?o OPTIONAL { ?s rdfs:label ?l } } ORDER BY ?s"
    rows = list(csv.reader(io.StringIO(format_result(run_query(g, q), "csv"), newline="")))
    assert rows == [
        ["s", "l"],
        [str(ID["a"]), 'say "hi", then\nleave'],
        [str(ID["b"]), ""],
    ]


def test_tsv(ds: Dataset) -> None:
    q = PERSONS_Q.replace("?person ?label WHERE", "?person ?label ?date WHERE").replace(
        "rdfs:label ?label .",
        "rdfs:label ?label . OPTIONAL { ?m ng:participant ?person ; ng:date ?date }",
    )
    out = format_result(run_query(ds, q), "tsv")
    assert out.splitlines() == [
        "?person\t?label\t?date",
        f'<{ID["person/baqeri"]}>\t"محمد باقری"@fa\t"2020-11-15"^^<{XSD.date}>',
        f'<{ID["person/khattab"]}>\t"Khattab"@en\t"2020-11-15"^^<{XSD.date}>',
    ]


def test_tsv_escapes_tabs_and_newlines() -> None:
    g = Graph()
    g.add((ID["a"], RDFS.label, Literal('a\tb\nc "d" \\e')))
    out = format_result(run_query(g, "SELECT ?l WHERE { ?s rdfs:label ?l }"), "tsv")
    assert out == '?l\n"a\\tb\\nc \\"d\\" \\\\e"\n'


def test_json(ds: Dataset) -> None:
    doc = json.loads(format_result(run_query(ds, PERSONS_Q), "json"))
    assert doc["head"] == {"vars": ["person", "label"]}
    assert doc["results"]["bindings"] == [
        {
            "person": {"type": "uri", "value": str(ID["person/baqeri"])},
            "label": {"type": "literal", "value": "محمد باقری", "xml:lang": "fa"},
        },
        {
            "person": {"type": "uri", "value": str(ID["person/khattab"])},
            "label": {"type": "literal", "value": "Khattab", "xml:lang": "en"},
        },
    ]


def test_json_typed_literal_and_unbound(ds: Dataset) -> None:
    q = "SELECT ?d ?missing WHERE { ?m ng:date ?d OPTIONAL { ?m ng:location ?missing } }"
    doc = json.loads(format_result(run_query(ds, q), "json"))
    assert doc["results"]["bindings"] == [
        {"d": {"type": "literal", "value": "2020-11-15", "datatype": str(XSD.date)}}
    ]


def test_unknown_format(ds: Dataset) -> None:
    with pytest.raises(QueryError, match="unknown result format 'xml'"):
        format_result(run_query(ds, PERSONS_Q), "xml")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- ASK / CONSTRUCT


@pytest.mark.parametrize(
    ("query", "answer"),
    [
        ("ASK { ?m a ng:Meeting ; ng:participant ?p }", True),
        ("ASK { ?a a ng:Agreement }", False),
    ],
)
@pytest.mark.parametrize("fmt", ["table", "csv", "tsv"])
def test_ask_text(ds: Dataset, query: str, answer: bool, fmt: str) -> None:
    assert format_result(run_query(ds, query), fmt) == ("true" if answer else "false")


@pytest.mark.parametrize(
    ("query", "answer"), [("ASK { ?m a ng:Meeting }", True), ("ASK { ?a a ng:Agreement }", False)]
)
def test_ask_json(ds: Dataset, query: str, answer: bool) -> None:
    assert json.loads(format_result(run_query(ds, query), "json")) == {
        "head": {},
        "boolean": answer,
    }


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_construct_gives_turtle(ds: Dataset, fmt: str) -> None:
    q = "CONSTRUCT { ?p schema:name ?l } WHERE { ?p a ng:Person ; rdfs:label ?l }"
    out = format_result(run_query(ds, q), fmt)
    assert "@prefix schema: <https://schema.org/> ." in out
    expected = Graph()
    schema_name = Namespace("https://schema.org/")["name"]
    expected.add((ID["person/baqeri"], schema_name, Literal("محمد باقری", lang="fa")))
    expected.add((ID["person/khattab"], schema_name, Literal("Khattab", lang="en")))
    assert isomorphic(Graph().parse(data=out, format="turtle"), expected)


def test_describe_gives_turtle(ds: Dataset) -> None:
    out = format_result(run_query(ds, f"DESCRIBE <{ID['person/khattab']}>"))
    parsed = Graph().parse(data=out, format="turtle")
    assert (ID["person/khattab"], RDF.type, NG.Person) in parsed


# --------------------------------------------------------------------------- dataset semantics


def test_plain_patterns_match_default_graph_only(ds: Dataset) -> None:
    # ng:quote is only in the article graphs
    assert format_result(run_query(ds, "ASK { ?s ng:quote ?q }")) == "false"
    result = run_query(ds, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(next(iter(result))[0]) == len(ds.graph(DATASET_DEFAULT_GRAPH_ID))


def test_graph_variable_over_trig(ds: Dataset, tmp_path: Path) -> None:
    loaded = load_dataset(write_dataset(ds, tmp_path / "g.trig"))
    q = "SELECT ?g ?q WHERE { GRAPH ?g { ?m ng:quote ?q } } ORDER BY ?g"
    out = format_result(run_query(loaded, q), "table")
    assert out.splitlines()[2:] == [
        "id:article/a1  quote 1",
        "id:article/a2  quote 2",
    ]
    # GRAPH ?g ranges over the named graphs only, not the default graph
    names = run_query(loaded, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert sorted(str(row[0]) for row in names) == [str(ID["article/a1"]), str(ID["article/a2"])]


def test_graph_by_name_and_from_named_graph(ds: Dataset) -> None:
    q = f"SELECT ?q WHERE {{ GRAPH <{ID['article/a2']}> {{ ?m ng:quote ?q }} }}"
    assert format_result(run_query(ds, q), "csv") == "q\r\nquote 2\r\n"
    q_from = f"SELECT ?q FROM <{ID['article/a1']}> WHERE {{ ?m ng:quote ?q }}"
    assert format_result(run_query(ds, q_from), "csv") == "q\r\nquote 1\r\n"


def test_user_prefix_lines_still_work(ds: Dataset) -> None:
    q = "PREFIX x: <https://w3id.org/newsgraph/ns#>\nSELECT ?m WHERE { ?m a x:Meeting }"
    assert format_result(run_query(ds, q), "table").splitlines()[2] == "id:meeting/m1"


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ("SELECT ?x WHERE { ?x ?y }", "at line 1, col 19: "),
        ("SELECT ?x\nWHERE {\n  ?x ?y ?z\n", "at line 4, col 1: "),
        ("SELEC ?x WHERE { ?x ?y ?z }", "at line 1, col 1: "),
    ],
)
def test_syntax_error(ds: Dataset, query: str, where: str) -> None:
    with pytest.raises(QueryError) as err:
        run_query(ds, query)
    message = str(err.value)
    assert message.startswith(f"query: syntax error {where}Expected")
    assert "\n" not in message
    assert "(at char" not in message


def test_unknown_prefix(ds: Dataset) -> None:
    with pytest.raises(QueryError) as err:
        run_query(ds, "SELECT ?x WHERE { ?x foo:bar ?y }")
    assert str(err.value) == "query: Unknown namespace prefix : foo"


@pytest.mark.parametrize("query", ["", "   \n"])
def test_empty_query(ds: Dataset, query: str) -> None:
    with pytest.raises(QueryError, match="empty query"):
        run_query(ds, query)
