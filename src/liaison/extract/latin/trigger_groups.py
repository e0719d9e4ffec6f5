"""The events one cue sentence tells: its people read as before or after the cue, escorts, sources and
members set apart, the subject carried from the event told before, then one event or one each."""

from __future__ import annotations

import re
from collections.abc import Callable

from liaison.extract.latin.acts import several_acts
from liaison.extract.latin.context import (
    Group,
    Seat,
    _Doc,
    _principals,
    _referenced,
    _short_form_at,
    country_guess,
    placed,
)
from liaison.extract.latin.kinds import KindCue, find_kind
from liaison.extract.latin.mentions import Person
from liaison.extract.latin.message_splits import (
    _each_sender,
    _one_countrys_senders,
    _respective_pairs,
    _senders_apart,
    _to_own_counterparts,
    clauses_apart,
    semicolon_series,
)
from liaison.extract.latin.met_lists import (
    _countries_listed,
    _enumerated,
    _in_turn,
    _peers_by_country,
    _people_met,
    _separate_offices,
    _series_listed,
)
from liaison.extract.latin.places import city_country
from liaison.extract.latin.roundups import REMOTE_ONE_EACH, listed_apart, remote_apart, roundup_addressee
from liaison.extract.latin.visitors import side_named, unnamed_visitor


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
    after = _without_reported(ctx, i, cue, after)
    if inherit is not None and not any(p in before for p in _principals(inherit)) \
            and not _both_sides(ctx, after, _principals(inherit)) and not _fresh_setting(ctx, i, cue, before, after):
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
        addressee = roundup_addressee(ctx) if remote and not named else None
        if addressee is not None and (
            addressee in others
            or (addressee in principals and not _same_country(ctx, addressee, before + after, placed))
        ):
            # "Hun Manet también le envió un mensaje": to the roundup's addressee, To Lam; "Des messages des présidents
            # français et tchèque, A et B, ont aussi été reçus par le Président de la République": to him, though
            # the outlet's side is read as his
            chosen = [addressee]
        # a roundup's line per sender naming no addressee ("Do Reino Unido, a Rainha A envia saudações calorosas ao
        # povo angolano", after a lede of messages to B): to the roundup's addressee, B, the senders of other sides
        to_addressee = False
        if addressee is not None and addressee in principals and before and not after \
                and inherit.cue.kind in REMOTE_ONE_EACH and not _same_country(ctx, addressee, before, placed):
            chosen, to_addressee = [addressee], True
        # a roundup's sender or caller named with no one after the cue but the addressee by a short form ("A, prime
        # minister of the Cook Islands, congratulated Xi on his election" after a lede of messages to Xi Jinping)
        addressed = remote and inherit.cue.kind in REMOTE_ONE_EACH and not after and bool(chosen) \
            and chosen[0] in others and chosen[0].short_form_in(cue_at, ctx.doc.sentences[i][1]) is not None
        if not before or (chosen and chosen[0] in named) or addressed or to_addressee:
            before = [*chosen, *before] if before else chosen
    if not before and after and inherit is None:
        before = _post_named_before(ctx, i, cue, after)  # "No quadro da reunião, o Ministro teve encontros com A"
    if before and not after and inherit is None and cue.kind in REMOTE_ONE_EACH:
        after = _to_roundup_addressee(ctx, before)  # a roundup's first line per sender, naming no addressee
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
    elif (series := clauses_apart(ctx, i, cue, leads) or semicolon_series(ctx, i, cue, leads)) is not None:
        splits = series  # "A направил телеграмму B; C направил телеграмму D"; "направили телеграммы A; B; C"
    elif (
        _senders_apart(ctx, cue, before)
        or _to_own_counterparts(ctx, i, cue, before, after)
        or _each_sender(ctx, i, cue, before, after)
        or _one_countrys_senders(ctx, i, cue, before, after)
    ):
        splits = [[b, *after] for b in before]  # "A, B et C ont adressé des messages": one message each
    elif (roundup := listed_apart(ctx, i, cue, before, after, inherit)) is not None:
        splits = [[roundup[0], o] for o in roundup[1]]  # "conversaram com Lula pelo telefone A; B; C": one call each
        if cue.kind not in REMOTE_ONE_EACH and inherit is not None:
            cue = KindCue(inherit.cue.kind, cue.start, cue.end)  # the calls of the lede before
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


def _fresh_setting(ctx: _Doc, i: int, cue: KindCue, before: list[Person], after: list[Person]) -> bool:
    """The cue is in the sentence's opening setting told with an indefinite article, two people or more named after
    it and none before (``cues.fresh_setting``: "In a telephonic conversation, King A congratulated B"): a new exchange
    between them, no subject carried from the event told before."""
    if before or len(after) < 2 or not ctx.lex.fresh_setting_cue:
        return False
    m = ctx.lex.compiled(ctx.lex.fresh_setting_cue).search(ctx.sentence(i))
    return m is not None and cue.start < m.end()


def _to_roundup_addressee(ctx: _Doc, senders: list[Person]) -> list[Person]:
    """The addressee of a roundup of messages or calls (``roundups.roundup_addressee``: "Continuam a chegar ...
    mensagens de felicitações ao Presidente da República, A") for a sentence naming its senders only ("Já o Presidente
    da República Italiana, B, envia votos sinceros de paz para Angola"), when none of them is of the addressee's
    side."""
    addressee = roundup_addressee(ctx)
    if addressee is None or addressee in senders or _same_country(ctx, addressee, senders):
        return []
    return [addressee]


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
    starts = sorted((m.head_start, n, m.hit.end, p) for n, p in enumerate(after) if (m := p.mention_in(i)) is not None)
    if len(starts) < 2:
        return []
    pattern = lex.compiled(lex.made_of_cue)
    reach = starts[0][0]
    made = pattern.search(ctx.text, a + cue.start, reach)
    if made is None:  # the head met named first, the delegation with them after ("his talks with Senator A, here
        # with a delegation comprising B, C and D")
        reach = starts[1][0]
        made = pattern.search(ctx.text, starts[0][2], reach)
    if made is None or reach - made.end() > _MADE_OF_REACH:
        return []
    return [p for *_, p in starts[1:]]


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


def _without_reported(ctx: _Doc, i: int, cue: KindCue, after: list[Person]) -> list[Person]:
    """Without the people named after a relative clause of speech that follows the cue ("o encontro foi com o
    presidente de Portugal, A, que afirmou que Lula irá ao país europeu", "recibió a B, quien dijo que C"): talked
    about, not met (everyone, when no one is named before that clause; ``cues.reported_relative``)."""
    lex = ctx.lex
    if not lex.reported_relative_cue or len(after) < 2:
        return after
    a, _ = ctx.doc.sentences[i]
    sentence = ctx.sentence(i)
    m = lex.compiled(lex.reported_relative_cue).search(sentence, cue.end)
    if m is None:
        return after
    kept = []
    for p in after:
        mention = p.mention_in(i)
        short = _short_form_at(p, ctx.doc.sentences[i]) if mention is None else None
        at = mention.hit.start - a if mention is not None else (short - a if short is not None else -1)
        # the clause of speech ends at a semicolon or at the next act: "..., que manifestó su deseo de estrechar
        # las relaciones; e intercambió con B" (B met again)
        if at < m.end() or ";" in sentence[m.end() : at] or find_kind(sentence[m.end() : at], lex) is not None:
            kept.append(p)
    return kept or after


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
        # "met separately with", "met respectively with" (the adverb right after the act's verb, or anywhere
        # before the first person the act met: "se reunió y conversó, respectivamente, con A; B; C")
        reach = max(cue.end + 14, _first_named_at(ctx, i, people))
        plural = bool(ctx.lex.compiled(ctx.lex.separate_cue).search(sentence[cue.start : reach])) or (
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


def _first_named_at(ctx: _Doc, i: int, people: list[Person]) -> int:
    """Where in sentence ``i`` the first of ``people`` is named (0 when none is named there by a mention)."""
    a, _ = ctx.doc.sentences[i]
    starts = [m.head_start - a for p in people if (m := p.mention_in(i)) is not None]
    return min(starts, default=0)


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


def _same_country(
    ctx: _Doc, person: Person, others: list[Person], guess: Callable[[_Doc, Person], str | None] = country_guess
) -> bool:
    """Whether ``person`` looks to be of the country of one of ``others`` (unknown: no); by ``context.placed``, of
    the country title, name or the people table tell (not the outlet's own side)."""
    mine = guess(ctx, person)
    return mine is not None and any(guess(ctx, o) == mine for o in others)
