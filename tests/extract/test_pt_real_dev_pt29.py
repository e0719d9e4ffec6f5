"""Constructions of the fresh Portuguese pages of real-dev-pt (session 29, fit half; sentences restated): the
Brazilian "encontrar" without "com", a visit told with the meetings it "contou com", a meeting only talked about
in a call, the call told again by "No telefonema", Monday ("segunda-feira") read as a day and not as a title word,
an envoy's capital that is no story city, Putin named by his surname, a forum's name that is no person."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events

SHOIGU = """Conforme a televisão estatal de Moscovo, Sergei Shoigu, que dirige o Conselho de Segurança russo, \
encontrou o líder norte-coreano, Kim Jong Un, em Pyongyang, nesta sexta-feira, 21."""

CALL = """O presidente brasileiro Lula falou por telefone nesta segunda-feira (18) com o presidente russo, Vladimir \
Putin. No telefonema, de quase meia hora, ambos discutiram a reunião recente entre Putin e Donald Trump sobre a \
guerra na Ucrânia.
O Planalto informou que Putin achou a conversa positiva."""

TOPIC = """O presidente brasileiro Lula falou por telefone nesta segunda-feira (18) com o presidente russo, \
Vladimir Putin. Ambos discutiram a reunião recente entre Putin e Donald Trump."""

MONDAY = """Em Brasília, Lula recebeu nesta segunda-feira (22) o presidente da Venezuela, Nicolás Maduro, para \
conversações a dois."""

STATE_VISIT = """Assistiu ao encontro o diplomata Luís Faro, embaixador de Lisboa em Havana.
Marcelo Rebelo de Sousa está desde quarta-feira numa visita de Estado inédita em Cuba, que já contou com encontros \
com Raúl Castro, seu homólogo, e com Fidel Castro, o líder histórico."""

SURNAME = """Segundo a RIA Novosti, Putin reuniu-se com o seu homólogo da Guiné-Bissau e sugeriu a Umaro Sissoco \
Embaló reforçar a cooperação entre os dois países.
Embaló viajou até Moscovo para assistir ao desfile do Dia da Vitória."""

FORUM = """O chefe da diplomacia angolana, Manuel Augusto, participa na segunda-feira na sessão inaugural do \
Diálogo de Alto Nível entre dirigentes da China e de África, informou a Angop."""


def test_encontrar_without_com_before_a_post_is_a_meeting() -> None:
    evs = events(SHOIGU, "pt", "2025-03-21")
    assert len(evs) == 1 and evs[0].kind == "meeting"
    assert set(by_name(evs[0])) == {"Sergei Shoigu", "Kim Jong Un"}
    assert evs[0].date is not None and evs[0].date.iso == "2025-03-21"


def test_encontrar_an_object_that_is_no_post_is_no_meeting() -> None:
    assert events("O ministro das Relações Exteriores, Mauro Vieira, encontrou os jornalistas à saída do palácio.",
                  "pt", "2025-03-21") == ()


def test_a_meeting_talked_about_in_a_call_is_no_exchange_and_the_call_told_again_is_one() -> None:
    evs = events(CALL, "pt", "2025-08-18")
    assert len(evs) == 1 and evs[0].kind == "phone_call"
    assert set(by_name(evs[0])) == {"Lula", "Vladimir Putin"}


def test_a_recent_meeting_discussed_makes_no_meeting() -> None:
    evs = events(TOPIC, "pt", "2025-08-18")
    assert [e.kind for e in evs] == ["phone_call"]
    assert "Donald Trump" not in by_name(evs[0])


def test_monday_is_a_day_not_a_title_word() -> None:
    evs = events(MONDAY, "pt", "2025-09-23")
    assert len(evs) == 1
    assert by_name(evs[0])["Nicolás Maduro"].person.title == "presidente da Venezuela"
    assert evs[0].date is not None and evs[0].date.iso == "2025-09-22"


def test_a_visit_told_with_the_meetings_it_had_gives_meetings_and_no_envoys_capital() -> None:
    evs = events(STATE_VISIT, "pt", "2016-10-28")
    assert [e.kind for e in evs] == ["meeting", "meeting"]
    assert [set(by_name(e)) for e in evs] == [
        {"Marcelo Rebelo de Sousa", "Raúl Castro"}, {"Marcelo Rebelo de Sousa", "Fidel Castro"}]
    assert all(e.location != "Lisbon" for e in evs)


def test_putin_named_by_his_surname_alone_takes_part() -> None:
    evs = events(SURNAME, "pt", "2024-05-10")
    assert len(evs) == 1
    people = by_name(evs[0])
    assert "Umaro Sissoco Embaló" in people and "Putin" in people
    assert people["Putin"].person.name == "Vladimir Putin"


def test_a_forums_name_is_no_person() -> None:
    for e in events(FORUM, "pt", "2018-08-31"):
        assert not any("Diálogo" in name for name in by_name(e))


AHEAD = """O Presidente angolano, João Lourenço, inicia sexta-feira uma visita oficial à China, a convite do \
Presidente chinês, Xi Jinping."""

DONE = """O Presidente angolano, João Lourenço, iniciou na sexta-feira uma visita oficial à China, a convite do \
Presidente chinês, Xi Jinping."""


def test_an_act_told_in_the_present_with_a_bare_weekday_is_still_to_come() -> None:
    assert events(AHEAD, "pt", "2024-03-13") == ()  # a Wednesday: that Friday is still to come
    done = events(DONE, "pt", "2024-03-13")
    assert len(done) == 1 and done[0].date is not None and done[0].date.iso == "2024-03-08"


ARRIVAL = """Umaro Sissoco Embaló, chefe de Estado da Guiné-Bissau, está em Luanda desde terça-feira, onde foi \
recebido pelo Ministro angolano das Relações Exteriores, Téte António."""

AGENT = """Marcelo Rebelo de Sousa, Presidente português, aterrou em Luanda na manhã de quarta-feira e foi \
recebido no Aeroporto 4 de Fevereiro pelo Ministro das Relações Exteriores, Téte António."""


def test_an_arrivals_welcome_told_in_a_relative_clause_of_its_place_is_an_exchange() -> None:
    evs = events(ARRIVAL, "pt", "2022-09-14")
    assert len(evs) == 1
    assert {"Umaro Sissoco Embaló", "Téte António"} <= set(by_name(evs[0]))


def test_a_passives_agent_before_a_post_closes_the_place_before_it() -> None:
    evs = events(AGENT, "pt", "2022-09-14")
    assert len(evs) == 1
    assert by_name(evs[0])["Téte António"].person.title == "Ministro das Relações Exteriores"


def test_a_weekday_between_the_verb_and_its_noun_keeps_the_cue() -> None:
    evs = events("O presidente chinês, Xi Jinping, mantém nesta sexta-feira conversações com o presidente de Angola, "
                 "João Lourenço, no Grande Palácio do Povo.", "pt", "2025-06-13")
    assert [e.kind for e in evs] == ["talks"]
    assert set(by_name(evs[0])) == {"Xi Jinping", "João Lourenço"}
