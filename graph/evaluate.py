"""Score a newsgraph graph against hand-annotated gold facts (P/R/F1 and accuracies).

Implements the rules of ``shared/eval/README.md`` over the data contract of
``ONTOLOGY.md``.  The gold is JSONL, one object per article (``file``, ``lang``,
``officials``, ``meetings``, ``agreements``); the optional events file lists real-world
meetings that a merged graph must hold as exactly one node each.

A Dataset is evaluated over the union of all its graphs (set union, so a triple present
in the default graph and in a named graph counts once).  Graph articles that have no gold
record are ignored.

Name matching (:func:`names_match`): both names are folded (:func:`fold_name`), split into
tokens; every token of the shorter name must be a token of the longer and the last tokens
must be equal (for names of equal length either may play "shorter").  A person matches an
official when any of its ``rdfs:label`` values matches any of the official's name and
aliases.  Match strength, used to break ties, is (folded names equal, shared tokens,
-length difference), best over all label/name pairs.

Choices where the README is silent:

* Officials: (person, official) matching pairs are sorted by match strength (then certain
  before uncertain); pass 1 assigns a person to an official only if both are still free,
  pass 2 gives each still unassigned matching person its best official (a duplicate node:
  neither TP nor FP).  Country accuracy uses the person that covered the official in pass 1;
  officials without a gold country are left out of it.  Role accuracy: the gold ``role`` is
  one of the person's ``ng:role`` concepts (a merged node may hold several offices);
  officials without a gold role are left out of it.
* Meetings: counted gold meetings are those neither ``uncertain`` nor ``status: planned``.
  Gold participants must be matched by *distinct* participant persons.  Any number of graph
  meetings may find the same gold meeting (the README does not make it one-to-one); for
  date/place accuracy the matching node not marked ng:Planned with the fewest participants
  (then the smallest IRI) stands for it.  A graph meeting is FP when it matches no gold
  meeting of its article at all (uncertain and planned ones included).  Date accuracy covers
  found meetings whose gold date is set: correct when the node has dates and every one
  starts with the gold date.  Found meetings whose gold date is null but whose node carries
  a date are counted in ``EvalReport.dates_guessed``.  Place accuracy: any label of any
  ``ng:location`` matches the gold city by the name rule; meetings without a gold city are
  left out.
* Agreements: a graph agreement matches a gold one when the gold parties are a subset of its
  party country codes (``ng:party`` → ``ng:countryCode``; organisations carry none).  Pairs
  are assigned one-to-one greedily: certain gold first, then same status, then fewer extra
  parties.  A graph agreement matching some gold agreement but left unassigned is a duplicate
  (neither TP nor FP).  Status accuracy: the node's ``ng:status`` set equals the gold status.
* Events: only certain events are scored.  Candidate nodes are ``ng:Meeting`` nodes derived
  from at least one source whose participants match all event participants (distinct persons;
  names extended with the aliases of matching officials in the sources' gold records), and
  not marked only ``ng:Planned``: an event is a meeting held, and a source may announce
  another meeting of the same people (which its gold record lists as planned).  Nor is a
  candidate a node of another meeting of those people that a source's gold record lists (a
  call on another day, a visit recalled in another city): one dated to that meeting's day
  and not the event's, or undated (or dated, not on the event's day) and placed in the city
  of such a meeting the gold leaves undated, and not the event's.
  ``missing_sources`` lists sources no candidate is derived from.  ``date_ok`` is None when
  the event has no date, otherwise True when every candidate has a date and all start with it.
* Latin/Cyrillic articles ``al``/``el``/``аль``/``эль`` are dropped as tokens (with hyphen or
  space), Arabic-script ``ال`` as a token prefix; ZWNJ/ZWJ, tatweel and apostrophes are
  removed; other punctuation separates tokens.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import rdflib
from rdflib import RDF, RDFS, Namespace, URIRef
from rdflib import Literal as RDFLiteral
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Node

from graph.model import Article, Extraction, Meeting, Person

NG = Namespace("https://w3id.org/newsgraph/ns#")

TYPES = ("officials", "meetings", "agreements")
ACCURACY_KEYS = (
    "official_country",
    "official_role",
    "meeting_date",
    "meeting_place",
    "agreement_status",
)
_STATUS = {
    "signed": NG.Signed,
    "planned": NG.Planned,
    "discussed": NG.Discussed,
    "held": NG.Held,
}

# --------------------------------------------------------------------------- scores


@dataclass
class Score:
    """True positives, false positives and false negatives of one item type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class EventResult:
    """How one certain real-world event is represented in the graph."""

    id: str
    ok: bool
    nodes: list[str]  # IRIs of candidate meeting nodes
    sources: list[str]
    missing_sources: list[str]
    date: str | None  # the event's gold date
    dates: list[str]  # ng:date lexical forms of the candidates
    date_ok: bool | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "ok": self.ok,
            "node_count": len(self.nodes),
            "nodes": self.nodes,
            "sources": self.sources,
            "missing_sources": self.missing_sources,
            "date": self.date,
            "dates": self.dates,
            "date_ok": self.date_ok,
        }


@dataclass
class PersonIdentity:
    """Whether each real person is one node: officials named by several articles of the
    set (the same country and matching names or aliases in the gold) against the nodes
    the articles' officials were matched to."""

    recurring: int = 0  # gold persons named by two or more articles
    one_node: int = 0  # ... found in each and one node for all
    split: int = 0  # ... found in each, on several nodes
    missed: int = 0  # ... not found in some article
    merged: int = 0  # nodes standing for two or more distinct gold persons

    def as_dict(self) -> dict[str, int]:
        return {
            "recurring": self.recurring,
            "one_node": self.one_node,
            "split": self.split,
            "missed": self.missed,
            "merged": self.merged,
        }


@dataclass
class EvalReport:
    """Everything :func:`evaluate` measured."""

    by_type: dict[str, Score]
    by_lang: dict[str, dict[str, Score]]
    accuracy: dict[str, tuple[int, int]]
    events: list[EventResult] | None
    details: list[str]
    dates_guessed: int = 0  # found meetings with null gold date whose node has a date
    missing_articles: list[str] = field(default_factory=list)
    persons: PersonIdentity | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "by_type": {t: s.as_dict() for t, s in self.by_type.items()},
            "by_lang": {
                lang: {t: s.as_dict() for t, s in scores.items()}
                for lang, scores in self.by_lang.items()
            },
            "accuracy": {
                k: {"correct": c, "total": n, "ratio": round(c / n, 4) if n else None}
                for k, (c, n) in self.accuracy.items()
            },
            "dates_guessed": self.dates_guessed,
            "missing_articles": self.missing_articles,
            "events": None if self.events is None else [e.as_dict() for e in self.events],
            "persons": None if self.persons is None else self.persons.as_dict(),
            "details": self.details,
        }


# --------------------------------------------------------------------- name folding

_APOSTROPHES = "'`\u00b4\u2018\u2019\u201b\u2032\u02bc\u02bb\u02bd\u02be\u02bf\u02b9\u055a\uff07"
_INVISIBLE = "\u200c\u200d\u200b\u200e\u200f\u2060\ufeff\u0640"  # ZWNJ, ZWJ, ..., tatweel
_LETTER_MAP = str.maketrans(
    {
        "\u06cc": "\u064a",  # Persian yeh -> Arabic yeh
        "\u0649": "\u064a",  # alef maksura -> yeh
        "\u06a9": "\u0643",  # keheh -> kaf
        "\u0629": "\u0647",  # teh marbuta -> heh
        "\u06c0": "\u0647",  # heh with yeh above
        "\u06d5": "\u0647",  # ae
        "\u06c1": "\u0647",  # heh goal
        "\u0671": "\u0627",  # alef wasla
    }
)
_DROP = str.maketrans({c: None for c in _APOSTROPHES + _INVISIBLE})
_ARTICLES = frozenset({"al", "el", "аль", "эль", "ал", "эл"})
_AR_ARTICLE = "\u0627\u0644"  # ال


def _fold_token(token: str) -> str:
    if token.startswith(_AR_ARTICLE) and len(token) >= len(_AR_ARTICLE) + 2:
        return token[len(_AR_ARTICLE) :]
    return token


def _strip_marks(text: str) -> str:
    return "".join(
        c
        for c in unicodedata.normalize("NFKD", text)
        if unicodedata.category(c) not in ("Mn", "Me")
    )


@lru_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    # NFKD splits alef with hamza/madda (and similar) into a base letter and a mark that
    # is dropped; the second pass catches characters that casefold() turns decomposable.
    text = _strip_marks(_strip_marks(name.translate(_DROP)).casefold()).translate(_LETTER_MAP)
    text = "".join(c if c.isalnum() else " " for c in text)
    tokens = [_fold_token(t) for t in text.split()]
    kept = [t for t in tokens if t not in _ARTICLES]
    return tuple(kept if kept else tokens)


def fold_name(name: str) -> str:
    """Fold a name for comparison: case, diacritics, hyphens, apostrophes, "al-", script variants.

    >>> fold_name("Thabet al-Abbasi")
    'thabet abbasi'
    """
    return " ".join(_tokens(name))


def _match_strength(a: str, b: str) -> tuple[int, int, int] | None:
    """Strength of the match of two names, or None when they do not match."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return None

    def covers(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
        longset = set(long)
        return short[-1] == long[-1] and all(t in longset for t in short)

    if len(ta) < len(tb):
        ok = covers(ta, tb)
    elif len(tb) < len(ta):
        ok = covers(tb, ta)
    else:
        ok = covers(ta, tb) or covers(tb, ta)
    if not ok:
        return None
    return (int(ta == tb), len(set(ta) & set(tb)), -abs(len(ta) - len(tb)))


def names_match(a: str, b: str) -> bool:
    """True when the folded token sets match: the shorter within the longer, same last token."""
    return _match_strength(a, b) is not None


def _best_strength(labels: Iterable[str], names: Iterable[str]) -> tuple[int, int, int] | None:
    best: tuple[int, int, int] | None = None
    names = list(names)
    for label in labels:
        for name in names:
            s = _match_strength(label, name)
            if s is not None and (best is None or s > best):
                best = s
    return best


# ---------------------------------------------------------------------- graph view


class _View:
    """Read access to the union of a graph's triples, in the terms of the data contract."""

    def __init__(self, graph: rdflib.Graph) -> None:
        self.g = graph

    def articles(self, identifier: str) -> set[Node]:
        return {
            s
            for s, o in self.g.subject_objects(DCTERMS.identifier)
            if str(o) == identifier and (s, RDF.type, NG.Article) in self.g
        }

    def derived(self, cls: URIRef, articles: set[Node]) -> list[Node]:
        nodes = {
            s
            for s in self.g.subjects(RDF.type, cls)
            if any(a in articles for a in self.g.objects(s, PROV.wasDerivedFrom))
        }
        return sorted(nodes, key=str)

    def sources(self, node: Node) -> set[str]:
        return {
            str(i)
            for a in self.g.objects(node, PROV.wasDerivedFrom)
            for i in self.g.objects(a, DCTERMS.identifier)
        }

    def labels(self, node: Node) -> list[str]:
        return sorted({str(o) for o in self.g.objects(node, RDFS.label)})

    def codes(self, node: Node, prop: URIRef) -> set[str]:
        out: set[str] = set()
        for o in self.g.objects(node, prop):
            if isinstance(o, RDFLiteral):
                out.add(str(o).upper())
            else:
                out |= {str(c).upper() for c in self.g.objects(o, NG.countryCode)}
        return out

    def roles(self, node: Node) -> set[str]:
        """The role ids of a person (the last segment of its ``ng:role`` IRIs)."""
        return {str(o).rsplit("/", 1)[-1] for o in self.g.objects(node, NG.role)}

    def participants(self, meeting: Node) -> list[tuple[Node, list[str]]]:
        people = sorted(set(self.g.objects(meeting, NG.participant)), key=str)
        return [(p, self.labels(p)) for p in people]

    def dates(self, node: Node) -> list[str]:
        return sorted({str(o) for o in self.g.objects(node, NG.date)})

    def place_labels(self, meeting: Node) -> list[str]:
        return sorted(
            {
                str(lab)
                for p in self.g.objects(meeting, NG.location)
                for lab in self.g.objects(p, RDFS.label)
            }
        )

    def statuses(self, node: Node) -> set[Node]:
        return set(self.g.objects(node, NG.status))

    def short(self, node: Node) -> str:
        labels = self.labels(node)
        return f"{labels[0]!r}" if labels else f"<{node}>"


def _union(graph: rdflib.Graph | rdflib.Dataset | Path | str) -> rdflib.Graph:
    if isinstance(graph, str | Path):
        path = Path(graph)
        if not path.is_file():
            raise FileNotFoundError(f"graph file not found: {path}; give an existing RDF file")
        fmt = rdflib.util.guess_format(str(path))
        if fmt is None:
            raise ValueError(f"cannot tell the RDF format of {path}; use .ttl, .trig, .nq, .jsonld")
        ds = rdflib.Dataset()
        ds.parse(path, format=fmt)
        graph = ds
    if isinstance(graph, rdflib.ConjunctiveGraph):  # Dataset is a ConjunctiveGraph
        union = rdflib.Graph()
        for s, p, o, _ in graph.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    if isinstance(graph, rdflib.Graph):
        return graph
    raise TypeError(f"evaluate() needs an rdflib Graph or Dataset, got {type(graph).__name__}")


# ----------------------------------------------------------------------- gold input


def _load_gold(gold: Path | str | Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    if isinstance(gold, str | Path):
        path = Path(gold)
        if not path.is_file():
            raise FileNotFoundError(f"gold file not found: {path}; give a JSONL gold file")
        records = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: not valid JSON ({e.msg}); fix the gold line") from e
        gold = records
    out = list(gold)
    for i, rec in enumerate(out, 1):
        if not isinstance(rec, dict) or not rec.get("file"):
            raise ValueError(f"gold record {i} has no 'file' key; every record needs one")
    return out


def _load_events(events: Path | str | dict[str, Any] | list[Any]) -> list[dict[str, Any]]:
    if isinstance(events, str | Path):
        path = Path(events)
        if not path.is_file():
            raise FileNotFoundError(f"events file not found: {path}; give a JSON events file")
        try:
            events = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise ValueError(f"{path}: not valid JSON ({e.msg}); fix the events file") from e
    items = events.get("events") if isinstance(events, dict) else events
    if not isinstance(items, list):
        raise ValueError("events must be a list or an object with an 'events' list")
    return items


def _official_names(off: dict[str, Any]) -> list[str]:
    names = [off.get("name") or "", *(off.get("aliases") or [])]
    return list(dict.fromkeys(n for n in names if n))


def _participant_names(name: str, officials: Iterable[dict[str, Any]]) -> list[str]:
    """The name forms of a gold participant: its official's name and aliases."""
    officials = list(officials)
    for off in officials:
        if off.get("name") == name:
            return _official_names(off)
    folded = fold_name(name)
    for off in officials:
        if any(fold_name(n) == folded for n in _official_names(off)):
            return _official_names(off)
    for off in officials:
        if _best_strength([name], _official_names(off)) is not None:
            return _official_names(off)
    return [name]


def _covers_all(people: list[tuple[Node, list[str]]], wanted: list[list[str]]) -> bool:
    """True when each wanted participant is matched by a distinct person."""
    options = [
        [i for i, (_, labels) in enumerate(people) if _best_strength(labels, names)]
        for names in wanted
    ]

    def assign(k: int, used: frozenset[int]) -> bool:
        if k == len(options):
            return True
        return any(assign(k + 1, used | {i}) for i in options[k] if i not in used)

    return assign(0, frozenset())


def _certain(item: dict[str, Any]) -> bool:
    return not item.get("uncertain")


# ---------------------------------------------------------------------- evaluation


@dataclass
class _Acc:
    counts: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in ACCURACY_KEYS})

    def mark(self, key: str, ok: bool) -> None:
        self.counts[key][1] += 1
        self.counts[key][0] += int(ok)


def _eval_officials(
    view: _View,
    rec: dict[str, Any],
    articles: set[Node],
    acc: _Acc,
    details: list[str],
    found: list[tuple[str, dict[str, Any], Node | None]],
) -> Score:
    file = rec["file"]
    officials = rec.get("officials") or []
    names = [_official_names(o) for o in officials]
    persons = view.derived(NG.Person, articles)
    labels = {p: view.labels(p) for p in persons}
    pairs = []
    for p in persons:
        for i, n in enumerate(names):
            s = _best_strength(labels[p], n)
            if s is not None:
                pairs.append((s, _certain(officials[i]), str(p), i, p))
    pairs.sort(key=lambda x: (tuple(-v for v in x[0]), not x[1], x[2], x[3]))
    primary: dict[int, Node] = {}
    assigned: dict[Node, int] = {}
    for _, _, _, i, p in pairs:
        if p not in assigned and i not in primary:
            assigned[p], primary[i] = i, p
    for _, _, _, i, p in pairs:
        assigned.setdefault(p, i)

    score = Score()
    for i, off in enumerate(officials):
        if not _certain(off):
            continue
        found.append((file, off, primary.get(i)))
        if i in primary:
            score.tp += 1
            if off.get("country"):
                got = view.codes(primary[i], NG.country)
                ok = got == {off["country"].upper()}
                acc.mark("official_country", ok)
                if not ok:
                    details.append(
                        f"{file}: official country wrong: {off.get('name')} "
                        f"expected {off['country']}, got {sorted(got) or 'none'}"
                    )
            if off.get("role"):
                roles = view.roles(primary[i])
                ok = off["role"] in roles
                acc.mark("official_role", ok)
                if not ok:
                    details.append(
                        f"{file}: official role wrong: {off.get('name')} "
                        f"expected {off['role']}, got {sorted(roles) or 'none'}"
                    )
        else:
            score.fn += 1
            details.append(f"{file}: official missed: {off.get('name')}")
    for p in persons:
        if p not in assigned:
            score.fp += 1
            details.append(f"{file}: person FP: {view.short(p)} <{p}>")
    return score


def _eval_meetings(
    view: _View, rec: dict[str, Any], articles: set[Node], acc: _Acc, details: list[str]
) -> tuple[Score, int]:
    file = rec["file"]
    officials = rec.get("officials") or []
    gold = rec.get("meetings") or []
    nodes = view.derived(NG.Meeting, articles)
    people = {m: view.participants(m) for m in nodes}
    matched_nodes: set[Node] = set()
    score, guessed = Score(), 0
    for gm in gold:
        wanted = [_participant_names(n, officials) for n in gm.get("participants") or []]
        hits = [m for m in nodes if wanted and _covers_all(people[m], wanted)]
        matched_nodes.update(hits)
        counted = _certain(gm) and (gm.get("status") or "held") != "planned"
        if not counted:
            continue
        label = " + ".join(gm.get("participants") or [])
        if not hits:
            score.fn += 1
            details.append(f"{file}: meeting missed: {label} ({gm.get('date') or 'no date'})")
            continue
        score.tp += 1
        # a held gold meeting is best stood for by a node not marked planned, and of two
        # meetings of one pair (a call and an earlier visit) by the one of its day
        day = gm.get("date")
        best = min(
            hits,
            key=lambda m: (
                NG.Planned in view.statuses(m),
                bool(day) and not any(d.startswith(day) for d in view.dates(m)),
                len(people[m]),
                str(m),
            ),
        )
        dates = view.dates(best)
        if gm.get("date"):
            ok = bool(dates) and all(d.startswith(gm["date"]) for d in dates)
            acc.mark("meeting_date", ok)
            if not ok:
                details.append(
                    f"{file}: meeting date wrong: {label} expected {gm['date']}, "
                    f"got {dates or 'none'}"
                )
        elif dates:
            guessed += 1
        if gm.get("location"):
            places = view.place_labels(best)
            ok = any(names_match(p, gm["location"]) for p in places)
            acc.mark("meeting_place", ok)
            if not ok:
                details.append(
                    f"{file}: meeting place wrong: {label} expected {gm['location']}, "
                    f"got {places or 'none'}"
                )
    for m in nodes:
        if m not in matched_nodes:
            score.fp += 1
            who = ", ".join(labels[0] if labels else str(p) for p, labels in people[m])
            details.append(f"{file}: meeting FP: <{m}> participants [{who}]")
    return score, guessed


def _eval_agreements(
    view: _View, rec: dict[str, Any], articles: set[Node], acc: _Acc, details: list[str]
) -> Score:
    file = rec["file"]
    gold = rec.get("agreements") or []
    nodes = view.derived(NG.Agreement, articles)
    parties = {a: view.codes(a, NG.party) for a in nodes}
    statuses = {a: view.statuses(a) for a in nodes}
    pairs = []
    for gi, ga in enumerate(gold):
        want = {p.upper() for p in ga.get("parties") or []}
        status = _STATUS.get(str(ga.get("status") or "").lower())
        for a in nodes:
            if want and want <= parties[a]:
                same = status is not None and statuses[a] == {status}
                pairs.append(
                    ((not _certain(ga), not same, len(parties[a] - want), gi, str(a)), gi, a)
                )
    pairs.sort(key=lambda x: x[0])
    taken: dict[int, Node] = {}
    used: set[Node] = set()
    for _, gi, a in pairs:
        if gi not in taken and a not in used:
            taken[gi] = a
            used.add(a)
    matching = {a for _, _, a in pairs}

    score = Score()
    for gi, ga in enumerate(gold):
        if not _certain(ga):
            continue
        label = f"{'-'.join(ga.get('parties') or [])} {ga.get('status')}"
        if gi not in taken:
            score.fn += 1
            details.append(f"{file}: agreement missed: {label} ({ga.get('description', '')})")
            continue
        score.tp += 1
        status = _STATUS.get(str(ga.get("status") or "").lower())
        got = statuses[taken[gi]]
        ok = status is not None and got == {status}
        acc.mark("agreement_status", ok)
        if not ok:
            details.append(
                f"{file}: agreement status wrong: {label}, got "
                f"{sorted(str(s).rsplit('#', 1)[-1] for s in got) or 'none'}"
            )
    for a in nodes:
        if a not in matching:
            score.fp += 1
            details.append(f"{file}: agreement FP: <{a}> parties {sorted(parties[a])}")
    return score


def _eval_events(
    view: _View, items: list[dict[str, Any]], gold: list[dict[str, Any]]
) -> list[EventResult]:
    by_file = {r["file"]: r for r in gold}
    meetings = sorted(set(view.g.subjects(RDF.type, NG.Meeting)), key=str)
    results = []
    for ev in items:
        if not _certain(ev):
            continue
        sources = list(ev.get("sources") or [])
        officials = [o for s in sources for o in (by_file.get(s, {}).get("officials") or [])]
        wanted = []
        for name in ev.get("participants") or []:
            forms = [name]
            for off in officials:
                names = _official_names(off)
                if _best_strength([name], names) is not None:
                    forms.extend(names)
            wanted.append(list(dict.fromkeys(forms)))
        others = _other_meetings(ev, sources, by_file, wanted)
        cands = [
            m
            for m in meetings
            if view.sources(m) & set(sources)
            and wanted
            and view.statuses(m) != {NG.Planned}
            and _covers_all(view.participants(m), wanted)
            and not _of_another_meeting(view, m, others, ev)
        ]
        covered = set().union(*(view.sources(m) for m in cands)) if cands else set()
        missing = [s for s in sources if s not in covered]
        dates = sorted({d for m in cands for d in view.dates(m)})
        date = ev.get("date")
        date_ok = None
        if date:
            date_ok = bool(cands) and all(
                view.dates(m) and all(d.startswith(date) for d in view.dates(m)) for m in cands
            )
        ok = len(cands) == 1 and not missing and date_ok is not False
        results.append(
            EventResult(
                id=str(ev.get("id", "?")),
                ok=ok,
                nodes=[str(m) for m in cands],
                sources=sources,
                missing_sources=missing,
                date=date,
                dates=dates,
                date_ok=date_ok,
            )
        )
    return results


def _other_meetings(
    ev: dict[str, Any],
    sources: list[str],
    by_file: dict[str, dict[str, Any]],
    wanted: list[list[str]],
) -> list[tuple[str | None, str | None]]:
    """(date, place) of the other meetings of the event's people that its sources' gold
    records list: a call on another day, a visit recalled in another city."""
    out = []
    for s in sources:
        for gm in by_file.get(s, {}).get("meetings") or []:
            names = gm.get("participants") or []
            if not wanted or not all(_best_strength(names, forms) is not None for forms in wanted):
                continue
            day, place = gm.get("date"), gm.get("location")
            if (day and ev.get("date") and not day.startswith(ev["date"])) or (
                not day
                and place
                and ev.get("location")
                and not names_match(place, ev["location"])
            ):
                out.append((day, place))
            elif gm.get("uncertain") and not day and not place:
                # a meeting recalled without a day or place ("a phone call in March"):
                # another meeting, of a day the gold leaves unsaid
                out.append((None, None))
    return out


def _of_another_meeting(
    view: _View, m: Node, others: list[tuple[str | None, str | None]], ev: dict[str, Any]
) -> bool:
    """Node ``m`` stands for one of ``others`` (its day, or without a day its place; one
    recalled with neither stands for any node dated apart from the event), not for the
    event (of another day, or another place)."""
    dates, places = view.dates(m), view.place_labels(m)
    if dates:
        if ev.get("date") and any(d.startswith(ev["date"]) for d in dates):
            return False
        if (
            ev.get("date")
            and (None, None) in others
            and not any(ev["date"].startswith(d) for d in dates)
        ):
            # (dated apart from the event, beside a meeting the gold recalls undated: that
            # one, "2025-03" for the call "в марте" beside the talks of 2025-07-17)
            return True
        if any(
            day and any(d.startswith(day) or day.startswith(d) for d in dates)
            for day, _ in others
        ):
            return True
        if not ev.get("date"):
            return False
        # (dated, not on the event's day, and placed in the city of a meeting the gold
        # leaves undated: "took place in Doha last September" read as 2024-09)
    if ev.get("location") and any(names_match(p, ev["location"]) for p in places):
        return False
    return any(
        place and any(names_match(p, place) for p in places) for day, place in others if not day
    )


def evaluate(
    gold: Path | str | Iterable[dict[str, Any]],
    graph: rdflib.Graph | rdflib.Dataset | Path | str,
    *,
    events: Path | str | dict[str, Any] | None = None,
) -> EvalReport:
    """Score ``graph`` (its union of graphs) against the gold records; see the module doc."""
    records = _load_gold(gold)
    view = _View(_union(graph))
    by_type = {t: Score() for t in TYPES}
    by_lang: dict[str, dict[str, Score]] = {}
    acc = _Acc()
    details: list[str] = []
    missing_articles: list[str] = []
    found: list[tuple[str, dict[str, Any], Node | None]] = []
    guessed = 0
    for rec in records:
        file, lang = rec["file"], rec.get("lang") or "und"
        articles = view.articles(file)
        if articles:
            scores = {
                "officials": _eval_officials(view, rec, articles, acc, details, found),
                "agreements": _eval_agreements(view, rec, articles, acc, details),
            }
            scores["meetings"], g = _eval_meetings(view, rec, articles, acc, details)
            guessed += g
        else:
            missing_articles.append(file)
            scores = {
                "officials": Score(fn=sum(map(_certain, rec.get("officials") or []))),
                "meetings": Score(
                    fn=sum(
                        _certain(m) and (m.get("status") or "held") != "planned"
                        for m in rec.get("meetings") or []
                    )
                ),
                "agreements": Score(fn=sum(map(_certain, rec.get("agreements") or []))),
            }
            details.append(
                f"{file}: article missing from the graph (no ng:Article with this "
                f"dcterms:identifier); all its items count as misses"
            )
        lang_scores = by_lang.setdefault(lang, {t: Score() for t in TYPES})
        for t in TYPES:
            by_type[t].add(scores[t])
            lang_scores[t].add(scores[t])
    ev_results = _eval_events(view, _load_events(events), records) if events is not None else None
    return EvalReport(
        by_type=by_type,
        by_lang=dict(sorted(by_lang.items())),
        accuracy={k: (c, n) for k, (c, n) in acc.counts.items()},
        events=ev_results,
        details=details,
        dates_guessed=guessed,
        missing_articles=missing_articles,
        persons=_eval_identities(view, found, details),
    )


def _eval_identities(
    view: _View, found: list[tuple[str, dict[str, Any], Node | None]], details: list[str]
) -> PersonIdentity:
    """One gold person: officials of different articles with one country and matching
    full names (two words or more, aliases included; one word for those known by no
    more)."""
    # (an official known by one word only, "Sugiono", by that word)
    full = [
        [n for n in _official_names(off) if len(_tokens(n)) >= 2] or _official_names(off)
        for _, off, _ in found
    ]
    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (fa, oa, _) in enumerate(found):
        for j in range(i + 1, len(found)):
            fb, ob, _ = found[j]
            if (
                fa != fb
                and oa.get("country")
                and str(oa.get("country")).upper() == str(ob.get("country") or "").upper()
                and any(names_match(x, y) for x in full[i] for y in full[j])
            ):
                parent[root(j)] = root(i)
    people: dict[int, list[int]] = {}
    for i in range(len(found)):
        people.setdefault(root(i), []).append(i)
    out = PersonIdentity()
    holders: dict[Node, set[int]] = {}
    for r, members in people.items():
        for i in members:
            node = found[i][2]
            if node is not None:
                holders.setdefault(node, set()).add(r)
        if len({found[i][0] for i in members}) < 2:
            continue
        out.recurring += 1
        name = found[members[0]][1].get("name")
        nodes = {found[i][2] for i in members}
        if None in nodes:
            out.missed += 1
        elif len(nodes) == 1:
            out.one_node += 1
        else:
            out.split += 1
            details.append(
                f"person split: {name} ({len(members)} mentions) on {len(nodes)} nodes: "
                + ", ".join(sorted(view.short(n) for n in nodes if n is not None))
            )
    for node, rs in sorted(holders.items(), key=lambda kv: str(kv[0])):
        if len(rs) > 1:
            out.merged += 1
            names = sorted(str(found[people[r][0]][1].get("name")) for r in rs)
            details.append(f"persons merged: {' + '.join(names)} on {view.short(node)}")
    return out


# ------------------------------------------------------------------------ reporting


def _score_rows(scores: dict[str, Score], indent: str = "") -> list[str]:
    return [
        f"{indent}{t:<11} {s.precision:5.2f}  {s.recall:5.2f}  {s.f1:5.2f}  "
        f"{s.tp:3d} {s.fp:3d} {s.fn:3d}"
        for t, s in scores.items()
    ]


def _event_line(e: EventResult) -> str:
    n = len(e.nodes)
    parts = [
        f"{n} node{'s' if n != 1 else ''}",
        f"{len(e.sources) - len(e.missing_sources)}/{len(e.sources)} sources",
    ]
    if e.missing_sources:
        parts.append("missing " + ", ".join(e.missing_sources))
    if e.date_ok is None:
        parts.append("no gold date")
    elif e.date_ok:
        parts.append(f"date {e.date}")
    else:
        parts.append(f"date wrong: expected {e.date}, got {', '.join(e.dates) or 'none'}")
    return f"{e.id} {'ok' if e.ok else 'FAIL'} ({', '.join(parts)})"


def format_report(report: EvalReport, fmt: Literal["text", "json"] = "text") -> str:
    """Render a report as an aligned text table or as a JSON object."""
    if fmt == "json":
        return json.dumps(report.as_dict(), ensure_ascii=False, indent=2)
    if fmt != "text":
        raise ValueError(f"unknown report format {fmt!r}; use 'text' or 'json'")
    header = f"{'type':<11} {'P':>5}  {'R':>5}  {'F1':>5}  {'tp':>3} {'fp':>3} {'fn':>3}"
    lines = [header, *_score_rows(report.by_type)]
    for lang, scores in report.by_lang.items():
        lines.append(f"per language: {lang}")
        lines.extend(_score_rows(scores, "  "))
    acc = []
    for k, (c, n) in report.accuracy.items():
        acc.append(f"{k} {c}/{n} {c / n:.2f}" if n else f"{k} 0/0 -")
    lines.append("accuracy: " + "  ".join(acc))
    lines.append(f"meeting dates given where the gold has none: {report.dates_guessed}")
    if report.persons is not None:
        p = report.persons
        lines.append(
            f"persons: recurring officials one node {p.one_node}/{p.recurring} "
            f"(split {p.split}, missed in an article {p.missed}); "
            f"nodes merging distinct officials {p.merged}"
        )
    if report.events is not None:
        ok = sum(e.ok for e in report.events)
        lines.append(f"events: {ok}/{len(report.events)} ok")
        lines.extend(f"  {_event_line(e)}" for e in report.events)
    if report.details:
        lines.append("details:")
        lines.extend(f"  {d}" for d in report.details)
    return "\n".join(lines)


# ------------------------------------------------------------- resolution alone


def gold_extractions(gold: Path | str | Iterable[dict[str, Any]]) -> list[Extraction]:
    """The gold's own facts as extractions: each official by the name the article writes
    (not the annotator's aliases) or, named only by office, as that office; with the gold
    role and country, and each meeting with
    its participants, date and status.  Resolution run on them (``oracle``) measures
    merging alone, as if extraction made no mistake."""
    from graph.dates import parse_iso

    out = []
    for rec in _load_gold(gold):
        officials = [o for o in rec.get("officials") or [] if o.get("name")]
        persons = [_gold_person(i, o) for i, o in enumerate(officials)]
        by_name = {str(o["name"]): p.key for o, p in zip(officials, persons, strict=True)}
        meetings = []
        for m in rec.get("meetings") or []:
            keys = [by_name.get(n) for n in m.get("participants") or []]
            if len(keys) < 2 or None in keys:
                continue
            if m.get("uncertain") and not m.get("date"):
                # (a meeting the gold leaves uncertain and undated, most often one recalled
                # by its month alone: an extraction dates it to that month; with no date at
                # all it would be one more node beside the event of the pair, which the
                # gold does not score either way)
                continue
            meetings.append(
                Meeting(
                    participants=[k for k in keys if k is not None],
                    evidence=[],
                    date=parse_iso(m["date"]) if m.get("date") else None,
                    status="planned" if m.get("status") == "planned" else "held",
                )
            )
        published = rec.get("publication_date")
        article = Article(
            id=str(rec["file"]),
            text="",
            lang=str(rec.get("lang") or "und"),
            published=parse_iso(published) if published else None,
        )
        out.append(Extraction(article=article, persons=persons, meetings=meetings))
    return out


def _gold_person(i: int, official: dict[str, Any]) -> Person:
    """A gold official as an extraction states it: by the name the article writes, or, when
    the article names the official only by office (the gold's ``name`` is its ``title``), as
    an office without a name, which resolution may give to the holder another article
    names."""
    name = str(official["name"])
    role = official.get("role")
    country = str(official["country"]).upper() if official.get("country") else None
    if name == official.get("title") and role and country:
        return Person(
            key=f"office:{role}:{country}:{i}", name=None, titles=[name], role=role, country=country
        )
    return Person(key=f"p{i}", name=name, names=[name], role=role, country=country)


def oracle(
    gold: Path | str | Iterable[dict[str, Any]],
    *,
    events: Path | str | dict[str, Any] | None = None,
) -> EvalReport:
    """Score resolution alone: the graph of the gold's own facts (``gold_extractions``),
    merged as a build merges, against the same gold."""
    from graph.api import merged_dataset

    records = _load_gold(gold)
    return evaluate(records, merged_dataset(gold_extractions(records)), events=events)
