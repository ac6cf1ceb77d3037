"""Entry point of the packaged app: the same `workbench` command as a checkout's.

`--read-pdf` is not a user command: a frozen app has no interpreter to run `python -c`, so the
PDF reader can start this executable again in that mode to parse one PDF (bytes on stdin, JSON on
stdout) in a child process it can time out and kill.
"""

from __future__ import annotations

import multiprocessing
import sys

PDF_CHILD_FLAG = "--read-pdf"
INDEX_CHILD_FLAG = "--rebuild-index"  # workbench.services.rebuild_child.CHILD_FLAG


def run(argv: list[str]) -> int:
    if argv[:1] == [INDEX_CHILD_FLAG]:
        from workbench.services.rebuild_child import main as rebuild_index

        return rebuild_index(argv[1:])
    if argv[:1] == [PDF_CHILD_FLAG]:
        from workbench.ingest import pdf_text

        pdf_text.main()
        return 0
    from workbench.cli.main import main

    return main(argv)


if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(run(sys.argv[1:]))
