"""``liaison kb``: reference data the user supplies (Party Facts parties)."""

from __future__ import annotations

from pathlib import Path

import click

from liaison.cli.common import console, db_option
from liaison.kb.gazetteer import default_gazetteer
from liaison.kb.partyfacts import PartyFactsError, read_partyfacts
from liaison.store import Store
from liaison.store.queries import partyfacts_link_counts


@click.group("kb")
def kb_cmd() -> None:
    """Knowledge base: import reference data into the database."""


@kb_cmd.command("import-partyfacts")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
def import_partyfacts_cmd(file: Path, db: str) -> None:
    """Load a Party Facts core-parties CSV and link the gazetteer's parties to Party Facts ids.

    Links are kept in the database and re-applied on every build, so exports carry
    ``partyfacts_id`` for each linked party.
    """
    try:
        parties = list(read_partyfacts(file))
    except PartyFactsError as exc:
        raise click.ClickException(str(exc)) from exc
    with Store.open(db) as store:
        n = store.save_partyfacts(parties, default_gazetteer())
        links = partyfacts_link_counts(store)
    linked = sum(links.values())
    how = ", ".join(f"{c} by {m}" for m, c in links.items())
    console.print(f"{n} Party Facts parties imported; {linked} gazetteer parties linked ({how})", highlight=False)
