"""Response models of the REST API (what ``/openapi.json`` documents).

Event records follow the export contract (DESIGN.md); like the contract, they accept fields added later
(``extra="allow"``) so the API never drops one. Aggregates are the store's own dataclasses
(``liaison.store.stats``).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]  # character offsets [start, end) in a document's text
NAME_SOURCE = ("How the Latin-script name was obtained: as-written, pinyin, table, table-part, reading-vi, "
               "reading-ko, reading-ja, pinyin-fallback (not the real spelling); null when not said.")


class Open(BaseModel):
    """A record that may carry fields added after this model was written."""

    model_config = ConfigDict(extra="allow")


# -- events (export contract) ---------------------------------------------------------------------------
class EventDocument(Open):
    id: str = Field(description="The document id given at ingest.")
    evidence: list[Span]


class PartyRef(Open):
    id: str
    name: str
    abbr: str | None
    country: str | None
    aliases: list[str]
    partyfacts_id: int | None = Field(default=None, description="Present when linked to Party Facts.")


class EventParticipant(Open):
    person_id: str
    name: str = Field(description="Romanised canonical name.")
    native: str | None = Field(description="The form as written.")
    aliases: list[str]
    title: str | None
    organization: str | None
    country: str | None
    lead: bool
    evidence: list[Span]
    name_source: str | None = Field(default=None, description=NAME_SOURCE)


class Event(Open):
    id: str
    kind: str
    date: str | None = Field(description="ISO prefix carrying its precision.")
    date_precision: str | None
    location: str | None
    remote: bool
    channel: list[str]
    topics: list[str]
    confidence: float = Field(ge=0, le=1, description="0-1; 0.5 marks the recall tier, 0.3 an article's last resort.")
    documents: list[EventDocument]
    parties: list[PartyRef]
    participants: list[EventParticipant]


class Page(BaseModel):
    total: int
    limit: int
    offset: int


class EventPage(Page):
    items: list[Event]


# -- people ---------------------------------------------------------------------------------------------
class PersonSummary(BaseModel):
    person_id: str
    name: str
    display_name: str = Field(description="How the app shows the person: name, and the native form when in "
                                          "another script.")
    native: str | None
    country: str | None
    events: int
    first: str | None
    last: str | None
    name_source: str | None = Field(default=None, description=NAME_SOURCE)


class PeoplePage(Page):
    items: list[PersonSummary]


class PersonSuggestion(PersonSummary):
    country_name: str | None


class Position(BaseModel):
    title: str
    organization: str | None
    first_seen: str | None
    last_seen: str | None
    evidence: list[tuple[str, Span]] = Field(description="(document id, span) pairs.")


class Counterpart(BaseModel):
    person_id: str
    name: str
    native: str | None
    country: str | None
    events: int


class PersonRef(BaseModel):
    person_id: str
    name: str
    native: str | None
    aliases: list[str]
    country: str | None
    name_source: str | None = Field(default=None, description=NAME_SOURCE)


class PersonDetail(PersonRef):
    display_name: str
    positions: list[Position]
    events: list[Event]
    counterparts: list[Counterpart]


# -- parties --------------------------------------------------------------------------------------------
class PartySummary(BaseModel):
    org_id: str
    name: str
    abbr: str | None
    country: str | None
    partyfacts_id: int | None
    events: int
    first: str | None
    last: str | None


class Partner(BaseModel):
    org_id: str
    name: str
    abbr: str | None
    country: str | None
    weight: int = Field(description="Shared events.")


class Representative(Counterpart):
    last: str | None
    title: str | None


class Org(BaseModel):
    org_id: str
    name: str
    abbr: str | None
    kind: str | None
    country: str | None
    aliases: list[str]
    parent: str | None
    partyfacts_id: int | None


class PartyDetail(Org):
    event_count: int
    partners: list[Partner]
    events: list[Event]
    people: list[Representative]


# -- documents, graph, search ------------------------------------------------------------------------------
class EvidenceSpan(BaseModel):
    start: int
    end: int
    kind: str = Field(description="event or person")
    label: str
    person_id: str | None = None


class Document(BaseModel):
    id: str
    title: str | None
    source: str | None
    url: str | None
    language: str | None
    published: str | None
    published_precision: str | None
    text: str | None
    events: list[str]
    spans: list[EvidenceSpan]


class GraphNode(BaseModel):
    id: str
    label: str
    name: str
    country: str | None
    events: int


class GraphEdge(BaseModel):
    source: str
    target: str
    weight: int = Field(description="Shared events.")


class Graph(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    kind: str
    date_from: str | None = Field(alias="from")
    date_to: str | None = Field(alias="to")
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    nodes_total: int = Field(description="Nodes before the size limit.")


class SearchResult(BaseModel):
    query: str
    people: list[PersonRef]
    parties: list[Org]
    events: list[Event]


# -- judgements -----------------------------------------------------------------------------------------
class JudgementIn(BaseModel):
    left: str = Field(description="A person id.")
    right: str = Field(description="Another person id.")
    same: bool = Field(description="True: the same person (merge); false: never merge.")
    author: str = Field(default="analyst", max_length=200)


class JudgementOut(BaseModel):
    judgement_id: int
    left: str
    right: str
    same: bool
    resolved: bool = Field(description="Whether the record was re-resolved.")


class UndoOut(BaseModel):
    judgement_id: int
    undoes: int
    resolved: bool


class Judgement(BaseModel):
    judgement_id: int
    left: str
    right: str
    same: bool
    author: str
    created: str
    score: float | None
    undone: bool
