"""graph.io: formats by suffix, deterministic output, atomic writes, loading errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, RDFS

from graph import io as gio
from graph.io import (
    FormatError,
    RDFLoadError,
    RDFWriteError,
    atomic_write_bytes,
    compact_iri,
    format_for,
    load_dataset,
    serialize_dataset,
    write_dataset,
)

NG = Namespace("https://w3id.org/newsgraph/ns#")
ID = Namespace("https://w3id.org/newsgraph/id/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

# rdflib's own Dataset.add/quads call deprecated rdflib API internally
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

SUFFIXES = [".ttl", ".trig", ".nq", ".nt", ".jsonld"]
QUAD_SUFFIXES = {".trig", ".nq"}

HOSTILE_LITERALS = [
    Literal("he said \"yes\" and 'no'"),
    Literal("<script>alert(1)</script> & <b>"),
    Literal("line one\nline two\r\nline three\ttabbed"),
    Literal("back\\slash \\n not a newline \\u0041"),
    Literal('ends with a quote"'),
    Literal('"""triple quoted"""'),
    Literal("محمد باقری\u200cها", lang="fa"),
    Literal("وزير الدفاع العراقي", lang="ar"),
    Literal("Министр обороны", lang="ru"),
    Literal("ministre de la Défense — « accord »", lang="fr"),
    Literal("emoji 🤝 and combining e\u0301"),
    Literal("\u200fright-to-left mark"),
    Literal(""),
    Literal("2020-11-15", datatype=XSD.date),
    Literal("2020-11", datatype=XSD.gYearMonth),
    Literal(120),
    Literal("x", datatype=URIRef("http://example.org/dt#custom")),
]

HOSTILE_IRIS = [
    ID["person/mohammad-baqeri-5e6f7a8b"],
    ID["person/محمد-باقری"],
    ID["article/000-abc#char=120,260"],
    URIRef("https://example.org/p?q=1&r=%3Cx%3E"),
    URIRef("https://example.org/it's(ok)"),
    URIRef("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66"),
]


def sample_dataset() -> Dataset:
    """Default graph with merged nodes, two named article graphs, hostile terms."""
    ds = Dataset()
    art1, art2 = ID["article/a1"], ID["article/a2"]
    meeting, p1, p2 = ID["meeting/m1"], ID["person/p1"], ID["person/p2"]
    ds.add((meeting, RDF.type, NG.Meeting))
    ds.add((meeting, NG.participant, p1))
    ds.add((meeting, NG.participant, p2))
    ds.add((meeting, NG.date, Literal("2020-11-15", datatype=XSD.date)))
    ds.add((meeting, NG.status, NG.Held))
    for p in (p1, p2):
        ds.add((p, RDF.type, NG.Person))
    ds.add((p1, RDFS.label, Literal("Mohammad Baqeri", lang="id")))
    ds.add((p1, RDFS.label, Literal("محمد باقری", lang="fa")))
    for i, lit in enumerate(HOSTILE_LITERALS):
        ds.add((ID[f"thing/t{i}"], RDFS.comment, lit))
    for iri in HOSTILE_IRIS:
        ds.add((iri, RDFS.seeAlso, meeting))
        ds.add((meeting, RDFS.seeAlso, iri))
    for art in (art1, art2):
        ds.add((art, RDF.type, NG.Article))
        ds.add((meeting, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), art))
    g1 = ds.graph(art1)
    g1.add((art1, RDF.type, NG.Article))
    g1.add((art1, DCTERMS.identifier, Literal("000_284f41cf9fc95e62.txt")))
    g1.add((meeting, RDF.type, NG.Meeting))
    g1.add((meeting, NG.participant, p1))
    g1.add((meeting, NG.participant, p2))
    g1.add((meeting, NG.quote, Literal('quote "with" <tags>\nand a newline', lang="id")))
    g2 = ds.graph(art2)
    g2.add((art2, RDF.type, NG.Article))
    g2.add((meeting, RDF.type, NG.Meeting))
    g2.add((meeting, NG.dateAsWritten, Literal("امروز (یکشنبه)", lang="fa")))
    for i in range(3, 8):  # more graphs: their order must not depend on hashing
        art = ID[f"article/a{i}"]
        ds.graph(art).add((art, RDF.type, NG.Article))
        ds.graph(art).add((ID[f"person/p{i}"], RDF.type, NG.Person))
    return ds


def default_graph(ds: Dataset) -> Graph:
    g = Graph()
    for t in ds.graph(DATASET_DEFAULT_GRAPH_ID):
        g.add(t)
    return g


def named_graphs(ds: Dataset) -> dict[str, Graph]:
    out = {}
    for g in ds.graphs():
        if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g):
            copy = Graph()
            for t in g:
                copy.add(t)
            out[str(g.identifier)] = copy
    return out


# --------------------------------------------------------------------------- formats


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("out.ttl", "turtle"),
        ("out.TTL", "turtle"),
        ("out.trig", "trig"),
        ("dir/out.nq", "nquads"),
        ("out.nt", "nt"),
        ("out.jsonld", "json-ld"),
    ],
)
def test_format_for_suffix(name: str, expected: str) -> None:
    assert format_for(Path(name)) == expected


@pytest.mark.parametrize(
    ("explicit", "expected"),
    [
        ("ttl", "turtle"),
        (".trig", "trig"),
        ("nquads", "nquads"),
        ("N-Triples", "nt"),
        ("json-ld", "json-ld"),
        ("jsonld", "json-ld"),
    ],
)
def test_format_for_explicit_wins(explicit: str, expected: str) -> None:
    assert format_for(Path("out.xml"), explicit) == expected


def test_unknown_suffix_message() -> None:
    with pytest.raises(FormatError) as err:
        format_for(Path("out.xml"))
    assert str(err.value) == (
        "unknown output format '.xml' for out.xml; use .ttl, .trig, .nq, .nt or .jsonld"
    )


@pytest.mark.parametrize("name", ["out.json", "out", "out.rdf", "out.ttl.gz"])
def test_unsupported_suffixes_rejected(name: str, tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="unknown output format"):
        write_dataset(sample_dataset(), tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_unknown_explicit_format() -> None:
    with pytest.raises(FormatError, match="unknown RDF format 'xml'"):
        format_for(Path("out.ttl"), "xml")


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_round_trip(suffix: str, tmp_path: Path) -> None:
    ds = sample_dataset()
    path = write_dataset(ds, tmp_path / f"g{suffix}")
    assert path == tmp_path / f"g{suffix}"
    loaded = load_dataset(path)
    assert isomorphic(default_graph(loaded), default_graph(ds))
    if suffix in QUAD_SUFFIXES:
        want, got = named_graphs(ds), named_graphs(loaded)
        assert sorted(got) == sorted(want) == [str(ID[f"article/a{i}"]) for i in range(1, 8)]
        for name, graph in want.items():
            assert isomorphic(got[name], graph), name
    else:
        # triple formats carry the default graph only
        assert named_graphs(loaded) == {}
        assert NG.quote not in set(default_graph(loaded).predicates())


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("literal", HOSTILE_LITERALS, ids=range(len(HOSTILE_LITERALS)))
def test_hostile_literal_round_trips(suffix: str, literal: Literal, tmp_path: Path) -> None:
    ds = Dataset()
    target = ds.graph(ID["article/x"]) if suffix in QUAD_SUFFIXES else ds
    target.add((ID["thing/x"], RDFS.comment, literal))
    loaded = load_dataset(write_dataset(ds, tmp_path / f"h{suffix}"))
    source = loaded.graph(ID["article/x"]) if suffix in QUAD_SUFFIXES else loaded
    values = list(source.objects(ID["thing/x"], RDFS.comment))
    assert len(values) == 1
    assert str(values[0]) == str(literal)
    assert values[0].language == literal.language
    if literal.language is None and literal.datatype not in (None, XSD.string):
        assert values[0].datatype == literal.datatype


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("iri", HOSTILE_IRIS, ids=range(len(HOSTILE_IRIS)))
def test_iri_round_trips(suffix: str, iri: URIRef, tmp_path: Path) -> None:
    ds = Dataset()
    ds.add((iri, RDFS.seeAlso, iri))
    loaded = load_dataset(write_dataset(ds, tmp_path / f"i{suffix}"))
    assert set(loaded.graph(DATASET_DEFAULT_GRAPH_ID)) == {(iri, RDFS.seeAlso, iri)}


@pytest.mark.parametrize("bad", ["http://e/a b", "http://e/a<b>", 'http://e/a"b'])
def test_invalid_iri_fails_cleanly(bad: str, tmp_path: Path) -> None:
    ds = Dataset()
    ds.add((URIRef(bad), RDFS.label, Literal("x")))
    target = tmp_path / "out.ttl"
    with pytest.raises(RDFWriteError) as err:
        write_dataset(ds, target)
    assert str(err.value).startswith(f"{target}: cannot serialise as Turtle: ")
    assert "\n" not in str(err.value)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(RDFWriteError, match=r"^cannot serialise as N-Quads: "):
        serialize_dataset(ds, "nquads")


def test_plain_graph_written_as_default_graph(tmp_path: Path) -> None:
    g = Graph()
    g.add((ID["meeting/m"], RDF.type, NG.Meeting))
    loaded = load_dataset(write_dataset(g, tmp_path / "g.trig"))
    assert isomorphic(default_graph(loaded), g)
    assert named_graphs(loaded) == {}


# --------------------------------------------------------------------------- determinism


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_byte_identical_output(suffix: str, tmp_path: Path) -> None:
    a = write_dataset(sample_dataset(), tmp_path / f"a{suffix}")
    b = write_dataset(sample_dataset(), tmp_path / f"b{suffix}")
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_output_independent_of_insertion_order(suffix: str) -> None:
    ds = sample_dataset()
    reordered = Dataset()
    quads = sorted(ds.quads((None, None, None, None)), key=lambda q: repr(q), reverse=True)
    for s, p, o, g in quads:
        reordered.graph(g).add((s, p, o))
    fmt = format_for(Path(f"x{suffix}"))
    assert serialize_dataset(reordered, fmt) == serialize_dataset(ds, fmt)


_SUBPROCESS = """
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from test_io import sample_dataset
from graph.io import serialize_dataset
out = b"".join(serialize_dataset(sample_dataset(), f) for f in
               ("turtle", "trig", "nquads", "nt", "json-ld"))
sys.stdout.buffer.write(out)
"""


@pytest.mark.parametrize("seed", ["1", "2"])
def test_output_independent_of_hash_seed(seed: str) -> None:
    here = b"".join(
        serialize_dataset(sample_dataset(), f)
        for f in ("turtle", "trig", "nquads", "nt", "json-ld")
    )
    env = {**os.environ, "PYTHONHASHSEED": seed}
    code = _SUBPROCESS.format(tests=str(Path(__file__).parent))
    other = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, check=True
    ).stdout
    assert other == here


@pytest.mark.parametrize("suffix", [".nq", ".nt"])
def test_line_formats_sorted(suffix: str) -> None:
    data = serialize_dataset(sample_dataset(), format_for(Path(f"x{suffix}")))
    lines = data.decode().splitlines()
    assert lines == sorted(lines)
    assert len(lines) == len(set(lines))
    assert data.endswith(b" .\n")


# --------------------------------------------------------------------------- output shape


@pytest.mark.parametrize("suffix", [".ttl", ".trig"])
def test_prefixes_bound(suffix: str) -> None:
    text = serialize_dataset(sample_dataset(), format_for(Path(f"x{suffix}"))).decode()
    assert "@prefix ng: <https://w3id.org/newsgraph/ns#> ." in text
    assert "ng:Meeting" in text
    assert "ns1:" not in text


def test_jsonld_compact_with_context() -> None:
    doc = json.loads(serialize_dataset(sample_dataset(), "json-ld"))
    context = doc["@context"]
    for prefix in (
        "ng",
        "role",
        "id",
        "wd",
        "schema",
        "dcterms",
        "prov",
        "owl",
        "skos",
        "xsd",
        "rdfs",
    ):
        assert context[prefix] == gio.PREFIXES[prefix]
    nodes = {n["@id"]: n for n in doc["@graph"]}
    meeting = nodes[str(ID["meeting/m1"])]
    assert meeting["@type"] == "ng:Meeting"
    assert "ng:participant" in meeting


def test_trig_named_graphs_after_default() -> None:
    text = serialize_dataset(sample_dataset(), "trig").decode()
    # the default graph's statements (top level or in a bare { } block) come first
    default_at = text.index("ng:Held")
    assert (
        default_at < text.index(f"<{ID['article/a1']}> {{") < text.index(f"<{ID['article/a2']}> {{")
    )
    first_named = text.index(f"<{ID['article/a1']}> {{")
    assert "ng:Held" not in text[first_named:]


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_turtle_trig_statements_sorted_and_grouped(fmt: str) -> None:
    text = serialize_dataset(sample_dataset(), fmt).decode()
    lines = text.splitlines()
    prefixes = [ln for ln in lines if ln.startswith("@prefix ")]
    assert prefixes == sorted(prefixes)
    assert lines[: len(prefixes)] == prefixes
    # one statement block per subject and graph: subjects appear in sorted order
    body = lines[len(prefixes) :]
    if fmt == "trig":  # the default graph's statements come before the first named graph
        body = body[: next(i for i, ln in enumerate(body) if ln.endswith(" {"))]
    subjects = [ln.split(" ", 1)[0] for ln in body if ln[:1] not in "\t}"]
    assert subjects == sorted(subjects)
    assert len(subjects) == len(set(subjects)) > 5


@pytest.mark.parametrize(
    ("suffix", "ox_format"),
    [(".trig", "TRIG"), (".nq", "N_QUADS"), (".ttl", "TURTLE"), (".nt", "N_TRIPLES")],
)
def test_output_parses_in_oxigraph(suffix: str, ox_format: str, tmp_path: Path) -> None:
    ox = pytest.importorskip("pyoxigraph")
    ds = sample_dataset()
    path = write_dataset(ds, tmp_path / f"o{suffix}")
    quads = list(ox.parse(path=str(path), format=getattr(ox.RdfFormat, ox_format)))
    if suffix in QUAD_SUFFIXES:
        assert len(quads) == len(list(ds.quads((None, None, None, None))))
        names = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
        assert names == {str(ID[f"article/a{i}"]) for i in range(1, 8)}
    else:
        assert len(quads) == len(ds.graph(DATASET_DEFAULT_GRAPH_ID))


# --------------------------------------------------------------------------- atomic writes


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_failed_serialisation_keeps_old_file(suffix: str, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / f"g{suffix}"
    target.write_bytes(b"old contents\n")

    def boom(*args, **kwargs):
        raise RuntimeError("serializer exploded")

    # whichever serialiser writes the format (rdflib's or Oxigraph's) fails
    monkeypatch.setattr(Graph, "serialize", boom)
    monkeypatch.setattr(gio, "_line_bytes", boom)
    monkeypatch.setattr(gio, "_grouped_lines", boom)
    with pytest.raises(RDFWriteError, match="serializer exploded"):
        write_dataset(sample_dataset(), target)
    assert target.read_bytes() == b"old contents\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


@pytest.mark.parametrize("fail_at", ["fsync", "replace", "chmod"])
def test_failed_write_keeps_old_file_and_no_temp(fail_at: str, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "g.nq"
    target.write_bytes(b"old contents\n")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(gio.os, fail_at, boom)
    with pytest.raises(RDFWriteError) as err:
        write_dataset(sample_dataset(), target)
    assert str(err.value) == f"{target}: cannot write: No space left on device"
    monkeypatch.undo()
    assert target.read_bytes() == b"old contents\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.nq"]


def test_atomic_write_replaces_content(tmp_path: Path) -> None:
    target = tmp_path / "f.bin"
    atomic_write_bytes(target, b"one")
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["f.bin"]


def test_missing_parent_dir_is_an_error(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "g.ttl"
    with pytest.raises(RDFWriteError) as err:
        write_dataset(sample_dataset(), target)
    assert str(err.value) == (
        f"{target}: cannot write: folder {target.parent} does not exist; create it first"
    )
    assert not target.parent.exists()


def test_target_is_directory(tmp_path: Path) -> None:
    (tmp_path / "d.ttl").mkdir()
    with pytest.raises(RDFWriteError, match="it is a directory"):
        atomic_write_bytes(tmp_path / "d.ttl", b"x")


@pytest.mark.parametrize(("umask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o644)])
def test_new_file_mode(umask: int, expected: int, tmp_path: Path) -> None:
    old = os.umask(umask)
    try:
        atomic_write_bytes(tmp_path / "m.ttl", b"x")
    finally:
        os.umask(old)
    assert (tmp_path / "m.ttl").stat().st_mode & 0o777 == expected


def test_existing_file_mode_kept(tmp_path: Path) -> None:
    target = tmp_path / "m.ttl"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write_bytes(target, b"new")
    assert target.stat().st_mode & 0o777 == 0o640
    assert target.read_bytes() == b"new"


# --------------------------------------------------------------------------- loading


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "g.ttl",
            '@prefix ex: <http://e/> .\nex:a ex:b ex:c .\n\nex:a ex:b "unterminated .\n',
            "not valid Turtle at line 4: ",
        ),
        (
            "g.trig",
            "@prefix ex: <http://e/> .\n<http://g> { ex:a ex:b ex:c .\n ex:a ex:b ex:c ex:d }\n",
            "not valid TriG at line 3: ",
        ),
        (
            "g.nq",
            "<http://e/a> <http://e/b> <http://e/c> <http://g> .\n<http://e/a> <http://e/b>\n",
            "not valid N-Quads at line 2: line jumps are not allowed",
        ),
        (
            "q.nt",
            "<http://e/a> <http://e/b> <http://e/c> .\n"
            '<http://e/a> <http://e/b> "c" <http://g> .\n',
            "not valid N-Triples at line 2: ",
        ),
        (
            "g.nt",
            '<http://e/a> <http://e/b> <http://e/c> .\n\n<http://e/a> <http://e/b> "x .\n',
            "not valid N-Triples at line 3: ",
        ),
        (
            "g.jsonld",
            '{"@id": "http://e/a",\n "http://e/b": [1, }',
            "not valid JSON-LD at line 2: ",
        ),
    ],
)
def test_load_errors_are_one_line(name: str, content: str, expected: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RDFLoadError) as err:
        load_dataset(path)
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: {expected}")
    assert len(message) > len(f"{path}: {expected}")  # a reason follows
    assert "Parser error" not in message


def test_load_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RDFLoadError) as err:
        load_dataset(tmp_path / "g.ttl")
    assert str(err.value) == f"{tmp_path / 'g.ttl'}: no such file"


def test_load_unknown_suffix(tmp_path: Path) -> None:
    path = tmp_path / "g.xml"
    path.write_text("<rdf/>")
    with pytest.raises(RDFLoadError, match=r"unknown RDF format '\.xml'"):
        load_dataset(path)


def test_load_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "g.nt"
    path.write_bytes(b'<http://e/a> <http://e/b> "caf\xe9" .\n')
    with pytest.raises(RDFLoadError) as err:
        load_dataset(path)
    assert str(err.value).startswith(f"{path}: ")
    assert "\n" not in str(err.value)


def test_load_explicit_format(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_text("<http://e/a> <http://e/b> <http://e/c> <http://g> .\n")
    ds = load_dataset(path, "nq")
    assert set(named_graphs(ds)) == {"http://g"}


@pytest.mark.parametrize(
    ("iri", "expected"),
    [
        ("https://w3id.org/newsgraph/ns#Meeting", "ng:Meeting"),
        ("https://w3id.org/newsgraph/id/person/x-1", "id:person/x-1"),
        ("https://w3id.org/newsgraph/role/defence_minister", "role:defence_minister"),
        ("http://www.wikidata.org/entity/Q794", "wd:Q794"),
        ("http://example.org/x", "http://example.org/x"),
        ("https://w3id.org/newsgraph/ns#", "https://w3id.org/newsgraph/ns#"),
    ],
)
def test_compact_iri(iri: str, expected: str) -> None:
    assert compact_iri(iri) == expected
