"""A claim's structure at a glance: origin → relays → denials and refusals, from `claim_structure`.

The same derivation feeds the who-relayed-whom map and the report; this module only words it for
the claim pane: a full block in the detail and a one-line summary under each claim in the list.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from workbench.core.structure import ClaimStructure, describe
from workbench.core.vocabulary import Status
from workbench.ui import look, theme


def _heading_colour(heading: str) -> str | None:
    """Relays, denials and refusals stand out in their colours; the rest is in the text colour."""
    scheme = theme.current()
    return {
        "Relayed by": scheme.status_text[Status.RELAYED],
        "Denied by": look.text_colour(Status.DENIED).name(),
        "No comment from": scheme.muted,
    }.get(heading)


_ARROWS = {"Origin": "", "Denied by": "✕ ", "No comment from": "… "}


def _colour_style(colour: str | None) -> str:
    return f" style='color:{colour}'" if colour else ""


def structure_html(structure: ClaimStructure) -> str:
    """One line per step, the origin first; each line says who, where, when and citing whom.

    Each line starts with its (English) heading and is laid out left to right, so an Arabic outlet
    name inside it does not turn the line around.
    """
    rows = []
    for heading, line in describe(structure):
        colour = _heading_colour(heading)
        arrow = _ARROWS.get(heading, "→ ")
        rows.append(
            f"<div dir='ltr'><span{_colour_style(colour)}>"
            f"<b>{arrow}{escape(heading)}</b></span>"
            f" {escape(line)}</div>"
        )
    return "".join(rows)


def structure_summary(structure: ClaimStructure) -> str:
    """The list's one line: "from X (not in the case) → 2 relays → 1 denial · 1 no comment"."""
    origin = structure.origin
    if origin is None:
        parts = ["origin unknown"]
    else:
        parts = [f"from {origin.name}" + ("" if origin.in_case else " (not in the case)")]
    if structure.reports:
        parts.append(_count(len(structure.reports), "more report"))
    if structure.relays:
        parts.append(_count(len(structure.relays), "relay"))
    answers = []
    if structure.denials:
        answers.append(_count(len(structure.denials), "denial"))
    if structure.refusals:
        answers.append(f"{len(structure.refusals)} no comment")
    text = " → ".join(parts)
    return text + (" ← " + ", ".join(answers) if answers else "")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}"


class StructureLabel(QLabel):
    """The detail's structure block; empty when no passage of the claim is marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimStructure")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(
            "Who first reported the claim, who relayed it citing whom, who denied it and who "
            "declined to comment, from the marked passages"
        )
        self.structure: ClaimStructure | None = None

    def show_structure(self, structure: ClaimStructure | None) -> None:
        self.structure = structure
        if structure is None or structure.empty:
            self.setText("<i>No passage of this claim is marked yet.</i>")
        else:
            self.setText(structure_html(structure))
