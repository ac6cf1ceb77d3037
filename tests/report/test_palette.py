from __future__ import annotations

import re

from workbench.core.palette import STANCE_STYLES, STATUS_STYLES, hex_to_rgb, stance_label
from workbench.core.vocabulary import Stance, Status


def test_every_status_has_a_distinct_colour_letter_and_shape() -> None:
    assert set(STATUS_STYLES) == set(Status)
    styles = list(STATUS_STYLES.values())
    for attribute in ("colour", "tint", "letter", "glyph", "label"):
        assert len({getattr(s, attribute) for s in styles}) == len(styles)
    for status, style in STATUS_STYLES.items():
        assert style.letter == status.letter
        assert re.fullmatch(r"#[0-9A-F]{6}", style.colour)
        assert style.badge == f"{style.glyph} {style.letter} {style.label}"


def test_tints_are_light_enough_for_black_text() -> None:
    for style in STATUS_STYLES.values():
        assert sum(hex_to_rgb(style.tint)) / 3 > 200


def test_matrix_labels_cover_every_stance_and_absence() -> None:
    assert [stance_label(s) for s in Stance] == ["asserts", "relays", "denies", "no comment"]
    assert stance_label(None) == "—"
    assert STANCE_STYLES[None].tint is None
