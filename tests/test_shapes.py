"""SHACL shapes: a hand-built valid graph conforms; every broken variant is caught precisely."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SH, SKOS
from rdflib.term import Node

from graph.resources import ontology_files, shapes_files
from graph.vocab import ID, NG, ROLE, SCHEMA, WD, bind_prefixes

# A plain Namespace: rdflib's XSD warns when pytest probes module attributes for fixtures.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

# --- the valid graph ----------------------------------------------------------------------

ART = ID["article/000-a1b2"]
ART2 = ID["article/001-c3d4"]
BAQERI = ID["person/mohammad-baqeri"]
KHATTAB = ID["person/juma-khattab"]
IR = ID["country/IR"]
IQ = ID["country/IQ"]
TEHRAN = ID["place/tehran"]
MOD = ID["org/ministry-of-defence-ir"]
MEETING = ID["meeting/2020-11-15-baqeri-khattab"]
AGREEMENT = ID["agreement/ir-iq-defence-cooperation"]
EVIDENCE = URIRef(str(ART) + "#char=10,60")
EVIDENCE2 = URIRef(str(ART) + "#char=70,120")


def _lang(text: str, lang: str = "id") -> Literal:
    return Literal(text, lang=lang)


def valid_graph() -> Graph:
    """An article, two persons, two countries, a place, an organisation, a meeting, an
    agreement and evidence spans, as the builder writes them."""
    g = bind_prefixes(Graph())
    add = g.add
    for art, ident, lang in ((ART, "000_a1b2.txt", "id"), (ART2, "001_c3d4.txt", "fa")):
        add((art, RDF.type, NG.Article))
        add((art, DCTERMS.identifier, Literal(ident)))
        add((art, DCTERMS.language, Literal(lang)))
    add((ART, DCTERMS.issued, Literal("2020-11", datatype=XSD.gYearMonth)))
    add((ART, DCTERMS.title, _lang("Iran dan Irak sepakat")))
    add((ART, SCHEMA.url, Literal("https://example.org/news/1", datatype=XSD.anyURI)))
    add((ART2, DCTERMS.issued, Literal("2020-11-15T10:30:00+03:30", datatype=XSD.dateTime)))

    for code, qid, name in ((IR, "Q794", "Iran"), (IQ, "Q796", "Iraq")):
        add((code, RDF.type, NG.Country))
        add((code, NG.countryCode, Literal(str(code)[-2:])))
        add((code, RDFS.label, _lang(name, "en")))
        add((code, RDFS.label, _lang(name, "id")))
        add((code, OWL.sameAs, WD[qid]))
    add((IR, RDFS.label, _lang("ایران", "fa")))

    add((TEHRAN, RDF.type, NG.Place))
    add((TEHRAN, RDFS.label, _lang("Tehran", "en")))
    add((TEHRAN, RDFS.label, _lang("Teheran")))
    add((TEHRAN, NG.country, IR))

    add((MOD, RDF.type, NG.Organization))
    add((MOD, RDFS.label, _lang("Kementerian Pertahanan Iran")))
    add((MOD, NG.country, IR))

    add((BAQERI, RDF.type, NG.Person))
    add((BAQERI, RDFS.label, _lang("Mohammad Baqeri")))
    add((BAQERI, RDFS.label, _lang("محمد باقری", "fa")))
    add((BAQERI, NG.title, _lang("Ketua Kepala Staf Angkatan Bersenjata Iran")))
    add((BAQERI, NG.rank, _lang("Mayjen")))
    add((BAQERI, NG.role, ROLE.chief_of_staff_armed_forces))
    add((BAQERI, NG.country, IR))
    add((KHATTAB, RDF.type, NG.Person))
    add((KHATTAB, RDFS.label, _lang("Juma Anad Saadoun Khattab")))
    add((KHATTAB, NG.title, _lang("Menteri Pertahanan Irak")))
    add((KHATTAB, NG.role, ROLE.defence_minister))
    add((KHATTAB, NG.country, IQ))

    add((MEETING, RDF.type, NG.Meeting))
    add((MEETING, NG.participant, BAQERI))
    add((MEETING, NG.participant, KHATTAB))
    add((MEETING, NG.date, Literal("2020-11-15", datatype=XSD.date)))
    add((MEETING, NG.dateAsWritten, _lang("pada hari Minggu")))
    add((MEETING, NG.location, TEHRAN))
    add((MEETING, NG.status, NG.Held))
    add((MEETING, NG.mode, NG.Visit))

    add((AGREEMENT, RDF.type, NG.Agreement))
    add((AGREEMENT, NG.party, IR))
    add((AGREEMENT, NG.party, IQ))
    add((AGREEMENT, NG.party, MOD))
    add((AGREEMENT, NG.status, NG.Planned))
    add((AGREEMENT, RDFS.label, _lang("dokumen kerja sama pertahanan")))
    add((AGREEMENT, NG.date, Literal("2021", datatype=XSD.gYear)))
    add((AGREEMENT, NG.signatory, KHATTAB))

    for ev, start, end in ((EVIDENCE, 10, 60), (EVIDENCE2, 70, 120)):
        add((ev, RDF.type, NG.Evidence))
        add((ev, NG.inArticle, ART))
        add((ev, NG.startOffset, Literal(start)))
        add((ev, NG.endOffset, Literal(end)))
        add((ev, NG.quote, _lang("kalimat sebagaimana tertulis")))

    for node in (BAQERI, KHATTAB, IR, IQ, TEHRAN, MOD, MEETING, AGREEMENT):
        add((node, PROV.wasDerivedFrom, ART))
        add((node, NG.evidence, EVIDENCE))
    add((MEETING, PROV.wasDerivedFrom, ART2))
    add((MEETING, NG.evidence, EVIDENCE2))
    return g


# --- validation helpers -------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    focus: Node
    path: Node | None
    component: Node
    message: str
    source_shape: Node


@pytest.fixture(scope="module")
def shapes() -> Graph:
    files = shapes_files()
    assert files, "no shapes/*.ttl found"
    g = Graph()
    for path in files:
        g.parse(path, format="turtle")
    return g


@pytest.fixture(scope="module")
def ontology() -> Graph:
    g = Graph()
    for path in ontology_files():
        g.parse(path, format="turtle")
    return g


def run(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, list[Result]]:
    conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none"
    )
    assert isinstance(report, Graph)
    results = [
        Result(
            focus=report.value(r, SH.focusNode),
            path=report.value(r, SH.resultPath),
            component=report.value(r, SH.sourceConstraintComponent),
            message=" ".join(str(m) for m in report.objects(r, SH.resultMessage)),
            source_shape=report.value(r, SH.sourceShape),
        )
        for r in report.subjects(RDF.type, SH.ValidationResult)
    ]
    return bool(conforms), results


def test_valid_graph_conforms(shapes: Graph, ontology: Graph) -> None:
    conforms, results = run(valid_graph(), shapes, ontology)
    assert conforms, results
    assert results == []


# --- broken variants ----------------------------------------------------------------------

Mutation = Callable[[Graph], None]


def _set(s: Node, p: Node, *values: Node) -> Mutation:
    """Replace every value of ``p`` on ``s`` with ``values``."""

    def mutate(g: Graph) -> None:
        g.remove((s, p, None))
        for v in values:
            g.add((s, p, v))

    return mutate


def _add(*triples: tuple[Node, Node, Node]) -> Mutation:
    def mutate(g: Graph) -> None:
        for t in triples:
            g.add(t)

    return mutate


def _drop(s: Node | None, p: Node | None, o: Node | None = None) -> Mutation:
    def mutate(g: Graph) -> None:
        g.remove((s, p, o))

    return mutate


def _both(*mutations: Mutation) -> Mutation:
    def mutate(g: Graph) -> None:
        for m in mutations:
            m(g)

    return mutate


def _ill_formed_date(node: Node) -> Mutation:
    """Set an ill-typed xsd:date (built lazily: rdflib logs a traceback when it is created)."""

    def mutate(g: Graph) -> None:
        logging.getLogger("rdflib.term").disabled = True
        try:
            _set(node, NG.date, Literal("2020-13-45", datatype=XSD.date))(g)
        finally:
            logging.getLogger("rdflib.term").disabled = False

    return mutate


NOT_A_ROLE = URIRef("https://w3id.org/newsgraph/role/president")
FOREIGN_CONCEPT = URIRef("http://example.org/roles/minister")
UNTYPED_EVIDENCE = URIRef(str(ART) + "#char=5,9")
D = XSD.date

# (id, mutation, focus node, result path, constraint component)
CASES: list[tuple[str, Mutation, Node, Node, Node]] = [
    # meetings
    ("meeting-one-participant", _drop(MEETING, NG.participant, KHATTAB),
     MEETING, NG.participant, SH.MinCountConstraintComponent),
    ("meeting-no-participant", _drop(MEETING, NG.participant),
     MEETING, NG.participant, SH.MinCountConstraintComponent),
    ("meeting-participant-country", _add((MEETING, NG.participant, IR)),
     MEETING, NG.participant, SH.ClassConstraintComponent),
    ("meeting-status-signed", _set(MEETING, NG.status, NG.Signed),
     MEETING, NG.status, SH.InConstraintComponent),
    ("meeting-status-literal", _set(MEETING, NG.status, Literal("held")),
     MEETING, NG.status, SH.InConstraintComponent),
    ("meeting-two-statuses", _set(MEETING, NG.status, NG.Held, NG.Planned),
     MEETING, NG.status, SH.MaxCountConstraintComponent),
    ("meeting-date-plain-string", _set(MEETING, NG.date, Literal("2020-11-15")),
     MEETING, NG.date, SH.OrConstraintComponent),
    ("meeting-date-datetime",
     _set(MEETING, NG.date, Literal("2020-11-15T10:00:00", datatype=XSD.dateTime)),
     MEETING, NG.date, SH.OrConstraintComponent),
    ("meeting-date-ill-formed", _ill_formed_date(MEETING),
     MEETING, NG.date, SH.OrConstraintComponent),
    ("meeting-date-lang-string", _set(MEETING, NG.date, _lang("15 November 2020", "en")),
     MEETING, NG.date, SH.OrConstraintComponent),
    ("meeting-two-dates",
     _set(MEETING, NG.date, Literal("2020-11-15", datatype=D), Literal("2020-11-16", datatype=D)),
     MEETING, NG.date, SH.MaxCountConstraintComponent),
    ("meeting-date-as-written-plain", _set(MEETING, NG.dateAsWritten, Literal("hari Minggu")),
     MEETING, NG.dateAsWritten, SH.DatatypeConstraintComponent),
    ("meeting-location-country", _set(MEETING, NG.location, IR),
     MEETING, NG.location, SH.ClassConstraintComponent),
    ("meeting-two-locations", _add((MEETING, NG.location, ID["place/baghdad"]),
                                   (ID["place/baghdad"], RDF.type, NG.Place)),
     MEETING, NG.location, SH.MaxCountConstraintComponent),
    ("meeting-bad-mode", _set(MEETING, NG.mode, NG.Held),
     MEETING, NG.mode, SH.InConstraintComponent),
    # agreements
    ("agreement-one-party", _set(AGREEMENT, NG.party, IR),
     AGREEMENT, NG.party, SH.MinCountConstraintComponent),
    ("agreement-party-person", _add((AGREEMENT, NG.party, BAQERI)),
     AGREEMENT, NG.party, SH.OrConstraintComponent),
    ("agreement-party-untyped", _add((AGREEMENT, NG.party, ID["country/XX"])),
     AGREEMENT, NG.party, SH.OrConstraintComponent),
    ("agreement-status-held", _set(AGREEMENT, NG.status, NG.Held),
     AGREEMENT, NG.status, SH.InConstraintComponent),
    ("agreement-no-status", _drop(AGREEMENT, NG.status),
     AGREEMENT, NG.status, SH.MinCountConstraintComponent),
    ("agreement-two-statuses", _set(AGREEMENT, NG.status, NG.Signed, NG.Planned),
     AGREEMENT, NG.status, SH.MaxCountConstraintComponent),
    ("agreement-two-dates",
     _set(AGREEMENT, NG.date, Literal("2021", datatype=XSD.gYear),
          Literal("2021-10-19", datatype=D)),
     AGREEMENT, NG.date, SH.MaxCountConstraintComponent),
    ("agreement-date-plain-string", _set(AGREEMENT, NG.date, Literal("2021-10-19")),
     AGREEMENT, NG.date, SH.OrConstraintComponent),
    ("agreement-no-label", _drop(AGREEMENT, RDFS.label),
     AGREEMENT, RDFS.label, SH.MinCountConstraintComponent),
    ("agreement-label-no-lang", _set(AGREEMENT, RDFS.label, Literal("defence document")),
     AGREEMENT, RDFS.label, SH.DatatypeConstraintComponent),
    ("agreement-signatory-country", _add((AGREEMENT, NG.signatory, IQ)),
     AGREEMENT, NG.signatory, SH.ClassConstraintComponent),
    # persons
    ("person-label-no-lang", _add((BAQERI, RDFS.label, Literal("Bagheri"))),
     BAQERI, RDFS.label, SH.DatatypeConstraintComponent),
    ("person-no-label", _drop(KHATTAB, RDFS.label),
     KHATTAB, RDFS.label, SH.MinCountConstraintComponent),
    ("person-title-no-lang", _set(KHATTAB, NG.title, Literal("Menteri Pertahanan")),
     KHATTAB, NG.title, SH.DatatypeConstraintComponent),
    ("person-country-place", _set(KHATTAB, NG.country, TEHRAN),
     KHATTAB, NG.country, SH.ClassConstraintComponent),
    ("person-role-unknown-iri", _set(KHATTAB, NG.role, NOT_A_ROLE),
     KHATTAB, NG.role, SH.NodeConstraintComponent),
    ("person-role-literal", _set(KHATTAB, NG.role, Literal("defence_minister")),
     KHATTAB, NG.role, SH.NodeConstraintComponent),
    ("person-role-other-scheme",
     _both(_set(KHATTAB, NG.role, FOREIGN_CONCEPT),
           _add((FOREIGN_CONCEPT, RDF.type, SKOS.Concept))),
     KHATTAB, NG.role, SH.NodeConstraintComponent),
    ("person-role-scheme-itself", _set(KHATTAB, NG.role, URIRef(str(ROLE))),
     KHATTAB, NG.role, SH.NodeConstraintComponent),
    ("person-rank-iri", _set(BAQERI, NG.rank, ID["rank/major_general"]),
     BAQERI, NG.rank, SH.NodeKindConstraintComponent),
    # countries
    ("country-code-name", _set(IR, NG.countryCode, Literal("iran")),
     IR, NG.countryCode, SH.PatternConstraintComponent),
    ("country-code-lower", _set(IR, NG.countryCode, Literal("ir")),
     IR, NG.countryCode, SH.PatternConstraintComponent),
    ("country-code-alpha3", _set(IR, NG.countryCode, Literal("IRN")),
     IR, NG.countryCode, SH.PatternConstraintComponent),
    ("country-code-lang-tagged", _set(IR, NG.countryCode, _lang("IR", "en")),
     IR, NG.countryCode, SH.DatatypeConstraintComponent),
    ("country-code-missing", _drop(IQ, NG.countryCode),
     IQ, NG.countryCode, SH.MinCountConstraintComponent),
    ("country-two-codes", _add((IR, NG.countryCode, Literal("IQ"))),
     IR, NG.countryCode, SH.MaxCountConstraintComponent),
    ("country-label-no-lang", _add((IQ, RDFS.label, Literal("Iraq"))),
     IQ, RDFS.label, SH.DatatypeConstraintComponent),
    ("country-no-label", _drop(IQ, RDFS.label),
     IQ, RDFS.label, SH.MinCountConstraintComponent),
    # places and organisations
    ("place-label-no-lang", _set(TEHRAN, RDFS.label, Literal("Tehran")),
     TEHRAN, RDFS.label, SH.DatatypeConstraintComponent),
    ("place-two-countries", _add((TEHRAN, NG.country, IQ)),
     TEHRAN, NG.country, SH.MaxCountConstraintComponent),
    ("place-country-literal", _set(TEHRAN, NG.country, Literal("IR")),
     TEHRAN, NG.country, SH.ClassConstraintComponent),
    ("org-no-label", _drop(MOD, RDFS.label),
     MOD, RDFS.label, SH.MinCountConstraintComponent),
    ("org-label-no-lang", _set(MOD, RDFS.label, Literal("Kementerian Pertahanan")),
     MOD, RDFS.label, SH.DatatypeConstraintComponent),
    ("org-country-not-country", _set(MOD, NG.country, MOD),
     MOD, NG.country, SH.ClassConstraintComponent),
    # provenance, for every extracted class
    *[
        (f"no-derivation-{name}", _drop(node, PROV.wasDerivedFrom),
         node, PROV.wasDerivedFrom, SH.MinCountConstraintComponent)
        for name, node in (("person", BAQERI), ("country", IR), ("org", MOD),
                           ("place", TEHRAN), ("meeting", MEETING), ("agreement", AGREEMENT))
    ],
    ("derived-from-non-article", _add((MEETING, PROV.wasDerivedFrom, TEHRAN)),
     MEETING, PROV.wasDerivedFrom, SH.ClassConstraintComponent),
    ("derived-from-untyped", _set(KHATTAB, PROV.wasDerivedFrom, ID["article/unknown"]),
     KHATTAB, PROV.wasDerivedFrom, SH.ClassConstraintComponent),
    ("evidence-link-untyped", _add((AGREEMENT, NG.evidence, UNTYPED_EVIDENCE),
                                   (UNTYPED_EVIDENCE, NG.inArticle, ART),
                                   (UNTYPED_EVIDENCE, NG.startOffset, Literal(5)),
                                   (UNTYPED_EVIDENCE, NG.endOffset, Literal(9))),
     AGREEMENT, NG.evidence, SH.ClassConstraintComponent),
    # evidence
    ("evidence-end-before-start", _set(EVIDENCE, NG.endOffset, Literal(5)),
     EVIDENCE, NG.startOffset, SH.LessThanConstraintComponent),
    ("evidence-empty-span", _set(EVIDENCE, NG.endOffset, Literal(10)),
     EVIDENCE, NG.startOffset, SH.LessThanConstraintComponent),
    ("evidence-negative-start", _set(EVIDENCE, NG.startOffset, Literal(-1)),
     EVIDENCE, NG.startOffset, SH.MinInclusiveConstraintComponent),
    ("evidence-offset-string", _set(EVIDENCE, NG.startOffset, Literal("10")),
     EVIDENCE, NG.startOffset, SH.DatatypeConstraintComponent),
    ("evidence-offset-decimal", _set(EVIDENCE, NG.endOffset, Literal("60.5", datatype=XSD.decimal)),
     EVIDENCE, NG.endOffset, SH.DatatypeConstraintComponent),
    ("evidence-no-start", _drop(EVIDENCE, NG.startOffset),
     EVIDENCE, NG.startOffset, SH.MinCountConstraintComponent),
    ("evidence-no-end", _drop(EVIDENCE, NG.endOffset),
     EVIDENCE, NG.endOffset, SH.MinCountConstraintComponent),
    ("evidence-two-starts", _add((EVIDENCE, NG.startOffset, Literal(11))),
     EVIDENCE, NG.startOffset, SH.MaxCountConstraintComponent),
    ("evidence-no-article", _drop(EVIDENCE, NG.inArticle),
     EVIDENCE, NG.inArticle, SH.MinCountConstraintComponent),
    ("evidence-two-articles", _add((EVIDENCE, NG.inArticle, ART2)),
     EVIDENCE, NG.inArticle, SH.MaxCountConstraintComponent),
    ("evidence-in-person", _set(EVIDENCE, NG.inArticle, BAQERI),
     EVIDENCE, NG.inArticle, SH.ClassConstraintComponent),
    ("evidence-quote-no-lang", _set(EVIDENCE, NG.quote, Literal("as written")),
     EVIDENCE, NG.quote, SH.DatatypeConstraintComponent),
    ("evidence-untyped-target", _both(_drop(EVIDENCE2, RDF.type), _drop(EVIDENCE2, NG.inArticle)),
     EVIDENCE2, NG.inArticle, SH.MinCountConstraintComponent),
    # articles
    ("article-no-identifier", _drop(ART, DCTERMS.identifier),
     ART, DCTERMS.identifier, SH.MinCountConstraintComponent),
    ("article-two-identifiers", _add((ART, DCTERMS.identifier, Literal("other.txt"))),
     ART, DCTERMS.identifier, SH.MaxCountConstraintComponent),
    ("article-identifier-iri", _set(ART2, DCTERMS.identifier, ID["x"]),
     ART2, DCTERMS.identifier, SH.DatatypeConstraintComponent),
    ("article-no-language", _drop(ART2, DCTERMS.language),
     ART2, DCTERMS.language, SH.MinCountConstraintComponent),
    ("article-two-languages", _add((ART, DCTERMS.language, Literal("en"))),
     ART, DCTERMS.language, SH.MaxCountConstraintComponent),
    ("article-language-name", _set(ART, DCTERMS.language, Literal("Indonesian")),
     ART, DCTERMS.language, SH.PatternConstraintComponent),
    ("article-issued-plain", _set(ART, DCTERMS.issued, Literal("2020-11")),
     ART, DCTERMS.issued, SH.OrConstraintComponent),
    ("article-two-issued", _add((ART, DCTERMS.issued, Literal("2020-11-16", datatype=D))),
     ART, DCTERMS.issued, SH.MaxCountConstraintComponent),
    ("article-url-plain", _set(ART, SCHEMA.url, Literal("https://example.org/news/1")),
     ART, SCHEMA.url, SH.OrConstraintComponent),
]  # fmt: skip


@pytest.mark.parametrize(
    ("mutation", "focus", "path", "component"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_broken_variant_is_reported(
    mutation: Mutation, focus: Node, path: Node, component: Node, shapes: Graph, ontology: Graph
) -> None:
    g = valid_graph()
    mutation(g)
    conforms, results = run(g, shapes, ontology)
    assert not conforms
    matching = [
        r for r in results if r.focus == focus and r.path == path and r.component == component
    ]
    assert matching, f"expected {component} on {path} at {focus}; got {results}"
    for r in matching:
        # our own sh:message, which names the property that is wrong
        declared = {str(m) for m in shapes.objects(r.source_shape, SH.message)}
        assert r.message in declared, r
        assert path.n3(shapes.namespace_manager) in r.message, r.message


VALID_VARIANTS: list[tuple[str, Mutation]] = [
    ("meeting-minimal", _both(*(_drop(MEETING, p) for p in
                               (NG.date, NG.dateAsWritten, NG.location, NG.status, NG.mode)))),
    ("meeting-planned", _set(MEETING, NG.status, NG.Planned)),
    ("meeting-month-only", _set(MEETING, NG.date, Literal("2020-11", datatype=XSD.gYearMonth))),
    ("meeting-year-only", _set(MEETING, NG.date, Literal("2020", datatype=XSD.gYear))),
    ("meeting-phone", _set(MEETING, NG.mode, NG.PhoneCall)),
    ("meeting-many-participants", _add((MEETING, NG.participant, ID["person/x"]),
                                       (ID["person/x"], RDF.type, NG.Person),
                                       (ID["person/x"], RDFS.label, _lang("X", "en")),
                                       (ID["person/x"], PROV.wasDerivedFrom, ART))),
    ("agreement-signed-no-date", _both(_set(AGREEMENT, NG.status, NG.Signed),
                                       _drop(AGREEMENT, NG.date))),
    ("agreement-discussed-day", _both(_set(AGREEMENT, NG.status, NG.Discussed),
                                      _set(AGREEMENT, NG.date, Literal("2021-10-19", datatype=D)))),
    ("agreement-org-parties", _set(AGREEMENT, NG.party, MOD, IQ)),
    ("person-bare", _both(*(_drop(KHATTAB, p) for p in (NG.title, NG.role, NG.country, NG.rank)))),
    ("person-many-roles", _add((KHATTAB, NG.role, ROLE.minister))),
    ("person-plain-rank", _set(BAQERI, NG.rank, Literal("Mayjen"))),
    ("article-minimal", _both(*(_drop(ART, p) for p in (DCTERMS.issued, DCTERMS.title,
                                                        SCHEMA.url)))),
    ("article-issued-date", _set(ART, DCTERMS.issued, Literal("2020-11-15", datatype=D))),
    ("article-issued-year", _set(ART, DCTERMS.issued, Literal("2020", datatype=XSD.gYear))),
    ("article-plain-title", _set(ART, DCTERMS.title, Literal("Iran dan Irak"))),
    ("article-url-iri", _set(ART, SCHEMA.url, URIRef("https://example.org/news/1"))),
    ("article-language-region", _set(ART, DCTERMS.language, Literal("fa-IR"))),
    ("merged-from-two-articles", _add((BAQERI, PROV.wasDerivedFrom, ART2))),
    ("evidence-without-quote", _drop(EVIDENCE, NG.quote)),
    ("evidence-at-start", _set(EVIDENCE, NG.startOffset, Literal(0))),
    ("place-no-country", _drop(TEHRAN, NG.country)),
    ("org-international", _drop(MOD, NG.country)),
    ("node-without-evidence", _drop(MOD, NG.evidence)),
    ("blank-node-title-ok", _add((BNode(), RDFS.comment, Literal("unrelated")))),
]  # fmt: skip


@pytest.mark.parametrize("mutation", [pytest.param(m, id=name) for name, m in VALID_VARIANTS])
def test_allowed_variant_conforms(mutation: Mutation, shapes: Graph, ontology: Graph) -> None:
    g = valid_graph()
    mutation(g)
    conforms, results = run(g, shapes, ontology)
    assert conforms, results


@pytest.mark.parametrize(
    "cls",
    [NG.Article, NG.Person, NG.Country, NG.Organization, NG.Place, NG.Meeting, NG.Agreement,
     NG.Evidence],
)  # fmt: skip
def test_every_contract_class_has_a_shape(cls: URIRef, shapes: Graph) -> None:
    assert any(True for _ in shapes.subjects(SH.targetClass, cls)), cls


def test_every_property_shape_has_a_message(shapes: Graph) -> None:
    named = [s for s in shapes.subjects(RDF.type, SH.PropertyShape)]
    assert len(named) >= 30
    for s in named:
        message = shapes.value(s, SH.message)
        assert message is not None and len(str(message)) > 20, s


def test_roles_need_the_ontology_graph(shapes: Graph) -> None:
    """Without roles.ttl as ont_graph a role IRI is not known to be a concept of the scheme."""
    conforms, report, _ = pyshacl.validate(valid_graph(), shacl_graph=shapes, inference="none")
    assert not conforms
    assert isinstance(report, Graph)
    assert (None, SH.sourceConstraintComponent, SH.NodeConstraintComponent) in report


@pytest.mark.parametrize("path", shapes_files(), ids=lambda p: p.name)
def test_shapes_parse_with_a_second_parser(path: Path) -> None:
    """Oxigraph (a strict, independent Turtle parser) reads the shapes and agrees on size."""
    import pyoxigraph

    quads = list(pyoxigraph.parse(path.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(Graph().parse(path, format="turtle"))
