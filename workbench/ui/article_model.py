"""Articles as a table that reads the library a page at a time, so 50,000 rows open at once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workbench.services import articles
from workbench.services.articles import ArticleSummary
from workbench.store import Library
from workbench.ui.i18n import isolate, local_date, translate
from workbench.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
ArticleIdRole = Qt.ItemDataRole.UserRole + 1
PAGE = 256


def column_names() -> tuple[str, ...]:
    return (
        translate("ArticleModel", "Outlet"),
        translate("ArticleModel", "Date"),
        translate("ArticleModel", "Title"),
        translate("ArticleModel", "Lang"),
    )


def language_code(code: str) -> str:
    """The language column is narrow: a code, in the window's own letters."""
    codes = {
        "en": translate("ArticleModel", "en", "short code of English in a narrow column"),
        "ar": translate("ArticleModel", "ar", "short code of Arabic in a narrow column"),
    }
    return codes.get(code, code)


class ArticleTableModel(QAbstractTableModel):
    """The articles of one case (or of the whole library), fetched lazily as the view scrolls."""

    def __init__(
        self, library: Library, parent: object = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.library = library
        # With a runner, pages are read on a worker and the view never waits on the database.
        self.runner = runner
        self.case_id: int | None = None
        self._rows: list[ArticleSummary] = []
        self._total = 0
        self._generation = 0
        self._pending = False

    def set_case(self, case_id: int | None) -> None:
        """Show a case's articles; None shows the whole library."""
        self.beginResetModel()
        self._generation += 1
        self._pending = False
        self.case_id = case_id
        self._rows = []
        self._total = articles.count_articles(self.library, case_id)
        self.endResetModel()

    def reload(self) -> None:
        self.set_case(self.case_id)

    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(column_names())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._pending:
            return
        if self.runner is None:
            self._append(self._read_page(self._last_id(), self.case_id))
            return
        self._pending = True
        generation, offset, case_id = self._generation, len(self._rows), self.case_id
        after = self._last_id()
        self.runner.start(
            translate("ArticleModel", "listing articles"),
            lambda _context: self._read_page(after, case_id),
            lambda page: self._page_arrived(generation, offset, page),
            self._page_failed,
        )

    @property
    def fetching(self) -> bool:
        return self._pending

    def _read_page(self, after: int | None, case_id: int | None) -> list[ArticleSummary]:
        return articles.list_articles(self.library, case_id, limit=PAGE, after_id=after)

    def _last_id(self) -> int | None:
        """Rows arrive in id order, so the next page starts after the last id shown."""
        return self._rows[-1].id if self._rows else None

    def _page_failed(self, error: BaseException) -> None:
        self._pending = False
        if self.runner is not None and self.runner.error_handler is not None:
            self.runner.error_handler(error)

    def _page_arrived(self, generation: int, offset: int, page: list[ArticleSummary]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return  # the list was reset meanwhile
        self._pending = False
        self._append(page)

    def _append(self, page: list[ArticleSummary]) -> None:
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def article_at(self, row: int) -> ArticleSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, article_id: int) -> int | None:
        """The row of an article, reading pages now until it appears (or the list ends)."""
        while True:
            for row, summary in enumerate(self._rows):
                if summary.id == article_id:
                    return row
            if not self.canFetchMore():
                return None
            self._generation += 1  # a page on its way would now land in the wrong place
            self._pending = False
            self._append(self._read_page(self._last_id(), self.case_id))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_names()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        summary = self.article_at(index.row())
        if summary is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return isolate(summary.outlet) if summary.outlet else "—"
            if column == 1:
                return local_date(summary.published)
            if column == 2:
                return isolate(summary.title)
            return language_code(summary.language)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{summary.title}\n{summary.outlet or ''}\n{summary.source_file}"
        if role == ArticleIdRole:
            return summary.id
        return None
