"""Portuguese programmes (issue 13, ninth Portuguese batch): a courtesy meeting told as a noun with "entre"
("durante um encontro de cortesia entre o Secretário-geral da Frelimo, A, e o membro do secretariado ..., B", as
Spanish "un encuentro entre A y B" already was), and a host named by a bare "Assembleia Nacional" who is of no
one country the gazetteer knows by that name (its one alias beginning so, "Assembleia Nacional do Vietnã", made
Angola's first vice-president of the Assembly Vietnamese). Real pages of the Frelimo's site and Jornal de Angola,
read from quality/real-dev."""

from __future__ import annotations

from tests.extract.real_dev_pages import page_events, seats


def test_a_courtesy_meeting_between_two_named_people_is_a_meeting() -> None:
    events = page_events("web-pt-038")
    pairs = [seats(e) for e in events if e.kind == "meeting"]
    assert any(s.get("Roque Silva") == ("MZ", True) and s.get("Tran Voung") == ("VN", True) for s in pairs)
    # the second meeting of the same delegation ("A mesma delegação ... foi recebida ... pelo Primeiro-Ministro")
    assert any("Carlos Agostinho do Rosário" in s for s in pairs)


def test_a_bare_national_assembly_names_no_foreign_country() -> None:
    met = [e for e in page_events("web-pt-031") if "Emília Carlota" in seats(e)]
    assert len(met) == 1
    carlota = next(p for p in met[0].participants if p.person.native == "Emília Carlota")
    assert carlota.side == "AO"
    assert carlota.person.organization is None or carlota.person.organization.country != "VN"
