"""Commands of the claim assistant: proposals for one file or for a whole case."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.output import emit_json

if TYPE_CHECKING:
    from workbench.store import Library


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("extract", help="propose claims found in one article file")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_extract, needs_library=False)

    p = commands.add_parser("suggest", help="propose the claims of a case, grouped across articles")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--accept", type=int, nargs="+", metavar="N", help="accept proposals N… as claims"
    )
    p.set_defaults(run=run_suggest, changes_library=True)


def run_extract(args: argparse.Namespace) -> int:
    from workbench.services.assisting import extract_file

    candidates = extract_file(args.file)
    if args.json:
        emit_json([c.to_json() for c in candidates])
        return 0
    for n, c in enumerate(candidates, start=1):
        print(f"{n}. [{c.suggested_status.value}] {c.claim}")
        print(
            f"   source: {c.source or '—'} ({c.source_kind.value if c.source_kind else '—'}), "
            f"cue {c.cue!r}, stance {c.stance}; {c.reason}"
        )
    if not candidates:
        print("no attributed claims found")
    return 0


def run_suggest(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import cases
    from workbench.services.assisting import accept_group, suggest_case

    case = cases.find_case(library, args.case)
    suggestions = suggest_case(library, case.id)
    if args.accept:
        for number in args.accept:
            if not 1 <= number <= len(suggestions.groups):
                print(f"skipped {number}: there are {len(suggestions.groups)} proposals")
                continue
            claim = accept_group(library, case.id, suggestions.groups[number - 1])
            print(f"accepted {number} as claim {claim.id} [{claim.status.value}]: {claim.text}")
        return 0
    if args.json:
        emit_json(suggestions.to_json())
        return 0
    articles = cases.case_dossier(library, case.id).articles
    titles = {a.id: f"article {a.id}" + (f" ({a.outlet})" if a.outlet else "") for a in articles}
    for n, group in enumerate(suggestions.groups, start=1):
        status = group.status.value if group.status else group.members[0][1].suggested_status.value
        print(f"{n}. [{status}] {group.representative}")
        if group.origin:
            where = f"article {group.origin_article}" if group.origin_article else "not in the case"
            print(f"   origin: {group.origin} ({where})")
        for article_id, cites in group.relays:
            print(f"   relayed by {titles.get(article_id, article_id)}, citing {cites or 'no one'}")
        for article_id, who in group.denials:
            print(
                f"   denied by {who or 'an unnamed actor'} in {titles.get(article_id, article_id)}"
            )
        for article_id, who in group.refusals:
            print(
                f"   no comment from {who or 'an unnamed actor'} in "
                f"{titles.get(article_id, article_id)}"
            )
        print(
            f"   {len(group.members)} passage(s) in {len(group.article_ids)} article(s); "
            f"{group.reason}"
        )
    for passage in suggestions.shared:
        first = titles.get(passage.article_a, passage.article_a)
        second = titles.get(passage.article_b, passage.article_b)
        order = " (earlier)" if passage.earlier == passage.article_a else ""
        print(
            f"shared passage: {first}{order} [{passage.start_a}:{passage.end_a}] and {second} "
            f"[{passage.start_b}:{passage.end_b}], similarity {passage.similarity:.2f}"
        )
    for article_id, items in suggestions.set_apart.items():
        print(
            f"left out: {len(items)} passage(s) of an unrelated article scraped into "
            f"{titles.get(article_id, article_id)}"
        )
    return 0
