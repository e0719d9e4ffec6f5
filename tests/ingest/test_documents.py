"""PDF and .docx inputs, and folders that list every file they do not read."""

from __future__ import annotations

import gzip
from pathlib import Path

import docx

from liaison.ingest import iter_inputs
from liaison.model.types import Article, Skipped
from tests.ingest.test_fetch import BODY
from tests.ingest.web.site import minimal_pdf


def _docx(path: Path, title: str, *paragraphs: str) -> None:
    document = docx.Document()
    document.core_properties.title = title
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(str(path))


def test_a_folder_reads_pdf_and_docx_and_lists_what_it_does_not_read(tmp_path: Path) -> None:
    (tmp_path / "talks.pdf").write_bytes(minimal_pdf(BODY[:120]))
    (tmp_path / "talks2.pdf.gz").write_bytes(gzip.compress(minimal_pdf(BODY[:100])))
    _docx(tmp_path / "agreement.docx", "Cadre training agreement", BODY, "Both parties signed.")
    (tmp_path / "fake.pdf").write_text("a text file that only bears the suffix")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".DS_Store").write_bytes(b"\0\0")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref")
    (tmp_path / "scan.pdf").write_bytes(minimal_pdf(""))
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    items = list(iter_inputs([tmp_path], own=tmp_path / "db.duckdb"))
    articles = {Path(a.origin).name: a for a in items if isinstance(a, Article)}
    assert sorted(articles) == ["agreement.docx", "talks.pdf", "talks2.pdf.gz"]
    assert articles["agreement.docx"].title == "Cadre training agreement"
    assert articles["agreement.docx"].text.endswith("Both parties signed.")
    assert articles["talks.pdf"].text == BODY[:120].strip() and articles["talks.pdf"].doc_id == "talks"
    reasons = {Path(s.origin).name: s.reason for s in items if isinstance(s, Skipped)}
    formats = "reads .txt, .html, .htm, .json, .jsonl, .ndjson, .pdf and .docx, each optionally .gz"
    assert reasons == {
        "fake.pdf": "not a PDF (no %PDF- header)",
        "photo.png": f"not an article format (.png); {formats}",
        ".DS_Store": "hidden file; not read",
        ".git": "hidden folder; not read",
        "scan.pdf": "PDF has no text layer (scanned pages?); not read",
        "broken.docx": reasons["broken.docx"],
    }
    assert reasons["broken.docx"].startswith("not a .docx (corrupt ZIP")


def test_the_database_and_its_companions_in_the_folder_are_not_inputs(tmp_path: Path) -> None:
    for name in ("db.duckdb", "db.duckdb.wal", "db.duckdb.lock"):
        (tmp_path / name).write_bytes(b"\0")
    (tmp_path / "db.duckdb.pages").mkdir()
    (tmp_path / "db.duckdb.pages" / "x.body").write_bytes(b"<html>")
    assert list(iter_inputs([tmp_path], own=tmp_path / "db.duckdb")) == []


def test_a_binary_file_given_by_name_says_which_formats_are_read(tmp_path: Path) -> None:
    path = tmp_path / "archive.zip"
    path.write_bytes(b"PK\x03\x04\0\0\0")
    [skipped] = iter_inputs([path])
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith("binary file (NUL bytes), not text (.zip); reads .txt, .html")
