"""Small dialogs: About and the user guide."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from workbench import __version__
from workbench.paths import resource

ABOUT = f"""<h3>Fact-Check Workbench {__version__}</h3>
<p>An offline desk for fact-checkers: gather the articles about a story, mark each claim as
sourced, relayed, denied or unverified, and write the verdict report.</p>
<p>Everything stays on this computer, in the library folder shown in the status bar.</p>"""


def guide_path() -> str:
    return str(resource("guide", "guide.html"))


class GuideDialog(QDialog):
    """The user guide shipped in resources/guide, in a browser that follows its own links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Fact-Check Workbench — User guide")
        self.resize(760, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(guide_path()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
