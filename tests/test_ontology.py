"""The ontology files, the role scheme and graph/vocab.py agree with each other and the contract."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, SKOS, get_annotations

from graph.resources import ontology_files
from graph.vocab import ID, NG, ROLE, ROLE_SCHEME, SCHEMA, WD, bind_prefixes, is_role

NG_NS = "https://w3id.org/newsgraph/ns#"
ROLE_NS = "https://w3id.org/newsgraph/role/"
WDT = Namespace("http://www.wikidata.org/prop/direct/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")

# The terms of the data contract (shared/design/ONTOLOGY.md and docs/DESIGN.md), hard-coded
# because shared/ is not part of the repository.
CONTRACT_TERMS = [
    "Article", "Person", "Country", "Organization", "Place", "Meeting", "Agreement",
    "Evidence", "Status", "MeetingMode",
    "Held", "Planned", "Signed", "Discussed",
    "InPerson", "Visit", "PhoneCall", "MultilateralEvent",
    "country", "countryCode", "title", "rank", "role", "participant", "date", "dateAsWritten",
    "location", "status", "mode", "party", "signatory", "evidence", "inArticle",
    "startOffset", "endOffset", "quote",
]  # fmt: skip

# Role ids used by the gold data and the extractor.
REQUIRED_ROLES = [
    "head_of_state", "head_of_government", "vice_president", "foreign_minister",
    "deputy_foreign_minister", "defence_minister", "deputy_defence_minister",
    "interior_minister", "minister", "chief_of_staff_armed_forces", "chief_of_general_staff",
    "chief_of_defence_forces", "chairman_joint_chiefs", "army_commander", "navy_commander",
    "air_force_commander", "air_defence_commander", "irgc_commander", "commander",
    "security_council_secretary", "national_security_adviser", "ambassador",
    "military_attache", "spokesperson", "official", "secretary_general", "parliament_speaker",
]  # fmt: skip

CLASS_TERMS = {"Article", "Person", "Country", "Organization", "Place", "Meeting", "Agreement",
               "Evidence", "Status", "MeetingMode"}  # fmt: skip
OBJECT_PROPERTIES = {"country", "role", "participant", "location", "status", "mode", "party",
                     "signatory", "evidence", "inArticle"}  # fmt: skip
DATATYPE_PROPERTIES = {"countryCode", "title", "rank", "date", "dateAsWritten", "startOffset",
                       "endOffset", "quote"}  # fmt: skip

WIKIDATA_ALIGNMENTS = [
    (NG.Meeting, WD.Q2761147),
    (NG.Agreement, WD.Q131569),
    (NG.participant, WDT.P710),
    (NG.date, WDT.P585),
    (NG.location, WDT.P276),
    (NG.signatory, WDT.P1891),
    (NG.role, WDT.P39),
    (NG.country, WDT.P27),
]

SUBCLASS_ALIGNMENTS = [
    (NG.Article, PROV.Entity),
    (NG.Article, SCHEMA.NewsArticle),
    (NG.Person, SCHEMA.Person),
    (NG.Country, SCHEMA.Country),
    (NG.Organization, SCHEMA.Organization),
    (NG.Organization, ORG.Organization),
    (NG.Place, SCHEMA.Place),
    (NG.Meeting, SCHEMA.Event),
    (NG.Meeting, SEM.Event),
    (NG.Evidence, PROV.Entity),
]

SUBPROPERTY_ALIGNMENTS = [
    (NG.participant, SEM.hasActor),
    (NG.location, SEM.hasPlace),
    (NG.date, SEM.hasTimeStamp),
]


def _terms(names: list[str] | set[str]) -> list[URIRef]:
    return [URIRef(NG_NS + n) for n in sorted(names)]


@pytest.fixture(scope="module")
def files() -> dict[str, Path]:
    found = {p.name: p for p in ontology_files()}
    assert {"newsgraph.ttl", "roles.ttl"} <= set(found), found
    return found


@pytest.fixture(scope="module")
def onto(files: dict[str, Path]) -> Graph:
    return Graph().parse(files["newsgraph.ttl"], format="turtle")


@pytest.fixture(scope="module")
def roles(files: dict[str, Path]) -> Graph:
    return Graph().parse(files["roles.ttl"], format="turtle")


@pytest.fixture(scope="module")
def all_onto(files: dict[str, Path]) -> Graph:
    g = Graph()
    for path in files.values():
        g.parse(path, format="turtle")
    return g


def _declared(g: Graph, ns: str) -> set[str]:
    """Local names of subjects in ``ns`` that have an rdf:type."""
    return {
        str(s)[len(ns) :]
        for s in g.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(ns) and str(s) != ns
    }


def _vocab_names(ns: type) -> set[str]:
    return set(get_annotations(ns))


def test_ontology_header(onto: Graph) -> None:
    ontology = URIRef("https://w3id.org/newsgraph/ns")
    assert (ontology, RDF.type, OWL.Ontology) in onto
    for prop in (DCTERMS.title, DCTERMS.license, DCTERMS.description, OWL.versionInfo):
        assert onto.value(ontology, prop) is not None, prop


def test_declared_ng_terms_equal_vocab(all_onto: Graph) -> None:
    declared = _declared(all_onto, NG_NS)
    in_vocab = _vocab_names(NG)
    assert declared - in_vocab == set(), "declared in ontology/ but missing from graph/vocab.NG"
    assert in_vocab - declared == set(), "in graph/vocab.NG but not declared in ontology/"


def test_declared_roles_equal_vocab(roles: Graph) -> None:
    declared = _declared(roles, ROLE_NS)
    in_vocab = _vocab_names(ROLE)
    assert declared - in_vocab == set(), "declared in roles.ttl but missing from graph/vocab.ROLE"
    assert in_vocab - declared == set(), "in graph/vocab.ROLE but not declared in roles.ttl"


@pytest.mark.parametrize("name", CONTRACT_TERMS)
def test_contract_term_in_vocab_and_ontology(name: str, onto: Graph) -> None:
    term = getattr(NG, name)
    assert term == URIRef(NG_NS + name)
    assert name in NG
    assert (term, RDF.type, None) in onto


@pytest.mark.parametrize("role_id", REQUIRED_ROLES)
def test_required_role_present(role_id: str, roles: Graph) -> None:
    assert is_role(role_id)
    assert ROLE[role_id] == URIRef(ROLE_NS + role_id)
    assert (ROLE[role_id], RDF.type, SKOS.Concept) in roles
    assert (ROLE[role_id], SKOS.inScheme, ROLE_SCHEME) in roles
    # pySHACL copies only named individuals from ont_graph into the data graph
    assert (ROLE[role_id], RDF.type, OWL.NamedIndividual) in roles


@pytest.mark.parametrize("term", _terms(CLASS_TERMS))
def test_classes_are_owl_classes(term: URIRef, onto: Graph) -> None:
    assert (term, RDF.type, OWL.Class) in onto


@pytest.mark.parametrize("term", _terms(OBJECT_PROPERTIES))
def test_object_properties(term: URIRef, onto: Graph) -> None:
    assert (term, RDF.type, OWL.ObjectProperty) in onto
    assert onto.value(term, RDFS.range) is not None


@pytest.mark.parametrize("term", _terms(DATATYPE_PROPERTIES))
def test_datatype_properties(term: URIRef, onto: Graph) -> None:
    assert (term, RDF.type, OWL.DatatypeProperty) in onto


@pytest.mark.parametrize(
    ("individual", "cls"),
    [(NG.Held, NG.Status), (NG.Planned, NG.Status), (NG.Signed, NG.Status),
     (NG.Discussed, NG.Status), (NG.InPerson, NG.MeetingMode), (NG.Visit, NG.MeetingMode),
     (NG.PhoneCall, NG.MeetingMode), (NG.MultilateralEvent, NG.MeetingMode)],
)  # fmt: skip
def test_individuals_typed(individual: URIRef, cls: URIRef, onto: Graph) -> None:
    assert (individual, RDF.type, cls) in onto


@pytest.mark.parametrize("term", _terms(set(get_annotations(NG))))
def test_every_term_has_english_label_and_definition(term: URIRef, onto: Graph) -> None:
    labels = [o for o in onto.objects(term, RDFS.label) if isinstance(o, Literal)]
    assert any(lab.language == "en" and str(lab).strip() for lab in labels), term
    definitions = [*onto.objects(term, SKOS.definition), *onto.objects(term, RDFS.comment)]
    assert any(str(d).strip() for d in definitions), term


@pytest.mark.parametrize(("subject", "target"), WIKIDATA_ALIGNMENTS)
def test_wikidata_close_matches(subject: URIRef, target: URIRef, onto: Graph) -> None:
    assert (subject, SKOS.closeMatch, target) in onto


@pytest.mark.parametrize(("subject", "target"), SUBCLASS_ALIGNMENTS)
def test_subclass_alignments(subject: URIRef, target: URIRef, onto: Graph) -> None:
    assert (subject, RDFS.subClassOf, target) in onto


@pytest.mark.parametrize(("subject", "target"), SUBPROPERTY_ALIGNMENTS)
def test_subproperty_alignments(subject: URIRef, target: URIRef, onto: Graph) -> None:
    assert (subject, RDFS.subPropertyOf, target) in onto


def test_alignments_never_reuse_foreign_terms_as_ng_terms(onto: Graph) -> None:
    """Alignments point from ng: terms outwards; no foreign term is declared in our files."""
    for s, o in onto.subject_objects(SKOS.closeMatch):
        assert str(s).startswith(NG_NS), s
        assert not str(o).startswith(NG_NS), o


def test_wikidata_properties_use_one_namespace(onto: Graph) -> None:
    targets = {str(o) for o in onto.objects(None, SKOS.closeMatch)}
    wikidata = {t for t in targets if "wikidata.org" in t}
    for t in wikidata:
        qid_or_pid = t.rsplit("/", 1)[1]
        if qid_or_pid.startswith("P"):
            assert t.startswith(str(WDT)), t
        else:
            assert t.startswith(str(WD)) and qid_or_pid.startswith("Q"), t


@pytest.mark.parametrize("name", ["Meetng", "Persons", "participants", "Role", "hasDate"])
def test_unknown_ng_term_raises(name: str) -> None:
    with pytest.raises(AttributeError):
        getattr(NG, name)


@pytest.mark.parametrize("name", ["defense_minister", "president", "ministr"])
def test_unknown_role_raises(name: str) -> None:
    assert not is_role(name)
    with pytest.raises(AttributeError):
        getattr(ROLE, name)
    with pytest.raises(AttributeError):
        ROLE[name]


# --- role scheme --------------------------------------------------------------------------


def _role_concepts(roles: Graph) -> list[URIRef]:
    return sorted(c for c in roles.subjects(RDF.type, SKOS.Concept) if isinstance(c, URIRef))


def test_role_scheme(roles: Graph) -> None:
    assert (ROLE_SCHEME, RDF.type, SKOS.ConceptScheme) in roles
    tops = set(roles.subjects(SKOS.topConceptOf, ROLE_SCHEME))
    assert {ROLE.commander, ROLE.minister, ROLE.official} <= tops


def test_every_role_labelled_and_placed(roles: Graph) -> None:
    concepts = _role_concepts(roles)
    assert len(concepts) >= len(REQUIRED_ROLES)
    for c in concepts:
        assert (c, SKOS.inScheme, ROLE_SCHEME) in roles, c
        langs = Counter(lab.language for lab in roles.objects(c, SKOS.prefLabel))
        assert {"en", "id", "fa", "ar", "ru", "fr"} <= set(langs), (c, langs)
        assert all(n == 1 for n in langs.values()), f"{c}: one prefLabel per language"
        assert roles.value(c, SKOS.definition) is not None, c
        # a concept is either a top concept or has a broader one, and broader stays in scheme
        broader = set(roles.objects(c, SKOS.broader))
        assert broader or (c, SKOS.topConceptOf, ROLE_SCHEME) in roles, c
        assert all((b, RDF.type, SKOS.Concept) in roles for b in broader), c


def test_pref_labels_unique_across_roles(roles: Graph) -> None:
    """Two roles must not share a prefLabel in one language (lexicons map labels to ids)."""
    seen: dict[tuple[str, str | None], URIRef] = {}
    for c in _role_concepts(roles):
        for lab in roles.objects(c, SKOS.prefLabel):
            key = (str(lab).casefold(), lab.language)
            assert key not in seen, f"{c} and {seen[key]} share prefLabel {lab!r}"
            seen[key] = c
        alts = {(str(a).casefold(), a.language) for a in roles.objects(c, SKOS.altLabel)}
        prefs = {(str(p).casefold(), p.language) for p in roles.objects(c, SKOS.prefLabel)}
        assert not alts & prefs, f"{c}: altLabel repeats a prefLabel"


@pytest.mark.parametrize(
    ("narrow", "broad"),
    [(ROLE.army_commander, ROLE.commander), (ROLE.navy_commander, ROLE.commander),
     (ROLE.air_force_commander, ROLE.commander), (ROLE.irgc_commander, ROLE.commander),
     (ROLE.defence_minister, ROLE.minister), (ROLE.foreign_minister, ROLE.minister),
     (ROLE.ambassador, ROLE.diplomat)],
)  # fmt: skip
def test_role_hierarchy(narrow: URIRef, broad: URIRef, roles: Graph) -> None:
    assert (narrow, SKOS.broader, broad) in roles


def test_role_wikidata_links_are_entities(roles: Graph) -> None:
    for s, o in roles.subject_objects(SKOS.closeMatch):
        assert str(o).startswith(str(WD) + "Q"), (s, o)
    assert (ROLE.head_of_state, SKOS.closeMatch, WD.Q48352) in roles


# --- vocab helpers ------------------------------------------------------------------------


def test_bind_prefixes() -> None:
    g = bind_prefixes(Graph(bind_namespaces="none"))
    bound = {p: str(n) for p, n in g.namespaces()}
    expected = {
        "ng": NG_NS, "role": ROLE_NS, "id": str(ID), "wd": str(WD), "schema": str(SCHEMA),
        "dcterms": str(DCTERMS), "prov": str(PROV), "owl": str(OWL), "skos": str(SKOS),
        "xsd": "http://www.w3.org/2001/XMLSchema#",
    }  # fmt: skip
    for prefix, ns in expected.items():
        assert bound.get(prefix) == ns, prefix
    g.add((ID["country/IR"], RDF.type, NG.Country))
    assert "ng:Country" in g.serialize(format="turtle")


def test_bind_prefixes_overrides_existing_binding() -> None:
    g = Graph()
    g.bind("ng", "http://example.org/other#")
    bind_prefixes(g)
    assert dict(g.namespaces())["ng"] == URIRef(NG_NS)


@pytest.mark.parametrize("path", ontology_files(), ids=lambda p: p.name)
def test_files_parse_with_a_second_parser(path: Path) -> None:
    """Oxigraph (a strict, independent Turtle parser) reads the files and agrees on size."""
    import pyoxigraph

    quads = list(pyoxigraph.parse(path.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(Graph().parse(path, format="turtle"))


@pytest.mark.parametrize("lang", ["en", "id", "fa", "ar", "ru", "fr"])
def test_lexicon_titles_agree_with_role_labels(lang: str, roles: Graph) -> None:
    """A role's label that is also a title of the language's lexicon gives that role: the
    extractor and the ontology must not tell two stories ("Panglima TNI" is the chief of
    defence forces in both)."""
    from graph.lexicon import load_lexicon
    from graph.normalize import fold

    by_phrase: dict[str, set[str]] = {}
    for phrase, role, _cc in load_lexicon(lang).titles:
        by_phrase.setdefault(fold(phrase), set()).add(role)
    wrong = []
    for c in _role_concepts(roles):
        role_id = str(c).rsplit("/", 1)[-1]
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for lab in roles.objects(c, prop):
                got = by_phrase.get(fold(str(lab)))
                if lab.language == lang and got and role_id not in got:
                    wrong.append((str(lab), role_id, sorted(got)))
    assert wrong == [], wrong


def test_related_roles_are_one_post_under_several_titles(roles: Graph) -> None:
    """skos:related is symmetric: ``related_roles`` reads it both ways, and the file states
    each pair once (both directions make cycles that slow pySHACL down)."""
    from graph.vocab import related_roles

    military_heads = {
        "chief_of_general_staff",
        "chief_of_staff_armed_forces",
        "chief_of_defence_forces",
        "chairman_joint_chiefs",
    }
    for r in military_heads:
        assert related_roles(r) == military_heads - {r}
    assert related_roles("defence_minister") == frozenset()
    pairs = [(str(s), str(o)) for s, o in roles.subject_objects(SKOS.related)]
    assert pairs and not any((o, s) in pairs for s, o in pairs)
