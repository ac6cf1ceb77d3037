"""When someone else changed a claim first: both versions side by side, and the user picks."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

FIELD_NAMES = {"status": "Status", "text": "Wording", "note": "Note", "source": "Source"}


def current_value(claim: ClaimRecord, field: str, source_name: str | None) -> str:
    if field == "status":
        return claim.status.value
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
        self.setWindowTitle("Claim changed by someone else")
        self.setMinimumWidth(520)
        theirs = conflict.theirs
        when = f" at {conflict.at:%H:%M:%S} on {conflict.at:%d %b %Y}" if conflict.at else ""
        layout = QVBoxLayout(self)
        heading = QLabel(
            f"<b>Claim {theirs.id} was changed by {conflict.by}{when}</b>, after this window "
            "read it. Your change was not saved.",
            self,
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        claim = QLabel(f"“{theirs.text}”", self)
        claim.setWordWrap(True)
        layout.addWidget(claim)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for column, title in enumerate(("", f"Theirs ({conflict.by})", "Yours")):
            label = QLabel(f"<b>{title}</b>", self)
            grid.addWidget(label, 0, column)
        for row, (field, mine) in enumerate(conflict.mine.items(), start=1):
            grid.addWidget(QLabel(FIELD_NAMES.get(field, field), self), row, 0)
            for column, value in ((1, current_value(theirs, field, source_name)), (2, mine or "—")):
                cell = QLabel(value, self)
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setObjectName("theirs" if column == 1 else "mine")
                grid.addWidget(cell, row, column)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addSpacing(6)
        buttons = QDialogButtonBox(self)
        self.keep_theirs = QPushButton("Keep theirs", self)
        self.use_mine = QPushButton("Use mine", self)
        self.keep_theirs.setToolTip("Leave the claim as they saved it; your change is dropped")
        self.use_mine.setToolTip("Save your change over theirs; both stay in the audit trail")
        buttons.addButton(self.keep_theirs, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.use_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_theirs.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def ask_which(parent: QWidget, conflict: ClaimChanged, source_name: str | None) -> bool:
    """True when the user puts their change over the other one."""
    return ConflictDialog(conflict, source_name, parent).exec() == QDialog.DialogCode.Accepted
