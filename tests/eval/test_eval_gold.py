from pathlib import Path

import pytest

from liaison.eval.gold import GoldFormatError, load_gold


def test_load_gold_reads_lines(tmp_path: Path) -> None:
    f = tmp_path / "g.jsonl"
    f.write_text(
        '{"doc": "a", "language": "zh", "published": "2025-07", "events": []}\n\n'
        '{"doc": "b", "language": "en", "published": null, "events": [{"kind": "talks", "date": null,'
        ' "location": "Beijing", "remote": false, "channel": ["party"], "parties":'
        ' [{"name": "Communist Party of China", "abbr": "CPC", "country": "CN"}],'
        ' "participants": [{"name": "Cai Qi", "native": "蔡奇", "title": null, "organization": null,'
        ' "country": "CN", "lead": true}]}]}\n',
        encoding="utf-8",
    )
    arts = load_gold(f)
    assert [a.doc for a in arts] == ["a", "b"]
    assert arts[1].events[0].participants[0].native == "蔡奇"
    assert arts[1].events[0].parties[0].abbr == "CPC"


def test_bad_json_names_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "g.jsonl"
    f.write_text('{"doc": "a", "language": "zh", "events": []}\n{oops\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"g\.jsonl:2: invalid JSON"):
        load_gold(f)


def test_missing_doc_and_duplicates_are_errors(tmp_path: Path) -> None:
    f = tmp_path / "g.jsonl"
    f.write_text('{"language": "zh", "events": []}\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r":1: malformed"):
        load_gold(f)
    f.write_text('{"doc": "a", "events": []}\n{"doc": "a", "events": []}\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r":2: doc 'a' annotated twice"):
        load_gold(f)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="cannot open"):
        load_gold(tmp_path / "nope.jsonl")
