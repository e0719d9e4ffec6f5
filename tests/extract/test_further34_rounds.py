"""Further events told with the counterpart fronted before the act (session 34, issue 13, further34): a round of
separate meetings told one sentence each, the person met opening the sentence and set off by a comma, the act after
it with the story's principal elided or named again ("Com o ministro das Relações Exteriores do Benim, A,
discutiu ...", "Com o primeiro-ministro malaio, B, o presidente brasileiro debateu ...", Spanish "Con el canciller
de Benín, A, conversó ..."), and a further meeting told by being with a vice-minister ("e esteve ainda com o atual
vice-chanceler do Laos, C"); and a lede telling exchanges in the plural with several leaders, then named ("had brief
exchanges with several regional leaders, the presidents of X and Y, B and C, and A"): one each. Sentences
restated in the pages' constructions, read with the people unknown (as on blind pages)."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import seats, sentence_events


def _met(text: str, language: str) -> list[list[str]]:
    evs: tuple[EventFrame, ...] = sentence_events(text, "2024-01-23", language=language, blind=True)
    return sorted(sorted(seats(ev)) for ev in evs)


def test_a_fronted_counterpart_and_a_vice_minister_been_with_are_the_principals_further_meetings() -> None:
    assert _met("O chanceler brasileiro, Mauro Vieira, reuniu-se em Kampala com o seu homólogo de Bangladesh, Hasan "
                "Mahmud. Com o ministro das Relações Exteriores do Benim, Olushegun Bakari, abordou o comércio "
                "bilateral, e esteve também com o atual vice-chanceler do Laos, Phoxay Khaykhamphithoune, para falar "
                "da Asean.", "pt") == [["Hasan Mahmud", "Mauro Vieira"], ["Mauro Vieira", "Olushegun Bakari"],
                                    ["Mauro Vieira", "Phoxay Khaykhamphithoune"]]


def test_a_fronted_counterpart_with_the_principal_told_by_a_role_noun() -> None:
    assert _met("O presidente brasileiro, Luiz Inácio Lula da Silva, reuniu-se no domingo com o chefe de Estado "
                "sul-africano, Cyril Ramaphosa. Com o primeiro-ministro malaio, Anwar Ibrahim, o presidente "
                "brasileiro debateu um pacto global contra a fome.", "pt") == [
        ["Anwar Ibrahim", "Luiz Inácio Lula da Silva"], ["Cyril Ramaphosa", "Luiz Inácio Lula da Silva"]]


def test_a_fronted_counterpart_in_spanish() -> None:
    met = _met("El canciller venezolano, Yván Gil, se reunió el lunes con el canciller ruso, Serguéi Lavrov. Con el "
               "ministro de Exteriores de Benín, Olushegun Bakari, conversó sobre la cooperación bilateral.", "es")
    assert met == [["Olushegun Bakari", "Yván Gil"], ["Serguéi Lavrov", "Yván Gil"]]


def test_a_fronted_phrase_naming_no_act_after_it_is_no_meeting() -> None:
    assert _met("El canciller venezolano, Yván Gil, se reunió el lunes con el canciller ruso, Serguéi Lavrov. Con el "
                "presidente electo de Bolivia, Rodrigo Paz, el país espera cambios.", "es") == [
        ["Serguéi Lavrov", "Yván Gil"]]


def test_short_exchanges_with_several_leaders_then_named_are_one_meeting_each() -> None:
    assert _met("In Tianjin for the SCO summit, Russian President Vladimir Putin had brief exchanges with several "
                "regional leaders, the presidents of Tajikistan and Uzbekistan, Emomali Rahmon and Shavkat "
                "Mirziyoyev, and Pakistani Prime Minister Shahbaz Sharif among them.", "en") == [
        ["Emomali Rahmon", "Vladimir Putin"], ["Shahbaz Sharif", "Vladimir Putin"],
        ["Shavkat Mirziyoyev", "Vladimir Putin"]]
