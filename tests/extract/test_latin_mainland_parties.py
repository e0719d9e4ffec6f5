"""China's non-communist parties are mainland parties (issue 13, precision): the Revolutionary Committee of the
Chinese Kuomintang is no Kuomintang of Taiwan, so a meeting of Xi Jinping with its chairman is domestic, not a
cross-strait exchange (restated real pages of ``quality/real-dev`` whose gold codes no event)."""

from __future__ import annotations

import pytest

from liaison.kb.gazetteer import default_gazetteer
from tests.extract.latin_helpers import events
from tests.extract.real_dev_pages import page_events


@pytest.mark.parametrize("doc_id", [
    # "Xi Jinping on Monday met with leaders of non-Communist parties ... Wan Exiang, Chinese Kuomintang Revolutionary
    # Committee Central Committee Chairman"
    "web-en-054",
    # "President Xi Jinping visited national political advisers ... from the Revolutionary Committee of the Chinese
    # Kuomintang"
    "web-en-052",
])
def test_a_meeting_with_a_mainland_party_is_domestic(doc_id: str) -> None:
    assert page_events(doc_id) == ()


def test_the_revolutionary_committee_is_chinese() -> None:
    orgs = default_gazetteer().find_orgs("Wan Exiang, chairman of the Chinese Kuomintang Revolutionary Committee")
    assert [o.country for _, o in orgs] == ["CN"]


def test_the_kuomintang_still_meets_the_cpc_across_the_strait() -> None:
    text = ("Xi Jinping, general secretary of the Communist Party of China Central Committee, met with Eric Chu, "
            "chairman of the Kuomintang, in Beijing on Monday.")
    sides = {p.side for e in events(text, "en", "2025-06-12") for p in e.participants}
    assert {"CN", "TW"} <= sides
