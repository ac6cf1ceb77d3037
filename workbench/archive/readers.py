"""Reading earlier verdicts: ClaimReview JSON-LD, fact-check pages saved as HTML, CSV and JSONL.

JSON-LD comes in every shape publishers use: one ClaimReview, a list of them, a `@graph`, or a
feed (`DataFeed` with `dataFeedElement` items) holding thousands; the reader walks the whole tree
for ClaimReview nodes. Saved pages are searched for their `application/ld+json` blocks only; no
script runs and nothing is fetched. Flat files (CSV, JSONL) use the columns `claim` (required),
`id`, `title`, `rating`, `url`, `date`, `reviewer`, `language`.

A file that cannot be read at all is refused with one line; a record without a claim is skipped
and counted, so one bad row never costs the rest.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from workbench.core.errors import ImportRejected
from workbench.core.verdicts import Verdict
from workbench.ingest.encoding import decode_text
from workbench.ingest.language import detect_language

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_DEPTH = 60  # JSON nested deeper than any real feed is a trap for the parser, not data
MAX_CLAIM_CHARS = 5000
COLUMNS = ("claim", "id", "title", "rating", "url", "date", "reviewer", "language")
SUFFIXES = {".json", ".jsonld", ".jsonl", ".ndjson", ".html", ".htm", ".csv"}

_LD_SCRIPT = re.compile(
    r"<script[^>]*type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
    re.I | re.S,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SPACE = re.compile(r"\s+")
_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


@dataclass
class VerdictFile:
    """What one file held: its verdicts, and why any record in it was passed over."""

    name: str
    verdicts: list[Verdict] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def read_verdicts(path: Path) -> VerdictFile:
    """Every verdict in one file; raises ImportRejected when the file cannot be used at all."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ImportRejected(
            f"{name}: not an archive file (use .jsonld, .json, .jsonl, .html, or .csv)"
        )
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRejected(f"{name}: too large ({size // 1_000_000} MB; the limit is 200 MB)")
        data = path.read_bytes()
    except OSError as error:
        raise ImportRejected(f"{name}: cannot be read ({error.strerror})") from error
    if not data.strip():
        raise ImportRejected(f"{name}: the file is empty")
    text = decode_text(data, name)
    found = VerdictFile(name)
    if suffix == ".csv":
        _read_csv(text, found)
    elif suffix in (".jsonl", ".ndjson"):
        _read_jsonl(text, found)
    elif suffix in (".html", ".htm"):
        blocks = _LD_SCRIPT.findall(text)
        for block in blocks:
            try:
                _collect(_parse_json(block.strip(), name), found)
            except ImportRejected as error:
                found.skipped.append(str(error))
    else:
        _collect(_parse_json(text, name), found)
    if not found.verdicts:
        reason = f" ({found.skipped[0]})" if found.skipped else ""
        raise ImportRejected(f"{name}: no ClaimReview or claim records found{reason}")
    return found


def _parse_json(text: str, name: str) -> object:
    if _depth_exceeds(text, MAX_DEPTH):
        raise ImportRejected(f"{name}: the JSON is nested too deeply to be a ClaimReview file")
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise ImportRejected(f"{name}: not valid JSON ({_json_reason(error)})") from error


def _json_reason(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg}, line {error.lineno}"
    return "nested too deeply"


def _depth_exceeds(text: str, limit: int) -> bool:
    """A bracket count before parsing; brackets inside strings do not count."""
    depth = 0
    in_string = False
    escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def _collect(node: object, found: VerdictFile) -> None:
    """Walk a JSON-LD tree for ClaimReview nodes (a list, @graph, feed items, nesting)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if _is_type(item, "ClaimReview"):
                verdict = _from_claimreview(item)
                if verdict is None:
                    found.skipped.append("a ClaimReview without claimReviewed")
                else:
                    found.verdicts.append(verdict)
                continue
            stack.extend(reversed([v for v in item.values() if isinstance(v, (list, dict))]))


def _is_type(node: dict, name: str) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    # "ClaimReview", "schema:ClaimReview" and "https://schema.org/ClaimReview" all count.
    short = [k.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for k in kinds if isinstance(k, str)]
    return name in short


def _from_claimreview(node: dict) -> Verdict | None:
    reviewed = node.get("itemReviewed")
    item: dict = reviewed if isinstance(reviewed, dict) else {}
    claim = _text(node.get("claimReviewed")) or _text(item.get("name")) or _text(item.get("text"))
    if not claim:
        return None
    rating = node.get("reviewRating")
    if isinstance(rating, list):
        rating = rating[0] if rating else None
    label = ""
    if isinstance(rating, dict):
        label = _text(rating.get("alternateName")) or _text(rating.get("name"))
        if not label and rating.get("ratingValue") is not None:
            label = f"{_text(rating.get('ratingValue'))}/{_text(rating.get('bestRating')) or '?'}"
    language = _text(node.get("inLanguage")) or _text(item.get("inLanguage"))
    return _verdict(
        claim=claim,
        ref=_text(node.get("identifier")) or _text(node.get("@id")),
        title=_text(node.get("name")) or _text(node.get("headline")),
        rating=label,
        reviewer=_name(node.get("author")) or _name(node.get("publisher")),
        url=_text(node.get("url")),
        day=_text(node.get("datePublished")),
        language=language,
    )


def _name(value: object) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _text(value.get("name")) or _text(value.get("url"))
    return _text(value)


def _read_csv(text: str, found: VerdictFile) -> None:
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = [h.strip().lower() for h in reader.fieldnames or []]
    except csv.Error as error:
        raise ImportRejected(f"{found.name}: not a readable CSV file ({error})") from error
    if "claim" not in header:
        raise ImportRejected(
            f"{found.name}: no 'claim' column (the columns are: {', '.join(COLUMNS)})"
        )
    reader.fieldnames = header
    try:
        for line, row in enumerate(reader, start=2):
            _flat(row, found, f"line {line}")
    except csv.Error as error:
        raise ImportRejected(f"{found.name}: not a readable CSV file ({error})") from error


def _read_jsonl(text: str, found: VerdictFile) -> None:
    for line, raw in enumerate(text.splitlines(), start=1):
        raw = raw.strip()
        if not raw:
            continue
        try:
            record = _parse_json(raw, found.name)
        except ImportRejected:
            found.skipped.append(f"line {line}: not valid JSON")
            continue
        if isinstance(record, dict) and "claim" in record:
            _flat(record, found, f"line {line}")
        else:
            before = len(found.verdicts)
            _collect(record, found)
            if len(found.verdicts) == before:
                found.skipped.append(f"line {line}: neither a claim record nor a ClaimReview")


def _flat(row: dict, found: VerdictFile, where: str) -> None:
    values = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    claim = _text(values.get("claim"))
    if not claim:
        found.skipped.append(f"{where}: no claim")
        return
    verdict = _verdict(
        claim=claim,
        ref=_text(values.get("id")),
        title=_text(values.get("title")),
        rating=_text(values.get("rating")),
        reviewer=_text(values.get("reviewer")),
        url=_text(values.get("url")),
        day=_text(values.get("date")),
        language=_text(values.get("language")),
    )
    found.verdicts.append(verdict)


def _verdict(
    *, claim: str, ref: str, title: str, rating: str, reviewer: str, url: str, day: str,
    language: str,
) -> Verdict:  # fmt: skip
    claim = claim[:MAX_CLAIM_CHARS]
    return Verdict(
        claim=claim,
        ref=ref[:200] or None,
        title=title[:1000],
        rating=rating[:300],
        reviewer=reviewer[:300],
        url=url if url.lower().startswith(("http://", "https://")) else "",
        published=_day(day),
        language=(language[:12] or detect_language(claim)).lower(),
    )


def _text(value: object) -> str:
    if value is None or isinstance(value, (dict, list, bool)):
        return ""
    return _SPACE.sub(" ", _CONTROL.sub("", str(value))).strip()


def _day(value: str) -> date | None:
    found = _ISO_DAY.search(value)
    if not found:
        return None
    try:
        return date(*(int(part) for part in found.groups()))
    except ValueError:
        return None


def iter_archive_files(paths: list[Path]) -> Iterator[Path]:
    """The archive files named, folders walked for the suffixes the readers know."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES)
        else:
            yield path
