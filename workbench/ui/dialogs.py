"""Small dialogs: About and the user guide."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from workbench import __version__
from workbench.paths import resource
from workbench.ui.i18n import current_language, translate


def about_text() -> str:
    return translate(
        "About",
        "<h3>Fact-Check Workbench {version}</h3>"
        "<p>An offline desk for fact-checkers: gather the articles about a story, mark each claim"
        " as sourced, relayed, denied or unverified, and write the verdict report.</p>"
        "<p>Everything stays on this computer, in the library folder shown in the status bar.</p>",
    ).format(version=__version__)


def guide_path() -> str:
    """The guide in the window's language, the English one when there is no translation."""
    translated = resource("guide", f"guide_{current_language()}.html")
    return str(translated if translated.is_file() else resource("guide", "guide.html"))


class GuideDialog(QDialog):
    """The user guide shipped in resources/guide, in a browser that follows its own links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About", "Fact-Check Workbench — User guide"))
        self.resize(760, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(guide_path()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
