"""The user guide with its screenshots scaled smoothly to the column they are shown in.

Rich text scales an `<img width=…>` pixel by pixel, which makes a 1200-pixel screenshot's text
unreadable at guide width; the browser here hands over an image already smoothly reduced.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from workbench.ui.dialogs import GuideDialog

SHOWN_WIDTH = 680  # the width guide.html gives every screenshot


class ShotBrowser(QTextBrowser):
    def loadResource(self, kind: int, url: QUrl | str) -> object:
        if kind == QTextDocument.ResourceType.ImageResource.value:
            resolved = self.source().resolved(QUrl(url))
            image = QImage(resolved.toLocalFile())
            if not image.isNull() and image.width() > SHOWN_WIDTH:
                ratio = self.devicePixelRatioF()
                scaled = image.scaledToWidth(
                    round(SHOWN_WIDTH * ratio), Qt.TransformationMode.SmoothTransformation
                )
                scaled.setDevicePixelRatio(ratio)
                return scaled
        return super().loadResource(kind, url)


class UserGuide(GuideDialog):
    """The guide dialog, reading through a `ShotBrowser`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain = self.browser
        self.browser = ShotBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(plain.source())
        layout = self.layout()
        assert layout is not None  # made in __init__
        layout.replaceWidget(plain, self.browser)
        plain.hide()
        plain.deleteLater()
