"""Closed namespaces for the terms of ``ontology/``: a typo is an ``AttributeError``.

``NG`` lists every term of ``ontology/newsgraph.ttl`` and ``ROLE`` every concept of
``ontology/roles.ttl``; tests/test_ontology.py keeps them equal to the files, both ways.
Code that writes RDF uses ``NG.Meeting``, ``ROLE.defence_minister`` (or ``ROLE[role_id]``
for ids read from data) so that no unknown IRI can reach a graph.
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

__all__ = [
    "ID",
    "NG",
    "ROLE",
    "ROLE_SCHEME",
    "SCHEMA",
    "SOLE_HOLDER_ROLES",
    "WD",
    "bind_prefixes",
    "broader_roles",
    "is_role",
    "related_roles",
    "role_ids",
    "same_post",
]


class NG(DefinedNamespace):
    """newsgraph ontology terms (https://w3id.org/newsgraph/ns#)."""

    _NS = Namespace("https://w3id.org/newsgraph/ns#")
    _fail = True

    # classes
    Article: URIRef  # one source news article (input file or record)
    Person: URIRef  # a named person acting in an official capacity
    Country: URIRef  # a sovereign state
    Organization: URIRef  # ministry, armed force, council, alliance, agency
    Place: URIRef  # city, site or venue
    Meeting: URIRef  # a meeting or talks between officials
    Agreement: URIRef  # treaty, MoU, plan or accord between parties
    Evidence: URIRef  # a text span of an article stating a fact
    Status: URIRef  # held / planned / signed / discussed
    MeetingMode: URIRef  # in person / visit / phone call / multilateral event

    # individuals of ng:Status
    Held: URIRef
    Planned: URIRef
    Signed: URIRef
    Discussed: URIRef

    # individuals of ng:MeetingMode
    InPerson: URIRef
    Visit: URIRef
    PhoneCall: URIRef
    MultilateralEvent: URIRef

    # object properties
    country: URIRef  # person/organisation/place → ng:Country
    role: URIRef  # person → role concept
    participant: URIRef  # meeting → ng:Person
    location: URIRef  # meeting → ng:Place
    status: URIRef  # meeting/agreement → ng:Status
    mode: URIRef  # meeting → ng:MeetingMode
    party: URIRef  # agreement → ng:Country | ng:Organization
    signatory: URIRef  # agreement → ng:Person
    evidence: URIRef  # any extracted node → ng:Evidence
    inArticle: URIRef  # evidence → ng:Article

    # datatype properties
    countryCode: URIRef  # ISO 3166-1 alpha-2, upper case
    title: URIRef  # title as written, language-tagged
    rank: URIRef  # rank as written
    date: URIRef  # xsd:date | xsd:gYearMonth | xsd:gYear
    dateAsWritten: URIRef  # the date expression as written, language-tagged
    startOffset: URIRef  # xsd:integer, inclusive
    endOffset: URIRef  # xsd:integer, exclusive
    quote: URIRef  # the span's text, language-tagged
    linkConfidence: URIRef  # xsd:decimal 0..1, how sure an online owl:sameAs link is


class ROLE(DefinedNamespace):
    """Role concepts of the newsgraph role scheme (https://w3id.org/newsgraph/role/)."""

    _NS = Namespace("https://w3id.org/newsgraph/role/")
    _fail = True

    official: URIRef
    head_of_state: URIRef
    head_of_government: URIRef
    vice_president: URIRef
    minister: URIRef
    foreign_minister: URIRef
    defence_minister: URIRef
    interior_minister: URIRef
    deputy_minister: URIRef
    deputy_foreign_minister: URIRef
    deputy_defence_minister: URIRef
    commander: URIRef
    deputy_commander: URIRef
    chief_of_staff_armed_forces: URIRef
    chief_of_general_staff: URIRef
    chief_of_defence_forces: URIRef
    chairman_joint_chiefs: URIRef
    army_commander: URIRef
    navy_commander: URIRef
    air_force_commander: URIRef
    air_defence_commander: URIRef
    irgc_commander: URIRef
    security_council_secretary: URIRef
    national_security_adviser: URIRef
    diplomat: URIRef
    ambassador: URIRef
    military_attache: URIRef
    spokesperson: URIRef
    secretary_general: URIRef
    parliament_speaker: URIRef


#: The role concept scheme itself (the namespace IRI, typed skos:ConceptScheme).
ROLE_SCHEME = URIRef("https://w3id.org/newsgraph/role/")

#: Instance IRIs (the default base; graph/iri.py may use another).
ID = Namespace("https://w3id.org/newsgraph/id/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")

_PREFIXES: dict[str, object] = {
    "ng": NG._NS,
    "role": ROLE._NS,
    "id": ID,
    "wd": WD,
    "schema": SCHEMA,
    "dcterms": DCTERMS._NS,
    "prov": PROV._NS,
    "owl": OWL._NS,
    "skos": SKOS._NS,
    "xsd": XSD._NS,
    "rdf": RDF._NS,
    "rdfs": RDFS._NS,
}


def role_ids() -> frozenset[str]:
    """Every concept id of the role scheme (``defence_minister`` …), as in ``ROLE``."""
    return frozenset(k for k in ROLE.__annotations__ if not k.startswith("_"))


def is_role(role_id: str) -> bool:
    """True when ``role_id`` (e.g. ``"defence_minister"``) is a concept of the role scheme."""
    return bool(role_id) and role_id in ROLE


@cache
def _broader() -> dict[str, frozenset[str]]:
    g = _roles_graph()
    direct: dict[str, set[str]] = {}
    for s, o in g.subject_objects(SKOS.broader):
        direct.setdefault(str(s).rsplit("/", 1)[-1], set()).add(str(o).rsplit("/", 1)[-1])

    def up(role: str, seen: frozenset[str]) -> frozenset[str]:
        out = set(direct.get(role, ()))
        for b in direct.get(role, ()):
            if b not in seen:
                out |= up(b, seen | {b})
        return frozenset(out)

    return {r: up(r, frozenset({r})) for r in role_ids()}


def broader_roles(role_id: str) -> frozenset[str]:
    """The roles ``role_id`` is a kind of, by ``skos:broader`` in ``ontology/roles.ttl``
    (``deputy_defence_minister`` → ``{"deputy_minister"}``); empty for unknown ids."""
    return _broader().get(role_id, frozenset())


@cache
def generic_roles() -> frozenset[str]:
    """Roles broader than another, and "official" ("minister", "commander"): many people
    hold one at once, so an office named by one is no one person."""
    return frozenset({"official"} | {b for r in role_ids() for b in broader_roles(r)})


@cache
def _roles_graph() -> Graph:
    from graph.resources import resource_dir

    return Graph().parse(resource_dir("ontology") / "roles.ttl", format="turtle")


@cache
def _related() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for s, o in _roles_graph().subject_objects(SKOS.related):
        a, b = str(s).rsplit("/", 1)[-1], str(o).rsplit("/", 1)[-1]
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)  # skos:related is symmetric
    return {k: frozenset(v) for k, v in out.items()}


def related_roles(role_id: str) -> frozenset[str]:
    """Roles that, for one country, name the same post (``skos:related`` in
    ``ontology/roles.ttl``: the head of the armed forces is chief of the general staff in
    one report and chief of staff of the armed forces in another); empty for most."""
    return _related().get(role_id, frozenset())


#: Posts a country fills with one person at a time: two people of one article cannot both
#: hold one for one country, and two spellings of one holder's name are one person.
SOLE_HOLDER_ROLES = frozenset(
    {
        "head_of_state", "head_of_government", "vice_president", "foreign_minister",
        "defence_minister", "interior_minister", "chief_of_staff_armed_forces",
        "chief_of_general_staff", "chief_of_defence_forces", "chairman_joint_chiefs",
        "army_commander", "navy_commander", "air_force_commander", "air_defence_commander",
        "irgc_commander", "security_council_secretary", "national_security_adviser",
        "parliament_speaker",
    }
)


def same_post(a: str | None, b: str | None) -> bool:
    """``a`` and ``b`` name one post of one country: equal, or titles of one post
    (``skos:related``), and a post with one holder (``SOLE_HOLDER_ROLES``)."""
    if a is None or b is None or a not in SOLE_HOLDER_ROLES or b not in SOLE_HOLDER_ROLES:
        return False
    return a == b or b in related_roles(a)


def bind_prefixes(g: Graph) -> Graph:
    """Bind the project's prefixes (ng, role, id, wd, schema, dcterms, prov, owl, skos, xsd,
    rdf, rdfs) on ``g`` (a Graph or Dataset), replacing other bindings of those prefixes;
    returns ``g``."""
    for prefix, namespace in _PREFIXES.items():
        g.bind(prefix, namespace, override=True, replace=True)
    return g
