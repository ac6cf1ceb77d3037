"""Every text a window shows a user, read off its widgets, and the ones left in English.

A text counts as untranslated when a Latin word remains after taking out what is not ours to
translate: data set apart with Unicode isolates (titles, outlets, quotes, paths), markup, and the
short list of names and keys that stay Latin in any language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

# Names, keys and formats that are written in Latin letters in an Arabic interface too.
ALLOWED = {
    # keys
    "Ctrl", "Shift", "Alt", "Enter", "Delete", "Esc", "F2", "F3", "F11", "S", "M",
    # file formats and standards
    "txt", "md", "html", "htm", "docx", "dotx", "pdf", "csv", "CSV", "json", "jsonl", "jsonld",
    "ndjson", "fcase", "png", "svg", "PNG", "SVG", "JSON-LD", "JSONL", "Word", "ClaimReview",
    "PostgreSQL",
    # a language named in itself (the language menu), a link's scheme
    "English", "https",
    # the search language's own words
    "AND", "OR", "NOT", "outlet", "language", "ar",
}  # fmt: skip

ISOLATED = re.compile("\u2068[^\u2069]*\u2069")
MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")


def leftover_latin(text: str, data: Iterable[str] = ()) -> list[str]:
    """The Latin words of `text` that should have been translated."""
    text = ISOLATED.sub(" ", text)
    text = MARKUP.sub(" ", text)
    for value in sorted((d for d in data if d), key=len, reverse=True):
        text = text.replace(value, " ")
    text = text.replace("&", "")
    return [w for w in LATIN_WORD.findall(text) if w not in ALLOWED and w.strip("-") not in ALLOWED]


def _action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    if action.isSeparator():
        return
    yield f"{where} action", action.text()
    if action.toolTip() != action.text().replace("&", ""):
        yield f"{where} action tooltip", action.toolTip()
    yield f"{where} action status tip", action.statusTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield from menu_texts(menu, f"{where} › {action.text()}")


def menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield where, menu.title()
    for action in menu.actions():
        yield from _action_texts(action, where)


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text `root` and its children show: titles, labels, buttons,
    placeholders, tooltips, tab names, column headers, menus and actions."""
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}({widget.objectName()})"
        if widget.isWindow():
            yield f"{name} title", widget.windowTitle()
        yield f"{name} tooltip", widget.toolTip()
        yield f"{name} status tip", widget.statusTip()
        yield f"{name} what's this", widget.whatsThis()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield name, widget.text()
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for index in range(widget.count()):
                yield f"{name} item", widget.itemText(index)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield f"{name} tab", widget.tabText(index)
                yield f"{name} tab tooltip", widget.tabToolTip(index)
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            for section in range(widget.count()):
                header = model.headerData(section, widget.orientation())
                if isinstance(header, str) and not widget.isSectionHidden(section):
                    yield f"{name} header", header
        if isinstance(widget, QMenu):
            yield from menu_texts(widget, name)
        else:
            for action in widget.actions():
                yield from _action_texts(action, name)


def untranslated(roots: Iterable[QWidget], data: Iterable[str] = ()) -> list[str]:
    """One line per text with a Latin word left in it: where it is, the words, the text."""
    data = list(data)
    found = []
    for root in roots:
        for where, text in widget_texts(root):
            words = leftover_latin(text or "", data)
            if words:
                found.append(f"{where}: {words} in {text!r}")
    return sorted(set(found))
