"""Commands about the library itself: import, cases, articles, show, check, demo."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.checkout_cmds import add_case_actions
from workbench.cli.output import article_json, emit_json, table

if TYPE_CHECKING:
    from workbench.services.checkout_records import CheckoutMark
    from workbench.store import Library

# The services are imported inside each command (see cli/main.py): `--help` stays fast.
MAX_MB = 20.0


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("import", help="import article files and folders")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--case", metavar="TITLE", help="add the articles to this case (made if new)")
    p.add_argument("--max-mb", type=float, default=MAX_MB, help="size limit per file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_import, changes_library=True)

    p = commands.add_parser("cases", help="list the cases")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_cases)

    p = commands.add_parser("case", help="create or edit a case")
    sub = p.add_subparsers(dest="case_command", required=True, metavar="ACTION")
    q = sub.add_parser("new", help="create a case")
    q.add_argument("title")
    q.add_argument("--question", default="")
    q.set_defaults(run=run_case_new)
    q = sub.add_parser("set", help="set a case's question, verdict or summary")
    q.add_argument("case")
    for name in ("title", "question", "verdict", "summary"):
        q.add_argument(f"--{name}")
    q.set_defaults(run=run_case_set)
    add_case_actions(sub)

    p = commands.add_parser("articles", help="list articles")
    p.add_argument("--case", metavar="TITLE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_articles)

    p = commands.add_parser("show", help="show one article")
    p.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_show)

    p = commands.add_parser("article", help="correct an article's outlet, date, link or title")
    sub = p.add_subparsers(dest="article_command", required=True, metavar="ACTION")
    q = sub.add_parser("set", help="set an article's details")
    q.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    for name in ("title", "outlet", "url", "byline"):
        q.add_argument(f"--{name}")
    q.add_argument("--published", metavar="YYYY-MM-DD")
    q.set_defaults(run=run_article_set)

    p = commands.add_parser("check", help="check the library's integrity")
    p.set_defaults(run=run_check)

    p = commands.add_parser("demo", help="add the demo case to the library")
    p.add_argument("--unmarked", action="store_true", help="without the trainer's markings")
    p.set_defaults(run=run_demo, changes_library=True)


def _case_id(library: Library, title: str | None, *, create: bool = False) -> int | None:
    from workbench.services import cases

    if title is None:
        return None
    try:
        return cases.find_case(library, title).id
    except Exception:
        if not create:
            raise
    return cases.create_case(library, title).id


def run_import(args: argparse.Namespace, library: Library) -> int:
    from workbench.services.importing import import_paths

    case_id = _case_id(library, args.case, create=True)
    failed = 0
    records = []
    for outcome in import_paths(
        library, args.paths, case_id=case_id, max_bytes=int(args.max_mb * 2**20)
    ):
        failed += outcome.outcome == "skipped"
        if args.json:
            records.append(
                {
                    "path": outcome.path,
                    "outcome": outcome.outcome,
                    "article": outcome.article_id,
                    "title": outcome.title,
                    "message": outcome.message,
                    "notes": list(outcome.notes),
                }
            )
        else:
            print(outcome.line(), flush=True)
    if args.json:
        emit_json(records)
    return 1 if failed else 0


def run_cases(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import cases
    from workbench.services.checkout_records import LENT, checkout_marks

    rows = cases.list_cases(library)
    marks = checkout_marks(library)
    if args.json:
        emit_json(
            [
                {
                    "id": c.id,
                    "title": c.title,
                    "question": c.question,
                    "verdict": c.verdict,
                    "articles": n_articles,
                    "claims": n_claims,
                    "checked_out": _mark_json(marks.get(c.id)),
                }
                for c, n_articles, n_claims in rows
            ]
        )
    else:
        table(
            [(c.id, n_a, n_c, _mark_cell(marks.get(c.id), LENT), c.title) for c, n_a, n_c in rows],
            ["id", "articles", "claims", "checked out", "title"],
        )
        for c, _n_a, _n_c in rows:
            if c.id in marks:
                print(f"case {c.id}: {marks[c.id].line()}")
    return 0


def _mark_cell(mark: CheckoutMark | None, lent: str) -> str | None:
    if mark is None:
        return None
    return f"by {mark.by}" if mark.side == lent else "here"


def _mark_json(mark: CheckoutMark | None) -> dict | None:
    if mark is None:
        return None
    return {"side": mark.side, "by": mark.by, "at": mark.at, "library": mark.other}


def run_case_new(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import cases

    case = cases.create_case(library, args.title, args.question)
    print(f"case {case.id}: {case.title}")
    return 0


def run_case_set(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import cases

    case = cases.find_case(library, args.case)
    fields = {
        name: getattr(args, name)
        for name in ("title", "question", "verdict", "summary")
        if getattr(args, name) is not None
    }
    case = cases.update_case(library, case.id, **fields)
    print(f"case {case.id}: {case.title}")
    return 0


def run_articles(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import articles

    case_id = _case_id(library, args.case)
    listing = articles.list_articles(library, case_id)
    if args.json:
        emit_json([article_json(a) for a in listing])
    else:
        table(
            [(a.id, a.published, a.language, a.outlet, a.title) for a in listing],
            ["id", "published", "lang", "outlet", "title"],
        )
    return 0


def run_show(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import articles

    article = articles.get_article(library, args.article_id)
    if args.json:
        record = article_json(article, with_text=True)
        record["files"] = articles.article_files(library, article.id)
        emit_json(record)
        return 0
    print(article.title)
    details = [article.outlet, article.byline, article.published, article.url]
    print(" · ".join(str(d) for d in details if d))
    print(f"[{article.language}, from {article.source_file}]")
    print()
    print(article.text)
    return 0


def run_article_set(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import articles

    fields = {
        name: getattr(args, name)
        for name in articles.ARTICLE_FIELDS
        if getattr(args, name) is not None
    }
    article = articles.update_article(library, args.article_id, **fields)
    print(
        f"article {article.id}: {article.title} — {article.outlet or 'unknown outlet'}, "
        f"{article.published or 'undated'}"
    )
    return 0


def run_check(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import integrity

    problems = integrity.check_library(library)
    index_problems = [] if problems else integrity.check_index(library)
    problems += index_problems
    for problem in problems:
        print(f"problem: {problem}")
    if index_problems:
        print("note: the search index has been rebuilt from the database")
    if any(p.startswith("database:") or "points to a missing" in p for p in problems):
        print(f"note: {integrity.restore_hint(library)}")
    if not problems:
        print(f"ok: {library.address if library.is_team else library.db_path} is sound")
    return 1 if problems else 0


def run_demo(args: argparse.Namespace, library: Library) -> int:
    from workbench.services.demo import load_demo_case

    case = load_demo_case(library, with_answer_key=not args.unmarked)
    print(f"demo case {case.id}: {case.title}")
    return 0
