"""Analyst judgements: recorded append-only, applied transitively, surviving ``build --rebuild``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from liaison.cli.main import cli
from liaison.model.types import Judgement
from liaison.resolve import judgement_conflicts, resolve
from liaison.store import Store

sys.path.insert(0, str(Path(__file__).parent / "resolve"))
from resolve_factory import doc, frame, names_only, part, person

ARTICLES = {
    "a.txt": "Beijing, April 22, 2024 — Zhang Wei, Vice Minister of the International Department of the CPC "
    "Central Committee, met here today with a delegation of the Communist Party of Vietnam led by Nguyen Van An, "
    "member of the Central Committee of the Communist Party of Vietnam.\n",
    "b.txt": "Beijing, May 15, 2024 — Zhang Weiwei, Vice Minister of the International Department of the CPC "
    "Central Committee, met here today with a delegation of the Lao People's Revolutionary Party led by Khamphan "
    "Phommathat, member of the Central Committee of the Lao People's Revolutionary Party.\n",
}


def _judgement(jid: int, left: str, right: str, same: bool) -> Judgement:
    return Judgement(jid, left, right, same, "tester", "2024-01-01")


def _ids(db: Path) -> dict[str, str]:
    with Store.open(db, read_only=True) as store:
        rows = store.con.execute("SELECT DISTINCT name, person_id FROM participants").fetchall()
    return dict(rows)


@pytest.fixture()
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "j.duckdb"
    result = CliRunner().invoke(cli, ["build", str(folder), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return folder, db


def test_same_judgement_survives_rebuild_and_undo_restores(corpus: tuple[Path, Path]) -> None:
    folder, db = corpus
    run = CliRunner()
    before = _ids(db)
    assert before["Zhang Wei"] != before["Zhang Weiwei"]

    res = run.invoke(cli, ["same", "Zhang Wei", "Zhang Weiwei", "--db", str(db), "--author", "ana"])
    assert res.exit_code == 0, res.output
    assert _ids(db)["Zhang Wei"] == _ids(db)["Zhang Weiwei"]

    res = run.invoke(cli, ["build", str(folder), "--db", str(db), "--rebuild", "-q"])
    assert res.exit_code == 0, res.output
    after = _ids(db)
    assert after["Zhang Wei"] == after["Zhang Weiwei"]
    assert after["Nguyen Van An"] == before["Nguyen Van An"]  # untouched ids are stable across rebuilds

    with Store.open(db, read_only=True) as store:
        ((jid, author, score, same),) = store.con.execute(
            "SELECT judgement_id, author, score, same FROM judgements"
        ).fetchall()
        merged = store.con.execute("SELECT count(*) FROM match_decisions WHERE features LIKE '%analyst_same%'")
        assert merged.fetchone() == (1,)
    assert (author, same) == ("ana", True)
    assert score is None or score < 0.75  # recorded: the automatic score at the time

    res = run.invoke(cli, ["undo", str(jid), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert _ids(db)["Zhang Wei"] != _ids(db)["Zhang Weiwei"]
    with Store.open(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM judgements").fetchone() == (2,)  # append-only


def test_ambiguous_name_is_a_clear_error_listing_candidates(corpus: tuple[Path, Path]) -> None:
    _, db = corpus
    res = CliRunner().invoke(cli, ["same", "Zhang", "Nguyen Van An", "--db", str(db)])
    assert res.exit_code != 0
    assert "ambiguous" in res.output and "Zhang Wei" in res.output and "Zhang Weiwei" in res.output
    res = CliRunner().invoke(cli, ["same", "Nobody Atall", "Nguyen Van An", "--db", str(db)])
    assert res.exit_code != 0 and "no person matches" in res.output


def test_later_not_same_wins_over_earlier_same_and_is_reported(corpus: tuple[Path, Path]) -> None:
    _, db = corpus
    run = CliRunner()
    ids = _ids(db)
    assert run.invoke(cli, ["same", ids["Zhang Wei"], ids["Zhang Weiwei"], "--db", str(db)]).exit_code == 0
    res = run.invoke(cli, ["not-same", ids["Zhang Wei"], ids["Zhang Weiwei"], "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "not applied" in res.output
    assert _ids(db)["Zhang Wei"] != _ids(db)["Zhang Weiwei"]


def test_review_lists_near_threshold_pairs(tmp_path: Path) -> None:
    db = tmp_path / "r.duckdb"
    near = person("Nicolás Maduro Guerra", organization="psuv", country="VE")
    short = person("Nicolás Maduro", organization="ve_gov", country="VE")
    docs = [
        doc("a", frame("2024-01-01", part(near), part(person("Li Jun", country="CN")))),
        doc("b", frame("2024-02-01", part(short), part(person("Song Tao", country="CN")))),
    ]
    with Store.open(db) as store:
        from liaison.kb.gazetteer import default_gazetteer

        store.save_resolution(resolve(docs, gazetteer=names_only()), default_gazetteer())
    res = CliRunner().invoke(cli, ["review", "--db", str(db), "--json"])
    assert res.exit_code == 0, res.output
    assert '"name_extension"' in res.output


def test_not_same_beats_automatic_merge_and_same_is_transitive() -> None:
    es = person("Xi Jing Ping", organization="cpc", country="CN")
    en = person("Xi Jinping", organization="cpc", country="CN")
    docs = [doc("es", frame("2024-01-01", part(es))), doc("en", frame("2024-02-01", part(en)))]
    auto = resolve(docs, gazetteer=names_only())
    assert auto.mention_person[("es", *es.span)] == auto.mention_person[("en", *en.span)]
    left, right = sorted({d.left for d in auto.decisions} | {d.right for d in auto.decisions})
    split = resolve(docs, [_judgement(1, left, right, False)], gazetteer=names_only())
    assert split.mention_person[("es", *es.span)] != split.mention_person[("en", *en.span)]

    a, b, c = (person(n, country="CN") for n in ("Li Jun", "Liu Jun", "Lu Jun"))
    docs3 = [doc(x, frame("2024-01-01", part(p))) for x, p in (("a", a), ("b", b), ("c", c))]
    base = resolve(docs3, gazetteer=names_only())
    ia, ib, ic = (base.mention_person[(x, *p.span)] for x, p in (("a", a), ("b", b), ("c", c)))
    chained = resolve(docs3, [_judgement(1, ia, ib, True), _judgement(2, ib, ic, True)], gazetteer=names_only())
    assert len({chained.mention_person[(x, *p.span)] for x, p in (("a", a), ("b", b), ("c", c))}) == 1
    # an older "not same" between two people a same-chain joins is reported, not applied
    js = [_judgement(1, ia, ic, False), _judgement(2, ia, ib, True), _judgement(3, ib, ic, True)]
    assert [c.judgement_id for c in judgement_conflicts(docs3, js, gazetteer=names_only())] == [1]
