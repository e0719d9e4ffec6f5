"""Reading the same answers with less work (issue 16): a post written after a name is matched from the piece's
start only (``titles.postposed_person``), the recall tier cuts out and strips only the chunks that name a post
(``recall._phrases``), and the clause marks are searched with the lookahead of their first characters
(``clauses.clause_starts``). Each is compared with the plain reading on real CCTV sentences."""

from __future__ import annotations

import gzip
import json
import re
from itertools import islice

import pytest

from liaison.extract.zh import clauses, recall, titles
from liaison.extract.zh.titles import HEAD_RE, postposed_person
from liaison.model.types import EventFrame
from liaison.normalise.script import to_simplified
from tests.conftest import ARCHIVE

_ANYTHING = re.compile("")  # finds something in every chunk: the phrases as read before the cut


def _sentences(limit: int) -> list[str]:
    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as fh:
        texts = [to_simplified(json.loads(line)["text"]) for line in islice(fh, limit)]
    return [m.group() for text in texts for m in re.finditer(r"[^。！？\n]+", text)]


def _postposed_searched(text: str, offset: int = 0) -> titles.ChainPerson | None:
    """``postposed_person`` as written before: a search over the whole piece, kept when the match starts it."""
    cut = max(text.rfind(s) for s in titles.SEPARATORS + "和与及")
    piece_off = cut + 1
    piece = text[piece_off:]
    m = titles._POSTPOSED.search(piece)
    if m is None or m.start() != 0:
        return None
    name = m.group("name")
    heads = list(HEAD_RE.finditer(piece))
    if not heads or heads[-1].start() != m.start("title") or any(h.end() <= m.start("title") for h in heads):
        return None
    bounds = titles._clean_name(name)
    if bounds is None or bounds[1] != len(name):
        return None
    name = name[bounds[0] :]
    if titles._NOT_POSTPOSED_NAME.search(name) or titles.find_countries(name):
        return None
    s = offset + piece_off + bounds[0]
    t = offset + piece_off + m.start("title")
    return titles.ChainPerson(name, (s, s + len(name)), m.group("title"), (t, t + len(m.group("title"))))


def test_a_post_after_a_name_is_read_from_the_piece_start() -> None:
    person = postposed_person("普京总统")
    assert person is not None and (person.native, person.title, person.span) == ("普京", "总统", (0, 2))
    person = postposed_person("习近平主席和希奇莱马总统", 10)
    assert person is not None and (person.native, person.title, person.span) == ("希奇莱马", "总统", (16, 20))
    assert postposed_person("德索萨总统的邀请") is None  # the post does not close the piece
    assert postposed_person("国家主席") is None  # a post alone


@pytest.mark.usefixtures("shared")
def test_posts_after_names_match_as_the_search_over_the_piece_found_them_on_real_cctv_sentences() -> None:
    compared = found = 0
    for sent in _sentences(1500):
        for m in re.finditer(r"[^，；：]+", sent):
            # the clause, and each of its starts up to a post's end ("…会见来访的越南国家主席": a post closing it)
            ends = [len(m.group()), *(h.end() for h in HEAD_RE.finditer(m.group()))]
            for text in (piece for end in ends for piece in (m.group()[:end], m.group()[:end] + "\n")):
                got = postposed_person(text, m.start())
                assert got == _postposed_searched(text, m.start()), text
                compared += 1
                found += got is not None
    assert compared > 30_000 and found > 300, (compared, found)


@pytest.mark.usefixtures("shared")
def test_the_recall_tier_reads_the_same_phrases_with_a_post_on_real_cctv_sentences() -> None:
    """Every phrase of a chunk naming a post, and only those, among the phrases of every chunk (``HEAD_RE`` finds
    a post in each phrase it kept before)."""
    compared = kept = left_out = 0
    for sent in _sentences(1500):
        phrases = recall._phrases(sent, 7, _ANYTHING)
        every = [(at, p) for at, p in phrases if HEAD_RE.search(p)]
        cut = recall._phrases(sent, 7, HEAD_RE)
        assert [(at, p) for at, p in cut if HEAD_RE.search(p)] == every, sent
        compared += 1
        kept += len(every)
        left_out += len(phrases) - len(cut)
    assert compared > 10_000 and kept > 3_000 and left_out > 10_000, (compared, kept, left_out)


def test_a_sentence_holds_a_cue_of_the_clause_patterns() -> None:
    assert clauses.holds_cue("习近平会见越南国家主席")
    assert clauses.holds_cue("胡锦涛探望卡斯特罗") and not clauses.holds_cue("胡锦涛探望卡斯特罗", calls=False)
    sent = "丁薛祥同俄罗斯第一副总理别洛乌索夫共同主持中俄投资合作委员会第十次会议"
    assert clauses.holds_cue(sent) and not clauses.holds_cue(sent, co_chairs=False)
    assert not clauses.holds_cue("国务院常务会议研究部署经济工作")
    assert clauses.item_cues("丁薛祥同别洛乌索夫共同主持会议。") == (False, True)


@pytest.mark.usefixtures("shared")
def test_clause_starts_are_the_marks_the_plain_pattern_finds_on_real_cctv_sentences() -> None:
    plain = re.compile(clauses._CLAUSE_MARK.pattern.split("(?:", 1)[1].removesuffix(")"))
    assert plain.pattern == "[：:，,]|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])"
    sentences = [*_sentences(300), "李强晤耶伦 称中方愿合作共赢 国务院总理李强在北京，会见访华的美国财长耶伦"]
    for sent in sentences:
        assert [m.span() for m in clauses._CLAUSE_MARK.finditer(sent)] == [m.span() for m in plain.finditer(sent)]
    assert clauses.clause_starts(sentences[-1])[:3] == (0, 6, 15)


def _archive_frames(limit: int) -> list[tuple[str, tuple[EventFrame, ...]]]:
    from liaison.engines.worker import extract_article
    from liaison.ingest.records import parse_record

    out: list[tuple[str, tuple[EventFrame, ...]]] = []
    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(islice(fh, limit)):
            record = json.loads(line)
            if (record.get("text") or "").strip():
                out.append((f"item-{n}", extract_article(parse_record(record, f"item-{n}", f"archive:{n}")).events))
    return out


@pytest.mark.usefixtures("shared")
def test_passes_looking_first_for_what_the_item_may_hold_give_the_same_frames_on_real_cctv_items(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The clause reading (a seminar, a visit, 访问期间, a call on someone, a session co-chaired looked for in a
    sentence only when the item may hold one; a sentence without a cue not handed to the clause patterns),
    the forums, the recall tier (a sentence without its cue not read further) and the attendee lists (a sentence
    without the words of a list, nor 夫人, not read) give the frames they give with every such check answering
    "may occur", on real items."""
    from liaison.extract.zh import attach, forums, frames

    checked = _archive_frames(1500)
    for module in (frames, forums, recall):
        monkeypatch.setattr(module, "may_occur", lambda _rx, _text: True)
    monkeypatch.setattr(frames, "VISIT_GUARD", None)
    monkeypatch.setattr(frames, "item_cues", lambda _text: (True, True))
    monkeypatch.setattr(attach, "_ATTENDANCE_GUARD", None)
    plain = _archive_frames(1500)
    assert plain == checked
    assert sum(len(events) for _id, events in checked) > 200
    assert sum(not p.lead for _id, events in checked for f in events for p in f.participants) > 100
