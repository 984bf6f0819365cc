"""Wikidata linking: offline country/capital links, the chooser among namesakes, the polite
client (User-Agent, maxlag, Retry-After, batches, cache, failures) against a stand-in
server on 127.0.0.1, and ``newsgraph build`` end to end.  Nothing here reaches the internet.
"""

from __future__ import annotations

import copy
import json
import socket
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import requests
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD
from wikidata_standin import FIXTURES, StandIn, dead_port

from graph import __version__
from graph.api import run_build
from graph.cli import WIKIDATA_API, main, make_parser
from graph.io import default_graph
from graph.model import Article, Entity, Extraction, Span
from graph.rdf import to_dataset
from graph.resolve import resolve
from graph.validate import validate
from graph.vocab import NG, WD
from graph.wikidata import (
    DEFAULT_API,
    MAX_IDS,
    NodeInfo,
    WikidataClient,
    WikidataConfig,
    choose,
    default_cache_dir,
    link_dataset,
    name_similarity,
    score,
    user_agent,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ENTITIES: dict[str, dict[str, Any]] = json.loads(
    (FIXTURES / "entities.json").read_text(encoding="utf-8")
)["entities"]

# the seed officials and their items among the fixtures' namesakes
SEED_PERSONS = [
    ("Mohammad Baqeri", "Q97000001"),  # not the footballer Q97000002, nor the Afghan Q97000003
    ("Valery Gerasimov", "Q97000011"),  # not the canoer Q97000012, nor the Ukrainian Q97000013
    ("Juma Anad Saadoun Khattab", "Q97000021"),  # not the footballer Q97000022
    ("Ali Shamkhani", "Q97000031"),  # not the actor Q97000032
    ("Qassem Soleimani", "Q97000041"),  # not the painter Q97000042
    ("Sergei Shoigu", "Q97000051"),
    ("Abdolrahim Mousavi", "Q97000061"),  # not the Iraqi cleric Q97000062
    ("Thabet Muhammad Saeed al-Abbasi", "Q97000071"),  # country from the position held
]


class Sleeps(list[float]):
    """A fake ``sleep`` recording how long it was asked to wait."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def config(url: str, tmp: Path | None, **kw: Any) -> WikidataConfig:
    """A test configuration: no real sleeping, warnings collected in ``kw['warn']``."""
    kw.setdefault("sleep", Sleeps())
    kw.setdefault("warn", [].append)
    return WikidataConfig(api_url=url, cache_dir=tmp, **kw)


def node_by_label(g: Graph, cls: URIRef, label: str) -> URIRef:
    found = {
        s for s in g.subjects(RDF.type, cls) for o in g.objects(s, RDFS.label) if str(o) == label
    }
    assert len(found) == 1, (label, found)
    return next(iter(found))  # type: ignore[return-value]


# ----------------------------------------------------------------------------- offline


@pytest.fixture(scope="module")
def offline_ds() -> Dataset:
    """The seeds built with the library default (offline), with all sockets forbidden."""

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the offline build opened a connection")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", no_network)
        mp.setattr(requests.Session, "send", no_network)
        result = run_build([SEEDS])
    assert result.links is None
    return result.dataset


@pytest.mark.parametrize(
    ("code", "qid"), [("IR", "Q794"), ("IQ", "Q796"), ("RU", "Q159"), ("US", "Q30")]
)
def test_countries_linked_offline(offline_ds: Dataset, code: str, qid: str) -> None:
    g = default_graph(offline_ds)
    nodes = list(g.subjects(NG.countryCode, Literal(code)))
    assert len(nodes) == 1
    assert (nodes[0], RDF.type, NG.Country) in g
    assert (nodes[0], OWL.sameAs, WD[qid]) in g


@pytest.mark.parametrize(
    ("name", "qid"), [("Tehran", "Q3616"), ("Baghdad", "Q1530"), ("Moscow", "Q649")]
)
def test_capitals_are_places_linked_offline(offline_ds: Dataset, name: str, qid: str) -> None:
    g = default_graph(offline_ds)
    node = node_by_label(g, NG.Place, name)
    assert (node, OWL.sameAs, WD[qid]) in g
    assert not list(g.objects(node, NG.linkConfidence))  # table links carry no confidence


@pytest.mark.parametrize(
    ("code", "qid", "capital", "capital_qid"),
    [("FR", "Q142", "Paris", "Q90"), ("ID", "Q252", "Jakarta", "Q3630"),
     ("SA", "Q851", "Riyadh", "Q3692"), ("TR", "Q43", "Ankara", "Q3640")],
)  # fmt: skip
def test_any_country_and_capital_linked_from_the_table(
    code: str, qid: str, capital: str, capital_qid: str
) -> None:
    art = Article(id="a1", text="x" * 50, lang="en")
    ents = [
        Entity(f"country:{code}", "country", code, [code], code, [Span(0, 5)]),
        Entity(f"place:{capital}", "place", capital, [capital], code, [Span(10, 15)]),
    ]
    ex = Extraction(art, entities=ents, sentences=[Span(0, 50)])
    g = default_graph(to_dataset([ex], resolve([ex])))
    country = next(g.subjects(NG.countryCode, Literal(code)))
    assert (country, OWL.sameAs, WD[qid]) in g
    place = node_by_label(g, NG.Place, capital)
    assert (place, OWL.sameAs, WD[capital_qid]) in g
    assert (place, NG.country, country) in g


# ----------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("Mohammad Baqeri", "Mohammad Bagheri", 0.9, 1.0),
        ("Mohammad Baqeri", "mohammad baqeri", 1.0, 1.0),
        ("Valery Gerasimov", "Valeriy Gerasimov", 0.9, 1.0),
        ("Thabet Muhammad Saeed al-Abbasi", "Thabet al-Abbasi", 0.85, 0.95),
        ("Juma Anad Saadoun Khattab", "Juma Inad Saadoun", 0.8, 0.95),
        ("Organisasi Kerjasama Shanghai", "Organisasi Kerja Sama Shanghai", 0.95, 1.0),
        ("محمد باقری", "محمد باقری", 1.0, 1.0),
        ("Téhéran", "Teheran", 1.0, 1.0),
        ("Mohammad Baqeri", "Ali Shamkhani", 0.0, 0.5),
        ("Sergei Shoigu", "Valery Gerasimov", 0.0, 0.5),
        ("", "Tehran", 0.0, 0.0),
    ],
)
def test_name_similarity(a: str, b: str, low: float, high: float) -> None:
    assert low <= name_similarity(a, b) <= high
    assert name_similarity(a, b) == pytest.approx(name_similarity(b, a))


# ----------------------------------------------------------------------------- chooser


def _info(
    kind: str, labels: list[str], country: str | None, roles: set[str], cands: list[str]
) -> NodeInfo:
    qids = {"IR": "Q794", "IQ": "Q796", "RU": "Q159", "AF": "Q889", "UA": "Q212", "TR": "Q43"}
    return NodeInfo(
        URIRef("https://w3id.org/newsgraph/id/x"),
        kind,  # type: ignore[arg-type]
        [(lab, "en") for lab in labels],
        country_qid=qids.get(country or ""),
        country_code=country,
        roles=roles,
        candidates=cands,
    )


BAQERIS = ["Q97000004", "Q97000003", "Q97000002", "Q97000001"]
GERASIMOVS = ["Q97000012", "Q97000013", "Q97000011"]


@pytest.mark.parametrize(
    ("kind", "labels", "country", "roles", "cands", "expected"),
    [
        # the general, not the footballer, the Afghan politician or the disambiguation page
        ("person", ["Mohammad Baqeri", "Baqeri"], "IR", {"chief_of_staff_armed_forces"},
         BAQERIS, "Q97000001"),
        # the same name serving Afghanistan as a minister is the Afghan politician
        ("person", ["Mohammad Baqeri"], "AF", {"minister"}, BAQERIS, "Q97000003"),
        # an Iranian minister named so: the politician is Afghan, the others do not fit
        ("person", ["Mohammad Baqeri"], "IR", {"foreign_minister"}, BAQERIS, None),
        ("person", ["Valery Gerasimov"], "RU", {"chief_of_general_staff"}, GERASIMOVS,
         "Q97000011"),
        ("person", ["Valery Gerasimov"], "UA", {"commander"}, GERASIMOVS, "Q97000013"),
        # a Russian coach of that name: no candidate fits well enough
        ("person", ["Valery Gerasimov"], "TR", {"official"}, GERASIMOVS, None),
        ("person", ["Juma Anad Saadoun Khattab"], "IQ", {"defence_minister"},
         ["Q97000022", "Q97000021"], "Q97000021"),
        ("person", ["Ali Shamkhani"], "IR", {"security_council_secretary"},
         ["Q97000032", "Q97000031"], "Q97000031"),
        ("person", ["Thabet Muhammad Saeed al-Abbasi"], "IQ", {"defence_minister"},
         ["Q97000071"], "Q97000071"),
        # a country that contradicts every candidate: no link is better than a wrong one
        ("person", ["Qassem Soleimani"], "IQ", {"commander"}, ["Q97000041", "Q97000042"], None),
        # with neither country nor role the general and the Afghan politician fit alike
        ("person", ["Mohammad Baqeri"], None, set(), BAQERIS, None),
        # a surname alone, nothing else known: not enough
        ("person", ["Baqeri"], None, set(), BAQERIS, None),
        # a surname alone, but the country and the role fit the general only
        ("person", ["Baqeri"], "IR", {"chief_of_staff_armed_forces"}, BAQERIS, "Q97000001"),
        # not a human
        ("person", ["Supreme National Security Council"], "IR", set(), ["Q97200001"], None),
        ("organization", ["Supreme National Security Council", "SNSC"], "IR", set(),
         ["Q97200002", "Q97200001"], "Q97200001"),
        ("organization", ["Supreme National Security Council"], "TR", set(),
         ["Q97200002", "Q97200001"], "Q97200002"),
        # unknown country: a national body cannot be told apart
        ("organization", ["Supreme National Security Council"], None, set(),
         ["Q97200002", "Q97200001"], None),
        # an international organisation needs no country; the software company is not it
        ("organization", ["Organisasi Kerjasama Shanghai", "SCO"], None, set(),
         ["Q97200004", "Q97200003"], "Q97200003"),
        # a class ("air force") is never an instance
        ("organization", ["Air Force"], None, set(), ["Q97200005"], None),
        ("place", ["Teheran"], "IR", set(), ["Q3616", "Q97000001"], "Q3616"),
        ("place", ["Teheran"], "IQ", set(), ["Q3616"], None),
    ],
)  # fmt: skip
def test_choose_among_namesakes(
    kind: str,
    labels: list[str],
    country: str | None,
    roles: set[str],
    cands: list[str],
    expected: str | None,
) -> None:
    info = _info(kind, labels, country, roles, cands)
    positions = {k: v for k, v in ENTITIES.items() if k.startswith("Q971")}
    choice = choose(info, ENTITIES, positions)
    assert (choice.qid if choice else None) == expected
    if choice is not None:
        assert 0.7 <= choice.confidence <= 1.0
        assert choice.confidence - choice.runner_up >= 0.15


def test_position_country_counts_without_citizenship() -> None:
    info = _info("person", ["Thabet al-Abbasi"], "IQ", {"defence_minister"}, ["Q97000071"])
    with_pos = score(info, ENTITIES["Q97000071"], {"Q97100021": ENTITIES["Q97100021"]})
    without = score(info, ENTITIES["Q97000071"], {})
    assert with_pos is not None and without is not None
    assert with_pos > without


def test_two_equally_good_namesakes_are_not_linked() -> None:
    twin = copy.deepcopy(ENTITIES["Q97000001"])
    twin["id"] = "Q97000099"
    ents = {**ENTITIES, "Q97000099": twin}
    info = _info("person", ["Mohammad Baqeri"], "IR", {"commander"}, ["Q97000001", "Q97000099"])
    assert choose(info, ents, {}) is None
    assert choose(info, ents, {}, margin=0.0) is not None


# ----------------------------------------------------------------------------- client


def test_user_agent_names_tool_version_and_contact() -> None:
    ua = user_agent("ops@example.org")
    assert ua.startswith(f"newsgraph/{__version__} (ops@example.org)")
    assert "(https://" in user_agent("")  # a default contact URL


def test_default_cache_dir_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "newsgraph" / "wikidata"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_cache_dir() == Path.home() / ".cache" / "newsgraph" / "wikidata"


def test_every_request_carries_user_agent_maxlag_and_json(tmp_path: Path) -> None:
    with StandIn() as wd:
        client = WikidataClient(config(wd.url, tmp_path, contact="ops@example.org"))
        assert client.search("Mohammad Baqeri", "en")
        assert client.get_entities(["Q97000001"]) is not None
    assert len(wd.log) == 2
    for r in wd.log:
        assert r.headers["User-Agent"].startswith(f"newsgraph/{__version__} (ops@example.org)")
        assert r.params["maxlag"] == "5"
        assert r.params["format"] == "json"


def test_search_returns_the_namesakes(tmp_path: Path) -> None:
    with StandIn() as wd:
        hits = WikidataClient(config(wd.url, tmp_path)).search("Mohammad Baqeri", "en")
    assert {h["id"] for h in hits} == {"Q97000001", "Q97000002", "Q97000003", "Q97000004"}


@pytest.mark.parametrize("n", [1, 50, 51, 120])
def test_entities_fetched_in_batches_of_at_most_50(tmp_path: Path, n: int) -> None:
    ids = [f"Q{97_500_000 + i}" for i in range(n)] + ["Q97000001", "Q97000001"]
    with StandIn() as wd:
        client = WikidataClient(config(wd.url, tmp_path))
        found = client.get_entities(ids)
    assert found is not None and set(found) == {"Q97000001"}  # the others are missing
    batches = [r.params["ids"].split("|") for r in wd.requests_for("wbgetentities")]
    assert all(len(b) <= MAX_IDS for b in batches)
    assert sorted(i for b in batches for i in b) == sorted(set(ids))  # each id asked once
    assert len(batches) == -(-(n + 1) // MAX_IDS)


def test_standin_refuses_an_over_long_id_list(tmp_path: Path) -> None:
    """The stand-in is strict like Wikidata, so the batch test above means something."""
    warnings: list[str] = []
    with StandIn() as wd:
        client = WikidataClient(config(wd.url, tmp_path, warn=warnings.append))
        ids = "|".join(f"Q{i}" for i in range(1, 52))
        assert client.call("wbgetentities", {"ids": ids}) is None
    assert len(warnings) == 1 and "toomanyvalues" in warnings[0]


@pytest.mark.parametrize(
    ("mode", "retry_after", "fails", "expected_waits"),
    [
        ("429", "1", 1, [1.0]),
        ("429", "0", 2, [0.0, 0.0]),
        ("503", "1", 2, [1.0, 1.0]),
        ("maxlag", "1", 1, [1.0]),
        ("maxlag", None, 1, [7.0]),  # the lag the error reports
        ("429", None, 2, [0.5, 1.0]),  # no Retry-After: exponential backoff
        ("503", "3600", 1, [10.0]),  # capped at max_wait
        ("429", "Wed, 21 Oct 2015 07:28:00 GMT", 1, [0.0]),  # an HTTP date in the past
    ],
)
def test_throttling_is_retried_after_the_wait_asked(
    tmp_path: Path, mode: str, retry_after: str | None, fails: int, expected_waits: list[float]
) -> None:
    sleeps = Sleeps()
    warnings: list[str] = []
    with StandIn(mode, fail_times=fails, retry_after=retry_after) as wd:
        client = WikidataClient(
            config(wd.url, tmp_path, sleep=sleeps, warn=warnings.append, backoff=0.5, max_wait=10.0)
        )
        hits = client.search("Ali Shamkhani", "en")
    assert {h["id"] for h in hits} == {"Q97000031", "Q97000032"}
    assert client.waits == expected_waits
    assert sleeps == [w for w in expected_waits if w > 0]
    assert len(wd.log) == fails + 1
    assert warnings == []


@pytest.mark.parametrize("mode", ["429", "503", "maxlag"])
def test_endless_throttling_gives_up_once(tmp_path: Path, mode: str) -> None:
    warnings: list[str] = []
    with StandIn(mode, fail_times=-1, retry_after="1") as wd:
        client = WikidataClient(config(wd.url, tmp_path, warn=warnings.append, max_retries=3))
        assert client.search("Ali Shamkhani", "en") == []
        assert client.get_entities(["Q97000031"]) is None
        assert client.search("Sergei Shoigu", "en") == []
    assert len(wd.log) == 4  # one request and three retries, then nothing more
    assert client.waits == [1.0, 1.0, 1.0]
    assert len(warnings) == 1 and "--offline" in warnings[0]
    assert not client.available


def test_budget_stops_retrying(tmp_path: Path) -> None:
    warnings: list[str] = []
    with StandIn("429", fail_times=-1, retry_after="10") as wd:
        client = WikidataClient(config(wd.url, tmp_path, warn=warnings.append, budget=15.0))
        assert client.search("Ali Shamkhani", "en") == []
    assert len(wd.log) == 2  # 10 s waited, then another 10 s would exceed the budget
    assert len(warnings) == 1 and "15 s" in warnings[0]


@pytest.mark.parametrize(
    ("setup", "reason"),
    [("dead", "cannot connect"), ("html", "not JSON"), ("404", "HTTP 404"), ("slow", "no answer")],
)
def test_unusable_endpoint_warns_once_and_stops_asking(
    tmp_path: Path, setup: str, reason: str
) -> None:
    warnings: list[str] = []
    kw: dict[str, Any] = {"warn": warnings.append, "read_timeout": 0.2}
    if setup == "dead":
        client = WikidataClient(config(f"http://127.0.0.1:{dead_port()}/w/api.php", tmp_path, **kw))
        for text in ("Ali Shamkhani", "Sergei Shoigu"):
            assert client.search(text, "en") == []
        assert client.requests == 1
    else:
        mode = {"html": "html", "404": "ok", "slow": "slow"}[setup]
        with StandIn(mode, fail_times=-1, delay=1.0) as wd:
            url = wd.url.replace("/w/api.php", "/wiki/api.php") if setup == "404" else wd.url
            client = WikidataClient(config(url, tmp_path, **kw))
            for text in ("Ali Shamkhani", "Sergei Shoigu"):
                assert client.search(text, "en") == []
            asked = len(wd.log)
        assert asked == (2 if setup == "slow" else 1)
    assert len(warnings) == 1
    assert reason in warnings[0] and "offline links" in warnings[0] and "--offline" in warnings[0]


def test_cache_answers_a_second_client_without_requests(tmp_path: Path) -> None:
    with StandIn() as wd:
        first = WikidataClient(config(wd.url, tmp_path))
        a = first.search("Valery Gerasimov", "ru")
        b = first.get_entities(["Q97000011", "Q97000012"])
        asked = len(wd.log)
        second = WikidataClient(config(wd.url, tmp_path))
        assert second.search("Valery Gerasimov", "ru") == a
        assert second.get_entities(["Q97000012", "Q97000011"]) == b
    assert asked == 2 and len(wd.log) == 2
    assert second.requests == 0 and second.cache_hits == 2
    assert not list(tmp_path.rglob("*.tmp"))  # written atomically, nothing left behind


def test_failures_are_not_cached(tmp_path: Path) -> None:
    with StandIn("maxlag", fail_times=-1, retry_after="0") as wd:
        assert WikidataClient(config(wd.url, tmp_path, max_retries=1)).search("x", "en") == []
    assert not list(tmp_path.rglob("*.json"))


def test_unwritable_cache_warns_and_goes_on(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    warnings: list[str] = []
    with StandIn() as wd:
        client = WikidataClient(config(wd.url, blocker, warn=warnings.append))
        assert client.search("Ali Shamkhani", "en")
        assert client.search("Sergei Shoigu", "en")
    assert len(warnings) == 1 and "--wikidata-cache" in warnings[0]
    assert client.available


# ----------------------------------------------------------------------------- linking


def test_link_dataset_adds_links_confidence_and_labels_to_the_default_graph_only(
    offline_ds: Dataset, tmp_path: Path
) -> None:
    ds = Dataset()
    for g in offline_ds.graphs():
        target = ds.graph(g.identifier)
        for t in g:
            target.add(t)
    before = {
        g.identifier: len(g) for g in ds.graphs() if g.identifier != default_graph(ds).identifier
    }
    with StandIn() as wd:
        report = link_dataset(ds, config(wd.url, tmp_path))
    g = default_graph(ds)
    assert report.failure is None
    for name, qid in SEED_PERSONS:
        node = node_by_label(g, NG.Person, name)
        assert list(g.objects(node, OWL.sameAs)) == [WD[qid]]
        (conf,) = g.objects(node, NG.linkConfidence)
        assert conf.datatype == XSD.decimal and Decimal("0.7") <= conf.toPython() <= 1
    tehran = node_by_label(g, NG.Place, "Tehran")
    assert Literal("Téhéran", lang="fr") in set(g.objects(tehran, SKOS.altLabel))
    assert Literal("تهران", lang="fa") in set(g.objects(tehran, SKOS.altLabel))
    baqeri = node_by_label(g, NG.Person, "Mohammad Baqeri")
    alt = set(g.objects(baqeri, SKOS.altLabel))
    assert Literal("Мохаммад Багери", lang="ru") in alt
    assert Literal("Mohammad Baqeri", lang="id") not in alt  # no repeat of an article label
    # named graphs untouched
    after = {
        g.identifier: len(g) for g in ds.graphs() if g.identifier != default_graph(ds).identifier
    }
    assert after == before
    assert validate(ds).conforms


# ----------------------------------------------------------------------------- CLI


def test_cli_defaults_are_online_wikidata(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSGRAPH_OFFLINE", raising=False)
    monkeypatch.delenv("NEWSGRAPH_CONTACT", raising=False)
    args = make_parser().parse_args(["build", "x"])
    assert args.wikidata_api == WIKIDATA_API == DEFAULT_API
    assert args.offline is False and args.contact is None and args.wikidata_cache is None
    monkeypatch.setenv("NEWSGRAPH_OFFLINE", "1")
    monkeypatch.setenv("NEWSGRAPH_CONTACT", "me@example.org")
    args = make_parser().parse_args(["build", "x"])
    assert args.offline is True and args.contact == "me@example.org"


def _persons_linked(path: Path) -> dict[str, str]:
    ds = Dataset()
    ds.parse(path, format="trig")
    g = default_graph(ds)
    out = {}
    for name, _ in SEED_PERSONS:
        node = node_by_label(g, NG.Person, name)
        links = [str(o) for o in g.objects(node, OWL.sameAs)]
        out[name] = links[0].rsplit("/", 1)[1] if links else ""
    return out


@pytest.fixture(scope="module")
def online_build(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """``newsgraph build seeds`` against the stand-in (with many generated namesakes), twice
    with one cache."""
    tmp = tmp_path_factory.mktemp("online")
    cache = tmp / "cache"
    with StandIn(crowd=8) as wd:
        argv = ["build", str(SEEDS), "--wikidata-api", wd.url, "--wikidata-cache", str(cache)]
        first = main([*argv, "--contact", "ops@example.org", "-o", str(tmp / "g1.trig"), "-q"])
        asked = list(wd.log)
        second = main([*argv, "-o", str(tmp / "g2.trig"), "-q"])
    return {"codes": (first, second), "log": asked, "again": wd.log[len(asked) :], "tmp": tmp}


def test_online_build_links_the_right_namesakes(online_build: dict[str, Any]) -> None:
    assert online_build["codes"] == (0, 0)  # built, and the shapes conform
    assert _persons_linked(online_build["tmp"] / "g1.trig") == dict(SEED_PERSONS)


def test_online_build_is_polite(online_build: dict[str, Any]) -> None:
    log = online_build["log"]
    assert log and all(r.path == "/w/api.php" for r in log)
    for r in log:
        assert r.headers["User-Agent"].startswith(f"newsgraph/{__version__} (ops@example.org)")
        assert r.params["maxlag"] == "5"
    batches = [
        len(r.params["ids"].split("|")) for r in log if r.params["action"] == "wbgetentities"
    ]
    assert max(batches) == MAX_IDS and len(batches) >= 3  # many candidates, split in fifties


def test_rebuild_with_the_cache_asks_nothing(online_build: dict[str, Any]) -> None:
    assert online_build["again"] == []
    tmp = online_build["tmp"]
    assert (tmp / "g1.trig").read_bytes() == (tmp / "g2.trig").read_bytes()


@pytest.mark.parametrize("setup", ["dead", "throttling"])
def test_failing_endpoint_does_not_fail_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: str
) -> None:
    out = tmp_path / "g.trig"
    cache = ["--wikidata-cache", str(tmp_path / "cache")]
    if setup == "dead":
        url = f"http://127.0.0.1:{dead_port()}/w/api.php"
        code = main(["build", str(SEEDS), "--wikidata-api", url, *cache, "-o", str(out), "-q"])
    else:
        with StandIn("429", fail_times=-1, retry_after="0") as wd:
            code = main(
                ["build", str(SEEDS), "--wikidata-api", wd.url, *cache, "-o", str(out), "-q"]
            )
        assert 1 < len(wd.log) <= 10
    assert code == 0
    lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Wikidata" in lines[0] and "--offline" in lines[0], lines
    ds = Dataset()
    ds.parse(out, format="trig")
    g = default_graph(ds)
    iran = next(g.subjects(NG.countryCode, Literal("IR")))
    assert (iran, OWL.sameAs, WD.Q794) in g  # offline links kept
    assert set(_persons_linked(out).values()) == {""}
    assert not list(g.subjects(NG.linkConfidence, None))


def test_library_build_retries_after_throttling(tmp_path: Path) -> None:
    sleeps = Sleeps()
    with StandIn("429", fail_times=2, retry_after="1") as wd:
        result = run_build([SEEDS], wikidata=config(wd.url, tmp_path, sleep=sleeps))
    assert sleeps == [1.0, 1.0]  # waited as told, twice, then went on
    assert result.links is not None and result.links.failure is None
    g = default_graph(result.dataset)
    node = node_by_label(g, NG.Person, "Valery Gerasimov")
    assert (node, OWL.sameAs, WD.Q97000011) in g


def test_bad_api_url_is_an_argument_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["build", str(SEEDS), "--wikidata-api", "www.wikidata.org", "-o", str(tmp_path / "g.ttl")]
    )
    assert code == 2
    assert "--wikidata-api" in capsys.readouterr().err
