"""The workshop comparison: each trainee's status per claim against the key, and the scores.

Chips carry the status letter as well as its colour, and a tick or cross against the key, so the
table reads on a greyscale projector too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.agreement import describe_kappa
from workbench.core.vocabulary import Status
from workbench.core.workshop import ClaimComparison, TraineeScore, WorkshopComparison
from workbench.report.workshop_docx import write_workshop_report
from workbench.ui import look, theme
from workbench.ui.export_dialog import show_written
from workbench.ui.tasks import Task, TaskContext, TaskRunner

AGREES, DIFFERS, MISSING = "✓", "✗", "—"


def fleiss_sentence(fleiss: float | None) -> str:
    if fleiss is None:
        return (
            "Fleiss' kappa for the group: not defined (it needs two or more trainees who did "
            "not all give every claim the same status)."
        )
    return (
        f"Fleiss' kappa for the group: {fleiss:.2f} — "
        f"{describe_kappa(fleiss)} agreement among the trainees."
    )


def kappa_text(kappa: float | None) -> str:
    return "—" if kappa is None else f"{kappa:.2f}"


def tally_text(claim: ClaimComparison) -> str:
    counts = claim.tally()
    return " · ".join(f"{n} {s.letter}" for s, n in counts.items() if n)


def _chip(status: Status | None, key: Status, trainee: str) -> QTableWidgetItem:
    if status is None:
        item = QTableWidgetItem(f"{MISSING} (U)")
        item.setToolTip(f"{trainee} did not mark this claim; it counts as unverified.")
        item.setForeground(QBrush(QColor(theme.current().muted)))
    else:
        mark = AGREES if status is key else DIFFERS
        item = QTableWidgetItem(look.icon(status), f"{status.letter} {mark}")
        item.setBackground(QBrush(look.tint(status)))
        item.setForeground(QBrush(QColor(theme.current().tint_text)))
        item.setToolTip(
            f"{trainee}: {look.style(status).label}"
            + ("" if status is key else f" (key: {look.style(key).label})")
        )
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


def _cell(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tip:
        item.setToolTip(tip)
    return item


class WorkshopView(QDialog):
    """Shows one comparison; "Export workshop report…" writes it as a .docx in the background."""

    def __init__(
        self,
        comparison: WorkshopComparison,
        runner: TaskRunner,
        report_error: Callable[[BaseException], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workshopView")
        self.setWindowTitle(f"Workshop — {comparison.key_title}")
        self.comparison = comparison
        self.runner = runner
        self.report_error = report_error
        self.task: Task | None = None
        self.written: Path | None = None
        heading = QLabel(
            f"<b>{len(comparison.trainees)} trainees</b> against the key "
            f"<i>{_escape(comparison.key_title)}</i>, {len(comparison.claims)} claims.",
            self,
        )
        self.fleiss = QLabel(fleiss_sentence(comparison.fleiss), self)
        self.fleiss.setObjectName("fleissLabel")
        self.fleiss.setWordWrap(True)
        self.claims = self._claims_table()
        self.scores = self._scores_table()
        self.split = QLabel(self._split_text(), self)
        self.split.setWordWrap(True)
        self.split.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = buttons.addButton(
            "Export workshop report…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(self.ask_export)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.fleiss)
        # The claims take the room; scores and the split list keep to their own height.
        layout.addWidget(self.claims, 1)
        layout.addWidget(QLabel("<b>Each trainee against the key</b>", self))
        layout.addWidget(self.scores)
        layout.addWidget(self.split)
        layout.addWidget(buttons)
        self.resize(980, 680)

    # --- the tables -----------------------------------------------------------------------------

    def _claims_table(self) -> QTableWidget:
        c = self.comparison
        table = QTableWidget(len(c.claims), 2 + len(c.trainees), self)
        table.setObjectName("workshopClaims")
        table.setHorizontalHeaderLabels(["Claim", "Key", *c.trainees])
        for row, claim in enumerate(c.claims):
            table.setItem(row, 0, _cell(claim.text, claim.text))
            key = QTableWidgetItem(look.icon(claim.key_status), look.style(claim.key_status).label)
            key.setBackground(QBrush(look.tint(claim.key_status)))
            key.setForeground(QBrush(QColor(theme.current().tint_text)))
            key.setToolTip(f"Key source: {claim.key_source or 'none'}")
            table.setItem(row, 1, key)
            for column, (name, answer) in enumerate(zip(c.trainees, claim.answers, strict=True)):
                table.setItem(row, 2 + column, _chip(answer, claim.key_status, name))
        _settle(table, stretch=0)
        return table

    def _scores_table(self) -> QTableWidget:
        headers = ["Trainee", "Found", "Agreement", "Cohen's κ", "Reading", "Sources", "Extra"]
        table = QTableWidget(len(self.comparison.scores), len(headers), self)
        table.setObjectName("workshopScores")
        table.setHorizontalHeaderLabels(headers)
        for row, score in enumerate(self.comparison.scores):
            for column, item in enumerate(_score_cells(score)):
                table.setItem(row, column, item)
        _settle(table, stretch=0)
        frame = 2 * table.frameWidth()
        table.setMaximumHeight(
            table.horizontalHeader().sizeHint().height() + table.verticalHeader().length() + frame
        )
        return table

    def _split_text(self) -> str:
        split = self.comparison.most_split()
        if not split:
            return "<b>No claim split the room</b>: every trainee gave each claim the same status."
        items = "".join(
            f"<li>{_escape(c.text)} <small>(key {c.key_status.letter}; "
            f"trainees {tally_text(c)})</small></li>"
            for c in split
        )
        return f"<b>The claims that split the room most</b><ol>{items}</ol>"

    # --- the report -----------------------------------------------------------------------------

    def ask_export(self) -> None:
        name = f"workshop-{self.comparison.key_title}"[:80]
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Export the workshop report", f"{name}.docx", "Word document (*.docx)"
        )
        if chosen:
            # The file dialog has already asked before replacing an existing file.
            self.export_report(Path(chosen), overwrite=True)

    def export_report(self, path: Path, *, overwrite: bool = False) -> Task | None:
        if self.task is not None:
            return self.task
        comparison = self.comparison

        def work(_context: TaskContext) -> Path:
            return write_workshop_report(comparison, path, overwrite=overwrite)

        self.export_button.setEnabled(False)
        self.task = self.runner.start(
            "writing the workshop report", work, self._written, self._failed
        )
        return self.task

    def _written(self, path: Path | None) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        if path is not None:
            self.written = path
            self.note = show_written(self, path, "Workshop report written")

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        self.report_error(error)


def _score_cells(score: TraineeScore) -> list[QTableWidgetItem]:
    reading = describe_kappa(score.kappa)
    return [
        _cell(score.name),
        _cell(f"{score.found} / {score.total}", "Key claims this trainee marked"),
        _cell(f"{score.agreement * 100:.0f}%", f"{score.agreed} of {score.total} as the key"),
        _cell(kappa_text(score.kappa), "Agreement with the key beyond chance"),
        _cell(reading),
        _cell(
            f"{score.sources_matched} / {score.sources_expected}",
            "Claims attributed to the same source as the key",
        ),
        _cell(str(score.extra_claims), "Claims marked that are not in the key"),
    ]


def _settle(table: QTableWidget, stretch: int) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
