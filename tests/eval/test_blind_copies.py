"""No dev set holds a copy of a blind page under another outlet's address (scripts/blind_copies.py): a wire item
restated in real-dev and also sampled into real-test would let development read a blind page."""

from __future__ import annotations

from types import ModuleType

from eval_helpers import script


def _script() -> ModuleType:
    return script("blind_copies")


def test_a_reworded_copy_keeps_its_story_tokens() -> None:
    tokens = _script().story_tokens
    wire = tokens("", "Xi Jinping met Dmitry Medvedev, chairman of the United Russia party, in Beijing on 21 December.")
    copy = tokens("", "In Beijing on 21 December, Xi Jinping received Dmitry Medvedev, United Russia party chairman.")
    other = tokens("", "Wang Huning met a delegation of the Workers' Party of Korea led by Kim Song Nam in Beijing.")
    assert len(wire & copy) / len(wire | copy) > 0.7
    assert len(wire & other) / len(wire | other) < 0.3


def test_no_dev_article_is_a_copy_of_a_blind_one() -> None:
    script = _script()
    found = [pair for _, *pair in script.copies()]
    assert [pair for pair in found if tuple(pair) not in script.REVIEWED] == []
