"""An article whose only exchanges are recalled tells none of its own (issue 13, precision): the first exchange is
the story's unless its own sentence marks it as an earlier one, near its cue or in the adverbial opening the
sentence ("En septembre dernier, ..."). Restated real pages of ``quality/real-dev`` whose gold codes no event."""

from __future__ import annotations

import pytest

from tests.extract.latin_helpers import events
from tests.extract.real_dev_pages import page_events


@pytest.mark.parametrize("doc_id", [
    # "En septembre dernier, en marge du Sommet du G20 à Hangzhou, ... Macky Sall a rencontré son homologue chinois"
    "web-fr-115",
])
def test_an_article_recalling_its_only_exchange_has_no_event(doc_id: str) -> None:
    assert page_events(doc_id) == ()


def test_a_story_told_after_a_recalled_opening_of_another_sentence_is_kept() -> None:
    text = ("Le président Macky Sall a rencontré lundi à Dakar son homologue chinois Xi Jinping. "
            "En septembre dernier, les deux présidents avaient déjà échangé en marge du Sommet du G20.")
    assert any({"Macky Sall", "Xi Jinping"} <= {p.person.native for p in e.participants}
               for e in events(text, "fr", "2025-06-12"))


def test_the_story_day_opening_the_sentence_keeps_the_exchange() -> None:
    text = "Lundi dernier, le président Macky Sall a rencontré à Dakar son homologue chinois Xi Jinping."
    assert any({"Macky Sall", "Xi Jinping"} <= {p.person.native for p in e.participants}
               for e in events(text, "fr", "2025-06-12"))


def test_a_marker_near_the_cue_alone_keeps_the_only_exchange() -> None:
    """"Il a rappelé la visite à Cuba, à la fin de l'année dernière, du secrétaire national du PCF, Fabien Roussel,
    reçu par Diaz-Canel": the marker dates the act told in passing, which the gold of web-fr-1708 codes."""
    assert any("Fabien Roussel" in {p.person.native for p in e.participants} for e in page_events("web-fr-1708"))
