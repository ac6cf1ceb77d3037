"""`workbench [--data DIR] COMMAND`: the command line over the same services the window uses.

Start-up is kept short by importing lazily. Each `*_cmds` module imports only argparse,
`workbench.core` and `cli.output` at its top; its `register(commands)` declares the parsers with
`set_defaults(run=...)`, and each `run_*` function imports the services it needs. The library
(SQLAlchemy) is opened only for a command that needs one. A new group of commands is a new module
with `register`, listed in `COMMAND_MODULES`; `tests/cli/test_startup.py` checks that building the
parser stays free of heavy imports.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from workbench import __version__
from workbench.cli import (
    assist_cmds,
    bundle_cmds,
    checked_cmds,
    claim_cmds,
    export_cmds,
    library_cmds,
    search_cmds,
    server_cmds,
)
from workbench.cli.output import escaped_output
from workbench.core.errors import WorkbenchError

if TYPE_CHECKING:
    from workbench.store import Library

COMMAND_MODULES = (
    library_cmds,
    claim_cmds,
    search_cmds,
    export_cmds,
    assist_cmds,
    bundle_cmds,
    checked_cmds,
    server_cmds,
)
log = logging.getLogger("workbench")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Fact-Check Workbench: gather articles, mark claims, write the verdict report. "
        "With no command, the window opens.",
    )
    parser.add_argument(
        "--data", metavar="DIR", help="library folder (default: WORKBENCH_DATA or db/)"
    )
    parser.add_argument(
        "--server",
        metavar="URL",
        help="use the team library on this PostgreSQL server (default: WORKBENCH_SERVER); "
        "passwords come from ~/.pgpass or a service file",
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="open the window offscreen, run a task, exit"
    )
    parser.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        help="the window's colours (default: the one chosen in the window, else the system's)",
    )
    parser.add_argument(
        "--lang",
        choices=("ar", "en"),
        help="the window's language (default: the one chosen in the window, else the system's)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from workbench.ui.app import run_app

        return run_app(
            data=args.data,
            server=args.server,
            self_test=args.self_test,
            theme_name=args.theme,
            lang=args.lang,
        )
    with escaped_output():
        return _run_command(args)


def _run_command(args: argparse.Namespace) -> int:
    if not getattr(args, "needs_library", True):
        return _guarded(lambda: args.run(args))
    from workbench.store.opening import open_library

    try:
        library = open_library(args.data, args.server)
    except WorkbenchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    _log_to(library)
    if library.read_only:
        from workbench.store.failures import read_only

        print(f"note: {read_only(library.folder)}", file=sys.stderr)
    try:
        return _guarded(lambda: _run_keeping_index(args, library))
    finally:
        library.close()


def _run_keeping_index(args: argparse.Namespace, library: Library) -> int:
    """Commands that change many records (`changes_library=True`) keep the index in step as they go.

    A single edit only writes its journal row, in the same transaction as the change; the next
    opening of the index (a search, the window) applies it. That spares each edit loading Whoosh.
    """
    if not getattr(args, "changes_library", False):
        return args.run(args, library)
    from workbench.services.searching import open_search

    search = open_search(library)
    try:
        return args.run(args, library)
    finally:
        search.close()


def _guarded(run) -> int:
    try:
        return int(run() or 0)
    except WorkbenchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug: keep the details in the log, give the user one line
        log.exception("unexpected error")
        print(
            f"error: unexpected {type(error).__name__}: {error} (details in the log)",
            file=sys.stderr,
        )
        return 3


def _log_to(library: Library) -> None:
    if not any(isinstance(h, logging.FileHandler) for h in log.handlers):
        try:
            handler = _QuietFileHandler(library.log_path, encoding="utf-8")
        except OSError:
            return
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)


class _QuietFileHandler(logging.FileHandler):
    """A log that cannot be written (a full or read-only disk) must not print a traceback."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass
