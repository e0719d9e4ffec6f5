"""Portuguese extractor (Xinhua and Diário do Povo in Portuguese, CRI, ANGOP, party press of Angola,
Mozambique, Brazil and Portugal)."""

from __future__ import annotations

from liaison.extract.latin import extract_with
from liaison.extract.latin.abbreviations import local_gazetteer, with_party_sides
from liaison.extract.lexicon_file import lexicon_for
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame

__all__ = ["extract_events"]


def extract_events(doc: Document, gazetteer: Gazetteer) -> tuple[EventFrame, ...]:
    """The event frames of one Portuguese document."""
    lexicon = lexicon_for("pt", doc.text)
    return extract_with(doc, local_gazetteer(doc.text, gazetteer, lexicon), with_party_sides(lexicon, gazetteer))
