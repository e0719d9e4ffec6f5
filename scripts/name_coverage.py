"""How foreign people in a built database got their Latin-script name (issue 14).

    PYTHONPATH=src python scripts/name_coverage.py DB [--top N] [--sample N] [--seed S]

Foreign people are stored people whose country is not CN, TW, HK or MO (officials of international
bodies, who have no country, count as foreign). Prints the share of each ``name_source`` over
people and over participant rows (one row per person per event), the share whose name is no pinyin
fallback (the issue's target: at least 95% of people), the top N remaining pinyin-fallback people
by event count, and with ``--sample`` a random sample of people named otherwise, for a hand check.
``--chinese-script`` counts only people whose native form is in Chinese script (in a record that
also holds Latin-script reports, whose people are named as written). Read-only.
"""

from __future__ import annotations

import argparse
import random

import duckdb

_CHINESE = ("CN", "TW", "HK", "MO")
_FOREIGN = f"coalesce(pe.country, '') NOT IN {_CHINESE!r}"
_WRITTEN_IN_CHINESE = "regexp_matches(pe.native, '[\u3400-\u9fff]')"


def _shares(rows: list[tuple[str | None, int]]) -> tuple[int, list[tuple[str, int, float]]]:
    total = sum(n for _, n in rows)
    return total, [(src or "(none)", n, n / total if total else 0.0) for src, n in rows]


def _print_shares(label: str, rows: list[tuple[str | None, int]]) -> None:
    total, shares = _shares(rows)
    fallback = sum(n for src, n, _ in shares if src == "pinyin-fallback")
    named = 1 - fallback / total if total else 0.0
    print(f"{label}: {total} foreign; {named:.1%} named otherwise than by pinyin fallback")
    for src, n, share in shares:
        print(f"  {src:<16} {n:>7} {share:6.1%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("db")
    ap.add_argument("--top", type=int, default=40, help="pinyin-fallback people to list (by events)")
    ap.add_argument("--sample", type=int, default=0, help="random people not named by fallback to list")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--chinese-script", action="store_true",
                    help="only people written in Chinese script (a record with Latin-script reports too)")
    args = ap.parse_args()
    where = _FOREIGN + (f" AND {_WRITTEN_IN_CHINESE}" if args.chinese_script else "")
    con = duckdb.connect(args.db, read_only=True)
    people = con.execute(
        f"SELECT pe.name_source, count(*) FROM persons pe WHERE {where} GROUP BY 1 ORDER BY 2 DESC"
    ).fetchall()
    _print_shares("people", people)
    rows = con.execute(
        f"SELECT p.name_source, count(*) FROM participants p JOIN persons pe USING (person_id) "
        f"WHERE {where} GROUP BY 1 ORDER BY 2 DESC"
    ).fetchall()
    _print_shares("participant rows", rows)
    top = con.execute(
        f"SELECT pe.native, pe.name, pe.country, count(DISTINCT p.event_id) AS n, "
        f"arg_max(p.title, length(coalesce(p.title, ''))) "
        f"FROM persons pe JOIN participants p USING (person_id) "
        f"WHERE {where} AND pe.name_source = 'pinyin-fallback' "
        f"GROUP BY ALL ORDER BY n DESC, pe.native LIMIT ?",
        [args.top],
    ).fetchall()
    print(f"top {len(top)} pinyin-fallback people by events:")
    for native, name, country, n, title in top:
        print(f"  {n:>4}  {native}  {name}  {country or '-'}  {title or ''}")
    if args.sample:
        others = con.execute(
            f"SELECT pe.native, pe.name, pe.name_source, pe.country, "
            f"arg_max(p.title, length(coalesce(p.title, ''))) "
            f"FROM persons pe JOIN participants p USING (person_id) "
            f"WHERE {where} AND coalesce(pe.name_source, '') <> 'pinyin-fallback' "
            f"GROUP BY ALL ORDER BY pe.native"
        ).fetchall()
        picked = random.Random(args.seed).sample(others, min(args.sample, len(others)))
        print(f"{len(picked)} random people not named by fallback (seed {args.seed}):")
        for native, name, src, country, title in picked:
            print(f"  {native}  {name}  [{src}]  {country or '-'}  {title or ''}")


if __name__ == "__main__":
    main()
