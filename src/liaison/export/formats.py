"""The export formats and how each is written: to a text stream, a byte stream, or a path.

``text`` and ``binary`` formats may go to standard output (``-``); ``path`` formats write a
directory (or a zip file) and need a real output path. Files are written atomically (see
``atomic``): a failed export leaves no partial file and the previous one intact.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import IO, Any, Literal

from liaison.export.atomic import ExportError, atomic_file, atomic_folder
from liaison.export.meta import ExportOptions
from liaison.store import EventFilter, Store

Target = Literal["text", "binary", "path"]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    target: Target
    writer: str  # "module:function", imported when used (keeps the CLI quick to start)
    help: str
    options: bool = True  # False: the writer takes (store, out, flt) only — the fixed contract formats

    @property
    def streams(self) -> bool:
        return self.target != "path"

    def write(self, store: Store, target: Any, flt: EventFilter, opts: ExportOptions) -> int:
        """Write to ``target`` (a text stream, byte stream or path, as ``self.target`` says)."""
        module, name = self.writer.split(":")
        func: Callable[..., int] = getattr(import_module(f"liaison.export.{module}"), name)
        return func(store, target, flt, opts) if self.options else func(store, target, flt)


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("events-jsonl", "text", "events_jsonl:write_events_jsonl",
                     "one event per line (export contract)", options=False),
        ExportFormat("csv", "text", "csv_participants:write_participants_csv",
                     "one row per participant per event", options=False),
        ExportFormat("plover-jsonl", "text", "plover:write_plover_jsonl", "one PLOVER event record per line"),
        ExportFormat("ftm", "text", "ftm:write_ftm", "FollowTheMoney entities, one per line"),
        ExportFormat("graphml", "binary", "graph:write_graphml", "party or people network, GraphML"),
        ExportFormat("gexf", "binary", "graph:write_gexf", "party or people network, GEXF 1.2"),
        ExportFormat("csv-tables", "path", "tables:write_csv_tables", "five CSV tables in a directory or .zip"),
        ExportFormat("parquet", "path", "parquet:write_parquet", "five Parquet tables in a directory"),
    )
}


def run_export(fmt: str, store: Store, output: str | Path, flt: EventFilter, opts: ExportOptions,
               stdout_text: IO[str] | None = None, stdout_bytes: IO[bytes] | None = None) -> int:
    """Write format ``fmt`` to ``output`` (``-``: the given standard output streams)."""
    spec = FORMATS[fmt]
    to_stdout = str(output) == "-"
    if to_stdout:
        if spec.target == "path":
            raise ValueError(f"{fmt} writes a directory or zip file: give an output path with -o")
        stream = stdout_text if spec.target == "text" else stdout_bytes
        assert stream is not None
        return spec.write(store, stream, flt, opts)
    try:
        return _write_atomically(spec, store, Path(output), flt, opts)
    except OSError as exc:
        raise ExportError(f"cannot write {output}: {exc.strerror or exc}") from exc


def _write_atomically(spec: ExportFormat, store: Store, output: Path, flt: EventFilter, opts: ExportOptions) -> int:
    if spec.target == "path" and output.suffix.lower() != ".zip":
        with atomic_folder(output) as folder:
            return spec.write(store, folder, flt, opts)
    with atomic_file(output) as temp:
        if spec.target == "path":
            return spec.write(store, temp, flt, opts)
        if spec.target == "text":
            with open(temp, "w", encoding="utf-8", newline="") as fh:
                return spec.write(store, fh, flt, opts)
        with open(temp, "wb") as bh:
            return spec.write(store, bh, flt, opts)
