"""A counterpart named by the counterpart word alone, no post nor demonym of theirs ("l'omologo A", "su homólogo
A"), is of another side than the one who met them: the exchange is no domestic meeting (``domestic._bare_counterpart``,
issue 13, further33). Restated from a real-dev-28 page (an Italian defence minister's meeting with his German
counterpart)."""

from __future__ import annotations

from tests.extract.latin_helpers import lead_pairs


def test_a_meeting_with_a_bare_counterpart_after_an_elided_article() -> None:
    pairs = lead_pairs(
        "Il ministro della Difesa Guido Crosetto ha definito l'incontro con l'omologo Boris Pistorius un utile "
        "momento di confronto sul fianco sud e sui Balcani.", "it", "2023-11-20")
    assert any("Boris Pistorius" in pair for pair in pairs)


def test_a_meeting_with_no_counterpart_word_stays_domestic() -> None:
    # the same sentence with a post of no country instead of the counterpart word: nothing foreign named
    pairs = lead_pairs(
        "Il ministro della Difesa Guido Crosetto ha definito l'incontro con il sottosegretario Boris Pistorius un "
        "utile momento di confronto sul fianco sud e sui Balcani.", "it", "2023-11-20")
    assert not any("Boris Pistorius" in pair for pair in pairs)
