"""Normalise stage: language, publication date, dateline (place, date, agency) and sentence offsets for each
article."""

from __future__ import annotations

from dataclasses import replace

from liaison.model.types import Article, Document
from liaison.normalise.datelines import find_dateline
from liaison.normalise.dates import iso_date_value, published_date
from liaison.normalise.language import detect_language
from liaison.normalise.layout import plain_spaces, unwrap_lines
from liaison.normalise.script import to_simplified
from liaison.normalise.sentences import split_sentences

__all__ = ["dated_by_metadata", "language_of", "normalise", "with_sentences"]


def language_of(article: Article) -> str:
    """The article's language: as its metadata says (``zh-CN`` -> ``zh``), else detected from its text."""
    return (article.language or "").split("-")[0].lower() or detect_language(article.text)


def normalise(article: Article, *, sentences: bool = True) -> Document:
    """Turn an ingested article into a document the extractors can read. ``sentences`` False leaves
    the sentence offsets out (``with_sentences`` adds them): the triage does not need them."""
    language = language_of(article)
    body = unwrap_lines(plain_spaces(article.text))
    if language == "zh":
        body = to_simplified(body)
    published, evidence = published_date(article.published, body)
    return Document(
        article=article,
        language=language,
        published=published,
        published_evidence=evidence,
        sentences=split_sentences(body) if sentences else (),
        body=body if body != article.text else "",
        dateline=find_dateline(body, published),
    )


def with_sentences(doc: Document) -> Document:
    """``doc`` with its sentence offsets, as ``normalise`` gives them."""
    return replace(doc, sentences=split_sentences(doc.text))


def dated_by_metadata(article: Article, language: str) -> Document | None:
    """What a document turned away before it is read keeps (the row the store takes: language, publication
    date): ``normalise`` without the text's repairs, dateline and sentences, or None when the publication date
    must be read from the text (the metadata gives no ISO date, ``dates.iso_date_value``). Only for an article
    no extractor reads: its ``text`` is the article's own."""
    published = iso_date_value(article.published) if article.published else None
    if published is None:
        return None
    return Document(article=article, language=language, published=published, published_evidence=None, sentences=())
