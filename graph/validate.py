"""SHACL validation with pySHACL against ``shapes/`` (the ontology as ``ont_graph``).

A Dataset is validated graph by graph: the default graph (merged nodes) and, with
``per_graph``, each named article graph on its own (each is self-contained by design).
The results are merged; each violation records the graph it came from.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import rdflib
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from graph import resources
from graph.io import bind_prefixes, compact_iri, gc_paused

__all__ = [
    "ShapesError",
    "ValidationResult",
    "Violation",
    "format_violations",
    "load_ontology",
    "load_shapes",
    "validate",
]


class ShapesError(ValueError):
    """The shapes or ontology files are missing or cannot be parsed."""


@dataclass
class Violation:
    """One SHACL validation result.  IRIs are full strings; ``graph`` names the
    named graph it came from (None for the default graph or a plain Graph)."""

    focus: str
    path: str | None
    constraint: str  # the constraint component IRI (sh:MinCountConstraintComponent, …)
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    value: str | None  # an IRI, or a literal in Turtle syntax ('"x"', '"2020"^^xsd:gYear')
    graph: str | None = None


@dataclass
class ValidationResult:
    conforms: bool
    violations: list[Violation]
    report_graph: rdflib.Graph
    text: str


def _parse_files(files: Iterable[Path], what: str) -> Graph:
    g = Graph()
    bind_prefixes(g)
    for file in files:
        try:
            g.parse(file, format="turtle")
        except Exception as exc:
            first = next((ln.strip() for ln in str(exc).splitlines() if ln.strip()), "")
            raise ShapesError(f"{file}: cannot parse the {what} file: {first}") from exc
    return g


def _load(what: str, files: Callable[[], list[Path]]) -> Graph:
    try:
        found = files()
    except FileNotFoundError as exc:
        raise ShapesError(str(exc)) from exc
    return _parse_files(found, what)


@cache
def load_shapes() -> Graph:
    """The SHACL shapes of ``shapes/*.ttl``, parsed once (do not modify the result)."""
    return _load("shapes", resources.shapes_files)


@cache
def load_ontology() -> Graph:
    """The ontology of ``ontology/*.ttl``, parsed once (do not modify the result)."""
    return _load("ontology", resources.ontology_files)


_NAMES = bind_prefixes(Graph()).namespace_manager


def _term_str(term: object) -> str | None:
    if term is None:
        return None
    if isinstance(term, Literal):
        return term.n3(_NAMES)  # "x", "2020"^^xsd:gYear, "Tehran"@en
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _path_str(report: Graph, path: rdflib.term.Node | None) -> str | None:
    """A property path: an IRI, or a short SPARQL-like rendering of a complex path."""
    if path is None:
        return None
    if isinstance(path, URIRef):
        return str(path)
    inverse = report.value(path, SH.inversePath)
    if inverse is not None:
        return f"^{compact_iri(_path_str(report, inverse) or '?')}"
    if report.value(path, RDF.first) is not None:
        items = list(Collection(report, path))
        return "/".join(compact_iri(_path_str(report, i) or "?") for i in items)
    for pred, mark in (
        (SH.zeroOrMorePath, "*"),
        (SH.oneOrMorePath, "+"),
        (SH.zeroOrOnePath, "?"),
    ):
        inner = report.value(path, pred)
        if inner is not None:
            return f"({compact_iri(_path_str(report, inner) or '?')}){mark}"
    return _term_str(path)


def _violations(report: Graph, graph_name: str | None) -> list[Violation]:
    out = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
        severity = report.value(result, SH.resultSeverity)
        out.append(
            Violation(
                focus=_term_str(report.value(result, SH.focusNode)) or "",
                path=_path_str(report, report.value(result, SH.resultPath)),
                constraint=_term_str(report.value(result, SH.sourceConstraintComponent)) or "",
                message="; ".join(messages),
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                value=_term_str(report.value(result, SH.value)),
                graph=graph_name,
            )
        )
    return out


def _graphs(data: Graph, per_graph: bool) -> list[tuple[str | None, Graph]]:
    if not data.context_aware:
        return [(None, data)]
    default = (
        data.graph(DATASET_DEFAULT_GRAPH_ID)
        if isinstance(data, rdflib.Dataset)
        else (data.default_context)
    )
    graphs: list[tuple[str | None, Graph]] = [(None, default)]
    if per_graph:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            named = [g for g in data.contexts() if g.identifier != default.identifier and len(g)]
        for g in sorted(named, key=lambda g: str(g.identifier)):
            graphs.append((str(g.identifier), g))
    return graphs


# ------------------------------------------------------------------ batched screening
#
# pySHACL has a high cost per call and per graph (it copies the data graph and mixes the
# ontology in each time), so a Dataset of many small article graphs is slow to validate
# graph by graph.  Instead the named graphs are SCREENED together in one pySHACL run over
# their disjoint union: every IRI of graph k that is not a term of the shapes or the
# ontology is renamed to ``urn:x-newsgraph-batch:k:<iri>``, so no two graphs share a node
# and each node only sees its own graph's triples plus the ontology, as when the graph is
# validated alone.  A graph whose screening shows no result conforms (exactly as alone);
# a graph with any result is validated again on its own, so every reported violation,
# message and report triple is the one the graph-by-graph validation gives.  Graphs the
# renaming could affect (blank nodes, statements about shape/ontology terms, IRI values
# of string-sensitive constraints, …) and shapes the renaming could affect (SPARQL or
# node targets, complex paths, …) are always validated on their own.

_BATCH_PREFIX = "urn:x-newsgraph-batch:"
_BATCH_RE = re.compile(r"^urn:x-newsgraph-batch:(\d+):")

# shape terms whose meaning does not depend on the strings of renamed IRIs
_SAFE_SH = {
    SH[name]
    for name in [
        "NodeShape", "PropertyShape", "Shape", "targetClass", "targetSubjectsOf",
        "targetObjectsOf", "property", "path", "inversePath", "node", "class", "datatype",
        "nodeKind", "minCount", "maxCount", "not", "and", "or", "xone", "hasValue", "in",
        "closed", "ignoredProperties", "qualifiedValueShape", "qualifiedMinCount",
        "qualifiedMaxCount", "qualifiedValueShapesDisjoint", "uniqueLang", "languageIn", "equals",
        "disjoint", "message", "severity", "name", "description", "order", "group", "deactivated",
        "defaultValue", "Violation", "Warning", "Info", "IRI", "BlankNode", "Literal",
        "BlankNodeOrIRI", "BlankNodeOrLiteral", "IRIOrLiteral",
    ]
}
# constraints that look at the string or order of a value: an IRI value would change
_STRING_SENSITIVE = {
    SH[name]
    for name in [
        "pattern", "flags", "minLength", "maxLength", "lessThan", "lessThanOrEquals",
        "minInclusive", "maxInclusive", "minExclusive", "maxExclusive",
    ]
}


@dataclass(frozen=True)
class _Plan:
    """What the shapes (and ontology) allow the batched screening to rename."""

    vocabulary: frozenset[URIRef]  # IRIs of the shapes and the ontology: never renamed
    object_targets: frozenset[URIRef]  # predicates whose objects become focus/value nodes
    sensitive: frozenset[URIRef]  # predicates whose IRI values must keep their string


def _plan(shapes: Graph, ontology: Graph | None) -> _Plan | None:
    """The screening plan of ``shapes``, or None when they cannot be screened in a batch."""
    vocabulary: set[URIRef] = set()
    for g in (shapes, ontology) if ontology is not None else (shapes,):
        for triple in g:
            vocabulary.update(t for t in triple if isinstance(t, URIRef))
    object_targets = {o for o in shapes.objects(None, SH.targetObjectsOf) if isinstance(o, URIRef)}
    sensitive: set[URIRef] = set()
    for _s, p, o in shapes:
        if str(p).startswith(str(SH)) and p not in _SAFE_SH and p not in _STRING_SENSITIVE:
            return None  # SPARQL constraints/targets, sh:targetNode, rules, JS, paths …
        if isinstance(o, URIRef) and str(o).startswith(str(SH)) and o not in _SAFE_SH:
            return None  # SPARQL-based shapes and targets, and the like
    for path in shapes.objects(None, SH.path):
        if isinstance(path, URIRef):
            continue
        inverse = shapes.value(path, SH.inversePath)
        if isinstance(inverse, URIRef) and len(list(shapes.predicate_objects(path))) == 1:
            object_targets.add(inverse)
            continue
        return None  # sequence, alternative and repetition paths
    for param in _STRING_SENSITIVE:
        for shape, value in shapes.subject_objects(param):
            path = shapes.value(shape, SH.path)
            if isinstance(path, URIRef):
                sensitive.add(path)
                if param in (SH.lessThan, SH.lessThanOrEquals) and isinstance(value, URIRef):
                    sensitive.add(value)
            else:
                return None  # on a node shape, an inverse path or a nested shape
    return _Plan(frozenset(vocabulary), frozenset(object_targets), frozenset(sensitive))


@cache
def _project_plan() -> _Plan | None:
    return _plan(load_shapes(), load_ontology())


def _rename_graph(graph: Graph, k: int, plan: _Plan) -> list[tuple[URIRef, URIRef, Node]] | None:
    """``graph``'s triples with its own IRIs renamed for batch slot ``k``; None when the
    graph must be validated on its own."""
    prefix = f"{_BATCH_PREFIX}{k}:"
    vocab = plan.vocabulary
    renamed: dict[URIRef, URIRef] = {}

    def ren(term: URIRef) -> URIRef:
        new = renamed.get(term)
        if new is None:
            new = renamed[term] = URIRef(prefix + term)
        return new

    out: list[tuple[URIRef, URIRef, Node]] = []
    for s, p, o in graph:
        if not isinstance(s, URIRef) or s in vocab or isinstance(o, BNode):
            return None  # blank nodes; statements about shape or ontology terms
        if isinstance(o, URIRef):
            if o not in vocab:
                if p in plan.sensitive:
                    return None
                o = ren(o)
            elif p in plan.object_targets:
                return None
        elif p in plan.object_targets:
            return None  # a literal focus/value node would be shared by all graphs
        out.append((ren(s), p, o))
    return out


def _pyshacl(
    graph: Graph, shapes: Graph, ontology: Graph | None, *, inplace: bool = False
) -> tuple[bool, Graph, str]:
    """pySHACL as the project runs it; ``inplace``: ``graph`` is a scratch copy that may
    receive the ontology."""
    import pyshacl

    ok, report, text = pyshacl.validate(
        graph,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        advanced=False,
        abort_on_first=False,
        allow_warnings=True,
        inplace=inplace,
    )
    return bool(ok), report, str(text)


def _screen(
    graphs: list[tuple[str | None, Graph]],
    shapes: Graph,
    plan: _Plan | None,
    ontology: Graph | None,
) -> set[int]:
    """Indices of ``graphs`` that need a validation of their own (any result in the
    batched screening, or not screenable); the others conform with no result."""
    if plan is None or len(graphs) < 2:
        return set(range(len(graphs)))
    union = Graph()
    alone: set[int] = set()
    batched: set[int] = set()
    for k, (_name, graph) in enumerate(graphs):
        triples = _rename_graph(graph, k, plan)
        if triples is None:
            alone.add(k)
        else:
            batched.add(k)
            union.addN((s, p, o, union) for s, p, o in triples)
    if not batched:
        return alone
    _ok, report, _text = _pyshacl(union, shapes, ontology, inplace=True)
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        m = _BATCH_RE.match(str(focus)) if isinstance(focus, URIRef) else None
        if m is None or int(m.group(1)) not in batched:
            return set(range(len(graphs)))  # cannot tell whose: validate each on its own
        alone.add(int(m.group(1)))
    return alone


def validate(
    data: rdflib.Graph | rdflib.Dataset,
    *,
    shapes: rdflib.Graph | None = None,
    per_graph: bool = True,
) -> ValidationResult:
    """Validate ``data`` against ``shapes`` (default: the project's shapes, with the
    ontology as ``ont_graph``).  A Dataset: its default graph and, with ``per_graph``,
    each named graph on its own (the named graphs are screened together first, see
    above; the result is the same as validating them one by one)."""
    with gc_paused():
        return _validate(data, shapes, per_graph)


def _validate(data: Graph, shapes: Graph | None, per_graph: bool) -> ValidationResult:
    if shapes is None:
        shapes = load_shapes()
        ontology: Graph | None = load_ontology()
        project = True
    else:
        ontology = None
        project = False
    if len(shapes) == 0:
        raise ShapesError("no SHACL shapes to validate against: shapes/ is empty or missing")
    if ontology is not None and len(ontology) == 0:
        ontology = None

    conforms = True
    violations: list[Violation] = []
    report_all = Graph()
    bind_prefixes(report_all)
    texts: list[str] = []
    graphs = _graphs(data, per_graph)
    named = graphs[1:]
    todo = {0}
    if named:
        plan = _project_plan() if project else _plan(shapes, ontology)
        todo |= {k + 1 for k in _screen(named, shapes, plan, ontology)}
    for k, (name, graph) in enumerate(graphs):
        if k not in todo:
            continue  # screened: conforms with no result
        ok, report, text = _pyshacl(graph, shapes, ontology)
        found = _violations(report, name)
        conforms = conforms and ok
        violations.extend(found)
        report_all += report
        if not ok or found:
            label = f"graph <{name}>" if name else "default graph"
            texts.append(f"# {label}\n{text}")
    violations.sort(key=lambda v: (v.graph or "", v.focus, v.path or "", v.constraint, v.message))
    text = "\n".join(texts) if texts else "Validation Report\nConforms: True\n"
    return ValidationResult(
        conforms=conforms, violations=violations, report_graph=report_all, text=text
    )


_IRI_IN_TEXT = re.compile(r"<([^<>\s\"]+)>")


def _compact_text(text: str) -> str:
    return _IRI_IN_TEXT.sub(lambda m: compact_iri(m.group(1)), text)


def _format_one(v: Violation) -> str:
    parts = []
    if v.graph:
        parts.append(f"[{compact_iri(v.graph)}]")
    parts.append(compact_iri(v.focus) if v.focus else "?")
    line = " ".join(parts)
    if v.path:
        line += f" {compact_iri(v.path)}"
    message = _compact_text(v.message) if v.message else "constraint not met"
    line += f": {message}"
    if v.value is not None:
        line += f" (value: {compact_iri(v.value)})"
    component = v.constraint.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    if component:
        line += f" ({component})"
    if v.severity != "Violation":
        line = f"{v.severity}: {line}"
    return " ".join(line.split())  # one line, whatever the message holds


def format_violations(result: ValidationResult, limit: int = 50) -> str:
    """One readable line per violation, with prefixed names, at most ``limit`` lines
    (then a line saying how many more)."""
    if not result.violations:
        return "conforms: no violations" if result.conforms else "does not conform"
    lines = [_format_one(v) for v in result.violations[: max(limit, 0)]]
    rest = len(result.violations) - len(lines)
    if rest > 0:
        lines.append(f"… and {rest} more")
    return "\n".join(lines)
