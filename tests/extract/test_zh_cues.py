"""Every Chinese cue of the frame passes finds its examples and none of its counterexamples."""

from __future__ import annotations

import pytest

from liaison.extract.zh.cues import cue, cues


@pytest.mark.parametrize("key", sorted(cues()))
def test_cue_matches_its_examples(key: str) -> None:
    entry = cues()[key]
    assert entry["what"] and entry["examples"], f"{key}: say what it is and give examples"
    rx = cue(key)
    missed = [e for e in entry["examples"] if not rx.search(e)]
    wrong = [e for e in entry.get("counterexamples", []) if rx.search(e)]
    assert not missed and not wrong, f"{key}: misses {missed}, wrongly finds {wrong}"


def test_a_cue_that_misses_an_example_is_caught() -> None:
    assert not cue("not_happened").search("同意大利")  # 同意 (agreed) is a cue, 意大利 (Italy) is not
    assert cue("not_happened").search("双方同意加强合作")
