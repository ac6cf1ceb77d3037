"""The case & library panel: cases, the open case's articles, and search."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.services import cases
from workbench.services.checkout_records import LENT, checkout_marks
from workbench.ui.article_model import ArticleIdRole, ArticleTableModel
from workbench.ui.case_controller import CaseController
from workbench.ui.i18n import isolate, translate
from workbench.ui.search_panel import SearchPanel

CaseIdRole = Qt.ItemDataRole.UserRole + 1
CheckoutRole = Qt.ItemDataRole.UserRole + 2  # "lent" or "borrowed" while checked out


class LibraryPanel(QWidget):
    article_chosen = Signal(int)
    case_chosen = Signal(int)

    def __init__(self, controller: CaseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.cases_model = QStandardItemModel(self)
        self.cases = QListView(self)
        self.cases.setObjectName("caseList")
        self.cases.setModel(self.cases_model)
        self.cases.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A long question as a title is cut with "…" (its tooltip has it all), not scrolled to.
        self.cases.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cases.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.cases.setToolTip(
            translate("LibraryDock", "Your cases; open one to read and mark its claims")
        )
        self.articles_model = ArticleTableModel(controller.library, self, controller.runner)
        self.articles = QTableView(self)
        self.articles.setObjectName("articleTable")
        self.articles.setModel(self.articles_model)
        self.articles.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.articles.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.articles.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.articles.verticalHeader().hide()
        self.articles.verticalHeader().setDefaultSectionSize(
            self.articles.fontMetrics().height() + 6
        )
        header = self.articles.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 110)
        header.resizeSection(1, 80)
        header.resizeSection(3, 36)
        self.articles.setWordWrap(False)
        self.article_count = QLabel(self)
        self.search = SearchPanel(controller, self)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(translate("LibraryDock", "<b>Cases</b>"), top))
        top_layout.addWidget(self.cases)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.article_count)
        bottom_layout.addWidget(self.articles)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(bottom, translate("LibraryDock", "Articles"))
        self.tabs.addTab(self.search, translate("LibraryDock", "Search"))
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("librarySplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.splitter)
        self.cases.activated.connect(self._case_activated)
        self.cases.clicked.connect(self._case_activated)
        self.articles.activated.connect(self._article_activated)
        self.articles.clicked.connect(self._article_activated)
        controller.case_opened.connect(self._case_opened)
        controller.library_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Re-read the cases and the article list (after an import or a new case)."""
        self.cases_model.clear()
        everything = QStandardItem(translate("LibraryDock", "All articles in the library"))
        everything.setData(0, CaseIdRole)
        everything.setToolTip(
            translate("LibraryDock", "Browse every article, whichever case it belongs to")
        )
        font = everything.font()
        # Arabic has no italics, and many Arabic fonts none to fall back on: bold marks it instead.
        font.setItalic(QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight)
        font.setBold(QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        everything.setFont(font)
        self.cases_model.appendRow(everything)
        marks = checkout_marks(self.controller.library)
        for case, n_articles, n_claims in cases.list_cases(self.controller.library):
            item = QStandardItem(isolate(case.title))
            item.setData(case.id, CaseIdRole)
            counts = translate("LibraryDock", "%n article(s), ", "", n_articles) + translate(
                "LibraryDock", "%n claim(s)", "", n_claims
            )
            tip = f"{isolate(case.title)}\n{isolate(case.question)}\n{counts}"
            mark = marks.get(case.id)
            if mark is not None:
                # Lent: others should know their changes will meet the borrower's at check-in.
                who = (
                    translate("LibraryDock", "checked out by {name}").format(name=isolate(mark.by))
                    if mark.side == LENT
                    else translate("LibraryDock", "checked out here")
                )
                item.setText(f"{isolate(case.title)}  ⇄ {who}")
                item.setData(mark.side, CheckoutRole)
                item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
                tip += f"\n{isolate(mark.line())}"
            item.setToolTip(tip)
            self.cases_model.appendRow(item)
        self._select_case(self.articles_model.case_id)
        self.articles_model.reload()
        self._count()

    def select_article(self, article_id: int) -> None:
        row = self.articles_model.row_of(article_id)
        if row is not None:
            index = self.articles_model.index(row, 0)
            self.articles.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.articles.scrollTo(index)

    @property
    def showing_library(self) -> bool:
        return self.articles_model.case_id is None

    def show_library(self) -> None:
        """List every article of the library (lazily: it may hold tens of thousands)."""
        self.articles_model.set_case(None)
        self._select_case(None)
        self._count()

    def _case_opened(self, case_id: int) -> None:
        self.articles_model.set_case(case_id or None)
        self._select_case(case_id or None)
        self._count()

    def _select_case(self, case_id: int | None) -> None:
        wanted = case_id or 0  # row 0, the whole library, when no case is listed
        for row in range(self.cases_model.rowCount()):
            index = self.cases_model.index(row, 0)
            if index.data(CaseIdRole) == wanted:
                self.cases.setCurrentIndex(index)
                return
        self.cases.clearSelection()

    def _count(self) -> None:
        total = self.articles_model.total
        if self.articles_model.case_id:
            text = translate("LibraryDock", "%Ln article(s) in this case", "", total)
        else:
            text = translate("LibraryDock", "%Ln article(s) in the library", "", total)
        self.article_count.setText(text)

    def _case_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CaseIdRole)
        if case_id == 0:
            self.show_library()
        elif case_id is not None and (case_id != self.controller.case_id or self.showing_library):
            self.case_chosen.emit(case_id)

    def _article_activated(self, index: QModelIndex) -> None:
        article_id = index.data(ArticleIdRole)
        if article_id is None:
            article_id = self.articles_model.index(index.row(), 0).data(ArticleIdRole)
        if article_id is not None:
            self.article_chosen.emit(article_id)
