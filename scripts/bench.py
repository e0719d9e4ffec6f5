#!/usr/bin/env python3
"""Benchmark the build on the CCTV record: scaling, workers, memory, incremental re-runs, Spark, queries.

In one run, each build in its own process on a fresh database:

- scaling: the record at three sizes (``20k``: the 2022–2026 file; ``75k``: the whole record,
  both files; ``225k``: the record fed three times, ids shifted) with the local engine (1 and 2
  workers), Spark ``local[2]`` and the naive baseline (jieba part-of-speech person names over every
  item, through the same pipeline with 2 workers: only the extractor differs);
- workers: 1 against 2 workers on the whole record, alternating, ``--repeat`` times (medians);
- incremental: the record without its last 100 items is built first, then the whole record into
  the same database (100 new items);
- a new extractor version: the whole-record database with every document stamped by an older
  version is built again (the triage decides what is extracted again);
- Spark against the local engine: the events of the two whole-record databases are compared;
- timeline queries on the whole-record database: the person timeline (``event_ids`` with
  ``EventFilter(person=…)`` + ``event_records`` + ``positions``) of the 20 people with most events,
  and the party timeline of the 20 busiest parties, 5 times each; p50/p95/max latency.

Memory is sampled every 50 ms from /proc over the build process and all its descendants (workers,
the Spark JVM and its Python workers): the peak of the summed proportional set size (PSS: a page
shared by several processes, such as the tables workers share with the process they were forked
from, counted once) and, beside it, of the summed resident set size (RSS: shared pages counted in
every process). Writes ``bench/results.json`` and ``bench/results.md``;
``scripts/bench_readme.py`` copies the latter into the README.

    .venv/bin/python scripts/bench.py [--record PATH ...] [--sizes 20k,75k,225k] [--repeat 3]
        [--baseline-sizes 20k,75k] [--spark-sizes 20k,75k] [--no-spark] [--no-baseline] [--out bench]
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import os
import platform
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from proctree import tree_memory

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
RECORD = [CORPUS / "xwlb-2012-2022.jsonl.gz", CORPUS / "xwlb-2022-2026.jsonl.gz"]
HELD_OUT = 100
QUERY_SUBJECTS = 20
QUERY_REPEATS = 5
HTTP_CLIENTS = 8
TARGETS = {"wall_s": 20.0, "speedup": 1.6, "memory_mb": 500.0, "incremental_s": 3.0, "p95_ms": 50.0,
           "vs_baseline": 2.0}


def compiled_sources() -> bool:
    """liaison's modules compiled, once, before any build is measured (False when they cannot be written). With
    ``PYTHONDONTWRITEBYTECODE`` set, as the sessions' shells set it, and no ``__pycache__`` beside the sources (an
    editable install), every process of every build compiled them from source, which an installed package, or any
    second run elsewhere, does not: some 0.35 s of CPU a build (the fork server's 0.15 s before any worker starts, the
    main process's 0.1 s, each resolution interpreter's 0.05 s). Compiled files are read even when none is written."""
    import compileall

    import liaison

    return bool(compileall.compile_dir(Path(liaison.__file__).parent, quiet=1))


# --- measuring a build in its own process ------------------------------------------------------
def run_measured(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one build in a child process; its summary plus wall time and peak tree memory."""
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as fh:
        result_path = fh.name
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", json.dumps({**spec, "result": result_path})]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = [0, 0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            rss, pss = tree_memory(proc.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
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
    return {**summary, "name": spec["name"], "wall_s": round(wall, 2), "rss_mb": round(peak[0] / 2**20, 1),
            "pss_mb": round(peak[1] / 2**20, 1)}


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def child(spec: dict[str, Any]) -> None:
    """The build itself (runs in the measured child process). Beside wall time, CPU seconds (user + sys):
    this process's (``cpu_main_s``), of which the whole-record resolution (``cpu_resolve_s``), and its
    workers' (``cpu_workers_s``): figures a loaded machine changes less than wall time."""
    from liaison import pipeline
    from liaison.pipeline import build

    resolving = [0.0]
    finish = pipeline.finish

    def timed_finish(*args: Any, **kwargs: Any) -> None:
        before = _cpu(resource.RUSAGE_SELF)
        try:
            finish(*args, **kwargs)
        finally:
            resolving[0] += _cpu(resource.RUSAGE_SELF) - before

    pipeline.finish = timed_finish  # type: ignore[assignment]
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
        "retagged": summary.retagged, "unchanged": summary.unchanged, "skipped": len(summary.skipped),
        "events_found": summary.events_found, "events": summary.events, "people": summary.people,
        "cpu_main_s": round(_cpu(resource.RUSAGE_SELF), 2), "cpu_resolve_s": round(resolving[0], 2),
        "cpu_workers_s": round(_cpu(resource.RUSAGE_CHILDREN), 2),
    }
    Path(spec["result"]).write_text(json.dumps(out), encoding="utf-8")
    gc.freeze()  # (the process then exits as ``liaison`` does: without collecting what is left, ``cli.main``)


# --- the inputs --------------------------------------------------------------------------------
def facts(paths: list[Path]) -> dict[str, Any]:
    items, size = 0, 0
    for path in paths:
        with gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb") as fh:
            for line in fh:
                items += bool(line.strip())
                size += len(line)
    return {"paths": [str(p) for p in paths], "items": items, "mb": round(size / 2**20, 1)}


def tripled(record: list[Path], dest: Path) -> Path:
    """The record three times over, the ids of the second and third copies shifted (``id~1``, ``id~2``)."""
    with gzip.open(dest, "wt", encoding="utf-8", compresslevel=1) as out:
        for copy in range(3):
            for path in record:
                with gzip.open(path, "rt", encoding="utf-8") as fh:
                    for line in fh:
                        if line.strip() and copy:
                            item = json.loads(line)
                            item["id"] = f"{item.get('id', '')}~{copy}"
                            line = json.dumps(item, ensure_ascii=False) + "\n"
                        out.write(line)
    return dest


def held_out(record: list[Path], work: Path, n: int) -> tuple[list[Path], Path]:
    """The record without its last ``n`` items (the last file shortened), and those items (a day's news)."""
    *rest, last = record
    with gzip.open(last, "rb") as fh:
        lines = [line for line in fh if line.strip()]
    head, day = work / f"head-{last.name}", work / f"last-{n}.jsonl.gz"
    with gzip.open(head, "wb") as out:
        out.writelines(lines[: len(lines) - n])
    with gzip.open(day, "wb") as out:
        out.writelines(lines[len(lines) - n :])
    return [*rest, head], day


# --- queries and comparisons ---------------------------------------------------------------------
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


_EVENT_VIEW = {
    "events": "SELECT event_id, kind, date, location, remote FROM events ORDER BY ALL",
    "participants": "SELECT event_id, person_id, doc_id, name, lead FROM participants ORDER BY ALL",
    "documents": "SELECT event_id, doc_id, frame_index FROM event_documents ORDER BY ALL",
}


def same_tables(a: str, b: str, views: dict[str, str] = _EVENT_VIEW) -> dict[str, Any]:
    """Whether two databases give the same rows for each query of ``views`` (and how many); by default
    the same events, participants and reports."""
    out: dict[str, Any] = {}
    ca, cb = duckdb.connect(a, read_only=True), duckdb.connect(b, read_only=True)
    try:
        for name, sql in views.items():
            ra, rb = ca.execute(sql).fetchall(), cb.execute(sql).fetchall()
            out[name] = {"rows": len(ra), "same": ra == rb}
    finally:
        ca.close()
        cb.close()
    out["same"] = all(v["same"] for v in out.values() if isinstance(v, dict))
    return out


_RESOLVED_VIEW = {
    **_EVENT_VIEW,
    "persons": "SELECT person_id, name, native, country FROM persons ORDER BY ALL",
    "positions": "SELECT person_id, title, organization, first_seen, last_seen FROM positions ORDER BY ALL",
    "decisions": "SELECT left_id, right_id, score, merged FROM match_decisions ORDER BY ALL",
}


def http_queries(db: Path) -> dict[str, Any]:
    """``scripts/query_bench.py`` on ``db``: person and party timelines, search and aggregates over HTTP."""
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as fh:
        out = Path(fh.name)
    cmd = [sys.executable, str(Path(__file__).resolve().parent / "query_bench.py"), "--db", str(db),
           "--workers", "1", "--clients", str(HTTP_CLIENTS), "--rounds", "2", "--json", str(out)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    out.unlink()
    return result


def stamp_older(db: str) -> int:
    """Stamp every document of ``db`` with an older extractor version; the number the triage let through."""
    con = duckdb.connect(db)
    try:
        con.execute("UPDATE documents SET extractor_version = 'an older version'")
        row = con.execute("SELECT count(*) FROM documents WHERE triage IS NULL").fetchone()
        return int(row[0]) if row else 0
    finally:
        con.close()


# --- the report --------------------------------------------------------------------------------
def _mark(ok: bool) -> str:
    return "met" if ok else "**missed**"


def render(results: dict[str, Any]) -> str:
    m, sizes = results["machine"], results["sizes"]
    described = "; ".join(f"{k}: {v['items']:,} items, {v['mb']} MB" for k, v in sizes.items())
    lines = [
        "",
        f"`{results['command']}` on {m['cpus']} cores (load average {m['load_before']} before the run, "
        f"other jobs sharing the machine), {results['date']}. Inputs: {described} (`20k` is "
        "`xwlb-2022-2026.jsonl.gz`, `75k` the whole CCTV record 2012–2026, `225k` the record fed "
        "three times with shifted ids). Each build runs on a fresh database in its own process. "
        "Memory: peak of the summed PSS of the process tree (a page shared by several processes counted "
        "once; workers, Spark JVM and Python workers included), the summed RSS beside it.",
        "",
        "| engine | items | wall s | docs/s | memory MB (PSS) | RSS MB | events stored | people |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results["scaling"]:
        lines.append(
            f"| {r['name']} | {r['items']:,} | {r['wall_s']:.1f} | {r['items'] / r['wall_s']:,.0f} "
            f"| {r['pss_mb']:,.0f} | {r['rss_mb']:,.0f} | {r['events']:,} | {r['people']:,} |"
        )
    w = results.get("workers")
    if w:
        one, two = w["j1"], w["j2"]
        lines += ["", f"1 against 2 workers on the whole record, {len(one)} alternating runs: 1 worker "
                  f"{', '.join(f'{x:.1f}' for x in one)} s (median {statistics.median(one):.1f}), 2 workers "
                  f"{', '.join(f'{x:.1f}' for x in two)} s (median {statistics.median(two):.1f}): "
                  f"**{w['speedup']:.2f}×**."]
    inc, ver, sp, q = (results.get(k) for k in ("incremental", "version", "spark_check", "queries"))
    if inc:
        refed, same = results.get("incremental_refed"), results.get("incremental_same")
        text = (f"Incremental: a day's news ({inc['added']} new items, their own file) added to the whole-record "
                f"database: {inc['wall_s']:.1f} s wall ({inc['build_s']:.1f} s in `build`, the rest interpreter "
                "start-up); only the blocks of people and the days of events they reach are resolved again")
        if same:
            text += (", and the record is " + ("the same as" if same["same"] else "**not the same as**")
                     + " the one a whole build of the record gives")
        text += "."
        if refed:
            text += (f" The whole record fed again with the same 100 new items: {refed['wall_s']:.1f} s "
                     f"({refed['unchanged']:,} unchanged items read, hashed and skipped).")
        lines.append(text)
    if ver:
        lines.append(
            f"A new extractor version over the whole-record database: {ver['wall_s']:.1f} s; "
            f"{ver['updated'] - ver['retagged']:,} documents extracted again (the {ver['passed']:,} the triage "
            f"lets through), {ver['retagged']:,} restamped without extraction.")
    if sp:
        verdict = "the same" if sp["same"] else "**not the same**"
        lines.append(
            f"Spark `local[2]` and the local engine on the whole record: {verdict} events "
            f"({sp['events']['rows']:,}), participants ({sp['participants']['rows']:,}) and reports "
            f"({sp['documents']['rows']:,}).")
    if q:
        lines.append(
            f"Timeline queries in-process on the whole-record database ({q['person']['subjects']} busiest "
            f"people, {q['party']['subjects']} busiest parties, {QUERY_REPEATS} times each): person p50 "
            f"{q['person']['p50_ms']} ms, p95 {q['person']['p95_ms']} ms (largest timeline "
            f"{q['person']['largest_timeline']} events); party p50 {q['party']['p50_ms']} ms, p95 "
            f"{q['party']['p95_ms']} ms (largest {q['party']['largest_timeline']} events).")
    http = results.get("http")
    if http:
        first, cached = http["first"], http.get("cached", {})
        kinds = {"person": "person timelines", "party": "party timelines", "search": "search",
                 "aggregate": "explorer aggregates"}
        parts = [f"{label} p50 {first[k]['p50_ms']} ms, p95 {first[k]['p95_ms']} ms ({first[k]['n']} URLs)"
                 for k, label in kinds.items() if first.get(k, {}).get("n")]
        lines.append(
            f"Over HTTP (`scripts/query_bench.py`: `liaison serve --workers {http['workers']}` on the whole-record "
            f"database, {http['clients']} concurrent keep-alive clients, every URL asked once, load average "
            f"{http['load_before']} before): " + "; ".join(parts) + "."
            + (f" Asked a second time (answered from the per-snapshot cache): p95 {cached['all']['p95_ms']} ms."
               if cached.get("all", {}).get("n") else ""))
    checks = results.get("targets", {})
    if checks:
        lines += ["", "| target | measured | |", "|---|---:|---|"]
        for label, (measured, ok) in checks.items():
            lines.append(f"| {label} | {measured} | {_mark(ok)} |")
    return "\n".join(lines) + "\n"


def targets(results: dict[str, Any]) -> dict[str, tuple[str, bool]]:
    runs = {(r["name"], r["size"]): r for r in results["scaling"]}
    out: dict[str, tuple[str, bool]] = {}
    w = results.get("workers")
    if w:
        best = statistics.median(w["j2"])
        out["whole record (75k), 2 workers: wall ≤ 20 s"] = (f"{best:.1f} s", best <= TARGETS["wall_s"])
        out["2 workers ≥ 1.6× faster than 1 (same run)"] = (f"{w['speedup']:.2f}×", w["speedup"] >= TARGETS["speedup"])
    local = [r for r in results["scaling"] if r["name"].startswith("local")]
    if local:
        worst = max(local, key=lambda r: r["pss_mb"])
        label = f"{worst['name']}, {worst['size']}"
        out["peak memory ≤ 500 MB, every local build (PSS)"] = (
            f"{worst['pss_mb']:,.0f} MB ({label})", worst["pss_mb"] <= TARGETS["memory_mb"])
        worst_rss = max(local, key=lambda r: r["rss_mb"])
        out["peak memory ≤ 500 MB, every local build (RSS)"] = (
            f"{worst_rss['rss_mb']:,.0f} MB ({worst_rss['name']}, {worst_rss['size']})",
            worst_rss["rss_mb"] <= TARGETS["memory_mb"])
    for size in ("75k", "20k"):
        base, two = runs.get(("baseline (jieba nr) -j2", size)), runs.get(("local -j2", size))
        if base and two:
            ratio = base["wall_s"] / two["wall_s"]
            out[f"throughput ≥ 2× the naive baseline ({size})"] = (f"{ratio:.1f}×", ratio >= TARGETS["vs_baseline"])
            break
    inc = results.get("incremental")
    if inc:
        out[f"a day's news ({inc['added']} new items) into the 75k database ≤ 3 s"] = (
            f"{inc['wall_s']:.1f} s", inc["wall_s"] <= TARGETS["incremental_s"])
        same = results.get("incremental_same")
        if same:
            out["incremental resolution gives the whole build's record"] = (
                "same" if same["same"] else "differs", same["same"])
    ver = results.get("version")
    if ver:
        again = ver["updated"] - ver["retagged"]
        out["new extractor version: only what the triage passes is extracted"] = (
            f"{again:,} of {ver['updated']:,}", again == ver["passed"])
    sp = results.get("spark_check")
    if sp:
        out["Spark local[2] gives the local engine's events (75k)"] = ("same" if sp["same"] else "differ", sp["same"])
    http = results.get("http")
    if http:
        first = http["first"]
        for kind, label in (("person", "person timelines"), ("party", "party timelines"), ("search", "search"),
                            ("aggregate", "explorer aggregates")):
            if first.get(kind, {}).get("n"):
                p95 = first[kind]["p95_ms"]
                out[f"{label} over HTTP, p95 ≤ 50 ms (first asked)"] = (f"{p95} ms", p95 <= TARGETS["p95_ms"])
    return out


def _spark_available() -> bool:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return False
    return shutil.which("java") is not None


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _run(spec: dict[str, Any], work: Path, n: list[int]) -> dict[str, Any]:
    n[0] += 1
    db = work / f"run{n[0]}.duckdb"
    _say(f"… {spec['name']} ({spec.get('size', '')})")
    r = run_measured({**spec, "db": str(db)})
    r.update(db=str(db), size=spec.get("size"))
    _say(f"  {r['wall_s']} s, {r['pss_mb']} MB PSS, {r['rss_mb']} MB RSS, {r['events']} events")
    return r


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--record", type=Path, nargs="+", default=RECORD, help="the record's files, oldest first")
    parser.add_argument("--sizes", default="20k,75k,225k")
    parser.add_argument("--baseline-sizes", default="20k,75k")
    parser.add_argument("--spark-sizes", default="20k,75k")
    parser.add_argument("--j2-sizes", default="20k,75k,225k", help="sizes also built with 2 workers")
    parser.add_argument("--repeat", type=int, default=3, help="alternating 1- and 2-worker runs on the whole record")
    parser.add_argument("--out", type=Path, default=ROOT / "bench")
    parser.add_argument("--no-spark", action="store_true", help="leave out the Spark engine")
    parser.add_argument("--no-baseline", action="store_true", help="leave out the naive baseline")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(json.loads(args.child))
        return

    command = shlex.join([".venv/bin/python", "scripts/bench.py", *sys.argv[1:]])
    if not compiled_sources():
        _say("… liaison's sources could not be compiled: every process compiles them again")
    load_before = round(os.getloadavg()[0], 2)
    work = Path(tempfile.mkdtemp(prefix="liaison-bench-"))
    record = [Path(p) for p in args.record]
    wanted = args.sizes.split(",")
    inputs = {"20k": record[-1:], "75k": record}
    if "225k" in wanted:
        _say("… the record three times over")
        inputs["225k"] = [tripled(record, work / "record-x3.jsonl.gz")]
    inputs = {k: v for k, v in inputs.items() if k in wanted}
    sizes = {k: facts(v) for k, v in inputs.items()}
    n = [0]
    scaling: list[dict[str, Any]] = []
    j1: list[float] = []
    j2: list[float] = []
    spark = not args.no_spark and _spark_available()
    for size, paths in inputs.items():
        base = {"paths": [str(p) for p in paths], "size": size}
        runs = [("local -j1", {"engine": "local", "workers": 1})]
        if size in args.j2_sizes.split(","):
            runs.append(("local -j2", {"engine": "local", "workers": 2}))
        if size == "75k":
            runs = runs * max(1, args.repeat)
        if spark and size in args.spark_sizes.split(","):
            runs.append(("spark local[2]", {"engine": "spark", "master": "local[2]"}))
        if not args.no_baseline and size in args.baseline_sizes.split(","):
            runs.append(("baseline (jieba nr) -j2", {"engine": "baseline", "workers": 2}))
        done: dict[str, list[dict[str, Any]]] = {}
        for name, spec in runs:
            r = _run({**base, **spec, "name": name}, work, n)
            done.setdefault(name, []).append(r)
            if size == "75k" and name.startswith("local"):
                (j1 if name == "local -j1" else j2).append(r["wall_s"])
        for rs in done.values():
            middle = sorted(rs, key=lambda r: r["wall_s"])[len(rs) // 2]  # the median run
            scaling.append({**middle, "items": sizes[size]["items"], "size": size,
                            "pss_mb": max(r["pss_mb"] for r in rs), "rss_mb": max(r["rss_mb"] for r in rs)})

    results: dict[str, Any] = {
        "command": command,
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "load_before": load_before},
        "sizes": sizes,
        "scaling": scaling,
    }
    full = next((r for r in scaling if r["name"] == "local -j2" and r["size"] == "75k"), None)
    if j1 and j2:
        results["workers"] = {"j1": j1, "j2": j2, "speedup": round(statistics.median(j1) / statistics.median(j2), 2)}
    if full:
        local2 = {"engine": "local", "workers": 2}
        _say(f"… incremental ({HELD_OUT} new items)")
        inc_db, refed_db = str(work / "incremental.duckdb"), str(work / "refed.duckdb")
        head, day = held_out(record, work, HELD_OUT)
        run_measured({**local2, "name": "held-out build", "paths": [str(p) for p in head], "db": inc_db})
        shutil.copy(inc_db, refed_db)
        results["incremental"] = run_measured({**local2, "name": "incremental", "paths": [str(day)], "db": inc_db})
        results["incremental_refed"] = run_measured({**local2, "name": "incremental, whole record fed again",
                                                     "paths": [str(p) for p in record], "db": refed_db})
        results["incremental_same"] = same_tables(full["db"], inc_db, _RESOLVED_VIEW)
        _say("… a new extractor version")
        ver_db = str(work / "version.duckdb")
        shutil.copy(full["db"], ver_db)
        passed = stamp_older(ver_db)
        results["version"] = {**run_measured({**local2, "name": "new version", "paths": [str(p) for p in record],
                                              "db": ver_db}), "passed": passed}
        sp = next((r for r in scaling if r["name"].startswith("spark") and r["size"] == "75k"), None)
        if sp:
            results["spark_check"] = same_tables(full["db"], sp["db"])
        _say("… timeline queries")
        results["queries"] = time_queries(Path(full["db"]))
        _say("… queries over HTTP")
        results["http"] = http_queries(Path(full["db"]))
    results["targets"] = targets(results)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (args.out / "results.md").write_text(render(results), encoding="utf-8")
    print(render(results))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
