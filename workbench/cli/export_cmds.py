"""Commands that write a case out: the Word report and the other exports."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.store import Library


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("report", help="write the Word verdict report of a case")
    p.add_argument("case", metavar="CASE")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE.docx",
        help="where to write it (default: exports/<case>.docx)",
    )
    p.add_argument("--template", type=Path, metavar="T.docx", help="a .docx or .dotx house style")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(run=run_report)

    p = commands.add_parser("export", help="export a case as ClaimReview JSON-LD or CSV")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--format", choices=["claimreview", "csv"], required=True)
    p.add_argument("-o", "--output", type=Path, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(run=run_export)


def run_report(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import cases
    from workbench.services.exporting import export_case

    case = cases.find_case(library, args.case)
    path = export_case(
        library, case.id, "docx", args.output, template=args.template, overwrite=args.force
    )
    print(f"report written: {path}")
    return 0


def run_export(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import cases
    from workbench.services.exporting import export_case

    case = cases.find_case(library, args.case)
    path = export_case(library, case.id, args.format, args.output, overwrite=args.force)
    print(f"{args.format} written: {path}")
    return 0
