"""Dev articles that tell the same story as an article of a blind set (a wire copy under another outlet's
address, which ``url_guard.py`` cannot see): ids and scores only, no text is printed.

    python scripts/blind_copies.py [--threshold 0.7]   # exit 1 if a pair not reviewed reaches the threshold

Two articles are compared by the Jaccard overlap of their story tokens (capitalised words, numbers of two
or more digits, and pairs of Chinese characters) over title and text. Restatements of one wire item keep its
names, titles, dates and places, so copies score high even reworded; stories of one series (the same envoy
meeting several leaders, one article each) score high too: such pairs, once read on the dev side and found to
be other articles, are listed in ``REVIEWED`` with the reason.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
THRESHOLD = 0.7
_MIN_TOKENS = 15  # an article with fewer story tokens (Cyrillic, a stub) is not compared
_TOKEN = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\w-]{2,}\b|\d{2,}")
_HAN_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
REVIEWED = {
    # (blind set, blind id, dev set, dev id): why the two are different articles
    ("real-test-2", "web-en-503", "real-dev", "web-en-150"): "Setopati series: the envoy's meeting with another leader",
    ("real-test-2", "web-en-504", "real-dev", "web-en-150"): "Setopati series: the envoy's meeting with another leader",
}


def story_tokens(title: str, text: str) -> frozenset[str]:
    """The tokens a copy keeps: names, titles, numbers (and in Chinese, character pairs)."""
    both = f"{title} {text}"
    return frozenset(_TOKEN.findall(both)) | frozenset(_HAN_PAIR.findall(both))


def _articles(paths: list[Path]) -> Iterator[tuple[str, str, frozenset[str]]]:
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                tokens = story_tokens(record.get("title") or "", record.get("text") or "")
                if len(tokens) >= _MIN_TOKENS:
                    yield path.parent.name, str(record["id"]), tokens


def copies(repo: Path = REPO, threshold: float = THRESHOLD) -> list[tuple[float, str, str, str, str]]:
    """(overlap, blind set, blind id, dev set, dev id) of every pair at or above the threshold."""
    sets = sorted(repo.glob("quality/*/*.articles.jsonl"))
    blind = list(_articles([p for p in sets if p.parent.name.startswith("real-test")]))
    dev = list(_articles([p for p in sets if not p.parent.name.startswith("real-test")]))
    found = []
    for blind_set, blind_id, blind_tokens in blind:
        for dev_set, dev_id, dev_tokens in dev:
            overlap = len(blind_tokens & dev_tokens) / len(blind_tokens | dev_tokens)
            if overlap >= threshold:
                found.append((round(overlap, 2), blind_set, blind_id, dev_set, dev_id))
    return sorted(found, reverse=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    args = parser.parse_args()
    unreviewed = 0
    for overlap, *pair in copies(threshold=args.threshold):
        why = REVIEWED.get(tuple(pair))  # type: ignore[arg-type]
        unreviewed += why is None
        print(f"{overlap:.2f} {' '.join(pair)}" + (f"  (reviewed: {why})" if why else ""))
    return 1 if unreviewed else 0


if __name__ == "__main__":
    sys.exit(main())
