"""A roundup whose senders follow a list cue one a line (issue 13, msgset: real-dev-msg en-02, a Xinhua roundup):
"Those also sending congratulatory messages include:" then "Lao Deputy Prime Minister and Foreign Minister A;"
"Thai Deputy Prime Minister and Foreign Minister B;" …: one message each to the one the roundup is about, also when
earlier senders of the roundup were told speaking ("…, said former Croatian President C")."""

from __future__ import annotations

from tests.extract.real_dev_pages import sentence_events

_TEXT = (
    "BEIJING, Oct. 22 (Xinhua) -- Leaders of foreign parties and officials around the world have congratulated the "
    "Central Committee of the Communist Party of China (CPC) and General Secretary Xi Jinping of the committee on the "
    "convening of the 20th CPC National Congress.\n\n"
    "China keeps succeeding thanks to the CPC's sound decisions, said former Croatian President Ivo Josipovic.\n\n"
    "Those also sending congratulatory messages include:\n\n"
    "Lao Deputy Prime Minister and Foreign Minister Saleumxay Kommasith;\n\n"
    "Thai Deputy Prime Minister and Foreign Minister Don Pramudwinai;\n\n"
    "Chairperson of the Maldivian Democratic Party and Minister of Economic Development Fayyaz Ismail;\n\n"
    "Chairman of the Federal Council of the People's Socialist Party of Nepal and former Nepali Prime Minister "
    "Baburam Bhattarai.\n\n"
    "The congress closed on Saturday."
)


def test_each_sender_listed_one_a_line_writes_to_the_one_congratulated() -> None:
    messages = [e for e in sentence_events(_TEXT, "2022-10-23", "en") if e.kind == "message"]
    pairs = {frozenset(p.person.native for p in e.participants) for e in messages}
    for sender in ("Ivo Josipovic", "Saleumxay Kommasith", "Don Pramudwinai", "Fayyaz Ismail", "Baburam Bhattarai"):
        assert frozenset({sender, "Xi Jinping"}) in pairs, sender


def test_a_sentence_after_the_list_is_no_item() -> None:
    messages = [e for e in sentence_events(_TEXT, "2022-10-23", "en") if e.kind == "message"]
    assert len(messages) == 5
