"""Other people's changes reach an open window: the team library is read twice a second.

The read runs on a thread of its own, so a slow or stopped server never holds the window; what
it finds is patched in the same way as the window's own edits, so the selection and the reader's
place stay. A server that stops answering is said in the status bar until it is back.
"""

from __future__ import annotations

import concurrent.futures
import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from workbench.core.errors import WorkbenchError
from workbench.services.following import ChangeFollower, TeamChanges
from workbench.ui.case_controller import CaseController
from workbench.ui.i18n import translate

POLL_MS = 500  # between one read's answer and the next read
log = logging.getLogger(__name__)


class TeamFollower(QObject):
    reachable = Signal(bool)  # the server answered (True) or stopped answering (False)
    applied = Signal(object)  # the TeamChanges just shown
    _arrived = Signal(object)  # a read's future, handed from the reading thread to the window's

    def __init__(self, controller: CaseController, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.controller = controller
        self.window = parent
        self._executor = concurrent.futures.ThreadPoolExecutor(1, "workbench-team")
        # Marked now, before the window reads any case, so no change falls in between.
        self._follower: ChangeFollower | None = None
        try:
            self._follower = ChangeFollower(controller.library)
        except WorkbenchError as error:  # the server went away: marked at the first answer
            log.warning("the team library's changes are followed from later: %s", error)
        self.online = True
        self._stopped = False
        self._arrived.connect(self._answer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._ask)
        self._timer.start()

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _ask(self) -> None:
        if self._stopped:
            return
        future = self._executor.submit(self._read)
        future.add_done_callback(self._arrived.emit)

    def _answer(self, future: concurrent.futures.Future[TeamChanges]) -> None:
        if self._stopped:
            return
        self._timer.start()
        try:
            changes = future.result()
        except WorkbenchError as error:
            self._went_away(error)
            return
        except Exception:  # a bug: logged, and the next read tries again
            log.exception("reading the team library's changes failed")
            return
        if not self.online:
            self.online = True
            self.window.statusBar().showMessage(
                translate("TeamFollower", "The team server is back."), 5000
            )
            self.reachable.emit(True)
        self._show(changes)

    def _read(self) -> TeamChanges:
        if self._follower is None:
            self._follower = ChangeFollower(self.controller.library)
        return self._follower.poll()

    def _went_away(self, error: WorkbenchError) -> None:
        if self.online:
            self.online = False
            self.reachable.emit(False)
        self.window.statusBar().showMessage(
            translate("TeamFollower", "{error} Trying again…").format(error=error)
        )

    def _show(self, changes: TeamChanges) -> None:
        controller = self.controller
        if changes.settled:
            self._tell_settled(changes.settled)
        if not changes.any:
            return
        if controller.case_id in changes.case_ids:
            controller.reload()
        elif changes.claim_ids and controller.dossier is not None:
            controller.claims_changed(sorted(changes.claim_ids))
        if changes.article_ids or changes.case_ids or changes.sources_changed:
            controller.library_changed.emit()
        controller.keep_index_in_step()
        self.applied.emit(changes)

    def _tell_settled(self, outcome: dict[int, bool]) -> None:
        saved = sum(outcome.values())
        lost = len(outcome) - saved
        parts = []
        if saved:
            parts.append(
                translate(
                    "TeamFollower", "%n change(s) made as the server stopped were saved", "", saved
                )
            )
        if lost:
            parts.append(translate("TeamFollower", "%n were not saved: make them again", "", lost))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("TeamFollower", "Team server"),
            translate("TeamFollower", "; ").join(parts) + ".",
        )
        box.setParent(self.window, box.windowFlags())
        box.open()
