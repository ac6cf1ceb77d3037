"""The three-way merge of a case, on plain maps: no library needed."""

from __future__ import annotations

import pytest

from workbench.core.casemerge import (
    Side,
    UnsettledConflicts,
    evidence_key,
    mention_key,
    state_from_json,
    state_to_json,
    three_way,
)

CLAIM = ("claim", "u1")
MENTION = mention_key("u1", "h1", 0, 5)
EVIDENCE = evidence_key("u1", "call", "Press office", "")


def base() -> dict:
    return {
        ("case", "c"): {"title": "Dam", "verdict": ""},
        CLAIM: {"text": "The dam broke", "status": "unverified", "note": ""},
        MENTION: {"claim": "u1", "quote": "broke", "stance": "asserts"},
    }


def changed(state: dict, key, **fields) -> dict:
    return {**state, key: {**state[key], **fields}}


def test_each_side_keeps_its_own_changes() -> None:
    b = base()
    mine = changed(b, CLAIM, status="denied")
    theirs = changed(b, ("case", "c"), verdict="False")
    merged, settled = three_way(b, mine, theirs).resolve()
    assert merged[CLAIM]["status"] == "denied" and merged[("case", "c")]["verdict"] == "False"
    assert settled == ()


def test_different_fields_of_one_claim_merge_and_the_same_field_conflicts() -> None:
    b = base()
    mine = changed(b, CLAIM, status="denied", note="ملاحظة")
    theirs = changed(b, CLAIM, status="sourced")
    merge = three_way(b, mine, theirs)
    (conflict,) = merge.conflicts
    assert conflict.field == "status" and conflict.mine["status"] == "denied"
    with pytest.raises(UnsettledConflicts):
        merge.resolve()
    merged, _ = merge.resolve({conflict.id: Side.MINE})
    assert merged[CLAIM] == {"text": "The dam broke", "status": "denied", "note": "ملاحظة"}
    merged, _ = merge.resolve(default=Side.THEIRS)
    assert merged[CLAIM]["status"] == "sourced" and merged[CLAIM]["note"] == "ملاحظة"


def test_a_claim_deleted_on_one_side_and_untouched_on_the_other_goes() -> None:
    b = base()
    mine = {k: v for k, v in b.items() if k not in (CLAIM, MENTION)}
    merged, _ = three_way(b, mine, b).resolve()
    assert CLAIM not in merged and MENTION not in merged


def test_a_passage_added_to_a_claim_deleted_elsewhere_makes_the_claim_a_conflict() -> None:
    b = base()
    mine = {**b, EVIDENCE: {"kind": "call", "reference": "Press office", "note": ""}}
    theirs = {k: v for k, v in b.items() if k not in (CLAIM, MENTION)}
    merge = three_way(b, mine, theirs)
    (conflict,) = merge.conflicts
    assert conflict.entity == CLAIM and conflict.field is None
    assert set(conflict.covers) == {CLAIM, MENTION, EVIDENCE}
    kept, _ = merge.resolve(default=Side.MINE)
    assert {CLAIM, MENTION, EVIDENCE} <= kept.keys()
    dropped, _ = merge.resolve(default=Side.THEIRS)
    assert not {CLAIM, MENTION, EVIDENCE} & dropped.keys()


def test_conflict_ids_are_short_and_stable() -> None:
    b = base()
    first = three_way(b, changed(b, CLAIM, status="denied"), changed(b, CLAIM, status="relayed"))
    again = three_way(b, changed(b, CLAIM, status="sourced"), changed(b, CLAIM, status="relayed"))
    assert first.conflicts[0].id == again.conflicts[0].id and len(first.conflicts[0].id) == 6


def test_state_survives_json() -> None:
    state = changed(base(), CLAIM, note="نص عربي")
    assert state_from_json(state_to_json(state)) == state
