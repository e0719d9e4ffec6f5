"""A call or message told by a setting with an indefinite article that opens its sentence ("In a telephonic
conversation, A congratulated B"): a new exchange between the people the sentence names after it, not a sequel of the
exchange told before (whose sender would otherwise be carried as its subject). Restated from a real roundup of
congratulations to an Indian prime minister (real-dev-12, fit half)."""

from __future__ import annotations

from liaison.extract.en import extract_events
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article
from liaison.normalise import normalise

MODI = "Narendra Modi"
KING = "Jigme Khesar Namgyel Wangchuck"


def _pairs(text: str, kind: str, title: str | None = None) -> set[frozenset[str]]:
    article = Article(
        doc_id="t", text=text, content_hash=content_hash(text), origin="test", title=title, published="2019-05-24",
        language="en",
    )
    found = extract_events(normalise(article), default_gazetteer())
    return {frozenset(p.person.name for p in e.participants) for e in found if e.kind == kind}


def test_a_call_told_by_an_opening_indefinite_setting_is_between_the_people_it_names() -> None:
    calls = _pairs(
        "World leaders began sending Prime Minister Narendra Modi congratulatory messages on his victory.\n\n"
        "Russian leader Vladimir Putin sent a congratulatory telegram to Modi on the outcome. In a telephonic "
        "conversation, King of Bhutan Jigme Khesar Namgyel Wangchuck also congratulated Modi on the win.",
        "phone_call",
        title="General election: leaders around the world congratulate Modi",
    )
    assert calls == {frozenset({KING, MODI})}


def test_the_setting_told_with_a_definite_article_still_goes_on_the_exchange_before() -> None:
    # "In the conversation, ..." refers back: no call of its own with the sender before
    calls = _pairs(
        "Russian president Vladimir Putin held a telephone conversation with Prime Minister Narendra Modi on Friday. "
        "In the conversation, Putin congratulated Modi on the win.",
        "phone_call",
    )
    assert calls == {frozenset({"Vladimir Putin", MODI})}
