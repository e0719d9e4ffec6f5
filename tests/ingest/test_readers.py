"""Ingest: every input format, and every kind of bad input gets one clear, located message."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from liaison.ingest import iter_inputs
from liaison.ingest.readers import MAX_BYTES
from liaison.model.types import Article, Skipped

TEXT = "Beijing, April 22nd—A met here today with B, leader of the Party of Somewhere."


def _read(*paths: Path) -> tuple[list[Article], list[Skipped]]:
    items = list(iter_inputs(paths))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skipped)]


def test_txt_uses_file_stem_as_id(tmp_path: Path) -> None:
    (tmp_path / "a1.txt").write_text(TEXT, encoding="utf-8")
    arts, skipped = _read(tmp_path / "a1.txt")
    assert [a.doc_id for a in arts] == ["a1"] and not skipped
    assert arts[0].text == TEXT and len(arts[0].content_hash) == 64


def test_html_boilerplate_removed(tmp_path: Path) -> None:
    body = "<p>" + " ".join([TEXT] * 3) + "</p>"
    html = f"<html><head><title>t</title></head><body><nav>Home | About | Contact</nav><article>{body}</article>" \
           "<footer>Copyright 2025 All rights reserved</footer></body></html>"
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    arts, skipped = _read(tmp_path / "page.html")
    assert not skipped
    assert "met here today" in arts[0].text
    assert "Copyright" not in arts[0].text and "<p>" not in arts[0].text


def test_json_object_and_list_keep_metadata(tmp_path: Path) -> None:
    obj = {"id": "x-1", "title": "T", "published": "2023-07-10", "source": "S", "url": "http://u",
           "language": "en", "text": TEXT}
    (tmp_path / "one.json").write_text(json.dumps(obj), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"text": TEXT}, {"id": "k", "text": TEXT + "!"}]))
    arts, _ = _read(tmp_path / "one.json", tmp_path / "many.json")
    assert [a.doc_id for a in arts] == ["x-1", "many-0", "k"]
    assert (arts[0].title, arts[0].published, arts[0].source, arts[0].url, arts[0].language) == (
        "T", "2023-07-10", "S", "http://u", "en")


def test_jsonl_gzipped_and_folder_recursive(tmp_path: Path) -> None:
    sub = tmp_path / "deep" / "er"
    sub.mkdir(parents=True)
    lines = "\n".join(json.dumps({"id": f"d{i}", "text": f"{TEXT} {i}"}) for i in range(3))
    with gzip.open(sub / "feed.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(lines)
    (tmp_path / "note.txt.gz").write_bytes(gzip.compress(TEXT.encode()))
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    arts, skipped = _read(tmp_path)
    assert sorted(a.doc_id for a in arts) == ["d0", "d1", "d2", "note"]
    assert [(Path(s.origin).name, s.reason.split(";")[0]) for s in skipped] == [
        ("ignored.bin", "not an article format (.bin)")]


def test_bad_inputs_are_skipped_with_located_reasons(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"abc\x00\x01\x02def")
    (tmp_path / "latin1.txt").write_bytes("Reunión en Caracas".encode("latin-1"))
    (tmp_path / "big.txt").write_bytes(b"a" * (MAX_BYTES + 10))
    (tmp_path / "broken.json").write_text('{"text": "x"')
    (tmp_path / "notext.json").write_text('{"id": "n", "title": "no body"}')
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "ok", "text": TEXT}) + "\n{not json}\n" + json.dumps({"id": "e", "text": "  "}) + "\n"
    )
    (tmp_path / "corrupt.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    arts, skipped = _read(tmp_path)
    assert [a.doc_id for a in arts] == ["ok"]
    reasons = {Path(s.origin.split(":")[0].split("[")[0]).name + s.origin[len(s.origin.split(":")[0]):]: s.reason
               for s in skipped}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert "larger than" in reasons["big.txt"]
    assert "malformed JSON" in reasons["broken.json"]
    assert reasons["notext.json"] == "article has no text"
    assert "malformed JSON" in reasons["feed.jsonl:2"]
    assert reasons["feed.jsonl:3"] == "article has no text"
    assert any(k.startswith("corrupt.jsonl.gz") and "gzip" in v for k, v in reasons.items())


def test_missing_path_is_reported(tmp_path: Path) -> None:
    _, skipped = _read(tmp_path / "nope.txt")
    assert skipped[0].reason == "no such file or directory"


def test_a_text_is_encoded_once_for_its_repair_and_its_hash() -> None:
    from liaison.ingest.records import content_hash, hashed_text
    from liaison.ingest.text import without_surrogates

    for text in ("习近平会见越共中央总书记苏林", "plain ASCII", "lone \ud800 surrogate and \udfff another"):
        repaired, count = without_surrogates(text)
        assert hashed_text(text) == (repaired, content_hash(repaired), count)
    assert hashed_text("a\ud800b")[2] == 1 and hashed_text("a\ud800b")[0] == "a\ufffdb"
