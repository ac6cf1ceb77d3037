"""What the window remembers (QSettings): geometry, splitters, docks, last case and article.

The screen and the splitters belong to the computer and are shared by every library. Which panels
are open belongs to the library: suggestions or the map opened on one library's case stay closed
when another library is opened, so its docks are kept per library.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QSplitter


def _mirrored() -> str:
    """Docks are placed by side; a right-to-left window keeps its own arrangement of them."""
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return "-rtl" if rtl else ""


class WindowState:
    def __init__(self, settings: QSettings, library_key: str) -> None:
        self.settings = settings
        # Last case and article belong to one library; another library starts fresh.
        self.prefix = "library/" + library_key.replace("/", "|") + "/"

    def save(self, window: QMainWindow, splitters: list[QSplitter]) -> None:
        state = window.saveState()
        self.settings.setValue("window/geometry", window.saveGeometry())
        # The shared arrangement is what a new library starts from.
        self.settings.setValue("window/state" + _mirrored(), state)
        self.settings.setValue(self.prefix + "state" + _mirrored(), state)
        for splitter in splitters:
            self.settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        self.settings.sync()

    def restore(
        self,
        window: QMainWindow,
        splitters: list[QSplitter],
        library_docks: list[QDockWidget] | tuple[QDockWidget, ...] = (),
    ) -> bool:
        """Put the window back as it was; `library_docks` (panels showing a library's content)
        open only if they were open the last time this library was."""
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        own = self.settings.value(self.prefix + "state" + _mirrored())
        shared = self.settings.value("window/state" + _mirrored())
        if isinstance(own, QByteArray):
            window.restoreState(own)
        elif isinstance(shared, QByteArray):
            window.restoreState(shared)
            for dock in library_docks:
                dock.hide()
        for splitter in splitters:
            value = self.settings.value(f"splitters/{splitter.objectName()}")
            if isinstance(value, QByteArray):
                splitter.restoreState(value)
        return isinstance(geometry, QByteArray)

    def legend_open(self, *, default: bool) -> bool:
        value = self.settings.value("window/legend", default)
        return value in (True, "true", "1", 1)

    def remember_legend(self, shown: bool) -> None:
        self.settings.setValue("window/legend", bool(shown))

    def remember(self, case_id: int | None, article_id: int | None, claim_id: int | None) -> None:
        self.settings.setValue(self.prefix + "case", case_id or 0)
        self.settings.setValue(self.prefix + "article", article_id or 0)
        self.settings.setValue(self.prefix + "claim", claim_id or 0)
        self.settings.sync()

    def last_case(self) -> int | None:
        return self._remembered_id("case")

    def last_claim(self) -> int | None:
        return self._remembered_id("claim")

    def last_article(self) -> int | None:
        return self._remembered_id("article")

    def _remembered_id(self, what: str) -> int | None:
        value = self.settings.value(self.prefix + what, 0)
        try:
            return int(str(value or 0)) or None
        except ValueError:  # a settings file edited by hand
            return None
