"""Further acts told by an additive word beside the kind cue (issue 13, recall14): "Asimismo, sostuvo encuentros con
A", "La delegación se reunió además con B", "Previously, C ... also hosted a reception for D", "En outre, la
délégation s'est entretenue avec E" are further events of the story, not more counterparts of the event told
before (``cues.further``, ``sequels._further``). Real pages of quality/real-dev (Escambray, VietnamPlus) and short
texts in the same constructions; a further act whose unnamed subject would be of the side it met stands only with
two sides named (``sequels._one_country``)."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events, sentence_events


def _pairs(events: tuple[EventFrame, ...]) -> list[set[str]]:
    return [{p.person.native for p in e.participants if p.lead} for e in events]


def test_asimismo_opens_a_further_meeting() -> None:
    # "Asimismo, sostuvo encuentros con el ministro a.i del Comercio Exterior ..., Antonio Carricarte; y con ..."
    assert {"Raúl Sendic", "Antonio Carricarte"} in _pairs(page_events("web-es-061"))


def test_also_hosted_after_previously_is_its_own_meeting() -> None:
    # "Previously, Ri Su-yong, Politburo member, ... also hosted a reception for Phuong."
    assert {"Ri Su-yong", "Vo Van Phuong"} in _pairs(page_events("web-en-190"))


def test_an_additive_after_the_verb_in_spanish() -> None:
    es = sentence_events(
        "El canciller de Cuba, Bruno Rodríguez, se reunió este lunes en Hanoi con el presidente de Vietnam, Luong "
        "Cuong. La delegación cubana se reunió además con el presidente de la Asamblea Nacional de Vietnam, Tran "
        "Thanh Man.", "2025-03-10", "es")
    assert _pairs(es) == [{"Bruno Rodríguez", "Luong Cuong"}, {"Bruno Rodríguez", "Tran Thanh Man"}]


def test_an_opening_additive_in_french() -> None:
    fr = sentence_events(
        "Le ministre cubain des Affaires étrangères, Bruno Rodríguez, a rencontré lundi à Hanoï le président "
        "vietnamien, Luong Cuong. En outre, il s'est entretenu avec le président de l'Assemblée nationale du "
        "Vietnam, Tran Thanh Man.", "2025-03-10", "fr")
    assert {"Bruno Rodríguez", "Tran Thanh Man"} in _pairs(fr)
    assert len(fr) == 2


def test_a_guest_received_by_nobody_named_is_no_further_act() -> None:
    # "Foi também recebido em audiência o pastor ..., reverendo A": received by the host told before, at home, not
    # a further act of the ambassador met first (web-pt-032)
    events = page_events("web-pt-032")
    assert [{p.person.native for p in e.participants if p.lead} for e in events] == [{"Luísa Damião", "Zhang Bin"}]


def test_without_an_additive_one_sided_counterparts_complete_the_trigger() -> None:
    # the mechanism it departs from: no additive word, the later cue sentence names who met the one-sided trigger
    es = sentence_events(
        "El presidente de Vietnam, Luong Cuong, llegó este lunes a La Habana. En el aeropuerto fue recibido por el "
        "canciller de Cuba, Bruno Rodríguez.", "2025-03-10", "es")
    assert len(es) == 1


def test_an_exchange_told_in_a_temporal_clause() -> None:
    # "Tras reunirse con A, B afirmó ...": the meeting is told only in the clause before the main verb
    for language, text in (
        ("es", "Tras reunirse este lunes con el presidente de Vietnam, Luong Cuong, el canciller de Cuba, Bruno "
               "Rodríguez, afirmó que ambos pueblos son hermanos."),
        ("pt", "Depois de se reunir com o presidente do Vietname, Luong Cuong, o ministro cubano das Relações "
               "Exteriores, Bruno Rodríguez, afirmou que os dois países são irmãos."),
        ("fr", "Après s'être entretenu lundi à Hanoï avec le président vietnamien, Luong Cuong, le ministre cubain "
               "des Affaires étrangères, Bruno Rodriguez, a déclaré que les deux pays étaient frères."),
    ):
        assert _pairs(sentence_events(text, "2025-03-12", language)) == [{"Luong Cuong", "Bruno Rodríguez"}
                                                                          if language != "fr" else
                                                                          {"Luong Cuong", "Bruno Rodriguez"}]


def test_a_purpose_clause_is_no_exchange() -> None:
    # "para reunirse con": still to come
    es = sentence_events(
        "El canciller de Cuba, Bruno Rodríguez, viajará a Hanoi para reunirse con el presidente de Vietnam, Luong "
        "Cuong.", "2025-03-12", "es")
    assert es == ()


def test_talked_with_is_a_meeting() -> None:
    # "Valdés Mesa talked with the leader of VCP, Nguyen Phu Trong, about ..."
    assert {"Salvador Valdés Mesa", "Nguyen Phu Trong"} in _pairs(page_events("web-en-191"))


def test_french_plural_talks_with_a_list_are_one_each() -> None:
    # "ses entretiens avec le président Nkurunziza, ainsi qu'avec les deux vice-présidents burundais, Gaston
    # Sindimwo (...) et Joseph Butore (...)": a plural meeting noun (cues.separate), one exchange per
    # counterpart (Sindimwo, of no side read, stays out at the recall tier's confidence), not the visit's
    pairs = _pairs(page_events("web-fr-057"))
    assert {"Li Yuanchao", "Joseph Butore"} in pairs
    assert not any("Gaston Sindimwo" in pair and "Joseph Butore" in pair for pair in pairs)
