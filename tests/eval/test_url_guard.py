"""scripts/url_guard.py keeps blind pages out of development: by the hash of their address and by the loose
address of a page the blind sets already hold (the same article under another address)."""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path
from types import ModuleType

from eval_helpers import script

REPO = Path(__file__).resolve().parents[2]


def _guard() -> ModuleType:
    return script("url_guard")


def test_one_article_under_several_addresses_has_a_shared_key() -> None:
    keys = _guard().variant_keys
    base = keys("https://www.avante.pt/pt/2612/internacional/171234/Delegacao-do-PCP-na-China.htm")
    for other in (
        "http://avante.pt/pt/2612/internacional/171234/delegacao-do-pcp-na-china/",
        "https://m.avante.pt/pt/2612/internacional/171234/Delegacao-do-PCP-na-China.htm?page=2",
        "https://www.avante.pt/pt/2612/internacional/171234/Delegacao-do-PCP-na-China.htm/amp",
        "https://avante.pt/index.php?id=171234",
    ):
        assert base & keys(other), other


def test_other_articles_of_the_same_site_share_no_key() -> None:
    keys = _guard().variant_keys
    base = keys("https://www.avante.pt/pt/2612/internacional/171234/Delegacao-do-PCP-na-China.htm")
    assert not base & keys("https://www.avante.pt/pt/2612/internacional/171240/Encontro-com-o-PCV.htm")
    assert not base & keys("https://www.other.pt/pt/2612/internacional/171234/Delegacao-do-PCP-na-China.htm")
    assert not keys("https://example.org/news/2024/") & keys("https://example.org/politics/2024/")


def test_every_blind_page_is_refused_under_a_variant_address() -> None:
    guard = _guard()
    urls = [
        json.loads(line)["url"]
        for path in sorted(REPO.glob("quality/real-test*/*.articles.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line).get("url")
    ]
    assert len(urls) > 150
    blind = guard.blind_keys()
    for url in urls:
        parts = urllib.parse.urlsplit(url)
        variant = urllib.parse.urlunsplit(
            ("http", f"m.{parts.netloc}", f"{parts.path.rstrip('/')}/amp", parts.query, "")
        )
        assert guard.verdict(variant, frozenset(), blind) == "BLIND", url
    assert guard.verdict("https://example.org/news/a-new-page-about-a-visit", frozenset(), blind) in {"dev", "test"}
