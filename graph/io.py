"""RDF files in and out: the format from the file suffix, deterministic serialisation,
atomic writes and loading with one-line errors.

A dataset follows docs/DESIGN.md: the default graph holds the merged nodes, one named
graph per article.  Quad formats (``.trig``, ``.nq``) write every graph; triple formats
(``.ttl``, ``.nt``, ``.jsonld``) write the DEFAULT graph only (the named article graphs
are left out).  Loading a triple format fills the default graph.

The same dataset always gives byte-identical output (subjects, objects, graphs and
N-Triples/N-Quads lines are sorted; JSON-LD nodes and values are sorted) as long as it
has no blank nodes, whose labels rdflib draws at random.  The builder writes none.
Turtle and TriG are written by pyoxigraph from the sorted N-Triples/N-Quads lines (each
graph's statements sorted, default graph first, named graphs by name), twenty times
faster than rdflib's serialisers; JSON-LD stays rdflib's.  For bulk loading into a
server store, write ``.nq``.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import os
import re
import stat
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

__all__ = [
    "FORMATS",
    "PREFIXES",
    "FormatError",
    "RDFLoadError",
    "RDFWriteError",
    "atomic_write_bytes",
    "bind_prefixes",
    "compact_iri",
    "format_for",
    "gc_paused",
    "load_dataset",
    "serialize_dataset",
    "write_dataset",
]

#: File suffix → rdflib format name.
FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nt": "nt",
    ".jsonld": "json-ld",
}

#: The project's prefixes (bound in every output, predeclared in queries).
PREFIXES: dict[str, str] = {
    "ng": "https://w3id.org/newsgraph/ns#",
    "role": "https://w3id.org/newsgraph/role/",
    "id": "https://w3id.org/newsgraph/id/",
    "wd": "http://www.wikidata.org/entity/",
    "schema": "https://schema.org/",
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "owl": str(OWL),
    "skos": str(SKOS),
    "xsd": str(XSD),
    "rdfs": str(RDFS),
    "rdf": str(RDF),
}

QUAD_FORMATS = frozenset({"trig", "nquads"})

# Accepted spellings of an explicit format (CLI --format) → rdflib format name.
_ALIASES: dict[str, str] = {
    "ttl": "turtle",
    "turtle": "turtle",
    "trig": "trig",
    "nq": "nquads",
    "nquads": "nquads",
    "n-quads": "nquads",
    "nt": "nt",
    "ntriples": "nt",
    "n-triples": "nt",
    "nt11": "nt",
    "jsonld": "json-ld",
    "json-ld": "json-ld",
}

_NAMES: dict[str, str] = {
    "turtle": "Turtle",
    "trig": "TriG",
    "nquads": "N-Quads",
    "nt": "N-Triples",
    "json-ld": "JSON-LD",
}


class FormatError(ValueError):
    """An unknown RDF file suffix or format name."""


class RDFLoadError(ValueError):
    """A file that cannot be read or parsed; the message is one line naming the file."""


class RDFWriteError(OSError):
    """An output that could not be written; the message is one line naming the file."""


def _bind_prefixes_local(g: Graph) -> Graph:
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, URIRef(namespace), override=True, replace=True)
    return g


try:
    from graph.vocab import bind_prefixes
except ImportError:  # graph.vocab not available: bind the same prefixes here
    bind_prefixes = _bind_prefixes_local


_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def compact_iri(iri: str) -> str:
    """``ng:Meeting``, ``id:person/…`` for IRIs in our namespaces; others unchanged.

    For display only: the local part is not escaped."""
    for prefix, namespace in _BY_LENGTH:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk step that creates many
    long-lived, acyclic objects (RDF terms and triples): the collector would otherwise
    scan the growing heap again and again.  The previous state is restored after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --------------------------------------------------------------------------- formats


def format_for(path: Path | str, explicit: str | None = None) -> str:
    """The rdflib format name for ``path``: ``explicit`` (a suffix or format name such as
    ``ttl``, ``.nq``, ``json-ld``) when given, else from the file suffix."""
    if explicit is not None:
        key = explicit.strip().lower().lstrip(".")
        if key in _ALIASES:
            return _ALIASES[key]
        raise FormatError(f"unknown RDF format {explicit!r}; use ttl, trig, nq, nt or jsonld")
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in FORMATS:
        return FORMATS[suffix]
    shown = f"'{path.suffix}'" if path.suffix else "(no suffix)"
    raise FormatError(
        f"unknown output format {shown} for {path}; use .ttl, .trig, .nq, .nt or .jsonld"
    )


def _normalise_format(fmt: str) -> str:
    if fmt in _NAMES:
        return fmt
    return format_for("", fmt)


# --------------------------------------------------------------------------- writing


def _term_key(term: Node) -> tuple[str, str]:
    return (type(term).__name__, term.n3() if hasattr(term, "n3") else str(term))


def _triple_key(triple: tuple[Node, Node, Node]) -> tuple[tuple[str, str], ...]:
    return tuple(_term_key(t) for t in triple)


def _graphs_of(ds: Graph) -> list[Graph]:
    """The default graph first, then the named graphs sorted by name (non-empty ones)."""
    if not ds.context_aware:
        return [ds]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        graphs = list(ds.contexts())
    default = [g for g in graphs if g.identifier == DATASET_DEFAULT_GRAPH_ID][:1]
    named = sorted(
        (g for g in graphs if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g)),
        key=lambda g: _term_key(g.identifier),
    )
    return default + named


def default_graph(ds: Graph) -> Graph:
    """The default graph of a Dataset (the merged nodes); a plain Graph is its own."""
    if not ds.context_aware:
        return ds
    return ds.graph(DATASET_DEFAULT_GRAPH_ID) if isinstance(ds, Dataset) else ds.default_context


def _pregenerate_prefixes(g: Graph, triples: Iterable[tuple[Node, Node, Node]]) -> None:
    """Let the serializer's generated prefixes (ns1, ns2…) come in a fixed order."""
    nm = g.namespace_manager
    for _s, p, o in triples:
        for term in (p, o) if p == RDF.type else (p,):
            if isinstance(term, URIRef):
                with contextlib.suppress(Exception):
                    nm.compute_qname(term, generate=True)


def _canonical_copy(ds: Graph, *, all_graphs: bool) -> Dataset:
    """A fresh Dataset with our prefixes bound and triples added in sorted order."""
    out = Dataset()
    bind_prefixes(out)
    sources = _graphs_of(ds) if all_graphs else [default_graph(ds)]
    for src in sources:
        name = src.identifier if ds.context_aware and all_graphs else DATASET_DEFAULT_GRAPH_ID
        target = out.graph(name)
        triples = sorted(src, key=_triple_key)
        _pregenerate_prefixes(out, triples)
        for triple in triples:
            target.add(triple)
    return out


def _sorted_rows(graph: Graph) -> list[str]:
    """The N-Triples lines of ``graph``, sorted and unique."""
    from rdflib.plugins.serializers.nt import _nt_row

    return sorted({_nt_row(t) for t in graph})


def _line_bytes(ds: Graph, *, all_graphs: bool) -> bytes:
    """N-Triples (default graph) or N-Quads (all graphs) as sorted, unique lines."""
    from rdflib.plugins.serializers.nt import _nt_row

    lines: set[str] = set()
    sources = _graphs_of(ds) if all_graphs else [default_graph(ds)]
    for graph in sources:
        name = graph.identifier
        if not all_graphs or not ds.context_aware or name == DATASET_DEFAULT_GRAPH_ID:
            lines.update(_nt_row(t) for t in graph)
        else:
            suffix = f" {name.n3()} .\n"
            lines.update(_nt_row(t)[:-3] + suffix for t in graph)
    return "".join(sorted(lines)).encode("utf-8")


# Prefixes used for Oxigraph's Turtle/TriG: not ``id:``, whose local names ("person/x")
# Turtle would have to escape ("id:person\/x"); instances are written as full IRIs.
_OX_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "id"}


def _grouped_lines(ds: Graph, *, all_graphs: bool) -> bytes:
    """N-Quads lines grouped by graph (default graph first, then named graphs by name),
    each graph's lines sorted: the order Turtle/TriG statements are written in."""
    out: list[str] = []
    sources = _graphs_of(ds) if all_graphs else [default_graph(ds)]
    for graph in sources:
        rows = _sorted_rows(graph)
        name = graph.identifier
        if not all_graphs or not ds.context_aware or name == DATASET_DEFAULT_GRAPH_ID:
            out.extend(rows)
        else:
            suffix = f" {name.n3()} .\n"
            out.extend(row[:-3] + suffix for row in rows)
    return "".join(out).encode("utf-8")


def _oxigraph_bytes(ds: Graph, fmt: str) -> bytes | None:
    """Turtle or TriG written by pyoxigraph (much faster than rdflib's serialisers), or
    None when pyoxigraph is not installed."""
    try:
        import pyoxigraph as ox
    except ImportError:  # pragma: no cover - pyoxigraph is a dependency
        return None
    quad = fmt == "trig"
    lines = _grouped_lines(ds, all_graphs=quad)
    source = ox.RdfFormat.N_QUADS if quad else ox.RdfFormat.N_TRIPLES
    target = ox.RdfFormat.TRIG if quad else ox.RdfFormat.TURTLE
    data = ox.serialize(ox.parse(lines, format=source), format=target, prefixes=_OX_PREFIXES)
    if data is None:  # pragma: no cover - serialize returns bytes without an output
        return b""
    # the prefix lines come in Oxigraph's own order: sort them for stable output
    text = data.decode("utf-8")
    head: list[str] = []
    rest = text
    while rest.startswith("@prefix "):
        line, _, rest = rest.partition("\n")
        head.append(line)
    body = "\n".join(sorted(head)) + "\n" + rest if head else rest
    return body.encode("utf-8")


def _sort_jsonld(node: Any) -> Any:
    """Sort JSON-LD node arrays and property value arrays (not ``@list``s)."""
    if isinstance(node, dict):
        return {
            k: (
                [_sort_jsonld(x) for x in v]
                if k == "@list" and isinstance(v, list)
                else _sort_jsonld(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        items = [_sort_jsonld(x) for x in node]
        return sorted(items, key=lambda x: json.dumps(x, sort_keys=True, ensure_ascii=False))
    return node


def _trig_bytes(copy: Dataset) -> bytes:
    from rdflib.plugins.serializers.trig import TrigSerializer

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        serializer = TrigSerializer(copy)
        seen: set[Node] = set()
        contexts = []
        for graph in serializer.contexts:
            if graph.identifier not in seen:
                seen.add(graph.identifier)
                contexts.append(graph)
        default = [g for g in contexts if g.identifier == DATASET_DEFAULT_GRAPH_ID]
        named = sorted(
            (g for g in contexts if g.identifier != DATASET_DEFAULT_GRAPH_ID),
            key=lambda g: _term_key(g.identifier),
        )
        serializer.contexts = default + named
        buf = io.BytesIO()
        serializer.serialize(buf, encoding="utf-8")
    return buf.getvalue()


def serialize_dataset(ds: Dataset | Graph, fmt: str) -> bytes:
    """Serialise ``ds`` as ``fmt`` (an rdflib format name or alias), deterministically.

    Quad formats carry every graph; triple formats only the default graph.  Raises
    FormatError for an unknown format and RDFWriteError (one line) when a term cannot be
    written (an IRI with spaces or angle brackets, …).
    """
    fmt = _normalise_format(fmt)
    try:
        with gc_paused():
            return _serialize(ds, fmt)
    except Exception as exc:
        reason = _first_line(str(exc)) or type(exc).__name__
        raise RDFWriteError(f"cannot serialise as {_NAMES[fmt]}: {reason}") from exc


def _serialize(ds: Dataset | Graph, fmt: str) -> bytes:
    if fmt in ("nquads", "nt"):
        return _line_bytes(ds, all_graphs=fmt == "nquads")
    if fmt in ("turtle", "trig"):
        fast = _oxigraph_bytes(ds, fmt)
        if fast is not None:
            return fast
    copy = _canonical_copy(ds, all_graphs=fmt in QUAD_FORMATS)
    default = copy.graph(DATASET_DEFAULT_GRAPH_ID)
    if fmt == "trig":
        return _trig_bytes(copy)
    if fmt == "turtle":
        return default.serialize(format="turtle", encoding="utf-8")
    # JSON-LD: compact with our prefixes as the @context, nodes and values sorted
    raw = default.serialize(format="json-ld", context=dict(PREFIXES), encoding="utf-8")
    doc = _sort_jsonld(json.loads(raw))
    return (json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable (best effort: not every platform can open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: a temp file in the same folder, fsync,
    rename.  On any error the temp file is removed and an existing ``path`` is untouched.

    A new file gets mode 0o644 minus the umask; an existing file keeps its mode.
    Raises RDFWriteError when the folder is missing or the file cannot be written.
    """
    path = Path(path)
    parent = path.parent
    if not parent.is_dir():
        what = "is not a directory" if parent.exists() else "does not exist"
        raise RDFWriteError(f"{path}: cannot write: folder {parent} {what}; create it first")
    if path.is_dir():
        raise RDFWriteError(f"{path}: cannot write: it is a directory")
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = 0o644 & ~_umask()
    except OSError as exc:
        raise RDFWriteError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    tmp_name: str | None = None
    try:
        with tempfile.NamedTemporaryFile(
            dir=parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
        ) as tmp:
            tmp_name = tmp.name
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_dir(parent)
    except OSError as exc:
        raise RDFWriteError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def write_dataset(ds: Dataset | Graph, path: Path | str, fmt: str | None = None) -> Path:
    """Serialise ``ds`` in the format of ``path``'s suffix (or ``fmt``) and write it
    atomically; returns the path.  Nothing is written when serialisation fails."""
    path = Path(path)
    rdf_format = format_for(path, fmt)
    try:
        data = serialize_dataset(ds, rdf_format)
    except RDFWriteError as exc:
        raise RDFWriteError(f"{path}: {exc}") from exc.__cause__
    atomic_write_bytes(path, data)
    return path


# --------------------------------------------------------------------------- loading


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


_OX_PREFIX = re.compile(r"^Parser error[^:]*: ")


def _oxigraph_error(path: Path, fmt: str) -> tuple[int | None, str] | None:
    """Ask pyoxigraph where an N-Triples/N-Quads/Turtle/TriG file is broken."""
    try:
        import pyoxigraph as ox
    except ImportError:
        return None
    ox_formats = {
        "nt": ox.RdfFormat.N_TRIPLES,
        "nquads": ox.RdfFormat.N_QUADS,
        "turtle": ox.RdfFormat.TURTLE,
        "trig": ox.RdfFormat.TRIG,
    }
    if fmt not in ox_formats:
        return None
    try:
        with path.open("rb") as fh:
            for _ in ox.parse(fh, format=ox_formats[fmt]):
                pass
    except SyntaxError as exc:
        message = _OX_PREFIX.sub("", _first_line(str(exc.msg or exc)))
        line = exc.lineno
        # a point error at column 1 is an unfinished statement on the line before
        if line and line > 1 and exc.offset == 1 and (exc.end_lineno, exc.end_offset) == (line, 1):
            line -= 1
        return line, message
    except Exception:
        return None
    return None


def _describe_parse_error(path: Path, fmt: str, exc: BaseException) -> str:
    from rdflib.plugins.parsers.notation3 import BadSyntax

    name = _NAMES[fmt]
    line: int | None = None
    reason = ""
    if isinstance(exc, BadSyntax):
        line = exc.lines + 1
        reason = str(exc._why)
    elif isinstance(exc, json.JSONDecodeError):
        line, reason = exc.lineno, exc.msg
    elif isinstance(exc, UnicodeDecodeError):
        return f"{path}: not valid UTF-8 (byte {exc.start}); save the file as UTF-8"
    else:
        located = _oxigraph_error(path, fmt)
        if located is not None:
            line, reason = located
        else:
            reason = _first_line(str(exc)) or type(exc).__name__
    where = f" at line {line}" if line is not None else ""
    return f"{path}: not valid {name}{where}: {reason}"


def load_dataset(path: Path | str, fmt: str | None = None) -> Dataset:
    """Load an RDF file into a Dataset: ``.trig``/``.nq`` keep their named graphs,
    ``.ttl``/``.nt``/``.jsonld`` go into the default graph.

    Raises RDFLoadError (one line naming the file) for a missing, unreadable or invalid
    file or an unknown suffix.
    """
    path = Path(path)
    try:
        rdf_format = format_for(path, fmt)
    except FormatError as exc:
        raise RDFLoadError(str(exc).replace("output format", "RDF format", 1)) from exc
    if not path.exists():
        raise RDFLoadError(f"{path}: no such file")
    if path.is_dir():
        raise RDFLoadError(f"{path}: is a directory, not an RDF file")
    ds = Dataset()
    bind_prefixes(ds)
    try:
        with path.open("rb") as fh, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if rdf_format in QUAD_FORMATS:
                ds.parse(source=fh, format=rdf_format, publicID=path.resolve().as_uri())
            else:
                ds.graph(DATASET_DEFAULT_GRAPH_ID).parse(
                    source=fh, format=rdf_format, publicID=path.resolve().as_uri()
                )
    except PermissionError as exc:
        raise RDFLoadError(f"{path}: permission denied") from exc
    except OSError as exc:
        raise RDFLoadError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except Exception as exc:
        raise RDFLoadError(_describe_parse_error(path, rdf_format, exc)) from exc
    return ds
