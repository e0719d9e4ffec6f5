"""Who accompanied a principal, as a web report lists them after a colon.

"美国方面，陪同拜登出席的是五名官员：美国国务卿布林肯（Antony Blinken）、财政部长耶伦…" and "陪同习近平的也是
五名官员：中共中央办公厅主任丁薛祥、国务院副总理刘鹤…", "陪同越共中央总书记访老的有越南政府总理范明政、…" (the
principal named by their post), "陪同苏林总书记国家主席出访的有：…" (the name and posts run together), and
the entourage of an item's one visit listed with no principal ("随同出访的越共中央政治局委员是：…"): each listed
person attends the event the principal leads, on the principal's side unless their own title says otherwise.
"""

from __future__ import annotations

import re

from liaison.extract.prefilter import may_occur
from liaison.extract.zh.capacity import CHINESE_SIDES, names_china
from liaison.extract.zh.countries import find_countries
from liaison.extract.zh.cues import cue
from liaison.extract.zh.draft import Attendee, Draft, Reading
from liaison.extract.zh.people import country_of
from liaison.extract.zh.recall import phrases_people
from liaison.extract.zh.titles import ChainPerson
from liaison.model.types import Span

_ACCOMPANYING = cue("accompanying")
_ENTOURAGE = cue("entourage")
_ENTOURAGE_OF = cue("entourage_of")
_ENTOURAGE_AFTER = cue("entourage_after")
_PRONOUNS = ("他", "她")
# the principal named with their posts run together after the name ("陪同苏林总书记国家主席出访的有")
_POSTS_AFTER = re.compile(r"(?:[^，。；：:、]{0,3}?(?:书记|主席|总理|总统|首相|部长|委员长|议长|国王|副))+$")


def companions(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """Attendees from "陪同X出席的是…：A、B": "陪同拜登出席的是五名官员：美国国务卿布林肯、财政部长耶伦" joins
    布林肯 and 耶伦 to the event 拜登 leads; X may be the principal's post alone
    ("陪同越共中央总书记访老的有越南政府总理范明政、…": the event of the person of that post, 苏林). With no draft,
    none: the sentences are not read."""
    if not drafts:
        return drafts
    for span in r.sentences:
        text = r.doc.text[span[0] : span[1]]
        m = _ACCOMPANYING.search(text)
        if m is None:
            continue
        who = m.group("who")
        for d in drafts:
            sides = [(p, c) for p, c in d.host.people + d.guest.people if _named_by(who, p.native)]
            if not sides and len(who) >= 4:  # 陪同越共中央总书记访老的有…: the principal named by their post
                sides = [(p, c) for p, c in d.host.people + d.guest.people if p.title and p.title.endswith(who)]
            if not sides:
                continue
            side = sides[0][1] or (d.host.country if sides[0] in d.host.people else d.guest.country)
            _seat_listed(r, d, span, span[0] + m.end(), text[m.end() :], side)
            break
    return _visitor_entourage(r, _entourage(r, drafts))


def _named_by(who: str, native: str) -> bool:
    """Whether the principal of "陪同<who>出访的有" is ``native``: the name alone, or the name with posts run
    together after it ("苏林总书记国家主席")."""
    if who == native:
        return True
    return len(native) >= 2 and who.startswith(native) and _POSTS_AFTER.match(who[len(native) :]) is not None


def _entourage(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """Those listed as going with the visitor, the principal not named ("随同出访的越共中央政治局委员是：A；B",
    "随行的有A、B"): attendees of the item's one visit, on its visitor's side unless their title says otherwise."""
    visits = [d for d in drafts if d.kind == "visit" and d.guest.people]
    if len(drafts) != 1 or len(visits) != 1:
        return drafts
    (d,) = visits
    side = d.guest.people[0][1] or d.guest.country
    for span in r.sentences:
        text = r.doc.text[span[0] : span[1]]
        m = _ENTOURAGE.search(text)
        if m is not None:
            _seat_listed(r, d, span, span[0] + m.end(), text[m.end() :], side)
    return drafts


def _visitor_entourage(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """Those visiting with the visitor ("同他一起访问的有A、B", "随同李资政出访的有A", "…，贸易部长A随行"): attendees of
    every exchange of the item the visitor is a principal of, on the visitor's side unless their title says
    otherwise. The visitor: the principal the list names (by name, or by surname and post), else the guest of the
    item's visit, else its one foreign principal."""
    if not drafts:
        return drafts
    of, after = may_occur(_ENTOURAGE_OF, r.doc.text), may_occur(_ENTOURAGE_AFTER, r.doc.text)
    if not (of or after):  # (a word every match holds is missing: most items)
        return drafts
    for span in r.sentences:
        text = r.doc.text[span[0] : span[1]]
        for m in _ENTOURAGE_OF.finditer(text) if of else ():
            who = m.group("who") or m.group("who2")
            _seat_with(r, drafts, span, span[0] + m.end(), text[m.end() :], who)
        for m in _ENTOURAGE_AFTER.finditer(text) if after else ():
            # (the list closed as a sentence, so that its last phrase is read)
            _seat_with(r, drafts, span, span[0] + m.start("listed"), m.group("listed") + "。", None)
    return drafts


def _seat_with(r: Reading, drafts: list[Draft], span: Span, start: int, listed: str, who: str | None) -> None:
    """Seat the people of ``listed`` in each draft the visitor ``who`` (None or a pronoun: the item's visitor) is a
    principal of."""
    visitor = _visitor(drafts, who)
    if visitor is None:
        return
    native, side = visitor
    for d in drafts:
        if any(p.native == native for p, _c in d.host.people + d.guest.people):
            _seat_listed(r, d, span, start, listed, side)


def _visitor(drafts: list[Draft], who: str | None) -> tuple[str, str | None] | None:
    """The visitor's native name and side: named by ``who`` (the name, or its surname before a post, 李资政), else
    the guest of the item's visits, else the one principal of the item not of China."""
    principals = {
        p.native: c or (d.host.country if (p, c) in d.host.people else d.guest.country)
        for d in drafts
        for p, c in d.host.people + d.guest.people
    }
    if who and who not in _PRONOUNS:
        named = [n for n in principals if _named_by(who, n)] or [n for n in principals if n[:1] == who[:1]]
        return (named[0], principals[named[0]]) if len(named) == 1 else None
    guests = {p.native for d in drafts if d.kind == "visit" for p, _c in d.guest.people[:1]}
    if len(guests) == 1:
        (name,) = guests
        return name, principals[name]
    foreign = [n for n, c in principals.items() if c is not None and c not in CHINESE_SIDES]
    return (foreign[0], principals[foreign[0]]) if len(foreign) == 1 else None


def _seat_listed(r: Reading, d: Draft, span: Span, start: int, listed: str, side: str | None) -> None:
    """Seat the people of ``listed`` (the text from ``start`` in sentence ``span``) as attendees of ``d`` not named
    there yet, on ``side`` unless their own says otherwise, the sentence its evidence."""
    named = {p.native for p, _c in d.host.people + d.guest.people} | {a.person.native for a in d.attendees}
    for p in phrases_people(r, start, listed):
        if p.native not in named:
            d.attendees.append(Attendee(p, _side_of(p, side, r), False))
            named.add(p.native)
    if span not in d.extra_evidence and span != d.sentence:
        d.extra_evidence.append(span)


def _side_of(p: ChainPerson, side: str | None, r: Reading) -> str | None:
    """A companion's side: the principal's, unless their title names another country ("中国驻老挝大使")
    or the people table knows them; a bare post ("外交部部长黎怀忠" with 苏林) says nothing of a country."""
    own = country_of(p, r.gaz)
    if side is None or own is None or own == side:
        return own or side
    if find_countries(p.title or ""):
        return own
    entry = r.gaz.person(p.native)
    return entry.country if entry is not None and entry.country else side


def foreign_entourage(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """Attendees of an exchange with no Chinese side, placed by nothing or by a bare post only China's
    ministries spell so ("…维莱·拉坎丰，…佩·蓬皮帕，…外交部部长通沙万·丰威汉，中央对外联络部部长本勒·潘达努冯…等
    在机场迎接越共中央总书记苏林"): of the side of the person listed before them."""
    for d in drafts:
        sides = (d.host.country, d.guest.country)
        if None in sides or any(c in CHINESE_SIDES for c in sides):
            continue
        before = next((c for _p, c in d.host.people if c), d.host.country)
        for k, a in enumerate(d.attendees):
            if a.country is None or (a.country == "CN" and _bare_chinese(a.person, r)):
                if before is not None:
                    d.attendees[k] = a._replace(country=before)
            else:
                before = a.country
    return drafts


def _bare_chinese(p: ChainPerson, r: Reading) -> bool:
    """A CN side read off a post naming no Chinese body by a Chinese name (外交部部长, 中央对外联络部部长),
    of a person the people table does not know as Chinese."""
    entry = r.gaz.person(p.native)
    return bool(p.title) and not names_china(p.title or "") and not (entry is not None and entry.country == "CN")


__all__ = ["companions", "foreign_entourage"]
