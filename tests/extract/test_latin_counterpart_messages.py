"""Messages to the senders' own counterparts (issue 13): "A, B y C hicieron llegar sus mensajes de congratulación a
sus contrapartes vietnamitas" is one message per sender (``cues.own_counterparts``), kept though no recipient is
named since a demonym tells they went abroad; Spanish reads messages in the plural ("enviaron mensajes de
felicitación") as messages. Pages are the restatements in ``quality/real-dev``."""

from __future__ import annotations

from liaison.extract.es.lexicon import SPANISH
from liaison.extract.latin.kinds import find_kind
from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events
from tests.extract.real_dev_pages import page_events


def _names(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


def test_senders_to_their_counterparts_write_one_message_each() -> None:
    # VietnamPlus: "El secretario general del Partido Comunista y presidente de China, Xi Jinping, el presidente del
    # Congreso Nacional del Pueblo, Zhang Dejiang, y el primer ministro, Li Keqiang, hicieron llegar sus mensajes de
    # congratulación a sus contrapartes vietnamitas."
    messages = [e for e in page_events("web-es-169") if e.kind == "message"]
    for sender in ("Xi Jinping", "Zhang Dejiang", "Li Keqiang"):
        assert any(_names(e) == {sender} for e in messages)


def test_plural_messages_are_messages() -> None:
    for text in ("Xi Jinping y Li Keqiang enviaron mensajes de felicitación a sus homólogos vietnamitas",
                 "hicieron llegar sus mensajes de congratulación a sus contrapartes"):
        cue = find_kind(text, SPANISH)
        assert cue is not None and cue.kind == "message"


def test_named_counterparts_stay_paired() -> None:
    text = ("Hanoi, 2 sep (VNA) El presidente de China, Xi Jinping, y el primer ministro, Li Keqiang, enviaron "
            "mensajes de felicitación a sus homólogos vietnamitas, Tran Dai Quang y Nguyen Xuan Phuc.")
    pairs = {frozenset(_names(e)) for e in events(text, "es", "2016-09-02") if e.kind == "message"}
    assert pairs == {frozenset({"Xi Jinping", "Tran Dai Quang"}), frozenset({"Li Keqiang", "Nguyen Xuan Phuc"})}


def test_english_senders_to_their_counterparts() -> None:
    text = ("Hanoi (VNA) - Chinese President Xi Jinping and Premier Li Keqiang sent congratulatory messages to their "
            "Vietnamese counterparts on the occasion of the National Day.")
    assert {frozenset(_names(e)) for e in events(text, "en", "2016-09-02")} == {
        frozenset({"Li Keqiang"}), frozenset({"Xi Jinping"})
    }


def test_the_one_who_reports_an_exchange_takes_no_part() -> None:
    text = ("Managua, 3 jun (El 19) La Vicepresidenta Compañera Rosario Murillo informó que el Canciller Denis "
            "Moncada se reunió este martes con el Embajador de la República Popular China, Chen Xi.")
    assert [_names(e) for e in events(text, "es", "2016-06-03")] == [{"Denis Moncada", "Chen Xi"}]
    text = ("BEIJING, June 3 (Xinhua) Foreign Ministry spokesperson Wang Wenbin said that Premier Li Qiang met with "
            "Nepali Prime Minister Pushpa Kamal Dahal on Tuesday.")
    assert [_names(e) for e in events(text, "en", "2016-06-03")] == [{"Li Qiang", "Pushpa Kamal Dahal"}]


def test_spanish_wire_acts() -> None:
    # VNA and Prensa Latina wording: a reception offered, a memorandum subscribed, views exchanged, messages exchanged
    cases = {
        "El presidente de la Asamblea Nacional, Tran Thanh Man, ofreció una recepción al presidente del Senado de "
        "Camboya, Hun Sen": "meeting",
        "El canciller Bruno Rodríguez y su homólogo vietnamita, Bui Thanh Son, suscribieron un memorando de "
        "entendimiento": "agreement",
        "el secretario general del PCV, To Lam, y el miembro del Buró Político Roberto Morales Ojeda intercambiaron "
        "sobre los vínculos": "meeting",
        "Los presidentes Xi Jinping y To Lam intercambiaron mensajes de felicitación": "message",
    }
    for text, kind in cases.items():
        cue = find_kind(text, SPANISH)
        assert cue is not None and cue.kind == kind, text


def test_a_later_sentence_of_senders_to_their_counterparts_is_told_not_guessed() -> None:
    # A second roundup sentence after the first (VietnamPlus): "A y B felicitaron a sus pares vietnamitas" names no
    # recipient, yet each sender writes their own message; the recall tier, which needs two sides named, must not
    # drop them.
    text = ("Hanoi, 2 sep (VNA) El presidente de China, Xi Jinping, y el primer ministro, Li Keqiang, hicieron llegar "
            "sus mensajes de congratulación a sus contrapartes vietnamitas.\n"
            "El primer ministro de Cambodia, Hun Sen, y el presidente de Cuba, Raúl Castro Ruz, felicitaron a sus "
            "pares vietnamitas.")
    found = {frozenset(_names(e)) for e in events(text, "es", "2016-09-02") if e.kind == "message"}
    assert {frozenset({"Hun Sen"}), frozenset({"Raúl Castro Ruz"}), frozenset({"Xi Jinping"})} <= found
    messages = [e for e in page_events("web-es-169") if e.kind == "message"]
    assert any(_names(e) == {"Hun Sen"} for e in messages)


def test_a_later_sentence_to_one_named_counterpart_stays_one_exchange() -> None:
    text = ("Hanoi, 2 sep (VNA) El presidente de China, Xi Jinping, y el primer ministro, Li Keqiang, hicieron llegar "
            "sus mensajes de congratulación a sus contrapartes vietnamitas.\n"
            "El primer ministro de Camboya, Hun Sen, felicitó al presidente vietnamita, Tran Dai Quang.")
    found = {frozenset(_names(e)) for e in events(text, "es", "2016-09-02") if e.kind == "message"}
    assert frozenset({"Hun Sen", "Tran Dai Quang"}) in found


def test_senders_wishing_another_people_well_write_one_message_each() -> None:
    # VietnamPlus: "Por su lado, el secretario general ... y presidente de Laos, A, el premier B y la titular de la
    # Asamblea Nacional, C, expresaron al pueblo vietnamita sus mejores votos con ocasión del Día de la
    # Independencia Nacional": three messages, to a people the story does not name a person of.
    messages = [e for e in page_events("web-es-169") if e.kind == "message"]
    for sender in ("Choummaly Sayasone", "Thoongsinh Thammavong", "Pany Yathotu"):
        assert any(_names(e) == {sender} for e in messages), sender
    cue = find_kind("A y B expresaron al pueblo vietnamita sus mejores votos con ocasión del Día", SPANISH)
    assert cue is not None and cue.kind == "message"


def test_messages_to_ones_counterparts_are_not_to_their_ruling_party() -> None:
    # "Xi Jinping, ... y el primer ministro, Li Keqiang, hicieron llegar sus mensajes de congratulación a sus
    # contrapartes vietnamitas": each writes to their counterpart, not to the CPV (a message "al Partido Comunista
    # de Vietnam" would be).
    for e in page_events("web-es-169"):
        assert "CPV" not in {p.abbr for p in e.parties}, _names(e)


def test_a_party_in_another_senders_title_is_not_the_next_senders() -> None:
    # "el secretario general del Partido Popular Revolucionario y presidente de Laos, Choummaly Sayasone, el premier
    # Thoongsinh Thammavong y la titular de la Asamblea Nacional, Pany Yathotu, expresaron ...": the party is
    # Choummaly's post, not the premier's or the Assembly head's.
    parties = {
        frozenset(_names(e)): {p.abbr for p in e.parties} for e in page_events("web-es-169") if e.kind == "message"
    }
    assert parties[frozenset({"Choummaly Sayasone"})] == {"LPRP"}
    assert not parties[frozenset({"Thoongsinh Thammavong"})] and not parties[frozenset({"Pany Yathotu"})]
