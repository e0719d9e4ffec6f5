import pytest
from eval_helpers import gev, gold, gp, sev, sp

from liaison.eval import score
from liaison.eval.errors import worst_articles
from liaison.eval.metrics import PRF, token_f1

CPC = {"name": "Communist Party of China", "abbr": "CPC", "country": "CN"}
CPV = {"name": "Communist Party of Vietnam", "abbr": "CPV", "country": "VN"}


def test_prf_arithmetic() -> None:
    c = PRF(tp=2, n_sys=4, n_gold=3)
    assert c.precision == 0.5 and c.recall == pytest.approx(2 / 3)
    assert c.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert PRF().precision is None and PRF().f1 is None
    assert PRF(tp=0, n_sys=0, n_gold=2).f1 == 0.0


def test_perfect_system_scores_one_everywhere() -> None:
    g = gold(("a", "zh", [gev(gp("Cai Qi", "蔡奇", title="书记", org="CPC"),
                              gp("To Lam", "苏林", country="VN", lead=False), parties=(CPC, CPV))]),
             ("b", "zh", []))
    s = [sev("a", sp("Cai Qi", "蔡奇", title="书记", org="CPC"),
             sp("To Lam", "苏林", country="VN", lead=False),
             parties=({**CPC, "aliases": []}, {**CPV, "aliases": []}))]
    f = score(g, s).figures()
    resolution = {k for k in f if k.startswith("resolution")}
    assert all(v == 1.0 for k, v in f.items() if k not in resolution), f
    assert all(f[k] is None for k in resolution)  # one article: no cross-document pairs


def test_articles_events_participants_leads_parties_counts() -> None:
    g = gold(
        ("a", "zh", [gev(gp("Cai Qi"), gp("To Lam", lead=False), parties=(CPC, CPV)), gev(gp("Wang Yi"))]),
        ("b", "zh", []),
        ("c", "zh", [gev(gp("Li Qiang"))]),
    )
    s = [
        sev("a", sp("Cai Qi"), sp("To Lam"), sp("Extra", lead=False), parties=({**CPC, "aliases": []},)),
        sev("b", sp("Nobody"), sp("Else")),
        sev("other-doc", sp("Li Qiang")),  # cites no scored article: ignored
    ]
    card = score(g, s)
    c = card.groups["all"].prf
    assert (c["articles"].tp, c["articles"].n_sys, c["articles"].n_gold) == (1, 2, 2)
    assert (c["events"].tp, c["events"].n_sys, c["events"].n_gold) == (1, 2, 3)
    assert (c["participants"].tp, c["participants"].n_sys, c["participants"].n_gold) == (2, 5, 4)
    # gold leads: Cai Qi, Wang Yi, Li Qiang; system leads: Cai Qi, To Lam, Nobody, Else
    assert (c["leads"].tp, c["leads"].n_sys, c["leads"].n_gold) == (1, 4, 3)
    assert (c["parties"].tp, c["parties"].n_sys, c["parties"].n_gold) == (1, 1, 2)
    assert card.figures()["events.recall"] == pytest.approx(1 / 3)


def test_field_accuracies_over_pairs() -> None:
    g = gold(("a", "en", [
        gev(gp("A", title="Minister of the IDCPC", org="International Department"), gp("B", country="VE"),
            date="2025-06-09", location="Beijing", kind="meeting"),
        gev(gp("C"), date=None, location=None, kind="video_conference", remote=True),
    ]))
    s = [
        sev("a", sp("A", title="Minister, IDCPC", org="international  department"), sp("B", country="ve"),
            date="2025-06", location="beijing", kind="talks"),
        sev("a", sp("C", country="VE"), date="2025-06-10", location="Beijing", kind="video_conference",
            remote=False),
    ]
    f = score(g, s).figures()
    assert f["date.accuracy"] == 0.0  # only the first pair has a gold date, and "2025-06" != "2025-06-09"
    assert f["kind.accuracy"] == 0.5
    assert f["remote.accuracy"] == 0.5
    assert f["location.accuracy"] == 0.5  # gold null vs "Beijing" is wrong
    assert f["country.accuracy"] == pytest.approx(2 / 3)  # case-insensitive
    assert f["organization.accuracy"] == 1.0  # only where gold states one; folded
    assert f["title.token_f1"] == pytest.approx(token_f1("Minister of the IDCPC", "Minister, IDCPC"))


def test_token_f1() -> None:
    assert token_f1(None, None) == 1.0
    assert token_f1("a b", None) == 0.0
    assert token_f1("Minister of the IDCPC", "Minister, IDCPC") == pytest.approx(2 * 1 * 0.5 / 1.5)
    assert token_f1("中央书记处书记", "书记") == pytest.approx(2 * 1 * (2 / 7) / (1 + 2 / 7))


def test_pairwise_cross_document_resolution() -> None:
    g = gold(
        ("a", "zh", [gev(gp("Cai Qi", "蔡奇"), gp("Wang Yi"))]),
        ("b", "zh", [gev(gp("Cai Qi", "蔡奇"), gp("Wang Yi"))]),
        ("c", "en", [gev(gp("Cai Qi"), gp("Li Qiang"))]),
    )
    s = [
        sev("a", sp("Cai Qi", "蔡奇", pid="p1"), sp("Wang Yi", pid="w1")),
        sev("b", sp("Cai Qi", "蔡奇", pid="p1"), sp("Wang Yi", pid="w2")),  # Wang Yi split
        sev("c", sp("Cai Qi", pid="p1"), sp("Li Qiang", pid="p1")),  # Li Qiang wrongly merged with Cai Qi
    ]
    card = score(g, s)
    r = card.groups["all"].prf["resolution"]
    # gold-same cross-doc pairs: Cai Qi a-b, a-c, b-c (3) + Wang Yi a-b (1) = 4
    # system-same (p1): items a/Cai, b/Cai, c/Cai, c/Li -> 6 pairs minus c-c same-doc 1 = 5
    # both: Cai Qi a-b, a-c, b-c = 3
    assert (r.tp, r.n_sys, r.n_gold) == (3, 5, 4)
    zh = card.groups["zh"].prf["resolution"]
    assert (zh.tp, zh.n_sys, zh.n_gold) == (1, 1, 2)


def test_same_document_pairs_do_not_count() -> None:
    g = gold(("a", "zh", [gev(gp("Cai Qi")), gev(gp("Cai Qi"), date="2025-06-10")]))
    s = [sev("a", sp("Cai Qi", pid="p1")), sev("a", sp("Cai Qi", pid="p2"), date="2025-06-10")]
    r = score(g, s).groups["all"].prf["resolution"]
    assert (r.tp, r.n_sys, r.n_gold) == (0, 0, 0)


def test_languages_and_article_counts() -> None:
    g = gold(("a", "zh", []), ("b", "zh", []), ("c", "en", []))
    card = score(g, [])
    assert card.languages == ["zh", "en"]
    assert card.groups["all"].n_articles == 3 and card.groups["zh"].n_articles == 2
    js = card.to_json()
    assert js["en"]["n_articles"] == 1 and "events.f1" in js["all"]["figures"]


def test_multi_document_event_counts_in_each_article() -> None:
    g = gold(("a", "zh", [gev(gp("Cai Qi"))]), ("b", "en", [gev(gp("Cai Qi"))]))
    card = score(g, [sev(["a", "b", "a"], sp("Cai Qi"))])
    assert card.figures()["events.f1"] == 1.0


def test_worst_articles_lists_errors() -> None:
    g = gold(("a", "zh", [gev(gp("Cai Qi", country="CN"), gp("B"))]), ("b", "zh", [gev(gp("X"))]),
             ("c", "zh", []))
    s = [sev("a", sp("Cai Qi", country="VN"), sp("Z"), date="2025-06-10"), sev("c", sp("Q"))]
    worst = worst_articles(score(g, s).alignments, 2)
    assert [w.doc for w in worst] == ["a", "b"]  # b and c tie (2 errors each): gold order
    a = worst[0]
    assert any("date" in w for w in a.wrong_fields) and any("country" in w for w in a.wrong_fields)
    assert a.missed_participants and a.spurious_participants
    assert worst[0].to_json()["errors"] == a.count


def test_worst_articles_lists_party_misses() -> None:
    g = gold(("a", "zh", [gev(gp("Cai Qi"), gp("To Lam"), parties=(CPC, CPV))]))
    s = [sev("a", sp("Cai Qi"), sp("To Lam"), parties=({**CPC, "aliases": []}, {"name": "Nur Otan", "abbr": None,
                                                                              "aliases": [], "country": "KZ"}))]
    (a,) = worst_articles(score(g, s).alignments, 1)
    assert "[G1] party missed: CPV" in a.wrong_fields and "[G1] party spurious: Nur Otan" in a.wrong_fields
