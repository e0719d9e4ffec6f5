"""Sentences to events: the first cue sentence naming people is the trigger; later ones add
counterparts ("separately met A and B"), sequels ("also met C", "the next day"), co-principals,
attendance lists, and, as the recall tier, any other cue sentence naming new people."""

from __future__ import annotations

from liaison.extract.assembly.trace import ablated
from liaison.extract.latin.acts import several_acts
from liaison.extract.latin.attendance import attendance_ahead, attends_named_act, is_attendance
from liaison.extract.latin.context import (
    Group,
    Seat,
    _Doc,
    _present,
    _principals,
    _seat_all,
    _seat_members,
    country_guess,
    is_source,
)
from liaison.extract.latin.delegates import carry_delegation
from liaison.extract.latin.framed import framed_exchange, umbrella
from liaison.extract.latin.kind_context import fallback_kind
from liaison.extract.latin.kinds import KindCue, act_to_come, announced, find_kind
from liaison.extract.latin.later_seats import (
    _BULLETS,
    _add_counterparts,
    _attended,
    _attendee_speaking,
    _attending,
    _awaits_counterparts,
    _companions,
    _complete,
    _counterpart_speaking,
    _delegation_heads,
    _list_continued,
    _list_item,
    _listed_met,
    _met_before_speaking,
    _met_in_turn,
    _names_counterparts,
    _one_sided,
    _opens_delegation_list,
    _opens_met_list,
    _plural_visits,
    _series_met,
    _unnamed_met,
    _unnamed_named,
    _unnamed_side_speaking,
    _welcomed,
)
from liaison.extract.latin.mentions import Person
from liaison.extract.latin.message_splits import _own_counterparts_told
from liaison.extract.latin.met_lists import (
    _countries_listed,
    _each_presented,
    _enumerated,
    _named_subject,
    _separate_offices,
    _series_listed,
)
from liaison.extract.latin.one_sided import lede_speaker, seminar_cue, visitor_act, visitor_seminar
from liaison.extract.latin.pairs import pair_act
from liaison.extract.latin.roundups import REMOTE_ONE_EACH, call_sequel, roundup_goes_on
from liaison.extract.latin.sequels import (
    _another_occasion,
    _dated_apart,
    _further,
    _met,
    _met_again,
    _one_country,
    _reply,
    _reported_speech,
    _restated,
    _retold,
    _sequel,
)
from liaison.extract.latin.subordinate import earlier_act
from liaison.extract.latin.trigger_groups import _trigger_groups

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


def _sequel_before(ctx: _Doc, sentence: str, cue: KindCue) -> bool:
    """A sequel word before the cue tells the act as another occasion, with a foreign group right after the cue
    ("Earlier, the CPP delegation held talks with a delegation from ...": ``cues.sequel``, ``cues.foreign``; not
    "Luego el mandatario ... se reunió con empresarios"; multi25)."""
    lex = ctx.lex
    if not lex.sequel_cue or not lex.foreign_cue or lex.compiled(lex.sequel_cue).search(sentence[: cue.start]) is None:
        return False
    other = lex.compiled(lex.foreign_cue).search(sentence, cue.end)
    return other is not None and other.start() - cue.end <= _GROUP_REACH


_GROUP_REACH = 20  # characters after the cue where the foreign group met begins ("with a delegation from")


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
        if cue is not None and any(g.cue.kind == cue.kind for g in groups) \
                and attends_named_act(sentence, (cue.start, cue.end), lex) \
                and not _named_after_cue(ctx, i, cue, [p for p in _present(ctx, i, cue)
                                                       if not any(g.has(p) for g in groups)]) \
                and not ablated("attended_act"):
            cue = None  # "Senators A and B also attended the online meeting": the act told, attended
        present = _present(ctx, i, cue)
        if present and all(is_source(ctx, p) for p in present) and not ablated("source_only"):
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
                if cue.kind in REMOTE_ONE_EACH and _unnamed_met(ctx, i, cue):
                    awaiting = (i, cue)  # "spoke by phone with five leaders." then "Among them were A, B and C"
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
                and (_dated_apart(ctx, i, groups[0]) or _sequel_before(ctx, sentence, cue)) \
                and (act := visitor_act(ctx, i, cue, groups)) is not None:
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
        elif cue is not None and (earlier := earlier_act(ctx, i, cue, new, groups)) is not None:
            groups.append(earlier)  # "La llamada con B llegó un día después de que A conversó con C por video"
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
        elif cue is None and not is_attendance(sentence, lex) \
                and (side_spoke := _unnamed_side_speaking(ctx, groups, new, i)) is not None:
            side_spoke[0].seats.append(Seat(side_spoke[1], "principal", i, lead=True))  # "met a delegation of the
            side_spoke[0].sentences.append(i)  # Unir party" then "Unir's executive secretary, B, noted ..."
        elif (cue is None or (groups[0].cue.kind == "seminar" and _reported_speech(ctx, sentence, cue))) \
                and len(groups) == 1 and not is_attendance(sentence, lex) \
                and (spoke := _attendee_speaking(ctx, groups[0], new, i)) is not None:  # a seminar's speaker's
            # words may name a gathering ("consideró útiles los aportes de este encuentro ... entre los dos Partidos")
            _seat_all(groups[0], [spoke], "list", i)  # "Sun Haiyan, Deputy Head of the CPC's International
            # Department, restated China's commitment ...": present at the one event told, not its lead
        elif lex.compiled(lex.speaker_cue).search(sentence) and not _met_before_speaking(ctx, i, cue, new):
            _seat_all(groups[0], new, "co", i)
        elif is_attendance(sentence, lex) and attendance_ahead(sentence, lex) and not ablated("attendance_ahead"):
            pass  # "Felipe VI estará acompañado por el ministro A": a presence still to come seats no one
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
        elif cue is None and not is_attendance(sentence, lex) \
                and (more := roundup_goes_on(ctx, i, present, new, groups)):
            groups.extend(more)  # "The list further includes A, B, C": a roundup's senders go on, one message each
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
            # "Le Chef de l'Etat a de même reçu les vœux du Premier ministre ..., A, et du prince héritier ..., B" after
            # the lede of a roundup: one message each, as ``_trigger_groups`` split them, not the lede's
            # (or told by a conversation verb and split as the lede's calls: ``roundups.listed_apart``)
            remote = groups[0].cue.kind in REMOTE_ONE_EACH and (
                cue.kind in REMOTE_ONE_EACH or (len(told) >= 2 and all(g.cue.kind in REMOTE_ONE_EACH for g in told))
            )
            apart_cue = lex.compiled(lex.separate_cue).search(sentence) or listed or remote
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
            if not ablated("umbrella") and (covered := umbrella(ctx, groups, framed[0])) is not None:
                groups.remove(covered)  # "Xi held a series of talks with foreign guests": told one by one
        elif cue is not None and several_acts(ctx, i, present)[1] and not _reported_speech(ctx, sentence, cue):
            groups.extend(_trigger_groups(ctx, i, cue, present, inherit=groups[0]))  # "met A; held talks with B"
        elif cue is not None and _restated(ctx, groups[0], i) and not _reported_speech(ctx, sentence, cue) \
                and not ablated("restated_fold"):
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
    if group is None or len(people) < 2:
        return None
    # the lists of those present told later are of this one exchange ("Estão com Lula o ex-ministro A e os ministros
    # B e C", after "plantou uma árvore com o embaixador D")
    for j in range(max(group.sentences) + 1, len(ctx.doc.sentences)):
        if is_attendance(ctx.sentence(j), lex) and not announced(ctx.sentence(j), lex):
            _seat_all(group, [p for p in _present(ctx, j, None) if not group.has(p)], "list", j)
    return group


def _named_after_cue(ctx: _Doc, i: int, cue: KindCue, people: list[Person]) -> bool:
    """Whether one of ``people`` is named after the cue of sentence ``i`` in the cue's own clause (up to a comma or a
    semicolon): someone the act is with, not an attendee of the act told."""
    a, b = ctx.doc.sentences[i]
    stop = next((a + cue.end + k for k, ch in enumerate(ctx.text[a + cue.end : b]) if ch in ",;"), b)
    return any(a + cue.end <= m.head_start < stop for p in people if (m := p.mention_in(i)) is not None)
