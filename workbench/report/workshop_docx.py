"""The workshop report: how a group of trainees marked a case against the trainer's key, in Word."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.text.paragraph import Paragraph

from workbench.core.agreement import describe_kappa
from workbench.core.text import is_mostly_arabic
from workbench.core.vocabulary import Status
from workbench.core.workshop import ClaimComparison, WorkshopComparison
from workbench.report.atomic import atomic_write

WIDE_TABLE_TRAINEES = 6  # beyond this, a claim-by-claim table no longer fits a portrait page
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def write_workshop_report(
    comparison: WorkshopComparison, path: Path, *, overwrite: bool = False
) -> Path:
    """Write the comparison as a .docx at `path`; ExportError when it cannot be written."""
    document = build_document(comparison)
    return atomic_write(Path(path), lambda temp: document.save(str(temp)), overwrite)


def build_document(comparison: WorkshopComparison) -> docx.document.Document:
    document = docx.Document()
    document.core_properties.title = _clean(f"Workshop report: {comparison.key_title}")
    document.add_heading("Workshop report", level=0)
    _para(document.add_paragraph(), f"Case: {comparison.key_title}")
    document.add_paragraph(
        f"{len(comparison.trainees)} trainees, {len(comparison.claims)} claims in the key. "
        f"Written {date.today().isoformat()}."
    )
    _group(document, comparison)
    _split(document, comparison)
    _claims(document, comparison)
    _reading(document)
    return document


def _group(document: docx.document.Document, comparison: WorkshopComparison) -> None:
    document.add_heading("The group", level=1)
    if comparison.fleiss is None:
        document.add_paragraph(
            "Fleiss' kappa for the group: not defined (it needs at least two trainees who did "
            "not all give every claim the same status)."
        )
    else:
        document.add_paragraph(
            f"Fleiss' kappa for the group: {comparison.fleiss:.2f} "
            f"({describe_kappa(comparison.fleiss)} agreement among the trainees)."
        )
    headers = [
        "Trainee",
        "Agreement with the key",
        "Cohen's kappa",
        "Claims found",
        "Sources matched",
        "Extra claims",
    ]
    rows = [
        [
            s.name,
            f"{s.agreement:.0%} ({s.agreed}/{s.total})",
            "—" if s.kappa is None else f"{s.kappa:.2f} ({describe_kappa(s.kappa)})",
            f"{s.found}/{s.total}",
            f"{s.sources_matched}/{s.sources_expected}",
            str(s.extra_claims),
        ]
        for s in comparison.scores
    ]
    _table(document, headers, rows)


def _split(document: docx.document.Document, comparison: WorkshopComparison) -> None:
    document.add_heading("Claims that split the room", level=1)
    ranked = comparison.most_split()
    if not ranked:
        document.add_paragraph("Every trainee gave each claim the same status.")
        return
    for claim in ranked:
        paragraph = document.add_paragraph(style="List Number")
        _para(paragraph, claim.text, bold=True)
        tally = ", ".join(f"{n} {status.value}" for status, n in claim.tally().items() if n)
        paragraph.add_run(f" — key: {claim.key_status.value}; the room: {tally}.")


def _claims(document: docx.document.Document, comparison: WorkshopComparison) -> None:
    document.add_heading("Claim by claim", level=1)
    document.add_paragraph(
        "Each trainee's status beside the key's; ✓ marks agreement, “not found” a claim the "
        "trainee did not mark."
    )
    if len(comparison.trainees) <= WIDE_TABLE_TRAINEES:
        headers = ["#", "Claim", "Key", *comparison.trainees]
        rows = [
            [str(number), claim.text, _key_cell(claim), *(_answer(claim, a) for a in claim.answers)]
            for number, claim in enumerate(comparison.claims, 1)
        ]
        _table(document, headers, rows)
        return
    for number, claim in enumerate(comparison.claims, 1):
        document.add_heading(f"{number}. {_clean(claim.text)}", level=2)
        document.add_paragraph(f"Key: {_key_cell(claim)}")
        _table(
            document,
            ["Trainee", "Status"],
            [
                [name, _answer(claim, answer)]
                for name, answer in zip(comparison.trainees, claim.answers, strict=True)
            ],
        )


def _reading(document: docx.document.Document) -> None:
    document.add_heading("Reading kappa", level=1)
    document.add_paragraph(
        "Agreement counts the claims a trainee marked as the key did. Kappa corrects that for "
        "chance: 1 is perfect agreement, 0 is what guessing with the same habits would give, "
        "below 0 is worse than chance. Cohen's kappa compares one trainee with the key; "
        "Fleiss' kappa measures how far the trainees agree with one another."
    )
    for words, band in (
        ("below 0", "poor"),
        ("0.00 – 0.20", "slight"),
        ("0.21 – 0.40", "fair"),
        ("0.41 – 0.60", "moderate"),
        ("0.61 – 0.80", "substantial"),
        ("0.81 – 1.00", "almost perfect"),
    ):
        document.add_paragraph(f"{words}: {band}", style="List Bullet")


def _key_cell(claim: ClaimComparison) -> str:
    if claim.key_source:
        return f"{claim.key_status.value} ({claim.key_source})"
    return claim.key_status.value


def _answer(claim: ClaimComparison, answer: Status | None) -> str:
    if answer is None:
        return "not found"
    return f"{answer.value} ✓" if answer is claim.key_status else answer.value


def _table(document: docx.document.Document, headers: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        _para(cell.paragraphs[0], text, bold=True)
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            _para(cell.paragraphs[0], text)


def _para(paragraph: Paragraph, text: str, *, bold: bool = False) -> None:
    """Add text to a paragraph laid out in the text's own direction."""
    text = _clean(text)
    paragraph.add_run(text).bold = bold
    if is_mostly_arabic(text):
        properties = paragraph._p.get_or_add_pPr()
        properties.append(OxmlElement("w:bidi"))
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in paragraph.runs:
            run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


def _clean(text: str) -> str:
    # Names and wordings come from trainees' files; Word refuses control characters.
    return _CONTROL.sub("", text)
