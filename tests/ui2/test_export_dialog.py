"""The export dialog writes each format in the background and replaces a file only when told."""

from __future__ import annotations

import csv
import json
import threading
from pathlib import Path

import docx
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk, save_shot
from tests.ui2.conftest import open_marked_demo, wait_idle
from workbench.ui.export_dialog import ExportDialog


def _open_dialog(window) -> ExportDialog:  # type: ignore[no-untyped-def]
    window.actions_["export"].trigger()
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    return dialog


def _export(qtbot: QtBot, window, fmt: str, path: Path, replace: bool = False) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = _open_dialog(window)
    dialog.set_format(fmt)
    dialog.destination.setText(str(path))
    dialog.replace.setChecked(replace)
    dialog.export_button.click()
    wait_idle(qtbot, window)
    return dialog


def test_each_format_is_written(desk: Desk, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_marked_demo(desk)
    dossier = window.controller.dossier
    dialog = _open_dialog(window)
    assert dialog.destination.text().endswith(".docx")  # the default: exports/<case>.docx
    assert Path(dialog.destination.text()).parent == window.library.exports_dir
    dialog.set_format("csv")
    assert dialog.destination.text().endswith(".csv")
    assert not dialog.template.isEnabled()
    save_shot(dialog, tmp_path, "ui2-export-dialog")
    dialog.reject()

    out = tmp_path / "out"
    report = out / "verdict.docx"
    done = _export(qtbot, window, "docx", report)
    assert not done.isVisible()
    text = "\n".join(p.text for p in docx.Document(str(report)).paragraphs)
    assert dossier.case.title in text
    assert window.last_export == report
    assert str(report) in window.statusBar().currentMessage()
    window.last_note.close()

    _export(qtbot, window, "claimreview", out / "verdict.jsonld")
    data = json.loads((out / "verdict.jsonld").read_text(encoding="utf-8"))
    assert "ClaimReview" in json.dumps(data)

    _export(qtbot, window, "csv", out / "claims.csv")
    with (out / "claims.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    column = rows[0].index("claim_id")
    assert {int(r[column]) for r in rows[1:]} == {c.id for c in dossier.claims}


def test_an_existing_file_is_replaced_only_with_consent(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_marked_demo(desk)
    target = tmp_path / "report.csv"
    target.write_text("keep me", encoding="utf-8")

    refused = _export(qtbot, window, "csv", target)
    assert refused.isVisible()  # stays open, so the user can tick "replace" or rename
    assert "already exists" in window.errors.last_message
    assert target.read_text(encoding="utf-8") == "keep me"
    assert refused.export_button.isEnabled()

    refused.replace.setChecked(True)
    refused.export_button.click()
    wait_idle(qtbot, window)
    assert not refused.isVisible()
    assert target.read_text(encoding="utf-8-sig").startswith("case_id,")


def test_a_missing_template_is_a_message(desk: Desk, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_marked_demo(desk)
    dialog = _open_dialog(window)
    dialog.destination.setText(str(tmp_path / "r.docx"))
    dialog.template.setText(str(tmp_path / "no-such-style.dotx"))
    dialog.export_button.click()
    wait_idle(qtbot, window)
    assert dialog.isVisible()
    assert "no-such-style.dotx" in window.errors.last_message
    assert not (tmp_path / "r.docx").exists()


def test_cancel_stops_the_report_and_writes_nothing(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_marked_demo(desk)
    dialog = _open_dialog(window)
    target = tmp_path / "cancelled.docx"
    dialog.destination.setText(str(target))
    # Both workers are kept busy, so the export is still waiting when Cancel is pressed.
    release = threading.Event()
    for _ in range(2):
        window.runner.start("hold", lambda _c: release.wait(20))
    task = dialog.start()
    assert task is not None and not dialog.export_button.isEnabled()
    dialog.buttons.rejected.emit()  # Cancel while the export runs
    assert dialog.isVisible()
    release.set()
    wait_idle(qtbot, window)
    assert not target.exists() and not list(tmp_path.glob(".cancelled.docx*"))
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert "Cancelled" in dialog.note.text()
