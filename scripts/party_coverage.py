"""How many distinct foreign parties a built database holds as sides of events, and on what evidence
(issue 14: at least 150 foreign parties in the CCTV archive, each with evidence).

    PYTHONPATH=src python scripts/party_coverage.py DB [--partyfacts CSV] [--list N] [--kind KIND]

A foreign party is a stored ``party`` organisation that is a side of at least one event and whose
country is not CN, TW, HK or MO. Its evidence kinds:

- ``gazetteer``: a party of the knowledge base (``kb/data``), named by one of its forms;
- ``grammar``: a party known only by the form of its name (``auto:…`` keys: 南非共产党, "Partido X");
- ``post``: a participant of one of its events holds a post of it (the participant's organisation is
  the party or one of its bodies), so the party is a side through a person, not only a name;
- ``partyfacts``: linked to Party Facts. The links are read from the database
  (``liaison kb import-partyfacts``); with ``--partyfacts`` they are computed from the CSV instead,
  read-only, as the import would link them.

Prints the count, the count per evidence kind and per country, and the N parties with most events
(``--kind`` keeps those with that evidence only, e.g. ``--kind grammar`` to check the names found by
their form). Read-only.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import duckdb

from liaison.kb.gazetteer import OrgEntry, default_gazetteer
from liaison.kb.partyfacts import link_parties, read_partyfacts

_CHINESE = ("CN", "TW", "HK", "MO")
KINDS = ("gazetteer", "grammar", "post", "partyfacts")


def foreign_parties(con: duckdb.DuckDBPyConnection) -> list[dict[str, object]]:
    """Every foreign party that is a side of an event, with its counts and an example document."""
    rows = con.execute(
        f"SELECT o.org_id, o.name, o.abbr, o.country, o.aliases, o.partyfacts_id, "
        f"count(DISTINCT ep.event_id) AS events, min(e.date), max(e.date), min(ed.doc_id) "
        f"FROM orgs o JOIN event_parties ep USING (org_id) JOIN events e USING (event_id) "
        f"LEFT JOIN event_documents ed ON ed.event_id = ep.event_id "
        f"WHERE o.kind = 'party' AND coalesce(o.country, '') NOT IN {_CHINESE!r} "
        f"GROUP BY ALL ORDER BY events DESC, o.name"
    ).fetchall()
    cols = ("org_id", "name", "abbr", "country", "aliases", "partyfacts_id", "events", "first", "last", "example")
    return [dict(zip(cols, r, strict=True)) for r in rows]


def post_parties(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Parties a participant of one of their events holds a post of (the party or one of its bodies)."""
    rows = con.execute(
        "SELECT DISTINCT ep.org_id FROM event_parties ep JOIN participants p USING (event_id) "
        "LEFT JOIN orgs b ON b.org_id = p.organization_id "
        "WHERE p.organization_id = ep.org_id OR b.parent = ep.org_id"
    ).fetchall()
    return {r[0] for r in rows}


def partyfacts_links(con: duckdb.DuckDBPyConnection, parties: list[dict[str, object]],
                     csv_path: Path | None) -> dict[str, int]:
    """Party id -> Party Facts id: from the database, or computed from ``csv_path``."""
    if csv_path is None:
        return {str(p["org_id"]): int(str(p["partyfacts_id"])) for p in parties if p["partyfacts_id"] is not None}
    entries = [
        OrgEntry(id=str(p["org_id"]), name=str(p["name"]), kind="party", country=p["country"],  # type: ignore[arg-type]
                 abbr=p["abbr"], aliases=tuple(p["aliases"] or ()))  # type: ignore[arg-type]
        for p in parties
    ]
    links = link_parties(default_gazetteer(), list(read_partyfacts(csv_path)), entries)
    wanted = {e.id for e in entries}
    return {k: v[0] for k, v in links.items() if k in wanted}


def evidence(parties: list[dict[str, object]], posts: set[str], links: dict[str, int]) -> dict[str, list[str]]:
    """Party id -> its evidence kinds."""
    out: dict[str, list[str]] = {}
    for p in parties:
        key = str(p["org_id"])
        kinds = ["grammar" if key.startswith("auto:") else "gazetteer"]
        if key in posts:
            kinds.append("post")
        if key in links:
            kinds.append("partyfacts")
        out[key] = kinds
    return out


def distinct(parties: list[dict[str, object]], links: dict[str, int]) -> set[tuple[str, str]]:
    """The parties counted once per Party Facts id, else per country and name (two Chinese forms of one
    party, 孟加拉国共产党（马列） and 孟加拉共产党（马列）, give two entities of one derived name)."""
    return {("pf", str(links[k])) if (k := str(p["org_id"])) in links else (str(p["country"]), str(p["name"]))
            for p in parties}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("db")
    ap.add_argument("--partyfacts", type=Path, help="Party Facts core-parties CSV to link against (read-only)")
    ap.add_argument("--list", type=int, default=40, help="parties to list (most events first; 0: all)")
    ap.add_argument("--kind", choices=KINDS, help="list only parties with this evidence")
    args = ap.parse_args()
    con = duckdb.connect(args.db, read_only=True)
    parties = foreign_parties(con)
    links = partyfacts_links(con, parties, args.partyfacts)
    kinds = evidence(parties, post_parties(con), links)
    print(f"foreign parties that are sides of events: {len(parties)} "
          f"({len(distinct(parties, links))} once those of one name or one Party Facts id are counted once)")
    counts = Counter(k for ks in kinds.values() for k in ks)
    for kind in KINDS:
        print(f"  {kind:<11} {counts[kind]:>5}")
    countries = Counter(str(p["country"] or "?") for p in parties)
    print(f"countries: {len(countries)}; most parties: "
          + ", ".join(f"{c} {n}" for c, n in countries.most_common(12)))
    shown = [p for p in parties if args.kind is None or args.kind in kinds[str(p["org_id"])]]
    print(f"\n{'events':>6}  {'country':<7} {'evidence':<34} party (first example)")
    for p in shown[: args.list or None]:
        ev = ",".join(kinds[str(p["org_id"])])
        print(f"{p['events']:>6}  {p['country'] or '?':<7} {ev:<34} {p['name']} ({p['example']}, "
              f"{p['first']}..{p['last']})")


if __name__ == "__main__":
    main()
