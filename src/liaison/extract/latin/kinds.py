"""What kind of exchange a sentence reports, and whether it was held remotely."""

from __future__ import annotations

import re
from dataclasses import dataclass

from liaison.extract.latin.lexicon import Lexicon
from liaison.model.kinds import as_kind
from liaison.model.types import EventKind


@dataclass(frozen=True)
class KindCue:
    kind: EventKind
    start: int  # offset of the cue within the searched text
    end: int


def find_kind(sentence: str, lex: Lexicon) -> KindCue | None:
    """The most specific kind cue of a sentence (the lexicon lists cues most specific first)."""
    for kind, pattern in lex.kind_cues:
        m = lex.compiled(pattern).search(sentence)
        if m:
            return KindCue(as_kind(kind), m.start(), m.end())
    return None


def is_remote(text: str, lex: Lexicon) -> bool:
    return bool(lex.compiled(lex.remote_cue).search(text))


def topics(text: str, lex: Lexicon) -> tuple[str, ...]:
    """Short topic phrases whose cue words the article uses, in lexicon order."""
    return tuple(topic for pattern, topic in lex.topics if re.search(pattern, text, re.IGNORECASE))
