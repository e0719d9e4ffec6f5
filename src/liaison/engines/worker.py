"""What a worker runs on one part of the input: parse, recognise what is already built, extract the rest.

Every engine's workers run ``outcomes``; the process that owns the store only counts, orders and
writes what comes back (``pipeline.Intake``, ``pipeline.ExtractionWriter``). This module imports
no database or Arrow code, so a worker process stays small.

An article whose content hash and extractor version are stored is *unchanged*. One whose version
alone differs, and which the triage turned away when it was stored (same triage fingerprint), is
*retagged*: the triage would turn it away again and the extractors never see it, so only its
version stamp changes. Anything else is extracted within its time budget.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal, NamedTuple

from liaison.engines.guard import DEFAULT_BUDGET, extract_or_skip
from liaison.extract import EXTRACTOR_VERSION, extract
from liaison.extract.triage import may_hold_exchange, turned_away_as_written
from liaison.ingest import Part
from liaison.kb import countries, hanja_cache
from liaison.kb.countries import load_territories
from liaison.kb.gazetteer import Gazetteer, default_gazetteer
from liaison.model.rows import FRAMES, TEXT, DocumentRow, extraction_row, published_note
from liaison.model.types import Article, Document, DocumentEvents, EventFrame, Extraction, Note, Skipped
from liaison.normalise import dated_by_metadata, language_of, normalise, with_sentences
from liaison.resolve.prepared import PreparedDocument, prepare

Extractor = Callable[[Document, Gazetteer], tuple[EventFrame, ...]]
DocStates = dict[str, tuple[str, str]]  # doc_id -> (content_hash, extractor_version)
Status = Literal["unchanged", "retag", "built", "failed"]

hanja_cache.install()  # (every process that extracts imports this module: the fork server, an in-process build)


class Done(NamedTuple):
    """What became of one article. ``row`` is set when built, ``skip`` when extraction failed."""

    doc_id: str
    content_hash: str
    status: Status
    events: int = 0
    row: DocumentRow | None = None
    note: Note | None = None
    skip: Skipped | None = None
    prepared: PreparedDocument | None = None  # what resolution takes from it (when it has events)


Outcome = Done | Skipped | Note


@dataclass(frozen=True)
class Batch:
    """Articles already read (fetched pages, a crawl), handed to a worker as one part."""

    articles: tuple[Article, ...]

    def items(self) -> Iterator[Article]:
        return iter(self.articles)


@dataclass
class Settings:
    """What every worker needs to know, sent once when it starts."""

    extractor: Extractor | None = None
    budget: float | None = DEFAULT_BUDGET
    known: DocStates = field(default_factory=dict)
    rejected: frozenset[str] = frozenset()  # stored ids the current triage turned away

    @property
    def version(self) -> str:
        return extractor_version(self.extractor)


def extractor_version(extractor: Extractor | None) -> str:
    """The version stamp stored with documents built by ``extractor`` (None: the default)."""
    if extractor is None:
        return EXTRACTOR_VERSION
    return f"{extractor.__module__}.{extractor.__name__}"


@cache
def triage_fingerprint() -> str:
    """A digest of the code that decides what the triage sees and says: the normalise stage and the
    triage module. Documents turned away under the same fingerprint would be turned away again."""
    import liaison.extract.triage as triage
    import liaison.normalise as normalise_stage

    digest = hashlib.sha256()
    sources = sorted(Path(normalise_stage.__file__).parent.rglob("*.py"))
    for path in [*sources, Path(triage.__file__)]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


# --- one article -------------------------------------------------------------------------------
def extract_article(article: Article, extractor: Extractor | None = None) -> Extraction:
    """Normalise and extract one article (the unit of work every engine runs).

    With the default extractor, a document the triage turns away gets no sentence offsets: no
    extractor reads it, and the store keeps no offsets (``extract`` would find no events either)."""
    if extractor is not None:
        doc = normalise(article)
        return Extraction(doc, extractor(doc, default_gazetteer()), extractor_version(extractor))
    doc = normalise(article, sentences=False)
    if not _triaged(doc):
        return Extraction(doc, (), EXTRACTOR_VERSION)
    return extract(with_sentences(doc))


def _triaged(doc: Document) -> bool:
    """``may_hold_exchange(doc)``, asked once per document: ``outcome`` asks again of the one it turned away."""
    global _verdict
    if _verdict[0] is not doc:
        _verdict = (doc, may_hold_exchange(doc))
    return _verdict[1]


_verdict: tuple[Document | None, bool] = (None, False)  # the last document triaged, and the triage's answer


def guarded_extract(
    article: Article, extractor: Extractor | None = None, budget: float | None = DEFAULT_BUDGET
) -> Extraction | Skipped:
    """``extract_article`` within ``budget`` seconds; a failure or overrun is a ``Skipped`` for that article."""
    default_gazetteer()  # loaded once, outside any document's budget
    load_territories()  # likewise the country source (countries, states, provinces by name)
    return extract_or_skip(article, lambda a: extract_article(a, extractor), budget)


def outcome(article: Article, settings: Settings) -> Done:
    """What becomes of ``article``: unchanged, retagged, built (with its row) or failed (with why)."""
    doc_id, digest = article.doc_id, article.content_hash
    stored = settings.known.get(doc_id)
    if stored == (digest, settings.version):
        return Done(doc_id, digest, "unchanged")
    if stored is not None and stored[0] == digest and doc_id in settings.rejected and settings.extractor is None:
        return Done(doc_id, digest, "retag")
    if settings.extractor is None and (early := _turned_away_early(article)) is not None:
        row = extraction_row(early, triage_fingerprint())
        return Done(doc_id, digest, "built", 0, row, published_note(early.document))
    ex = guarded_extract(article, settings.extractor, settings.budget)
    if isinstance(ex, Skipped):
        return Done(doc_id, digest, "failed", skip=ex)
    turned_away = settings.extractor is None and not ex.document.sentences and not _triaged(ex.document)
    row = extraction_row(ex, triage_fingerprint() if turned_away else None)
    return Done(doc_id, digest, "built", len(ex.events), row, published_note(ex.document), prepared=_prepared(ex))


def _turned_away_early(article: Article) -> Extraction | None:
    """The extraction of an article the triage is certain to turn away, read from its text as written
    (``triage.turned_away_as_written``: most items of a Chinese archive), without normalising it: the row it
    gives is the one ``extract_article`` gives (language, publication date, no events); None for any other
    article (one whose metadata gives no language included: it is not detected twice), or when the date must be
    read from the text (``normalise.dated_by_metadata``), or should this fail (the guarded path then says why)."""
    if not article.language:
        return None
    try:
        language = language_of(article)
        if not turned_away_as_written(article, language):
            return None
        doc = dated_by_metadata(article, language)
    except Exception:
        return None
    return Extraction(doc, (), EXTRACTOR_VERSION) if doc is not None else None


def _prepared(ex: Extraction) -> PreparedDocument | None:
    """What resolution takes from a built document with events (None when it has none, or when preparing
    fails: resolution then reads it from the store). Made from the extraction itself, which equals its row
    as the store gives it back (``stored_view``; ``document_events`` of the row: the same frames, value for
    value and type for type, tested on real items) without writing the frames' JSON out and reading it in."""
    if not ex.events:
        return None
    try:
        return prepare(stored_view(ex), default_gazetteer())
    except Exception:  # resolution prepares it again, and reports what fails
        return None


def stored_view(ex: Extraction) -> DocumentEvents:
    """The light view of a built document that resolution reads (``rows.document_events`` of its row)."""
    doc = ex.document
    return DocumentEvents(doc_id=doc.article.doc_id, published=doc.published, language=doc.language or "",
                          events=ex.events)


def outcomes(items: Iterable[Article | Skipped | Note], settings: Settings) -> Iterator[Outcome]:
    """The outcome of each item, in order (skipped inputs and notes pass through)."""
    for item in items:
        yield outcome(item, settings) if isinstance(item, Article) else item


# --- in a worker process -----------------------------------------------------------------------
_settings = Settings()


def start(settings: Settings) -> None:
    """Keep the settings and load what every document needs."""
    global _settings
    _settings = settings
    default_gazetteer()


# The cyclic collector's thresholds in a pool's worker: young collections seldom, as a build in one process
# extracts (``pipeline._fewer_collections``). What the fork server loaded is frozen, extraction makes little
# cyclic garbage, and under the usual thresholds (700, 10, 10) a worker walked its young objects every few hundred
# allocations, and its caches (phrases, titles, texts asked again) at every full collection: 1.5-2.5% of its CPU
# (20,000 items of the 2012-2022 file, in turn: 19.67 -> 19.37 s, 19.53 -> 19.05 s)
POOL_COLLECTIONS = (100_000, 50, 100)


def start_in_pool(settings: Settings) -> None:
    """Pool initializer: ``start``, the collector's thresholds set to ``POOL_COLLECTIONS`` (the process is the
    pool's: nothing else runs in it)."""
    gc.set_threshold(*POOL_COLLECTIONS)
    start(settings)


def territory_names() -> dict[str, str]:
    """rigour's table of territory names, as this worker has it (loaded by the fork server), for the
    main process (``kb.countries.adopt_territory_names``)."""
    return countries.territory_names()


def run_part(part: Part | Batch) -> list[Outcome]:
    """A part of the input, parsed and built here (the task a pool runs); each row's text and frames go back
    as UTF-8 bytes (``sent``)."""
    return [sent(out) for out in outcomes(part.items(), _settings)]


def sent(out: Outcome) -> Outcome:
    """``out`` with its row's text and frames as UTF-8 bytes, which the store takes as they are (Arrow reads a
    string column from bytes): a process that only writes rows unpickles bytes as a copy, rather than decode
    every text (some 120 MB at 75,000 items) and encode it again for Arrow (the pickle encodes a str anyway)."""
    if not isinstance(out, Done) or out.row is None:
        return out
    row = out.row
    text = row[TEXT]
    return out._replace(row=(*row[:TEXT], text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text,
                             *row[TEXT + 1:FRAMES], row[FRAMES].encode("utf-8", "surrogatepass")))
