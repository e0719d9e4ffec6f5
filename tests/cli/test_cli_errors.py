"""No traceback reaches a user: every failure is one line on standard error and a non-zero status."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from cli_helpers import run

from liaison.cli import main as main_module


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("not a database\n", encoding="utf-8")
    for command in (["events"], ["stats"], ["show", "Li"], ["people"]):
        result = run(*command, "--db", str(bogus))
        assert result.exit_code == 2
        assert len(result.output.strip().splitlines()) == 1
        assert result.output.startswith(f"Error: {bogus}: cannot open database")


def test_main_turns_an_unexpected_failure_into_one_line(
    samples_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("liaison.cli.query_cmd.people", boom)
    monkeypatch.setattr(sys, "argv", ["liaison", "people", "--db", str(samples_db)])
    monkeypatch.delenv("LIAISON_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        main_module.main()
    assert exit_info.value.code == 70
    err = capsys.readouterr().err
    assert err == "internal error: RuntimeError: boom (LIAISON_DEBUG=1 shows the traceback)\n"


def test_main_exits_non_zero_for_ambiguous_names(
    samples_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["liaison", "show", "Li", "--db", str(samples_db)])
    with pytest.raises(SystemExit) as exit_info:
        main_module.main()
    assert exit_info.value.code == 1
    assert "'Li' matches 3 people" in capsys.readouterr().out
