"""Every bundled English and Spanish sample article yields a dated event with two sides."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.extract import extract
from liaison.ingest import iter_inputs
from liaison.model.types import Article
from liaison.normalise import normalise

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
CASES = [(lang, path) for lang in ("en", "es") for path in sorted((SAMPLES / lang).glob("*.txt"))]


@pytest.mark.parametrize(("language", "path"), CASES, ids=lambda c: c.stem if isinstance(c, Path) else c)
def test_sample_yields_a_two_sided_event(language: str, path: Path) -> None:
    (article,) = [a for a in iter_inputs([path]) if isinstance(a, Article)]
    doc = normalise(article)
    assert doc.language == language
    events = extract(doc).events
    assert events
    for event in events:
        assert event.date is not None and event.date_source == "text"
        sides = {p.side for p in event.participants if p.lead}
        assert len(sides - {None}) >= 1 and len(event.participants) >= 2
        assert event.parties
