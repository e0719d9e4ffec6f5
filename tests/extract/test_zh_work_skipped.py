"""Work the Chinese passes leave out where it can change nothing: passes that only complete drafts, given none,
read no sentence; the recall tier's phrases are cut without looking at chunks too short to hold one."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import islice
from typing import Any

import pytest

from liaison.extract.zh.attach import attach_attendees, attach_separate_evidence
from liaison.extract.zh.companions import companions
from liaison.extract.zh.dateline_place import dateline_place
from liaison.extract.zh.draft import Draft, Reading
from liaison.extract.zh.frames import reading
from liaison.extract.zh.recall import _LIST_OPENER, _SEPARATOR, _TIME_LEAD, _phrases
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, Document
from liaison.normalise import normalise
from tests.conftest import ARCHIVE

# 4 attendees, a spouse, a separate meeting, a companion and a dateline: every pass has something to read
_ITEM = ("新华社北京5月3日电 国家主席习近平在人民大会堂会见越南国家主席苏林。王毅、王小洪等参加会见。"
         "在会见越南总理范明政时，习近平表示。陪同苏林出席的是：越南外长裴青山。")


Pass = Callable[[Reading, list[Draft]], list[Draft]]


class _Unread(list[tuple[int, int]]):
    """Sentences a pass must not read."""

    def __iter__(self) -> Iterator[tuple[int, int]]:
        raise AssertionError("a sentence was read")

    def __getitem__(self, i: object) -> Any:
        raise AssertionError("a sentence was read")


@pytest.mark.parametrize("run", [attach_attendees, attach_separate_evidence, companions, dateline_place])
def test_a_pass_completing_drafts_reads_nothing_without_drafts(run: Pass) -> None:
    doc = normalise(Article(doc_id="t", text=_ITEM, content_hash=content_hash(_ITEM), origin="test", language="zh",
                            published="2024-05-03"))
    r = reading(doc, default_gazetteer())
    assert run(r, []) == []
    with pytest.raises(AssertionError, match="was read"):
        list(_Unread(r.sentences))
    assert run(replace(r, sentences=_Unread(r.sentences)), []) == []
    drafts = _drafts(r)
    assert len(drafts) == 1 and run(r, drafts) == drafts  # with a draft, the sentences are read as before


def _drafts(r: Reading) -> list[Draft]:
    from liaison.extract.zh.frames import read_clauses

    return read_clauses(r, [])


_EVERY_CHUNK = re.compile("")


def _phrases_of_every_chunk(text: str, base: int) -> list[tuple[int, str]]:
    """The recall tier's phrases as first written: every chunk between separators read."""
    out = []
    pos = 0
    for m in [*_SEPARATOR.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        stripped = chunk.lstrip("、")
        opener = _LIST_OPENER.match(stripped) if pos > 0 and text[pos - 1] == "的" else None  # "出席会议的有A"
        stripped = stripped[opener.end() :] if opener else stripped
        lead = _TIME_LEAD.match(stripped)
        cut = (lead.end() if lead else 0) + len(chunk) - len(stripped)
        if len(chunk) - cut >= 2:
            out.append((base + pos + cut, chunk[cut:]))
        if m is None:
            break
        pos = m.end()
    return out


@pytest.mark.usefixtures("shared")
def test_recall_phrases_are_those_of_every_chunk_on_real_items() -> None:
    sentences = 0
    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as fh:
        for line in islice(fh, 1500):
            text = json.loads(line).get("text") or ""
            for sent in re.split("(?<=[。！？\n])", text):
                for variant in (sent, "、、" + sent, "、" + sent[:3], sent[:1]):
                    # (a pattern finding something in every chunk: none left out)
                    assert _phrases(variant, 11, _EVERY_CHUNK) == _phrases_of_every_chunk(variant, 11), variant
                sentences += 1
    assert sentences >= 10_000


@pytest.mark.usefixtures("shared")
def test_names_kept_give_the_people_each_phrase_names_on_real_items() -> None:
    """What a name and title give (``people._read_name``), kept across phrases, is what reading each phrase
    afresh gives: 250 real items' clauses, bare names and not."""
    from liaison.extract.zh import people

    gaz = default_gazetteer()
    people.people_in("习近平", 0, gaz)  # (the kept phrases and names made for this people table)
    phrases = hits = 0
    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as fh:
        for line in islice(fh, 250):
            written = json.loads(line).get("text") or ""
            text = normalise(Article(doc_id="t", text=written, content_hash="h", origin="t", language="zh")).text
            for phrase in re.split("[，。；：\n]", text):
                for bare in (False, True):
                    known = dict(people._NAMES_READ)
                    kept = people._people_in(phrase, gaz, bare, post=True)
                    hits += any((p.native, p.title, bare) in known for p in kept)
                    people._NAMES_READ.clear()
                    assert people._people_in(phrase, gaz, bare, post=True) == kept, phrase  # read afresh
                    people._NAMES_READ.clear()
                    people._NAMES_READ.update(known)
                    people._people_in(phrase, gaz, bare, post=True)
                    phrases += 1
    assert phrases >= 4_000 and hits >= 400


def test_the_recall_tier_reads_the_titled_people_only_for_a_sentence_that_needs_them() -> None:
    """The item's only cue sentence left lists attendees: the titled people are not read; a sentence naming a
    new counterpart reads them (and finds the exchange)."""
    from liaison.extract.zh.frames import read_clauses
    from liaison.extract.zh.recall import recall_tier

    gaz = default_gazetteer()

    def run(text: str) -> tuple[Reading, list[Draft], list[Draft]]:
        doc = normalise(Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", language="zh",
                                published="2024-05-03"))
        r = reading(doc, gaz)
        drafts = read_clauses(r, [])
        return r, drafts, recall_tier(r, list(drafts))

    r, drafts, out = run("国家主席习近平在人民大会堂会见越南国家主席苏林。王毅、王小洪等参加会见。")
    assert len(drafts) == 1 and out == drafts and ("titled_known",) not in r.memo
    r, drafts, out = run("国家主席习近平在人民大会堂会见越南国家主席苏林。"
                         "中联部部长宋涛访朝期间，在17日下午会见了朝鲜劳动党中央副委员长崔龙海。")
    assert ("titled_known",) in r.memo and len(out) > len(drafts)


def test_a_document_keeps_the_text_it_reads() -> None:
    text = "習近平會見"
    doc = normalise(Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", language="zh"))
    assert doc.text == "习近平会见" and doc.text is doc.text and doc.article.text == text
    assert replace(doc, body="").text == text


def _headings_tried_everywhere(doc: Document, sentences: list[tuple[int, int]]) -> set[tuple[int, int]]:
    from liaison.extract.zh.frames import _HEADING

    out = set()
    for span in sentences[1:]:
        line_start = span[0] == 0 or doc.text[span[0] - 1] == "\n"
        line_end = span[1] == len(doc.text) or doc.text[span[1] : span[1] + 1] == "\n"
        if line_start and line_end and _HEADING.match(doc.text[span[0] : span[1]].strip()):
            out.add(span)
    return out


@pytest.mark.usefixtures("shared")
def test_headings_are_those_tried_at_every_sentence_on_real_items() -> None:
    """A sentence longer than the heading pattern can match is not tried: the same headings on real items (and on
    sentences padded with spaces, which the pattern reads stripped)."""
    from liaison.extract.zh.frames import heading_lines

    found = 0
    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as fh:
        for line in islice(fh, 3000):
            text = json.loads(line).get("text") or ""
            if not text.strip():
                continue
            doc = normalise(Article(doc_id="t", text=text, content_hash="h", origin="t", language="zh"))
            sentences = list(doc.sentences)
            padded = [(max(a - 1, 0), b) for a, b in sentences]  # a space or newline before some
            for spans in (sentences, padded):
                assert heading_lines(doc, spans) == _headings_tried_everywhere(doc, spans)
            found += len(heading_lines(doc, sentences))
    assert found >= 20
