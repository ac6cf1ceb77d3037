"""The claim assistant's review panel: run the suggestions, then accept, edit or reject each one.

The run happens on a pool thread; nothing is written until the user accepts a proposal, and each
acceptance is one undoable command when the window gives an undo stack. Keyboard first: Up/Down
move, Enter accepts, Delete rejects, F2 edits the wording, Ctrl+A selects every proposal; S splits
the selected articles off their proposal and M merges the selected proposals, each one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.records import ClaimRecord
from workbench.core.vocabulary import Status
from workbench.services import assisting, claims
from workbench.services.claims import ClaimSnapshot
from workbench.store import Library
from workbench.ui import look
from workbench.ui.i18n import isolate, local_number, translate
from workbench.ui.proposal_edits import RearrangeProposals, merge_proposals, split_proposal
from workbench.ui.suggestion_model import (
    CUE,
    SOURCE,
    STATUS,
    WORDING,
    Proposal,
    ProposalModel,
    StatusChipDelegate,
    SuggestionRun,
    relay_model,
    suggest_work,
)
from workbench.ui.tasks import Task, TaskRunner


class AcceptProposal(QUndoCommand):
    """Accepting a proposal writes a claim with its mentions; undo deletes it and relists it."""

    def __init__(self, panel: SuggestionsPanel, proposal: Proposal) -> None:
        super().__init__(
            translate("Suggestions", "Accept proposed claim “{text}”").format(
                text=isolate(_short(proposal.wording))
            )
        )
        self.panel = panel
        self.library = panel.library
        self.case_id = panel.case_id
        self.proposal = proposal
        self.row = 0
        self.claim: ClaimRecord | None = None
        self.snapshot: ClaimSnapshot | None = None

    def redo(self) -> None:
        try:
            if self.snapshot is not None:
                self.claim = claims.restore_claim(self.library, self.snapshot)
            else:
                self.claim = self.panel.write(self.proposal)
        except Exception as error:  # the stack must stay usable; the panel shows the message
            self.setObsolete(True)
            self.panel.report_failure(error)
            return
        if self._panel_alive():
            self.row = self.panel.unlist(self.proposal)
        self.panel.notify_changed()

    def undo(self) -> None:
        if self.claim is None:
            return
        try:
            self.snapshot = claims.delete_claim(self.library, self.claim.id)
        except Exception as error:
            self.setObsolete(True)
            self.panel.report_failure(error)
            return
        if self._panel_alive():
            self.panel.model.insert(self.row, self.proposal)
        self.panel.notify_changed()

    def _panel_alive(self) -> bool:
        """The stack outlives the panel; once it is closed only the database is changed."""
        return shiboken6.isValid(self.panel) and shiboken6.isValid(self.panel.model)


class ReviewTree(QTreeView):
    """The proposals list; Enter and Delete act on the selection unless a cell is being edited."""

    accept_requested = Signal()
    reject_requested = Signal()
    split_requested = Signal()
    merge_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if plain and event.key() == Qt.Key.Key_S:
                self.split_requested.emit()
                return
            if plain and event.key() == Qt.Key.Key_M:
                self.merge_requested.emit()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept_requested.emit()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.reject_requested.emit()
                return
        super().keyPressEvent(event)


class SuggestionsPanel(QWidget):
    """Suggest claims for a case and review them; the lead window docks or opens this panel."""

    run_finished = Signal(bool)  # True when the run completed, False when cancelled or failed
    claim_accepted = Signal(int)
    failed = Signal(object)

    def __init__(
        self,
        library: Library,
        case_id: int,
        undo_stack: QUndoStack | None = None,
        on_changed: Callable[[], None] | None = None,
        *,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.case_id = case_id
        self.undo_stack = undo_stack
        self.on_changed = on_changed
        self.runner = runner or TaskRunner(self)
        self.task: Task | None = None
        self.has_run = False  # a run completed for this case: its proposals are listed
        self.model = ProposalModel(self)
        # What the last run found beside the proposals, for the line above the list.
        self._shared = 0
        self._skipped = 0
        self._summary_shown = False
        self._build()
        self._set_running(False)
        self._update_buttons()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.suggest_button = QPushButton(translate("Suggestions", "Suggest claims"))
        self.suggest_button.setToolTip(
            translate("Suggestions", "Read every article of the case and propose claims")
        )
        self.suggest_button.clicked.connect(self.suggest)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.hide()  # shown while a run reads the articles; idle, it would read "0 %"
        self.cancel_button = QPushButton(translate("Suggestions", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        for button in (self.suggest_button, self.cancel_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.message = QLabel(
            translate("Suggestions", "Nothing is written until you accept a proposal.")
        )
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.suggest_button)
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)
        top.addStretch(0)  # idle, with the bar hidden, the buttons keep their own width

        self.tree = ReviewTree()
        self.tree.setModel(self.model)
        self.tree.setItemDelegateForColumn(STATUS, StatusChipDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.resizeSection(WORDING, 380)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(STATUS, 130)
        header.resizeSection(SOURCE, 170)
        header.resizeSection(CUE, 130)
        self.tree.accept_requested.connect(self.accept_selected)
        self.tree.reject_requested.connect(self.reject_selected)
        self.tree.split_requested.connect(self.split_selected)
        self.tree.merge_requested.connect(self.merge_selected)
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        self.accept_button = QPushButton(translate("Suggestions", "Accept all selected"))
        self.accept_button.setToolTip(
            translate("Suggestions", "Write the selected proposals as claims (Enter)")
        )
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button = QPushButton(translate("Suggestions", "Reject all selected"))
        self.reject_button.setToolTip(
            translate("Suggestions", "Drop the selected proposals; nothing is written (Delete)")
        )
        self.reject_button.clicked.connect(self.reject_selected)
        self.edit_button = QPushButton(translate("Suggestions", "Edit wording"))
        self.edit_button.setToolTip(
            translate("Suggestions", "Change the wording before accepting (F2)")
        )
        self.edit_button.clicked.connect(self.edit_current)
        self.split_button = QPushButton(translate("Suggestions", "Split off"))
        self.split_button.setToolTip(
            translate(
                "Suggestions",
                "Make the selected articles of a proposal a proposal of their own (S)",
            )
        )
        self.split_button.clicked.connect(self.split_selected)
        self.merge_button = QPushButton(translate("Suggestions", "Merge"))
        self.merge_button.setToolTip(
            translate("Suggestions", "Make the selected proposals one proposed claim (M)")
        )
        self.merge_button.clicked.connect(self.merge_selected)
        self.status_picker = QComboBox()
        self.status_picker.setToolTip(
            translate("Suggestions", "Set the status the selected proposals will be accepted with")
        )
        self.status_picker.addItem(translate("Suggestions", "Mark selected as…"), None)
        for status in Status:
            self.status_picker.addItem(look.icon(status, 16), look.name(status), status)
        self.status_picker.activated.connect(self._pick_status)
        actions = QHBoxLayout()
        for widget in (
            self.accept_button,
            self.reject_button,
            self.edit_button,
            self.split_button,
            self.merge_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.status_picker)
        proposals_page = QWidget()
        proposals_layout = QVBoxLayout(proposals_page)
        proposals_layout.addWidget(self.tree)
        proposals_layout.addLayout(actions)

        self.relays = QTreeView()
        self.relays.setAlternatingRowColors(True)
        self.relays.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.relays.setModel(relay_model([], [], {}))
        self.tabs = QTabWidget()
        self.tabs.addTab(proposals_page, translate("Suggestions", "Proposed claims"))
        self.tabs.addTab(self.relays, translate("Suggestions", "Shared passages"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    # --- running -------------------------------------------------------------------------

    def suggest(self) -> None:
        """Start a run in the background; a run already going is left to finish."""
        if self.task is not None:
            return
        self.progress.setRange(0, 0)
        self._summary_shown = False
        self.message.setText(translate("Suggestions", "Reading the articles of the case…"))
        self._set_running(True)
        self.task = self.runner.start(
            translate("Suggestions", "suggest claims"),
            suggest_work(self.library, self.case_id),
            on_done=self._run_done,
            on_failed=self._run_failed,
            on_progress=self._run_progress,
        )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.message.setText(translate("Suggestions", "Cancelling…"))

    def running(self) -> bool:
        return self.task is not None

    def _run_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _run_done(self, run: SuggestionRun | None) -> None:
        task, self.task = self.task, None
        self._set_running(False)
        # the flag is read here, on the GUI thread, so a Cancel pressed before this moment always
        # wins, even when the work itself had already finished
        if run is None or not run.found.complete or (task and task.context.cancelled()):
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.message.setText(
                translate("Suggestions", "Cancelled: no proposals listed. Nothing was written.")
            )
            self.run_finished.emit(False)
            return
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.model.reset((Proposal.of(g) for g in run.groups), run.articles)
        self.relays.setModel(relay_model(run.found.shared, run.found.copies, run.articles))
        for row in range(self.relays.model().rowCount()):
            self.relays.setFirstColumnSpanned(row, self.relays.rootIndex(), True)
        self.relays.expandAll()
        self.relays.header().resizeSection(0, 270)
        self.relays.header().resizeSection(1, 220)
        self.relays.header().resizeSection(2, 60)
        self.has_run = True
        self._shared = len(run.found.shared)
        self._skipped = len(run.found.groups) - len(run.groups)
        self._show_summary()
        if self.model.proposals:
            self._select_row(0)
        self.tree.setFocus()
        self.run_finished.emit(True)

    def _run_failed(self, error: BaseException) -> None:
        self.task = None
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.report_failure(error)
        self.run_finished.emit(False)

    def _set_running(self, running: bool) -> None:
        self.suggest_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)

    def _show_summary(self) -> None:
        """The line above the list, counted from the list itself so it agrees with the tab."""
        self._summary_shown = True
        proposed, shared, skipped = len(self.model.proposals), self._shared, self._skipped
        self.message.setText(
            translate("Suggestions", "%n proposed claim(s), ", "", proposed)
            + translate("Suggestions", "%n shared passage(s)", "", shared)
            + (
                translate("Suggestions", "; %n already marked left out", "", skipped)
                if skipped
                else ""
            )
            + translate(
                "Suggestions",
                ". Enter accepts, Delete rejects, F2 edits the wording, S splits, M merges.",
            )
        )

    # --- reviewing -----------------------------------------------------------------------

    def selected_proposals(self) -> list[Proposal]:
        """The proposals behind the selected rows, in list order; an article row counts for its
        proposal."""
        chosen: dict[int, Proposal] = {}
        for index in self.tree.selectionModel().selectedRows():
            proposal = self.model.proposal_at(index)
            if proposal is not None:
                chosen[self.model.proposals.index(proposal)] = proposal
        if not chosen:
            proposal = self.model.proposal_at(self.tree.currentIndex())
            if proposal is not None:
                chosen[self.model.proposals.index(proposal)] = proposal
        return [chosen[row] for row in sorted(chosen)]

    def accept_selected(self) -> None:
        proposals = self.selected_proposals()
        if not proposals:
            return
        first_row = self.model.proposals.index(proposals[0])
        stack = self.undo_stack if len(proposals) > 1 else None
        count = len(proposals)
        if stack is not None:
            stack.beginMacro(translate("Suggestions", "Accept %n proposed claim(s)", "", count))
        try:
            for proposal in proposals:
                self.accept(proposal)
        finally:
            if stack is not None:
                stack.endMacro()
        self._show_summary()
        self._select_row(first_row)

    def accept(self, proposal: Proposal) -> None:
        """Write one proposal as a claim, through the undo stack when there is one."""
        if self.undo_stack is not None:
            self.undo_stack.push(AcceptProposal(self, proposal))
            return
        try:
            self.write(proposal)
        except Exception as error:
            self.report_failure(error)
            return
        self.unlist(proposal)
        self.notify_changed()

    def reject_selected(self) -> None:
        proposals = self.selected_proposals()
        if not proposals:
            return
        first_row = self.model.proposals.index(proposals[0])
        for proposal in proposals:
            self.model.remove(proposal)
        self._summary_shown = False
        count = len(proposals)
        self.message.setText(
            translate("Suggestions", "Rejected %n; nothing was written.", "", count)
        )
        self._select_row(first_row)

    def edit_current(self) -> None:
        proposal = self.model.proposal_at(self.tree.currentIndex())
        if proposal is not None:
            index = self.model.index_of(proposal, WORDING)
            self.tree.setCurrentIndex(index)
            self.tree.edit(index)

    def split_selected(self) -> None:
        """Move the selected article rows of the current proposal into a proposal of their own."""
        proposal = self.model.proposal_at(self.tree.currentIndex())
        if proposal is None:
            return
        row = self.model.proposals.index(proposal)
        moved = sorted(
            index.row()
            for index in self.tree.selectionModel().selectedRows()
            if index.parent().isValid() and index.parent().row() == row
        )
        if not moved or len(moved) >= len(proposal.group.members):
            self.message.setText(
                translate(
                    "Suggestions",
                    "To split, select some (not all) of the articles listed under a proposal.",
                )
            )
            return
        kept, taken = split_proposal(proposal, moved)
        count = len(moved)
        self._rearrange(
            translate("Suggestions", "Split %n article(s) off “{text}”", "", count).format(
                text=isolate(_short(proposal.wording))
            ),
            [proposal],
            [kept, taken],
        )

    def merge_selected(self) -> None:
        proposals = self.selected_proposals()
        if len(proposals) < 2:
            self.message.setText(
                translate("Suggestions", "To merge, select two proposals or more.")
            )
            return
        merged = merge_proposals(proposals)
        count = len(proposals)
        self._rearrange(
            translate("Suggestions", "Merge %n proposed claim(s)", "", count),
            proposals,
            [merged],
        )

    def _rearrange(self, text: str, before: list[Proposal], after: list[Proposal]) -> None:
        command = RearrangeProposals(self, text, before, after)
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        else:
            command.redo()
        self._summary_shown = False
        self.message.setText(
            translate("Suggestions", "{action}. Nothing is written until you accept.").format(
                action=text
            )
        )

    def show_proposal(self, proposal: Proposal) -> None:
        """Select a proposal and open it, so the user sees its articles."""
        if proposal not in self.model.proposals:
            return
        index = self.model.index_of(proposal)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.expand(index)
        self.tree.scrollTo(index)

    def _pick_status(self, position: int) -> None:
        status = self.status_picker.itemData(position)
        self.status_picker.setCurrentIndex(0)
        if status is not None:
            self.model.set_status(self.selected_proposals(), Status(status))
        self.tree.setFocus()

    # --- what commands call back ---------------------------------------------------------

    def write(self, proposal: Proposal) -> ClaimRecord:
        claim = assisting.accept_group(
            self.library,
            self.case_id,
            proposal.group,
            wording=proposal.wording,
            status=proposal.status,
        )
        self.claim_accepted.emit(claim.id)
        return claim

    def unlist(self, proposal: Proposal) -> int:
        if proposal in self.model.proposals:
            return self.model.remove(proposal)
        return 0

    def notify_changed(self) -> None:
        if self.on_changed is not None:
            self.on_changed()

    def report_failure(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self.message.setText(
                translate("Suggestions", "Could not do that: {error}").format(error=error)
            )
            self.failed.emit(error)

    # --- small helpers -------------------------------------------------------------------

    def _select_row(self, row: int) -> None:
        if not self.model.proposals:
            return
        index = self.model.index(min(row, len(self.model.proposals) - 1), 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.selectionModel().setCurrentIndex(index, flags)

    def _update_buttons(self, *_args: object) -> None:
        has_rows = bool(self.model.proposals)
        self.accept_button.setEnabled(has_rows)
        self.reject_button.setEnabled(has_rows)
        self.edit_button.setEnabled(has_rows)
        self.split_button.setEnabled(has_rows)
        self.merge_button.setEnabled(len(self.model.proposals) > 1)
        self.status_picker.setEnabled(has_rows)
        index = self.tabs.indexOf(self.tree.parentWidget() or self.tree)
        self.tabs.setTabText(
            index,
            translate("Suggestions", "Proposed claims ({count})").format(
                count=local_number(len(self.model.proposals))
            ),
        )
        if self._summary_shown:
            self._show_summary()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
