"""Which language the report is written in: the case's, or the one chosen in the export dialog
or with `report --lang`."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk
from tests.ui2.conftest import open_marked_demo, wait_idle
from workbench.cli.main import main
from workbench.ui.case_menus import open_export


def _first_heading(path: Path) -> str:
    return next(p.text for p in Document(str(path)).paragraphs if p.style.name == "Heading 1")


def test_the_export_dialog_offers_the_case_language_and_both_others(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_marked_demo(desk)
    dialog = open_export(window)
    assert dialog is not None
    choices = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert choices == ["", "en", "ar"]
    assert "English" in dialog.language.itemText(0)  # the demo case is mostly in English
    assert dialog.chosen_language() is None
    dialog.language.setCurrentIndex(2)
    target = tmp_path / "arabic.docx"
    dialog.destination.setText(str(target))
    dialog.start()
    wait_idle(qtbot, window)
    assert _first_heading(target) == "الأحكام في لمحة"
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert not dialog.language.isEnabled()  # only the Word report has a language


def test_report_lang_on_the_command_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    data = str(tmp_path / "library")
    assert main(["--data", data, "demo"]) == 0
    arabic, english = tmp_path / "ar.docx", tmp_path / "en.docx"
    assert (
        main(["--data", data, "report", "Were launchers", "--lang", "ar", "-o", str(arabic)]) == 0
    )
    assert main(["--data", data, "report", "Were launchers", "-o", str(english)]) == 0
    assert _first_heading(arabic) == "الأحكام في لمحة"
    assert _first_heading(english) == "Verdicts at a glance"
