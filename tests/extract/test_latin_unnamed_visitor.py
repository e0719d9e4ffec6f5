"""A cue sentence whose subject (or object) is "the delegation", "the visitor", "the official": the
delegation's head or guest named earlier takes part. Read on real English pages of ``quality/real-dev``
(VNA, Prensa Latina, The Herald, People's World), whose gold says who met whom."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from latin_helpers import events

from liaison.model.types import EventFrame

ARTICLES = Path(__file__).resolve().parents[2] / "quality" / "real-dev" / "web-en.articles.jsonl"


def _article(doc_id: str) -> tuple[str, str | None]:
    if not ARTICLES.exists():
        pytest.skip("quality/real-dev/web-en.articles.jsonl is missing")
    for line in ARTICLES.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == doc_id:
            return row["text"], row.get("published")
    pytest.skip(f"{doc_id} is not in the real-dev English pages")


def _pairs(doc_id: str) -> list[set[str]]:
    text, published = _article(doc_id)
    found: tuple[EventFrame, ...] = events(text, "en", published)
    return [{p.person.native for p in e.participants if p.lead} for e in found]


def test_the_visitor_was_received_by_is_the_guest_named_before() -> None:
    # "... through the visit of ... Shi Taifeng. The visitor was received this Monday by President Miguel Díaz-Canel"
    assert any({"Shi Taifeng", "Miguel Díaz-Canel"} <= leads for leads in _pairs("web-en-023"))


def test_the_delegation_paid_courtesy_visits_to_two_leaders_one_event_each() -> None:
    # "While there, the delegation paid courtesy visits to ... Thongloun Sisoulith and ... Sonexay Siphandone."
    pairs = _pairs("web-en-012")
    assert any({"Bui Thi Minh Hoai", "Thongloun Sisoulith"} <= p and "Sonexay Siphandone" not in p for p in pairs)
    assert any({"Bui Thi Minh Hoai", "Sonexay Siphandone"} <= p and "Thongloun Sisoulith" not in p for p in pairs)


def test_delegation_headed_by_is_the_subject_of_its_later_calls_and_sessions() -> None:
    # "A delegation of the CPV, headed by ... Truong Quang Hoai Nam, is attending ... The Vietnamese delegation
    # ...; paid a courtesy call to ... Esperanca Bias; and held working sessions with ... Shakin Abubakar, ..."
    pairs = _pairs("web-en-123")
    assert any({"Truong Quang Hoai Nam", "Shakin Abubakar"} <= p for p in pairs)
    assert any("Truong Quang Hoai Nam" in p and any(n.startswith("Esperan") for n in p) for p in pairs)


def test_a_caption_credit_is_not_the_visitor() -> None:
    # "— Picture: Tinashe Chitwanga." before "Tang Dengjie, is leading a delegation ... Yesterday, the
    # delegation had a closed door meeting with Zanu PF Secretary General Dr Obert Mpofu."
    pairs = _pairs("web-en-111")
    assert any({"Tang Dengjie", "Obert Mpofu"} <= p for p in pairs)
    assert not any("Tinashe Chitwanga" in p for p in pairs)


def test_told_at_their_meeting_is_a_meeting() -> None:
    # "..., General Secretary ... To Lam told Chairman ... Gennady Zyuganov at their meeting in Moscow on May 11."
    text, published = _article("web-en-127")
    found = events(text, "en", published)
    assert any(e.kind == "meeting" and {"To Lam", "Gennady Zyuganov"} <= {p.person.native for p in e.participants}
               for e in found)


def test_meetings_still_to_come_are_not_events() -> None:
    # "Liu, who arrived in Kathmandu on Sunday, will also hold meetings with President Bidya Devi Bhandari and
    # CPN-UML Chairman KP Sharma Oli. He met Prime Minister Sher Bahadur Deuba ... yesterday."
    pairs = _pairs("web-en-125")
    assert not any("Bidya Devi Bhandari" in p for p in pairs)
    assert any({"Liu Jianchao", "Sher Bahadur Deuba"} <= p for p in pairs)
    # "during the visit scheduled from December 2 to 4, Samdech Techo HUN Sen will hold a bilateral meeting
    # with H.E. XI Jinping ...": an announcement, no exchange yet
    assert _pairs("web-en-121") == []


def test_he_has_already_met_a_b_and_c_is_the_visitor_meeting_each() -> None:
    pairs = _pairs("web-en-126")
    for counterpart in ("Sher Bahadur Deuba", "Pushpa Kamal Dahal"):
        assert any({"Liu Jianchao", counterpart} <= p for p in pairs)


def test_a_vietnamese_middle_syllable_that_is_a_country_word_stays_in_the_name() -> None:
    # "A Party delegation led by Nguyen Viet Thao, Deputy Director of the Ho Chi Minh National Academy ..."
    text, published = _article("web-en-042")
    names = {p.person.native for e in events(text, "en", published) for p in e.participants}
    assert "Nguyen Viet Thao" in names


def test_several_acts_of_one_subject_in_one_sentence_are_one_event_each() -> None:
    # "During the visit, Liu met with General Secretary ... Nguyen Phu Trong, and held talks with Le Hoai Trung,
    # head of the CPVCC's Commission for External Relations." (Xinhua)
    text, published = _article("web-en-072")
    found = events(text, "en", published)
    met = [e for e in found if {"Liu Jianchao", "Nguyen Phu Trong"} <= {p.person.native for p in e.participants}]
    talks = [e for e in found if {"Liu Jianchao", "Le Hoai Trung"} <= {p.person.native for p in e.participants}]
    assert [e.kind for e in met] == ["meeting"] and [e.kind for e in talks] == ["talks"]
    assert all("Le Hoai Trung" not in {p.person.native for p in e.participants} for e in met)
