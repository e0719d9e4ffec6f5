"""The speaker of a side an exchange names only as a party or delegation, told a few sentences later (issue 13,
speaker26: ``later_seats._unnamed_side_speaking``). Restated sentences of real pages."""

from __future__ import annotations

from tests.extract.latin_helpers import events


def _leads(text: str, language: str, published: str) -> list[set[str]]:
    return [{p.person.native for p in e.participants if p.lead} for e in events(text, language, published)]


def test_the_official_of_a_party_named_only_by_its_acronym_speaks_for_the_side_received() -> None:
    # Togo: a CPC delegation arrives in Lomé, the ruling party named in the next sentence, its secretary speaking
    text = (
        "Une délégation du Parti communiste chinois (PCC) menée par Fang Cai, expert en chef d'un centre de "
        "réflexion national, est arrivée jeudi à Lomé pour un séjour de trois jours. Ce déplacement marque une "
        "étape dans les liens entre le PCC et l'Union pour la République (Unir), formation au pouvoir. "
        "Le secrétaire exécutif d'Unir, Aklesso Atcholi, a relevé que ce séjour aidait le parti à tirer profit "
        "des décisions du dernier plénum du PCC."
    )
    assert {"Fang Cai", "Aklesso Atcholi"} in _leads(text, "fr", "2024-11-22")


def test_a_host_party_head_opening_on_his_turn_is_the_other_side() -> None:
    # the host party's head speaking "in turn" after a working session of the visiting delegation with its leadership
    text = (
        "Uma delegação do Partido Comunista da China, chefiada pelo vice-ministro Li Wei, chegou a Angola na "
        "segunda-feira para uma visita de trabalho. A delegação teve uma sessão de trabalho com a direcção do "
        "MPLA. Por sua vez, o secretário-geral do MPLA, Paulo Pombolo, ressaltou a amizade entre os dois partidos."
    )
    assert any({"Li Wei", "Paulo Pombolo"} <= leads for leads in _leads(text, "pt", "2023-05-10"))


def test_a_speaker_of_a_country_the_article_never_names_is_no_counterpart() -> None:
    # a party's acronym read as another country's ("MPP"): the speaker is left out rather than misplaced
    text = (
        "Invitée par le Mouvement du peuple pour le progrès (MPP, au pouvoir), une délégation du Parti communiste "
        "chinois (PCC), menée par le vice-ministre du département international, Yezhou Guo, séjourne du 6 au 8 "
        "mars au Burkina pour une visite de travail. Dans ses propos introductifs, le premier responsable du MPP, "
        "Simon Compaoré, a présenté rapidement le parti."
    )
    assert all(not {"Yezhou Guo", "Simon Compaoré"} <= leads for leads in _leads(text, "fr", "2019-03-08"))


def test_the_unnamed_delegation_head_speaking_in_the_meetings_leads_its_side() -> None:
    # Venezuela: "the delegation" of Vietnam's assembly met Venezuelan deputies; its head spoke "in the meetings"
    text = (
        "Durante la visita, hecha por invitación de la Asamblea Nacional y del Grupo de Amistad Parlamentaria "
        "Venezuela-Vietnam, la delegación vietnamita se entrevistó con el vicepresidente del parlamento venezolano "
        "Pedro Infante. En las reuniones, el jefe de la delegación vietnamita, Nguyen Lam Thanh, valoró el apoyo "
        "que el pueblo venezolano brindó a Vietnam."
    )
    assert any({"Pedro Infante", "Nguyen Lam Thanh"} <= leads for leads in _leads(text, "es", "2023-07-10"))


def test_a_speaker_of_the_delegation_s_own_side_is_not_its_counterpart() -> None:
    # the visiting side's own official speaking after the arrival: of the delegation's country, not the host
    text = (
        "Une délégation du Parti communiste chinois (PCC) menée par Fang Cai est arrivée jeudi à Lomé pour un "
        "séjour de trois jours. Ce déplacement marque une étape dans les liens entre le PCC et l'Union pour la "
        "République (Unir). Le vice-ministre chinois Li Wei a relevé que ce séjour renforçait l'amitié."
    )
    assert all(not {"Fang Cai", "Li Wei"} <= leads for leads in _leads(text, "fr", "2024-11-22"))
