"""Ingest: hostile and odd inputs are read or reported with a located reason, never raised or dropped."""

from __future__ import annotations

import gzip
import json
import os
import threading
import tracemalloc
import zlib
from pathlib import Path

import pytest

from liaison.ingest import iter_inputs
from liaison.ingest.readers import MAX_BYTES
from liaison.model.types import Article, Note, Skipped

TEXT = "Beijing, April 22nd—A met here today with B, leader of the Party of Somewhere."


def _read(*paths: Path) -> tuple[list[Article], list[Skipped], list[Note]]:
    items = list(iter_inputs(paths))
    assert all(isinstance(i, Article | Skipped | Note) for i in items)
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skipped)],
            [i for i in items if isinstance(i, Note)])


def _only_skip(path: Path) -> Skipped:
    arts, skipped, _ = _read(path)
    assert not arts and len(skipped) == 1, skipped
    return skipped[0]


def _line(**fields: object) -> str:
    return json.dumps({"text": TEXT, **fields}) + "\n"


def test_corrupt_deflate_data_in_gzip_names_the_line(tmp_path: Path) -> None:
    good = gzip.compress((_line(id="a") * 2).encode())
    broken = good[:12] + bytes(b ^ 0x55 for b in good[12:30]) + good[30:]
    with pytest.raises((zlib.error, OSError, EOFError)):
        gzip.decompress(broken)  # the file really is corrupt deflate data
    (tmp_path / "feed.jsonl.gz").write_bytes(broken)
    skip = _only_skip(tmp_path / "feed.jsonl.gz")
    assert skip.origin.startswith(str(tmp_path / "feed.jsonl.gz") + ":") and "corrupt gzip" in skip.reason


def test_truncated_gzip_keeps_the_lines_before(tmp_path: Path) -> None:
    body = "".join(_line(id=f"d{i}", n="x" * 3000 + str(i)) for i in range(50))
    data = gzip.compress(body.encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    arts, skipped, _ = _read(tmp_path / "cut.jsonl.gz")
    assert arts and len(skipped) == 1
    assert skipped[0].origin == f"{tmp_path / 'cut.jsonl.gz'}:{len(arts) + 1}"
    assert "corrupt gzip" in skipped[0].reason


def test_deep_nesting_and_huge_integers_are_reasons(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "feed.jsonl").write_text(
        deep + "\n" + '{"text": "x", "id": ' + "9" * 5000 + "}\n" + _line(id="ok"), encoding="utf-8")
    (tmp_path / "deep.json").write_text('{"text": ' + deep + "}", encoding="utf-8")
    arts, skipped, _ = _read(tmp_path / "feed.jsonl", tmp_path / "deep.json")
    assert [a.doc_id for a in arts] == ["ok"]
    reasons = {Path(s.origin).name: s.reason for s in skipped}
    assert reasons["feed.jsonl:1"] == "JSON nested too deeply"
    assert reasons["feed.jsonl:2"] == "JSON integer longer than 4,300 digits"
    assert reasons["deep.json"] == "JSON nested too deeply"


def test_lone_surrogates_are_replaced_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "s.jsonl").write_text('{"id": "s\\ud800", "title": "t\\udfff", "text": "A \\ud83d met B."}\n')
    arts, skipped, notes = _read(tmp_path / "s.jsonl")
    assert not skipped and len(arts) == 1
    assert arts[0].text == "A \ufffd met B." and arts[0].doc_id == "s\ufffd" and arts[0].title == "t\ufffd"
    arts[0].text.encode("utf-8")
    assert notes and all(n.origin.endswith("s.jsonl:1") for n in notes)
    assert any("surrogate" in n.reason for n in notes)


def test_structured_metadata_is_ignored_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "m.jsonl").write_text(_line(id=["a"], published={"y": 1}, title=True))
    (arts, _, notes) = _read(tmp_path / "m.jsonl")
    assert arts[0].doc_id == "m-1" and arts[0].published is None and arts[0].title is None
    assert sorted(n.reason for n in notes) == ["field 'id' is an array, not text; ignored",
                                               "field 'published' is an object, not text; ignored",
                                               "field 'title' is a boolean, not text; ignored"]


def test_file_names_that_are_not_utf8(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(name, "wb") as fh:
        fh.write(TEXT.encode())
    with open(os.fsencode(tmp_path) + b"/bad\xff.json", "wb") as fh:
        fh.write(b"[]")
    arts, skipped, _ = _read(tmp_path)
    assert [a.doc_id for a in arts] == ["caf\\xe9"] and arts[0].origin.endswith("caf\\xe9.txt")
    assert skipped[0].origin.endswith("bad\\xff.json") and skipped[0].reason == "JSON list holds no articles"
    for text in (arts[0].origin, arts[0].doc_id, skipped[0].origin):
        text.encode("utf-8")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"])
def test_unicode_with_a_byte_order_mark_is_decoded(tmp_path: Path, codec: str) -> None:
    bom = {"utf-16-be": "\ufeff", "utf-32-be": "\ufeff"}.get(codec, "")
    (tmp_path / "a.txt").write_bytes((bom + TEXT).encode(codec))
    (tmp_path / "b.jsonl").write_bytes((bom + _line(id="j1") + "\n" + _line(id="j2")).encode(codec))
    (tmp_path / "c.json").write_bytes((bom + json.dumps({"id": "c", "text": TEXT})).encode(codec))
    arts, skipped, _ = _read(tmp_path)
    assert not skipped
    assert sorted(a.doc_id for a in arts) == ["a", "c", "j1", "j2"]
    assert all(a.text == TEXT for a in arts)


def test_wide_text_without_a_mark_is_named(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_bytes(TEXT.encode("utf-16-le"))
    (tmp_path / "x.txt").write_bytes(TEXT.encode("utf-32-be"))
    _, skipped, _ = _read(tmp_path)
    reasons = {Path(s.origin).name: s.reason for s in skipped}
    assert reasons["w.txt"].startswith("UTF-16-LE text without a byte-order mark")
    assert reasons["x.txt"].startswith("UTF-32-BE text without a byte-order mark")


def test_empty_list_blank_lines_and_double_gzip(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text("[]")
    (tmp_path / "blank.jsonl").write_text("\n\n  \n")
    (tmp_path / "two.jsonl.gz.gz").write_bytes(gzip.compress(gzip.compress(_line(id="gg").encode())))
    (tmp_path / "fake.txt.gz").write_bytes(TEXT.encode())
    arts, skipped, _ = _read(tmp_path)
    assert [a.doc_id for a in arts] == ["gg"]
    reasons = {Path(s.origin).name: s.reason for s in skipped}
    assert reasons == {"list.json": "JSON list holds no articles", "blank.jsonl": "no records, only blank lines",
                       "fake.txt.gz": "corrupt gzip data: Not a gzipped file (b'Be')"}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_never_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "given.jsonl")
    (tmp_path / "dir").mkdir()
    os.mkfifo(tmp_path / "dir" / "met.txt")
    (tmp_path / "dir" / "ok.txt").write_text(TEXT)
    result: list[tuple[list[Article], list[Skipped], list[Note]]] = []
    reader = threading.Thread(target=lambda: result.append(_read(tmp_path / "given.jsonl", tmp_path / "dir")),
                              daemon=True)
    reader.start()
    reader.join(10)
    assert result, "reading blocked on a FIFO"
    arts, skipped, _ = result[0]
    assert [a.doc_id for a in arts] == ["ok"]
    assert sorted(Path(s.origin).name for s in skipped) == ["given.jsonl", "met.txt"]
    assert all(s.reason == "a FIFO, not a file; not read" for s in skipped)


def test_unreadable_folder_and_broken_link_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(TEXT)
    (tmp_path / "b.txt").write_text(TEXT)
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    real_scandir = os.scandir

    def scandir(path: object) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    arts, skipped, _ = _read(tmp_path)
    assert [a.doc_id for a in arts] == ["b"]
    reasons = {Path(s.origin).name: s.reason for s in skipped}
    assert reasons == {"locked": "folder cannot be read: Permission denied", "link.txt": "broken symbolic link"}


def test_oversized_line_is_streamed_not_held(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=1) as fh:
        fh.write(_line(id="before").encode())
        fh.write(b'{"text": "')
        chunk = b"a" * (1 << 20)
        for _ in range(MAX_BYTES // len(chunk) * 6):
            fh.write(chunk)
        fh.write(b'"}\n')
        fh.write(_line(id="after").encode())
    tracemalloc.start()
    arts, skipped, _ = _read(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [a.doc_id for a in arts] == ["before", "after"]
    assert [(Path(s.origin).name, s.reason) for s in skipped] == [
        ("big.jsonl.gz:2", f"line larger than {MAX_BYTES:,} bytes")]
    assert peak < 3 * MAX_BYTES


def test_oversized_utf16_line_is_reported(tmp_path: Path) -> None:
    text = "\ufeff" + _line(id="a") + json.dumps({"text": "b" * (MAX_BYTES + 5)}) + "\n" + _line(id="c")
    (tmp_path / "w.jsonl").write_bytes(text.encode("utf-16-le"))
    arts, skipped, _ = _read(tmp_path / "w.jsonl")
    assert [a.doc_id for a in arts] == ["a", "c"]
    assert [s.origin.rsplit("/", 1)[1] for s in skipped] == ["w.jsonl:2"]


def test_markup_characters_in_names_are_kept_verbatim(tmp_path: Path) -> None:
    (tmp_path / "a[").mkdir()
    (tmp_path / "a[/]b[bold].txt").write_text("")  # the folder "a[" and the file "]b[bold].txt"
    skip = _only_skip(tmp_path / "a[/]b[bold].txt")
    assert skip.origin.endswith("a[/]b[bold].txt") and skip.reason == "empty file"
