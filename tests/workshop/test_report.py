"""The workshop report as a Word file, read back with python-docx."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from tests.workshop.conftest import Workshop
from workbench.core.errors import ExportError
from workbench.core.vocabulary import Status
from workbench.core.workshop import AnswerKey, MarkedClaim, TraineeAnswers, compare
from workbench.report.workshop_docx import write_workshop_report
from workbench.services.workshop import key_from_file, score_group


def test_report_shows_the_group_the_trainees_and_the_split_claims(
    workshop: Workshop,
    group: list[Path],
    tmp_path: Path,
) -> None:
    comparison = score_group(key_from_file(workshop.key), group)
    path = write_workshop_report(comparison, tmp_path / "workshop.docx")

    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        "The group",
        "Claims that split the room",
        "Claim by claim",
        "Reading kappa",
    ]
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Fleiss' kappa for the group: 0.68 (substantial" in body
    numbered = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert numbered[0].startswith("At least forty crates")
    assert "key: denied; the room: 1 denied, 2 unverified." in numbered[0]

    scores, claims = document.tables
    rows = [[c.text for c in row.cells] for row in scores.rows]
    assert rows[0][0] == "Trainee"
    assert rows[2] == ["Ben", "100% (9/9)", "1.00 (almost perfect)", "9/9", "1/9", "0"]
    assert rows[1][2] == "0.85 (almost perfect)"
    assert rows[3][0] == "سارة"
    header = [c.text for c in claims.rows[0].cells]
    assert header == ["#", "Claim", "Key", "Amal", "Ben", "سارة"]
    fourth = [c.text for c in claims.rows[4].cells]
    assert fourth[2] == "denied (Regional intelligence official)"
    assert fourth[3:] == ["unverified", "denied ✓", "unverified"]
    arabic_cell = claims.rows[0].cells[5].paragraphs[0]
    assert arabic_cell._p.pPr.find(docx.oxml.ns.qn("w:bidi")) is not None


def test_a_large_group_gets_one_table_per_claim_and_odd_names_are_cleaned(
    tmp_path: Path,
) -> None:
    key = AnswerKey(
        "k",
        "A small key",
        (
            MarkedClaim("c1", "The dam was closed.", Status.SOURCED, "Water board"),
            MarkedClaim("c2", "The valley flooded.", Status.DENIED),
        ),
    )
    group = [
        TraineeAnswers(
            f"Trainee\x07{n}",
            "k",
            "A small key",
            (
                MarkedClaim(
                    "c1", "The dam was closed.", Status.SOURCED if n % 2 else Status.RELAYED
                ),
            ),
        )
        for n in range(8)
    ]
    path = write_workshop_report(compare(key, group), tmp_path / "big.docx")
    document = docx.Document(str(path))
    assert len(document.tables) == 3  # the scores, then one per claim
    names = [row.cells[0].text for row in document.tables[1].rows[1:]]
    assert names[0] == "Trainee0" and len(names) == 8
    assert [row.cells[1].text for row in document.tables[2].rows[1:]] == ["not found"] * 8
    with pytest.raises(ExportError, match="already exists"):
        write_workshop_report(compare(key, group), path)
