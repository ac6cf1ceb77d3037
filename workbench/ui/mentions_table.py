"""The claim's mentions: where (outlet and date), the stance as a choice, and the passage.

The outlet and date share the first column, the date on its own line and always whole; the
passage takes the rest of the width and wraps, so it stays readable in the narrow claim pane of
a 1280-pixel screen and at presentation zoom.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.records import CaseDossier, MentionRecord
from workbench.core.vocabulary import Stance
from workbench.ui.i18n import isolate, local_date
from workbench.ui.vocabulary_names import stance_name

WHERE, STANCE, PASSAGE = 0, 1, 2
# The widest dates the column must show whole: the longest month name depends on the language.
SAMPLE_DATES = tuple(date(2031, month, 28) for month in range(1, 13))
PASSAGE_LINES = 5  # a longer passage is cut with "…"; its tooltip and the reader have it all


WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's present width."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # type: ignore[override]
        base = super().sizeHint(option, index)
        view = self.parent()
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(view, QTreeWidget) or not text:
            return base
        width = max(20, view.columnWidth(index.column()) - 10)
        metrics = QFontMetrics(option.font)
        bounds = metrics.boundingRect(QRect(0, 0, width, 100_000), WRAP, text)
        lines = PASSAGE_LINES if index.column() == PASSAGE else 4
        height = min(bounds.height(), metrics.lineSpacing() * lines)
        return QSize(base.width(), max(base.height(), height + 8))

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText


class MentionsTable(QTreeWidget):
    """One row per mention; `mention_at(item)` gives the record behind a row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Where"), self.tr("Stance"), self.tr("Passage")])
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(STANCE, QHeaderView.ResizeMode.Fixed)
        self.setMinimumHeight(120)
        self.setItemDelegate(WrappingDelegate(self))
        header.sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())
        self.fit_columns()

    def show_mentions(
        self,
        dossier: CaseDossier,
        mentions: list[MentionRecord],
        on_stance: Callable[[MentionRecord, Stance], None],
    ) -> None:
        self.clear()
        for mention in mentions:
            article = dossier.article(mention.article_id)
            outlet = isolate(article.outlet or article.title[:30])
            when = local_date(article.published, self.tr("undated"))
            where = f"{outlet}\n{isolate(when)}"
            item = QTreeWidgetItem([where, "", isolate(mention.quote.replace("\n", " "))])
            item.setData(WHERE, Qt.ItemDataRole.UserRole, mention)
            item.setToolTip(WHERE, f"{isolate(article.outlet or article.title)}\n{when}")
            item.setToolTip(PASSAGE, mention.quote)
            item.setTextAlignment(WHERE, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.addTopLevelItem(item)
            cell = QWidget(self)  # keeps the box its own height at the top of a tall row
            stance = QComboBox(cell)
            for value in Stance:
                stance.addItem(stance_name(value), value)
            stance.setCurrentIndex(stance.findData(mention.stance))
            # Deferred: the refresh that follows the edit rebuilds this very combo box.
            stance.activated.connect(
                lambda i, m=mention, box=stance: QTimer.singleShot(
                    0, lambda: on_stance(m, Stance(box.itemData(i)))
                )
            )
            layout = QVBoxLayout(cell)
            layout.setContentsMargins(0, 1, 0, 0)
            layout.addWidget(stance)
            layout.addStretch(1)
            self.setItemWidget(item, STANCE, cell)
        self.fit_columns()

    @staticmethod
    def mention_at(item: QTreeWidgetItem) -> MentionRecord:
        return item.data(WHERE, Qt.ItemDataRole.UserRole)

    def stance_box(self, row: int) -> QComboBox | None:
        item = self.topLevelItem(row)
        cell = self.itemWidget(item, STANCE) if item is not None else None
        return cell.findChild(QComboBox) if cell is not None else None

    def fit_columns(self) -> None:
        """Whole dates and stance words at the current font; the passage gets the rest."""
        metrics = self.fontMetrics()
        padding = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 12
        where = max(
            *(metrics.horizontalAdvance(local_date(day)) for day in SAMPLE_DATES),
            metrics.horizontalAdvance(self.tr("undated")),
            metrics.horizontalAdvance(self.headerItem().text(WHERE)),
        )
        self.setColumnWidth(WHERE, where + padding)
        probe = QComboBox()
        probe.setFont(self.font())
        for value in Stance:
            probe.addItem(stance_name(value))
        self.setColumnWidth(STANCE, probe.sizeHint().width() + 4)
        for row in range(self.topLevelItemCount()):
            box = self.stance_box(row)
            if box is not None:
                box.setFont(self.font())
        self.doItemsLayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()
