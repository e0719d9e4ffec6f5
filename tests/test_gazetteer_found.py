"""``Gazetteer.find_orgs`` keeps what it found per text: the same answer as reading the text again, and
a new entry (or a view's own forms) read at once."""

from __future__ import annotations

from liaison.kb.gazetteer import Gazetteer, OrgEntry, default_gazetteer


def test_kept_answers_equal_a_fresh_reading() -> None:
    gaz = default_gazetteer()
    for text in ("中共中央对外联络部部长刘建超", "越共中央总书记阮富仲", "the Communist Party of Vietnam met the CPC",
                 "越共中央总书记" * 30):  # (a long text is not kept)
        first = list(gaz.find_orgs(text))
        assert first == list(gaz.find_orgs(text)) == list(gaz._find_orgs(text))
    assert [e.id for _s, e in gaz.find_orgs("中共中央对外联络部部长刘建超")]  # the sample finds something


def test_a_new_entry_is_found_in_a_text_read_before() -> None:
    gaz = Gazetteer()
    gaz.add_org(OrgEntry("a", "Alpha Party", "party", "XX"))
    assert [e.id for _s, e in gaz.find_orgs("Alpha Party and Beta Front")] == ["a"]
    gaz.add_org(OrgEntry("b", "Beta Front", "party", "YY"))
    assert [e.id for _s, e in gaz.find_orgs("Alpha Party and Beta Front")] == ["a", "b"]


def test_a_view_reads_its_own_forms() -> None:
    gaz = Gazetteer()
    gaz.add_org(OrgEntry("a", "Alpha Party", "party", "XX", abbr="AP"))
    gaz.add_org(OrgEntry("b", "Beta Front", "party", "YY"))
    assert [e.id for _s, e in gaz.find_orgs("the AP said")] == ["a"]
    view = gaz.with_forms({"AP": "b"})
    assert [e.id for _s, e in view.find_orgs("the AP said")] == ["b"]
    assert [e.id for _s, e in gaz.find_orgs("the AP said")] == ["a"]
