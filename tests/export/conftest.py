"""A small liaison database built by the real resolve stage and store from hand-written frames.

Covers what the exporters must map: a visit hosted in Beijing, a talk in Caracas with the Chinese
side listed first, a video conference, a three-country seminar, an agreement, a message, a state
meeting, an event with no location, a Chinese article, and one person reported in two documents.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.fixture_db import Frame, P, build_db

DOCS: tuple[Frame, ...] = (
    Frame("en-cai-cabello",
        "Beijing, June 9 (Xinhua) -- Cai Qi, a member of the Standing Committee of the Political Bureau of the "
        "CPC Central Committee, met with Diosdado Cabello, First Vice President of the United Socialist Party "
        "of Venezuela (PSUV), in Beijing on Monday. Both sides agreed to deepen cadre training exchanges.",
        "meeting", "2025-06-09", "Beijing", ("party",),
        (P("Cai Qi", "Cai Qi", "CN", True, "member of the Standing Committee of the Political Bureau", "cpc"),
         P("Diosdado Cabello", "Diosdado Cabello", "VE", True, "First Vice President", "psuv")),
        ("cpc", "psuv"), "Cai Qi, a member of the Standing Committee of the Political Bureau of the CPC",
        url="https://example.org/cai-cabello"),
    Frame("es-cabello-liu",
        "Caracas, 20 de enero de 2025. Diosdado Cabello, Secretario General del PSUV, sostuvo una "
        "videoconferencia con Liu Jianchao, jefe del Departamento Internacional del PCCh.",
        "video_conference", "2025-01-20", None, ("party",),
        (P("Diosdado Cabello", "Diosdado Cabello", "VE", True, "Secretario General", "psuv"),
         P("Liu Jianchao", "Liu Jianchao", "CN", True, "jefe del Departamento Internacional", "idcpc")),
        ("psuv", "cpc"), "sostuvo una videoconferencia", remote=True, language="es"),
    Frame("zh-liu-cpv",
        "新华社北京2025年3月12日电 中联部部长刘建超12日在北京会见越南共产党代表团团长黎怀忠。",
        "meeting", "2025-03-12", "Beijing", ("party",),
        (P("刘建超", "Liu Jianchao", "CN", True, "中联部部长", "idcpc"),
         P("黎怀忠", "Le Hoai Trung", "VN", True, "代表团团长", "cpv")),
        ("cpc", "cpv"), "中联部部长刘建超12日在北京会见", language="zh"),
    Frame("en-liu-caracas",
        "Caracas, October 15, 2024 -- Liu Jianchao, head of the International Department of the CPC Central "
        "Committee, held talks with Diosdado Cabello in Caracas on party building.",
        "talks", "2024-10-15", "Caracas", ("party",),
        (P("Liu Jianchao", "Liu Jianchao", "CN", True, "head of the International Department", "idcpc"),
         P("Diosdado Cabello", "Diosdado Cabello", "VE", True, None, "psuv")),
        ("cpc", "psuv"), "held talks with Diosdado Cabello in Caracas"),
    Frame("en-seminar",
        "Vientiane, May 5, 2024 -- A seminar on party building brought together Liu Jianchao, Le Hoai Trung of "
        "the Communist Party of Vietnam and Thongsavanh Phomvihane of the Lao People's Revolutionary Party.",
        "seminar", "2024-05-05", "Vientiane", ("party",),
        (P("Liu Jianchao", "Liu Jianchao", "CN", True, None, "idcpc"),
         P("Le Hoai Trung", "Le Hoai Trung", "VN", True, None, "cpv"),
         P("Thongsavanh Phomvihane", "Thongsavanh Phomvihane", "LA", True, None, "lprp")),
        ("cpc", "cpv", "lprp"), "A seminar on party building brought together"),
    Frame("en-agreement",
        "Caracas, April 2, 2024 -- The PSUV and the CPC signed a cadre training agreement, said Diosdado Cabello.",
        "agreement", "2024-04-02", "Caracas", ("party",),
        (P("Diosdado Cabello", "Diosdado Cabello", "VE", True, None, "psuv"),),
        ("psuv", "cpc"), "signed a cadre training agreement"),
    Frame("en-message",
        "Beijing, March 1, 2024 -- Xi Jinping sent a congratulatory message to Nicolás Maduro.",
        "message", "2024-03", None, ("party",),
        (P("Xi Jinping", "Xi Jinping", "CN", True, "General Secretary", "cpc"),
         P("Nicolás Maduro", "Nicolás Maduro", "VE", True, None, "psuv")),
        ("cpc", "psuv"), "sent a congratulatory message"),
    Frame("en-state",
        "Caracas, August 2, 2024 -- President Nicolás Maduro received Wang Yi, Minister of Foreign Affairs of "
        "China, at Miraflores Palace, with Cai Qi.",
        "meeting", "2024-08-02", "Caracas", ("state",),
        (P("Nicolás Maduro", "Nicolás Maduro", "VE", True, "President", "ve_gov"),
         P("Wang Yi", "Wang Yi", "CN", True, "Minister of Foreign Affairs", "cn_gov"),
         P("Cai Qi", "Cai Qi", "CN", False, None, "cpc")),
        ("psuv", "cpc"), "President Nicolás Maduro received Wang Yi"),
    Frame("en-nowhere",
        "2023 -- Cai Qi met a PSUV delegation led by Diosdado Cabello.",
        "meeting", "2023", None, ("party",),
        (P("Cai Qi", "Cai Qi", "CN", True, None, "cpc"),
         P("Diosdado Cabello", "Diosdado Cabello", "VE", True, None, "psuv")),
        ("cpc", "psuv"), "Cai Qi met a PSUV delegation"),
)


def build_fixture_db(path: Path) -> Path:
    return build_db(path, [replace(d, title=f"Title of {d.doc_id}") for d in DOCS])


@pytest.fixture(scope="session")
def export_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("export") / "fixture.duckdb")


@pytest.fixture(scope="session")
def dev_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dev set built with the real pipeline (skipped when the data or an extractor is missing)."""
    from liaison.pipeline import build
    from tests.conftest import DEV

    if not DEV.exists():
        pytest.skip(f"dev set not found at {DEV}")
    db = tmp_path_factory.mktemp("export-dev") / "dev.duckdb"
    try:
        summary = build([DEV], db, workers=1)
    except ImportError as exc:  # an extractor not written yet
        pytest.skip(f"cannot build the dev set yet: {exc}")
    if summary.events == 0:
        pytest.skip("the dev build found no events")
    return db


@pytest.fixture(scope="session", params=["fixture", "dev"])
def any_db(request: pytest.FixtureRequest) -> Path:
    """Each database the round-trip tests run on."""
    name = "export_db" if request.param == "fixture" else "dev_db"
    return Path(request.getfixturevalue(name))


FIXED_TIME = "2025-07-01T12:00:00Z"


def export_cli(db: Path, fmt: str, out: Path | str = "-", *args: str, env: dict[str, str] | None = None) -> str:
    """Run ``liaison export`` and return its standard output; fails the test on a non-zero exit."""
    from click.testing import CliRunner

    from liaison.cli.main import cli

    argv = ["export", "--db", str(db), "--format", fmt, "-o", str(out), *args]
    if env is None and "--export-time" not in args:
        argv += ["--export-time", FIXED_TIME]
    result = CliRunner().invoke(cli, argv, env=env)
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout
