"""graph.validate: pySHACL wrapper, per named graph, readable violations."""

from __future__ import annotations

import pytest
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, RDFS

from graph import resources
from graph.validate import (
    ShapesError,
    ValidationResult,
    format_violations,
    load_ontology,
    load_shapes,
    validate,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

NG = Namespace("https://w3id.org/newsgraph/ns#")
ID = Namespace("https://w3id.org/newsgraph/id/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SH = "http://www.w3.org/ns/shacl#"

SHAPES_TTL = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ng: <https://w3id.org/newsgraph/ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

ng:MeetingShape a sh:NodeShape ;
    sh:targetClass ng:Meeting ;
    sh:property [
        sh:path ng:participant ;
        sh:minCount 2 ;
        sh:class ng:Person ;
        sh:message "meeting has fewer than 2 participants" ;
    ] ;
    sh:property [ sh:path ng:date ; sh:datatype xsd:date ] .

ng:PersonShape a sh:NodeShape ;
    sh:targetClass ng:Person ;
    sh:property [
        sh:path rdfs:label ;
        sh:minCount 1 ;
        sh:severity sh:Warning ;
        sh:message "person has no label" ;
    ] .
"""


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(data=SHAPES_TTL, format="turtle")


def add_meeting(g: Graph, name: str, participants: int, date: Literal | None = None) -> URIRef:
    meeting = ID[f"meeting/{name}"]
    g.add((meeting, RDF.type, NG.Meeting))
    for i in range(participants):
        person = ID[f"person/{name}-{i}"]
        g.add((meeting, NG.participant, person))
        g.add((person, RDF.type, NG.Person))
        g.add((person, RDFS.label, Literal(f"Person {i}", lang="en")))
    if date is not None:
        g.add((meeting, NG.date, date))
    return meeting


def test_conforming_graph(shapes: Graph) -> None:
    g = Graph()
    add_meeting(g, "m1", 2, Literal("2020-11-15", datatype=XSD.date))
    result = validate(g, shapes=shapes)
    assert isinstance(result, ValidationResult)
    assert result.conforms is True
    assert result.violations == []
    assert format_violations(result) == "conforms: no violations"


def test_min_count_violation(shapes: Graph) -> None:
    g = Graph()
    meeting = add_meeting(g, "m1", 1)
    result = validate(g, shapes=shapes)
    assert result.conforms is False
    assert len(result.violations) == 1
    v = result.violations[0]
    assert v.focus == str(meeting)
    assert v.path == str(NG.participant)
    assert v.constraint == SH + "MinCountConstraintComponent"
    assert v.severity == "Violation"
    assert v.message == "meeting has fewer than 2 participants"
    assert v.graph is None
    assert format_violations(result) == (
        "id:meeting/m1 ng:participant: meeting has fewer than 2 participants "
        "(MinCountConstraintComponent)"
    )
    assert len(result.report_graph) > 0
    assert "Conforms: False" in result.text


def test_value_shown_for_value_constraints(shapes: Graph) -> None:
    g = Graph()
    add_meeting(g, "m1", 2, Literal("15 November"))
    result = validate(g, shapes=shapes)
    assert not result.conforms
    [v] = result.violations
    assert v.constraint == SH + "DatatypeConstraintComponent"
    assert v.value == '"15 November"'
    line = format_violations(result)
    assert line.startswith("id:meeting/m1 ng:date: ")
    assert '(value: "15 November")' in line
    assert line.endswith("(DatatypeConstraintComponent)")


def test_class_constraint_value_is_prefixed(shapes: Graph) -> None:
    g = Graph()
    meeting = add_meeting(g, "m1", 1)
    g.add((meeting, NG.participant, ID["country/IR"]))  # not a person
    result = validate(g, shapes=shapes)
    lines = format_violations(result).splitlines()
    assert any("(value: id:country/IR)" in ln and "ClassConstraintComponent" in ln for ln in lines)


def test_warnings_alone_conform(shapes: Graph) -> None:
    g = Graph()
    add_meeting(g, "m1", 2)
    g.remove((ID["person/m1-0"], RDFS.label, None))
    result = validate(g, shapes=shapes)
    assert result.conforms is True
    [v] = result.violations
    assert v.severity == "Warning"
    assert format_violations(result).startswith("Warning: id:person/m1-0 rdfs:label: ")


def dataset_with_bad_article() -> Dataset:
    ds = Dataset()
    add_meeting(ds.graph(DATASET_DEFAULT_GRAPH_ID), "merged", 2)
    add_meeting(ds.graph(ID["article/a1"]), "merged", 2)
    add_meeting(ds.graph(ID["article/a2"]), "lonely", 1)
    return ds


def test_dataset_per_named_graph(shapes: Graph) -> None:
    result = validate(dataset_with_bad_article(), shapes=shapes)
    assert result.conforms is False
    [v] = result.violations
    assert v.graph == str(ID["article/a2"])
    assert v.focus == str(ID["meeting/lonely"])
    assert format_violations(result).startswith("[id:article/a2] id:meeting/lonely ng:participant:")


def test_named_graphs_are_validated_separately(shapes: Graph) -> None:
    # each article graph has one participant; their union would have two
    ds = Dataset()
    add_meeting(ds.graph(DATASET_DEFAULT_GRAPH_ID), "m", 2)
    for i in range(2):
        g = ds.graph(ID[f"article/a{i}"])
        g.add((ID["meeting/m"], RDF.type, NG.Meeting))
        g.add((ID["meeting/m"], NG.participant, ID[f"person/m-{i}"]))
        g.add((ID[f"person/m-{i}"], RDF.type, NG.Person))
        g.add((ID[f"person/m-{i}"], RDFS.label, Literal("x")))
    result = validate(ds, shapes=shapes)
    assert not result.conforms
    assert sorted(v.graph for v in result.violations) == [
        str(ID["article/a0"]),
        str(ID["article/a1"]),
    ]


def test_per_graph_false_checks_default_graph_only(shapes: Graph) -> None:
    result = validate(dataset_with_bad_article(), shapes=shapes, per_graph=False)
    assert result.conforms is True
    assert result.violations == []


def test_default_graph_violation_has_no_graph_name(shapes: Graph) -> None:
    ds = Dataset()
    add_meeting(ds.graph(DATASET_DEFAULT_GRAPH_ID), "m", 1)
    result = validate(ds, shapes=shapes)
    [v] = result.violations
    assert v.graph is None
    assert format_violations(result).startswith("id:meeting/m ng:participant:")


@pytest.mark.parametrize(("count", "limit", "shown"), [(3, 2, 2), (3, 50, 3), (1, 1, 1)])
def test_format_limit(shapes: Graph, count: int, limit: int, shown: int) -> None:
    g = Graph()
    for i in range(count):
        add_meeting(g, f"m{i}", 0)
    result = validate(g, shapes=shapes)
    lines = format_violations(result, limit=limit).splitlines()
    assert [ln.startswith(f"id:meeting/m{i} ") for i, ln in enumerate(lines[:shown])] == [
        True
    ] * shown
    if count > shown:
        assert lines[-1] == f"… and {count - shown} more"
        assert len(lines) == shown + 1
    else:
        assert len(lines) == shown


def test_message_newlines_kept_on_one_line() -> None:
    shapes = Graph().parse(
        data=SHAPES_TTL.replace(
            '"meeting has fewer than 2 participants"', '"""needs two\nparticipants"""'
        ),
        format="turtle",
    )
    g = Graph()
    add_meeting(g, "m", 1)
    out = format_violations(validate(g, shapes=shapes))
    assert (
        out == "id:meeting/m ng:participant: needs two participants (MinCountConstraintComponent)"
    )


def test_empty_shapes_rejected() -> None:
    with pytest.raises(ShapesError, match="no SHACL shapes"):
        validate(Graph(), shapes=Graph())


def test_input_graph_not_modified(shapes: Graph) -> None:
    g = Graph()
    add_meeting(g, "m", 1)
    before = set(g)
    validate(g, shapes=shapes)
    assert set(g) == before


def test_real_shapes_reject_meeting_without_participants() -> None:
    try:
        files = resources.shapes_files()
    except FileNotFoundError:
        files = []
    if not files:
        pytest.skip("shapes/ has no .ttl files yet: the project's shapes are not written")
    assert load_shapes() is load_shapes()  # parsed once
    assert load_ontology() is load_ontology()
    g = Graph()
    g.add((ID["meeting/empty"], RDF.type, NG.Meeting))
    result = validate(g)
    assert result.conforms is False
    assert any(v.focus == str(ID["meeting/empty"]) for v in result.violations)


# --------------------------------------------------------------------------- batched screening
# Named graphs are screened together in one pySHACL run (graph/validate.py); the result
# must be exactly what validating each graph on its own gives.

import test_shapes  # noqa: E402  (tests/ is on sys.path under pytest)

import graph.validate as gv  # noqa: E402


def _one_by_one(ds: Dataset) -> list[tuple[str | None, str, str | None, str, str]]:
    """The violations of each graph of ``ds`` validated alone (the reference)."""
    out = []
    for name, graph in gv._graphs(ds, True):
        plain = Graph()
        for t in graph:
            plain.add(t)
        for v in validate(plain).violations:
            out.append((name, v.focus, v.path, v.constraint, v.message))
    return sorted(out, key=lambda r: tuple(x or "" for x in r))


def _found(ds: Dataset) -> list[tuple[str | None, str, str | None, str, str]]:
    return sorted(
        ((v.graph, v.focus, v.path, v.constraint, v.message) for v in validate(ds).violations),
        key=lambda r: tuple(x or "" for x in r),
    )


def _copy_into(ds: Dataset, name: URIRef, g: Graph) -> None:
    target = ds.graph(name)
    for t in g:
        target.add(t)


def _broken_dataset(mutations: list) -> Dataset:  # type: ignore[type-arg]
    """A valid default graph, two valid article graphs and one graph per mutation."""
    ds = Dataset()
    _copy_into(ds, DATASET_DEFAULT_GRAPH_ID, test_shapes.valid_graph())
    for i in range(2):
        _copy_into(ds, ID[f"article/ok{i}"], test_shapes.valid_graph())
    for i, mutate in enumerate(mutations):
        g = test_shapes.valid_graph()
        mutate(g)
        _copy_into(ds, ID[f"article/broken{i:03d}"], g)
    return ds


def test_every_broken_variant_found_in_its_own_graph() -> None:
    cases = test_shapes.CASES
    ds = _broken_dataset([c[1] for c in cases])
    found = _found(ds)
    assert found == _one_by_one(ds)
    graphs = {g for g, *_ in found}
    assert graphs == {str(ID[f"article/broken{i:03d}"]) for i in range(len(cases))}
    for i, (_id, _m, focus, path, component) in enumerate(cases):
        name = str(ID[f"article/broken{i:03d}"])
        assert any(
            r[0] == name and r[1] == str(focus) and r[2] == str(path) and r[3] == str(component)
            for r in found
        ), _id


@pytest.mark.parametrize(
    "case", test_shapes.CASES[::7], ids=[c[0] for c in test_shapes.CASES[::7]]
)
def test_broken_variant_among_valid_graphs(case: tuple) -> None:  # type: ignore[type-arg]
    ds = _broken_dataset([case[1]])
    assert not validate(ds).conforms
    assert _found(ds) == _one_by_one(ds)


def test_allowed_variants_conform_together() -> None:
    ds = _broken_dataset([m for _name, m in test_shapes.VALID_VARIANTS])
    result = validate(ds)
    assert result.conforms, format_violations(result)
    assert _found(ds) == _one_by_one(ds) == []


def _count_pyshacl(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = gv._pyshacl

    def counting(graph, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(len(graph))
        return real(graph, *args, **kwargs)

    monkeypatch.setattr(gv, "_pyshacl", counting)
    return calls


def test_conforming_graphs_are_screened_in_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    ds = _broken_dataset([])
    for i in range(2, 12):
        _copy_into(ds, ID[f"article/ok{i}"], test_shapes.valid_graph())
    calls = _count_pyshacl(monkeypatch)
    assert validate(ds).conforms
    assert len(calls) == 2  # the default graph, then the screening of all named graphs


def test_only_graphs_with_results_are_validated_again(monkeypatch: pytest.MonkeyPatch) -> None:
    ds = _broken_dataset([test_shapes.CASES[0][1]])
    calls = _count_pyshacl(monkeypatch)
    assert not validate(ds).conforms
    assert len(calls) == 3  # default, screening, the broken graph alone


@pytest.mark.parametrize(
    "extra",
    [
        # a blank node: validated alone
        (ID["meeting/2020-11-15-baqeri-khattab"], RDFS.comment, BNode()),
        # a statement about an ontology/shape term: validated alone
        (NG.Held, RDFS.label, Literal("held", lang="en")),
        # an IRI value of a string-checked property (sh:pattern): validated alone
        (ID["country/IR"], NG.countryCode, URIRef("https://example.org/IR")),
    ],
    ids=["blank-node", "about-vocabulary", "iri-pattern-value"],
)
def test_graphs_the_renaming_could_change_are_validated_alone(extra: tuple) -> None:  # type: ignore[type-arg]
    ds = _broken_dataset([])
    g = test_shapes.valid_graph()
    g.add(extra)
    _copy_into(ds, ID["article/odd"], g)
    plan = gv._project_plan()
    assert plan is not None
    assert gv._rename_graph(ds.graph(ID["article/odd"]), 0, plan) is None
    assert gv._rename_graph(ds.graph(ID["article/ok0"]), 0, plan) is not None
    assert _found(ds) == _one_by_one(ds)


def test_shapes_with_node_targets_are_not_screened() -> None:
    shapes = Graph().parse(
        data=SHAPES_TTL + "\nng:Fixed a sh:NodeShape ; sh:targetNode ng:thing ; "
        "sh:property [ sh:path ng:p ; sh:minCount 1 ] .\n",
        format="turtle",
    )
    assert gv._plan(shapes, None) is None
    ds = Dataset()
    for i in range(3):
        add_meeting(ds.graph(ID[f"article/a{i}"]), f"m{i}", 2)
    # sh:targetNode: the node is checked in every graph, although no graph mentions it
    result = validate(ds, shapes=shapes)
    assert sorted(v.graph or "" for v in result.violations) == [
        "",
        *(str(ID[f"article/a{i}"]) for i in range(3)),
    ]


def test_shared_nodes_do_not_hide_violations(shapes: Graph) -> None:
    # graph a0 types the person; graph a1 uses it untyped: only a1 violates sh:class
    ds = Dataset()
    add_meeting(ds.graph(DATASET_DEFAULT_GRAPH_ID), "m", 2)
    add_meeting(ds.graph(ID["article/a0"]), "m", 2)
    g1 = ds.graph(ID["article/a1"])
    g1.add((ID["meeting/m"], RDF.type, NG.Meeting))
    for i in range(2):
        g1.add((ID["meeting/m"], NG.participant, ID[f"person/m-{i}"]))
    result = validate(ds, shapes=shapes)
    assert {(v.graph, v.constraint) for v in result.violations} == {
        (str(ID["article/a1"]), SH + "ClassConstraintComponent")
    }
