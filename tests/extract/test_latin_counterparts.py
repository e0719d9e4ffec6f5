"""Who met whom in real Spanish, Portuguese and French web reporting (ACN, Escambray, Vermelho, KKE,
Radio Havane Cuba, TV Santiago): enumerated counterparts, one-sided leads completed later, lead lines
that lost their full stop.

Each article is ours, written in the shape of the real ones; names and titles are those of real
public officials.
"""

from __future__ import annotations

from latin_helpers import by_name, events

from liaison.extract.triage import may_hold_exchange
from liaison.ingest import content_hash
from liaison.model.types import Article
from liaison.normalise import normalise


def test_counterparts_each_brought_in_by_con_are_separate_meetings() -> None:
    text = (
        "La Habana, 22 sep (ACN) Roberto Morales Ojeda, secretario de Organización del Comité Central del "
        "Partido Comunista de Cuba, regresó hoy de Caracas, donde cumplió una visita oficial.\n"
        "Durante su estancia, el dirigente cubano se reunió con el presidente Nicolás Maduro; con el "
        "secretario general del PSUV, Diosdado Cabello; y con Jorge Rodríguez, presidente de la Asamblea "
        "Nacional."
    )
    found = events(text, "es", "2025-09-22")
    met = sorted(n for e in found for n in by_name(e) if n != "Roberto Morales Ojeda")
    assert met == ["Diosdado Cabello", "Jorge Rodríguez", "Nicolás Maduro"]
    assert len(found) == 3 and all("Roberto Morales Ojeda" in by_name(e) for e in found)
    assert all(e.kind == "meeting" for e in found)  # the arrival is covered by the meetings


def test_counterparts_joined_by_y_alone_stay_one_meeting() -> None:
    text = (
        "Caracas, 18 sep (ACN) Roberto Morales Ojeda, secretario de Organización del Comité Central del "
        "Partido Comunista de Cuba, se reunió hoy con Diosdado Cabello, secretario general del PSUV, y "
        "Delcy Rodríguez, vicepresidenta Ejecutiva de Venezuela."
    )
    (event,) = events(text, "es", "2025-09-18")
    assert set(by_name(event)) == {"Roberto Morales Ojeda", "Diosdado Cabello", "Delcy Rodríguez"}


def test_received_by_one_and_by_another_are_two_receptions_in_portuguese() -> None:
    text = (
        "A delegação da esquerda brasileira, chefiada pelo senador Rodrigo Rollemberg, foi recebida por "
        "Wang Lequan, membro do Birô Político do Comitê Central do PCCh, e por Chen Fengxiang, vice-ministro "
        "do Departamento Internacional do PCCh."
    )
    found = events(text, "pt", "2011-08-04")
    assert sorted(n for e in found for n in by_name(e) if n != "Rodrigo Rollemberg") == [
        "Chen Fengxiang", "Wang Lequan"]
    assert len(found) == 2 and all("Rodrigo Rollemberg" in by_name(e) for e in found)


def test_a_document_signed_by_one_and_by_the_other_is_one_agreement() -> None:
    text = (
        "O MPLA e o Partido Comunista do Vietname assinaram ontem, em Luanda, um memorando de entendimento.\n"
        "O documento foi rubricado pelo secretário-geral do MPLA, Paulo Pombolo, e pelo chefe da delegação "
        "vietnamita, Trịnh Minh Khoa, membro do Comité Central do PCV."
    )
    (event,) = events(text, "pt", "2025-04-10")
    assert event.kind == "agreement"
    assert {"Paulo Pombolo", "Trịnh Minh Khoa"} <= set(by_name(event))


def test_lead_line_that_lost_its_full_stop_is_read() -> None:
    text = (
        "El presidente cubano, Raúl Castro, recibió este jueves al vicepresidente electo de Uruguay, Raúl "
        "Sendic, quien realiza una visita a la isla\n"
        "En el encuentro se constató el excelente estado de las relaciones entre ambos gobiernos."
    )
    (event,) = events(text, "es", "2015-02-12")
    assert set(by_name(event)) == {"Raúl Castro", "Raúl Sendic"}
    assert event.kind == "meeting"


def test_short_headline_line_without_full_stop_is_not_the_lead() -> None:
    text = (
        "Recibe Raúl Castro a vicepresidente electo de Uruguay\n"
        "El presidente cubano, Raúl Castro, recibió este jueves al vicepresidente electo de Uruguay, Raúl Sendic."
    )
    (event,) = events(text, "es", "2015-02-12")
    assert set(by_name(event)) == {"Raúl Castro", "Raúl Sendic"}
    assert event.evidence and "este jueves" in text[event.evidence[0][0] : event.evidence[0][1]]


def test_arrival_completed_by_whoever_received_the_visitor() -> None:
    text = (
        "Caracas, Venezuela.— Este miércoles llegó a Venezuela el miembro del Buró Político Roberto Morales "
        "Ojeda, secretario de Organización del Comité Central del Partido Comunista de Cuba.\n"
        "En el aeropuerto internacional fue recibido por la diputada Tania Díaz; el secretario ejecutivo "
        "de la dirección nacional del PSUV, Eduardo Piñate; y la comisionada de Relaciones Internacionales "
        "de la Juventud del PSUV, Yosneisy Paredes."
    )
    found = events(text, "es", "2025-09-18")
    assert len(found) == 1
    (event,) = found
    assert {"Roberto Morales Ojeda", "Tania Díaz", "Eduardo Piñate", "Yosneisy Paredes"} <= set(by_name(event))


def test_french_headline_then_dateline_sentence_make_one_reception() -> None:
    text = (
        "Les deux dirigeants ont échangé leurs vues sur le travail du Parlatino.\n"
        "Miguel Díaz-Canel reçoit le président du Parlatino\n"
        "La Havane, 6 septembre (RHC-AIN) Le premier vice-président des Conseils d'État et des ministres, "
        "Miguel Díaz-Canel Bermúdez, a reçu ce vendredi Elías Castillo González, président du Parlement "
        "latino-américain (Parlatino)."
    )
    (event,) = events(text, "fr", None)
    assert {"Miguel Díaz-Canel", "Elías Castillo González"} <= {p.person.name for p in event.participants} | set(
        by_name(event))


def test_visit_whose_only_act_is_a_seminar_is_that_seminar() -> None:
    text = (
        "HANOI, Oct. 22 (Xinhua) -- Qu Qingshan, a member of the Communist Party of China Central Committee, "
        "led a CPC delegation on a visit to Vietnam from Saturday to Tuesday.\n"
        "Qu attended a seminar on the theory of the two parties during the visit."
    )
    (event,) = events(text, "en", "2024-10-22")
    assert event.kind == "seminar"


def test_working_meetings_with_two_officials_are_one_meeting_each() -> None:
    text = (
        "El presidente cubano, Raúl Castro, recibió este jueves en La Habana al vicepresidente electo de "
        "Uruguay, Raúl Sendic.\n"
        "Durante su estancia, Sendic también sostuvo reuniones de trabajo con el presidente del Parlamento "
        "cubano, Esteban Lazo, y el canciller, Bruno Rodríguez."
    )
    found = events(text, "es", "2015-02-12")
    later = [sorted(by_name(e)) for e in found if "Raúl Castro" not in by_name(e)]
    assert sorted(later) == [["Bruno Rodríguez", "Raúl Sendic"], ["Esteban Lazo", "Raúl Sendic"]]


def test_french_work_sessions_with_two_leaders_are_one_meeting_each() -> None:
    text = (
        "Hanoi (VNA) - Le secrétaire national du Parti communiste français (PCF), Fabien Roussel, s'est "
        "entretenu lundi à Hanoï avec le président de la Commission des relations extérieures du Comité "
        "central du Parti communiste du Vietnam, Hoang Binh Quan.\n"
        "Pendant son séjour, M. Roussel a également tenu des séances de travail avec le membre du Politburo, "
        "président de la Commission d'organisation du Comité central, Pham Minh Chinh, et le secrétaire du "
        "Comité du Parti de Hanoï, Vuong Dinh Hue."
    )
    found = events(text, "fr", "2019-07-23")
    met = sorted(n for e in found for n in by_name(e) if n != "Fabien Roussel")
    assert met == ["Hoang Binh Quan", "Pham Minh Chinh", "Vuong Dinh Hue"] and len(found) == 3


def test_a_weekday_in_a_page_dated_to_its_month_stays_in_that_month() -> None:
    text = (
        "Hanoi (VNA) - Le secrétaire national du Parti communiste français (PCF), Fabien Roussel, s'est "
        "entretenu lundi à Hanoï avec le président de la Commission des relations extérieures du Comité "
        "central du Parti communiste du Vietnam, Hoang Binh Quan."
    )
    (event,) = events(text, "fr", "2019-07")
    assert event.date is not None and event.date.iso == "2019-07"


def test_received_with_an_adverb_between_is_still_a_reception() -> None:
    text = (
        "La Habana, 10 feb (ACN) El presidente del Partido Comunista de España, José Luis Centella Gómez, fue "
        "previamente recibido por Roberto Morales Ojeda, miembro del Buró Político del Partido Comunista de Cuba."
    )
    (event,) = events(text, "es", "2022-02-10")
    assert event.kind == "meeting"
    assert set(by_name(event)) == {"José Luis Centella Gómez", "Roberto Morales Ojeda"}


def test_message_sent_on_a_day_named_between_verb_and_object() -> None:
    text = (
        "BEIJING, 11 sep (Xinhua) — El presidente chino, Xi Jinping, envió el día 10 un telegrama de "
        "felicitación al presidente de Guyana, Irfaan Ali."
    )
    (event,) = events(text, "es", "2022-09-11")
    assert event.kind == "message" and event.remote
    assert set(by_name(event)) == {"Xi Jinping", "Irfaan Ali"}
    assert event.date is not None and event.date.iso == "2022-09-10"


def test_article_telling_who_attended_without_a_framed_exchange_gives_one_low_confidence_event() -> None:
    text = (
        "Delegaciones internacionales asistieron al acto de apertura de la Plenaria del PSUV.\n"
        "Rosario Núñez, representante de Honduras, afirmó que la jornada fue liberadora.\n"
        "Heidy Beleño, integrante de la delegación de Colombia, reiteró la postura de su país por la paz."
    )
    (event,) = events(text, "es", "2025-09-01")
    assert set(by_name(event)) == {"Rosario Núñez", "Heidy Beleño"}
    assert event.confidence < 0.9


def test_no_fallback_event_when_everyone_named_is_of_one_side() -> None:
    text = (
        "Integrantes del PSUV asistieron a la plenaria del partido en Caracas.\n"
        "Diosdado Cabello, secretario general del PSUV, afirmó que el partido está listo.\n"
        "Jorge Rodríguez, presidente de la Asamblea Nacional de Venezuela, habló de las elecciones."
    )
    assert events(text, "es", "2025-09-01") == ()


def test_two_hosts_who_received_a_visitor_together() -> None:
    text = (
        "El Comandante Daniel Ortega y la Compañera Rosario Murillo, Copresidentes de Nicaragua, recibieron "
        "este martes al Canciller de la República Popular China, Wang Yi."
    )
    (event,) = events(text, "es", "2025-06-12")
    assert event.kind == "meeting"
    assert set(by_name(event)) == {"Daniel Ortega", "Rosario Murillo", "Wang Yi"}


def test_party_summit_attended_passes_triage_and_is_a_forum() -> None:
    text = (
        "Este martes, integrantes del Partido Socialista Unido de Venezuela (Psuv), participan en la cumbre del "
        "Partido Comunista de China y Partidos Políticos Mundiales.\n"
        "Cabe señalar que Xi Jinping, presidente de la República Popular China y secretario general del Comité "
        "Central del PCCh, también interviene en el evento desde Beijing."
    )
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", language="es")
    assert may_hold_exchange(normalise(article))
    (event,) = events(text, "es", "2021-07-06")
    assert event.kind == "seminar" and "Xi Jinping" in by_name(event)


def test_summits_and_participation_pass_triage_in_portuguese_and_french() -> None:
    for text, language in (
        ("O PCP esteve na cúpula dos partidos em Pequim.", "pt"),
        ("Le PCF a pris part au sommet des partis à Pékin.", "fr"),
    ):
        article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", language=language)
        assert may_hold_exchange(normalise(article))
