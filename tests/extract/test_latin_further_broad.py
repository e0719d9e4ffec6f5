"""Issue 13 (latfurther): further exchanges of an article read by broader defaults rather than one construction each.

- A word set inside a kind cue's words ("Il a aussi eu un entretien bilatéral avec", ``cues.inserted``) is read
  past when the sentence has no cue otherwise (``kinds.find_kind``), the cue's offsets staying the sentence's own.
- Courtesy calls in the plural, and "separate" told by an adjective after the plural noun, are meetings one by one
  ("a rendu des visites de courtoisie séparées à A ... et à B"; "realizó visitas de cortesía separadas").

Restatements of a quality/real-dev page (VNA French and Spanish, web-fr-2015)."""

from __future__ import annotations

from liaison.extract.latin.kinds import find_kind
from liaison.extract.lexicon_file import lexicon_for
from tests.extract.latin_helpers import events

_PUBLISHED = "2017-06-25"


def _pairs(text: str, language: str) -> list[set[str]]:
    return [{p.person.native for p in e.participants if p.lead} for e in events(text, language, _PUBLISHED)]


def test_an_additive_word_inside_the_cue_is_read_past_and_offsets_stay() -> None:
    lex = lexicon_for("fr", "")
    # (an adjective no cue reads: "entretien bilatéral avec" is a cue of its own since fr30)
    sentence = "Il a aussi eu un entretien approfondi avec Nguyen Thi Kim Ngan, présidente de l'AN vietnamienne."
    cue = find_kind(sentence, lex)
    assert cue is not None and cue.kind == "talks"
    assert sentence[cue.start : cue.end].startswith("a aussi eu")
    assert find_kind("Il a aussi souligné l'importance des relations entre les deux pays.", lex) is None


def test_a_further_talk_told_with_an_inserted_word_is_its_own_event() -> None:
    text = (
        "Hanoi, 23 juin (VNA) - Le président de l'Assemblée nationale du Cambodge, Samdech Héng Samrin, a rencontré "
        "le Secrétaire général du Parti communiste du Vietnam, Nguyen Phu Trong. Il a aussi eu un entretien bilatéral "
        "avec Nguyen Thi Kim Ngan, présidente de l'AN vietnamienne."
    )
    pairs = _pairs(text, "fr")
    assert {"Héng Samrin", "Nguyen Phu Trong"} in pairs
    assert {"Héng Samrin", "Nguyen Thi Kim Ngan"} in pairs


def test_separate_courtesy_calls_are_one_meeting_each() -> None:
    fr = (
        "Vientiane, 22 juin (VNA) - Pendant son séjour à Vientiane, au Laos, le président de l'Assemblée nationale du "
        "Cambodge, Samdech Héng Samrin, a rendu des visites de courtoisie séparées à Thongloun Sisoulith, Premier "
        "ministre du Laos, et à Bounhang Vorachit, président du Laos."
    )
    es = (
        "Vientiane, 22 jun (VNA) - Durante su estancia en Vientiane, el presidente de la Asamblea Nacional de Camboya, "
        "Samdech Heng Samrin, realizó visitas de cortesía separadas al primer ministro de Laos, Thongloun Sisoulith, y "
        "al presidente de Laos, Bounhang Vorachit."
    )
    assert sorted(map(sorted, _pairs(fr, "fr"))) == [["Bounhang Vorachit", "Héng Samrin"],
                                                     ["Héng Samrin", "Thongloun Sisoulith"]]
    assert sorted(map(sorted, _pairs(es, "es"))) == [["Bounhang Vorachit", "Heng Samrin"],
                                                     ["Heng Samrin", "Thongloun Sisoulith"]]
