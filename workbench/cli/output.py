"""Printing for the command line: aligned tables for people, stable JSON for scripts."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from workbench.core.records import ArticleRecord, CaseDossier, MentionRecord, SourceRecord
    from workbench.core.structure import Carrier, ClaimStructure
    from workbench.services.articles import ArticleSummary

# C0 and C1 control characters other than tab and newline: a claim's wording or a file name
# holding ESC or CSI could otherwise move the cursor, retitle the terminal or hide lines.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape_controls(text: str) -> str:
    """Control characters as `\\u001b`: readable on a terminal, and the same escape JSON uses."""
    return _CONTROLS.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


class _EscapingWriter(io.TextIOBase):
    def __init__(self, target: TextIO) -> None:
        self._target = target

    def write(self, text: str) -> int:
        self._target.write(escape_controls(text))
        return len(text)

    def flush(self) -> None:
        self._target.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self._target.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._target, "encoding", "utf-8")


@contextmanager
def escaped_output() -> Iterator[None]:
    """Everything the command line prints, with control characters escaped."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _EscapingWriter(sys.stdout), _EscapingWriter(sys.stderr)
    try:
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdout, sys.stderr = saved


def emit_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=_plain)
    sys.stdout.write("\n")


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def table(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> None:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    widths[-1] = 0  # the last column runs free
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def _cell(value: object) -> str:
    if value is None:
        return "—"
    text = str(value).replace("\n", " ")
    return text if len(text) <= 80 else text[:79] + "…"


def article_json(article: ArticleSummary | ArticleRecord, *, with_text: bool = False) -> dict:
    record = {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published,
        "language": article.language,
        "format": article.format,
        "source_file": article.source_file,
    }
    # A summary has no text: telling the two apart by it spares `--help` importing the records.
    if with_text and hasattr(article, "text"):
        record["byline"] = getattr(article, "byline", "")
        record["text"] = article.text
    return record


def claims_json(dossier: CaseDossier) -> list[dict]:
    out = []
    for claim in dossier.claims:
        source = dossier.source(claim.source_id)
        out.append(
            {
                "id": claim.id,
                "text": claim.text,
                "status": claim.status.value,
                "source": source.name if source else None,
                "source_kind": source.kind.value if source else None,
                "note": claim.note,
                "mentions": [
                    mention_json(x, dossier.source(x.source_id))
                    for x in dossier.mentions_of(claim.id)
                ],
                "structure": structure_json(_structure(dossier, claim.id)),
            }
        )
    return out


def mention_json(mention: MentionRecord, source: SourceRecord | None) -> dict:
    """One passage of a claim: where it is, how the article carries it and whom it cites."""
    return {
        "id": mention.id,
        "article": mention.article_id,
        "start": mention.start,
        "end": mention.end,
        "quote": mention.quote,
        "stance": mention.stance.value,
        "source": source.name if source else None,
        "source_kind": source.kind.value if source else None,
    }


def structure_json(structure: ClaimStructure) -> dict:
    """Origin, first-hand reports, relays, denials and refusals, as the window shows them."""
    origin = structure.origin

    def carrier(item: Carrier, role: str) -> dict:
        return {
            "mention": item.mention_id,
            "article": item.article_id,
            "outlet": item.outlet,
            "published": item.published,
            role: item.actor,
        }

    return {
        "origin": None
        if origin is None
        else {
            "name": origin.name,
            "article": origin.article_id,
            "in_case": origin.in_case,
            "published": origin.published,
            "cites": origin.cites,
        },
        "reports": [carrier(x, "cites") for x in structure.reports],
        "relays": [carrier(x, "cites") for x in structure.relays],
        "denials": [carrier(x, "by") for x in structure.denials],
        "refusals": [carrier(x, "by") for x in structure.refusals],
    }


def _structure(dossier: CaseDossier, claim_id: int) -> ClaimStructure:
    # Imported here: `--help` and `--version` need none of the records behind it.
    from workbench.core.structure import claim_structure

    return claim_structure(dossier, claim_id)
