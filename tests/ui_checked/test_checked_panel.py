"""The "Checked before" panel in the real window: follows the selection, cites in one edit."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import plain
from tests.ui.conftest import Desk, save_shot
from workbench.core.verdicts import CITED_KIND
from workbench.services import checked

# Invented earlier verdicts about the demo case's world, and some unrelated ones.
ARCHIVE = [
    {"id": "lc-7", "claim": "Rocket launchers were smuggled from Qaramar to Nordavia across the "
     "Tel Safra crossing.", "title": "Were Launchers Smuggled Through Tel Safra?",
     "rating": "Unproven", "reviewer": "Lantern Check", "url": "https://lanterncheck.example/tel-safra",
     "date": "2031-04-12"},
    {"id": "lc-8", "claim": "A cargo ship at the port of Ardan carried weapons to Nordavia.",
     "title": "Did a Ship From Ardan Carry Weapons?", "rating": "False",
     "reviewer": "Port Facts", "url": "https://portfacts.example/ardan", "date": "2031-03-28"},
    {"id": "x-1", "claim": "Drinking warm saltwater cures the Orvel fever.", "title": "Saltwater?",
     "rating": "False", "reviewer": "Health Desk", "url": "https://hd.example/salt",
     "date": "2031-01-02"},
    {"id": "x-2", "claim": "تم تهريب منصات صواريخ عبر منفذ تل صفرة إلى نوردافيا",
     "title": "هل هربت منصات عبر تل صفرة؟", "rating": "غير مثبت", "reviewer": "مرصد الحقيقة",
     "url": "https://marsad.example/tel-safra", "date": "2031-04-13"},
]  # fmt: skip


def _archive(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "archive.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ARCHIVE), "utf-8")
    checked.import_archive(library, [path])


def test_panel_follows_the_claim_then_the_passage_and_cites_in_one_undoable_edit(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    window = desk.open(load_demo=True)
    _archive(window.library, tmp_path)
    window.resize(1500, 900)
    window.checked_dock.show()
    panel = window.checked_dock.widget()
    dossier = window.controller.dossier
    claim = next(c for c in dossier.claims if "Kestrel" in c.text or "Tel Safra" in c.text)
    window.claims.select_claim(claim.id)
    qtbot.waitUntil(lambda: panel.query == claim.text and not panel.busy, timeout=20000)
    refs = [m.verdict.ref for m in panel.matches]
    assert refs[0] in ("lc-7", "x-2")
    assert panel.table.topLevelItemCount() == len(panel.matches)
    first = panel.table.topLevelItem(0)
    assert plain(first.text(0)) in ("Unproven", "غير مثبت")
    detail = panel.detail.toPlainText()
    assert "lanterncheck.example" in detail or "marsad.example" in detail
    save_shot(window, tmp_path, "checked_01_claim")

    # A passage in the reader takes over from the claim.
    ardan = next(a for a in dossier.articles if "port of Ardan" in a.text)
    window.open_article(ardan.id)
    start = ardan.text.index("port of Ardan")
    window.reader.select_span(max(0, start - 40), start + len("port of Ardan"))
    passage = window.reader.selected_text()
    qtbot.waitUntil(lambda: panel.query == passage and not panel.busy, timeout=20000)
    assert panel.matches[0].verdict.ref == "lc-8"
    save_shot(window, tmp_path, "checked_02_passage")

    # Cite the verdict as evidence of the selected claim; undo takes it back.
    evidence_before = len(window.controller.dossier.evidence_of(claim.id))
    assert panel.cite.isEnabled()
    qtbot.mouseClick(panel.cite, qtbot_button())
    cited = [e for e in window.controller.dossier.evidence_of(claim.id) if e.kind == CITED_KIND]
    assert len(window.controller.dossier.evidence_of(claim.id)) == evidence_before + 1
    assert cited[-1].reference == "https://portfacts.example/ardan"
    assert cited[-1].note.startswith("False · by Port Facts · 2031-03-28")
    save_shot(window, tmp_path, "checked_03_cited")
    window.controller.undo_stack.undo()
    assert len(window.controller.dossier.evidence_of(claim.id)) == evidence_before


def test_import_from_the_panel_runs_in_a_worker(desk: Desk, qtbot: QtBot, tmp_path: Path) -> None:
    window = desk.open(load_demo=True)
    window.checked_dock.show()
    panel = window.checked_dock.widget()
    good = tmp_path / "a.jsonl"
    good.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ARCHIVE), "utf-8")
    bad = tmp_path / "b.json"
    bad.write_text("{oops", "utf-8")
    panel.import_files([good, bad])
    qtbot.waitUntil(lambda: panel.import_summary != "", timeout=20000)
    assert panel.import_summary.startswith("4 earlier verdicts added, 0 duplicates folded")
    assert "b.json: not valid JSON" in panel.import_summary
    assert checked.archive_size(window.library) == 4


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
