"""File → Check out / Check in: a case taken from a team library and brought back, from the window.

Every step that touches the team library runs as a background task that opens the team library
itself, with a progress dialog whose Cancel stops the work before anything is saved. Check-in
first asks for the conflicts; when there are any, the conflict dialog collects a choice for each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from workbench.core.casemerge import Side, UnsettledConflicts
from workbench.core.errors import CheckoutCancelled, WorkbenchError
from workbench.services import cases
from workbench.services.checkout import (
    CheckInSummary,
    CheckOutSummary,
    ConflictView,
    check_in,
    check_in_conflicts,
    check_out,
)
from workbench.services.checkout_records import borrowed_from, checkout_marks, open_library_at
from workbench.ui.checkout_dialogs import CheckOutDialog, ConflictDialog
from workbench.ui.i18n import isolate, translate
from workbench.ui.tasks import Task, TaskContext

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow

TEAM_LOCATION = "checkout/team_library"


def check_out_message(summary: CheckOutSummary) -> str:
    head = (
        translate(
            "CheckoutFlow",
            "“%1” is checked out from %2 and now open here. The team sees it as checked out "
            "until you check it back in.",
        )
        .replace("%1", isolate(summary.title))
        .replace("%2", isolate(summary.team))
    )
    return "\n\n".join([head, *summary.lines()[1:]])


def check_in_message(summary: CheckInSummary) -> str:
    head = (
        translate("CheckoutFlow", "“%1” is checked back in to %2.")
        .replace("%1", isolate(summary.title))
        .replace("%2", isolate(summary.team))
    )
    lines = summary.lines()
    counts = [f"{line[0].upper()}{line[1:]}." for line in lines[1:3]]
    kept = {
        Side.MINE: translate("CheckoutFlow", "kept mine"),
        Side.THEIRS: translate("CheckoutFlow", "kept theirs"),
    }
    settled = [f"{view.subject} — {kept[side]}" for view, side in summary.settled]
    parts = [head, "\n".join(counts)]
    if settled:
        parts.append(
            translate("CheckoutFlow", "Conflicts settled (the other version is in the history):")
            + "\n"
            + "\n".join(settled)
        )
    return "\n\n".join(parts)


class CheckoutFlow(QObject):
    checked_out = Signal(object)  # CheckOutSummary
    checked_in = Signal(object)  # CheckInSummary

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: CheckOutDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.summary_box: QMessageBox | None = None

    # --- check-out ------------------------------------------------------------------------

    def ask_check_out(self) -> CheckOutDialog:
        """The dialog choosing a team library and a case (non-modal: tests and users type)."""
        location = str(self.window.state.settings.value(TEAM_LOCATION, "") or "")
        self.dialog = CheckOutDialog(self.window, location)
        self.dialog.location_set.connect(self.list_team_cases)
        self.dialog.chosen.connect(self.check_out)
        self.dialog.show()
        if location:
            self.list_team_cases(location)
        return self.dialog

    def list_team_cases(self, location: str) -> Task:
        def work(_context: TaskContext) -> list[tuple[int, str, str | None]]:
            with open_library_at(location) as team:
                marks = checkout_marks(team)
                return [
                    (case.id, case.title, marks[case.id].line() if case.id in marks else None)
                    for case, _articles, _claims in cases.list_cases(team)
                ]

        def done(listing: list[tuple[int, str, str | None]] | None) -> None:
            if listing is not None and self.dialog is not None:
                self.dialog.show_cases(listing)

        return self.window.runner.start(
            "reading the team library", work, done, self.window.errors.report
        )

    def check_out(self, location: str, case_id: int) -> Task | None:
        if self._busy():
            return None
        laptop = self.window.library

        def work(context: TaskContext) -> CheckOutSummary:
            with open_library_at(location) as team:
                return check_out(
                    team,
                    laptop,
                    case_id,
                    team_location=location,
                    progress=context.progress,
                    cancelled=context.cancelled,
                )

        self.window.state.settings.setValue(TEAM_LOCATION, location)
        return self._start(
            "checking out",
            translate("CheckoutFlow", "Copying the case from the team library…"),
            work,
            self._checked_out,
        )

    def _checked_out(self, summary: CheckOutSummary | None) -> None:
        self._finish()
        if summary is None:
            return
        if self.dialog is not None:
            self.dialog.accept()
        self.window.controller.library_changed.emit()
        self.window.open_case(summary.case_id)
        self._tell(translate("CheckoutFlow", "Case checked out"), check_out_message(summary))
        self.checked_out.emit(summary)

    # --- check-in -------------------------------------------------------------------------

    def start_check_in(self) -> Task | None:
        """Check the open case back in: list the conflicts first, ask only if there are some."""
        dossier = self.window.controller.dossier
        if dossier is None:
            self.window.errors.report(
                WorkbenchError(translate("CheckoutFlow", "Open a checked-out case to check it in."))
            )
            return None
        if self._busy():
            return None
        laptop, case_id = self.window.library, dossier.case.id

        def work(_context: TaskContext) -> tuple[str, tuple[ConflictView, ...]]:
            location = borrowed_from(laptop, case_id)
            with open_library_at(location) as team:
                return location, check_in_conflicts(laptop, team, case_id)

        def listed(found: tuple[str, tuple[ConflictView, ...]] | None) -> None:
            self._finish()
            if found is None:
                return
            location, conflicts = found
            if conflicts:
                self._ask(location, case_id, dossier.case.title, conflicts)
            else:
                self.check_in(location, case_id, {})

        return self._start(
            "checking in",
            translate("CheckoutFlow", "Comparing with the team library…"),
            work,
            listed,
        )

    def _ask(
        self, location: str, case_id: int, title: str, conflicts: tuple[ConflictView, ...]
    ) -> None:
        self.conflict_dialog = ConflictDialog(self.window, title, conflicts)
        self.conflict_dialog.settled.connect(
            lambda choices: self.check_in(location, case_id, choices)
        )
        self.conflict_dialog.show()

    def check_in(self, location: str, case_id: int, choices: dict[str, Side]) -> Task | None:
        if self._busy():
            return None
        laptop = self.window.library
        title = self.window.controller.dossier.case.title if self.window.controller.dossier else ""

        def work(context: TaskContext) -> CheckInSummary:
            with open_library_at(location) as team:
                return check_in(
                    laptop,
                    team,
                    case_id,
                    choices=choices,
                    progress=context.progress,
                    cancelled=context.cancelled,
                )

        def failed(error: BaseException) -> None:
            if isinstance(error, UnsettledConflicts):
                # The team changed the case again while the dialog was open: ask anew.
                self._finish()
                views = tuple(ConflictView.of(c) for c in error.conflicts)
                self._ask(location, case_id, title, views)
                return
            self._failed(error)

        return self._start(
            "checking in",
            translate("CheckoutFlow", "Merging the case into the team library…"),
            work,
            self._checked_in,
            failed,
        )

    def _checked_in(self, summary: CheckInSummary | None) -> None:
        self._finish()
        if summary is None:
            return
        # Undoing an edit made before the merge could now undo someone else's work.
        self.window.controller.undo_stack.clear()
        self.window.controller.library_changed.emit()
        self.window.open_case(summary.case_id)
        self.window.controller.reload_in_background()
        self._tell(translate("CheckoutFlow", "Case checked in"), check_in_message(summary))
        self.checked_in.emit(summary)

    # --- shared ---------------------------------------------------------------------------

    def _busy(self) -> bool:
        if self.task is None:
            return False
        QMessageBox.information(
            self.window,
            translate("CheckoutFlow", "Team library"),
            translate("CheckoutFlow", "A check-out or check-in is already under way."),
        )
        return True

    def _start(
        self,
        name: str,
        label: str,
        work: Callable[[TaskContext], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Task:
        dialog = QProgressDialog(label, translate("CheckoutFlow", "Cancel"), 0, 0, self.window)
        dialog.setObjectName("checkoutProgress")
        dialog.setWindowTitle(translate("CheckoutFlow", "Team library"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress = dialog
        self.task = self.window.runner.start(
            name, work, done, failed or self._failed, self._progress
        )
        dialog.canceled.connect(self.task.cancel)
        return self.task

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finish(self) -> None:
        self.task = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, CheckoutCancelled):
            self.window.statusBar().showMessage(str(error), 10000)
            return
        self.window.errors.report(error)

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setModal(False)
        box.show()
        self.summary_box = box
