"""The first senders of a roundup of congratulations ("A and B were the first to congratulate Modi on his win"): a
message cue; two senders of one country named together in a roundup each write their own, one message each.
Restated from a real roundup of congratulations to an Indian prime minister (real-dev-12, fit half)."""

from __future__ import annotations

from liaison.extract.en import extract_events
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article
from liaison.normalise import normalise

MODI = "Narendra Modi"
LEDE = (
    "Leaders around the world started sending Prime Minister Narendra Modi congratulatory messages on his big win.\n\n"
)
ROUNDUP = "General election: leaders around the world congratulate Modi"


def _messages(text: str, title: str | None) -> set[frozenset[str]]:
    article = Article(
        doc_id="t", text=text, content_hash=content_hash(text), origin="test", title=title, published="2019-05-24",
        language="en",
    )
    found = extract_events(normalise(article), default_gazetteer())
    return {frozenset(p.person.name for p in e.participants) for e in found if e.kind == "message"}


def test_the_first_to_congratulate_send_one_message_each() -> None:
    found = _messages(
        LEDE + "Sri Lanka's ruling pair, President Maithripala Sirisena and Prime Minister Ranil Wickremesinghe, were "
        "the first to congratulate Modi on his victory. The Sri Lankan premier wrote on Twitter that he looked forward "
        "to working closely together.",
        ROUNDUP,
    )
    assert found == {frozenset({"Maithripala Sirisena", MODI}), frozenset({"Ranil Wickremesinghe", MODI})}


def test_one_sender_first_to_congratulate_is_a_message() -> None:
    found = _messages(
        LEDE + "Russian President Vladimir Putin was among the first to congratulate Modi on the result.", ROUNDUP
    )
    assert frozenset({"Vladimir Putin", MODI}) in found


def test_a_joint_message_of_one_countrys_pair_stays_one() -> None:
    found = _messages(
        LEDE + "President Maithripala Sirisena and Prime Minister Ranil Wickremesinghe sent a joint message "
        "congratulating Modi on his victory.",
        ROUNDUP,
    )
    assert frozenset({"Maithripala Sirisena", "Ranil Wickremesinghe", MODI}) in found
