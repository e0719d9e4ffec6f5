"""Whether a frame tells a domestic event rather than an exchange: every side of one country and nothing
foreign named where it is told; counterparts, attendees or addressees at home ("filters.domestic")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from urllib.parse import urlsplit

from liaison.extract.assembly.filters import domestic
from liaison.extract.latin.affiliation import countries_named
from liaison.extract.latin.context import _Doc
from liaison.extract.latin.hosts import counterpart_word
from liaison.extract.latin.kinds import find_kind
from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.places import city_country, country_word
from liaison.extract.latin.tokens import CAPITAL
from liaison.kb.countries import code_of, country_of_host, subdivision_country
from liaison.model.types import EventFrame

_CAPITALISED = re.compile(rf"{CAPITAL}[\w'’-]+")  # a capitalised word


_DEMONYM_REACH = 30  # characters after a counterpart's word where its demonym is
_PARTIES_COUNTRIES = 80  # characters after "representatives of ... parties" where their countries are named


def _domestic(ctx: _Doc, frame: EventFrame) -> bool:
    """"Liu attended a symposium with officials from provincial Party committees"; "The Komdok Mining
    Complex sent a letter to Kim Jong Un": a domestic event, not an exchange (``filters.domestic``).
    "The President met today with Dr. Edward Glaeser and Dr. Janet Currie": nobody's side is known and
    nothing of any country is named where it is told -- no exchange either."""
    if frame.participants and all(p.side is None for p in frame.participants):
        return not _foreign_named(ctx, frame, "", any_word=True) and not _other_country_told(ctx, frame) \
            and not _bare_counterpart(ctx, frame)
    if domestic(frame, lambda side: _foreign_named(ctx, frame, side) or _addressed_abroad(ctx, frame, side)
                or _side_counterpart(ctx, frame, side) or _bare_counterpart(ctx, frame)):
        return True
    return _home_counterparts(ctx, frame) or _home_attendees(ctx, frame)


def _other_country_told(ctx: _Doc, frame: EventFrame) -> bool:
    """Two people or more of no known side, one of them titled, told with a country other than the outlet's own
    written out in the sentences telling the event that the language file does not list
    (``places.country_word``): "President Donald J. Trump and His Majesty King Abdullah II of Jordan held a
    warm and productive working meeting" (whitehouse.gov) -- an exchange with that country's people, not a
    domestic one (as "met with six DACA recipients" is)."""
    if len(frame.participants) < 2 or not any(p.person.title for p in frame.participants):
        return False  # (not "Prime Minster Johnson ... met in the margins of the G7 summit in Carbis Bay", untitled)
    home = country_of_host(ctx.doc.article.url)
    told = " ".join(ctx.text[a:b] for a, b in frame.evidence)
    return any(
        (code := country_word(phrase)) is not None and code != home
        for run in _CAPITALISED_RUN.findall(told)
        for phrase in _phrases(run)
    )


def _side_counterpart(ctx: _Doc, frame: EventFrame, side: str) -> bool:
    """The one side's person told as the counterpart of a subject the story does not name, a demonym of that side
    right after the counterpart's word (``cues.side_counterpart``: "el jefe de Estado envió un abrazo a su par chino
    ..., Xi Jinping"; "son homologue chinois"): the subject is of another side. English puts the demonym before the noun
    ("his Chinese counterpart") and has no such cue: read so it lowered lead precision (web-en)."""
    lex = ctx.lex
    if not lex.side_counterpart_cue:
        return False
    told = " ".join(ctx.text[a:b] for a, b in frame.evidence)
    return any(
        lex.demonyms.get(w.lower()) == side
        for m in lex.compiled(lex.side_counterpart_cue).finditer(told)
        for w in re.findall(r"[^\W\d_]+", told[m.end() : m.end() + _DEMONYM_REACH])[:2]
    )


def _bare_counterpart(ctx: _Doc, frame: EventFrame) -> bool:
    """A lead of no known side named right after a counterpart word, no post nor demonym of theirs ("ha descritto
    l'incontro con l'omologo Boris Pistorius": the same post on the other side, ``hosts.counterpart_word``): an
    exchange with another country (issue 13, further33)."""
    return any(p.lead and p.side is None and counterpart_word(ctx, p) for p in frame.participants)


def _addressed_abroad(ctx: _Doc, frame: EventFrame, side: str) -> bool:
    """A message to the senders' own counterparts (``cues.own_counterparts``), or one of senders who each wrote
    their own (``cues.each_sender``), told with a demonym of another side ("hicieron llegar sus mensajes de
    congratulación a sus contrapartes vietnamitas"; "Chinese President Xi Jinping ... and Russian President
    Vladimir Putin ... each sent a congratulatory letter to the 10th meeting"): written abroad, to people the story
    does not name."""
    if frame.kind != "message":
        return False
    told = " ".join(ctx.text[a:b] for a, b in frame.evidence)
    lex = ctx.lex
    counterparts = bool(lex.own_counterparts_cue) and lex.compiled(lex.own_counterparts_cue).search(told) is not None
    if not counterparts and not _each_wrote(lex, told):
        return False  # "sent a wreath ... on the anniversary of the entry of the Chinese People's Volunteers"
    return any(ctx.lex.demonyms.get(w.lower(), side) != side for w in re.findall(r"[^\W\d_]+", told))


def _each_wrote(lex: Lexicon, told: str) -> bool:
    """Whether ``cues.each_sender`` stands right before the message cue of ``told`` ("each sent a ... letter")."""
    cue = find_kind(told, lex) if lex.each_sender_cue else None
    return cue is not None and cue.kind == "message" and bool(
        lex.compiled(lex.each_sender_cue).search(told[max(0, cue.start - 40) : cue.start])
    )


def _home_attendees(ctx: _Doc, frame: EventFrame) -> bool:
    """"O Presidente da República recebeu ... uma delegação do Partido Comunista Português (PCP). Participaram na
    audiência Jerónimo de Sousa, ...; João Oliveira, ...; e Margarida Botelho e Vasco Cardoso" on the Portuguese
    presidency's page: every lead of the outlet's own country, the others of no known side and no lead, nothing
    of another country named where it is told or in the headline -- a domestic audience."""
    side = country_of_host(ctx.doc.article.url)
    leads = [p for p in frame.participants if p.lead]
    if side is None or not leads or any(p.side != side for p in leads):
        return False
    if any(p.side not in (None, side) for p in frame.participants):
        return False
    told = " ".join([ctx.doc.article.title or "", *(ctx.text[a:b] for a, b in frame.evidence)])
    return not _foreign_named(ctx, frame, side, any_word=True) and not _foreign_in(ctx, told, side)


def _home_counterparts(ctx: _Doc, frame: EventFrame) -> bool:
    """"President Biden spoke this evening with Texas Governor Greg Abbott about ... the United States"
    (on whitehouse.gov): the known side is the outlet's own country, the others are of no known side,
    the sentences telling the event (or the headline) place them in a state or province of that country
    and name nothing of another country -- the counterparts are at home, no exchange. On a government's own
    site (``_government_site``), which reports its officials' domestic meetings too, naming nothing of another
    country is enough ("Lael Brainard and Mitch Landrieu met with the leaders of the building trades unions")
    unless a counterpart holds a post in a body the title names ("World Health Organization Director-General")."""
    known = {p.side for p in frame.participants if p.side is not None}
    if len(known) != 1 or all(p.side is not None for p in frame.participants):
        return False
    side = next(iter(known))
    if side != country_of_host(ctx.doc.article.url):
        return False
    if _foreign_named(ctx, frame, side, any_word=True):
        return False
    told = " ".join([ctx.doc.article.title or "", *(ctx.text[a:b] for a, b in frame.evidence)])
    if _foreign_in(ctx, told, side):
        return False
    runs = _CAPITALISED_RUN.findall(told)
    if any(_place_code(words) not in (None, side) for words in runs):
        return False
    if _government_site(ctx.doc.article.url) and not any(
        p.side is None and p.person.organization is not None for p in frame.participants
    ):
        return True  # (not "met with World Bank President Ajay Banga": a body's official)
    return any(_home_region(words, side, ctx.lex) for words in runs)


def _government_site(url: str | None) -> bool:
    """Whether ``url`` is a government's own site ("whitehouse.gov", "www.gov.cn", "gob.mx", "gouv.fr")."""
    host = urlsplit(url).hostname or "" if url else ""
    return any(label in _GOVERNMENT_LABELS for label in host.lower().split("."))


_GOVERNMENT_LABELS = frozenset({"gov", "gob", "gouv", "govt"})


def _home_region(words: str, side: str, lex: Lexicon) -> bool:
    """Whether a run of capitalised words names a state or province of ``side`` that is no known city
    ("Texas Governor Greg Abbott", "from across Michigan"; not "Beijing", a capital)."""
    return any(subdivision_country(phrase) == side and city_country(phrase, lex) is None for phrase in _phrases(words))


# A run of one to three capitalised words ("Texas", "New Zealand", "Prime Minister Jacinda Ardern").
_CAPITALISED_RUN = re.compile(rf"{CAPITAL}[\w'’-]+(?:\s+{CAPITAL}[\w'’-]+){{0,2}}")


@lru_cache(maxsize=4096)
def _place_code(words: str) -> str | None:
    """The country of a place or country named by a run of capitalised words, or of any of its words
    ("Kentucky Governor Andy Beshear" -> US; "Ukrainian" -> UA), in any language the country source
    knows; two-letter words are left out (read as codes they would be countries: "At", "In")."""
    return next((code for phrase in _phrases(words) if len(phrase) > 2 and (code := code_of(phrase))), None)


def _phrases(words: str) -> Iterator[str]:
    """The runs of consecutive words of ``words``, longest first ("New York Governor", "New York", ...)."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        for i in range(len(parts) - n + 1):
            yield " ".join(parts[i : i + n])


def _foreign_named(ctx: _Doc, frame: EventFrame, side: str, any_word: bool = False, by_cue: bool = True) -> bool:
    """Whether the sentences telling ``frame`` name anything of a country other than ``side``: a
    foreign cue (unless not ``by_cue``), an organisation, a country, demonym or city (``any_word``: also a
    country after a preposition, "la Embajada de Nicaragua en España")."""
    told = " ".join(ctx.text[a:b] for a, b in frame.evidence)
    return _foreign_in(ctx, told, side, any_word, by_cue)


def _foreign_in(ctx: _Doc, told: str, side: str, any_word: bool = False, by_cue: bool = True) -> bool:
    """Whether ``told`` names anything of a country other than ``side`` (see ``_foreign_named``)."""
    lex = ctx.lex
    if by_cue and lex.foreign_cue and any(
        not _own_body_after(ctx, told, m.end(), side) for m in lex.compiled(lex.foreign_cue).finditer(told)
    ):
        return True
    if any(e.country not in (None, side) for _, e in ctx.gazetteer.find_orgs(told)):
        return True
    if lex.parties_met_cue and any(
        countries_named(told[m.end() : m.end() + _PARTIES_COUNTRIES], lex) - {side}
        for m in lex.compiled(lex.parties_met_cue).finditer(told)
    ):
        return True  # "met with representatives of political parties of Laos and Cambodia" (multi25)
    table = {**lex.countries, **lex.demonyms}
    for word in re.findall(r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?", told):
        for w in (word.lower(), word.split()[0].lower(), *([word.split()[-1].lower()] if any_word else [])):
            if table.get(w, side) != side:
                return True
    return any(city_country(w, lex) not in (None, side) for w in _CAPITALISED.findall(told))


def _own_body_after(ctx: _Doc, told: str, at: int, side: str) -> bool:
    """Whether the foreign cue ending at ``at`` is followed straight away by a body of ``side`` itself: "o
    Presidente da República recebeu uma delegação do Partido Comunista Português (PCP)" on the Portuguese
    presidency's page is the country's own party, nothing foreign."""
    after = told[at : at + 120]
    first = min(ctx.gazetteer.find_orgs(after), key=lambda found: found[0][0], default=None)
    if first is None or not side:
        return False
    (start, _), entry = first
    return entry.country == side and re.fullmatch(r"\s+\w{1,3}(?:\s+\w{1,3})?\s+", after[:start]) is not None
