"""When someone else changed a claim first: both versions side by side, and the user picks."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import ClaimChanged
from workbench.core.records import ClaimRecord
from workbench.core.vocabulary import Status
from workbench.ui.i18n import isolate, local_number, translate
from workbench.ui.vocabulary_names import status_name


def field_names() -> dict[str, str]:
    return {
        "status": translate("ConflictDialog", "Status"),
        "text": translate("ConflictDialog", "Wording"),
        "note": translate("ConflictDialog", "Note"),
        "source": translate("ConflictDialog", "Source"),
    }


def current_value(claim: ClaimRecord, field: str, source_name: str | None) -> str:
    if field == "status":
        return status_name(claim.status)
    if field == "source":
        return source_name or "—"
    return str(getattr(claim, field, "")) or "—"


class ConflictDialog(QDialog):
    """Theirs (as the claim now stands) against yours (the change not saved)."""

    def __init__(
        self, conflict: ClaimChanged, source_name: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(translate("ConflictDialog", "Claim changed by someone else"))
        self.setMinimumWidth(520)
        theirs = conflict.theirs
        by = isolate(conflict.by)
        if conflict.at:
            at = conflict.at
            day, time = QDate(at.year, at.month, at.day), QTime(at.hour, at.minute, at.second)
            moment = QDateTime(day, time)
            when = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
            text = translate(
                "ConflictDialog",
                "<b>Claim {id} was changed by {by} at {when}</b>, after this window read it. "
                "Your change was not saved.",
            ).format(id=local_number(theirs.id), by=by, when=when)
        else:
            text = translate(
                "ConflictDialog",
                "<b>Claim {id} was changed by {by}</b>, after this window read it. "
                "Your change was not saved.",
            ).format(id=local_number(theirs.id), by=by)
        layout = QVBoxLayout(self)
        heading = QLabel(text, self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        claim = QLabel(f"“{isolate(theirs.text)}”", self)
        claim.setWordWrap(True)
        layout.addWidget(claim)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        theirs_title = translate("ConflictDialog", "Theirs ({by})").format(by=by)
        for column, title in enumerate(("", theirs_title, translate("ConflictDialog", "Yours"))):
            label = QLabel(f"<b>{title}</b>", self)
            grid.addWidget(label, 0, column)
        for row, (field, mine) in enumerate(conflict.mine.items(), start=1):
            grid.addWidget(QLabel(field_names().get(field, field), self), row, 0)
            yours = status_name(Status(mine)) if field == "status" and mine else (mine or "—")
            for column, value in ((1, current_value(theirs, field, source_name)), (2, yours)):
                cell = QLabel(value, self)
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setObjectName("theirs" if column == 1 else "mine")
                grid.addWidget(cell, row, column)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addSpacing(6)
        buttons = QDialogButtonBox(self)
        self.keep_theirs = QPushButton(translate("ConflictDialog", "Keep theirs"), self)
        self.use_mine = QPushButton(translate("ConflictDialog", "Use mine"), self)
        self.keep_theirs.setToolTip(
            translate("ConflictDialog", "Leave the claim as they saved it; your change is dropped")
        )
        self.use_mine.setToolTip(
            translate(
                "ConflictDialog", "Save your change over theirs; both stay in the audit trail"
            )
        )
        buttons.addButton(self.keep_theirs, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.use_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_theirs.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def ask_which(parent: QWidget, conflict: ClaimChanged, source_name: str | None) -> bool:
    """True when the user puts their change over the other one."""
    return ConflictDialog(conflict, source_name, parent).exec() == QDialog.DialogCode.Accepted
