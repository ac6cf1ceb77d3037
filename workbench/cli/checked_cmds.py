"""`workbench checked import|match`: the archive of earlier verdicts from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.output import emit_json, table

if TYPE_CHECKING:
    from workbench.core.verdicts import VerdictMatch
    from workbench.store import Library


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("checked", help="earlier verdicts: import ClaimReview, match claims")
    sub = p.add_subparsers(dest="checked_command", required=True, metavar="ACTION")
    q = sub.add_parser(
        "import", help="add ClaimReview JSON-LD, saved fact-check pages, CSV or JSONL"
    )
    q.add_argument("paths", nargs="+", type=Path, metavar="FILE")
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=run_import)

    q = sub.add_parser("match", help="the earlier verdicts closest to a claim or pasted post")
    q.add_argument("text", nargs="?", metavar="TEXT")
    q.add_argument("--file", type=Path, metavar="FILE", help="one query per line")
    q.add_argument("--limit", type=int, default=5)
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=run_match)


def run_import(args: argparse.Namespace, library: Library) -> int:
    from workbench.services.checked import import_archive

    outcome = import_archive(library, args.paths)
    if args.json:
        emit_json(
            {
                "added": outcome.added,
                "folded": outcome.folded,
                "files": [
                    {
                        "path": f.path,
                        "read": f.read,
                        "skipped": list(f.skipped),
                        "refused": f.refused,
                    }
                    for f in outcome.files
                ],
            }
        )
    else:
        for f in outcome.files:
            if f.refused:
                print(f"refused: {f.refused}")
                continue
            line = f"read {f.read} from {f.path}"
            if f.skipped:
                line += f"; {len(f.skipped)} passed over (first: {f.skipped[0]})"
            print(line)
        print(f"{outcome.added} earlier verdicts added, {outcome.folded} duplicates folded")
    return 1 if outcome.refused else 0


def run_match(args: argparse.Namespace, library: Library) -> int:
    from workbench.services.checked import archive_size, match

    if (args.text is None) == (args.file is None):
        print("error: give a TEXT or --file FILE (one query per line)", file=sys.stderr)
        return 2
    queries = [args.text] if args.text is not None else read_lines(args.file)
    if not archive_size(library):
        print("note: the archive is empty; add verdicts with `workbench checked import`",
              file=sys.stderr)  # fmt: skip
    limit = max(1, args.limit)
    for query in queries:
        found = match(library, query, limit)
        if args.json:
            record = {"query": query, "matches": [_match_json(x) for x in found]}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        if len(queries) > 1:
            print(f"== {query}")
        table(
            [
                (
                    x.verdict.ref or x.verdict.id,
                    x.verdict.rating or "—",
                    x.verdict.reviewer or "—",
                    x.verdict.published,
                    x.verdict.claim,
                )
                for x in found
            ],
            ["ref", "rating", "reviewer", "date", "claim"],
        )
    return 0


def read_lines(path: Path) -> list[str]:
    """One query per line; a line may start with '#' (a hashtag), so only blank lines go."""
    from workbench.core.errors import WorkbenchError
    from workbench.ingest.encoding import decode_text

    try:
        data = path.read_bytes()
    except OSError as error:
        raise WorkbenchError(f"{path.name}: cannot be read ({error.strerror})") from error
    return [line.strip() for line in decode_text(data, path.name).splitlines() if line.strip()]


def _match_json(found: VerdictMatch) -> dict:
    v = found.verdict
    return {
        "ref": v.ref if v.ref is not None else str(v.id),
        "claim": v.claim,
        "title": v.title,
        "rating": v.rating,
        "reviewer": v.reviewer,
        "url": v.url,
        "date": v.published.isoformat() if v.published else None,
        "score": found.score,
    }
