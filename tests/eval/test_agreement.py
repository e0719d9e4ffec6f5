"""scripts/agreement.py scores one annotator's gold against another's through the project's scorer."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from eval_helpers import gev, gold, gp, script


def _agreement() -> ModuleType:
    return script("agreement")


CHEN = gp("Chen Zhou", country="CN")
HOSTS = [gp(n, country="LK") for n in ("Ranil Wickremesinghe", "Dinesh Gunawardena")]


def test_identical_gold_agrees_fully_in_both_directions() -> None:
    a = gold(("web-en-140", "en", [gev(CHEN, *HOSTS, date="2023-01-14")]))
    card = _agreement().compare(a, a)
    figures = card.figures()
    assert figures["events.f1"] == 1.0 and figures["participants.f1"] == 1.0 and figures["date.accuracy"] == 1.0


def test_one_event_per_host_against_one_event_for_the_list() -> None:
    """"A and B met with the delegation": annotator A codes one meeting, annotator B one per host."""
    ag = _agreement()
    a = gold(("web-en-140", "en", [gev(CHEN, *HOSTS, date="2023-01-14")]))
    b = gold(("web-en-140", "en", [gev(CHEN, HOSTS[0], date="2023-01-14"), gev(CHEN, HOSTS[1], date="2023-01-16")]))
    ab, ba = ag.compare(a, b), ag.compare(b, a)
    assert ab.figures()["events.precision"] == 0.5 and ab.figures()["events.recall"] == 1.0
    assert ba.figures()["events.precision"] == 1.0 and ba.figures()["events.recall"] == 0.5
    assert ab.figures()["events.f1"] == ba.figures()["events.f1"]


def test_only_shared_articles_are_scored_and_grouped_by_slice() -> None:
    ag = _agreement()
    a = gold(("web-es-071", "es", [gev(gp("Nguyen Phu Trong", country="VN"))]),
             ("web-zh-018", "zh", []), ("web-fr-999", "fr", [gev(gp("X Y"))]))
    b = gold(("web-es-071", "es", [gev(gp("Nguyen Phu Trong", country="VN"), kind="talks")]),
             ("web-zh-018", "zh", []))
    card = ag.compare(a, b)
    assert card.groups["all"].n_articles == 2
    assert set(card.languages) == {"web-es", "web-zh"}
    assert card.figures("web-es")["kind.accuracy"] == 0.0


def test_main_writes_both_directions_as_json(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    line = {"doc": "web-pt-070", "language": "pt", "published": "2023-08-13", "events": [
        {"kind": "meeting", "date": "2023-08-12", "location": "Luanda", "remote": False, "channel": ["state"],
         "parties": [], "participants": [gp("João Lourenço", country="AO"), gp("Wang Wentao")]}]}
    other = {**line, "events": [{**line["events"][0], "location": None}]}  # type: ignore[dict-item]
    (tmp_path / "a.gold.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    (tmp_path / "b.gold.jsonl").write_text(json.dumps(other) + "\n", encoding="utf-8")
    assert _agreement().main([str(tmp_path / "a.gold.jsonl"), str(tmp_path / "b.gold.jsonl"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["docs"] == ["web-pt-070"]
    assert out["b_against_a"]["all"]["figures"]["location.accuracy"] == 0.0
    assert out["a_against_b"]["all"]["figures"]["events.f1"] == 1.0


def test_channel_agreement_reads_the_scorers_pairs() -> None:
    """A letter from a European Parliament vice-president to the CPC's general secretary: one annotator
    codes channel legislature, the other party+legislature; the unpaired event does not count."""
    ag = _agreement()
    sender, xi = gp("Dimitrios Papadimoulis", country="EU"), gp("Xi Jinping")
    a = gold(("web-en-029", "en", [{**gev(sender, xi, kind="message"), "channel": ["legislature"]}]))
    b = gold(("web-en-029", "en", [{**gev(sender, xi, kind="message"), "channel": ["legislature", "party"]},
                                   gev(gp("Natsuo Yamaguchi", country="JP"), xi, kind="message")]))
    assert ag.channel_agreement(ag.compare(a, b)) == 0.0
    assert ag.channel_agreement(ag.compare(a, a)) == 1.0
