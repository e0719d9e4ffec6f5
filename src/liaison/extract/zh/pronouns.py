"""A clause whose subject is a pronoun alone: the person the sentence before names.

"國家主席習近平到訪拉丁美州之行的最後一站古巴。他在首都哈瓦那與古巴前領導人卡斯特羅會面" and
"大约三个小时前，习近平主席抵达华盛顿。在酒店稍作休息后，他前往白宫与奥巴马会面": 他 is 習近平, the
first person the nearest sentence before names, among those the item names with a title (``titled``:
name -> side) and those the people table knows ("5日下午，中国国家主席习近平刚结束记者会，随即转场会见日本首相
安倍晋三。此后两个小时内，除安倍外，他还连续会见了…": 习近平, named first). Looked back two sentences at most;
no such person, no subject.
"""

from __future__ import annotations

import re

from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Draft, Side
from liaison.extract.zh.titles import ChainPerson
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, Span

PRONOUNS = frozenset({"他", "她"})
# "他们" after a delegation met or a group named by one of them ("X等人"): its head, the first person of the
# sentences before named as leading one ("…会见了以…黎怀忠为团长的越共代表团。…除了同刘建超会晤，他们还同…王毅举行了
# 会晤": 黎怀忠)
GROUP_PRONOUNS = frozenset({"他们", "她们"})
_LEADS_AFTER = re.compile(r"[^，。；：“”]{0,16}?(?:为团长|一行|率领|率|等人)")
_LOOK_BACK = 2
# a speaker telling their own act: "安华说，他于29日接见了…" (the pronoun right after the speech verb)
SPOKEN_BY = re.compile(r"^(?P<who>[^，。；：:“”]{2,40}?)(?:说|表示|透露|指出|介绍|宣布)[，,：:](?=[他她](?!们))")


def speaker_side(sent: str, base: int, titled: dict[str, str], gaz: Gazetteer) -> Side | None:
    """The speaker of "X说，他…" when the pronoun right after the speech verb opens the clause: a person the item
    names with a title (``titled``) or the people table knows, the first named before the verb."""
    m = SPOKEN_BY.match(sent)
    if m is None:
        return None
    who = m.group("who")
    hits = [(at, name, side) for name, side in titled.items() if (at := who.find(name)) >= 0]
    hits += _known(who, gaz)
    if not hits:
        return None
    at, name, country = min(hits, key=lambda h: (h[0], -len(h[1])))
    person = ChainPerson(name, (base + at, base + at + len(name)), None, None)
    return Side(people=[(person, country)], phrase=sent[m.end() : m.end() + 1], country=country)


def pronoun_side(doc: Document, span: Span, subj: str, titled: dict[str, str], gaz: Gazetteer,
                 at: int | None = None) -> Side | None:
    """The side of a pronoun subject: the first titled person of the nearest sentence before naming one,
    written bare (its title comes from the item's first mention, ``restated.titles_named_before``). A pronoun at
    ``at`` opening a later clause of its sentence looks first at the clauses before it ("國家主席習近平正在德國參加…
    峰會，當地時間6日他在漢堡會見…": 習近平)."""
    if subj not in PRONOUNS | GROUP_PRONOUNS:
        return None
    before = [s for s in doc.sentences if s[1] <= span[0]][-_LOOK_BACK:]
    if subj in GROUP_PRONOUNS:
        return _group_head(doc, before, subj, titled)
    if at is not None and (trip := _TRIP_CLAUSE.match(doc.text, span[0], at)) is not None:
        before.append((span[0], trip.end()))
    for start, end in reversed(before):
        sent = doc.text[start:end]
        hits = [(at, name, side) for name, side in titled.items() if (at := sent.find(name)) >= 0]
        hits += _known(sent, gaz)
        if not hits:
            continue
        at, name, country = min(hits, key=lambda h: (h[0], -len(h[1])))
        person = ChainPerson(name, (start + at, start + at + len(name)), None, None)
        return Side(people=[(person, country)], phrase=subj, country=country)
    return None


def _group_head(doc: Document, before: list[Span], subj: str, titled: dict[str, str]) -> Side | None:
    """The head of the delegation the nearest sentence before names (a titled person it says leads one), else None."""
    for start, end in reversed(before):
        sent = doc.text[start:end]
        hits = [(at, name, side) for name, side in titled.items()
                if (at := sent.find(name)) >= 0 and _LEADS_AFTER.match(sent, at + len(name))]
        if hits:
            at, name, country = min(hits, key=lambda h: (h[0], -len(h[1])))
            person = ChainPerson(name, (start + at, start + at + len(name)), None, None)
            return Side(people=[(person, country)], phrase=subj, country=country)
    return None


# the sentence's first clause telling its subject's trip ("國家主席習近平正在德國參加…峰會，"), not one naming someone
# aside ("除安倍外，他还连续会见了…")
_TRIP_CLAUSE = re.compile(r"(?![除与同据对])[^，,。；;]{2,60}?(?:正在|抵达|出席|参加|访问|出访)[^，,。；;]*[，,]")


def _known(sent: str, gaz: Gazetteer) -> list[tuple[int, str, str]]:
    """The people of the people table ``sent`` names (2 to 4 characters), with their side."""
    out = []
    for at in range(len(sent)):
        for size in (4, 3, 2):
            entry = gaz.person(name := sent[at : at + size])
            if entry is not None and entry.country:
                out.append((at, name, entry.country))
                break
    return out


def antecedent_date(doc: Document, host: Side, drafts: list[Draft]) -> None:
    """A draft its clause does not date takes the day of the sentence naming the antecedent ("5日下午，…习近平…
    会见日本首相安倍晋三。此后两个小时内，除安倍外，他还连续会见了…": the 5th)."""
    at = host.people[0][0].span[0] if host.people else -1
    sentence = next((s for s in doc.sentences if s[0] <= at < s[1]), None)
    if sentence is None:
        return
    found = find_date(doc.text[sentence[0] : sentence[1]], doc.published, sentence[0])
    for d in drafts:
        if d.date is None and found is not None:
            d.date, d.date_span = found
