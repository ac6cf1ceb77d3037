"""Light and dark both read: WCAG contrast computed from the palettes and colours in effect.

Text needs 4.5:1 (WCAG AA): the window's own text on its backgrounds, status names, text on the
status tints behind highlighted passages and chips, search hits, the letters on status marks,
and every label on the who-relayed-whom map.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem

from tests.ui.conftest import Desk
from tests.ui2.conftest import open_marked_demo
from workbench.core.palette import contrast_ratio
from workbench.core.vocabulary import Status
from workbench.ui import theme
from workbench.ui.claim_pane import legend_html

AA_TEXT = 4.5


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[object]:
    """Apply a theme for one test, then put the application's palette back as it was."""
    before = QPalette(qapp.palette())

    def apply(choice: str) -> theme.Scheme:
        return theme.apply_theme(qapp, choice)

    yield apply
    qapp.styleHints().unsetColorScheme()
    qapp.setPalette(before)
    theme._current[0] = theme.LIGHT
    theme._choice[0] = "system"


def _low(pairs: dict[str, tuple[str, str]]) -> list[str]:
    return [
        f"{name}: {fg} on {bg} is {contrast_ratio(fg, bg):.2f}:1"
        for name, (fg, bg) in pairs.items()
        if contrast_ratio(fg, bg) < AA_TEXT
    ]


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_the_palette_and_the_workbenchs_colours_reach_aa(themed, qapp, choice: str) -> None:  # type: ignore[no-untyped-def]
    scheme = themed(choice)
    assert scheme.is_dark == (choice == "dark")
    palette = qapp.palette()

    def role(r: QPalette.ColorRole) -> str:
        return palette.color(QPalette.ColorGroup.Active, r).name()

    R = QPalette.ColorRole
    pairs = {
        "window text": (role(R.WindowText), role(R.Window)),
        "text": (role(R.Text), role(R.Base)),
        "text on alternate rows": (role(R.Text), role(R.AlternateBase)),
        "buttons": (role(R.ButtonText), role(R.Button)),
        "selection": (role(R.HighlightedText), role(R.Highlight)),
        "tooltips": (role(R.ToolTipText), role(R.ToolTipBase)),
        "placeholder": (role(R.PlaceholderText), role(R.Base)),
        "links": (role(R.Link), role(R.Base)),
    }
    for ground_name, ground in (("window", role(R.Window)), ("list", role(R.Base))):
        for status in Status:
            pairs[f"{status.value} named on the {ground_name}"] = (
                scheme.status_text[status],
                ground,
            )
        pairs[f"secondary text on the {ground_name}"] = (scheme.muted, ground)
        pairs[f"warnings on the {ground_name}"] = (scheme.warning, ground)
        pairs[f"errors on the {ground_name}"] = (scheme.error, ground)
    for status in Status:
        pairs[f"text on the {status.value} tint"] = (scheme.tint_text, scheme.status_tint[status])
        pairs[f"letter on the {status.value} mark"] = (
            scheme.mark_letter(status),
            scheme.status_mark[status],
        )
    pairs["search hit"] = scheme.hit
    pairs["current search hit"] = scheme.current_hit
    pairs["passage jumped to"] = scheme.flash
    for fill in ("map_background", "map_article", "map_relay", "map_source"):
        pairs[f"map labels on {fill}"] = (scheme.map_ink, getattr(scheme, fill))
        pairs[f"map captions on {fill}"] = (scheme.map_caption, getattr(scheme, fill))
    for kind, colour in scheme.edges.items():
        pairs[f"'{kind}' on the map"] = (colour, scheme.map_background)
    assert _low(pairs) == []


def test_a_dark_window_paints_in_its_own_colours(themed, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    scheme = themed("dark")
    window = open_marked_demo(desk)
    dossier = window.controller.dossier
    window.open_article(dossier.articles[0].id)
    window.claims.select_claim(dossier.claims[0].id)
    base = window.reader.view.palette().color(QPalette.ColorRole.Base).name()
    assert base == scheme.base.lower()
    selections = window.reader.view.extraSelections()
    assert selections
    pairs = {
        f"passage {n}": (s.format.foreground().color().name(), s.format.background().color().name())
        for n, s in enumerate(selections)
    }
    for status in Status:
        assert look_colour_in(legend_html(), scheme.status_text[status])
    window.assist.show_graph()
    view = window.assist.graph
    ground = view.scene().backgroundBrush().color().name()
    assert ground == scheme.map_background.lower()
    labels = [i for i in view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert labels
    for n, label in enumerate(labels):
        pairs[f"map label {n} {label.text()!r}"] = (label.brush().color().name(), ground)
    assert _low(pairs) == []


def look_colour_in(html: str, colour: str) -> bool:
    return f"color:{colour.lower()}" in html.lower()


def test_the_theme_is_chosen_in_the_window_and_remembered(themed, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    themed("light")
    window = open_marked_demo(desk)
    window.assist.show_graph()
    dark = next(a for a in window.theme_actions.actions() if a.data() == "dark")
    dark.trigger()
    assert theme.current() is theme.DARK
    assert theme.saved_theme(window.state.settings) == "dark"
    assert theme.chosen_theme(window.state.settings, None) == "dark"
    assert theme.chosen_theme(window.state.settings, "light") == "light"  # --theme wins
    # what the window paints itself followed the switch
    assert look_colour_in(window.claims.legend.text(), theme.DARK.status_text[Status.DENIED])
    ground = window.assist.graph.scene().backgroundBrush().color().name()
    assert ground == theme.DARK.map_background.lower()
    assert window.reader.meta.styleSheet() == f"color: {theme.DARK.muted};"


def test_following_the_system_switches_with_the_desktop(themed, qapp) -> None:  # type: ignore[no-untyped-def]
    themed("system")
    theme.follow_system(qapp)
    hints = qapp.styleHints()
    # What the platform says when the desktop switches (the offscreen platform never does).
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current() is theme.DARK
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == theme.DARK.window.lower()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current() is theme.LIGHT
    theme.apply_theme(qapp, "light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current() is theme.LIGHT  # a choice of light is kept
