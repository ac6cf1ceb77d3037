"""How statuses and stances look, shared by the report and the Qt UI.

Colours come from the Okabe–Ito palette, which stays distinguishable for the common kinds of colour
blindness; every status also carries a letter and a shape so it reads in greyscale print.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.vocabulary import Stance, Status


@dataclass(frozen=True)
class StatusStyle:
    """The look of one status: strong colour for text and marks, a light tint for backgrounds."""

    label: str
    colour: str  # "#RRGGBB"
    tint: str  # "#RRGGBB", light enough for black text on top
    letter: str
    glyph: str  # the same shape the window draws for the status (look.shape_path)

    @property
    def badge(self) -> str:
        """The compact form used in lists and tables, e.g. "● S Sourced"."""
        return f"{self.glyph} {self.letter} {self.label}"


STATUS_STYLES: dict[Status, StatusStyle] = {
    Status.SOURCED: StatusStyle("Sourced", "#009E73", "#D5F0E6", Status.SOURCED.letter, "●"),
    Status.RELAYED: StatusStyle("Relayed", "#E69F00", "#FBEBC7", Status.RELAYED.letter, "▲"),
    Status.DENIED: StatusStyle("Denied", "#D55E00", "#F7D9C6", Status.DENIED.letter, "◆"),
    Status.UNVERIFIED: StatusStyle(
        "Unverified", "#6E6E6E", "#E6E6E6", Status.UNVERIFIED.letter, "■"
    ),
}


@dataclass(frozen=True)
class StanceStyle:
    """The look of one cell of the claim × outlet matrix."""

    label: str
    tint: str | None  # None: leave the cell unshaded


STANCE_STYLES: dict[Stance | None, StanceStyle] = {
    Stance.ASSERTS: StanceStyle("asserts", "#D5F0E6"),
    Stance.RELAYS: StanceStyle("relays", "#FBEBC7"),
    Stance.DENIES: StanceStyle("denies", "#F7D9C6"),
    Stance.NO_COMMENT: StanceStyle("no comment", "#E6E6E6"),
    None: StanceStyle("—", None),  # the outlet does not carry the claim at all
}


def status_style(status: Status) -> StatusStyle:
    return STATUS_STYLES[status]


def stance_label(stance: Stance | None) -> str:
    """Short matrix label; None means the outlet is absent from the claim."""
    return STANCE_STYLES[stance].label


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """ "#RRGGBB" to a tuple, for toolkits that want numbers."""
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of "#RRGGBB" (0 black … 1 white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in hex_to_rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast between two colours, 1 (none) to 21 (black on white); AA text wants 4.5."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)
