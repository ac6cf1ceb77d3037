"""A trainer's library with the marked demo case, and the key and exercise files made from it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.bundle.helpers import marked_demo
from workbench.core.vocabulary import SourceKind, Status
from workbench.services.bundles import import_bundle
from workbench.services.cases import case_dossier
from workbench.services.claims import edit_claim, mark_claim
from workbench.services.workshop import export_answers, export_exercise, save_key
from workbench.store import Library


@dataclass(frozen=True)
class Workshop:
    trainer: Library
    case_id: int
    key: Path
    exercise: Path
    open_exercise: Path  # trainees find the claims themselves


@pytest.fixture
def workshop(library: Library, tmp_path: Path) -> Workshop:
    case_id = marked_demo(library)
    files = tmp_path / "files"
    key = files / "key.fcase"
    save_key(library, case_id, key)
    exercise = files / "exercise.fcase"
    export_exercise(library, case_id, exercise)
    open_exercise = files / "open.fcase"
    export_exercise(library, case_id, open_exercise, hide_claims=True)
    return Workshop(library, case_id, key, exercise, open_exercise)


@pytest.fixture
def trainee_library(tmp_path: Path) -> Iterator[Callable[[str], Library]]:
    """Open one library per trainee, as on their own laptops."""
    opened: list[Library] = []

    def make(name: str) -> Library:
        lib = Library.open(tmp_path / "trainees" / name)
        opened.append(lib)
        return lib

    yield make
    for lib in opened:
        lib.close()


S, R, D, U = Status.SOURCED, Status.RELAYED, Status.DENIED, Status.UNVERIFIED
KEY = [D, D, S, D, U, R, S, S, U]  # the demo key's statuses, claim by claim


def mark_exercise(
    library: Library, exercise: Path, statuses: list[Status], sources: dict[int, str] | None = None
) -> int:
    """Open the exercise and mark its claims (in key order); returns the trainee's case id."""
    case_id = import_bundle(library, exercise).case_id
    claims = case_dossier(library, case_id).claims
    for claim, status in zip(claims, statuses, strict=True):
        mark_claim(library, claim.id, status)
    for index, name in (sources or {}).items():
        edit_claim(library, claims[index].id, source_name=name, source_kind=SourceKind.OFFICIAL)
    return case_id


@pytest.fixture
def group(workshop: Workshop, trainee_library: Callable[[str], Library], tmp_path: Path):
    answers = []
    plan = [
        ("Amal", [D, D, S, U, U, R, S, S, U], None),
        ("Ben", KEY, {0: "the NORTHERN chronicle"}),
        ("سارة", [S, S, S, U, U, R, S, S, U], None),
    ]
    for number, (name, statuses, sources) in enumerate(plan):
        lib = trainee_library(f"t{number}")
        case_id = mark_exercise(lib, workshop.exercise, statuses, sources)
        path = tmp_path / "answers" / f"{number}.fcase"
        export_answers(lib, case_id, name, path)
        answers.append(path)
    return answers
