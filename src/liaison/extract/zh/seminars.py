"""Briefings (宣介会) a CPC body holds for foreign parties or diplomats.

"中联部在京举行…专题宣介会，…多国政党领导人…参加": the IDCPC hosts; the audience (parties, diplomats, or
unnamed) gives the channel.
"""

from __future__ import annotations

import re

from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Audience, Draft, Side
from liaison.extract.zh.places import find_place
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, Span

_IDCPC = cue("idcpc")
_HOLD = cue("hold")
_PARTY_AUDIENCE = cue("party_audience")
_ONLINE = cue("online")
_DIPLOMATS = cue("diplomats")
_PRESS_BRIEFING = re.compile(r"(?:媒体|新闻|记者)吹风会")


def seminar(doc: Document, span: Span, sent: str, gaz: Gazetteer) -> Draft | None:
    """A briefing (宣介会) held by a CPC body for foreign parties or diplomats."""
    m = _IDCPC.search(sent)
    held = _HOLD.search(sent, m.end()) if m is not None else None
    if m is None or held is None:
        return None
    found = find_date(sent[: m.start()] or sent, doc.published, span[0])
    host = Side(phrase=m.group(1), country="CN")
    guest = Side(phrase=sent[m.end() :])
    guest.foreign = True
    remote = bool(_ONLINE.search(sent))
    # 中联部4日在北京举办…吹风会: the place before the body or between it and the verb
    where = None if remote else find_place(sent[: m.start()], span[0]) or find_place(sent[: held.start()], span[0])
    d = Draft.found("seminar", span, sent, host, guest, found, where)
    d.audience = _audience(doc.text[span[0] : span[1] + 200])
    if "吹风会" in sent and (_audience(sent) == "unnamed" or _PRESS_BRIEFING.search(sent)):
        return None  # a press briefing (媒体吹风会, or naming no foreign diplomats or parties) is no exchange
    return d


def _audience(text: str) -> Audience:
    """Whom the briefing was for, by the words after its start: "多国政党" -> parties, "驻华使节" -> diplomats."""
    if _PARTY_AUDIENCE.search(text):
        return "parties"
    return "diplomats" if _DIPLOMATS.search(text) else "unnamed"
