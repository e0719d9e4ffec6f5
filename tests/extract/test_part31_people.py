"""Leads and participants of found events (issue 13, part31): a delegation's head told so in a sentence of its own
leads it, even beside a lead of its side or of no side known yet. Read as blind articles are, with people the
gazetteer does not know (``forget_people``); lines restated from quality/real-dev (web-en-144, web-en-1708)."""

from __future__ import annotations

from liaison.extract import extract
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer, forget_people
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(text: str, language: str = "en", published: str = "2024-05-15") -> tuple[EventFrame, ...]:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=published,
                      language=language)
    return extract(normalise(article), forget_people(default_gazetteer(), [text])).events


def _leads(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants if p.lead}


def test_a_head_told_apart_leads_beside_a_lead_of_no_known_side() -> None:
    text = (
        "ISLAMABAD - A delegation of the International Parliamentarians Congress (IPC) held a meeting on Wednesday "
        "with the federal Law and Justice Minister, Azam Nazeer Tarar. Led by IPC President Abdel Rahim Maaia, "
        "this delegation comprised Secretary General Sitara Ayaz and Assistant Secretary General Ijlal Ali Khan."
    )
    met = [e for e in _events(text) if "Azam Nazeer Tarar" in _leads(e)]
    assert met and "Abdel Rahim Maaia" in _leads(met[0])
    others = {p.person.native: p.lead for p in met[0].participants}
    assert others.get("Sitara Ayaz") is False  # the members stay no leads


def test_a_head_told_apart_leads_beside_an_attendee_of_his_side() -> None:
    text = (
        "Georgy Kamnev, a presidium member of the CPRF Central Committee and first secretary of the party's Penza "
        "regional committee, joined a meeting that the Chinese Ambassador to Russia Zhang Hanhui held with the "
        "leadership of the Russian Federation's Communist Party (CPRF). The Russian "
        "side's delegation was headed by Gennady Zyuganov, who chairs the CPRF Central Committee. Also present "
        "were his deputies Yuri Afonin and Vladimir Kashin."
    )
    met = [e for e in _events(text, published="2023-11-20") if "Zhang Hanhui" in _leads(e)]
    assert met and "Gennady Zyuganov" in _leads(met[0])
    assert not {"Yuri Afonin", "Vladimir Kashin"} & _leads(met[0])


def test_dotted_initials_written_together_open_a_name() -> None:
    text = (
        "NEW DELHI - Chinese Ambassador to India Xu Feihong paid a visit to the CPI(M)'s new general secretary, "
        "M.A. Baby, at AKG Bhawan in New Delhi. The two sides talked over ties between the parties."
    )
    met = [e for e in _events(text, published="2025-04-10") if "Xu Feihong" in _leads(e)]
    assert met and "M.A. Baby" in _leads(met[0])


def test_a_country_abbreviation_after_an_article_opens_no_name() -> None:
    text = (
        "WASHINGTON - Chinese Ambassador Xie Feng met Senator Steve Daines on Monday. They spoke about the U.S. "
        "Navy, the ambassador said."
    )
    names = {p.person.native for e in _events(text, published="2025-04-10") for p in e.participants}
    assert "Xie Feng" in names and not any("U.S." in n for n in names)
