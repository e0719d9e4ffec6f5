"""Tell whether a web address is kept out of development (its hash is in the held-out list).

    python scripts/url_guard.py URL_OR_ID...   # prints "dev X", "test X", "BLIND X" or "HELDOUT X"

The list is ``../shared/eval/heldout-url-sha256.txt``; its header says how addresses are normalised.
Never read, restate or annotate an article this script calls HELDOUT or BLIND (exit status 1 if any is):
BLIND is an address of a page the blind sets (``quality/real-test*/``) already hold under another address
(``variant_keys``: the same site and article number or slug, whatever the scheme, mobile or AMP host, query,
extension or trailing "/amp"). The others are split once and for all between our two real gold sets: "test"
(hash starting 0-3, `quality/real-test/`, annotated blind) and "dev" (the rest, `quality/real-dev/`).
Corpus item ids (``kcna-00042``) are split by the hash of the id.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HELDOUT = REPO.parent / "shared" / "eval" / "heldout-url-sha256.txt"
_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.", "wap.")
_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$")
_ARTICLE_NUMBER = re.compile(r"\d{5,}")
_SLUG = 12  # a last path segment this long names one article ("delegacao-do-pcp-na-china"), not a section


def url_hash(url: str) -> str:
    """SHA-256 of the normalised address: lower-case host without 'www.', path without a trailing '/'
    (a corpus item id, which has no scheme, hashes as it is)."""
    if "://" not in url:
        return hashlib.sha256(url.strip().encode()).hexdigest()
    parts = urllib.parse.urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return hashlib.sha256((host + parts.path.rstrip("/")).encode()).hexdigest()


def variant_keys(url: str) -> frozenset[str]:
    """Keys an article keeps under its other addresses: the site with the long numbers of the last path
    segment that has some, of the last two ("c90000-20047521.html": 90000-20047521; "/176795/Delegacao.htm":
    176795), with each number of 4+ digits the query gives ("?p=3007"), and with the last path segment (a slug) or, when
    that is short ("3688-1.htm"), the last two."""
    if "://" not in url:
        return frozenset()
    parts = urllib.parse.urlsplit(url.strip().lower())
    host = parts.netloc
    while host.startswith(_HOST_PREFIXES):
        host = host.split(".", 1)[1]
    segments = [seg for seg in parts.path.split("/") if seg and seg != "amp"]
    keys = {
        f"{host} #{value}" for _, value in urllib.parse.parse_qsl(parts.query) if value.isdigit() and len(value) > 3
    }
    for segment in reversed(segments[-2:]):
        if numbers := _ARTICLE_NUMBER.findall(segment):
            keys.add(f"{host} #{'-'.join(numbers)}")
            break
    if segments:
        slug = _EXTENSION.sub("", segments[-1])
        if len(slug) < _SLUG and len(segments) > 1:
            slug = f"{segments[-2]}/{slug}"
        keys.add(f"{host} /{slug}")
    return frozenset(keys)


def blind_keys(repo: Path = REPO) -> frozenset[str]:
    """The variant keys of every page address the blind sets hold."""
    keys: set[str] = set()
    for path in sorted(repo.glob("quality/real-test*/*.articles.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and (url := json.loads(line).get("url")):
                keys |= variant_keys(url)
    return frozenset(keys)


def verdict(url: str, held: frozenset[str], blind: frozenset[str]) -> str:
    """HELDOUT, BLIND, test or dev (see the module's docstring)."""
    digest = url_hash(url)
    if digest in held:
        return "HELDOUT"
    if variant_keys(url) & blind:
        return "BLIND"
    return partition(digest)


def heldout_hashes(path: Path = HELDOUT) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def partition(digest: str) -> str:
    """Which real gold set an article belongs to: "test" for a quarter of the hashes, else "dev"."""
    return "test" if digest[0] in "0123" else "dev"


def main(urls: list[str]) -> int:
    held, blind = heldout_hashes(), blind_keys()
    bad = 0
    for url in urls:
        said = verdict(url, held, blind)
        bad += said in {"HELDOUT", "BLIND"}
        print(f"{said} {url}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
