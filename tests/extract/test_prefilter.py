"""The prefilter of the clause patterns (``extract.prefilter``): a match tried only where a word every
match contains occurs gives exactly what the pattern's own match gives."""

from __future__ import annotations

import gzip
import json
import re
from itertools import islice

import pytest

from liaison.extract.prefilter import match_at, may_occur, needs
from liaison.extract.zh import attach, delegations
from liaison.extract.zh import grammar as g
from liaison.extract.zh.clauses import clause_starts
from liaison.extract.zh.kinds import TRIGGER_RE
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
