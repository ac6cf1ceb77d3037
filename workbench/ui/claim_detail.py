"""The selected claim in full: wording, status, source, mentions, evidence, note and warnings."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.records import ClaimRecord, MentionRecord
from workbench.core.structure import claim_structure
from workbench.core.verdicts import CITED_KIND
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.services import sources
from workbench.ui import commands, look, theme
from workbench.ui.case_controller import CaseController
from workbench.ui.claim_structure_view import StructureLabel
from workbench.ui.i18n import isolate, local_number, translate
from workbench.ui.mentions_table import MentionsTable
from workbench.ui.vocabulary_names import check_message, status_meaning


def kind_labels() -> dict[SourceKind, str]:
    return {
        SourceKind.OUTLET: translate("ClaimDetail", "Outlet", "kind of source"),
        SourceKind.OFFICIAL: translate("ClaimDetail", "Official body", "kind of source"),
        SourceKind.PERSON: translate("ClaimDetail", "Person", "kind of source"),
        SourceKind.ANONYMOUS: translate("ClaimDetail", "Anonymous", "kind of source"),
        SourceKind.OTHER: translate("ClaimDetail", "Other", "kind of source"),
    }


def evidence_kind_name(kind: str) -> str:
    """The kinds of evidence the window adds, in the window's language; others as they are."""
    names = {
        "link": translate("ClaimDetail", "link"),
        "document": translate("ClaimDetail", "document"),
        CITED_KIND: translate("ClaimDetail", "earlier verdict"),
    }
    return names.get(kind, kind)


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text saved when focus leaves it or on Ctrl+Enter (no Save button)."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 12
        self.setFixedHeight(height)
        self._shown = ""

    def show_text(self, text: str) -> None:
        if not self.hasFocus() or self.toPlainText() == self._shown:
            self._shown = text
            if self.toPlainText() != text:
                self.setPlainText(text)

    def commit(self) -> None:
        if self.toPlainText() != self._shown:
            self._shown = self.toPlainText()
            self.committed.emit(self._shown)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commit()
            return
        super().keyPressEvent(event)


class ClaimDetail(QWidget):
    mention_activated = Signal(object)  # MentionRecord

    def __init__(self, controller: CaseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.claim_id: int | None = None
        # What the source list and the mentions table were last filled from: an edit of one
        # claim that leaves them as they were does not rebuild them.
        self._shown: dict[str, object] = {}
        self.title = QLabel(
            translate("ClaimDetail", "<i>Select a claim to see it in full.</i>"), self
        )
        self.wording = CommitTextEdit(self, lines=3)
        self.wording.setToolTip(
            translate("ClaimDetail", "The claim in your words; saved when you leave the box")
        )
        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(True)
        self.status_buttons: dict[Status, QToolButton] = {}
        status_row = QGridLayout()
        status_row.setContentsMargins(0, 0, 0, 0)
        for position, status in enumerate(Status):
            button = QToolButton(self)
            button.setText(f"{status.key} {look.name(status)}")
            button.setIcon(look.icon(status))
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(
                translate("ClaimDetail", "{status} (key {key}): {meaning}").format(
                    status=look.label(status), key=status.key, meaning=status_meaning(status)
                )
            )
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            status_row.addWidget(button, position // 2, position % 2)
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
        self.source_name = QComboBox(self)
        self.source_name.setEditable(True)
        self.source_name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source_line = QLineEdit(self.source_name)
        self.source_line.setPlaceholderText(
            translate("ClaimDetail", "Who the claim is attributed to")
        )
        self.source_name.setLineEdit(self.source_line)
        self.source_kind = QComboBox(self)
        for kind, text in kind_labels().items():
            self.source_kind.addItem(text, kind)
        self.attribute_button = QPushButton(translate("ClaimDetail", "Attribute"), self)
        self.attribute_button.setToolTip(
            translate("ClaimDetail", "Attribute the claim to this source (created if new)")
        )
        self.source_line.returnPressed.connect(self.apply_source)
        self.source_name.activated.connect(self._source_picked)
        self.attribute_button.clicked.connect(self.apply_source)
        source_row = QGridLayout()
        source_row.setContentsMargins(0, 0, 0, 0)
        source_row.addWidget(self.source_name, 0, 0, 1, 2)
        source_row.addWidget(self.source_kind, 1, 0)
        source_row.addWidget(self.attribute_button, 1, 1)
        source_row.setColumnStretch(0, 1)
        self.mentions = MentionsTable(self)
        self.mentions.setToolTip(
            translate("ClaimDetail", "Click a mention to see it in the reader")
        )
        self.mentions.itemClicked.connect(self._mention_clicked)
        self.mentions.itemActivated.connect(self._mention_clicked)
        remove_mention = QPushButton(translate("ClaimDetail", "Remove mention"), self)
        remove_mention.clicked.connect(self.remove_selected_mention)
        self.evidence = QListWidget(self)
        self.evidence.setMaximumHeight(54)
        add_evidence = QPushButton(translate("ClaimDetail", "Add evidence…"), self)
        add_evidence.setToolTip(
            translate("ClaimDetail", "A link, a document or a call log that supports the verdict")
        )
        add_evidence.clicked.connect(self._ask_evidence)
        remove_evidence = QPushButton(translate("ClaimDetail", "Remove"), self)
        remove_evidence.clicked.connect(self.remove_selected_evidence)
        self.note = CommitTextEdit(self, lines=2)
        self.note.setPlaceholderText(
            translate("ClaimDetail", "Working note (saved when you leave the box)")
        )
        self.structure = StructureLabel(self)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.delete_button = QPushButton(translate("ClaimDetail", "Delete claim"), self)
        self.delete_button.clicked.connect(self.delete_claim)
        self.wording.committed.connect(self.set_wording)
        self.note.committed.connect(self.set_note)

        form = QFormLayout()
        form.addRow(translate("ClaimDetail", "Wording"), self.wording)
        form.addRow(translate("ClaimDetail", "Status"), status_row)
        form.addRow(translate("ClaimDetail", "Source"), source_row)
        mention_buttons = QHBoxLayout()
        mention_buttons.addStretch(1)
        mention_buttons.addWidget(remove_mention)
        evidence_buttons = QHBoxLayout()
        evidence_buttons.addStretch(1)
        evidence_buttons.addWidget(add_evidence)
        evidence_buttons.addWidget(remove_evidence)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.structure)
        layout.addWidget(self.warnings)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("ClaimDetail", "<b>Mentions</b>"), self))
        layout.addWidget(self.mentions, 1)
        layout.addLayout(mention_buttons)
        layout.addWidget(QLabel(translate("ClaimDetail", "<b>Evidence</b>"), self))
        layout.addWidget(self.evidence)
        layout.addLayout(evidence_buttons)
        layout.addWidget(QLabel(translate("ClaimDetail", "<b>Note</b>"), self))
        layout.addWidget(self.note)
        delete_row = QHBoxLayout()
        delete_row.addStretch(1)
        delete_row.addWidget(self.delete_button)
        layout.addLayout(delete_row)
        controller.changed.connect(self.refresh)
        self.refresh()

    def restyle(self) -> None:
        for status, button in self.status_buttons.items():
            button.setIcon(look.icon(status))
        self.refresh()

    @property
    def claim(self) -> ClaimRecord | None:
        return self.controller.claim(self.claim_id)

    def show_claim(self, claim_id: int | None) -> None:
        if claim_id != self.claim_id:
            self.wording.commit()
            self.note.commit()
        self.claim_id = claim_id
        self.refresh()

    # --- edits: each one an undoable command ------------------------------------------------

    def set_status(self, status: Status) -> None:
        claim = self.claim
        if claim is not None and claim.status != status:
            self.controller.run(commands.MarkClaim(self.controller, claim, status))
        else:
            self.refresh()

    def set_wording(self, text: str) -> None:
        claim = self.claim
        if claim is not None and text.strip() and text != claim.text:
            self.controller.run(commands.EditClaim(self.controller, claim, text=text))

    def set_note(self, text: str) -> None:
        claim = self.claim
        if claim is not None and text != claim.note:
            self.controller.run(commands.EditClaim(self.controller, claim, note=text))

    def apply_source(self) -> None:
        claim = self.claim
        name = self.source_name.currentText().strip()
        if claim is None:
            return
        kind = SourceKind(self.source_kind.currentData())
        current = self.controller.source(claim.source_id)
        if not name and current is not None:
            self.controller.run(commands.EditClaim(self.controller, claim, clear_source=True))
        elif name and (current is None or current.name != name):
            self.controller.run(commands.EditClaim(self.controller, claim, source=(name, kind)))

    def attribute(self, name: str, kind: SourceKind) -> None:
        """Pick or create a source by name and attribute the claim to it."""
        self.source_name.setCurrentText(name)
        self.source_kind.setCurrentIndex(self.source_kind.findData(kind))
        self.apply_source()

    def set_stance(self, mention: MentionRecord, stance: Stance) -> None:
        if mention.stance != stance:
            self.controller.run(commands.SetStance(self.controller, mention, stance))

    def remove_selected_mention(self) -> None:
        item = self.mentions.currentItem()
        if item is not None:
            mention = self.mentions.mention_at(item)
            self.controller.run(commands.RemoveMention(self.controller, mention))

    def add_evidence(self, kind: str, reference: str) -> None:
        if self.claim_id is not None:
            self.controller.run(
                commands.AddEvidence(self.controller, self.claim_id, kind, reference)
            )

    def remove_selected_evidence(self) -> None:
        item = self.evidence.currentItem()
        if item is not None:
            self.controller.run(
                commands.RemoveEvidence(self.controller, item.data(Qt.ItemDataRole.UserRole))
            )

    def delete_claim(self) -> None:
        claim = self.claim
        if claim is not None:
            self.controller.run(commands.DeleteClaim(self.controller, claim))

    def _ask_evidence(self) -> None:
        if self.claim_id is None:
            return
        reference, ok = QInputDialog.getText(
            self,
            translate("ClaimDetail", "Add evidence"),
            translate("ClaimDetail", "Link, document or record that backs the verdict:"),
        )
        if ok and reference.strip():
            self.add_evidence("link" if "://" in reference else "document", reference.strip())

    def _source_picked(self, index: int) -> None:
        kind = self.source_name.itemData(index)
        if kind is not None:
            self.source_kind.setCurrentIndex(self.source_kind.findData(kind))
        self.apply_source()

    def _mention_clicked(self, item: QTreeWidgetItem) -> None:
        self.mention_activated.emit(self.mentions.mention_at(item))

    # --- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        claim = self.claim
        enabled = claim is not None
        for widget in (
            self.wording,
            self.source_name,
            self.source_kind,
            self.attribute_button,
            self.mentions,
            self.evidence,
            self.note,
            self.delete_button,
        ):
            widget.setEnabled(enabled)
        for button in self.status_buttons.values():
            button.setEnabled(enabled)
        if claim is None:
            self.claim_id = None
            self.title.setText(translate("ClaimDetail", "<i>Select a claim to see it in full.</i>"))
            self.wording.show_text("")
            self.note.show_text("")
            self.status_group.setExclusive(False)
            for button in self.status_buttons.values():
                button.setChecked(False)
            self.status_group.setExclusive(True)
            self.source_name.blockSignals(True)
            self.source_name.clear()
            self.source_name.setCurrentText("")
            self.source_name.blockSignals(False)
            self.mentions.clear()
            self._shown.clear()
            self.evidence.clear()
            self.warnings.setText("")
            self.structure.show_structure(None)
            self.structure.setText("")
            return
        self.title.setText(
            translate("ClaimDetail", "<b>Claim {id}</b> — {status}").format(
                id=local_number(claim.id), status=look.label(claim.status)
            )
        )
        self.wording.show_text(claim.text)
        self.note.show_text(claim.note)
        self.status_buttons[claim.status].setChecked(True)
        self._show_sources(claim)
        if self.controller.dossier is not None:
            self.structure.show_structure(claim_structure(self.controller.dossier, claim.id))
        self._show_mentions(claim)
        self.evidence.clear()
        if self.controller.dossier:
            for evidence in self.controller.dossier.evidence_of(claim.id):
                item = QListWidgetItem(
                    f"{evidence_kind_name(evidence.kind)}: {isolate(evidence.reference)}"
                )
                item.setData(Qt.ItemDataRole.UserRole, evidence)
                self.evidence.addItem(item)
        warnings = self.controller.warnings_for(claim.id)
        self.warnings.setText(
            "".join(
                f"<div style='color:{theme.current().warning}'>⚠ {escape(check_message(w))}</div>"
                for w in warnings
            )
        )

    def _show_sources(self, claim: ClaimRecord) -> None:
        current = self.controller.source(claim.source_id)
        self.source_name.blockSignals(True)
        dossier = self.controller.dossier
        if self._stale("sources", dossier.sources if dossier else ()):
            self.source_name.clear()
            for record, _count in sources.list_sources(self.controller.library):
                self.source_name.addItem(f"{record.name}", record.kind)
        self.source_name.setCurrentText(current.name if current else "")
        if current is not None:
            self.source_kind.setCurrentIndex(self.source_kind.findData(current.kind))
        self.source_name.blockSignals(False)

    def _stale(self, what: str, shown_from: object) -> bool:
        """Whether the part `what` must be filled again: after a reload of the whole case (which
        may have changed anything) or when what it shows has changed."""
        whole = self.controller.changed_claims is None
        if not whole and self._shown.get(what) == shown_from:
            return False
        self._shown[what] = shown_from
        return True

    def _show_mentions(self, claim: ClaimRecord) -> None:
        dossier = self.controller.dossier
        mentions = tuple(dossier.mentions_of(claim.id)) if dossier else ()
        if not self._stale("mentions", (claim.id, mentions)):
            return
        if dossier is None:
            self.mentions.clear()
            return
        self.mentions.show_mentions(dossier, list(mentions), self.set_stance)
