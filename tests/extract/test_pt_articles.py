"""Portuguese extractor on short articles written for these tests in the genre's styles (Xinhua and
Diário do Povo in Portuguese, CRI, ANGOP, Jornal ÉME, Avante!/PCP, PT and PCdoB outlets)."""

from __future__ import annotations

from datetime import date

from liaison.extract.es.lexicon import SPANISH
from liaison.extract.latin.names import looks_vietnamese
from liaison.extract.pt.lexicon import PORTUGUESE
from liaison.normalise.dates import weekday_day
from tests.extract.latin_helpers import by_name, events, org


def test_xinhua_dateline_and_a_delegation_led_by_its_president() -> None:
    text = (
        "Pequim, 10 jun (Xinhua) -- Cai Qi, membro do Comitê Permanente do Birô Político do Comitê Central do "
        "Partido Comunista da China (PCCh), reuniu-se nesta terça-feira em Beijing com uma delegação do "
        "Partido Africano da Independência de Cabo Verde (PAICV), liderada pelo seu presidente, Rui Semedo.\n"
    )
    (event,) = events(text, "pt", published="2025-06-11")
    assert (event.kind, event.location) == ("meeting", "Beijing")
    assert event.date is not None and event.date.iso == "2025-06-10"
    people = by_name(event)
    assert people["Cai Qi"].lead and people["Rui Semedo"].lead
    assert org(people["Cai Qi"]) == "Communist Party of China"  # a seat on the Standing Committee
    assert (people["Rui Semedo"].side, org(people["Rui Semedo"])) == (
        "CV", "African Party for the Independence of Cape Verde"
    )
    assert {p.abbr for p in event.parties} == {"CPC", "PAICV"}


def test_passive_audience_and_an_aim_dateline() -> None:
    text = (
        "Maputo, 05 Mai (AIM) - A secretária-geral da Frelimo, Ludmila Maguni, foi recebida em audiência pelo "
        "vice-ministro do Departamento Internacional do Comité Central do PCC, Sun Haiyan, em Pequim.\n"
    )
    (event,) = events(text, "pt", published="2023-05-06")
    assert (event.kind, event.location) == ("meeting", "Beijing")
    assert event.date is not None and event.date.iso == "2023-05-05"
    people = by_name(event)
    assert org(people["Ludmila Maguni"]) == "Mozambique Liberation Front"
    assert org(people["Sun Haiyan"]) == "International Department of the CPC Central Committee"  # PCC = CPC


def test_weekday_with_its_day_number_against_a_month_precision_date() -> None:
    text = (
        "Titulo\n\nRádio Internacional da China - Xi Jinping, secretário-geral do Comitê Central do Partido "
        "Comunista da China (PCCh), reuniu-se nesta quarta-feira (26), em Beijing, com Truong Thi Mai, membro "
        "do Birô Político do Comitê Central do Partido Comunista do Vietnã (PCV).\n"
    )
    (event,) = events(text, "pt", published="2023-04")
    assert event.date is not None and event.date.iso == "2023-04-26"
    assert weekday_day(date(2023, 4, 1), 2, 26) == date(2023, 4, 26)
    assert weekday_day(date(2023, 9, 16), 4, 15) == date(2023, 9, 15)


def test_pcp_style_delegation_list_with_seats_as_titles() -> None:
    text = (
        "Delegação do PCP visita o Vietname\n"
        "Uma delegação do PCP visitou a República Socialista do Vietname entre 3 e 9 de Outubro, a convite "
        "do Partido Comunista do Vietname.\n"
        "Da delegação fizeram parte Paulo Raimundo, do Secretariado do Comité Central, Ana Lopes Vieira, da "
        "Comissão Política, e Rui Fernandes, da Secção Internacional.\n"
    )
    (event,) = events(text, "pt", published="2024-10")
    assert event.kind == "visit" and event.date is not None
    assert (event.date.iso, event.date.precision) == ("2024-10", "month")  # "entre 3 e 9 de Outubro"
    people = by_name(event)
    assert people["Paulo Raimundo"].lead and not people["Ana Lopes Vieira"].lead
    assert people["Paulo Raimundo"].person.title == "do Secretariado do Comité Central"
    assert people["Ana Lopes Vieira"].person.title == "da Comissão Política"
    assert people["Rui Fernandes"].person.title == "da Secção Internacional"


def test_titles_in_brackets() -> None:
    text = (
        "Titulo\n\nNa última sexta-feira, uma delegação do Partido Comunista da China foi recebida na sede do "
        "PCdoB em São Paulo pela presidenta do partido, Luciana Santos.\n"
        "Participaram da delegação chinesa Zhang Ming (Secretário-Geral do Comitê Acadêmico da Comissão para "
        "o Desenvolvimento e Reforma) e Wang Heming (Subdiretor-geral do Departamento Internacional do "
        "Comitê Central do Partido Comunista da China).\n"
    )
    (event,) = events(text, "pt", published="2025-06-12")
    people = by_name(event)
    assert people["Zhang Ming"].person.title == (
        "Secretário-Geral do Comitê Acadêmico da Comissão para o Desenvolvimento e Reforma"
    )
    assert org(people["Wang Heming"]) == "International Department of the CPC Central Committee"
    assert event.location == "São Paulo" and event.kind == "meeting"


def test_a_later_meeting_of_the_same_visit() -> None:
    text = (
        "Titulo\n\nUma delegação do Partido Comunista Português, chefiada por Paulo Raimundo, secretário-geral "
        "do PCP, esteve em Hanói, onde se reuniu com Truong Thi Mai, membro do Bureau Político do Comité "
        "Central do Partido Comunista do Vietname.\n"
        "Durante a visita, a delegação encontrou-se ainda com Le Hoai Trung, chefe da Comissão de Relações "
        "Externas do Comité Central do PCV.\n"
    )
    first, second = events(text, "pt", published="2022-11-30")
    assert set(by_name(first)) == {"Paulo Raimundo", "Truong Thi Mai"}
    assert set(by_name(second)) == {"Paulo Raimundo", "Le Hoai Trung"}
    assert {p.abbr for p in first.parties} == {"PCP", "CPV"}


def test_numeric_dateline_of_a_party_paper_places_the_event() -> None:
    text = (
        "Vice-Presidente do MPLA recebe delegação chinesa\n"
        "Jornal ÉME – Luanda – 16.09.23 – A Vice-Presidente do MPLA, Luísa Damião, recebeu nesta sexta-feira "
        "(15) na Sede Nacional do MPLA o membro do Bureau Político do Comité Central do Partido Comunista da "
        "China (PCC) Yin Li.\n"
    )
    (event,) = events(text, "pt", published="2023-09-16")
    assert (event.location, event.date.iso if event.date else None) == ("Luanda", "2023-09-15")
    assert {p.abbr for p in event.parties} == {"MPLA", "CPC"}


def test_pcc_is_cuban_where_the_article_names_the_cuban_party() -> None:
    text = (
        "Titulo\n\nO Partido Comunista de Cuba e o PCP reforçam laços: Emilio Lozada García, membro do Comité "
        "Central do PCC, recebeu nesta terça-feira em Havana o secretário-geral do PCP, Paulo Raimundo.\n"
    )
    (event,) = events(text, "pt", published="2025-06-12")
    assert org(by_name(event)["Emilio Lozada García"]) == "Communist Party of Cuba"


def test_a_brazilian_name_with_a_circumflex_is_not_vietnamese() -> None:
    assert not looks_vietnamese(("Mônica", "Valente"))
    assert looks_vietnamese(("Trịnh", "Minh", "Khoa")) and looks_vietnamese(("Tô", "Lâm"))


def test_the_spanish_lexicon_holds_no_portuguese_words() -> None:
    for word in ("secretário", "deputado", "embaixador", "membro", "recebeu"):
        assert word not in SPANISH.title_words | SPANISH.verbs
        assert word in PORTUGUESE.title_words | PORTUGUESE.verbs
    assert SPANISH.weekday_number("terça-feira") is None and PORTUGUESE.weekday_number("terça-feira") == 1


def test_how_an_article_reads_pcc() -> None:
    from liaison.extract.latin.abbreviations import local_gazetteer
    from liaison.kb.gazetteer import default_gazetteer

    gaz = default_gazetteer()

    def reading(text: str) -> str:
        return local_gazetteer(text, gaz, PORTUGUESE).lookup_org("PCC").id  # type: ignore[union-attr]

    assert reading("O PCC e o PCP reforçam laços.") == "cpc"  # the Portuguese reading
    assert reading("Em Havana, o PCC e o PCP; o presidente cubano discursou.") == "pcc_cu"  # Cuba named
    assert reading("O Partido Comunista da China (PCC) e Cuba.") == "cpc"  # defined in the article
    assert reading("O PCC e o PCP.") == "cpc" and gaz.lookup_org("PCC").id == "pcc_cu"  # type: ignore[union-attr]
