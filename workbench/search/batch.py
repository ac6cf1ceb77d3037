"""Batch search: a file of queries, one per line, and how many articles each one finds."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from workbench.core.errors import BadQuery, WorkbenchError
from workbench.search.index import SearchIndex
from workbench.search.query import search


@dataclass(frozen=True)
class BatchRow:
    """One query's outcome: hit count, best matching article ids, or the reason it failed."""

    query: str
    count: int
    article_ids: tuple[int, ...] = ()
    error: str | None = None
    partial: bool = False
    notices: tuple[str, ...] = ()


def read_query_file(path: Path) -> list[str]:
    """Queries from a .txt file (one per line) or a .csv file (first column).

    Blank lines and lines starting with ``#`` are skipped, as is a CSV header cell "query".
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise WorkbenchError(f"{path.name}: cannot read the query file ({exc.strerror}).") from exc
    text = _decode(raw, path)
    if path.suffix.lower() == ".csv":
        lines = [row[0] if row else "" for row in csv.reader(io.StringIO(text))]
        if lines and lines[0].strip().lower() in ("query", "queries", "search"):
            lines = lines[1:]
    else:
        lines = text.splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(raw).best()
        if best is None:
            raise WorkbenchError(f"{path.name}: the query file is not text.") from None
        return str(best)


def batch_search(
    index: SearchIndex,
    queries: Iterable[str],
    limit: int = 100,
    *,
    case_id: int | None = None,
    time_limit: float = 1.0,
) -> list[BatchRow]:
    """Run each query over the articles; a bad query gives a row with its error, never a stop."""
    rows: list[BatchRow] = []
    for text in queries:
        try:
            found = search(
                index,
                text,
                case_id=case_id,
                page_size=limit,
                time_limit=time_limit,
                snippets=False,
                facets=False,
            )
        except BadQuery as exc:
            rows.append(BatchRow(text, 0, error=str(exc)))
            continue
        rows.append(
            BatchRow(
                text,
                found.total,
                tuple(hit.id for hit in found.hits),
                partial=found.partial,
                notices=tuple(found.notices),
            )
        )
    return rows
