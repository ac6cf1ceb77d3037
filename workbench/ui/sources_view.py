"""The sources view: every actor with its kind and claims; rename, change kind, merge duplicates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.records import SourceRecord
from workbench.core.vocabulary import SourceKind
from workbench.services import sources
from workbench.ui import commands
from workbench.ui.case_controller import CaseController
from workbench.ui.claim_detail import kind_labels
from workbench.ui.i18n import isolate, local_number, translate

SourceRole = Qt.ItemDataRole.UserRole + 1


class SourcesDialog(QDialog):
    def __init__(self, controller: CaseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(translate("SourcesView", "Sources"))
        self.resize(640, 420)
        self.model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.kind = QComboBox(self)
        for kind, text in kind_labels().items():
            self.kind.addItem(text, kind)
        set_kind = QPushButton(translate("SourcesView", "Set kind"), self)
        set_kind.clicked.connect(self._set_kind_of_selected)
        merge = QPushButton(translate("SourcesView", "Merge selected…"), self)
        merge.setToolTip(
            translate(
                "SourcesView",
                "Fold the selected entries into the first one selected (not undoable)",
            )
        )
        merge.clicked.connect(self._merge_selected)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("SourcesView", "Kind:"), self))
        row.addWidget(self.kind)
        row.addWidget(set_kind)
        row.addStretch(1)
        row.addWidget(merge)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate(
                    "SourcesView",
                    "Double-click a name to rename it. Select duplicates and merge them.",
                ),
                self,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.model.itemChanged.connect(self._renamed)
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.model.blockSignals(True)
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                translate("SourcesView", "Name"),
                translate("SourcesView", "Kind"),
                translate("SourcesView", "Claims & mentions"),
                translate("SourcesView", "In this case"),
            ]
        )
        dossier = self.controller.dossier
        for record, count in sources.list_sources(self.controller.library):
            name = QStandardItem(record.name)
            name.setData(record, SourceRole)
            kind = QStandardItem(kind_labels()[record.kind])
            kind.setEditable(False)
            total = QStandardItem(local_number(count))
            total.setEditable(False)
            here = [c.text for c in dossier.claims if c.source_id == record.id] if dossier else []
            case_item = QStandardItem(local_number(len(here)))
            case_item.setEditable(False)
            case_item.setToolTip(
                "\n".join(isolate(text) for text in here)
                or translate("SourcesView", "No claim of this case")
            )
            self.model.appendRow([name, kind, total, case_item])
        self.model.blockSignals(False)
        self.table.resizeColumnsToContents()

    def records(self) -> list[SourceRecord]:
        return [self.model.item(r, 0).data(SourceRole) for r in range(self.model.rowCount())]

    def rename(self, source: SourceRecord, name: str) -> None:
        self.controller.run(
            commands.EditSource(self.controller, source.id, (source.name, source.kind), name=name)
        )

    def set_kind(self, source: SourceRecord, kind: SourceKind) -> None:
        self.controller.run(
            commands.EditSource(self.controller, source.id, (source.name, source.kind), kind=kind)
        )

    def merge(self, keep: SourceRecord, others: list[SourceRecord]) -> None:
        try:
            sources.merge_sources(self.controller.library, keep.id, [o.id for o in others])
        except Exception as error:
            self.controller.failed.emit(error)
        self.controller.reload()

    def _selected(self) -> list[SourceRecord]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item(r, 0).data(SourceRole) for r in rows]

    def _renamed(self, item: QStandardItem) -> None:
        record: SourceRecord | None = item.data(SourceRole)
        if record is not None and item.column() == 0 and item.text().strip() != record.name:
            self.rename(record, item.text().strip())

    def _set_kind_of_selected(self) -> None:
        for record in self._selected():
            self.set_kind(record, SourceKind(self.kind.currentData()))

    def _merge_selected(self) -> None:
        chosen = self._selected()
        if len(chosen) < 2:
            QMessageBox.information(
                self,
                translate("SourcesView", "Merge"),
                translate("SourcesView", "Select two or more entries for one actor."),
            )
            return
        keep, others = chosen[0], chosen[1:]
        names = translate("SourcesView", ", ").join(isolate(o.name) for o in others)
        answer = QMessageBox.question(
            self,
            translate("SourcesView", "Merge sources"),
            translate(
                "SourcesView",
                "Fold {names} into “{keep}”? Their claims and mentions follow. "
                "This cannot be undone.",
            ).format(names=names, keep=isolate(keep.name)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.merge(keep, others)
