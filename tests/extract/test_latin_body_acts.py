"""A further act of the visitor with a body of the hosts, no person of theirs named (issue 13, oneside):
"The same day, Chinh held talks with the Party Committee of Beijing leaders" after his reception by Zhao Leji is
talks of the visitor alone (``latin/body_acts.py``). Restated from a real-dev page (VietnamPlus); not a body of
the visitor's own country, not a retelling of the exchange with the visiting delegation, not a body named by a
demonym ("Uruguayan media")."""

from __future__ import annotations

from tests.extract.latin_helpers import events

_LEDE = ("Beijing, Jan 25 (VNA) - Zhao Leji, Politburo member of the Communist Party of China, on January 25 "
         "received Pham Minh Chinh, head of the Organisation Commission of the Communist Party of Vietnam Central "
         "Committee, who is on a working visit to China.\nZhao told his guest about party building in China.\n")


def _acts(text: str) -> list[tuple[str, set[str]]]:
    return [(e.kind, {p.person.native for p in e.participants}) for e in events(text, "en", "2018-01-26")]


def test_talks_with_a_city_party_committee_are_the_visitors_own() -> None:
    acts = _acts(_LEDE + "The same day, Chinh held talks with the Party Committee of Beijing leaders, seeking "
                 "insight into how China trains its grassroots cadres.")
    assert ("talks", {"Pham Minh Chinh"}) in acts
    assert ("meeting", {"Zhao Leji", "Pham Minh Chinh"}) in acts


def test_the_delegation_with_a_known_department_of_the_hosts() -> None:
    acts = _acts(_LEDE + "Later, the Vietnamese delegation held talks with the International Department of the "
                 "CPC Central Committee.")
    assert ("talks", {"Pham Minh Chinh"}) in acts


def test_no_act_with_a_body_of_the_visitors_own_country() -> None:
    acts = _acts(_LEDE + "The same day, Chinh held talks with the Embassy of Vietnam in Beijing staff.")
    assert [a for a in acts if a[0] == "talks"] == []


def test_no_act_with_a_group_told_by_a_demonym() -> None:
    acts = _acts(_LEDE + "The delegation also talked with representatives of Chinese media and universities.")
    assert len(acts) == 1


def test_no_act_of_a_host_with_the_guests_party_at_home() -> None:
    # a host retelling the exchange with the visiting party: the first meeting took place in the host's country
    text = ("CARACAS, Oct. 4 (Xinhua) -- Venezuelan President Nicolas Maduro met here on Tuesday with Chen Zhou, "
            "vice minister of the International Department of the CPC Central Committee.\n"
            "Maduro also held talks with the Communist Party of China on training cadres.")
    kinds = [e.kind for e in events(text, "en", "2023-10-04")]
    assert kinds == ["meeting"]
