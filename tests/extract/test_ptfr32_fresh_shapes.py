"""Portuguese and French shapes of the fresh Portuguese/French dev set (session 32, pt32; quality/real-dev-ptfr,
fit half, and the Portuguese and French pages of the retired judges real-dev-26 and -27).

- A counterpart named after a kind cue told as still to come, in a clause coordinated after an act held, is only
  named ("encontrou-se com A, e para amanhã está previsto também um encontro com B"): no event with B.
- A French ministry's title naming its nationals abroad by a plural demonym ("ministre des Affaires étrangères ...
  et des Tunisiens à l'étranger") tells the minister's country.
- A prelate's style ("o Monsenhor A", "Mgr A") and a French academic rank ("le Professeur A") are no part of a name.
- A predecessor's exchange told after the story's is recalled background ("depois da visita da antecessora de A, B,
  em 2013"): no event with B.

Restated sentences in the constructions of Lusa, MAP, TAP and Tatoli items; the people, places and days changed."""

from __future__ import annotations

import pytest

from liaison.extract.assembly import trace
from liaison.model.types import EventFrame
from tests.extract.latin_helpers import by_name, events


def _names(frames: tuple[EventFrame, ...]) -> set[str]:
    return {p.person.name for e in frames for p in e.participants}


_AGENDA = (
    "O Presidente de Cabo Verde, José Maria Neves, visita Espanha até domingo. Depois, José Maria "
    "Neves teve um encontro com o chefe do Governo, Pedro Sánchez, e para amanhã está previsto "
    "também um encontro com o chefe da diplomacia espanhola, José Manuel Albares."
)


def test_a_counterpart_of_a_coordinated_act_to_come_is_only_named() -> None:
    frames = events(_AGENDA, "pt", "2023-05-11")
    assert any({"José Maria Neves", "Pedro Sánchez"} <= set(by_name(e)) for e in frames)
    assert "José Manuel Albares" not in _names(frames)


def test_the_act_to_come_switched_off_names_the_counterpart_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trace, "_ABLATED", frozenset({"act_to_come_named"}))
    assert "José Manuel Albares" in _names(events(_AGENDA, "pt", "2023-05-11"))


def test_an_act_to_come_in_a_relative_clause_leaves_the_next_counterpart() -> None:
    text = (
        "O Presidente de Angola, João Lourenço, recebeu ontem em Luanda o ministro Sergei Lavrov, que visitará "
        "a Namíbia na sexta-feira, e o enviado chinês Liu Yuxi."
    )
    assert "Liu Yuxi" in _names(events(text, "pt", "2023-01-26"))


@pytest.mark.parametrize(("demonym", "code"), [("Tunisiens", "TN"), ("Marocains", "MA"), ("Guinéens", "GN")])
def test_nationals_abroad_in_a_ministry_title_tell_its_country(demonym: str, code: str) -> None:
    text = (
        "Karim Haddad, ministre de la Coopération et des " + demonym + " à l'étranger, "
        "s'est entretenu mercredi à Genève avec le ministre japonais des Affaires étrangères, Taro Kono."
    )
    e = next(e for e in events(text, "fr", "2019-03-07") if "Karim Haddad" in by_name(e))
    assert by_name(e)["Karim Haddad"].person.country == code


def test_a_prelates_style_is_no_part_of_the_name() -> None:
    text = (
        "Terminada a audiência, o chefe de Estado timorense, José Ramos-Horta, encontrou-se depois com o "
        "cardeal Pietro Parolin e com o Monsenhor Edgar Peña Parra."
    )
    assert "Edgar Peña Parra" in _names(events(text, "pt", "2024-03-02"))


def test_a_french_academic_rank_is_no_part_of_the_name() -> None:
    text = (
        "Le Premier ministre togolais, Victoire Tomégah Dogbé, a reçu lundi à Lomé l'ambassadeur de Chine, "
        "Chao Weidong, en présence du ministre des Affaires étrangères, le Professeur Robert Dussey."
    )
    names = _names(events(text, "fr", "2023-06-13"))
    assert "Robert Dussey" in names and "Professeur Robert Dussey" not in names


def test_a_predecessors_visit_is_recalled_background() -> None:
    text = (
        "Num encontro com a delegação do PSD chefiada pelo presidente do partido, Luís Montenegro, Wang Qishan "
        "sublinhou as relações entre os dois países. Foi a segunda delegação do PSD que Pequim recebeu em dois anos, "
        "depois da visita do antecessor de Luís Montenegro, Rui Rio, em março de 2019."
    )
    names = _names(events(text, "pt", None))
    assert {"Luís Montenegro", "Wang Qishan"} <= names and "Rui Rio" not in names
