"""A congratulation sent with no recipient named, to the one whose taking of a post the item told just before
(issue 13, msgset: real-dev-msg zh-05).

"新党新任主席吴成典于21日正式就任。大陆中共中央台湾工作办公室主任刘结一17日发函表示祝贺，吴成典也回函致谢": the letter
"发函表示祝贺" names no one; the congratulated is the person told taking a post ("…吴成典…就任", cue ``post_taken``)
in the same sentence before it or in the sentence before. One message from the titled sender to that person, when the
two are of different sides, dated by the clause (else the page's month).
"""

from __future__ import annotations

import re

from liaison.extract.prefilter import may_occur
from liaison.extract.zh.congratulations import message_frame
from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.grammar import WHEN
from liaison.extract.zh.names import plausible_name
from liaison.extract.zh.people import country_of
from liaison.extract.zh.titles import ChainPerson, parse_people
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame

_UNADDRESSED = cue("unaddressed_congratulation")
# a time after the sender's name (刘结一17日, 习近平当晚) and 大陆 before a mainland post (Taiwan's press)
_TIME_AFTER = re.compile(rf"(?:{WHEN})$")
_MAINLAND = re.compile(r"^大陆")
_TAKEN = cue("post_taken")


def congratulated_before_frames(doc: Document, gaz: Gazetteer, built: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """One message per unaddressed congratulation whose congratulated the item names just before."""
    text = doc.text
    if not may_occur(_UNADDRESSED, text):  # (no sentence can match)
        return ()
    held = {
        frozenset(p.person.native for p in f.participants) for f in built if f.kind == "message"
    }
    frames: list[EventFrame] = []
    for k, (start, end) in enumerate(doc.sentences):
        for m in _UNADDRESSED.finditer(text, start, end):
            sender = _titled(m.group("who"), m.start("who"), gaz)
            before = doc.sentences[k - 1][0] if k > 0 else start
            recipient = _congratulated(text, before, m.start(), gaz)
            if sender is None or recipient is None:
                continue
            side, to_side = country_of(sender, gaz), country_of(recipient, gaz)
            if side is None or to_side is None or side == to_side:
                continue
            if frozenset((sender.native, recipient.native)) in held:
                continue
            held.add(frozenset((sender.native, recipient.native)))
            found = find_date(text[m.start() : m.end()], doc.published, m.start())
            frames.append(message_frame(doc, (start, end), sender, side, recipient, to_side, gaz, 0.7, found))
    return tuple(frames)


def _titled(words: str, offset: int, gaz: Gazetteer) -> ChainPerson | None:
    """The one titled person a subject names ("大陆中共中央台湾工作办公室主任刘结一17日")."""
    if (time := _TIME_AFTER.search(words)) is not None:
        words = words[: time.start()]
    if (mainland := _MAINLAND.match(words)) is not None:
        words, offset = words[mainland.end() :], offset + mainland.end()
    people = [p for p in parse_people(words, offset) if p.title and plausible_name(p.native, True, gaz)]
    return people[-1] if len(people) == 1 else None


def _congratulated(text: str, start: int, end: int, gaz: Gazetteer) -> ChainPerson | None:
    """The last person told taking a post between ``start`` and ``end`` ("新党新任主席吴成典于21日正式就任")."""
    taken = list(_TAKEN.finditer(text, start, end))
    return _titled(taken[-1].group("who"), taken[-1].start("who"), gaz) if taken else None


__all__ = ["congratulated_before_frames"]
