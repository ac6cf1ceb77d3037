"""The bundle and workshop commands, run in-process through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from tests.bundle.helpers import db_fingerprint, marked_demo
from workbench.cli import bundle_cmds
from workbench.cli import main as cli
from workbench.store import Library


@pytest.fixture(autouse=True)
def with_bundle_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    if bundle_cmds not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, bundle_cmds))


@pytest.fixture
def trainer(tmp_path: Path) -> Path:
    folder = tmp_path / "trainer"
    with Library.open(folder) as library:
        marked_demo(library)
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_and_import_a_case(trainer: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "case.fcase"
    code, out, _ = run(capsys, "--data", trainer, "bundle", "export", "Were launchers", "-o", path)
    assert code == 0 and "case file written" in out and "9 claims" in out

    other = tmp_path / "other"
    code, out, _ = run(capsys, "--data", other, "bundle", "import", path, "--json")
    assert code == 0
    summary = json.loads(out)
    assert summary["new_case"] and summary["claims_added"] == 9

    code, out, _ = run(capsys, "--data", other, "bundle", "import", path)
    assert code == 0 and "nothing changed" in out

    code, _, err = run(capsys, "--data", trainer, "bundle", "export", "Were launchers", "-o", path)
    assert code == 2 and "already exists" in err
    code, _, _ = run(
        capsys, "--data", trainer, "bundle", "export", "Were launchers", "-o", path, "--force"
    )
    assert code == 0


def test_a_hostile_file_is_one_error_line_and_changes_nothing(
    trainer: Path, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "evil.fcase"
    path.write_bytes(b"PK\x05\x06" + bytes(18))
    # The command brings the search index up to date first, which empties its journal.
    with Library.open(trainer) as library:
        before = db_fingerprint(library, skip=("index_journal",))
    code, out, err = run(capsys, "--data", trainer, "bundle", "import", path)
    assert code == 2 and out == ""
    assert err.startswith("error: evil.fcase") and err.count("\n") == 1
    with Library.open(trainer) as library:
        assert db_fingerprint(library, skip=("index_journal",)) == before


def test_a_whole_workshop_from_the_command_line(trainer: Path, tmp_path: Path, capsys) -> None:
    key, exercise = tmp_path / "key.fcase", tmp_path / "exercise.fcase"
    assert run(capsys, "--data", trainer, "workshop", "key", "Were launchers", "-o", key)[0] == 0
    code, out, _ = run(
        capsys,
        "--data",
        trainer,
        "bundle",
        "export",
        "Were launchers",
        "-o",
        exercise,
        "--exercise",
    )
    assert code == 0 and out.startswith("exercise file written")

    answers = []
    for name in ("Amal", "Ben"):
        folder = tmp_path / name
        code, out, _ = run(capsys, "--data", folder, "bundle", "import", exercise, "--json")
        case_id = json.loads(out)["case"]
        if name == "Ben":
            claims = run(capsys, "--data", folder, "claims", case_id, "--json")[1]
            first = json.loads(claims)[0]["id"]
            assert run(capsys, "--data", folder, "claim", "mark", first, "denied")[0] == 0
        path = tmp_path / f"{name}.fcase"
        code, out, _ = run(
            capsys, "--data", folder, "workshop", "answers", case_id, "--name", name, "-o", path
        )
        assert code == 0 and f"answers of {name}" in out
        answers.append(path)

    code, out, _ = run(capsys, "--data", trainer, "workshop", "score", key, *answers, "--json")
    assert code == 0
    scores = {s["trainee"]: s for s in json.loads(out)["scores"]}
    assert scores["Ben"]["agreed"] == scores["Amal"]["agreed"] + 1

    code, out, _ = run(capsys, "--data", trainer, "workshop", "score", "Were launchers", *answers)
    assert code == 0 and "group Fleiss' kappa" in out and "claims that split the room" in out

    report = tmp_path / "workshop.docx"
    code, out, _ = run(capsys, "--data", trainer, "workshop", "report", key, *answers, "-o", report)
    assert code == 0 and report.is_file()
    assert any("Amal" in c.text for c in docx.Document(str(report)).tables[0].columns[0].cells)

    code, _, err = run(capsys, "--data", trainer, "workshop", "score", key, exercise)
    assert code == 2 and "not a trainee's answers" in err
