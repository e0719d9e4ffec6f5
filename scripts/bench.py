#!/usr/bin/env python3
"""Benchmark the build on the CCTV archive: throughput, peak memory, incremental re-runs, queries.

In one run, each build in its own process on a fresh database:

- ``baseline``: the naive peer (jieba part-of-speech person names, flag ``nr``, over every item),
  through the same pipeline with 2 workers, so the only difference is the extractor;
- ``local -j1`` and ``local -j2``: the local engine with 1 and 2 worker processes;
- ``spark local[2]``: the Spark engine (skipped when pyspark is not installed, or with --no-spark);
- ``incremental``: the archive without its last 100 items is built first, then the whole archive
  is built into the same database (100 new items);
- timeline queries on the full-archive database: the person timeline (``event_ids`` with
  ``EventFilter(person=…)`` + ``event_records`` + ``positions``) of the 20 people with most events,
  and the party timeline (``EventFilter(party=…)`` + ``event_records``) of the 20 busiest parties,
  5 times each; p50/p95/max latency.

Peak memory is the largest summed RSS of the build process and all its descendants (workers, the
Spark JVM and its Python workers), sampled from /proc every 50 ms. Writes ``bench/results.json``
and ``bench/results.md``; ``scripts/bench_readme.py`` copies the table into the README.

    .venv/bin/python scripts/bench.py [--corpus PATH] [--out bench] [--no-spark] [--no-baseline]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from proctree import tree_rss

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "xwlb-2022-2026.jsonl.gz"
HELD_OUT = 100
QUERY_SUBJECTS = 20
QUERY_REPEATS = 5
TARGETS = {"wall_s": 180.0, "vs_baseline": 2.0, "peak_mb": 1536.0, "incremental_s": 10.0, "p95_ms": 100.0}


# --- measuring a process tree ------------------------------------------------------------------
def run_measured(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one build in a child process; its summary plus wall time and peak tree memory."""
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as fh:
        result_path = fh.name
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", json.dumps({**spec, "result": result_path})]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{spec['name']} failed ({proc.returncode}):\n{err[-3000:]}")
    summary = json.loads(Path(result_path).read_text(encoding="utf-8"))
    os.unlink(result_path)
    return {**summary, "name": spec["name"], "wall_s": round(wall, 2), "peak_mb": round(peak / 2**20, 1)}


def child(spec: dict[str, Any]) -> None:
    """The build itself (runs in the measured child process)."""
    from liaison.pipeline import build

    paths = spec["paths"]
    if spec["engine"] == "spark":
        from liaison.engines.spark import build_spark

        summary = build_spark(paths, spec["db"], master=spec["master"])
    else:
        extractor = None
        if spec["engine"] == "baseline":
            from liaison.extract.baseline import extract_events as extractor
        summary = build([Path(p) for p in paths], spec["db"], extractor=extractor, workers=spec["workers"])
    out = {
        "build_s": round(summary.seconds, 2), "added": summary.added, "updated": summary.updated,
        "unchanged": summary.unchanged, "skipped": len(summary.skipped), "events_found": summary.events_found,
        "events": summary.events, "people": summary.people,
    }
    Path(spec["result"]).write_text(json.dumps(out), encoding="utf-8")


# --- the corpus ----------------------------------------------------------------------------------
def corpus_facts(corpus: Path) -> dict[str, Any]:
    items, size = 0, 0
    with gzip.open(corpus, "rb") if corpus.suffix == ".gz" else open(corpus, "rb") as fh:
        for line in fh:
            if line.strip():
                items += 1
            size += len(line)
    return {"path": str(corpus), "items": items, "bytes": size, "mb": round(size / 2**20, 1),
            "compressed_mb": round(corpus.stat().st_size / 2**20, 1)}


def hold_out(corpus: Path, dest: Path, n: int) -> Path:
    """``corpus`` without its last ``n`` items, as gzipped JSON lines."""
    with gzip.open(corpus, "rb") as fh:
        lines = [line for line in fh if line.strip()]
    with gzip.open(dest, "wb") as out:
        out.writelines(islice(lines, len(lines) - n))
    return dest


# --- queries -------------------------------------------------------------------------------------
def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"n": len(ordered), "p50_ms": round(statistics.median(ordered), 2), "p95_ms": round(p95, 2),
            "max_ms": round(ordered[-1], 2)}


def time_queries(db: Path) -> dict[str, Any]:
    from liaison.store import Store
    from liaison.store.queries import EventFilter, event_ids, event_records, positions

    person_ms: list[float] = []
    party_ms: list[float] = []
    with Store.open(db, read_only=True) as store:
        people = store.con.execute(
            "SELECT p.person_id, any_value(s.name), count(DISTINCT p.event_id) AS n FROM participants p "
            "JOIN persons s USING (person_id) GROUP BY p.person_id ORDER BY n DESC, p.person_id LIMIT ?",
            [QUERY_SUBJECTS],
        ).fetchall()
        parties = store.con.execute(
            "SELECT e.org_id, any_value(o.name), count(*) AS n FROM event_parties e JOIN orgs o USING (org_id) "
            "GROUP BY e.org_id ORDER BY n DESC, e.org_id LIMIT ?",
            [QUERY_SUBJECTS],
        ).fetchall()
        largest = {"person": 0, "party": 0}
        for _ in range(QUERY_REPEATS):
            for person_id, name, _n in people:
                t = time.perf_counter()
                ids = event_ids(store, EventFilter(person=name))
                event_records(store, ids)
                positions(store, person_id)
                person_ms.append((time.perf_counter() - t) * 1000)
                largest["person"] = max(largest["person"], len(ids))
            for _org_id, name, _n in parties:
                t = time.perf_counter()
                ids = event_ids(store, EventFilter(party=name))
                event_records(store, ids)
                party_ms.append((time.perf_counter() - t) * 1000)
                largest["party"] = max(largest["party"], len(ids))
    return {
        "person": {**_percentiles(person_ms), "subjects": len(people), "largest_timeline": largest["person"]},
        "party": {**_percentiles(party_ms), "subjects": len(parties), "largest_timeline": largest["party"]},
    }


# --- the report ----------------------------------------------------------------------------------
def _mark(ok: bool) -> str:
    return "met" if ok else "**missed**"


def render(results: dict[str, Any]) -> str:
    corpus, runs = results["corpus"], results["runs"]
    lines = [
        "",
        f"`{results['command']}` on {results['machine']['cpus']} cores, {results['date']}: "
        f"`{Path(corpus['path']).name}` ({corpus['items']:,} items, {corpus['mb']} MB uncompressed), "
        "each build on a fresh database in its own process. Peak memory = summed RSS of the process "
        "tree (workers, Spark JVM and Python workers included).",
        "",
        "| run | wall s | docs/s | MB/s | peak memory MB | events found | events stored | people |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        lines.append(
            f"| {r['name']} | {r['wall_s']:.1f} | {r['docs_per_s']:,.0f} | {r['mb_per_s']:.2f} | {r['peak_mb']:,.0f} "
            f"| {r['events_found']:,} | {r['events']:,} | {r['people']:,} |"
        )
    inc, q = results.get("incremental"), results.get("queries")
    lines.append("")
    if inc:
        lines.append(
            f"Incremental re-run after {inc['added']} new items (archive minus its last {HELD_OUT} built "
            f"first): {inc['wall_s']:.1f} s wall ({inc['build_s']:.1f} s in `build`, the rest is interpreter "
            f"start-up), {inc['unchanged']:,} unchanged items skipped."
        )
    if q:
        lines.append(
            f"Timeline queries on the full-archive database ({q['person']['subjects']} busiest people, "
            f"{q['party']['subjects']} busiest parties, {QUERY_REPEATS} times each): person p50 "
            f"{q['person']['p50_ms']} ms, p95 {q['person']['p95_ms']} ms (largest timeline "
            f"{q['person']['largest_timeline']} events); party p50 {q['party']['p50_ms']} ms, p95 "
            f"{q['party']['p95_ms']} ms (largest {q['party']['largest_timeline']} events)."
        )
    checks = results.get("targets", {})
    if checks:
        lines += ["", "| target | measured | |", "|---|---:|---|"]
        for label, (measured, ok) in checks.items():
            lines.append(f"| {label} | {measured} | {_mark(ok)} |")
    return "\n".join(lines) + "\n"


def targets(results: dict[str, Any]) -> dict[str, tuple[str, bool]]:
    runs = {r["name"]: r for r in results["runs"]}
    out: dict[str, tuple[str, bool]] = {}
    two = runs.get("local -j2")
    if two:
        out["whole archive, 2 workers: wall ≤ 180 s"] = (f"{two['wall_s']:.1f} s", two["wall_s"] <= TARGETS["wall_s"])
        out["peak memory ≤ 1.5 GB (local -j2)"] = (f"{two['peak_mb']:,.0f} MB", two["peak_mb"] <= TARGETS["peak_mb"])
        base = runs.get("baseline (jieba nr) -j2")
        if base:
            ratio = two["docs_per_s"] / base["docs_per_s"]
            out["throughput ≥ 2× the naive baseline"] = (f"{ratio:.1f}×", ratio >= TARGETS["vs_baseline"])
    inc = results.get("incremental")
    if inc:
        out[f"incremental re-run of {inc['added']} new items ≤ 10 s"] = (
            f"{inc['wall_s']:.1f} s", inc["wall_s"] <= TARGETS["incremental_s"])
    q = results.get("queries")
    if q:
        worst = max(q["person"]["p95_ms"], q["party"]["p95_ms"])
        out["timeline queries p95 ≤ 100 ms"] = (f"{worst} ms", worst <= TARGETS["p95_ms"])
    return out


def _spark_available() -> bool:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "bench")
    parser.add_argument("--no-spark", action="store_true", help="leave out the Spark engine")
    parser.add_argument("--no-baseline", action="store_true", help="leave out the naive baseline")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(json.loads(args.child))
        return

    command = shlex.join([".venv/bin/python", "scripts/bench.py", *sys.argv[1:]])
    corpus = corpus_facts(args.corpus)
    work = Path(tempfile.mkdtemp(prefix="liaison-bench-"))
    src = [str(args.corpus)]
    specs: list[dict[str, Any]] = []
    if not args.no_baseline:
        specs.append({"name": "baseline (jieba nr) -j2", "engine": "baseline", "workers": 2})
    specs += [{"name": "local -j1", "engine": "local", "workers": 1},
              {"name": "local -j2", "engine": "local", "workers": 2}]
    if not args.no_spark and _spark_available():
        specs.append({"name": "spark local[2]", "engine": "spark", "master": "local[2]"})
    runs = []
    for i, spec in enumerate(specs):
        db = work / f"run{i}.duckdb"
        print(f"… {spec['name']}", file=sys.stderr, flush=True)
        r = run_measured({**spec, "paths": src, "db": str(db)})
        r["docs_per_s"] = round(corpus["items"] / r["wall_s"], 1)
        r["mb_per_s"] = round(corpus["bytes"] / 2**20 / r["wall_s"], 3)
        r["db"] = str(db)
        runs.append(r)
        print(f"  {r['wall_s']} s, {r['docs_per_s']} docs/s, {r['peak_mb']} MB, {r['events']} events",
              file=sys.stderr, flush=True)

    print(f"… incremental ({HELD_OUT} new items)", file=sys.stderr, flush=True)
    head = hold_out(args.corpus, work / "head.jsonl.gz", HELD_OUT)
    inc_db = str(work / "incremental.duckdb")
    local2 = {"engine": "local", "workers": 2, "db": inc_db}
    first = run_measured({**local2, "name": "held-out build", "paths": [str(head)]})
    incremental = run_measured({**local2, "name": "incremental", "paths": src})
    incremental["first_build_wall_s"] = first["wall_s"]

    full_db = next(r["db"] for r in runs if r["name"] == "local -j2")
    print("… timeline queries", file=sys.stderr, flush=True)
    queries = time_queries(Path(full_db))

    results: dict[str, Any] = {
        "command": command,
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "corpus": corpus,
        "runs": runs,
        "incremental": incremental,
        "queries": queries,
    }
    results["targets"] = targets(results)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (args.out / "results.md").write_text(render(results), encoding="utf-8")
    print(render(results))


if __name__ == "__main__":
    main()
