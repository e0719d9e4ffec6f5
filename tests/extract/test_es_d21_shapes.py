"""Spanish and Portuguese web-page shapes of real-dev-21 (session 24, es24; sentences restated from its pages and
reworded): a person named as the head of the government another serves ("la vicepresidenta del gobierno de A, B")
or as the one succeeded ("sucessor de A"), the sender of a letter an envoy hands over, capitalised headings and
portfolios read as names ("Mensaje de Condolencias", "Negocios Extranjeros", "Acordo de Pacificação", a city), a
companion "en compañía del" ministro, those "com Lula", "en la víspera", a guest's own meeting told after a frame
naming the host ("Após o encontro com Lula, o presidente argentino, A, disse"), "esteve com", people named in a
relative clause of speech after the cue, and another act told in a temporal clause ("horas después de que")."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events


def test_head_of_the_government_served_is_only_mentioned() -> None:
    text = ("Caracas.- La vicepresidenta del gobierno de Nicolás Maduro, Delcy Rodríguez, se reunió el jueves en "
            "Antalya con el jefe de la diplomacia rusa, Sergei Lavrov, informó el ministerio venezolano.")
    (event,) = events(text, "es", "2022-03-10")
    assert set(by_name(event)) == {"Delcy Rodríguez", "Sergei Lavrov"}


def test_the_one_succeeded_is_only_mentioned() -> None:
    text = ("O ex-presidente Lula foi recebido nesta quarta-feira pelo presidente da França, Emmanuel Macron. Ele "
            "encontrou-se ainda com Olaf Scholz, próximo chanceler alemão e sucessor de Angela Merkel.")
    first, second = events(text, "pt", "2021-11-17")
    assert set(by_name(first)) == {"Lula", "Emmanuel Macron"}
    assert set(by_name(second)) == {"Lula", "Olaf Scholz"}


def test_sender_of_a_letter_handed_over_is_only_mentioned() -> None:
    text = ("El presidente cubano, Miguel Díaz-Canel, recibió al vicepresidente chino, Wang Qishan, quien le entregó "
            "una carta del presidente Xi Jinping.")
    (event,) = events(text, "es", "2023-01-02")
    assert set(by_name(event)) == {"Miguel Díaz-Canel", "Wang Qishan"}
    text = ("Lula esteve ainda com o vice-presidente chinês, Wang Qishan, portador de uma carta do presidente "
            "Xi Jinping.")
    (event,) = events(text, "pt", "2023-01-02")
    assert set(by_name(event)) == {"Lula", "Wang Qishan"}
    assert event.kind == "meeting"


def test_a_letters_heading_is_no_person() -> None:
    text = ("Mensaje de Condolencias de Raúl Castro Ruz, General de Ejército, dirigido a To Lam, jefe de Estado "
            "de Vietnam.")
    (event,) = events(text, "es", "2024-07-19")
    assert event.kind == "message"
    assert set(by_name(event)) == {"Raúl Castro Ruz", "To Lam"}


def test_a_portfolio_in_capitals_is_no_person() -> None:
    text = ("Yván Gil, canciller de Venezuela, se reunió con la ministra de Negocios Extranjeros y Cooperación de "
            "Mozambique, María Manuela dos Santos Lucas.")
    (event,) = events(text, "es", "2025-09-24")
    assert set(by_name(event)) == {"Yván Gil", "María Manuela dos Santos Lucas"}


def test_a_city_after_a_forum_is_no_person() -> None:
    text = ("El viceprimer ministro cubano Ricardo Cabrisas asistió a la sesión plenaria del Foro Económico "
            "Internacional de San Petersburgo.")
    assert all("San Petersburgo" not in by_name(e) for e in events(text, "es", "2022-06-19"))


def test_a_signed_accord_is_no_person() -> None:
    text = ("O encontro vem depois de assinado o Acordo de Pacificação, que Daniel Chapo firmou com as forças "
            "opositoras.")
    assert events(text, "pt", "2025-03-24") == ()


def test_companion_told_by_the_noun_is_present() -> None:
    text = ("Hugo Velázquez, Vicepresidente de la República, en compañía del ministro del Ambiente, Ariel Oviedo, "
            "se reunió en Washington con el congresista estadounidense Darrell Issa.")
    (event,) = events(text, "es", "2021-09-22")
    people = by_name(event)
    assert set(people) == {"Hugo Velázquez", "Ariel Oviedo", "Darrell Issa"}
    assert not people["Ariel Oviedo"].lead and people["Darrell Issa"].lead


def test_the_eve_is_the_day_before() -> None:
    text = ("El Vicepresidente de la República, Hugo Velázquez, se reunió en la víspera con el congresista "
            "estadounidense Darrell Issa en Washington.")
    (event,) = events(text, "es", "2021-09-22")
    assert event.date is not None and event.date.iso == "2021-09-21"
    text = "O vice-presidente Hugo Velázquez reuniu-se na véspera com o congressista Darrell Issa em Washington."
    (event,) = events(text, "pt", "2021-09-22")
    assert event.date is not None and event.date.iso == "2021-09-21"


def test_those_with_the_principal_are_present() -> None:
    text = ("O presidente Lula reuniu-se com o embaixador da Palestina, Ibrahim Alzeben. Estão com Lula o ministro "
            "Mauro Vieira e o ministro Fernando Haddad.")
    (event,) = events(text, "pt", "2024-02-10")
    people = by_name(event)
    assert set(people) == {"Lula", "Ibrahim Alzeben", "Mauro Vieira", "Fernando Haddad"}
    assert not people["Mauro Vieira"].lead and not people["Fernando Haddad"].lead


def test_guest_after_a_frame_naming_the_host_met_the_host() -> None:
    text = ("Em seu primeiro dia como presidente, Luiz Inácio Lula da Silva reuniu-se com o Rei da Espanha, Felipe VI. "
            "Após o encontro com Lula, o presidente argentino, Alberto Fernández, disse querer "
            "aproximar ainda mais os dois vizinhos.")
    _, second = events(text, "pt", "2023-01-02")
    assert set(by_name(second)) == {"Luiz Inácio Lula da Silva", "Alberto Fernández"}
    text = ("El presidente brasileño, Luiz Inácio Lula da Silva, se reunió con el rey de España, Felipe VI. Tras la "
            "reunión con Lula, el presidente de Argentina, Alberto Fernández, dijo que buscará acercar a los dos "
            "países.")
    _, second = events(text, "es", "2023-01-02")
    assert set(by_name(second)) == {"Luiz Inácio Lula da Silva", "Alberto Fernández"}


def test_host_named_in_the_frame_with_his_own_minister_is_no_exchange() -> None:
    text = ("El presidente brasileño, Luiz Inácio Lula da Silva, se reunió con el rey de España, Felipe VI. Tras la "
            "reunión con Lula, el canciller brasileño, Mauro Vieira, explicó los acuerdos.")
    told = events(text, "es", "2023-01-02")
    assert set(by_name(told[0])) == {"Luiz Inácio Lula da Silva", "Felipe VI"}
    assert not any({"Luiz Inácio Lula da Silva", "Mauro Vieira"} <= set(by_name(e)) for e in told)


def test_people_in_a_relative_clause_of_speech_are_not_met() -> None:
    text = ("Em seu primeiro dia como presidente, Luiz Inácio Lula da Silva reuniu-se com o Rei da Espanha, Felipe VI. "
            "O petista também teve reuniões com o presidente do Equador, Guillermo Lasso. No fim da tarde, o "
            "encontro foi com o presidente de Portugal, Marcelo Rebelo de Sousa, que afirmou que Lula irá ao país "
            "europeu em abril.")
    last = events(text, "pt", "2023-01-02")[-1]
    assert set(by_name(last)) == {"Luiz Inácio Lula da Silva", "Marcelo Rebelo de Sousa"}


def test_a_temporal_clause_after_a_retold_call_tells_another_act() -> None:
    text = ("PEKÍN, 4 feb - El ministro chino de Exteriores, Wang Yi, conversó el miércoles por teléfono con su "
            "colega de EEUU, Marco Rubio. La llamada con Rubio llegó un día después de que Wang conversó con el "
            "canciller ruso, Serguéi Lavrov, por enlace de video.")
    call, video = events(text, "es", "2026-02-04")
    assert set(by_name(call)) == {"Wang Yi", "Marco Rubio"}
    assert video.kind == "video_conference" and set(by_name(video)) == {"Wang Yi", "Serguéi Lavrov"}


def test_a_temporal_clause_naming_no_act_adds_nothing() -> None:
    text = ("PEKÍN, 4 feb - Xi Jinping, presidente de China, conversó el miércoles por teléfono con su colega de "
            "EEUU, Donald Trump. La llamada llegó un día después de que Xi elogiara al presidente ruso, "
            "Vladimir Putin.")
    assert len(events(text, "es", "2026-02-04")) == 1


def test_those_present_join_the_exchange_read_from_the_whole_article() -> None:
    text = ("Lula janta com embaixadores na representação palestina\n\nO presidente Luiz Inácio Lula da Silva "
            "janta agora na Embaixada da Palestina, onde é homenageado. Antes da refeição, plantou uma oliveira com "
            "o embaixador da Palestina, Ibrahim Alzeben.\n\nO petista tem condenado a ofensiva em Gaza.\n\nEstão "
            "com Lula o ex-ministro Celso Amorim e os ministros Mauro Vieira e Fernando Haddad.")
    (event,) = events(text, "pt", "2024-02-20")
    people = by_name(event)
    assert {"Luiz Inácio Lula da Silva", "Ibrahim Alzeben", "Celso Amorim", "Mauro Vieira"} <= set(people)
    assert not people["Celso Amorim"].lead and not people["Mauro Vieira"].lead
