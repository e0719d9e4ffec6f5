#!/usr/bin/env python3
"""Soak test of ingest: hundreds of malformed inputs mixed with valid articles, built by the CLI.

Writes a corpus of malformed inputs (corrupt and truncated gzip, JSON nested thousands deep,
integers over 4,300 digits, lone surrogates, file names that are not UTF-8, rich-markup characters
in paths, impossible published dates, UTF-16/UTF-32 with and without a byte-order mark, ``[]``
files, blank-line files, ``.gz.gz``, binary and Latin-1 files, oversized files and lines (one line
of 2 GiB inside a small .jsonl.gz), a 4.9 MB article, FIFOs given and met in folders, broken links,
and more) around valid articles (the KCNA English corpus in ../shared when present, else the
bundled samples), then runs ``liaison build`` in child processes: several mixed batches (random
subsets, 1 or 2 workers), the whole corpus, and the whole corpus again on the same database.

Reports, and exits 1 unless each holds:
- tracebacks: 0 (in any build's output); hangs: 0 (a build past --timeout is killed and counted);
- valid articles lost: 0 (every valid article of a batch is in its database);
- peak memory <= 1 GB (summed RSS of the build process tree, sampled every 50 ms);
- every malformed input is stored with a note, or skipped with a message naming its file, its line
  (for JSON lines) and a reason (read from ``--report``), never silently dropped;
- a re-run of the same input records no skipped input twice.

    .venv/bin/python scripts/soak.py [--work DIR] [--runs 6] [--seed 17] [--no-giant] [--timeout 600]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from proctree import tree_rss

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
KCNA = REPO.parent / "shared" / "corpus" / "kcna-en-2023-2024.jsonl.gz"
PEAK_LIMIT = 1 << 30
_EMPTY_PAGE = b"<html><head><title>t</title></head><body><script>var a = %d;</script></body></html>"


@dataclass
class Expect:
    """One malformed input and what must become of it."""

    entry: str  # the top-level corpus entry (file or folder) holding it
    origin: str  # regular expression the reported origin must match in full
    category: str
    outcome: str  # "skipped", "noted" (stored with a note), "stored", or "either" (stored, or skipped with a reason)
    doc_id: str | None = None


class Corpus:
    """Writes the inputs under ``root`` and remembers what each must become."""

    def __init__(self, root: Path, rng: random.Random) -> None:
        self.root = root
        self.rng = rng
        self.expect: list[Expect] = []
        self.valid: dict[str, str] = {}  # doc id -> top-level entry
        self.articles = _valid_texts()
        self._next = 0

    # -- helpers ------------------------------------------------------------------------------
    def article(self) -> tuple[str, str]:
        """A fresh valid article (id, text): the text made unique, so ids and contents never repeat."""
        self._next += 1
        text = self.articles[self._next % len(self.articles)]
        return f"valid-{self._next}", f"{text}\n\n(Item {self._next}.)"

    def path(self, name: str | bytes) -> Path:
        if isinstance(name, bytes):
            return Path(os.fsdecode(os.fsencode(self.root) + b"/" + name))
        return self.root / name

    def add(self, path: Path, origin: str, category: str, outcome: str, doc_id: str | None = None) -> None:
        entry = os.fsdecode(os.fsencode(path)[len(os.fsencode(self.root)) + 1 :]).split("/")[0]
        self.expect.append(Expect(entry, origin, category, outcome, doc_id))

    def whole(self, name: str | bytes, raw: bytes, category: str, outcome: str = "skipped",
              doc_id: str | None = None) -> Path:
        path = self.path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        self.add(path, re.escape(_shown(path)) + r"(\[\d+\])?", category, outcome, doc_id)
        return path

    def lines(self, name: str, records: list[tuple[bytes, str, str, str | None]], *, valid_every: int = 2,
              gz: bool = False) -> Path:
        """A JSON-lines file of ``records`` (raw line, category, outcome, doc id) with valid articles between."""
        path = self.path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        out: list[bytes] = []
        for raw, category, outcome, doc_id in records:
            if self.rng.randrange(valid_every) == 0:
                doc, text = self.article()
                out.append(json.dumps({"id": doc, "text": text}).encode())
                self.valid[doc] = path.name
            out.append(raw)
            self.add(path, re.escape(f"{_shown(path)}:{len(out)}"), category, outcome, doc_id)
        data = b"\n".join(out) + b"\n"
        path.write_bytes(gzip.compress(data) if gz else data)
        return path

    def valid_file(self, name: str) -> None:
        doc, text = self.article()
        path = self.path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"id": doc, "text": text}), encoding="utf-8")
        self.valid[doc] = path.name if path.parent == self.root else path.relative_to(self.root).parts[0]


def _shown(path: Path) -> str:
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _valid_texts() -> list[str]:
    texts: list[str] = []
    if KCNA.exists():
        with gzip.open(KCNA, "rt", encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line).get("text") or ""
                if 200 < len(text) < 20_000:
                    texts.append(text)
                if len(texts) >= 300:
                    break
    texts += [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.rglob("*.txt"))]
    return texts


def _record(**fields: Any) -> bytes:
    return json.dumps(fields).encode()


def write_corpus(root: Path, rng: random.Random, giant: bool) -> Corpus:
    """Every kind of malformed input, several times each, around valid articles."""
    c = Corpus(root, rng)
    good = "Hanoi, 12/05/2025. " + c.articles[0]
    for k in range(24):  # line-level faults, in files with valid articles between them
        lines: list[tuple[bytes, str, str, str | None]] = [
            (b"[" * (1000 + 500 * k) + b"]" * (1000 + 500 * k), "deep nesting", "skipped", None),
            (b'{"text": "x", "id": ' + b"9" * (4301 + k) + b"}", "huge integer", "skipped", None),
            (b'{"text": "' + b"A \\ud800 met B" + str(k).encode() + b'."}', "lone surrogate", "noted", None),
            (_record(id=f"date-{k}", text=f"{good} ({k})", published=f"2025-06-{31 + k % 2}"), "impossible date",
             "noted", f"date-{k}"),
            (b"{oops " + str(k).encode(), "malformed JSON", "skipped", None),
            (rng.choice([b"42", b'"a string"', b"[1, 2]", b"null"]), "not an object", "skipped", None),
            (_record(id=f"e{k}", text=" " * k), "no text", "skipped", None),
            (_record(text=f"a\u0000b {k}"), "NUL in text", "skipped", None),
            (_record(text=k), "text not a string", "skipped", None),
            (bytes(rng.randrange(128, 256) for _ in range(20)), "invalid UTF-8 line", "skipped", None),
            (_record(id=["x", k], text=f"{good} [{k}]", title={"t": 1}), "structured metadata", "noted", None),
            (_record(id="L" * (5000 + k), text=f"{good} <{k}>"), "5,000-character id", "stored", "L" * (5000 + k)),
        ]
        c.lines(f"faults-{k:02d}.jsonl", lines)
    for k in range(16):
        doc, text = c.article()
        data = (json.dumps({"id": doc, "text": text}) + "\n").encode() * 1 + _record(text=f"second {k}") + b"\n"
        raw = gzip.compress(data * 20)
        broken = raw[:15] + bytes(b ^ 0x5A for b in raw[15:45]) + raw[45:]
        c.whole(f"corrupt-{k}.jsonl.gz", broken, "corrupt deflate data")
        c.expect[-1].origin = re.escape(_shown(c.path(f"corrupt-{k}.jsonl.gz"))) + r"(:\d+)?"
        c.expect[-1].outcome = "skipped"
        c.whole(f"truncated-{k}.txt.gz", gzip.compress(text.encode())[: 30 + k], "truncated gzip")
        c.whole(f"deep-{k}.json", b'{"text": ' + b"[" * (5000 + k) + b"]" * (5000 + k) + b"}", "deep JSON file")
        c.whole(f"empty-list-{k}.json", b"[]" if k % 2 else b" [ ] \n", "[] file")
        c.whole(f"blank-{k}.jsonl", b"\n" * (k + 1) + b"  \n", "blank-line file")
        c.whole(f"empty-{k}.txt", b"", "empty file")
        c.whole(f"binary-{k}.txt", bytes(rng.randrange(256) for _ in range(300)) + b"\x00", "binary file")
        c.whole(f"latin1-{k}.txt", f"Reunión {k} en Caracas con el PSUV".encode("latin-1"), "Latin-1 file")
        c.whole(f"fake-{k}.txt.gz", text.encode(), "not gzip despite .gz")
        c.whole(f"utf16-nobom-{k}.txt", text.encode("utf-16-le"), "UTF-16 without a mark")
        c.whole(f"truncated-{k}.json", b'{"text": "unfinished ' + str(k).encode(), "truncated JSON file")
        c.whole(f"nomain-{k}.html", _EMPTY_PAGE % k, "HTML without text")
        c.whole(f"toolarge-{k}.txt", b"a" * 5_000_001, "file over 5 MB")
        c.whole(f"markup [/] [bold]{k}[/bold]/bad.txt", b"", "rich markup in a path")
        _, text = c.article()
        c.whole(b"bad-name-\xff\xfe-%d.txt" % k, text.encode(), "file name not UTF-8", "stored",
                f"bad-name-\\xff\\xfe-{k}")
        _, text = c.article()
        c.whole(f"utf16-{k}.txt", text.encode("utf-16"), "UTF-16 with a mark", "stored", f"utf16-{k}")
        doc, text = c.article()
        c.whole(f"utf32-{k}.jsonl", (json.dumps({"id": doc, "text": text}) + "\n").encode("utf-32"),
                "UTF-32 JSON lines with a mark", "stored")
        c.valid[doc] = f"utf32-{k}.jsonl"
        doc, text = c.article()
        c.whole(f"double-{k}.jsonl.gz.gz", gzip.compress(gzip.compress(json.dumps({"id": doc, "text": text})
                                                                      .encode())), ".gz.gz", "stored")
        c.valid[doc] = f"double-{k}.jsonl.gz.gz"
        crlf = "\r\n".join(json.dumps({"id": f"crlf-{k}-{i}", "text": f"{good} {{{k}.{i}}}"}) for i in range(2))
        c.whole(f"crlf-{k}.jsonl", crlf.encode(), "CRLF line ends", "stored")
        for i in range(2):
            c.valid[f"crlf-{k}-{i}"] = f"crlf-{k}.jsonl"
        os.symlink(root / f"nowhere-{k}.txt", root / f"dangling-{k}.txt")
        c.add(root / f"dangling-{k}.txt", re.escape(_shown(root / f"dangling-{k}.txt")), "broken link", "skipped")
        if hasattr(os, "mkfifo"):
            (root / f"pipes-{k}").mkdir()
            os.mkfifo(root / f"pipes-{k}" / "feed.jsonl")
            c.add(root / f"pipes-{k}" / "feed.jsonl", re.escape(_shown(root / f"pipes-{k}" / "feed.jsonl")),
                  "FIFO in a folder", "skipped")
            c.valid_file(f"pipes-{k}/ok.json")
            os.mkfifo(root / f"fifo-{k}.txt")
            c.add(root / f"fifo-{k}.txt", re.escape(_shown(root / f"fifo-{k}.txt")), "FIFO given", "skipped")
    for k in range(60):
        c.valid_file(f"valid-{k:03d}.json")
    big = c.path("oversized-lines.jsonl.gz")
    with gzip.open(big, "wb", compresslevel=1) as fh:
        fh.write(_record(id="before-big", text=good) + b"\n")
        fh.write(b'{"text": "' + b"b" * 6_000_000 + b'"}\n')
        fh.write(_record(id="after-big", text=good + " ") + b"\n")
    c.valid.update({"before-big": big.name, "after-big": big.name})
    c.add(big, re.escape(f"{_shown(big)}:2"), "6 MB line", "skipped")
    if giant:
        _giant_line(c, good)
    huge = c.path("huge-article.txt")
    huge.write_text((c.articles[1] + "\n\n") * (4_900_000 // (len(c.articles[1]) + 2)), encoding="utf-8")
    c.add(huge, re.escape(_shown(huge)), "4.9 MB article", "either", "huge-article")
    return c


def _giant_line(c: Corpus, good: str) -> None:
    """One line of 2 GiB inside a small gzip file, between two valid articles."""
    path = c.path("giant-line.jsonl.gz")
    chunk = b"g" * (16 << 20)
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6) as fh:
        fh.write(_record(id="before-giant", text=good + "  ") + b"\n" + b'{"text": "')
        for _ in range((2 << 30) // len(chunk)):
            fh.write(chunk)
        fh.write(b'"}\n' + _record(id="after-giant", text=good + "   ") + b"\n")
    c.valid.update({"before-giant": path.name, "after-giant": path.name})
    c.add(path, re.escape(f"{_shown(path)}:2"), "2 GiB line in a small .jsonl.gz", "skipped")


# --- running and measuring builds ------------------------------------------------------------

def run_build(paths: list[Path], db: Path, report: Path, workers: int, timeout: float) -> dict[str, Any]:
    """``liaison build`` in a child process: exit code, output, wall time, peak memory, hung or not."""
    cmd = [sys.executable, "-c", "from liaison.cli.main import main; main()", "build",
           *[os.fsdecode(p) for p in paths], "--db", str(db), "-q", "-j", str(workers), "--report", str(report)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")])}
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    peak, done = 0, threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    hung = False
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        hung = True
        os.killpg(proc.pid, 9)
        out, err = proc.communicate()
    done.set()
    sampler.join()
    text = (out + err).decode("utf-8", "replace")
    return {"code": proc.returncode, "output": text, "seconds": round(time.perf_counter() - started, 1),
            "peak": peak, "hung": hung, "traceback": "Traceback (most recent call last)" in text}


def stored_ids(db: Path) -> set[str]:
    import duckdb

    if not db.exists():
        return set()
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
    finally:
        con.close()


def skipped_rows(db: Path) -> int:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT count(*) FROM skipped").fetchone()
        return int(row[0]) if row else 0
    finally:
        con.close()


def check_batch(corpus: Corpus, entries: list[str], db: Path, report: Path, rerun: bool) -> dict[str, Any]:
    """What went wrong in one build of ``entries`` (``rerun``: into a database that holds them already,
    so documents are unchanged and notes of their extraction, such as an impossible date, are not repeated)."""
    chosen = set(entries)
    rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()] if report.exists() else []
    stored = stored_ids(db)
    valid = {d for d, e in corpus.valid.items() if e in chosen}
    lost = sorted(valid - stored)
    problems: list[str] = []
    by_origin: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_origin[row["origin"]].append(row)
    for exp in (e for e in corpus.expect if e.entry in chosen):
        pattern = re.compile(exp.origin)
        hits = [r for origin, rs in by_origin.items() if pattern.fullmatch(origin) for r in rs]
        kinds = {r["kind"] for r in hits}
        if exp.outcome == "skipped" and "skipped" not in kinds:
            problems.append(f"{exp.category}: {exp.origin} not reported as skipped")
        elif exp.outcome == "noted" and "note" not in kinds and not (rerun and exp.category == "impossible date"):
            problems.append(f"{exp.category}: {exp.origin} stored without its note")
        elif exp.outcome == "stored" and "skipped" in kinds:
            problems.append(f"{exp.category}: {exp.origin} skipped ({hits[0]['reason']})")
        elif exp.outcome == "either" and "skipped" not in kinds and exp.doc_id not in stored:
            problems.append(f"{exp.category}: {exp.origin} neither stored nor reported")
        if exp.outcome in ("stored", "noted") and exp.doc_id and exp.doc_id not in stored:
            problems.append(f"{exp.category}: {exp.doc_id[:40]} not stored")
    unlocated = [r for r in rows if r["kind"] == "skipped" and not _names_file_line_reason(r, corpus.root)]
    return {"lost": lost, "problems": problems, "unlocated": unlocated, "skipped": sum(r["kind"] == "skipped"
            for r in rows), "notes": sum(r["kind"] == "note" for r in rows), "stored": len(stored),
            "reasons": Counter(r["reason"].split(":")[0][:50] for r in rows if r["kind"] == "skipped")}


def _names_file_line_reason(row: dict[str, str], root: Path) -> bool:
    """A message names an input under the corpus (with its line, for a record of a JSON-lines file:
    each expected origin says so) and gives a one-line reason."""
    origin, reason = row["origin"], row["reason"]
    return bool(reason.strip()) and "\n" not in reason and origin.startswith(_shown(root) + "/")


# --- the soak --------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, default=None, help="where to write the corpus (default: a temp dir)")
    parser.add_argument("--runs", type=int, default=6, help="mixed batches before the whole-corpus builds")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--no-giant", dest="giant", action="store_false", help="leave out the 2 GiB line")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds before a build counts as hung")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = args.work or Path(tempfile.mkdtemp(prefix="liaison-soak-"))
    shutil.rmtree(work / "corpus", ignore_errors=True)
    (work / "corpus").mkdir(parents=True)
    started = time.perf_counter()
    corpus = write_corpus((work / "corpus").resolve(), rng, args.giant)
    entries = sorted({e.entry for e in corpus.expect} | set(corpus.valid.values()))
    malformed = [e for e in corpus.expect if e.outcome != "stored"]
    print(f"corpus: {len(corpus.expect)} odd inputs ({len(malformed)} malformed), {len(corpus.valid)} valid "
          f"articles, {len(entries)} top-level entries; written in {time.perf_counter() - started:.0f} s", flush=True)
    batches: list[tuple[str, list[str], int, Path]] = []
    for run in range(args.runs):
        pick = [e for e in entries if rng.random() < 0.5 and "giant" not in e]
        batches.append((f"mixed-{run + 1}", pick, 1 + run % 2, work / f"mixed-{run + 1}.duckdb"))
    batches += [("whole -j2", entries, 2, work / "whole.duckdb"), ("whole again", entries, 2, work / "whole.duckdb")]
    figures: dict[str, Any] = {"malformed_inputs": len(malformed), "odd_inputs": len(corpus.expect),
                               "valid_articles": len(corpus.valid), "builds": []}
    totals = Counter[str]()
    peak = 0
    skipped_before_rerun = 0
    for name, pick, workers, db in batches:
        if name != "whole again":
            db.unlink(missing_ok=True)
        else:
            skipped_before_rerun = skipped_rows(db)
        report = work / f"{name.replace(' ', '-')}.report.jsonl"
        result = run_build([corpus.root / e for e in pick], db, report, workers, args.timeout)
        check = check_batch(corpus, pick, db, report, rerun=name == "whole again")
        peak = max(peak, result["peak"])
        totals.update({"tracebacks": int(result["traceback"]), "hangs": int(result["hung"]),
                       "lost": len(check["lost"]), "problems": len(check["problems"]),
                       "unlocated": len(check["unlocated"])})
        row = {"name": name, "entries": len(pick), "workers": workers, "seconds": result["seconds"],
               "peak_mb": round(result["peak"] / 2**20), "exit": result["code"], "stored": check["stored"],
               "skipped": check["skipped"], "notes": check["notes"], "lost": len(check["lost"]),
               "problems": check["problems"][:5], "traceback": result["traceback"], "hung": result["hung"]}
        figures["builds"].append(row)
        print(f"{name:12} {len(pick):4} entries -j{workers}: {result['seconds']:6.1f} s, "
              f"peak {row['peak_mb']:4} MB, exit {result['code']}, stored {check['stored']}, skipped "
              f"{check['skipped']}, notes {check['notes']}, lost {len(check['lost'])}, problems "
              f"{len(check['problems'])}{' TRACEBACK' if result['traceback'] else ''}"
              f"{' HUNG' if result['hung'] else ''}", flush=True)
        for problem in check["problems"][:5] + [f"unlocated: {r}" for r in check["unlocated"][:3]]:
            print(f"    {problem}")
        if result["traceback"]:
            print("    " + result["output"][-1500:].replace("\n", "\n    "))
    recount = skipped_rows(work / "whole.duckdb") - skipped_before_rerun
    figures.update({"tracebacks": totals["tracebacks"], "hangs": totals["hangs"], "valid_lost": totals["lost"],
                    "unaccounted_inputs": totals["problems"], "messages_without_file_line_reason":
                    totals["unlocated"], "peak_mb": round(peak / 2**20), "rerun_new_skipped_rows": recount,
                    "seconds": round(time.perf_counter() - started)})
    ok = (totals["tracebacks"] == 0 and totals["hangs"] == 0 and totals["lost"] == 0 and totals["problems"] == 0
          and totals["unlocated"] == 0 and peak <= PEAK_LIMIT and recount == 0)
    print(json.dumps({k: v for k, v in figures.items() if k != "builds"}, indent=1))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, default=str), encoding="utf-8")
    print("soak: PASS" if ok else "soak: FAIL")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
