"""The assistant in the window: claim suggestions and the provenance graph, each in a dock."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.i18n import translate
from workbench.ui.provenance_view import ProvenanceView
from workbench.ui.suggestions import SuggestionsPanel

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow


class AssistDocks:
    """Creates the docks on first use and keeps them on the open case."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.controller = window.controller
        self.suggestions = QDockWidget(translate("AssistDocks", "Claim suggestions"), window)
        self.suggestions.setObjectName("suggestionsDock")
        self.graph_dock = QDockWidget(translate("AssistDocks", "Who relayed whom"), window)
        self.graph_dock.setObjectName("provenanceDock")
        self.graph_dock.setWidget(self._graph_panel())
        self.panel: SuggestionsPanel | None = None
        for dock in (self.suggestions, self.graph_dock):
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            dock.hide()
        window.tabifyDockWidget(self.suggestions, self.graph_dock)
        self.controller.case_opened.connect(self._case_opened)
        self.controller.changed.connect(self._redraw_graph)
        self.graph_dock.visibilityChanged.connect(self._redraw_graph)
        self._case_opened(self.controller.case_id or 0)

    def show_suggestions(self) -> None:
        """Open the panel and, the first time for this case, start reading the articles: the
        menu entry says "Suggest claims", so it does not wait for a second press."""
        self.suggestions.show()
        self.suggestions.raise_()
        panel = self.panel
        if panel is not None and not panel.running() and not panel.has_run:
            panel.suggest()

    def show_graph(self) -> None:
        opening = not self.graph_dock.isVisible()
        self.graph_dock.show()
        self.graph_dock.raise_()
        if opening and not self.graph_dock.isFloating():
            # A map squeezed into a strip shows nothing; it opens at half the window's height.
            self.window.resizeDocks(
                [self.graph_dock], [self.window.height() // 2], Qt.Orientation.Vertical
            )
        self._redraw_graph()
        if opening:
            self.graph.open_zoom()

    def _graph_panel(self) -> QWidget:
        """The map with its zoom buttons: Fit shows the whole map, however small."""
        panel = QWidget(self.graph_dock)
        self.graph = ProvenanceView(parent=panel)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(4, 2, 4, 0)
        for name, text, tip, slot in (
            (
                "mapFit",
                QCoreApplication.translate("AssistDocks", "Fit"),
                QCoreApplication.translate("AssistDocks", "The whole map (Ctrl+0)"),
                self.graph.fit,
            ),
            (
                "mapReadable",
                QCoreApplication.translate("AssistDocks", "Readable size"),
                QCoreApplication.translate("AssistDocks", "Labels at a size that reads"),
                self.graph.open_zoom,
            ),
            (
                "mapZoomIn",
                "+",
                QCoreApplication.translate("AssistDocks", "Zoom in (Ctrl+=)"),
                self.graph.zoom_in,
            ),
            (
                "mapZoomOut",
                "−",
                QCoreApplication.translate("AssistDocks", "Zoom out (Ctrl+-)"),
                self.graph.zoom_out,
            ),
        ):
            button = QToolButton(panel)
            button.setObjectName(name)
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(buttons)
        layout.addWidget(self.graph, 1)
        return panel

    def _case_opened(self, case_id: int) -> None:
        if self.panel is not None and shiboken6.isValid(self.panel):
            self.panel.cancel()
            self.panel.deleteLater()
        self.panel = None
        if not case_id:
            self.suggestions.setWidget(
                QLabel(
                    translate("AssistDocks", "Open a case to get suggestions."), self.suggestions
                )
            )
            return
        self.panel = SuggestionsPanel(
            self.controller.library,
            case_id,
            self.controller.undo_stack,
            self.controller.reload,
            runner=self.controller.runner,
            parent=self.suggestions,
        )
        self.panel.failed.connect(self.controller.failed)
        self.suggestions.setWidget(self.panel)

    def _redraw_graph(self) -> None:
        dossier = self.controller.dossier
        if self.graph_dock.isVisible() and dossier is not None:
            self.graph.show_dossier(dossier)
