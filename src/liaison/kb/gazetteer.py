"""The knowledge base: parties, party/state bodies and known people, written by us as TOML data.

Every ``*.toml`` file in ``liaison/kb/data`` is loaded, then every file in the directories listed
in ``$LIAISON_KB`` (``os.pathsep``-separated), so users extend it without touching the package.

For evaluation only, ``$LIAISON_UNKNOWN_PEOPLE`` (``os.pathsep``-separated article files, JSON lines with
``text``/``title``, optionally gzipped, or plain text) makes every person those texts name unknown: the
person entries, party-leader terms and name parts any of whose forms occurs in them are dropped
(``forget_people``), so a gold set's people are read as a blind article's are (``liaison eval
--unknown-people``). Never set by default.
Entries with the same ``id`` merge: aliases are united, later scalar fields win.

Org entry::

    [[org]]
    id = "cpc"
    name = "Communist Party of China"
    abbr = "CPC"
    kind = "party"            # party | party_body | state | legislature | other
    country = "CN"
    parent = "..."            # optional id of the body it hangs under
    aliases = ["Chinese Communist Party", "中国共产党", "Partido Comunista de China"]

Person entry (known romanisations, e.g. foreign names written in Chinese)::

    [[person]]
    name = "To Lam"
    native = ["苏林"]
    aliases = ["Tô Lâm"]
    country = "VN"
    party = "cpv"             # optional id of the party whose leader/official the person is
                              # (general knowledge, e.g. CPC leaders styled by state titles)
    name_es = "Tô Lâm"        # optional Spanish form where it differs
    wikidata = "Q…"           # optional
    org = "un"                # optional: the international body whose official the person is
                              # (such a person has no country)
    local = ["林"]            # optional: forms naming the person only on their own side (the
                              # country, or ``org``): a surname alone, 桑切斯 for Spain's premier
    in_party = ["德索萨"]     # optional: forms naming the person only when said with a post of
                              # their ``party`` (葡萄牙共产党总书记德索萨 is not Portugal's president)

Party leader entry (who held a party's top post when, from general knowledge; ``to`` absent while in
office; ``person`` is the name the people tables or the press give)::

    [[party_leader]]
    person = "Nicolás Maduro"
    party = "psuv"
    post = "President"
    from = "2014-07-31"
    to = "…"                  # optional

``person = [{name = …}, …]`` (one inline table a line) is read the same way. A name part (a foreign
surname or given name alone, shared by several people) has its usual Latin form without naming
anyone: ``[[name_part]]`` with ``native = "扎帕罗夫"``, ``name = "Japarov"``.
"""

from __future__ import annotations

import copy
import gzip
import json
import os
import re
import tomllib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from liaison.kb.alternation import Alternation
from liaison.kb.countries import alpha3, code_of, record_name
from liaison.kb.parsed import read_toml
from liaison.model.types import OrgRef, Span

DATA_DIR = Path(__file__).parent / "data"
_CJK = re.compile(r"[\u3400-\u9fff]")
_COUNTRY_QUALIFIER = re.compile(r"^(.+?)\s+\(([^()]+)\)$")
_FOUND_KEPT, _FOUND_LENGTH = 8192, 120  # texts (up to so many characters) whose organisations ``find_orgs`` keeps
_PERSONS_KEPT = 4096  # questions to ``Gazetteer.person`` whose answers are kept
_UNASKED = object()
_LONG_KEPT = 4  # and longer texts (a whole article, read again for each of its events)


@dataclass(frozen=True)
class OrgEntry:
    id: str
    name: str
    kind: str
    country: str | None
    abbr: str | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    partyfacts_id: int | None = None

    def ref(self, span: Span | None = None) -> OrgRef:
        return OrgRef(
            key=self.id,
            name=self.name,
            kind=self.kind,  # type: ignore[arg-type]
            country=self.country,
            abbr=self.abbr,
            aliases=self.aliases + self.usual_names(),
            parent=self.parent,
            span=span,
        )

    def usual_names(self) -> tuple[str, ...]:
        """The usual name a country in brackets tells apart ("Labour Party (Malta)" -> "Labour Party"): an
        alias of the records, never a surface form (several parties share it)."""
        m = _COUNTRY_QUALIFIER.match(self.name)
        if m is None or not self.country:
            return ()
        country = (record_name(self.country) or "").removeprefix("the ")
        return (m.group(1),) if fold(m.group(2)) == fold(country) and m.group(1) not in self.aliases else ()

    def surface_forms(self) -> tuple[str, ...]:
        forms = [self.name, *self.aliases]
        if self.abbr:
            forms.append(self.abbr)
        return tuple(dict.fromkeys(f for f in forms if f))


@dataclass(frozen=True)
class PersonEntry:
    name: str
    native: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    country: str | None = None
    party: str | None = None  # id of the party the person is a known leader/official of
    org: str | None = None  # id of the international body the person is an official of
    wikidata: str | None = None
    name_es: str | None = None
    local: tuple[str, ...] = ()  # forms naming the person only on their own side (country or org)
    in_party: tuple[str, ...] = ()  # forms naming the person only with a post of their ``party``
    died: str | None = None  # ISO date (or prefix) of death: named in a later article, only remembered

    def dead_by(self, when: str | None) -> bool:
        """Whether the person had died before ``when`` (an ISO date or prefix): "homenajes a Simón Bolívar y
        Hugo Chávez", "a herencia de Fidel Castro Ruz y Ho Chi Minh" in 2025 name no one who took part."""
        return bool(self.died and when and when[: len(self.died)] > self.died)

    def forms(self) -> tuple[str, ...]:
        """Every form that names the person anywhere."""
        return (self.name, *self.native, *self.aliases, *((self.name_es,) if self.name_es else ()))

    @property
    def scopes(self) -> tuple[str, ...]:
        """The sides the ``local`` forms are read on: the country and the organisation."""
        return tuple(s for s in (self.country, self.org) if s)


@dataclass(frozen=True)
class PartyLeader:
    """A person's term in a party's top post: ``start`` and ``end`` are ISO dates (``end`` None: in office)."""

    person: str
    party: str
    post: str
    start: str
    end: str | None = None

    def held_on(self, when: str) -> bool:
        """Whether the term covers the ISO prefix ``when`` (a day, month or year), compared at its precision."""
        n = len(when)
        return self.start[:n] <= when and (self.end is None or when <= self.end[:n])


@dataclass
class Gazetteer:
    """Lookup of organisations and known people by any of their surface forms, and of the hierarchy of
    organisations (``party_of``, ``government``, ``legislature``)."""

    orgs: dict[str, OrgEntry] = field(default_factory=dict)
    people: list[PersonEntry] = field(default_factory=list)
    _by_form: dict[str, str] = field(default_factory=dict, repr=False)
    _latin: Alternation | None = field(default=None, repr=False)  # the Latin forms, words on their own
    _cjk: Alternation | None = field(default=None, repr=False)  # the Chinese forms, anywhere
    _person_by_form: dict[str, PersonEntry] = field(default_factory=dict, repr=False)
    _person_local: dict[tuple[str, str], PersonEntry] = field(default_factory=dict, repr=False)
    _person_party: dict[tuple[str, str], PersonEntry] = field(default_factory=dict, repr=False)
    name_parts: dict[str, str] = field(default_factory=dict)  # a name part as written -> Latin form
    party_leaders: dict[str, list[PartyLeader]] = field(default_factory=dict)  # folded person name -> terms
    _local: dict[str, str] = field(default_factory=dict, repr=False)  # form -> id, winning over _by_form
    _views: dict[frozenset[tuple[str, str]], Gazetteer] = field(default_factory=dict, repr=False)
    _found: dict[str, tuple[tuple[Span, OrgEntry], ...]] = field(default_factory=dict, repr=False)  # find_orgs'
    _found_long: dict[str, tuple[tuple[Span, OrgEntry], ...]] = field(default_factory=dict, repr=False)
    # ``person``'s answers (shared with the views, which share the tables it reads; emptied when they change)
    _persons: dict[tuple[str, str | None, OrgRef | None, str | None], PersonEntry | None] = field(
        default_factory=dict, repr=False, compare=False)
    # what is read from every organisation, kept for the ``orgs`` dict it was read from (``_kept_orgs``; shared
    # with the views, which share that dict; emptied when an organisation is added): ``_top_body``'s answers by
    # (country, kind, word), and each parent's bodies (``children``; read all at once, the one item of the list)
    _bodies: dict[tuple[str, str, str], OrgEntry | None] = field(default_factory=dict, repr=False, compare=False)
    _children: list[dict[str, list[OrgEntry]]] = field(default_factory=list, repr=False, compare=False)
    _bodies_of: list[dict[str, OrgEntry]] = field(default_factory=list, repr=False, compare=False)

    # -- building -----------------------------------------------------------------------
    def add_org(self, entry: OrgEntry) -> None:
        old = self.orgs.get(entry.id)
        if old is not None:
            aliases = tuple(dict.fromkeys((*old.aliases, *entry.aliases)))
            entry = replace(
                entry,
                aliases=aliases,
                abbr=entry.abbr or old.abbr,
                parent=entry.parent or old.parent,
                partyfacts_id=entry.partyfacts_id or old.partyfacts_id,
            )
        self.orgs[entry.id] = entry
        self._latin = self._cjk = None
        self._persons.clear()
        self._bodies.clear()
        self._children.clear()

    def add_person(self, entry: PersonEntry) -> None:
        """Add a known person; an entry with the same canonical name merges into the earlier one."""
        self._persons.clear()
        old = self._person_by_form.get(fold(entry.name))
        if old is not None and fold(old.name) == fold(entry.name):
            merged = PersonEntry(
                name=old.name,
                native=tuple(dict.fromkeys((*old.native, *entry.native))),
                aliases=tuple(dict.fromkeys((*old.aliases, *entry.aliases))),
                country=old.country or entry.country,
                party=old.party or entry.party,
                org=old.org or entry.org,
                wikidata=old.wikidata or entry.wikidata,
                name_es=old.name_es or entry.name_es,
                local=tuple(dict.fromkeys((*old.local, *entry.local))),
                in_party=tuple(dict.fromkeys((*old.in_party, *entry.in_party))),
                died=old.died or entry.died,
            )
            at = next(i for i, p in enumerate(self.people) if p is old)  # not list.index: no field-by-field ==
            self.people[at] = merged
            for table in (self._person_local, self._person_party):
                for key, known in list(table.items()):
                    if known is old:
                        table[key] = merged
            entry = merged
        else:
            self.people.append(entry)
        for form in entry.forms():
            self._person_by_form[fold(form)] = entry
        for scope in entry.scopes:
            for form in entry.local:
                self._person_local[(fold(form), scope)] = entry
        if entry.party:
            for form in entry.in_party:
                self._person_party[(fold(form), entry.party)] = entry

    def _index(self) -> None:
        self._by_form = {}
        self._found = {}  # (a view's own: ``with_forms`` copies the dict's owner)
        self._found_long = {}
        latin: list[str] = []
        cjk: list[str] = []
        for entry in self.orgs.values():
            for form in entry.surface_forms():
                key = form if _is_abbr(form) else fold(form)
                self._by_form.setdefault(key, entry.id)
                (cjk if _CJK.search(form) else latin).append(form)
        for form, key in self._local.items():
            self._by_form[form if _is_abbr(form) else fold(form)] = key
            (cjk if _CJK.search(form) else latin).append(form)
        latin.sort(key=len, reverse=True)
        cjk.sort(key=len, reverse=True)
        self._latin = Alternation(latin_alternatives(latin), *LATIN_BOUNDS) if latin else None
        self._cjk = Alternation([(re.escape(f[0]), re.escape(f)) for f in dict.fromkeys(cjk)]) if cjk else None

    def with_forms(self, forms: dict[str, str]) -> Gazetteer:
        """A view in which each surface form names the entry of the given id ("PCC" -> "cpc": an
        abbreviation as one language or one article reads it). Views are cached, entries shared."""
        key = frozenset((f, i) for f, i in forms.items() if i in self.orgs)
        if not key:
            return self
        view = self._views.get(key)
        if view is None:
            view = copy.copy(self)  # entries and people tables shared; the organisation index rebuilt
            view._by_form, view._latin, view._cjk, view._views = {}, None, None, {}
            view._local = {**self._local, **dict(key)}
            self._views[key] = view
        return view

    # -- lookup -------------------------------------------------------------------------
    def org(self, key: str) -> OrgEntry | None:
        return self.orgs.get(key)

    def lookup_org(self, form: str) -> OrgEntry | None:
        """The entry one surface form names, exactly (case-folded for non-abbreviations)."""
        if self._latin is None and self._cjk is None:
            self._index()
        key = self._by_form.get(form.strip()) or self._by_form.get(fold(form))
        return self.orgs.get(key) if key else None

    def find_orgs(self, text: str) -> Iterator[tuple[Span, OrgEntry]]:
        """Every non-overlapping mention of a known organisation, longest match first. (Kept per text
        until the index changes: the extractors read the same title chains in item after item.)"""
        if self._latin is None and self._cjk is None:
            self._index()
        kept, most = (self._found, _FOUND_KEPT) if len(text) <= _FOUND_LENGTH else (self._found_long, _LONG_KEPT)
        found = kept.get(text)
        if found is None:
            if len(kept) >= most:
                kept.clear()
            found = kept[text] = tuple(self._find_orgs(text))
        return iter(found)

    def _find_orgs(self, text: str) -> Iterator[tuple[Span, OrgEntry]]:
        hits: list[tuple[Span, OrgEntry]] = []
        for forms in (self._latin, self._cjk):
            if forms is None:
                continue
            for m in forms.finditer(text):
                entry = self.lookup_org(_SPACES.sub(" ", m.group(0)).replace("’", "'"))
                if entry is not None:
                    hits.append(((m.start(), m.end()), entry))
        hits.sort(key=lambda h: (h[0][0], -(h[0][1] - h[0][0])))
        last_end = -1
        for span, entry in hits:
            if span[0] >= last_end:
                last_end = span[1]
                yield span, entry

    def person(
        self, form: str, side: str | None = None, post: OrgRef | None = None, said: str | None = None
    ) -> PersonEntry | None:
        """The known person a form names; with ``side`` (a country or organisation id) also the
        forms that name someone only on that side (a surname alone); with ``post`` (the
        organisation of the post the text gives the holder) the forms naming someone only in a
        post of their party.

        A bare form (a surname alone) must agree with what the text says of its holder:
        - the country: said of someone of another country (a Cape Verdean 席尔瓦, Colombia's
          foreign minister 穆里略) it names someone else. International officials (``org``) and
          full forms (马塞洛·德索萨, the Latin name) are not held to the side, nor a holder whose
          title as written (``said``) names the person's own country (缅甸国务资政昂山素季、匈牙利总理
          欧尔班: a chain running two people together gave the side);
        - the party: with a post of a party, the person who leads or serves that party under
          this form (``in_party``: 葡萄牙共产党总书记德索萨 is Jerónimo de Sousa), and never a person
          the table knows in another party (塞拉利昂人民党总书记科罗马 is not the APC's Koroma).

        Answers are kept, for the last ``_PERSONS_KEPT`` questions, until a person or organisation is added:
        the extractors' passes and resolution ask again of the same mention, with the same side, post and
        title (习近平 as CN, 苏林 with the CPV's post), some six times each."""
        asked = (form, side, post, said)
        kept = self._persons
        try:
            entry = kept.get(asked, _UNASKED)
        except TypeError:  # (a post made with unhashable fields: asked afresh)
            return self._person(form, side, post, said)
        if entry is _UNASKED:
            if len(kept) >= _PERSONS_KEPT:
                kept.clear()
            entry = kept[asked] = self._person(form, side, post, said)
        return entry  # type: ignore[return-value]

    def _person(self, form: str, side: str | None, post: OrgRef | None, said: str | None) -> PersonEntry | None:
        key = fold(form)
        party = self._party_of_post(post)
        if party is not None and (specific := self._person_party.get((key, party[0]))) is not None:
            return specific
        entry = self._person_by_form.get(key)
        if entry is not None and _bare(form, entry) and (
            (side and _other_country(entry, side) and not _names_country(said, entry.country))
            or (party and _other_party(entry, *party))
        ):
            entry = None
        if entry is None and side:
            entry = self._person_local.get((key, side))
        return entry

    def party_led(self, forms: Iterable[str], when: str | None) -> OrgEntry | None:
        """The party whose top post the person named by one of ``forms`` held at ``when`` (an ISO prefix),
        by the ``[[party_leader]]`` table: Nicolás Maduro in 2024 -> the PSUV; None without a date."""
        if not when:
            return None
        for form in forms:
            entry = self._person_by_form.get(fold(form))
            for name in dict.fromkeys((entry.name if entry is not None else form, form)):
                for term in self.party_leaders.get(fold(name), ()):
                    if term.held_on(when) and (party := self.orgs.get(term.party)) is not None:
                        return party
        return None

    def _party_of_post(self, post: OrgRef | None) -> tuple[str, str | None] | None:
        """(id, country) of the party a post belongs to (a party body's party), None for other posts."""
        if post is None:
            return None
        party = self.party_of(post)
        if party is not None:
            return party.id, party.country
        return (post.key, post.country) if post.kind == "party" and post.key else None

    def parties(self) -> Iterable[OrgEntry]:
        return (o for o in self.orgs.values() if o.kind == "party")

    # -- hierarchy ----------------------------------------------------------------------
    def chain(self, org: str | OrgEntry | OrgRef | None) -> Iterator[OrgEntry]:
        """An organisation and the bodies above it, upwards (IDCPC, CPC Central Committee, CPC).

        ``org`` is a key, an entry, or a reference: one outside the gazetteer (``key`` None) starts
        from its ``parent``. The chain ends at an unknown key, at the top, or before a repeat."""
        if isinstance(org, OrgRef):
            org = org.key or org.parent
        cur = self.orgs.get(org) if isinstance(org, str) else org
        seen: set[str] = set()
        while cur is not None and cur.id not in seen:
            yield cur
            seen.add(cur.id)
            cur = self.orgs.get(cur.parent) if cur.parent else None

    def party_of(self, org: str | OrgEntry | OrgRef | None) -> OrgEntry | None:
        """The party an organisation is or hangs under (the IDCPC -> the CPC); None if none is known."""
        return next((o for o in self.chain(org) if o.kind == "party"), None)

    def children(self, key: str) -> list[OrgEntry]:
        """The bodies directly under an organisation, in gazetteer order. (Every organisation's, read at once on
        first use and kept: the extractors ask it of a party in item after item.)"""
        self._kept_orgs()
        if not self._children:
            under: dict[str, list[OrgEntry]] = {}
            for o in self.orgs.values():
                if o.parent is not None:
                    under.setdefault(o.parent, []).append(o)
            self._children.append(under)
        return list(self._children[0].get(key, ()))

    def _kept_orgs(self) -> None:
        """Forget what is kept of the organisations (``_bodies``, ``_children``) when it was read from another
        ``orgs`` dict."""
        if not self._bodies_of or self._bodies_of[0] is not self.orgs:
            self._bodies.clear()
            self._children.clear()
            self._bodies_of[:] = [self.orgs]

    def government(self, country: str) -> OrgEntry | None:
        """The government of a country: a state body with "government" in its name, top-level and
        then shortest name first; embassies (ids ``xx_embassy_yy``) are none."""
        return self._top_body(country, "state", "government")

    def legislature(self, country: str) -> OrgEntry | None:
        """The legislature of a country: a top-level one and then the shortest name first."""
        return self._top_body(country, "legislature", "")

    def _top_body(self, country: str, kind: str, word: str) -> OrgEntry | None:
        """The top-level body of ``kind`` of a country whose name holds ``word``, shortest name first. (Kept per
        question until an organisation is added: the assembly asks it for every participant of a state or
        legislature exchange with no organisation of his own, and it reads every organisation.)"""
        self._kept_orgs()
        kept = self._bodies
        asked = (country, kind, word)
        if asked not in kept:
            kept[asked] = self._read_top_body(country, kind, word)
        return kept[asked]

    def _read_top_body(self, country: str, kind: str, word: str) -> OrgEntry | None:
        cands = [
            o
            for o in self.orgs.values()
            if o.kind == kind and o.country == country and word in o.name.lower() and "embassy" not in o.id
        ]
        return min(cands, key=lambda o: (o.parent is not None, len(o.name))) if cands else None


_SPACES = re.compile(r"\s+")


def _other_country(entry: PersonEntry, side: str) -> bool:
    """The side is a country other than the person's own. International officials act for their body;
    a Chinese name written in full (李克强) is no surname alone; and a foreign name said of a Chinese
    side (克里 styled only 国务卿) is a guest whose side the text left unsaid, not a Chinese namesake."""
    return (bool(entry.country) and entry.country not in _CHINESE_SIDES and not entry.org
            and side != entry.country and side not in _CHINESE_SIDES and _is_country(side))


def _names_country(text: str | None, country: str | None) -> bool:
    """Whether ``text`` (a title as written) names ``country`` (匈牙利 in ``…、匈牙利总理``)."""
    if not text or not country:
        return False
    return _title_names_country(text, country)


@lru_cache(maxsize=1 << 15)
def _title_names_country(text: str, country: str) -> bool:
    """``_names_country`` for a title and a country, remembered: the same titles come back in every
    report, and each asks ``code_of`` about some 50 substrings (a lookup that transliterates)."""
    for i in range(len(text) - 1):
        for j in range(i + 2, min(len(text), i + 10) + 1):
            if code_of(text[i:j]) == country:
                return True
    return False


def _is_country(side: str) -> bool:
    """An ISO country code ("AU"), not an organisation id ("au", the African Union)."""
    return len(side) == 2 and side.isupper() and alpha3(side) is not None


_CHINESE_SIDES = frozenset({"CN", "TW", "HK", "MO"})


def _other_party(entry: PersonEntry, party: str, country: str | None) -> bool:
    """The post is in a party of the person's country other than the one the table knows them in (a
    party of another country is a misread post, 中联部 of the Lao party read as the CPC's)."""
    return bool(entry.party) and party != entry.party and (country is None or country == entry.country)


def _bare(form: str, entry: PersonEntry) -> bool:
    """A Chinese form that is one word (no ``·``) while the person's Latin name has several."""
    return bool(_CJK.search(form)) and not _PART_SEP.search(form) and len(entry.name.split()) > 1


_PART_SEP = re.compile(r"[·•・\-－]")


LATIN_BOUNDS = (r"(?<![\w-])", r"(?![\w-])")  # a Latin form is found as a word of its own


def latin_alternatives(forms: list[str]) -> list[tuple[str, str]]:
    """(first unit, pattern) of each Latin form, in order (``Alternation``): any run of spaces for a
    space, either apostrophe for one; case-insensitive except abbreviations."""
    out = []
    for form in dict.fromkeys(f for f in forms if f):
        first, pattern = (re.escape(part).replace(r"\ ", r"\s+").replace("'", "['’]") for part in (form[0], form))
        out.append((first, pattern) if _is_abbr(form) else (f"(?i:{first})", f"(?i:{pattern})"))
    return out


@lru_cache(maxsize=1 << 13)
def fold(text: str) -> str:
    """Case- and space-insensitive key for surface forms. (Remembered for the last few thousand forms: the
    people table is asked of the same names, 习近平, item after item, some five times per item read.)"""
    return _SPACES.sub(" ", text.replace("’", "'")).strip().casefold()


def _is_abbr(form: str) -> bool:
    return len(form) <= 6 and form.isupper() and form.isascii()


def _load_file(gaz: Gazetteer, path: Path) -> None:
    try:
        data = read_toml(path)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path}: cannot read knowledge-base file: {exc}") from exc
    for raw in data.get("org", []):
        try:
            gaz.add_org(
                OrgEntry(
                    id=raw["id"],
                    name=raw["name"],
                    kind=raw.get("kind", "party"),
                    country=raw.get("country"),
                    abbr=raw.get("abbr"),
                    parent=raw.get("parent"),
                    aliases=tuple(raw.get("aliases", ())),
                    partyfacts_id=raw.get("partyfacts_id"),
                )
            )
        except KeyError as exc:
            raise ValueError(f"{path}: org entry without {exc}: {raw}") from exc
    for raw in data.get("person", []):
        try:
            gaz.add_person(
                PersonEntry(
                    name=raw["name"],
                    native=_strings(raw.get("native", ())),
                    aliases=_strings(raw.get("aliases", ())),
                    country=raw.get("country"),
                    party=raw.get("party"),
                    org=raw.get("org"),
                    wikidata=raw.get("wikidata"),
                    name_es=raw.get("name_es"),
                    local=_strings(raw.get("local", ())),
                    in_party=_strings(raw.get("in_party", ())),
                    died=str(raw["died"]) if raw.get("died") else None,
                )
            )
        except KeyError as exc:
            raise ValueError(f"{path}: person entry without {exc}: {raw}") from exc
    for raw in data.get("party_leader", []):
        try:
            term = PartyLeader(person=raw["person"], party=raw["party"], post=raw.get("post", ""),
                               start=str(raw["from"]), end=str(raw["to"]) if raw.get("to") else None)
        except KeyError as exc:
            raise ValueError(f"{path}: party_leader entry without {exc}: {raw}") from exc
        gaz.party_leaders.setdefault(fold(term.person), []).append(term)
    for raw in data.get("name_part", []):
        try:
            for native in _strings(raw["native"]):
                gaz.name_parts[native] = raw["name"]
        except KeyError as exc:
            raise ValueError(f"{path}: name_part entry without {exc}: {raw}") from exc


def _strings(value: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


UNKNOWN_PEOPLE_ENV = "LIAISON_UNKNOWN_PEOPLE"


def _texts_of(path: Path) -> Iterator[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        if ".jsonl" not in path.name:
            yield fh.read()
            return
        for line in fh:
            if line.strip():
                record = json.loads(line)
                yield "\n".join(str(record.get(k) or "") for k in ("title", "text"))


def _occurs(form: str, folded: str, raw: str) -> bool:
    """Whether ``form`` is said in the texts: a Chinese form of two characters or more anywhere, a Latin
    form as a word of its own (any case, any run of spaces)."""
    if _CJK.search(form):
        return len(form) >= 2 and form in raw
    key = fold(form)
    if len(key) < 2 or key not in folded:
        return False
    _, pattern = latin_alternatives([form])[0]
    return re.search(LATIN_BOUNDS[0] + pattern + LATIN_BOUNDS[1], raw) is not None


def forget_people(gaz: Gazetteer, texts: Iterable[str]) -> Gazetteer:
    """A copy of ``gaz`` (organisations shared) without the people ``texts`` name, for evaluation only: a
    person entry any of whose forms (name, native, aliases, Spanish, local, in-party forms) occurs is
    dropped with the ``[[party_leader]]`` terms of those forms, and so are the ``[[name_part]]`` entries
    said in the texts. "Liu Jianchao" or 刘建超 in a real-dev article: read as an unknown name."""
    raw = "\n".join(texts)
    folded = fold(raw)
    out = Gazetteer(orgs=gaz.orgs)
    forgotten: set[str] = set()
    for entry in gaz.people:
        forms = (*entry.forms(), *entry.local, *entry.in_party)
        if any(_occurs(f, folded, raw) for f in forms if f):
            forgotten.update(fold(f) for f in forms if f)
        else:
            out.add_person(entry)
    out.party_leaders = {
        k: v for k, v in gaz.party_leaders.items() if k not in forgotten and not _occurs(v[0].person, folded, raw)
    }
    out.name_parts = {k: v for k, v in gaz.name_parts.items() if not _occurs(k, folded, raw)}
    return out


def load_gazetteer(extra_dirs: Iterable[Path] = ()) -> Gazetteer:
    """Load the bundled data, then ``$LIAISON_KB`` directories, then ``extra_dirs``; with
    ``$LIAISON_UNKNOWN_PEOPLE`` (evaluation only), without the people its texts name."""
    gaz = Gazetteer()
    dirs = [DATA_DIR]
    env = os.environ.get("LIAISON_KB")
    if env:
        dirs += [Path(p) for p in env.split(os.pathsep) if p]
    dirs += list(extra_dirs)
    for d in dirs:
        files = [d] if d.is_file() else sorted(d.glob("*.toml"))
        for path in files:
            _load_file(gaz, path)
    unknown = os.environ.get(UNKNOWN_PEOPLE_ENV)
    if unknown:
        paths = [Path(p) for p in unknown.split(os.pathsep) if p]
        gaz = forget_people(gaz, (t for p in paths for t in _texts_of(p)))
    return gaz


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (bundled data plus ``$LIAISON_KB``)."""
    return load_gazetteer()


@contextmanager
def people_forgotten(texts: Path) -> Iterator[None]:
    """Evaluation only: inside the block this process, and the workers it starts, load the gazetteer without
    the people the articles of ``texts`` (JSON lines) name (``$LIAISON_UNKNOWN_PEOPLE``, ``forget_people``)."""
    os.environ[UNKNOWN_PEOPLE_ENV] = str(texts)
    default_gazetteer.cache_clear()
    try:
        yield
    finally:
        os.environ.pop(UNKNOWN_PEOPLE_ENV, None)
        default_gazetteer.cache_clear()
