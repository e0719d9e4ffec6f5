"""Geometry of the server-drawn SVG charts (the templates only place what is computed here).

A chart is laid out in a viewBox ``width`` units wide that the page scales to its card (CSS ``width: 100%``),
so every bar fits, the newest included; pick ``width`` near the card's width in pixels so text keeps its size.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

CHANNELS = ("party", "state", "legislature", "other")
WIDE, NARROW = 1100, 720  # a full-width card, the wide column of a two-column page
_LEFT, _RIGHT, _TOP, _BOTTOM = 36, 8, 12, 22  # margins of a bar chart: y labels left, x labels below


@dataclass(frozen=True)
class Layer:
    """One series of a stacked bar chart: a CSS class for its colour, a name, a count per period."""

    cls: str
    name: str
    counts: Sequence[int]

    @property
    def total(self) -> int:
        return sum(self.counts)


def channel_layers(bars: list[dict[str, Any]]) -> list[Layer]:
    """Layers by channel from ``queries.timeline_bars`` rows (``{"month", "counts"}``)."""
    return [Layer(f"ch-{ch}", ch, [b["counts"].get(ch, 0) for b in bars]) for ch in CHANNELS]


def nice_ceiling(peak: int, ticks: int = 4) -> tuple[int, int]:
    """A round top for an axis showing ``peak`` and its step: (47, 4) -> (50, 10)."""
    if peak <= 0:
        return 1, 1
    raw = peak / ticks
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(int(m * magnitude) for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(step, 1)
    return step * math.ceil(peak / step), step


def _x_labels(periods: Sequence[str], step: float) -> list[tuple[int, str]]:
    """Which bars get a label below the axis, and the label: every year or month that has room."""
    if not periods:
        return []
    if len(periods[0]) == 4:  # years
        every = max(1, math.ceil(38 / step))
        return [(i, p) for i, p in enumerate(periods) if i % every == 0]
    if step >= 48:
        return list(enumerate(periods))
    every = max(1, math.ceil(40 / (12 * step)))  # years between labels
    labels = [(i, p[:4]) for i, p in enumerate(periods) if p.endswith("-01") and int(p[:4]) % every == 0]
    first_jan = next((i for i, p in enumerate(periods) if p.endswith("-01")), len(periods))
    if not periods[0].endswith("-01") and first_jan * step >= 58:
        labels.insert(0, (0, periods[0]))
    return labels


def bar_chart(
    periods: Sequence[str], layers: Sequence[Layer], *, width: int = WIDE, height: int = 150
) -> dict[str, Any]:
    """A stacked bar per period (one segment per layer), scaled into ``width`` x ``height`` units."""
    n = len(periods)
    if not n:
        return {"bars": [], "width": width, "height": height, "max": 0, "legend": []}
    plot_w, plot_h = width - _LEFT - _RIGHT, height - _TOP - _BOTTOM
    stacked = [sum(layer.counts[i] for layer in layers) for i in range(n)]
    peak = max(stacked)
    top, tick = nice_ceiling(peak)
    step = plot_w / n
    gap = step * 0.18 if step >= 4 else 0.0
    bar_w = max(min(step - gap, 56.0), 0.8)  # a few periods: bars of a readable width, centred in their slots
    base = _TOP + plot_h
    bars = []
    for i, period in enumerate(periods):
        x, y, parts = _LEFT + i * step, float(base), []
        left = x + (step - bar_w) / 2
        for layer in layers:
            count = layer.counts[i]
            if count:
                h = max(1.0, count / top * plot_h)
                y -= h
                parts.append({"cls": layer.cls, "name": layer.name, "count": count, "y": round(y, 1),
                              "h": round(h, 1)})
        bars.append({"period": period, "total": stacked[i], "x": round(left, 2), "w": round(bar_w, 2),
                     "slot_x": round(x, 2), "slot": round(step, 2), "parts": parts})
    x_labels = []
    for i, text in _x_labels(periods, step):
        centre = _LEFT + (i + 0.5) * step
        if len(text) == 4 and len(periods[0]) > 4:  # a year under its January: from the month's left edge
            x_labels.append({"x": round(_LEFT + i * step, 1), "text": text, "anchor": "start", "tick": True})
        else:
            anchor = "end" if centre + 3.2 * len(text) > width else "middle"
            x_labels.append({"x": round(width - 1 if anchor == "end" else centre, 1), "text": text,
                             "anchor": anchor, "tick": False})
    y_ticks = [{"y": round(base - v / top * plot_h, 1), "label": f"{v:,}"} for v in range(0, top + 1, tick)]
    return {
        "bars": bars, "width": width, "height": height, "max": peak, "left": _LEFT, "right": width - _RIGHT,
        "base": base, "top": _TOP, "x_labels": x_labels, "y_ticks": y_ticks,
        "legend": [{"cls": layer.cls, "name": layer.name, "total": layer.total} for layer in layers if layer.total],
    }


def timeline_chart(bars: list[dict[str, Any]], *, width: int = WIDE, height: int = 150) -> dict[str, Any]:
    """Events per month by channel, from ``queries.timeline_bars``."""
    return bar_chart([b["month"] for b in bars], channel_layers(bars), width=width, height=height)


# -- positions over time ---------------------------------------------------------------------------------------
def _year_value(iso: str | None, end: bool = False) -> float | None:
    """``"2025-07"`` -> 2025.5 (its start, or with ``end`` its end), for placing dates on a time axis."""
    if not iso:
        return None
    parts = [int(p) for p in iso.split("-")]
    month = parts[1] if len(parts) > 1 else (12 if end else 1)
    day = parts[2] if len(parts) > 2 else (28 if end else 1)
    return parts[0] + (month - 1) / 12 + (day - (0 if end else 1)) / 365


def _text_width(text: str, size: float = 12) -> float:
    """Rough rendered width: wide (CJK) characters count double."""
    return sum(size if unicodedata.east_asian_width(c) in "WF" else size * 0.53 for c in text)


def clip_text(text: str, room: float, size: float = 12) -> str:
    """``text`` cut with an ellipsis to fit ``room`` units."""
    if _text_width(text, size) <= room:
        return text
    while text and _text_width(text + "…", size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


ROW = 26


def positions_chart(positions: list[dict[str, Any]], width: int = NARROW) -> dict[str, Any]:
    """One row per title held: its name on the left, a bar from first to last seen (a dot when seen once) on a
    time axis of whole years labelled at their middle."""
    spans = [(p, _year_value(p["first_seen"]), _year_value(p["last_seen"], end=True)) for p in positions]
    rows_in = [(p, a, b) for p, a, b in spans if a is not None and b is not None]
    if not rows_in:
        return {"rows": [], "width": width, "height": 0, "years": []}
    lo = math.floor(min(a for _, a, _ in rows_in if a is not None))
    hi = max(math.ceil(max(b for _, _, b in rows_in if b is not None)), lo + 1)
    label_w = round(width * 0.42)
    x0, x1 = label_w + 12, width - 10
    scale = (x1 - x0) / (hi - lo)
    rows = []
    for i, (p, a, b) in enumerate(rows_in):
        assert a is not None and b is not None
        left, right = x0 + (a - lo) * scale, x0 + (b - lo) * scale
        y = 24 + i * ROW
        rows.append({
            "title": p["title"], "label": clip_text(p["title"], label_w), "organization": p["organization"],
            "first": p["first_seen"], "last": p["last_seen"], "y": y, "mid": y + ROW / 2 - 2,
            "x": round(left, 1), "w": round(right - left, 1), "point": right - left < 8,
            "cx": round((left + right) / 2, 1),
        })
    every = max(1, math.ceil(34 / scale))  # years between labels
    years = [{"x": round(x0 + (y - lo) * scale, 1), "mid": round(x0 + (y - lo + 0.5) * scale, 1),
              "label": str(y) if (y - lo) % every == 0 else ""} for y in range(lo, hi)]
    return {"rows": rows, "width": width, "height": 24 + len(rows) * ROW + 4, "years": years, "x0": x0, "x1": x1,
            "end": round(x1, 1)}
