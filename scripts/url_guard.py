"""Tell whether a web address is kept out of development (its hash is in the held-out list).

    python scripts/url_guard.py URL_OR_ID...   # prints "dev X", "test X" or "HELDOUT X"; exit 1 if any is held out

The list is ``../shared/eval/heldout-url-sha256.txt``; its header says how addresses are normalised.
Never read, restate or annotate an article this script calls HELDOUT. The others are split once and for
all between our two real gold sets: "test" (hash starting 0-3, `quality/real-test/`, annotated blind) and
"dev" (the rest, `quality/real-dev/`). Corpus item ids (``kcna-00042``) are split by the hash of the id.
"""

from __future__ import annotations

import hashlib
import sys
import urllib.parse
from pathlib import Path

HELDOUT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "heldout-url-sha256.txt"


def url_hash(url: str) -> str:
    """SHA-256 of the normalised address: lower-case host without 'www.', path without a trailing '/'
    (a corpus item id, which has no scheme, hashes as it is)."""
    if "://" not in url:
        return hashlib.sha256(url.strip().encode()).hexdigest()
    parts = urllib.parse.urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return hashlib.sha256((host + parts.path.rstrip("/")).encode()).hexdigest()


def heldout_hashes(path: Path = HELDOUT) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def partition(digest: str) -> str:
    """Which real gold set an article belongs to: "test" for a quarter of the hashes, else "dev"."""
    return "test" if digest[0] in "0123" else "dev"


def main(urls: list[str]) -> int:
    held = heldout_hashes()
    bad = 0
    for url in urls:
        digest = url_hash(url)
        kept = digest in held
        bad += kept
        print(f"{'HELDOUT' if kept else partition(digest)} {url}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
