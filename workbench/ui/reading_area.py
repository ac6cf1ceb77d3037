"""The reading side of the window: one reader, or two side by side in compare mode.

In compare mode each reader highlights only the passages whose claim the other article carries
too, so a user sees at a glance who relayed whom.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from workbench.core.records import ArticleRecord
from workbench.services import articles
from workbench.ui import look
from workbench.ui.case_controller import CaseController
from workbench.ui.i18n import isolate, local_number, translate
from workbench.ui.reader import ArticleReader, Highlight
from workbench.ui.vocabulary_names import stance_name


class ReadingArea(QWidget):
    article_shown = Signal(int)

    def __init__(self, controller: CaseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.reader = ArticleReader(self)
        self.reader.setObjectName("reader")
        self.other = ArticleReader(self)
        self.other.setObjectName("compareReader")
        self.picker = QComboBox(self)
        self.picker.setToolTip(translate("ReadingArea", "The article to compare with"))
        # Long titles must not widen the pane past the splitter (they would be clipped).
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(16)
        self.shared_label = QLabel(self)
        self.shared_label.setWordWrap(True)
        compare_box = QWidget(self)
        compare_layout = QVBoxLayout(compare_box)
        compare_layout.setContentsMargins(0, 0, 0, 0)
        pick_row = QHBoxLayout()
        pick_row.addWidget(QLabel(translate("ReadingArea", "Compare with:"), compare_box))
        pick_row.addWidget(self.picker, 1)
        compare_layout.addLayout(pick_row)
        compare_layout.addWidget(self.shared_label)
        compare_layout.addWidget(self.other, 1)
        self.compare_box = compare_box
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("compareSplitter")
        self.splitter.addWidget(self.reader)
        self.splitter.addWidget(compare_box)
        compare_box.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.picker.activated.connect(lambda _i: self.show_other(self.picker.currentData()))
        controller.changed.connect(self.refresh)

    @property
    def comparing(self) -> bool:
        return not self.compare_box.isHidden()

    def show_article(
        self, article_id: int | None, hits: list[tuple[int, int]] | None = None
    ) -> None:
        article = self._article(article_id) if article_id else None
        self.reader.show_article(article, [], hits)
        if self.comparing and article_id and self.other.article_id == article_id:
            self.show_other(self._partner_for(article_id))
        self.refresh()
        if article_id:
            self.article_shown.emit(article_id)

    def set_compare(self, on: bool, other_id: int | None = None) -> None:
        self.compare_box.setVisible(on)
        if on:
            half = max(200, self.splitter.width() // 2)
            self.splitter.setSizes([half, half])
            self._fill_picker()
            main = self.reader.article_id
            self.show_other(other_id or (self._partner_for(main) if main else None))
        else:
            self.other.show_article(None)
            self.splitter.setSizes([max(1, self.splitter.width()), 0])
            self.refresh()

    def show_other(self, article_id: int | None) -> None:
        self.other.show_article(self._article(article_id) if article_id else None)
        index = self.picker.findData(article_id)
        if index >= 0:
            self.picker.setCurrentIndex(index)
        self.refresh()

    def refresh(self) -> None:
        main, other = self.reader.article_id, self.other.article_id
        for view, shown in ((self.reader, main), (self.other, other)):
            if shown:
                view.refresh_details(self._article(shown))
        partner = other if self.comparing else None
        if self.reader.article is not None:
            self.reader.set_highlights(self.highlights(main, partner))
        if self.comparing:
            self.other.set_highlights(self.highlights(other, main) if other else [])
            shared = self.shared_claims(main, other)
            count = len(shared)
            self.shared_label.setText(
                translate(
                    "ReadingArea",
                    "%n claim(s) carried by both articles, highlighted in each",
                    "",
                    count,
                )
            )

    def shared_claims(self, first: int | None, second: int | None) -> set[int]:
        if not first or not second:
            return set()
        return {m.claim_id for m in self.controller.mentions_in(first)} & {
            m.claim_id for m in self.controller.mentions_in(second)
        }

    def highlights(self, article_id: int | None, partner: int | None = None) -> list[Highlight]:
        if article_id is None:
            return []
        shared = self.shared_claims(article_id, partner) if partner else None
        found = []
        for mention in self.controller.mentions_in(article_id):
            claim = self.controller.claim(mention.claim_id)
            if claim is None or (shared is not None and claim.id not in shared):
                continue
            tip = translate(
                "ReadingArea", "<b>{status}</b> — claim {id} ({stance})<br>{text}"
            ).format(
                status=escape(look.label(claim.status)),
                id=local_number(claim.id),
                stance=escape(stance_name(mention.stance)),
                text=escape(isolate(claim.text)),
            )
            found.append(
                Highlight(
                    mention.start, mention.end, claim.status, claim.id, tip, shared is not None
                )
            )
        return found

    def _article(self, article_id: int) -> ArticleRecord:
        dossier = self.controller.dossier
        if dossier is not None:
            for article in dossier.articles:
                if article.id == article_id:
                    return article
        return articles.get_article(self.controller.library, article_id)

    def _fill_picker(self) -> None:
        self.picker.clear()
        dossier = self.controller.dossier
        for article in dossier.articles if dossier else ():
            outlet = isolate(article.outlet) if article.outlet else "—"
            self.picker.addItem(f"{outlet}: {isolate(article.title[:60])}", article.id)

    def _partner_for(self, article_id: int) -> int | None:
        """The other article of the case that shares the most claims with this one."""
        dossier = self.controller.dossier
        if dossier is None:
            return None
        candidates = [a.id for a in dossier.articles if a.id != article_id]
        if not candidates:
            return None
        return max(candidates, key=lambda other: len(self.shared_claims(article_id, other)))
