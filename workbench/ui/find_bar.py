"""The find bar under the reader: type to find, Enter for the next match, Esc to close."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from workbench.ui.i18n import local_number, translate


class FindBar(QWidget):
    query_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(translate("FindBar", "Find in this article"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel("", self)
        previous = _button(self, "▲", translate("FindBar", "Previous match (Shift+F3)"))
        following = _button(self, "▼", translate("FindBar", "Next match (F3 or Enter)"))
        close = _button(self, "✕", translate("FindBar", "Close the find bar (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel(translate("FindBar", "Find:"), self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        for button in (previous, following, close):
            layout.addWidget(button)
        self.edit.textChanged.connect(self.query_changed)
        self.edit.returnPressed.connect(self.next_requested)
        previous.clicked.connect(self.previous_requested)
        following.clicked.connect(self.next_requested)
        close.clicked.connect(self.close_bar)

    def open_bar(self, text: str = "") -> None:
        if text:
            self.edit.setText(text)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int) -> None:
        if not self.edit.text():
            self.count.setText("")
        elif total == 0:
            self.count.setText(translate("FindBar", "no match"))
        else:
            self.count.setText(
                translate("FindBar", "{current} of {total}").format(
                    current=local_number(current), total=local_number(total)
                )
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)


def _button(parent: QWidget, text: str, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    return button
