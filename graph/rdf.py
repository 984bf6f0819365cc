"""Extractions + resolution → an rdflib ``Dataset`` in the contract's terms.

The default graph holds the merged nodes (every source in ``prov:wasDerivedFrom``); each
article has a named graph, named by the article's IRI, with what that article states.
Each named graph is self-contained (it types every node it points to), so it conforms
to the shapes on its own.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Any

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from graph.io import default_graph, gc_paused
from graph.iri import country_iri, evidence_iri, mint
from graph.lexicon import countries
from graph.model import Entity, Extraction, PartialDate, Span
from graph.resolve import Resolution
from graph.vocab import NG, ROLE, SCHEMA, WD, bind_prefixes, is_role

STATUS = {"held": NG.Held, "planned": NG.Planned, "signed": NG.Signed, "discussed": NG.Discussed}
MODE = {
    "meeting": NG.InPerson,
    "visit": NG.Visit,
    "phone": NG.PhoneCall,
    "multilateral": NG.MultilateralEvent,
}
_PRECISION_TYPE = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def date_literal(d: PartialDate) -> Literal:
    return Literal(d.iso(), datatype=_PRECISION_TYPE[d.precision])


def article_iri(article_id: str, base: str | None = None) -> URIRef:
    return mint("article", article_id, key=article_id, base=base)


Triple = tuple[Any, Any, Any]


class _Triples:
    """An article's triples, in order and without duplicates (a light stand-in for an
    rdflib Graph while building: no store, no per-context bookkeeping)."""

    def __init__(self, article: URIRef) -> None:
        self.article = article
        self.triples: dict[Triple, None] = {}

    def add(self, triple: Triple) -> None:
        self.triples[triple] = None

    def __contains__(self, triple: Triple) -> bool:
        return triple in self.triples


def _office_labels(extractions: list[Extraction], res: Resolution) -> dict[str, str]:
    """The label of each office told without a name, one per node whatever the articles
    and their order: its longest title in any of them (the body's "Menteri Luar Negeri
    Tanzania", not the headline's "Menlu Tanzania"; one IRI for "the Zambian Foreign
    Minister" and "Menteri Luar Negeri Zambia")."""
    titles: dict[str, set[str]] = {}
    for ex in extractions:
        for p in ex.persons:
            gid = res.person.get((ex.article.id, p.key))
            if gid is not None and not gid.startswith("person|"):
                titles.setdefault(gid, set()).update(p.titles)
    return {gid: _longest(ts) for gid, ts in titles.items() if ts}


def _longest(titles: Iterable[str]) -> str:
    """The longest title (of equal lengths, the first in sort order)."""
    return min(titles, key=lambda t: (-len(t), t))


class _Builder:
    def __init__(
        self, res: Resolution, base: str | None, office_labels: dict[str, str]
    ) -> None:
        self.res = res
        self.base = base
        self.office_labels = office_labels

    # ------------------------------------------------------------- IRIs
    def person(self, gid: str) -> URIRef:
        """A named person's IRI from its normalised name, an office's from its label."""
        if gid.startswith("person|"):
            label = gid.split("|")[1]
        else:
            label = self.office_labels.get(gid, "official")
        return mint("person", label, key=gid, base=self.base)

    def entity(self, ent: Entity) -> URIRef:
        if ent.kind == "country":
            return country_iri(ent.key.split(":", 1)[1], self.base)
        if ent.kind == "place":
            return mint("place", ent.label, key=ent.key + "|" + (ent.country or ""), base=self.base)
        return mint("org", ent.label, key=ent.key, base=self.base)

    # ------------------------------------------------------------- one article
    def add_article(self, g: _Triples, ex: Extraction) -> None:
        art = ex.article
        a = g.article
        lang = art.lang
        g.add((a, RDF.type, NG.Article))
        g.add((a, DCTERMS.identifier, Literal(art.id)))
        g.add((a, DCTERMS.language, Literal(lang)))
        if art.published is not None:
            g.add((a, DCTERMS.issued, date_literal(art.published)))
        if art.title:
            g.add((a, DCTERMS.title, Literal(art.title, lang=lang)))
        if art.url:
            g.add((a, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI)))

        sentences = sorted(ex.sentences, key=lambda x: x.start)
        starts = [x.start for x in sentences]

        def evidence(node: URIRef, spans: Iterable[Span]) -> None:
            for sp in spans:
                sent = _sentence_of(sentences, starts, sp)
                ev = evidence_iri(a, sent.start, sent.end)
                g.add((node, NG.evidence, ev))
                g.add((ev, RDF.type, NG.Evidence))
                g.add((ev, NG.inArticle, a))
                g.add((ev, NG.startOffset, Literal(sent.start, datatype=XSD.integer)))
                g.add((ev, NG.endOffset, Literal(sent.end, datatype=XSD.integer)))
                g.add((ev, NG.quote, Literal(art.text[sent.start : sent.end], lang=lang)))

        ents: dict[str, URIRef] = {}
        for ent in ex.entities:
            node = self.entity(ent)
            ents[ent.key] = node
            self._entity_triples(g, ent, node, lang)
            g.add((node, PROV.wasDerivedFrom, a))
            evidence(node, ent.mentions)

        persons: dict[str, URIRef] = {}
        for p in ex.persons:
            gid = self.res.person[(art.id, p.key)]
            node = self.person(gid)
            persons[p.key] = node
            g.add((node, RDF.type, NG.Person))
            # (an office's longest title in this article, in its language)
            labels = p.names or ([_longest(p.titles)] if p.titles else [])
            for n in labels:
                g.add((node, RDFS.label, Literal(n, lang=lang)))
            for t in p.titles:
                g.add((node, NG.title, Literal(t, lang=lang)))
            for r in p.ranks:
                g.add((node, NG.rank, Literal(r, lang=lang)))
            if p.role and is_role(p.role):
                g.add((node, NG.role, ROLE[p.role]))
            country = self.res.person_country.get((art.id, p.key), p.country)
            if country:
                g.add((node, NG.country, self._country(g, country)))
            g.add((node, PROV.wasDerivedFrom, a))
            evidence(node, p.mentions)

        for idx, m in enumerate(ex.meetings):
            gid = self.res.meeting[(art.id, idx)]
            parts = list(dict.fromkeys(persons[k] for k in m.participants if k in persons))
            if len(parts) < 2:
                # (two of its people found to be one: "the Chief of General Staff of the
                # Togolese Armed Forces" told beside its holder's name; no meeting is left)
                continue
            node = mint("meeting", self.res.meeting_label[gid], key=gid, base=self.base)
            g.add((node, RDF.type, NG.Meeting))
            for pn in parts:
                g.add((node, NG.participant, pn))
            if m.date is not None:
                merged = self.res.meeting_date.get(gid)
                # (a month the merged event knows the day of is no second date of it: the
                # article's words stay in ng:dateAsWritten)
                if not (
                    merged is not None
                    and merged.iso() != m.date.iso()
                    and merged.iso().startswith(m.date.iso())
                ):
                    g.add((node, NG.date, date_literal(m.date)))
                if m.date.original:
                    g.add((node, NG.dateAsWritten, Literal(m.date.original, lang=lang)))
            if m.location and m.location in ents:
                g.add((node, NG.location, ents[m.location]))
            g.add((node, NG.status, STATUS[m.status]))
            g.add((node, NG.mode, MODE[m.mode]))
            g.add((node, PROV.wasDerivedFrom, a))
            evidence(node, m.evidence)

        for idx, ag in enumerate(ex.agreements):
            gid = self.res.agreement[(art.id, idx)]
            codes = sorted(k.split(":", 1)[1] for k in ag.parties if k.startswith("country:"))
            node = mint("agreement", f"{ag.status} {' '.join(codes)}", key=gid, base=self.base)
            g.add((node, RDF.type, NG.Agreement))
            for pk in ag.parties:
                if pk in ents:
                    g.add((node, NG.party, ents[pk]))
            g.add((node, NG.status, STATUS[ag.status]))
            if ag.label:
                g.add((node, RDFS.label, Literal(ag.label, lang=lang)))
            if ag.date is not None:
                g.add((node, NG.date, date_literal(ag.date)))
            for s in ag.signatories:
                if s in persons:
                    g.add((node, NG.signatory, persons[s]))
            g.add((node, PROV.wasDerivedFrom, a))
            evidence(node, ag.evidence)

    def _entity_triples(self, g: _Triples, ent: Entity, node: URIRef, lang: str | None) -> None:
        table = countries()
        if ent.kind == "country":
            code = ent.key.split(":", 1)[1]
            g.add((node, RDF.type, NG.Country))
            g.add((node, NG.countryCode, Literal(code)))
            info = table.get(code)
            if info is not None:
                g.add((node, RDFS.label, Literal(info.name, lang="en")))
                if info.qid:
                    g.add((node, OWL.sameAs, WD[info.qid]))
        elif ent.kind == "place":
            g.add((node, RDF.type, NG.Place))
            g.add((node, RDFS.label, Literal(ent.label, lang="en")))
            if ent.country:
                g.add((node, NG.country, self._country(g, ent.country)))
                info = table.get(ent.country)
                if info is not None and info.capital == ent.label and info.capital_qid:
                    g.add((node, OWL.sameAs, WD[info.capital_qid]))
        else:
            g.add((node, RDF.type, NG.Organization))
            if ent.country:
                g.add((node, NG.country, self._country(g, ent.country)))
        if lang:
            for lab in ent.labels:
                g.add((node, RDFS.label, Literal(lab, lang=lang)))
        if ent.kind == "organization" and not ent.labels:
            g.add((node, RDFS.label, Literal(ent.label, lang=lang or "en")))

    def _country(self, g: _Triples, code: str) -> URIRef:
        """The country node, typed and labelled in ``g`` when ``g`` lacks it, derived from
        the article of ``g`` like the node pointing to it."""
        node = country_iri(code, self.base)
        if (node, RDF.type, NG.Country) not in g:
            ent = Entity(key=f"country:{code}", kind="country", label=code, country=code)
            self._entity_triples(g, ent, node, None)
            g.add((node, PROV.wasDerivedFrom, g.article))
        return node


def person_iris(
    extractions: list[Extraction], res: Resolution, base: str | None = None
) -> dict[URIRef, str]:
    """The IRI of every person node to_dataset writes, with its global person id."""
    b = _Builder(res, base, _office_labels(extractions, res))
    out: dict[URIRef, str] = {}
    for ex in extractions:
        for p in ex.persons:
            gid = res.person[(ex.article.id, p.key)]
            out[b.person(gid)] = gid
    return out


def _sentence_of(sentences: list[Span], starts: list[int], sp: Span) -> Span:
    """The sentence holding ``sp`` (``starts``: the sorted sentence starts)."""
    k = bisect.bisect_right(starts, sp.start) - 1
    if k >= 0 and sentences[k].start <= sp.start < sentences[k].end:
        return sentences[k]
    return sp


def _display_label(labels: list[Literal]) -> Literal:
    """The name shown for a person: Latin script, most tokens, then alphabetical."""

    def key(lab: Literal) -> tuple[bool, int, str, str]:
        text = str(lab)
        latin = all(ord(c) < 0x250 for c in text if c.isalpha())
        return (not latin, -len(text.split()), text, lab.language or "")

    best = sorted(labels, key=key)[0]
    return Literal(str(best), lang=best.language)


def _most_precise(dates: list[Literal]) -> Literal:
    return sorted(dates, key=lambda d: (-len(str(d)), str(d)))[0]


def to_dataset(
    extractions: list[Extraction], res: Resolution, *, base: str | None = None
) -> Dataset:
    """Build the dataset: a named graph per article and the merged default graph.

    Triples are collected in plain Python first (each article's, then the merged ones
    with the display names and single values decided) and added to the rdflib store in
    one pass per graph: rdflib's per-triple context bookkeeping is paid once per triple.
    """
    with gc_paused():
        return _to_dataset(extractions, res, base)


def _to_dataset(extractions: list[Extraction], res: Resolution, base: str | None) -> Dataset:
    ds = Dataset()
    bind_prefixes(ds)
    b = _Builder(res, base, _office_labels(extractions, res))
    merged: dict[Triple, None] = {}
    for ex in sorted(extractions, key=lambda x: x.article.id):
        name = article_iri(ex.article.id, base)
        col = _Triples(name)
        b.add_article(col, ex)
        # (two of the article's own meetings may be one node: one value of each there too)
        _one_value_each(col.triples)
        g = ds.graph(name)
        g.addN((s, p, o, g) for s, p, o in col.triples)
        merged.update(col.triples)
    _merge_values(merged)
    default = default_graph(ds)
    default.addN((s, p, o, default) for s, p, o in merged)
    return ds


def _merge_values(merged: dict[Triple, None]) -> None:
    """Display names of persons and one value of each single-valued property of merged
    events, in place."""
    persons: list[Any] = []
    labels: dict[Any, list[Literal]] = {}
    for s, p, o in merged:
        if p == RDF.type and o == NG.Person:
            persons.append(s)
        elif p == RDFS.label and isinstance(o, Literal):
            labels.setdefault(s, []).append(o)
    # one display name per person, for queries and tables: the fullest name, Latin first
    for node in sorted(set(persons)):
        if node in labels:
            merged[(node, SKOS.prefLabel, _display_label(labels[node]))] = None
    _one_value_each(merged)


def _one_value_each(triples: dict[Triple, None]) -> None:
    """One value of each single-valued property of the events among ``triples`` (merged
    reports, or two reports of one article that are one event), in place."""
    events: set[Any] = set()
    single = (NG.date, NG.status, NG.mode, NG.location)
    values: dict[tuple[Any, Any], list[Any]] = {}
    for s, p, o in triples:
        if p == RDF.type and o in (NG.Meeting, NG.Agreement):
            events.add(s)
        elif p in single:
            values.setdefault((s, p), []).append(o)
    # single-valued properties of merged events: keep one value the sources agree on best
    choosers: dict[Any, Callable[[list[Any]], Any]] = {
        NG.date: _most_precise,
        NG.status: _by_rank(STATUS_RANK),
        NG.mode: _by_rank(MODE_RANK),
        NG.location: lambda vs: sorted(vs, key=str)[0],
    }
    for (node, prop), vs in values.items():
        if node in events and len(vs) > 1:
            keep = choosers[prop](vs)
            for v in vs:
                if v != keep:
                    del triples[(node, prop, v)]


# what a merged event keeps when its reports disagree: the firmer status, the more
# specific mode
STATUS_RANK = [NG.Signed, NG.Held, NG.Planned, NG.Discussed]
MODE_RANK = [NG.Visit, NG.PhoneCall, NG.MultilateralEvent, NG.InPerson]


def _by_rank(rank: list[URIRef]) -> Callable[[list[Any]], Any]:
    return lambda vs: sorted(vs, key=lambda v: rank.index(v) if v in rank else len(rank))[0]
