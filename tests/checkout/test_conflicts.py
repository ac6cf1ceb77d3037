"""What both sides changed since check-out: listed, settled per conflict, nothing lost."""

from __future__ import annotations

import pytest

from tests.checkout.conftest import build_case
from tests.checkout.test_round_trip import claim_ids_by_uuid, picture, uuid_of
from workbench.core.casemerge import Side, UnsettledConflicts
from workbench.core.errors import WorkbenchError
from workbench.core.vocabulary import Stance, Status
from workbench.services import cases, claims
from workbench.services.checkout import ConflictView, check_in, check_in_conflicts, check_out
from workbench.store import Library


def _both_mark_ships(team: Library, laptop: Library):
    made = build_case(team)
    out = check_out(team, laptop, made.title)
    ships = uuid_of(team, made.claim_ids[1])
    claims.mark_claim(laptop, claim_ids_by_uuid(laptop, out.case_id)[ships], Status.SOURCED)
    claims.mark_claim(team, made.claim_ids[1], Status.RELAYED, "two outlets only")
    return made, out, ships


def test_the_conflict_list_names_the_claim_and_both_versions(
    team: Library, laptop: Library
) -> None:
    _made, out, _ships = _both_mark_ships(team, laptop)
    (view,) = check_in_conflicts(laptop, team, out.case_id)
    assert view.subject == "claim “No ship was damaged”: status"
    assert (view.mine, view.theirs) == ("sourced", "relayed")
    # asking changed nothing: the check-out is still open
    with pytest.raises(UnsettledConflicts):
        check_in(laptop, team, out.case_id)


@pytest.mark.parametrize(
    ("side", "status", "dropped"),
    [("mine", "sourced", "relayed"), ("theirs", "relayed", "sourced")],
)
def test_keeping_one_side_keeps_the_other_in_the_history(
    team: Library, laptop: Library, side: str, status: str, dropped: str
) -> None:
    made, out, ships = _both_mark_ships(team, laptop)
    (view,) = check_in_conflicts(laptop, team, out.case_id)
    summary = check_in(laptop, team, out.case_id, choices={view.id: Side(side)})
    assert [(v.id, s.value) for v, s in summary.settled] == [(view.id, side)]
    for library, case_id in ((team, made.case_id), (laptop, out.case_id)):
        assert picture(library, case_id)["claims"][ships][1] == status
        trail = cases.case_dossier(library, case_id).audit
        (entry,) = [a for a in trail if a.action == "conflict"]
        assert entry.old.endswith(dropped) and entry.new.endswith(status)
        assert f"kept {side}" in entry.reason


def test_a_choice_for_no_such_conflict_is_refused(team: Library, laptop: Library) -> None:
    _made, out, _ships = _both_mark_ships(team, laptop)
    with pytest.raises(WorkbenchError, match="No conflict called zzzzzz"):
        check_in(laptop, team, out.case_id, choices={"zzzzzz": Side.MINE}, keep=Side.MINE)


def test_the_same_change_on_both_sides_is_no_conflict(team: Library, laptop: Library) -> None:
    made = build_case(team)
    out = check_out(team, laptop, made.title)
    ships = uuid_of(team, made.claim_ids[1])
    claims.mark_claim(laptop, claim_ids_by_uuid(laptop, out.case_id)[ships], Status.SOURCED)
    claims.mark_claim(team, made.claim_ids[1], Status.SOURCED)
    assert check_in_conflicts(laptop, team, out.case_id) == ()
    assert check_in(laptop, team, out.case_id).settled == ()


def test_a_claim_deleted_at_the_desk_but_worked_on_offline_is_a_conflict(
    team: Library, laptop: Library
) -> None:
    made = build_case(team)
    out = check_out(team, laptop, made.title)
    cracked = uuid_of(team, made.claim_ids[0])
    laptop_claim = claim_ids_by_uuid(laptop, out.case_id)[cracked]
    passages = cases.case_dossier(laptop, out.case_id).mentions_of(laptop_claim)
    claims.set_mention_stance(laptop, passages[0].id, Stance.RELAYS)
    claims.delete_claim(team, made.claim_ids[0])
    (view,) = check_in_conflicts(laptop, team, out.case_id)
    assert view.subject.startswith("claim “The northern breakwater")
    assert (view.mine, view.theirs) == ("kept, with changes", "deleted")
    check_in(laptop, team, out.case_id, keep=Side.MINE)
    restored = picture(team, made.case_id)["claims"][cracked]
    assert "relays" in [x[3] for x in restored[4]] and len(restored[4]) == 2
    assert picture(team, made.case_id) == picture(laptop, out.case_id)


def test_deleting_offline_what_the_desk_changed_can_keep_theirs(
    team: Library, laptop: Library
) -> None:
    made = build_case(team)
    out = check_out(team, laptop, made.title)
    arabic = uuid_of(team, made.claim_ids[2])
    claims.delete_claim(laptop, claim_ids_by_uuid(laptop, out.case_id)[arabic])
    claims.edit_claim(team, made.claim_ids[2], note="تأكيد من مصدرين")
    (view,) = check_in_conflicts(laptop, team, out.case_id)
    assert (view.mine, view.theirs) == ("deleted", "kept, with changes")
    check_in(laptop, team, out.case_id, keep=Side.THEIRS)
    assert picture(laptop, out.case_id)["claims"][arabic][2] == "تأكيد من مصدرين"


def test_case_fields_conflict_field_by_field(team: Library, laptop: Library) -> None:
    made = build_case(team)
    out = check_out(team, laptop, made.title)
    cases.update_case(laptop, out.case_id, verdict="False", summary="Checked offline")
    cases.update_case(team, made.case_id, verdict="Misleading")
    (view,) = check_in_conflicts(laptop, team, out.case_id)
    assert view.subject == "the case: verdict"
    check_in(laptop, team, out.case_id, keep=Side.THEIRS)
    case = cases.find_case(team, made.case_id)
    assert (case.verdict, case.summary) == ("Misleading", "Checked offline")


def test_checking_out_again_keeps_what_was_done_here_in_between(
    team: Library, laptop: Library
) -> None:
    made = build_case(team)
    out = check_out(team, laptop, made.title)
    check_in(laptop, team, out.case_id)
    arabic = uuid_of(team, made.claim_ids[2])
    # after check-in, on the laptop's own copy; meanwhile the desk edits the same note
    mine = claim_ids_by_uuid(laptop, out.case_id)
    claims.edit_claim(laptop, mine[arabic], note="كتبت بعد الإرجاع")
    kept = claims.add_claim(laptop, out.case_id, "Found between two trips")
    claims.edit_claim(team, made.claim_ids[2], note="the desk's note")
    again = check_out(team, laptop, made.title)
    assert [ConflictView.of(c).mine for c in again.kept_theirs] == ["كتبت بعد الإرجاع"]
    here = picture(laptop, out.case_id)["claims"]
    assert here[arabic][2] == "the desk's note" and kept.uuid in here
    trail = cases.case_dossier(laptop, out.case_id).audit
    assert any(a.action == "conflict" and "كتبت بعد الإرجاع" in (a.old or "") for a in trail)
    check_in(laptop, team, out.case_id)
    assert kept.uuid in picture(team, made.case_id)["claims"]
