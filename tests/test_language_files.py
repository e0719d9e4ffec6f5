"""Integrity of the language data files (``liaison/kb/lang/<code>.toml``), as dateparser tests its
language data: every cue pattern compiles and matches each of its example sentences, so a cue
edited until it no longer matches the sentence it was written for fails here."""

from __future__ import annotations

import re
from typing import Any

import pytest

from liaison.extract.lexicon_file import FIELDS, FieldSpec, expand, load_lexicon, lookup, templates
from liaison.kb.languages import language_codes, language_data

CODES = language_codes()


def _entries(spec: FieldSpec, value: Any) -> list[tuple[str, dict[str, Any]]]:
    if spec.shape in ("pattern", "patterns"):
        return [(".".join(spec.path), e) for e in value]
    return [(f"{'.'.join(spec.path)}.{group[spec.label]}", e) for group in value for e in group["cues"]]


def _cues(code: str) -> list[tuple[str, int, str, list[str]]]:
    data = language_data(code)
    names = templates(data)
    out = []
    for spec in FIELDS:
        value = lookup(data, spec.path)
        if value is None or spec.shape not in ("pattern", "patterns", "labelled"):
            continue
        for where, entry in _entries(spec, value):
            out.append((where, spec.flags, expand(entry["pattern"], names), list(entry.get("examples", []))))
    return out


def test_every_language_has_a_file() -> None:
    assert {"en", "es", "pt", "fr"} <= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_every_cue_matches_its_examples(code: str) -> None:
    failures = []
    for where, flags, pattern, examples in _cues(code):
        rx = re.compile(pattern, flags)
        if not examples:
            failures.append(f"{where}: {pattern!r} has no example")
        failures += [f"{where}: {pattern!r} does not match {ex!r}" for ex in examples if not rx.search(ex)]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("code", CODES)
def test_only_known_concepts(code: str) -> None:
    """A misspelt section (``[cues.atendance]``) would be silently ignored: every key is read."""
    data = language_data(code)
    known = {spec.path for spec in FIELDS} | {
        ("calendar", "event_day_prefixes"),  # read by normalise/dates.py
        ("words", "elisions"),  # read by extract/latin/tokens.py before any lexicon is chosen
        ("script", "accents_optional"),  # read by extract/lexicon_file.py (lexicon_for) to choose a lexicon
        ("titles", "fused_prefixes"),  # read by extract/lexicon_file.py (load_lexicon) into the title heads
    }
    own = {"code", "name", "detection", "sentences", "triage", "templates"}

    def walk(node: dict[str, Any], path: tuple[str, ...]) -> list[str]:
        unknown = []
        for key, value in node.items():
            here = (*path, key)
            if here in known or (not path and key in own):
                continue
            if isinstance(value, dict) and any(p[: len(here)] == here for p in known):
                unknown += walk(value, here)
            else:
                unknown.append(".".join(here))
        return unknown

    assert not walk(data, ())


@pytest.mark.parametrize("code", CODES)
def test_the_lexicon_loads_with_every_pattern_compiling(code: str) -> None:
    lex = load_lexicon(code)
    assert lex.code == code and lex.months and lex.weekdays and lex.kind_cues
    for _kind, pattern in lex.kind_cues:
        lex.compiled(pattern)
    assert lex.month_number(lex.months[2]) == 3 and lex.weekday_number(lex.weekdays[0]) == 0


def test_a_broken_cue_fails() -> None:
    """The check bites: the English phone-call cue no longer matches once its words change."""
    _where, flags, pattern, examples = next(c for c in _cues("en") if c[0] == "kinds.phone_call")
    assert re.search(pattern, examples[0], flags)
    assert not re.search(pattern.replace("phone", "fone"), examples[0], flags)


def test_every_lexicon_field_has_a_place_in_the_language_files() -> None:
    """A field added to ``Lexicon`` gets a concept key in ``FIELDS`` (and values in the files), so the
    grammar's words stay data."""
    from dataclasses import fields

    from liaison.extract.latin.lexicon import Lexicon

    assert {f.name for f in fields(Lexicon)} - {"code"} == {spec.field for spec in FIELDS}
