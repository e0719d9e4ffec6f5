from eval_helpers import gev, gold, gp, sev, sp

from liaison.eval.gold import GoldParty
from liaison.eval.matching import align_article, match_participants, match_parties
from liaison.eval.system import SysParty, parse_event


def _sys(*records):  # type: ignore[no-untyped-def]
    return [parse_event(r) for r in records]


def test_participant_matches_on_name_native_or_alias() -> None:
    g = gold(("d", "zh", [gev(gp("Cai Qi", "蔡奇"), gp("To Lam", "苏林"), gp("Diosdado Cabello",
                                                                          "Diosdado Cabello Rondón"))]))
    s = _sys(sev("d", sp("Tsai Chi", "蔡奇"), sp("Lam", aliases=("Tô Lâm",)), sp("DIOSDADO CABELLO RONDON")))
    pairs = match_participants(g[0].events[0].participants, s[0].participants)
    assert pairs == [(0, 0), (1, 1), (2, 2)]


def test_participant_matching_is_one_to_one_exact_name_first() -> None:
    g = gold(("d", "zh", [gev(gp("Li Qiang", "李强"), gp("Li", "李"))]))
    # system participant 0 has only an alias equal to gold 1's name; participant 1 is exactly gold 0
    s = _sys(sev("d", sp("Someone", aliases=("Li Qiang", "Li")), sp("Li Qiang", "李强")))
    pairs = match_participants(g[0].events[0].participants, s[0].participants)
    assert pairs == [(0, 1), (1, 0)]


def test_party_matches_on_name_abbr_aliases() -> None:
    gold_parties = [GoldParty("Communist Party of China", "CPC", "CN"),
                    GoldParty("United Socialist Party of Venezuela", "PSUV", "VE"),
                    GoldParty("Kuomintang", "KMT", "TW")]
    sys_parties = [SysParty("Partido Socialista Unido de Venezuela", "PSUV", (), "VE"),
                   SysParty("Chinese Communist Party", None, ("Communist Party of China",), "CN")]
    assert match_parties(gold_parties, sys_parties) == [(0, 1), (1, 0)]


def test_greedy_pairing_prefers_most_shared_participants() -> None:
    g = gold(("d", "zh", [
        gev(gp("Cai Qi"), gp("A")),
        gev(gp("Cai Qi"), gp("B"), gp("C")),
    ]))
    s = _sys(sev("d", sp("Cai Qi"), sp("B"), sp("C"), eid="s0"), sev("d", sp("Cai Qi"), sp("A"), eid="s1"))
    al = align_article("d", "zh", g[0].events, s)
    assert [(p.gold.participants[1].name, p.system.event_id) for p in al.pairs] == [("A", "s1"), ("B", "s0")]
    assert not al.missed and not al.spurious


def test_date_then_kind_break_ties() -> None:
    g = gold(("d", "zh", [
        gev(gp("Cai Qi"), date="2025-07-10", kind="meeting"),
        gev(gp("Cai Qi"), date="2025-07-11", kind="talks"),
    ]))
    s = _sys(sev("d", sp("Cai Qi"), date="2025-07-11", kind="meeting", eid="s0"))
    al = align_article("d", "zh", g[0].events, s)
    assert al.pairs[0].gold.date == "2025-07-11"
    s = _sys(sev("d", sp("Cai Qi"), date=None, kind="talks", eid="s0"))
    al = align_article("d", "zh", g[0].events, s)
    assert al.pairs[0].gold.kind == "talks"


def test_pair_needs_shared_participant() -> None:
    g = gold(("d", "zh", [gev(gp("Cai Qi"))]))
    s = _sys(sev("d", sp("Wang Yi")))
    al = align_article("d", "zh", g[0].events, s)
    assert not al.pairs and len(al.missed) == 1 and len(al.spurious) == 1


def test_events_without_participants_pair_on_same_date() -> None:
    g = gold(("d", "zh", [gev(date="2025-07-10")]))
    assert align_article("d", "zh", g[0].events, _sys(sev("d", date="2025-07-10"))).pairs
    assert not align_article("d", "zh", g[0].events, _sys(sev("d", date="2025-07-11"))).pairs
    g = gold(("d", "zh", [gev(date=None)]))
    assert not align_article("d", "zh", g[0].events, _sys(sev("d", date=None))).pairs


def test_undated_events_without_participants_pair_on_kind_and_a_shared_party() -> None:
    # "中共代表团近日访问澳大利亚": the gold gives no date, nobody is named; the system dates it by month
    cpc = {"name": "Communist Party of China", "abbr": "CPC", "country": "CN"}
    g = gold(("d", "zh", [gev(kind="visit", date=None, parties=(cpc,))]))
    visit = sev("d", kind="visit", date="2023-12", parties=({**cpc, "aliases": []},))
    assert align_article("d", "zh", g[0].events, _sys(visit)).pairs
    assert not align_article("d", "zh", g[0].events, _sys({**visit, "kind": "meeting"})).pairs
    assert not align_article("d", "zh", g[0].events, _sys({**visit, "parties": []})).pairs
    assert not align_article("d", "zh", g[0].events, _sys(sev("d", sp("Cai Qi"), kind="visit",
                                                               parties=({**cpc, "aliases": []},)))).pairs
