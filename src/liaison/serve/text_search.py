"""Words in the articles, searched in memory: the app's ``/api/search`` without a table scan per request.

The lower-case texts of the articles that report events (``event_texts``) are kept per snapshot as
one string, the articles ordered by their newest event, so a search is ``str.find`` calls that stop
as soon as the newest ``limit`` events are known: the events ``EventFilter(text=...)`` selects,
newest first (``tests/serve/test_read_model.py`` compares every answer with the SQL).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from liaison.store import Store
from liaison.store import web_reads as reads

SEPARATOR = "\x00"
UNSUPPORTED = ("%", "_", "\\", SEPARATOR)  # LIKE reads these as patterns: such a query is left to SQL


@dataclass(frozen=True)
class TextIndex:
    text: str  # every article's folded text, each followed by SEPARATOR
    starts: list[int]  # where each article starts in ``text``
    newest: list[int]  # each article's newest event, as a place in ``ranked``
    events: list[list[int]]  # each article's events, as places in ``ranked``
    ranked: list[str]  # event ids, newest first

    def search(self, query: str, limit: int) -> list[str] | None:
        """The newest ``limit`` events reported by an article containing ``query`` (any case), newest first;
        None for a query SQL must answer."""
        if not query or any(c in query for c in UNSUPPORTED):
            return None
        needle = query.lower()
        found: set[int] = set()
        at = self.text.find(needle)
        while at >= 0:
            doc = bisect_right(self.starts, at) - 1
            if len(found) >= limit and self.newest[doc] > sorted(found)[limit - 1]:
                break  # this article and every later one only report older events
            found.update(self.events[doc])
            nxt = doc + 1
            if nxt == len(self.starts):
                break
            at = self.text.find(needle, self.starts[nxt])
        return [self.ranked[r] for r in sorted(found)[:limit]]


def build(store: Store, ranked: list[str]) -> TextIndex | None:
    """The index of the snapshot's article texts; None for a database without ``event_texts``."""
    if not store.has_table("event_texts"):
        return None
    rank = {e: i for i, e in enumerate(ranked)}
    docs: dict[str, list[int]] = {}
    for doc_id, event_id in reads.event_document_pairs(store):
        if event_id in rank:
            docs.setdefault(doc_id, []).append(rank[event_id])
    texts = [(min(docs[d]), d, t) for d, t in reads.event_texts(store) if d in docs]
    texts.sort()
    starts, pos = [], 0
    for _, _, folded in texts:
        starts.append(pos)
        pos += len(folded) + 1
    return TextIndex(
        text="".join(f"{t}{SEPARATOR}" for _, _, t in texts), starts=starts, newest=[n for n, _, _ in texts],
        events=[sorted(docs[d]) for _, d, _ in texts], ranked=ranked,
    )
