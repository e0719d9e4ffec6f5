"""Which kind of exchange a verb names, and whether it is remote."""

from __future__ import annotations

import re

from liaison.model.types import EventKind

_BY_VIDEO = re.compile(r"以视频|通过视频|视频连线|线上")

# Quick test for the early exit: an item without any of these reports no exchange.
TRIGGER_RE = re.compile(
    r"会见|会谈|会晤|通电话|通话|视频|致电|致函|致信|复信|贺电|贺信|唁电|慰问电|宣介|宣讲|签署|会面|接见|互致|共同出席"
)
MEET_VERBS = r"视频会晤|视频会谈|视频通话|视频会议|会谈|会晤|通电话|通话|会面|会见|见面"
REMOTE_RE = re.compile(r"视频|电话|通话|线上|连线|云端")


def kind_of(verb: str, clause: str) -> EventKind:
    """The event kind for a meeting verb, given the whole clause (for 以视频方式 …)."""
    if "电话" in verb or verb == "通话":
        return "phone_call"
    if "视频" in verb or _BY_VIDEO.search(clause):
        return "video_conference"
    if verb in ("会谈", "视频会谈"):
        return "talks"
    return "meeting"


def is_remote(kind: EventKind, clause: str) -> bool:
    return kind in ("phone_call", "video_conference") or bool(REMOTE_RE.search(clause))
