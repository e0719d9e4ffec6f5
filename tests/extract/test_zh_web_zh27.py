"""Chinese web pages across the dev sets (session 27, issue 13): a provincial leader's tour told with no host named,
the leader written bare after an earlier titled mention ("…浙江省委书记易炼红。…易炼红率省代表团在…访问"), and a
tour reported ended in its own sentence ("…率江西省代表团，结束了对A、B的访问。") are visits; a visit ended before
another act ("结束对老挝的国事访问后，抵达…") is still not one of its own. Sentences restated in the style of 中新网's
roundup of provincial secretaries' trips (real-dev-13)."""

from __future__ import annotations

from tests.extract.real_dev_pages import seats, sentence_events


def _visits(text: str, published: str = "2024-11-25") -> list[dict[str, tuple[str | None, bool]]]:
    return [seats(ev) for ev in sentence_events(text, published) if ev.kind == "visit"]


def test_a_leader_named_bare_after_a_titled_mention_leads_the_tour() -> None:
    text = (
        "多地书记出访\n"
        "记者留意到，最近带团出国的还有浙江省委书记易炼红。"
        "另据当地媒体消息，10月3日至9日，易炼红率浙江省代表团先后在泰国和越南访问。"
    )
    assert _visits(text) == [{"易炼红": ("CN", True)}]
    # the bare name alone, never titled in the item, is no one known: no visit
    assert not _visits("多地书记出访\n另据当地媒体消息，10月3日至9日，易炼红率浙江省代表团先后在泰国和越南访问。")


def test_a_tour_reported_ended_in_its_own_sentence_is_a_visit() -> None:
    text = "书记出访\n据报道，江西省委书记尹弘日前率省代表团，结束了对巴西、秘鲁的访问。"
    assert _visits(text) == [{"尹弘": ("CN", True)}]
    # ended before the next stop: the stop is the story, the ended visit no stay of its own
    later = "书记出访\n据报道，江西省委书记尹弘率省代表团结束对巴西的访问后，将前往秘鲁。"
    assert not _visits(later)
