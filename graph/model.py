"""Plain data passed between the stages: read → extract → resolve → build RDF.

Every stage is a function over these frozen dataclasses; nothing here knows about
spaCy or rdflib.  Character offsets always index ``Article.text`` (the normalised
text), so evidence spans can be checked against the article as stored in the graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

MeetingStatus = Literal["held", "planned"]
AgreementStatus = Literal["signed", "planned", "discussed"]
MeetingMode = Literal["meeting", "visit", "phone", "multilateral"]


@dataclass(frozen=True, order=True)
class PartialDate:
    """A Gregorian date known to the year, the month or the day.

    ``original`` keeps the expression as written when it came from another calendar
    or from a relative expression ("25 آبان 1399", "pada hari Minggu").
    """

    year: int
    month: int | None = None
    day: int | None = None
    original: str | None = field(default=None, compare=False)
    calendar: str = field(default="gregorian", compare=False)

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None and not 1 <= self.day <= 31:
            raise ValueError(f"day out of range: {self.day}")

    def iso(self) -> str:
        """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` depending on precision."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"


@dataclass(frozen=True)
class Article:
    """One input article (a file or a JSONL record), its text normalised."""

    id: str  # dcterms:identifier: the file's base name or the record id
    text: str
    lang: str  # BCP 47 primary code: en, id, fa, ar, ru, fr, ...
    published: PartialDate | None = None
    url: str | None = None
    title: str | None = None
    source: str = ""  # where it was read from (path, "path:line", "<stdin>")


@dataclass(frozen=True)
class ReadError:
    """An input that could not be read; the run goes on with the others."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Person:
    """A person as one article presents them (after in-article coreference)."""

    key: str  # unique within the article
    name: str | None  # the fullest name as written; None when named only by office
    names: list[str] = field(default_factory=list)  # every name form seen
    titles: list[str] = field(default_factory=list)  # titles as written
    ranks: list[str] = field(default_factory=list)  # ranks as written
    role: str | None = None  # role concept id, e.g. "defence_minister"
    country: str | None = None  # ISO 3166-1 alpha-2 of the country served
    mentions: list[Span] = field(default_factory=list)
    # the report's home country, given to an official whose words name none ("le
    # gouvernement du président X" in a Paris daily): a guess while ``country`` equals it,
    # which a country other reports state for the same person overrides
    assumed_country: str | None = None
    # named as a past holder of the office ("X's predecessor, Y", "the former minister"):
    # not the one the report's unnamed office of the day is
    former: bool = False


@dataclass
class Entity:
    """A country, organisation or place mentioned in an article."""

    key: str
    kind: Literal["country", "organization", "place"]
    label: str  # canonical label (English for places and countries)
    labels: list[str] = field(default_factory=list)  # forms as written
    country: str | None = None  # ISO alpha-2 (the country itself for kind=country)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Meeting:
    participants: list[str]  # Person keys
    evidence: list[Span]  # sentences stating it
    date: PartialDate | None = None
    location: str | None = None  # Entity key of a place
    status: MeetingStatus = "held"
    mode: MeetingMode = "meeting"
    # extraction only: "signing" for a meeting told by the signing of an agreement, "talks"
    # for one whose own sentence tells its day (no arrival); the two on different days of
    # one visit are two meetings
    day_of: str = field(default="", compare=False)


@dataclass
class Agreement:
    parties: list[str]  # Entity keys (countries or organisations)
    status: AgreementStatus
    label: str  # short description as written (the cue phrase and its head)
    evidence: list[Span]
    date: PartialDate | None = None
    signatories: list[str] = field(default_factory=list)  # Person keys
    kind: str = ""  # the agreement word's type (mou, contract, treaty, …); "" when unknown


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    persons: list[Person] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
