"""A workshop from the Workshop menu: key, exercise, two trainees' answers, the comparison."""

from __future__ import annotations

from pathlib import Path

import docx
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk, save_shot
from tests.ui2.conftest import open_marked_demo, wait_idle
from workbench.core.agreement import describe_kappa
from workbench.core.vocabulary import Status
from workbench.services import bundles, cases, claims, workshop
from workbench.store import Library
from workbench.ui.case_files import CaseFileDialog
from workbench.ui.workshop_flow import CompareDialog
from workbench.ui.workshop_view import WorkshopView, kappa_text

# Each trainee's picks, claim by claim in the exercise's order; the rest stay unverified.
PICKS = {
    "Amal Haddad": [Status.DENIED, Status.RELAYED, Status.RELAYED, Status.SOURCED],
    "Tomas Berg": [Status.RELAYED, Status.RELAYED, Status.UNVERIFIED, Status.DENIED],
}


def _trainee_answers(folder: Path, exercise: Path, name: str) -> Path:
    """A trainee's own library: import the exercise, mark it, export the answers."""
    library = Library.open(folder / name.split()[0].lower())
    try:
        summary = bundles.import_bundle(library, exercise)
        dossier = cases.case_dossier(library, summary.case_id)
        for claim, status in zip(dossier.claims, PICKS[name], strict=False):
            claims.mark_claim(library, claim.id, status)
        path = folder / f"{name.split()[0].lower()}-answers.fcase"
        workshop.export_answers(library, summary.case_id, name, path)
        return path
    finally:
        library.close()


def test_a_workshop_from_key_to_report(desk: Desk, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_marked_demo(desk)
    key_path = tmp_path / "key.fcase"
    window.workshop.save_key(key_path)
    wait_idle(qtbot, window)
    assert key_path.exists()
    window.last_note.close()

    window.actions_["export_exercise"].trigger()
    dialog = window.workshop.dialog
    assert isinstance(dialog, CaseFileDialog) and dialog.mode() == "exercise"
    exercise = tmp_path / "exercise.fcase"
    dialog.destination.setText(str(exercise))
    dialog.export_button.click()
    wait_idle(qtbot, window)
    assert exercise.exists()
    window.last_note.close()

    answers = [_trainee_answers(tmp_path, exercise, name) for name in PICKS]
    expected = workshop.score_group(workshop.key_from_file(key_path), answers)

    window.actions_["compare_answers"].trigger()
    setup = window.workshop.dialog
    assert isinstance(setup, CompareDialog)
    setup.set_key_file(key_path)
    setup.add_answers(answers)
    save_shot(setup, tmp_path, "ui2-compare-setup")
    with qtbot.waitSignal(window.workshop.compared, timeout=20000) as blocker:
        setup.compare_button.click()
    view = blocker.args[0]
    assert isinstance(view, WorkshopView) and not setup.isVisible()
    view.resize(1100, 720)
    save_shot(view, tmp_path, "ui2-workshop-comparison")

    assert expected.fleiss is not None
    assert f"{expected.fleiss:.2f}" in view.fleiss.text()
    assert describe_kappa(expected.fleiss) in view.fleiss.text()
    scores = view.scores
    for row, score in enumerate(expected.scores):
        assert scores.item(row, 0).text() == score.name
        assert scores.item(row, 2).text() == f"{score.agreement * 100:.0f}%"
        assert scores.item(row, 3).text() == kappa_text(score.kappa)
    table = view.claims
    assert table.rowCount() == len(expected.claims)
    assert table.columnCount() == 2 + len(PICKS)
    first = expected.claims[0]
    chip = table.item(0, 2).text()
    assert chip.startswith(first.answers[0].letter)
    assert chip.endswith("✓" if first.answers[0] is first.key_status else "✗")
    for claim in expected.most_split():
        assert claim.text[:40] in view.split.text().replace("&amp;", "&")

    report = tmp_path / "workshop.docx"
    view.export_report(report)
    wait_idle(qtbot, window)
    assert view.written == report
    view.note.close()
    document = docx.Document(str(report))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Workshop report" in text and f"{expected.fleiss:.2f}" in text
    assert all(name in text + cells for name in PICKS)

    view.export_report(report)  # the same name again: refused unless the user confirmed
    wait_idle(qtbot, window)
    assert "already exists" in window.errors.last_message


def test_answers_of_another_case_are_refused(desk: Desk, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_marked_demo(desk)
    stray = cases.create_case(window.library, "Unrelated story")
    stray_answers = tmp_path / "stray.fcase"
    workshop.export_answers(window.library, stray.id, "Lena Ortiz", stray_answers)
    dialog = window.workshop.compare_dialog()
    assert dialog.use_case.isChecked()  # the open case is the key by default
    dialog.add_answers([stray_answers])
    dialog.compare_button.click()
    wait_idle(qtbot, window)
    assert "another case" in window.errors.last_message
    assert dialog.isVisible() and dialog.compare_button.isEnabled()
    assert window.workshop.view is None


def test_trainee_exports_answers_from_the_menu_flow(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_marked_demo(desk)
    path = tmp_path / "mine.fcase"
    window.workshop.export_answers("  Noor   Saleh ", path)
    wait_idle(qtbot, window)
    answers = workshop.read_answers(path)
    assert answers.trainee == "Noor Saleh"
    assert len(answers.claims) == len(window.controller.dossier.claims)
