"""Office documents → text: PDF with pypdf, Word .docx with python-docx.

Both read bytes already bounded by the caller. A file that only bears the suffix (a text file
named ``.pdf``) is refused as not that format; an encrypted PDF, one without a text layer
(scanned pages) or a .docx that unpacks to more than ``MAX_UNPACKED`` bytes is refused with
its reason. Every failure is an ``InputError``.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from liaison.ingest.records import InputError
from liaison.ingest.text import one_line

MAX_DOCUMENT_BYTES = 50_000_000  # a PDF or .docx file (images included) larger than this is not read
MAX_UNPACKED = 200_000_000  # the parts of a .docx, unzipped
MAX_PAGES = 2_000
DOCUMENT_SUFFIXES = (".pdf", ".docx")


@dataclass(frozen=True)
class DocumentText:
    """The text of a document and the title its properties give, if any."""

    text: str
    title: str | None = None


def read_document(raw: bytes, suffix: str) -> DocumentText:
    """The text of a ``.pdf`` or ``.docx`` file's bytes; ``InputError`` when it cannot be read."""
    if suffix == ".pdf":
        return read_pdf(raw)
    if suffix == ".docx":
        return read_docx(raw)
    raise InputError(f"not a document format: {suffix}")


def read_pdf(raw: bytes) -> DocumentText:
    """Text of every page, pages separated by a blank line."""
    if b"%PDF-" not in raw[:1024]:
        raise InputError("not a PDF (no %PDF- header)")
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("encrypted PDF; not read")
        if len(reader.pages) > MAX_PAGES:
            raise InputError(f"PDF of more than {MAX_PAGES:,} pages; not an article")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            RecursionError, NotImplementedError) as exc:
        raise InputError(f"PDF cannot be read: {type(exc).__name__}: {one_line(exc)}") from exc
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        raise InputError("PDF has no text layer (scanned pages?); not read")
    return DocumentText(text, _title(title))


def read_docx(raw: bytes) -> DocumentText:
    """Text of the paragraphs and table cells of the main document, in order."""
    if not raw.startswith(b"PK\x03\x04"):
        raise InputError("not a .docx (not a ZIP package)")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            if "word/document.xml" not in package.namelist():
                raise InputError("not a .docx (no word/document.xml)")
            if sum(i.file_size for i in package.infolist()) > MAX_UNPACKED:
                raise InputError(f".docx unpacks to more than {MAX_UNPACKED:,} bytes; not read")
    except zipfile.BadZipFile as exc:
        raise InputError(f"not a .docx (corrupt ZIP: {one_line(exc)})") from exc
    import docx

    try:
        document = docx.Document(io.BytesIO(raw))
        lines = [p.text for p in document.paragraphs]
        for table in document.tables:
            lines.extend(cell.text for row in table.rows for cell in row.cells)
        title = document.core_properties.title
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise InputError(f".docx cannot be read: {type(exc).__name__}: {one_line(exc)}") from exc
    text = "\n".join(line.strip() for line in lines if line.strip())
    if not text:
        raise InputError(".docx holds no text")
    return DocumentText(text, _title(title))


def _title(value: object) -> str | None:
    text = one_line(value) if isinstance(value, str) else ""
    return text or None
