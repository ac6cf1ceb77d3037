"""Reshaping the assistant's proposals before accepting them: split some articles off a proposed
claim, or merge proposed claims that are one claim. Each is one undoable step; nothing is written
to the library until a proposal is accepted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtGui import QUndoCommand

from workbench.assist.grouping import ClaimGroup
from workbench.ui.suggestion_model import Proposal, ProposalModel

if TYPE_CHECKING:
    from workbench.ui.suggestions import SuggestionsPanel


def split_group(group: ClaimGroup, moved: Sequence[int]) -> tuple[ClaimGroup, ClaimGroup]:
    """The group without the members at positions `moved`, and a new group of those members,
    worded as the first of them. What the assistant read of the group's structure goes with the
    articles it is about; the part split off gets its own status and reason when accepted."""
    chosen = sorted(set(moved))
    if not chosen or len(chosen) >= len(group.members):
        raise ValueError("a split needs some, not all, of the proposal's articles")
    kept = tuple(m for i, m in enumerate(group.members) if i not in chosen)
    taken = tuple(group.members[i] for i in chosen)
    split_off = replace(_narrowed(group, taken), representative=taken[0][1].claim)
    return _narrowed(group, kept), replace(split_off, status=None, reason="")


def merge_groups(groups: Sequence[ClaimGroup]) -> ClaimGroup:
    """One group holding every member of `groups` once, in article order, worded as the first;
    relays, denials and refusals of all, the origin of the first that names one."""
    if len(groups) < 2:
        raise ValueError("a merge needs two proposals or more")
    members: dict[tuple[int, int, int], tuple] = {}
    for group in groups:
        for article_id, candidate in group.members:
            members.setdefault(
                (article_id, candidate.start, candidate.end), (article_id, candidate)
            )
    ordered = tuple(members[key] for key in sorted(members))
    named = next((g for g in groups if g.origin), groups[0])
    return replace(
        groups[0],
        members=ordered,
        origin=named.origin,
        origin_article=named.origin_article,
        relays=_union(g.relays for g in groups),
        denials=_union(g.denials for g in groups),
        refusals=_union(g.refusals for g in groups),
    )


def _narrowed(group: ClaimGroup, members: tuple) -> ClaimGroup:
    articles = {article_id for article_id, _ in members}

    def kept(pairs: tuple[ArticleVoice, ...]) -> tuple[ArticleVoice, ...]:
        return tuple(pair for pair in pairs if pair[0] in articles)

    narrowed = replace(
        group,
        members=members,
        relays=kept(group.relays),
        denials=kept(group.denials),
        refusals=kept(group.refusals),
    )
    origin_gone = group.origin_article is not None and group.origin_article not in articles
    if origin_gone and not narrowed.relays:
        return replace(narrowed, origin=None, origin_article=None)
    return narrowed


ArticleVoice = tuple[int, str | None]  # an article and who in it relays, denies or refuses


def _union(parts: Iterable[tuple[ArticleVoice, ...]]) -> tuple[ArticleVoice, ...]:
    return tuple(dict.fromkeys(x for part in parts for x in part))


def split_proposal(proposal: Proposal, moved: Sequence[int]) -> tuple[Proposal, Proposal]:
    """The proposal keeps its wording and status; the part split off starts from its own."""
    kept, taken = split_group(proposal.group, moved)
    return Proposal(kept, proposal.wording, proposal.status), Proposal.of(taken)


def merge_proposals(proposals: Sequence[Proposal]) -> Proposal:
    """The merged proposal keeps the first one's wording and status."""
    first = proposals[0]
    return Proposal(merge_groups([p.group for p in proposals]), first.wording, first.status)


class RearrangeProposals(QUndoCommand):
    """Replaces some proposals of the list by others (a split or a merge); undo puts the first
    ones back where they were."""

    def __init__(
        self,
        panel: SuggestionsPanel,
        text: str,
        before: Sequence[Proposal],
        after: Sequence[Proposal],
    ) -> None:
        super().__init__(text)
        self.panel = panel
        self.before = list(before)
        self.after = list(after)
        self.rows: list[int] = []

    def redo(self) -> None:
        model = self._model()
        if model is None or any(p not in model.proposals for p in self.before):
            self.setObsolete(True)  # the list was run again since: nothing left to change
            return
        self.rows = sorted(model.proposals.index(p) for p in self.before)
        for proposal in self.before:
            model.remove(proposal)
        for offset, proposal in enumerate(self.after):
            model.insert(self.rows[0] + offset, proposal)
        self.panel.show_proposal(self.after[-1])

    def undo(self) -> None:
        model = self._model()
        if model is None or any(p not in model.proposals for p in self.after):
            self.setObsolete(True)
            return
        for proposal in self.after:
            model.remove(proposal)
        by_row = sorted(zip(self.rows, self.before, strict=True), key=lambda pair: pair[0])
        for row, proposal in by_row:
            model.insert(row, proposal)
        self.panel.show_proposal(self.before[0])

    def _model(self) -> ProposalModel | None:
        """The list, or None once the panel is closed: the stack outlives it."""
        if shiboken6.isValid(self.panel) and shiboken6.isValid(self.panel.model):
            return self.panel.model
        return None
