"""Where an article's further events are lost: the stage of each gold event missed beside one found.

Issue 13: most blind misses are in articles where some event was found (a second meeting, each host of a
trip, a message or a call told beside the meeting). For each such miss, the extraction of the article is
run again with ``assembly.trace`` on, and the event is given the first stage that explains it:

- ``lost:<step>`` — some frame told it (the scorer would pair it) before a declared step of the extractor,
  none after: a filter (``domestic``, ``without_recalled``, ``covered_visit``, ``lede_visits``, the recall tier's
  ``recall_tier_one_side``; the Chinese passes by name, ``restated``), a merge (``retellings_merged``) or a
  reading left unused (``titled_reading_unused``);
- ``folded:same_people`` — its people are all people of another gold event the build found, and no frame
  told it apart (a message, a visit or talks of the same two told as one event);
- ``folded:seated`` — a person of it no other gold event names is in a frame of another event (as an
  attendee, or a principal of an event the scorer paired with another gold event);
- ``unmatched`` — a frame of its kind was built and left unpaired (wrong people, so no pair);
- ``cue_no_frame`` — a sentence naming its people holds a cue of an exchange, and no frame holds them;
- ``no_cue`` — sentences name its people, none with a cue; ``not_named`` — the text names none of them as
  the gold writes them (a headline's short form, a translation).

Frames of one document are never merged by resolution (``resolve/events.py``), so the frames of the
extraction are the article's events as scored (a frame participant's name, native form and aliases).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from liaison.eval.folding import fold, keys
from liaison.eval.gold import GoldEvent, GoldParticipant
from liaison.eval.matching import align_article, gold_person_keys, sys_person_keys
from liaison.eval.system import SysEvent, SysParticipant
from liaison.extract.assembly.trace import Step
from liaison.model.types import Document, EventFrame


@dataclass(frozen=True)
class Loss:
    """One gold event missed in an article where another was found, and the stage that lost it."""

    doc: str
    language: str
    gold: GoldEvent
    stage: str
    sentence: str  # the sentence that tells it, as far as can be said ("" when none)


def as_sys_event(frame: EventFrame, doc: str = "") -> SysEvent:
    """A frame in the scorer's shape (its participants' name, native form and aliases)."""
    return SysEvent(
        event_id="", kind=frame.kind, date=frame.date.iso if frame.date else None, location=frame.location,
        remote=frame.remote, channel=tuple(frame.channel), parties=(),
        participants=tuple(
            SysParticipant(None, p.person.name, p.person.native, tuple(p.person.aliases), p.person.title, None,
                           p.side, p.lead)
            for p in frame.participants
        ),
        documents=(doc,),
    )


def _paired(gold: Sequence[GoldEvent], frames: Sequence[EventFrame], target: int) -> bool:
    al = align_article("", "", gold, [as_sys_event(f) for f in frames])
    return any(p.gold is gold[target] for p in al.pairs)


def _holds(frame: EventFrame, person: GoldParticipant) -> bool:
    want = gold_person_keys(person)
    return any(want & sys_person_keys(p) for p in as_sys_event(frame).participants)


def _distinctive(gold: Sequence[GoldEvent], target: int) -> list[GoldParticipant]:
    """The people of ``gold[target]`` no other gold event of the article names."""
    others = {k for i, e in enumerate(gold) if i != target for p in e.participants for k in gold_person_keys(p)}
    return [p for p in gold[target].participants if not gold_person_keys(p) & others]


def _sentences(doc: Document) -> list[str]:
    return [doc.text[a:b] for a, b in doc.sentences]


def _named_in(sentence: str, person: GoldParticipant) -> bool:
    """The sentence writes the person as the gold does: native form, name, or (Latin script) the family name."""
    folded = fold(sentence)
    forms = [f for f in (person.native, person.name) if f]
    if any(fold(f) and fold(f) in folded for f in forms):
        return True
    words = [w for w in re.split(r"\s+", person.name) if len(w) > 3]
    return bool(words) and re.search(rf"\b{re.escape(words[-1])}\b", sentence, re.I) is not None


def classify(
    doc: Document, gold: Sequence[GoldEvent], final: Sequence[EventFrame], steps: Sequence[Step], target: int,
    has_cue: Callable[[str], bool],
) -> tuple[str, str]:
    """The stage that lost ``gold[target]`` and a sentence telling it; ``has_cue(sentence) -> bool`` is the
    language's cue test."""
    event = gold[target]
    sentences = _sentences(doc)
    people = _distinctive(gold, target) or list(event.participants)
    naming = [s for s in sentences if any(_named_in(s, p) for p in people)]
    cued = [s for s in naming if has_cue(s)]
    example = (cued or naming or [""])[0]
    for st in steps:
        if _paired(gold, st.before, target) and not _paired(gold, st.after, target):
            return f"lost:{st.name}", example
    al = align_article("", "", gold, [as_sys_event(f) for f in final])
    found = {id(p.gold) for p in al.pairs}
    distinct = _distinctive(gold, target)
    if not distinct and any(id(e) in found for i, e in enumerate(gold) if i != target
                            and keys(k for p in event.participants for k in (p.name, p.native))
                            <= keys(k for p in e.participants for k in (p.name, p.native))):
        return "folded:same_people", example
    frames = [f for st in steps for f in (*st.before, *st.after)] + list(final)
    if distinct and any(_holds(f, p) for f in frames for p in distinct):
        return "folded:seated", example
    if any(s.kind == event.kind for s in al.spurious):
        return "unmatched", example
    if not distinct and any(id(e) in found for i, e in enumerate(gold) if i != target):
        return "folded:same_people", example
    if cued:
        return "cue_no_frame", example
    return ("no_cue" if naming else "not_named"), example
