"""Correcting an article's details: what a pasted file did not say (outlet, date, link, byline).

The text is never edited here: mention spans point into it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from workbench.core.records import ArticleRecord
from workbench.services import articles
from workbench.ui.case_controller import CaseController
from workbench.ui.commands import ServiceCommand
from workbench.ui.i18n import translate

Details = dict[str, object]


def details_of(article: ArticleRecord) -> Details:
    return {name: getattr(article, name) for name in articles.ARTICLE_FIELDS}


class EditArticle(ServiceCommand):
    """Undoable: redo writes the new details, undo the old ones."""

    def __init__(self, controller: CaseController, article_id: int, old: Details, new: Details):
        super().__init__(controller, translate("ArticleDetails", "Edit article details"))
        self.article_id = article_id
        self.old = {k: v for k, v in old.items() if new.get(k) != v}
        self.new = {k: v for k, v in new.items() if old.get(k) != v}

    def apply(self) -> None:
        articles.update_article(self.library, self.article_id, **self.new)
        self.controller.library_changed.emit()

    def revert(self) -> None:
        articles.update_article(self.library, self.article_id, **self.old)
        self.controller.library_changed.emit()


class ArticleDetailsDialog(QDialog):
    def __init__(self, article: ArticleRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ArticleDetails", "Article details"))
        self.setMinimumWidth(520)
        self.title = QLineEdit(article.title)
        self.outlet = QLineEdit(article.outlet or "")
        self.outlet.setPlaceholderText(
            translate("ArticleDetails", "the newspaper, site or agency that published it")
        )
        self.byline = QLineEdit(article.byline or "")
        self.url = QLineEdit(article.url or "")
        self.url.setPlaceholderText("https://…")
        self.dated = QCheckBox(translate("ArticleDetails", "Published on"))
        self.published = QDateEdit()
        self.published.setCalendarPopup(True)
        self.published.setDisplayFormat("yyyy-MM-dd")
        when = article.published or date.today()
        self.published.setDate(QDate(when.year, when.month, when.day))
        self.dated.setChecked(article.published is not None)
        self.published.setEnabled(self.dated.isChecked())
        self.dated.toggled.connect(self.published.setEnabled)
        form = QFormLayout(self)
        form.addRow(translate("ArticleDetails", "Title"), self.title)
        form.addRow(translate("ArticleDetails", "Outlet"), self.outlet)
        form.addRow(translate("ArticleDetails", "Byline"), self.byline)
        form.addRow(translate("ArticleDetails", "Link"), self.url)
        form.addRow(self.dated, self.published)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_titled)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept_if_titled(self) -> None:
        if self.title.text().strip():
            self.accept()
        else:
            self.title.setFocus()

    def details(self) -> Details:
        day = self.published.date()
        return {
            "title": self.title.text().strip(),
            "outlet": self.outlet.text().strip() or None,
            "url": self.url.text().strip() or None,
            "byline": self.byline.text().strip() or None,
            "published": date(day.year(), day.month(), day.day())
            if self.dated.isChecked()
            else None,
        }


def edit_article_details(
    controller: CaseController, article: ArticleRecord, parent: QWidget
) -> ArticleDetailsDialog:
    """Open the dialog (window-modal, not blocking); saving applies one undoable edit."""
    dialog = ArticleDetailsDialog(article, parent)

    def save() -> None:
        old, new = details_of(article), dialog.details()
        if old != new:
            controller.run(EditArticle(controller, article.id, old, new))

    dialog.accepted.connect(save)
    dialog.open()
    return dialog
