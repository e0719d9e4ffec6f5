"""Which fork server a pooled build starts (``engines.local.chinese_head``): the Chinese sample alone when every
item of the input's first part says it is Chinese, every sample otherwise."""

from __future__ import annotations

import json
from pathlib import Path

from liaison.engines import local
from liaison.ingest import FilePart, RawLines


def _lines(*languages: str | None) -> RawLines:
    rows = []
    for n, language in enumerate(languages, 1):
        record = {"id": f"a{n}", "text": "新华社北京电 国务院总理在北京会见来访的外国客人。"}
        if language is not None:
            record["language"] = language
        rows.append((n, json.dumps(record, ensure_ascii=False).encode()))
    return RawLines("x.jsonl", "x", tuple(rows))


def test_an_all_chinese_head_warms_chinese_only() -> None:
    assert local.chinese_head([_lines("zh", "zh-CN"), _lines("zh")])


def test_any_other_language_or_none_warms_every_language() -> None:
    assert not local.chinese_head([_lines("zh", "en")])
    assert not local.chinese_head([_lines("zh"), _lines(None)])  # (detected from the text in the worker)
    assert not local.chinese_head([])


def test_a_part_that_is_not_json_lines_warms_every_language(tmp_path: Path) -> None:
    assert not local.chinese_head([_lines("zh"), FilePart(tmp_path / "a.txt")])


def test_a_line_that_is_no_article_decides_nothing() -> None:
    """(An unreadable or empty item is skipped: no worker extracts it.)"""
    broken = RawLines("x.jsonl", "x", ((1, b"{not json"), (2, b'{"id": "e", "text": ""}')))
    assert local.chinese_head([_lines("zh"), broken])
    assert not local.chinese_head([broken])
