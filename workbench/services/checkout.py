"""Check a case out of a team library into a laptop's own library, and back in.

Check-out copies the case (articles, claims, passages, sources, evidence, history) and records in
both libraries who took it, when and where to; the laptop keeps the case as it was lent. Check-in
merges both sides' changes since then (core.casemerge), writes the result to the team library in
one transaction, then to the laptop, and closes the check-out on both. A conflict is settled by
keeping mine or theirs; the version not kept stays in the audit trail, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.core.casemerge import (
    CaseState,
    Conflict,
    Side,
    conflict_subject,
    conflict_value,
    state_from_json,
    state_to_json,
    three_way,
)
from workbench.core.errors import CheckoutRefused
from workbench.services.case_state import CaseSnapshot, read_audit, read_case, read_ids
from workbench.services.case_writing import Applied, add_audit, write_case
from workbench.services.cases import find_case
from workbench.services.checkout_records import (
    BORROWED,
    LENT,
    close_record,
    known_library_id,
    last_record,
    library_id,
    library_name,
    location_of,
    open_record,
)
from workbench.services.trail import record_change
from workbench.store import Library
from workbench.store import models as m

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class CheckOutSummary:
    case_id: int  # in the laptop library
    title: str
    team: str
    claims: int
    articles: int
    applied: Applied
    kept_theirs: tuple[Conflict, ...]  # laptop changes the refreshed copy replaced (in its audit)

    def lines(self) -> list[str]:
        lines = [
            f"checked out case {self.case_id}: {self.title}",
            f"from {self.team}: {self.claims} claims, {self.articles} articles "
            f"({self.applied.added.get('article', 0)} new to this library)",
        ]
        if self.kept_theirs:
            lines.append(
                f"{len(self.kept_theirs)} earlier changes here were replaced by the team's "
                "version; the replaced versions are in the case's history"
            )
        return lines


@dataclass(frozen=True)
class ConflictView:
    """One conflict as shown to the user: what it is about and both versions."""

    id: str
    subject: str
    mine: str
    theirs: str

    @classmethod
    def of(cls, conflict: Conflict) -> ConflictView:
        return cls(
            id=conflict.id,
            subject=conflict_subject(conflict),
            mine=conflict_value(conflict, Side.MINE),
            theirs=conflict_value(conflict, Side.THEIRS),
        )


@dataclass(frozen=True)
class CheckInSummary:
    case_id: int  # in the laptop library
    team_case_id: int
    title: str
    team: str
    to_team: Applied
    to_laptop: Applied
    settled: tuple[tuple[ConflictView, Side], ...]
    history_added: int

    def lines(self) -> list[str]:
        lines = [
            f"checked in case {self.case_id}: {self.title} → {self.team}",
            f"to the team library: {_counts(self.to_team)}",
            f"from the team library: {_counts(self.to_laptop)}",
        ]
        for view, side in self.settled:
            lines.append(f"[{view.id}] {view.subject}: kept {side.value}")
        return lines


def _counts(applied: Applied) -> str:
    parts = []
    for label, table in (("added", applied.added), ("changed", applied.changed)):
        parts += [f"{n} {kind}{'s' if n != 1 else ''} {label}" for kind, n in table.items() if n]
    parts += [f"{n} {kind}{'s' if n != 1 else ''} removed" for kind, n in applied.removed.items()]
    return ", ".join(parts) or "no changes"


def check_out(
    team: Library,
    laptop: Library,
    case: str | int,
    *,
    team_location: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> CheckOutSummary:
    """Copy `case` from the team library into the laptop's, recorded as checked out in both."""
    step = progress or (lambda _done, _total: None)
    team_case = find_case(team, case)
    laptop_id, laptop_name = library_id(laptop), library_name(laptop)
    team_id = known_library_id(team)
    where = team_location or location_of(team)
    step(0, 3)
    with team.session() as session:
        row = session.get(m.Case, team_case.id)
        assert row is not None
        lent = open_record(session, str(row.uuid or ""), LENT) if row.uuid else None
        if lent is not None:
            raise CheckoutRefused(
                f"“{row.title}” is already checked out by {lent.by} to {lent.other} since "
                f"{lent.at:%Y-%m-%d %H:%M} UTC; it must be checked in first."
            )
        theirs = read_case(session, row)
        record = m.Checkout(
            case_uuid=theirs.case_uuid,
            side=LENT,
            by=team.actor,
            other=laptop_name,
            other_id=laptop_id,
        )
        session.add(record)
        session.flush()
        record_change(session, team.actor, "case", row.id, "check-out", None, laptop_name)
        checkout_uuid = record.uuid
    step(1, 3)
    try:
        summary = _receive(
            laptop, theirs, checkout_uuid, where, team_id=team_id, cancelled=cancelled
        )
    except BaseException:
        # The laptop kept nothing: the team must not show the case as checked out.
        with team.session() as session:
            for lent_row in session.scalars(
                select(m.Checkout).where(m.Checkout.uuid == checkout_uuid)
            ):
                session.delete(lent_row)
        raise
    step(3, 3)
    return summary


def _receive(
    laptop: Library,
    theirs: CaseSnapshot,
    checkout_uuid: str,
    where: str,
    *,
    team_id: str,
    cancelled: Cancelled | None,
) -> CheckOutSummary:
    case_key = ("case", theirs.case_uuid)
    team_title = str(theirs.state[case_key]["title"])
    with laptop.session() as session:
        row = session.scalars(select(m.Case).where(m.Case.uuid == theirs.case_uuid)).first()
        replaced: tuple[Conflict, ...] = ()
        local_title: str | None = None
        if row is None:
            title = _free_title(session, team_title)
            row = m.Case(uuid=theirs.case_uuid, title=title)
            session.add(row)
            session.flush()
            local_title = title if title != team_title else None
            here = read_case(session, row, contents=False)
            target = theirs.state
        else:
            borrowed = open_record(session, theirs.case_uuid, BORROWED)
            if borrowed is not None:
                raise CheckoutRefused(
                    f"“{row.title}” is already checked out into this library from "
                    f"{borrowed.other}; check it in first."
                )
            previous = last_record(session, theirs.case_uuid, BORROWED)
            base = state_from_json(previous.base) if previous and previous.base else {}
            local_title = previous.local_title if previous else None
            here = read_case(session, row, contents=False)
            mine = _shared_title(here.state, case_key, local_title, base or theirs.state)
            # Changes made here since the last check-in stay; where the team changed the same
            # thing, the team's version is taken and this one kept in the history.
            merge = three_way(base, mine, theirs.state)
            target, settled = merge.resolve(default=Side.THEIRS)
            replaced = tuple(c for c, _side in settled)
            for conflict in replaced:
                _record_conflict(session, laptop.actor, here, conflict, Side.THEIRS, where)
        applied = write_case(
            session, laptop.actor, here, target, theirs, title=local_title, cancelled=cancelled
        )
        add_audit(session, theirs.audit, here.audit, read_ids(session, row))
        record_change(session, laptop.actor, "case", row.id, "check-out", None, where)
        session.add(
            m.Checkout(
                uuid=checkout_uuid,
                case_uuid=theirs.case_uuid,
                side=BORROWED,
                by=laptop.actor,
                other=where,
                other_id=team_id,
                local_title=local_title,
                base=state_to_json(theirs.state),
            )
        )
        claims = sum(1 for kind, _ in target if kind == "claim")
        articles = sum(1 for kind, _ in target if kind == "article")
        return CheckOutSummary(row.id, row.title, where, claims, articles, applied, replaced)


@dataclass
class _Outgoing:
    case_id: int
    title: str
    record_uuid: str
    team: str
    base: CaseState
    local_title: str | None
    mine: CaseSnapshot


def _outgoing(laptop: Library, case: str | int) -> _Outgoing:
    found = find_case(laptop, case)
    with laptop.session() as session:
        row = session.get(m.Case, found.id)
        assert row is not None
        record = open_record(session, str(row.uuid), BORROWED) if row.uuid else None
        if record is None:
            raise CheckoutRefused(
                f"“{row.title}” is not checked out into this library; there is nothing to check in."
            )
        mine = read_case(session, row)
        base = state_from_json(record.base or "[]")
        key = ("case", mine.case_uuid)
        mine.state = _shared_title(mine.state, key, record.local_title, base)
        return _Outgoing(
            row.id, row.title, record.uuid, record.other, base, record.local_title, mine
        )


def check_in_conflicts(laptop: Library, team: Library, case: str | int) -> tuple[ConflictView, ...]:
    """What check-in would ask the user to settle, without changing either library."""
    out = _outgoing(laptop, case)
    try:
        with team.session() as session:
            theirs = _team_copy(session, out)
            raise _Preview(three_way(out.base, out.mine.state, theirs.state).conflicts)
    except _Preview as preview:
        # Raised to roll back: reading may give old rows the uuid they lack.
        return tuple(ConflictView.of(c) for c in preview.conflicts)


class _Preview(Exception):
    def __init__(self, conflicts: tuple[Conflict, ...]) -> None:
        super().__init__()
        self.conflicts = conflicts


def check_in(
    laptop: Library,
    team: Library,
    case: str | int,
    *,
    choices: Mapping[str, Side] | None = None,
    keep: Side | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> CheckInSummary:
    """Merge the laptop's copy of `case` back into the team library and close the check-out.

    Conflicts need a side, per conflict in `choices` (by id) or for all in `keep`; without one,
    UnsettledConflicts is raised and neither library changes.
    """
    step = progress or (lambda _done, _total: None)
    out = _outgoing(laptop, case)
    step(0, 3)
    try:
        with team.session() as session:
            theirs = _team_copy(session, out)
            merge = three_way(out.base, out.mine.state, theirs.state)
            final, settled = merge.resolve(choices, keep)
            to_team = write_case(session, team.actor, theirs, final, out.mine, cancelled=cancelled)
            case_row = session.get(m.Case, theirs.case_id)
            assert case_row is not None
            for conflict, side in settled:
                _record_conflict(session, team.actor, theirs, conflict, side, out.team)
            team_ids = read_ids(session, case_row)
            # On a team server, what was done offline is the work of whoever checks it in: the
            # server knows people by their role, the laptop by its own user name.
            authors = {laptop.actor: team.actor} if team.is_team else {}
            added = add_audit(session, out.mine.audit, theirs.audit, team_ids, authors)
            record_change(
                session, team.actor, "case", case_row.id, "check-in", None, library_name(laptop)
            )
            close_record(session, out.record_uuid, LENT, team.actor)
            team_case_id = case_row.id
            # What the laptop needs from the team's copy: texts of articles it lacks, source
            # kinds, and the history as it now stands.
            team_after = CaseSnapshot(
                theirs.case_id,
                theirs.case_uuid,
                final,
                team_ids,
                contents={**out.mine.contents, **theirs.contents},
                source_kinds={**out.mine.source_kinds, **theirs.source_kinds},
                audit=read_audit(session, case_row.id, team_ids),
            )
            # Past this point the team library has the merge: the user can no longer cancel.
    except IntegrityError as error:
        raise CheckoutRefused(
            f"The team library refused the merged case ({error.orig}); nothing was changed."
        ) from error
    step(2, 3)
    with laptop.session() as session:
        row = session.get(m.Case, out.case_id)
        assert row is not None
        here = read_case(session, row, contents=False)
        to_laptop = write_case(
            session, laptop.actor, here, final, team_after, title=out.local_title
        )
        add_audit(session, team_after.audit, here.audit, read_ids(session, row))
        record = close_record(session, out.record_uuid, BORROWED, laptop.actor)
        if record is not None:
            # Later check-outs start from the case as both sides now agree it is.
            record.base = state_to_json(final)
    step(3, 3)
    return CheckInSummary(
        case_id=out.case_id,
        team_case_id=team_case_id,
        title=out.title,
        team=out.team,
        to_team=to_team,
        to_laptop=to_laptop,
        settled=tuple((ConflictView.of(c), side) for c, side in settled),
        history_added=added,
    )


def _team_copy(session: Session, out: _Outgoing) -> CaseSnapshot:
    row = session.scalars(select(m.Case).where(m.Case.uuid == out.mine.case_uuid)).first()
    if row is None:
        # The team removed the case while it was out: it comes back as the laptop has it.
        row = m.Case(uuid=out.mine.case_uuid, title=_free_title(session, out.title))
        session.add(row)
        session.flush()
    return read_case(session, row)


def _shared_title(
    state: CaseState, key: tuple[str, str], local_title: str | None, base: CaseState
) -> CaseState:
    """The laptop's state with the case under the team's title when it was only renamed here
    because another case here already had that title."""
    if local_title is None or key not in base or state[key]["title"] != local_title:
        return state
    fields = dict(state[key], title=base[key]["title"])
    return {**state, key: fields}


def _record_conflict(
    session: Session,
    actor: str,
    copy: CaseSnapshot,
    conflict: Conflict,
    side: Side,
    where: str,
) -> None:
    """Keep the version not chosen in the history of what it was about."""
    kind, _key = conflict.entity
    entity, row_id = kind, copy.ids.get(conflict.entity)
    if kind in ("mention", "evidence") or row_id is None:
        entity, row_id = "case", copy.case_id
    dropped = Side.THEIRS if side is Side.MINE else Side.MINE
    record_change(
        session,
        actor,
        entity,
        row_id,
        "conflict",
        f"{conflict_subject(conflict)}: {conflict_value(conflict, dropped)}",
        f"{conflict_subject(conflict)}: {conflict_value(conflict, side)}",
        f"settled at check-in with {where}: kept {side.value}",
    )


def _free_title(session: Session, title: str) -> str:
    candidate, number = title, 1
    while session.scalars(select(m.Case.id).where(m.Case.title == candidate)).first() is not None:
        number += 1
        candidate = f"{title} (checked out)" if number == 2 else f"{title} (checked out {number})"
    return candidate
