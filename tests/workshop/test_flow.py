"""A whole workshop: key, exercise, three trainees on their own libraries, answers, scores."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.workshop.conftest import Workshop
from workbench.core.errors import BundleRejected, WorkbenchError
from workbench.core.vocabulary import Stance, Status
from workbench.services.bundles import import_bundle
from workbench.services.cases import case_dossier, create_case
from workbench.services.claims import MentionSpec, add_claim
from workbench.services.workshop import (
    export_answers,
    key_from_case,
    key_from_file,
    read_answers,
    score_group,
)
from workbench.store import Library

S, R, D, U = Status.SOURCED, Status.RELAYED, Status.DENIED, Status.UNVERIFIED
KEY = [D, D, S, D, U, R, S, S, U]  # the demo key's statuses, claim by claim


def test_exercise_claims_start_unverified_without_sources(
    workshop: Workshop, trainee_library: Callable[[str], Library]
) -> None:
    lib = trainee_library("fresh")
    summary = import_bundle(lib, workshop.exercise)
    dossier = case_dossier(lib, summary.case_id)
    assert len(dossier.claims) == 9
    assert {c.status for c in dossier.claims} == {U}
    assert dossier.sources == () and dossier.case.verdict == ""
    assert {x.stance for x in dossier.mentions} == {Stance.ASSERTS}


def test_three_trainees_are_scored_against_the_key(workshop: Workshop, group: list[Path]) -> None:
    result = score_group(key_from_file(workshop.key), group)

    assert result.trainees == ("Amal", "Ben", "سارة")
    amal, ben, sara = result.scores
    assert (ben.agreed, ben.agreement, ben.kappa) == (9, 1.0, pytest.approx(1.0))
    assert amal.agreed == 8 and amal.kappa == pytest.approx(50 / 59)
    assert sara.agreed == 6 and sara.kappa == pytest.approx(32 / 59)
    assert all(s.found == 9 and s.total == 9 and s.extra_claims == 0 for s in result.scores)
    assert (ben.sources_matched, ben.sources_expected) == (1, 9)
    assert amal.sources_matched == 0
    assert result.fleiss == pytest.approx(348 / 510)

    split = result.most_split()
    assert [c.key_status for c in split] == [D, D, D]
    assert split[0].text.startswith("At least forty crates")
    assert split[0].tally() == {S: 0, R: 0, D: 1, U: 2}
    assert {c.text[:20] for c in split[1:]} == {"Armed groups backed ", "The Tamir Brigades t"}
    unanimous = [c for c in result.claims if c.split == 0]
    assert len(unanimous) == 6


def test_the_key_can_come_from_the_marked_case_itself(
    workshop: Workshop, group: list[Path]
) -> None:
    from_file = score_group(key_from_file(workshop.key), group)
    from_case = score_group(key_from_case(workshop.trainer, workshop.case_id), group)
    assert from_case.as_json() == from_file.as_json()


def test_answers_file_is_small_and_carries_the_name(group: list[Path]) -> None:
    answers = read_answers(group[2])
    assert answers.trainee == "سارة"
    assert len(answers.claims) == 9
    assert group[2].stat().st_size < 20_000


def test_answers_for_another_case_are_refused(
    workshop: Workshop, group: list[Path], trainee_library: Callable[[str], Library], tmp_path
) -> None:
    lib = trainee_library("stray")
    other = create_case(lib, "Did the harbour flood in May?")
    add_claim(lib, other.id, "The harbour flooded.", status=S)
    stray = tmp_path / "stray.fcase"
    export_answers(lib, other.id, "Dana", stray)
    with pytest.raises(BundleRejected, match="another case"):
        score_group(key_from_file(workshop.key), [*group, stray])


def test_an_exercise_or_case_file_is_not_taken_for_answers(
    workshop: Workshop, group: list[Path]
) -> None:
    with pytest.raises(BundleRejected, match="not a trainee's answers"):
        score_group(key_from_file(workshop.key), [workshop.exercise])
    with pytest.raises(BundleRejected, match="cannot serve as the answer key"):
        key_from_file(workshop.exercise)
    with pytest.raises(BundleRejected, match="cannot serve as the answer key"):
        key_from_file(group[0])
    with pytest.raises(WorkbenchError, match="at least one"):
        score_group(key_from_file(workshop.key), [])


def test_trainees_who_find_the_claims_themselves_are_matched_by_span_and_wording(
    workshop: Workshop, trainee_library: Callable[[str], Library], tmp_path: Path
) -> None:
    lib = trainee_library("dana")
    case_id = import_bundle(lib, workshop.open_exercise).case_id
    dossier = case_dossier(lib, case_id)
    chronicle = next(a for a in dossier.articles if a.outlet == "The Northern Chronicle")
    review = next(a for a in dossier.articles if a.outlet == "Ardan City Review")

    def claim(text: str, status: Status, article_id: int | None = None, quote: str = "") -> None:
        mention = MentionSpec(article_id=article_id, quote=quote) if article_id else None
        add_claim(lib, case_id, text, status=status, mention=mention)

    # Found by an overlapping quote, in other words:
    claim("The navy took the cargo on", U, chronicle.id, "navy carried the cargo")
    claim("The analyst doubts it", D, review.id, "plausible but unproven")
    # Found by wording alone, no quote:
    claim("The Joint Operations Command declined to comment on this report.", S)
    # Not in the key at all:
    claim(
        "Nordavia lost equipment in its stalled offensive.",
        S,
        chronicle.id,
        "Nordavia has struggled to replace equipment",
    )
    path = tmp_path / "dana.fcase"
    export_answers(lib, case_id, "Dana", path)

    result = score_group(key_from_file(workshop.key), [path])
    (dana,) = result.scores
    assert (dana.found, dana.extra_claims) == (3, 1)
    answers = {c.text[:25]: c.answers[0] for c in result.claims}
    assert answers["Veskaria's navy carried t"] is U
    assert answers["The account is plausible "] is D
    assert answers["The Joint Operations Comm"] is S
    assert answers["Armed groups backed by Ve"] is None
    # Agreed: the navy (U), the command (S), and the lawmaker's opinion left unverified.
    assert dana.agreed == 3
    assert result.fleiss is None and result.most_split() == []
