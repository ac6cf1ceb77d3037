"""Ctrl+N on a denial offers to attach it to the claim it denies, with the denier as source."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk, save_shot
from workbench.core.vocabulary import Stance
from workbench.services import cases
from workbench.services.claims import MentionSpec
from workbench.services.demo import load_demo_case
from workbench.ui import commands

ALLEGATION = "drove them across the Tel Safra crossing on 3 March"
DENIAL = (
    "Qaramar's Border Crossings Authority denied on Thursday that any military equipment had "
    "passed through Tel Safra."
)


def _case_with_the_allegation(desk: Desk) -> tuple[int, int]:
    window = desk.window
    assert window is not None
    case = load_demo_case(desk.library)
    window.open_case(case.id)
    dossier = window.controller.dossier
    chronicle = next(a for a in dossier.articles if ALLEGATION in a.text)
    analysis = next(a for a in dossier.articles if DENIAL in a.text)
    window.controller.run(
        commands.AddClaim(
            window.controller,
            case.id,
            "The Tamir Brigades drove two Kestrel-9 launchers across the Tel Safra crossing",
            mention=MentionSpec(chronicle.id, quote=ALLEGATION),
        )
    )
    window.open_article(analysis.id)
    start = window.reader.article.text.index(DENIAL)
    window.reader.select_span(start, start + len(DENIAL))
    return window.controller.dossier.claims[0].id, analysis.id


def _answer(qtbot: QtBot, label: str, seen: list[str], shot=None) -> None:  # type: ignore[no-untyped-def]
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        if shot is not None:
            shot(box)
        next(b for b in box.buttons() if b.text() == label).click()

    QTimer.singleShot(0, click)


def test_ctrl_n_on_a_denial_attaches_it_to_the_claim(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    window = desk.open(index=False)
    claim_id, analysis_id = _case_with_the_allegation(desk)
    stack = window.controller.undo_stack
    steps = stack.count()
    seen: list[str] = []
    _answer(qtbot, "Attach as denial", seen, lambda box: save_shot(box, tmp_path, "answer-prompt"))
    assert window.new_claim_from_selection() == claim_id
    assert seen and f"claim {claim_id}" in seen[0] and "denial" in seen[0]
    dossier = cases.case_dossier(desk.library, window.controller.case_id)
    assert len(dossier.claims) == 1  # no new claim
    denial = next(m for m in dossier.mentions_of(claim_id) if m.article_id == analysis_id)
    assert denial.stance is Stance.DENIES and DENIAL.startswith(denial.quote.rstrip("."))
    denier = dossier.source(denial.source_id)
    assert denier is not None and "Border Crossings Authority" in denier.name
    assert stack.count() == steps + 1
    assert "Denied by" in window.claims.detail.structure.text()
    stack.undo()
    dossier = cases.case_dossier(desk.library, window.controller.case_id)
    assert [m.stance for m in dossier.mentions_of(claim_id)] == [Stance.ASSERTS]


def test_the_user_can_still_make_it_a_new_claim_or_cancel(desk: Desk, qtbot: QtBot) -> None:
    window = desk.open(index=False)
    claim_id, _ = _case_with_the_allegation(desk)
    seen: list[str] = []
    _answer(qtbot, "Cancel", seen)
    assert window.new_claim_from_selection() is None
    assert len(window.controller.dossier.claims) == 1
    _answer(qtbot, "New claim", seen)
    new_id = window.new_claim_from_selection()
    assert new_id is not None and new_id != claim_id
    assert len(window.controller.dossier.claims) == 2
    assert len(seen) == 2


def test_the_answer_is_found_far_into_a_long_article() -> None:
    from workbench.core.records import ArticleRecord, CaseDossier, CaseRecord, ClaimRecord
    from workbench.core.vocabulary import Status
    from workbench.ui.answer_prompt import CONTEXT_CHARS, answer_spec, find_answer

    filler = "The harbour market opened early on Monday and closed at noon.\n\n" * 200
    text = filler + DENIAL + "\n"
    article = ArticleRecord(9, "Long", text, "en", "txt", "long.txt", outlet="Ardan City Review")
    claim = ClaimRecord(
        4, 1, "The Tamir Brigades drove two launchers across the Tel Safra crossing", Status.DENIED
    )
    dossier = CaseDossier(CaseRecord(1, "Long"), (article,), (), (claim,), ())
    start = text.index(DENIAL)
    assert start > 4 * CONTEXT_CHARS
    found = find_answer(dossier, article, (start, start + len(DENIAL)))
    assert found is not None
    answer, answered = found
    assert answered == claim and answer.stance is Stance.DENIES
    spec = answer_spec(answer, article.id, (start, start + len(DENIAL)))
    assert (spec.start, spec.stance) == (start, Stance.DENIES)
    assert spec.source_name and "Border Crossings Authority" in spec.source_name
