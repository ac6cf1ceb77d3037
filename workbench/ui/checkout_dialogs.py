"""The dialogs of check-out and check-in: which team library and case, and how to settle conflicts.

They only ask; the flow (ui/checkout_flow.py) runs the work in the background.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.casemerge import Side
from workbench.services.checkout import ConflictView
from workbench.ui.export_dialog import path_row
from workbench.ui.i18n import isolate, translate

CaseIdRole = Qt.ItemDataRole.UserRole + 1


class CheckOutDialog(QDialog):
    """Pick a team library and one of its cases; `chosen` fires with (location, case id)."""

    chosen = Signal(str, int)
    location_set = Signal(str)  # the flow reads the team library's cases and calls show_cases

    def __init__(self, parent: QWidget, location: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("checkOutDialog")
        self.setWindowTitle(translate("CheckOutDialog", "Check out a case"))
        self.location = QLineEdit(location, self)
        self.location.setPlaceholderText(translate("CheckOutDialog", "The team library's folder"))
        self.location.editingFinished.connect(self._location_changed)
        browse = QPushButton(translate("CheckOutDialog", "Browse…"), self)
        browse.clicked.connect(self._browse)
        self.cases = QListWidget(self)
        self.cases.setObjectName("teamCases")
        self.cases.itemSelectionChanged.connect(self._selection_changed)
        self.cases.itemDoubleClicked.connect(lambda _item: self._accept())
        self.note = QLabel(
            translate(
                "CheckOutDialog",
                "The case is copied into this library to work on away from the network, and "
                "shown to the team as checked out until you check it back in.",
            ),
            self,
        )
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("CheckOutDialog", "Team library:"), path_row(self.location, browse))
        form.addRow(translate("CheckOutDialog", "Case:"), self.cases)
        self.buttons = QDialogButtonBox(self)
        self.check_out_button = self.buttons.addButton(
            translate("CheckOutDialog", "&Check out"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.check_out_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(620, 420)

    def show_cases(self, listing: list[tuple[int, str, str | None]]) -> None:
        """The team library's cases: id, title, and who has it checked out, if anyone."""
        self.cases.clear()
        for case_id, title, mark in listing:
            item = QListWidgetItem(isolate(title) if mark is None else f"{isolate(title)} — {mark}")
            item.setData(CaseIdRole, case_id)
            if mark is not None:
                # Already out: it must be checked in before anyone takes it again.
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(mark)
            self.cases.addItem(item)
        self._selection_changed()

    def select_case(self, case_id: int) -> None:
        for row in range(self.cases.count()):
            if self.cases.item(row).data(CaseIdRole) == case_id:
                self.cases.setCurrentRow(row)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("CheckOutDialog", "The team library"), self.location.text()
        )
        if chosen:
            self.location.setText(chosen)
            self._location_changed()

    def _location_changed(self) -> None:
        if self.location.text().strip():
            self.location_set.emit(self.location.text().strip())

    def _selection_changed(self) -> None:
        self.check_out_button.setEnabled(bool(self.cases.selectedItems()))

    def _accept(self) -> None:
        items = self.cases.selectedItems()
        if items:
            self.chosen.emit(self.location.text().strip(), int(items[0].data(CaseIdRole)))


class ConflictDialog(QDialog):
    """Each conflict with both versions and a choice: keep mine (this library) or theirs (the
    team's). `settled` fires with the choices; the version not kept stays in the history."""

    settled = Signal(object)  # dict[str, Side]

    def __init__(self, parent: QWidget, title: str, conflicts: tuple[ConflictView, ...]) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(translate("ConflictDialog", "Settle the conflicts"))
        self.conflicts = conflicts
        count = len(conflicts)
        head = QLabel(
            translate(
                "ConflictDialog",
                "<b>%n conflict(s)</b> in “%1”: both you and the team changed these since you "
                "checked the case out. Choose which version to keep for each; the other stays in "
                "the case's history.",
                "",
                count,
            ).replace("%1", isolate(title)),
            self,
        )
        head.setWordWrap(True)
        self.table = QTableWidget(count, 4, self)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("ConflictDialog", "What"),
                translate("ConflictDialog", "Mine (this library)"),
                translate("ConflictDialog", "Theirs (team)"),
                translate("ConflictDialog", "Keep"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.groups: list[QButtonGroup] = []
        self.buttons_by_side: list[dict[Side, QRadioButton]] = []
        for row, view in enumerate(conflicts):
            for column, text in enumerate((view.subject, view.mine, view.theirs)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            holder = QWidget(self.table)
            box = QHBoxLayout(holder)
            box.setContentsMargins(4, 0, 4, 0)
            group = QButtonGroup(holder)
            sides: dict[Side, QRadioButton] = {}
            for side, label, tip in (
                (
                    Side.MINE,
                    translate("ConflictDialog", "Mine"),
                    translate("ConflictDialog", "Keep your version"),
                ),
                (
                    Side.THEIRS,
                    translate("ConflictDialog", "Theirs"),
                    translate("ConflictDialog", "Keep the team's version"),
                ),
            ):
                button = QRadioButton(label, holder)
                button.setToolTip(tip)
                group.addButton(button)
                box.addWidget(button)
                sides[side] = button
                button.toggled.connect(self._update)
            self.groups.append(group)
            self.buttons_by_side.append(sides)
            self.table.setCellWidget(row, 3, holder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(-1, -1)
        all_mine = QPushButton(translate("ConflictDialog", "Keep all &mine"), self)
        all_mine.clicked.connect(lambda: self.choose_all(Side.MINE))
        all_theirs = QPushButton(translate("ConflictDialog", "Keep all &theirs"), self)
        all_theirs.clicked.connect(lambda: self.choose_all(Side.THEIRS))
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(all_mine, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(all_theirs, QDialogButtonBox.ButtonRole.ActionRole)
        self.check_in_button = self.buttons.addButton(
            translate("ConflictDialog", "&Check in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.remaining = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remaining)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self._update()

    def choose(self, row: int, side: Side) -> None:
        self.buttons_by_side[row][side].setChecked(True)

    def choose_all(self, side: Side) -> None:
        for row in range(len(self.conflicts)):
            self.choose(row, side)

    def choices(self) -> dict[str, Side]:
        chosen = {}
        for view, sides in zip(self.conflicts, self.buttons_by_side, strict=True):
            for side, button in sides.items():
                if button.isChecked():
                    chosen[view.id] = side
        return chosen

    def _update(self) -> None:
        left = len(self.conflicts) - len(self.choices())
        self.check_in_button.setEnabled(left == 0)
        self.remaining.setText(
            translate("ConflictDialog", "%n conflict(s) still to settle.", "", left) if left else ""
        )

    def _accept(self) -> None:
        if len(self.choices()) == len(self.conflicts):
            self.settled.emit(self.choices())
            self.accept()
