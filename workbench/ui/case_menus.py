"""Menu entries for whole cases: details, exports, case files, the Workshop menu, presentation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from workbench.core.errors import WorkbenchError
from workbench.services import articles
from workbench.services.exporting import case_language
from workbench.ui.article_details import ArticleDetailsDialog, edit_article_details
from workbench.ui.case_details import CaseDetailsDialog
from workbench.ui.export_dialog import ExportDialog, show_written
from workbench.ui.i18n import isolate, translate

if TYPE_CHECKING:
    from pathlib import Path

    from workbench.ui.main_window import MainWindow


def add_case_menus(
    window: MainWindow,
    a: dict[str, QAction],
    file: QMenu,
    view: QMenu,
    bar: QMenuBar,
    before: QAction,
) -> None:
    """Add the case entries to File and View, and the Workshop menu before `before`."""
    from workbench.ui.menus import _action

    a["case_details"] = _action(
        window,
        file,
        translate("CaseMenus", "Case &details…"),
        lambda: open_case_details(window),
        "Ctrl+I",
        translate("CaseMenus", "The case's title, question, verdict and summary"),
    )
    file.insertAction(a["import"], a["case_details"])
    a["article_details"] = _action(
        window,
        file,
        translate("CaseMenus", "&Article details…"),
        lambda: open_article_details(window),
        "Ctrl+Shift+I",
        translate("CaseMenus", "Correct the outlet, date, link or title of the article being read"),
    )
    file.insertAction(a["import"], a["article_details"])
    file.insertSeparator(a["import"])
    a["export_case_file"] = _action(
        window,
        file,
        translate("CaseMenus", "Export &case file…"),
        window.case_files.export_dialog,
        None,
        translate("CaseMenus", "Write the case (or an exercise made from it) as one .fcase file"),
    )
    a["import_case_file"] = _action(
        window,
        file,
        translate("CaseMenus", "Import case &file…"),
        window.case_files.ask_import,
        None,
        translate("CaseMenus", "Add a case from a .fcase file; nothing already here is duplicated"),
    )
    a["check_out"] = _action(
        window,
        file,
        translate("CaseMenus", "Check &out from team library…"),
        window.checkout.ask_check_out,
        None,
        translate(
            "CaseMenus",
            "Copy a case from the team library into this one to work on it away from the network",
        ),
    )
    a["check_in"] = _action(
        window,
        file,
        translate("CaseMenus", "Check i&n to team library"),
        window.checkout.start_check_in,
        None,
        translate(
            "CaseMenus", "Merge the open case back into the team library it was checked out from"
        ),
    )
    for action in (a["export_case_file"], a["import_case_file"]):
        file.insertAction(a["reindex"], action)
    file.insertSeparator(a["reindex"])
    for action in (a["check_out"], a["check_in"]):
        file.insertAction(a["reindex"], action)
    file.insertSeparator(a["reindex"])

    workshop = QMenu(translate("CaseMenus", "&Workshop"), bar)
    bar.insertMenu(before, workshop)
    flow = window.workshop
    a["save_key"] = _action(
        window,
        workshop,
        translate("CaseMenus", "Save as answer &key…"),
        flow.ask_save_key,
        None,
        translate(
            "CaseMenus", "Freeze this case's markings as the key trainees are scored against"
        ),
    )
    a["export_exercise"] = _action(
        window,
        workshop,
        translate("CaseMenus", "Export &exercise…"),
        flow.export_exercise,
        None,
        translate(
            "CaseMenus",
            "A case file for trainees, with statuses and sources (or the claims too) hidden",
        ),
    )
    workshop.addSeparator()
    a["export_answers"] = _action(
        window,
        workshop,
        translate("CaseMenus", "Export my &answers…"),
        flow.ask_export_answers,
        None,
        translate(
            "CaseMenus",
            "As a trainee: your markings of the exercise, in a small file with your name",
        ),
    )
    workshop.addSeparator()
    a["compare_answers"] = _action(
        window,
        workshop,
        translate("CaseMenus", "&Compare answers…"),
        flow.compare_dialog,
        None,
        translate("CaseMenus", "Score a group's answer files against the key"),
    )

    view.addSeparator()
    shows = window.presentation
    a["presentation"] = _action(
        window,
        view,
        translate("CaseMenus", "&Presentation mode"),
        shows.toggle,
        "F11",
        translate("CaseMenus", "Full screen, large text: the reader and claims for a projector"),
    )
    a["presentation"].setCheckable(True)
    a["zoom_in"] = _action(
        window,
        view,
        translate("CaseMenus", "Zoom &in"),
        shows.zoom_in,
        None,
        translate("CaseMenus", "Larger text in the reader and the claim pane"),
    )
    a["zoom_in"].setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
    a["zoom_out"] = _action(
        window,
        view,
        translate("CaseMenus", "Zoom &out"),
        shows.zoom_out,
        "Ctrl+-",
        translate("CaseMenus", "Smaller text in the reader and claims"),
    )
    a["zoom_reset"] = _action(
        window,
        view,
        translate("CaseMenus", "&Actual size"),
        shows.reset,
        "Ctrl+0",
        translate("CaseMenus", "Text back to its normal size"),
    )


def open_article_details(window: MainWindow) -> ArticleDetailsDialog | None:
    """Edit the open article's details; the reader, lists and search follow."""
    article_id = window.reader.article_id
    if article_id is None:
        return None
    try:
        article = articles.get_article(window.library, article_id)
    except WorkbenchError as error:
        window.errors.report(error)
        return None
    window.article_details_dialog = edit_article_details(window.controller, article, window)
    return window.article_details_dialog


def open_case_details(window: MainWindow) -> CaseDetailsDialog | None:
    dossier = window.controller.dossier
    if dossier is None:
        return None
    dialog = CaseDetailsDialog(window.controller, dossier.case, window)
    window.case_details_dialog = dialog
    dialog.show()
    return dialog


def open_export(window: MainWindow) -> ExportDialog | None:
    dossier = window.controller.dossier
    if dossier is None:
        return None
    dialog = ExportDialog(
        window.library,
        dossier.case.id,
        dossier.case.title,
        window.runner,
        window.errors,
        window,
        case_language=case_language(dossier),
    )
    dialog.exported.connect(lambda path: _exported(window, path))
    window.export_dialog = dialog
    dialog.show()
    return dialog


def _exported(window: MainWindow, path: Path) -> None:
    window.last_export = path
    window.statusBar().showMessage(
        translate("CaseMenus", "Exported to {path}").format(path=isolate(path)), 10000
    )
    window.last_note = show_written(window, path, translate("CaseMenus", "Export written"))
