"""Commands about claims: list a case's claims, add one, attach a passage to one, mark one."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from workbench.cli.output import claims_json, emit_json, mention_json, table
from workbench.core.errors import WorkbenchError
from workbench.core.vocabulary import SourceKind, Stance, Status, parse_stance, parse_status

if TYPE_CHECKING:
    from workbench.store import Library

T = TypeVar("T")


def _argument(parse: Callable[[str], T]) -> Callable[[str], T]:
    """argparse shows only ArgumentTypeError messages; ours say which values are allowed."""

    def convert(text: str) -> T:
        try:
            return parse(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from error

    convert.__name__ = parse.__name__
    return convert


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("claims", help="list a case's claims")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_claims)

    p = commands.add_parser("claim", help="add, mention or mark a claim")
    sub = p.add_subparsers(dest="claim_command", required=True, metavar="ACTION")
    q = sub.add_parser("add", help="add a claim to a case")
    q.add_argument("case", metavar="CASE")
    q.add_argument("text", metavar="TEXT")
    q.add_argument("--status", type=_argument(parse_status), default=Status.UNVERIFIED)
    q.add_argument("--source", metavar="NAME", help="who the claim is attributed to")
    q.add_argument(
        "--source-kind",
        type=_argument(SourceKind.parse),
        metavar="K",
        help="outlet, official, person, anonymous or other",
    )
    q.add_argument("--article", type=int, metavar="ID", help="an article that carries the claim")
    q.add_argument("--quote", metavar="PASSAGE", help="the passage in that article")
    q.add_argument(
        "--stance",
        type=_argument(parse_stance),
        default=Stance.ASSERTS,
        help="asserts, relays, denies or no-comment",
    )
    q.add_argument("--note", default="")
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=run_claim_add)

    q = sub.add_parser(
        "mention",
        help="attach a passage to an existing claim (a relay, a denial, a refusal to comment)",
    )
    q.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    q.add_argument("--article", type=int, metavar="ID", required=True)
    q.add_argument("--quote", metavar="PASSAGE", required=True, help="the passage in that article")
    q.add_argument(
        "--stance",
        type=_argument(parse_stance),
        required=True,
        help="asserts, relays, denies or no-comment",
    )
    q.add_argument("--source", metavar="NAME", help="whom the passage cites, or who denies")
    q.add_argument(
        "--source-kind",
        type=_argument(SourceKind.parse),
        metavar="KIND",
        help="outlet, official, person, anonymous or other",
    )
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=run_claim_mention)

    q = sub.add_parser("import", help="add a case's claims from a .csv or .jsonl file")
    q.add_argument("case", metavar="CASE")
    q.add_argument("file", type=Path, metavar="FILE")
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=run_claim_import, changes_library=True)

    q = sub.add_parser("history", help="who changed a claim, when, and why")
    q.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=run_claim_history)
    q = sub.add_parser("mark", help="set a claim's status")
    q.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    q.add_argument(
        "status",
        type=_argument(parse_status),
        metavar="STATUS",
        help="sourced, relayed, denied or unverified",
    )
    q.add_argument("--note", default="", help="the reason, kept in the corrections log")
    q.set_defaults(run=run_claim_mark)


def run_claims(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import cases

    case = cases.find_case(library, args.case)
    dossier = cases.case_dossier(library, case.id)
    if args.json:
        emit_json(claims_json(dossier))
        return 0
    rows = []
    for claim in dossier.claims:
        source = dossier.source(claim.source_id)
        outlets = {
            dossier.article(x.article_id).outlet or f"article {x.article_id}"
            for x in dossier.mentions_of(claim.id)
        }
        rows.append(
            (
                claim.id,
                f"{claim.status.letter} {claim.status.value}",
                source.name if source else None,
                len(outlets),
                claim.text,
            )
        )
    table(rows, ["id", "status", "source", "outlets", "claim"])
    return 0


def run_claim_add(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import cases, claims

    case = cases.find_case(library, args.case)
    mention = None
    if args.quote and args.article is None:
        raise WorkbenchError("--quote needs --article")
    if args.article is not None:
        if not args.quote:
            raise WorkbenchError("--article needs --quote (the passage that carries the claim)")
        mention = claims.MentionSpec(article_id=args.article, quote=args.quote, stance=args.stance)
    claim = claims.add_claim(
        library,
        case.id,
        args.text,
        status=args.status,
        source_name=args.source,
        source_kind=args.source_kind,
        note=args.note,
        mention=mention,
    )
    if args.json:
        dossier = cases.case_dossier(library, case.id)
        emit_json(next(c for c in claims_json(dossier) if c["id"] == claim.id))
    else:
        print(f"claim {claim.id} [{claim.status.value}]: {claim.text}")
    return 0


def run_claim_mention(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import claims, sources

    if args.source_kind is not None and not args.source:
        raise WorkbenchError("--source-kind needs --source (the name of whom it describes)")
    mention = claims.add_mention(
        library,
        args.claim_id,
        claims.MentionSpec(
            article_id=args.article,
            quote=args.quote,
            stance=args.stance,
            source_name=args.source,
            source_kind=args.source_kind,
        ),
    )
    source = next((s for s, _ in sources.list_sources(library) if s.id == mention.source_id), None)
    if args.json:
        emit_json({"claim": mention.claim_id, **mention_json(mention, source)})
        return 0
    by = f" ({source.name})" if source else ""
    print(
        f"mention {mention.id} of claim {mention.claim_id}: article {mention.article_id} "
        f"{mention.stance.value}{by}, characters {mention.start}-{mention.end}"
    )
    return 0


def run_claim_import(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import cases
    from workbench.services.claim_import import import_claims

    case = cases.find_case(library, args.case)
    added = import_claims(library, case.id, args.file)
    if args.json:
        emit_json([{"id": c.id, "text": c.text, "status": c.status.value} for c in added])
    else:
        print(f"{len(added)} claims added to {case.title}")
    return 0


def run_claim_history(args: argparse.Namespace, library: Library) -> int:
    from workbench.services.history import claim_history

    changes = claim_history(library, args.claim_id)
    if args.json:
        emit_json(
            [
                {
                    "at": c.at.isoformat(timespec="seconds"),
                    "by": c.by,
                    "login": c.actor,
                    "entity": c.entity,
                    "action": c.action,
                    "old": c.old,
                    "new": c.new,
                    "reason": c.reason,
                }
                for c in changes
            ]
        )
        return 0
    table(
        [
            [
                f"{c.at:%Y-%m-%d %H:%M}",
                c.by,
                c.action if c.entity == "claim" else f"{c.entity} {c.action}",
                _change(c.old, c.new),
                c.reason,
            ]
            for c in changes
        ],
        ["when", "by", "what", "change", "reason"],
    )
    return 0


def _change(old: str | None, new: str | None) -> str:
    if old is None:
        return (new or "")[:60]
    if new is None:
        return f"{old[:60]} (removed)"
    return f"{old[:28]} → {new[:28]}"


def run_claim_mark(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import claims

    claim = claims.mark_claim(library, args.claim_id, args.status, args.note)
    print(f"claim {claim.id} is now {claim.status.value}")
    return 0
