"""Roundups of messages: one line per sender, each line a message to the person the roundup is about.

"Congratulations are flowing in ... on Chinese President Xi Jinping's re-election ... Below is a summary
of some of the messages." then, one paragraph each, "Kazakh President Nursultan Nazarbayev, chairman of
the Nur Otan People's Democratic Party:" followed by the quoted message. Each sender line is a message
from its sender to the recipient named in the opening message sentence (named there even as a
possessive: the roundup is about them).

A roundup may also be told sentence by sentence (``speaker_lines``): "Líderes ... han felicitado a Xi Jinping
por su elección ..." then "..., afirmó el presidente de Mauritania, A." and "En el mensaje ..., el presidente
de Liberia, B, dijo ...": each sentence in which a titled person not named before speaks is that person's
message to the one congratulated.

Or as lists of senders (``listed_senders``): "Among the senders of congratulatory messages were President of
the Republic of Korea A, Chairman of the People's Action Party of Singapore B, ..." and "Messages also came
from the Workers Party of Bangladesh's Chairman C and its Secretary-General D, as well as ...": one message
each (two of one country with no comma between them, one body's leaders, write one), to the person the
article is about, named before the first list (a caption: "Party General Secretary and State President E").
"""

from __future__ import annotations

import re

from liaison.extract.assembly.confidence import sides
from liaison.extract.latin.context import Group, Seat, _Doc, _participating, country_guess, is_source
from liaison.extract.latin.kinds import KindCue, find_kind
from liaison.extract.latin.mentions import Person
from liaison.extract.latin.tokens import tokenize
from liaison.model.types import EventFrame, EventKind

REMOTE_ONE_EACH = ("phone_call", "message")  # kinds of exchange held with one counterpart at a time
MIN_SENDERS = 2  # one colon line is a quotation, two or more make a roundup
MAX_LEAD_IN = 8  # words of a title before the sender's name ("President of the Democratic Republic of the Congo")
MAX_ITEM_WORDS = 40  # words of one item of a list of senders set one a line (a title chain and a name)


def sender_lines(ctx: _Doc) -> list[Group]:
    """One message group per sender line, when the article opens with a message naming its recipient and
    then gives at least two lines "NAME, title:" (a person named first on a line of its own ending in a
    colon)."""
    opening = _opening(ctx)
    if opening is None:
        return []
    start, cue, recipient = opening
    groups = []
    for i in range(start + 1, len(ctx.doc.sentences)):
        sender = _sender(ctx, i)
        if sender is not None and sender is not recipient:
            g = Group(i, KindCue(cue.kind, -1, -1), sentences=[start, i])
            g.seats.append(Seat(sender, "principal", i, lead=True))
            g.seats.append(Seat(recipient, "principal", start, lead=True))
            groups.append(g)
    return groups if len(groups) >= MIN_SENDERS else []


def _opening(ctx: _Doc) -> tuple[int, KindCue, Person] | None:
    """The first sentence telling of many messages ("Congratulations are flowing in ...", "In their
    congratulatory messages, leaders ..."), a message cue for it, and the first person named up to it (the
    lede's "... on Chinese President Xi Jinping's re-election")."""
    if not ctx.lex.roundup_cue:
        return None
    rx = ctx.lex.compiled(ctx.lex.roundup_cue)
    for i in range(ctx.body, len(ctx.doc.sentences)):
        m = rx.search(ctx.sentence(i))
        if m is None:
            continue
        first = [(x.hit.start, p) for p in ctx.people for x in p.mentions if x.sentence <= i]
        return (i, KindCue("message", m.start(), m.end()), min(first, key=lambda x: x[0])[1]) if first else None
    return None


def _sender(ctx: _Doc, i: int) -> Person | None:
    """The person a line "NAME, title:" (or "Title NAME, title:") names, if the line is only that."""
    a, b = ctx.doc.sentences[i]
    line = ctx.text[a:b].strip()
    if not line.endswith(":") or "\n" in line:
        return None
    for p in ctx.people:
        m = p.mention_in(i)
        lead_in = ctx.text[a : m.hit.start] if m is not None else ""
        if m is not None and _participating(p, i) and "," not in lead_in and len(tokenize(lead_in)) <= MAX_LEAD_IN:
            return p  # "Kazakh President Nursultan Nazarbayev, chairman of ...:"
    return None


OPENING_WITHIN = 3  # body sentences in which a roundup must open when only its headline tells of many messages


def speaker_lines(ctx: _Doc) -> list[Group]:
    """One message group per speaker of a roundup told sentence by sentence: the headline or an opening
    sentence tells of many messages (``roundup_cue``: "mensajes de felicitación extranjeros", "Líderes
    extranjeros envían felicitaciones"), the first message sentence names the one congratulated after its
    cue ("han felicitado a Xi Jinping", "dirigió cálidas felicitaciones a To Lam"), and each later sentence
    with a speech verb (``speech_cue``: "afirmó", "expresó"; ``roundup_speech_cue``: "declaró") whose first
    titled person is named there for the first time ("afirmó el presidente de Mauritania, A"; "Por su parte,
    el presidente chino, B, expresó su alegría") is that person's message to them. The groups are built as
    the recall tier's: kept only when their frame has two sides (a minister of the recipient's own country
    quoted is no sender)."""
    if not ctx.lex.roundup_cue or not ctx.lex.speech_cue:
        return []
    opening = _spoken_opening(ctx)
    if opening is None:
        return []
    start, cue, recipient = opening
    # "Leaders who sent congratulatory messages included A, B": ``listed_senders`` reads them, and a roundup to no one
    # named is read by its speakers only up to its first list ("El presidente de Bolivia, A, expresó su admiración
    # ..." then "A las felicitaciones se sumaron B y C")
    last = _first_list(ctx) if recipient is None else None
    # the speech verbs, and those a roundup's senders speak with that mark no reported speech elsewhere
    speech = ctx.lex.compiled("|".join(x for x in (ctx.lex.speech_cue, ctx.lex.roundup_speech_cue) if x))
    sending = ctx.lex.compiled(ctx.lex.roundup_speech_cue) if ctx.lex.roundup_speech_cue else None
    groups: list[Group] = []
    for i in range(start + 1, last if last is not None else len(ctx.doc.sentences)):
        if not speech.search(ctx.sentence(i)):
            continue
        # "Saudi King A extended his most sincere congratulations": told sending, a title the lexicon lacks will do
        sends = sending is not None and sending.search(ctx.sentence(i)) is not None
        speaker = _new_titled(ctx, i, recipient) or (_new_titled(ctx, i, recipient, untitled=True) if sends else None)
        said = None if sends or speaker is None else _speech_after(ctx, i, speaker, speech)
        if speaker is not None and recipient is None and _names_another(ctx, i, speaker, said):
            continue  # "Russian President A congratulated Xi": to someone, not a roundup's line to the party
        if speaker is not None:
            g = Group(i, KindCue(cue.kind, -1, -1), sentences=[start, i], recall=True)
            g.seats.append(Seat(speaker, "principal", i, lead=True))
            if recipient is not None:
                g.seats.append(Seat(recipient, "principal", start, lead=True))
            groups.append(g)
    return groups


def _names_another(ctx: _Doc, i: int, speaker: Person, said: int | None = None) -> bool:
    """Whether sentence ``i`` names someone besides ``speaker`` (in full, or by a word of a name told in full
    before: "congratulated Xi"), before ``said`` when given (the end of the speech verb after the speaker: who is
    named in what they said is no addressee, "afirmou acreditar que, sob a liderança de Xi Jinping, ...")."""
    a, b = ctx.doc.sentences[i]
    end = b if said is None else said
    words = {t.text for t in tokenize(ctx.text[a:end])}
    return any(
        p is not speaker and (
            ((m := p.mention_in(i)) is not None and m.hit.start < end)
            or (p.first.sentence < i and any(w in words for w in p.name.split() if w[:1].isupper() and len(w) > 1))
        )
        for p in ctx.people
    )


def _speech_after(ctx: _Doc, i: int, speaker: Person, speech: re.Pattern[str]) -> int | None:
    """Where what ``speaker`` said opens in sentence ``i``: the end of the word of ``cues.said_that`` after their first
    speech verb there ("A, ..., afirmou acreditar que"), if any (not "expresó su disposición a trabajar con B")."""
    m = speaker.mention_in(i)
    _, b = ctx.doc.sentences[i]
    verb = speech.search(ctx.text, m.hit.end, b) if m is not None and ctx.lex.said_that_cue else None
    that = ctx.lex.compiled(ctx.lex.said_that_cue).search(ctx.text, verb.end(), b) if verb is not None else None
    return that.end() if that is not None else None


def _first_list(ctx: _Doc) -> int | None:
    """The first sentence of the body that lists senders (``sender_list_cue``), if any."""
    if not ctx.lex.sender_list_cue:
        return None
    rx = ctx.lex.compiled(ctx.lex.sender_list_cue)
    return next((i for i in range(ctx.body, len(ctx.doc.sentences)) if rx.search(ctx.sentence(i))), None)


def _spoken_opening(ctx: _Doc) -> tuple[int, KindCue, Person | None] | None:
    """The first sentence of an article whose headline or first body sentences tell of many messages that
    tells of many itself or of one message, its cue, and the first person named after that cue (the one
    congratulated); none when the roundup's own lede sends them to a party or a country and names no one
    after its cue ("diversos partidos ... enviaram congratulações para a China por telefonema e carta": each
    sender's message then stands alone, as ``listed_senders`` gives them)."""
    rx = ctx.lex.compiled(ctx.lex.roundup_cue)
    last = min(len(ctx.doc.sentences), ctx.body + OPENING_WITHIN)
    if not roundup_told(ctx):
        return None
    for i in range(ctx.body, last):
        told = rx.search(ctx.sentence(i))  # "han felicitado a Xi Jinping": the roundup's own lede
        # a roundup of calls when its own cue tells calls ("recebeu telefonemas de vários líderes")
        told_kind = find_kind(told.group(0), ctx.lex) if told else None
        calls = told_kind is not None and told_kind.kind == "phone_call"
        kind: EventKind = "phone_call" if calls else "message"
        cue = KindCue(kind, told.start(), told.end()) if told else find_kind(ctx.sentence(i), ctx.lex)
        if cue is None or cue.kind not in REMOTE_ONE_EACH:
            continue
        a, b = ctx.doc.sentences[i]
        after = [
            (m.hit.start, p) for p in ctx.people for m in p.mentions
            if m.sentence == i and m.hit.start >= a + cue.end
        ] + [  # "enviaram mensagens a Bolsonaro": named before in full, here by a short form
            (x, p) for p in ctx.people if p.first.sentence < i
            for x in [p.short_form_in(a + cue.end, b)] if x is not None
        ]
        received = told is not None and bool(ctx.lex.roundup_received_cue) and \
            ctx.lex.compiled(ctx.lex.roundup_received_cue).search(told.group(0)) is not None
        # "Lula received phone calls from world leaders", "A a reçu des messages de vœux de plusieurs souverains":
        # calls or messages to the subject
        if not after and (calls or received):
            before = [
                (m.hit.start, p) for p in ctx.people for m in p.mentions
                if m.sentence == i and m.hit.start < a + cue.start
            ]
            return (i, cue, min(before, key=lambda x: x[0])[1]) if before else None
        if not after and told is not None:  # "enviaram congratulações para a China": to a party or country
            return i, cue, _named_right_before(ctx, i, cue)
        return (i, cue, min(after, key=lambda x: x[0])[1]) if after else None
    return None


def _named_right_before(ctx: _Doc, i: int, cue: KindCue) -> Person | None:
    """The person named right before a roundup's cue, nothing but a space between, as its indirect object ("leaders
    around the world started sending Modi congratulatory messages"), named in full or by a short form."""
    a, _ = ctx.doc.sentences[i]
    at = a + cue.start
    for p in ctx.people:
        ends = [m.hit.end for m in p.mentions if m.sentence == i] + [y for x, y in p.extra_spans if a <= x < at]
        if any(e <= at and not ctx.text[e:at].strip() for e in ends):
            return p
    return None


def roundup_addressee(ctx: _Doc) -> Person | None:
    """The one a roundup told as such sends its messages or calls to ("Líderes extranjeros envían felicitaciones al
    nuevo secretario general ..., To Lam"; "Lula received congratulatory phone calls from world leaders"), if named."""
    if not ctx.lex.roundup_cue or not ctx.lex.speech_cue:
        return None
    opening = _spoken_opening(ctx)
    return opening[2] if opening is not None else None


def roundup_told(ctx: _Doc) -> bool:
    """Whether the headline or the first body sentences tell of many messages or calls (``cues.roundup``)."""
    if not ctx.lex.roundup_cue:
        return False
    last = min(len(ctx.doc.sentences), ctx.body + OPENING_WITHIN)
    head = f"{ctx.doc.article.title or ''}\n{ctx.text[: ctx.doc.sentences[last - 1][1]] if last > 0 else ''}"
    return ctx.lex.compiled(ctx.lex.roundup_cue).search(head) is not None


def _new_titled(ctx: _Doc, i: int, recipient: Person | None, untitled: bool = False) -> Person | None:
    """The first person named with a title in sentence ``i`` who is named there for the first time (with
    ``untitled``, for a sentence telling the act of sending itself and naming no titled one, any such person)."""
    found = [
        (m.hit.start, p) for p in ctx.people if p is not recipient
        for m in [p.mention_in(i)]
        if m is not None and (untitled or m.title is not None) and _participating(p, i) and p.first.sentence == i
    ]
    return min(found, key=lambda x: x[0])[1] if found else None


def listed_senders(ctx: _Doc) -> list[Group]:
    """One message group per sender listed after a sender-list cue (``sender_list_cue``), to the first person
    named before the first such sentence (the article's subject: not one only mentioned, nor a spokesman reporting
    the messages, ``context.is_source``), else to no one named ("Leaders who sent congratulatory messages included
    A, B, and C" after "Political parties ... have sent congratulatory messages to the CPC"); senders of one country
    named one after the other with no comma between them ("Chairman C and its Secretary-General D") write one
    message. Built as the recall tier's: kept only when their frame has two sides, or no recipient is named."""
    if not ctx.lex.sender_list_cue:
        return []
    rx = ctx.lex.compiled(ctx.lex.sender_list_cue)
    groups: list[Group] = []
    recipient: Person | None = None
    # a roundup whose lede sends to a country or a party, no one named after its cue ("Partidos ... han enviado sus
    # felicitaciones por el aniversario de la Revolución"): its listed senders write to no one named either
    opening = _spoken_opening(ctx) if ctx.lex.speech_cue else None
    to_no_one = opening[0] if opening is not None and opening[2] is None else None  # (that lede's sentence)
    for i in range(ctx.body, len(ctx.doc.sentences)):
        m = rx.search(ctx.sentence(i))
        if m is None:
            continue
        a, _ = ctx.doc.sentences[i]
        if recipient is None and not groups and not (to_no_one is not None and to_no_one < i):
            before = [(x.hit.start, p) for p in ctx.people for x in p.mentions if x.hit.start < a + m.start()]
            if not before:
                return []  # the subject is named only in the lines before the body (a caption), read later
            # not "Foreign Ministry spokesman Lu Kang", nor "the CPC Central Committee with Xi Jinping as its core"
            subjects = [(at, p) for at, p in before if not is_source(ctx, p) and not p.mention_only]
            recipient = min(subjects, key=lambda x: x[0])[1] if subjects else None
        told = find_kind(ctx.sentence(i), ctx.lex)  # "Among the leaders who called Lula were A and B": calls
        kind = told.kind if told is not None and told.kind in REMOTE_ONE_EACH else "message"
        for k, after in [(i, a + m.end()), *((k, ctx.doc.sentences[k][0]) for k in _item_lines(ctx, i, m.end()))]:
            listed = sorted(
                (x.hit.start, x.hit.end, p) for p in ctx.people if p is not recipient
                for x in [p.mention_in(k)] if x is not None and x.hit.start >= after and _participating(p, k)
            )
            last: tuple[int, Person, Group] | None = None
            for start, end, p in listed:
                if last is not None and "," not in ctx.text[last[0] : start] and country_guess(ctx, p) is not None \
                        and country_guess(ctx, p) == country_guess(ctx, last[1]):
                    last[2].seats.append(Seat(p, "principal", k, lead=True))  # "Chairman C and its Secretary-General D"
                    last = (end, p, last[2])
                    continue
                g = Group(k, KindCue(kind, -1, -1), sentences=[k], recall=True)
                g.seats.append(Seat(p, "principal", k, lead=True))
                if recipient is not None:  # none named ("Political parties ... have sent congratulatory messages to
                    g.seats.append(Seat(recipient, "principal", k, lead=True))  # the CPC"): the sender's message alone
                groups.append(g)
                last = (end, p, g)
    return groups


def _item_lines(ctx: _Doc, i: int, cue_end: int) -> list[int]:
    """The sentences after a sender-list cue that ends its sentence on a colon ("Those also sending congratulatory
    messages include:") which are the list's items, one a line: each ending on a semicolon ("Lao Deputy Prime
    Minister and Foreign Minister Saleumxay Kommasith;"), then the last item (a short line)."""
    rest = ctx.sentence(i)[cue_end:].strip()
    if rest != ":":
        return []
    items: list[int] = []
    for k in range(i + 1, len(ctx.doc.sentences)):
        line = ctx.sentence(k).strip()
        if "\n" in line or len(tokenize(line)) > MAX_ITEM_WORDS:
            break
        items.append(k)
        if not line.endswith(";"):
            break  # the last item
    return items


def remote_apart(ctx: _Doc, cue: KindCue, before: list[Person], after: list[Person]) -> bool:
    """Whether a call or message cue lists counterparts each of a known country of their own, none of the
    subject's, after a subject of one country, known or not ("Lula received phone calls from US President A, French
    President B and Argentine President C"; "Xi sent messages to A [VN], B [LA] and C [KH]"; "Des messages sont
    parvenus au Président de la République de la part du roi du Maroc, A, du président tunisien, B", the addressee's
    country untold): a roundup told in one sentence, one call or message each, since a call or a letter goes to one
    counterpart. Two counterparts of one country ("A and his Vice President B") or of no known country stay one act."""
    if cue.kind not in REMOTE_ONE_EACH or len(after) < 2 or not before:
        return False
    own = {country_guess(ctx, p) for p in before}
    placed = [country_guess(ctx, p) for p in after]
    return len(own) == 1 and None not in placed and len(set(placed)) == len(placed) and not own & set(placed)


def call_sequel(ctx: _Doc, i: int, cue: KindCue | None, groups: list[Group]) -> KindCue | None:
    """The kind cue of sentence ``i``, a call when the event told last is a call and the sentence goes on with a
    conversation verb (``cues.call_sequel``: "Lula conversou por telefone com A." then "Em seguida, Lula falou com B",
    "Lula também conversou com C"): the roundup's next call, not a meeting. A cue of another word stays."""
    if not ctx.lex.call_sequel_cue or not groups or groups[-1].cue.kind != "phone_call":
        return cue
    m = ctx.lex.compiled(ctx.lex.call_sequel_cue).search(ctx.sentence(i))
    if m is None or (cue is not None and not (cue.kind in ("meeting", "talks") and m.start() <= cue.start < m.end())):
        return cue
    return KindCue("phone_call", m.start(), m.end())


def without_lede(ctx: _Doc, groups: list[Group], roundup: list[Group]) -> list[Group]:
    """The groups but the roundup's lede: a call or message group holding only people of the addressee's side
    ("Le président élu A a reçu lundi les félicitations de nombreux dirigeants étrangers"), when two or more of the
    roundup's calls or messages go to one of them; they tell it one by one. So is a lede naming its addressee alone,
    of a side told or not ("A a reçu de nombreux messages de félicitations de ses homologues"), when two or more of
    the article's other calls or messages go to them ("Le président ivoirien, B, lui a adressé un message")."""
    def principals_of(g: Group) -> list[Person]:
        return [s.person for s in g.seats if s.lead and s.role == "principal"]

    held = [{id(s.person) for s in r.seats} for r in roundup]
    told = held + [ids for g in groups if g.cue.kind in REMOTE_ONE_EACH
                   for ids in [{id(p) for p in principals_of(g)}] if len(ids) >= 2]
    out = []
    for g in groups:
        principals = principals_of(g)
        sides_of = {country_guess(ctx, p) for p in principals}
        lede = g.cue.kind in REMOTE_ONE_EACH and len(sides_of) == 1 and None not in sides_of \
            and any(sum(id(p) in h for h in held) >= MIN_SENDERS for p in principals)
        lede = lede or (
            g.cue.kind in REMOTE_ONE_EACH and len(principals) == 1
            and sum(id(principals[0]) in t for t in told) >= MIN_SENDERS
        )
        if not lede:
            out.append(g)
    return out


def foreign_sender(frame: EventFrame) -> bool:
    """A roundup's message whose recipient has a side and whose sender none the text tells ("O secretário-geral
    do Partido Socialista de Portugal, A, assinala na sua mensagem"): the roundup gathers messages from
    abroad, so the sender is of another side and the message is kept with one side named."""
    return len(frame.participants) == 2 and len(sides(frame)) == 1 and any(p.side is None for p in frame.participants)


MIN_LISTED_COUNTRIES = 3  # distinct countries a subjectless list of callers or senders names to be a roundup


def listed_apart(ctx: _Doc, i: int, cue: KindCue, before: list[Person], after: list[Person], inherit: Group | None
                 ) -> tuple[Person, list[Person]] | None:
    """The addressee and the callers or senders of a call or message cue with no one before it but the addressee
    named before the sentence, and a list after it of people named there for the first time, of three or more
    countries, none the addressee's (the callers as the inverted subject: "Já conversaram com Lula por telefone o
    presidente da Colômbia, A; o chanceler alemão, B; ..."; the senders after the verb: "Messages of congratulation
    arrived via cable from Indian President A, Russian President B and Cuban President C"): a roundup told in one
    sentence, one call or message each, to the one named before, else to the roundup's addressee or the article's
    subject named before the sentence (issue 13, further29). Two of one country in the list ("o premiê e o presidente
    de Portugal, A e B") are two calls, as a roundup lists one caller an item; people of no known country may be
    listed, fewer than those of a known one ("the UN secretary-general, C")."""
    # a conversation right after a lede of calls or messages to one ("Lula recebeu telefonemas de 13 líderes" then
    # "conversaram com Lula A; B; C"): the roundup's calls
    lede = inherit is not None and inherit.cue.kind in REMOTE_ONE_EACH and cue.kind in ("meeting", "talks")
    if not (cue.kind in REMOTE_ONE_EACH or lede) or len(after) < MIN_LISTED_COUNTRIES:
        return None
    told = [p for p in before + after if p.first.sentence < i]
    new = [p for p in after if p.first.sentence >= i]
    if len(told) > 1 or any(p not in told for p in before):  # before the cue, the addressee alone, named before
        return None
    roundup = roundup_addressee(ctx)  # (not one of this list, the lede's first sender)
    addressee = told[0] if told else roundup if roundup is not None and roundup not in new else _subject_before(ctx, i)
    if addressee is None or addressee in new or (lede and inherit is not None and not inherit.has(addressee)):
        return None
    return (addressee, new) if _roundup_list(ctx, addressee, new) else None


def _roundup_list(ctx: _Doc, addressee: Person, listed: list[Person]) -> bool:
    """Whether people listed are a roundup's callers or senders to ``addressee``: of three or more known countries,
    none the addressee's, and more of them of a known country than of none."""
    known = [c for c in (country_guess(ctx, p) for p in listed) if c is not None]
    own = country_guess(ctx, addressee)
    foreign = not (own is not None and own in known)
    return len(set(known)) >= MIN_LISTED_COUNTRIES and 2 * len(known) > len(listed) and foreign


ROUNDUP_GAP = 2  # sentences from the roundup's last call or message to a list that goes on with it
LONG_LIST = 5  # people a list names to go on after a single message of an article not told as a roundup


def roundup_goes_on(ctx: _Doc, i: int, present: list[Person], new: list[Person], groups: list[Group]) -> list[Group]:
    """A sentence with no kind cue naming three or more people no event holds (``new``; the addressee may be named
    again), of three or more known countries none the addressee's, right after calls or messages to one addressee
    (two or more, or one in an article told as a roundup, ``roundup_told``, or before a list of five or more, "A a
    été le premier à le féliciter. Ont suivi les présidents ..."): the roundup's list goes on ("The list
    further includes the leader of Japan's Komeito Party A, ...", "Ont suivi les présidents B du Mali, C de la
    Palestine, ..."), one call or message each to that addressee (issue 13, further29). Not who attended, nor what
    someone said (checked by the caller)."""
    recent = [g for g in groups if g.cue.kind in REMOTE_ONE_EACH and i - ROUNDUP_GAP <= g.trigger < i]
    if not recent and groups and groups[0].cue.kind in REMOTE_ONE_EACH and len(_leads(groups[0])) == 1:
        recent = groups[:1]  # the lede, its addressee alone: "Les messages ... continuent d'affluer vers A"
    if not recent or len(new) < MIN_LISTED_COUNTRIES \
            or (len(recent) < 2 and len(new) < LONG_LIST and not roundup_told(ctx)):
        return []
    # the addressee: held by every recent call or message, named before the first of them
    leads = _leads(recent[0])
    held = leads if len(leads) == 1 else [p for p in leads if p.first.sentence < recent[0].trigger]
    common = [p for p in held if all(g.has(p) for g in recent)]
    if len(common) != 1 or any(p is not common[0] and p not in new for p in present):
        return []
    addressee = common[0]
    if addressee in new or not _roundup_list(ctx, addressee, new):
        return []
    a, _ = ctx.doc.sentences[i]
    starts = [m.hit.start - a for p in new for m in [p.mention_in(i)] if m is not None]
    opening = ctx.sentence(i)[: min(starts)] if starts else ""
    if ctx.lex.speech_cue and ctx.lex.compiled(ctx.lex.speech_cue).search(opening):
        return []  # "A said that B, C and D ...": what someone said
    out = []
    for p in new:
        g = Group(i, KindCue(recent[-1].cue.kind, -1, -1), sentences=[i], recall=True)
        g.seats.append(Seat(addressee, "principal", i, lead=True))
        g.seats.append(Seat(p, "principal", i, lead=True))
        out.append(g)
    return out


def _leads(group: Group) -> list[Person]:
    return [s.person for s in group.seats if s.lead and s.role == "principal"]


def _subject_before(ctx: _Doc, i: int) -> Person | None:
    """The first person named before sentence ``i`` who takes part (not a spokesman reporting, nor one only
    mentioned): the article's subject."""
    a, _ = ctx.doc.sentences[i]
    before = [(x.hit.start, p) for p in ctx.people for x in p.mentions if x.hit.start < a]
    subjects = [(at, p) for at, p in before if not is_source(ctx, p) and not p.mention_only]
    return min(subjects, key=lambda x: x[0])[1] if subjects else None
