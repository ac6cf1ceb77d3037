"""The case details dialog: title, question, verdict and summary, saved as one undoable edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.records import CaseRecord
from workbench.ui.case_controller import CaseController
from workbench.ui.commands import EditCase
from workbench.ui.i18n import translate


def _text_box(text: str, lines: int, parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(text, parent)
    box.setTabChangesFocus(True)
    box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class CaseDetailsDialog(QDialog):
    """Edits the open case; OK pushes an `EditCase` with only the fields that changed."""

    def __init__(self, controller: CaseController, case: CaseRecord, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetailsDialog")
        self.setWindowTitle(translate("CaseDetails", "Case details"))
        self.controller = controller
        self.case = case
        self.title = QLineEdit(case.title, self)
        self.title.setPlaceholderText(translate("CaseDetails", "A short name for the case"))
        self.question = _text_box(case.question, 3, self)
        self.question.setPlaceholderText(translate("CaseDetails", "The question the case checks"))
        self.verdict = _text_box(case.verdict, 3, self)
        self.verdict.setPlaceholderText(
            translate("CaseDetails", "Your answer to the question, as the report will print it")
        )
        self.summary = _text_box(case.summary, 6, self)
        self.summary.setPlaceholderText(
            translate("CaseDetails", "How the story travelled, in a few sentences")
        )
        form = QFormLayout()
        form.addRow(translate("CaseDetails", "&Title:"), self.title)
        form.addRow(translate("CaseDetails", "&Question:"), self.question)
        form.addRow(translate("CaseDetails", "&Verdict:"), self.verdict)
        form.addRow(translate("CaseDetails", "&Summary:"), self.summary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def changes(self) -> dict[str, str]:
        entered = {
            "title": self.title.text().strip(),
            "question": self.question.toPlainText().strip(),
            "verdict": self.verdict.toPlainText().strip(),
            "summary": self.summary.toPlainText().strip(),
        }
        return {name: value for name, value in entered.items() if value != getattr(self.case, name)}

    def save(self) -> None:
        """Push the edit; on a refusal (an empty or taken title) the dialog stays open."""
        changes = self.changes()
        if not changes:
            self.accept()
            return
        if self.controller.run(EditCase(self.controller, self.case.id, **changes)):
            self.accept()
