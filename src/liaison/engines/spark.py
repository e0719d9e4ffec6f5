"""Build on Apache Spark: ingest validation, normalisation and extraction run in the executors.

The job reads JSON lines (gzipped or not) or Parquet from any path Spark reads (local files,
``hdfs://``, ``s3a://`` …), turns every record into an ``Article`` with the same validation as
the local readers, normalises and extracts it in ``mapPartitions``, and writes one Parquet row per
input record (document fields, sentences and frames as JSON, or why it was skipped) to an output
dataset. The driver then streams that dataset back in input order through the pipeline's own
bookkeeping (``Intake``, ``ExtractionWriter``, ``finish``) into the store and resolves, so the
database is the same as a local build of the same input.

Documents already built with the same content and extractor version are recognised in the
executors (the stored states are broadcast) and are not extracted again.

Needs the ``liaison[spark]`` extra and Java 17+. On a cluster (``spark://…``, ``yarn``) the
executors need ``liaison`` installed, and ``output`` must be a path the executors and the driver
share (HDFS, S3); local masters default to a temporary directory.
"""

from __future__ import annotations

import json
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

from liaison.ingest.readers import InputError, parse_line, parse_record
from liaison.model.serde import frame_from_dict, frame_to_dict
from liaison.model.types import Article, Document, Extraction, FuzzyDate, Precision, Skipped
from liaison.pipeline import (
    BuildSummary,
    DocStates,
    ExtractionWriter,
    Intake,
    ProgressFn,
    extractor_version,
    finish,
    guarded_extract,
)
from liaison.store import Store

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

__all__ = ["SparkEngineError", "SparkUnavailable", "build_spark", "spark_session"]

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARTITION_BYTES = 16 * 2**20  # input bytes (as stored, so compressed) per partition at most
PARQUET_SUFFIXES = (".parquet", ".parq")

# One output row per input record: where it came from, and either the document with its frames,
# or "unchanged" (already built), or why it was skipped.
_COLUMNS: tuple[tuple[str, str], ...] = (
    ("file_idx", "int"), ("lineno", "bigint"), ("status", "string"), ("origin", "string"),
    ("reason", "string"), ("doc_id", "string"), ("content_hash", "string"), ("title", "string"),
    ("published_raw", "string"), ("source", "string"), ("url", "string"), ("article_language", "string"),
    ("text", "string"), ("language", "string"), ("published", "string"), ("published_precision", "string"),
    ("published_start", "int"), ("published_end", "int"), ("sentences", "string"),
    ("extractor_version", "string"), ("frames", "string"), ("events", "int"),
)
SCHEMA_DDL = ", ".join(f"{name} {kind}" for name, kind in _COLUMNS)
_NAMES = tuple(name for name, _ in _COLUMNS)


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


def _extract_partition(records: Iterable[tuple[Any, ...]], known: DocStates, version: str) -> Iterator[tuple[Any, ...]]:
    for file_idx, lineno, kind, origin, stem, payload in records:
        item = _to_article(kind, origin, stem, lineno, payload)
        if item is None:
            continue
        if isinstance(item, Skipped):
            yield _row(file_idx, lineno, "skipped", item.origin, reason=item.reason)
            continue
        if known.get(item.doc_id) == (item.content_hash, version):
            yield _row(file_idx, lineno, "unchanged", item.origin, doc_id=item.doc_id, content_hash=item.content_hash)
            continue
        ex = guarded_extract(item)  # within its time budget; a failure is skipped, the partition goes on
        if isinstance(ex, Skipped):
            yield _row(file_idx, lineno, "skipped", ex.origin, reason=ex.reason)
            continue
        yield _row(file_idx, lineno, "built", item.origin, **_extraction_fields(ex))


def _extraction_fields(ex: Extraction) -> dict[str, Any]:
    doc, a = ex.document, ex.document.article
    pub, ev = doc.published, doc.published_evidence
    return {
        "doc_id": a.doc_id, "content_hash": a.content_hash, "title": a.title, "published_raw": a.published,
        "source": a.source, "url": a.url, "article_language": a.language, "text": a.text,
        "language": doc.language, "published": pub.iso if pub else None,
        "published_precision": pub.precision if pub else None,
        "published_start": ev[0] if ev else None, "published_end": ev[1] if ev else None,
        "sentences": json.dumps([list(s) for s in doc.sentences]),
        "extractor_version": ex.extractor_version,
        "frames": json.dumps([frame_to_dict(f) for f in ex.events], ensure_ascii=False),
        "events": len(ex.events),
    }


def extraction_from_row(row: dict[str, Any]) -> Extraction:
    """Rebuild the ``Extraction`` an executor wrote (the inverse of ``_extraction_fields``)."""
    article = Article(
        doc_id=row["doc_id"], text=row["text"], content_hash=row["content_hash"], origin=row["origin"],
        title=row["title"], published=row["published_raw"], source=row["source"], url=row["url"],
        language=row["article_language"],
    )
    start, end = row["published_start"], row["published_end"]
    published = (
        FuzzyDate(row["published"], cast(Precision, row["published_precision"])) if row["published"] else None
    )
    doc = Document(
        article=article,
        language=row["language"],
        published=published,
        published_evidence=(start, end) if start is not None and end is not None else None,
        sentences=tuple((int(a), int(b)) for a, b in json.loads(row["sentences"])),
    )
    frames = tuple(frame_from_dict(f) for f in json.loads(row["frames"]))
    return Extraction(document=doc, events=frames, extractor_version=row["extractor_version"])


# --- the build ---------------------------------------------------------------------------------
def extract_to_parquet(
    session: SparkSession, paths: Sequence[str], output: str, known: DocStates
) -> list[Skipped]:
    """Run the extraction job, writing its rows to the Parquet dataset ``output``; returns the
    inputs that did not exist."""
    files, missing = _input_files(session, paths)
    records = _records(session, files)
    sc = session.sparkContext
    known_bc = sc.broadcast(known)
    version = extractor_version(None)
    rows = records.mapPartitions(lambda part: _extract_partition(part, known_bc.value, version))
    session.createDataFrame(rows, SCHEMA_DDL).write.mode("overwrite").parquet(output)
    known_bc.unpersist()
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
            known: DocStates = {} if rebuild else store.document_states()
            missing = extract_to_parquet(spark, paths, target, known)
            intake = Intake(known, extractor_version(None), summary, progress)
            for item in missing:
                intake.skip(item)
            ordered = spark.read.parquet(target).orderBy("file_idx", "lineno")
            with ExtractionWriter(store, known, summary, progress) as writer:
                for r in ordered.toLocalIterator():
                    row = r.asDict()
                    if row["status"] == "skipped":
                        intake.skip(Skipped(row["origin"], row["reason"]))
                    elif intake.admit(row["doc_id"], row["content_hash"]):
                        if row["status"] != "built":
                            raise RuntimeError(
                                f"{row['origin']}: executor did not extract a document the driver needs"
                            )
                        writer.add(extraction_from_row(row))
                writer.flush()
            finish(store, summary, rebuild=rebuild, started=started)
    finally:
        if own_session:
            spark.stop()
        if temp:
            shutil.rmtree(temp, ignore_errors=True)
    summary.seconds = (datetime.now() - started).total_seconds()
    return summary
