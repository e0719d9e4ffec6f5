"""A briefing (宣介) given to one side (issue 13, seminar16); its speakers at a briefing held are ``seminars.briefers``.

A briefing told by its speaker and the side it was given to,
"孙海燕以视频方式向越南共产党宣介中共二十大精神", "孙海燕在河内向越共中央对外部部长黎怀忠宣介…", is a seminar of the
two, whether the other side is a person or a party (its attendees join later: ``attendees``). Not a briefing
still to come (将, 拟) nor a press briefing (新闻发布会 names no 宣介)."""

from __future__ import annotations

from liaison.extract.zh.capacity import CHINESE_SIDES
from liaison.extract.zh.countries import find_countries
from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Audience, Draft, Reading, Side
from liaison.extract.zh.people import country_of, international_official
from liaison.extract.zh.places import find_place
from liaison.extract.zh.recall import phrases_people
from liaison.extract.zh.titles import ChainPerson
from liaison.model.types import Span

_BRIEFED_TO = cue("briefed_to")
_MANY = cue("many_countries")
_PARTY_AUDIENCE = cue("party_audience")
_DIPLOMATS = cue("diplomats")
_ONLINE = cue("online")
_NOT_HAPPENED = cue("recall_not_happened")


def briefings(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """The briefings given to one side no draft holds ("孙海燕以视频方式向越南共产党宣介中共二十大精神")."""
    claimed = {d.sentence for d in drafts}
    out = list(drafts)
    for span in r.sentences:
        if span in claimed or span in r.headings:
            continue
        given = _given_to(r, span, r.doc.text[span[0] : span[1]])
        if given is not None and given.audience is not None and any(d.kind == "seminar" for d in out):
            continue  # "…等向外国驻华使节作了宣讲" after the briefing held: its speakers (``seminars.briefers``)
        if given is not None:
            out.append(given)
    return out


def _chinese(r: Reading, people: list[ChainPerson]) -> list[tuple[ChainPerson, str | None]]:
    out: list[tuple[ChainPerson, str | None]] = []
    for p in people:
        c = country_of(p, r.gaz)
        if c in CHINESE_SIDES and not international_official(p, r.gaz):
            out.append((p, c))
    return out


def _given_to(r: Reading, span: Span, sent: str) -> Draft | None:
    """"孙海燕以视频方式向越南共产党宣介中共二十大精神": a seminar of the titled Chinese speaker before 向 and the side
    after it (a person of another side, else the country or party named)."""
    m = _BRIEFED_TO.search(sent)
    if m is None or _NOT_HAPPENED.search(sent, 0, m.start()):
        return None
    start = max(sent.rfind("，", 0, m.start()), sent.rfind(",", 0, m.start())) + 1
    hosts = _chinese(r, phrases_people(r, span[0] + start, sent[start : m.start()]))
    if not hosts:
        return None
    to = m.group("to")
    base = span[0] + m.start("to")
    guests = [(p, c) for p in phrases_people(r, base, to) if (c := country_of(p, r.gaz)) not in (None, *CHINESE_SIDES)]
    country = guests[0][1] if guests else next((iso for _s, _e, iso in find_countries(to) if iso not in CHINESE_SIDES),
                                               None)
    audience = _group_audience(to) if country is None else None
    if country is None and audience is None:
        return None
    remote = bool(_ONLINE.search(sent, 0, m.start()))
    found = find_date(sent[: m.start()], r.doc.published, span[0])
    where = None if remote else find_place(sent[: m.start()], span[0])
    guest = Side(people=guests, phrase=to, country=country)
    guest.foreign = country is None
    d = Draft.found("seminar", span, sent, Side(people=hosts, country="CN"), guest, found, where)
    d.remote = remote
    d.audience = audience
    return d


def _group_audience(to: str) -> Audience | None:
    """The audience of a briefing given to a group of many countries nobody names ("各国驻华使节", "非洲多国政党领导人":
    cue ``many_countries``): its parties or diplomats; None for any other audience (the press)."""
    if not _MANY.search(to):
        return None
    if _PARTY_AUDIENCE.search(to):
        return "parties"
    return "diplomats" if _DIPLOMATS.search(to) else None


__all__ = ["briefings"]
