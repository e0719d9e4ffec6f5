"""``parquet``: the tables of ``csv-tables`` (same columns, native types: lists stay lists) as one
Parquet file each in a directory, with ``metadata.json``; each file's schema metadata also carries
the liaison version and export time (key ``liaison``). Written a batch of rows at a time."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from liaison.export.meta import ExportOptions, export_time
from liaison.export.tables import TABLES, ColumnType, TableStream, tables_metadata
from liaison.store import EventFilter, Store

ARROW_TYPES: dict[ColumnType, pa.DataType] = {
    "string": pa.string(), "bool": pa.bool_(), "int": pa.int64(), "float": pa.float64(),
    "list": pa.list_(pa.string()),
}


def arrow_schema(name: str, opts: ExportOptions) -> pa.Schema:
    """The Arrow schema of table ``name``, with the export metadata attached."""
    meta = json.dumps(opts.metadata("parquet") | {"table": name}, sort_keys=True)
    return pa.schema([pa.field(c.name, ARROW_TYPES[c.type]) for c in TABLES[name]], metadata={"liaison": meta})


def write_parquet(store: Store, target: Path, flt: EventFilter | None = None,
                  opts: ExportOptions | None = None) -> int:
    """Write ``<table>.parquet`` files and ``metadata.json`` into directory ``target``; returns the
    number of events."""
    opts = opts or ExportOptions(exported_at=export_time())
    target.mkdir(parents=True, exist_ok=True)
    stream = TableStream(store, flt or EventFilter())
    counts: dict[str, int] = {}
    for name, rows in stream.tables():
        schema = arrow_schema(name, opts)
        counts[name] = 0
        with pq.ParquetWriter(target / f"{name}.parquet", schema, compression="zstd") as writer:
            for batch in rows:
                if batch:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    counts[name] += len(batch)
            if counts[name] == 0:
                writer.write_table(schema.empty_table())
    (target / "metadata.json").write_text(tables_metadata(opts, "parquet", counts, "parquet"), encoding="utf-8")
    return counts["events"]
