"""Build on Apache Spark: ingest validation, normalisation and extraction run in the executors.

The job reads JSON lines (gzipped or not) or Parquet from any path Spark reads (local files,
``hdfs://``, ``s3a://`` …), turns every record into an ``Article`` with the same validation as
the local readers, and runs each through the local workers' own ``worker.outcome`` in
``mapPartitions``: one Parquet row per input record (the stored row: document fields and frames
as JSON; or why it was skipped) goes to an output dataset. The driver then streams that dataset
back in input order through the pipeline's own bookkeeping (``Intake``, ``ExtractionWriter``,
``finish``) into the store and resolves, so the database is the same as a local build of the
same input.

Documents already built with the same content and extractor version are recognised in the
executors (the stored states are broadcast) and are not extracted again; after a new extractor
version, those the triage turned away are only restamped.

Needs the ``liaison[spark]`` extra and Java 17+. On a cluster (``spark://…``, ``yarn``) the
executors need ``liaison`` installed, and ``output`` must be a path the executors and the driver
share (HDFS, S3); local masters default to a temporary directory.
"""

from __future__ import annotations

import math
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from liaison.engines.guard import DEFAULT_BUDGET
from liaison.engines.worker import Done, Outcome, Settings, outcome, triage_fingerprint
from liaison.ingest.readers import InputError, parse_line, parse_record
from liaison.model.rows import DOCUMENT_COLUMNS, DocumentRow
from liaison.model.types import Article, Note, Skipped
from liaison.pipeline import (
    BuildSummary,
    DocStates,
    ExtractionWriter,
    Intake,
    ProgressFn,
    consume,
    finish,
    tune_for_build,
)
from liaison.store import Store

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

__all__ = ["SparkEngineError", "SparkUnavailable", "build_spark", "spark_session"]

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARTITION_BYTES = 16 * 2**20  # input bytes (as stored, so compressed) per partition at most
PARQUET_SUFFIXES = (".parquet", ".parq")

# One output row per input record: where it came from, what became of it (``worker.outcome``:
# unchanged, retag, built, failed; or skipped before it was an article) and, when built, the
# stored row (``model.rows``: the ``documents`` columns and the frames).
_COLUMNS: tuple[tuple[str, str], ...] = (
    ("file_idx", "int"), ("lineno", "bigint"), ("status", "string"), ("origin", "string"),
    ("reason", "string"), ("doc_id", "string"), ("content_hash", "string"), ("events", "int"), ("note", "string"),
    ("title", "string"), ("source", "string"), ("url", "string"), ("language", "string"), ("published", "string"),
    ("published_precision", "string"), ("published_start", "int"), ("published_end", "int"), ("text", "string"),
    ("extractor_version", "string"), ("triage", "string"), ("frames", "string"),
)
SCHEMA_DDL = ", ".join(f"{name} {kind}" for name, kind in _COLUMNS)
_NAMES = tuple(name for name, _ in _COLUMNS)
_ROW = (*DOCUMENT_COLUMNS, "frames")  # the stored row, by column name (``origin`` is the record's)


class SparkEngineError(RuntimeError):
    """The Spark build cannot start as asked."""


class SparkUnavailable(SparkEngineError):
    """pyspark is not installed (install the ``liaison[spark]`` extra)."""


# --- the session -------------------------------------------------------------------------------
def spark_session(master: str = "local[*]", app_name: str = "liaison-build") -> SparkSession:
    """A Spark session for ``master``; local masters run the executors on this interpreter."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkUnavailable("the Spark engine needs pyspark: pip install 'liaison[spark]'") from exc
    builder = SparkSession.builder.master(master).appName(app_name)
    builder = builder.config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
    builder = builder.config("spark.sql.session.timeZone", "UTC")
    if master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        # The driver JVM only schedules and streams rows back here: a small heap keeps the whole
        # build (JVM, Python workers, this process) well inside a laptop's memory.
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.memory", "512m")
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


# --- inputs ------------------------------------------------------------------------------------
def _base_name(uri: str) -> str:
    name = uri.rstrip("/").rsplit("/", 1)[-1]
    return name[:-3] if name.lower().endswith(".gz") else name


def _kind(uri: str) -> str | None:
    name = _base_name(uri).lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    return None


def _stem(uri: str) -> str:
    name = _base_name(uri)
    return name.rsplit(".", 1)[0] if "." in name else name


def _has_scheme(path: str) -> bool:
    return "://" in path or path.startswith("file:")


def _origin(uri: str, given: str, given_uri: str) -> str:
    """How a file is named in messages: as the local build names it (the path as given, joined
    with the file's place under a given folder); files on other filesystems keep their URI."""
    if _has_scheme(given):
        return uri
    if uri == given_uri:
        return given
    rel = uri[len(given_uri):].lstrip("/")
    return os.path.join(given, rel)


def _input_files(session: SparkSession, paths: Sequence[str]) -> tuple[list[tuple[str, str, str, int]], list[Skipped]]:
    """(uri, origin, kind, bytes) of every readable input file under ``paths``, sorted per path."""
    sc: Any = session.sparkContext
    jvm, conf = sc._jvm, sc._jsc.hadoopConfiguration()
    files: list[tuple[str, str, str, int]] = []
    missing: list[Skipped] = []
    for given in paths:
        target = given if _has_scheme(given) else str(Path(given).absolute())
        hpath = jvm.org.apache.hadoop.fs.Path(target)
        fs = hpath.getFileSystem(conf)
        statuses = fs.globStatus(hpath)
        if not statuses:
            missing.append(Skipped(given, "no such file or directory"))
            continue
        for status in statuses:
            root = status.getPath().toString()
            if not status.isDirectory():
                kind = _kind(root) or "jsonl"  # a file named explicitly is read as JSON lines by default
                files.append((root, _origin(root, given, root), kind, int(status.getLen())))
                continue
            found = []
            it = fs.listFiles(status.getPath(), True)
            while it.hasNext():
                entry = it.next()
                uri = entry.getPath().toString()
                name = uri.rsplit("/", 1)[-1]
                listed = _kind(uri)
                if listed and not name.startswith(("_", ".")):
                    found.append((uri, _origin(uri, given, root), listed, int(entry.getLen())))
            files.extend(sorted(found))
    return files, missing


def _row_dict(row: Any) -> dict[str, Any]:
    return dict(row.asDict(recursive=True))


def _tag(idx: int, first: int, kind: str, origin: str, stem: str, pair: tuple[Any, int]) -> tuple[Any, ...]:
    payload, position = pair
    return (idx, position + first, kind, origin, stem, payload)


def _records(session: SparkSession, files: list[tuple[str, str, str, int]]) -> RDD[tuple[Any, ...]]:
    """(file_idx, lineno, kind, origin, stem, payload) for every record, payload raw bytes or a dict."""
    sc = session.sparkContext
    rdds = []
    for idx, (uri, origin, kind, _size) in enumerate(files):
        stem = _stem(uri)
        if kind == "parquet":
            rows = session.read.parquet(uri).rdd.map(_row_dict)
            rdds.append(rows.zipWithIndex().map(partial(_tag, idx, 0, kind, origin, stem)))
        else:  # JSON lines count from 1, as the local readers do
            lines = sc.textFile(uri, use_unicode=False)
            rdds.append(lines.zipWithIndex().map(partial(_tag, idx, 1, kind, origin, stem)))
    if not rdds:
        return sc.emptyRDD()
    records = sc.union(rdds) if len(rdds) > 1 else rdds[0]
    # A gzip file is one partition: spread the work over every core, in slices of bounded size.
    wanted = max(2 * sc.defaultParallelism, math.ceil(sum(f[3] for f in files) / PARTITION_BYTES))
    if records.getNumPartitions() < wanted:
        records = records.repartition(wanted)
    return records


# --- what the executors run --------------------------------------------------------------------
def _row(file_idx: int, lineno: int, status: str, origin: str, **fields: Any) -> tuple[Any, ...]:
    values = {"file_idx": file_idx, "lineno": lineno, "status": status, "origin": origin, **fields}
    return tuple(values.get(name) for name in _NAMES)


def _to_article(kind: str, origin: str, stem: str, lineno: int, payload: Any) -> Article | Skipped | None:
    """The same validation as the local readers: an Article, a Skipped, or None for a blank line."""
    if kind == "parquet":
        where = f"{origin}[{lineno}]"
        try:
            return parse_record(payload, f"{stem}-{lineno}", where)
        except InputError as exc:
            return Skipped(where, str(exc))
    return parse_line(bytes(payload), f"{stem}-{lineno}", f"{origin}:{lineno}")


def _extract_partition(records: Iterable[tuple[Any, ...]], settings: Settings) -> Iterator[tuple[Any, ...]]:
    for file_idx, lineno, kind, origin, stem, payload in records:
        item = _to_article(kind, origin, stem, lineno, payload)
        if item is None:
            continue
        if isinstance(item, Skipped):
            yield _row(file_idx, lineno, "skipped", item.origin, reason=item.reason)
            continue
        done = outcome(item, settings)  # within its time budget; a failure is a row, the partition goes on
        fields: dict[str, Any] = {"doc_id": done.doc_id, "content_hash": done.content_hash, "events": done.events}
        if done.skip is not None:
            fields["reason"] = done.skip.reason
        if done.note is not None:
            fields["note"] = done.note.reason
        if done.row is not None:
            fields.update((k, v) for k, v in zip(_ROW, done.row, strict=True) if k != "origin")
        yield _row(file_idx, lineno, done.status, item.origin, **fields)


def stored_row(row: dict[str, Any]) -> DocumentRow:
    """The stored row an executor built (``model.rows``), from its output row."""
    return tuple(row[name] for name in _ROW)


def _ordered_rows(spark: SparkSession, target: str, store: Store) -> Iterator[dict[str, Any]]:
    """The job's rows in input order. A dataset on this machine's filesystem is read and sorted by
    the store's DuckDB (out of core, within its memory limit); elsewhere (HDFS, S3) Spark sorts it
    and streams it to the driver."""
    if _has_scheme(target) and not target.startswith("file:"):
        for r in spark.read.parquet(target).orderBy("file_idx", "lineno").toLocalIterator():
            yield r.asDict()
        return
    local = target.removeprefix("file://").removeprefix("file:")
    reader = store.con.cursor()  # its own connection: the writer thread uses the store's
    try:
        result = reader.execute(
            "SELECT * FROM read_parquet(?) ORDER BY file_idx, lineno", [os.path.join(local, "*.parquet")])
        names = [d[0] for d in result.description]
        while rows := result.fetchmany(1000):
            yield from (dict(zip(names, row, strict=True)) for row in rows)
    finally:
        reader.close()


def _outcome(row: dict[str, Any]) -> Outcome:
    """An output row as the outcome ``pipeline.consume`` counts and stores."""
    if row["status"] == "skipped":
        return Skipped(row["origin"], row["reason"])
    built = row["status"] == "built"
    return Done(
        row["doc_id"], row["content_hash"], row["status"], row["events"] or 0,
        row=stored_row(row) if built else None,
        note=Note(row["origin"], row["note"]) if row["note"] else None,
        skip=Skipped(row["origin"], row["reason"]) if row["status"] == "failed" else None,
    )


# --- the build ---------------------------------------------------------------------------------
def extract_to_parquet(
    session: SparkSession, paths: Sequence[str], output: str, settings: Settings
) -> list[Skipped]:
    """Run the extraction job, writing its rows to the Parquet dataset ``output``; returns the
    inputs that did not exist."""
    files, missing = _input_files(session, paths)
    records = _records(session, files)
    sc = session.sparkContext
    settings_bc = sc.broadcast(settings)
    rows = records.mapPartitions(lambda part: _extract_partition(part, settings_bc.value))
    session.createDataFrame(rows, SCHEMA_DDL).write.mode("overwrite").parquet(output)
    settings_bc.unpersist()
    return missing


def build_spark(
    paths: Sequence[str],
    db_path: Path | str,
    *,
    master: str = "local[*]",
    output: str | None = None,
    rebuild: bool = False,
    progress: ProgressFn | None = None,
    session: SparkSession | None = None,
) -> BuildSummary:
    """Build ``paths`` into ``db_path`` with Spark (``session``, or a new one on ``master``).

    ``output`` is where the extracted records are written (a temporary directory, removed
    afterwards, when None; it must then be a local master)."""
    started = datetime.now()
    summary = BuildSummary()
    own_session = session is None
    if output is None and not str(session.sparkContext.master if session else master).startswith("local"):
        raise SparkEngineError("a cluster build needs an output path the executors share (--spark-output)")
    temp = tempfile.mkdtemp(prefix="liaison-spark-") if output is None else None
    target = output or os.path.join(cast(str, temp), "extractions.parquet")
    spark = session or spark_session(master)
    try:
        with Store.open(db_path) as store:
            tune_for_build(store)
            known: DocStates = {} if rebuild else store.document_states()
            rejected = frozenset() if rebuild else frozenset(store.triage_rejected(triage_fingerprint()))
            settings = Settings(None, DEFAULT_BUDGET, known, rejected)
            missing = extract_to_parquet(spark, paths, target, settings)
            intake = Intake(known, settings.version, summary, progress)
            for item in missing:
                intake.skip(item)
            fresh = not known and store.document_count() == 0
            with ExtractionWriter(store, known, summary, progress, fresh=fresh, version=settings.version) as writer:
                consume((_outcome(row) for row in _ordered_rows(spark, target, store)), intake, writer)
                writer.flush()
            finish(store, summary, rebuild=rebuild, started=started)
    finally:
        if own_session:
            spark.stop()
        if temp:
            shutil.rmtree(temp, ignore_errors=True)
    summary.seconds = (datetime.now() - started).total_seconds()
    return summary
