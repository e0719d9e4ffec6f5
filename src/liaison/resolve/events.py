"""Merge reports of the same exchange from several documents (and languages) into one event.

Two frames from different documents are one event when they have the same day, kinds of one merge
class (``merges_as`` in ``model/kinds.toml``) and compatible locations, share a lead person, and tell
the same story about who sat on each side:

- no side is led by different people in the two reports,
- no person both reports name is stated in two different exclusive offices (李强 meeting
  吉尔吉斯斯坦总理扎帕罗夫 and 吉尔吉斯斯坦总统扎帕罗夫 are two meetings, even if the two
  Japarovs were wrongly taken for one person), and
- the people both reports name sit on two sides (Xi Jinping, Cai Qi and Wang Yi meeting the
  Mexican president and, that afternoon, the Peruvian one are two meetings).

A report joins a group only if it is the same event as every report already in it.

Frames of one document are never merged: an article that reports two meetings means two meetings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from liaison.model.kinds import merge_class
from liaison.model.types import (
    DocumentEvents,
    EventFrame,
    EventReport,
    OrgRef,
    ResolvedEvent,
    ResolvedParticipant,
)
from liaison.resolve.names import fold_name, stable_id
from liaison.resolve.offices import office_of

MentionKey = tuple[str, int, int]


@dataclass
class _Report:
    doc_id: str
    index: int
    frame: EventFrame
    people: dict[str, str | None]  # person id -> side
    leads: set[str]
    pids: list[str]  # person id of each participant, in frame order
    offices: dict[str, set[str]]  # person id -> exclusive state offices stated in this report

    def lead_sides(self) -> dict[str | None, set[str]]:
        out: dict[str | None, set[str]] = defaultdict(set)
        for pid in self.leads:
            out[self.people[pid]].add(pid)
        return out


@dataclass
class _Group:
    reports: list[_Report] = field(default_factory=list)


def _report(doc_id: str, index: int, frame: EventFrame, person_of: dict[MentionKey, str]) -> _Report:
    people: dict[str, str | None] = {}
    leads: set[str] = set()
    pids: list[str] = []
    offices: dict[str, set[str]] = defaultdict(set)
    for p in frame.participants:
        pid = person_of[(doc_id, *p.person.span)]
        pids.append(pid)
        people.setdefault(pid, p.side or p.person.country)
        if p.lead:
            leads.add(pid)
        office = office_of(p.person)
        if office is not None:
            offices[pid].add(office)
    return _Report(doc_id, index, frame, people, leads, pids, offices)


def same_event(a: _Report, b: _Report) -> bool:
    """Whether two reports from different documents describe one exchange."""
    fa, fb = a.frame, b.frame
    if a.doc_id == b.doc_id or fa.date is None or fb.date is None:
        return False
    if fa.date.precision != "day" or fb.date.precision != "day" or fa.date.iso != fb.date.iso:
        return False
    if merge_class(fa.kind) != merge_class(fb.kind) or fa.remote != fb.remote:
        return False
    if fa.location and fb.location and fold_name(fa.location) != fold_name(fb.location):
        return False
    shared = a.people.keys() & b.people.keys()
    if not (shared & (a.leads | b.leads)):
        return False
    if any(a.offices.get(p) and b.offices.get(p) and not (a.offices[p] & b.offices[p]) for p in shared):
        return False  # one person in two offices: two people taken for one, at two meetings
    la, lb = a.lead_sides(), b.lead_sides()
    for side in la.keys() & lb.keys():
        if side is not None and not (la[side] & lb[side]):
            return False  # one side led by different people: another meeting
    # the people both reports name sit on both sides of the table (an unknown side counts as one)
    return len({a.people[p] or b.people[p] for p in shared}) >= 2


def event_part(doc_id: str, index: int, frame: EventFrame) -> str:
    """The partition of reports a frame's event is decided in: its date as written (reports merge only on
    one day, and event ids are made from it), or the frame itself when it has no date."""
    return frame.date.iso if frame.date is not None else f"{doc_id}#{index}"


def merge_events(docs: Sequence[DocumentEvents], person_of: dict[MentionKey, str]) -> list[ResolvedEvent]:
    """Resolved events, each citing every document that reports it."""
    return merge_reports(
        ((d.doc_id, i, f) for d in sorted(docs, key=lambda d: d.doc_id) for i, f in enumerate(d.events)), person_of
    )


def merge_reports(
    frames: Iterable[tuple[str, int, EventFrame]], person_of: dict[MentionKey, str]
) -> list[ResolvedEvent]:
    """``merge_events`` over (document id, frame index, frame), in document and frame order.

    The events of one ``event_part`` depend only on the frames of that part: any union of parts
    can be merged on its own."""
    reports = [_report(doc_id, i, f, person_of) for doc_id, i, f in frames]
    groups: list[_Group] = []
    by_day: dict[str, list[_Group]] = defaultdict(list)
    for rep in reports:
        target = None
        date = rep.frame.date
        if date is not None and date.precision == "day":
            for g in by_day[date.iso]:
                if all(same_event(r, rep) for r in g.reports):  # complete link: no chaining
                    target = g
                    break
        if target is None:
            target = _Group()
            groups.append(target)
            if date is not None and date.precision == "day":
                by_day[date.iso].append(target)
        target.reports.append(rep)
    resolved = [_resolved(g) for g in groups]
    return _unique_ids(resolved, groups)


def _event_id(g: _Group) -> str:
    first = g.reports[0]
    f = first.frame
    when = f.date.iso if f.date else f"{first.doc_id}#{first.index}"
    return stable_id("ev", when, merge_class(f.kind), *sorted(first.leads))


def _unique_ids(events: list[ResolvedEvent], groups: list[_Group]) -> list[ResolvedEvent]:
    seen: set[str] = set()
    out = []
    for ev, g in zip(events, groups, strict=True):
        event_id = ev.event_id
        if event_id in seen:
            first = g.reports[0]
            event_id = stable_id("ev", event_id, first.doc_id, str(first.index))
        seen.add(event_id)
        out.append(
            ev
            if event_id == ev.event_id
            else ResolvedEvent(event_id, ev.frame, ev.reports, ev.participants, ev.parties)
        )
    return out


def _resolved(g: _Group) -> ResolvedEvent:
    participants: list[ResolvedParticipant] = []
    seen: set[str] = set()
    # leads first from every report, then the others, so a lead in any report stays a lead
    for lead_pass in (True, False):
        for rep in g.reports:
            for pid, p in zip(rep.pids, rep.frame.participants, strict=True):
                if p.lead == lead_pass and pid not in seen:
                    seen.add(pid)
                    participants.append(ResolvedParticipant(pid, rep.doc_id, p))
    parties: dict[str, OrgRef] = {}
    for rep in g.reports:
        for party in rep.frame.parties:
            parties.setdefault(party.key or fold_name(party.name), party)
    return ResolvedEvent(
        event_id=_event_id(g),
        frame=replace(g.reports[0].frame, confidence=max(r.frame.confidence for r in g.reports)),
        reports=tuple(EventReport(r.doc_id, r.index, r.frame.evidence) for r in g.reports),
        participants=tuple(participants),
        parties=tuple(parties.values()),
    )
