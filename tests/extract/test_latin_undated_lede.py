"""A lede telling one side of an exchange and no day, told again with both sides later (real-dev-5, issue 13)."""

from __future__ import annotations

from tests.extract.latin_helpers import events


def test_an_undated_lede_of_one_side_is_the_exchange_told_again_with_both() -> None:
    # an African outlet on an exchange of messages: the lede names the Chinese side and "the AU's leaders", the next
    # paragraph dates it and names the AU's chairman
    text = (
        "Pour les 20 ans de la fondation de l'Union africaine (UA) et les 20 ans des relations diplomatiques sino-UA, "
        "le Président chinois Xi Jinping et les dirigeants de l'UA se sont adressé mutuellement des messages de "
        "félicitations.\n\n"
        "Le 9 septembre 2022, le président Xi Jinping et le président en exercice de l'Union africaine et président "
        "sénégalais Macky Sall ont échangé des messages de félicitations marquant ces deux anniversaires."
    )
    (ev,) = events(text, "fr", published="2022-09")
    assert ev.kind == "message" and ev.date is not None and ev.date.iso == "2022-09-09"
    assert {p.person.native for p in ev.participants if p.lead} == {"Xi Jinping", "Macky Sall"}


def test_a_lede_of_one_side_with_its_own_day_and_a_later_exchange_stay_apart() -> None:
    # the lede dates its own call; a later call of the same leader with someone else is another exchange
    text = (
        "El presidente chino, Xi Jinping, conversó por teléfono el lunes con el presidente de Francia, "
        "Emmanuel Macron. "
        "El martes, Xi Jinping conversó por teléfono con el canciller de Alemania, Olaf Scholz."
    )
    evs = events(text, "es", published="2023-05-10")
    assert len(evs) == 2
