"""Greetings or a letter conveyed in person (issue 13, zhpassive34): "中国外交部长王毅访问老挝，向本扬转达了习近平的
问候", "…特使宋涛专程赴老挝访问，向本扬转交习近平总书记的贺信" — the envoy or minister met the one greeted, as the
guest's side and China's retrospectives tell a call no sentence names by a meeting verb (``grammar.CONVEYED_RE``);
and congratulations offered at a ceremony attended, "李大使应邀参加了…庆祝活动，并向瓦总理…等政要致以祝贺", an
exchange of kind "other" with those congratulated (``grammar.CONGRATULATED_AT_RE``).

Not a request to pass greetings on ("洪森请王毅向中国领导人转达问候": the one asked, no meeting of theirs), nor a
pair a draft already holds ("宋涛会见金正恩…。宋涛向金正恩转达了…问候").
"""

from __future__ import annotations

import re

from liaison.extract.prefilter import match_at, may_occur
from liaison.extract.zh import grammar as g
from liaison.extract.zh.clauses import clause_starts
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.delegations import SHORT_POST, shortened
from liaison.extract.zh.draft import Draft, Reading, Side, is_foreign_pair
from liaison.extract.zh.sides import object_side, subject_side

# the subject asks, thanks or hopes: someone else is to pass the greetings on
_ASKED = re.compile(r"请|託|托|委托|希望|要求|感谢|让")


def greetings_conveyed(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """A meeting of whoever conveys greetings or hands over a letter in person and the one they are for, when no
    draft holds the two: "王毅访问老挝，向本扬转达了习近平的问候" is Wang Yi's meeting with Bounnhang."""
    if not (may_occur(g.CONVEYED_RE, r.doc.text) or may_occur(g.CONGRATULATED_AT_RE, r.doc.text)):
        return drafts
    out = list(drafts)
    held = [{p.native for p, _c in d.host.people + d.guest.people} for d in drafts]
    for span in r.sentences:
        if span in r.headings:
            continue
        sent = r.doc.text[span[0] : span[1]]
        for pos in clause_starts(sent):
            at_ceremony = (m := match_at(g.CONVEYED_RE, sent, pos)) is None
            m = m or match_at(g.CONGRATULATED_AT_RE, sent, pos)
            if m is None or _ASKED.search(m.group("subj")):
                continue
            host = subject_side(m, span[0], r.gaz, post=True) or _named_before(m.group("subj"), drafts)
            if host is None or not host.people:
                continue
            guest = object_side(m.group("obj"), span[0] + m.start("obj"), r.gaz, r.headline, post=True)
            if not guest.people:
                continue
            names = {p.native for p, _c in host.people + guest.people}
            if any(names <= people for people in held):
                break
            when = find_date(sent[: m.end()], r.doc.published, span[0])
            d = Draft.found("other" if at_ceremony else "meeting", span, sent, host, guest, when)
            if is_foreign_pair(d):
                out.append(d)
                held.append(names)
            break
    return out


def _named_before(subj: str, drafts: list[Draft]) -> Side | None:
    """"李大使" (surname and post) as the person of an earlier draft of that surname whose title ends with that post
    ("驻瓦努阿图大使李名刚拜会…。…李大使应邀参加了…")."""
    if (short := SHORT_POST.match(subj.strip())) is None:
        return None
    for d in reversed(drafts):
        for p, c in (*d.host.people, *d.guest.people):
            if shortened(p, short):
                return Side(people=[(p, c)], country=c)
    return None


__all__ = ["greetings_conveyed"]
