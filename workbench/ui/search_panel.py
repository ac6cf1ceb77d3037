"""Search as you type: results with the hits marked, filters from the facets, off the GUI thread."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.ui import theme
from workbench.ui.case_controller import CaseController
from workbench.ui.i18n import isolate, local_date, local_number, translate
from workbench.ui.tasks import TaskContext
from workbench.ui.vocabulary_names import language_name

DEBOUNCE_MS = 250
HitRole = Qt.ItemDataRole.UserRole + 1
FILTERS = ("outlet", "language", "month")


def _hit_html(text: str) -> str:
    background, ink = theme.current().hit
    return f"<b style='background:{background}; color:{ink}'>{escape(text)}</b>"


def filter_names(name: str) -> tuple[str, str]:
    """The "any …" entry and the tooltip of one filter box."""
    names = {
        "outlet": (
            translate("SearchPanel", "any outlet"),
            translate("SearchPanel", "Only results from this outlet"),
        ),
        "language": (
            translate("SearchPanel", "any language"),
            translate("SearchPanel", "Only results in this language"),
        ),
        "month": (
            translate("SearchPanel", "any month"),
            translate("SearchPanel", "Only results from this month"),
        ),
    }
    return names[name]


def snippet_html(snippet: tuple[tuple[str, bool], ...]) -> str:
    return "".join(_hit_html(text) if hit else escape(text) for text, hit in snippet)


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's rich text (the snippet with its hits in bold)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        document.setTextWidth(max(100, option.rect.width() - 8))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)  # type: ignore[arg-type]
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        document.drawContents(painter, QRectF(0, 0, option.rect.width() - 8, option.rect.height()))
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)  # type: ignore[arg-type]
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


class SearchPanel(QWidget):
    """A query box, filters and the hits; activating a hit asks to open the article."""

    hit_activated = Signal(int, object)  # article id, list of (start, end) hit spans
    searched = Signal()  # results (or a message) are on screen

    def __init__(self, controller: CaseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(
            translate("SearchPanel", "Search the library (opening the index…)")
        )
        self.query.setClearButtonEnabled(True)
        self.query.setToolTip(
            translate("SearchPanel", 'Words, "exact phrases", outlet:… language:ar, AND / OR / NOT')
        )
        self.query.setEnabled(False)
        self.this_case = QCheckBox(translate("SearchPanel", "This case only"), self)
        self.filters: dict[str, QComboBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for column, name in enumerate(FILTERS):
            box = QComboBox(self)
            box.addItem(filter_names(name)[0], None)
            box.setToolTip(filter_names(name)[1])
            box.activated.connect(self._schedule)
            self.filters[name] = box
            grid.addWidget(box, 0, column)
        grid.addWidget(self.this_case, 1, 0, 1, 3)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.results_model = QStandardItemModel(self)
        self.results = QListView(self)
        self.results.setModel(self.results_model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(self._activate)
        self.results.clicked.connect(self._activate)
        self.results.setToolTip(
            translate(
                "SearchPanel", "Enter or click opens the article with its hits marked (F3: next)"
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self._generation = 0
        self.query.textChanged.connect(self._schedule)
        self.this_case.toggled.connect(self._schedule)
        controller.search_ready.connect(self._ready)
        self.query.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the query box moves into the results, so search works without a mouse."""
        if (
            watched is self.query
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down  # type: ignore[attr-defined]
            and self.results_model.rowCount()
        ):
            self.results.setFocus()
            self.results.setCurrentIndex(self.results_model.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def _ready(self) -> None:
        self.query.setEnabled(True)
        self.query.setPlaceholderText(
            translate("SearchPanel", "Search the library — results appear as you type")
        )

    def _schedule(self) -> None:
        self._timer.start()

    def run_search(self) -> None:
        """Start a search now (the debounce timer calls this); old answers are dropped."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.query.text().strip()
        search = self.controller.search
        if not text or search is None:
            self.results_model.clear()
            self.message.setText("")
            self.searched.emit()
            return
        filters = {n: b.currentData() for n, b in self.filters.items() if b.currentData()}
        case_id = self.controller.case_id if self.this_case.isChecked() else None

        def work(_context: TaskContext) -> object:
            return search.search(text, case_id=case_id, filters=filters, page_size=50)

        self.controller.runner.start(
            translate("SearchPanel", "search"),
            work,
            lambda results: self._show(generation, results),
            lambda error: self._failed(generation, error),
        )

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(error, WorkbenchError):
            self.results_model.clear()
            self.message.setText(
                f"<span style='color:{theme.current().error}'>{escape(str(error))}</span>"
            )
            self.searched.emit()
        else:
            self.controller.failed.emit(error)

    def _show(self, generation: int, results: object) -> None:
        if generation != self._generation or results is None:
            return
        self.results_model.clear()
        for hit in results.hits:  # type: ignore[attr-defined]
            bits = [hit.outlet or "", local_date(hit.published)]
            meta = " · ".join(escape(isolate(b)) for b in bits if b)
            item = QStandardItem(
                f"<b>{escape(isolate(hit.title))}</b><br>"
                f"<span style='color:{theme.current().muted}'>{meta}</span><br>"
                f"{snippet_html(hit.snippet)}"
            )
            item.setEditable(False)
            item.setData(hit, HitRole)
            self.results_model.appendRow(item)
        total = results.total  # type: ignore[attr-defined]
        notices = " ".join(results.notices)  # type: ignore[attr-defined]
        if not results.total_is_estimate:  # type: ignore[attr-defined]
            count = translate("SearchPanel", "%Ln article(s) found.", "", total)
        elif results.partial:  # type: ignore[attr-defined]
            # Past the time limit the total is a floor; a sampled phrase gives an estimate.
            count = translate("SearchPanel", "At least %Ln article(s) found.", "", total)
        else:
            count = translate("SearchPanel", "About %Ln article(s) found.", "", total)
        self.message.setText(f"{count} {escape(notices)}".strip())
        self._fill_filters(results.facets)  # type: ignore[attr-defined]
        self.searched.emit()

    def _fill_filters(self, facets: dict[str, list[tuple[str, int]]]) -> None:
        for name, box in self.filters.items():
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(filter_names(name)[0], None)
            for value, count in facets.get(name, []):
                shown = language_name(value) if name == "language" else isolate(value)
                box.addItem(f"{shown} ({local_number(count)})", value)
            index = box.findData(chosen) if chosen else 0
            if chosen and index < 0:
                box.addItem(chosen, chosen)
                index = box.count() - 1
            box.setCurrentIndex(index)
            box.blockSignals(False)

    def _activate(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if hit is not None:
            self.hit_activated.emit(hit.id, list(hit.positions))
