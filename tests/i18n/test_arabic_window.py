"""The window in Arabic: every text translated, the layout mirrored, numbers in Arabic digits."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.walk import leftover_latin, untranslated
from tests.ui.conftest import Desk
from tests.ui2.conftest import open_marked_demo, wait_idle
from workbench.core.vocabulary import Status
from workbench.services import workshop
from workbench.services.checkout import ConflictView
from workbench.ui import menus
from workbench.ui.case_menus import open_article_details, open_case_details, open_export
from workbench.ui.checkout_dialogs import ConflictDialog
from workbench.ui.dialogs import about_text, guide_path
from workbench.ui.main_window import MainWindow
from workbench.ui.workshop_view import WorkshopView


def _data(window: MainWindow) -> list[str]:
    """What the case holds and the window shows as it is: it is the user's, not ours."""
    dossier = window.controller.dossier
    assert dossier is not None
    values = [window.status.path.text(), dossier.case.title, dossier.case.question]
    values += [t for a in dossier.articles for t in (a.title, a.outlet or "", a.byline or "")]
    values += [c.text for c in dossier.claims]
    return values


def _open_everything(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> list[QWidget]:
    """The main window with every dock shown, and each dialog the menus open without blocking."""
    window.resize(1280, 800)
    claim = window.controller.dossier.claims[0]  # type: ignore[union-attr]
    window.claims.select_claim(claim.id)
    window.open_article(window.controller.dossier.articles[0].id)  # type: ignore[union-attr]
    window.assist.show_suggestions()
    window.assist.panel.suggest()  # type: ignore[union-attr]
    wait_idle(qtbot, window)
    window.assist.show_graph()
    window.checked_dock.show()
    roots: list[QWidget] = [window]
    roots.append(open_case_details(window))  # type: ignore[arg-type]
    roots.append(open_article_details(window))  # type: ignore[arg-type]
    roots.append(open_export(window))  # type: ignore[arg-type]
    roots.append(window.case_files.export_dialog())  # type: ignore[arg-type]
    roots.append(window.workshop.compare_dialog())
    menus._show_sources(window)
    roots.append(window.sources_dialog)  # type: ignore[attr-defined]
    menus._show_guide(window)
    roots.append(window.guide_dialog)  # type: ignore[attr-defined]
    menus._ask_new_case(window)
    roots.append(window.new_case_dialog)  # type: ignore[attr-defined]
    roots.append(_workshop_view(window, tmp_path))
    roots.append(window.checkout.ask_check_out())
    conflict = ConflictView("c1", "الادعاء 1: حالته", "منفي", "منقول")
    roots.append(ConflictDialog(window, "قضية التجربة", (conflict,)))
    roots[-1].show()
    return roots


def _workshop_view(window: MainWindow, tmp_path: Path) -> WorkshopView:
    library, case_id = window.library, window.controller.case_id
    assert case_id is not None
    answers = tmp_path / "answers.fcase"
    workshop.export_answers(library, case_id, "Amal Haddad", answers)
    comparison = workshop.score_group(workshop.key_from_case(library, case_id), [answers])
    view = WorkshopView(comparison, window.runner, window.errors.report, window)
    view.show()
    return view


def test_every_text_of_the_window_and_its_dialogs_is_in_arabic(
    arabic: None, desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_marked_demo(desk)
    roots = _open_everything(window, qtbot, tmp_path)
    data = [*_data(window), "Amal Haddad"]
    found = untranslated(roots, data)
    assert found == [], "\n".join(found)
    assert leftover_latin(about_text()) == []
    assert guide_path().endswith("guide_ar.html")


def test_the_layout_mirrors_and_numbers_follow_the_locale(
    arabic: None, desk: Desk, qtbot: QtBot
) -> None:
    window = open_marked_demo(desk)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic
    counts = window.status.count_text()
    assert "موثّق المصدر" in counts and "1" not in counts  # Arabic-Indic digits
    # The library sits on the right, the claims on the left: the dock area follows the direction.
    library = window.dock.mapTo(window, window.dock.rect().center()).x()
    claims = window.claims.mapTo(window, window.claims.rect().center()).x()
    assert library > claims
    # The structure reads right to left: its arrows point that way.
    launchers = next(c for c in window.controller.dossier.claims if c.status is Status.DENIED)  # type: ignore[union-attr]
    window.claims.select_claim(launchers.id)
    assert "→" not in window.claims.detail.structure.text()


def test_the_english_window_is_unchanged_by_the_translations(desk: Desk) -> None:
    window = open_marked_demo(desk)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert "Sourced" in window.status.count_text()
    assert window.claims.count_label.text().startswith("<b>")
    assert " claims</b>" in window.claims.count_label.text()  # the plural from the English file


def test_the_arabic_guide_shows_its_pictures(arabic: None, qtbot: QtBot) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QPixmap, QTextDocument

    from workbench.ui.guide_view import UserGuide

    dialog = UserGuide()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.browser.source().fileName() == "guide_ar.html"
    document = dialog.browser.document()
    html = Path(guide_path()).read_text(encoding="utf-8")
    names = re.findall(r'<img[^>]+src="([^"]+)"', html)
    assert {Path(n).name for n in names} >= {
        "ar-case.png",
        "ar-claim.png",
        "ar-suggestions.png",
        "ar-export.png",
    }
    for name in names:
        url = dialog.browser.source().resolved(QUrl(name))
        loaded = document.resource(QTextDocument.ResourceType.ImageResource, url)
        assert isinstance(loaded, QPixmap | QImage) and not loaded.isNull(), name
        assert (Path(guide_path()).parent / name).stat().st_size < 150 * 1024
    text = document.toPlainText()
    for topic in ("البداية", "الحالات الأربع", "التقرير", "ورش التدريب", "لغة الواجهة"):
        assert topic in text
    dialog.close()
