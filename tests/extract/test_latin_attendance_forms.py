"""Attendees of a found exchange in the common forms the Latin-script outlets tell them (issue 13/16, attl): one
accompanying a delegation told actively ("also accompanied the CPC delegation", "que acompanhava a delegação",
"La comitiva que lo acompaña incluye a"), and a delegation's members listed one a line under a header ending on a
colon, each line closed by a semicolon, before the exchange is told ("En faisaient partie :"). Texts restate real-dev
pages further (web-en-1607, web-pt-077, web-es-190, web-fr-1613), names, titles and constructions kept, or read one
through ``page_events`` (web-en-160: those present after a later day's meeting are at it); read blind,
the people table knowing none of them."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import page_events, seats, sentence_events


@pytest.mark.parametrize("blind", [False, True])
def test_an_ambassador_who_accompanied_the_delegation_attends(blind: bool) -> None:
    found = sentence_events(
        "A delegation of the Communist Party of China, led by Vice Minister Sun Haiyan, visited the headquarters of "
        "the Bharatiya Janata Party (BJP) in New Delhi on Monday. During the meeting, the BJP's delegation, headed by "
        "General Secretary Arun Singh, discussed at length how to deepen exchanges between the two parties. Lending "
        "weight to the occasion, the Chinese Ambassador to India, Xu Feihong, also accompanied the CPC delegation, "
        "according to a post of the BJP's foreign affairs department.",
        "2026-01-13", "en", blind=blind)
    (event,) = found
    got = seats(event)
    assert got["Xu Feihong"] == ("CN", False)
    assert got["Sun Haiyan"][1] and got["Arun Singh"][1]


@pytest.mark.parametrize("blind", [False, True])
def test_a_host_official_who_accompanied_the_delegation_attends(blind: bool) -> None:
    (event,) = sentence_events(
        "Filipe Nyusi recebeu em audiência de cortesia uma delegação da Assembleia Popular Nacional da China, chefiada "
        "pelo vice-presidente do Comité Permanente, Losang Gyaltsen. Nyusi manifestou interesse em reforçar a "
        "cooperação legislativa entre os dois países. O primeiro vice-presidente da Assembleia da República, Hélder "
        "Injojo, que acompanhava a delegação chinesa, apresentou ao chefe de Estado os resultados da visita.",
        "2023-11-02", "pt", blind=blind)
    got = seats(event)
    assert set(got) >= {"Filipe Nyusi", "Losang Gyaltsen", "Hélder Injojo"}
    assert got["Hélder Injojo"][1] is False


@pytest.mark.parametrize("blind", [False, True])
def test_a_minister_of_the_retinue_that_accompanies_the_president_attends(blind: bool) -> None:
    (event,) = sentence_events(
        "El presidente de Colombia, Gustavo Petro, se reunió este martes en Pekín con el presidente de China, Xi "
        "Jinping. La comitiva que lo acompaña incluye a varios ministros y altos funcionarios, entre ellos la "
        "canciller Laura Sarabia.",
        "2025-05-13", "es", blind=blind)
    got = seats(event)
    assert got["Laura Sarabia"][1] is False
    assert got["Gustavo Petro"][1] and got["Xi Jinping"][1]


_MEMBERS = (
    "Une importante délégation du Parti Communiste Chinois (PCC), conduite par Monsieur Yezhou GUO, vice-ministre du "
    "Département International du Comité central du PCC, a séjourné au Burkina Faso du 6 au 8 mars 2019.\n"
    "En faisaient partie :\n"
    "Monsieur Heming WANG, Directeur général du Bureau des Affaires africaines du Département International du PCC ;\n"
    "Madame Yan SHU, Secrétaire au Département international du PCC ;\n"
    "Monsieur Bowei WANG, Attaché de l'Ambassade de la République Populaire de Chine au Burkina Faso.\n"
    "La délégation du PCC a atterri à Ouagadougou dans l'après-midi du mercredi 6 mars 2019."
)


@pytest.mark.parametrize("blind", [False, True])
def test_members_listed_one_a_line_before_the_exchange_attend_it(blind: bool) -> None:
    found = sentence_events(_MEMBERS, "2019-03-09", "fr", blind=blind)
    (event,) = found
    got = seats(event)
    assert got["Yezhou GUO"] == ("CN", True)
    for member in ("Heming WANG", "Yan SHU", "Bowei WANG"):
        assert got[member] == ("CN", False)


@pytest.mark.parametrize("blind", [False, True])
def test_those_accompanying_after_a_later_days_meeting_attend_that_meeting(blind: bool) -> None:
    # ACN: the visit's first stop dated Sunday, the meeting with Nguyen Van Nen on Monday; "Morales Ojeda is further
    # accompanied by A; B; and C" after it: at the meeting, not at the stop told first
    found = page_events("web-en-160", blind=blind)
    (meeting,) = [e for e in found if "Nguyen Van Nen" in seats(e)]
    got = seats(meeting)
    for name in ("Maryde Fernández López", "Rosario Pentón Díaz", "Emilio Lozada Garcia"):
        assert got[name] == ("CU", False)
