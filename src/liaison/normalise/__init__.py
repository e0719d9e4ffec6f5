"""Normalise stage: language, publication date and sentence offsets for each article."""

from __future__ import annotations

from liaison.model.types import Article, Document
from liaison.normalise.dates import published_date
from liaison.normalise.language import detect_language
from liaison.normalise.layout import unwrap_lines
from liaison.normalise.script import to_simplified
from liaison.normalise.sentences import split_sentences

__all__ = ["normalise"]


def normalise(article: Article) -> Document:
    """Turn an ingested article into a document the extractors can read."""
    language = (article.language or "").split("-")[0].lower() or detect_language(article.text)
    body = unwrap_lines(article.text)
    if language == "zh":
        body = to_simplified(body)
    published, evidence = published_date(article.published, body)
    return Document(
        article=article,
        language=language,
        published=published,
        published_evidence=evidence,
        sentences=split_sentences(body),
        body=body if body != article.text else "",
    )
