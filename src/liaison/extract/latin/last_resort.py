"""The article's last resort: when no sentence and no article-level reading framed an exchange, a lead
that names a kind or a word of one and a person of a known side, with the other side named only as a
country, party or organisation ("Une importante délégation du Parti communiste chinois (PCC) a séjourné
cette semaine à Bujumbura ... La délégation était conduite par He Yong"), gives one event of that person,
at the lowest confidence (``assembly.confidence.ARTICLE_CONFIDENCE``).

What keeps it from the naive reading of "two names, one meeting": the cue must be in the head (headline
and the first ``LEAD`` body sentences) and not told as still to come, no trip only begun ("flew to China",
"viaja a Pekín": ``cues.departure``), the person must take part where named, and the other side must be
named as foreign to the person's (checked by the caller, ``frames._last_resort``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from liaison.extract.latin.context import Group, Seat, _Doc, _present, country_guess
from liaison.extract.latin.kinds import KindCue, find_kind, is_future
from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.mentions import Person
from liaison.extract.latin.places import city_country
from liaison.extract.latin.tokens import CAPITAL
from liaison.model.types import Document, EventKind

_WORD = re.compile(r"\b\w")
LEAD = 2  # body sentences read as the article's lead
_LEAD_WORDS = 6  # a line of fewer words is page furniture ("Autor:", the outlet's name), not part of the lead


def head_texts(doc: Document, body: int) -> list[str]:
    """The headline and the lines before the body (index ``body``), then the lead's sentences."""
    last = min(len(doc.sentences), body + LEAD)
    return [doc.article.title or ""] + [doc.text[a:b] for a, b in doc.sentences[:last]]


def exchange_told(texts: list[str], lex: Lexicon) -> EventKind | None:
    """The kind of the first exchange the texts tell (a kind cue; "visit" for a word of one, ``_exchange_word``),
    or None: none is told, the headline tells it as still to come, or a departure is told ("left for
    Beijing"; the trip's events are not reported yet)."""
    if _departure(texts, lex):
        return None
    for n, text in enumerate(texts):
        cue = find_kind(text, lex)
        if cue is not None:
            return cue.kind
        if _exchange_word(text, lex):  # a roundup of messages ("Among the senders of congratulatory messages")
            roundup = bool(lex.roundup_cue) and any(lex.compiled(lex.roundup_cue).search(t) for t in texts)
            return "message" if roundup else "visit"
        if n == 0 and _told_ahead(text, lex):
            return None  # "Lao Party General Secretary and President to pay official visit to Viet Nam"
    return None


def _exchange_word(text: str, lex: Lexicon) -> bool:
    """A word of an exchange (``cues.exchange``, ``cues.last_resort``) in a sentence telling nothing as still to
    come: the word is often a noun before the verb that does ("A top-level delegation ... is to tour Sri Lanka")."""
    words = [p for p in (lex.exchange_cue, lex.last_resort_cue) if p]
    if not any(lex.compiled(p).search(text) for p in words):
        return False
    return not _told_ahead(text, lex)


def _told_ahead(text: str, lex: Lexicon) -> bool:
    """Whether some word of the sentence follows a cue of the future ("will", "is to", "sostendrá")."""
    if not lex.future_cue:
        return False
    return any(is_future(text, m.start(), lex) for m in _WORD.finditer(text))


def _departure(texts: list[str], lex: Lexicon) -> bool:
    return bool(lex.departure_cue) and any(lex.compiled(lex.departure_cue).search(t) for t in texts)


def last_resort(ctx: _Doc, side_of: Callable[[Group], str | None]) -> Group | None:
    """One event of the person who acts in a lead sentence telling an exchange, when the head tells one: the
    group of that person. The person must be what the sentence is about (``_agent``: named before the cue,
    nothing before them but an opening; or after "led by" in the next sentence, ``cues.last_resort_led``, or before
    a relative clause there telling they led the delegation, ``cues.last_resort_leader``; or
    listed after a roundup's cue), of one side in the frame built of them (``side_of``), and the sentence must
    name another side near its cue (``_counterpart``); a sentence that dates its cue to another year than the
    article's (``_recalled``) tells no new exchange."""
    lex = ctx.lex
    texts = head_texts(ctx.doc, ctx.body)
    kind = exchange_told(texts, lex)
    if kind is None:
        return None
    lead = _lead_sentences(ctx)
    for n, i in enumerate(lead):
        sent = ctx.sentence(i)
        cue = _cue_at(sent, lex)
        if cue is None or _recalled(ctx, sent[: cue[1]]):
            continue
        found = _agent(ctx, i, cue)
        if found is None and n + 1 < len(lead) and lead[n + 1] == i + 1:
            found = _led_by(ctx, i + 1)  # "Une délégation du PCC a séjourné à Bujumbura ... conduite par He Yong"
            found = found or _leader_apposed(ctx, i + 1)  # "..., Wang Heming, qui conduisait la délégation"
        if found is None:
            continue
        person, own = found
        group = Group(i, KindCue(kind, *cue), sentences=[i], recall=True)  # the cue where the sentence has it
        group.seats.append(Seat(person, "principal", i, lead=True))
        side = side_of(group)
        if side is None or not _counterpart(ctx, i, side, cue, own):
            return None
        if own != (-1, -1) and _own_delegation_met(texts, side, lex):  # not of the delegation's own head
            return None
        if own == (-1, -1) and kind == "visit" and _host_named(ctx, i, side, cue):
            group.cue = KindCue("meeting", *cue)  # "Le PDCI RDA a accueilli une délégation du PCC": a reception
        return group
    return None


def _cue_at(sent: str, lex: Lexicon) -> tuple[int, int] | None:
    """Where the sentence's first exchange cue is (a kind cue, or a word of an exchange not told as still to
    come), or None."""
    found = []
    cue = find_kind(sent, lex)
    if cue is not None:
        found.append((cue.start, cue.end))
    for p in (lex.exchange_cue, lex.last_resort_cue):
        m = lex.compiled(p).search(sent) if p else None
        if m is not None and not is_future(sent, m.start(), lex):
            found.append((m.start(), m.end()))
    return min(found) if found else None


def _agent(ctx: _Doc, i: int, cue: tuple[int, int]) -> tuple[Person, tuple[int, int]] | None:
    """The first person of a known side who acts in sentence ``i``: named (title included) before the cue with
    nothing before them but an opening phrase (``_opening``), or listed right after a roundup's cue ("Among the
    senders of congratulatory messages were President ... Moon Jae-in"); with where their mention (title
    included) lies in the sentence. The cue must follow the mention (not "Congratulating his Korean
    counterpart Kim Jong Un, Xi ... wrote")."""
    a = ctx.doc.sentences[i][0]
    sent = ctx.sentence(i)
    roundup = lex_search(ctx.lex.roundup_cue, sent, ctx.lex)
    for p in _present(ctx, i, None):
        m = p.mention_in(i)
        side = country_guess(ctx, p)
        if m is None or side is None:
            continue
        head, end = m.head_start - a, max(m.hit.end, m.title.end if m.title is not None else 0) - a
        opening = sent[_dateline_end(ctx, i) : head]
        after_roundup = roundup is not None and roundup.end() <= head and len(sent[roundup.end() : head].split()) <= 2
        if after_roundup or (end <= cue[0] and _opening(opening, sent[m.hit.end - a :], ctx)):
            return p, (head, end)
        return None  # the sentence's first person of a side is not its agent: nobody is
    return None


def _led_by(ctx: _Doc, i: int) -> tuple[Person, tuple[int, int]] | None:
    """The first person of a known side in sentence ``i`` when named right after "led by"
    (``cues.last_resort_led``: "La délégation était conduite par He Yong")."""
    return _first_sided(ctx, i, ctx.lex.last_resort_led_cue, after_name=False)


def _leader_apposed(ctx: _Doc, i: int) -> tuple[Person, tuple[int, int]] | None:
    """The first person of a known side in sentence ``i`` when a relative clause right after their name tells
    that they led the delegation the lead told of (``cues.last_resort_leader``: "le directeur général ..., Wang
    Heming, qui conduisait la délégation chinoise"; "Li Ming, who led the delegation")."""
    return _first_sided(ctx, i, ctx.lex.last_resort_leader_cue, after_name=True)


def _first_sided(
    ctx: _Doc, i: int, cue: str | None, *, after_name: bool
) -> tuple[Person, tuple[int, int]] | None:
    """The first person of a known side in sentence ``i``, when ``cue`` is found before their name (or opens
    the text right after it, ``after_name``)."""
    if not cue:
        return None
    a = ctx.doc.sentences[i][0]
    sent = ctx.sentence(i)
    rx = ctx.lex.compiled(cue)
    for p in _present(ctx, i, None):
        m = p.mention_in(i)
        if m is None or country_guess(ctx, p) is None:
            continue
        found = rx.match(sent[m.hit.end - a :]) if after_name else rx.search(sent[: m.head_start - a])
        return (p, (-1, -1)) if found else None
    return None


def _dateline_end(ctx: _Doc, i: int) -> int:
    """Where the sentence begins after an opening dateline ("Cidade da Praia, 16 Ago (Inforpress) –")."""
    a, b = ctx.doc.sentences[i]
    if ctx.dateline is not None and a <= ctx.dateline.span[1] <= b:
        return ctx.dateline.span[1] - a
    return 0


_OPENING_WORDS = 3  # an opening without a comma: an article and honorifics ("The respected Comrade")
_APPOSED = 18  # a title before the name set off by commas
_OPENING_PHRASE = 10  # an opening phrase closed by a comma ("Today,", "En el Palacio de la Revolución, sede de,")


def _opening(prefix: str, rest: str, ctx: _Doc) -> bool:
    """Whether the words before a person open the sentence without making them an object: none; a few words
    without a cue; a short phrase closed by a comma, without a verb or cue ("Today,"); or a title set off by
    commas before the name ("A vice-presidente da Associação ... (APCAPE), Lin Yi, começa")."""
    words = prefix.split()
    if not words:
        return True
    if find_kind(prefix, ctx.lex) is not None or lex_search(ctx.lex.speech_cue, prefix, ctx.lex):
        return False
    if len(words) <= _OPENING_WORDS:
        return True
    if not (prefix.rstrip().endswith(",") and _no_verb(prefix, ctx)):
        return False
    return len(words) <= _OPENING_PHRASE or (len(words) <= _APPOSED and rest.lstrip().startswith(","))


def _no_verb(text: str, ctx: _Doc) -> bool:
    return not any(ctx.lex.is_verb(w) for w in re.findall(r"[^\W\d_]+", text))


def lex_search(pattern: str, text: str, lex: Lexicon) -> re.Match[str] | None:
    return lex.compiled(pattern).search(text) if pattern else None


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _recalled(ctx: _Doc, before_cue: str) -> bool:
    """Whether the words before the cue date it to another year than the article's ("in 2019 the two heads of
    state met"): an earlier exchange recalled as background."""
    year = ctx.ref.year if ctx.ref is not None else None
    return year is not None and any(int(y) != year for y in _YEAR.findall(before_cue))


_NEAR = 120  # characters after the cue where the exchange's other side is named


def _counterpart(ctx: _Doc, i: int, side: str, cue: tuple[int, int], own: tuple[int, int]) -> bool:
    """Whether sentence ``i`` names another side than ``side`` near its cue (between the person, or the sentence's
    start when the person is named in the next one, and the cue, or
    just after it, up to an occasion, ``cues.last_resort_occasion``: "on the occasion of the anniversary of the
    entry of the Chinese People's Volunteers" is no side; the person's own mention and title left out): a
    country, a foreign body or city, or a demonym before a capitalised word or qualifying a side's word
    (``cues.last_resort_side``, read on the words around it with the demonym as "#": "the Colombian delegation",
    "la delegación cubana", not "our Afghan allies") and not in another person's title ("announced by ...
    Uruguayan President Luis Lacalle Pou": a person the grammar would have framed had they taken part)."""
    sent = ctx.sentence(i)
    lex = ctx.lex
    # the person named in another sentence: the words before the cue name the host (after any dateline)
    lo = own[1] if 0 <= own[1] <= cue[0] else (_dateline_end(ctx, i) if own == (-1, -1) else cue[0])
    hi = cue[1] + _NEAR
    occasion = lex_search(lex.last_resort_occasion_cue, sent[cue[1] : hi], lex)
    if occasion is not None:
        hi = cue[1] + occasion.start()
    window = sent[lo:hi]
    if any(e.country not in (None, side) for _, e in ctx.gazetteer.find_orgs(window)):
        return True
    titled = _titles_of_others(ctx, i, own)
    qualifies = lex.compiled(lex.last_resort_side_cue) if lex.last_resort_side_cue else None
    for m in re.finditer(r"(?=([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?))(?<![\w'’-])", window):
        word = m.group(1)
        first = word.split()[0]
        if any(lex.countries.get(w, side) != side for w in (word.lower(), first.lower())):
            return True
        if lex.demonyms.get(first.lower(), side) != side and not any(a <= lo + m.start() < b for a, b in titled):
            after = window[m.start() + len(first) :]
            probe = window[max(0, m.start() - 30) : m.start()] + "#" + after[:40]
            if re.match(rf"\s+{CAPITAL}", after) or (qualifies is not None and qualifies.search(probe)):
                return True
    return any(city_country(w, lex) not in (None, side) for w in _CAPITALISED.findall(window))


def _host_named(ctx: _Doc, i: int, side: str, cue: tuple[int, int]) -> bool:
    """Whether sentence ``i`` names a body of another side than ``side`` before its cue, after any dateline: the
    subject that received the delegation ("Le PDCI RDA a accueilli une délégation du PCC")."""
    before = ctx.sentence(i)[_dateline_end(ctx, i) : cue[0]]
    return any(e.country not in (None, side) for _, e in ctx.gazetteer.find_orgs(before))


def _titles_of_others(ctx: _Doc, i: int, own: tuple[int, int]) -> list[tuple[int, int]]:
    """Where the other people named in sentence ``i`` are, titles included (offsets in the sentence)."""
    a, b = ctx.doc.sentences[i]
    out = []
    for p in ctx.named.candidates(i, (a, b)):
        m = p.mention_in(i)
        if m is not None and m.head_start - a != own[0]:
            out.append((m.head_start - a, max(m.hit.end, m.title.end if m.title is not None else 0) - a))
    return out


_CAPITALISED = re.compile(rf"{CAPITAL}[\w'’-]+")


def _own_delegation_met(texts: list[str], side: str, lex: Lexicon) -> bool:
    """Whether the head tells the person's own side's delegation met and not led by them ("Raul Castro accueille
    à La Havane la délégation cubaine au Sommet de Lima"): a welcome home, no exchange (unless the language's
    ``visit_head_cue``, "led by", follows: the person leads it abroad)."""
    words = [p for p in (lex.exchange_cue, lex.last_resort_cue) if p]
    led = lex.compiled(lex.visit_head_cue) if lex.visit_head_cue else None
    for text in texts:
        for m in (m for p in words for m in lex.compiled(p).finditer(text)):
            before = text[max(0, m.start() - 30) : m.start()].split()
            after = text[m.end() : m.end() + 30].split()
            near = [w.strip(",.;:").lower() for w in before[-1:] + after[:1]]
            if not any(lex.demonyms.get(w) == side for w in near):
                continue
            if led is None or not led.search(text[m.end() : m.end() + 60]):
                return True
    return False


def _lead_sentences(ctx: _Doc) -> list[int]:
    """The first ``LEAD + 1`` body sentences of ``_LEAD_WORDS`` words or more: where the lead names who took part
    (the furniture between a standfirst and the lead, "Autor:", "Juventud Rebelde", is passed over)."""
    found = []
    for i in range(ctx.body, len(ctx.doc.sentences)):
        if len(ctx.sentence(i).split()) >= _LEAD_WORDS:
            found.append(i)
            if len(found) > LEAD:
                break
    return found
