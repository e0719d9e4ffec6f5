"""Constructions of the fresh real-dev-6 sample (English and Portuguese pages, restated further): European Portuguese
"reuniu com" without the reflexive (PCP press notes), a delegation that "efectuou encontros com A; com B; e com C"
(one meeting each), and capitalised plural words of organisations ("União de Jovens Comunistas") that are no names."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events

PCP_MET = """Havana, 13 de Junho - Jerónimo de Sousa, Secretário-geral do PCP, reuniu com José Ramón Machado Ventura, \
segundo secretário do Comité Central do Partido Comunista de Cuba e membro do seu Bureau Político.
"""

PCP_PROGRAMME = """Uma delegação do PCP chefiada pelo seu Secretário-geral, Jerónimo de Sousa, e de que fez parte \
Pedro Guerreiro, responsável pela Secção Internacional, esteve em Cuba de 11 a 15 de Junho.
A delegação, que foi a Cuba a convite do PCC, reuniu com José Ramón Machado Ventura, segundo secretário do Comité \
Central do PCC, e efectuou encontros com Ana Mari Machado, vice-presidente da Assembleia Nacional do Poder Popular; \
com Teresa Amarelle Boue, secretária-geral da Federação de Mulheres Cubanas; e com Suselys Morfa, primeira secretária \
da União de Jovens Comunistas.
"""


def test_portuguese_met_without_the_reflexive() -> None:
    evs = events(PCP_MET, "pt", published="2017-06-14")
    assert len(evs) == 1 and evs[0].kind == "meeting"
    assert {"Jerónimo de Sousa", "José Ramón Machado Ventura"} <= set(by_name(evs[0]))


def test_a_delegation_meets_one_counterpart_and_holds_encounters_with_each_of_others() -> None:
    evs = events(PCP_PROGRAMME, "pt", published="2017-06-16")
    met = {name for e in evs if e.kind == "meeting" for name in by_name(e) if name not in
           {"Jerónimo de Sousa", "Pedro Guerreiro"}}
    assert met == {"José Ramón Machado Ventura", "Ana Mari Machado", "Teresa Amarelle Boue", "Suselys Morfa"}
    assert all(len(set(by_name(e)) & met) == 1 and "Jerónimo de Sousa" in by_name(e) for e in evs)


def test_the_young_communists_are_no_person() -> None:
    evs = events(PCP_PROGRAMME, "pt", published="2017-06-16")
    assert evs and not any("Jovens Comunistas" in by_name(e) for e in evs)


CAPE_TOWN = """Chinese Vice President Li Yuanchao met Gwede Mantashe, secretary general of South Africa's ruling \
African National Congress (ANC), in Cape Town on Nov. 22.
"""


def test_a_known_city_with_a_stop_word_is_the_place() -> None:
    evs = events(CAPE_TOWN, "en", published="2016-11-24")
    assert len(evs) == 1 and evs[0].location == "Cape Town"


def _seat(text: str, native: str):
    evs = events(text, "en", published="2023-08-23")
    return [p for e in evs for p in e.participants if p.person.native == native]


def test_a_two_word_demonym_opens_a_title_after_the_name() -> None:
    text = """Nathi Mthethwa, South African Minister of Arts and Culture, met Cuban President Miguel Diaz-Canel in \
Pretoria on Aug 22.
"""
    (p,) = _seat(text, "Nathi Mthethwa")
    assert p.side == "ZA" and p.person.title == "South African Minister of Arts and Culture"


def test_a_two_word_demonym_opens_a_title_before_the_name() -> None:
    text = """South African Minister for Arts and Culture Nathi Mthethwa met Cuban President Miguel Diaz-Canel in \
Pretoria on Aug 22.
"""
    (p,) = _seat(text, "Nathi Mthethwa")
    assert p.side == "ZA" and p.person.title == "South African Minister for Arts and Culture"


def test_portfolio_words_before_a_name_are_no_part_of_it() -> None:
    text = """Dar es Salaam (VNA) - Mr. Nguyen Manh Hung, Minister of Information and Communications, had a working \
session with Tanzania's Minister of Foreign Affairs Stergomena Lawrence, and Minister of Communications and \
Information Technology Nape Moses Nnauye.
"""
    names = {p.person.native for e in events(text, "en", published="2022-12-10") for p in e.participants}
    assert "Nape Moses Nnauye" in names and not any(n.startswith("Technology") for n in names)


UNNAMED_SIDE = """Havana, Aug 23 (ACN) Miguel Diaz-Canel, First Secretary of Cuba's Communist Party and Cuban \
President met in Pretoria with leaders of the Tripartite Alliance ruling South Africa.
During the meeting, held at Freedom Park, South African Minister for Arts and Culture Nathi Mthethwa welcomed the \
Cuban head of state and stressed the links in education and health.
"""


def test_the_unnamed_side_speaks_in_the_scene_of_the_meeting() -> None:
    evs = events(UNNAMED_SIDE, "en", published="2023-08-23")
    assert len(evs) == 1
    assert by_name(evs[0])["Nathi Mthethwa"].side == "ZA" and "Miguel Diaz-Canel" in by_name(evs[0])


def test_a_zoom_meeting_is_a_video_conference() -> None:
    text = """KATHMANDU: The Chinese Communist Party's Minister of the International Department Song Tao held a zoom \
meeting with Nepali Congress President Sher Bahadur Deuba and CPN (Maoist Center) Chairman Pushpa Kamal Dahal today.
"""
    evs = events(text, "en", published="2021-05-26")
    assert evs and all(e.kind == "video_conference" and e.remote for e in evs)
    assert {"Song Tao", "Sher Bahadur Deuba"} <= {n for e in evs for n in by_name(e)}


def test_met_respectively_in_a_second_act_is_one_meeting_each() -> None:
    text = """Phnom Penh, July 22nd—Qian Hongshan, Vice-minister of the International Department of the CPC Central \
Committee, met with Hun Sen, President of the CPP, and met respectively with Khuon Sudary, Member of the Standing \
Committee of the CPP, Prak Sokhonn, Deputy Prime Minister of Cambodia, and Suos Yara, Chairman of the Fifth Committee \
of the National Assembly of Cambodia.
"""
    evs = events(text, "en", published="2023-07-26")
    met = [set(by_name(e)) - {"Qian Hongshan"} for e in evs]
    assert sorted(map(sorted, met)) == [["Hun Sen"], ["Khuon Sudary"], ["Prak Sokhonn"], ["Suos Yara"]]
    assert all("Qian Hongshan" in by_name(e) for e in evs)


def test_sri_lankan_after_a_name_is_no_generational_suffix() -> None:
    text = """Palitha Kohona, Sri Lankan Ambassador to China, met Liu Jianchao, head of the International Department \
of the CPC Central Committee, in Beijing on Aug 22.
"""
    (ev,) = events(text, "en", published="2023-08-23")
    kohona = by_name(ev)["Palitha Kohona"]
    assert kohona.side == "LK" and kohona.person.title == "Sri Lankan Ambassador to China"
