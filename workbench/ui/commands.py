"""Undoable edits: each command calls one service to do and another to undo.

`redo()`/`undo()` are the only way the window changes claims, mentions, evidence and sources, so one
QUndoStack covers every edit. A command that fails is marked obsolete (Qt then drops it) and the
failure is handed to the controller, which shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from workbench.core.errors import ClaimChanged, WorkbenchError
from workbench.core.records import ClaimRecord, EvidenceRecord, MentionRecord
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.services import cases, claims, sources
from workbench.services.claims import ClaimSnapshot, MentionSpec
from workbench.ui.i18n import isolate, local_number, translate
from workbench.ui.vocabulary_names import stance_name, status_name

if TYPE_CHECKING:
    from workbench.ui.case_controller import CaseController


class ServiceCommand(QUndoCommand):
    """Runs `apply()` on redo and `revert()` on undo, then refreshes every view once.

    An edit of one claim (its status, wording, mentions or evidence) sets `touched_claim`:
    afterwards only that claim is read again and patched into the open dossier. Other edits leave
    it None and the case is read again whole.
    """

    def __init__(self, controller: CaseController, text: str, claim_id: int | None = None) -> None:
        super().__init__(text)
        self.controller = controller
        self.library = controller.library
        self.touched_claim = claim_id

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def overwrite(self, version: int) -> None:
        """Put this edit over someone else's: the claim's version it now replaces."""
        raise NotImplementedError

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            try:
                step()
            except ClaimChanged as conflict:
                # Someone changed the claim since this window read it: the user picks.
                if not self.controller.settle_conflict(conflict):
                    self.setObsolete(True)
                    return
                self.overwrite(conflict.theirs.version)
                step()
        except Exception as error:  # shown by the controller; the stack must stay usable
            self.setObsolete(True)
            self.controller.fail(error)
        finally:
            if self.touched_claim is None:
                self.controller.reload()
            else:
                self.controller.claims_changed([self.touched_claim])


class AddClaim(ServiceCommand):
    def __init__(
        self,
        controller: CaseController,
        case_id: int,
        text: str,
        *,
        status: Status = Status.UNVERIFIED,
        source_name: str | None = None,
        source_kind: SourceKind | None = None,
        mention: MentionSpec | None = None,
    ) -> None:
        super().__init__(
            controller,
            translate("Commands", "New claim “{text}”").format(text=isolate(_short(text))),
        )
        self.case_id = case_id
        self.wording = text
        self.status = status
        self.source_name = source_name
        self.source_kind = source_kind
        self.mention = mention
        self.claim: ClaimRecord | None = None
        self.snapshot: ClaimSnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is not None:
            self.claim = claims.restore_claim(self.library, self.snapshot)
        else:
            self.claim = claims.add_claim(
                self.library,
                self.case_id,
                self.wording,
                status=self.status,
                source_name=self.source_name,
                source_kind=self.source_kind,
                mention=self.mention,
            )
        self.touched_claim = self.claim.id
        self.controller.select_claim_later(self.claim.id)

    def revert(self) -> None:
        assert self.claim is not None
        self.snapshot = claims.delete_claim(self.library, self.claim.id)


class DeleteClaim(ServiceCommand):
    def __init__(self, controller: CaseController, claim: ClaimRecord) -> None:
        super().__init__(
            controller,
            translate("Commands", "Delete claim “{text}”").format(text=isolate(_short(claim.text))),
            claim.id,
        )
        self.claim_id = claim.id
        self.snapshot: ClaimSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = claims.delete_claim(self.library, self.claim_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        claims.restore_claim(self.library, self.snapshot)
        self.controller.select_claim_later(self.claim_id)


class MarkClaim(ServiceCommand):
    def __init__(self, controller: CaseController, claim: ClaimRecord, status: Status) -> None:
        super().__init__(
            controller,
            translate("Commands", "Mark claim {id} {status}").format(
                id=local_number(claim.id), status=status_name(status)
            ),
            claim.id,
        )
        self.claim_id = claim.id
        self.old = claim.status
        self.new = Status(status)
        self.version = claim.version  # as this window shows the claim

    def apply(self) -> None:
        self.version = claims.mark_claim(
            self.library, self.claim_id, self.new, expected_version=self.version
        ).version

    def revert(self) -> None:
        self.version = claims.mark_claim(
            self.library, self.claim_id, self.old, reason="undo", expected_version=self.version
        ).version

    def overwrite(self, version: int) -> None:
        self.version = version


class EditClaim(ServiceCommand):
    """Wording, note or attribution; the old values are read from the claim as it was."""

    def __init__(
        self,
        controller: CaseController,
        claim: ClaimRecord,
        *,
        text: str | None = None,
        note: str | None = None,
        source: tuple[str, SourceKind] | None = None,
        clear_source: bool = False,
    ) -> None:
        if text is not None:
            what = translate("Commands", "Edit the wording of claim {id}")
        elif note is not None:
            what = translate("Commands", "Edit the note of claim {id}")
        else:
            what = translate("Commands", "Edit the source of claim {id}")
        super().__init__(controller, what.format(id=local_number(claim.id)), claim.id)
        self.claim_id = claim.id
        self.new_text, self.note, self.source, self.clear = text, note, source, clear_source
        self.old_text = claim.text if text is not None else None
        self.old_note = claim.note if note is not None else None
        old = controller.source(claim.source_id)
        self.old_source = (old.name, old.kind) if old else None
        self.version = claim.version

    def overwrite(self, version: int) -> None:
        self.version = version

    def apply(self) -> None:
        self._set(self.new_text, self.note, self.source, self.clear)

    def revert(self) -> None:
        touched_source = self.source is not None or self.clear
        self._set(
            self.old_text,
            self.old_note,
            self.old_source if touched_source else None,
            touched_source and self.old_source is None,
        )

    def _set(
        self,
        text: str | None,
        note: str | None,
        source: tuple[str, SourceKind] | None,
        clear: bool,
    ) -> None:
        self.version = claims.edit_claim(
            self.library,
            self.claim_id,
            text=text,
            note=note,
            source_name=source[0] if source else None,
            source_kind=source[1] if source else None,
            clear_source=clear,
            expected_version=self.version,
        ).version


class AddMention(ServiceCommand):
    def __init__(self, controller: CaseController, claim_id: int, spec: MentionSpec) -> None:
        super().__init__(
            controller,
            translate("Commands", "Add a mention to claim {id}").format(id=local_number(claim_id)),
            claim_id,
        )
        self.claim_id = claim_id
        self.spec = spec
        self.record: MentionRecord | None = None

    def apply(self) -> None:
        if self.record is None:
            self.record = claims.add_mention(self.library, self.claim_id, self.spec)
        else:
            claims.restore_mention(self.library, self.record)
        self.controller.select_claim_later(self.claim_id)

    def revert(self) -> None:
        assert self.record is not None
        claims.remove_mention(self.library, self.record.id)


class RemoveMention(ServiceCommand):
    def __init__(self, controller: CaseController, mention: MentionRecord) -> None:
        super().__init__(
            controller,
            translate("Commands", "Remove a mention of claim {id}").format(
                id=local_number(mention.claim_id)
            ),
            mention.claim_id,
        )
        self.record = mention
        self.claim_id = mention.claim_id

    def apply(self) -> None:
        claims.remove_mention(self.library, self.record.id)

    def revert(self) -> None:
        claims.restore_mention(self.library, self.record)


class SetStance(ServiceCommand):
    def __init__(self, controller: CaseController, mention: MentionRecord, stance: Stance) -> None:
        super().__init__(
            controller,
            translate("Commands", "Set stance to {stance}").format(stance=stance_name(stance)),
            mention.claim_id,
        )
        self.mention_id = mention.id
        self.claim_id = mention.claim_id
        self.old = mention.stance
        self.new = Stance(stance)

    def apply(self) -> None:
        claims.set_mention_stance(self.library, self.mention_id, self.new)

    def revert(self) -> None:
        claims.set_mention_stance(self.library, self.mention_id, self.old)


class AddEvidence(ServiceCommand):
    def __init__(
        self, controller: CaseController, claim_id: int, kind: str, reference: str, note: str = ""
    ) -> None:
        super().__init__(
            controller,
            translate("Commands", "Add evidence to claim {id}").format(id=local_number(claim_id)),
            claim_id,
        )
        self.claim_id, self.kind, self.reference, self.note = claim_id, kind, reference, note
        self.record: EvidenceRecord | None = None

    def apply(self) -> None:
        self.record = claims.add_evidence(
            self.library, self.claim_id, self.kind, self.reference, self.note
        )

    def revert(self) -> None:
        assert self.record is not None
        claims.remove_evidence(self.library, self.record.id)


class RemoveEvidence(ServiceCommand):
    def __init__(self, controller: CaseController, evidence: EvidenceRecord) -> None:
        super().__init__(
            controller,
            translate("Commands", "Remove evidence from claim {id}").format(
                id=local_number(evidence.claim_id)
            ),
            evidence.claim_id,
        )
        self.record = evidence
        self.claim_id = evidence.claim_id

    def apply(self) -> None:
        claims.remove_evidence(self.library, self.record.id)

    def revert(self) -> None:
        r = self.record
        self.record = claims.add_evidence(self.library, r.claim_id, r.kind, r.reference, r.note)


class EditSource(ServiceCommand):
    def __init__(
        self,
        controller: CaseController,
        source_id: int,
        old: tuple[str, SourceKind],
        *,
        name: str | None = None,
        kind: SourceKind | None = None,
    ) -> None:
        super().__init__(
            controller,
            translate("Commands", "Edit source “{name}”").format(name=isolate(_short(old[0]))),
        )
        self.source_id = source_id
        self.old_name, self.old_kind = old
        self.name, self.kind = name, kind

    def apply(self) -> None:
        sources.edit_source(self.library, self.source_id, name=self.name, kind=self.kind)

    def revert(self) -> None:
        sources.edit_source(
            self.library,
            self.source_id,
            name=self.old_name if self.name is not None else None,
            kind=self.old_kind if self.kind is not None else None,
        )


class EditCase(ServiceCommand):
    """Title, question, verdict and summary of a case; only the fields given change."""

    def __init__(self, controller: CaseController, case_id: int, **fields: str) -> None:
        super().__init__(controller, translate("Commands", "Edit case details"))
        self.case_id = case_id
        self.new = dict(fields)
        case = cases.find_case(self.library, case_id)
        self.old = {name: getattr(case, name) for name in fields}

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)

    def _set(self, values: dict[str, str]) -> None:
        title = values.get("title")
        if title is not None:
            title = title.strip()
            if not title:
                raise WorkbenchError(translate("Commands", "A case needs a title."))
            taken = {c.title.casefold() for c, _, _ in cases.list_cases(self.library)}
            current = cases.find_case(self.library, self.case_id).title
            if title.casefold() != current.casefold() and title.casefold() in taken:
                raise WorkbenchError(
                    translate(
                        "Commands", "A case called “{title}” already exists; choose another."
                    ).format(title=isolate(title))
                )
            values = {**values, "title": title}
        cases.update_case(self.library, self.case_id, **values)
        if title is not None:
            self.controller.library_changed.emit()


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
