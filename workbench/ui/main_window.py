"""The workbench window: case & library panel, reader and claim pane side by side, status bar."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from workbench.core.errors import ClaimChanged, WorkbenchError
from workbench.core.records import MentionRecord
from workbench.services import articles, cases
from workbench.services.claims import MentionSpec
from workbench.services.demo import load_demo_case
from workbench.services.exporting import export_case
from workbench.services.searching import LibrarySearch, open_search
from workbench.store import Library
from workbench.ui import answer_prompt, commands, theme
from workbench.ui.assist_docks import AssistDocks
from workbench.ui.case_controller import CaseController
from workbench.ui.case_files import CaseFiles
from workbench.ui.checked_panel import install as install_checked_panel
from workbench.ui.checkout_flow import CheckoutFlow
from workbench.ui.claim_pane import LISTED_CLAIMS, ClaimPane, legend_html
from workbench.ui.conflict_dialog import ask_which
from workbench.ui.errors import ErrorReporter
from workbench.ui.i18n import isolate, leading_side, translate
from workbench.ui.import_flow import ImportFlow
from workbench.ui.library_dock import LibraryPanel
from workbench.ui.menus import build_menus
from workbench.ui.presentation import Presentation
from workbench.ui.reading_area import ReadingArea
from workbench.ui.status_bar import CaseStatusBar
from workbench.ui.tasks import TaskContext, TaskRunner
from workbench.ui.team_follower import TeamFollower
from workbench.ui.vocabulary_names import role_name
from workbench.ui.window_state import WindowState
from workbench.ui.workshop_flow import Workshop

WINDOW_SWITCH_INTERVAL = 0.001  # seconds; Python's default is 0.005


class MainWindow(QMainWindow):
    def __init__(
        self,
        library: Library,
        settings: QSettings | None = None,
        *,
        load_demo: bool = True,
        open_index: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Workers are Python threads sharing the interpreter with the window; a shorter switch
        # interval hands it back to the window sooner while they parse, index or export.
        sys.setswitchinterval(WINDOW_SWITCH_INTERVAL)
        self.library = library
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        available = self.screen().availableGeometry()
        self.resize(
            min(1280, int(available.width() * 0.95)), min(820, int(available.height() * 0.9))
        )
        self.runner = TaskRunner(self)
        self.controller = CaseController(library, self.runner, self)
        self.errors = ErrorReporter(self, library.log_path)
        self.runner.error_handler = self.errors.report
        self.controller.failed.connect(self.errors.report)
        self.controller.settle_conflict = self._settle_conflict
        # A team library: other people's changes appear as they are made.
        self.team = TeamFollower(self.controller, self) if library.is_team else None
        self.team_windows: list[MainWindow] = []  # opened by File → Connect to team library
        self.owns_library = False  # a team window closes its library with itself
        self.state = WindowState(settings or QSettings(), str(library.folder))
        self.importer = ImportFlow(self.controller, self)
        self._closing = False

        self.library_panel = LibraryPanel(self.controller, self)
        self.dock = QDockWidget(translate("MainWindow", "Case && library"), self)
        self.dock.setObjectName("libraryDock")
        self.dock.setWidget(self.library_panel)
        self.dock.setMinimumWidth(300)
        self.addDockWidget(leading_side(Qt.DockWidgetArea.LeftDockWidgetArea), self.dock)
        self.reading = ReadingArea(self.controller, self)
        self.reader = self.reading.reader
        self.claims = ClaimPane(self.controller, self)
        self.central = QSplitter(Qt.Orientation.Horizontal, self)
        self.central.setObjectName("centralSplitter")
        self.central.addWidget(self.reading)
        self.central.addWidget(self.claims)
        self.central.setStretchFactor(0, 3)
        self.central.setStretchFactor(1, 2)
        self.setCentralWidget(self.central)
        self.status = CaseStatusBar(self.controller, self)
        self.setStatusBar(self.status)
        self.assist = AssistDocks(self)
        # The last dialog and note each menu entry opened, so tests and the guide script reach them.
        self.case_details_dialog: QDialog | None = None
        self.new_case_dialog: QDialog | None = None
        self.theme_actions: QActionGroup | None = None
        self.export_dialog: QDialog | None = None
        self.article_details_dialog: QDialog | None = None
        self.sources_dialog: QDialog | None = None
        self.guide_dialog: QDialog | None = None
        self.last_note: QMessageBox | None = None
        self.last_export: Path | None = None
        self.case_files = CaseFiles(self)
        self.checkout = CheckoutFlow(self)
        self.workshop = Workshop(self)
        self.presentation = Presentation(self, self.state.settings)
        self.actions_ = build_menus(self)
        self.checked_dock = install_checked_panel(self)
        self.reader.selection_actions = [
            self.actions_["new_claim"],
            self.actions_["add_mention"],
        ]

        self.library_panel.case_chosen.connect(self.open_case)
        self.library_panel.article_chosen.connect(self.open_article)
        self.library_panel.search.hit_activated.connect(self.open_article)
        self.claims.detail.mention_activated.connect(self.show_mention)
        self.controller.changed.connect(self._update_title)
        self.controller.changed.connect(self._update_actions)
        self.reader.selection_changed.connect(self._update_actions)
        self.controller.undo_stack.cleanChanged.connect(self._update_actions)

        self.splitters = [
            self.central,
            self.claims.splitter,
            self.library_panel.splitter,
            self.reading.splitter,
        ]
        restored = self.state.restore(
            self,
            self.splitters,
            [self.assist.suggestions, self.assist.graph_dock, self.checked_dock],
        )
        if not restored:
            # On a laptop's 1280 pixels the claim pane gets what the library panel can spare.
            laptop = self.width() < 1400
            self.resizeDocks([self.dock], [300 if laptop else 360], Qt.Orientation.Horizontal)
            self.central.setSizes([520, 460] if laptop else [640, 480])
        small_screen = self.screen().availableGeometry().height() < 1000
        self.claims.set_legend_open(self.state.legend_open(default=not small_screen))
        self.claims.legend_toggle.toggled.connect(self.state.remember_legend)
        if not restored:
            self.claims.splitter.setSizes([self.claims.list_height(LISTED_CLAIMS), 400])
        self._start(load_demo)
        if open_index:
            self.start_index()
        self._update_title()
        self._update_actions()
        self._stop_restyling = theme.on_change(self.restyle)

    def restyle(self) -> None:
        """Repaint what the workbench colours itself after a switch between light and dark."""
        self.claims.legend.setText(legend_html())
        self.claims.detail.restyle()
        self.claims.list.viewport().update()
        for reader in (self.reading.reader, self.reading.other):
            reader.restyle()
        self.assist.graph.restyle()
        self.status.restyle()

    # --- start and stop ---------------------------------------------------------------------

    def _start(self, load_demo: bool) -> None:
        listed = cases.list_cases(self.library)
        if not listed and load_demo and articles.count_articles(self.library) == 0:
            demo = load_demo_case(self.library, with_answer_key=True)  # a worked example
            self.controller.library_changed.emit()
            self.open_case(demo.id)
            first = self.controller.dossier.articles[0].id if self.controller.dossier else None
            self.open_article(first)
            return
        known = {case.id for case, _, _ in listed}
        last = self.state.last_case()
        if last in known:
            self.open_case(last)
            self.claims.select_claim(self.state.last_claim())
            article = self.state.last_article()
            if article:
                try:
                    self.open_article(article)
                except WorkbenchError:
                    self.reading.show_article(None)
        elif len(listed) == 1:
            self.open_case(listed[0][0].id)

    def start_index(self) -> None:
        """Open (or repair, or build) the search index in the background."""
        library = self.library

        def work(context: TaskContext) -> object:
            return open_search(
                library, lambda n: context.progress(n, 0), context.cancelled, in_child=True
            )

        self.runner.start(
            translate("MainWindow", "opening the search index"), work, self._index_opened
        )

    def _index_opened(self, search: LibrarySearch | None) -> None:
        if search is None:
            return
        if self._closing:
            search.close()
            return
        self.controller.attach_search(search)
        self.actions_["reindex"].setEnabled(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            super().closeEvent(event)
            return
        self.claims.detail.wording.commit()
        self.claims.detail.note.commit()
        self.state.remember(
            self.controller.case_id, self.reader.article_id, self.claims.detail.claim_id
        )
        self.state.save(self, self.splitters)
        self._closing = True
        if self.team is not None:
            self.team.stop()
        self.runner.shutdown()
        # Deliver results that arrived while waiting, so nothing (an index) is left open.
        QCoreApplication.sendPostedEvents()
        self.controller.detach_search()
        self.errors.uninstall()
        self._stop_restyling()
        for team in self.team_windows:
            team.close()
        super().closeEvent(event)
        if self.owns_library:
            self.library.close()

    # --- what the user does -----------------------------------------------------------------

    def open_case(self, case_id: int | None) -> None:
        self.controller.open_case(case_id)
        self.reading.show_article(None)
        if self.reading.comparing:
            self.reading.set_compare(False)
            self.actions_["compare"].setChecked(False)

    def new_case(self, title: str, question: str = "") -> int | None:
        try:
            return self.controller.create_case(title, question)
        except WorkbenchError as error:
            self.errors.report(error)
            return None

    def open_article(
        self, article_id: int | None, hits: list[tuple[int, int]] | None = None
    ) -> None:
        self.reading.show_article(article_id, hits)
        if article_id:
            self.library_panel.select_article(article_id)
        self._update_actions()

    def show_mention(self, mention: MentionRecord) -> None:
        """Open the mention's article if needed, then scroll to the passage and flash it."""
        if self.reader.article_id != mention.article_id:
            self.open_article(mention.article_id)
        self.reader.jump_to(mention.start, mention.end)

    def import_paths(self, paths: list[Path]) -> None:
        """Import files and folders into the open case; drag-and-drop lands here too."""
        self.importer.start([Path(p) for p in paths], self.controller.case_id)

    def new_claim_from_selection(self) -> int | None:
        span = self.reader.selected_span()
        case_id = self.controller.case_id
        if case_id is None:
            self.errors.report(
                WorkbenchError(
                    translate("MainWindow", "Open or create a case before adding claims.")
                )
            )
            return None
        if span is None or self.reader.article_id is None:
            self.errors.report(
                WorkbenchError(
                    translate("MainWindow", "Select the passage that carries the claim first.")
                )
            )
            return None
        text = self.reader.selected_text()
        attached = self._attach_if_answer(span)
        if attached is not None:
            return attached or None
        spec = MentionSpec(article_id=self.reader.article_id, start=span[0], end=span[1])
        command = commands.AddClaim(self.controller, case_id, text, mention=spec)
        if not self.controller.run(command):
            return None
        self.claims.list.setFocus()
        return command.claim.id if command.claim else None

    def _attach_if_answer(self, span: tuple[int, int]) -> int | None:
        """A passage denying (or declining to comment on) a claim of the case is offered to that
        claim; the claim's id when attached, 0 when cancelled, None to make a new claim."""
        dossier, article_id = self.controller.dossier, self.reader.article_id
        if dossier is None or article_id is None:
            return None
        found = answer_prompt.find_answer(dossier, dossier.article(article_id), span)
        if found is None:
            return None
        answer, claim = found
        choice = answer_prompt.ask(self, answer, claim)
        if choice is answer_prompt.Choice.NEW_CLAIM:
            return None
        if choice is answer_prompt.Choice.CANCEL:
            return 0
        self.controller.select_claim_later(claim.id)
        spec = answer_prompt.answer_spec(answer, article_id, span)
        if not self.controller.run(commands.AddMention(self.controller, claim.id, spec)):
            return 0
        self.claims.list.setFocus()
        return claim.id

    def add_selection_as_mention(self, claim_id: int) -> bool:
        span = self.reader.selected_span()
        if span is None or self.reader.article_id is None:
            self.errors.report(
                WorkbenchError(
                    translate("MainWindow", "Select the passage that carries the claim first.")
                )
            )
            return False
        spec = MentionSpec(article_id=self.reader.article_id, start=span[0], end=span[1])
        return self.controller.run(commands.AddMention(self.controller, claim_id, spec))

    def set_compare(self, on: bool, other_id: int | None = None) -> None:
        action = self.actions_["compare"]
        action.blockSignals(True)
        action.setChecked(on)
        action.blockSignals(False)
        self.reading.set_compare(on, other_id)

    def export_report(self, path: Path | None = None) -> None:
        """Write the Word report in the background; `path` None means the default file name."""
        case_id = self.controller.case_id
        if case_id is None:
            self.errors.report(
                WorkbenchError(translate("MainWindow", "Open a case to export its report."))
            )
            return
        library = self.library

        def work(context: TaskContext) -> Path:
            return export_case(
                library, case_id, "docx", path, overwrite=True, progress=context.progress
            )

        self.runner.start(translate("MainWindow", "writing the report"), work, self._exported)

    def _exported(self, path: Path | None) -> None:
        if path is None:
            return
        self.last_export = path
        self.statusBar().showMessage(
            translate("MainWindow", "Report written to {path}").format(path=isolate(path)), 10000
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("MainWindow", "Report written"),
            translate("MainWindow", "The report is in\n{path}").format(path=isolate(path)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setModal(False)
        box.show()

    def rebuild_index(self) -> None:
        search = self.controller.search
        if search is None:
            return

        def work(context: TaskContext) -> None:
            search.rebuild(lambda n: context.progress(n, 0), context.cancelled, in_child=True)

        self.runner.start(
            translate("MainWindow", "rebuilding the search index"),
            work,
            lambda _r: self.statusBar().showMessage(
                translate("MainWindow", "Search index rebuilt"), 5000
            ),
        )

    # --- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def _settle_conflict(self, conflict: ClaimChanged) -> bool:
        source = self.controller.source(conflict.theirs.source_id)
        return ask_which(self, conflict, source.name if source else None)

    # --- keeping the chrome in step ---------------------------------------------------------

    def _update_title(self) -> None:
        dossier = self.controller.dossier
        # A library on a write-protected disk opens for reading; the title says so throughout.
        if self.library.is_team:
            app = translate("MainWindow", "Fact-Check Workbench — team library ({actor}, {role})")
            app = app.format(
                actor=isolate(self.library.actor), role=role_name(self.library.team_role)
            )
        elif self.library.read_only:
            app = translate("MainWindow", "Fact-Check Workbench (read-only)")
        else:
            app = translate("MainWindow", "Fact-Check Workbench")
        title = f"{isolate(dossier.case.title)} — {app}" if dossier else app
        self.setWindowTitle(title)

    def _update_actions(self) -> None:
        has_case = self.controller.case_id is not None
        has_selection = self.reader.selected_span() is not None
        self.actions_["new_claim"].setEnabled(has_case and has_selection)
        self.actions_["add_mention"].setEnabled(
            has_case and has_selection and bool(self.controller.dossier.claims)  # type: ignore[union-attr]
        )
        for name in (
            "export",
            "case_details",
            "export_case_file",
            "check_in",
            "save_key",
            "export_exercise",
            "export_answers",
        ):
            self.actions_[name].setEnabled(has_case)
        self.actions_["compare"].setEnabled(has_case)
        self.actions_["article_details"].setEnabled(self.reader.article_id is not None)
