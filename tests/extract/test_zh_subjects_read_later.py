"""A clause's subject read only where its answer can count (issue 16, perf31): ``delegations.visit_head`` reads the
subject of a visit told only when the place visited may give a country (``may_name_a_country``: a country named, or
a locality of China), and ``sides.subject_side`` looks for a gazetteer organisation over a subject naming nobody only
when it ends in a post or a body (``unnamed_subject_country``). Real CCTV items give the frames they gave with the
subject read first."""

from __future__ import annotations

import pytest

from liaison.extract.zh import delegations, sides
from liaison.extract.zh.capacity import side_of
from liaison.kb.gazetteer import Gazetteer, default_gazetteer
from tests.extract.test_zh_cheaper_reads import _archive_frames


def test_a_place_visited_may_name_a_country_or_a_locality_of_china() -> None:
    assert delegations.may_name_a_country("越南")
    assert delegations.may_name_a_country("老挝人民民主共和国")
    assert delegations.may_name_a_country("吉林省")  # a foreign delegation's visit to a province of China
    assert delegations.may_name_a_country("我省")
    assert not delegations.may_name_a_country("")  # 出席…后, 参观…: no place named
    assert not delegations.may_name_a_country("中联部")


def test_an_unnamed_subject_names_its_country_when_it_ends_in_a_post_or_a_body() -> None:
    gazetteer = default_gazetteer()
    assert sides.unnamed_subject_country("韩国国会", gazetteer) == "KR"
    assert sides.unnamed_subject_country("也门政府代表团", gazetteer) == "YE"
    assert sides.unnamed_subject_country("中国政府代表团", gazetteer) is None  # China's: no foreign side
    assert sides.unnamed_subject_country("越南河内", gazetteer) is None  # a country, but no post or body ends it


def _plain_unnamed_subject_country(subj: str, gaz: Gazetteer) -> str | None:
    """``unnamed_subject_country`` as it was read before: the organisations over the subject first, then its end."""
    country = side_of(subj, gaz)
    return country if country and country != "CN" and sides._UNNAMED_SUBJECT.search(subj) else None


@pytest.mark.usefixtures("shared")
def test_subjects_read_later_give_the_same_frames_on_real_cctv_items(monkeypatch: pytest.MonkeyPatch) -> None:
    skipped: list[str] = []
    may_name = delegations.may_name_a_country

    def counted(visited: str) -> bool:
        found = may_name(visited)
        if not found:
            skipped.append(visited)
        return found

    monkeypatch.setattr(delegations, "may_name_a_country", counted)
    checked = _archive_frames(1500)
    assert len(skipped) > 100  # the subjects of so many visits told were not read
    monkeypatch.setattr(delegations, "may_name_a_country", lambda _visited: True)
    monkeypatch.setattr(sides, "unnamed_subject_country", _plain_unnamed_subject_country)
    plain = _archive_frames(1500)
    assert plain == checked
    assert sum(len(events) for _id, events in checked) > 200
