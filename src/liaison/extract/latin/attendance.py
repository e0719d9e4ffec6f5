"""Attendance lists: who else was present, on which side, under which list header.

"The meeting was attended by: A, title; B, title; ..." and "While in Venezuela there were the
deputies: Tania Díaz and Nicolás Ernesto Maduro; the youth secretary of the PSUV, ..." (or
"Por la parte china participaron ..."). A plural title before a colon ("the deputies:") is the
title of the names up to the first semicolon that state none of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.places import city_country
from liaison.extract.latin.titles import TitleHit, singular
from liaison.model.types import Span

_HEADER = re.compile(r"([^\W\d_][\w-]*)\s*:")


@dataclass(frozen=True)
class ListContext:
    side: str | None  # country code the list is introduced with
    header: TitleHit | None  # "deputy" from "the deputies:"
    header_scope: Span | None  # where the header title applies
    sides: tuple[tuple[int, str], ...] = ()  # (offset, country) of every side cue in the sentence

    def side_at(self, offset: int) -> str | None:
        """The side a name at ``offset`` is listed under: the last side cue before it ("A and B;
        while for the Vietnamese side C" gives C only)."""
        before = [code for at, code in self.sides if at <= offset]
        return before[-1] if before else None


def is_attendance(sentence: str, lex: Lexicon) -> bool:
    return bool(lex.compiled(lex.attendance_cue).search(sentence))


def attendance_ahead(sentence: str, lex: Lexicon) -> bool:
    """Whether a sentence tells a presence as still to come ("O chefe de Estado será acompanhado pelos ministros A e
    B", "Felipe VI estará acompañado por A", ``cues.attendance_ahead``): its people attend no exchange told so far
    (issue 13, nonlead34: the gold of every dev set holds none of them)."""
    return bool(lex.attendance_ahead_cue) and bool(lex.compiled(lex.attendance_ahead_cue).search(sentence))


_GAP_WORD = re.compile(r"[^\W\d_]+")


def attends_named_act(sentence: str, cue: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the kind noun at ``cue`` (start, end) is what an attendance verb right before it names ("Senators A
    and B also attended the online meeting", "was also present at the talks"): the act told before, attended by
    these people, not another act of theirs (at most three words between, "at the", "in the"). Not an act whose own
    counterpart its clause names ("participou ainda num encontro ... com Huang Kunming": "with", ``cues.with``)."""
    start, end = cue
    clause = sentence[start:end] + re.split(r"[,;:]", sentence[end:], maxsplit=1)[0]
    if lex.with_cue and lex.compiled(lex.with_cue).search(clause):
        return False
    definite = {lex.own_body_article, *lex.possessives}  # "the online meeting": the act told, not "a meeting"
    first = _GAP_WORD.findall(sentence[start:end])[:1]  # the cue's own first word ("the talks")
    for m in lex.compiled(lex.attendance_cue).finditer(sentence, 0, start):
        gap = _GAP_WORD.findall(sentence[m.end() : start])
        if len(gap) <= 3 and definite & {w.lower() for w in gap + first}:
            return True
    return False


def _plural_demonym(word: str, lex: Lexicon) -> str | None:
    """The country of a demonym written in the plural ("partis politiques marocains, dont A" -> MA)."""
    w = word.lower()
    return next((code for ending, single in lex.plural_endings
                 if w.endswith(ending) and (code := lex.country_of(w[: -len(ending)] + single))), None)


def list_context(text: str, span: Span, lex: Lexicon) -> ListContext:
    """Side and header title of the attendance list in one sentence."""
    start, end = span
    sentence = text[start:end]
    sides: list[tuple[int, str]] = []
    for m in lex.compiled(lex.side_cue).finditer(sentence):
        word = m.group("c")  # a country, a city ("From Caracas, ..."), a party ("Pelo PCdoB, ...")
        code = lex.country_of(word) or city_country(word, lex) or lex.side_words.get(word.lower()) \
            or _plural_demonym(word, lex)
        if code:
            sides.append((start + m.start(), code))
    side = sides[0][1] if sides else None
    header = scope = None
    colon = _HEADER.search(sentence)
    if colon and colon.start() < len(sentence) // 2:
        word = colon.group(1)
        title = singular(word, lex)
        if title in lex.title_words:
            a = start + colon.start(1)
            header = TitleHit(a, a + len(word), title, "header")
            stop = sentence.find(";", colon.end())
            scope = (start + colon.end(), start + stop if stop >= 0 else end)
    return ListContext(side, header, scope, tuple(sides))
