"""`workbench case checkout` and `case checkin`: a case taken from a team library and back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.output import emit_json
from workbench.core.errors import WorkbenchError

if TYPE_CHECKING:
    from workbench.services.case_writing import Applied
    from workbench.services.checkout import ConflictView
    from workbench.store import Library

SIDES = ("mine", "theirs")


def add_case_actions(sub: argparse._SubParsersAction) -> None:
    """Add `checkout` and `checkin` to the `case` command's actions."""
    q = sub.add_parser(
        "checkout", help="copy a case from a team library into this one to work offline"
    )
    q.add_argument("case", metavar="CASE")
    q.add_argument(
        "--from", dest="team", required=True, metavar="TEAM_LIBRARY", help="the team library"
    )
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=run_checkout, changes_library=True)
    q = sub.add_parser("checkin", help="merge a checked-out case back into its team library")
    q.add_argument("case", metavar="CASE")
    q.add_argument(
        "--to",
        dest="team",
        metavar="TEAM_LIBRARY",
        help="the team library (default: where the case was checked out from)",
    )
    q.add_argument("--keep", choices=SIDES, help="settle every conflict by keeping mine or theirs")
    q.add_argument(
        "--choose",
        action="append",
        default=[],
        metavar="ID=mine|theirs",
        help="settle one conflict (repeatable); takes precedence over --keep",
    )
    q.add_argument("--dry-run", action="store_true", help="list the conflicts and change nothing")
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=run_checkin, changes_library=True)


def _where(location: str) -> str:
    """A folder named relative to here is recorded whole, so check-in finds it from anywhere."""
    if "://" in location:
        return location
    return str(Path(location).expanduser().resolve())


def run_checkout(args: argparse.Namespace, library: Library) -> int:
    from workbench.services.checkout import ConflictView, check_out
    from workbench.services.checkout_records import open_library_at

    where = _where(args.team)
    with open_library_at(where) as team:
        summary = check_out(team, library, args.case, team_location=where)
    if args.json:
        emit_json(
            {
                "case": summary.case_id,
                "title": summary.title,
                "team": summary.team,
                "claims": summary.claims,
                "articles": summary.articles,
                "articles_added": summary.applied.added.get("article", 0),
                "replaced": [_conflict_json(ConflictView.of(c)) for c in summary.kept_theirs],
            }
        )
    else:
        print("\n".join(summary.lines()))
    return 0


def _choices(args: argparse.Namespace) -> dict:
    from workbench.core.casemerge import Side

    chosen = {}
    for text in args.choose:
        conflict, _, side = text.partition("=")
        if side not in SIDES or not conflict:
            raise WorkbenchError(f"--choose {text!r}: write it as ID=mine or ID=theirs.")
        chosen[conflict.strip()] = Side(side)
    return chosen


def run_checkin(args: argparse.Namespace, library: Library) -> int:
    from workbench.core.casemerge import Side, UnsettledConflicts
    from workbench.services.checkout import ConflictView, check_in, check_in_conflicts
    from workbench.services.checkout_records import borrowed_from, open_library_at

    where = _where(args.team) if args.team else borrowed_from(library, args.case)
    choices = _choices(args)
    with open_library_at(where) as team:
        if args.dry_run:
            views = check_in_conflicts(library, team, args.case)
            _print_conflicts(views, args.json, checked_in=False)
            return 0
        try:
            summary = check_in(
                library,
                team,
                args.case,
                choices=choices,
                keep=Side(args.keep) if args.keep else None,
            )
        except UnsettledConflicts as unsettled:
            views = tuple(ConflictView.of(c) for c in unsettled.conflicts)
            _print_conflicts(views, args.json, checked_in=False)
            if not args.json:
                print(
                    "nothing was changed: settle each conflict with --choose ID=mine|theirs, "
                    "or all of them with --keep mine|theirs",
                    file=sys.stderr,
                )
            return 1
    if args.json:
        emit_json(
            {
                "checked_in": True,
                "case": summary.case_id,
                "team_case": summary.team_case_id,
                "team": summary.team,
                "to_team": _applied_json(summary.to_team),
                "to_laptop": _applied_json(summary.to_laptop),
                "settled": [
                    {**_conflict_json(view), "kept": side.value} for view, side in summary.settled
                ],
                "history_added": summary.history_added,
            }
        )
    else:
        print("\n".join(summary.lines()))
    return 0


def _print_conflicts(views: tuple[ConflictView, ...], as_json: bool, *, checked_in: bool) -> None:
    if as_json:
        emit_json({"checked_in": checked_in, "conflicts": [_conflict_json(v) for v in views]})
        return
    if not views:
        print("no conflicts: check-in will merge without asking")
        return
    count = len(views)
    print(f"{count} conflict{'s' if count != 1 else ''}: both sides changed these since check-out")
    for view in views:
        print(f"[{view.id}] {view.subject}")
        print(f"    mine:   {view.mine}")
        print(f"    theirs: {view.theirs}")


def _conflict_json(view: ConflictView) -> dict:
    return {"id": view.id, "subject": view.subject, "mine": view.mine, "theirs": view.theirs}


def _applied_json(applied: Applied) -> dict:
    return {"added": applied.added, "changed": applied.changed, "removed": applied.removed}
