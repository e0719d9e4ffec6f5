"""A lead telling a titled person's call at a foreign party's office, with no word of a meeting (zhlost31).

Embassy pages tell their ambassador's trips as places visited: "…大使A前往…营地参观，并到访<party>…区党部". When no
pass built a draft, such a lead, the visitor the one titled person before the verb and the place a body of a known
party of another country, gives one visit of that person to the party's country at ``ARTICLE_CONFIDENCE``.
"""

from __future__ import annotations

import re

from liaison.extract.assembly.confidence import ARTICLE_CONFIDENCE
from liaison.extract.zh.capacity import parties_in
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Draft, Reading, Side
from liaison.extract.zh.people import country_of, international_official
from liaison.extract.zh.recall import phrases_people
from liaison.model.types import Document, Span

# the call: 到访 / 前往 … 党部 (a party's office, one clause)
_CALL = re.compile(r"(?:到访|前往|走访)(?P<place>[^，。；]{2,40}?党(?:部|中央|总部)|[^，。；]{2,40}?党部)")
_TOLD = re.compile(r"(?:到访|前往|走访)[^，。；]{2,40}?党(?:部|中央|总部)")
_NOT_HELD = re.compile(r"将|拟|计划|邀请|曾|此前|去年")


def party_visit_told(doc: Document) -> bool:
    """Whether the item may tell such a call (the triage's test: read the item although no meeting word occurs)."""
    return _TOLD.search(doc.text[:400]) is not None


def party_visit(r: Reading, lead: list[Span]) -> list[Draft]:
    """One visit draft for the first lead sentence telling a call at a foreign party's office; none otherwise."""
    for span in lead:
        sent = r.doc.text[span[0] : span[1]]
        call = _CALL.search(sent)
        if call is None or _NOT_HELD.search(sent[: call.start()]):
            continue
        people = [p for p in phrases_people(r, span[0], sent) if p.span[1] - span[0] <= call.start()]
        if len(people) != 1 or international_official(people[0], r.gaz):
            continue
        (p,) = people
        side = country_of(p, r.gaz)
        parties = [e for e in parties_in(call.group("place"), r.gaz) if e.country and e.country != side]
        if side is None or not parties:
            continue
        found = find_date(sent, r.doc.published, span[0], first_day=True)
        host = Side(country=parties[0].country, party=parties[0])
        guest = Side(people=[(p, side)], country=side)
        return [Draft.found("visit", span, sent, host, guest, found, confidence=ARTICLE_CONFIDENCE)]
    return []
