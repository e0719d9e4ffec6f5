"""Signings told apart from the exchange around them: two signatories of different sides who sign a document
together, "省长王学军和魏尔在合肥共同签署了安徽省与下萨克森州结好30周年备忘录" beside "省委书记张宝顺…会见了…魏尔",
"并由中国中联部部长王家瑞和柬人民党常委赛春共同签署谅解备忘录" during a meeting of others (the witnesses told
before it, "在韩桑林亲王，…贺国强等人见证下", attend), "习近平总书记与…通伦共同签署了《…行动计划》".

An agreement of the two, unless a draft already holds both (the signing is then part of their talks: one visit,
one event); told twice (a photo caption and the body), it is one; recalled in reported speech, none. Undated, it
takes the day of the first draft holding one of the signatories (会见前/会见期间: the signing was that day).
"""

from __future__ import annotations

import re

from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Attendee, Draft, Reading, Side, is_foreign_pair
from liaison.extract.zh.people import country_of, people_in
from liaison.extract.zh.places import find_place
from liaison.extract.zh.recall import Known, known_people, phrases_people
from liaison.extract.zh.titles import ChainPerson

_SIGNED = cue("signed_jointly")
_WITNESSES = cue("signing_witnesses")
# what opens the clause before the signatories: 并由, 由, 并
_OPENING = re.compile(r"^(?:并|並)?(?:由)?")
# the conjunctions that may join the two signatories (the first that leaves a person on each side is taken)
_JOIN = re.compile(r"[和与同與及]")
# the place told after the signatories: 在合肥(共同签署)
# reported speech before the signing: a document recalled by a speaker ("坎潘表示，通伦总书记同习近平总书记共同签署…")
_SPOKEN = re.compile(r"(?:表示|指出|强调|认为|说|称|介绍)[，,：:]")
# a sentence opening reported speech: the rest of its paragraph is quoted ("他说，…。习近平总书记和通伦总书记共同签署了
# …行动计划，…": a document recalled, as ``frames.read_clauses`` reads such a paragraph)
_SPEECH_OPENING = cue("speech_opening")
_PLACE_AFTER = re.compile(r"在[^，,。；和与同]{2,20}$")

Named = tuple[ChainPerson, str | None]


def signings(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """An agreement for each joint signing whose two signatories, of different sides, no draft holds together:
    "会见前，省长王学军和魏尔共同签署了安徽省与下萨克森州结好30周年备忘录" beside 张宝顺's meeting with 魏尔."""
    if not _SIGNED.search(r.doc.text):
        return drafts
    known = known_people(r, drafts)
    held = [{p.native for p, _c in d.host.people + d.guest.people} for d in drafts]
    out = list(drafts)
    signed: list[Draft] = []
    quoted = False
    for i, span in enumerate(r.sentences):
        sent = r.doc.text[span[0] : span[1]]
        if i == 0 or "\n" in r.doc.text[r.sentences[i - 1][1] : span[0] + 1]:
            quoted = False  # a new paragraph
        spoken, quoted = quoted, quoted or bool(_SPEECH_OPENING.search(sent))
        m = _SIGNED.search(sent)
        if m is None or spoken:
            continue
        start = max(sent.rfind("，", 0, m.start()), sent.rfind(",", 0, m.start())) + 1
        if _SPOKEN.search(sent, 0, start):
            continue
        clause = sent[start : m.start()]
        opening = _OPENING.match(clause)
        cut = opening.end() if opening else 0
        place = _PLACE_AFTER.search(clause, cut)
        pair = _signatories(r, span[0] + start + cut, clause[cut : place.start() if place else len(clause)], known)
        if pair is None:
            continue
        (first, first_side), (second, second_side) = pair
        names = {first.native, second.native}
        if any(names <= people for people in held):
            continue
        again = next((d for d in signed if names == {p.native for p, _c in d.host.people + d.guest.people}), None)
        if again is not None:
            again.extra_evidence.append(span)
            continue
        when = find_date(sent, r.doc.published, span[0])
        d = Draft.found(
            "agreement", span, sent, Side(people=[(first, first_side)], country=first_side),
            Side(people=[(second, second_side)], country=second_side), when,
            find_place(sent[start : m.start()], span[0] + start),
        )
        if not is_foreign_pair(d):
            continue
        if when is None:
            _dated_by_exchange(d, names, drafts)
        d.attendees += _witnesses(r, span[0], sent[:start], known, names)
        out.append(d)
        signed.append(d)
    return out


def _signatories(r: Reading, base: int, text: str, known: dict[str, Known]) -> tuple[Named, Named] | None:
    """The two people ``text`` names either side of a conjunction, each titled or named with a title before."""
    for j in _JOIN.finditer(text):
        left = _named(r, base, text[: j.start()], known)
        right = _named(r, base + j.end(), text[j.end() :], known)
        if left is not None and right is not None and left[1] != right[1]:
            return left, right
    return None


def _named(r: Reading, base: int, text: str, known: dict[str, Known]) -> Named | None:
    """The one person ``text`` names, ending it: with a title chain ("柬人民党常委赛春"), a post after the name
    ("习近平总书记"), or bare when the item named them with a title before, also by the last part of a foreign
    name ("魏尔" for 施特凡·魏尔)."""
    text = text.strip()
    people = people_in(text, base, r.gaz) or people_in(text, base, r.gaz, post=True)
    if len(people) != 1 or max(people[0].span[1], (people[0].title_span or (0, 0))[1]) != base + len(text):
        return None
    p = people[0]
    k = known.get(p.native) or next(
        (k for native, k in known.items() if native.endswith(("·" + p.native, "•" + p.native))), None
    )
    if p.title is None:
        if k is None:
            return None
        p = ChainPerson(k.person.native, p.span, k.person.title, None)
    return p, country_of(p, r.gaz) or (k.country if k is not None else None)


def _dated_by_exchange(d: Draft, names: set[str], drafts: list[Draft]) -> None:
    """An undated signing takes the day (and place) of the first draft holding one of its signatories."""
    for other in drafts:
        if other.date is not None and names & {p.native for p, _c in other.host.people + other.guest.people}:
            d.date, d.date_span = other.date, other.date_span
            if d.location is None:
                d.location, d.location_span = other.location, other.location_span
            return


def _witnesses(r: Reading, base: int, text: str, known: dict[str, Known], names: set[str]) -> list[Attendee]:
    """The people named as witnesses before the signing ("在A，B等人见证下"), with a title or bare when named with
    one before: non-leads."""
    m = _WITNESSES.search(text)
    if m is None:
        return []
    at, who = base + m.start("who"), m.group("who")
    people = {p.native: (p, country_of(p, r.gaz) or (known[p.native].country if p.native in known else None))
              for p in phrases_people(r, at, who)}
    for native, k in known.items():
        if native not in people and (i := who.find(native)) >= 0:
            people[native] = (ChainPerson(native, (at + i, at + i + len(native)), k.person.title, None), k.country)
    return [Attendee(p, c, False) for native, (p, c) in people.items() if native not in names]


__all__ = ["signings"]
