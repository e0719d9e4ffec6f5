"""``liaison build`` on bad inputs: a summary of what was skipped (all of it with --report), one
line for any failure, and no database when nothing was built."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

import liaison.cli.build_cmd as build_cmd
from liaison.cli.main import cli, main
from tests.conftest import REPO

SAMPLE = REPO / "samples" / "en" / "06_phone_call_vietnam.txt"


def _corpus(folder: Path, bad: int) -> Path:
    folder.mkdir(parents=True)
    (folder / "good.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    lines = "".join("{oops\n" if i % 2 else '{"text": ""}\n' for i in range(bad))
    (folder / "bad.jsonl").write_text(lines, encoding="utf-8")
    return folder


def test_skipped_inputs_are_summarised_and_reported(tmp_path: Path) -> None:
    src = _corpus(tmp_path / "in [/] put", 12)
    report = tmp_path / "report.jsonl"
    db = tmp_path / "x.duckdb"
    result = CliRunner().invoke(cli, ["build", str(src), "--db", str(db), "-q", "-j", "1", "--report", str(report)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "skipped 12 inputs: 6 article has no text, 6 malformed JSON" in out
    listed = [line for line in out.splitlines() if line.startswith("  ") and "bad.jsonl:" in line]
    assert len(listed) == build_cmd.FIRST_FEW and f"{src}/bad.jsonl:1: article has no text" in listed[0]
    assert f"all of them are in {report}" in out and "1 new" in out and "12 skipped" in out
    rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 12 and {r["kind"] for r in rows} == {"skipped"}
    assert {r["origin"] for r in rows} == {f"{src}/bad.jsonl:{n}" for n in range(1, 13)}


def test_nothing_built_writes_no_database(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    db = tmp_path / "x.duckdb"
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "empty.txt"), "--db", str(db), "-q"])
    assert result.exit_code == 1 and "nothing could be built" in result.output
    assert not db.exists()


def _run_main(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["liaison", *argv])
    with pytest.raises(SystemExit) as stop:
        main()
    captured = capsys.readouterr()
    return int(stop.value.code or 0), captured.err


def test_other_database_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "theirs.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE accounts (id INTEGER)")
    con.close()
    code, err = _run_main(monkeypatch, capsys, "build", str(_corpus(tmp_path / "in", 1)), "--db", str(db), "-q")
    assert code == 2
    assert err == f"Error: {db}: not a liaison database; it is left unchanged\n"


def test_an_unexpected_failure_is_one_line_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something [/] broke\nbadly")

    monkeypatch.setattr(build_cmd, "build", explode)
    code, err = _run_main(monkeypatch, capsys, "build", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "-q")
    assert code == 70
    assert err == "internal error: RuntimeError: something [/] broke badly (LIAISON_DEBUG=1 shows the traceback)\n"


def test_a_write_failing_while_workers_extract_is_one_line(tmp_path: Path) -> None:
    """The workers' pool is shut down before the error is told: nothing of it reaches the user as the
    interpreter exits (a fresh interpreter, so its exit is seen)."""
    feed = tmp_path / "day.jsonl"
    item = "中共中央对外联络部部长刘建超{n}日在北京会见越南共产党代表团，双方就加强两党交流交换意见。"
    feed.write_text("".join(json.dumps({"id": f"a{n}", "text": item.format(n=n % 28 + 1), "language": "zh",
                                        "published": "2024-05-30"}, ensure_ascii=False) + "\n"
                            for n in range(4500)), encoding="utf-8")
    code = (
        "import sys, duckdb\n"
        "from liaison.store import Store\n"
        "def disk_full(self, *args, **kwargs):\n"
        "    raise duckdb.IOException('Could not write file: No space left on device')\n"
        "Store.save_rows = disk_full\n"
        "from liaison.cli.main import main\n"
        f"sys.argv = ['liaison', 'build', {str(feed)!r}, '--db', {str(tmp_path / 'x.duckdb')!r}, '-j', '2', '-q']\n"
        "if __name__ == '__main__':\n"
        "    main()\n"
    )
    script = tmp_path / "run.py"
    script.write_text(code, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    assert "No space left on device" in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
