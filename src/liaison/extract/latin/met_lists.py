"""Lists of people met after one cue: met together at one meeting, or one by one (titled counterparts,
peers of several countries, a state's top offices, people each presented by a post, enumerations)."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from liaison.extract.latin.context import _Doc, country_guess
from liaison.extract.latin.kinds import KindCue, find_kind, is_remote
from liaison.extract.latin.mentions import Person
from liaison.model.kinds import remote_by_default


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
    offices = _separate_offices(ctx, i, after)
    need = 2 if some_of or presented or _list_goes_on(ctx, i, after) or offices else 3
    # "s'est entretenu avec ... tels que A, B"; talks with a state's top offices, "held talks with the Party's
    # General Secretary A, President B and Prime Minister C": each office apart, as when met
    kinds = ("meeting", "talks") if talks or some_of or offices else ("meeting",)
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
