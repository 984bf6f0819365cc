"""Online Wikidata linking of persons, organisations and places (the offline country and
capital links come from ``graph/data/countries.csv`` in graph/rdf.py).

The client talks to a MediaWiki Action API (``wbsearchentities``, ``wbgetentities``)
politely: a User-Agent naming newsgraph, its version and a contact; ``maxlag=5``; one
request at a time; ``Retry-After`` honoured on 429, 503 and maxlag errors with capped,
exponential backoff; connect/read timeouts; an overall time budget; every answer kept
in an on-disk cache so a rebuild asks nothing twice.  When the endpoint is down, slow or
throttling it warns once on stderr and the build goes on with the offline links: nothing
here raises into the build.

The linker works on the default graph of a built dataset.  For each ng:Person,
ng:Organization and ng:Place without a link it searches the node's names (in their
language, and in English for Latin-script names), fetches the candidates' claims and
scores them by context (see ``score``).  A candidate is linked only when its score is
at least ``threshold`` (0.7) and beats the runner-up by ``margin`` (0.15); the node
gets ``owl:sameAs wd:Q…``, ``ng:linkConfidence`` (the score) and Wikidata's labels in
en, id, fa, ar, ru and fr as ``skos:altLabel``.  Nodes already linked offline (countries,
capitals) get the labels too.
"""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import json
import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import Any
from typing import Literal as TypingLiteral

import requests
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from graph import __version__
from graph.io import default_graph
from graph.lexicon import countries, load_lexicon
from graph.resolve import name_tokens, skeleton
from graph.vocab import NG, WD

__all__ = [
    "DEFAULT_API",
    "DEFAULT_CONTACT",
    "LANGUAGES",
    "MARGIN",
    "MAX_IDS",
    "THRESHOLD",
    "Choice",
    "LinkReport",
    "NodeInfo",
    "WikidataClient",
    "WikidataConfig",
    "WikidataUnavailable",
    "choose",
    "default_cache_dir",
    "link_dataset",
    "name_similarity",
    "score",
    "user_agent",
]

DEFAULT_API = "https://www.wikidata.org/w/api.php"
DEFAULT_CONTACT = "https://github.com/newsgraph/newsgraph"
LANGUAGES = ("en", "id", "fa", "ar", "ru", "fr")
MAX_IDS = 50  # wbgetentities refuses more ids per request (error "toomanyvalues")
THRESHOLD = 0.7  # a link needs at least this score ...
MARGIN = 0.15  # ... and this much more than the next-best candidate
SEARCH_LIMIT = 10
MAX_NAMES = 3  # names of one node searched
CACHE_VERSION = 1

Kind = TypingLiteral["person", "organization", "place"]


def _warn_stderr(msg: str) -> None:
    print(f"newsgraph: {msg}", file=sys.stderr)


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/newsgraph/wikidata`` (``~/.cache/newsgraph/wikidata`` by default)."""
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "newsgraph" / "wikidata"


def user_agent(contact: str = DEFAULT_CONTACT) -> str:
    """The User-Agent Wikimedia asks for: tool, version and a way to reach its operator."""
    contact = contact or DEFAULT_CONTACT
    return f"newsgraph/{__version__} ({contact}) python-requests/{requests.__version__}"


@dataclass
class WikidataConfig:
    """Where and how politely to ask; ``sleep`` and ``warn`` are injectable for tests."""

    api_url: str = DEFAULT_API
    contact: str = DEFAULT_CONTACT
    cache_dir: Path | None = field(default_factory=default_cache_dir)  # None: no cache
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    max_retries: int = 4  # retries of one request after 429/503/5xx/maxlag/read timeout
    max_wait: float = 30.0  # cap on one wait (Retry-After or backoff), seconds
    backoff: float = 1.0  # first backoff wait when no Retry-After is given; doubles
    budget: float = 600.0  # seconds of requests and waits for one build
    threshold: float = THRESHOLD
    margin: float = MARGIN
    sleep: Callable[[float], None] = time.sleep
    warn: Callable[[str], None] = _warn_stderr


class WikidataUnavailable(Exception):
    """The endpoint cannot be used for the rest of this build (the message says why)."""


# ----------------------------------------------------------------------------- client


class WikidataClient:
    """A polite, cached, sequential client of a Wikibase Action API.

    ``call`` returns the decoded JSON, or None once the endpoint was judged unusable (then
    it has warned once through ``config.warn`` and asks nothing more).
    """

    def __init__(self, config: WikidataConfig | None = None) -> None:
        self.config = config or WikidataConfig()
        self.session = requests.Session()
        self.session.headers.update(
            {"User-Agent": user_agent(self.config.contact), "Accept": "application/json"}
        )
        self.requests = 0  # HTTP requests sent
        self.cache_hits = 0
        self.waits: list[float] = []  # every wait, in seconds (Retry-After or backoff)
        self.failure: str | None = None  # why the endpoint was given up, once it was
        self._spent = 0.0
        self._lock = threading.Lock()
        self._cache_ok = self.config.cache_dir is not None

    @property
    def available(self) -> bool:
        return self.failure is None

    def close(self) -> None:
        self.session.close()

    # -------------------------------------------------------------- cache
    def _cache_path(self, params: dict[str, str]) -> Path | None:
        if not self._cache_ok or self.config.cache_dir is None:
            return None
        key = json.dumps(
            [CACHE_VERSION, self.config.api_url, sorted(params.items())], ensure_ascii=False
        )
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return Path(self.config.cache_dir) / digest[:2] / f"{digest}.json"

    def _cache_get(self, path: Path | None) -> dict[str, Any] | None:
        if path is None:
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # missing or torn: ask again
        return data if isinstance(data, dict) else None

    def _cache_put(self, path: Path | None, data: dict[str, Any]) -> None:
        if path is None:
            return
        tmp: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False)
            os.replace(tmp, path)
            tmp = None
        except OSError as exc:
            self._cache_ok = False
            self.config.warn(
                f"Wikidata cache {self.config.cache_dir} is not writable "
                f"({exc.strerror or exc}); going on without it (choose another: "
                "--wikidata-cache DIR)"
            )
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    # -------------------------------------------------------------- requests
    def call(self, action: str, params: dict[str, str]) -> dict[str, Any] | None:
        """One API action (cached); None when the endpoint is (or just became) unusable."""
        full = {"action": action, **params}
        path = self._cache_path(full)
        cached = self._cache_get(path)
        if cached is not None:
            self.cache_hits += 1
            return cached
        if self.failure is not None:
            return None
        with self._lock:  # one request at a time, whoever calls
            try:
                data = self._request(full)
            except WikidataUnavailable as exc:
                self._give_up(str(exc))
                return None
        self._cache_put(path, data)
        return data

    def _give_up(self, why: str) -> None:
        if self.failure is None:
            self.failure = why
            self.config.warn(
                f"Wikidata at {self.config.api_url} is unusable ({why}); using the offline "
                "links only (pass --offline to skip Wikidata)"
            )

    def _wait(self, seconds: float) -> None:
        seconds = max(0.0, min(seconds, self.config.max_wait))
        self.waits.append(seconds)
        self._spent += seconds
        if seconds > 0:
            self.config.sleep(seconds)

    def _backoff(self, attempt: int) -> float:
        return self.config.backoff * (2**attempt)

    def _request(self, params: dict[str, str]) -> dict[str, Any]:
        cfg = self.config
        query = {**params, "format": "json", "maxlag": "5"}
        timeouts = 0
        last = ""
        for attempt in range(cfg.max_retries + 1):
            if self._spent > cfg.budget:
                raise WikidataUnavailable(f"more than {cfg.budget:.0f} s spent on it")
            t0 = time.monotonic()
            try:
                self.requests += 1
                resp = self.session.get(
                    cfg.api_url, params=query, timeout=(cfg.connect_timeout, cfg.read_timeout)
                )
            except requests.ConnectionError as exc:  # refused, DNS, unreachable, connect timeout
                raise WikidataUnavailable(f"cannot connect: {_reason(exc)}") from None
            except requests.Timeout:
                timeouts += 1
                if timeouts >= 2:
                    raise WikidataUnavailable(
                        f"no answer within {cfg.read_timeout:g} s, twice"
                    ) from None
                last = "timeout"
                self._wait(self._backoff(attempt))
                continue
            except requests.RequestException as exc:
                raise WikidataUnavailable(f"request failed: {_reason(exc)}") from None
            finally:
                self._spent += time.monotonic() - t0
            status = resp.status_code
            if status == 429 or status >= 500:
                last = f"HTTP {status}"
                if attempt == cfg.max_retries:
                    break
                wait = _retry_after(resp)
                self._wait(self._backoff(attempt) if wait is None else wait)
                continue
            if status != 200:
                raise WikidataUnavailable(f"HTTP {status} for {_action_of(params)}")
            try:
                data = resp.json()
            except ValueError:
                raise WikidataUnavailable(
                    "the answer is not JSON; is the URL the api.php of a Wikibase?"
                ) from None
            if not isinstance(data, dict):
                raise WikidataUnavailable("the answer is not a JSON object")
            error = data.get("error")
            if isinstance(error, dict):
                code = str(error.get("code", "?"))
                if code == "maxlag":
                    last = "maxlag"
                    if attempt == cfg.max_retries:
                        break
                    wait = _retry_after(resp)
                    if wait is None:
                        wait = _lag_seconds(str(error.get("info", "")))
                    self._wait(self._backoff(attempt) if wait is None else wait)
                    continue
                info = str(error.get("info", "")).splitlines()[0][:160]
                raise WikidataUnavailable(f"API error {code}: {info}")
            return data
        raise WikidataUnavailable(f"still {last} after {cfg.max_retries + 1} tries")

    # -------------------------------------------------------------- actions
    def search(self, text: str, lang: str, limit: int = SEARCH_LIMIT) -> list[dict[str, Any]]:
        """``wbsearchentities`` for items named ``text`` in ``lang``; [] when unusable."""
        data = self.call(
            "wbsearchentities",
            {
                "search": text,
                "language": lang,
                "uselang": lang,
                "type": "item",
                "limit": str(limit),
            },
        )
        if data is None:
            return []
        return [r for r in data.get("search", []) if isinstance(r, dict) and r.get("id")]

    def get_entities(
        self,
        ids: Iterable[str],
        props: Sequence[str] = ("labels", "descriptions", "aliases", "claims"),
        languages: Sequence[str] = LANGUAGES,
    ) -> dict[str, dict[str, Any]] | None:
        """``wbgetentities`` in batches of at most 50 distinct ids (sorted, so batches
        and cache keys are stable); the found entities by id, or None when unusable."""
        unique = sorted(set(ids), key=_qid_order)
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(unique), MAX_IDS):
            chunk = unique[i : i + MAX_IDS]
            data = self.call(
                "wbgetentities",
                {
                    "ids": "|".join(chunk),
                    "props": "|".join(props),
                    "languages": "|".join(languages),
                },
            )
            if data is None:
                return None
            for qid, ent in (data.get("entities") or {}).items():
                if isinstance(ent, dict) and "missing" not in ent:
                    out[qid] = ent
        return out


def _action_of(params: dict[str, str]) -> str:
    return params.get("action", "?")


def _reason(exc: BaseException) -> str:
    text = str(exc)
    for marker in ("Connection refused", "timed out", "Name or service not known"):
        if marker in text:
            return marker.lower()
    return type(exc).__name__


def _retry_after(resp: requests.Response) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date)."""
    value = resp.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _lag_seconds(info: str) -> float | None:
    m = re.search(r"(\d+(?:\.\d+)?) seconds? lagged", info)
    return float(m.group(1)) if m else None


def _qid_order(qid: str) -> tuple[int, str]:
    return (int(qid[1:]) if qid[1:].isdigit() else 0, qid)


# ----------------------------------------------------------------------------- entities


def claim_ids(entity: dict[str, Any], pid: str) -> list[str]:
    """Item ids of the non-deprecated ``pid`` statements of an entity."""
    out = []
    for st in (entity.get("claims") or {}).get(pid, []):
        if not isinstance(st, dict) or st.get("rank") == "deprecated":
            continue
        snak = st.get("mainsnak") or {}
        if snak.get("snaktype", "value") != "value":
            continue
        value = (snak.get("datavalue") or {}).get("value")
        if isinstance(value, dict):
            if value.get("id"):
                out.append(str(value["id"]))
            elif value.get("numeric-id") is not None:
                out.append(f"Q{value['numeric-id']}")
    return out


def entity_names(entity: dict[str, Any]) -> list[str]:
    """Labels and aliases of an entity, every language fetched."""
    names = [v.get("value", "") for v in (entity.get("labels") or {}).values()]
    for forms in (entity.get("aliases") or {}).values():
        names.extend(v.get("value", "") for v in forms)
    return [n for n in names if n]


def _description(entity: dict[str, Any], lang: str = "en") -> str:
    return str(((entity.get("descriptions") or {}).get(lang) or {}).get("value", ""))


# ----------------------------------------------------------------------------- scoring

# occupations (P106) and what they say about a person
_OCCUPATIONS: dict[str, str] = {
    "Q189290": "military",  # military officer
    "Q47064": "military",  # military personnel
    "Q4991371": "military",  # soldier
    "Q1402561": "military",  # military leader
    "Q82955": "political",  # politician
    "Q372436": "political",  # statesperson
    "Q193391": "diplomatic",  # diplomat
    "Q121998": "diplomatic",  # ambassador
    "Q937857": "sport",  # association football player
    "Q628099": "sport",  # association football manager
    "Q2066131": "sport",  # athlete
    "Q3665646": "sport",  # basketball player
    "Q10833314": "sport",  # tennis player
    "Q33999": "art",  # actor
    "Q10800557": "art",  # film actor
    "Q177220": "art",  # singer
    "Q639669": "art",  # musician
    "Q36834": "art",  # composer
    "Q36180": "art",  # writer
    "Q1028181": "art",  # painter
    "Q2526255": "art",  # film director
    "Q483501": "art",  # artist
    "Q1930187": "other",  # journalist
    "Q1622272": "other",  # university teacher
    "Q39631": "other",  # physician
    "Q901": "other",  # scientist
    "Q43845": "other",  # businessperson
    "Q40348": "other",  # lawyer
}

# English words of descriptions and position labels, and what they say
_KEYWORDS: dict[str, str] = {
    **dict.fromkeys(
        [
            "general",
            "admiral",
            "officer",
            "commander",
            "military",
            "army",
            "brigadier",
            "colonel",
            "marshal",
            "soldier",
            "navy",
            "naval",
            "lieutenant",
            "armed",
        ],
        "military",
    ),
    **dict.fromkeys(
        [
            "politician",
            "minister",
            "president",
            "premier",
            "statesman",
            "stateswoman",
            "secretary",
            "governor",
            "parliament",
            "speaker",
            "mp",
            "senator",
        ],
        "political",
    ),
    **dict.fromkeys(["diplomat", "ambassador", "envoy", "consul"], "diplomatic"),
    **dict.fromkeys(
        [
            "footballer",
            "football",
            "player",
            "athlete",
            "cyclist",
            "wrestler",
            "boxer",
            "coach",
            "olympic",
            "sprinter",
            "swimmer",
            "canoeist",
            "cricketer",
            "basketball",
            "tennis",
            "volleyball",
            "handball",
        ],
        "sport",
    ),
    **dict.fromkeys(
        [
            "actor",
            "actress",
            "singer",
            "musician",
            "painter",
            "writer",
            "poet",
            "composer",
            "artist",
            "novelist",
            "rapper",
            "filmmaker",
        ],
        "art",
    ),
    **dict.fromkeys(
        [
            "journalist",
            "professor",
            "physician",
            "scientist",
            "researcher",
            "businessman",
            "businessperson",
            "economist",
            "engineer",
        ],
        "other",
    ),
}

_PUBLIC = frozenset({"military", "political", "diplomatic"})

_MILITARY_ROLES = frozenset(
    {
        "commander",
        "deputy_commander",
        "chief_of_staff_armed_forces",
        "chief_of_general_staff",
        "chief_of_defence_forces",
        "chairman_joint_chiefs",
        "army_commander",
        "navy_commander",
        "air_force_commander",
        "air_defence_commander",
        "irgc_commander",
        "military_attache",
    }
)
_DIPLOMATIC_ROLES = frozenset({"diplomat", "ambassador"})
_MIXED_ROLES = {
    "defence_minister": {"political", "military"},
    "deputy_defence_minister": {"political", "military"},
    "foreign_minister": {"political", "diplomatic"},
    "deputy_foreign_minister": {"political", "diplomatic"},
    "security_council_secretary": {"political", "military"},
    "national_security_adviser": {"political", "military", "diplomatic"},
    "official": set(_PUBLIC),
}

_NOT_AN_INSTANCE = frozenset(
    {
        "Q4167410",  # Wikimedia disambiguation page
        "Q13406463",  # Wikimedia list article
        "Q4167836",  # Wikimedia category
        "Q101352",  # family name
        "Q202444",  # given name
        "Q17442446",  # Wikimedia internal item
    }
)
_HUMAN = "Q5"

_ORG_CLASSES = frozenset(
    {
        "Q43229",  # organization
        "Q484652",  # international organization
        "Q245065",  # intergovernmental organization
        "Q1127126",  # military alliance
        "Q327333",  # government agency
        "Q192350",  # ministry
        "Q2659904",  # government organization
        "Q7188",  # government
        "Q8473",  # military (armed forces)
        "Q176799",  # military unit
        "Q4508",  # navy
        "Q163740",  # nonprofit organization
        "Q4830453",  # business
    }
)
_INTERNATIONAL = frozenset({"Q484652", "Q245065", "Q1127126"})
_ORG_WORDS = frozenset(
    [
        "organization",
        "organisation",
        "ministry",
        "agency",
        "council",
        "alliance",
        "army",
        "navy",
        "military",
        "government",
        "committee",
        "department",
        "command",
        "corps",
        "guard",
        "intelligence",
        "service",
        "union",
        "forum",
        "bloc",
        "force",
        "forces",
        "parliament",
        "assembly",
        "bank",
        "company",
    ]
)

_CITY_CLASSES = frozenset(
    {
        "Q515",  # city
        "Q5119",  # capital
        "Q1549591",  # big city
        "Q200250",  # metropolis
        "Q174844",  # megacity
        "Q1637706",  # city with millions of inhabitants
    }
)
_PLACE_CLASSES = _CITY_CLASSES | frozenset(
    {
        "Q486972",  # human settlement
        "Q3957",  # town
        "Q532",  # village
        "Q15284",  # municipality
        "Q1248784",  # airport
        "Q16560",  # palace
        "Q41176",  # building
        "Q10864048",  # first-level administrative country subdivision
        "Q2221906",  # geographic location
    }
)
_PLACE_WORDS = frozenset(
    [
        "city",
        "capital",
        "town",
        "village",
        "province",
        "municipality",
        "port",
        "airport",
        "palace",
        "district",
        "region",
        "governorate",
        "oblast",
        "building",
        "base",
        "island",
        "county",
    ]
)
_CITY_WORDS = frozenset({"city", "capital", "metropolis"})


@dataclass
class NodeInfo:
    """What the graph says about a node to link: its names (text, language), the Wikidata
    id of its country, its role concept ids (persons)."""

    node: URIRef
    kind: Kind
    labels: list[tuple[str, str]]
    country_qid: str | None = None
    country_code: str | None = None
    roles: set[str] = field(default_factory=set)
    candidates: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Choice:
    qid: str
    confidence: float
    runner_up: float  # score of the next-best candidate (0 when none)


def _norm_tokens(text: str) -> list[str]:
    return [t for t in (re.sub(r"[^0-9a-z]+", "", tok) for tok in name_tokens(text)) if t]


def _token_sim(a: str, b: str) -> float:
    if a == b:
        return 1.0
    r = SequenceMatcher(None, a, b).ratio()
    ka, kb = skeleton(a), skeleton(b)
    if len(ka) >= 2 and ka == kb:
        r = max(r, 0.9)
    return r


def name_similarity(a: str, b: str) -> float:
    """0..1: how well two names agree, transliterated and case/accent-folded; the tokens of
    the shorter name matched against the longer (Baqeri ≈ Bagheri, al- dropped), a little
    less for tokens the longer name adds."""
    ta, tb = _norm_tokens(a), _norm_tokens(b)
    if not ta or not tb:
        return 0.0
    pairs = (
        [(ta, tb)]
        if len(ta) < len(tb)
        else [(tb, ta)]
        if len(tb) < len(ta)
        else [(ta, tb), (tb, ta)]
    )
    tokens = max(
        sum(max(_token_sim(s, t) for t in long_) for s in short)
        / len(short)
        * (0.85 + 0.15 * len(short) / len(long_))
        for short, long_ in pairs
    )
    joined = SequenceMatcher(None, "".join(sorted(ta)), "".join(sorted(tb))).ratio()
    glued = SequenceMatcher(None, "".join(ta), "".join(tb)).ratio()
    return max(tokens, joined if joined > 0.95 else 0.0, glued if glued > 0.95 else 0.0)


def _best_similarity(info: NodeInfo, entity: dict[str, Any]) -> float:
    labels = [t for t, _ in info.labels]
    multi = [t for t in labels if len(_norm_tokens(t)) >= 2]
    pool = multi or labels
    names = entity_names(entity)
    best = max((name_similarity(x, y) for x in pool for y in names), default=0.0)
    if info.kind == "person" and not multi:
        best *= 0.7  # a surname alone says little
    return best


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def _signals(entity: dict[str, Any], positions: dict[str, dict[str, Any]]) -> set[str]:
    """What a person is: military, political, diplomatic, sport, art or other."""
    out = {_OCCUPATIONS[q] for q in claim_ids(entity, "P106") if q in _OCCUPATIONS}
    texts = [_description(entity)]
    for pos in claim_ids(entity, "P39"):
        if pos in positions:
            texts.append(
                str(((positions[pos].get("labels") or {}).get("en") or {}).get("value", ""))
            )
    for text in texts:
        words = _words(text)
        out |= {_KEYWORDS[w] for w in words if w in _KEYWORDS}
        if {"air", "force"} <= words or {"armed", "forces"} <= words:
            out.add("military")
        if {"chief", "staff"} <= words:
            out.add("military")
    return out


def _wanted(roles: set[str]) -> set[str]:
    if not roles:
        return set(_PUBLIC)
    out: set[str] = set()
    for r in roles:
        if r in _MIXED_ROLES:
            out |= _MIXED_ROLES[r]
        elif r in _MILITARY_ROLES:
            out.add("military")
        elif r in _DIPLOMATIC_ROLES:
            out |= {"diplomatic", "political"}
        else:
            out.add("political")
    return out


@cache
def _country_words(code: str) -> frozenset[str]:
    """English name, adjectives and demonyms of a country, lower case."""
    words = set()
    info = countries().get(code)
    if info is not None:
        words.add(info.name.lower())
    with contextlib.suppress(ValueError, OSError):
        for phrase, iso, _kind in load_lexicon("en").countries:
            if iso == code:
                words.add(phrase.lower())
    return frozenset(w for w in words if len(w) > 2)


def _country_score(info: NodeInfo, found: set[str], description: str) -> float | None:
    """+0.3 the same country, -0.5 another one (None: reject), 0 unknown."""
    if info.country_qid is None:
        return 0.0
    if info.country_qid in found:
        return 0.3
    if found:
        return None if info.kind != "person" else -0.5
    text = description.lower()
    if info.country_code and any(
        re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in _country_words(info.country_code)
    ):
        return 0.2
    return 0.0


def score(
    info: NodeInfo, entity: dict[str, Any], positions: dict[str, dict[str, Any]] | None = None
) -> float | None:
    """How sure we are that ``entity`` is ``info``'s node, 0..1; None when it cannot be.

    person: must be human (P31 Q5); 0.5 × name similarity (×0.7 for a surname alone);
    country of citizenship (P27) or of a position held (P39 → P17/P1001) the country served
    +0.3, another one −0.5 (English description naming the country +0.2); occupation
    (P106), positions' labels and description consistent with the role (military officer
    for a chief of staff, politician for a minister) +0.2, public service of another branch
    (a general for a foreign minister) −0.15, a sportsperson or artist −0.4, another trade
    −0.2.  organization / place: 0.6 × name similarity + 0.1 for an organisation-like
    (place-like; 0.15 a city) item; its country (P17) the node's +0.3, another one: reject;
    a national item for a node of unknown country −0.2 (−0.1 a place), an international
    organisation with no country +0.1.  Classes (items with P279) and Wikimedia pages are
    never linked.
    """
    positions = positions or {}
    p31 = set(claim_ids(entity, "P31"))
    if p31 & _NOT_AN_INSTANCE or claim_ids(entity, "P279"):
        return None
    desc = _description(entity)
    if info.kind == "person":
        if _HUMAN not in p31:
            return None
        sim = _best_similarity(info, entity)
        if sim < 0.6:
            return None
        found = set(claim_ids(entity, "P27"))
        for pos in claim_ids(entity, "P39"):
            if pos in positions:
                found |= set(claim_ids(positions[pos], "P17"))
                found |= set(claim_ids(positions[pos], "P1001"))
        country = _country_score(info, found, desc)
        country = -0.5 if country is None else country
        signals = _signals(entity, positions)
        wanted = _wanted(info.roles)
        if signals & wanted:
            role = 0.1 if signals & {"sport", "art"} else 0.2
        elif signals & {"sport", "art"}:
            role = -0.4
        elif "other" in signals and not signals & _PUBLIC:
            role = -0.2
        elif signals & _PUBLIC:
            role = -0.15  # public service, another branch (a general for a foreign minister)
        else:
            role = 0.0
        total = 0.5 * sim + country + role
    else:
        if _HUMAN in p31:
            return None
        sim = _best_similarity(info, entity)
        if sim < 0.7:
            return None
        words = _words(desc)
        if info.kind == "organization":
            if not (p31 & _ORG_CLASSES or words & _ORG_WORDS):
                return None
            kind_score = 0.1
            international = bool(p31 & _INTERNATIONAL)
            penalty = -0.2
        else:
            if not (p31 & _PLACE_CLASSES or words & _PLACE_WORDS):
                return None
            kind_score = 0.15 if p31 & _CITY_CLASSES or words & _CITY_WORDS else 0.1
            international = False
            penalty = -0.1
        found = set(claim_ids(entity, "P17"))
        if info.country_qid is None:
            country = penalty if found else (0.1 if international else 0.0)
        else:
            c = _country_score(info, found, desc)
            if c is None:
                return None
            country = c
        total = 0.6 * sim + kind_score + country
    return round(max(0.0, min(1.0, total)), 3)


def choose(
    info: NodeInfo,
    entities: dict[str, dict[str, Any]],
    positions: dict[str, dict[str, Any]] | None = None,
    *,
    threshold: float = THRESHOLD,
    margin: float = MARGIN,
) -> Choice | None:
    """The candidate of ``info.candidates`` to link, or None: the best score must reach
    ``threshold`` and beat the runner-up by ``margin`` (no link beats a wrong one)."""
    scored = []
    for qid in dict.fromkeys(info.candidates):
        ent = entities.get(qid)
        if ent is None:
            continue
        s = score(info, ent, positions)
        if s is not None:
            scored.append((s, qid))
    if not scored:
        return None
    scored.sort(key=lambda x: (-x[0], _qid_order(x[1])))
    best, qid = scored[0]
    runner = scored[1][0] if len(scored) > 1 else 0.0
    if best < threshold or best - runner < margin:
        return None
    return Choice(qid, best, runner)


# ----------------------------------------------------------------------------- the graph


def _script_latin(text: str) -> bool:
    return all(ord(c) < 0x250 for c in text if c.isalpha())


def _cased_lowercase(text: str) -> bool:
    """A common noun in a cased script ("armed forces", "pemerintah"): not a name."""
    first = next((c for c in text if c.isalpha()), "")
    return bool(first) and first.lower() != first.upper() and first.islower()


def _qid_of(node: object) -> str | None:
    s = str(node)
    return s[len(str(WD)) :] if s.startswith(str(WD)) and s[len(str(WD)) :][1:].isdigit() else None


def _node_infos(g: Graph) -> tuple[list[NodeInfo], dict[URIRef, str]]:
    """Nodes to link, and the nodes already linked (their QID)."""
    table = countries()
    todo: list[NodeInfo] = []
    linked: dict[URIRef, str] = {}
    kinds: list[tuple[URIRef, Kind | None]] = [
        (NG.Person, "person"),
        (NG.Organization, "organization"),
        (NG.Place, "place"),
        (NG.Country, None),
    ]
    for cls, kind in kinds:
        for node in sorted(set(g.subjects(RDF.type, cls)), key=str):
            if not isinstance(node, URIRef):
                continue
            qids = sorted(q for q in map(_qid_of, g.objects(node, OWL.sameAs)) if q)
            if qids:
                linked[node] = qids[0]
                continue
            if kind is None:
                continue
            labels = sorted(
                {(str(lab), lab.language or "en") for lab in g.objects(node, RDFS.label)
                 if isinstance(lab, Literal)}
            )  # fmt: skip
            if not labels:
                continue
            info = NodeInfo(node, kind, labels)
            country = g.value(node, NG.country)
            if country is not None:
                code = g.value(country, NG.countryCode)
                info.country_code = str(code) if code is not None else None
                qids = sorted(q for q in map(_qid_of, g.objects(country, OWL.sameAs)) if q)
                if qids:
                    info.country_qid = qids[0]
                elif info.country_code and info.country_code in table:
                    info.country_qid = table[info.country_code].qid
            info.roles = {
                str(r).rsplit("/", 1)[-1] for r in g.objects(node, NG.role) if isinstance(r, URIRef)
            }
            todo.append(info)
    return todo, linked


def _queries(info: NodeInfo) -> list[tuple[str, str]]:
    """(text, language) searches for a node: up to three distinct names, each in its own
    language and, when written in Latin script, in English."""
    labels = [
        (t, lang)
        for t, lang in info.labels
        if t.strip() and not (info.kind != "person" and _cased_lowercase(t))
    ]
    multi = [x for x in labels if len(_norm_tokens(x[0])) >= 2]
    pool = multi or labels

    def rank(x: tuple[str, str]) -> tuple[bool, int, str, str]:
        return (not _script_latin(x[0]), -len(_norm_tokens(x[0])), x[0], x[1])

    names: dict[str, list[str]] = {}
    for text, lang in sorted(pool, key=rank):
        key = " ".join(_norm_tokens(text)) or text.casefold()
        if key not in names and len(names) >= MAX_NAMES:
            continue
        slot = names.setdefault(key, [])
        slot.append(f"{lang}\t{text}")
    out: list[tuple[str, str]] = []
    for forms in names.values():
        text0 = forms[0].split("\t", 1)[1]
        for form in forms:
            lang, text = form.split("\t", 1)
            if lang in LANGUAGES:
                out.append((text, lang))
        if _script_latin(text0):
            out.append((text0, "en"))
    seen: set[tuple[str, str]] = set()
    uniq = []
    for text, lang in out:
        k = (text.casefold(), lang)
        if k not in seen:
            seen.add(k)
            uniq.append((text, lang))
    return uniq


@dataclass
class LinkReport:
    """What linking did: the new links (node → (QID, confidence)), the nodes given labels,
    requests sent, cache hits, and why the endpoint was given up (None when it was not)."""

    linked: dict[URIRef, tuple[str, float]] = field(default_factory=dict)
    labelled: int = 0
    requests: int = 0
    cache_hits: int = 0
    failure: str | None = None


def _add_labels(g: Graph, node: URIRef, entity: dict[str, Any]) -> bool:
    have = {
        (str(o), o.language)
        for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel)
        for o in g.objects(node, p)
        if isinstance(o, Literal)
    }
    added = False
    for lang in LANGUAGES:
        value = ((entity.get("labels") or {}).get(lang) or {}).get("value")
        if value and (value, lang) not in have:
            g.add((node, SKOS.altLabel, Literal(value, lang=lang)))
            added = True
    return added


def link_dataset(
    ds: Dataset | Graph,
    config: WikidataConfig | None = None,
    *,
    client: WikidataClient | None = None,
) -> LinkReport:
    """Link the persons, organisations and places of ``ds``'s default graph to Wikidata
    (see the module docstring); add the triples to the default graph only.  Never raises
    for network trouble: the endpoint's failure is in ``LinkReport.failure`` (and warned
    once), and then nothing is added."""
    own = client is None
    client = client or WikidataClient(config)
    cfg = client.config
    g = default_graph(ds) if isinstance(ds, Dataset) else ds
    report = LinkReport()
    try:
        todo, linked = _node_infos(g)
        for info in todo:
            for text, lang in _queries(info):
                for hit in client.search(text, lang):
                    info.candidates.append(str(hit["id"]))
                if not client.available:
                    break
        ids = [q for info in todo for q in info.candidates] + list(linked.values())
        entities = client.get_entities(ids) if client.available else None
        positions: dict[str, dict[str, Any]] | None = {}
        if entities is not None:
            pos_ids = [
                p
                for info in todo
                if info.kind == "person"
                for q in info.candidates
                if q in entities and _HUMAN in claim_ids(entities[q], "P31")
                for p in claim_ids(entities[q], "P39")
            ]
            if pos_ids:
                positions = client.get_entities(pos_ids, ("labels", "claims"), ("en",))
        if entities is None or positions is None or not client.available:
            return report  # offline links only (the client has warned)
        for info in todo:
            choice = choose(info, entities, positions, threshold=cfg.threshold, margin=cfg.margin)
            if choice is None:
                continue
            g.add((info.node, OWL.sameAs, WD[choice.qid]))
            g.add(
                (
                    info.node,
                    NG.linkConfidence,
                    Literal(Decimal(f"{choice.confidence:.2f}"), datatype=XSD.decimal),
                )
            )
            report.linked[info.node] = (choice.qid, choice.confidence)
            if _add_labels(g, info.node, entities[choice.qid]):
                report.labelled += 1
        for node, qid in linked.items():
            if qid in entities and _add_labels(g, node, entities[qid]):
                report.labelled += 1
        return report
    finally:
        report.requests = client.requests
        report.cache_hits = client.cache_hits
        report.failure = client.failure
        if own:
            client.close()
