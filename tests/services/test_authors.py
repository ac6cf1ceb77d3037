"""Who did what: every change keeps its author, shown by name in the history and the report."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from workbench.core.vocabulary import Status
from workbench.services import cases, claims
from workbench.services.exporting import export_case
from workbench.services.history import claim_history
from workbench.store import Library
from workbench.store import models as m


def test_changes_carry_their_author_into_history_and_report(
    library: Library, tmp_path: Path
) -> None:
    with library.session() as session:
        session.add(m.Member(login=library.actor, display_name="Ana Ruiz"))
    case = cases.create_case(library, "Quay collapse")
    claim = claims.add_claim(library, case.id, "The quay collapsed on Monday")
    claims.mark_claim(library, claim.id, Status.RELAYED)
    claims.mark_claim(library, claim.id, Status.DENIED, "Correction: the port denied it")
    history = claim_history(library, claim.id)
    assert [(c.action, c.new) for c in history][-2:] == [
        ("status", "relayed"),
        ("status", "denied"),
    ]
    assert {c.by for c in history} == {"Ana Ruiz"} and {c.actor for c in history} == {library.actor}

    report = Document(str(export_case(library, case.id, "docx", tmp_path / "quay.docx")))
    table = next(t for t in report.tables if t.rows[0].cells[0].text == "Date")
    assert table.rows[1].cells[0].text.endswith("by Ana Ruiz")
