#!/usr/bin/env python3
"""Load-test the web app: concurrent clients over a mix of pages and API calls, on loopback only.

Starts ``liaison serve`` on a free loopback port (``--db``), or targets a running server
(``--url``, which must be a loopback address), learns some event, person, party and document ids
from the API, then runs ``--clients`` keep-alive HTTP/1.1 clients for ``--duration`` seconds
(at most 300). Each client sends one request at a time, drawn from a fixed weighted mix (home,
event lists with filters, event, person, party and document pages, search, the graph and the
JSON API). Prints requests/s, p50/p95/p99/max latency and errors (non-2xx, timeouts, broken
connections); ``--json FILE`` also writes them, ``--readme`` puts them in README.md between
``<!-- loadtest:start -->`` and ``<!-- loadtest:end -->`` (one paragraph per number of workers).

The clients are asyncio streams in one process, so the load generator itself costs little CPU.

    .venv/bin/python scripts/loadtest.py --db /tmp/arch20k.duckdb [--workers 2] [--clients 50] [--duration 30]
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[1]
MAX_DURATION = 300.0
REQUEST_TIMEOUT = 30.0
START, END = "<!-- loadtest:start -->", "<!-- loadtest:end -->"
SEARCHES = ("刘建超", "越南", "Cai Qi", "老挝", "会见", "party")


# --- the request mix ---------------------------------------------------------------------------------
@dataclass
class Ids:
    events: list[str]
    people: list[str]
    parties: list[str]
    documents: list[str]


def _get_json(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path, timeout=60) as resp:  # loopback only (checked)
        return json.load(resp)


def learn_ids(base: str, sample: int) -> Ids:
    """Ids to request, taken from the API itself (the newest events, the busiest people, every party)."""
    events = _get_json(base, f"/api/events?limit={sample}")["items"]
    people = _get_json(base, f"/api/people?limit={sample}")["items"]
    parties = _get_json(base, "/api/parties")
    docs = [d["id"] for ev in events for d in ev["documents"]][:sample]
    return Ids([e["id"] for e in events], [p["person_id"] for p in people], [p["org_id"] for p in parties], docs)


def request_mix(ids: Ids, rng: random.Random) -> str:
    """One request path, drawn from a weighted mix of pages and API calls."""
    q = quote
    choices: list[tuple[int, Any]] = [
        (8, lambda: "/"),
        (6, lambda: "/events"),
        (4, lambda: "/events?" + urlencode({"channel": rng.choice(["party", "state"]),
                                             "offset": rng.randrange(0, 200, 25)})),
        (10, lambda: f"/events/{q(rng.choice(ids.events))}"),
        (3, lambda: "/people"),
        (8, lambda: f"/people/{q(rng.choice(ids.people))}"),
        (2, lambda: "/parties"),
        (5, lambda: f"/parties/{q(rng.choice(ids.parties))}"),
        (5, lambda: f"/documents/{q(rng.choice(ids.documents))}"),
        (4, lambda: "/search?" + urlencode({"q": rng.choice(SEARCHES)})),
        (8, lambda: "/api/events?" + urlencode({"limit": 20, "offset": rng.randrange(0, 400, 20)})),
        (4, lambda: "/api/events?" + urlencode({"party": rng.choice(ids.parties), "limit": 20})),
        (8, lambda: f"/api/events/{q(rng.choice(ids.events))}"),
        (4, lambda: "/api/people?" + urlencode({"q": rng.choice(SEARCHES), "limit": 20})),
        (6, lambda: f"/api/people/{q(rng.choice(ids.people))}"),
        (2, lambda: "/api/parties"),
        (3, lambda: f"/api/parties/{q(rng.choice(ids.parties))}"),
        (2, lambda: "/api/graph"),
        (3, lambda: "/api/search?" + urlencode({"q": rng.choice(SEARCHES)})),
        (3, lambda: f"/api/documents/{q(rng.choice(ids.documents))}"),
        (2, lambda: "/static/style.css"),
    ]
    weights = [w for w, _ in choices]
    make = rng.choices([f for _, f in choices], weights)[0]
    return str(make())


# --- a minimal keep-alive HTTP/1.1 client ----------------------------------------------------------------
@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)

    def error(self, what: str) -> None:
        self.errors[what] = self.errors.get(what, 0) + 1


async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> None:
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readline()).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                return


async def _fetch(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, path: str) -> tuple[int, bool]:
    """Send one GET and read the response: (status, whether the server keeps the connection)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: */*\r\n\r\n".encode())
    await writer.drain()
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
    status = int(head[0].split(" ", 2)[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in head[1:] if line)}
    await _read_body(reader, headers)
    return status, headers.get("connection", "").lower() != "close"


async def client(host: str, port: int, ids: Ids, seed: int, deadline: float, tally: Tally) -> None:
    rng = random.Random(seed)
    conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
    while time.monotonic() < deadline:
        path = request_mix(ids, rng)
        started = time.monotonic()
        try:
            if conn is None:
                conn = await asyncio.open_connection(host, port)
            status, keep = await asyncio.wait_for(_fetch(*conn, f"{host}:{port}", path), REQUEST_TIMEOUT)
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
            tally.error(type(exc).__name__)
            if conn is not None:
                conn[1].close()
            conn = None
            continue
        if time.monotonic() > deadline + REQUEST_TIMEOUT:
            break
        tally.latencies.append(time.monotonic() - started)
        if not 200 <= status < 300:
            tally.error(f"HTTP {status}")
        if not keep:
            conn[1].close()
            conn = None
    if conn is not None:
        conn[1].close()


async def run_clients(host: str, port: int, ids: Ids, clients: int, duration: float) -> tuple[Tally, float]:
    tally = Tally()
    started = time.monotonic()
    deadline = started + duration
    await asyncio.gather(*(client(host, port, ids, i, deadline, tally) for i in range(clients)))
    return tally, time.monotonic() - started


# --- the server under test -----------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    cmd = [sys.executable, "-c", "from liaison.cli.main import main; main()", "serve", "--db", str(db),
           "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"server exited with status {proc.returncode}: {' '.join(cmd)}")
        try:
            _get_json(base, "/api/parties")
            return proc, base
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    sys.exit("server did not answer within 60 s")


def loopback_only(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        addresses = {ipaddress.ip_address(info[4][0]) for info in socket.getaddrinfo(host, None)}
    except (socket.gaierror, ValueError):
        sys.exit(f"{url}: cannot resolve {host!r}")
    if not addresses or not all(a.is_loopback for a in addresses):
        sys.exit(f"{url}: refusing to load-test a non-loopback address")
    return host, parts.port or 80


# --- reporting -------------------------------------------------------------------------------------------------
def summarise(tally: Tally, seconds: float, clients: int, workers: int | None, db: str, events: int,
              load: float, sample: int) -> dict[str, Any]:
    lat = sorted(tally.latencies)

    def pct(p: float) -> float:
        return round(1000 * lat[min(len(lat) - 1, int(p * len(lat)))], 1) if lat else 0.0

    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"), "cores": os.cpu_count(), "python": platform.python_version(),
        "db": db, "events": events, "sample": sample, "load_before": round(load, 2), "workers": workers,
        "clients": clients,
        "seconds": round(seconds, 1), "requests": len(lat),
        "requests_per_s": round(len(lat) / seconds, 1) if seconds else 0.0,
        "p50_ms": pct(0.50), "p95_ms": pct(0.95), "p99_ms": pct(0.99), "max_ms": pct(1.0),
        "mean_ms": round(1000 * statistics.fmean(lat), 1) if lat else 0.0,
        "errors": sum(tally.errors.values()), "error_kinds": tally.errors,
    }


def render(r: dict[str, Any]) -> str:
    return (
        f"`scripts/loadtest.py` on {r['cores']} cores, {r['date']}: {r['clients']} concurrent keep-alive clients "
        f"for {r['seconds']} s (after a warm-up) against `liaison serve --workers {r['workers']}` on "
        f"`{Path(r['db']).name}` ({r['events']:,} events), a weighted mix of pages and API calls over "
        f"{r['sample']} ids of each kind, client and server on the same machine (load average "
        f"{r['load_before']} before the run): **{r['requests_per_s']:,} requests/s, p50 {r['p50_ms']} ms, "
        f"p95 {r['p95_ms']} ms, p99 {r['p99_ms']} ms, {r['errors']} errors** ({r['requests']:,} requests)."
    )


def splice_readme(readme: Path, line: str, workers: int | None) -> None:
    """Put ``line`` between the README markers, replacing the line of a run with as many workers."""
    body = readme.read_text(encoding="utf-8")
    head, sep, rest = body.partition(START)
    block, sep2, tail = rest.partition(END)
    if not sep or not sep2:
        sys.exit(f"{readme} has no {START} … {END} markers")
    tag = f"`liaison serve --workers {workers}`"
    lines = [x for x in block.strip().splitlines() if x.strip() and tag not in x]
    lines = sorted([*lines, line], key=lambda x: x.split("--workers ", 1)[-1])
    readme.write_text(f"{head}{START}\n" + "\n\n".join(lines) + f"\n{END}{tail}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--db", type=Path, help="start `liaison serve` on this database")
    target.add_argument("--url", help="a running server on a loopback address")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes (with --db)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=30.0, help=f"seconds (at most {MAX_DURATION:.0f})")
    parser.add_argument("--warmup", type=float, default=5.0, help="seconds of load before measuring")
    parser.add_argument("--sample", type=int, default=200, help="ids of each kind to draw requests from")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--readme", action="store_true", help="put the figures in README.md")
    args = parser.parse_args()
    duration = min(args.duration, MAX_DURATION)
    proc = None
    if args.db is not None:
        if not args.db.exists():
            sys.exit(f"{args.db}: no such database")
        proc, base = start_server(args.db, args.workers)
    else:
        base = args.url.rstrip("/")
    host, port = loopback_only(base)
    try:
        ids = learn_ids(base, args.sample)
        events = int(_get_json(base, "/api/events?limit=1")["total"])
        if args.warmup > 0:
            asyncio.run(run_clients(host, port, ids, args.clients, min(args.warmup, MAX_DURATION)))
        load = os.getloadavg()[0]
        tally, seconds = asyncio.run(run_clients(host, port, ids, args.clients, duration))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(15)
    result = summarise(tally, seconds, args.clients, args.workers if args.db else None, str(args.db or base),
                       events, load, args.sample)
    print(json.dumps(result, ensure_ascii=False))
    print(render(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.readme:
        splice_readme(ROOT / "README.md", render(result), result["workers"])


if __name__ == "__main__":
    main()
