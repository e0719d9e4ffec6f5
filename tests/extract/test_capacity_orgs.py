"""The organisation a participant with none acts for, from the exchange's channel: an untitled delegation member
for his side's party in a party exchange, an untitled attendee for his government in a state exchange; a titled
participant keeps his title's organisation."""

from __future__ import annotations

from liaison.extract import extract
from liaison.ingest import content_hash
from liaison.model.types import Article
from liaison.normalise import normalise


def _orgs(text: str, language: str = "en", channel: str = "party") -> dict[str, str | None]:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published="2024-05-30",
                      language=language)
    (event,) = extract(normalise(article)).events
    assert channel in event.channel
    return {p.person.name: p.person.organization.name if p.person.organization else None for p in event.participants}


def test_a_politburo_seat_beside_a_state_post_keeps_the_government() -> None:
    orgs = _orgs("HANOI, May 29 -- Vietnamese Deputy Prime Minister Tran Luu Quang, a member of the Communist Party "
                 "of Vietnam Central Committee, received a delegation of the Communist Party of China led by Liu "
                 "Jianchao, head of the International Department of the CPC Central Committee, on Wednesday.")
    assert orgs["Tran Luu Quang"] == "Government of Vietnam"


def test_an_untitled_delegation_member_is_of_his_sides_party() -> None:
    orgs = _orgs("HANOI, May 29 -- Nguyen Trong Nghia, head of the Commission for Communication and Education of the "
                 "Communist Party of Vietnam Central Committee, received a delegation of the Communist Party of China "
                 "led by Liu Jianchao, head of the International Department of the CPC Central Committee, on "
                 "Wednesday. The delegation included Sun Haiyan and Li Mingxiang.")
    assert orgs["Sun Haiyan"] == orgs["Li Mingxiang"] == "Communist Party of China"
    assert orgs["Liu Jianchao"] == "International Department of the CPC Central Committee"


def test_an_untitled_attendee_of_a_state_exchange_is_of_his_government() -> None:
    orgs = _orgs("HAVANA, May 29 -- Cuban Foreign Minister Bruno Rodríguez received Chinese Foreign Minister Wang Yi "
                 "in Havana on Wednesday. Also present were Carlos Miguel Pereira and Ma Hui.", channel="state")
    assert (orgs["Ma Hui"], orgs["Carlos Miguel Pereira"]) == ("Government of China", "Government of Cuba")
