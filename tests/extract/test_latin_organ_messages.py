"""A message between two parties' organs that names nobody as a side (real KCNA items by id): an
event with the two parties and no participants; the earlier message it answers is not another event."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from liaison.extract import extract
from liaison.ingest.records import parse_record
from liaison.model.types import EventFrame
from liaison.normalise import normalise
from tests.extract.latin_helpers import events as latin_events


def _events(shared: Path, item_id: str) -> tuple[EventFrame, ...]:
    path = shared / "corpus" / "kcna-en-2023-2024.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        raw = next(json.loads(line) for line in fh if f'"id": "{item_id}"' in line)
    return extract(normalise(parse_record(raw, item_id, str(path)))).events


def test_a_reply_message_between_party_organs_is_a_party_event_without_people(shared: Path) -> None:
    """kcna-00447: "The Central Committee of the Workers' Party of Korea sent a reply message to the
    General Council of the United Russia Party on August 17"; Medvedev and Kim Jong Un, named in the
    thanks for the earlier greeting, are only talked about."""
    (event,) = _events(shared, "kcna-00447")
    assert event.kind == "message" and not event.remote and event.participants == ()
    assert event.channel == ("party",)
    assert {p.key for p in event.parties} == {"wpk", "united_russia"}
    assert event.date is not None and event.date.iso == "2024-08-17"


def test_a_floral_basket_handed_over_here_is_in_person_at_the_dateline(shared: Path) -> None:
    """kcna-01345: the WPK Central Committee received a floral basket from the CPC Central Committee,
    conveyed "by the councilor of the Chinese embassy here" on Oct. 9."""
    organ = [e for e in _events(shared, "kcna-01345") if not e.participants]
    assert len(organ) == 1
    (event,) = organ
    assert {p.key for p in event.parties} == {"wpk", "cpc"}
    assert not event.remote and event.location == "Pyongyang"
    assert event.date is not None and event.date.iso == "2024-10-09"


def test_a_party_message_to_workers_is_no_exchange(shared: Path) -> None:
    """kcna-01777: the WPK Central Committee's congratulatory message to a smeltery's workers names
    no other party's organ: no party-to-party event."""
    assert not [e for e in _events(shared, "kcna-01777") if not e.participants and len(e.parties) >= 2]


def _party_pairs(text: str, language: str) -> list[set[str]]:
    return [{p.name for p in e.parties} for e in latin_events(text, language) if e.kind == "message"
            and not e.participants]


def test_several_parties_send_one_recipient_one_message_each() -> None:
    # restated from a Cuban page (real-dev): the parties of Asia greet the PCC congress, no person named
    text = ("El Partido Comunista de China y el Partido Popular Revolucionario de Laos hicieron llegar mensajes de "
            "felicitación y de solidaridad al Partido Comunista de Cuba, por el comienzo, hoy, de su 8vo. Congreso.\n"
            "«El Partido Comunista de Cuba dirige la revolución», dice el texto del Comité Central chino.")
    pairs = _party_pairs(text, "es")
    assert {"Communist Party of China", "Communist Party of Cuba"} in pairs
    assert {"Lao People's Revolutionary Party", "Communist Party of Cuba"} in pairs
    assert len(pairs) == 2


def test_an_organs_letters_to_two_parties_in_portuguese() -> None:
    # restated from an Avante page (real-dev): the PCP's Secretariat writes to the PCU and the Frente Ampla
    text = ("Os resultados eleitorais mostram «a influência dos comunistas uruguaios», entendeu o Secretariado do "
            "Comité Central do PCP em missivas dirigidas ao PCU e à FA, em que saudou a vitória da esquerda.")
    assert _party_pairs(text, "pt") == [{"Portuguese Communist Party", "Communist Party of Uruguay"}]


def test_a_sender_named_is_the_grammars_message() -> None:
    text = ("El presidente de Venezuela, Nicolás Maduro, envió este miércoles un mensaje de felicitación al "
            "Partido Comunista de Vietnam con motivo de su aniversario.")
    assert _party_pairs(text, "es") == []
