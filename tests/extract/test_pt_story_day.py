"""Portuguese days read from where the page gives them (restated from real-dev web-pt pages: the MPLA on
its delegation in Hanoi, Metrópoles on Lula's bilateral meetings before the G20)."""

from __future__ import annotations

from liaison.extract.pt import extract_events
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(text: str, published: str) -> tuple[EventFrame, ...]:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", language="pt",
                      published=published)
    return extract_events(normalise(article), default_gazetteer())


MPLA_HANOI = """MPLA e Partido Comunista do Vietname reforçam laços de cooperação
Hanói, Vietname, 03 de maio de 2025
Uma delegação do MPLA, chefiada pelo membro do Bureau Político do Comité Central, Jorge Inocêncio Dombolo, foi \
recebida em audiência, ontem, em Hanói, capital do Vietname, pelo secretário permanente do Partido Comunista do \
Vietname, Tran Cam Tu.
"""


def test_yesterday_counts_from_a_dateline_line_of_its_own_not_from_the_page() -> None:
    events = _events(MPLA_HANOI, "2025-05-04")
    assert events and all(e.date is not None and e.date.iso == "2025-05-02" for e in events)


LULA_G20 = """Lula tem 11 reuniões bilaterais com líderes antes da cúpula do G20
O presidente Luiz Inácio Lula da Silva terá uma agenda cheia de reuniões bilaterais neste domingo (17/11), no \
Rio de Janeiro, sede da cúpula do G20.
A primeira reunião do presidente Lula aconteceu por volta das 10h30 com o presidente da África do Sul, Cyril \
Ramaphosa.
"""


def test_a_weekday_with_its_day_and_month_in_brackets_dates_the_story() -> None:
    events = _events(LULA_G20, "2024-11-17")
    ramaphosa = [e for e in events if any(p.person.native == "Cyril Ramaphosa" for p in e.participants)]
    assert ramaphosa and all(e.date is not None and e.date.iso == "2024-11-17" for e in ramaphosa)
