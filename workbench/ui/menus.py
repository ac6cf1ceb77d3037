"""The window's menus and shortcuts; every action calls one method of the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from workbench.core.errors import WorkbenchError
from workbench.services.exporting import default_export_path
from workbench.ui.case_menus import add_case_menus, open_export
from workbench.ui.dialogs import about_text
from workbench.ui.guide_view import UserGuide
from workbench.ui.i18n import translate
from workbench.ui.language_menu import add_language_menu
from workbench.ui.new_case import NewCaseDialog
from workbench.ui.sources_view import SourcesDialog
from workbench.ui.team_connect import connect_to_team
from workbench.ui.theme_menu import add_theme_menu

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow

Keys = QKeySequence.StandardKey | str | None


def _action(
    window: MainWindow,
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    keys: Keys = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if isinstance(keys, QKeySequence.StandardKey):
        action.setShortcuts(keys)
    elif keys:
        action.setShortcut(QKeySequence(keys))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def build_menus(window: MainWindow) -> dict[str, QAction]:
    bar = window.menuBar()
    a: dict[str, QAction] = {}
    file = bar.addMenu(translate("Menus", "&File"))
    a["new_case"] = _action(
        window,
        file,
        translate("Menus", "&New case…"),
        lambda: _ask_new_case(window),
        "Ctrl+Shift+N",
        translate("Menus", "Start a case: a question to check"),
    )
    a["import"] = _action(
        window,
        file,
        translate("Menus", "&Import files…"),
        lambda: _ask_import(window, False),
        QKeySequence.StandardKey.Open,
        translate("Menus", "Import articles (txt, html, docx, pdf) into the open case"),
    )
    a["import_folder"] = _action(
        window,
        file,
        translate("Menus", "Import &folder…"),
        lambda: _ask_import(window, True),
        None,
        translate("Menus", "Import every article in a folder and its subfolders"),
    )
    a["connect"] = _action(
        window,
        file,
        translate("Menus", "&Connect to team library…"),
        lambda: connect_to_team(window),
        None,
        translate(
            "Menus",
            "Open the desk's shared library on its PostgreSQL server in a window of its own",
        ),
    )
    file.addSeparator()
    a["export"] = _action(
        window,
        file,
        translate("Menus", "&Export report…"),
        lambda: open_export(window),
        "Ctrl+E",
        translate("Menus", "Write the case's Word verdict report, ClaimReview or CSV"),
    )
    a["reindex"] = _action(
        window,
        file,
        translate("Menus", "Rebuild search &index"),
        window.rebuild_index,
        None,
        translate("Menus", "Build the search index anew from the library"),
    )
    a["reindex"].setEnabled(False)
    file.addSeparator()
    a["quit"] = _action(
        window,
        file,
        translate("Menus", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
        translate("Menus", "Close the workbench (everything is already saved)"),
    )

    edit = bar.addMenu(translate("Menus", "&Edit"))
    undo = window.controller.undo_stack.createUndoAction(window, translate("Menus", "&Undo"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = window.controller.undo_stack.createRedoAction(window, translate("Menus", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit.addAction(undo)
    edit.addAction(redo)
    a["undo"], a["redo"] = undo, redo
    edit.addSeparator()
    a["find"] = _action(
        window,
        edit,
        translate("Menus", "&Find in article…"),
        window.reader.open_find,
        QKeySequence.StandardKey.Find,
        translate("Menus", "Find words in the article being read"),
    )
    a["find_next"] = _action(
        window,
        edit,
        translate("Menus", "Next hit"),
        lambda: window.reader.step(+1),
        "F3",
        translate("Menus", "The next search hit or match in the article"),
    )
    a["find_previous"] = _action(
        window,
        edit,
        translate("Menus", "Previous hit"),
        lambda: window.reader.step(-1),
        "Shift+F3",
        translate("Menus", "The previous search hit or match"),
    )
    edit.addSeparator()
    a["new_claim"] = _action(
        window,
        edit,
        translate("Menus", "New claim from selection"),
        window.new_claim_from_selection,
        "Ctrl+N",
        translate("Menus", "Make a claim of the selected passage"),
    )
    a["add_mention"] = _action(
        window,
        edit,
        translate("Menus", "Add as mention of…"),
        lambda: _ask_mention(window),
        "Ctrl+M",
        translate("Menus", "Add the selected passage to an existing claim"),
    )

    view = bar.addMenu(translate("Menus", "&View"))
    view.setObjectName("viewMenu")
    view.addAction(window.dock.toggleViewAction())
    a["compare"] = _action(
        window,
        view,
        translate("Menus", "&Compare two articles"),
        lambda: None,
        "Ctrl+Shift+C",
        translate("Menus", "Two articles side by side, shared claims highlighted in both"),
    )
    a["compare"].setCheckable(True)
    a["compare"].toggled.connect(lambda on: window.reading.set_compare(on))
    a["sources"] = _action(
        window,
        view,
        translate("Menus", "&Sources…"),
        lambda: _show_sources(window),
        "Ctrl+Shift+S",
        translate("Menus", "Every actor claims are attributed to"),
    )
    add_theme_menu(window, view)
    view.addSeparator()
    a["go_articles"] = _action(
        window,
        view,
        translate("Menus", "Go to articles"),
        lambda: _focus_articles(window),
        "Ctrl+1",
        translate("Menus", "Move the keyboard focus to the article list"),
    )
    a["go_reader"] = _action(
        window,
        view,
        translate("Menus", "Go to reader"),
        window.reader.view.setFocus,
        "Ctrl+2",
        translate("Menus", "Move the keyboard focus to the article text"),
    )
    a["go_claims"] = _action(
        window,
        view,
        translate("Menus", "Go to claims"),
        window.claims.list.setFocus,
        "Ctrl+3",
        translate("Menus", "Move the keyboard focus to the claim list"),
    )
    a["go_source"] = _action(
        window,
        view,
        translate("Menus", "Go to source"),
        lambda: _focus_source(window),
        "Ctrl+4",
        translate("Menus", "Move the keyboard focus to the claim's source"),
    )
    a["go_search"] = _action(
        window,
        view,
        translate("Menus", "Go to search"),
        lambda: _focus_search(window),
        "Ctrl+K",
        translate("Menus", "Search the library"),
    )

    view.addSeparator()
    add_language_menu(window, view)

    assist = bar.addMenu(translate("Menus", "&Assistant"))
    a["suggest"] = _action(
        window,
        assist,
        translate("Menus", "&Suggest claims…"),
        window.assist.show_suggestions,
        "Ctrl+Shift+G",
        translate(
            "Menus", "Let the assistant propose claims; nothing is written until you accept one"
        ),
    )
    a["provenance"] = _action(
        window,
        assist,
        translate("Menus", "&Who relayed whom"),
        window.assist.show_graph,
        "Ctrl+Shift+P",
        translate("Menus", "The case's claims, outlets and sources as a graph"),
    )
    a["export_map"] = _action(
        window,
        assist,
        translate("Menus", "E&xport the map…"),
        lambda: _ask_export_map(window),
        None,
        translate(
            "Menus", "Save who relayed whom as a PNG or SVG picture, for the report or a slide"
        ),
    )

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    a["guide"] = _action(
        window,
        help_menu,
        translate("Menus", "User &guide"),
        lambda: _show_guide(window),
        QKeySequence.StandardKey.HelpContents,
        translate("Menus", "How to use the workbench"),
    )
    a["about"] = _action(
        window,
        help_menu,
        translate("Menus", "&About"),
        lambda: QMessageBox.about(
            window, translate("Menus", "About Fact-Check Workbench"), about_text()
        ),
    )
    add_case_menus(window, a, file, view, bar, help_menu.menuAction())
    return a


def _ask_new_case(window: MainWindow) -> None:
    dialog = NewCaseDialog(window)
    window.new_case_dialog = dialog
    dialog.accepted.connect(lambda: window.new_case(dialog.title_text(), dialog.question_text()))
    dialog.open()


def _ask_import(window: MainWindow, folder: bool) -> None:
    if folder:
        chosen = QFileDialog.getExistingDirectory(
            window, translate("Menus", "Import a folder of articles")
        )
        paths = [Path(chosen)] if chosen else []
    else:
        files, _ = QFileDialog.getOpenFileNames(
            window,
            translate("Menus", "Import articles"),
            "",
            translate("Menus", "Articles (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)"),
        )
        paths = [Path(f) for f in files]
    if paths:
        window.import_paths(paths)


def _ask_export_map(window: MainWindow) -> None:
    dossier = window.controller.dossier
    if dossier is None:
        return
    default = default_export_path(window.library, dossier.case.title).with_suffix(".png")
    chosen, _ = QFileDialog.getSaveFileName(
        window,
        translate("Menus", "Export the map"),
        str(default),
        translate("Menus", "PNG picture (*.png);;SVG drawing (*.svg)"),
    )
    if chosen:
        window.assist.show_graph()
        try:
            written = window.assist.graph.export(Path(chosen))
        except WorkbenchError as error:
            window.errors.report(error)
            return
        window.statusBar().showMessage(
            translate("Menus", "Map written: {path}").format(path=written), 8000
        )


def _ask_mention(window: MainWindow) -> None:
    dossier = window.controller.dossier
    if dossier is None or not dossier.claims:
        return
    labels = [f"{c.id}: {c.text[:90]}" for c in dossier.claims]
    current = window.claims.detail.claim_id
    start = next((i for i, c in enumerate(dossier.claims) if c.id == current), 0)
    chosen, ok = QInputDialog.getItem(
        window,
        translate("Menus", "Add as mention of…"),
        translate("Menus", "The claim this passage carries:"),
        labels,
        start,
        False,
    )
    if ok:
        window.add_selection_as_mention(dossier.claims[labels.index(chosen)].id)


def _show_sources(window: MainWindow) -> None:
    dialog = SourcesDialog(window.controller, window)
    window.sources_dialog = dialog
    dialog.show()


def _show_guide(window: MainWindow) -> None:
    dialog = UserGuide(window)
    window.guide_dialog = dialog
    dialog.show()


def _focus_articles(window: MainWindow) -> None:
    window.dock.show()
    window.library_panel.tabs.setCurrentIndex(0)
    table = window.library_panel.articles
    table.setFocus()
    if not table.currentIndex().isValid() and table.model().rowCount():
        table.setCurrentIndex(table.model().index(0, 2))


def _focus_source(window: MainWindow) -> None:
    window.claims.detail.source_name.setFocus()
    window.claims.detail.source_line.selectAll()


def _focus_search(window: MainWindow) -> None:
    window.dock.show()
    window.library_panel.tabs.setCurrentIndex(1)
    window.library_panel.search.query.setFocus()
