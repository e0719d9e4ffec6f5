"""What kind of exchange a sentence reports, and whether it was held remotely."""

from __future__ import annotations

import re
from dataclasses import dataclass

from liaison.extract.assembly.trace import ablated
from liaison.extract.latin.lexicon import Lexicon
from liaison.model.kinds import as_kind
from liaison.model.types import EventKind


@dataclass(frozen=True)
class KindCue:
    kind: EventKind
    start: int  # offset of the cue within the searched text
    end: int


def find_kind(sentence: str, lex: Lexicon) -> KindCue | None:
    """The most specific kind cue of a sentence (the lexicon lists cues most specific first), leaving out
    a cue told as still to come ("Liu ... will also hold meetings with President A") and one the sentence
    sets aside for another act ("Além do seminário na terça, Gleisi teve um encontro nesta quarta com Li Xi").
    (Kept for the last thousand or so sentences: an article is read up to four times.)"""
    key = (sentence, id(lex))
    kept = _KEPT.get(key)
    if kept is None or kept[0] is not lex:
        if len(_KEPT) >= 2048:
            _KEPT.clear()
        kept = _KEPT[key] = (lex, _find_kind(sentence, lex))
    return kept[1]


_KEPT: dict[tuple[str, int], tuple[Lexicon, KindCue | None]] = {}


_QUOTE_MARKS = re.compile(r"[\"“”]")


def _find_kind(sentence: str, lex: Lexicon) -> KindCue | None:
    found = _first_cue(sentence, lex)
    if found is None and _QUOTE_MARKS.search(sentence):
        # a kind noun set in quotation marks ('held a "breakfast meeting" with'): read past the marks, blanked
        # to spaces so that the offsets stay the sentence's own
        found = _first_cue(_QUOTE_MARKS.sub(" ", sentence), lex)
    if found is not None:
        return found
    # a word set inside the cue's words ("Il a aussi eu un entretien bilatéral avec A", "tuvo además una
    # conversación con B"): read past it, blanked to spaces so that the offsets stay the sentence's own
    blanked = lex.compiled(lex.inserted_cue).sub(_blank, sentence) if lex.inserted_cue else sentence
    if blanked != sentence and (found := _first_cue(blanked, lex)) is not None:
        return found
    # such a word, or "por separado" (``cues.separate``), set off by commas inside the cue's words ("felicitaron
    # ayer, por separado, al dirigente chino"): read past the commas around it too
    apart = _asides_blanked(blanked, lex)
    return _first_cue(apart, lex) if apart != blanked else None


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _asides_blanked(blanked: str, lex: Lexicon) -> str:
    """``blanked`` (its inserted words blanked) with the two commas of every aside made of nothing but such
    words or a separate cue ("ayer, por separado,") blanked too."""
    masked = lex.compiled(lex.separate_cue).sub(_blank, blanked) if lex.separate_cue else blanked
    chars = list(blanked)
    for m in _EMPTY_ASIDE.finditer(masked):
        chars[m.start()] = chars[m.end() - 1] = " "
    return "".join(chars)


_EMPTY_ASIDE = re.compile(r",\s*,")


def _first_cue(sentence: str, lex: Lexicon) -> KindCue | None:
    aside = lex.compiled(lex.aside_cue) if lex.aside_cue else None
    for kind, pattern in lex.kind_cues:
        for m in lex.compiled(pattern).finditer(sentence):
            if aside is not None and aside.search(sentence[max(0, m.start() - 40) : m.start()]) \
                    and not ablated("aside"):
                continue
            if _in_address(sentence, m.start()):
                continue
            if ablated("future") or (not is_future(sentence, m.start(), lex) and not _to_come(sentence, m.end(), lex)):
                return KindCue(as_kind(kind), m.start(), m.end())
    return None


def _in_address(sentence: str, at: int) -> bool:
    """Whether the cue at ``at`` is a word of a web address, no word of the text: an archived readout links
    "[Presidential Memorandum](https://.../briefing-room/presidential-actions/...)", whose "briefing" tells
    no seminar."""
    if at == 0 or sentence[at - 1].isspace():
        return False
    word = sentence[max(0, at - 300) : at].rsplit(None, 1)[-1]  # the cue's own run of characters up to it
    return "://" in word or word.startswith("www.")


def announced(sentence: str, lex: Lexicon) -> bool:
    """Whether the sentence names a kind of exchange only as still to come ("le président français Emmanuel
    Macron effectuera une visite d'Etat en Chine du 5 au 7 avril, a annoncé lundi la porte-parole")."""
    return find_kind(sentence, lex) is None and any(
        is_future(sentence, m.start(), lex) or _to_come(sentence, m.end(), lex)
        for _, pattern in lex.kind_cues for m in lex.compiled(pattern).finditer(sentence)
    )


_WORD_START = re.compile(r"(?<=\s)\w")


def act_to_come(sentence: str, lex: Lexicon) -> bool:
    """Whether the sentence tells its act only as still to come: ``announced``, or no kind cue held and a verb in
    the future tense before any of its words (``cues.future``), a verb of no kind cue included ("Wang Yi y Yang
    Jiechi se reunirán el sábado próximo en Pekín con ... Rex Tillerson", "Nicolás Maduro viajará este año a
    Vietnam", "To Lam conduira une haute délégation à Vientiane"): the article-level recall tier reads no
    exchange from its people."""
    if announced(sentence, lex):
        return True
    if not lex.future_cue or find_kind(sentence, lex) is not None:
        return False
    future = lex.compiled(lex.future_cue)
    return any(future.search(sentence[max(0, m.start() - 60) : m.start()]) for m in _WORD_START.finditer(sentence))


def is_future(sentence: str, at: int, lex: Lexicon) -> bool:
    """Whether the kind cue at ``at`` tells an exchange still to come (``_told_ahead``)."""
    return bool(lex.future_cue) and _told_ahead(sentence, at, lex.compiled(lex.future_cue), lex)


def named_for_act_to_come(sentence: str, at: int, lex: Lexicon) -> bool:
    """Whether a name at ``at`` is the counterpart of an act still to come, told in a clause coordinated after an
    act held ("encontrou-se com A, e para amanhã está previsto também um encontro com B", "a rencontré A, et
    s'entretiendra demain avec B"): the last kind cue before it is told ahead (``is_future``), an earlier one is
    not, and a conjunction opens the clause after the last comma. B is only named: the act held is A's."""
    if not lex.future_cue or not lex.conjunctions or ablated("act_to_come_named"):
        return False
    conjunction = "|".join(re.escape(c) for c in lex.conjunctions)
    if not lex.compiled(rf",\s*(?:{conjunction})").search(sentence, 0, at):
        return False  # (no clause opening on a conjunction before the name: most names, no kind cue read)
    cues = sorted({m.start() for _, pattern in lex.kind_cues for m in lex.compiled(pattern).finditer(sentence, 0, at)})
    if len(cues) < 2 or not is_future(sentence, cues[-1], lex):
        return False
    if all(is_future(sentence, start, lex) for start in cues[:-1]):
        return False
    clause = sentence[: cues[-1]].rsplit(",", 1)
    return len(clause) == 2 and lex.compiled(rf"\s*(?:{conjunction})\b").match(clause[1]) is not None


def _to_come(sentence: str, end: int, lex: Lexicon) -> bool:
    """Whether the kind cue ending at ``end`` is a noun whose predicate is still to come ("The high-level
    political meeting of the team with A is set to take place today"; ``cues.future_after``)."""
    return bool(lex.future_after_cue) and bool(lex.compiled(lex.future_after_cue).match(sentence[end:]))


def _told_ahead(sentence: str, at: int, future: re.Pattern[str], lex: Lexicon) -> bool:
    """Whether the cue at ``at`` is still to come ("will also hold meetings with"; "will meet with A, and hold a
    dialogue", ``cues.future_coordinated``), or stands in a relative
    clause of a sentence whose own exchange is still to come ("Liu, who arrived on Sunday, will also hold
    meetings with A": the arrival is background to what is announced)."""
    if future.search(sentence[max(0, at - 60) : at]):
        return True
    if lex.future_coordinated_cue and lex.compiled(lex.future_coordinated_cue).search(sentence[max(0, at - 160) : at]):
        return True  # "will meet with A, and hold a dialogue": the second act is still to come too
    if not lex.relative_cue:
        return False
    for rel in lex.compiled(lex.relative_cue).finditer(sentence[:at]):
        close = sentence.find(",", rel.end())
        if close > at and any(
            future.search(sentence[max(close, m.start() - 60) : m.start()])
            for _, pattern in lex.kind_cues for m in lex.compiled(pattern).finditer(sentence, close)
        ):
            return True
    return False


def is_remote(text: str, lex: Lexicon) -> bool:
    return bool(lex.compiled(lex.remote_cue).search(text))


def topics(text: str, lex: Lexicon) -> tuple[str, ...]:
    """Short topic phrases whose cue words the article uses, in lexicon order."""
    return tuple(topic for pattern, topic in lex.topics if re.search(pattern, text, re.IGNORECASE))
