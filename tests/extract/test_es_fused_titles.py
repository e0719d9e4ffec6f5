"""Spanish title heads with "vice"/"sub" written into them ("vicejefe", "subjefe"): read as titles on real
Granma/Presidencia items of quality/real-dev (skipped when missing), and derived for every head."""

from __future__ import annotations

import json

import pytest

from liaison.extract import extract
from liaison.extract.es import lexicon_for
from liaison.model.types import Article, Participant
from liaison.normalise import normalise
from tests.conftest import REPO


def _participants(doc_id: str) -> dict[str, Participant]:
    path = REPO / "quality" / "real-dev" / "web-es.articles.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        item = json.loads(line)
        if item["id"] == doc_id:
            article = Article(doc_id, item["text"], "h", "web", item.get("title"), item.get("published"), language="es")
            return {p.person.name: p for ev in extract(normalise(article)).events for p in ev.participants}
    pytest.skip(f"{doc_id} not in quality/real-dev")


def test_every_head_takes_the_fused_deputy_prefixes() -> None:
    heads = lexicon_for("es", "").title_heads
    assert {"vicejefe", "vicejefa", "subjefe", "vicegobernador", "vicedirectora", "vicealcalde"} <= heads
    assert "vicevicepresidente" not in heads and "subsubdirector" not in heads


@pytest.mark.parametrize(
    ("doc_id", "name"),
    [("web-es-122", "Joel Suárez"), ("web-es-119", "Ángel Arzuaga Reyes")],
)
def test_a_vicejefe_of_a_central_committee_department_holds_a_post_of_the_pcc(doc_id: str, name: str) -> None:
    # "el vicejefe del Departamento Ideológico del Comité Central del Partido Comunista de Cuba, Joel Suárez"
    person = _participants(doc_id)[name].person
    assert person.title is not None and person.title.startswith("vicejefe del Departamento")
    assert person.country == "CU" and person.organization is not None
    assert "Central Committee" in person.organization.name
