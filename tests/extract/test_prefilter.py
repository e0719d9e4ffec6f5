"""The prefilter of the clause patterns (``extract.prefilter``): a match tried only where a word every
match contains occurs gives exactly what the pattern's own match gives."""

from __future__ import annotations

import gzip
import json
import random
import re
from itertools import islice

import pytest

from liaison.extract.prefilter import first_char_guarded, guard_of, match_at, may_occur, needs
from liaison.extract.zh import attach, clauses, delegations
from liaison.extract.zh import grammar as g
from liaison.extract.zh.clauses import clause_starts
from liaison.extract.zh.cues import cue, cue_source, cues
from liaison.extract.zh.kinds import CO_CHAIR_RE, TRIGGER_RE, co_chaired
from liaison.extract.zh.titles import HEAD_RE
from liaison.normalise.script import to_simplified
from tests.conftest import ARCHIVE

PATTERNS = [g.WITH_RE, g.MEET_RE, g.TO_RE, g.WIRE_RE, g.JOINT_RE, g.RECEIVED_RE, g.VISIT_RE, g.ATTEND_RE,
            delegations._VISIT_TOLD, attach._NAMED_AFTER, attach._PRESENT]


def test_needs_read_literals_alternations_groups_and_repeats() -> None:
    assert needs("ab(?:c|d)") == (frozenset({"abc", "abd"}),)  # a set of characters continues the run
    assert needs("x(?P<v>会见|会晤)了?") == (frozenset({"x"}), frozenset({"会见", "会晤"}))
    assert needs("(?:对.{0,5}访问|出访)") == (frozenset({"访问", "出访"}),)  # each alternative's best need
    assert needs("(?:ab)+") == (frozenset({"ab"}),)
    assert needs("a(?=bc)") == (frozenset({"a"}), frozenset({"bc"}))


def test_needs_nothing_that_a_match_may_lack_or_read_before_its_start() -> None:
    assert needs("(?:ab)?c*") == ()
    assert needs("(?<=ab)c") == (frozenset({"c"}),)  # a lookbehind may read before the start
    assert needs("(?!ab)c") == (frozenset({"c"}),)
    assert needs("(?:ab|.)") == ()  # an alternative that needs nothing
    assert needs("abc", re.IGNORECASE) == ()
    assert needs("(?i:abc)d") == (frozenset({"d"}),)


def test_every_clause_pattern_needs_its_verb() -> None:
    for rx in (g.WITH_RE, g.MEET_RE, g.TO_RE, g.WIRE_RE, g.VISIT_RE):
        assert any(len(s) >= 2 for n in needs(rx.pattern, rx.flags) for s in n), rx.pattern[-60:]


def test_clause_starts_cached_as_computed() -> None:
    sent = "应越共中央邀请，中联部部长刘建超率团访问越南，在河内会见越共中央总书记阮富仲。"
    assert clause_starts(sent) == clause_starts.__wrapped__(sent) == (0, 8, 23)


@pytest.mark.usefixtures("shared")
def test_prefiltered_matches_equal_the_patterns_on_real_cctv_sentences() -> None:
    """Every clause start of every sentence with a cue in 1,500 real items: same match, same groups; a
    sentence ``may_occur`` turns away holds no title head."""
    tried = matched = skipped = 0
    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as fh:
        for line in islice(fh, 1500):
            text = to_simplified(json.loads(line)["text"])
            for sent in re.split(r"(?<=[。！？\n])", text):
                if not may_occur(HEAD_RE, sent):  # (recall reads no title in any phrase of it)
                    assert HEAD_RE.search(sent) is None
                    skipped += 1
                if not TRIGGER_RE.search(sent):
                    continue
                for pos in clause_starts(sent):
                    for rx in PATTERNS:
                        want, got = rx.match(sent, pos), match_at(rx, sent, pos)
                        assert (want and (want.span(), want.groupdict())) == (got and (got.span(), got.groupdict()))
                        tried += 1
                        matched += want is not None
    assert tried > 10_000 and matched > 100 and skipped > 1000  # the sample exercises every outcome


def test_first_char_guard_reads_the_characters_a_match_opens_with() -> None:
    sep = first_char_guarded(re.compile(r"[，,]|（[^）]*）|(?<![共一协])同(?!志|意)|\d{1,2}日"))
    assert sep.pattern.startswith("(?=[") and sep.pattern.endswith(")")
    found = [m.group() for m in sep.finditer("3日，习近平同越共中央总书记会谈（视频），共同")]
    assert found == ["3日", "，", "同", "（视频）", "，"]
    assert sep.match("同志") is None and sep.search("一同前往") is None


def test_first_char_guard_leaves_what_it_cannot_speed_up_or_read() -> None:
    for pattern, flags in [
        ("会见|会谈", 0),  # every alternative opens with a literal: the engine skips ahead itself
        ("^(?:此外|另外)", 0),  # anchored
        ("a?b?", 0),  # may match nothing
        (".会见", 0),  # opens with any character
        ("[^，]会见", 0),
        ("(?:ab|c)", re.IGNORECASE),
        ("(?i)[ab]c|d", 0),
    ]:
        rx = re.compile(pattern, flags)
        assert first_char_guarded(rx) is rx, pattern


def test_first_char_guard_gives_the_same_matches_on_random_text() -> None:
    """Patterns of the constructions the guard reads (sets, ranges, categories, optional openings,
    lookarounds before the first character, groups), against random strings: same spans, same groups,
    for ``search``, ``finditer`` and ``match`` at every place."""
    patterns = [r"(?:当地时间)?(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月|(?P<rel>今天|当天)", r"[，,；\s]|（[^）]*）",
                r"(?<![共一])同(?!志)|(?<!共)和(?!平)|等", r"(?P<a>[a-c]+)?[x-z]d", r"(?=同)同意|(?:ab)+c",
                r"\w+会见|[\u4e00-\u9fff]{2}党", r"(?:^|[，。\s])(?P<s>[^，。\s]{2,6}?中央)(?:\d日)?(?:致电|会见)"]
    alphabet = "同志意共和平等一月年日当天地时间今（），,；。 0123456789abcdxyz会见党中央致电"
    rng = random.Random(7)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(3000)]
    for pattern in patterns:
        plain = re.compile(pattern)
        guarded = first_char_guarded(plain)
        assert guarded is not plain, pattern
        for text in texts:
            assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == [
                (m.span(), m.groups()) for m in plain.finditer(text)
            ]
            for pos in range(len(text) + 1):
                want, got = plain.match(text, pos), guarded.match(text, pos)
                assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups()))


@pytest.mark.usefixtures("shared")
def test_guarded_cues_find_what_the_cues_as_written_find_on_real_cctv_sentences() -> None:
    """Every Chinese cue the guard changes, on every sentence of 1,000 real items: same matches, same groups."""
    changed = [key for key in cues() if cue(key).pattern != cue_source(key)]
    assert len(changed) >= 10  # (the separators, the recall cue, the welcome ceremony...)
    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as fh:
        sentences = [
            sent
            for line in islice(fh, 1000)
            for sent in re.split(r"(?<=[。！？\n])", to_simplified(json.loads(line)["text"]))
        ]
    for key in changed:
        plain, guarded = re.compile(cue_source(key)), cue(key)
        for sent in sentences:
            assert [(m.span(), m.groups()) for m in guarded.finditer(sent)] == [
                (m.span(), m.groups()) for m in plain.finditer(sent)
            ], key


def test_a_guard_stands_for_the_most_selective_need_of_each_pattern() -> None:
    guard = guard_of((re.compile("(?P<s>.{2,9}?)会见(?P<o>.+)"), re.compile("(?P<s>.{2,9}?)致电(?P<o>.+)")))
    assert guard is not None and guard.search("习近平致电越共中央总书记") is not None
    met = "习近平会见越共中央总书记"
    assert guard.search(met, 3) is not None and guard.search(met, 4) is None
    assert guard_of((re.compile("会见"), re.compile("(?:ab)?c*"))) is None  # a pattern that needs nothing


@pytest.mark.usefixtures("shared")
def test_where_a_guard_finds_nothing_none_of_its_patterns_match_there_or_later_on_real_cctv_sentences() -> None:
    """The clause patterns (with the visit) at each clause start, and the attendance patterns, of every sentence
    of 600 real items: where the guard finds nothing, no pattern matches at that start or at any later one;
    ``may_occur`` False likewise for the visits ``delegations`` reads."""
    groups = [((*clauses._CLAUSE_PATTERNS, g.VISIT_RE), clauses._CLAUSE_GUARD),
              ((g.ATTEND_RE, attach._NAMED_AFTER, attach._PRESENT, attach._MEMBER_LIST), attach._ATTENDANCE_GUARD),
              ((delegations._VISIT_TOLD, g.VISIT_CHINA_RE), delegations.VISIT_GUARD)]
    turned_away = matched = 0
    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as fh:
        for line in islice(fh, 600):
            text = to_simplified(json.loads(line)["text"])
            for sent in re.split(r"(?<=[。！？\n])", text):
                for patterns, guard in groups:
                    assert guard is not None
                    starts = clause_starts(sent)
                    for i, pos in enumerate(starts):
                        if guard.search(sent, pos) is None:
                            assert not any(rx.match(sent, p) for rx in patterns for p in starts[i:])
                            turned_away += 1
                            break
                        matched += any(rx.match(sent, pos) for rx in patterns)
                for rx in (delegations._VISIT_TOLD, g.VISIT_CHINA_RE):
                    if not may_occur(rx, sent):
                        assert rx.search(sent) is None
                want, got = CO_CHAIR_RE.search(sent), co_chaired(sent)
                assert (want and want.span()) == (got and got.span())
                tail = sent[max(sent.rfind("，"), sent.rfind(",")) + 1 :]
                assert attach._no_gloss_spaces(tail) == attach._GLOSS_SPACES.sub("", tail)
    assert turned_away > 2_000 and matched > 20


def test_a_co_chaired_session_is_read_only_where_its_verb_stands() -> None:
    sent = "丁薛祥同俄罗斯第一副总理别洛乌索夫共同主持中俄投资合作委员会第十次会议"
    m = co_chaired(sent)
    assert m is not None and m.span() == CO_CHAIR_RE.search(sent).span()  # type: ignore[union-attr]
    assert co_chaired("丁薛祥同俄罗斯第一副总理别洛乌索夫共同出席中俄投资合作委员会第十次会议") is None


def test_gloss_spaces_are_dropped_before_the_end_as_the_substitution_drops_them() -> None:
    texts = ("王毅参加会见   。", "王毅参加会见 ", "王毅参加会见\n", "王毅参加会见 。\n", "王毅 参加会见。", "", " ")
    for text in texts:
        assert attach._no_gloss_spaces(text) == attach._GLOSS_SPACES.sub("", text), repr(text)
