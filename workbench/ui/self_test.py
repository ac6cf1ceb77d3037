"""`workbench --self-test`: open the real window offscreen on a throwaway library and use it.

Imports a demo article, makes a claim of a passage, marks it, exports the report, and checks what
reached the database and the file. Exit status 0 when all is well, 1 otherwise.
"""

from __future__ import annotations

import os
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QSettings

from workbench.core.vocabulary import SourceKind, Status
from workbench.paths import resource
from workbench.services import cases
from workbench.store import Library
from workbench.ui.qt_messages import collected_warnings

TIMEOUT_S = 60


def _wait(condition: Callable[[], bool], seconds: float = TIMEOUT_S) -> bool:
    deadline = QDeadlineTimer(int(seconds * 1000))
    while not condition():
        if deadline.hasExpired():
            return False
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()
    return True


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with collected_warnings() as warnings:
        problems = _use_the_window()
    problems += [f"Qt warned: {warning}" for warning in warnings]
    for problem in problems:
        print(f"self-test: {problem}", file=sys.stderr)
    print("self-test: ok" if not problems else "self-test: FAILED")
    return 0 if not problems else 1


def _use_the_window() -> list[str]:
    from workbench.ui.app import application
    from workbench.ui.main_window import MainWindow

    app = application()
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="workbench-selftest-") as tmp:
        folder = Path(tmp)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        library = Library.open(folder / "library")
        window = MainWindow(library, settings, load_demo=False)
        try:
            window.show()
            case_id = window.new_case("Self-test case")
            window.import_paths([resource("demo", "articles", "01_chronicle_report.txt")])
            if not _wait(lambda: not window.importer.running):
                problems.append("the import did not finish")
            dossier = window.controller.dossier
            if dossier is None or len(dossier.articles) != 1:
                problems.append("the imported article is not in the case")
            else:
                article = dossier.articles[0]
                window.open_article(article.id)
                end = article.text.index(".", 40) + 1
                window.reader.select_span(0, end)
                claim_id = window.new_claim_from_selection()
                if claim_id is None:
                    problems.append("no claim was made from the selection")
                else:
                    window.claims.detail.attribute("Self-test Ministry", SourceKind.OFFICIAL)
                    window.claims.mark_current(Status.DENIED)
                    report = folder / "report.docx"
                    window.export_report(report)
                    if not _wait(lambda: report.exists() and not window.runner.busy()):
                        problems.append("the report was not written")
                    elif not zipfile.is_zipfile(report):
                        problems.append("the report is not a Word file")
                    stored = cases.case_dossier(library, case_id or 0)
                    claim = next((c for c in stored.claims if c.id == claim_id), None)
                    if claim is None or claim.status is not Status.DENIED:
                        problems.append("the claim's status did not reach the database")
                    elif stored.source(claim.source_id) is None:
                        problems.append("the claim's source did not reach the database")
            _wait(lambda: not window.runner.busy(), 20)
        except Exception as error:  # the self-test reports every failure as a line
            problems.append(f"{type(error).__name__}: {error}")
        finally:
            window.close()
            library.close()
    del app
    return problems
