"""What the claim assistant's review lists show: a run's results, proposals to accept, relays.

A proposal row is one claim group the assistant found; its children are the articles carrying it.
The wording and status of a proposal are the user's to change before accepting, so they live here,
beside the untouched group, until the proposal is accepted or rejected.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workbench.assist.candidates import Candidate
from workbench.assist.grouping import ClaimGroup
from workbench.assist.relays import SharedPassage
from workbench.assist.suggest import CaseSuggestions
from workbench.core.records import ArticleRecord, MentionRecord
from workbench.core.vocabulary import Status
from workbench.services import assisting, cases
from workbench.store import Library
from workbench.ui import look
from workbench.ui.i18n import isolate, local_date, local_number, translate
from workbench.ui.tasks import TaskContext
from workbench.ui.vocabulary_names import stance_name, status_meaning

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
COLUMNS = ("Claim / article", "Status / stance", "Source", "Cue", "Why")


def column_names() -> tuple[str, ...]:
    return (
        translate("SuggestionModel", "Claim / article"),
        translate("SuggestionModel", "Status / stance"),
        translate("SuggestionModel", "Source"),
        translate("SuggestionModel", "Cue"),
        translate("SuggestionModel", "Why"),
    )


WORDING, STATUS, SOURCE, CUE, REASON = range(len(COLUMNS))
# The status column of a proposal row holds a Status for the chip delegate to paint and edit.
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
_KEYS = itertools.count(1)


@dataclass(eq=False)  # compared and hashed by identity: two proposals may read alike
class Proposal:
    """One claim group under review, with the wording and status the user may have changed."""

    group: ClaimGroup
    wording: str
    status: Status
    key: int = field(default_factory=lambda: next(_KEYS))

    @classmethod
    def of(cls, group: ClaimGroup) -> Proposal:
        return cls(group, group.representative, group.status or _lead(group).suggested_status)


def _lead(group: ClaimGroup) -> Candidate:
    """The member whose attribution decides the claim: first sourced assertion, else the first."""
    return next(
        (c for _, c in group.members if c.stance == "asserts" and c.source), group.members[0][1]
    )


def article_label(article: ArticleRecord | None, article_id: int) -> str:
    if article is None:
        return translate("SuggestionModel", "article {id}").format(id=article_id)
    name = isolate(article.outlet or article.title)
    # the name isolated, so an Arabic name keeps the date after it, not before
    if not article.published:
        return name
    return translate("SuggestionModel", "{name} ({date})").format(
        name=name, date=local_date(article.published)
    )


@dataclass(frozen=True)
class SuggestionRun:
    """What one run found, with the groups already marked in the case left out."""

    found: CaseSuggestions
    groups: list[ClaimGroup]
    articles: dict[int, ArticleRecord]


def suggest_work(library: Library, case_id: int) -> Callable[[TaskContext], SuggestionRun]:
    """The pool-thread half of a run: read the case, propose, drop what is already marked."""

    def work(context: TaskContext) -> SuggestionRun:
        dossier = cases.case_dossier(library, case_id)
        found = assisting.suggest_case(library, case_id, context.progress, context.cancelled)
        groups = [g for g in found.groups if not already_marked(g, dossier.mentions)]
        return SuggestionRun(found, groups, {a.id: a for a in dossier.articles})

    return work


def already_marked(group: ClaimGroup, mentions: Sequence[MentionRecord]) -> bool:
    """True when every passage of the group overlaps a mention the checker has already made."""
    return all(
        any(m.article_id == article_id and m.start < c.end and c.start < m.end for m in mentions)
        for article_id, c in group.members
    )


class ProposalModel(QAbstractItemModel):
    """Proposals as top-level rows, the (article, candidate) pairs carrying each as children."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposals: list[Proposal] = []
        self.articles: dict[int, ArticleRecord] = {}
        self._rows: dict[int, int] = {}  # proposal key -> row, for parent() on every paint

    # --- filling and emptying ---------------------------------------------------------------

    def reset(self, proposals: Iterable[Proposal], articles: dict[int, ArticleRecord]) -> None:
        self.beginResetModel()
        self.proposals = list(proposals)
        self.articles = dict(articles)
        self._index_rows()
        self.endResetModel()

    def remove(self, proposal: Proposal) -> int:
        """Take a proposal off the list; its former row, so undo can put it back there."""
        row = self.proposals.index(proposal)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.proposals[row]
        self._index_rows()
        self.endRemoveRows()
        return row

    def insert(self, row: int, proposal: Proposal) -> None:
        row = max(0, min(row, len(self.proposals)))
        self.beginInsertRows(QModelIndex(), row, row)
        self.proposals.insert(row, proposal)
        self._index_rows()
        self.endInsertRows()

    def _index_rows(self) -> None:
        self._rows = {proposal.key: row for row, proposal in enumerate(self.proposals)}

    def proposal_at(self, index: Index) -> Proposal | None:
        """The proposal a row belongs to, whether the row is the proposal or one of its articles."""
        if not index.isValid():
            return None
        parent = index.parent()
        row = parent.row() if parent.isValid() else index.row()
        return self.proposals[row] if 0 <= row < len(self.proposals) else None

    def index_of(self, proposal: Proposal, column: int = WORDING) -> QModelIndex:
        return self.index(self.proposals.index(proposal), column)

    # --- the Qt model ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        # A child's internal id names its proposal, not the proposal's row: rows shift as
        # proposals are accepted, and the view keeps child indexes across that.
        return self.createIndex(row, column, self.proposals[parent.row()].key)

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        key = index.internalId()
        if key == 0:
            return QModelIndex()
        row = self._rows.get(key)
        return self.createIndex(row, 0, 0) if row is not None else QModelIndex()

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self.proposals)
        if parent.parent().isValid() or parent.column() != 0:
            return 0
        return len(self.proposals[parent.row()].group.members)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_names()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and not index.parent().isValid() and index.column() in (WORDING, STATUS):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.parent().isValid():
            return self._member_data(index, role)
        proposal = self.proposals[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == WORDING:
                return proposal.wording
            if column == STATUS:
                return look.label(proposal.status)
            lead = _lead(proposal.group)
            count = len(proposal.group.article_ids)
            group = proposal.group
            if group.origin and group.origin_article is None and group.relays:
                source = translate("SuggestionModel", "{name} (not in the case)").format(
                    name=isolate(group.origin)
                )
            else:
                source = isolate(group.origin or lead.source or "—")
            return {
                SOURCE: source,
                CUE: isolate(lead.cue),
                REASON: translate("SuggestionModel", "in %n article(s): ", "", count)
                + isolate(group.reason or lead.reason),
            }[column]
        if role == STATUS_ROLE and column == STATUS:
            return proposal.status
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == WORDING:
                return proposal.wording + translate(
                    "SuggestionModel", "\n\nEnter accepts, Delete rejects, F2 edits the wording."
                )
            if column == STATUS:
                return f"{look.label(proposal.status)}: {status_meaning(proposal.status)}"
            return self.data(index)
        if role == Qt.ItemDataRole.DecorationRole and column == WORDING:
            return look.icon(proposal.status, 16)
        if role == Qt.ItemDataRole.FontRole and column == WORDING:
            font = QFont()
            font.setBold(True)  # a proposal reads apart from the articles listed under it
            return font
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.parent().isValid():
            return False
        proposal = self.proposals[index.row()]
        if index.column() == WORDING:
            wording = " ".join(str(value).split())
            if not wording:
                return False  # an empty wording is no claim; keep what was there
            proposal.wording = wording
        elif index.column() == STATUS:
            proposal.status = Status(value)  # type: ignore[arg-type]
        else:
            return False
        row = index.row()
        self.dataChanged.emit(self.index(row, WORDING), self.index(row, STATUS))
        return True

    def set_status(self, proposals: Sequence[Proposal], status: Status) -> None:
        for proposal in proposals:
            self.setData(self.index_of(proposal, STATUS), status)

    def _member_data(self, index: Index, role: int) -> object:
        proposal = self.proposals[index.parent().row()]
        article_id, candidate = proposal.group.members[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WORDING:
                return article_label(self.articles.get(article_id), article_id)
            return {
                STATUS: stance_name(candidate.stance),
                SOURCE: isolate(candidate.source) if candidate.source else "—",
                CUE: isolate(candidate.cue),
                REASON: isolate(candidate.reason),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return candidate.sentence if column == WORDING else self._member_data(index, 0)
        return None


class StatusChipDelegate(QStyledItemDelegate):
    """Paints a proposal's status as the app's chip and edits it with a picker of all four."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        status = index.data(STATUS_ROLE)
        if status is None:
            super().paint(painter, option, index)
            return
        panel = QStyleOptionViewItem(option)
        self.initStyleOption(panel, index)
        panel.text = ""
        widget = panel.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, panel, painter, widget)
        if panel.state & QStyle.StateFlag.State_Selected:
            # with no text the style highlights nothing; the chip sits on the row's highlight
            painter.fillRect(panel.rect, panel.palette.highlight())
        rect = QRectF(option.rect).adjusted(2, 2, -2, -2)
        direction = option.direction
        if direction == Qt.LayoutDirection.RightToLeft:
            rect.setLeft(max(rect.left(), rect.right() - 118.0))
        else:
            rect.setWidth(min(rect.width(), 118.0))
        look.paint_chip(painter, Status(status), rect, direction)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 124), max(hint.height(), 22))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.data(STATUS_ROLE) is None:
            return super().createEditor(parent, option, index)
        picker = QComboBox(parent)
        for status in Status:
            picker.addItem(look.icon(status, 16), look.name(status), status)
        return picker

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        status = index.data(STATUS_ROLE)
        if isinstance(editor, QComboBox) and status is not None:
            editor.setCurrentIndex(list(Status).index(Status(status)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox) and index.data(STATUS_ROLE) is not None:
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


def relay_model(
    shared: Sequence[SharedPassage],
    copies: Sequence[tuple[int, int, float]],
    articles: dict[int, ArticleRecord],
) -> QStandardItemModel:
    """Shared passages and near-copies as two headed lists: who came first, who repeated it."""
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(
        [
            translate("SuggestionModel", "First / original"),
            translate("SuggestionModel", "Then / repeated by"),
            translate("SuggestionModel", "Match"),
            translate("SuggestionModel", "Passage"),
        ]
    )

    def name(article_id: int) -> str:
        return article_label(articles.get(article_id), article_id)

    passages = QStandardItem(
        translate("SuggestionModel", "Shared passages ({count})").format(
            count=local_number(len(shared))
        )
    )
    for passage in shared:
        excerpt = _excerpt(articles, passage.article_a, passage.start_a, passage.end_a)
        repeated = _excerpt(articles, passage.article_b, passage.start_b, passage.end_b)
        order = (
            ""
            if passage.earlier is not None
            else translate("SuggestionModel", "  (order unknown: no dates)")
        )
        row = _row(
            name(passage.article_a) + order,
            name(passage.article_b),
            _percent(passage.similarity),
            isolate(excerpt),
        )
        row[3].setToolTip(
            f"{name(passage.article_a)}:\n{isolate(excerpt)}\n\n"
            f"{name(passage.article_b)}:\n{isolate(repeated)}"
        )
        passages.appendRow(row)
    near = QStandardItem(
        translate("SuggestionModel", "Near-copies ({count})").format(
            count=local_number(len(copies))
        )
    )
    whole = translate("SuggestionModel", "whole article")
    for article_id, original_id, score in copies:
        near.appendRow(_row(name(original_id), name(article_id), _percent(score), whole))
    for heading in (passages, near):
        heading.setEditable(False)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        model.appendRow([heading] + [_cell("") for _ in range(3)])
    return model


def _percent(share: float) -> str:
    return translate("SuggestionModel", "{percent}%").format(
        percent=local_number(round(share * 100))
    )


def _excerpt(articles: dict[int, ArticleRecord], article_id: int, start: int, end: int) -> str:
    article = articles.get(article_id)
    return " ".join(article.text[start:end].split()) if article else ""


def _row(*texts: str) -> list[QStandardItem]:
    return [_cell(text) for text in texts]


def _cell(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setToolTip(text)
    return item
