"""Regular expressions read back compiled from liaison's cache (``kb.compiled``): the same patterns Python's own
compiler makes (``Pattern.__eq__`` compares the programs), the same matches, the same groups; and every
pattern the Chinese extractor compiles, and what the prefilter reads from them, read back in another process
equal to what Python and the prefilter make."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from liaison.kb import compiled

_PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<who>[\u4e00-\u9fff]{2,4})(?:会见|会谈)(?P<whom>.+?)。", 0),
    (r"(?<=\d)年(\d{1,2})月(?:(\d{1,2})日)?", 0),
    (r"\bmet (?:with )?(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)*)", re.IGNORECASE),
    (r"""(?x) ^ \s* (?P<place>[A-Z]+) , \s+ (?P<month>\w+) \. \s+ (?P<day>\d+)  # a dateline""", re.MULTILINE),
    (r"(a|b)?c(?(1)d|e)", 0),
    (rb"\x00(?P<tag>[a-z]+)\x00", 0),
    (r"(?i:Señor|señora)\s+\w+", re.UNICODE),
    (r".+", re.DOTALL | re.ASCII),
]
_TEXT = "2024年5月6日，王毅会见古巴外长。He met with Bruno Rodriguez.\nHAVANA, May. 6 ce abcd Señora Díaz"


def _cached(pattern: str | bytes, flags: int) -> re.Pattern[str]:
    assert compiled.plain is not None and compiled._compiler is not None and compiled._parser is not None
    compile = compiled._compiling(compiled.plain, compiled._compiler._code, compiled._parser.parse)
    made: re.Pattern[str] = compile(pattern, flags)
    return made


@pytest.mark.parametrize(("pattern", "flags"), _PATTERNS)
def test_the_pattern_python_makes(pattern: str | bytes, flags: int) -> None:
    assert compiled.plain is not None
    expected = compiled.plain(pattern, flags)
    for made in (_cached(pattern, flags), compiled.pattern(pattern, compiled._kept[(pattern, flags)])):
        assert made == expected
        assert (made.pattern, made.flags, made.groups, dict(made.groupindex)) == (
            expected.pattern, expected.flags, expected.groups, dict(expected.groupindex))
        text: str | bytes = _TEXT.encode() + b"\x00abc\x00" if isinstance(pattern, bytes) else _TEXT
        assert [(m.span(), m.groups(), m.lastgroup, m.lastindex) for m in made.finditer(text)] == [  # type: ignore[arg-type]
            (m.span(), m.groups(), m.lastgroup, m.lastindex) for m in expected.finditer(text)]  # type: ignore[arg-type]


def test_saved_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for pattern, flags in _PATTERNS:
        _cached(pattern, flags)
    path = tmp_path / "re" / "kept.pickle"
    monkeypatch.setattr(compiled, "_path", [path])
    monkeypatch.setitem(compiled._state, "new", 1)
    monkeypatch.setattr(compiled, "_asked", {(p, f) for p, f in _PATTERNS})
    compiled.save()
    read = compiled._read(path)
    assert compiled.plain is not None
    for pattern, flags in _PATTERNS:
        entry, age = read[(pattern, flags)]
        assert compiled.pattern(pattern, entry) == compiled.plain(pattern, flags) and age == 0
    asked, (forgotten, flags) = {(p, f) for p, f in _PATTERNS[1:]}, _PATTERNS[0]
    monkeypatch.setattr(compiled, "_asked", asked)
    for saves in range(1, compiled._SAVES_KEPT + 2):  # (a pattern no process asks for again ages, then goes)
        monkeypatch.setitem(compiled._state, "new", 1)
        compiled.save()
        read = compiled._read(path)
        assert ((forgotten, flags) in read) == (saves <= compiled._SAVES_KEPT)
        assert all(read[key][1] == 0 for key in asked)
    path.write_bytes(b"not a pickle")
    assert compiled._read(path) == {}


def test_a_program_this_sre_refuses_compiles_as_usual(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern, flags = _PATTERNS[2]
    broken = (flags, b"\xff" * 16, 2, {"name": 1})  # (a program ``_sre`` cannot run: a kept file gone bad)
    monkeypatch.setitem(compiled._kept, (pattern, flags), broken)
    assert compiled.plain is not None
    assert _cached(pattern, flags) == compiled.plain(pattern, flags)
    assert compiled._kept.get((pattern, flags)) != broken


_PROBE = """
import json, re, sys
from liaison.kb import compiled
import liaison.engines.worker  # (``liaison.engines`` installs the cache, as in every extracting process)
from liaison.engines.warm import warm_up
warm_up(("zh",))
from re import _parser
from liaison.extract import prefilter
kept = compiled._read(compiled._path[0])
def fresh(key):
    if len(key) == 2:
        return compiled.plain(*key)
    kind, p, flags = key
    if kind == "needs":
        return tuple(prefilter._sequence(list(_parser.parse(p, flags))))
    return prefilter._guard(compiled.plain(p, flags))
def read(key, entry):
    return compiled.pattern(key[0], entry) if len(key) == 2 else entry
same = sum(read(key, entry) == fresh(key) for key, (entry, _) in kept.items())
kinds = sorted({key[0] for key in kept if len(key) == 3})
print(json.dumps([len(kept), same, re._compiler.compile.__name__, compiled._state["compiled"], kinds]))
"""


def test_extractor_patterns_read_back(tmp_path: Path) -> None:
    env = {**os.environ, "LIAISON_CACHE": str(tmp_path), "PYTHONPATH": os.pathsep.join(sys.path)}
    runs = [json.loads(subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True,
                                      check=True).stdout) for _ in range(2)]
    kept, same, name, compiled_anew, kinds = runs[1]
    assert kinds == ["first", "needs"]  # what the prefilter reads from patterns, kept and read back the same
    assert kept > 500 and same == kept  # every pattern the extractor compiled, read back equal to Python's
    # the second process compiled only those made from a set, in another order (see ``kb.compiled._SAVES_KEPT``)
    assert name == "compile" and runs[0][3] > 500 and compiled_anew < runs[0][3] / 5
