"""The status bar: claims per status for the open case, running work, and the library path."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStatusBar, QWidget

from workbench.core.vocabulary import Status
from workbench.ui import look
from workbench.ui.case_controller import CaseController
from workbench.ui.i18n import isolate, local_number, translate
from workbench.ui.vocabulary_names import role_name, status_meaning


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
            count.setToolTip(f"{look.label(status)}: {status_meaning(status)}")
            icon.setToolTip(count.toolTip())
            self.marks[status] = icon
            row.addWidget(icon)
            row.addWidget(count)
            row.addSpacing(8)
            self.counts[status] = count
        self.addWidget(holder)
        self.work = QLabel(self)
        # What is running may be long (and longer in another language): it never widens the window.
        self.work.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.addWidget(self.work, 1)
        library = controller.library
        self.path = QLabel(library.address, self)
        self.path.setToolTip(
            translate("StatusBar", "The team library: signed in as {actor}, a {role}").format(
                actor=isolate(library.actor), role=role_name(library.team_role)
            )
            if library.is_team
            else translate(
                "StatusBar", "The library folder: the database, the search index, backups, the log"
            )
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
            label.setText(f"{look.name(status)} {local_number(counts[status])}")

    def count_text(self) -> str:
        return " ".join(label.text() for label in self.counts.values())

    def _work_changed(self) -> None:
        names = self.controller.runner.names()
        text = translate("StatusBar", "Working: {tasks}…").format(
            tasks=translate("StatusBar", ", ").join(names)
        )
        self.work.setText(text if names else "")
