"""A status change redraws only its claim: the list keeps its rows, and undo takes the same path."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk
from workbench.core.records import ImportedArticle
from workbench.core.vocabulary import Stance, Status
from workbench.services import cases, claims
from workbench.services.importing import store_imported
from workbench.services.trail import record_change
from workbench.ui.claim_list import ClaimRole


def _case_of_claims(desk: Desk, count: int) -> int:
    library = desk.library
    assert library is not None
    case = cases.create_case(library, "Many claims")
    for n in range(count):
        claims.add_claim(library, case.id, f"Claim {n}: the quay flooded", status=Status.UNVERIFIED)
    return case.id


def test_a_status_key_redraws_one_row_and_undo_restores_it(desk: Desk, qtbot: QtBot) -> None:
    window = desk.open()
    case_id = _case_of_claims(desk, 12)
    controller, pane = window.controller, window.claims
    controller.open_case(case_id)
    target = controller.dossier.claims[5]
    pane.select_claim(target.id)
    pane.list.setFocus()

    with (
        qtbot.assertNotEmitted(pane.model.modelReset),
        qtbot.waitSignal(pane.model.dataChanged) as changed,
    ):
        qtbot.keyClick(pane.list, Qt.Key.Key_3)
    assert changed.args[0].data(ClaimRole) == target.id
    assert controller.claim(target.id).status is Status.DENIED
    assert pane.list.currentIndex().data(ClaimRole) == target.id
    assert pane.detail.claim_id == target.id
    assert pane.detail.status_buttons[Status.DENIED].isChecked()
    assert [c.status for c in controller.dossier.claims].count(Status.DENIED) == 1
    stored = cases.case_dossier(desk.library, case_id)
    assert stored.claims == controller.dossier.claims

    with qtbot.assertNotEmitted(pane.model.modelReset):
        controller.undo_stack.undo()
    assert controller.claim(target.id).status is Status.UNVERIFIED
    assert cases.case_dossier(desk.library, case_id).claims[5].status is Status.UNVERIFIED
    assert pane.detail.status_buttons[Status.UNVERIFIED].isChecked()


def test_the_window_reads_no_audit_trail(desk: Desk) -> None:
    window = desk.open()
    case_id = _case_of_claims(desk, 3)
    library = desk.library
    assert library is not None
    with library.session() as session:
        for n in range(50):
            record_change(session, "someone", "case", case_id, "note", str(n), str(n + 1))
    window.controller.open_case(case_id)
    assert window.controller.dossier.audit == ()
    assert len(cases.case_dossier(library, case_id).audit) > 50


def test_an_edit_rebuilds_the_detail_only_where_it_changed(desk: Desk) -> None:
    window = desk.open()
    library = desk.library
    assert library is not None
    case_id = _case_of_claims(desk, 2)
    text = "The council said the quay flooded twice in March."
    imported = ImportedArticle(
        title="Harbour", text=text, raw_text=text, format="txt", source_file="harbour.txt"
    )
    article = store_imported(library, [("harbour.txt", imported)], case_id)[0].article_id
    assert article is not None
    controller, detail = window.controller, window.claims.detail
    target = cases.case_dossier(library, case_id).claims[0]
    claims.add_mention(library, target.id, claims.MentionSpec(article, 4, 11))
    controller.open_case(case_id)
    window.claims.select_claim(target.id)
    row = detail.mentions.topLevelItem(0)
    assert row is not None

    window.claims.mark_current(Status.SOURCED)
    assert detail.mentions.topLevelItem(0) is row  # a status change leaves the table alone

    mention = controller.dossier.mentions_of(target.id)[0]
    detail.set_stance(mention, Stance.DENIES)
    rebuilt = detail.mentions.topLevelItem(0)
    assert rebuilt is not row
    assert rebuilt.data(0, Qt.ItemDataRole.UserRole).stance is Stance.DENIES

    detail.source_name.setCurrentText("Harbour council")
    detail.apply_source()
    names = [detail.source_name.itemText(i) for i in range(detail.source_name.count())]
    assert "Harbour council" in names  # a source the edit made is offered at once
    assert controller.dossier.source(controller.claim(target.id).source_id).name == (
        "Harbour council"
    )
