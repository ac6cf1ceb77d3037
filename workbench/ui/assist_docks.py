"""The assistant in the window: claim suggestions and the provenance graph, each in a dock."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel

from workbench.ui.provenance_view import ProvenanceView
from workbench.ui.suggestions import SuggestionsPanel

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow


class AssistDocks:
    """Creates the docks on first use and keeps them on the open case."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.controller = window.controller
        self.suggestions = QDockWidget("Claim suggestions", window)
        self.suggestions.setObjectName("suggestionsDock")
        self.graph_dock = QDockWidget("Who relayed whom", window)
        self.graph_dock.setObjectName("provenanceDock")
        self.graph = ProvenanceView(parent=self.graph_dock)
        self.graph_dock.setWidget(self.graph)
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
        self.graph_dock.show()
        self.graph_dock.raise_()
        self._redraw_graph()

    def _case_opened(self, case_id: int) -> None:
        if self.panel is not None and shiboken6.isValid(self.panel):
            self.panel.cancel()
            self.panel.deleteLater()
        self.panel = None
        if not case_id:
            self.suggestions.setWidget(QLabel("Open a case to get suggestions.", self.suggestions))
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
