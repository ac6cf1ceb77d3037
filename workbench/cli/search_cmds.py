"""Commands of the search: search, reindex, batch-search, saved searches."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.cli.output import emit_json, table

if TYPE_CHECKING:
    from workbench.search.query import SearchResults
    from workbench.services.searching import LibrarySearch
    from workbench.store import Library


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("search", help="search every article (or claim) in the library")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--page", type=int, default=1)
    p.add_argument("--case", metavar="CASE")
    p.add_argument("--claims", action="store_true", help="search claims instead of articles")
    p.add_argument("--by-date", action="store_true", help="newest first instead of best first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_search)

    p = commands.add_parser("reindex", help="rebuild the search index from the database")
    p.set_defaults(run=run_reindex)

    p = commands.add_parser("batch-search", help="run every query in a .txt or .csv file")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--case", metavar="CASE")
    p.add_argument("--claims", action="store_true", help="search claims instead of articles")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_batch)

    p = commands.add_parser("saved", help="saved searches: list, add NAME QUERY, run NAME, remove")
    p.add_argument("action", choices=["list", "add", "run", "remove"])
    p.add_argument("name", nargs="?")
    p.add_argument("query", nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_saved)


def run_search(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import cases
    from workbench.services.searching import open_search

    case_id = cases.find_case(library, args.case).id if args.case else None
    search = open_search(library, progress=_rebuilding)
    try:
        results = search.search(
            args.query,
            kind="claims" if args.claims else "articles",
            case_id=case_id,
            page=args.page,
            page_size=args.limit,
            sort="date" if args.by_date else "score",
        )
    finally:
        search.close()
    _print_results(results, as_json=args.json)
    return 0


def _print_results(results: SearchResults, *, as_json: bool) -> None:
    from workbench.search.highlight import snippet_marked

    if as_json:
        emit_json(
            {
                "total": results.total,
                "partial": results.partial,
                "notices": results.notices,
                "results": [
                    {
                        "id": h.id,
                        "title": h.title,
                        "outlet": h.outlet,
                        "date": h.published,
                        "score": round(h.score, 4),
                        "snippet": snippet_marked(h.snippet),
                        **({"status": h.status, "source": h.source} if h.kind == "claims" else {}),
                    }
                    for h in results.hits
                ],
            }
        )
        return
    for notice in results.notices:
        print(f"note: {notice}")
    shown = len(results.hits)
    print(
        f"{results.total} found"
        + (" (partial: the time limit was reached)" if results.partial else "")
        + (f", showing {shown}" if shown < results.total else "")
    )
    for hit in results.hits:
        line = f"[{hit.id}] {hit.title}"
        if hit.outlet or hit.published:
            line += f" — {hit.outlet or ''} {hit.published or ''}".rstrip()
        if hit.status:
            line += f" ({hit.status})"
        print(line)
        if hit.snippet:
            print(f"      {snippet_marked(hit.snippet)}")


def run_reindex(args: argparse.Namespace, library: Library) -> int:
    from workbench.services.searching import open_search

    search = open_search(library)
    try:
        search.rebuild(progress=_rebuilding)
        print(
            f"\rindexed {search.index.doc_count('articles')} articles and "
            f"{search.index.doc_count('claims')} claims"
        )
    finally:
        search.close()
    return 0


def _rebuilding(done: int) -> None:
    if sys.stderr.isatty() and done % 500 == 0:
        print(f"\rindexing… {done}", end="", file=sys.stderr, flush=True)


def run_batch(args: argparse.Namespace, library: Library) -> int:
    from workbench.search.batch import batch_search, read_query_file
    from workbench.services import cases
    from workbench.services.searching import open_search

    queries = read_query_file(args.file)
    case_id = cases.find_case(library, args.case).id if args.case else None
    search = open_search(library)
    try:
        if args.claims:
            return _batch_claims(search, queries, args.limit, case_id, as_json=args.json)
        rows = batch_search(search.index, queries, limit=args.limit, case_id=case_id)
    finally:
        search.close()
    if args.json:
        emit_json(
            [
                {
                    "query": r.query,
                    "count": r.count,
                    "articles": list(r.article_ids),
                    "error": r.error,
                    "partial": r.partial,
                }
                for r in rows
            ]
        )
    else:
        table(
            [(r.count, r.error or " ".join(map(str, r.article_ids[:15])), r.query) for r in rows],
            ["hits", "articles", "query"],
        )
    return 1 if any(r.error for r in rows) else 0


def _batch_claims(
    search: LibrarySearch, queries: list[str], limit: int, case_id: int | None, *, as_json: bool
) -> int:
    """Each query over the claims: how many match and the best, with their status."""
    from workbench.core.errors import BadQuery

    out: list[dict[str, Any]] = []
    for query in queries:
        try:
            found = search.search(
                query, kind="claims", case_id=case_id, page_size=limit, facets=False
            )
        except BadQuery as error:
            out.append({"query": query, "count": 0, "claims": [], "error": str(error)})
            continue
        out.append(
            {
                "query": query,
                "count": found.total,
                "claims": [
                    {"id": h.id, "text": h.title, "status": h.status, "source": h.source}
                    for h in found.hits
                ],
                "error": None,
                "partial": found.partial,
            }
        )
    if as_json:
        emit_json(out)
    else:
        table(
            [
                (
                    r["count"],
                    r["error"] or " ".join(str(c["id"]) for c in r["claims"][:15]),
                    r["query"],
                )
                for r in out
            ],
            ["hits", "claims", "query"],
        )
    return 1 if any(r["error"] for r in out) else 0


def run_saved(args: argparse.Namespace, library: Library) -> int:
    from workbench.services import saved_searches
    from workbench.services.searching import open_search

    if args.action == "list":
        found = saved_searches.list_saved_searches(library)
        if args.json:
            emit_json([{"name": s.name, "query": s.query, "kind": s.kind} for s in found])
        else:
            table([(s.name, s.kind, s.query) for s in found], ["name", "kind", "query"])
        return 0
    if not args.name:
        raise SystemExit(f"workbench saved {args.action}: a NAME is needed")
    if args.action == "add":
        if not args.query:
            raise SystemExit("workbench saved add: a QUERY is needed")
        saved = saved_searches.save_search(library, args.name, args.query)
        print(f"saved {saved.name!r}: {saved.query}")
        return 0
    if args.action == "remove":
        saved_searches.delete_saved_search(library, args.name)
        print(f"removed {args.name!r}")
        return 0
    saved = saved_searches.find_saved_search(library, args.name)
    search = open_search(library)
    try:
        results = search.search(saved.query, kind=saved.kind)
    finally:
        search.close()
    _print_results(results, as_json=args.json)
    return 0
