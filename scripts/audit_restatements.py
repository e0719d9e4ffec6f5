"""Audit the restated web pages of a gold set against their gold and, optionally, their source pages.

    python scripts/audit_restatements.py [--set real-dev] [--slice web-en ...] [--sources FILE.jsonl] [--all]

Two checks:

* **gold support** (no source needed; also run as a test): every participant's ``native`` form
  and stated ``title`` in the gold occurs in the article text (after folding whitespace, quotes and
  dashes), so the restatement still carries what the gold says it carries.
* **closeness to the source** (``--sources``: a local JSONL of ``{"id" | "url", "text"}`` lines
  fetched for the audit, never committed): the longest shared word run (and its part made of
  ordinary words, outside names, titles and numbers), the share of the restatement's 8-word
  shingles that also occur in the source, names, numbers and weekday words of the source missing
  from the restatement, and the difference in sentence counts. Chinese is compared by characters
  (16-character shingles); the prose share counts only shingles holding three ordinary words (six
  ordinary characters), so that kept title chains and name lists do not pass for copying. An article
  is flagged when its shingle share is at least 0.7, or at least 0.5 with a prose share of 0.35, its
  shared run holds at least 12 ordinary words (words of four letters or more outside names, titles,
  dates and numbers: about 25 words of running prose; 50 such characters in Chinese, whose datelines
  and title chains run long), or a source name, number or weekday word is missing (page furniture
  such as a video player's label shows up there too: read before fixing).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORD = re.compile(r"[^\W_]+", re.UNICODE)
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])|\n+")
NUMBER = re.compile(r"\d+")
CJK_OR_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\u3400-\u9fff\uf900-\ufaff]+")
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday "
    "lunes martes miércoles jueves viernes sábado domingo "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье "
    "星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 周一 周二 周三 周四 周五 周六 周日 "
    # relative day words resolve dates just as weekdays do
    "today yesterday tonight hoy ayer anoche hoje ontem aujourd hier сегодня вчера".split()
)
PINYIN_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)")
BRACKETED = re.compile(r"\([^)]*\)")
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
SHINGLE_SHARE_LIMIT = 0.5
PROSE_SHARE_LIMIT = 0.35
SHINGLE_SHARE_HARD_LIMIT = 0.7
RUN_LIMIT_WORDS = 12
RUN_LIMIT_CHARS = 50


def fold(text: str) -> str:
    """Whitespace, quote and dash variants folded, for finding a gold string in an article."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[‘’`´]", "'", text)
    text = re.sub(r"[“”«»„]", '"', text)
    text = re.sub(r"[‐-―−]", "-", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def tokens(text: str) -> list[str]:
    """Words; each CJK character is a token of its own."""
    out: list[str] = []
    for word in WORD.findall(unicodedata.normalize("NFKC", text)):
        if CJK.search(word):
            out.extend(CJK_OR_RUN.findall(word))
        else:
            out.append(word)
    return out


def is_cjk(toks: Sequence[str]) -> bool:
    return sum(1 for t in toks if CJK.match(t)) > len(toks) / 3


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text) if s and WORD.search(s)]


# --- gold support ---------------------------------------------------------------------------------


@dataclass
class GoldGap:
    doc: str
    field: str
    value: str


def gold_gaps(article_text: str, gold: dict) -> list[GoldGap]:
    """Gold strings the article must carry but does not: participants' native forms (exactly, after
    folding) and the words of their stated titles (annotators' glosses in brackets aside). Locations are
    canonical English city names, often not the page's spelling, and are not checked."""
    text = fold(PINYIN_GLOSS.sub("", article_text))
    words = set(tokens(text))
    gaps: list[GoldGap] = []
    seen: set[tuple[str, str]] = set()
    for event in gold.get("events", []):
        people = event.get("participants", [])
        wanted = [(key, str(person.get(key) or "")) for person in people for key in ("native", "title")]
        for key, value in wanted:
            if not value or (key, value) in seen:
                continue
            seen.add((key, value))
            if key == "title":
                found = all(w in words for w in tokens(fold(BRACKETED.sub(" ", value))))
            else:
                found = fold(value) in text
            if not found:
                gaps.append(GoldGap(str(gold["doc"]), key, value))
    return gaps


# --- closeness to the source ----------------------------------------------------------------------


@dataclass
class Closeness:
    doc: str
    shingle_share: float
    prose_share: float
    longest_run: int
    ordinary_run: int
    run_text: str
    missing: list[str] = field(default_factory=list)
    sentence_diff: int = 0
    unit: str = "words"

    def reasons(self) -> list[str]:
        out = []
        copied = self.shingle_share >= SHINGLE_SHARE_LIMIT and self.prose_share >= PROSE_SHARE_LIMIT
        if copied or self.shingle_share >= SHINGLE_SHARE_HARD_LIMIT:
            out.append("shingles")
        limit = RUN_LIMIT_CHARS if self.unit == "chars" else RUN_LIMIT_WORDS
        if self.ordinary_run >= limit:
            out.append("run")
        if self.missing:
            out.append("missing")
        return out


def _shingles(toks: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


def _prose_shingles(toks: Sequence[str], ordinary: Sequence[int], n: int, least: int) -> set[tuple[str, ...]]:
    """Shingles holding at least ``least`` ordinary tokens: running prose rather than a title chain."""
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1) if sum(ordinary[i : i + n]) >= least}


def _longest_run(a: Sequence[str], b: Sequence[str], ordinary_a: Sequence[int]) -> tuple[int, int, int]:
    """Longest common contiguous run of a and b, and the shared run with most ordinary tokens of a
    (``ordinary_a`` is 1 for those): (longest length, most ordinary tokens, start in a of that run)."""
    best = (0, 0, 0)
    best_ord = (0, 0, 0)
    prev = [0] * (len(b) + 1)
    prev_ord = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        cur_ord = [0] * (len(b) + 1)
        ordinary = ordinary_a[i - 1]
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                cur_ord[j] = prev_ord[j - 1] + ordinary
                if cur[j] > best[0]:
                    best = (cur[j], cur_ord[j], i - cur[j])
                if cur_ord[j] > best_ord[1]:
                    best_ord = (cur[j], cur_ord[j], i - cur[j])
        prev, prev_ord = cur, cur_ord
    return best[0], best_ord[1], best_ord[2]


def _protected(tok: str, protected: set[str]) -> bool:
    """Part of a name, title, date or number, or a short function word: not what makes a copy a copy."""
    folded = tok.casefold()
    if folded in protected or folded in WEEKDAYS or folded in MONTHS:
        return True
    return tok[:1].isupper() or tok.isdigit() or (len(tok) <= 3 and not CJK.match(tok))


def _names(text: str) -> set[str]:
    """Capitalised words not opening a sentence, numbers and weekday words of a text."""
    out: set[str] = set()
    for sentence in sentences(text):
        words = WORD.findall(sentence)
        for k, w in enumerate(words):
            number_or_day = NUMBER.fullmatch(w) or w.casefold() in WEEKDAYS
            if number_or_day or (k > 0 and w[:1].isupper() and not CJK.search(w) and len(w) > 1):
                out.add(w)
    for m in re.finditer(r"\d+[年月日]|星期[一二三四五六日天]|周[一二三四五六日]", text):
        out.add(m.group())
    return out


def closeness(doc: str, restated: str, source: str, protected_words: Iterable[str] = ()) -> Closeness:
    restated, source = PINYIN_GLOSS.sub("", restated), PINYIN_GLOSS.sub("", source)
    a, b = tokens(restated), tokens(source)
    chars = is_cjk(a)
    n = 16 if chars else 8
    mine = _shingles([t.casefold() for t in a], n)
    theirs = _shingles([t.casefold() for t in b], n)
    share = len(mine & theirs) / len(mine) if mine else 0.0
    protected = {t.casefold() for w in protected_words for t in tokens(w)}
    ordinary_a = [0 if _protected(t, protected) else 1 for t in a]
    prose = _prose_shingles([t.casefold() for t in a], ordinary_a, n, 6 if chars else 3)
    prose_share = len(prose & theirs) / len(prose) if prose else 0.0
    length, ordinary, start = _longest_run([t.casefold() for t in a], [t.casefold() for t in b], ordinary_a)
    run_text = ("" if chars else " ").join(a[start : start + length])
    present = set(WORD.findall(restated)) | set(re.findall(r"\d+[年月日]|星期.|周.", restated))
    folded = fold(restated)
    missing = sorted(w for w in _names(source) if w not in present and fold(w) not in folded)
    diff = len(sentences(restated)) - len(sentences(source))
    return Closeness(doc, share, prose_share, length, ordinary, run_text, missing, diff, "chars" if chars else "words")


# --- command line ---------------------------------------------------------------------------------


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _gold_protected(gold: dict) -> list[str]:
    out: list[str] = []
    for event in gold.get("events", []):
        for person in event.get("participants", []):
            out += [str(person.get(k) or "") for k in ("name", "native", "title", "organization")]
        out += [str(p.get("name") or "") for p in event.get("parties", [])]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="real-dev", help="folder under quality/ (never real-test)")
    parser.add_argument("--slice", action="append", help="slice name such as web-en (default: all web-*)")
    parser.add_argument("--sources", type=Path, help="local JSONL of fetched source texts (id or url, text)")
    parser.add_argument("--all", action="store_true", help="print every compared article, not only flagged ones")
    args = parser.parse_args(argv)
    if args.set == "real-test":
        print("real-test is blind: not audited here", file=sys.stderr)
        return 2
    folder = REPO / "quality" / args.set
    slices = args.slice or sorted(p.name.removesuffix(".articles.jsonl") for p in folder.glob("web-*.articles.jsonl"))
    sources: dict[str, str] = {}
    if args.sources:
        for row in _jsonl(args.sources):
            for key in ("id", "url"):
                if row.get(key):
                    sources[str(row[key])] = str(row["text"])
    gaps = compared = flagged = 0
    for name in slices:
        articles = {str(a["id"]): a for a in _jsonl(folder / f"{name}.articles.jsonl")}
        golds = {str(g["doc"]): g for g in _jsonl(folder / f"{name}.gold.jsonl")}
        for doc, article in articles.items():
            gold = golds.get(doc, {"doc": doc, "events": []})
            for gap in gold_gaps(article["text"], gold):
                gaps += 1
                print(f"GOLD-GAP {doc} {gap.field}: {gap.value!r} not in the text")
            source = sources.get(doc) or sources.get(str(article.get("url")))
            if source is None:
                continue
            compared += 1
            result = closeness(doc, article["text"], source, _gold_protected(gold))
            reasons = result.reasons()
            flagged += bool(reasons)
            if reasons or args.all:
                print(
                    f"{'FLAG' if reasons else 'ok  '} {doc} shingles={result.shingle_share:.2f} "
                    f"prose={result.prose_share:.2f} "
                    f"run={result.longest_run}/{result.ordinary_run} {result.unit} sentences{result.sentence_diff:+d} "
                    f"missing={result.missing} [{','.join(reasons)}]"
                )
                if "run" in reasons:
                    print(f"     run: {result.run_text[:300]}")
    print(f"{gaps} gold gaps; {compared} articles compared with sources, {flagged} flagged")
    return 1 if gaps or flagged else 0


if __name__ == "__main__":
    sys.exit(main())
