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
    p.add_argument(
        "--author", metavar="NAME", help="the report's author (default: the report.author setting)"
    )
    p.add_argument(
        "--lang",
        choices=("ar", "en"),
        help="the report's language (default: the language of most of the case's articles)",
    )
    p.set_defaults(run=run_report)

    p = commands.add_parser("export", help="export a case as ClaimReview JSON-LD or CSV")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--format", choices=["claimreview", "csv"], required=True)
    p.add_argument("-o", "--output", type=Path, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.add_argument(
        "--url", metavar="URL", help="the published check's address (remembered for the case)"
    )
    p.set_defaults(run=run_export)

    p = commands.add_parser(
        "settings", help="show or set the newsroom, its addresses and the report's author"
    )
    p.add_argument("key", nargs="?", metavar="KEY")
    p.add_argument("value", nargs="?", metavar="VALUE", help="empty to clear")
    p.set_defaults(run=run_settings)


def run_report(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import cases
    from workbench.services.exporting import export_case

    case = cases.find_case(library, args.case)
    path = export_case(
        library,
        case.id,
        "docx",
        args.output,
        template=args.template,
        overwrite=args.force,
        author=args.author,
        language=args.lang,
    )
    print(f"report written: {path}")
    return 0


def run_export(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import cases, settings
    from workbench.services.exporting import claimreview_notes, export_case

    case = cases.find_case(library, args.case)
    if args.url is not None:
        settings.set_setting(library, settings.case_url_key(case.id), args.url)
    path = export_case(library, case.id, args.format, args.output, overwrite=args.force)
    print(f"{args.format} written: {path}")
    if args.format == "claimreview":
        for note in claimreview_notes(library, case.id):
            print(note)
    return 0


def run_settings(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import settings

    if args.key is None:
        current = settings.all_settings(library)
        for key, meaning in settings.KNOWN.items():
            print(f"{key} = {current.get(key, '')}    ({meaning})")
        for key, value in current.items():
            if key not in settings.KNOWN:
                print(f"{key} = {value}")
        return 0
    if args.value is None:
        print(settings.get_setting(library, args.key))
        return 0
    value = settings.set_setting(library, args.key, args.value)
    print(f"{args.key} = {value}" if value else f"{args.key} cleared")
    return 0
