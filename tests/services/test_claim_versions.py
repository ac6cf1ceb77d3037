"""No silent lost update: a change made from an older view of a claim is refused, both shown."""

from __future__ import annotations

import threading

import pytest

from workbench.core.errors import ClaimChanged
from workbench.core.vocabulary import Status
from workbench.services import cases, claims
from workbench.store import Library


def test_a_change_from_an_older_view_is_refused_with_both_versions(library: Library) -> None:
    case = cases.create_case(library, "Bridge toll")
    seen = claims.add_claim(library, case.id, "The toll doubled in March")
    theirs = claims.mark_claim(library, seen.id, Status.SOURCED, expected_version=seen.version)
    assert theirs.version == seen.version + 1
    with pytest.raises(ClaimChanged) as refused:
        claims.mark_claim(library, seen.id, Status.DENIED, expected_version=seen.version)
    conflict = refused.value
    assert conflict.theirs.status is Status.SOURCED and conflict.mine == {"status": "denied"}
    assert conflict.by == library.actor and conflict.at is not None
    assert f"changed by {library.actor} at " in str(conflict)
    assert cases.case_dossier(library, case.id).claims[0].status is Status.SOURCED
    with pytest.raises(ClaimChanged):
        claims.edit_claim(library, seen.id, note="from the ledger", expected_version=seen.version)
    # The user keeps their own: the retry names the version it overwrites.
    mine = claims.mark_claim(library, seen.id, Status.DENIED, expected_version=theirs.version)
    assert mine.status is Status.DENIED and mine.version == theirs.version + 1


def test_two_writers_racing_on_one_claim_lose_nothing(library: Library) -> None:
    case = cases.create_case(library, "Bridge toll")
    claim = claims.add_claim(library, case.id, "The toll doubled in March")
    outcomes: list[str] = []
    start = threading.Barrier(2)

    def write(status: Status) -> None:
        start.wait()
        try:
            claims.mark_claim(library, claim.id, status, expected_version=claim.version)
            outcomes.append(f"saved {status.value}")
        except ClaimChanged as conflict:
            outcomes.append(f"refused, theirs {conflict.theirs.status.value}")

    writers = [threading.Thread(target=write, args=(s,)) for s in (Status.SOURCED, Status.DENIED)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    saved = [o for o in outcomes if o.startswith("saved")]
    assert len(saved) == 1 and len(outcomes) == 2
    winner = saved[0].split()[1]
    assert outcomes.count(f"refused, theirs {winner}") == 1
    final = cases.case_dossier(library, case.id)
    assert final.claims[0].status.value == winner
    assert [a.new for a in final.audit if a.action == "status"] == ["unverified", winner]
