"""Visits of a party delegation whose members nobody names (issue 14: the CPC as a side with no participant).

"中共代表团近日访问澳大利亚，同澳政府官员、政党人士等会见交流", "中共代表团相继访问了印度、泰国和菲律宾": CCTV
reports the tours the CPC sends abroad to brief on a congress without naming the delegation's leader or
anyone it met. Each country visited is one visit with the delegation's party as its side and no
participants. The visit's date is the one the sentence gives, else the broadcast's month (``date_source``
"published"), not its day. The channel is party, and state too when government officials or dignitaries
(政府, 政要, 官员) were met; a party of the visited country named in the sentence (德国社民党) is a side.
Only an item no other pass read an exchange from is read so: a named leader or a meeting told later is
the exchange the item reports.
"""

from __future__ import annotations

import re

from liaison.extract.assembly import EventDraft, Found, assemble
from liaison.extract.prefilter import may_occur
from liaison.extract.zh.countries import COUNTRIES
from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import find_date
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Channel, Document, EventFrame, OrgRef

_TOUR = cue("unnamed_delegation_tour")
_STATE = re.compile(r"政府|政要|官员|议长|总统|总理")
_LIST = re.compile(r"[、和及与]")


def delegation_tour_frames(doc: Document, gaz: Gazetteer, built: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """One visit per country an unnamed party delegation tours (see the module docstring)."""
    if built or not may_occur(_TOUR, doc.text):  # (no sentence can match)
        return ()
    text = doc.text
    for start, end in doc.sentences:
        sent = text[start:end]
        m = _TOUR.search(sent)
        if m is None:
            continue
        countries = _countries(m.group("places"))
        delegation = gaz.lookup_org(m.group("delegation").removesuffix("代表团"))
        party = gaz.party_of(delegation) if delegation is not None else None
        if not countries or party is None:
            continue
        found = find_date(sent[: m.start("places")], doc.published, start)
        month = doc.published.month() if doc.published is not None else None
        capacities: set[Channel] = {"party", "state"} if _STATE.search(sent) else {"party"}
        frames = []
        for iso in countries:
            parties: list[OrgRef] = [party.ref()]
            parties += [e.ref() for _s, e in gaz.find_orgs(sent) if e.kind == "party" and e.country == iso]
            draft = EventDraft(
                kind="visit",
                remote=False,
                evidence=((start, end),),
                capacities=set(capacities),
                parties=parties,
                date=Found(found[0], found[1]) if found is not None else None,
                confidence=0.8,
            )
            frames.append(assemble(draft, month))
        return tuple(frames)
    return ()


def _countries(places: str) -> list[str] | None:
    """The ISO codes of a list of countries ("印度、泰国和菲律宾"), or None when any item is no country."""
    out: list[str] = []
    for item in _LIST.split(places):
        entry = COUNTRIES.get(item.strip())
        if entry is None or entry[0] in ("CN", "TW", "HK", "MO"):
            return None
        if entry[0] not in out:
            out.append(entry[0])
    return out


__all__ = ["delegation_tour_frames"]
