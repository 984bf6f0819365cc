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

from graph import resources
from graph.io import bind_prefixes, compact_iri

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


def validate(
    data: rdflib.Graph | rdflib.Dataset,
    *,
    shapes: rdflib.Graph | None = None,
    per_graph: bool = True,
) -> ValidationResult:
    """Validate ``data`` against ``shapes`` (default: the project's shapes, with the
    ontology as ``ont_graph``).  A Dataset: its default graph and, with ``per_graph``,
    each named graph on its own."""
    import pyshacl

    if shapes is None:
        shapes = load_shapes()
        ontology: Graph | None = load_ontology()
    else:
        ontology = None
    if len(shapes) == 0:
        raise ShapesError("no SHACL shapes to validate against: shapes/ is empty or missing")
    if ontology is not None and len(ontology) == 0:
        ontology = None

    conforms = True
    violations: list[Violation] = []
    report_all = Graph()
    bind_prefixes(report_all)
    texts: list[str] = []
    for name, graph in _graphs(data, per_graph):
        ok, report, text = pyshacl.validate(
            graph,
            shacl_graph=shapes,
            ont_graph=ontology,
            inference="none",
            advanced=False,
            abort_on_first=False,
            allow_warnings=True,
        )
        conforms = conforms and bool(ok)
        violations.extend(_violations(report, name))
        report_all += report
        if not ok or _violations(report, name):
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
