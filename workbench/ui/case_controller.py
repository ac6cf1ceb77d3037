"""The open case: its dossier, the undo stack, and one `changed` signal after every edit.

Every view (claim list, detail, reader highlights, status bar) listens to `changed` and redraws from
the same dossier, so an edit made in one place shows everywhere at once.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workbench.core.checks import MethodWarning, checks_for_claim
from workbench.core.errors import ClaimChanged
from workbench.core.records import CaseDossier, ClaimRecord, MentionRecord, SourceRecord
from workbench.core.vocabulary import Status
from workbench.services import cases
from workbench.services.searching import LibrarySearch
from workbench.store import Library
from workbench.ui.i18n import translate
from workbench.ui.tasks import TaskContext, TaskRunner


class CaseController(QObject):
    changed = Signal()  # the dossier was re-read: redraw
    case_opened = Signal(int)  # another case is now open (0: none)
    library_changed = Signal()  # cases or articles were added: refresh listings
    failed = Signal(object)  # an exception the user must hear about
    search_ready = Signal()

    def __init__(self, library: Library, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.undo_stack = QUndoStack(self)
        self.dossier: CaseDossier | None = None
        self.search: LibrarySearch | None = None  # once the index is open
        self.pending_claim: int | None = None  # the claim a command wants selected next
        # While `changed` is emitted: the claims an edit changed, or None when the whole case
        # was read again. A view may then redraw only those claims.
        self.changed_claims: tuple[int, ...] | None = None
        self._gui_thread = threading.current_thread()
        self._catching_up = False
        self._catch_up_again = False
        self._pushing = False
        self._failure: BaseException | None = None
        # Asked when someone else changed a claim since this window read it: True puts the
        # user's change over theirs. The window asks with a dialog; alone, theirs are kept.
        self.settle_conflict: Callable[[ClaimChanged], bool] = lambda _conflict: False

    # --- the case -------------------------------------------------------------------------

    @property
    def case_id(self) -> int | None:
        return self.dossier.case.id if self.dossier else None

    def open_case(self, case_id: int | None) -> None:
        self.dossier = _read_case(self.library, case_id) if case_id else None
        self.case_opened.emit(case_id or 0)
        self.changed.emit()

    def reload(self) -> None:
        if self.dossier is not None:
            self.dossier = _read_case(self.library, self.dossier.case.id)
        self.changed.emit()

    def claims_changed(self, claim_ids: Iterable[int]) -> None:
        """After an edit of these claims: only they are read again, then every view redraws."""
        if self.dossier is None:
            self.changed.emit()
            return
        part = cases.claims_part(self.library, self.dossier.case.id, claim_ids)
        self.dossier = self.dossier.with_claims(part)
        self.changed_claims = part.claim_ids
        try:
            self.changed.emit()
        finally:
            self.changed_claims = None

    def reload_in_background(self, then: Callable[[], None] | None = None) -> None:
        """Re-read a big case on a worker (after an import of thousands of articles)."""
        if self.dossier is None:
            self.changed.emit()
            if then is not None:
                then()
            return
        library, case_id = self.library, self.dossier.case.id

        def done(dossier: CaseDossier | None) -> None:
            if dossier is not None and self.case_id == case_id:
                self.dossier = dossier
                self.changed.emit()
            if then is not None:
                then()

        self.runner.start(
            translate("CaseController", "reading the case"),
            lambda _c: _read_case(library, case_id),
            done,
        )

    def create_case(self, title: str, question: str = "") -> int:
        record = cases.create_case(self.library, title, question)
        self.library_changed.emit()
        self.open_case(record.id)
        return record.id

    # --- edits ----------------------------------------------------------------------------

    def run(self, command: QUndoCommand) -> bool:
        """Push an edit; False (and the failure shown) when the service refused it."""
        self._failure = None
        self._pushing = True
        try:
            self.undo_stack.push(command)
        finally:
            self._pushing = False
        if self._failure is not None:
            self.failed.emit(self._failure)
            return False
        return True

    def fail(self, error: BaseException) -> None:
        """Called by a command whose service raised; shown now, or after `run` returns."""
        if self._pushing:
            self._failure = error
        else:
            self.failed.emit(error)

    def select_claim_later(self, claim_id: int) -> None:
        self.pending_claim = claim_id

    # --- questions views ask ----------------------------------------------------------------

    def claim(self, claim_id: int | None) -> ClaimRecord | None:
        if self.dossier is None or claim_id is None:
            return None
        return next((c for c in self.dossier.claims if c.id == claim_id), None)

    def source(self, source_id: int | None) -> SourceRecord | None:
        return self.dossier.source(source_id) if self.dossier else None

    def mentions_of(self, claim_id: int) -> list[MentionRecord]:
        return self.dossier.mentions_of(claim_id) if self.dossier else []

    def mentions_in(self, article_id: int) -> list[MentionRecord]:
        if self.dossier is None:
            return []
        return [m for m in self.dossier.mentions if m.article_id == article_id]

    def warnings_for(self, claim_id: int) -> list[MethodWarning]:
        return checks_for_claim(self.dossier, claim_id) if self.dossier else []

    def counts(self) -> Counter[Status]:
        counted: Counter[Status] = Counter({s: 0 for s in Status})
        if self.dossier is not None:
            counted.update(c.status for c in self.dossier.claims)
        return counted

    def articles_of(self, claim_id: int) -> set[int]:
        return {m.article_id for m in self.mentions_of(claim_id)}

    # --- the search index -------------------------------------------------------------------

    def attach_search(self, search: LibrarySearch) -> None:
        """Keep the index in step without ever making the GUI thread wait on it."""
        catch_up = search.catch_up
        if catch_up in self.library.after_change:
            self.library.after_change.remove(catch_up)
        self.library.after_change.append(self._index_after_change)
        self.search = search
        self.search_ready.emit()

    def detach_search(self) -> None:
        if self._index_after_change in self.library.after_change:
            self.library.after_change.remove(self._index_after_change)
        if self.search is not None:
            self.search.close()
            self.search = None

    def keep_index_in_step(self) -> None:
        """Apply the journal to the index off the GUI thread (a team library: others' changes)."""
        self._index_after_change()

    def _index_after_change(self) -> None:
        if self.search is None:
            return
        if threading.current_thread() is not self._gui_thread:
            self.search.catch_up()
            return
        if self._catching_up:
            self._catch_up_again = True
            return
        self._catching_up = True
        self.runner.start(
            translate("CaseController", "updating the search index"),
            self._catch_up_work,
            self._caught_up,
            self._caught_up_failed,
        )

    def _catch_up_work(self, _context: TaskContext) -> int:
        return self.search.catch_up() if self.search is not None else 0

    def _caught_up(self, _result: object) -> None:
        self._catching_up = False
        if self._catch_up_again:
            self._catch_up_again = False
            self._index_after_change()

    def _caught_up_failed(self, error: BaseException) -> None:
        self._catching_up = False
        self.failed.emit(error)


def _read_case(library: Library, case_id: int) -> CaseDossier:
    # The window shows no audit trail; leaving it out keeps a read flat as the trail grows.
    return cases.case_dossier(library, case_id, audit=False)
