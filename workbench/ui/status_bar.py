"""The status bar: claims per status for the open case, running work, and the library path."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from workbench.core.vocabulary import Status
from workbench.ui import look
from workbench.ui.case_controller import CaseController


class CaseStatusBar(QStatusBar):
    def __init__(self, controller: CaseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.counts: dict[Status, QLabel] = {}
        self.marks: dict[Status, QLabel] = {}
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(4, 0, 4, 0)
        for status in Status:
            icon = QLabel(holder)
            icon.setPixmap(look.icon(status).pixmap(16, 16))
            count = QLabel(holder)
            count.setToolTip(f"{look.label(status)}: {status.meaning}")
            icon.setToolTip(count.toolTip())
            self.marks[status] = icon
            row.addWidget(icon)
            row.addWidget(count)
            row.addSpacing(8)
            self.counts[status] = count
        self.addWidget(holder)
        self.work = QLabel(self)
        self.addWidget(self.work, 1)
        library = controller.library
        self.path = QLabel(library.address, self)
        self.path.setToolTip(
            f"The team library: signed in as {library.actor}, a {library.team_role}"
            if library.is_team
            else "The library folder: the database, the search index, backups, the log"
        )
        self.addPermanentWidget(self.path)
        controller.changed.connect(self.refresh)
        controller.runner.started.connect(self._work_changed)
        controller.runner.idle.connect(self._work_changed)
        self.refresh()

    def restyle(self) -> None:
        """The status marks in the scheme now in effect."""
        for status, mark in self.marks.items():
            mark.setPixmap(look.icon(status).pixmap(16, 16))

    def refresh(self) -> None:
        counts = self.controller.counts()
        for status, label in self.counts.items():
            label.setText(f"{look.style(status).label} {counts[status]}")

    def count_text(self) -> str:
        return " ".join(label.text() for label in self.counts.values())

    def _work_changed(self) -> None:
        names = self.controller.runner.names()
        self.work.setText(f"Working: {', '.join(names)}…" if names else "")
