"""Constructions of the fresh English web set real-dev-en (session 30, fit half; sentences restated): congratulations
told by the verb and the occasion ("has congratulated A on being re-elected"), one discussion "held" with someone
(the singular noun), bilateral business taken up with several leaders one by one ("discussed on bilateral issues with
A, B and C": one exchange each), a leader called by the given name after a post once named in full (Ethiopian
names: "Prime Minister Abiy Ahmed" ... "Premier Abiy and Kenyan President, A have exchanged views"), and the host's own
team introduced to the guest, its members named ("introduced his team to the guest, comprising A and B": present)."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events


def test_congratulated_on_being_re_elected_is_a_message() -> None:
    text = """Nigerian leader Muhammadu Buhari has congratulated Ghana's President Nana Akufo-Addo on being \
re-elected to a second term.
His spokesman released the message on Thursday.
"""
    evs = events(text, "en", published="2020-12-11")
    assert len(evs) == 1 and evs[0].kind == "message"
    assert {"Muhammadu Buhari", "Nana Akufo-Addo"} <= set(by_name(evs[0]))


def test_congratulating_each_other_on_the_talks_is_no_message() -> None:
    text = """Nigerian leader Muhammadu Buhari met Ghana's President Nana Akufo-Addo in Abuja on Thursday.
The two leaders congratulated each other on the outcome of the talks.
"""
    assert not any(e.kind == "message" for e in events(text, "en", published="2020-12-11"))


def test_one_discussion_held_with_a_leader_is_a_meeting() -> None:
    text = """Addis Ababa - Premier Abiy Ahmed held discussion with Ireland's Foreign Minister Micheál Martin at \
his office on Thursday.
Martin came to the capital for an official visit.
"""
    evs = events(text, "en", published="2024-07-18")
    assert len(evs) == 1 and evs[0].kind == "meeting"
    assert {"Abiy Ahmed", "Micheál Martin"} <= set(by_name(evs[0]))


def test_bilateral_issues_discussed_with_several_leaders_are_one_exchange_each() -> None:
    text = """Prime Minister Abiy Ahmed met several African heads of state at the summit of the African Union in \
Addis Ababa today.
Abiy then discussed on bilateral issues with Guinean President Alpha Conde, Sudan's Prime Minister Abdalla Hamdok \
and Morocco's Prime Minister Saadeddine Othmani.
"""
    evs = events(text, "en", published="2020-02-10")
    met = [e for e in evs if {"Abdalla Hamdok", "Alpha Conde", "Saadeddine Othmani"} & set(by_name(e))]
    assert len(met) == 3
    assert all("Abiy Ahmed" in by_name(e) and len([p for p in e.participants if p.lead]) == 2 for e in met)


def test_a_given_name_after_a_post_is_the_leader_named_in_full_before() -> None:
    text = """Prime Minister Abiy Ahmed saw several African heads of state at the summit of the African Union in \
Addis Ababa today.
Premier Abiy and Kenyan President, William Ruto have exchanged views on trade across the border.
Later that day, Prime Minister Abiy held talks with Djibouti's President, Ismail Omar Guelleh about the railway.
"""
    evs = events(text, "en", published="2020-02-10")
    ruto = [e for e in evs if "William Ruto" in by_name(e)]
    guelleh = [e for e in evs if "Ismail Omar Guelleh" in by_name(e)]
    assert ruto and guelleh
    assert all("Abiy Ahmed" in by_name(e) for e in ruto + guelleh)
    assert "Abiy" not in (by_name(ruto[0])["William Ruto"].person.title or "")


def test_the_hosts_own_delegation_introduced_to_the_guest_attends() -> None:
    text = """ISLAMABAD, July 31 (APP): Prime Minister Shehbaz Sharif received Chinese Vice-Premier He Lifeng at the \
PM House on Monday.
Later, the prime minister introduced his team to the guest, comprising cabinet members Ishaq Dar and Ahsan Iqbal.
"""
    evs = events(text, "en", published="2023-07-31")
    assert len(evs) == 1
    seated = by_name(evs[0])
    assert {"Shehbaz Sharif", "He Lifeng"} <= {n for n, p in seated.items() if p.lead}
    assert {"Ishaq Dar", "Ahsan Iqbal"} <= {n for n, p in seated.items() if not p.lead}
