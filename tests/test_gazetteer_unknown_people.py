"""The evaluation-only ablation: a gazetteer without the people a set of texts names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liaison.kb.gazetteer import UNKNOWN_PEOPLE_ENV, default_gazetteer, forget_people, load_gazetteer

_TEXT = ("Liu Jianchao, head of the International Department, met with U.S. Secretary of State Antony Blinken. "
         "越共中央总书记苏林会见了代表团。")


def test_people_the_texts_name_are_forgotten() -> None:
    gaz = forget_people(default_gazetteer(), [_TEXT])
    assert gaz.person("Liu Jianchao") is None
    assert gaz.person("Blinken") is None  # every form of a forgotten person goes, not only the one said
    assert gaz.person("苏林") is None and gaz.person("To Lam") is None
    assert gaz.person("Nicolás Maduro") is not None  # people not named stay known
    assert gaz.orgs is default_gazetteer().orgs


def test_a_latin_form_inside_a_word_is_not_said() -> None:
    gaz = forget_people(default_gazetteer(), ["The Blinkenlights Association met Liujianchao Ltd."])
    assert gaz.person("Antony Blinken") is not None and gaz.person("Liu Jianchao") is not None


def test_party_leader_terms_of_forgotten_people_go() -> None:
    known = default_gazetteer()
    party = known.party_led(["Nicolás Maduro"], "2024-06")
    assert party is not None and party.id == "psuv"
    gaz = forget_people(known, ["Nicolás Maduro received the delegation."])
    assert gaz.person("Nicolás Maduro") is None and gaz.party_led(["Nicolás Maduro"], "2024-06") is None


def test_the_environment_switch_reads_article_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = tmp_path / "a.jsonl"
    articles.write_text(json.dumps({"id": "x-1", "title": "Visit", "text": _TEXT}, ensure_ascii=False) + "\n")
    monkeypatch.setenv(UNKNOWN_PEOPLE_ENV, str(articles))
    gaz = load_gazetteer()
    assert gaz.person("Liu Jianchao") is None and gaz.person("Nicolás Maduro") is not None
    monkeypatch.delenv(UNKNOWN_PEOPLE_ENV)
    assert load_gazetteer().person("Liu Jianchao") is not None  # never on by default
