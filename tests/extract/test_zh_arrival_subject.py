"""An arrival whose clause opens with its time and names no one (Chinese web, issue 13, ``zh/arrivals.py``): the
visitor is the subject of the sentence's first clause, "美国总统奥巴马正式展开…中国之行，今天下午乘空军一号专机从
上海飞抵北京，继续访华行程" (restated from web-zh-097), "…一行，应…邀请来我国进行…正式访问，今天中午乘气垫船…到达
广州" (web-zh-130's shape); a clause naming its own subject keeps it."""

from __future__ import annotations

from tests.extract.real_dev_pages import seats, sentence_events


def test_the_visitor_of_the_first_clause_arrives_and_is_met() -> None:
    text = (
        "奥巴马抵京出席胡锦涛晚宴\n"
        "美国总统奥巴马正式展开上任后的首次中国之行，今天下午乘空军一号专机从上海飞抵北京，继续访华行程。"
        "空军一号专机下午5时前降落首都机场，国家副主席习近平到机场迎接。\n"
    )
    (visit,) = [ev for ev in sentence_events(text, "2009-11-16") if ev.kind == "visit"]
    assert {who: (side, lead) for who, (side, lead) in seats(visit).items()} == {
        "奥巴马": ("US", True), "习近平": ("CN", True)}
    assert visit.location == "Beijing" and str(visit.date.iso) == "2009-11-16"  # type: ignore[union-attr]


def test_a_clause_naming_another_subject_is_not_the_first_clauses() -> None:
    text = (
        "标题\n"
        "美国总统奥巴马正式展开上任后的首次中国之行，今天下午国务卿希拉里乘专机从上海飞抵北京，继续访华行程。"
        "国家副主席习近平到机场迎接。\n"
    )
    visits = [ev for ev in sentence_events(text, "2009-11-16") if ev.kind == "visit"]
    assert all("奥巴马" not in seats(ev) for ev in visits)


def test_an_arrival_clause_without_its_time_takes_no_first_clause_subject() -> None:
    text = (
        "标题\n"
        "美国总统奥巴马正式展开上任后的首次中国之行，随后专机从上海飞抵北京，继续访华行程。"
        "国家副主席习近平到机场迎接。\n"
    )
    assert not [ev for ev in sentence_events(text, "2009-11-16") if ev.kind == "visit"]


def test_the_visitor_named_again_before_the_greeting_is_no_greeter() -> None:
    # 新华社 1986 (web-zh-130, restated): the visitor's short name opens the greeting sentence
    text = (
        "朗伊总理抵达广州开始正式访华\n"
        "新华社广州3月22日电 新西兰总理戴维·朗伊和夫人一行，应赵紫阳总理的邀请来我国进行为期八天的正式访问，"
        "今天中午乘气垫船由香港到达广州。\n"
        "广州是朗伊总理此次访华的第一站。朗伊总理和夫人上岸时，专程从北京到广州迎接客人的中国政府陪同团团长、"
        "纺织工业部部长吴文英，广东省副省长杨德元同他们亲切握手。\n"
    )
    (visit,) = [ev for ev in sentence_events(text, "1986-03-22") if ev.kind == "visit"]
    people = seats(visit)
    assert people["戴维·朗伊"] == ("NZ", True) and "朗伊" not in people and visit.location == "Guangzhou"
