"""ftm: the entities load back with followthemoney, validate against its model, and link up."""

from __future__ import annotations

import json
from pathlib import Path

from followthemoney import model
from followthemoney.proxy import EntityProxy

from liaison.export.ftm import ftm_id
from tests.export.conftest import export_cli


def _load(db: Path) -> dict[str, EntityProxy]:
    entities: dict[str, EntityProxy] = {}
    for line in export_cli(db, "ftm").splitlines():
        data = json.loads(line)
        proxy = model.get_proxy(data, cleaned=False)  # re-cleans every value with the library's types
        proxy.schema.validate(data)
        assert proxy.to_dict()["properties"] == data["properties"], data["id"]  # already clean
        assert proxy.id is not None and proxy.id not in entities, proxy.id
        entities[proxy.id] = proxy
    return entities


def test_entities_load_validate_and_resolve(any_db: Path) -> None:
    entities = _load(any_db)
    events = export_cli(any_db, "events-jsonl").splitlines()
    assert sum(e.schema.name == "Event" for e in entities.values()) == len(events) > 0
    for proxy in entities.values():
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in entities, (proxy.id, prop.name, value)
                assert entities[value].schema.is_a(prop.range), (proxy.id, prop.name)  # type: ignore[arg-type]
    meta = entities["liaison-export"]
    assert meta.get("processingAgent") == ["liaison 0.1.0"]
    assert meta.get("processedAt") == ["2025-07-01T12:00:00"]


def test_people_positions_and_provenance(export_db: Path) -> None:
    entities = _load(export_db)
    cabello = next(e for e in entities.values() if e.schema.name == "Person" and "Diosdado Cabello" in e.names)
    occupancies = [e for e in entities.values() if e.schema.name == "Occupancy" and e.first("holder") == cabello.id]
    posts = {entities[str(o.first("post"))].first("name"): o for o in occupancies}
    assert {"First Vice President", "Secretario General"} <= set(posts)
    assert posts["First Vice President"].get("date") == ["2025-06-09"]
    assert posts["First Vice President"].get("proof") == [ftm_id("doc", "en-cai-cabello")]
    assert entities[str(entities[str(posts["First Vice President"].first("post"))].first("organization"))].first(
        "name") == "United Socialist Party of Venezuela"
    # the Chinese article's mention keeps the name as written, resolved to the same person
    liu = next(e for e in entities.values() if e.schema.name == "Person" and "Liu Jianchao" in e.names)
    mentions = [e for e in entities.values() if e.schema.name == "Mention" and e.first("resolved") == liu.id]
    assert "刘建超" in {m.first("name") for m in mentions}
    assert entities[ftm_id("org", "cn_gov")].schema.name == "PublicBody"
    assert entities[ftm_id("org", "cpc")].schema.name == "Organization"
    event = next(e for e in entities.values() if e.schema.name == "Event" and e.first("recordId")
                 and ftm_id("doc", "en-cai-cabello") in e.get("proof"))
    assert {cabello.id, ftm_id("org", "psuv")} <= set(event.get("involved"))
    docs = [e for e in entities.values() if e.schema.name == "Documentation" and e.first("entity") == event.id]
    assert [d.first("document") for d in docs] == [ftm_id("doc", "en-cai-cabello")]


def test_ids_are_valid_and_injective() -> None:
    ids = {ftm_id("doc", raw) for raw in ("a_b", "a-b", "a.b", "a b", "x:Some Party", "ab")}
    assert len(ids) == 6
    entity_type = model.get("Event").get("involved").type  # type: ignore[union-attr]
    assert all(entity_type.validate(i) for i in ids)
