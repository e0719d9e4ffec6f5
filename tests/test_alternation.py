"""``kb.alternation.Alternation`` finds what one compiled alternation's ``finditer`` finds, on the
gazetteer's own forms over real items, and on the cases where order, case and lookarounds decide."""

from __future__ import annotations

import gzip
import json
import re
from itertools import islice

import pytest

from liaison.kb.alternation import Alternation
from liaison.kb.gazetteer import _CJK, LATIN_BOUNDS, default_gazetteer, latin_alternatives
from tests.conftest import SHARED


def _as_one(alternatives: list[tuple[str, str]], before: str = "", after: str = "") -> re.Pattern[str]:
    return re.compile(before + "(?:" + "|".join(p for _first, p in alternatives) + ")" + after)


def _same(alternatives: list[tuple[str, str]], texts: list[str], before: str = "", after: str = "") -> int:
    scan, whole = Alternation(alternatives, before, after), _as_one(alternatives, before, after)
    found = 0
    for text in texts:
        ours = [(m.span(), m.group(0)) for m in scan.finditer(text)]
        assert ours == [(m.span(), m.group(0)) for m in whole.finditer(text)], text[:80]
        found += len(ours)
    return found


def _items(name: str, count: int) -> list[str]:
    path = SHARED / "corpus" / name
    if not path.exists():
        pytest.skip(f"{path} not found")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line).get("text") or "" for line in islice(f, count)]


def _forms() -> tuple[list[str], list[str]]:
    gaz = default_gazetteer()
    forms = sorted((f for e in gaz.orgs.values() for f in e.surface_forms()), key=len, reverse=True)
    return [f for f in forms if not _CJK.search(f)], [f for f in forms if _CJK.search(f)]


def test_the_gazetteer_latin_forms_in_english_reports() -> None:
    latin, _cjk = _forms()
    texts = _items("kcna-en-2023-2024.jsonl.gz", 300) + _items("wh-readouts-2021-2025.jsonl.gz", 200)
    assert _same(latin_alternatives(latin), texts, *LATIN_BOUNDS) > 100


def test_the_gazetteer_forms_in_chinese_broadcasts() -> None:
    latin, cjk = _forms()
    texts = _items("xwlb-2022-2026.jsonl.gz", 800)
    assert _same([(re.escape(f[0]), re.escape(f)) for f in cjk], texts) > 100
    _same(latin_alternatives(latin), texts, *LATIN_BOUNDS)  # Latin letters in Chinese text: "G20", "APEC"


def test_order_case_and_lookarounds_decide_as_in_one_pattern() -> None:
    forms = ["Workers' Party of Korea", "Workers Party", "Party", "PS", "Kelvin Front", "sociedad", "ab", "abc"]
    texts = [
        "the Workers’ Party of Korea and the workers  party met; the PS and the ps; PARTY-line",
        "\u212aelvin front (Kelvin sign), ſociedad (long s), abcd abc ab-c xab ab",
        "Party's Party,Party\nParty",
    ]
    assert _same(latin_alternatives(sorted(forms, key=len, reverse=True)), texts, *LATIN_BOUNDS) >= 8
    # an earlier alternative that fails its lookahead leaves the place to a later one
    assert _same([("a", "abc"), ("a", "ab")], ["abcd ab abc"], after=r"(?!\w)") == 2
