"""A case's claims from a spreadsheet (CSV) or JSONL: `text` (or `claim`), `status`, `source`,
`source_kind`, `note`. Every row is checked before anything is stored, so a bad row refuses the
file with its line number instead of leaving half a case behind."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import ImportRejected
from workbench.core.vocabulary import SourceKind, Status, parse_status
from workbench.ingest.encoding import decode_text

MAX_BYTES = 50 * 1024 * 1024
COLUMNS = ("text", "status", "source", "source_kind", "note")


@dataclass(frozen=True)
class ClaimRow:
    text: str
    status: Status = Status.UNVERIFIED
    source: str | None = None
    source_kind: SourceKind | None = None
    note: str = ""


def read_claim_table(path: Path) -> list[ClaimRow]:
    """The claims of one .csv or .jsonl file; ImportRejected names the file, line and reason."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".ndjson"):
        raise ImportRejected(f"{name}: claims are read from .csv or .jsonl files")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportRejected(f"{name}: too large for a case's claims (the limit is 50 MB)")
        data = path.read_bytes()
    except OSError as error:
        raise ImportRejected(f"{name}: cannot be read ({error.strerror})") from error
    text = decode_text(data, name)
    records: list[tuple[int, dict]] = []
    if suffix == ".csv":
        try:
            reader = csv.DictReader(io.StringIO(text))
            fields = [f.strip().lower() for f in reader.fieldnames or []]
            reader.fieldnames = fields
            records = [(line, row) for line, row in enumerate(reader, start=2)]
        except csv.Error as error:
            raise ImportRejected(f"{name}: not a readable CSV file ({error})") from error
        if not {"text", "claim"} & set(fields):
            raise ImportRejected(f"{name}: no 'text' column (the columns are {', '.join(COLUMNS)})")
    else:
        for line, raw in enumerate(text.splitlines(), start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except (json.JSONDecodeError, RecursionError):
                raise ImportRejected(f"{name}, line {line}: not valid JSON") from None
            if not isinstance(record, dict):
                raise ImportRejected(f"{name}, line {line}: expected an object with a 'text'")
            records.append((line, {str(k).lower(): v for k, v in record.items()}))
    rows = [_row(name, line, record) for line, record in records]
    if not rows:
        raise ImportRejected(f"{name}: no claims in the file")
    return rows


def _row(name: str, line: int, record: dict) -> ClaimRow:
    def cell(key: str) -> str:
        value = record.get(key)
        return "" if value is None else " ".join(str(value).split())

    text = cell("text") or cell("claim")
    if not text:
        raise ImportRejected(f"{name}, line {line}: the claim has no text")
    try:
        status = parse_status(cell("status")) if cell("status") else Status.UNVERIFIED
        kind = SourceKind.parse(cell("source_kind")) if cell("source_kind") else None
    except ValueError as error:
        raise ImportRejected(f"{name}, line {line}: {error}") from None
    return ClaimRow(text, status, cell("source") or None, kind, cell("note"))
