"""A later cue sentence whose subject names nobody but stands for the guest named before (issue 13, eighth Spanish
batch): a time phrase with no comma before "la comitiva" ("Este sábado la comitiva sostuvo conversaciones oficiales,
presididas por ... B": the delegation's head, named before, "encabezada por su Coordinador Nacional, A"), and a bare
role noun ("El miembro del secretariado del Comité Central del PCC se entrevistó también con B": the Cuban named
before). Real pages of two outlets (MINREX, Radio Habana Cuba), read from quality/real-dev."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import page_events


@pytest.mark.parametrize(
    ("doc_id", "guest", "host"),
    [
        ("web-es-034", "Carlos Rafael Miranda Martínez", "Khambay Dalmath"),  # "Este sábado la comitiva sostuvo"
        ("web-es-071", "José Ramón Balaguer", "Hoang Binh Quan"),  # "El miembro del secretariado ... se entrevistó"
    ],
)
def test_an_unnamed_subject_is_the_guest_named_before(doc_id: str, guest: str, host: str) -> None:
    events = [e for e in page_events(doc_id) if host in {p.person.native for p in e.participants}]
    assert len(events) == 1
    leads = {p.person.native for p in events[0].participants if p.lead}
    assert {guest, host} <= leads
