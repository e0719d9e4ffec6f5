"""``remote`` in the record is a video conference, a call or an online act (GOLD_FORMAT; the export's column):
a letter or a congratulatory message is not remote, though it has no place of its own."""

from __future__ import annotations

from liaison.extract import extract
from liaison.ingest import content_hash
from liaison.model.types import Article
from liaison.normalise import normalise


def _kinds_remote(text: str, language: str) -> set[tuple[str, bool]]:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published="2025-06-12",
                      language=language)
    return {(ev.kind, ev.remote) for ev in extract(normalise(article)).events}


def test_a_message_is_not_remote_and_a_call_is() -> None:
    message = ("HANOI, June 11 -- Xi Jinping, general secretary of the Communist Party of China Central Committee, "
               "sent a congratulatory message on Wednesday to To Lam on his election as general secretary of the "
               "Communist Party of Vietnam Central Committee.")
    call = ("BEIJING, June 11 -- Xi Jinping, general secretary of the Communist Party of China Central Committee, "
            "held a phone call on Wednesday with To Lam, general secretary of the Communist Party of Vietnam "
            "Central Committee.")
    assert _kinds_remote(message, "en") == {("message", False)}
    assert _kinds_remote(call, "en") == {("phone_call", True)}


def test_a_chinese_message_is_not_remote() -> None:
    text = "新华社北京6月11日电 中共中央总书记习近平11日致电苏林，祝贺他当选越共中央总书记。"
    assert _kinds_remote(text, "zh") == {("message", False)}
