"""A delegation as the subject of a further meeting: "河内市委副书记阮文峰率领的河内市高级代表团先后与…分别会见。
…当天，河内市代表团又会见了广州市委书记郭永航。" The delegation named again (by its head noun, or with fewer words
than before) meets as its leader, whom an earlier sentence names leading it."""

from __future__ import annotations

import re

from liaison.extract.zh.attach import DELEGATION_HEAD, LEADER_BEFORE_PATTERNS
from liaison.extract.zh.capacity import side_of
from liaison.extract.zh.draft import Draft, Reading
from liaison.extract.zh.people import people_in
from liaison.extract.zh.titles import ChainPerson

# 河内市代表团, 该代表团, 代表团一行: a subject that is a delegation and nothing more (its words before the head noun)
_DELEGATION_SUBJECT = re.compile(
    rf"(?:该|此|这个)?(?P<words>[^，。；、的]{{0,12}}?)(?P<head>{DELEGATION_HEAD})(?:一行)?"
)


def delegation_subjects(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """"…阮文峰率领的河内市高级代表团…。当天，河内市代表团又会见了广州市委书记郭永航": a meeting whose subject is a
    delegation with no one named is its leader's, the titled person an earlier sentence names leading a delegation of
    the same head noun whose words hold the subject's (of a side other than the counterpart's)."""
    for d in drafts:
        if d.host.people or not d.guest.people or d.kind == "seminar":
            continue
        m = _DELEGATION_SUBJECT.fullmatch(d.host.phrase)
        if m is None:
            continue
        leader = _leader_before(r, d, m.group("words"), m.group("head"))
        if leader is not None:
            d.host.people = [leader]
            d.host.country = d.host.country or leader[1]
    return drafts


def _leader_before(r: Reading, d: Draft, words: str, head: str) -> tuple[ChainPerson, str] | None:
    """The titled leader of the last delegation named before ``d`` with the head noun ``head`` and holding ``words``,
    of the host's side (when known) and not of the counterpart's."""
    for span in reversed([s for s in r.sentences if s[0] < d.sentence[0]]):
        sent = r.doc.text[span[0] : span[1]]
        for rx in LEADER_BEFORE_PATTERNS:
            for m in rx.finditer(sent):
                deleg = m.group("deleg")
                if head not in deleg or words not in deleg:
                    continue
                for p in people_in(m.group("lead"), span[0] + m.start("lead"), r.gaz):
                    c = side_of(p.title, r.gaz) or side_of(deleg, r.gaz)
                    if p.title and c and c != d.guest.country and d.host.country in (None, c):
                        return p, c
    return None


__all__ = ["delegation_subjects"]
