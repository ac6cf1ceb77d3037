"""A claim's structure at a glance: origin → relays → denials and refusals, from `claim_structure`.

The same derivation feeds the who-relayed-whom map and the report; this module only words it for
the claim pane: a full block in the detail and a one-line summary under each claim in the list.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from workbench.core.structure import Carrier, ClaimStructure
from workbench.core.vocabulary import Status
from workbench.ui import look, theme
from workbench.ui.i18n import isolate, local_date, translate

ORIGIN, REPORT, RELAY, DENIAL, REFUSAL = "origin", "report", "relay", "denial", "refusal"


def _heading_colour(step: str) -> str | None:
    """Relays, denials and refusals stand out in their colours; the rest is in the text colour."""
    scheme = theme.current()
    return {
        RELAY: scheme.status_text[Status.RELAYED],
        DENIAL: look.text_colour(Status.DENIED).name(),
        REFUSAL: scheme.muted,
    }.get(step)


_ARROWS = {ORIGIN: "", DENIAL: "✕ ", REFUSAL: "… "}


def _when(value: date | None) -> str:
    return local_date(value, translate("ClaimStructureView", "undated"))


def _at(item: Carrier) -> str:
    return translate("ClaimStructureView", "{outlet} ({date})").format(
        outlet=isolate(item.outlet), date=_when(item.published)
    )


def describe(structure: ClaimStructure) -> list[tuple[str, str, str]]:
    """The structure as (step, heading, line) in reading order, in the window's language."""
    lines: list[tuple[str, str, str]] = []
    origin = structure.origin
    heading = translate("ClaimStructureView", "Origin")
    if origin is None:
        text = translate(
            "ClaimStructureView", "unknown: no article in the case reports it first-hand"
        )
        lines.append((ORIGIN, heading, text))
    else:
        where = (
            _when(origin.published)
            if origin.in_case
            else translate("ClaimStructureView", "not in the case")
        )
        text = translate("ClaimStructureView", "{name} ({where})").format(
            name=isolate(origin.name), where=where
        )
        if origin.cites:
            text = translate("ClaimStructureView", "{text}, citing {name}").format(
                text=text, name=isolate(origin.cites)
            )
        lines.append((ORIGIN, heading, text))
    for item in structure.reports:
        text = _at(item)
        if item.actor:
            text = translate("ClaimStructureView", "{text}, citing {name}").format(
                text=text, name=isolate(item.actor)
            )
        lines.append((REPORT, translate("ClaimStructureView", "Also reported by"), text))
    for item in structure.relays:
        text = (
            translate("ClaimStructureView", "{text}, citing {name}").format(
                text=_at(item), name=isolate(item.actor)
            )
            if item.actor
            else translate("ClaimStructureView", "{text}, citing no one by name").format(
                text=_at(item)
            )
        )
        lines.append((RELAY, translate("ClaimStructureView", "Relayed by"), text))
    unnamed = translate("ClaimStructureView", "an unnamed actor")
    for step, heading, items in (
        (DENIAL, translate("ClaimStructureView", "Denied by"), structure.denials),
        (REFUSAL, translate("ClaimStructureView", "No comment from"), structure.refusals),
    ):
        for item in items:
            text = translate("ClaimStructureView", "{who}, in {where}").format(
                who=isolate(item.actor) if item.actor else unnamed, where=_at(item)
            )
            lines.append((step, heading, text))
    return lines


def _colour_style(colour: str | None) -> str:
    return f" style='color:{colour}'" if colour else ""


def structure_html(structure: ClaimStructure) -> str:
    """One line per step, the origin first; each line says who, where, when and citing whom.

    Each line runs in the window's direction with the names inside it isolated, so an outlet name
    in the other script does not turn the line around.
    """
    rows = []
    for step, heading, line in describe(structure):
        colour = _heading_colour(step)
        # An arrow points the way the line reads: the translation turns it for right to left.
        arrow = _ARROWS[step] if step in _ARROWS else translate("ClaimStructureView", "→ ")
        rows.append(
            f"<div><span{_colour_style(colour)}>"
            f"<b>{arrow}{escape(heading)}</b></span>"
            f" {escape(line)}</div>"
        )
    return "".join(rows)


def structure_summary(structure: ClaimStructure) -> str:
    """The list's one line: "from X (not in the case) → 2 relays → 1 denial · 1 no comment"."""
    origin = structure.origin
    if origin is None:
        parts = [translate("ClaimStructureView", "origin unknown")]
    elif origin.in_case:
        parts = [translate("ClaimStructureView", "from {name}").format(name=isolate(origin.name))]
    else:
        parts = [
            translate("ClaimStructureView", "from {name} (not in the case)").format(
                name=isolate(origin.name)
            )
        ]
    reports, relays = len(structure.reports), len(structure.relays)
    denials, refusals = len(structure.denials), len(structure.refusals)
    if structure.reports:
        parts.append(translate("ClaimStructureView", "%n more report(s)", "", reports))
    if structure.relays:
        parts.append(translate("ClaimStructureView", "%n relay(s)", "", relays))
    answers = []
    if structure.denials:
        answers.append(translate("ClaimStructureView", "%n denial(s)", "", denials))
    if structure.refusals:
        answers.append(translate("ClaimStructureView", "%n no comment", "", refusals))
    forward = translate("ClaimStructureView", " → ")
    back = translate("ClaimStructureView", " ← ")
    text = forward.join(parts)
    return text + (back + translate("ClaimStructureView", ", ").join(answers) if answers else "")


class StructureLabel(QLabel):
    """The detail's structure block; empty when no passage of the claim is marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimStructure")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(
            translate(
                "ClaimStructureView",
                "Who first reported the claim, who relayed it citing whom, who denied it and who "
                "declined to comment, from the marked passages",
            )
        )
        self.structure: ClaimStructure | None = None

    def show_structure(self, structure: ClaimStructure | None) -> None:
        self.structure = structure
        if structure is None or structure.empty:
            self.setText(
                translate("ClaimStructureView", "<i>No passage of this claim is marked yet.</i>")
            )
        else:
            self.setText(structure_html(structure))
