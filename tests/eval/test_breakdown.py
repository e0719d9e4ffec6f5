"""Recall by class (``liaison.eval.breakdown``): counts of the scorer's own pairing, by gold event and participant."""

from __future__ import annotations

from typing import Any

from liaison.eval.breakdown import breakdown, format_breakdown, half_of
from liaison.eval.gold import gold_from_dicts
from liaison.eval.scorer import score


def _person(name: str, lead: bool = True) -> dict[str, Any]:
    return {"name": name, "country": "CN", "lead": lead}


def _event(kind: str, *people: dict[str, Any]) -> dict[str, Any]:
    return {"kind": kind, "date": None, "location": None, "remote": False, "channel": ["party"], "parties": [],
            "participants": list(people)}


def _card() -> Any:
    gold = gold_from_dicts([{"doc": "a", "language": "en", "events": [
        _event("meeting", _person("Liu Jianchao"), _person("Diosdado Cabello"), _person("Sun Haiyan", lead=False)),
        _event("message", _person("Xi Jinping"), _person("To Lam")),
    ]}])
    system = [{"id": "e1", "kind": "meeting", "documents": [{"id": "a"}],
               "participants": [{"name": "Liu Jianchao", "lead": True}, {"name": "Diosdado Cabello", "lead": True}]}]
    return score(gold, system)


def test_events_are_counted_by_kind_and_position() -> None:
    rows = {c: (f, t) for c, f, t in breakdown(_card().alignments).events.rows()}
    assert rows["kind=meeting"] == (1, 1)
    assert rows["kind=message"] == (0, 1)
    assert rows["position=first"] == (1, 1) and rows["position=further"] == (0, 1)
    assert rows["events_in_article=2"] == (1, 2)
    assert rows["participants=3"] == (1, 1)


def test_participants_of_found_events_by_lead() -> None:
    b = breakdown(_card().alignments)
    rows = {c: (f, t) for c, f, t in b.participants.rows()}
    assert rows["lead=yes"] == (2, 2)
    assert rows["lead=no"] == (0, 1)
    assert b.lost_with_event == 2  # the missed message's two people
    assert "lead=no" in format_breakdown(b)


def test_halves_split_by_id_and_are_stable() -> None:
    halves = {half_of(f"web-en-{i:03d}") for i in range(40)}
    assert halves == {"fit", "check"}
    assert half_of("web-en-001") == half_of("web-en-001")


def test_large_classes_are_capped() -> None:
    people = [_person(f"Person {i}") for i in range(6)]
    gold = gold_from_dicts([{"doc": "b", "language": "en", "events": [_event("meeting", *people)] * 5}])
    rows = {c for c, _, _ in breakdown(score(gold, []).alignments).events.rows()}
    assert "participants=4+" in rows and "events_in_article=4+" in rows
