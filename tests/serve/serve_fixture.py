"""A small, hand-made liaison database for the web app tests (no extractor needed).

Documents are real-looking articles; event frames are written by hand with spans found in the
text, then the real resolve stage and store build the record exactly as ``liaison build`` would.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import (
    Article,
    Channel,
    EventFrame,
    EventKind,
    Extraction,
    FuzzyDate,
    OrgRef,
    Participant,
    PersonMention,
    Span,
)
from liaison.normalise import normalise
from liaison.resolve import resolve
from liaison.store import Store

XSS = "<script>document.title='pwned'</script><b>bold</b>"


@dataclass(frozen=True)
class P:
    """A participant as written in one article."""

    surface: str
    name: str
    country: str
    lead: bool = False
    title: str | None = None
    org: str | None = None


@dataclass(frozen=True)
class Doc:
    doc_id: str
    text: str
    published: str
    language: str
    kind: EventKind
    date: str
    location: str | None
    channel: tuple[Channel, ...]
    people: tuple[P, ...]
    parties: tuple[str, ...]
    evidence: str
    remote: bool = False
    title: str | None = None


DOCS: tuple[Doc, ...] = (
    Doc(
        "en-cai-cabello",
        "Beijing, June 9 (Xinhua) -- Cai Qi, a member of the Standing Committee of the Political Bureau "
        "of the CPC Central Committee, met with Diosdado Cabello, First Vice President of the United "
        "Socialist Party of Venezuela (PSUV), in Beijing on Monday. Both sides agreed to deepen cadre "
        "training exchanges.",
        "2025-06-09", "en", "meeting", "2025-06-09", "Beijing", ("party",),
        (P("Cai Qi", "Cai Qi", "CN", True, "member of the Standing Committee of the Political Bureau", "cpc"),
         P("Diosdado Cabello", "Diosdado Cabello", "VE", True, "First Vice President", "psuv")),
        ("cpc", "psuv"),
        "Cai Qi, a member of the Standing Committee",
        title="Cai Qi meets PSUV delegation",
    ),
    Doc(
        "es-cabello-liu",
        "Caracas, 20 de enero de 2025. Diosdado Cabello, Secretario General del PSUV, sostuvo una "
        "videoconferencia con Liu Jianchao, jefe del Departamento Internacional del PCCh. " + XSS,
        "2025-01-20", "es", "video_conference", "2025-01-20", None, ("party",),
        (P("Diosdado Cabello", "Diosdado Cabello", "VE", True, "Secretario General", "psuv"),
         P("Liu Jianchao", "Liu Jianchao", "CN", True, "jefe del Departamento Internacional", "idcpc")),
        ("psuv", "cpc"),
        "sostuvo una videoconferencia",
        remote=True,
        title="Cabello y Liu Jianchao <i>videoconferencia</i>",
    ),
    Doc(
        "zh-liu-cpv",
        "新华社北京2025年3月12日电 中联部部长刘建超12日在北京会见越南共产党代表团团长黎怀忠。",
        "2025-03-12", "zh", "meeting", "2025-03-12", "Beijing", ("party",),
        (P("刘建超", "Liu Jianchao", "CN", True, "中联部部长", "idcpc"),
         P("黎怀忠", "Le Hoai Trung", "VN", True, "代表团团长", "cpv")),
        ("cpc", "cpv"),
        "中联部部长刘建超12日在北京会见",
        title="刘建超会见越共代表团",
    ),
    Doc(
        "en-maduro-a",
        "Caracas, August 2, 2024 -- President Nicolás Maduro received Wang Yi, Minister of Foreign Affairs "
        "of China, at Miraflores Palace.",
        "2024-08-02", "en", "meeting", "2024-08-02", "Caracas", ("state",),
        (P("Nicolás Maduro", "Nicolás Maduro", "VE", True, "President", "ve_gov"),
         P("Wang Yi", "Wang Yi", "CN", True, "Minister of Foreign Affairs", "cn_gov")),
        ("psuv", "cpc"),
        "President Nicolás Maduro received Wang Yi",
    ),
    Doc(
        "en-maduro-b",
        "Caracas, October 15, 2024 -- Nicolás Ernesto Maduro, a PSUV deputy, held talks with Liu Jianchao "
        "on party building.",
        "2024-10-15", "en", "talks", "2024-10-15", "Caracas", ("party",),
        (P("Nicolás Ernesto Maduro", "Nicolás Ernesto Maduro", "VE", True, "deputy", "psuv"),
         P("Liu Jianchao", "Liu Jianchao", "CN", True, None, "idcpc")),
        ("psuv", "cpc"),
        "held talks with Liu Jianchao",
    ),
)


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return (start, start + len(part))


def _org(key: str) -> OrgRef:
    entry = default_gazetteer().org(key)
    assert entry is not None, key
    return entry.ref()


def _extraction(doc: Doc) -> Extraction:
    article = Article(doc.doc_id, doc.text, f"hash-{doc.doc_id}", f"fixture:{doc.doc_id}", title=doc.title,
                      published=doc.published, source="fixture", language=doc.language)
    document = normalise(article)
    participants = []
    for p in doc.people:
        title_span = _span(doc.text, p.title) if p.title and p.title in doc.text else None
        mention = PersonMention(
            name=p.name, native=p.surface, span=_span(doc.text, p.surface), title=p.title, title_span=title_span,
            organization=_org(p.org) if p.org else None, country=p.country,
        )
        participants.append(Participant(mention, p.lead, p.country))
    frame = EventFrame(
        kind=doc.kind, date=FuzzyDate.parse(doc.date), date_source="text", location=doc.location,
        remote=doc.remote, channel=doc.channel, participants=tuple(participants),
        parties=tuple(_org(k) for k in doc.parties), evidence=(_span(doc.text, doc.evidence),),
        topics=("cadre training",) if "cadre" in doc.text else (),
    )
    return Extraction(document, (frame,), "fixture")


def build_fixture_db(path: Path) -> Path:
    """Write the fixture database at ``path`` and return it."""
    with Store.open(path) as store:
        store.save_extractions([_extraction(d) for d in DOCS])
        store.save_resolution(resolve(store.load_document_events(), store.judgements()), default_gazetteer())
    return path
