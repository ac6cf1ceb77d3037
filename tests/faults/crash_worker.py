"""A user's task run in a process of its own, confirming each step on stdout, to be killed -9.

    python -m tests.faults.crash_worker TASK LIBRARY [ARG]

Each line printed is a step the program has reported done to its user; the crash tests kill the
process at some point and then check that every confirmed step is in the library.
"""

from __future__ import annotations

import sys
from pathlib import Path

from workbench.core.vocabulary import Status
from workbench.services import claims
from workbench.services.bundles import import_bundle
from workbench.services.cases import case_dossier
from workbench.services.exporting import export_case
from workbench.services.importing import import_paths
from workbench.services.searching import open_search
from workbench.store import Library

CYCLE = (Status.SOURCED, Status.RELAYED, Status.DENIED, Status.UNVERIFIED)


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(task: str, folder: Path, arg: str = "") -> None:
    with Library.open(folder) as library:
        search = open_search(library)  # as the window does: every change reaches the index
        _say("ready")
        if task == "mark":
            claim = case_dossier(library, 1).claims[0]
            # Every marking changes the status, so each one leaves its line in the audit trail.
            start = (CYCLE.index(claim.status) + 1) % len(CYCLE)
            for n in range(100_000):
                claims.mark_claim(library, claim.id, CYCLE[(start + n) % len(CYCLE)])
                _say(f"marked {n}")
        elif task == "import":
            for outcome in import_paths(library, [Path(arg)]):
                _say(f"{outcome.outcome} {outcome.article_id}")
        elif task == "report":
            for n in range(100_000):
                export_case(library, 1, "docx", Path(arg), overwrite=True)
                _say(f"report {n}")
        elif task == "bundle":
            summary = import_bundle(library, Path(arg))
            _say(f"case {summary.case_id}")
        search.close()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), *sys.argv[3:])
