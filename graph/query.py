"""SPARQL over a dataset or graph, results as a table, CSV, TSV or JSON.

Standard dataset semantics: plain patterns match the DEFAULT graph (the merged nodes);
``GRAPH ?g { … }`` reaches the named article graphs.  The project's prefixes (ng, role,
id, wd, schema, dcterms, prov, owl, skos, xsd, rdfs, rdf) are predeclared.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from typing import Literal as TypingLiteral

import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node

from graph.io import PREFIXES, bind_prefixes, compact_iri

__all__ = ["QueryError", "format_result", "run_query"]

OutputFormat = TypingLiteral["table", "csv", "json", "tsv"]
FORMATS: tuple[str, ...] = ("table", "csv", "json", "tsv")

_INIT_NS = {prefix: rdflib.Namespace(ns) for prefix, ns in PREFIXES.items()}
_PYPARSING_TAIL = re.compile(r"\s*\(at char \d+\),\s*\(line:\d+,\s*col:\d+\)\s*$")
_MAX_MESSAGE = 300


class QueryError(ValueError):
    """A malformed query or one that failed to run; the message is one line."""


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _MAX_MESSAGE else line[: _MAX_MESSAGE - 1] + "…"


def _syntax_error(exc: Exception) -> QueryError:
    lineno = getattr(exc, "lineno", None)
    col = getattr(exc, "col", None)
    message = _PYPARSING_TAIL.sub("", str(exc))
    where = f" at line {lineno}, col {col}" if lineno is not None and col is not None else ""
    return QueryError(f"query: syntax error{where}: {_one_line(message)}")


def run_query(source: rdflib.Dataset | rdflib.Graph, sparql: str) -> Result:
    """Run ``sparql`` on ``source``; raises QueryError for a malformed query or a failure
    while evaluating it.  SELECT rows are computed here, so formatting cannot fail."""
    from pyparsing import ParseBaseException
    from rdflib.plugins import sparql as sparql_module
    from rdflib.plugins.sparql import prepareQuery

    if not sparql or not sparql.strip():
        raise QueryError("query: empty query; give a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE")
    try:
        prepared = prepareQuery(sparql, initNs=_INIT_NS)
    except ParseBaseException as exc:
        raise _syntax_error(exc) from exc
    except Exception as exc:  # unknown prefix, bad IRI, …
        raise QueryError(f"query: {_one_line(str(exc)) or type(exc).__name__}") from exc
    # FROM <g> names a graph of the dataset; never fetch it from the web
    saved = sparql_module.SPARQL_LOAD_GRAPHS
    sparql_module.SPARQL_LOAD_GRAPHS = False
    try:
        result = source.query(prepared)
        if result.type == "SELECT":
            _ = result.bindings  # evaluate now
        elif result.type in ("CONSTRUCT", "DESCRIBE"):
            _ = len(result.graph) if result.graph is not None else 0
    except Exception as exc:
        reason = _one_line(str(exc)) or type(exc).__name__
        raise QueryError(f"query: failed while running: {reason}") from exc
    finally:
        sparql_module.SPARQL_LOAD_GRAPHS = saved
    return result


# --------------------------------------------------------------------------- output


def _display_width(text: str) -> int:
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _cell(term: Node | None) -> str:
    """A table cell: prefixed names for IRIs, lexical forms for literals."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = compact_iri(str(term))
    elif isinstance(term, BNode):
        text = f"_:{term}"
    else:
        text = str(term)
    return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def _table(result: Result) -> str:
    names = [str(v) for v in result.vars or []]
    rows = [[_cell(row[i]) for i in range(len(names))] for row in result]
    if not rows:
        return "(no results)"
    widths = [
        max([_display_width(n)] + [_display_width(r[i]) for r in rows]) for i, n in enumerate(names)
    ]

    def line(cells: list[str]) -> str:
        padded = [c + " " * (w - _display_width(c)) for c, w in zip(cells, widths, strict=True)]
        return "  ".join(padded).rstrip()

    out = [line(names), line(["-" * w for w in widths])]
    out.extend(line(r) for r in rows)
    return "\n".join(out)


def _csv(result: Result) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    names = [str(v) for v in result.vars or []]
    writer.writerow(names)
    for row in result:
        writer.writerow(
            [
                "" if t is None else (f"_:{t}" if isinstance(t, BNode) else str(t))
                for t in (row[i] for i in range(len(names)))
            ]
        )
    return buf.getvalue()


def _tsv_term(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        lexical = str(term)
        escaped = (
            lexical.replace("\\", "\\\\")
            .replace('"', '\\"')
            .replace("\n", "\\n")
            .replace("\r", "\\r")
            .replace("\t", "\\t")
        )
        if term.language:
            return f'"{escaped}"@{term.language}'
        if term.datatype is not None and str(term.datatype) != str(rdflib.XSD.string):
            return f'"{escaped}"^^<{term.datatype}>'
        return f'"{escaped}"'
    if isinstance(term, BNode):
        return f"_:{term}"
    return f"<{term}>"


def _tsv(result: Result) -> str:
    names = [str(v) for v in result.vars or []]
    lines = ["\t".join(f"?{n}" for n in names)]
    for row in result:
        lines.append("\t".join(_tsv_term(row[i]) for i in range(len(names))))
    return "\n".join(lines) + "\n"


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and str(term.datatype) != str(rdflib.XSD.string):
        out["datatype"] = str(term.datatype)
    return out


def _json(result: Result) -> str:
    names = [str(v) for v in result.vars or []]
    bindings = []
    for row in result:
        bindings.append(
            {name: _json_term(row[i]) for i, name in enumerate(names) if row[i] is not None}
        )
    doc = {"head": {"vars": names}, "results": {"bindings": bindings}}
    return json.dumps(doc, indent=2, ensure_ascii=False)


def format_result(result: Result, fmt: OutputFormat = "table") -> str:
    """Render a query result.  SELECT: ``table`` (aligned, prefixed names), ``csv``/``tsv``
    (SPARQL 1.1 CSV/TSV results) or ``json`` (SPARQL 1.1 JSON results).  ASK: ``true`` or
    ``false`` (json: ``{"head": {}, "boolean": …}``).  CONSTRUCT/DESCRIBE: Turtle."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; use table, csv, tsv or json")
    if result.type == "ASK":
        answer = bool(result.askAnswer)
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": answer})
        return "true" if answer else "false"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = rdflib.Graph()
        bind_prefixes(graph)
        if result.graph is not None:
            for triple in result.graph:
                graph.add(triple)
        return graph.serialize(format="turtle")
    if fmt == "table":
        return _table(result)
    if fmt == "csv":
        return _csv(result)
    if fmt == "tsv":
        return _tsv(result)
    return _json(result)
