"""One subject, several acts in one sentence: "During her visit, Ngan met with A; held talks with B; and
met with C", "the delegation paid a courtesy call to Prime Minister A, and had meetings with B and C":
each act's cue brings in the people named up to the next act's cue, one event each (plural meetings one
per person)."""

from __future__ import annotations

import re

from liaison.extract.latin.context import _Doc, _short_form_at
from liaison.extract.latin.kinds import KindCue, is_future
from liaison.extract.latin.mentions import Person
from liaison.model.kinds import as_kind

ACT_KINDS = frozenset({"meeting", "talks"})  # in-person acts a wrap-up sentence lists one after another


def several_acts(ctx: _Doc, i: int, present: list[Person]) -> tuple[list[Person], list[tuple[KindCue, list[Person]]]]:
    """The subject of sentence ``i`` (the people named before its first act) and its acts, each with the
    people it brings in, when there are at least two acts and each names someone; else nothing."""
    lex = ctx.lex
    a, _ = ctx.doc.sentences[i]
    sentence = ctx.sentence(i)
    found: list[tuple[int, int, str]] = []
    for kind, pattern in lex.kind_cues:
        for hit in lex.compiled(pattern).finditer(sentence):
            if not is_future(sentence, hit.start(), lex):
                found.append((hit.start(), hit.end(), kind))
    found.sort(key=lambda x: (x[0], -x[1]))
    cues: list[KindCue] = []
    for start, end, kind in found:
        if cues and start < cues[-1].end:
            continue
        cues.append(KindCue(as_kind(kind), start, end))
    if len(cues) < 2 or any(c.kind not in ACT_KINDS for c in cues):
        return [], []
    at: list[tuple[int, Person]] = []
    for p in present:
        m = p.mention_in(i)
        short = _short_form_at(p, ctx.doc.sentences[i]) if m is None else None
        if m is None and short is None:
            return [], []
        at.append((m.head_start - a if m is not None else (short or a) - a, p))
    at.sort(key=lambda x: x[0])
    subject = [p for start, p in at if start < cues[0].start]
    for k in range(1, len(cues)):
        named = [start for start, _ in at if cues[k - 1].end <= start < cues[k].start]
        if not named or not _listed_on(sentence[max(named) : cues[k].start], lex.conjunctions):
            return [], []
    acts: list[tuple[KindCue, list[Person]]] = []
    for k, c in enumerate(cues):
        end = cues[k + 1].start if k + 1 < len(cues) else len(sentence)
        people = [p for start, p in at if c.end <= start < end]
        if not people:
            return [], []
        acts.append((c, people))
    if sum(len(people) for _, people in acts) + len(subject) != len(present):
        return [], []
    return subject, acts


def _listed_on(gap: str, conjunctions: frozenset[str]) -> bool:
    """Whether the text from the last person of one act to the next act's cue is a list break: the end of
    that person's name and title, then a last ";" or ",", then at most two words ("; and", ", and had"); or the
    two acts joined by a conjunction alone ("In Dublin, he met with President A and held talks with Prime Minister
    B": the cue right after "and")."""
    k = max(gap.rfind(";"), gap.rfind(","))
    if k >= 0 and len(re.findall(r"[^\W\d_]+", gap[k + 1 :])) <= 2:
        return True
    words = gap.split()
    return len(words) >= 2 and words[-1].lower() in conjunctions and gap[-1:].isspace()
