from liaison.extract.baseline import extract_events, is_chinese
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, Document, FuzzyDate


def _doc(text: str, language: str, published: str | None = "2025-06-09") -> Document:
    return Document(
        article=Article(doc_id="d", text=text, content_hash="h", origin="test"),
        language=language,
        published=FuzzyDate.parse(published) if published else None,
        published_evidence=None,
        sentences=((0, len(text)),),
    )


def test_english_one_meeting_between_people() -> None:
    text = "John Smith met Wu Hansheng in Caracas on Monday. Later, Wu Hansheng thanked John Smith."
    (ev,) = extract_events(_doc(text, "en"), default_gazetteer())
    names = [p.person.native for p in ev.participants]
    assert names == ["John Smith", "Wu Hansheng"]  # repeated mentions are one person
    assert ev.kind == "meeting" and ev.channel == ("other",) and not ev.parties
    assert all(p.lead for p in ev.participants) and all(p.person.country is None for p in ev.participants)
    assert ev.date == FuzzyDate("2025-06-09", "day") and ev.date_source == "published"
    for p in ev.participants:
        s, e = p.person.span
        assert text[s:e] == p.person.native


def test_chinese_uses_jieba_person_names() -> None:
    text = "7月10日，中共中央政治局常委、中央书记处书记蔡奇在北京会见由越共中央书记处常务书记阮春胜率领的代表团。"
    (ev,) = extract_events(_doc(text, "zh"), default_gazetteer())
    assert [p.person.native for p in ev.participants] == ["蔡奇", "阮春胜"]
    assert text[slice(*ev.participants[0].person.span)] == "蔡奇"


def test_fewer_than_two_people_no_event() -> None:
    assert extract_events(_doc("蔡奇在北京出席会议。", "zh", None), default_gazetteer()) == ()
    assert is_chinese(_doc("蔡奇在北京出席会议。", "und"))
