"""The shared extraction engine names no word of any natural language (issue 12).

Scanned: the frame-assembly layer (``extract/assembly``) and the Latin-script grammar
(``extract/latin/*.py``), except ``latin/lexicon.py`` (the lexicon's fields and their defaults) and
the data files (``latin/data/*.toml``). A string literal in them fails the test when it holds a
letter outside ASCII ("también", "中"), a character class spelling out letters (``[A-ZÁÉÍÓÚ]``), or a
word some language lexicon uses ("delegation", "of", "vice") that is not one of the engine's own
identifiers (event kinds, channels, roles, regex group names). Such words belong in a lexicon or a
data file.
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import re
from functools import cache
from importlib import import_module
from pathlib import Path

import pytest

from liaison.extract.latin.lexicon import Lexicon

EXTRACT = Path(__file__).resolve().parents[2] / "src" / "liaison" / "extract"
ENGINE = sorted((EXTRACT / "assembly").glob("*.py")) + sorted(
    p for p in (EXTRACT / "latin").glob("*.py") if p.name != "lexicon.py"
)
LATIN_LANGUAGES = ("en", "es", "pt", "fr")
MODEL = EXTRACT.parent / "model" / "types.py"

_CLASS = re.compile(r"\[\^?\]?[^\]]*\]")
_REGEX_SYNTAX = re.compile(r"\\[A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)|\(\?[aiLmsux-]+[:)]|\{[\w.]*\}")
_WORD = re.compile(r"[A-Za-z][A-Za-z_-]*[A-Za-z]")


def _spells_letters(literal: str) -> bool:
    """A character class naming letters: a range of them (``A-Z``) or a letter outside ASCII."""
    return any(
        "A-Z" in c or "a-z" in c or any(ch.isalpha() and not ch.isascii() for ch in c) for c in _CLASS.findall(literal)
    )


def _words(text: str) -> set[str]:
    """The lower-case words of a literal, regex syntax and upper-case codes or acronyms ("CN") left out."""
    return {w.lower() for w in _WORD.findall(_REGEX_SYNTAX.sub(" ", text)) if not w.isupper()}


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, (tuple, list, set, frozenset)):
        return [s for v in value for s in _strings(v)]
    return []


def _lexicons() -> list[Lexicon]:
    """The Lexicon of each Latin-script language, wherever its package keeps it."""
    found: list[Lexicon] = []
    for code in LATIN_LANGUAGES:
        package = import_module(f"liaison.extract.{code}")
        modules = [package]
        with contextlib.suppress(ImportError):
            modules.append(import_module(f"liaison.extract.{code}.lexicon"))
        for module in modules:
            found += [v for v in vars(module).values() if isinstance(v, Lexicon) and v not in found]
    return found


@cache
def language_words() -> frozenset[str]:
    """Every word (lower case, two letters or more) the Latin-script lexicons hold, defaults included."""
    words: set[str] = set()
    defaults = [f.default for f in dataclasses.fields(Lexicon) if f.default is not dataclasses.MISSING]
    for lex in _lexicons():
        for text in [s for f in dataclasses.fields(lex) for s in _strings(getattr(lex, f.name))] + _strings(defaults):
            words.update(_words(text))
    return frozenset(words)


@cache
def engine_words() -> frozenset[str]:
    """The engine's own identifiers: values of the literal types of the model and of the engine's
    modules (kinds, channels, precisions, sources, roles, title placements) and the named groups of
    the lexicons' patterns."""
    words: set[str] = set()
    for source in (MODEL, *ENGINE):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "Literal":
                words.update(c.value for c in ast.walk(node.slice) if isinstance(c, ast.Constant))
    for lex in _lexicons():
        for f in dataclasses.fields(lex):
            for text in _strings(getattr(lex, f.name)):
                words.update(re.findall(r"\(\?P<(\w+)>", text))
    return frozenset(w.lower() for w in words if isinstance(w, str))


def problems(literal: str) -> list[str]:
    """Why a string literal of the engine is language-specific (empty when it is not)."""
    found = []
    if any(c.isalpha() and not c.isascii() for c in literal):
        found.append("a letter outside ASCII")
    if _spells_letters(literal):
        found.append("a character class spelling out letters")
    words = (_words(literal) & language_words()) - engine_words()
    if words:
        found.append("the words " + ", ".join(sorted(words)))
    return found


_KEY_METHODS = frozenset({"group", "get", "start", "end", "span", "groupdict"})


def _literals(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module that could hold text: not docstrings, not keys (``d["key"]``,
    ``m.group("name")``, ``g.get("month")``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            skip.add(id(node.slice))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _KEY_METHODS:
            skip.update(id(a) for a in node.args[:1] if isinstance(a, ast.Constant))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
    ]


def test_the_scan_covers_the_engine() -> None:
    assert {lex.code for lex in _lexicons()} >= set(LATIN_LANGUAGES)
    assert {"delegation", "vice", "of", "de", "por"} <= language_words()
    names = {p.name for p in ENGINE}
    assert {"assemble.py", "channel.py", "frames.py", "sides.py", "affiliation.py", "places.py"} <= names
    assert "lexicon.py" not in names


@pytest.mark.parametrize(
    "literal",
    [
        r"(?-i:[A-ZÁÉÍÓÚ][\w'’-]+)",
        r"\b(?:delegaci[óo]n|delegação|delegation)\s+",
        r"\s+(?:of|de|del|do|da)(?:\s+(?:the|la|el))?\s*$",
        "Government of ",
        "vice",
        "参加|出席",
        "[A-Z][a-z]+",
    ],
)
def test_the_detector_flags_language_literals(literal: str) -> None:
    assert problems(literal)


@pytest.mark.parametrize(
    "literal", ["video_conference", "party_body", "principal", "published", r"(?P<month>\w+)", "CN", "NFKD", ","]
)
def test_the_detector_lets_engine_identifiers_pass(literal: str) -> None:
    assert problems(literal) == []


@pytest.mark.parametrize("path", ENGINE, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_engine_module_names_no_natural_language(path: Path) -> None:
    bad = [f"line {line}: {literal[:60]!r} ({'; '.join(why)})" for line, literal in _literals(path)
           if (why := problems(literal))]
    where = f"{path.name} holds natural-language literals; move them to a lexicon or data file:\n"
    assert not bad, where + "\n".join(bad)
