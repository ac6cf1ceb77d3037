"""The "Checked before" dock: earlier verdicts for the selected claim or passage.

It follows the selection: a passage selected in the reader, else the claim selected in the claim
pane. Matching runs in a worker (the archive is loaded there on first use), a short pause after the
selection settles, and a result that arrives after the selection moved on is dropped. Citing a
verdict is one undoable edit: the verdict becomes evidence of the selected claim.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.verdicts import CITED_KIND, Verdict, VerdictMatch, cite_note
from workbench.ui import commands
from workbench.ui.i18n import isolate, leading_side, local_date, translate
from workbench.ui.tasks import TaskContext

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow

PAUSE_MS = 200  # the selection must settle this long before a match is asked for
LIMIT = 8
EXCERPT = 90


class CheckedPanel(QWidget):
    """Earlier verdicts closest to the current claim or passage, with rating, reviewer and link."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = window
        self.controller = window.controller
        self.library = window.library
        self.query = ""
        self.matches: list[VerdictMatch] = []
        self._generation = 0
        self.busy = False
        self.import_summary = ""

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTreeWidget(self)
        self.table.setObjectName("checkedTable")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(
            [
                translate("CheckedPanel", "Rating"),
                translate("CheckedPanel", "Claim checked · reviewer · date"),
            ]
        )
        self.table.setWordWrap(True)
        self.table.setUniformRowHeights(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Wrapped rows keep the height of the width they were laid out at; lay out again.
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.table.currentItemChanged.connect(self._show_detail)
        self.table.itemDoubleClicked.connect(lambda *_: self.cite_current())
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("checkedDetail")
        self.detail.setOpenExternalLinks(True)
        self.detail.setMaximumHeight(96)
        self.cite = QPushButton(translate("CheckedPanel", "Cite as evidence"), self)
        self.cite.setToolTip(
            translate(
                "CheckedPanel", "Add the chosen earlier verdict to the selected claim's evidence"
            )
        )
        self.cite.clicked.connect(self.cite_current)
        self.importer = QPushButton(translate("CheckedPanel", "Import verdicts…"), self)
        self.importer.setToolTip(
            translate(
                "CheckedPanel", "Add ClaimReview JSON-LD, saved fact-check pages, CSV or JSONL"
            )
        )
        self.importer.clicked.connect(self._ask_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.importer)
        buttons.addStretch(1)
        buttons.addWidget(self.cite)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        window.reader.selection_changed.connect(self.schedule)
        window.claims.claim_selected.connect(lambda _claim: self.schedule())
        self.controller.case_opened.connect(lambda _case: self.schedule())
        self._render()

    # --- following the selection ------------------------------------------------------------

    def wanted_query(self) -> str:
        """The passage selected in the reader, else the selected claim's wording."""
        passage = self.main.reader.selected_text().strip()
        if passage:
            return passage
        claim = self.main.claims.current_claim
        return claim.text if claim is not None else ""

    def schedule(self) -> None:
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.schedule()

    def refresh(self) -> None:
        """Ask the worker for the verdicts closest to what is selected now."""
        query = self.wanted_query()
        if query == self.query and not self.busy and self.matches:
            return
        self.query = query
        self._generation += 1
        generation = self._generation
        if not query:
            self.matches = []
            self._render()
            return
        library = self.library

        def work(context: TaskContext) -> list[VerdictMatch]:
            from workbench.services.checked import match

            context.check()
            return match(library, query, LIMIT)

        self.busy = True
        self._render()
        self.controller.runner.start(
            translate("CheckedPanel", "matching earlier verdicts"),
            work,
            lambda found: self._matched(generation, found),
        )

    def _matched(self, generation: int, found: list[VerdictMatch] | None) -> None:
        if generation != self._generation:
            return  # the selection moved on while this was being matched
        self.busy = False
        self.matches = list(found or [])
        self._render()

    # --- showing -----------------------------------------------------------------------------

    def _render(self) -> None:
        self.table.clear()
        if not self.query:
            self.heading.setText(
                translate(
                    "CheckedPanel",
                    "Select a claim or a passage to see whether it was checked before.",
                )
            )
        elif self.busy:
            self.heading.setText(
                translate("CheckedPanel", "Looking for earlier verdicts on “{text}”…").format(
                    text=isolate(_excerpt(self.query))
                )
            )
        elif not self.matches:
            self.heading.setText(
                translate(
                    "CheckedPanel",
                    "No earlier verdict found for “{text}”. "
                    "Import fact-checkers' ClaimReview files to widen the archive.",
                ).format(text=isolate(_excerpt(self.query)))
            )
        else:
            self.heading.setText(
                translate("CheckedPanel", "Closest earlier verdicts for “{text}”:").format(
                    text=isolate(_excerpt(self.query))
                )
            )
        for found in [] if self.busy else self.matches:
            verdict = found.verdict
            by = " · ".join(
                isolate(x) for x in (verdict.reviewer, local_date(verdict.published)) if x
            )
            rating = isolate(verdict.rating) if verdict.rating else "—"
            item = QTreeWidgetItem([rating, f"{isolate(verdict.claim)}\n{by}".strip()])
            item.setToolTip(1, verdict.claim)
            item.setData(0, Qt.ItemDataRole.UserRole, verdict)
            self.table.addTopLevelItem(item)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self._fit_rows()
        self._show_detail()

    def _fit_rows(self) -> None:
        """Each row as tall as its wrapped claim: a tree view measures wrapped text only once."""
        width = max(80, self.table.columnWidth(1) - 12)
        metrics = self.table.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        for row in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(row)
            if item is None:
                continue
            height = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, item.text(1)).height()
            item.setSizeHint(1, QSize(width, height + 8))

    def current_verdict(self) -> Verdict | None:
        item = self.table.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_detail(self, *_args: object) -> None:
        verdict = self.current_verdict()
        claim = self.main.claims.current_claim
        self.cite.setEnabled(verdict is not None and claim is not None)
        if verdict is None:
            self.detail.clear()
            return
        rating = verdict.rating or translate("CheckedPanel", "No rating")
        lines = [f"<b>{escape(rating)}</b>"]
        by = " · ".join(x for x in (verdict.reviewer, local_date(verdict.published)) if x)
        if by:
            lines[0] += f" — {escape(by)}"
        if verdict.title:
            lines.append(escape(verdict.title))
        if verdict.url:
            lines.append(f'<a href="{escape(verdict.url, quote=True)}">{escape(verdict.url)}</a>')
        elif verdict.ref:
            lines.append(translate("CheckedPanel", "ref {ref}").format(ref=escape(verdict.ref)))
        self.detail.setHtml("<br>".join(lines))
        direction = (
            Qt.LayoutDirection.RightToLeft
            if verdict.language == "ar"
            else Qt.LayoutDirection.LeftToRight
        )
        self.detail.setLayoutDirection(direction)

    # --- acting --------------------------------------------------------------------------------

    def cite_current(self) -> bool:
        """The chosen verdict becomes evidence of the selected claim: one edit, undoable."""
        verdict = self.current_verdict()
        claim = self.main.claims.current_claim
        if verdict is None or claim is None:
            return False
        from workbench.services.checked import cite_reference

        command = commands.AddEvidence(
            self.controller, claim.id, CITED_KIND, cite_reference(verdict), cite_note(verdict)
        )
        done = self.controller.run(command)
        if done:
            self.main.statusBar().showMessage(
                translate("CheckedPanel", "Earlier verdict cited as evidence"), 5000
            )
        return done

    def _ask_import(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            translate("CheckedPanel", "Import earlier verdicts"),
            "",
            translate(
                "CheckedPanel",
                "Verdict archives (*.jsonld *.json *.jsonl *.ndjson *.html *.htm *.csv)",
            ),
        )
        if chosen:
            self.import_files([Path(p) for p in chosen])

    def import_files(self, paths: list[Path]) -> None:
        """Import archive files in a worker; the panel matches again when they are in."""
        library = self.library

        def work(context: TaskContext) -> object:
            from workbench.services.checked import archive_index, import_archive

            outcome = import_archive(library, paths, progress=context.progress)
            archive_index(library)  # load the grown archive here, not on the next selection
            return outcome

        self.importer.setEnabled(False)
        self.controller.runner.start(
            translate("CheckedPanel", "importing earlier verdicts"), work, self._imported
        )

    def _imported(self, outcome: object) -> None:
        self.importer.setEnabled(True)
        if outcome is None:
            return
        refused = [f.refused for f in outcome.refused]  # type: ignore[attr-defined]
        added, folded = outcome.added, outcome.folded  # type: ignore[attr-defined]
        self.import_summary = (
            translate("CheckedPanel", "%n earlier verdicts added, ", "", added)
            + translate("CheckedPanel", "%n duplicates folded", "", folded)
            + (
                translate("CheckedPanel", "; refused: {files}").format(files="; ".join(refused))
                if refused
                else ""
            )
        )
        self.main.statusBar().showMessage(self.import_summary, 10000)
        self.query = ""
        self.schedule()


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


def install(window: MainWindow) -> QDockWidget:
    """Put the panel in a dock on the right, with its toggle in the View menu."""
    dock = QDockWidget(translate("CheckedPanel", "Checked before"), window)
    dock.setObjectName("checkedDock")
    panel = CheckedPanel(window, dock)
    dock.setWidget(panel)
    dock.setMinimumWidth(320)
    window.addDockWidget(leading_side(Qt.DockWidgetArea.RightDockWidgetArea), dock)
    toggle = dock.toggleViewAction()
    toggle.setShortcut("Ctrl+Shift+K")
    toggle.setStatusTip(
        translate("CheckedPanel", "Earlier verdicts on the selected claim or passage")
    )
    view = window.menuBar().findChild(QMenu, "viewMenu")
    if view is not None:
        view.addAction(toggle)
    dock.hide()
    return dock
