"""Event kinds are declared once (``model/kinds.toml``): everything else that names kinds agrees with it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import get_args

import click
import pytest

from liaison.cli.main import cli
from liaison.export.events_jsonl import event_schema
from liaison.export.plover import plover_schema
from liaison.export.tables import TABLES
from liaison.extract.en.lexicon import ENGLISH
from liaison.extract.es.lexicon import SPANISH
from liaison.extract.zh.kinds import PLAIN_MEETING, VERB_CUES
from liaison.model.kinds import KIND_IDS, KINDS, _load, as_kind, listed, merge_class, of_class
from liaison.model.types import EventKind
from tests.conftest import DEV_GOLD, REPO


def test_the_literal_lists_the_declared_kinds_in_order() -> None:
    assert get_args(EventKind) == KIND_IDS


def test_json_schemas_enumerate_the_declared_kinds() -> None:
    assert tuple(event_schema()["properties"]["kind"]["enum"]) == KIND_IDS, "export/schemas/events.schema.json"
    liaison = plover_schema()["properties"]["liaison"]["properties"]
    assert tuple(liaison["kind"]["enum"]) == KIND_IDS, "export/schemas/plover.schema.json"


def test_declared_fields_hang_together() -> None:
    for k in KINDS:
        assert k.label == k.id.replace("_", " "), f"{k.id}: the web pages show the id with spaces as its label"
        if k.class_ == "remote":
            assert k.remote, f"{k.id}: a remote kind is remote by default"
    for a in KINDS:
        for b in KINDS:
            if a.merges_as == b.merges_as:
                assert a.class_ == b.class_ and a.remote == b.remote, (a.id, b.id)


def test_event_merging_keeps_its_classes() -> None:
    # hashed into event ids: a change here changes every stored event id
    assert {k: merge_class(k) for k in KIND_IDS} == {
        "meeting": "in_person", "talks": "in_person", "visit": "in_person",
        "video_conference": "remote", "phone_call": "remote",
        "seminar": "seminar", "agreement": "agreement", "message": "message", "other": "other",
    }
    assert merge_class("dinner") == "dinner"


def test_export_column_docs_list_the_kinds() -> None:
    column = next(c for c in TABLES["events"] if c.name == "kind")
    assert column.doc == listed() + "."
    text = (REPO / "docs" / "export-columns.md").read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| `kind` | string |"))
    assert tuple(re.findall(r"[a-z_]+", row.split("|")[3])) == KIND_IDS, "docs/export-columns.md, events.kind"


def test_plover_mapping_doc_follows_the_declaration() -> None:
    text = (REPO / "docs" / "export-columns.md").read_text(encoding="utf-8")
    section = text.split("## PLOVER mapping", 1)[1].split("\n## ", 1)[0]
    seen: dict[str, tuple[str, bool]] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) != 3 or not (m := re.fullmatch(r"`([A-Z]+)`", cells[1])):
            continue
        for kind_id in re.findall(r"[a-z_]+", cells[0]):
            if kind_id in KIND_IDS:
                seen[kind_id] = (m.group(1), "`phone`" in cells[2])
    assert seen == {k.id: (k.plover, k.class_ == "remote") for k in KINDS}


@pytest.mark.parametrize("command", ["events", "export"])
def test_cli_kind_choices_are_the_declared_kinds(command: str) -> None:
    cmd = cli.commands[command]  # type: ignore[attr-defined]
    option = next(p for p in cmd.params if p.name == "kind")
    assert isinstance(option.type, click.Choice) and tuple(option.type.choices) == KIND_IDS


def test_extractor_cues_name_declared_kinds() -> None:
    for lex in (ENGLISH, SPANISH):
        undeclared = {kind for kind, _pattern in lex.kind_cues if kind not in KIND_IDS}
        assert not undeclared, f"{lex.code} lexicon: {undeclared}"
    assert {kind for kind, _verb, _clause in VERB_CUES} | {PLAIN_MEETING} <= set(KIND_IDS)


def test_gold_uses_declared_kinds() -> None:
    files = [*REPO.glob("quality/**/*gold*.jsonl"), *([DEV_GOLD] if DEV_GOLD.exists() else [])]
    assert files
    for path in files:
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for event in (e for r in records for e in r.get("events") or ()):
            assert event.get("kind", "other") in KIND_IDS, (path.name, event.get("kind"))


def test_kind_validation() -> None:
    assert as_kind("phone_call") == "phone_call"
    with pytest.raises(ValueError, match="dinner"):
        as_kind("dinner")
    assert of_class("remote") == {"video_conference", "phone_call"}


def test_a_malformed_declaration_is_refused(tmp_path: Path) -> None:
    good = 'id = "meeting"\nlabel = "meeting"\nplover = "CONSULT"\nremote = false\nmerges_as = "in_person"\n'
    for extra, message in (
        ('class = "in_person"\n', "twice"),
        ('class = "by_pigeon"\n', "class"),
    ):
        path = tmp_path / "kinds.toml"
        body = "[[kind]]\n" + good + extra
        path.write_text(body + (body if message == "twice" else ""), encoding="utf-8")
        with pytest.raises(ValueError, match=message):
            _load(path)
    path.write_text('[[kind]]\nid = "dinner"\n' + good.split("\n", 1)[1] + 'class = "other"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="EventKind"):
        _load(path)
