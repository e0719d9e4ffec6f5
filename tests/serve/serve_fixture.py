"""A small, hand-made liaison database for the web app tests (no extractor needed).

Documents are real-looking articles (one carries a script tag); event frames are written by hand
with spans found in the text, then the real resolve stage and store build the record. The 2024-08-02 event
is of the recall tier (confidence 0.5).
"""

from __future__ import annotations

from pathlib import Path

from tests.fixture_db import Frame, P, build_db

XSS = "<script>document.title='pwned'</script><b>bold</b>"


DOCS: tuple[Frame, ...] = (
    Frame(
        "en-cai-cabello",
        "Beijing, June 9 (Xinhua) -- Cai Qi, a member of the Standing Committee of the Political Bureau "
        "of the CPC Central Committee, met with Diosdado Cabello, First Vice President of the United "
        "Socialist Party of Venezuela (PSUV), in Beijing on Monday. Both sides agreed to deepen cadre "
        "training exchanges.",
        "meeting", "2025-06-09", "Beijing", ("party",),
        (P("Cai Qi", "Cai Qi", "CN", True, "member of the Standing Committee of the Political Bureau", "cpc"),
         P("Diosdado Cabello", "Diosdado Cabello", "VE", True, "First Vice President", "psuv")),
        ("cpc", "psuv"),
        "Cai Qi, a member of the Standing Committee",
        title="Cai Qi meets PSUV delegation",
    ),
    Frame(
        "es-cabello-liu",
        "Caracas, 20 de enero de 2025. Diosdado Cabello, Secretario General del PSUV, sostuvo una "
        "videoconferencia con Liu Jianchao, jefe del Departamento Internacional del PCCh. " + XSS,
        "video_conference", "2025-01-20", None, ("party",),
        (P("Diosdado Cabello", "Diosdado Cabello", "VE", True, "Secretario General", "psuv"),
         P("Liu Jianchao", "Liu Jianchao", "CN", True, "jefe del Departamento Internacional", "idcpc")),
        ("psuv", "cpc"),
        "sostuvo una videoconferencia",
        remote=True,
        title="Cabello y Liu Jianchao <i>videoconferencia</i>",
        language="es",
    ),
    Frame(
        "zh-liu-cpv",
        "新华社北京2025年3月12日电 中联部部长刘建超12日在北京会见越南共产党代表团团长黎怀忠。",
        "meeting", "2025-03-12", "Beijing", ("party",),
        (P("刘建超", "Liu Jianchao", "CN", True, "中联部部长", "idcpc"),
         P("黎怀忠", "Le Hoai Trung", "VN", True, "代表团团长", "cpv")),
        ("cpc", "cpv"),
        "中联部部长刘建超12日在北京会见",
        title="刘建超会见越共代表团",
        language="zh",
    ),
    Frame(
        "en-maduro-a",
        "Caracas, August 2, 2024 -- President Nicolás Maduro received Wang Yi, Minister of Foreign Affairs "
        "of China, at Miraflores Palace.",
        "meeting", "2024-08-02", "Caracas", ("state",),
        (P("Nicolás Maduro", "Nicolás Maduro", "VE", True, "President", "ve_gov"),
         P("Wang Yi", "Wang Yi", "CN", True, "Minister of Foreign Affairs", "cn_gov")),
        ("psuv", "cpc"),
        "President Nicolás Maduro received Wang Yi",
        confidence=0.5,  # the recall tier
    ),
    Frame(
        "en-maduro-b",
        "Caracas, October 15, 2024 -- Nicolás Ernesto Maduro, a PSUV deputy, held talks with Liu Jianchao "
        "on party building.",
        "talks", "2024-10-15", "Caracas", ("party",),
        (P("Nicolás Ernesto Maduro", "Nicolás Ernesto Maduro", "VE", True, "deputy", "psuv"),
         P("Liu Jianchao", "Liu Jianchao", "CN", True, None, "idcpc")),
        ("psuv", "cpc"),
        "held talks with Liu Jianchao",
    ),
)


def build_fixture_db(path: Path) -> Path:
    """Write the fixture database at ``path`` and return it."""
    return build_db(path, DOCS)


def long_frames(first_year: int = 2012, last: tuple[int, int] = (2026, 6)) -> list[Frame]:
    """One CPC-CPV meeting a month from January ``first_year`` to ``last`` (year, month): a record spanning
    many years, as the CCTV archive does. The Vietnamese guest's title changes every few years."""
    frames = []
    year, month = first_year, 1
    while (year, month) <= last:
        date = f"{year:04d}-{month:02d}-15"
        title = ("Secretary of the Central Committee", "Head of the Commission for External Relations",
                 "Member of the Politburo")[(year - first_year) // 5 % 3]
        text = (f"Beijing, {date} (Xinhua) -- Liu Jianchao, head of the International Department of the CPC "
                f"Central Committee, met with Le Hoai Trung, {title} of the Communist Party of Vietnam, in Beijing.")
        frames.append(Frame(
            f"long-{year}-{month:02d}", text, "meeting", date, "Beijing", ("party",),
            (P("Liu Jianchao", "Liu Jianchao", "CN", True, "head of the International Department", "idcpc"),
             P("Le Hoai Trung", "Le Hoai Trung", "VN", True, title, "cpv")),
            ("cpc", "cpv"), "met with Le Hoai Trung", title=f"Liu Jianchao meets Le Hoai Trung ({date})",
        ))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return frames


def build_long_db(path: Path) -> Path:
    """A database of :func:`long_frames` at ``path``."""
    return build_db(path, long_frames())
