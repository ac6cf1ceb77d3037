"""Three-way merge of a case checked out to another library and brought back.

A case is compared as a flat map of entities, each named by a lasting identity: the case and its
claims by their uuid, articles by their content hash, a mention by its claim, article and span,
a piece of evidence by its claim and what it says. Against the case as it was when checked out
(the base), a change made on one side only is taken; the same change on both sides is taken once;
different changes to the same field on both sides, or a deletion on one side of what the other
changed, are conflicts the user settles, keeping either side's version.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from workbench.core.errors import WorkbenchError

EntityKey = tuple[str, str]
Fields = dict[str, object]
CaseState = dict[EntityKey, Fields]

# Entities that belong to one claim: their identity starts with the claim's uuid.
CLAIM_PARTS = ("mention", "evidence")


class Side(StrEnum):
    """Whose version a conflict keeps: the laptop's (mine) or the team library's (theirs)."""

    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True)
class Conflict:
    """One field both sides changed differently, or (``field`` None) an entity one side deleted
    while the other changed it. ``base``, ``mine`` and ``theirs`` are the entity's fields on each
    side (None where absent); ``covers`` is every entity the choice decides."""

    entity: EntityKey
    field: str | None
    base: object
    mine: object
    theirs: object
    covers: tuple[EntityKey, ...]

    @property
    def id(self) -> str:
        """A short name for the conflict that stays the same until either side changes it."""
        text = "\0".join((*self.entity, self.field or ""))
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]


class UnsettledConflicts(WorkbenchError):
    """Check-in needs a choice for each of these conflicts: keep mine or keep theirs."""

    def __init__(self, conflicts: Iterable[Conflict], message: str = "") -> None:
        self.conflicts = tuple(conflicts)
        count = len(self.conflicts)
        super().__init__(
            message
            or f"{count} conflict{'s' if count != 1 else ''} to settle: both sides changed "
            "the same thing since check-out; choose to keep mine or theirs for each."
        )


@dataclass(frozen=True)
class Merge:
    """The merged case (the team's version where they conflict) and the conflicts."""

    merged: CaseState
    conflicts: tuple[Conflict, ...]
    mine: CaseState
    theirs: CaseState

    def resolve(
        self, choices: Mapping[str, Side] | None = None, default: Side | None = None
    ) -> tuple[CaseState, tuple[tuple[Conflict, Side], ...]]:
        """The case with every conflict settled, and which side each one kept.

        ``choices`` maps conflict ids to a side; ``default`` settles the rest. Raises
        UnsettledConflicts when a conflict has neither, or a choice names no conflict.
        """
        choices = dict(choices or {})
        unknown = set(choices) - {c.id for c in self.conflicts}
        if unknown:
            raise WorkbenchError(
                f"No conflict called {', '.join(sorted(unknown))}; the conflicts are "
                f"{', '.join(c.id for c in self.conflicts) or 'none'}."
            )
        state = {key: dict(fields) for key, fields in self.merged.items()}
        settled: list[tuple[Conflict, Side]] = []
        unsettled: list[Conflict] = []
        for conflict in self.conflicts:
            side = choices.get(conflict.id, default)
            if side is None:
                unsettled.append(conflict)
                continue
            kept = self.mine if side is Side.MINE else self.theirs
            if conflict.field is None:
                for key in conflict.covers:
                    if key in kept:
                        state[key] = dict(kept[key])
                    else:
                        state.pop(key, None)
            elif conflict.entity in state:
                state[conflict.entity][conflict.field] = kept[conflict.entity][conflict.field]
            settled.append((conflict, Side(side)))
        if unsettled:
            raise UnsettledConflicts(unsettled)
        return _without_orphans(state), tuple(settled)


def three_way(base: CaseState, mine: CaseState, theirs: CaseState) -> Merge:
    """Merge what `mine` and `theirs` each changed since `base`."""
    merged: CaseState = {}
    conflicts: list[Conflict] = []
    for key in sorted(base.keys() | mine.keys() | theirs.keys()):
        b, m, t = base.get(key), mine.get(key), theirs.get(key)
        if m in (t, b):
            value = t
        elif t == b:
            value = m
        elif m is None or t is None:
            conflicts.append(Conflict(key, None, b, m, t, (key,)))
            value = t
        else:
            value = dict(t)
            for name in sorted(m.keys() | t.keys()):
                bf, mf, tf = (b or {}).get(name), m.get(name), t.get(name)
                if mf in (tf, bf):
                    continue
                if tf == bf:
                    value[name] = mf
                else:
                    conflicts.append(Conflict(key, name, b, m, t, (key,)))
        if value is not None:
            merged[key] = dict(value)
    conflicts = _claim_deletions(base, mine, theirs, conflicts)
    return Merge(merged, tuple(conflicts), mine, theirs)


def _claim_deletions(
    base: CaseState, mine: CaseState, theirs: CaseState, conflicts: list[Conflict]
) -> list[Conflict]:
    """A claim deleted on one side while the other changed its passages or evidence is a
    conflict about the whole claim; the choice keeps or drops it with all its parts."""
    parts: dict[str, set[EntityKey]] = {}
    for key in base.keys() | mine.keys() | theirs.keys():
        owner = claim_of(key)
        if owner is not None:
            parts.setdefault(owner, set()).add(key)
    whole: dict[EntityKey, Conflict] = {}
    for conflict in conflicts:
        if conflict.entity[0] == "claim" and conflict.field is None:
            whole[conflict.entity] = conflict
    for key in base:
        if key[0] != "claim" or key in whole:
            continue
        gone_mine, gone_theirs = key not in mine, key not in theirs
        if gone_mine == gone_theirs:
            continue
        other = theirs if gone_mine else mine
        owned = parts.get(key[1], set())
        if any(other.get(p) != base.get(p) for p in owned) or other.get(key) != base[key]:
            whole[key] = Conflict(key, None, base[key], mine.get(key), theirs.get(key), ())
    kept = [c for c in conflicts if c.entity not in whole and _owner(c) not in whole]
    for key, conflict in whole.items():
        covers = (key, *sorted(parts.get(key[1], ())))
        kept.append(
            Conflict(key, None, conflict.base, conflict.mine, conflict.theirs, tuple(covers))
        )
    return sorted(kept, key=lambda c: (c.entity, c.field or ""))


def claim_of(key: EntityKey) -> str | None:
    """The uuid of the claim a mention or piece of evidence belongs to."""
    if key[0] in CLAIM_PARTS:
        return key[1].split(" ", 1)[0]
    return None


def _owner(conflict: Conflict) -> EntityKey | None:
    owner = claim_of(conflict.entity)
    return ("claim", owner) if owner is not None else None


def _without_orphans(state: CaseState) -> CaseState:
    return {
        key: fields
        for key, fields in state.items()
        if claim_of(key) is None or ("claim", claim_of(key)) in state
    }


def mention_key(claim_uuid: str, article_hash: str, start: int, end: int) -> EntityKey:
    return ("mention", f"{claim_uuid} {article_hash} {start} {end}")


def evidence_key(claim_uuid: str, kind: str, reference: str, note: str) -> EntityKey:
    # Evidence is added and removed, never edited: what it says is its identity.
    digest = hashlib.sha256(json.dumps([kind, reference, note]).encode("utf-8")).hexdigest()
    return ("evidence", f"{claim_uuid} {digest[:24]}")


def state_to_json(state: CaseState) -> str:
    return json.dumps(
        [[kind, key, fields] for (kind, key), fields in sorted(state.items())], ensure_ascii=False
    )


def state_from_json(text: str) -> CaseState:
    return {(kind, key): dict(fields) for kind, key, fields in json.loads(text)}


def conflict_subject(conflict: Conflict) -> str:
    """What the conflict is about, in a few words: the claim's wording, the passage quoted."""
    kind = conflict.entity[0]
    fields = next(
        (v for v in (conflict.theirs, conflict.mine, conflict.base) if isinstance(v, dict)), {}
    )
    if kind == "case":
        subject = "the case"
    elif kind == "claim":
        subject = f"claim “{_short(fields.get('text'))}”"
    elif kind == "mention":
        subject = f"passage “{_short(fields.get('quote'))}”"
    elif kind == "evidence":
        subject = f"evidence {_short(fields.get('reference'))}"
    elif kind == "article":
        subject = f"article “{_short(fields.get('title'))}”"
    else:
        subject = kind
    return subject if conflict.field is None else f"{subject}: {conflict.field}"


def conflict_value(conflict: Conflict, side: Side) -> str:
    """One side's version of a conflict, as a user reads it."""
    value = conflict.mine if side is Side.MINE else conflict.theirs
    if conflict.field is not None:
        field_value = value.get(conflict.field) if isinstance(value, dict) else None
        return "(empty)" if field_value in (None, "") else str(field_value)
    if value is None:
        return "deleted"
    return "kept, with changes"


def _short(value: object, limit: int = 60) -> str:
    text = " ".join(str(value or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
