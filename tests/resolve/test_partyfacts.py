"""Party Facts import: read the CSV, link gazetteer parties conservatively, keep links across rebuilds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from resolve_factory import doc, frame, part, person

from liaison.cli.main import cli
from liaison.kb.gazetteer import Gazetteer, OrgEntry, default_gazetteer
from liaison.kb.partyfacts import PartyFactsError, link_parties, read_partyfacts
from liaison.resolve import resolve
from liaison.store import Store

HEADER = "country,partyfacts_id,technical,name_short,name,name_english,name_other,year_first,year_last\n"


def test_links_core_parties_by_name_and_country(shared: Path) -> None:
    parties = list(read_partyfacts(shared / "reference" / "partyfacts-core-parties.csv"))
    links = link_parties(default_gazetteer(), parties)
    assert links["cpc"][0] == 5124
    assert links["psuv"][0] == 5094
    assert links["cpv"][0] == 4898
    assert links["pcc_cu"][0] == 4892
    assert links["wpk"][0] == 4712


def test_ambiguous_or_technical_matches_stay_unlinked(tmp_path: Path) -> None:
    csv = tmp_path / "pf.csv"
    csv.write_text(
        HEADER
        + "VEN,1,,PSUV,Partido Socialista Unido de Venezuela,United Socialist Party of Venezuela,,2007,\n"
        + "VEN,2,,PSUV,Partido Socialista Unido de Venezuela,United Socialist Party of Venezuela,,2008,\n"
        + "CHN,3,8,CPC,Communist Party of China,Communist Party of China,,1800,\n"
        + "VNM,4,,CPV,Dang Cong san Viet Nam,Communist Party of Vietnam,,1930,\n",
        encoding="utf-8",
    )
    gaz = Gazetteer(orgs={k: v for k, v in default_gazetteer().orgs.items() if k in ("psuv", "cpc", "cpv")})
    links = link_parties(gaz, read_partyfacts(csv))
    assert links == {"cpv": (4, "name")}


def test_malformed_file_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(PartyFactsError, match=r"bad\.csv"):
        list(read_partyfacts(bad))
    bad.write_text(HEADER + "VEN,,,X,Y,Z,,,\n", encoding="utf-8")
    with pytest.raises(PartyFactsError, match=r"bad\.csv:2"):
        list(read_partyfacts(bad))


def test_import_command_puts_partyfacts_ids_in_exports_and_they_survive_reresolution(
    shared: Path, tmp_path: Path
) -> None:
    db = tmp_path / "pf.duckdb"
    docs = [
        doc(
            "a",
            frame(
                "2024-01-01",
                part(person("Cai Qi", country="CN")),
                part(person("Diosdado Cabello", country="VE")),
                parties=("cpc", "psuv", "idcpc"),
            ),
        )
    ]
    with Store.open(db) as store:
        store.save_resolution(resolve(docs), default_gazetteer())
    run = CliRunner()
    res = run.invoke(
        cli, ["kb", "import-partyfacts", str(shared / "reference" / "partyfacts-core-parties.csv"), "--db", str(db)]
    )
    assert res.exit_code == 0, res.output
    assert "gazetteer parties linked" in res.output

    def exported() -> dict[str, int | None]:
        out = run.invoke(cli, ["export", "--format", "events-jsonl", "--db", str(db)])
        assert out.exit_code == 0, out.output
        event = json.loads(out.output.splitlines()[0])
        return {p["id"]: p.get("partyfacts_id") for p in event["parties"]}

    assert exported() == {"cpc": 5124, "psuv": 5094, "idcpc": None}
    with Store.open(db) as store:  # a rebuild rewrites the resolved tables; the links come back
        store.save_resolution(resolve(docs), default_gazetteer())
    assert exported() == {"cpc": 5124, "psuv": 5094, "idcpc": None}


def test_bad_file_is_a_clean_cli_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["kb", "import-partyfacts", str(bad), "--db", str(tmp_path / "x.duckdb")])
    assert res.exit_code != 0 and "not a Party Facts" in res.output


def test_entry_partyfacts_id_from_the_knowledge_base_wins() -> None:
    gaz = Gazetteer()
    gaz.add_org(OrgEntry("x", "Some Party", "party", "VE", partyfacts_id=999))
    assert link_parties(gaz, []) == {"x": (999, "knowledge base")}


def test_a_party_known_only_by_its_name_links_to_party_facts(tmp_path: Path) -> None:
    from dataclasses import replace

    from liaison.extract.party_names import party_ref
    from liaison.model.types import EventFrame

    csv = tmp_path / "pf.csv"
    csv.write_text(HEADER + "ZMB,77,,GRP,Green Renewal Party,Green Renewal Party,,2001,\n", encoding="utf-8")
    base: EventFrame = frame("2024-01-01", part(person("Cai Qi", country="CN")),
                             part(person("Ana Perez", country="ZM")), parties=("cpc",))
    ev = replace(base, parties=(*base.parties, party_ref("Green Renewal Party", "ZM")))
    db = tmp_path / "pf.duckdb"
    with Store.open(db) as store:
        store.save_resolution(resolve([doc("a", ev)]), default_gazetteer())
    run = CliRunner()
    assert run.invoke(cli, ["kb", "import-partyfacts", str(csv), "--db", str(db)]).exit_code == 0
    out = run.invoke(cli, ["export", "--format", "events-jsonl", "--db", str(db)])
    event = json.loads(out.output.splitlines()[0])
    ids = {p["name"]: p.get("partyfacts_id") for p in event["parties"]}
    assert ids["Green Renewal Party"] == 77


def test_a_bracketed_country_in_our_name_does_not_hide_the_party(tmp_path: Path) -> None:
    csv = tmp_path / "pf.csv"
    csv.write_text(
        HEADER
        + "MUS,11,,PTr,Parti Travailliste,Labour Party,,1936,\n"
        + "PAK,12,,PML,Pakistan Muslim League,Pakistan Muslim League,,1962,\n",
        encoding="utf-8",
    )
    gaz = Gazetteer()
    gaz.add_org(OrgEntry(id="labour_mu", name="Labour Party (Mauritius)", kind="party", country="MU"))
    # a bracket that is no country name is part of the name: PML (N) is not the old Pakistan Muslim League
    gaz.add_org(OrgEntry(id="pmln", name="Pakistan Muslim League (N)", kind="party", country="PK"))
    links = link_parties(gaz, list(read_partyfacts(csv)))
    assert links["labour_mu"] == (11, "name")
    assert "pmln" not in links


def test_knowledge_base_foreign_parties_link_to_party_facts(shared: Path) -> None:
    parties = list(read_partyfacts(shared / "reference" / "partyfacts-core-parties.csv"))
    links = link_parties(default_gazetteer(), parties)
    for key in ("sacp", "akp_tr", "pri_mx", "psoe", "slfp", "labour_ie", "dp_mn"):
        assert key in links, key


def test_a_derived_translation_links_without_the_country_its_chinese_name_opens_with(shared: Path) -> None:
    """Chinese writes every foreign party with its country first (斯里兰卡人民解放阵线, 毛里塔尼亚争取共和联盟),
    so a derived translation's "of <country>" is no part of the party's own name: a grammar-found
    party of the archive links on the rest, among its country's Party Facts parties only."""
    from liaison.extract.party_names import party_key
    from liaison.kb.party_translation import marked_names

    parties = list(read_partyfacts(shared / "reference" / "partyfacts-core-parties.csv"))
    found = {}
    for chinese, country in (("斯里兰卡人民解放阵线", "LK"), ("毛里塔尼亚争取共和联盟", "MR"),
                             ("哥斯达黎加广泛阵线", "CR"), ("巴勒斯坦解放民主阵线", "PS")):
        named = marked_names(chinese, country)
        assert named is not None, chinese
        found[chinese] = OrgEntry(id=party_key(chinese, country), name=named[0], kind="party", country=country,
                                  aliases=named[1])
    links = link_parties(Gazetteer(), parties, found.values())
    assert links[found["斯里兰卡人民解放阵线"].id] == (4067, "name")  # the JVP
    assert links[found["毛里塔尼亚争取共和联盟"].id] == (5819, "name")
    assert links[found["哥斯达黎加广泛阵线"].id] == (1252, "name")
    # "Liberation Palestine Democratic Front" ends in no country: nothing to strip, no link
    assert found["巴勒斯坦解放民主阵线"].id not in links


def test_a_name_of_our_knowledge_base_keeps_its_country(tmp_path: Path) -> None:
    """Only derived translations lose "of <country>": the Communist Party of Nepal is not any "Communist Party"."""
    csv = tmp_path / "pf.csv"
    csv.write_text(HEADER + "NPL,21,,CP,Communist Party,Communist Party,,1949,\n", encoding="utf-8")
    gaz = Gazetteer()
    gaz.add_org(OrgEntry(id="cpn_x", name="Communist Party of Nepal", kind="party", country="NP"))
    assert link_parties(gaz, list(read_partyfacts(csv))) == {}
