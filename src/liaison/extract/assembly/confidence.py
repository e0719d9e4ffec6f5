"""How surely a frame reports an exchange: the confidence every extractor's frames carry.

Rules-built frames with principals on two known sides score highest; a frame whose counterpart side is
unknown scores lower; frames of the recall tier (a cue sentence with people on two sides that no rule
claimed) carry ``RECALL_CONFIDENCE``; an article's last resort (one side's person in a lead telling an
exchange, the other side named only as a country, party or organisation) ``ARTICLE_CONFIDENCE``. Users filter
on it (``--min-confidence``).
"""

from __future__ import annotations

from dataclasses import replace

from liaison.model.types import EventFrame

RECALL_CONFIDENCE = 0.5
ARTICLE_CONFIDENCE = 0.3
TWO_SIDES = 0.9
ONE_SIDE = 0.7


def sides(frame: EventFrame) -> set[str]:
    """The known sides (country codes) of a frame's participants."""
    return {p.side for p in frame.participants if p.side}


def scored(frame: EventFrame) -> EventFrame:
    """``frame`` with its confidence: at most what its extractor gave, less when a side is unknown."""
    by_sides = TWO_SIDES if len(sides(frame)) >= 2 else ONE_SIDE
    return replace(frame, confidence=round(min(frame.confidence, by_sides), 3))
