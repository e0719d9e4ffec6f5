"""A roundup of messages to Xi Jinping whose opening names him with his title chain
("纷纷致电或致函中共中央总书记、国家主席习近平，热烈祝贺中华人民共和国成立75周年"): every sender's message goes
to him; a sender told by "向中方致以最热烈的祝贺" (no verb of saying) is a sender too (issue 13, msg14).
Real page (新华社), read from quality/real-dev."""

from __future__ import annotations

from tests.extract.real_dev_pages import page_events


def test_each_sender_writes_to_the_leader_the_opening_names_with_his_titles() -> None:
    pairs = [{p.person.native for p in e.participants} for e in page_events("web-zh-158") if e.kind == "message"]
    for sender in ("普京", "金正恩", "苏林"):  # 俄罗斯总统普京向中方致以最热烈的祝贺 / 金正恩表示 / 苏林表示
        assert {sender, "习近平"} in pairs
