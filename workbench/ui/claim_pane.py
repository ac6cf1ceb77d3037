"""The right-hand pane: the claim list above, the selected claim's detail below, and a legend."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QToolButton, QVBoxLayout, QWidget

from workbench.core.records import ClaimRecord
from workbench.core.vocabulary import Status
from workbench.ui import commands, look
from workbench.ui.case_controller import CaseController
from workbench.ui.claim_detail import ClaimDetail
from workbench.ui.claim_list import ClaimDelegate, ClaimListModel, ClaimListView, ClaimRole
from workbench.ui.i18n import translate
from workbench.ui.vocabulary_names import status_letter, status_meaning

LISTED_CLAIMS = 6  # claims the list shows whole beside the open detail, on a 1280×800 screen


def legend_html() -> str:
    rows = "".join(
        f"<tr><td style='color:{look.text_colour(s).name()}'>"
        f"<b>{look.style(s).glyph}&nbsp;{status_letter(s)}</b></td>"
        f"<td><b>{look.name(s)}</b> ({s.key}) — {status_meaning(s)}</td></tr>"
        for s in Status
    )
    return f"<table cellspacing='0' cellpadding='1'>{rows}</table>"


class ClaimPane(QWidget):
    claim_selected = Signal(object)  # int | None

    def __init__(self, controller: CaseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = ClaimListModel(self)
        self.list = ClaimListView(self)
        self.list.setModel(self.model)
        self.list.setObjectName("claimList")
        self.detail = ClaimDetail(controller, self)
        self.count_label = QLabel(self)
        self.legend = QLabel(legend_html(), self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setStyleSheet("QLabel { font-size: 90%; }")
        # The key folds away: on a laptop screen its four lines cost two claims of the list.
        self.legend_toggle = QToolButton(self)
        self.legend_toggle.setObjectName("legendToggle")
        self.legend_toggle.setText(self.tr("Key to the marks"))
        self.legend_toggle.setToolTip(self.tr("Show or hide what each status mark means"))
        self.legend_toggle.setCheckable(True)
        self.legend_toggle.setAutoRaise(True)
        self.legend_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.legend_toggle.toggled.connect(self._legend_toggled)
        self.set_legend_open(True)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(2)
        top_layout.addWidget(self.count_label)
        top_layout.addWidget(self.list, 1)
        top_layout.addWidget(self.legend_toggle)
        top_layout.addWidget(self.legend)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("claimSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(scroll)
        # Extra height goes to the detail; the list starts with room for LISTED_CLAIMS claims.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.list_height(LISTED_CLAIMS), 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.status_key.connect(self.mark_current)
        controller.changed.connect(self.refresh)
        self.refresh()

    def list_height(self, claims: int) -> int:
        """The height of the list's half of the pane that shows `claims` claims whole."""
        row = ClaimDelegate.row_height(self.list.font())
        height = self.count_label.sizeHint().height() + claims * row + 2 * self.list.frameWidth()
        height += self.legend_toggle.sizeHint().height() + 3 * 2  # the layout's spacing
        if self.legend_open():
            height += self.legend.heightForWidth(max(self.width(), 360))
        return height

    def legend_open(self) -> bool:
        return self.legend_toggle.isChecked()

    def set_legend_open(self, shown: bool) -> None:
        self.legend_toggle.setChecked(shown)
        self._legend_toggled(shown)

    def _legend_toggled(self, shown: bool) -> None:
        self.legend.setVisible(shown)
        self.legend_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    @property
    def current_claim(self) -> ClaimRecord | None:
        return self.controller.claim(self.detail.claim_id)

    def select_claim(self, claim_id: int | None) -> None:
        row = self.model.row_of(claim_id) if claim_id is not None else None
        if row is None:
            self.list.clearSelection()
            self.list.setCurrentIndex(self.model.index(-1, 0))
            self._show(None)
            return
        index = self.model.index(row, 0)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(index)

    def mark_current(self, status: Status) -> None:
        claim = self.current_claim
        if claim is not None and claim.status != status:
            self.controller.run(commands.MarkClaim(self.controller, claim, status))

    def refresh(self) -> None:
        wanted = self.controller.pending_claim or self.detail.claim_id
        self.controller.pending_claim = None
        self.list.selectionModel().blockSignals(True)
        self.model.set_dossier(self.controller.dossier, self.controller.changed_claims)
        self.list.selectionModel().blockSignals(False)
        counts = self.controller.counts()
        total = sum(counts.values())
        self.count_label.setText(
            translate(
                "ClaimPane", "<b>%n claim(s)</b> — 1–4 set the status, arrows move", "", total
            )
        )
        current = self.list.currentIndex()
        if (
            self.controller.changed_claims is not None
            and wanted is not None
            and current.isValid()
            and current.data(ClaimRole) == wanted
        ):
            return  # the rows stayed put and the detail redraws itself on `changed`
        if wanted is None and self.model.rowCount():
            wanted = self.model.claim_at(0).id  # type: ignore[union-attr]
        if wanted is not None and self.model.row_of(wanted) is not None:
            self.select_claim(wanted)
            if self.detail.claim_id == wanted:
                self.detail.refresh()
        else:
            self.select_claim(None)

    def _current_changed(self) -> None:
        index = self.list.currentIndex()
        self._show(index.data(ClaimRole) if index.isValid() else None)

    def _show(self, claim_id: int | None) -> None:
        changed = claim_id != self.detail.claim_id
        self.detail.show_claim(claim_id)
        if changed:
            self.claim_selected.emit(claim_id)
