"""A roundup's sender told by the wish itself ("King A and Crown Prince B wished the friendly Chinese people steady
progress", after a headline of foreign congratulatory messages to Xi Jinping): a message to the roundup's addressee
(``cues.roundup_speech``). Restated from a real Xinhua roundup (real-dev-multi-3, fit half)."""

from __future__ import annotations

from liaison.extract.en import extract_events
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article
from liaison.normalise import normalise


def test_a_sender_told_by_the_wish_in_a_roundup_writes_to_its_addressee() -> None:
    text = (
        "BEIJING, March 14 (Xinhua) -- Heads of state and leaders of world bodies have kept sending their "
        "congratulations to Xi Jinping, elected Chinese president by the national legislature.\n\n"
        "King of Saudi Arabia Salman bin Abdulaziz Al Saud and Crown Prince Mohammed bin Salman Al Saud wished the "
        "Chinese people continued development, saying the Saudi side is ready to deepen cooperation in many fields."
    )
    article = Article(
        doc_id="t", text=text, content_hash=content_hash(text), origin="test", published="2023-03-15", language="en",
        title="Foreign leaders' congratulatory messages to Xi on his election as president: highlights",
    )
    found = extract_events(normalise(article), default_gazetteer())
    messages = [{p.person.name for p in e.participants} for e in found if e.kind == "message"]
    saudis = {"Salman bin Abdulaziz Al Saud", "Mohammed bin Salman Al Saud"}
    assert any("Xi Jinping" in m and m & saudis for m in messages)
