"""The country of the office that publishes a readout (``data/outlets.toml``): a government's own press
office names its own officials by a post alone ("National Security Advisor Jake Sullivan today met with
... Yang Jiechi in Zurich" in a White House readout: Sullivan is of the United States), the other side's
by their country ("President Xi Jinping of China"). Only the readout's subject, the first person it names,
is taken to be the office's own: the people met may be named by a post alone too ("traveled to Nigeria ...
met Vice President Yemi Osinbajo")."""

from __future__ import annotations

from liaison.extract.latin.tables import table
from liaison.model.types import Document


def home_country(doc: Document) -> str | None:
    """The country of the government office that published ``doc`` (by its source or address), if any."""
    said = " ".join(s for s in (doc.article.source, doc.article.url) if s).casefold()
    if not said:
        return None
    for outlet in table("outlets").get("outlet", ()):
        forms = outlet["source"] if isinstance(outlet["source"], list) else [outlet["source"]]
        if any(form.casefold() in said for form in forms):
            return str(outlet["country"])
    return None


def readout_subject_country(doc: Document, first: int, mention: int) -> str | None:
    """The office's country for the person whose first mention starts at ``mention`` when that is the
    document's first person (named at ``first``), else None."""
    return home_country(doc) if mention == first else None
