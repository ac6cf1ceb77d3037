"""Presentation mode and reading zoom: the reader and the claim pane grow together for a projector.

Zoom scales the font of every widget in the reading area and the claim pane from the size it had
at 100%, so headings keep their proportions. Normal work and presentation each remember their own
zoom level in QSettings. When the provenance map has the focus, the zoom keys are its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDockWidget, QWidget

from workbench.ui.i18n import local_number, translate
from workbench.ui.provenance_view import ProvenanceView

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow

ZOOM_STEP = 1.15
ZOOM_MIN, ZOOM_MAX = 0.6, 4.0
PRESENTATION_DEFAULT = 1.6
_BASE = "workbenchBasePointSize"  # a widget property: its font size at 100%


def _settings_key(presenting: bool) -> str:
    return "presentation/zoom" if presenting else "reading/zoom"


class Presentation(QObject):
    """Owns the zoom factor and the presentation layout of one window."""

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.presenting = False
        self.factor = 1.0
        self._hidden_docks: list[QDockWidget] = []
        self._was_maximized = False
        self._legend_was_open = True
        remembered = self._remembered(False)
        if remembered != 1.0:
            self.apply(remembered)

    # --- zoom ----------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        if not self._graph_zoom("zoom_in"):
            self.apply(self.factor * ZOOM_STEP, remember=True)

    def zoom_out(self) -> None:
        if not self._graph_zoom("zoom_out"):
            self.apply(self.factor / ZOOM_STEP, remember=True)

    def reset(self) -> None:
        if not self._graph_zoom("fit"):
            self.apply(1.0, remember=True)

    def apply(self, factor: float, *, remember: bool = False) -> None:
        """Set every reading and claim widget's font to its 100% size times `factor`."""
        previous = self.factor
        self.factor = round(min(ZOOM_MAX, max(ZOOM_MIN, factor)), 3)
        widgets = [
            w
            for root in self.zoomed_roots()
            for w in [root, *root.findChildren(QWidget)]
            if w.font().pointSizeF() > 0  # a pixel-sized font is left as it is
        ]
        # Every base size is read before any font changes: a parent's new font would otherwise
        # already have reached the children that inherit it.
        for widget in widgets:
            if widget.property(_BASE) is None:
                # A widget made after the last zoom inherited the zoomed size.
                widget.setProperty(_BASE, widget.font().pointSizeF() / previous)
        for widget in widgets:
            font = QFont(widget.font())
            font.setPointSizeF(max(4.0, float(widget.property(_BASE)) * self.factor))
            widget.setFont(font)
            if isinstance(widget, QAbstractItemView):
                self._relayout(widget)
        if remember:
            self.settings.setValue(_settings_key(self.presenting), self.factor)
            self.settings.sync()
        self.window.statusBar().showMessage(
            translate("Presentation", "Zoom {percent}%").format(
                percent=local_number(round(self.factor * 100))
            ),
            2000,
        )

    def _relayout(self, view: QAbstractItemView) -> None:
        # Rows were measured with the old font; the claim chip has a width of its own.
        delegate = view.itemDelegate()
        base = getattr(type(delegate), "CHIP_WIDTH", None)
        if isinstance(base, int):
            delegate.CHIP_WIDTH = round(base * self.factor)  # type: ignore[attr-defined]
        view.doItemsLayout()
        view.viewport().update()

    def zoomed_roots(self) -> list[QWidget]:
        return [self.window.reading, self.window.claims]

    def _remembered(self, presenting: bool) -> float:
        default = PRESENTATION_DEFAULT if presenting else 1.0
        try:
            return float(str(self.settings.value(_settings_key(presenting), default)))
        except ValueError:
            return default

    def _graph_zoom(self, method: str) -> bool:
        # The window's zoom keys reach the map when it has the focus: its zoom is its own.
        focus = QApplication.focusWidget()
        while focus is not None and not isinstance(focus, ProvenanceView):
            focus = focus.parentWidget()
        if focus is None:
            return False
        getattr(focus, method)()
        return True

    # --- presentation mode ---------------------------------------------------------------------

    def toggle(self) -> None:
        self.set_presenting(not self.presenting)

    def set_presenting(self, on: bool) -> None:
        """Full screen, docks out of the way, and the presentation zoom; off restores it all."""
        if on == self.presenting:
            return
        window = self.window
        if on:
            self._hidden_docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
            for dock in self._hidden_docks:
                dock.hide()
            # The projector needs the claims more than the key to their colours.
            self._legend_was_open = window.claims.legend_open()
            window.claims.set_legend_open(False)
            self._was_maximized = window.isMaximized()
            window.showFullScreen()
        else:
            for dock in self._hidden_docks:
                dock.show()
            window.claims.set_legend_open(self._legend_was_open)
            self._hidden_docks = []
            if self._was_maximized:
                window.showMaximized()
            else:
                window.showNormal()
        self.presenting = on
        self.apply(self._remembered(on))
        action = window.actions_.get("presentation")
        if action is not None and action.isChecked() != on:
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
        if on:
            window.statusBar().showMessage(
                translate(
                    "Presentation", "Presentation mode: F11 to leave, Ctrl+= and Ctrl+- to zoom"
                ),
                5000,
            )
            window.reader.view.setFocus(Qt.FocusReason.OtherFocusReason)
