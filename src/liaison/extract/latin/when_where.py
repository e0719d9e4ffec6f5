"""When and where a Latin-script event took place: the trigger's (or lead-in's) date and place,
then the fallbacks in their declared order (a date relative to the event told before, that event's
date or place, a venue told just after, the city of the visit, the dateline)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from liaison.extract.assembly import Found
from liaison.extract.assembly.fallbacks import first_found
from liaison.extract.latin.context import Group, _Doc, _principals, _referenced
from liaison.extract.latin.dates import find_event_date, stay_cue, vague_cue
from liaison.extract.latin.kinds import find_kind
from liaison.extract.latin.places import city_country, find_location, place_name, seat_city
from liaison.extract.latin.tokens import CAPITAL
from liaison.model.types import EventFrame, FuzzyDate, Span

_CAPITALISED_RUN = re.compile(rf"{CAPITAL}[\w'’-]+(?:\s+{CAPITAL}[\w'’-]+){{0,2}}")  # up to three of them


def _relative_date(ctx: _Doc, group: Group, previous: EventFrame | None) -> Found[FuzzyDate] | None:
    """"The next day, ..." / "Earlier in the day, ...": a later event dated from the one told before."""
    lex = ctx.lex
    if previous is None or previous.date is None or previous.date.precision != "day":
        return None
    a, b = ctx.doc.sentences[group.trigger]
    for pattern, shift in ((lex.date_next_day, 1), (lex.date_same_day, 0)):
        m = lex.compiled(pattern).search(ctx.text, a, b) if pattern else None
        if m is not None:
            d = date.fromisoformat(previous.date.iso) + timedelta(days=shift)
            return Found(FuzzyDate.of(d.year, d.month, d.day), (m.start(), m.end()))
    return None


def event_date(ctx: _Doc, group: Group, previous: EventFrame | None, blocked: list[Span]) -> Found[FuzzyDate] | None:
    """The trigger's (or lead-in's) date, else one relative to the previous event, else the previous
    event's, else the dateline's."""
    text, lex = ctx.text, ctx.lex

    def in_sentence(i: int | None) -> Found[FuzzyDate] | None:
        hit = None if i is None else find_event_date(text, ctx.doc.sentences[i], ctx.ref, lex, blocked)
        return Found(_within_month_of_issue(ctx, hit.date, hit.span), hit.span) if hit is not None else None

    def previous_date() -> Found[FuzzyDate] | None:  # a later event told without a date
        if previous is not None and previous.date is not None and previous.date_span is not None:
            return Found(previous.date, previous.date_span)
        return None

    def dateline_date() -> Found[FuzzyDate] | None:
        if ctx.dateline is None or ctx.dateline.date is None:
            return None
        d = ctx.dateline.date
        return Found(FuzzyDate.of(d.year, d.month, d.day), ctx.dateline.span)

    return first_found(
        lambda: in_sentence(group.trigger),
        lambda: _undated_step(ctx, group, previous),
        lambda: in_sentence(group.lead_in),
        lambda: in_sentence(group.retold),
        lambda: in_sentence(_dating_sentence(ctx, group)),
        lambda: _relative_date(ctx, group, previous),
        lambda: _stay_month(ctx, group, blocked),
        previous_date,
        dateline_date,
        lambda: _lead_day(ctx, group, blocked),
    )


def _undated_step(ctx: _Doc, group: Group, previous: EventFrame | None) -> Found[FuzzyDate] | None:
    """"Como parte de mi visita a China, me reuní con Chen Xiaodong" / "Antes, ... se reunió con Blinken":
    an exchange told as one step of a visit, or as coming before the one just told, without a day of its
    own, took place on some day the text does not give: the month (of the event told before, else of the
    page), not the day of the lead or of that event."""
    lex = ctx.lex
    if not lex.date_undated_step:
        return None
    a = ctx.doc.sentences[group.trigger][0]
    m = lex.compiled(lex.date_undated_step).search(ctx.sentence(group.trigger))
    if m is None:
        return None
    span = (a + m.start(), a + m.end())
    if previous is not None and previous.date is not None:
        return Found(previous.date.month(), span)
    if ctx.ref is not None:
        return Found(FuzzyDate.of(ctx.ref.year, ctx.ref.month), span)
    return None


_LEAD = 4  # the body's first sentences, which tell when the story happened (a standfirst, a subhead)


def _lead_day(ctx: _Doc, group: Group, blocked: list[Span]) -> Found[FuzzyDate] | None:
    """"Cuba's president arrived in Beijing this Monday. ... Xi received him at the Great Hall": an event
    no sentence of its own dates, told after a lead that dates the story to a day, took place that day."""
    for i in _lead_sentences(ctx, group):
        hit = find_event_date(ctx.text, ctx.doc.sentences[i], ctx.ref, ctx.lex, blocked)
        if hit is None or hit.date.precision != "day" or _BYLINE.match(ctx.text, hit.span[1]):
            continue  # "June 28, 2022 (ENA) Ethiopia's ruling party ...": the day it was filed
        return Found(_within_month_of_issue(ctx, hit.date, hit.span), hit.span)
    return None


def _lead_sentences(ctx: _Doc, group: Group) -> list[int]:
    """The lead's sentences that may date an event: those before the trigger and, for an event told in
    the lead itself, the lead's sentences after it that tell an exchange ("Xi received Díaz-Canel at the
    Great Hall. This Friday, after the welcome ceremony, the two held official talks": the day told next)."""
    end = min(ctx.body + _LEAD, len(ctx.doc.sentences))
    before = list(range(ctx.body, min(end, group.trigger)))
    after = [i for i in range(group.trigger + 1, end) if find_kind(ctx.sentence(i), ctx.lex) is not None] \
        if group.trigger < end else []
    return before + after


_BYLINE = re.compile(r"\s*[(（]")


_STAY_AFTER = 3  # how many sentences after the trigger may tell the stay ("During the December 20-21 visit, ...")


def _stay_month(ctx: _Doc, group: Group, blocked: list[Span]) -> Found[FuzzyDate] | None:
    """"Liu led a delegation on a visit to the United States from Jan. 8 to 13. During the visit, Liu met
    with A": an event its own sentences do not date, in a story telling a stay of several days (or a trip
    "earlier this week"), took place on some day of it: the stay's month, not the day of the dateline, of
    an event told before or of the page. The stay told nearest before the trigger, else just after it."""
    lex, text, sentences = ctx.lex, ctx.text, ctx.doc.sentences
    before = range(group.trigger, -1, -1)
    after = range(group.trigger + 1, min(group.trigger + 1 + _STAY_AFTER, len(sentences)))
    for i in (*before, *after):
        cue = stay_cue(text, sentences[i], lex) or vague_cue(text, sentences[i], lex, blocked)
        if cue is None:
            continue
        hit = find_event_date(text, sentences[i], ctx.ref, lex, blocked)
        if hit is not None:
            return Found(hit.date.month(), hit.span)
        if ctx.ref is not None:
            return Found(FuzzyDate.of(ctx.ref.year, ctx.ref.month), cue)
        return None
    return None


def fallback_date(ctx: _Doc) -> FuzzyDate | None:
    """The date an event the text does not date falls back to: the page's publication date, kept to its
    month (a web page dates its story, not each exchange it tells; ``date_source`` "published")."""
    published = ctx.doc.published
    return published.month() if published is not None else None


def _dating_sentence(ctx: _Doc, group: Group) -> int | None:
    """A sentence soon after the trigger telling the same event again with its date ("The meeting, which
    lasted an hour, took place at the ambassador's residence on Monday"): where an undated trigger's date is."""
    return ctx.next_matching(group.trigger, ctx.lex.retold_date_cue)


def _within_month_of_issue(ctx: _Doc, found: FuzzyDate, span: Span) -> FuzzyDate:
    """"On Monday" in a page dated only to its month ("2019-07"): that month, not a day counted back
    from the 1st. A written day ("22 July") or a dated dateline keeps its day."""
    issue = ctx.doc.published
    if issue is None or issue.precision == "day" or found.precision != "day" or ctx.ref is None:
        return found
    written_day = any(c.isdigit() for c in ctx.text[span[0] : span[1]])
    if written_day or (ctx.dateline is not None and ctx.dateline.date is not None):
        return found
    return FuzzyDate.of(ctx.ref.year, ctx.ref.month)


def event_location(ctx: _Doc, group: Group, previous: EventFrame | None, blocked: list[Span]) -> Found[str] | None:
    """Where the event took place: the trigger's (or lead-in's) place, a venue told just after, the
    previous event's or the city of the visit (without a dateline), else the dateline's city."""
    text, lex = ctx.text, ctx.lex
    dateline = ctx.dateline
    own = blocked + ([dateline.span] if dateline is not None else [])

    def in_sentence(i: int | None) -> Found[str] | None:
        hit = None if i is None else find_location(text, ctx.doc.sentences[i], lex, own, ctx.stop)
        return Found(*hit) if hit is not None else None

    earlier = _told_before(ctx, group)  # told in the pluperfect: no place but its own words' (not the event before's,
    # the visit's, the stay's nor the dateline's)

    def previous_place() -> Found[str] | None:  # a later event of the same visit
        if not earlier and previous is not None and previous.location and previous.location_span and dateline is None:
            return Found(previous.location, previous.location_span)
        return None

    def visited() -> Found[str] | None:
        hit = _visited_city(ctx, group, blocked) if dateline is None and not earlier else None
        return Found(*hit) if hit is not None else None

    def venue() -> Found[str] | None:
        hit = _venue(ctx, group, own)
        return Found(*hit) if hit is not None else None

    def dateline_place() -> Found[str] | None:  # "here", "in this capital", or nowhere else named
        return Found(dateline.place, dateline.span) if dateline is not None and not earlier else None

    def seat_after() -> Found[str] | None:  # "[X recibió a Y.] En el Palacio de la Revolución, X dijo a Y ...":
        # the scene of the exchange, set by a sentence telling no act of its own
        for i in range(group.trigger + 1, min(group.trigger + 3, len(ctx.doc.sentences))):
            if find_kind(ctx.sentence(i), lex) is not None:
                break  # another act, told with its own place or none
            hit = seat_city(text, ctx.doc.sentences[i], own)
            if hit is not None:
                return Found(*hit)
        return None

    return first_found(
        lambda: in_sentence(group.trigger), lambda: in_sentence(group.lead_in), venue, seat_after,
        lambda: in_sentence(_restating(ctx, group)), previous_place, visited,
        lambda: None if earlier else in_sentence(_stay_sentence(ctx, group)), dateline_place,
    )


def _told_before(ctx: _Doc, group: Group) -> bool:
    """Whether the trigger's kind cue is told in the pluperfect (``cues.pluperfect``): an act before the story's own
    ("El martes, la delegación se había reunido por separado con A"; "había mantenido este sábado reuniones con B"),
    placed only by its own words, not by the event told before it, the visit's city nor the dateline."""
    lex = ctx.lex
    if not lex.pluperfect_cue:
        return False
    cue = group.cue
    return lex.compiled(lex.pluperfect_cue).search(ctx.sentence(group.trigger)[cue.start : cue.end]) is not None


def _stay_sentence(ctx: _Doc, group: Group) -> int | None:
    """"Lors de son séjour à Hanoi, du 23 au 26 juin, A a pris part aux cérémonies ... Par ailleurs, il a eu des
    entretiens avec B": the stay told nearest before the trigger (as ``_stay_month`` reads it), whose city is where
    an exchange no sentence of its own places took place, not the agency's dateline."""
    for i in range(group.trigger - 1, max(ctx.body, group.trigger - 1 - _STAY_AFTER) - 1, -1):
        if stay_cue(ctx.text, ctx.doc.sentences[i], ctx.lex) is not None:
            return i
    return None


def _restating(ctx: _Doc, group: Group) -> int | None:
    """A cue sentence of the same kind soon after the trigger naming all its principals again with a date,
    where the story tells the event a second time with its city ("a reçu en audience, le mardi 6 septembre
    2022 à la Primature, l'ambassadeur ... Shan Lu" then "... a reçu en audience, le mardi 6 septembre 2022 à
    Ouagadougou, l'ambassadeur ... Shan Lu"). Undated, it tells what they did ("Mr. Finer and Ms. Kaag
    discussed ... civilians in Gaza"), and its place may be a topic."""
    principals = _principals(group)
    if len(principals) < 2:
        return None
    for i in range(group.trigger + 1, min(group.trigger + 4, len(ctx.doc.sentences))):
        cue = find_kind(ctx.sentence(i), ctx.lex)
        if cue is not None and cue.kind == group.cue.kind \
                and all(_referenced(p, ctx.doc.sentences[i]) for p in principals) \
                and find_event_date(ctx.text, ctx.doc.sentences[i], ctx.ref, ctx.lex, []) is not None:
            return i
    return None


def _visited_city(ctx: _Doc, group: Group, blocked: list[Span]) -> tuple[str, Span] | None:
    """"... during the visit to Havana of a delegation": without a dateline, a known city the lead
    sentences before the trigger place the story in."""
    for i in range(ctx.body, group.trigger):
        a, b = ctx.doc.sentences[i]
        for m in _CAPITALISED_RUN.finditer(ctx.text[a:b]):
            words = m.group(0).split()
            for n in range(len(words), 0, -1):
                for k in range(len(words) - n + 1):
                    raw = " ".join(words[k : k + n])
                    place = place_name(raw, ctx.lex)
                    if city_country(place, ctx.lex) is not None and not ctx.lex.country_of(raw):
                        at = a + m.start() + m.group(0).find(raw)
                        if not any(x < at + len(raw) and at < y for x, y in blocked) \
                                and not _sender_capital(ctx, at):
                            return place, (at, at + len(raw))
    return None


def _sender_capital(ctx: _Doc, at: int) -> bool:
    """Whether the city at ``at`` names an envoy's country, not where the story is: "o embaixador de Lisboa em
    Havana, Luís Faro" (the ambassador's word and an "of" right before it)."""
    words = ctx.text[max(0, at - 40) : at].lower().split()
    return len(words) >= 2 and words[-1] in ctx.lex.of_words and words[-2] in ctx.lex.ambassador_heads


def _venue(ctx: _Doc, group: Group, blocked: list[Span]) -> tuple[str, Span] | None:
    """"The meeting was held at the PSUV headquarters, in Caracas": a place a sentence soon after the
    trigger gives the event."""
    if not ctx.lex.venue_cue:
        return None
    last = min(group.trigger + 4, len(ctx.doc.sentences))
    for i in range(group.trigger + 1, last):
        if ctx.lex.compiled(ctx.lex.venue_cue).search(ctx.sentence(i)):
            found = find_location(ctx.text, ctx.doc.sentences[i], ctx.lex, blocked, ctx.stop) \
                or seat_city(ctx.text, ctx.doc.sentences[i], blocked)  # "realizou-se no Palácio do Planalto"
            if found is not None:
                return found
    return None
