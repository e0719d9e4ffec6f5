"""Sentences to events: the first cue sentence naming people is the trigger; later ones add
counterparts ("separately met A and B"), sequels ("also met C", "the next day"), co-principals,
attendance lists, and, as the recall tier, any other cue sentence naming new people."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from itertools import pairwise

from liaison.extract.latin.acts import several_acts
from liaison.extract.latin.attendance import is_attendance
from liaison.extract.latin.context import (
    Group,
    Seat,
    _Doc,
    _present,
    _principals,
    _referenced,
    _seat_all,
    _seat_members,
    _short_form_at,
    country_guess,
    is_source,
)
from liaison.extract.latin.dates import find_event_date
from liaison.extract.latin.delegates import carry_delegation
from liaison.extract.latin.framed import framed_exchange, umbrella
from liaison.extract.latin.kind_context import fallback_kind
from liaison.extract.latin.kinds import KindCue, act_to_come, announced, find_kind, is_future, is_remote
from liaison.extract.latin.mentions import Person
from liaison.extract.latin.one_sided import lede_speaker, seminar_cue, visitor_act, visitor_seminar
from liaison.extract.latin.pairs import pair_act
from liaison.extract.latin.places import city_country
from liaison.extract.latin.roundups import REMOTE_ONE_EACH, call_sequel, remote_apart, roundup_addressee
from liaison.extract.latin.visitors import object_is_visitor, side_named, unnamed_visitor
from liaison.model.kinds import remote_by_default
from liaison.model.types import (
    FuzzyDate,
)

# How far a seminar's cue naming nobody carries over to its speaker, over sentences naming nobody.
_CARRY_OVER = 4


def _carries_over(ctx: _Doc, pending: tuple[int, KindCue], i: int, quiet: bool, present: list[Person]) -> bool:
    """Whether the cue of sentence ``pending``, naming nobody, is the act of the people sentence ``i`` names
    first: the next sentence ("A seminar was held ... The opening was given by A and B"), or, for a seminar,
    a few sentences on when those between name nobody and ``i``'s first person speaks (``cues.speech``,
    ``cues.speaker``) -- a briefing told by its host body, its speaker named after the setting ("The
    International Department ... presented its education efforts to nearly 50 representatives of political
    parties from 19 countries in a lecture in Zhengzhou ... It is the first time ... Song Tao, head of the
    department, said"). A seminar's people named otherwise ("A delegação do PT é chefiada ... pela presidenta"),
    or only in what an unnamed speaker said ("A member of ... said that the WPK ... led by President Kim Il
    Sung"), carry nothing."""
    at, cue = pending
    if is_source(ctx, present[0]):
        return False  # "... have sent congratulatory messages to the CPC. Foreign Ministry spokesman Lu Kang confirmed
        # such messages": the spokesman reports the act
    if i == at + 1:
        return True
    if not quiet or cue.kind != "seminar" or i - at > _CARRY_OVER:
        return False
    lex, sentence = ctx.lex, ctx.sentence(i)
    spoken = [m.start() for pattern in (lex.speech_cue, lex.speaker_cue) if pattern
              for m in [lex.compiled(pattern).search(sentence)] if m is not None]
    if not spoken:
        return False
    a, _ = ctx.doc.sentences[i]
    return any((m := p.mention_in(i)) is not None and m.head_start < a + min(spoken) for p in present)


def _groups(ctx: _Doc) -> list[Group]:
    lex = ctx.lex
    groups: list[Group] = []
    pending: tuple[int, KindCue] | None = None  # a cue whose sentence names nobody ("A seminar was held.")
    quiet = True  # no one named since the pending cue
    apart: Group | None = None  # "met separately with leaders of A and B": counterparts named later
    members: list[Seat] = []  # "The delegation included ...": at each later event of the visit too
    early: list[Seat] = []  # "He was joined by A and B" before the trip's first meeting: at each of its meetings
    listing = False  # "Participants included:" opened a list of bullet lines (or of lines closed by semicolons)
    semicolons = False  # the list's last line was closed by a semicolon: a line closed by a full stop ends it
    awaiting: tuple[int, KindCue] | None = None  # "met senior officials of China." then "They are A and B."
    met_list: tuple[int, KindCue, Person] | None = None  # "the leaders X met:" opened a list of bullet lines
    for i in range(ctx.body, len(ctx.doc.sentences)):
        sentence = ctx.sentence(i)
        if lex.sender_list_cue and lex.compiled(lex.sender_list_cue).search(sentence):
            continue  # "Leaders who sent congratulatory messages included A, B and C": one message each, read by
            # ``roundups.listed_senders``, not one act of all three
        cue = call_sequel(ctx, i, find_kind(sentence, lex), groups)  # "Em seguida, Lula falou com B": a call
        present = _present(ctx, i, cue)
        if present and all(is_source(ctx, p) for p in present):
            present = []  # "A Chinese delegation visiting Nepal met with the leaders ..., said Wang Wenbin, spokesman
            # of China's foreign ministry": the spokesman only reports the act
        if cue is not None and not present and (pair := pair_act(ctx, i, cue, groups)) is not None:
            groups.append(pair)  # "Earlier, the two leaders held talks": the pair "A and his counterpart B"
            continue
        if listing and (item := _list_item(sentence, semicolons)) is not None:  # "- Prime Minister A, Country"
            items = [p for p in present if not any(g.has(p) for g in groups)]
            if groups:
                _seat_all(groups[0], items, "list", i)
            else:  # "En faisaient partie :" before the first exchange told: members at each of the visit's events
                early.extend(Seat(p, "list", i) for p in items if not any(s.person is p for s in early))
            listing = item  # a line closed by a full stop ends a list of lines closed by semicolons
            semicolons = sentence.rstrip().endswith(";")
            continue
        if met_list is not None and sentence.lstrip()[:1] in _BULLETS:  # "- A, presidente da França;": one each
            groups.extend(_listed_met(met_list, i, present, groups))
            continue
        listing = sentence.rstrip().endswith(":") and is_attendance(sentence, lex) \
            and (bool(groups) or _opens_delegation_list(ctx, i))
        semicolons = False
        met_list = None if listing else _opens_met_list(ctx, i, cue, present)
        if not groups:
            if cue is None and present and _companions(ctx, sentence):
                early.extend(Seat(p, "list", i) for p in present)
            if cue is not None and present:
                groups.extend(_trigger_groups(ctx, i, cue, present))
                if pending is not None and pending[1].kind == cue.kind and i - pending[0] <= 2:
                    for g in groups:
                        g.lead_in = pending[0]
                if len(groups) == 1 and _awaits_counterparts(ctx, groups[0], sentence):
                    apart = groups[0]
            elif pending is not None and present and _carries_over(ctx, pending, i, quiet, present):
                # "A seminar was held ... The opening was given by A and B": the cue carries over.
                listed = is_attendance(sentence, lex)  # "Por parte del PCE participaron A y B"
                carried = KindCue(pending[1].kind, -1, -1)
                for g in _trigger_groups(ctx, i, carried, present[:1] if listed else present, listed=listed):
                    g.trigger, g.sentences = pending[0], [pending[0], i]
                    if listed:
                        _seat_all(g, present[1:], "list", i)
                    groups.append(g)
            elif cue is not None and pending is None and (at_seminar := lede_speaker(ctx, i, cue, present)):
                groups.append(at_seminar)  # "A said ... She spoke at a session for sharing information ... CPC youth"
            elif cue is not None and pending is None:
                pending, quiet = (i, cue), True
            elif present or announced(sentence, lex):
                # someone named after the cue who took no part in it, or the act told as still to come ("The
                # workshop ... will take place in Beijing"): the cue carries no further
                quiet = False
            continue
        new = [p for p in present if not any(g.has(p) for g in groups)]
        if awaiting is not None:
            (j, told_cue), awaiting = awaiting, None
            if i == j + 1 and cue is None and (named := _unnamed_named(ctx, j, told_cue, i, new, groups)):
                groups.extend(named)  # "Il s'agit du Premier ministre, M. A, et du président ..., M. B": one each
                continue
        if cue is not None and not new and _unnamed_met(ctx, i, cue):
            awaiting = (i, cue)
        if not new and cue is not None and (reply := _reply(ctx, i, cue, present, groups)) is not None:
            groups.append(reply)  # "Xi Jinping contestó en marzo con otra misiva ... al señor Gioja"
            continue
        if not present and cue is not None and not _reported_speech(ctx, sentence, cue) \
                and _dated_apart(ctx, i, groups[0]) and (act := visitor_act(ctx, i, cue, groups)) is not None:
            groups.append(act)  # "On December 5, the VNA delegation had talks with the KPL representatives"
            continue
        if not new and cue is not None and _another_occasion(ctx, i, sentence, groups[0]) \
                and not _reported_speech(ctx, sentence, cue):
            # "Earlier on 21 August last year, the ambassador met a BNP delegation led by A": the same people
            # on another day, another event
            groups.extend(_trigger_groups(ctx, i, cue, present, inherit=groups[0]))
            continue
        if not new and cue is not None and (again := _met_again(ctx, i, cue, present, groups)):
            groups.extend(again)  # "Le 25 août, Hu Jintao a rencontré ... Nicolas Sarkozy": another day
            continue
        if not new:
            if cue is not None:
                _retold(ctx, i, groups)
            if cue is not None and cue.kind == "seminar" and len(groups) == 1 and groups[0].cue.kind == "visit" \
                    and any(p in _principals(groups[0]) for p in present):
                groups[0].cue = cue  # "A led a delegation to X ... A attended a seminar there": the visit's act
            elif (seminar := seminar_cue(ctx, i, cue)) is not None and not _reported_speech(ctx, sentence, seminar) \
                    and (opened := visitor_seminar(ctx, i, seminar, present, groups)) is not None:
                groups.append(opened)  # "El lunes el dirigente inauguró el quinto Seminario Teórico": its own
            continue
        if cue is not None and (framed := framed_exchange(ctx, i, cue, present, groups, apart_only=True)):
            groups.extend(framed)  # "During a separate meeting with A, Perez discussed": its own, even after a
            # trigger naming one side only, which stays an event ("met with a group of foreign delegates")
        elif apart is not None and _names_counterparts(ctx, sentence) and not is_attendance(sentence, lex):
            _add_counterparts(ctx, groups, apart, new, i)
        elif cue is not None and (
            (sequel := _sequel(ctx, i, sentence, groups[0])) or _further(ctx, i, cue, present, groups)
        ):
            for g in _trigger_groups(ctx, i, cue, present, inherit=groups[0], met_before=_met(groups)):
                _seat_members(g, members)
                g.recall = not sequel and _one_country(ctx, g)  # a further act taking a principal of its own side
                groups.append(g)
        elif cue is None and len(groups) == 1 and not is_attendance(sentence, lex) \
                and (spoke := _counterpart_speaking(ctx, groups[0], new, i)) is not None:
            groups[0].seats.append(Seat(spoke, "principal", i, lead=True))  # "met with officials of the Russian
            groups[0].sentences.append(i)  # party ..." then "Mironov, chairman of the Russian party, praised ..."
        elif cue is None and len(groups) == 1 and not is_attendance(sentence, lex) \
                and (spoke := _attendee_speaking(ctx, groups[0], new, i)) is not None:
            _seat_all(groups[0], [spoke], "list", i)  # "Sun Haiyan, Deputy Head of the CPC's International
            # Department, restated China's commitment ...": present at the one event told, not its lead
        elif lex.compiled(lex.speaker_cue).search(sentence) and not _met_before_speaking(ctx, i, cue, new):
            _seat_all(groups[0], new, "co", i)
        elif is_attendance(sentence, lex):
            new = _attending(ctx, i, new)
            every = lex.compiled(lex.every_event_cue).search(sentence) if lex.every_event_cue else None
            delegates = bool(lex.delegation_cue and lex.compiled(lex.delegation_cue).search(sentence)) \
                or _companions(ctx, sentence)
            if delegates:
                members.extend(Seat(p, "list", i) for p in new)
            for g in groups if every or delegates else [_attended(ctx, groups, i)]:
                _seat_all(g, new, "list", i)
        elif cue is None and (heads := _delegation_heads(ctx, i, new)):
            _seat_all(groups[0], heads, "list", i)  # "The Chinese delegation is led by A": the other side's lead
        elif cue is None and (going_on := _list_continued(ctx, i, present, new, groups)) is not None:
            _seat_all(going_on, new, "list", i)  # "In addition, the Deputy Director General ..., A; the Head ..., B"
        elif cue is None and (series := _series_met(ctx, i, present, new, groups)):
            groups.extend(series)  # "Entre os líderes recebidos contaram-se os Presidentes do Congo, A, de Portugal, B"
        elif cue is not None and len(groups) == 1 and _one_sided(ctx, groups[0], new, i, cue) \
                and not _reported_speech(ctx, sentence, cue):
            in_turn = len(new) >= 2 and _met_in_turn(ctx, i, cue, groups[0], new)
            presented = cue.kind == "meeting" and _each_presented(ctx, i, new)  # "met with A, <post>, and B, <post>"
            told = _trigger_groups(ctx, i, cue, present, inherit=groups[0], talks=in_turn, presented=presented)
            offices = cue.kind == "meeting" and _separate_offices(ctx, i, new)  # the host country's offices called on
            listed = in_turn or presented or (len(new) >= 2 and _enumerated(ctx, i, cue, new)) or offices \
                or _countries_listed(ctx, i, new) or _series_listed(ctx, i, new, _principals(groups[0]))
            apart_cue = lex.compiled(lex.separate_cue).search(sentence) or listed
            if len(told) == 1 or not apart_cue or _welcomed(ctx, groups[0], new, sentence):
                _complete(ctx, groups[0], cue, new, i)
            else:  # "... during meetings with A, B and C" one by one: the one-sided visit is covered by them
                # "paid courtesy visits to A and B", "held talks with A, B and C": told, not guessed; so are a
                # state's top offices receiving the visitor ("were received by Party General Secretary and President
                # of Laos A, Prime Minister B and National Assembly Chairman C": each office apart)
                plural = in_turn or (presented and _named_subject(sentence, cue)) or _plural_visits(ctx, sentence) \
                    or offices
                for g in told:
                    g.recall = not plural
                groups.extend(told)
        elif cue is not None and (framed := framed_exchange(ctx, i, cue, present, groups)):
            groups.extend(framed)  # "While meeting with A, Xi said": an exchange of its own
            if (covered := umbrella(ctx, groups, framed[0])) is not None:
                groups.remove(covered)  # "Xi held a series of talks with foreign guests": told one by one
        elif cue is not None and several_acts(ctx, i, present)[1] and not _reported_speech(ctx, sentence, cue):
            groups.extend(_trigger_groups(ctx, i, cue, present, inherit=groups[0]))  # "met A; held talks with B"
        elif cue is not None and _restated(ctx, groups[0], i) and not _reported_speech(ctx, sentence, cue):
            # "Xi welcomed Díaz-Canel and his entourage, among them A and B": the first event told again
            _seat_all(groups[0], new, "list", i)
        elif cue is not None and not _reported_speech(ctx, sentence, cue):
            # Recall tier: a later cue sentence naming new people ("Qu explained ... during meetings with A,
            # B and C"): the principal on the other side of the event told last is the counterpart when
            # unnamed (a chronology's paragraph: "He Guoqiang visited France ... there he met A and B").
            told = _trigger_groups(ctx, i, cue, present, inherit=groups[-1], met_before=_met(groups))
            own = len(told) >= 2 and _own_counterparts_told(ctx, i, cue)
            for g in told:
                g.recall = not own  # "A y B felicitaron a sus pares vietnamitas": one message each, told
                groups.append(g)
    for g in groups:
        _seat_members(g, [s for s in early if not g.has(s.person)])
    carry_delegation(ctx, groups)  # "a delegação, constituída por A, B e C, encontrou-se com X ... a delegação manteve"
    return groups


def _attended(ctx: _Doc, groups: list[Group], i: int) -> Group:
    """The event an attendance sentence ``i`` tells those present at: the last one told before it, not built by the
    recall tier, when dated to another day than the first ("On Monday, A met B. Also present was C. On Tuesday, A
    held talks with D. Also present at the talks was E": E at the talks), else the first."""
    told = [g for g in groups if g.trigger < i and not g.recall]
    if told and told[-1] is not groups[0] and _dated_apart(ctx, told[-1].trigger, groups[0]):
        return told[-1]
    return groups[0]


def _met_before_speaking(ctx: _Doc, i: int, cue: KindCue | None, new: list[Person]) -> bool:
    """Whether the new people of a sentence with a speaking verb (``cues.speaker``) are all named between a kind cue
    and that verb ("He also went to Istanbul, where he met with Turkish Prime Minister A and spoke at a business
    forum"): the cue's counterparts, met, not co-speakers of the first event."""
    if cue is None or not new:
        return False
    a, _ = ctx.doc.sentences[i]
    speech = ctx.lex.compiled(ctx.lex.speaker_cue).search(ctx.sentence(i), cue.end)
    if speech is None:
        return False
    starts = [m.head_start - a for p in new if (m := p.mention_in(i)) is not None]
    return len(starts) == len(new) and all(cue.end <= s < speech.start() for s in starts)


def _list_continued(ctx: _Doc, i: int, present: list[Person], new: list[Person], groups: list[Group]) -> Group | None:
    """The event whose sentence right before goes on in sentence ``i``: a sentence with no cue that opens on an
    additive word (``cues.further``) and names only people no event holds, the first with a title, none speaking
    ("Together with the president, they received the Vice Minister ..., Li Mingxiang" then "In addition, the Deputy
    Director General of the Latin America Bureau, Jin Xiaopeng; the Head of the Integral Section ..., Chen Wenxue";
    "Además del vicepresidente de Economía Productiva del PSUV, Jesús Faría; y el presidente del Grupo de Amistad
    ..., Saúl Ortega"): more of the people present at it. None when the sentence tells what someone said."""
    lex = ctx.lex
    if not lex.further_cue or not new or len(new) != len(present) or new[0].title is None:
        return None
    sentence = ctx.sentence(i)
    opening = lex.compiled(lex.further_cue).search(sentence)
    if opening is None or sentence[: opening.start()].strip(" \t\n\"'“”‘’-–—"):
        return None
    if lex.speech_cue and lex.compiled(lex.speech_cue).search(sentence):
        return None
    return next((g for g in reversed(groups) if i - 1 in g.sentences), None)


def _welcomed(ctx: _Doc, group: Group, new: list[Person], sentence: str) -> bool:
    """A welcome abroad on arrival (``cues.arrival``): its greeters, one at least of another country than the
    guest's, met the guest as one, even when listed ("Il a été accueilli à sa descente d'avion par A, vice-ministre
    ..., B, ambassadeur ... et C"), not one by one. (Greeters all of the guest's own country welcome them home.)"""
    lex = ctx.lex
    if not lex.arrival_cue or lex.compiled(lex.arrival_cue).search(sentence) is None:
        return False
    own = {country_guess(ctx, p) for p in _principals(group)} - {None}
    return bool(own) and any(country_guess(ctx, p) not in (None, *own) for p in new)


def _companions(ctx: _Doc, sentence: str) -> bool:
    """A sentence naming a traveller's companions (``cues.companions``: "He was joined by National Security
    Council Senior Director for Africa Dana Banks and Deputy Assistant Secretary ... Michael Gonzales"): they
    take part in each meeting of the trip, even when told before the first one."""
    lex = ctx.lex
    return bool(lex.companion_cue) and bool(lex.compiled(lex.companion_cue).search(sentence)) \
        and is_attendance(sentence, lex)


def _unnamed_met(ctx: _Doc, i: int, cue: KindCue) -> bool:
    """Whether the cue sentence tells those met as a group it does not name ("a rencontré dans le cadre de cette
    visite de hauts responsables de la République populaire de Chine"), not as still to come."""
    lex = ctx.lex
    if not lex.unnamed_met_cue or is_future(ctx.sentence(i), cue.start, lex):
        return False
    return lex.compiled(lex.unnamed_met_cue).search(ctx.sentence(i), cue.end) is not None


def _unnamed_named(
    ctx: _Doc, j: int, cue: KindCue, i: int, new: list[Person], groups: list[Group]
) -> list[Group]:
    """The group met unnamed in sentence ``j`` named in the sentence after it ("Il s'agit du Premier ministre
    chinois, M. A, et du président du Comité permanent ..., M. B"): one event each with the principal of the
    events told before who is of the other side (the visitor)."""
    sides = {country_guess(ctx, p) for p in new}
    if not new or len(sides) != 1 or None in sides:
        return []
    subject = next((p for g in groups for p in _principals(g) if country_guess(ctx, p) not in sides | {None}), None)
    if subject is None:
        return []
    return [_pair(cue, subject, j, p, i) for p in new]


def _opens_met_list(
    ctx: _Doc, i: int, cue: KindCue | None, present: list[Person]
) -> tuple[int, KindCue, Person] | None:
    """A sentence of one person's meetings or talks that ends on a colon ("Veja os nomes das autoridades com quem
    Lula se reuniu durante a cúpula do G20:"): the bullet lines after it name the people met, one each."""
    if cue is None or cue.kind not in ("meeting", "talks") or len(present) != 1:
        return None
    if not ctx.sentence(i).rstrip().endswith(":") or is_remote(ctx.sentence(i), ctx.lex):
        return None
    return i, cue, present[0]


def _listed_met(
    met_list: tuple[int, KindCue, Person], i: int, present: list[Person], groups: list[Group]
) -> list[Group]:
    """The events of one bullet line of people met: one with each person the line names, unless the subject's
    meeting with them is told already."""
    at, cue, subject = met_list
    return [
        _pair(cue, subject, at, p, i) for p in present
        if p is not subject and not any(p in _principals(g) and subject in _principals(g) for g in groups)
    ]


def _pair(cue: KindCue, subject: Person, at: int, met: Person, i: int) -> Group:
    """An exchange of ``subject``, told in sentence ``at``, with ``met``, named in sentence ``i``."""
    g = Group(at, cue, sentences=[at, i])
    g.seats.extend([Seat(subject, "principal", at, lead=True), Seat(met, "principal", i, lead=True)])
    return g


def _retold(ctx: _Doc, i: int, groups: list[Group]) -> None:
    """A cue sentence naming only people already met, all the principals of a later meeting told undated in a
    list ("the delegation met with A and B" ... "Sun meets with B in Colombo, Nov. 24", a caption): the
    sentence tells that meeting again, and dates it."""
    span = ctx.doc.sentences[i]
    for g in groups[1:]:
        principals = _principals(g)
        if g.retold is None and g.trigger < i and len(principals) >= 2 \
                and all(_referenced(p, span) for p in principals) \
                and find_event_date(ctx.text, ctx.doc.sentences[g.trigger], ctx.ref, ctx.lex, []) is None:
            g.retold = i
            return


def _met_again(ctx: _Doc, i: int, cue: KindCue, present: list[Person], groups: list[Group]) -> list[Group]:
    """A cue sentence with a date of its own naming only people already met, two sides of whom no event
    holds yet on that date: another exchange of a chronicle ("Du 2 au 16 juillet, He Guoqiang ... a rencontré
    le président français Nicolas Sarkozy" ... "Le 25 août, le président chinois Hu Jintao a rencontré son
    homologue français Nicolas Sarkozy"); an undated event of the same people may be the one told again, and
    a dateline's date is no event's ("Pyongyang, November 2 (KCNA) -- A press statement on strategic dialogue
    between A and B was issued on November 1 ... a strategic dialogue between A and B took place ... on
    November 1": one dialogue)."""
    blocked = [ctx.dateline.span] if ctx.dateline is not None else []
    hit = find_event_date(ctx.text, ctx.doc.sentences[i], ctx.ref, ctx.lex, blocked)
    if hit is None or ctx.lex.compiled(ctx.lex.date_today).search(ctx.text[hit.span[0] : hit.span[1]]) \
            or _reported_speech(ctx, ctx.sentence(i), cue):
        return []
    out = []
    for g in _trigger_groups(ctx, i, cue, present):
        principals = _principals(g)
        if len({country_guess(ctx, p) for p in principals} - {None}) < 2:
            continue
        same = [h for h in groups if all(h.has(p) for p in principals)]
        dates = [find_event_date(ctx.text, ctx.doc.sentences[h.trigger], ctx.ref, ctx.lex, blocked) for h in same]
        if all(d is not None and d.date != hit.date for d in dates):
            out.append(g)
    return out


def _met(groups: list[Group]) -> tuple[Person, ...]:
    return tuple(p for g in groups for p in _principals(g))


def _reply(ctx: _Doc, i: int, cue: KindCue, present: list[Person], groups: list[Group]) -> Group | None:
    """A later message answering the first one ("A le envió una carta a B ... B contestó en marzo con otra
    misiva"): another message between the same principals, its sender the one named first now."""
    lex = ctx.lex
    first = groups[0]
    if cue.kind != "message" or first.cue.kind != "message" or not lex.reply_cue \
            or not lex.compiled(lex.reply_cue).search(ctx.sentence(i)):
        return None
    principals = _principals(first)
    senders = [p for p in present if p in principals]
    if not senders or len(principals) < 2 or any(g.trigger == i for g in groups):
        return None
    group = Group(i, cue, sentences=[i, first.trigger])  # the first message's sentence tells the sides
    for p in [*senders[:1], *(p for p in principals if p is not senders[0])]:
        group.seats.append(Seat(p, "principal", i, lead=True))
    return group


def _plural_visits(ctx: _Doc, sentence: str) -> bool:
    """"The delegation paid courtesy visits to A and B": the calls are told one per person named."""
    lex = ctx.lex
    return bool(lex.plural_visits_cue) and bool(lex.compiled(lex.plural_visits_cue).search(sentence))


def _restated(ctx: _Doc, group: Group, i: int) -> bool:
    """Whether a later cue sentence names again every principal of a two-sided first event ("Xi recibió
    hoy a Díaz-Canel ... Xi dio la bienvenida a Díaz-Canel y a la comitiva, entre ellos A"): the same
    event, whose other people attend it (a sequel, "the next day", is told apart before this)."""
    principals = _principals(group)
    sides = {country_guess(ctx, p) for p in principals}
    span = ctx.doc.sentences[i]
    return len(principals) >= 2 and len(sides - {None}) >= 2 \
        and all(_named_in(p, ctx.sentence(i), span) for p in principals)


def _named_in(person: Person, sentence: str, span: tuple[int, int]) -> bool:
    """Whether a sentence names a person in full, by a linked short form, or by the first or last word of
    their name ("Xi" for Xi Jinping, "Thuong" for Vo Van Thuong; a middle word is not enough: the "Van" of
    "Do Van Chien" does not name Vo Van Thuong)."""
    if _referenced(person, span) or _short_form_at(person, span) is not None:
        return True
    words = set(re.findall(r"[^\W\d_][\w-]*", sentence))
    parts = person.native.split()
    return any(w in words for w in {parts[0], parts[-1]} if len(w) >= 2) if parts else False


def _delegation_heads(ctx: _Doc, i: int, new: list[Person]) -> list[Person]:
    """People a sentence without a cue names as a delegation's head, right after "led by" or "Head of
    the delegation" ("The Chinese delegation is led by A, member of ..."; "Head of the delegation B, who
    is ..."; "The delegation, led by National Security Office head C, was later invited ...")."""
    if not ctx.lex.delegation_head_cue:
        return []
    a, _ = ctx.doc.sentences[i]
    cue = ctx.lex.compiled(ctx.lex.delegation_head_cue)
    heads = []
    for p in new:
        m = p.mention_in(i)
        if m is not None and (cue.search(ctx.text[a : m.head_start]) or cue.search(ctx.text[a : m.hit.start])):
            heads.append(p)
    return heads


def _one_sided(ctx: _Doc, group: Group, new: list[Person], i: int, cue: KindCue) -> bool:
    """Whether the trigger names only one side ("A arrived in Caracas on Wednesday") and a later cue
    sentence names who met them ("At the airport he was received by B"): its counterparts."""
    principals = _principals(group)
    mine = {country_guess(ctx, p) for p in principals}
    if not principals or len(mine) > 1:
        return False
    a, _ = ctx.doc.sentences[i]
    lex = ctx.lex
    if object_is_visitor(ctx, i, cue):
        return True  # "B received the Cuban president at the foot of the steps": the guest named before, met by B
        # ("A and B welcomed the delegation at ... Airport": the cue's own object)
    if _subject_told_next(ctx, group, new, i, cue):
        return True  # "A Chinese delegation had talks with A." then "The delegation led by B ... met A"
    if any(m.head_start < a + cue.start for p in new if (m := p.mention_in(i)) is not None):
        return False  # "B met here today with A's delegation": a sentence with its own subject
    if lex.visitor_cue and lex.compiled(lex.visitor_cue).search(ctx.text[a : a + cue.start]):
        return True  # "The delegation was received at the airport by B": the visitor named before, met by B
    known = mine - {None}
    if known and any(country_guess(ctx, p) not in (None, *known) for p in new):
        return True
    # the principal named again ("La Havane, 6 sept. A a reçu B"), or the counterpart right after the cue
    # ("At the airport he was received by the deputy B"), when B's country is not known
    if any(_referenced(p, ctx.doc.sentences[i]) for p in principals):
        return True
    starts = [m.head_start - a for p in new if (m := p.mention_in(i)) is not None]
    return bool(starts) and 0 <= min(starts) - cue.end <= 40


def _counterpart_speaking(ctx: _Doc, group: Group, new: list[Person], i: int) -> Person | None:
    """The other side of an exchange whose trigger named its own side only, the side met left unnamed ("Zhao Leji
    ... met with officials of the Russian Communist Party in Beijing"): the first titled person of one other known
    side who opens a later sentence and speaks in it ("Mironov, chairman of the Russian ... party, praised the
    strong bilateral relations", ``cues.speech``; "For his part, the general secretary of the Communist Party of the
    People of Spain, Julio Diaz, ratified that ...", ``cues.turn``; a transcript's speaker line, "President of Russia
    Vladimir Putin: Mr Li Zhanshu, friends, ..."), nobody of the trigger's side named before them there; a title
    written before the name may open it with its article ("le général Assimi Goïta a accordé une audience à
    l'ambassadeur de la République Populaire de Chine" then "L'ambassadeur Chen Zhihong a remercié le chef de
    l'État")."""
    lex = ctx.lex
    principals = _principals(group)
    mine = {country_guess(ctx, p) for p in principals}
    if not principals or len(mine) != 1 or None in mine or not new or not lex.speech_cue \
            or group.cue.kind not in ("meeting", "talks", "visit"):
        return None  # a roundup of messages tells each sender's words on their own
    a, b = ctx.doc.sentences[i]
    first = min(new, key=lambda p: m.head_start if (m := p.mention_in(i)) is not None else b)
    m = first.mention_in(i)
    if m is None or first.title is None or country_guess(ctx, first) in (None, *mine):
        return None
    opening = ctx.text[a : m.head_start]
    bare = opening.strip(" \"'“”‘’")
    if (
        bare
        and opening.strip(" \"“”").lower() not in lex.articles
        and not (lex.turn_cue and lex.compiled(lex.turn_cue).match(bare + " "))
    ) or any((q := p.mention_in(i)) is not None and q.head_start < m.head_start for p in principals):
        return None  # "Zhao said that ... Mironov ...": not the sentence's opening person ("For his part," may
        # open it: the word handed to the other side, ``cues.turn``; so may an article before a title written first:
        # "L’ambassadeur Chen Zhihong a remercié le chef de l’État")
    said = lex.compiled(lex.speech_cue).search(ctx.text, m.hit.end, b)
    spoken = _TRANSCRIPT_SPEAKER.match(ctx.text, m.hit.end, b)  # "President of Russia Vladimir Putin: Mr Li, ..."
    return first if said is not None or spoken is not None else None


# a transcript's speaker line: "President of Russia Vladimir Putin: ...", "Li Zhanshu (retranslated): ..."
_TRANSCRIPT_SPEAKER = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*:\s")


def _attendee_speaking(ctx: _Doc, group: Group, new: list[Person], i: int) -> Person | None:
    """A titled person named for the first time who opens a later sentence without a cue and speaks in it
    (``cues.speech``), when the article tells one event: present at it, on a side it already has ("Liu Jianchao
    welcomed Prime Minister Oli's visit ... Sun Haiyan, Deputy Head of the CPC's International Department, restated
    China's commitment"), or at a seminar of many ("Evariste Ndayishimiye, secretary general of CNDD-FDD of Burundi,
    said his country hopes to learn"). Not a source ("spokesman"), nor someone of no known side."""
    lex = ctx.lex
    if not new or not lex.speech_cue or group.cue.kind not in ("meeting", "talks", "visit", "seminar"):
        return None
    a, b = ctx.doc.sentences[i]
    first = min(new, key=lambda p: m.head_start if (m := p.mention_in(i)) is not None else b)
    m = first.mention_in(i)
    if m is None or first.title is None or m.mention_only or is_source(ctx, first):
        return None
    if ctx.text[a : m.head_start].strip(" \"'“”‘’"):
        return None  # "Zhao said that ... Mironov ...": not the sentence's opening person
    side = country_guess(ctx, first)
    sides = {country_guess(ctx, p) for p in _principals(group)} - {None}
    if side is None or (side not in sides and group.cue.kind != "seminar"):
        return None
    said = lex.compiled(r"\s*(?:,[^,.;:]{2,160},\s*)?(?:" + lex.speech_cue + ")").match(ctx.text, m.hit.end, b)
    return first if said is not None else None


def _subject_told_next(ctx: _Doc, group: Group, new: list[Person], i: int, cue: KindCue) -> bool:
    """Whether the trigger names only its object, its subject unnamed ("A high-level Chinese delegation had
    talks today with former President A"), and the next sentence names the subject before its cue and the
    trigger's principals again after it ("The delegation led by B, Minister of ..., met A in Colombo"): the
    same exchange told again, B its other side (of another country than A)."""
    if i != group.trigger + 1:
        return False
    principals = _principals(group)
    start = ctx.doc.sentences[group.trigger][0] + group.cue.start
    if any(m.head_start < start for p in principals if (m := p.mention_in(group.trigger)) is not None):
        return False
    a, b = ctx.doc.sentences[i]
    if not all(_referenced(p, (a + cue.end, b)) for p in principals):
        return False
    mine = {country_guess(ctx, p) for p in principals} - {None}
    return bool(mine) and all(country_guess(ctx, p) not in (None, *mine) for p in new)


def _complete(ctx: _Doc, group: Group, cue: KindCue, new: list[Person], i: int) -> None:
    """The counterparts of a one-sided trigger; a visit during which a meeting is told is that meeting. One
    of the trigger's own country among them ("received at the airport by B, C and the Cuban ambassador D")
    escorts the guest: not a lead."""
    own = {country_guess(ctx, p) for p in _principals(group)} - {None}
    for p in new:
        mine = country_guess(ctx, p) in own and any(country_guess(ctx, q) not in (None, *own) for q in new)
        group.seats.append(Seat(p, "list", i) if mine else Seat(p, "principal", i, lead=True))
    if i not in group.sentences:
        group.sentences.append(i)
    if group.cue.kind == "visit" and cue.kind in ("meeting", "talks"):
        group.cue = KindCue(cue.kind, group.cue.start, group.cue.end)


_BULLETS = frozenset("-*•·‣◦▪")


def _list_item(sentence: str, semicolons: bool) -> bool | None:
    """Whether a line goes on with a list opened by a header ending on a colon (``listing``), and whether the list
    goes on after it: a bulleted line ("- Prime Minister A, Country"), or a line closed by a semicolon ("Monsieur
    Heming WANG, Directeur général du Bureau des Affaires africaines ... ;"), the list ending at the first line
    closed by a full stop after such lines (``semicolons``: "Monsieur Bowei WANG, Attaché de l'Ambassade ....").
    None: no item."""
    line = sentence.strip()
    if line[:1] in _BULLETS or line.endswith(";"):
        return True
    return False if semicolons and line.endswith(".") and ";" not in line else None


def _opens_delegation_list(ctx: _Doc, i: int) -> bool:
    """A list header before any exchange is told ("En faisaient partie :", "The delegation comprised:") opens the
    list of a visiting delegation's members when the line after it is an item closed by a semicolon or a bullet
    (the members then attend each event of the visit, as companions do)."""
    if i + 1 >= len(ctx.doc.sentences):
        return False
    return _list_item(ctx.sentence(i + 1), False) is True


def _reported_speech(ctx: _Doc, sentence: str, cue: KindCue) -> bool:
    """"Lourenco said that ... his talks there with President Xi": the cue is inside what someone said. Not
    so of the outcome of talks a guest briefs the host on ("briefed the host on the outcomes of talks between
    him and his counterpart A", ``cues.outcome``): that reports talks held; nor of a meeting told as the
    occasion of the words, right after the speech verb ("The CCP said so when the delegation led by A met
    with B", ``cues.speech_occasion``)."""
    lex = ctx.lex
    if lex.outcome_cue and lex.compiled(lex.outcome_cue).match(sentence[cue.start :]):
        return False
    said = list(lex.compiled(lex.speech_cue).finditer(sentence[: cue.start])) if lex.speech_cue else []
    if not said:
        return False
    # "The CCP said so when the delegation led by A met with B" (``cues.speech_occasion``): when, not what
    after = sentence[said[-1].end() : cue.start]
    return not (lex.speech_occasion_cue and lex.compiled(lex.speech_occasion_cue).match(after))


def _sequel(ctx: _Doc, i: int, sentence: str, first: Group) -> bool:
    """Whether a later cue sentence tells another event: "also met", another date, "the next day"."""
    lex = ctx.lex
    if lex.compiled(lex.also_cue).search(sentence) or _new_date(ctx, i, first):
        return True
    return bool(lex.sequel_cue) and bool(lex.compiled(lex.sequel_cue).search(sentence))


def _further(ctx: _Doc, i: int, cue: KindCue, present: list[Person], groups: list[Group]) -> bool:
    """Whether an additive word beside the kind cue tells a further act (``cues.further``): opening the sentence a few
    words before the cue ("Asimismo, sostuvo encuentros con A"; "También, sostuvo conversaciones con B"), right
    before it ("Sendic también sostuvo reuniones de trabajo con C") or right after its verb ("La delegación se
    reunió además con D"): another event, not more counterparts of the one told before. The act needs its
    subject named before the cue or its counterpart after "with" ("con", ``cues.with``): "Foi também recebido em
    audiência o pastor A" names a guest received by nobody the sentence tells, not a further act of the visitor.
    When every event it would tell takes a principal of the side it met (``_one_country``), the sentence is read
    as before (the counterparts of a one-sided trigger, ``_one_sided``)."""
    lex = ctx.lex
    if not lex.further_cue:
        return False
    a, _ = ctx.doc.sentences[i]
    sentence = ctx.sentence(i)
    subject = any(n.hit.start < a + cue.start for p in present if (n := p.mention_in(i)) is not None) or bool(
        lex.visitor_cue and lex.compiled(lex.visitor_cue).search(ctx.text[a : a + cue.start]))
    with_ = lex.compiled(lex.with_cue) if lex.with_cue else None
    if not subject and (with_ is None or not (
        with_.match(sentence[cue.end :].lstrip()) or with_.search(sentence[cue.start : cue.end])
    )):
        return False
    for m in lex.compiled(lex.further_cue).finditer(sentence):
        if m.end() <= cue.start:
            gap = len(_WORD.findall(sentence[m.end() : cue.start]))
            opening = not _WORD.search(sentence[: m.start()])
            if gap <= 2 or (opening and gap <= 5):
                break  # "Asimismo, sostuvo encuentros con", "Sendic también sostuvo"
        elif m.start() < cue.end or not _WORD.search(sentence[cue.end : m.start()]):
            break  # "sostuvo además encuentros con", "se reunió además con"
    else:
        return False
    told = _trigger_groups(ctx, i, cue, present, inherit=groups[0], met_before=_met(groups))
    return not all(_one_country(ctx, g) for g in told)


_WORD = re.compile(r"[^\W\d_]+")


def _one_country(ctx: _Doc, group: Group) -> bool:
    """Whether every principal of a group is of one known country: a further act whose subject the sentence leaves
    unnamed took a principal of the event before of the side it met ("[La misión abrió su agenda con el
    vicecanciller de Rusia, A.] Asimismo, se reunieron con la representante rusa B"), so it stands only as the
    recall tier does, with two sides named."""
    countries = {country_guess(ctx, p) for p in _principals(group)}
    return len(countries) == 1 and None not in countries


def _awaits_counterparts(ctx: _Doc, group: Group, sentence: str) -> bool:
    """"X held separate meetings with leaders of A and B": a separate cue and nobody met named yet."""
    if not ctx.lex.compiled(ctx.lex.separate_cue).search(sentence):
        return False
    cue_at = ctx.doc.sentences[group.trigger][0] + group.cue.start
    for seat in group.seats:
        m = seat.person.mention_in(group.trigger)
        if seat.lead and m is not None and m.hit.start >= cue_at:
            return False
    return True


def _names_counterparts(ctx: _Doc, sentence: str) -> bool:
    """Whether a sentence after "meetings with the highest authorities" names who was met ("With A, he
    reviewed ..."): a "with" not told as still to come ("el domingo ... se reunirá con el primer ministro, A":
    an announced programme names no one met yet)."""
    lex = ctx.lex
    if not lex.with_cue:
        return False
    return any(not is_future(sentence, m.start(), lex) for m in lex.compiled(lex.with_cue).finditer(sentence))


def _add_counterparts(ctx: _Doc, groups: list[Group], apart: Group, new: list[Person], i: int) -> None:
    """"With A, he reviewed ... Later, he talked with B": each later sentence names one more counterpart; a sentence
    listing several, each of a known country of their own ("dialogó además con sus homólogos de Ecuador, A; de Irán,
    B; de Croacia, C"), names one counterpart each (issue 13, furtherlat)."""
    if len(new) >= 2 and _distinct_countries(ctx, new, [s.person for s in apart.seats if s.lead]):
        for p in new:
            _add_counterparts(ctx, groups, apart, [p], i)
        return
    hosts = [s for s in apart.seats if s.lead and s.sentence == apart.trigger]
    if any(s.sentence != apart.trigger for s in apart.seats if s.lead):
        target = Group(apart.trigger, apart.cue, sentences=[apart.trigger])
        for s in hosts:
            target.seats.append(Seat(s.person, "principal", s.sentence, lead=True))
        groups.append(target)
    else:
        target = apart
    for p in new:
        target.seats.append(Seat(p, "principal", i, lead=True))
    if i not in target.sentences:
        target.sentences.append(i)


def _attending(ctx: _Doc, i: int, people: list[Person]) -> list[Person]:
    """People of an attendance sentence, without those named in a relative clause after the list
    ("Attending was A, who recalled that B ...")."""
    lex = ctx.lex
    if not lex.relative_cue:
        return people
    a, b = ctx.doc.sentences[i]
    att = lex.compiled(lex.attendance_cue).search(ctx.text, a, b)
    rel = lex.compiled(lex.relative_cue).search(ctx.text, att.end() if att else a, b)
    if rel is None:
        return people
    kept = []
    for p in people:
        m = p.mention_in(i)
        if m is None or m.head_start < rel.start():
            kept.append(p)
    return kept


def _another_occasion(ctx: _Doc, i: int, sentence: str, first: Group) -> bool:
    """A later cue sentence told as a sequel ("Earlier on 21 August last year, ...") whose own date lies over a
    week from the first event's (its trigger's date, else the dateline's or the issue's): another occasion."""
    lex = ctx.lex
    if not lex.sequel_cue or not lex.compiled(lex.sequel_cue).search(sentence):
        return False
    hit = find_event_date(ctx.text, ctx.doc.sentences[i], ctx.ref, lex, [])
    if hit is None or hit.date.precision != "day":
        return False
    before = find_event_date(ctx.text, ctx.doc.sentences[first.trigger], ctx.ref, lex, [])
    if before is not None and before.date.precision == "day":
        then = date.fromisoformat(before.date.iso)
    elif ctx.dateline is not None and ctx.dateline.date is not None:
        then = ctx.dateline.date
    elif ctx.ref is not None:
        then = ctx.ref
    else:
        return False
    return abs((date.fromisoformat(hit.date.iso) - then).days) > 7


def _dated_apart(ctx: _Doc, i: int, first: Group) -> bool:
    """Sentence ``i`` dates its act to a day none of the first event's sentences (or the one telling it again)
    gives, one of them giving one ("On December 5, the delegation had talks" after "at a reception on December
    6")."""
    hit = find_event_date(ctx.text, ctx.doc.sentences[i], ctx.ref, ctx.lex, [])
    if hit is None or hit.date.precision != "day":
        return False
    principals = _principals(first)
    retold = [  # a caption's meeting told again in the body
        j for j in range(ctx.body, i) if j not in first.sentences and find_kind(ctx.sentence(j), ctx.lex) is not None
        and any(_referenced(p, ctx.doc.sentences[j]) for p in principals)
    ]
    told = [find_event_date(ctx.text, ctx.doc.sentences[j], ctx.ref, ctx.lex, []) for j in first.sentences + retold]
    days = {t.date for t in told if t is not None and t.date.precision == "day"}
    return bool(days) and hit.date not in days


def _new_date(ctx: _Doc, i: int, first: Group) -> bool:
    """A later cue sentence dated otherwise than the trigger ("On November 7th, A was received by B")."""
    hit = find_event_date(ctx.text, ctx.doc.sentences[i], ctx.ref, ctx.lex, [])
    if hit is None or ctx.lex.compiled(ctx.lex.date_today).search(ctx.text[hit.span[0] : hit.span[1]]):
        return False
    before = find_event_date(ctx.text, ctx.doc.sentences[first.trigger], ctx.ref, ctx.lex, [])
    if before is None and ctx.dateline is not None and ctx.dateline.date is not None:
        d = ctx.dateline.date
        return hit.date != FuzzyDate.of(d.year, d.month, d.day)
    return before is not None and hit.date != before.date


def _trigger_groups(
    ctx: _Doc, i: int, cue: KindCue, present: list[Person], inherit: Group | None = None, listed: bool = False,
    met_before: tuple[Person, ...] = (), talks: bool = False, presented: bool = False,
) -> list[Group]:
    """The events a cue sentence tells; ``listed``: the sentence is the list of one side ("Por parte del
    PCE participaron A y B"), so its attendance verb introduces the lead rather than an escort; ``met_before``: the
    principals of the events told before (``_met_apart``); ``talks``: a list held talks with is met in turn
    (``_met_in_turn``); ``presented``: the people met each have a post of their own (``_each_presented``)."""
    lex = ctx.lex
    a, _ = ctx.doc.sentences[i]
    sentence = ctx.sentence(i)
    cue_at = a + cue.start
    escort = lex.compiled(lex.attendance_cue)
    before: list[Person] = []
    after: list[Person] = []
    escorts: list[Person] = []
    for p in present:
        m = p.mention_in(i)
        short = _short_form_at(p, ctx.doc.sentences[i]) if m is None else None
        start = m.hit.start if m is not None else (short if short is not None else a)
        at = (m.head_start if m is not None else start) - a
        escorted = [e for e in escort.finditer(sentence[:at])]
        if escorted and not listed and not (escorted[-1].end() <= cue.start < at):
            escorts.append(p)
        elif start < cue_at:
            before.append(p)
        else:
            after.append(p)
    before = _without_sources(ctx, i, cue, before)
    if inherit is not None and not any(p in before for p in _principals(inherit)) \
            and not _both_sides(ctx, after, _principals(inherit)):
        principals = [p for p in _principals(inherit) if p not in after and p not in before]
        named = [p for p in principals if _referenced(p, ctx.doc.sentences[i])]
        # the dateline's city tells the visit's hosts, not the addressee of a call or message ("BRASILIA -- Lula
        # received phone calls from A, B and C" ... "In his call, D said": D called Lula)
        remote = cue.kind in REMOTE_ONE_EACH
        host = city_country(ctx.dateline.place, lex) if ctx.dateline is not None and not remote else None
        others = [
            p for p in principals if not _same_country(ctx, p, before + after) and country_guess(ctx, p) != host
        ] or [p for p in principals if not _same_country(ctx, p, before + after)] or _head_of_other_side(
            ctx, inherit, principals, before + after
        )
        stretch = sentence[: cue.start]  # "A mesma delegação do partido comunista do Vietname, foi recebida"
        unnamed = not before and bool(lex.visitor_cue) and lex.compiled(lex.visitor_cue).search(stretch) is not None
        side = side_named(ctx, stretch) if unnamed else None
        sided = [p for p in principals if side is not None and country_guess(ctx, p) == side]
        # "the delegation met with B" when the principals before are all of B's side: the delegation's head
        posted = [] if named or before else _subject_post(ctx, principals, stretch)
        chosen = (named or posted or sided or others or ([] if unnamed else principals))[:1]
        if remote and not named and (addressee := roundup_addressee(ctx)) in others:
            chosen = [addressee]  # "Hun Manet también le envió un mensaje": to the roundup's addressee, To Lam
        # a roundup's sender or caller named with no one after the cue but the addressee by a short form ("A, prime
        # minister of the Cook Islands, congratulated Xi on his election" after a lede of messages to Xi Jinping)
        addressed = remote and inherit.cue.kind in REMOTE_ONE_EACH and not after and bool(chosen) \
            and chosen[0] in others and chosen[0].short_form_in(cue_at, ctx.doc.sentences[i][1]) is not None
        if not before or (chosen and chosen[0] in named) or addressed:
            before = [*chosen, *before] if before else chosen
    if not before and after and inherit is None:
        before = _post_named_before(ctx, i, cue, after)  # "No quadro da reunião, o Ministro teve encontros com A"
    if not before and after and (visitor := unnamed_visitor(ctx, i, cue, after)) is not None:
        before = [visitor]  # "While there, the delegation paid courtesy visits to A and B": its head, named before
    elif not before and not after and escorts and (visitor := unnamed_visitor(ctx, i, cue, escorts)) is not None:
        before = [visitor]  # "Il a été accueilli à sa descente d'avion par A": the guest named before, A's welcome
    elif before and not after and (visitor := unnamed_visitor(ctx, i, cue, before, met=True)) is not None:
        after = [visitor]  # "B met with the delegation over lunch"
    if (members := _made_of(ctx, i, cue, after)):  # "met with a delegation made up of A, B and C": A heads it
        after = [p for p in after if p not in members]
        escorts = [*escorts, *members]
    # a subject taken from the event told before is not in the sentence ("During her stay, the Lao NA Chairwoman held
    # talks with A, paid courtesy calls to B and C, and met with D"): the acts are read among the people it names
    subject, told = several_acts(ctx, i, [p for p in before + after if _in_sentence(ctx, p, i)])
    if told and inherit is not None and any(not _in_sentence(ctx, p, i) for p in before):
        # an act with the people met before told again as the setting ("Tras el encuentro con Duque, el Presidente
        # se reunió con A"): only the new act is one
        seen = {id(p) for p in (*met_before, *_principals(inherit))}
        told = [(c, people) for c, people in told if not all(id(p) in seen for p in people)]
    if told:
        met = [p for _, people in told for p in people]
        visitor = unnamed_visitor(ctx, i, told[0][0], met)  # "the delegation offered flowers at ..., met A"
        if visitor is not None or subject or before:
            return _act_groups(ctx, i, [visitor] if visitor is not None else subject or before, escorts, told)
    if (apart := _met_apart(ctx, before, after, met_before)) is not None:
        subjects = [people[0] for people in apart]  # the people met apart, when the list is the subject
        own = _cue_after_subjects(ctx, i, cue, subjects) if all(p in before for p in subjects) else None
        return [_principal_group(i, own or cue, people, escorts) for people in apart]
    in_turn = len(after) >= 2 and cue.kind != "agreement" and (
        _in_turn(ctx, i, after) or (not before and _enumerated(ctx, i, cue, after))
    )
    if in_turn and not before:
        before = _carried_subject(ctx, i, after)  # "La primera reunión fue con A; luego, con B": the one told before
        in_turn = bool(before)
    leads = before + after
    enumerated = len(after) >= 2 and bool(before) and cue.kind != "agreement" and _enumerated(ctx, i, cue, after)
    met = _people_met(ctx, i, cue, before, after, talks=talks, presented=presented)
    if (pairs := _respective_pairs(ctx, cue, before, after)) is not None:
        splits = pairs  # "A et B ont échangé des messages avec C, D": A with C, B with D
    elif (
        _senders_apart(ctx, cue, before)
        or _to_own_counterparts(ctx, i, cue, before, after)
        or _each_sender(ctx, i, cue, before, after)
    ):
        splits = [[b, *after] for b in before]  # "A, B et C ont adressé des messages": one message each
    elif len(after) >= 2 and (
        lex.compiled(lex.separate_cue).search(sentence) or enumerated or in_turn or _meetings_after(ctx, i)
        or _peers_by_country(ctx, i, cue, before, after)
        or remote_apart(ctx, cue, before, after)
        or _countries_listed(ctx, i, after)
        or _series_listed(ctx, i, after, before)
    ):
        splits = [[*before, o] for o in after]
    elif len(before) >= 2 and len(after) == 1 and lex.compiled(lex.separate_cue).search(sentence[cue.start :]):
        splits = [[b, *after] for b in before]  # "A and B hosted separate receptions for C": one each
    elif met:
        splits = [[*before, o] for o in met]
        splits[0].extend(o for o in after if o not in met)
    else:
        splits = [leads]
    out = []
    for people in splits:
        g = Group(i, cue, sentences=[i])
        for p in people:
            g.seats.append(Seat(p, "principal", i, lead=True))
        for p in escorts:
            g.seats.append(Seat(p, "attendee", i))
        out.append(g)
    return out


_MADE_OF_REACH = 60  # characters from a make-up word to the first member ("comprising", "integrada por su presidenta,")


def _made_of(ctx: _Doc, i: int, cue: KindCue, after: list[Person]) -> list[Person]:
    """The members of a delegation met, named after the cue by a make-up word right after the delegation
    (``cues.made_of``: "met with a delegation comprising A, B and C", "recibió una delegación del PT integrada por su
    presidenta, A, el secretario B y el diputado C"): one exchange with the first named, its head; the others (the
    returned people) are its members, present at it, not each met apart."""
    lex = ctx.lex
    if len(after) < 2 or not lex.made_of_cue:
        return []
    a, _ = ctx.doc.sentences[i]
    starts = sorted((m.head_start, n, p) for n, p in enumerate(after) if (m := p.mention_in(i)) is not None)
    if len(starts) < 2:
        return []
    first = starts[0][0]
    made = lex.compiled(lex.made_of_cue).search(ctx.text, a + cue.start, first)
    if made is None or first - made.end() > _MADE_OF_REACH:
        return []
    return [p for _start, _n, p in starts[1:]]


def _in_sentence(ctx: _Doc, person: Person, i: int) -> bool:
    """Whether sentence ``i`` names ``person``, in full or by a short form."""
    return person.mention_in(i) is not None or _short_form_at(person, ctx.doc.sentences[i]) is not None


def _without_sources(ctx: _Doc, i: int, cue: KindCue, before: list[Person]) -> list[Person]:
    """The people named before the cue but those who only report it (``cues.reporter``: "La Vicepresidenta
    Compañera Rosario Murillo informó que el Canciller Denis Moncada se reunió con ..."): a name followed by a
    reporting verb and "que"/"that", with someone else named between it and the cue, is the source."""
    if not ctx.lex.reporter_cue or len(before) < 2:
        return before
    reporter = ctx.lex.compiled(ctx.lex.reporter_cue)
    cue_at = ctx.doc.sentences[i][0] + cue.start
    starts = {id(p): m.hit.start for p in before if (m := p.mention_in(i)) is not None}
    kept = []
    for p in before:
        m = p.mention_in(i)
        told = reporter.match(ctx.text, m.hit.end) if m is not None else None
        if told is not None and told.end() <= cue_at and any(
            starts.get(id(o), -1) >= told.end() for o in before if o is not p
        ):
            continue
        kept.append(p)
    return kept


def _head_of_other_side(ctx: _Doc, inherit: Group, principals: list[Person], met: list[Person]) -> list[Person]:
    """When every principal of the event told last is of the country of the people a recall-tier sentence names
    ("A CCP delegation landed in Caracas ... [and met] President A"; "The delegation is headed by B" ... "Their
    multiple meetings also included separate conversations with minister C, and D", all of A's country): a lead
    seated there of a known other country, the delegation's head B, is their counterpart."""
    if not principals or not all(_same_country(ctx, p, met) for p in principals):
        return []
    return [
        s.person for s in inherit.seats
        if s.person not in principals and s.person not in met and country_guess(ctx, s.person) is not None
        and not _same_country(ctx, s.person, met)
    ][:1]


def _respective_pairs(
    ctx: _Doc, cue: KindCue, before: list[Person], after: list[Person]
) -> list[list[Person]] | None:
    """Messages exchanged between two lists of the same length, each of one side ("le Premier ministre A et le
    président de l'Assemblée nationale B ont échangé des messages de félicitations avec le Premier ministre C, le
    président du Comité permanent D"): each head writes to their counterpart, paired in order, one message each
    (a list written to one person, "A et B ont échangé des messages avec C", stays one exchange). A head whose
    country no word tells ("le Premier ministre du Conseil d'État B" unknown to the people table) is of the side
    the others of their list are of, as long as each list has one known side."""
    if cue.kind != "message" or len(before) < 2 or len(before) != len(after):
        return None
    ours = {country_guess(ctx, p) for p in before} - {None}
    theirs = {country_guess(ctx, p) for p in after} - {None}
    if len(ours) != 1 or len(theirs) != 1 or ours == theirs:
        return None
    return [[b, a] for b, a in zip(before, after, strict=True)]


def _senders_apart(ctx: _Doc, cue: KindCue, before: list[Person]) -> bool:
    """Senders of messages of as many countries as there are senders ("Le président du PKR et Premier ministre
    malaisien, A, le chef de la PML-N et Premier ministre pakistanais, B, et la présidente du Pheu Thai et Première
    ministre thaïlandaise, C, ont adressé des lettres de félicitations"): each head of state or party writes their
    own, one message each (two senders of two countries exchange messages with each other: one exchange)."""
    if cue.kind != "message" or len(before) < 3:
        return False
    countries = [country_guess(ctx, p) for p in before]
    return None not in countries and len(set(countries)) == len(countries)


def _to_own_counterparts(ctx: _Doc, i: int, cue: KindCue, before: list[Person], after: list[Person]) -> bool:
    """Senders writing "to their counterparts", none of whom is named (``cues.own_counterparts``: "El
    secretario general ... Xi Jinping, el presidente del Congreso ... Zhang Dejiang, y el primer ministro, Li
    Keqiang, hicieron llegar sus mensajes de congratulación a sus contrapartes vietnamitas"; "A [KH] y B [CU]
    felicitaron a sus pares vietnamitas"): each head writes to their own counterpart, one message each (named
    counterparts are paired by ``_respective_pairs``)."""
    if cue.kind != "message" or len(before) < 2 or after or not ctx.lex.own_counterparts_cue:
        return False
    return ctx.lex.compiled(ctx.lex.own_counterparts_cue).search(ctx.sentence(i), cue.start) is not None


def _each_sender(ctx: _Doc, i: int, cue: KindCue, before: list[Person], after: list[Person]) -> bool:
    """Two or more senders, none of whose addressees is named, each writing their own (``cues.each_sender``
    right before the cue: "Chinese President Xi Jinping ... and Russian President Vladimir Putin, on Monday each
    sent a congratulatory letter to the 10th meeting of the dialogue mechanism"): one message each, not one
    exchanged between them."""
    if cue.kind != "message" or len(before) < 2 or after or not ctx.lex.each_sender_cue:
        return False
    stretch = ctx.sentence(i)[max(0, cue.start - 40) : cue.start]
    return ctx.lex.compiled(ctx.lex.each_sender_cue).search(stretch) is not None


def _own_counterparts_told(ctx: _Doc, i: int, cue: KindCue) -> bool:
    """A later sentence of a roundup whose senders write "to their counterparts", none named
    (``cues.own_counterparts``: "... hicieron llegar sus mensajes ... a sus contrapartes vietnamitas." then "El
    primer ministro de Camboya, A, y el presidente de Cuba, B, felicitaron a sus pares vietnamitas"): each
    sender's message is told, not guessed by the recall tier, though one side only is named."""
    if cue.kind != "message" or not ctx.lex.own_counterparts_cue:
        return False
    return ctx.lex.compiled(ctx.lex.own_counterparts_cue).search(ctx.sentence(i), cue.start) is not None


def _both_sides(ctx: _Doc, people: list[Person], principals: list[Person]) -> bool:
    """Whether the people named after a cue are of both sides of the earlier event ("He spoke highly of the
    results of talks between A and B", A a guest, B of the host's country): the exchange is theirs, and no
    principal of the earlier event is its subject."""
    named = {country_guess(ctx, p) for p in people} - {None}
    earlier = {country_guess(ctx, p) for p in principals} - {None}
    return len(named) >= 2 and len(earlier) >= 2 and earlier <= named


def _meetings_after(ctx: _Doc, i: int) -> bool:
    """One of the next two sentences speaks of the meetings just told, in the plural ("Yerlan Karin met with A,
    and B." "During the meetings, ..."; "In these meetings, both sides ..."): the people met were met one by one."""
    return ctx.next_matching(i, ctx.lex.separate_after_cue) is not None


def _met_apart(
    ctx: _Doc, before: list[Person], after: list[Person], met: tuple[Person, ...]
) -> list[list[Person]] | None:
    """A list of people of one side met, one of whom an earlier event already holds ("Sun Haiyan meets with
    President A", a caption, then "the delegation met with President A and Prime Minister B"; "A, B, C and D
    met with the Chinese delegation" after a caption of A's meeting): the list names separate meetings, one
    each for those not met yet, with the one person on the other side."""
    for listed, other in ((after, before), (before, after)):
        fresh = [p for p in listed if not any(p is m for m in met)]
        sides = {country_guess(ctx, p) for p in listed} - {None}
        if len(listed) >= 2 and len(other) == 1 and fresh and len(fresh) < len(listed) and len(sides) == 1 \
                and country_guess(ctx, other[0]) not in sides:
            return [[*other, p] if listed is after else [p, *other] for p in fresh]
    return None


def _cue_after_subjects(ctx: _Doc, i: int, cue: KindCue, subjects: list[Person]) -> KindCue | None:
    """The act of a list of subjects told before the sentence's cue ("A, B and C received, while D held talks
    with the delegation": A, B and C received it)."""
    a, _ = ctx.doc.sentences[i]
    ends = [m.hit.end - a for p in subjects if (m := p.mention_in(i)) is not None]
    if not ends or max(ends) >= cue.start:
        return None
    start = max(ends)
    own = find_kind(ctx.sentence(i)[start : cue.start], ctx.lex)
    return KindCue(own.kind, start + own.start, start + own.end) if own is not None else None


def _principal_group(i: int, cue: KindCue, people: list[Person], escorts: list[Person]) -> Group:
    g = Group(i, cue, sentences=[i])
    for p in people:
        g.seats.append(Seat(p, "principal", i, lead=True))
    for p in escorts:
        g.seats.append(Seat(p, "attendee", i))
    return g


def _act_groups(
    ctx: _Doc, i: int, before: list[Person], escorts: list[Person], acts: list[tuple[KindCue, list[Person]]]
) -> list[Group]:
    """One event per act of "X met with A; held talks with B; and had meetings with C and D" (a plural
    act, "meetings with", one per person)."""
    sentence = ctx.sentence(i)
    out = []
    for cue, people in acts:
        # "met separately with", "met respectively with" (the adverb right after the act's verb)
        plural = bool(ctx.lex.compiled(ctx.lex.separate_cue).search(sentence[cue.start : cue.end + 14])) or (
            cue.kind == "meeting" and _separate_offices(ctx, i, people)
        )
        for met in ([[p] for p in people] if plural else [people]):
            g = Group(i, cue, sentences=[i])
            for p in [*before, *met]:
                g.seats.append(Seat(p, "principal", i, lead=True))
            for p in escorts:
                g.seats.append(Seat(p, "attendee", i))
            out.append(g)
    return out


def _met_in_turn(ctx: _Doc, i: int, cue: KindCue, visit: Group, new: list[Person]) -> bool:
    """After a visit told with its visitor alone, a list the visitor held talks with ("During the four-day trip,
    Cai held talks with Vice President A, Speaker B, and Chairperson C") or that names some of a group met
    ("met representatives from a number of parties, including A, B and C"): one event each (not a list of
    greeters: "was received at the airport by A, B and C" stays one welcome)."""
    if cue.kind != "talks" and not _some_of_a_group(ctx, i, cue, new):
        return False
    return bool(_people_met(ctx, i, cue, _principals(visit)[:1], new, talks=True))


def _enumerated(ctx: _Doc, i: int, cue: KindCue, after: list[Person]) -> bool:
    """"X met with A; with B; and with C" / "X was received by A, by B and by C": the word that brings in
    the first counterpart is repeated before each of the others, so X met each on their own (plain
    grammar: "met with A and B" repeats nothing and stays one event; "signed by A and by B" names the
    two sides of one act, and no one is named before the cue)."""
    a, _ = ctx.doc.sentences[i]
    marks: list[tuple[int, int]] = []
    for p in after:
        m = p.mention_in(i)
        if m is None:
            return False
        marks.append((m.head_start, m.hit.end))
    marks.sort()
    first = _linking_word(ctx, ctx.text[a + cue.start : marks[0][0]])  # the cue's own "con" when it ends on it
    if first is None:
        return False
    return all(
        _linking_word(ctx, ctx.text[end:start]) == first
        for (_, end), (start, _) in pairwise(marks)
    )


def _subject_post(ctx: _Doc, principals: list[Person], stretch: str) -> list[Person]:
    """The principal a subject written as a post alone names ("La secrétaire d'Etat a également eu des entretiens
    avec Mme Cristina Duarte ..." after "La secrétaire d'Etat auprès du ministre des Affaires étrangères, ..., Mme
    Bakhta Selma Mansouri, a tenu ... des rencontres avec A, B, ainsi que C"): the one principal of the event told
    before whose title holds the post's head word, not the counterpart that event met last."""
    words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", stretch)]
    if len(words) < 2 or words[0] not in ctx.lex.articles or words[1] not in ctx.lex.title_heads:
        return []
    titled = [p for p in principals if words[1] in _post_words(ctx, p)]
    return titled if len(titled) == 1 else []


def _post_named_before(ctx: _Doc, i: int, cue: KindCue, after: list[Person]) -> list[Person]:
    """The subject of the story's first cue sentence written as a post alone after a lead-in ("No quadro da reunião,
    o Ministro teve encontros bilaterais com os seus homólogos ..." after "O Ministro das Relações Exteriores de Cuba,
    Bruno Rodríguez Parrilla, esteve à frente da delegação cubana"): the one person named before whose title holds
    the post's head word (``_subject_post``; issue 13, furtherlat)."""
    a, _ = ctx.doc.sentences[i]
    clause = ctx.text[a : a + cue.start].rsplit(",", 1)[-1]
    earlier = [p for p in ctx.people if p not in after and ctx.body <= p.first.sentence < i]
    return _subject_post(ctx, earlier, clause)


def _post_words(ctx: _Doc, person: Person) -> set[str]:
    """The words of a person's title, else of the words opening the sentence that first names them, up to the name
    ("La secrétaire d'Etat auprès du ministre des Affaires étrangères, ..., Mme Bakhta Selma Mansouri": a title set
    off by commas that the title reader leaves unread)."""
    if person.title is not None:
        text = person.title.text
    else:
        first = person.first
        a, _ = ctx.doc.sentences[first.sentence]
        text = ctx.text[max(a, first.hit.start - 160) : first.hit.start]
    return {w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", text)}


def _countries_listed(ctx: _Doc, i: int, after: list[Person]) -> bool:
    """Whether the people met are counterparts each brought in by a country of their own ("s'est aussi entretenu
    avec ses homologues du Congo, Dénis Sassou Nguesso, de la Guinée Equatoriale, Obiang Nguema Mbasogo ainsi que
    le Premier ministre de la République de Lettonie, Laimdota Straujuma": ``mentions._listed_country``): one
    exchange each, the others of the list each of another country too ("met with his counterparts A and B" stays
    one event)."""
    listed = [m for p in after if (m := p.mention_in(i)) is not None and m.listed_country]
    return len(listed) >= 2 and _distinct_countries(ctx, after)


def _series_listed(ctx: _Doc, i: int, after: list[Person], subjects: list[Person]) -> bool:
    """Whether a story told as a series of separate exchanges (an earlier sentence with a separate cue: "held a string
    of bilateral meetings with world leaders", "teve encontros de cortesia separados com vários chefes de Estado")
    lists people met each of a known country of their own, the subject's country known and none of theirs ("On the
    margins of the G20 Summit, he met South Korean President A, Turkiye President B and African Union President C";
    "João Lourenço recebeu o vice-ministro ... do Japão, A, o ministro ... de Omã, B, e o presidente ... da Argélia,
    C"): one exchange each, as the series goes on (issue 13, furtherlat). Not a companion of the subject's side
    ("sostuvieron una reunión, junto al presidente A, con el presidente de El Salvador, B"); outside such a story "met
    A [X] and B [Y]" stays one event."""
    if len(after) < 2 or not any(ctx.lex.compiled(ctx.lex.separate_cue).search(ctx.sentence(j)) for j in range(i)):
        return False
    return any(country_guess(ctx, p) is not None for p in subjects) and _distinct_countries(ctx, after, subjects)


def _series_met(ctx: _Doc, i: int, present: list[Person], new: list[Person], groups: list[Group]) -> list[Group]:
    """A sentence with no kind cue naming only people no event holds, each of a known country of their own, after a
    first exchange told as separate meetings with people it leaves unnamed or names in part ("teve na Cidade Alta
    encontros de cortesia separados com vários chefes de Estado" then "Entre os líderes recebidos contaram-se os
    Presidentes do Congo Brazzaville, A, de Portugal, B, e da Guiné Equatorial, C"): the series goes on, one exchange
    each with that exchange's principal of a known country (``_series_listed``; recall tier, issue 13, furtherlat).
    Not what someone said, nor who attended."""
    first = groups[0] if groups else None
    if first is None or first.recall or len(new) < 2 or len(new) != len(present):
        return []
    lex = ctx.lex
    sentence = ctx.sentence(i)
    if not lex.compiled(lex.separate_cue).search(ctx.sentence(first.trigger)) or is_attendance(sentence, lex) \
            or (lex.speech_cue and lex.compiled(lex.speech_cue).search(sentence)):
        return []
    subjects = [p for p in _principals(first) if country_guess(ctx, p) is not None]
    if len({country_guess(ctx, p) for p in subjects}) != 1 or not _series_listed(ctx, i, new, subjects):
        return []
    cue = KindCue(first.cue.kind, -1, -1)
    out = []
    for p in new:
        g = _principal_group(i, cue, [subjects[0], p], [])
        g.recall = True
        out.append(g)
    return out


def _distinct_countries(ctx: _Doc, people: list[Person], subjects: list[Person] | None = None) -> bool:
    """Whether each person is of a known country, none of the same as another nor as one of ``subjects``."""
    countries = [country_guess(ctx, p) for p in people]
    own = {country_guess(ctx, p) for p in subjects or []}
    return None not in countries and len(set(countries)) == len(countries) and not own & set(countries)


def _in_turn(ctx: _Doc, i: int, after: list[Person]) -> bool:
    """"met first with A; then, at the Assembly, with B and later with C" / "recebeu A e, depois, B": a word of
    sequence (``cues.in_turn``) between each person met and the next, so they were met one after the other,
    one event each (plain "met A and B" stays one event)."""
    if not ctx.lex.in_turn_cue:
        return False
    marks = sorted((m.head_start, m.hit.end) for p in after if (m := p.mention_in(i)) is not None)
    if len(marks) < 2 or len(marks) < len(after):
        return False
    turn = ctx.lex.compiled(ctx.lex.in_turn_cue)
    return all(turn.search(ctx.text[end:start]) for (_, end), (start, _) in pairwise(marks))


def _carried_subject(ctx: _Doc, i: int, after: list[Person]) -> list[Person]:
    """The one who met the people of a subjectless list met in turn: the first person of another side named in
    the sentence before ("Benedetti held at least three meetings ... The first was with A; then with B")."""
    if i == 0:
        return []
    span = ctx.doc.sentences[i - 1]
    named = sorted(
        (m.head_start, p) for p in ctx.named.candidates(i - 1, span)
        if p not in after and (m := p.mention_in(i - 1)) is not None
    )
    for _, p in named:
        if not _same_country(ctx, p, after):
            return [p]
    return []


def _visitor_unnamed(ctx: _Doc, i: int, cue: KindCue) -> bool:
    """Whether the cue's subject is the visiting delegation left unnamed (``cues.visitor`` over the stretch before
    the cue: "Le 22 février, la délégation vietnamienne a été reçue par A, B, C"): the people listed after it
    are met as after a named subject (``_people_met``), the delegation's head joining later
    (``heads.heads_joined``)."""
    lex = ctx.lex
    return bool(lex.visitor_cue) and lex.compiled(lex.visitor_cue).search(ctx.sentence(i)[: cue.start]) is not None


def _linking_word(ctx: _Doc, gap: str) -> str | None:
    """The preposition right before a name (after any article or courtesy title): "; y con el " -> "con", "por el
    Sr. " -> "por", "and H.E. " -> "and" (a conjunction: none)."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+(?:\.[^\W\d_]+)*", gap)]  # "H.E." one word
    while words and (words[-1] in ctx.lex.articles or words[-1] in ctx.lex.honorifics):
        words.pop()  # "y también por el Sr. " -> "por"
    if not words or len(words[-1]) > 5 or words[-1] in ctx.lex.conjunctions:
        return None
    return words[-1]


def _people_met(
    ctx: _Doc, i: int, cue: KindCue, before: list[Person], after: list[Person], talks: bool = False,
    presented: bool = False,
) -> list[Person]:
    """"During the visit, X met with President A, Foreign Minister B, Mayor C and ...": three or more
    counterparts with titles of their own (two when the list goes on unnamed: "met with Vice President A,
    Minister of Foreign Affairs B, and other senior Nigerian officials", ``cues.others_met``, or names some
    of a group met: "met with leaders, including A, and B", ``cues.met_list``, even of several countries),
    listed after an in-person meeting cue (or a talks cue, ``talks``: "held talks with Vice President A,
    Speaker B, and Chairperson C" after a visit told with its visitor alone; or when named as some of a group:
    "s'est entretenu avec de hauts responsables tels que A, B, et C"), are the people X met, one
    meeting each ("met A and B" stays one meeting; leaders of several countries met at once stay one). The
    titled ones, in order; none if not a list."""
    some_of = _some_of_a_group(ctx, i, cue, after)
    if not some_of and _one_meeting(ctx, i, cue, after):
        return []
    need = 2 if some_of or presented or _list_goes_on(ctx, i, after) or _separate_offices(ctx, i, after) else 3
    kinds = ("meeting", "talks") if talks or some_of else ("meeting",)  # "s'est entretenu avec ... tels que A, B"
    subject = bool(before) or _visitor_unnamed(ctx, i, cue)
    if cue.kind not in kinds or not subject or len(after) < need or is_remote(ctx.sentence(i), ctx.lex):
        return []
    headline = find_kind(ctx.doc.article.title or "", ctx.lex)
    if headline is not None and remote_by_default(headline.kind):  # "Readout of X's Call with Leaders": one call
        return []
    titled: dict[str, Person] = {}
    for p in after:
        m = p.mention_in(i)
        if m is not None and m.title is not None:
            titled.setdefault(m.title.text.lower(), p)
    own = {country_guess(ctx, p) for p in before}
    placed = [c for p in after if (c := country_guess(ctx, p)) is not None and c not in own]
    if None not in own and len(set(placed)) >= 2 and not some_of and not _hosts_officials(ctx, i, placed):
        return []  # "spoke with President A of France, Chancellor B of Germany, ...": one multilateral act
    return list(titled.values()) if len(titled) >= need else []


def _hosts_officials(ctx: _Doc, i: int, placed: list[str]) -> bool:
    """Whether the people of a list met are the officials of the one country the sentence (or the one before) names,
    the rest read to countries it does not name ("During his visit [to Germany], Liu met and exchanged views with
    head of Germany's Federal Chancellery A, ..., co-leader of the Social Democratic Party B, ..., General Secretary
    of the Free Democratic Party C": B and C read to Japan and Italy by party names several countries share): met
    one by one, not leaders of several countries met at once ("President A of France, Chancellor B of Germany")."""
    most, held = Counter(placed).most_common(1)[0]
    if held * 2 < len(placed):
        return False
    named = _countries_named(ctx, i) | (_countries_named(ctx, i - 1) if i > 0 else set())
    return most in named and not named & (set(placed) - {most})


def _countries_named(ctx: _Doc, i: int) -> set[str]:
    """The countries sentence ``i`` names by a country word or demonym."""
    return _countries_in(ctx, ctx.sentence(i))


def _countries_in(ctx: _Doc, text: str) -> set[str]:
    """The countries a stretch of text names by a country word or demonym."""
    low = text.lower()
    return {
        code for word, code in ctx.lex.country_words
        if word in low and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE)
    }


def _peers_by_country(ctx: _Doc, i: int, cue: KindCue, before: list[Person], after: list[Person]) -> bool:
    """Whether the people met are peers of several countries named after a plural post they share (``cues.peers``:
    "En la sede de las Naciones Unidas, Díaz-Canel también dialogó con los presidentes A, de la República de Ecuador,
    B, de Andorra; y C, de Perú", "Na COP28, o chefe de Estado conversou com os primeiros-ministros do Vietnã, A, da
    Etiópia, B, e do Nepal, C"): a summit's bilateral talks, one each. Each country once and none of the subject's;
    one told as a single meeting or by telephone stays one ("sostuvo una reunión con los presidentes ...")."""
    if not ctx.lex.peers_cue or cue.kind not in ("meeting", "talks") or is_remote(ctx.sentence(i), ctx.lex):
        return False
    if not _told_before_list(ctx, i, cue.start, after, ctx.lex.peers_cue) or _one_meeting(ctx, i, cue, after):
        return False
    placed = [c for p in after if (c := country_guess(ctx, p)) is not None]
    if len(set(placed)) < len(placed):  # a country before each name ("do Vietnã, A, da Etiópia, B") reads as the last's
        placed = sorted(_countries_in(ctx, ctx.sentence(i)[cue.end :]))
    own = {c for p in before if (c := country_guess(ctx, p)) is not None}
    return len(set(placed)) >= 2 and not own & set(placed)


def _one_meeting(ctx: _Doc, i: int, cue: KindCue, after: list[Person]) -> bool:
    """Whether the cue tells one meeting held with all the people listed after it (``cues.one_meeting``, from
    the cue to the first of them: "manteve um encontro cordial com dirigentes e personalidades do PSOE, A, ex-
    presidente do Governo; B, presidente da Gestora ... e C, ex-chanceler", "sostuvo una reunión con A, B y C"):
    a list of titled people met at one meeting is met together, not one by one."""
    return _told_before_list(ctx, i, cue.start, after, ctx.lex.one_meeting_cue)


def _separate_offices(ctx: _Doc, i: int, people: list[Person]) -> bool:
    """Whether the people met in sentence ``i`` each hold another of one state's top offices (``titles.top_offices``:
    "held a courtesy meeting with President A and Acting Prime Minister B"; "had a meeting with Secretary of the
    LPRP and President of Laos A and Lao Prime Minister B"): each office receives a visitor apart, so they are met
    one by one ("met with ANC Secretary-General A and former President B", "with president A and vice president
    B" name no two such offices, and stay one meeting)."""
    if len(people) < 2 or not ctx.lex.top_office_title:
        return False
    if len({country_guess(ctx, p) for p in people} - {None}) > 1:
        return False
    office = ctx.lex.compiled(ctx.lex.top_office_title)
    held: set[str] = set()
    for p in people:
        m = p.mention_in(i)
        hit = office.search(m.title.text) if m is not None and m.title is not None else None
        if m is None or hit is None or _country_after(ctx, m.hit.end):
            return False
        held.add(" ".join(hit.group(0).lower().split()))
    return len(held) == len(people)


def _each_presented(ctx: _Doc, i: int, people: list[Person]) -> bool:
    """Whether the people met are each presented by a post of their own after the name, of another body, their
    list closed on the last ("While in China, Kim met with Wang Huning, a member of the standing committee of the
    political bureau of the Chinese Communist Party, and Liu Jianchao, minister of the party's international liaison
    department."): each holds another office, met one by one ("met with A and B" with no posts stays one meeting).
    """
    if len(people) != 2 or len({country_guess(ctx, p) for p in people} - {None}) > 1:
        return False
    posts: set[str] = set()
    for p in people:
        m = p.mention_in(i)
        if m is None or m.title is None or m.title.position != "after" or len(m.title.text.split()) < 2:
            return False
        posts.add(" ".join(m.title.text.lower().split()))
    return len(posts) == len(people)


def _named_subject(sentence: str, cue: KindCue) -> bool:
    """Whether the cue is the verb of a subject named right before it ("While in China, Kim met with A, <post>, and
    B, <post>"): the meetings are the sentence's own statement, not a setting of another act ("Qu explained ...
    during meetings with A and B", left to the recall tier)."""
    word = re.search(r"([^\W\d_][\w'-]*)\s+$", sentence[: cue.start])
    return word is not None and word.group(1)[0].isupper()


def _country_after(ctx: _Doc, end: int) -> bool:
    """Whether a name ending at ``end`` is followed by its country ("President A and Foreign Minister B of
    Switzerland", "Prime Minister A of Japan and President B of the Republic of Korea"): a readout's leaders
    met together, not a host country's offices called on one by one."""
    words = ctx.text[end : end + 40].split()
    return len(words) >= 2 and words[0].lower() in ctx.lex.of_words and words[1][:1].isupper()


def _some_of_a_group(ctx: _Doc, i: int, cue: KindCue, after: list[Person]) -> bool:
    """Whether the people met are named as some of a larger group met, right after the cue's object ("met
    with Cambodian and Lao party and government leaders, including A, and B", ``cues.met_list``)."""
    return _told_before_list(ctx, i, cue.end, after, ctx.lex.met_list_cue)


def _told_before_list(ctx: _Doc, i: int, offset: int, after: list[Person], pattern: str) -> bool:
    """Whether ``pattern`` occurs in sentence ``i`` from ``offset`` (within the sentence) to the first of the people
    listed ``after`` it."""
    if not pattern or not after:
        return False
    starts = [m.head_start for p in after if (m := p.mention_in(i)) is not None]
    a, _ = ctx.doc.sentences[i]
    if not starts or min(starts) < a + offset:
        return False
    return ctx.lex.compiled(pattern).search(ctx.text[a + offset : min(starts)]) is not None


def _list_goes_on(ctx: _Doc, i: int, after: list[Person]) -> bool:
    """Whether the list of people met ends on unnamed others: "B, C, and other senior officials"."""
    if not ctx.lex.others_met_cue or not after:
        return False
    ends = [m.hit.end for p in after if (m := p.mention_in(i)) is not None]
    _, b = ctx.doc.sentences[i]
    return bool(ends) and bool(ctx.lex.compiled(ctx.lex.others_met_cue).match(ctx.text[max(ends) : b]))


def _same_country(ctx: _Doc, person: Person, others: list[Person]) -> bool:
    """Whether ``person`` looks to be of the country of one of ``others`` (unknown: no)."""
    mine = country_guess(ctx, person)
    return mine is not None and any(country_guess(ctx, o) == mine for o in others)


def article_fallback(ctx: _Doc) -> Group | None:
    """Recall tier for a whole article: no sentence joins a cue to the people taking part ("Delegations
    of A and B attended the summit"; "X left for the summit in Y"), yet the headline or the body names a
    kind of exchange, a word of one (``exchange_cue``: "homólogo", "comitiva") or who attended, and the lead
    names at least two people. One event of the first
    cue's kind (a meeting without one), the people of the first sentences naming someone; while they
    name one side only, read on into lists of those present (up to three sentences in all). None when the first
    people are named in a sentence telling its act only as still to come (``act_to_come``: "Nicolás Maduro viajará
    este año a Vietnam"): the article announces, its later sentences give background."""
    lex = ctx.lex
    head = [ctx.doc.article.title or ""] + [ctx.sentence(j) for j in range(len(ctx.doc.sentences))]
    cues = [c for c in (find_kind(t, lex) for t in head) if c is not None]
    attended = any(is_attendance(ctx.sentence(j), lex) for j in range(ctx.body, len(ctx.doc.sentences)))
    exchange = bool(lex.exchange_cue) and any(lex.compiled(lex.exchange_cue).search(t) for t in head)
    if not cues and not attended and not exchange:  # "Al recibir a su homólogo asiático": a word of an exchange
        return None
    kind = cues[0].kind if cues else fallback_kind(head[: ctx.body + 3], ctx)
    people: list[Person] = []
    group: Group | None = None
    for i in range(ctx.body, len(ctx.doc.sentences)):
        present = [p for p in _present(ctx, i, None) if p not in people]
        if group is None and act_to_come(ctx.sentence(i), lex):
            # "A l'invitation de son homologue chinois, Macron effectuera une visite": nothing held yet; the first
            # people told so make the article an announcement ("Nicolás Maduro viajará este año a Vietnam"), whose
            # later sentences give background ("tras el viaje que realizó ... Hugo Chávez en 2006")
            if present:
                return None
            continue
        if announced(ctx.sentence(i), lex):
            continue  # the other side read on for: a sentence quoting a promise ("le peuple lao obtiendra") is read
        if not present:
            continue
        enough = group is not None and (len(people) >= 2 or len(group.sentences) >= 2)
        if enough and not is_attendance(ctx.sentence(i), lex):
            continue  # read on for the other side only in a list of those present ("Por la parte cubana participaron")
        if group is None:
            group = Group(i, KindCue(kind, 0, 0), sentences=[i], recall=True)
        elif i not in group.sentences:
            group.sentences.append(i)
        for p in present:
            group.seats.append(Seat(p, "principal", i, lead=True))
        people.extend(present)
        countries = {country_guess(ctx, p) for p in people}
        if (len(people) >= 2 or len(group.sentences) >= 2) and (len(countries) != 1 or None in countries
                                                                 or len(group.sentences) >= 3):
            break  # "A, accompanied by B (same side) ... For the Cuban side, C took part": read on to the other side
    return group if group is not None and len(people) >= 2 else None
