"""Property-based fuzzing of the readers and the pipeline: whatever the bytes, every record is stored
or reported with a located one-line reason, and nothing raises (bounded: a few seconds)."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liaison.ingest import iter_inputs
from liaison.model.types import Article, Note, Skipped
from liaison.pipeline import build

NAMES = ["a.txt", "b.json", "c.jsonl", "d.html", "e.ndjson", "f.txt.gz", "g.jsonl.gz", "h.json.gz.gz", "i.htm"]
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20)
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.text(max_size=8), inner, max_size=3), max_leaves=8)
FIELDS = st.sampled_from(["id", "text", "title", "published", "source", "url", "language"])
RECORDS = st.dictionaries(FIELDS, JSON_VALUES | st.text(), max_size=7)
SURROGATE_TEXT = st.text(st.characters(codec=None, min_codepoint=0xD7F0, max_codepoint=0xE010), min_size=1,
                         max_size=5).map(lambda s: "A met B. " + s)
LINES = st.one_of(
    RECORDS.map(json.dumps),
    SURROGATE_TEXT.map(lambda t: json.dumps({"text": t})),  # lone surrogates as \\ud800 escapes
    st.binary(max_size=60).map(lambda b: b.replace(b"\n", b"").decode("latin-1")),
    st.integers(1, 3000).map(lambda n: "[" * n + "]" * n),
    st.just('{"text": "x", "id": ' + "7" * 4400 + "}"),
)


def _encode(name: str, raw: bytes) -> bytes:
    for _ in range(name.count(".gz")):
        raw = gzip.compress(raw)
    return raw


def _check(items: list[Any], folder: Path) -> None:
    for item in items:
        assert isinstance(item, Article | Skipped | Note)
        assert item.origin.startswith(str(folder)), item
        if isinstance(item, Article):
            item.text.encode("utf-8")
            item.doc_id.encode("utf-8")
        else:
            assert item.reason and "\n" not in item.reason and len(item.reason) <= 300
            item.reason.encode("utf-8")


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=st.lists(st.tuples(st.sampled_from(NAMES), st.binary(max_size=300) | LINES.map(str.encode),
                                st.booleans()), min_size=1, max_size=4))
def test_readers_report_or_read_any_bytes(files: list[tuple[str, bytes, bool]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, (name, raw, wrap) in enumerate(files):
            (folder / f"{i}{name}").write_bytes(_encode(name, raw) if wrap else raw)
        items = list(iter_inputs([folder]))
        _check(items, folder)
        named = {str(folder / f"{i}{name}") for i, (name, _, _) in enumerate(files)}
        seen = {i.origin.split(":")[0].split("[")[0] for i in items if not isinstance(i, Note)}
        assert seen <= named
        assert len(seen) == len(named), "a file was neither read nor reported"


@settings(max_examples=60, deadline=None, database=None)
@given(lines=st.lists(LINES, min_size=1, max_size=12))
def test_every_json_line_is_an_article_or_a_located_reason(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "feed.jsonl"
        raw = [line.encode("utf-8", "surrogatepass") for line in lines]
        path.write_bytes(b"\n".join(raw) + b"\n")
        items = list(iter_inputs([path]))
        _check(items, Path(tmp))
        expected = [f"{path}:{n}" for n, line in enumerate(raw, 1) if line.strip()]
        accounted = [i.origin for i in items if not isinstance(i, Note)]
        assert accounted == (expected or [str(path)])


VALID = [f"Beijing, May {d}, 2024 -- Cai Qi met Diosdado Cabello of the PSUV in Beijing on party ties {d}."
         for d in range(1, 4)]


@settings(max_examples=5, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(bad=st.lists(LINES, min_size=1, max_size=8), published=st.sampled_from(
    ["2025-06-31", "2025-13-01", "0000", "not a date", "2024-05-01", None]))
def test_the_pipeline_stores_every_valid_article_among_bad_records(bad: list[str], published: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        good = [json.dumps({"id": f"ok-{i}", "text": t, "published": published}) for i, t in enumerate(VALID)]
        mixed = [x for pair in zip(good, bad, strict=False) for x in pair] + good[len(bad):] + bad[len(good):]
        (folder / "mixed.jsonl").write_bytes("\n".join(mixed).encode("utf-8", "surrogatepass") + b"\n")
        summary = build([folder], folder / "x.duckdb", workers=1)
        import duckdb

        con = duckdb.connect(str(folder / "x.duckdb"), read_only=True)
        stored = {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
        con.close()
        assert {f"ok-{i}" for i in range(len(VALID))} <= stored
        assert all(s.origin.startswith(f"{folder}/mixed.jsonl:") for s in summary.skipped)
