"""A build's workers read what matching needs from pinyin when they prepare a unit (``Unit.compact``: the
pinyin keys of its Chinese forms, the consonant skeletons of their parts), so the process that clusters the
units never loads pinyin's tables (some 50 MB while the record is resolved). Held, on the units of real
CCTV items, to the scores the same units give read afresh, and to a process that scores prepared units
without importing pypinyin."""

from __future__ import annotations

import gzip
import pickle
import subprocess
import sys
from itertools import combinations, islice
from pathlib import Path

import pytest
from resolve_factory import doc, frame, names_only, part, person
from test_transcription_links import _mbalula_reports

from liaison.pipeline import build
from liaison.resolve import scoring
from liaison.resolve.blocked import linked_groups
from liaison.resolve.mentions import Unit, collect_units
from liaison.resolve.prepared import load, prepare
from liaison.store import Store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def archive(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Unit], list[bytes], list[list[int]]]:
    """The units of the documents with events among the first 1,500 items of the 2022–2026 CCTV archive,
    as collected in this process and as a worker prepares them (their pickles), and their blocks."""
    folder = tmp_path_factory.mktemp("readings")
    with gzip.open(shared / "corpus" / "xwlb-2022-2026.jsonl.gz", "rb") as src:
        (folder / "items.jsonl").write_bytes(b"".join(islice(src, 1500)))
    build([folder / "items.jsonl"], folder / "x.duckdb", workers=1)
    gazetteer = names_only()  # (knowing no one: names decide, not the table)
    with Store.open(folder / "x.duckdb", read_only=True) as store:
        docs = list(store.load_document_events())
    # what pinyin decides: 姆巴卢拉 of CCTV transcribing "Fikile Mbalula" of a report in English (a pair
    # ``test_transcription_links`` tells apart from the table), and 蔡奇 written alone, "Cai Qi" in English
    docs += _mbalula_reports(shared)
    cai_qi = (person("蔡奇", native="蔡奇", organization="cpc", country="CN"),
              person("Cai Qi", organization="cpc", country="CN"))
    docs += [doc(f"cai-{i}", frame("2024-05-01", part(p), part(person("Nguyen Van An", country="VN"))))
             for i, p in enumerate(cai_qi)]
    docs.sort(key=lambda d: d.doc_id)
    fresh = collect_units(docs, gazetteer)
    prepared = [u for doc in docs for u in prepare(doc, gazetteer).units]
    groups = linked_groups([u.links for u in prepared])
    return fresh, [u.data for u in prepared], groups


def _pairs(groups: list[list[int]]) -> list[tuple[int, int]]:
    return [(a, b) for members in groups for a, b in combinations(members, 2)]


def test_prepared_units_carry_their_readings(archive: tuple[list[Unit], list[bytes], list[list[int]]]) -> None:
    fresh, data, _ = archive
    units = [load(d)[0] for d in data]
    assert [u.key_id for u in units] == [u.key_id for u in fresh]
    for u, f in zip(units, fresh, strict=True):
        assert u._cjk_keys == f.cjk_keys and u._key_id == f.key_id  # (read when prepared, not when asked)
        if u.cjk and not u.latin_names and u.side not in (None, "CN", "TW", "HK", "MO"):
            assert u._skeletons == f.skeletons
    assert any(u._cjk_keys for u in units) and any(u._skeletons for u in units)


def test_prepared_units_score_as_units_read_afresh(archive: tuple[list[Unit], list[bytes], list[list[int]]]) -> None:
    fresh, data, groups = archive
    units = [load(d)[0] for d in data]
    relations: set[str] = set()
    for a, b in _pairs(groups):
        for x, y in ((a, b), (b, a)):
            got = scoring.score_pair(units[x], units[y])
            assert got == scoring.score_pair(fresh[x], fresh[y])
            relations.add(got[2])
    assert {"exact", "pinyin_variant", "transcription"} <= relations  # (the pairs reach what pinyin decides)


def test_scoring_prepared_units_loads_no_pinyin(archive: tuple[list[Unit], list[bytes], list[list[int]]],
                                                tmp_path: Path) -> None:
    fresh, data, groups = archive
    expected = [scoring.score_pair(fresh[a], fresh[b]) for a, b in _pairs(groups)]
    (tmp_path / "units.pickle").write_bytes(pickle.dumps((data, groups, expected)))
    script = (
        "import pickle, sys\n"
        "from itertools import combinations\n"
        "from liaison.resolve.prepared import load\n"
        "from liaison.resolve.scoring import score_pair\n"
        f"data, groups, expected = pickle.loads(open({str(tmp_path / 'units.pickle')!r}, 'rb').read())\n"
        "units = [load(d)[0] for d in data]\n"
        "got = [score_pair(units[a], units[b]) for m in groups for a, b in combinations(m, 2)]\n"
        "assert got == expected, 'scores differ'\n"
        "print('pypinyin' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "False"


def test_a_blocks_units_loaded_share_their_equal_sets(archive: tuple[list[Unit], list[bytes], list[list[int]]]) -> None:
    """A block clustered in another process of the build reads its units and shares their equal sets
    (``Unit.shared``: the units of one person repeat sides, names and organisations): each set iterates as the
    unit's own did, and the block clusters as it did with its own sets."""
    from liaison.resolve.mentions import _SHARED_FIELDS
    from liaison.resolve.people import cluster_units

    _, data, groups = archive
    sets = distinct = 0
    for members in (m for m in groups if len(m) >= 2):
        seen: dict[tuple[str, tuple[object, ...]], object] = {}
        own = [load(data[i])[0] for i in members]
        shared = [load(data[i])[0].shared(seen) for i in members]
        for a, b in zip(own, shared, strict=True):
            assert all(list(getattr(a, name)) == list(getattr(b, name)) for name in _SHARED_FIELDS)
        held = [getattr(u, name) for u in shared for name in _SHARED_FIELDS if getattr(u, name)]
        sets, distinct = sets + len(held), distinct + len({id(s) for s in held})
        mine, theirs = cluster_units(own), cluster_units(shared)
        assert (mine.unit_person, mine.decisions) == (theirs.unit_person, theirs.decisions)
    assert sets > 5_000 and distinct < sets / 2
