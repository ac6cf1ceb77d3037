"""Commands for case files and workshops: export and import `.fcase` files, score a group."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.output import emit_json, table
from workbench.core.errors import WorkbenchError

if TYPE_CHECKING:
    from workbench.core.workshop import AnswerKey, WorkshopComparison
    from workbench.store import Library


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("bundle", help="export or import a case as one .fcase file")
    sub = p.add_subparsers(dest="bundle_command", required=True, metavar="ACTION")
    q = sub.add_parser("export", help="write a case to a .fcase file")
    q.add_argument("case", metavar="CASE")
    q.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.fcase")
    q.add_argument(
        "--exercise", action="store_true", help="leave out statuses, sources and the verdict"
    )
    q.add_argument(
        "--hide-claims", action="store_true", help="an exercise without the claims themselves"
    )
    q.add_argument("--force", action="store_true", help="replace an existing file")
    q.set_defaults(run=run_export)
    q = sub.add_parser("import", help="bring a .fcase file into the library")
    q.add_argument("file", type=Path, metavar="FILE")
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=run_import, changes_library=True)

    p = commands.add_parser("workshop", help="answer key, exercises, trainees' answers, scores")
    sub = p.add_subparsers(dest="workshop_command", required=True, metavar="ACTION")
    q = sub.add_parser("key", help="save a marked case as the answer key")
    q.add_argument("case", metavar="CASE")
    q.add_argument("-o", "--output", type=Path, required=True, metavar="KEY.fcase")
    q.add_argument("--force", action="store_true", help="replace an existing file")
    q.set_defaults(run=run_key)
    q = sub.add_parser("exercise", help="write the exercise trainees will mark")
    q.add_argument("case", metavar="CASE")
    q.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.fcase")
    q.add_argument("--hide-claims", action="store_true", help="trainees find the claims too")
    q.add_argument("--force", action="store_true", help="replace an existing file")
    q.set_defaults(run=run_exercise)
    q = sub.add_parser("answers", help="a trainee's markings, to hand to the trainer")
    q.add_argument("case", metavar="CASE")
    q.add_argument(
        "--name",
        help="the trainee's name, shown in the scores (on a team library: your display name)",
    )
    q.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.fcase")
    q.add_argument("--force", action="store_true", help="replace an existing file")
    q.set_defaults(run=run_answers)
    q = sub.add_parser("score", help="compare trainees' answers with the key")
    _key_and_answers(q)
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=run_score)
    q = sub.add_parser("report", help="write the workshop comparison as a .docx")
    _key_and_answers(q)
    q.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.docx")
    q.add_argument("--force", action="store_true", help="replace an existing file")
    q.set_defaults(run=run_report)


def _key_and_answers(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("key", metavar="KEY", help="the key: a key .fcase file, or the marked case")
    parser.add_argument("answers", nargs="+", type=Path, metavar="ANSWERS")


def run_export(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import cases
    from workbench.services.bundles import export_case

    case = cases.find_case(library, args.case)
    contents = export_case(
        library,
        case.id,
        args.output,
        exercise=args.exercise,
        hide_claims=args.hide_claims,
        overwrite=args.force,
    )
    print(
        f"{contents.kind.value} file written: {args.output} "
        f"({len(contents.articles)} articles, {len(contents.claims)} claims)"
    )
    return 0


def run_import(args: argparse.Namespace, library: Library) -> int:
    from workbench.services.bundles import import_bundle

    summary = import_bundle(library, args.file)
    if args.json:
        emit_json(
            {
                "case": summary.case_id,
                "title": summary.case_title,
                "kind": summary.kind.value,
                "new_case": summary.new_case,
                "articles_added": summary.articles_added,
                "articles_linked": summary.articles_linked,
                "claims_added": summary.claims_added,
                "claims_present": summary.claims_present,
                "sources_added": summary.sources_added,
            }
        )
    else:
        print("\n".join(summary.lines()))
    return 0


def run_key(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import cases
    from workbench.services.workshop import save_key

    case = cases.find_case(library, args.case)
    key = save_key(library, case.id, args.output, overwrite=args.force)
    print(f"answer key written: {args.output} ({len(key.claims)} claims)")
    return 0


def run_exercise(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import cases
    from workbench.services.workshop import export_exercise

    case = cases.find_case(library, args.case)
    contents = export_exercise(
        library, case.id, args.output, hide_claims=args.hide_claims, overwrite=args.force
    )
    print(
        f"exercise written: {args.output} ({len(contents.articles)} articles, "
        f"{len(contents.claims)} claims to mark)"
    )
    return 0


def run_answers(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import cases
    from workbench.services.workshop import export_answers

    case = cases.find_case(library, args.case)
    name = args.name
    if not name and library.is_team:
        from workbench.services.history import member_name

        name = member_name(library)
    if not name:
        raise WorkbenchError("Give the trainee's name with --name.")
    sheet = export_answers(library, case.id, name, args.output, overwrite=args.force)
    print(f"answers of {sheet.trainee} written: {args.output} ({len(sheet.claims)} claims)")
    return 0


def run_score(args: argparse.Namespace, library: Library) -> int:
    from workbench.services.workshop import score_group

    comparison = score_group(_key(args.key, library), args.answers)
    if args.json:
        emit_json(comparison.as_json())
        return 0
    _print_comparison(comparison)
    return 0


def run_report(args: argparse.Namespace, library: Library) -> int:
    from workbench.report.workshop_docx import write_workshop_report
    from workbench.services.workshop import score_group

    comparison = score_group(_key(args.key, library), args.answers)
    path = write_workshop_report(comparison, args.output, overwrite=args.force)
    print(f"workshop report written: {path}")
    return 0


def _key(reference: str, library: Library) -> AnswerKey:
    """A key file when the name is an existing file, else a case in the library."""
    from workbench.services import cases
    from workbench.services.workshop import key_from_case, key_from_file

    path = Path(reference)
    if path.is_file():
        return key_from_file(path)
    return key_from_case(library, cases.find_case(library, reference).id)


def _print_comparison(comparison: WorkshopComparison) -> None:
    from workbench.core.agreement import describe_kappa

    print(f"key: {comparison.key_title}")
    fleiss = "—" if comparison.fleiss is None else f"{comparison.fleiss:.2f}"
    print(f"group Fleiss' kappa: {fleiss} ({describe_kappa(comparison.fleiss)})")
    print()
    table(
        [
            (
                s.name,
                f"{s.agreement:.0%}",
                "—" if s.kappa is None else f"{s.kappa:.2f}",
                f"{s.found}/{s.total}",
                f"{s.sources_matched}/{s.sources_expected}",
            )
            for s in comparison.scores
        ],
        ["trainee", "agreement", "kappa", "found", "sources"],
    )
    split = comparison.most_split()
    if split:
        print()
        print("claims that split the room:")
        for claim in split:
            tally = ", ".join(f"{n} {s.value}" for s, n in claim.tally().items() if n)
            print(f"  {claim.text[:70]} — key {claim.key_status.value}; {tally}")
