"""A page that lost the space after a full stop (VNA's French pages: "... Li Qiang.Le président ...") still
has two sentences there; initials, abbreviations and numbers glued to a full stop do not split."""

from __future__ import annotations

import gzip
import json
import random
from itertools import islice
from pathlib import Path

import pytest

from liaison.normalise import sentences
from liaison.normalise.script import to_simplified
from liaison.normalise.sentences import split_sentences

REAL_DEV = Path(__file__).resolve().parents[2] / "quality" / "real-dev" / "web-fr.articles.jsonl"


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_full_stop_glued_to_the_next_sentence_still_ends_a_sentence() -> None:
    if not REAL_DEV.exists():
        pytest.skip(f"{REAL_DEV} not found")
    with REAL_DEV.open(encoding="utf-8") as fh:
        text = next(json.loads(line)["text"] for line in fh if '"id": "web-fr-035"' in line)
    sentences = _sentences(text)
    assert any(s.endswith("Li Qiang.") for s in sentences)
    assert any(s.startswith("Le président de l’Assemblée nationale Vuong Dinh Huê") for s in sentences)


def test_initials_and_numbers_before_a_full_stop_do_not_split() -> None:
    assert _sentences("He met Dr.Smith and J.R.Jones on 3.May.") == ["He met Dr.Smith and J.R.Jones on 3.May."]


def test_a_paragraph_glued_to_the_next_without_its_stop_still_ends_a_sentence() -> None:
    # VNA's French page lost a paragraph's full stop and newline: "... Li ZhanshuA cette occasion, le vice-Premier
    # ministre ..."; the next sentence opens with a capitalised article or preposition glued to the last word.
    assert _sentences("le président Li ZhanshuA cette occasion, le vice-Premier ministre Pham Binh Minh a écrit.") == [
        "le président Li Zhanshu", "A cette occasion, le vice-Premier ministre Pham Binh Minh a écrit."
    ]
    assert len(_sentences("Reunião com o presidente vietnamitaO presidente chegou a Hanói.")) == 2


def test_capitals_inside_names_and_abbreviations_do_not_split() -> None:
    for text in ("Le PCdelP ont dit que PetroChina a signé.", "#CubaNoEstáSola pic.twitter", "LinkedIn is a site."):
        assert len(_sentences(text)) == 1, text


def test_a_text_with_no_capital_after_a_small_letter_is_split_without_the_glued_opener_rule() -> None:
    """``split_sentences`` leaves out the glued-opener alternative where no capital follows a small letter (where it
    cannot match): the same boundaries as the whole pattern, on random strings of its parts, and the rule still
    applies where one does ("Li ZhanshuA cette occasion, le vice-Premier")."""
    rng = random.Random(11)
    alphabet = ["Li", "Zhanshu", "A", "À", "cette", "le", " ", "\n", ".", "。", "？", "Г.", "中国", "会见", "the", "»",
                "M."]
    tried = 0
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        if sentences._GLUED.search(text) is None:
            whole = [m.span() for m in sentences._BOUNDARY.finditer(text)]
            assert [m.span() for m in sentences._BOUNDARY_UNGLUED.finditer(text)] == whole, repr(text)
            tried += 1
    assert tried > 5000
    assert _sentences("le président Li ZhanshuA cette occasion, le vice-Premier ministre") == [
        "le président Li Zhanshu", "A cette occasion, le vice-Premier ministre"]


def _unglued_boundaries_found_everywhere(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in sentences._BOUNDARY_UNGLUED.finditer(text)]


def test_unglued_boundaries_are_tried_only_after_a_stop_or_at_a_newline() -> None:
    """``_unglued_boundaries`` tries the pattern only where a boundary can start, and where an empty one ended the
    last (after "。", before a newline) only one reading a character, as ``finditer`` does: the same boundaries as
    the pattern tried at every place, on random strings of its parts and on real CCTV items."""
    rng = random.Random(16)
    alphabet = ["。", "！", "？", ".", "!", "?", " ", "\n", "\n\n", "”", "»", ")", "\"", "A", "Le", "中国", "会见", "a",
                "é"]
    for _ in range(30_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        found = [m.span() for m in sentences._unglued_boundaries(text)]
        assert found == _unglued_boundaries_found_everywhere(text), repr(text)
    assert [m.span() for m in sentences._unglued_boundaries("会见。\n\n")] == [(3, 3), (3, 5)]


@pytest.mark.usefixtures("shared")
def test_unglued_boundaries_split_real_cctv_items_as_the_pattern_does() -> None:
    from tests.conftest import ARCHIVE

    compared = 0
    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as fh:
        for line in islice(fh, 3000):
            text = to_simplified(json.loads(line)["text"])
            found = [m.span() for m in sentences._unglued_boundaries(text)]
            assert found == _unglued_boundaries_found_everywhere(text)
            compared += len(found)
    assert compared > 20_000
