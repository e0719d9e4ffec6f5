"""Talks told after a visit by invitation, its two sides named only in the visit's sentence: "越南政府总理范明政应老挝
总理宋赛邀请，于1月8日至9日对老挝进行正式访问。会谈中，双方同意…" is the talks of the
visitor and the one who invited them, as Vietnamese, Lao and Cambodian agency pages in Chinese tell a visit. Only
when no draft of the item already holds the two.
"""

from __future__ import annotations

from liaison.extract.prefilter import may_occur
from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Draft, Reading, Side, is_foreign_pair
from liaison.extract.zh.people import country_of
from liaison.extract.zh.recall import phrases_people

_INVITED_VISIT = cue("invited_visit")
_INVITED_FIRST = cue("invited_visit_first")  # 应X的邀请，Y于…对中国进行了国事访问
_TALKS_TOLD = cue("talks_told_after")
_FOLLOWING = 3  # sentences after the visit that may tell its talks


def invited_talks(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """Talks of a visitor and their inviter for each visit by invitation whose talks a later sentence tells by the
    two together ("两位领导人", "双方") and no draft holds."""
    if not may_occur(_TALKS_TOLD, r.doc.text) or not (
        may_occur(_INVITED_VISIT, r.doc.text) or may_occur(_INVITED_FIRST, r.doc.text)
    ):
        return drafts
    held = [{p.native for p, _c in d.host.people + d.guest.people} for d in drafts]
    out = list(drafts)
    for i, span in enumerate(r.sentences):
        sent = r.doc.text[span[0] : span[1]]
        m = _INVITED_VISIT.search(sent) or _INVITED_FIRST.search(sent)
        if m is None or span in r.headings:
            continue
        later = r.sentences[i + 1 : i + 1 + _FOLLOWING]
        told = next((s for s in later if _TALKS_TOLD.match(r.doc.text, s[0], s[1])), None)
        if told is None:
            continue
        guests = phrases_people(r, span[0] + m.start("guest"), m.group("guest"))
        hosts = phrases_people(r, span[0] + m.start("host"), m.group("host"))
        if len(guests) != 1 or len(hosts) != 1:
            continue  # (several inviters or visitors: whose talks they were is not told)
        guest, host = guests[0], hosts[0]
        if any({guest.native, host.native} <= people for people in held):
            continue
        host_side, guest_side = country_of(host, r.gaz), country_of(guest, r.gaz)
        talks_sent = r.doc.text[told[0] : told[1]]
        when = find_date(talks_sent, r.doc.published, told[0])  # 3月1日两国元首举行会谈: the talks' day
        d = Draft.found(
            "talks", told, talks_sent, Side(people=[(host, host_side)], country=host_side),
            Side(people=[(guest, guest_side)], country=guest_side), when, None,
        )
        if is_foreign_pair(d):
            # the visitor's stay told before, met by no one named, is these talks
            out = [o for o in out if not _stay_of(o, guest.native)]
            out.append(d)
            held.append({guest.native, host.native})
    return out


def _stay_of(d: Draft, visitor: str) -> bool:
    """A visit draft of ``visitor`` with nobody named on the other side (a stay or an arrival)."""
    people = [p.native for p, _c in d.host.people + d.guest.people]
    return d.kind == "visit" and people == [visitor]


__all__ = ["invited_talks"]
