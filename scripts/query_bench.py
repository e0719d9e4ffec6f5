#!/usr/bin/env python3
"""Latency of the queries researchers run, over the HTTP API with concurrent clients, on loopback only.

Starts ``liaison serve`` on ``--db`` (or targets a running loopback ``--url``) and asks, from
``--clients`` concurrent keep-alive clients, every request of four kinds once:

- person timelines: ``/api/people/{id}`` (positions, events, counterparts) of the ``--sample``
  people with most events;
- party timelines: ``/api/parties/{id}`` (partners, events, representatives) of every party with
  events (at most ``--sample``);
- search: ``/api/search?q=`` for the names (romanised and native) of people and parties;
- the explorer's aggregates: ``/api/stats`` by every grouping and ``/api/stats/series`` by every
  split, over the whole record and for the busiest parties as one side.

Every URL is asked once (``--rounds`` 1): the app caches answers per database snapshot, so a
repeated URL measures the cache, not the query; ``--rounds 2`` adds a second, cached pass, reported
apart. Prints p50/p95/max per kind and, with ``--db``, the server's start-up time (it answers once its
snapshot's read model is built); ``--json FILE`` writes them.

    .venv/bin/python scripts/query_bench.py --db /tmp/record.duckdb [--workers 1] [--clients 8] [--sample 200]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from loadtest import REQUEST_TIMEOUT, _fetch, _get_json, loopback_only, start_server

KINDS = ("person", "party", "search", "aggregate")


def requests(base: str, sample: int) -> list[tuple[str, str]]:
    """(kind, path) of every request, interleaved so that each kind is asked throughout."""
    people = _get_json(base, f"/api/people?limit={sample}")["items"]
    parties = sorted(_get_json(base, "/api/parties"), key=lambda p: -int(p.get("events") or 0))
    parties = [p for p in parties if p.get("events")][:sample]
    out: dict[str, list[str]] = {k: [] for k in KINDS}
    out["person"] = [f"/api/people/{quote(p['person_id'])}" for p in people]
    out["party"] = [f"/api/parties/{quote(p['org_id'])}" for p in parties]
    terms = {p["name"] for p in people[: sample // 2]} | {p.get("native") or "" for p in people[: sample // 4]}
    terms |= {p["name"] for p in parties[: sample // 4]}
    out["search"] = [f"/api/search?{urlencode({'q': t})}" for t in sorted(t for t in terms if t)]
    sides = [None, *[p["org_id"] for p in parties[:8]]]
    for side in sides:
        extra = {"side": side} if side else {}
        for by in ("year", "month", "party", "country", "channel", "kind", "person"):
            out["aggregate"].append(f"/api/stats?{urlencode({'by': by, **extra})}")
        for split in ("channel", "kind", "country", "party", "person"):
            out["aggregate"].append(f"/api/stats/series?{urlencode({'period': 'year', 'by': split, **extra})}")
    mixed: list[tuple[str, str]] = []
    longest = max(len(v) for v in out.values())
    for i in range(longest):
        mixed += [(k, out[k][i]) for k in KINDS if i < len(out[k])]
    return mixed


async def _client(host: str, port: int, queue: asyncio.Queue[tuple[str, str]],
                  times: dict[str, list[float]], errors: list[str]) -> None:
    conn = await asyncio.open_connection(host, port)
    try:
        while True:
            try:
                kind, path = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            started = time.monotonic()
            try:
                status, keep = await asyncio.wait_for(_fetch(*conn, f"{host}:{port}", path), REQUEST_TIMEOUT)
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
                errors.append(f"{path}: {type(exc).__name__}")
                conn[1].close()
                conn = await asyncio.open_connection(host, port)
                continue
            times[kind].append(time.monotonic() - started)
            if status != 200:
                errors.append(f"{path}: HTTP {status}")
            if not keep:
                conn[1].close()
                conn = await asyncio.open_connection(host, port)
    finally:
        conn[1].close()


async def ask_all(host: str, port: int, todo: list[tuple[str, str]], clients: int) -> tuple[dict[str, list[float]],
                                                                                             list[str]]:
    queue: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
    for item in todo:
        queue.put_nowait(item)
    times: dict[str, list[float]] = {k: [] for k in KINDS}
    errors: list[str] = []
    await asyncio.gather(*(_client(host, port, queue, times, errors) for _ in range(clients)))
    return times, errors


def figures(samples: list[float]) -> dict[str, Any]:
    if not samples:
        return {"n": 0}
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"n": len(ordered), "p50_ms": round(1000 * statistics.median(ordered), 1), "p95_ms": round(1000 * p95, 1),
            "max_ms": round(1000 * ordered[-1], 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--db", type=Path, help="start `liaison serve` on this database")
    target.add_argument("--url", help="a running server on a loopback address")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes (with --db)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=1, choices=(1, 2))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    proc = None
    startup = None
    if args.db is not None:
        started = time.monotonic()
        proc, base = start_server(args.db, args.workers)  # answers once the snapshot's read model is built
        startup = round(time.monotonic() - started, 2)
    else:
        base = args.url.rstrip("/")
    host, port = loopback_only(base)
    try:
        todo = requests(base, args.sample)
        load = round(os.getloadavg()[0], 2)
        result: dict[str, Any] = {"db": str(args.db or base), "workers": args.workers if args.db else None,
                                  "clients": args.clients, "load_before": load, "cores": os.cpu_count(),
                                  "startup_s": startup}
        for rnd in range(args.rounds):
            times, errors = asyncio.run(ask_all(host, port, todo, args.clients))
            label = "first" if rnd == 0 else "cached"
            result[label] = {k: figures(v) for k, v in times.items()}
            result[label]["errors"] = errors[:20]
            result[label]["all"] = figures([t for v in times.values() for t in v])
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(15)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
