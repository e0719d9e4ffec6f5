"""Subjectless clauses after a first exchange: "在<city>分别会见A、B，同C举行会谈", or clauses whose subject is
the head's told by a pronoun ("…同李强会晤，他还同王沪宁举行了会晤").

They share the head's host and date; a place carries over to the next clauses; "会见A，总理B，议长C"
goes on a 会见 list in the next comma-separated pieces.
"""

from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.zh import grammar as g
from liaison.extract.zh.capacity import unmarked_post
from liaison.extract.zh.draft import Draft, Side
from liaison.extract.zh.groups import group_country, several_sides
from liaison.extract.zh.kinds import MEET_VERBS, is_remote, kind_of
from liaison.extract.zh.places import find_place
from liaison.extract.zh.sides import object_side
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, Span

# the pieces of the rest of the sentence: a clause after a semicolon goes on with the same subject
# (訪利期間,黃先耀拜會了副總統博阿凱,…;與團結黨主席舍曼舉行了兩黨工作會談)
_PIECE = re.compile(r"[，,；]")
# what may close the last piece of a 会见 list after its last name: 等 / 等人 (…外交部长埃文斯和初级产品部长科林斯等)
_LIST_CLOSE = re.compile(r"(?:等人?)?[。！；]*$")
# a name in quotes run into the words after it, no speech: “够了运动”党协调人拉莫斯, “…国家统一党”联盟主席
_QUOTED_NAME = re.compile(r"“[^“”，,。；：]{1,30}”(?=[^\s“”，,。；：！？、])")
# a later clause of the same subject told by its pronoun: 他还同…举行了会晤, 他们也会见了…
_PRONOUN_AGAIN = re.compile(r"^(?:他|她)们?(?=还|也|又)")
_OWN_VERB = re.compile(rf"{MEET_VERBS}|会见|接见|拜会")


def continuations(
    doc: Document,
    span: Span,
    sent: str,
    start: int,
    head: Draft,
    gaz: Gazetteer,
    country: str | None,
    visit: bool,
    meet: list[Draft] | None = None,
    post: bool = False,
) -> list[Draft]:
    """Drafts for the subjectless clauses after ``start``: 在<city>分别会见A、B，同C举行会谈.

    They share the head's host and date; a place carries over to the next clauses. In a visit
    abroad (``visit``, also set after 分别会见A，B), each titled counterpart of a 会见 list is met
    separately."""
    base = span[0]
    location, loc_span = head.location, head.location_span
    out: list[Draft] = []
    pieces: list[tuple[int, str]] = []
    pos = start
    for chunk in _PIECE.split(sent[start:]):
        pieces.append((pos, chunk))
        pos += len(chunk) + 1
    pieces = _with_lists_joined(sent, pieces)
    last_meet: list[Draft] = list(meet or [])
    for off, chunk in pieces:
        if g.SPEECH_CUE.search(_QUOTED_NAME.sub("", chunk)):
            break
        if (pronoun := _PRONOUN_AGAIN.match(chunk)) is not None:
            # X同Y会晤，他还同Z举行了会晤: the pronoun is the clause's subject, the same as the head's
            off, chunk = off + pronoun.end(), chunk[pronoun.end() :]
        m = g.CONT_MEET_RE.match(chunk) or g.CONT_WITH_RE.match(chunk)
        if m is None:
            # (a piece with a verb of its own is a clause, not more people met: "…会见了连战一行；26日，连战还将同
            # 国家主席胡锦涛见面")
            if last_meet and chunk and not g.NOT_PERSON_CLAUSE.match(chunk) and not _OWN_VERB.search(chunk):
                extra = object_side(chunk, base + off, gaz, country, post)
                closed = _LIST_CLOSE.search(chunk)  # always matches (all optional), at the list's end
                if extra.people and closed and extra.people[-1][0].span[1] == base + off + closed.start():
                    _extend(last_meet, extra, separate=visit or len(last_meet) > 1, out=out)
                    continue
            last_meet = []
            continue
        verb = m.group("verb")
        kind = kind_of(verb, chunk)
        guest = object_side(m.group("obj"), base + off + m.start("obj"), gaz, country, post)
        _listed_on(guest, m.group("obj"), base + off + m.start("obj"), gaz, country, post)
        _posts_of_visited(guest, head)
        if not guest.people:
            last_meet = []
            continue
        remote = is_remote(kind, chunk)
        places: list[tuple[str, Span] | None] = []
        if m.group("place"):
            # 在吉隆坡和布城分别会见A、B: A in the first city, B in the second
            at = base + off + m.start("place")
            for name in m.group("place").split("和"):
                places.append(find_place("在" + name, at - 1))
                at += len(name) + 1
            if places[0]:
                location, loc_span = places[0]
        sep = m.group("sep") or m.groupdict().get("sep0")  # 同A、B分别举行会谈 / 并分别与A、B举行会晤
        separate = (
            sep in ("分别", "先后") or (visit and verb in _EACH_MET and sep != "集体") or several_sides(m, kind, guest)
        )
        if g.LED_RE.match(m.group("obj")):
            separate = False
        groups = [[gp] for gp in guest.people] if separate else [guest.people]
        respective = len(places) > 1 and len(places) == len(groups) and all(places)
        drafts = []
        for i, group in enumerate(groups):
            gside = replace(guest, people=list(group))
            gside.country = group_country(group, guest)
            where = places[i] if respective else None
            drafts.append(
                Draft(
                    kind,
                    span,
                    sent,
                    head.host,
                    gside,
                    head.date,
                    head.date_span,
                    None if remote else (where[0] if where else location),
                    None if remote else (where[1] if where else loc_span),
                )
            )
        out += drafts
        last_meet = drafts if verb == "会见" else []
    return out


# the verbs whose list of titled people, in a visit abroad, is one exchange each (还看望了前国家主席A和前国会主席B)
_EACH_MET = ("会见", "看望", "探望")
_WITH_OPEN = re.compile(r"^(?:并|还)?(?:分别)?(?:同|与|和)")  # 并分别与A、B，以及C举行会晤


def _with_lists_joined(sent: str, pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """"与A，B，C等分别进行会谈": a 与-list whose counterparts are set off by commas, its verb in a later
    piece, read as one piece (each counterpart's chain holds 、 of its own)."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(pieces):
        off, chunk = pieces[i]
        end = _with_list_end(sent, pieces, i) if _WITH_OPEN.match(chunk) else None
        if end is None:
            out.append((off, chunk))
            i += 1
            continue
        last_off, last_chunk = pieces[end]
        out.append((off, sent[off : last_off + len(last_chunk)]))
        i = end + 1
    return out


def _listed_on(guest: Side, obj: str, at: int, gaz: Gazetteer, country: str | None, post: bool) -> None:
    """The counterparts after the first of a joined 与-list (与A，B，C等分别进行会谈), one per comma piece."""
    if "，" not in obj or g.LED_RE.match(obj):
        return
    pos = obj.index("，") + 1
    for piece in obj[pos:].split("，"):
        extra = object_side(piece, at + pos, gaz, country, post)
        guest.people.extend(extra.people)
        pos += len(piece) + 1


def _posts_of_visited(guest: Side, head: Draft) -> None:
    """After an exchange with a foreign side, a post naming no country is that side's ("鄧錫軍19日拜會柬國總理洪瑪耐，
    並分別與副總理兼外交部長巴速坤、副總理兼國防部長狄西哈…舉行會晤": Cambodia's ministers)."""
    visited = head.guest.country
    if visited in (None, "CN"):
        # else the one foreign country the list names (…，以及柬埔寨王家軍副總司令兼陸軍司令毛速潘)
        named = {c for p, c in guest.people if c not in (None, "CN") and not unmarked_post(p.title)}
        visited = named.pop() if len(named) == 1 else None
    if visited is None or head.host.country != "CN":
        return
    guest.people = [
        (p, visited if c is None or (c == "CN" and unmarked_post(p.title)) else c) for p, c in guest.people
    ]
    guest.country = next((c for _p, c in guest.people if c), guest.country)


def _with_list_end(sent: str, pieces: list[tuple[int, str]], i: int) -> int | None:
    """The index of the piece that closes the 与-list opened by piece ``i`` with its verb, if any."""
    off, chunk = pieces[i]
    if g.CONT_WITH_RE.match(chunk) or g.CONT_MEET_RE.match(chunk):
        return None  # the piece is a whole clause
    for j in range(i + 1, min(i + 6, len(pieces))):
        j_off, j_chunk = pieces[j]
        if sent[j_off - 1] != "，" or g.SPEECH_CUE.search(j_chunk):
            return None
        if g.CONT_WITH_RE.match(sent[off : j_off + len(j_chunk)]):
            return j
    return None


def _extend(last: list[Draft], extra: Side, separate: bool, out: list[Draft]) -> None:
    """People in the next comma-separated piece of a 会见 list (会见A，总理B，议长C). A post naming no
    country (反对党外交事务发言人皮考克, 外交部长埃文斯) is of the foreign country of the list before it."""
    if separate:
        proto = last[-1]
        listed = proto.guest.country
        for gp in extra.people:
            person, country = gp
            international = person.native in extra.international  # 联合国秘书长古特雷斯 keeps no country
            unplaced = country is None or (country == "CN" and unmarked_post(person.title))
            if not international and listed not in (None, "CN") and unplaced:
                gp = (person, listed)
            gside = replace(extra, people=[gp])
            gside.country = group_country([gp], extra)
            d = replace(proto, guest=gside, extra_evidence=[], attendees=[])
            out.append(d)
            last.append(d)
    else:
        last[-1].guest.people.extend(extra.people)

