"""Case files from the window: export one, import it into another library, refuse a bad one."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.bundle.helpers import db_fingerprint
from tests.ui.conftest import Desk, save_shot
from tests.ui2.conftest import open_marked_demo, wait_idle
from workbench.core.vocabulary import Status
from workbench.services import bundles, cases
from workbench.ui.case_files import EXERCISE, HIDDEN_CLAIMS, WHOLE, CaseFileDialog


def _export(qtbot: QtBot, window, path: Path, mode: str = WHOLE) -> CaseFileDialog:  # type: ignore[no-untyped-def]
    window.actions_["export_case_file"].trigger()
    dialog = window.case_files.dialog
    assert isinstance(dialog, CaseFileDialog) and dialog.isVisible()
    dialog.set_mode(mode)
    dialog.destination.setText(str(path))
    dialog.export_button.click()
    wait_idle(qtbot, window)
    return dialog


def test_a_case_file_travels_to_another_library(
    desk: Desk, second_desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_marked_demo(desk)
    original = window.controller.dossier
    window.actions_["export_case_file"].trigger()
    save_shot(window.case_files.dialog, tmp_path, "ui2-case-file-dialog")
    window.case_files.dialog.reject()
    path = tmp_path / "story.fcase"
    dialog = _export(qtbot, window, path)
    assert not dialog.isVisible() and zipfile.is_zipfile(path)
    window.last_note.close()
    desk.close()

    other = second_desk.open(load_demo=False, index=False)
    assert cases.list_cases(other.library) == []
    with qtbot.waitSignal(other.case_files.imported, timeout=20000) as blocker:
        other.case_files.import_file(path)
    summary = blocker.args[0]
    assert summary.new_case and summary.claims_added == len(original.claims)
    shown = other.controller.dossier
    assert shown is not None and shown.case.title == original.case.title
    assert len(shown.articles) == len(original.articles)
    assert sorted(c.status for c in shown.claims) == sorted(c.status for c in original.claims)
    model = other.library_panel.cases.model()
    assert any(
        original.case.title in str(model.index(r, 0).data()) for r in range(model.rowCount())
    )
    assert "added as a new case" in other.case_files.summary_box.text()
    assert f"Claims: {len(original.claims)} added" in other.case_files.summary_box.text()
    save_shot(other.case_files.summary_box, tmp_path, "ui2-case-file-imported")
    other.case_files.summary_box.close()

    with qtbot.waitSignal(other.case_files.imported, timeout=20000) as again:
        other.case_files.import_file(path)
    assert not again.args[0].changed
    assert len(cases.list_cases(other.library)) == 1


def test_exercises_hide_statuses_or_claims(desk: Desk, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_marked_demo(desk)
    _export(qtbot, window, tmp_path / "ex.fcase", EXERCISE)
    _export(qtbot, window, tmp_path / "bare.fcase", HIDDEN_CLAIMS)
    from workbench.bundle import read_bundle

    exercise = read_bundle(tmp_path / "ex.fcase")
    assert exercise.claims and {c.status for c in exercise.claims} == {Status.UNVERIFIED}
    assert read_bundle(tmp_path / "bare.fcase").claims == ()


def test_a_hostile_case_file_is_refused_and_changes_nothing(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_marked_demo(desk)
    good = tmp_path / "good.fcase"
    bundles.export_case(window.library, window.controller.case_id, good)
    escaping = tmp_path / "escaping.fcase"
    altered = tmp_path / "altered.fcase"
    with zipfile.ZipFile(good) as source:
        names = source.namelist()
        with zipfile.ZipFile(escaping, "w") as out:
            for name in names:
                out.writestr(name, source.read(name))
            out.writestr("../../outside.txt", "not yours")
        part = next(n for n in names if not n.endswith("manifest.json"))
        with zipfile.ZipFile(altered, "w") as out:
            for name in names:
                data = source.read(name)
                out.writestr(name, data + b" " if name == part else data)
    before = db_fingerprint(window.library)
    for bad in (escaping, altered):
        window.errors.last_message = ""
        window.case_files.import_file(bad)
        wait_idle(qtbot, window)
        assert window.errors.crashes == 0
        assert window.errors.last_message, bad.name
        assert window.errors.last_box.icon().name == "Warning"
        window.errors.last_box.close()
    assert db_fingerprint(window.library) == before
    assert not (tmp_path.parent / "outside.txt").exists()


def test_the_second_import_says_nothing_changed(desk: Desk, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_marked_demo(desk)
    path = tmp_path / "again.fcase"
    bundles.export_case(window.library, window.controller.case_id, path)
    with qtbot.waitSignal(window.case_files.imported, timeout=20000):
        window.case_files.import_file(path)
    assert "nothing changed" in window.case_files.summary_box.text()
    window.case_files.summary_box.close()
