"""Exchanges an article recalls from before its story (issue 13): background, not events of the article.

"Maduro y Petro firmaron el pasado 16 de febrero el Acuerdo" after "Maduro se reunió con Leyva" on a page of
April, "le envió su homólogo Raúl Castro ... en noviembre del pasado año", "sostuvo una llamada telefónica con
Ortega en la noche del 19 de diciembre de 2023" on a page of September 2025: the set's gold codes only the
story's exchanges (``shared/eval/GOLD_FORMAT.md``: persons "only mentioned", such as "General Secretary Nguyen
Phu Trong's visit last year", take no part). A later frame is recalled when its trigger sentence marks the
exchange as an earlier one from just before the cue on (``cues.recalled``: "last year", "had already met", "su
anterior visita", "a quem já havia recebido", "l'an dernier"), or dates it well before the story's day (its own
date over a month before the first exchange's, or the dateline's or page's, or a month and year of an earlier
year: "in December 2018").

Such a frame is dropped only when the article tells an exchange of its own (the first frame is the story's and
never recalled) and the recalled one has a principal none of the story's exchanges has: the same people met
again on an earlier day ("Earlier on 21 August last year, the ambassador met a BNP delegation led by A", after
the ambassador met A) stay another event, as the set codes them.
"""

from __future__ import annotations

import re
from datetime import date

from liaison.extract.latin.context import _Doc
from liaison.extract.latin.kinds import find_kind
from liaison.model.types import EventFrame

_FILE_PHOTO_DAYS = 7  # days before the story's day beyond which a file photo's caption shows another occasion
_NEAR = 80  # how far before the kind cue a marker of an earlier occasion tells of its exchange (after it: all)
_MONTH_YEAR = re.compile(r"\b([^\W\d_]+)\.?,?\s+(?:[^\W\d_]{1,3}\s+)?((?:19|20)\d\d)\b")  # a month word, a year
_EARLIER = 31  # days before the story's day beyond which a dated exchange is an earlier one


def without_file_photos(ctx: _Doc, frames: list[EventFrame]) -> list[EventFrame]:
    """``frames`` without those told only by the caption of a file photo (``cues.file_photo`` on the line:
    "North Korea's Ri Su-yong looks on during a meeting with the Thai minister ... Aug. 10, 2015. EPA-EFE
    FILE/NARONG SANGNAK" on a page of July 2018) that the caption dates over a week before the story's day:
    the photo illustrates the story, it does not tell one of its exchanges."""
    if not ctx.lex.file_photo_cue or ctx.ref is None:
        return frames
    return [f for f in frames if not _file_photo(ctx, f, ctx.ref)]


def _file_photo(ctx: _Doc, frame: EventFrame, ref: date) -> bool:
    if not frame.evidence or frame.date is None or frame.date_source != "text" or len(frame.date.iso) != 10:
        return False
    a = frame.evidence[0][0]
    start = ctx.text.rfind("\n", 0, a) + 1
    end = ctx.text.find("\n", a)
    end = len(ctx.text) if end < 0 else end
    if not all(start <= x < end for x, _ in frame.evidence):
        return False  # told in the body too
    if not ctx.lex.compiled(ctx.lex.file_photo_cue).search(ctx.text[start:end]):
        return False
    return (ref - date.fromisoformat(frame.date.iso)).days > _FILE_PHOTO_DAYS


def without_recalled(ctx: _Doc, frames: list[EventFrame]) -> list[EventFrame]:
    """``frames`` without the exchanges the article only recalls (see the module's docstring)."""
    if len(frames) < 2:
        return frames
    first = min(frames, key=_start)
    day = _story_day(ctx, first)
    recalled = [f for f in frames if f is not first and _recalled(ctx, f, day)]
    if not recalled:
        return frames
    story = [f for f in frames if not any(f is r for r in recalled)]
    principals = {p.person.name for f in story for p in f.participants if p.lead}
    dropped = [r for r in recalled if any(p.lead and p.person.name not in principals for p in r.participants)]
    return [f for f in frames if not any(f is d for d in dropped)]


def _start(frame: EventFrame) -> int:
    return frame.evidence[0][0] if frame.evidence else 1 << 60


def _story_day(ctx: _Doc, first: EventFrame) -> date | None:
    """The story's day: its first exchange's when the text dates it (a chronology of 2011 on a page of 2012
    tells its own year), else the dateline's or page's."""
    if first.date is not None and first.date_source == "text":
        iso = first.date.iso
        return date.fromisoformat(iso if len(iso) == 10 else f"{iso[:7]}-01" if len(iso) == 7 else f"{iso}-01-01")
    return ctx.ref


def _recalled(ctx: _Doc, frame: EventFrame, ref: date | None) -> bool:
    if not frame.evidence:
        return False
    a, b = frame.evidence[0]
    sentence = ctx.text[a:b]
    cue = find_kind(sentence, ctx.lex)
    near = sentence if cue is None else sentence[max(0, cue.start - _NEAR) :]
    lex = ctx.lex
    if lex.recalled_cue and lex.compiled(lex.recalled_cue).search(near):
        return True
    if ref is None:
        return False
    if _earlier_month_year(near, ref, ctx):
        return True
    return frame.date_source == "text" and frame.date_span is not None and a <= frame.date_span[0] < b \
        and frame.date is not None and _well_before(frame.date.iso, ref)


def _earlier_month_year(text: str, ref: date, ctx: _Doc) -> bool:
    """A month and a year before the story's year ("in December 2018", "diciembre de 2023")."""
    return any(
        ctx.lex.month_number(m.group(1)) is not None and m.group(1)[:1].isalpha() and int(m.group(2)) < ref.year
        for m in _MONTH_YEAR.finditer(text)
    )


def _well_before(iso: str, ref: date) -> bool:
    """Whether a date (day or month) lies over a month before ``ref``."""
    if len(iso) == 10:
        return (ref - date.fromisoformat(iso)).days > _EARLIER
    if len(iso) == 7:
        year, month = int(iso[:4]), int(iso[5:7])
        return (ref.year - year) * 12 + ref.month - month >= 2
    return len(iso) == 4 and int(iso) < ref.year
