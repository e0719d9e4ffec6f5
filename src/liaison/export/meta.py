"""What every export carries about itself: the liaison version and a reproducible export time.

The export time comes from ``--export-time`` when given, else from ``SOURCE_DATE_EPOCH`` (the
reproducible-builds convention), else the clock; with either of the first two fixed, the same
database exports to the same bytes.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from liaison import __version__
from liaison.store import EventFilter


@dataclass(frozen=True)
class ExportOptions:
    """Options shared by the writers; ``exported_at`` is ISO 8601 UTC to the second (``…Z``)."""

    exported_at: str
    version: str = __version__
    nodes: str = "parties"  # graph formats: "parties" or "people"
    filters: Mapping[str, Any] = field(default_factory=dict)

    def metadata(self, fmt: str) -> dict[str, Any]:
        """The metadata record written with an export of format ``fmt``."""
        return {"generator": "liaison", "version": self.version, "exported_at": self.exported_at,
                "format": fmt, "filters": dict(sorted(self.filters.items()))}


def parse_export_time(value: str) -> datetime:
    """Read ``@<epoch seconds>``, a bare epoch, or an ISO 8601 date/time (naive means UTC)."""
    text = value.strip()
    if text.startswith("@") or text.isdigit():
        return datetime.fromtimestamp(int(text.lstrip("@")), UTC)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"not an export time (ISO 8601 or @epoch): {value!r}") from exc
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def export_time(override: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The export time as ``YYYY-MM-DDTHH:MM:SSZ``: override, then ``SOURCE_DATE_EPOCH``, then now."""
    env = os.environ if environ is None else environ
    if override:
        moment = parse_export_time(override)
    elif env.get("SOURCE_DATE_EPOCH", "").strip():
        moment = parse_export_time("@" + env["SOURCE_DATE_EPOCH"].strip())
    else:
        moment = datetime.now(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def filter_fields(flt: EventFilter) -> dict[str, Any]:
    """The filters actually set, for the metadata record."""
    return {k: v for k, v in flt.__dict__.items() if v is not None and not (k == "offset" and v == 0)}
