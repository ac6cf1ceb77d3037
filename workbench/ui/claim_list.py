"""The case's claims as a list: a status chip, the wording, and the claim's structure in a line
(origin → relays ← denials) with its article count.

Keys 1-4 set the selected claim's status while the list has focus; arrows move between claims.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from workbench.core.records import CaseDossier, ClaimRecord
from workbench.core.structure import claim_structure
from workbench.core.vocabulary import Status
from workbench.ui import look, theme
from workbench.ui.claim_structure_view import structure_summary
from workbench.ui.i18n import isolate, text_direction, translate
from workbench.ui.vocabulary_names import status_meaning

ClaimRole = Qt.ItemDataRole.UserRole + 1
SourceRole = Qt.ItemDataRole.UserRole + 2
ArticleCountRole = Qt.ItemDataRole.UserRole + 3
StatusRole = Qt.ItemDataRole.UserRole + 4
StructureRole = Qt.ItemDataRole.UserRole + 5

Index = QModelIndex | QPersistentModelIndex


class ClaimListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._claims: list[ClaimRecord] = []
        self._sources: dict[int, str] = {}
        self._articles: dict[int, int] = {}
        self._dossier: CaseDossier | None = None
        self._summaries: dict[int, str] = {}  # worked out when a row is first painted

    def set_dossier(
        self, dossier: CaseDossier | None, changed: Sequence[int] | None = None
    ) -> None:
        """Show ``dossier``; with ``changed`` (claims edited in place) only those rows redraw."""
        same_rows = (
            changed is not None
            and dossier is not None
            and len(dossier.claims) == len(self._claims)
            and all(a.id == b.id for a, b in zip(dossier.claims, self._claims, strict=True))
        )
        if same_rows:
            assert dossier is not None and changed is not None
            self._patch(dossier, changed)
            for claim_id in changed:
                row = self.row_of(claim_id)
                if row is not None:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
            return
        self.beginResetModel()
        self._take(dossier)
        self.endResetModel()

    def _take(self, dossier: CaseDossier | None) -> None:
        self._dossier = dossier
        self._summaries = {}
        self._claims = list(dossier.claims) if dossier else []
        self._sources = {s.id: s.name for s in dossier.sources} if dossier else {}
        self._articles = {}
        if dossier:
            per_claim: dict[int, set[int]] = {}
            for mention in dossier.mentions:
                per_claim.setdefault(mention.claim_id, set()).add(mention.article_id)
            self._articles = {k: len(v) for k, v in per_claim.items()}

    def _patch(self, dossier: CaseDossier, changed: Sequence[int]) -> None:
        """Take ``dossier`` where only the ``changed`` claims differ: work in the edit's size."""
        self._dossier = dossier
        self._claims = list(dossier.claims)
        self._sources = {s.id: s.name for s in dossier.sources}
        for claim_id in changed:
            self._summaries.pop(claim_id, None)
            articles = {x.article_id for x in dossier.mentions_of(claim_id)}
            if articles:
                self._articles[claim_id] = len(articles)
            else:
                self._articles.pop(claim_id, None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._claims)

    def claim_at(self, row: int) -> ClaimRecord | None:
        return self._claims[row] if 0 <= row < len(self._claims) else None

    def row_of(self, claim_id: int) -> int | None:
        return next((i for i, c in enumerate(self._claims) if c.id == claim_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        claim = self.claim_at(index.row())
        if claim is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return claim.text
        if role == Qt.ItemDataRole.ToolTipRole:
            source = self._sources.get(claim.source_id or -1) or translate(
                "ClaimList", "no source yet"
            )
            structure = self.summary(claim.id)
            meaning = status_meaning(claim.status)
            lines = [f"{look.label(claim.status)}: {meaning}", isolate(claim.text), isolate(source)]
            return "\n".join(lines + ([structure] if structure else []))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{look.name(claim.status)}: {claim.text}"
        if role == ClaimRole:
            return claim.id
        if role == StatusRole:
            return claim.status
        if role == SourceRole:
            return self._sources.get(claim.source_id or -1, "")
        if role == ArticleCountRole:
            return self._articles.get(claim.id, 0)
        if role == StructureRole:
            return self.summary(claim.id)
        return None

    def summary(self, claim_id: int) -> str:
        """Origin → relays ← denials in one line; empty for a claim with no marked passage."""
        if claim_id not in self._summaries:
            text = ""
            if self._dossier is not None and self._articles.get(claim_id):
                text = structure_summary(claim_structure(self._dossier, claim_id))
            self._summaries[claim_id] = text
        return self._summaries[claim_id]


class ClaimDelegate(QStyledItemDelegate):
    """Chip on the left, wording on top, source and article count beneath."""

    CHIP_WIDTH = 104

    @staticmethod
    def row_height(font: QFont) -> int:
        """Chip and wording on two lines, source and count on the third."""
        return QFontMetrics(font).height() * 3 + 12

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, self.row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget else None
        text = option.text
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect = QRectF(option.rect).adjusted(6, 5, -6, -5)
        metrics = QFontMetrics(option.font)
        status = Status(index.data(StatusRole))
        # The chip leads: on the left, or on the right when the window reads right to left.
        direction = option.direction
        mirrored = direction == Qt.LayoutDirection.RightToLeft
        chip_left = rect.right() - self.CHIP_WIDTH if mirrored else rect.left()
        chip = QRectF(chip_left, rect.top(), self.CHIP_WIDTH, metrics.height() + 8)
        look.paint_chip(painter, status, chip, direction)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(
            option.palette.highlightedText().color() if selected else option.palette.text().color()
        )
        width = rect.width() - self.CHIP_WIDTH - 8
        left = rect.left() if mirrored else chip.right() + 8
        wording = QRectF(left, rect.top(), width, metrics.height() * 2 + 2)
        _draw_text(
            painter,
            wording,
            Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            _elide_two_lines(metrics, text, int(width)),
            text_direction(text, direction),
        )
        count = index.data(ArticleCountRole)
        lead = index.data(StructureRole) or index.data(SourceRole)
        lead = isolate(lead) if lead else translate("ClaimList", "no source yet")
        detail = translate("ClaimList", "{lead} · %n article(s)", "", count).format(lead=lead)
        painter.setPen(
            option.palette.highlightedText().color() if selected else QColor(theme.current().muted)
        )
        _draw_text(
            painter,
            QRectF(left, wording.bottom(), width, metrics.height() + 2),
            Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(detail, Qt.TextElideMode.ElideRight, int(width)),
            direction,
        )
        painter.restore()


def _draw_text(
    painter: QPainter,
    rect: QRectF,
    flags: Qt.AlignmentFlag | Qt.TextFlag,
    text: str,
    direction: Qt.LayoutDirection,
) -> None:
    """Text laid out in its own direction, against the edge that direction starts from."""
    painter.save()
    painter.setLayoutDirection(direction)
    align = (
        Qt.AlignmentFlag.AlignRight
        if direction == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    painter.drawText(rect, int(flags | align), text)
    painter.restore()


def _elide_two_lines(metrics: QFontMetrics, text: str, width: int) -> str:
    if metrics.horizontalAdvance(text) <= width * 2 - 20:
        return text
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width * 2 - 40)


_STATUS_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}


class ClaimListView(QListView):
    """The list; number keys 1-4 ask for a status change on the current claim."""

    status_key = Signal(object)  # Status

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ClaimDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setToolTip(
            translate(
                "ClaimList", "Keys 1-4 set the status: 1 sourced, 2 relayed, 3 denied, 4 unverified"
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        position = _STATUS_KEYS.get(Qt.Key(event.key()))
        if position is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.status_key.emit(list(Status)[position])
            return
        super().keyPressEvent(event)
