"""``Gazetteer.government``, ``legislature`` and ``children`` keep what they read from every organisation
(perf30): the same answers as reading the organisations again, in the table, in its views, and after an
organisation is added."""

from __future__ import annotations

from liaison.kb.gazetteer import Gazetteer, OrgEntry, default_gazetteer


def _read_children(gaz: Gazetteer, key: str) -> list[OrgEntry]:
    return [o for o in gaz.orgs.values() if o.parent == key]


def test_kept_answers_equal_a_fresh_reading() -> None:
    gaz = default_gazetteer()
    countries = sorted({o.country for o in gaz.orgs.values() if o.country})
    view = gaz.with_forms({"PCC": next(iter(gaz.orgs))})
    for table in (gaz, gaz, view):  # (asked twice: the second answer is the one kept)
        for country in countries:
            assert table.government(country) == gaz._read_top_body(country, "state", "government")
            assert table.legislature(country) == gaz._read_top_body(country, "legislature", "")
        for key in gaz.orgs:
            assert table.children(key) == _read_children(gaz, key)
    assert gaz.government("VN") is not None and gaz.children("cpc")  # (the sample finds something)


def test_an_organisation_added_is_read() -> None:
    gaz = Gazetteer()
    gaz.add_org(OrgEntry("xx_gov", "Government of Xland", "state", "XX"))
    gaz.add_org(OrgEntry("xp", "Xland Party", "party", "XX"))
    assert gaz.government("XX") == gaz.orgs["xx_gov"] and gaz.legislature("XX") is None
    assert gaz.children("xp") == []
    gaz.add_org(OrgEntry("xx_leg", "Xland Assembly", "legislature", "XX"))
    gaz.add_org(OrgEntry("xp_cc", "Central Committee of the Xland Party", "party_body", "XX", parent="xp"))
    assert gaz.legislature("XX") == gaz.orgs["xx_leg"]
    assert gaz.children("xp") == [gaz.orgs["xp_cc"]]
    gaz.children("xp").clear()  # (a list of the caller's own)
    assert gaz.children("xp") == [gaz.orgs["xp_cc"]]


def test_a_table_sharing_the_organisations_of_another_reads_its_own() -> None:
    gaz = Gazetteer()
    gaz.add_org(OrgEntry("xx_gov", "Government of Xland", "state", "XX"))
    assert gaz.government("XX") is not None
    other = Gazetteer(orgs={})
    assert other.government("XX") is None
    other.orgs = gaz.orgs  # (another dict read: what was kept of the first is not the answer)
    assert other.government("XX") == gaz.orgs["xx_gov"]
