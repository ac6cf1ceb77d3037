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
from workbench.ui.i18n import isolate, local_number, translate
from workbench.ui.tasks import Task, TaskContext, TaskRunner
from workbench.ui.vocabulary_names import kappa_words, status_letter

AGREES, DIFFERS, MISSING = "✓", "✗", "—"


def fleiss_sentence(fleiss: float | None) -> str:
    if fleiss is None:
        return translate(
            "WorkshopView",
            "Fleiss' kappa for the group: not defined (it needs two or more trainees who did "
            "not all give every claim the same status).",
        )
    return translate(
        "WorkshopView",
        "Fleiss' kappa for the group: {kappa} — {words} agreement among the trainees.",
    ).format(kappa=kappa_text(fleiss), words=kappa_words(describe_kappa(fleiss)))


def kappa_text(kappa: float | None) -> str:
    return "—" if kappa is None else local_number(kappa, 2)


def tally_text(claim: ClaimComparison) -> str:
    counts = claim.tally()
    return " · ".join(f"{local_number(n)} {status_letter(s)}" for s, n in counts.items() if n)


def _chip(status: Status | None, key: Status, trainee: str) -> QTableWidgetItem:
    if status is None:
        item = QTableWidgetItem(f"{MISSING} ({status_letter(Status.UNVERIFIED)})")
        item.setToolTip(
            translate(
                "WorkshopView", "{trainee} did not mark this claim; it counts as unverified."
            ).format(trainee=isolate(trainee))
        )
        item.setForeground(QBrush(QColor(theme.current().muted)))
    else:
        mark = AGREES if status is key else DIFFERS
        item = QTableWidgetItem(look.icon(status), f"{status_letter(status)} {mark}")
        item.setBackground(QBrush(look.tint(status)))
        item.setForeground(QBrush(QColor(theme.current().tint_text)))
        tip = f"{isolate(trainee)}: {look.name(status)}"
        if status is not key:
            tip += translate("WorkshopView", " (key: {status})").format(status=look.name(key))
        item.setToolTip(tip)
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
        self.setWindowTitle(
            translate("WorkshopView", "Workshop — {title}").format(
                title=isolate(comparison.key_title)
            )
        )
        self.comparison = comparison
        self.runner = runner
        self.report_error = report_error
        self.task: Task | None = None
        self.written: Path | None = None
        trainees, claims = len(comparison.trainees), len(comparison.claims)
        heading = QLabel(
            translate(
                "WorkshopView",
                "<b>%n trainee(s)</b> against the key <i>{title}</i>, ",
                "",
                trainees,
            ).format(title=_escape(isolate(comparison.key_title)))
            + translate("WorkshopView", "%n claim(s).", "", claims),
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
            translate("WorkshopView", "Export workshop report…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.export_button.clicked.connect(self.ask_export)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.fleiss)
        # The claims take the room; scores and the split list keep to their own height.
        layout.addWidget(self.claims, 1)
        layout.addWidget(
            QLabel(translate("WorkshopView", "<b>Each trainee against the key</b>"), self)
        )
        layout.addWidget(self.scores)
        layout.addWidget(self.split)
        layout.addWidget(buttons)
        self.resize(980, 680)

    # --- the tables -----------------------------------------------------------------------------

    def _claims_table(self) -> QTableWidget:
        c = self.comparison
        table = QTableWidget(len(c.claims), 2 + len(c.trainees), self)
        table.setObjectName("workshopClaims")
        table.setHorizontalHeaderLabels(
            [translate("WorkshopView", "Claim"), translate("WorkshopView", "Key"), *c.trainees]
        )
        for row, claim in enumerate(c.claims):
            table.setItem(row, 0, _cell(isolate(claim.text), claim.text))
            key = QTableWidgetItem(look.icon(claim.key_status), look.name(claim.key_status))
            key.setBackground(QBrush(look.tint(claim.key_status)))
            key.setForeground(QBrush(QColor(theme.current().tint_text)))
            key.setToolTip(
                translate("WorkshopView", "Key source: {source}").format(
                    source=isolate(claim.key_source)
                    if claim.key_source
                    else translate("WorkshopView", "none")
                )
            )
            table.setItem(row, 1, key)
            for column, (name, answer) in enumerate(zip(c.trainees, claim.answers, strict=True)):
                table.setItem(row, 2 + column, _chip(answer, claim.key_status, name))
        _settle(table, stretch=0)
        return table

    def _scores_table(self) -> QTableWidget:
        headers = [
            translate("WorkshopView", "Trainee"),
            translate("WorkshopView", "Found"),
            translate("WorkshopView", "Agreement"),
            translate("WorkshopView", "Cohen's κ"),
            translate("WorkshopView", "Reading"),
            translate("WorkshopView", "Sources"),
            translate("WorkshopView", "Extra"),
        ]
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
            return translate(
                "WorkshopView",
                "<b>No claim split the room</b>: every trainee gave each claim the same status.",
            )
        line = translate("WorkshopView", "(key {key}; trainees {tally})")
        items = "".join(
            f"<li>{_escape(isolate(c.text))} <small>"
            + line.format(key=status_letter(c.key_status), tally=tally_text(c))
            + "</small></li>"
            for c in split
        )
        heading = translate("WorkshopView", "The claims that split the room most")
        return f"<b>{heading}</b><ol>{items}</ol>"

    # --- the report -----------------------------------------------------------------------------

    def ask_export(self) -> None:
        name = f"workshop-{self.comparison.key_title}"[:80]
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("WorkshopView", "Export the workshop report"),
            f"{name}.docx",
            translate("WorkshopView", "Word document (*.docx)"),
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
            translate("WorkshopView", "writing the workshop report"),
            work,
            self._written,
            self._failed,
        )
        return self.task

    def _written(self, path: Path | None) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        if path is not None:
            self.written = path
            self.note = show_written(
                self, path, translate("WorkshopView", "Workshop report written")
            )

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        self.report_error(error)


def _score_cells(score: TraineeScore) -> list[QTableWidgetItem]:
    reading = kappa_words(describe_kappa(score.kappa))
    n = local_number
    return [
        _cell(score.name),
        _cell(
            f"{n(score.found)} / {n(score.total)}",
            translate("WorkshopView", "Key claims this trainee marked"),
        ),
        _cell(
            translate("WorkshopView", "{percent}%").format(percent=n(round(score.agreement * 100))),
            translate("WorkshopView", "{agreed} of {total} as the key").format(
                agreed=n(score.agreed), total=n(score.total)
            ),
        ),
        _cell(
            kappa_text(score.kappa),
            translate("WorkshopView", "Agreement with the key beyond chance"),
        ),
        _cell(reading),
        _cell(
            f"{n(score.sources_matched)} / {n(score.sources_expected)}",
            translate("WorkshopView", "Claims attributed to the same source as the key"),
        ),
        _cell(
            n(score.extra_claims),
            translate("WorkshopView", "Claims marked that are not in the key"),
        ),
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
