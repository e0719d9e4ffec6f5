"""``csv``: one row per participant per event (events without participants get one empty row)."""

from __future__ import annotations

import csv
from typing import IO

from liaison.store import EventFilter, Store, iter_event_records

COLUMNS = (
    "event_id", "kind", "date", "date_precision", "location", "remote", "channel", "parties",
    "documents", "person_id", "name", "native", "title", "organization", "country", "lead",
)


def write_participants_csv(store: Store, out: IO[str], flt: EventFilter | None = None) -> int:
    """Write the participant rows; returns the number of events written."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    n = 0
    for ev in iter_event_records(store, flt or EventFilter()):
        n += 1
        base = [
            ev["id"], ev["kind"], ev["date"] or "", ev["date_precision"] or "", ev["location"] or "",
            str(ev["remote"]).lower(), ";".join(ev["channel"]),
            ";".join(p["abbr"] or p["name"] for p in ev["parties"]),
            ";".join(d["id"] for d in ev["documents"]),
        ]
        for p in ev["participants"] or [None]:
            if p is None:
                writer.writerow([*base, "", "", "", "", "", "", ""])
            else:
                writer.writerow([*base, p["person_id"], p["name"], p["native"], p["title"] or "",
                                 p["organization"] or "", p["country"] or "", str(p["lead"]).lower()])
    return n
