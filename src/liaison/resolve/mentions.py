"""Person mentions gathered into per-document units, each carrying the context used to match it.

A *unit* is one person within one document: every participant mention in that document whose
romanised name, native form or multi-token alias agrees (an article names Cabello in several
frames, or as "Diosdado Cabello Rondón" and later "Cabello"). Units, not raw mentions, are what
cross-document matching compares.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from sys import intern
from typing import Any

from liaison.kb.gazetteer import Gazetteer
from liaison.kb.transcription import part_skeletons
from liaison.model.types import DocumentEvents, PersonMention
from liaison.resolve.names import (
    compact,
    derived,
    fold_name,
    is_cjk,
    name_parts,
    pinyin_key,
    source_rank,
    stable_id,
    tokens,
)
from liaison.resolve.offices import office_of
from liaison.resolve.roles import title_roles

MentionKey = tuple[str, int, int]  # (doc_id, span start, span end)

_TITLE_STOP = frozenset(
    "of the and for to in on at a an de del la las los el y en da do dos das der die und von".split()
)
_CHINA = frozenset({"CN"})
_CHINESE = frozenset({"CN", "TW", "HK", "MO"})


_NONE: frozenset[Any] = frozenset()  # shared by every empty field of compacted units


def _same(s: str) -> str:
    return s


@dataclass(slots=True)
class Unit:
    """One person in one document: their mentions and the context the document gives."""

    doc_id: str
    mentions: list[MentionKey] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    sides: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)  # org roots (gazetteer top-level id or folded name)
    org_keys: set[str] = field(default_factory=set)
    org_groups: set[str] = field(default_factory=set)  # the country's establishment, or the unknown org
    forms: set[str] = field(default_factory=set)  # compact Latin forms
    latin_names: set[str] = field(default_factory=set)
    token_forms: set[tuple[str, ...]] = field(default_factory=set)
    cjk: set[str] = field(default_factory=set)
    title_words: set[str] = field(default_factory=set)
    co: set[str] = field(default_factory=set)  # compact names of co-participants
    kb: set[str] = field(default_factory=set)  # gazetteer [[person]] entries named
    offices: set[tuple[str, str]] = field(default_factory=set)  # (exclusive state office, date) stated
    stated_offices: set[str] = field(default_factory=set)  # exclusive state offices stated, dated or not
    role_days: set[tuple[str, str]] = field(default_factory=set)  # (role in any language, day) stated
    unique_role_days: set[tuple[str, str]] = field(default_factory=set)  # … by no one else of the side here
    role_months: set[tuple[str, str]] = field(default_factory=set)  # (role, month) at events dated to a month
    _key_id: str | None = field(default=None, repr=False, compare=False)
    _cjk_keys: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _skeletons: dict[str, tuple[str, ...]] | None = field(default=None, repr=False, compare=False)

    def __reduce__(self) -> tuple[type[Unit], tuple[Any, ...]]:
        """Pickled as its fields' values in order, made again by ``Unit(*values)``: a build's workers pickle every
        unit they prepare and resolution loads each again, and the slots' names, written with every unit
        otherwise, were a sixth of its pickle."""
        return Unit, _field_values(self)

    def compact(self) -> Unit:
        """This unit made small to keep: of each mention only what matching reads (names, aliases, how
        the name was obtained), empty fields shared. It is not added to afterwards.

        What matching reads from pinyin is read here too (``cjk_keys``, and ``skeletons`` for a unit
        scoring can ask them of): a build's workers compact the units they prepare, so the process
        that clusters them never loads pinyin's tables (some 50 MB); and so is ``key_id`` (a hash).

        Its strings are not interned (``_share_empty(_same)``): a unit is compacted to be pickled
        (``prepared.prepare``), and unpickling makes strings of its own (interning them cost a worker some 3%
        of its time preparing units). Each set is made again element by element all the same: the pickled
        unit's sets then iterate in the same order as before."""
        self.people = [
            PersonMention(p.name, p.native, p.span, p.aliases, name_source=p.name_source) for p in self.people
        ]
        self._share_empty(_same)
        self.cjk_keys  # noqa: B018 (read now, kept)
        self.key_id  # noqa: B018
        if self.cjk and not self.latin_names and self.side not in (None, *_CHINESE):  # (as transcription asks)
            self.skeletons  # noqa: B018
        return self

    def shared(self, seen: dict[tuple[str, tuple[Any, ...]], Any]) -> Unit:
        """This compacted unit with each set field that equals, element for element in the same order, one
        ``seen`` in another unit (a block's units read from a prepared file) replaced by that one: the units
        of one person repeat their sides, names and organisations, and a set of one element takes 216 bytes.
        A block's units loaded took half the memory (28 -> 15 MB for a block of 3,276 units); shared sets
        iterate as their own did, and a compacted unit is never added to."""
        for name in _SHARED_FIELDS:
            value = getattr(self, name)
            if value:
                key = (name, tuple(value))
                setattr(self, name, seen.setdefault(key, value))
        return self

    @property
    def cjk_keys(self) -> frozenset[str]:
        """The pinyin keys (``names.pinyin_key``) of the unit's Chinese forms, read once."""
        if self._cjk_keys is None:
            self._cjk_keys = frozenset(k for k in map(pinyin_key, self.cjk) if k is not None) if self.cjk else _NONE
        return self._cjk_keys

    @property
    def skeletons(self) -> dict[str, tuple[str, ...]]:
        """The consonant skeletons (``kb.transcription.part_skeletons``) of each part of the unit's Chinese
        forms (菲基莱·姆巴卢拉: 菲基莱 and 姆巴卢拉), read once: what telling a transcription compares."""
        if self._skeletons is None:
            self._skeletons = {p: part_skeletons(p) for c in self.cjk for p in name_parts(c)}
        return self._skeletons

    def _share_empty(self, keep: Callable[[str], str] = intern) -> Unit:
        """Empty fields share one empty set; the strings of the others are interned (a name, a side
        or an organisation recurs in thousands of units), or kept as they are (``keep``)."""
        for name in _SET_FIELDS:
            value = getattr(self, name)
            setattr(self, name, set(map(keep, value)) if value else _NONE)
        for name in ("years", "token_forms", *_PAIR_FIELDS):
            if not getattr(self, name):
                setattr(self, name, _NONE)
        if self.token_forms:
            self.token_forms = {tuple(map(keep, t)) for t in self.token_forms}
        return self

    @property
    def bare_names(self) -> set[tuple[str, str]]:
        """(side, form) of each foreign name written in Chinese script as one element, without "·".

        Chinese news names a foreign leader by surname alone (扎帕罗夫, 阿利耶夫): such a form is
        shared by relatives and namesakes, so what the mentions say about office must agree."""
        side = self.side
        if side is None or side in _CHINESE:
            return set()
        return {(side, c) for c in self.cjk if "·" not in c and "・" not in c}

    def bare_offices(self) -> set[tuple[str, str, str, str]]:
        """(side, bare form, office, date) for every office this unit states under a bare name."""
        return {(side, form, office, date) for side, form in self.bare_names for office, date in self.offices}

    def org_years(self) -> set[tuple[str, int]]:
        """(organisation group, year) pairs: a Chinese official moving from party to state is no change."""
        return {(o, y) for o in self.org_groups for y in self.years}

    @property
    def side(self) -> str | None:
        """The one side the unit states, or None (read for every candidate pair: no ``min`` of one)."""
        if len(self.sides) == 1:
            for side in self.sides:
                return side
        return None

    @property
    def common(self) -> bool:
        """A short Chinese name (two characters / two syllables): many people share it."""
        if any(len(c) <= 2 for c in self.cjk):
            return True
        return bool(self.sides & _CHINA and self.token_forms) and all(len(t) <= 2 for t in self.token_forms)

    @property
    def key_id(self) -> str:
        """The id of this unit's main name with its side: the person id when it anchors a cluster."""
        if self._key_id is None:
            self._key_id = name_id(self.main_name(), self.side)
        return self._key_id

    def main_name(self) -> str:
        latin = [p for p in self.people if not is_cjk(p.name)] or self.people
        best = min(source_rank(p.name_source) for p in latin)
        names = [p.name for p in latin if source_rank(p.name_source) == best]
        return min(names, key=lambda n: (-names.count(n), len(tokens(n)), n))


_field_values = attrgetter(*(f.name for f in fields(Unit)))  # (every field is an argument of ``Unit``, in order)


def name_id(name: str, side: str | None) -> str:
    return stable_id("p", compact(name), side or "")


def org_root(key: str, gazetteer: Gazetteer) -> str:
    """The top of an organisation's parent chain (IDCPC -> CPC Central Committee -> CPC)."""
    seen: set[str] = set()
    while key not in seen:
        seen.add(key)
        entry = gazetteer.org(key)
        if entry is None or not entry.parent:
            return key
        key = entry.parent
    return key


def org_group(key: str, gazetteer: Gazetteer) -> str:
    """Known bodies of one country form one group (party, state and legislature posts rotate)."""
    entry = gazetteer.org(key)
    return f"c:{entry.country}" if entry is not None and entry.country else org_root(key, gazetteer)


# bodies whose posts one country's leaders rotate through (party, state, legislature)
_ESTABLISHMENT = frozenset({"party", "party_body", "state", "legislature"})


def unknown_org_group(name: str, kind: str, country: str | None) -> str:
    """The group of a body the gazetteer does not know: its country's establishment for a party,
    state or legislative body ("Government of North Korea" and the WPK are one leader's posts),
    else the body itself."""
    return f"c:{country}" if country and kind in _ESTABLISHMENT else "x:" + fold_name(name)


def _latin_forms(p: PersonMention) -> list[str]:
    forms = [] if derived(p.name_source) else [p.name]
    if not is_cjk(p.native):
        forms.append(p.native)
    forms += [a for a in p.aliases if not is_cjk(a) and len(tokens(a)) >= 2]
    return [f for f in forms if not is_cjk(f) and len(tokens(f)) >= 1]


def _cjk_forms(p: PersonMention) -> list[str]:
    return [f for f in (p.native, p.name, *p.aliases) if is_cjk(f)]


def _title_words(title: str | None) -> set[str]:
    if not title:
        return set()
    if is_cjk(title):
        return {title[i : i + 2] for i in range(len(title) - 1)}
    return {w for w in fold_name(title).split() if w not in _TITLE_STOP}


def collect_units(docs: Iterable[DocumentEvents], gazetteer: Gazetteer) -> list[Unit]:
    """Every person of every document, as units, in a deterministic order."""
    units: list[Unit] = []
    for doc in sorted(docs, key=lambda d: d.doc_id):
        by_key: dict[MentionKey, Unit] = {}
        doc_units: list[Unit] = []
        for frame in doc.events:
            date = frame.date or doc.published
            names = [compact(p.person.name) for p in frame.participants]
            for part in frame.participants:
                p = part.person
                mkey: MentionKey = (doc.doc_id, *p.span)
                latin = _latin_forms(p)  # (read once: forms, names and tokens below)
                forms = {compact(f) for f in latin}
                cjk = set(_cjk_forms(p))
                side = part.side or p.country
                office = office_of(p)
                unit = by_key.get(mkey) or _find_unit(doc_units, forms, cjk, side, office)
                if unit is None:
                    unit = Unit(doc.doc_id)
                    doc_units.append(unit)
                if mkey not in by_key:
                    unit.mentions.append(mkey)
                    unit.people.append(p)
                    by_key[mkey] = unit
                unit.forms |= forms
                unit.latin_names.update(latin)
                unit.token_forms.update(map(tokens, latin))
                unit.cjk |= cjk
                if side:
                    unit.sides.add(side)
                if date is not None:
                    unit.dates.add(date.iso)
                    unit.years.add(int(date.iso[:4]))
                if p.organization is not None:
                    org = p.organization
                    if org.key:
                        unit.org_keys.add(org.key)
                        unit.orgs.add(org_root(org.key, gazetteer))
                        unit.org_groups.add(org_group(org.key, gazetteer))
                    else:
                        unit.orgs.add("x:" + fold_name(org.name))
                        unit.org_groups.add(unknown_org_group(org.name, org.kind, org.country))
                    if org.country and not side:
                        unit.sides.add(org.country)
                unit.title_words |= _title_words(p.title)
                if office is not None:
                    unit.stated_offices.add(office)
                    if date is not None:
                        unit.offices.add((office, date.iso))
                if date is not None and len(date.iso) == 10:
                    unit.role_days |= {(role, date.iso) for role in title_roles(p.title)[0]}
                elif date is not None and len(date.iso) == 7:  # a meeting during a stay: "2024-11"
                    unit.role_months |= {(role, date.iso) for role in title_roles(p.title)[0]}
                own = compact(p.name)
                unit.co |= {n for n in names if n not in forms and n != own}
                for form in (p.name, p.native, *p.aliases):
                    entry = gazetteer.person(form, side, p.organization, p.title)
                    if entry is not None:
                        unit.kb.add(entry.name)
        _mark_unique_roles(doc_units)
        units.extend(doc_units)
    return units


def _mark_unique_roles(doc_units: list[Unit]) -> None:
    """A role one document gives a single person of a side on a day names that person there."""
    holders: dict[tuple[str | None, str, str], int] = {}
    for u in doc_units:
        for role_day in u.role_days:
            holders[(u.side, *role_day)] = holders.get((u.side, *role_day), 0) + 1
    for u in doc_units:
        u.unique_role_days = {rd for rd in u.role_days if u.side and holders[(u.side, *rd)] == 1}


def _find_unit(units: list[Unit], forms: set[str], cjk: set[str], side: str | None, office: str | None) -> Unit | None:
    """The unit of this document the mention belongs to: a name in common and no contrary side.

    One article naming 阿联酋总统穆罕默德 and 阿联酋副总统兼总理穆罕默德 names two people: a bare
    foreign name stated with another exclusive office starts a new unit."""
    for unit in units:
        if not (forms & unit.forms or cjk & unit.cjk) or (side and unit.side and side != unit.side):
            continue
        bare = unit.bare_names or (side not in (None, *_CHINESE) and any("·" not in c for c in cjk))
        if office is not None and bare and unit.stated_offices - {office}:
            continue
        return unit
    return None


_PAIR_FIELDS = ("offices", "role_days", "unique_role_days", "role_months")
_SET_FIELDS = ("sides", "dates", "orgs", "org_keys", "org_groups", "forms", "latin_names", "cjk", "title_words",
               "co", "kb", "stated_offices")
_SHARED_FIELDS = (*_SET_FIELDS, "years", "token_forms", *_PAIR_FIELDS, "_cjk_keys")  # (``Unit.shared``)


def unit_to_dict(u: Unit) -> dict[str, Any]:
    """A plain-JSON form of a unit (stored, so a later build need not read its document again).

    Of each mention only what matching reads is kept: names, aliases and how the name was obtained
    (titles and organisations are in the unit's other fields)."""
    out: dict[str, Any] = {name: sorted(getattr(u, name)) for name in _SET_FIELDS}
    out.update(
        doc_id=u.doc_id,
        mentions=[list(m[1:]) for m in u.mentions],
        people=[[p.name, p.native, list(p.aliases), p.name_source] for p in u.people],
        years=sorted(u.years),
        token_forms=sorted(list(t) for t in u.token_forms),
        **{name: sorted(list(o) for o in getattr(u, name)) for name in _PAIR_FIELDS},
    )
    return out


def unit_from_dict(d: dict[str, Any]) -> Unit:
    doc_id = d["doc_id"]
    u = Unit(
        doc_id,
        mentions=[(doc_id, int(a), int(b)) for a, b in d["mentions"]],
        people=[PersonMention(name, native, (a, b), tuple(aliases), name_source=source)
                for (name, native, aliases, source), (a, b) in zip(d["people"], d["mentions"], strict=True)],
        years={int(y) for y in d["years"]},
        token_forms={tuple(t) for t in d["token_forms"]},
    )
    for name in _PAIR_FIELDS:
        setattr(u, name, {(o[0], o[1]) for o in d.get(name, ())})
    for name in _SET_FIELDS:
        setattr(u, name, set(d[name]))
    return u._share_empty()
