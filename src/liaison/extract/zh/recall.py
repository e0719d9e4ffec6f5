"""The recall tier: exchanges the clause patterns leave unread, as web reports tell them.

A sentence with an exchange cue (会见, 会谈, 见面, 通电话, 致电, 致函, 设宴…) that names people no draft
holds gives one event per new counterpart, with confidence ``RECALL_CONFIDENCE``: "宋涛访朝期间，在17日
下午会见了…崔龙海，在18日会见了…李洙墉", "傍晚第一站行程是与国民党主席朱立伦见面", "4日一早，就陆续会见
了…温敏、…丹泰". A person is found by a title chain, or bare when the item named them with a title
before (连战, 宋涛), or by a short form (习主席: the 习近平 the item named). The other side is a person of
another side in the same sentence, else the host of the item's first event, else the first titled
person of that side the item named. Attributions (据韩联社报道，/ 新闻办报告称：“) are read through;
reported speech, past and planned meetings are not events. Mirrors the recall tier of ``latin``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from liaison.extract.assembly.confidence import RECALL_CONFIDENCE
from liaison.extract.prefilter import may_occur
from liaison.extract.zh.capacity import CHINESE_SIDES, bare_post
from liaison.extract.zh.countries import find_countries
from liaison.extract.zh.cues import cue, cue_source
from liaison.extract.zh.datelines import strip_dateline
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.dotted_names import dotted_name
from liaison.extract.zh.draft import Attendee, Draft, Reading, Side, is_foreign_pair
from liaison.extract.zh.kinds import is_remote, kind_of
from liaison.extract.zh.led_sides import led_delegation_side
from liaison.extract.zh.names import COMMON_SURNAMES, looks_chinese, plausible_name
from liaison.extract.zh.people import country_of, international_official, people_in
from liaison.extract.zh.places import find_place
from liaison.extract.zh.titles import HEAD_RE, ChainPerson
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import EventKind, FuzzyDate, Span

# an exchange cue: a meeting verb (its kind by ``kind_of``), a call, a message (group "message"), a banquet
_CUE = cue("recall_exchange")
_LEADS_CPC = cue("leads_cpc_delegation")
# where a phrase naming people ends: punctuation, asides, cues, prepositions and copulas, times
_SEPARATOR = cue("recall_separator")
_NOT_A_NAME = cue("recall_not_a_name")
_TIME_LEAD = cue("recall_time_lead")
_LIST_OPENER = cue("recall_list_opener")
# 据韩联社报道， / 韩联社称， / 统一俄罗斯党新闻办报告称：“ — who reports it, read through
_ATTRIBUTION = cue("recall_attribution")
_SPEECH = cue("recall_speech")
_SPEECH_OPENING = cue("speech_opening")
_NOT_HAPPENED = cue("recall_not_happened")
_PAST = cue("recall_past")
_ATTENDANCE = cue("recall_attendance")
_TRAVELLING = cue("recall_travelling")
_SHORT_FORM = cue("recall_short_form")
# 祝贺X当选… anywhere in a sentence (the clause patterns read it at the start of an object)
_CONGRATULATED = re.compile(cue_source("congratulated").removeprefix("^"))


@dataclass(frozen=True)
class Known:
    """A person the item names with a title, as the recall tier reads them again."""

    person: ChainPerson
    country: str | None
    international: bool


@dataclass(frozen=True)
class _Found:
    """One person found in a recall sentence: where, and which side."""

    person: ChainPerson
    country: str | None
    international: bool

    @property
    def side(self) -> str:
        """The country, "igo" for an international official; a Chinese name of no known side is
        taken as Chinese (常务副校长何毅亭), any other as "?"."""
        if self.international:
            return "igo"
        return self.country or ("CN" if looks_chinese(self.person.native) else "?")


def recall_tier(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """Drafts for the exchanges of cue sentences no clause pattern read, naming people no draft holds
    (the recall tier, confidence 0.5): "宋涛访朝期间，在17日下午会见了…崔龙海" gives 宋涛–崔龙海. A counterpart
    of an exchange already read (same host, same side, a date that agrees) joins that draft instead.
    Sentences of someone's words (李希表示，…), and those a draft was read from, are skipped."""
    claimed = {d.sentence for d in drafts}
    if not may_occur(_CUE, r.doc.text) or not any(
        _CUE.search(r.doc.text[a:b]) for a, b in r.sentences if (a, b) not in claimed and (a, b) not in r.headings
    ):
        return list(drafts)  # no cue sentence left to read
    kept: list[dict[str, Known]] = []

    def known() -> dict[str, Known]:
        """``known_people`` of the drafts given, read when a sentence first needs it (a cue sentence listing
        attendees, "王毅等参加会见", needs none: often the only one left)."""
        if not kept:
            kept.append(known_people(r, drafts))
        return kept[0]

    held = {p.native for d in drafts for p, _c in d.host.people + d.guest.people}
    held |= {a.person.native for d in drafts for a in d.attendees}
    first_host = _first_host(drafts)
    out = list(drafts)
    quoted = False
    for i, span in enumerate(r.sentences):
        if i == 0 or "\n" in r.doc.text[r.sentences[i - 1][1] : span[0] + 1]:
            quoted = False  # a new paragraph
        if span in r.headings or span in claimed or quoted:
            continue
        quoted = _SPEECH_OPENING.match(r.doc.text[span[0] : span[1]]) is not None  # (read only where it counts)
        met_after_cue: set[int] = set()
        for d in _sentence_drafts(r, span, known, held, first_host, out, met_after_cue):
            if (same := _same_exchange(d, out)) is not None and not _further(d, same, met_after_cue):
                _join(same, d)  # a counterpart of an exchange already read, named in a later sentence
            elif is_foreign_pair(d) or _attendees_only(d):
                out.append(d)
                held |= {p.native for p, _c in d.guest.people + d.host.people}
    return out


def _same_exchange(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The draft already read whose exchange ``d`` tells again: the same host and a counterpart of the
    same side (or one left unnamed), on a date that agrees."""
    hosts = {p.native for p, _c in d.host.people}
    for other in drafts:
        if other.confidence < 1.0 or not hosts & {p.native for p, _c in other.host.people}:
            continue
        if other.guest.people and other.guest.country != d.guest.country:
            continue
        if d.date is not None and other.date is not None and d.date != other.date:
            continue
        return other
    return None


def _join(into: Draft, d: Draft) -> None:
    """``d``'s counterparts join the draft of the same exchange; its sentence becomes evidence."""
    named = {p.native for p, _c in into.guest.people}
    into.guest.people += [(p, c) for p, c in d.guest.people if p.native not in named]
    if into.guest.country is None:
        into.guest.country = d.guest.country
    if d.sentence not in into.extra_evidence and d.sentence != into.sentence:
        into.extra_evidence.append(d.sentence)


def _first_host(drafts: list[Draft]) -> Side | None:
    return next((d.host for d in drafts if d.host.people), None)


def known_people(r: Reading, drafts: list[Draft]) -> dict[str, Known]:
    """Everyone the item names with a title (and the drafts' principals), by the name written."""
    known: dict[str, Known] = {}
    for d in drafts:
        for side in (d.host, d.guest):
            for p, c in side.people:
                if p.title and p.native not in known:
                    known[p.native] = Known(p, c or side.country, p.native in side.international)
    for p, own, k in _titled_known(r):
        had = known.get(p.native)
        if had is None or (len(p.title or "") > len(had.person.title or "") and had.country in (None, own)):
            known[p.native] = k
    return known


def _titled_known(r: Reading) -> list[tuple[ChainPerson, str | None, Known]]:
    """Everyone the item's sentences name with a title, in order, with the side their own words give
    (``country_of``) and as ``known_people`` knows them (read once per item: the passes ask for the people
    known again and again)."""
    if (cached := r.memo.get(("titled_known",))) is not None:
        return cached  # type: ignore[return-value]
    out: list[tuple[ChainPerson, str | None, Known]] = []
    for span in r.sentences:
        for p, _at in _titled(r, span[0], r.doc.text[span[0] : span[1]]):
            own = country = led_delegation_side(p, r.doc.text, p.span[1], r.gaz) or country_of(p, r.gaz)
            if country is None and _LEADS_CPC.match(r.doc.text, p.span[1]):
                country = "CN"  # 省委常委、省纪委书记黄先耀率中国共产党友好代表团…: the leader of a CPC delegation
            out.append((p, own, Known(p, country, international_official(p, r.gaz))))
    r.memo[("titled_known",)] = out
    return out


def _phrases(text: str, base: int, holding: re.Pattern[str]) -> list[tuple[int, str]]:
    """The phrases of ``text`` that may name people (with their offsets), leading times dropped, of those
    chunks between separators in which ``holding`` finds something (``HEAD_RE``: a post). (A phrase is the end
    of its chunk, and a pattern that finds nothing in the chunk, the text cut at its end, finds nothing in the
    phrase either: most chunks name no post, and are neither cut out nor stripped.)"""
    out: list[tuple[int, str]] = []
    pos = 0
    search = holding.search
    for m in _SEPARATOR.finditer(text):
        end = m.start()
        if m.end() - end == 1 and text[end] in _WORD_CHARS and _inside_name(text, end):
            continue  # 副院长辛向阳、 / 大使武东和等: a given name's character, not "towards" or "and"
        # (a shorter chunk, between two separators most often, holds no phrase)
        if end - pos >= 2 and search(text, pos, end) is not None:
            _phrase(text[pos:end], base + pos, out, pos > 0 and text[pos - 1] == "的")
        pos = m.end()
    if len(text) - pos >= 2 and search(text, pos) is not None:
        _phrase(text[pos:], base + pos, out, pos > 0 and text[pos - 1] == "的")
    return out


# one-character separators that also write given names (辛向阳, 武东和, 李同庆, 张为民, 王与之)
_WORD_CHARS = frozenset("向和同与为")
# where a titled name ends: a list's or clause's mark, 等 ("…武东和等"), 以及, 也, 一行, the end of the text
_NAME_END = re.compile(r"[、，,。；;：:\s]|等|以?及|也|一行|$")


def _inside_name(text: str, at: int) -> bool:
    """Whether the separator character at ``at`` is the second or third character of a three-character Chinese name
    right after a post and before the end of the name ("副院长辛向阳、", "大使武东和等")."""
    for start in (at - 1, at - 2):
        if start < 1 or text[start] not in COMMON_SURNAMES or not _NAME_END.match(text, start + 3):
            continue
        if not all("\u4e00" <= c <= "\u9fff" for c in text[start : start + 3]):
            continue
        if any(h.end() == start for h in HEAD_RE.finditer(text, max(0, start - 12), start)):
            return True
    return False


def _phrase(chunk: str, at: int, out: list[tuple[int, str]], after_de: bool = False) -> None:
    """``chunk`` (at ``at``) without its leading 、, a list's opener (the 有 of "出席会议的有A", ``after_de``: the
    separator before it was 的) and times, added to ``out`` when two characters are left."""
    stripped = chunk.lstrip("、") if chunk[0] == "、" else chunk
    opener = _LIST_OPENER.match(stripped) if after_de else None
    if opener is not None:
        stripped = stripped[opener.end() :]
    lead = _TIME_LEAD.match(stripped)
    cut = (lead.end() if lead else 0) + len(chunk) - len(stripped)
    if len(chunk) - cut >= 2:
        out.append((at + cut, chunk[cut:]))


def _titled(r: Reading, base: int, text: str) -> list[tuple[ChainPerson, int]]:
    """People named with a title chain in ``text`` (at ``base``), with their start (read once per item)."""
    key = ("titled", base, text)
    if (cached := r.memo.get(key)) is not None:
        return cached  # type: ignore[return-value]
    out: list[tuple[ChainPerson, int]] = []
    for at, phrase in _phrases(text, base, HEAD_RE) if may_occur(HEAD_RE, text) else ():
        if not HEAD_RE.search(phrase):
            continue  # no post named: nobody with a title chain (nor a post written after a name)
        for p in people_in(phrase, at, r.gaz, post=True):
            # a loose chain parse may bind any words to a title: the name must also read as one bare
            if p.title and not _NOT_A_NAME.search(p.native) and _bare_name(p.native, r.gaz):
                out.append((p, p.span[0]))
    r.memo[key] = out
    return out


def _bare_name(native: str, gaz: Gazetteer) -> bool:
    """Whether a titled name also reads as one bare: ``plausible_name``, or a name of parts joined by a name dot
    each reading as a name (艾力更·依明巴海: ``dotted_names``)."""
    return plausible_name(native, False, gaz) or (dotted_name(native, gaz) and plausible_name(native, True, gaz))


def phrases_people(r: Reading, base: int, text: str) -> list[ChainPerson]:
    """The people ``text`` (at ``base``) names with a title chain, phrase by phrase."""
    return [p for p, _at in _titled(r, base, text)]


def _occurrences(word: str, text: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, left to right, no two overlapping: ``re.finditer(re.escape(word), text)``'s
    starts, without compiling a pattern per name (more names than the module's cache of patterns holds)."""
    if not word:
        yield from range(len(text) + 1)
        return
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def _people(r: Reading, base: int, text: str, known: dict[str, Known]) -> list[_Found]:
    """Everyone ``text`` names: by a title chain, bare when named with a title before, by short form."""
    found: dict[int, _Found] = {}
    for p, at in _titled(r, base, text):
        led = led_delegation_side(p, r.doc.text, p.span[1], r.gaz)  # 以中央委员A为团长的柬埔寨人民党考察团
        found[at] = _Found(p, led or country_of(p, r.gaz), international_official(p, r.gaz))
    for native, k in known.items():
        for start in _occurrences(native, text):
            at = base + start
            if not any(f.person.span[0] <= at < f.person.span[1] for f in found.values()):
                bare = ChainPerson(native, (at, at + len(native)), k.person.title, None)
                found[at] = _Found(bare, k.country, k.international)
    for m in _CONGRATULATED.finditer(text):
        # 祝贺马英九当选中国国民党下任主席: the post taken is the title
        at = base + m.start("name")
        name = m.group("name")
        post_at = m.start("post") if m.group("post") else m.end()
        post = m.group("post") or _SEPARATOR.split(text[m.end() :], maxsplit=1)[0]
        if at not in found and post and plausible_name(name, False, r.gaz):
            person = ChainPerson(name, (at, at + len(name)), post, (base + post_at, base + post_at + len(post)))
            found[at] = _Found(person, country_of(person, r.gaz), international_official(person, r.gaz))
    for m in _SHORT_FORM.finditer(text):
        at = base + m.start()
        if at in found or any(f.person.span[0] <= at < f.person.span[1] for f in found.values()):
            continue
        full = [
            k
            for k in known.values()
            if k.person.native[0] == m.group("sur") and m.group("post") in (k.person.title or "")
        ]
        if len({k.person.native for k in full}) == 1:
            k = full[0]
            short = ChainPerson(k.person.native, (at, at + len(m.group(0))), k.person.title, None)
            found[at] = _Found(short, k.country, k.international)
    return _bare_posts_abroad([found[at] for at in sorted(found)], text, r)


def _bare_posts_abroad(people: list[_Found], text: str, r: Reading) -> list[_Found]:
    """A counterpart named by a post no country qualifies ("总理莫迪"), of no side or read as China's, beside a
    Chinese person whose post says so, in a sentence naming one foreign country ("…代表团访问印度，期间，韩正会见了
    总理莫迪等印度政要"): of that country, unless the people table knows them as Chinese."""
    sure = [f for f in people if f.country == "CN" and not bare_post(f.person.title, r.gaz)]
    if not sure or not may_occur(_BARE_POSTS, text) or "分别" in text:
        return people  # (分别和A、B互致贺电: pairs in order, which this tier does not keep)
    named = {iso for _s, _e, iso in find_countries(text) if iso not in CHINESE_SIDES}
    if len(named) != 1:
        return people
    (country,) = named
    out = []
    for f in people:
        entry = r.gaz.person(f.person.native)
        bare = f.country in (None, "CN") and f not in sure and _BARE_POSTS.match(f.person.title or "")
        if bare and not (entry is not None and entry.country == "CN"):
            f = _Found(f.person, country, f.international)
        out.append(f)
    return out


# the posts a foreign head of state or government is named by in a Chinese text without their country
_BARE_POSTS = re.compile(r"^(?:国家主席|主席|总统|总理|首相|总书记|国王|副总统|副总理|议长)$")


def _sentence_drafts(
    r: Reading,
    span: Span,
    known_now: Callable[[], dict[str, Known]],
    held: set[str],
    first_host: Side | None,
    drafts: list[Draft],
    met_after_cue: set[int],
) -> list[Draft]:
    """The recall drafts of one sentence; the ids of those whose new person follows the cue (met as the object
    of their own clause: "田纪云今天还会见了…埃文斯") go into ``met_after_cue``: a further exchange, not the one a
    draft already holds with someone else. (``known_now``: the people the item names with a title, read
    once a sentence needs them.)"""
    text = r.doc.text[span[0] : span[1]]
    if not may_occur(_CUE, text):
        return []  # (no cue in any part of it: the dateline and attribution are not read)
    start = strip_dateline(text)
    if (attributed := _ATTRIBUTION.match(text, start)) is not None:
        start = attributed.end()
    body = text[start:]
    if not _CUE.search(body):
        return []
    attended = _ATTENDANCE.search(body) is not None
    if attended and drafts:
        return []  # the attendees of an exchange already read
    base = span[0] + start
    known = known_now()
    people = _people(r, base, body, known)
    if not any(f.person.native not in held for f in people):
        return []
    if attended:
        return _attended(r, span, body, base, people)
    out: list[Draft] = []
    date: tuple[FuzzyDate, Span] | None = None
    pos = 0
    for clause in re.split(r"(?<=[，,；;])", body):
        at, pos = pos, pos + len(clause)
        cue = _CUE.search(clause)
        found = find_date(clause[: cue.start()] if cue else clause, r.doc.published, base + at)
        date = found or date
        if cue is None or not _happened(body[: at + cue.start()], r):
            continue
        kind: EventKind = "message" if cue.group("message") else kind_of(cue.group(0), clause)
        mine = [f for f in people if base + at <= f.person.span[0] < base + at + len(clause)]
        for new in mine:
            if new.person.native in held or _part_of_held(new.person.native, held):
                continue
            pair = _pair(new, people, mine, body, base, _visitors(new.side, drafts) or first_host, known)
            if pair is None:
                continue
            host, guest = pair
            when: tuple[FuzzyDate, Span | None] | None = date if date is not None else _first_date(drafts)
            place = _place(clause, base + at) or _place(body[: at + cue.start()], base)
            out.append(_draft(span, clause, kind, host, guest, when, place))
            if new.person.span[0] >= base + at + cue.end():
                met_after_cue.add(id(out[-1]))
            held |= {p.native for p, _c in out[-1].host.people + out[-1].guest.people}
    return out


def _attended(r: Reading, span: Span, body: str, base: int, people: list[_Found]) -> list[Draft]:
    """The one exchange of an attendance sentence when the item reads no other: "美国国务卿布林肯、财长耶伦；中共
    政治局委员兼外长王毅等出席会谈" (the talks told by no sentence naming their principals). Kept when the
    attendees are of two sides, China's and one known foreign side's; they are attendees, not leads (the
    principals are unnamed), and an undated sentence takes the last day the item told before it."""
    cue = _CUE.search(body)
    if cue is None or not _happened(body[: cue.start()], r):
        return []
    chinese = [f for f in people if f.side in CHINESE_SIDES]
    foreign = [f for f in people if f.side not in CHINESE_SIDES]
    if not chinese or not foreign or len({f.side for f in foreign}) != 1 or foreign[0].side in ("?", "igo"):
        return []
    kind: EventKind = "message" if cue.group("message") else kind_of(cue.group(0), body)
    when = find_date(body[: cue.start()], r.doc.published, base) or _told_before(r, span)
    place = _place(body[: cue.start()], base)
    d = Draft.found(kind, span, body, Side(country=chinese[0].side), Side(country=foreign[0].side), when, place,
                    confidence=RECALL_CONFIDENCE)
    d.attendees.extend(Attendee(f.person, f.country, False) for f in chinese + foreign)
    return [d]


def _attendees_only(d: Draft) -> bool:
    """An exchange of ``_attended``: no principal named, attendees of two sides (China hosts)."""
    return not d.host.people and not d.guest.people and bool(d.attendees) and d.host.country != d.guest.country


def _told_before(r: Reading, span: Span) -> tuple[FuzzyDate, Span] | None:
    """The last date the item's sentences tell before ``span`` (its dateline and heading lines aside)."""
    last = None
    for a, b in r.sentences:
        if a >= span[0]:
            break
        if (a, b) in r.headings:
            continue
        text = r.doc.text[a:b]
        start = strip_dateline(text)
        for m in re.finditer(r"[^，,；;]+", text[start:]):
            found = find_date(m.group(), r.doc.published, a + start + m.start())
            last = found or last
    return last


def _further(d: Draft, same: Draft, met_after_cue: set[int]) -> bool:
    """Whether ``d`` is a further exchange of the host of ``same``, not ``same`` told again: a sentence of its own
    whose new person is met after the cue ("田纪云今天还会见了…埃文斯") while ``same`` already holds a named
    counterpart. (Named in the sentence ``same`` was read from, the person is of that exchange.)"""
    if id(d) not in met_after_cue or not same.guest.people:
        return False
    (a0, a1), (b0, b1) = same.sentence, d.sentence
    return not (a0 <= b0 < a1 or b0 <= a0 < b1)


def _part_of_held(native: str, held: set[str]) -> bool:
    """The first part of a name already held (辛普森 of 辛普森－米勒, 威廉 of 威廉—亚历山大): the same person."""
    return any(h.startswith(native) and h[len(native) : len(native) + 1] in ("－", "-", "—", "·", "•") for h in held)


def _visitors(side: str, drafts: list[Draft]) -> Side | None:
    """The visiting side the hosts of ``side`` met last ("加拿大总理特鲁多接见了以朱穆之为团长的…代表团。…参议院议长
    弗格森…接见了中国新闻代表团"): a second host of the same country meets the same visitors."""
    for d in reversed(drafts):
        if d.host.country == side and d.guest.people and d.guest.country not in (None, side):
            return d.guest
    return None


def _happened(before: str, r: Reading) -> bool:
    """Whether what the cue tells happened: not someone's words, not planned, not recalled (by what
    the sentence says before the cue)."""
    if _NOT_HAPPENED.search(before) or _PAST.search(before):
        return False
    year = re.search(r"(\d{4})年", before)
    if year and r.doc.published is not None and int(year.group(1)) < int(r.doc.published.iso[:4]):
        return False
    return not _SPEECH.search(before)


def _pair(
    new: _Found,
    people: list[_Found],
    clause: list[_Found],
    text: str,
    base: int,
    first_host: Side | None,
    known: dict[str, Known],
) -> tuple[Side, list[_Found]] | None:
    """The two sides of the exchange ``new`` takes part in: ``new`` and the people of another side the
    sentence names (in ``new``'s clause first; not those listed with ``new``: 亚美尼亚总统X、乌克兰总统Y),
    else the item's first host, else the first person of another side the item named with a title
    (China for a foreign person). The Chinese side hosts."""

    def counterparts(pool: list[_Found]) -> list[_Found]:
        if new.side == "?":
            return [f for f in pool if f.side in CHINESE_SIDES]
        found = [f for f in pool if f.side not in (new.side, "?") and not _listed_with(new, f, text, base)]
        chinese = [f for f in found if f.side in CHINESE_SIDES]
        return chinese or found

    others = counterparts(clause) or counterparts(people)
    if others:
        side = others[0].side
        if CHINESE_SIDES.isdisjoint({side, new.side}):
            return None  # two foreign sides: left to the clause patterns
        team = [f for f in others if f.side == side]
        if new.side in CHINESE_SIDES:
            return _side([new]), team
        return _side(team), [new]
    if new.side in CHINESE_SIDES:
        return None
    if first_host is not None and (first_host.country or "CN") != new.side:
        if (first_host.country or "CN") not in CHINESE_SIDES:
            return None  # two foreign sides: left to the clause patterns
        return first_host, [new]
    if not _TRAVELLING.search(text):
        return None
    for k in known.values():
        if k.country == "CN" and not k.international:
            return Side(people=[(k.person, k.country)], country=k.country), [new]
    return None


def _listed_with(a: _Found, b: _Found, text: str, base: int) -> bool:
    """Whether ``a`` and ``b`` stand in one list (only chains and 、 between them): co-members of one
    side, not counterparts."""
    lo, hi = sorted((a.person.span, b.person.span))
    between = text[lo[1] - base : hi[0] - base]
    return bool(between) and "、" in between and _SEPARATOR.search(between.replace("、", "")) is None


def _side(team: list[_Found]) -> Side:
    first = team[0]
    return Side(
        people=[(f.person, f.country or (None if f.side in ("?", "igo") else f.side)) for f in team],
        country=None if first.side in ("?", "igo") else first.side,
        international={f.person.native for f in team if f.international},
    )


def _first_date(drafts: list[Draft]) -> tuple[FuzzyDate, Span | None] | None:
    """The date of the item's first dated exchange: a later sentence telling another of its exchanges
    without a date of its own ("在与克里斯琴的会谈中") is of that day."""
    first = next((d for d in drafts if d.date is not None), None)
    if first is None or first.date is None:
        return None
    return first.date, first.date_span


def _place(text: str, at: int) -> tuple[str, Span] | None:
    return find_place(text, at)


def _draft(
    span: Span,
    clause: str,
    kind: EventKind,
    host: Side,
    guest: list[_Found],
    date: tuple[FuzzyDate, Span | None] | None,
    place: tuple[str, Span] | None,
) -> Draft:
    side = _side(guest)
    remote = kind == "message" or is_remote(kind, clause)
    if remote:
        place = None
    return Draft.found(kind, span, clause, host, side, date, place, confidence=RECALL_CONFIDENCE)


__all__ = ["Known", "known_people", "phrases_people", "recall_tier"]
