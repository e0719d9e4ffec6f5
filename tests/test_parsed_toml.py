"""Data files kept parsed on disk (``kb.parsed``): the same contents as parsing them, parsed again when
they change, and parsed as usual when the cache cannot be used."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import liaison.kb.parsed as parsed
from liaison.kb.gazetteer import DATA_DIR
from liaison.kb.languages import LANG_DIR


def _no_parsing(text: str) -> dict[str, object]:
    raise AssertionError("parsed again")


def test_the_data_files_read_back_are_what_parsing_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIAISON_CACHE", str(tmp_path))
    files = [*sorted(DATA_DIR.glob("*.toml")), *sorted(LANG_DIR.glob("*.toml"))]
    assert len(files) > 10
    want = [tomllib.loads(path.read_text(encoding="utf-8")) for path in files]
    first = [parsed.read_toml(path) for path in files]
    assert len(list((tmp_path / "toml").glob("*.pickle"))) == len(files)
    monkeypatch.setattr(parsed.tomllib, "loads", _no_parsing)
    again = [parsed.read_toml(path) for path in files]
    for path, one, two, wanted in zip(files, first, again, want, strict=True):
        assert one == wanted and two == wanted, path
        assert two is not one  # (a caller may change what it gets)


def test_a_changed_file_is_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIAISON_CACHE", str(tmp_path / "cache"))
    kb = tmp_path / "orgs.toml"
    original = (DATA_DIR / "orgs.toml").read_text(encoding="utf-8")
    kb.write_text(original, encoding="utf-8")
    before = parsed.read_toml(kb)
    kb.write_text(original + '\n[[org]]\nid = "zz_test"\nname = "Test Party"\n', encoding="utf-8")
    after = parsed.read_toml(kb)
    assert after["org"][-1]["id"] == "zz_test" and len(after["org"]) == len(before["org"]) + 1
    kb.write_text(original + "\n[[org]\n", encoding="utf-8")
    with pytest.raises(tomllib.TOMLDecodeError):
        parsed.read_toml(kb)


def test_a_cache_that_cannot_be_written_is_passed_by(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("LIAISON_CACHE", str(blocked))
    path = DATA_DIR / "orgs.toml"
    assert parsed.read_toml(path) == tomllib.loads(path.read_text(encoding="utf-8"))


def test_no_cache_when_it_is_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIAISON_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = DATA_DIR / "orgs.toml"
    assert parsed.cache_folder() is None
    assert parsed.read_toml(path) == tomllib.loads(path.read_text(encoding="utf-8"))
    assert not any(tmp_path.iterdir())
