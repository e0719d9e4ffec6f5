"""List participants named from the people table whose country or party disagrees with the table's
person (issue 14): a surname alone joined to the wrong curated person.

    PYTHONPATH=src python scripts/audit_people_table.py DB

Prints each participant row named from the table whose side is another country (Chinese sides and
international officials left out), then the people named from the table with posts in more than one
party, or in a party other than the one the table knows them in. Read-only.
"""

from __future__ import annotations

import sys
from collections import defaultdict

import duckdb

from liaison.kb.countries import alpha3
from liaison.kb.gazetteer import default_gazetteer

_CHINESE = {"CN", "TW", "HK", "MO"}


def main(db: str) -> None:
    gaz = default_gazetteer()
    by_name = {e.name: e for e in gaz.people}
    con = duckdb.connect(db, read_only=True)
    rows = con.execute(
        "SELECT p.name, p.native, p.country, p.title, p.organization_id, o.kind, e.date FROM participants p "
        "JOIN events e USING (event_id) LEFT JOIN orgs o ON o.org_id = p.organization_id "
        "WHERE p.name_source = 'table'"
    ).fetchall()
    other_country = []
    parties: dict[str, set[str]] = defaultdict(set)
    for name, native, country, title, org, kind, date in rows:
        entry = by_name.get(name)
        if entry is None or not country or country in _CHINESE:
            continue
        if entry.country and not entry.org and country != entry.country and alpha3(country):
            other_country.append((str(date), native, name, entry.country, country, title))
        party = gaz.party_of(org) if org else None
        if party is not None or kind == "party":
            parties[name].add(party.id if party is not None else org)
    print(f"{len(other_country)} of {len(rows)} table-named participant rows are of another country:")
    for row in sorted(other_country):
        print("  ", *row)
    mixed = {n: v for n, v in parties.items() if len(v) > 1 or (by_name[n].party and by_name[n].party not in v)}
    print(f"{len(mixed)} people named from the table with posts in more than one party (or not their own):")
    for name, found in sorted(mixed.items()):
        print("  ", name, by_name[name].party, sorted(found))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
