"""The New case dialog: the question the case checks, and a short title taken from it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.text import title_from_question


class NewCaseDialog(QDialog):
    """Asks for the question first (what the report prints), then an optional short title."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseDialog")
        self.setWindowTitle(self.tr("New case"))
        # One line: Enter creates the case, as a keyboard user expects of a prompt.
        self.question = QLineEdit(self)
        self.question.setMinimumWidth(self.question.fontMetrics().averageCharWidth() * 60)
        self.question.setPlaceholderText(self.tr("Did the minister say the border was closed?"))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Taken from the question"))
        hint = QLabel(
            self.tr("The title names the case in lists; leave it empty to use the question.")
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("The &question the case checks:"), self.question)
        form.addRow(self.tr("Short &title:"), self.title)
        form.addRow("", hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.question.textChanged.connect(self._refresh)
        self.title.textChanged.connect(self._refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self._refresh()
        self.question.setFocus()

    def question_text(self) -> str:
        return self.question.text().strip()

    def title_text(self) -> str:
        return self.title.text().strip() or title_from_question(self.question_text())

    def _refresh(self) -> None:
        derived = title_from_question(self.question_text())
        self.title.setPlaceholderText(derived or self.tr("Taken from the question"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_text()))
