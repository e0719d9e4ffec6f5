#!/usr/bin/env python3
"""Write ``normalise/data/t2s_changes.txt``: characters without which OpenCC's ``t2s`` leaves a text as it is.

``t2s`` replaces the longest dictionary key at each place by its value; a text in which no key whose value
differs from it occurs comes out unchanged. Each such key is covered by one of its characters (a key that
occurs brings all its characters): a single character changed (國, 會), and for a phrase whose characters are
all kept alone (深沈 -> 深沉), the one least frequent in the record (so that a simplified text naming 沈 by
surname seldom finds one). ``normalise.script`` converts only texts with a listed character.

The dictionaries are read with OpenCC's own ``opencc_dict`` (shipped with the Python package). Run it again
after an OpenCC upgrade: the file records the version, and a different version converts every text.

    .venv/bin/python scripts/opencc_changes.py [--record FILE.jsonl.gz ...]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import tempfile
from collections import Counter
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "liaison" / "normalise" / "data" / "t2s_changes.txt"
CORPUS = ROOT.parent / "shared" / "corpus"


def t2s_entries() -> list[tuple[str, str]]:
    """(key, first value) of every dictionary the ``t2s`` configuration reads, normalisation included."""
    package = Path(opencc.__file__).parent / "clib"
    share = package / "share" / "opencc"
    config = json.loads((share / "t2s.json").read_text(encoding="utf-8"))
    files = [d["dict"]["file"] for d in config.get("normalization", [])]
    for step in config["conversion_chain"]:
        group = step["dict"]
        files += [d["file"] for d in group.get("dicts", [group])]
    env = {**os.environ, "LD_LIBRARY_PATH": str(package / "lib64")}
    entries: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in files:
            out = Path(tmp) / (name + ".txt")
            subprocess.run([str(package / "bin" / "opencc_dict"), "-i", str(share / name), "-o", str(out),
                            "-f", "ocd2", "-t", "text"], check=True, env=env)
            for line in out.read_text(encoding="utf-8").splitlines():
                key, values = line.split("\t")
                entries.append((key, values.split(" ")[0]))
    return entries


def changing_characters(entries: Iterable[tuple[str, str]], frequency: Counter[str]) -> set[str]:
    """A character of every key whose value differs from it (see the module's docstring)."""
    changing = [(k, v) for k, v in entries if k != v]
    chars = {k for k, v in changing if len(k) == 1}
    for key, _value in changing:
        if len(key) > 1 and not chars.intersection(key):
            chars.add(min(key, key=lambda c: (frequency[c], c)))
    return chars


def record_frequency(paths: list[Path]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                counts.update(json.loads(line).get("text", ""))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--record", type=Path, nargs="*", default=sorted(CORPUS.glob("xwlb-*.jsonl.gz")))
    args = parser.parse_args()
    chars = changing_characters(t2s_entries(), record_frequency(args.record))
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(f"opencc {version('opencc')}\n{''.join(sorted(chars))}\n", encoding="utf-8")
    print(f"{len(chars)} characters -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
