"""The article reader: cleaned text with claim mentions highlighted in their status colours.

Arabic reads right-to-left: each paragraph takes its direction from its first strong character,
so an Arabic paragraph quoting an English name (or the reverse) keeps every run in its own order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QTextBrowser,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from workbench.core.records import ArticleRecord
from workbench.core.vocabulary import Status
from workbench.ui import look, theme
from workbench.ui.find_bar import FindBar
from workbench.ui.i18n import isolate, local_date, translate
from workbench.ui.offsets import OffsetMap
from workbench.ui.vocabulary_names import language_name

FLASH_MS = 900


@dataclass(frozen=True)
class Highlight:
    """One claim mention to paint: its span, the claim's status and what the tooltip says."""

    start: int
    end: int
    status: Status
    claim_id: int
    tooltip: str
    shared: bool = False  # in compare mode: the claim is carried by both articles


class _TextView(QTextBrowser):
    """The text itself; shows the claim under the mouse as a tooltip."""

    def __init__(self, reader: ArticleReader) -> None:
        super().__init__(reader)
        self._reader = reader

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = self.cursorForPosition(event.pos()).position()  # type: ignore[attr-defined]
            text = self._reader.tooltip_at(position)
            if text:
                QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        actions = self._reader.selection_actions
        if actions:
            existing = menu.actions()
            if existing:
                menu.insertSeparator(existing[0])
            for action in reversed(actions):
                first = menu.actions()
                if first:
                    menu.insertAction(first[0], action)
                else:
                    menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()


class ArticleReader(QWidget):
    """Shows one article; knows nothing of the database, only spans and statuses."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: ArticleRecord | None = None
        self.selection_actions: list[QAction] = []
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setContentsMargins(8, 4, 8, 0)
        title_font = QFont(self.header.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.header.setFont(title_font)
        self.meta = QLabel(self)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)  # a long outlet name wraps rather than widening the window
        self.meta.setContentsMargins(8, 0, 8, 4)
        self.restyle()
        self.view = _TextView(self)
        self.view.setReadOnly(True)
        self.view.setOpenLinks(False)
        self.view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFont(self.view.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.view.setFont(font)
        self.view.document().setDocumentMargin(12)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.meta)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)
        self._map = OffsetMap("")
        self._highlights: list[Highlight] = []
        self._hits: list[tuple[int, int]] = []
        self._hit_index = -1
        self._matches: list[tuple[int, int]] = []
        self._match_index = -1
        self.flashing: tuple[int, int] | None = None
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)
        self.view.selectionChanged.connect(self.selection_changed)
        self.find_bar.query_changed.connect(self._find)
        self.find_bar.next_requested.connect(self.next_match)
        self.find_bar.previous_requested.connect(self.previous_match)
        self.find_bar.closed.connect(self._find_closed)
        self.show_article(None)

    # --- content ----------------------------------------------------------------------------

    @property
    def article_id(self) -> int | None:
        return self.article.id if self.article else None

    def show_article(
        self,
        article: ArticleRecord | None,
        highlights: list[Highlight] | None = None,
        hits: list[tuple[int, int]] | None = None,
    ) -> None:
        same = article is not None and self.article is not None and article.id == self.article.id
        self.article = article
        if not same:
            self.flashing = None
            self._map = OffsetMap(article.text if article else "")
            self.view.setPlainText(article.text if article else "")
            self.view.moveCursor(QTextCursor.MoveOperation.Start)
            self._matches, self._match_index = [], -1
            if self.find_bar.isVisible():
                self._find(self.find_bar.edit.text())
        self._show_header(article)
        self._highlights = list(highlights or [])
        self.set_hits(hits or [])

    def refresh_details(self, article: ArticleRecord) -> None:
        """New outlet, date or title for the article shown; its text and spans are unchanged."""
        if self.article is not None and article.id == self.article.id and article != self.article:
            self.article = article
            self._show_header(article)

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self._highlights = list(highlights)
        self._paint()

    @property
    def highlights(self) -> list[Highlight]:
        return list(self._highlights)

    def set_hits(self, hits: list[tuple[int, int]]) -> None:
        self._hits = sorted(hits)
        self._hit_index = -1
        self._paint()
        if self._hits:
            self.next_hit()

    @property
    def hits(self) -> list[tuple[int, int]]:
        return list(self._hits)

    @property
    def current_hit(self) -> tuple[int, int] | None:
        return self._hits[self._hit_index] if 0 <= self._hit_index < len(self._hits) else None

    # --- selection --------------------------------------------------------------------------

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.from_qt(cursor.selectionStart())
        end = self._map.from_qt(cursor.selectionEnd())
        return (start, end) if end > start else None

    def selected_text(self) -> str:
        span = self.selected_span()
        return self.article.text[span[0] : span[1]] if span and self.article else ""

    def select_span(self, start: int, end: int) -> None:
        cursor = self.view.textCursor()
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)

    def jump_to(self, start: int, end: int, flash: bool = True) -> None:
        """Scroll the passage into view and flash it, so the eye finds it."""
        cursor = self.view.textCursor()
        cursor.setPosition(self._map.to_qt(end))
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        cursor.setPosition(self._map.to_qt(start))
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        if flash:
            self.flashing = (start, end)
            self._flash_timer.start()
            self._paint()

    def tooltip_at(self, position: int) -> str:
        offset = self._map.from_qt(position)
        lines = [h.tooltip for h in self._highlights if h.start <= offset < h.end]
        return "<br>".join(lines)

    # --- hits and find ----------------------------------------------------------------------

    def next_hit(self) -> None:
        self._step_hits(+1)

    def previous_hit(self) -> None:
        self._step_hits(-1)

    def open_find(self) -> None:
        self.find_bar.open_bar(self.selected_text().strip()[:80] if self.article else "")

    def next_match(self) -> None:
        self._step_matches(+1)

    def previous_match(self) -> None:
        self._step_matches(-1)

    def step(self, direction: int) -> None:
        """F3 / Shift+F3: the find bar's matches when it is open, else the search hits."""
        if self.find_bar.isVisible() and self._matches:
            self._step_matches(direction)
        else:
            self._step_hits(direction)

    @property
    def matches(self) -> list[tuple[int, int]]:
        return list(self._matches)

    def _step_hits(self, direction: int) -> None:
        if not self._hits:
            return
        self._hit_index = (self._hit_index + direction) % len(self._hits)
        start, end = self._hits[self._hit_index]
        self.jump_to(start, end, flash=False)
        self._paint()

    def _find(self, text: str) -> None:
        body = self.article.text if self.article else ""
        if text:
            found = re.finditer(re.escape(text), body, re.IGNORECASE)
            self._matches = [(m.start(), m.end()) for m in found]
        else:
            self._matches = []
        self._match_index = -1
        if self._matches:
            self._step_matches(+1)
        else:
            self.find_bar.show_count(0, 0)
            self._paint()

    def _step_matches(self, direction: int) -> None:
        if not self._matches:
            return
        self._match_index = (self._match_index + direction) % len(self._matches)
        start, end = self._matches[self._match_index]
        self.jump_to(start, end, flash=False)
        # Selected, so a match can become a claim at once (Ctrl+N) without the mouse.
        self.select_span(start, end)
        self.find_bar.show_count(self._match_index + 1, len(self._matches))
        self._paint()

    def _find_closed(self) -> None:
        self._matches, self._match_index = [], -1
        self._paint()
        self.view.setFocus()

    # --- painting ---------------------------------------------------------------------------

    def _show_header(self, article: ArticleRecord | None) -> None:
        if article is None:
            self.header.setText(
                translate("Reader", "Open an article from the case panel to read it here.")
            )
            self.meta.setText("")
            direction = QApplication.layoutDirection()
        else:
            self.header.setText(article.title)
            bits = [article.outlet or translate("Reader", "unknown outlet")]
            if article.published:
                bits.append(local_date(article.published))
            bits.append(language_name(article.language))
            # Each part isolated, so an Arabic outlet name cannot reorder the date beside it.
            self.meta.setText(" · ".join(isolate(bit) for bit in bits))
            rtl = article.language == "ar"
            direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        side = (
            Qt.AlignmentFlag.AlignRight
            if direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        for label in (self.header, self.meta):
            label.setLayoutDirection(direction)
            # Absolute: the meta line starts with isolated runs and has no direction of its own.
            label.setAlignment(
                side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            )

    def restyle(self) -> None:
        """Take the colours of the scheme in effect (after a switch between light and dark)."""
        self.meta.setStyleSheet(f"color: {theme.current().muted};")
        if hasattr(self, "_highlights"):
            self._paint()

    def _end_flash(self) -> None:
        self.flashing = None
        self._paint()

    def _paint(self) -> None:
        scheme = theme.current()
        selections: list[QTextEdit.ExtraSelection] = []
        for h in self._highlights:
            fmt = QTextCharFormat()
            fmt.setBackground(look.tint(h.status))
            fmt.setForeground(QColor(scheme.tint_text))
            fmt.setUnderlineStyle(look.underline_style(h.status))
            fmt.setUnderlineColor(look.colour(h.status))
            if h.shared:
                fmt.setFontWeight(QFont.Weight.DemiBold)
            selections.append(self._selection(h.start, h.end, fmt))
        current = self.current_hit
        for span in self._hits:
            selections.append(
                self._selection(
                    *span, _marked(*scheme.current_hit if span == current else scheme.hit)
                )
            )
        for index, span in enumerate(self._matches):
            chosen = scheme.current_hit if index == self._match_index else scheme.hit
            selections.append(self._selection(*span, _marked(*chosen)))
        if self.flashing is not None:
            selections.append(self._selection(*self.flashing, _marked(*scheme.flash)))
        self.view.setExtraSelections(selections)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self._map.to_qt(min(start, self._map.length)))
        cursor.setPosition(
            self._map.to_qt(min(end, self._map.length)), QTextCursor.MoveMode.KeepAnchor
        )
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def visible_point(self, offset: int) -> QPoint:
        """Where a character is drawn, in view coordinates (tests hover it for the tooltip)."""
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self._map.to_qt(offset))
        return self.view.cursorRect(cursor).center()


def _marked(background: str, ink: str) -> QTextCharFormat:
    """A passage painted over, with its own text colour so it reads in light and dark."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(background))
    fmt.setForeground(QColor(ink))
    return fmt
