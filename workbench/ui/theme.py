"""Light and dark: the window's palette and every colour the workbench paints itself.

The choice is "system" (follow the desktop's colour scheme, and its changes while the window is
open), "light" or "dark": `--theme` first, else the one saved in the settings. Each scheme
carries its own status colours, because the strong status colours that read on white (a dark
green, a brown) vanish on a dark background, and the light tints behind highlighted passages
would glare under light text. `tests/ui2/test_contrast.py` checks every pair that carries text
against WCAG AA.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from workbench.core.palette import contrast_ratio
from workbench.core.vocabulary import Status

THEMES = ("system", "light", "dark")
SETTING = "interface/theme"
EDGE_KINDS = ("reports", "relays", "denies", "quotes", "no comment")


@dataclass(frozen=True)
class Scheme:
    """Every colour of one scheme, as "#RRGGBB"."""

    name: str
    # The window's palette.
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    tooltip_base: str
    tooltip_text: str
    placeholder: str
    link: str
    disabled_text: str
    light: str
    midlight: str
    mid: str
    dark: str
    shadow: str
    # What the workbench paints itself.
    muted: str  # secondary text: dates, outlets, meta lines
    warning: str  # method warnings
    error: str
    status_text: dict[Status, str]  # a status named in text, on the window or a list
    status_tint: dict[Status, str]  # behind a passage, a chip or a map box; text on it
    status_mark: dict[Status, str]  # the filled shape; its letter takes black or white
    tint_text: str  # text on a status tint
    hit: tuple[str, str]  # (background, text) of a search hit in the reader
    current_hit: tuple[str, str]
    flash: tuple[str, str]  # the passage just jumped to
    map_background: str
    map_ink: str  # outlines and labels on the map
    map_caption: str
    map_article: str  # fill of an original report
    map_relay: str  # fill of a relaying article
    map_source: str  # fill of a source
    edges: dict[str, str] = field(default_factory=dict)  # line and label colour per link kind

    @property
    def is_dark(self) -> bool:
        return contrast_ratio(self.window, "#000000") < contrast_ratio(self.window, "#FFFFFF")

    def mark_letter(self, status: Status) -> str:
        """Black or white, whichever reads better on the status's mark."""
        fill = self.status_mark[Status(status)]
        return max(("#000000", "#FFFFFF"), key=lambda ink: contrast_ratio(ink, fill))

    def palette(self) -> QPalette:
        palette = QPalette()
        roles = {
            QPalette.ColorRole.Window: self.window,
            QPalette.ColorRole.WindowText: self.window_text,
            QPalette.ColorRole.Base: self.base,
            QPalette.ColorRole.AlternateBase: self.alternate_base,
            QPalette.ColorRole.Text: self.text,
            QPalette.ColorRole.Button: self.button,
            QPalette.ColorRole.ButtonText: self.button_text,
            QPalette.ColorRole.BrightText: self.error,
            QPalette.ColorRole.Highlight: self.highlight,
            QPalette.ColorRole.HighlightedText: self.highlighted_text,
            QPalette.ColorRole.ToolTipBase: self.tooltip_base,
            QPalette.ColorRole.ToolTipText: self.tooltip_text,
            QPalette.ColorRole.PlaceholderText: self.placeholder,
            QPalette.ColorRole.Link: self.link,
            QPalette.ColorRole.LinkVisited: self.link,
            QPalette.ColorRole.Light: self.light,
            QPalette.ColorRole.Midlight: self.midlight,
            QPalette.ColorRole.Mid: self.mid,
            QPalette.ColorRole.Dark: self.dark,
            QPalette.ColorRole.Shadow: self.shadow,
        }
        for role, colour in roles.items():
            palette.setColor(role, QColor(colour))
        disabled = QPalette.ColorGroup.Disabled
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
        ):
            palette.setColor(disabled, role, QColor(self.disabled_text))
        palette.setColor(disabled, QPalette.ColorRole.Base, QColor(self.window))
        palette.setColor(disabled, QPalette.ColorRole.Highlight, QColor(self.mid))
        return palette


LIGHT = Scheme(
    name="light",
    window="#EFEFEF",
    window_text="#1A1A1A",
    base="#FFFFFF",
    alternate_base="#F5F5F5",
    text="#1A1A1A",
    button="#EFEFEF",
    button_text="#1A1A1A",
    highlight="#2F65CA",
    highlighted_text="#FFFFFF",
    tooltip_base="#FFFFDC",
    tooltip_text="#1A1A1A",
    placeholder="#6B6B6B",
    link="#1A5FB4",
    disabled_text="#8C8C8C",
    light="#FFFFFF",
    midlight="#E3E3E3",
    mid="#B8B8B8",
    dark="#9F9F9F",
    shadow="#767676",
    muted="#555555",
    warning="#8A4B00",
    error="#A00000",
    status_text={
        Status.SOURCED: "#00704F",
        Status.RELAYED: "#8A5A00",
        Status.DENIED: "#A33F00",
        Status.UNVERIFIED: "#555555",
    },
    status_tint={
        Status.SOURCED: "#D5F0E6",
        Status.RELAYED: "#FBEBC7",
        Status.DENIED: "#F7D9C6",
        Status.UNVERIFIED: "#E6E6E6",
    },
    status_mark={
        Status.SOURCED: "#009E73",
        Status.RELAYED: "#E69F00",
        Status.DENIED: "#D55E00",
        Status.UNVERIFIED: "#6E6E6E",
    },
    tint_text="#1A1A1A",
    hit=("#FFF176", "#1A1A1A"),
    current_hit=("#FFB300", "#1A1A1A"),
    flash=("#1F4E9A", "#FFFFFF"),
    map_background="#FFFFFF",
    map_ink="#202020",
    map_caption="#404040",
    map_article="#FFFFFF",
    map_relay="#F4F4F4",
    map_source="#EAF2FB",
    edges={
        "reports": "#202020",
        "relays": "#8A5A00",
        "denies": "#A33F00",
        "quotes": "#505050",
        "no comment": "#5E5E5E",
    },
)

DARK = Scheme(
    name="dark",
    window="#202124",
    window_text="#E8E8E8",
    base="#17181A",
    alternate_base="#232427",
    text="#E8E8E8",
    button="#2C2D30",
    button_text="#E8E8E8",
    highlight="#2F5F9E",
    highlighted_text="#FFFFFF",
    tooltip_base="#2C2D30",
    tooltip_text="#E8E8E8",
    placeholder="#9A9A9A",
    link="#8AB4F8",
    disabled_text="#6F6F6F",
    light="#3A3B3E",
    midlight="#333437",
    mid="#2A2B2E",
    dark="#141516",
    shadow="#000000",
    muted="#A8A8A8",
    warning="#F0A050",
    error="#FF7070",
    status_text={
        Status.SOURCED: "#3DD6A3",
        Status.RELAYED: "#F5B84A",
        Status.DENIED: "#FF8A4C",
        Status.UNVERIFIED: "#B0B0B0",
    },
    status_tint={
        Status.SOURCED: "#0E3B2E",
        Status.RELAYED: "#4A3508",
        Status.DENIED: "#4D2410",
        Status.UNVERIFIED: "#3A3A3A",
    },
    status_mark={
        Status.SOURCED: "#009E73",
        Status.RELAYED: "#E69F00",
        Status.DENIED: "#D55E00",
        Status.UNVERIFIED: "#8A8A8A",
    },
    tint_text="#E8E8E8",
    hit=("#6B5B00", "#FFFFFF"),
    current_hit=("#FFB300", "#1A1A1A"),
    flash=("#2F5F9E", "#FFFFFF"),
    map_background="#17181A",
    map_ink="#E0E0E0",
    map_caption="#B8B8B8",
    map_article="#2A2B2E",
    map_relay="#232427",
    map_source="#1E3048",
    edges={
        "reports": "#E0E0E0",
        "relays": "#F5B84A",
        "denies": "#FF8A4C",
        "quotes": "#B8B8B8",
        "no comment": "#A0A0A0",
    },
)

SCHEMES = {"light": LIGHT, "dark": DARK}

_current: list[Scheme] = [LIGHT]
_choice: list[str] = ["system"]
_listeners: list[Callable[[], None]] = []


def current() -> Scheme:
    """The scheme in effect; painting code asks at paint time, so a switch repaints right."""
    return _current[0]


@contextmanager
def scheme_in_effect(scheme: Scheme) -> Iterator[Scheme]:
    """Paint with `scheme` for a while: the map's exported picture is always the light one."""
    before = _current[0]
    _current[0] = scheme
    try:
        yield scheme
    finally:
        _current[0] = before


def saved_theme(settings: QSettings) -> str:
    value = str(settings.value(SETTING, "") or "")
    return value if value in THEMES else "system"


def save_theme(settings: QSettings, choice: str) -> None:
    settings.setValue(SETTING, choice if choice in THEMES else "system")
    settings.sync()


def chosen_theme(settings: QSettings, requested: str | None = None) -> str:
    """`--theme` first, then the saved choice, else follow the system."""
    return requested if requested is not None and requested in THEMES else saved_theme(settings)


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def choice() -> str:
    return _choice[0]


def apply_theme(app: QGuiApplication, choice: str) -> Scheme:
    """Put the chosen scheme in effect for the whole application and repaint what is open."""
    choice = choice if choice in THEMES else "system"
    hints = app.styleHints()
    if choice == "system":
        if _choice[0] != "system":
            hints.unsetColorScheme()  # back to what the desktop says
        _choice[0] = choice
        return _put_in_effect(app, DARK if system_is_dark() else LIGHT)
    _choice[0] = choice
    scheme = SCHEMES[choice]
    # Native styles (Windows 11, macOS) draw their own frames in the scheme they are told.
    hints.setColorScheme(Qt.ColorScheme.Dark if scheme is DARK else Qt.ColorScheme.Light)
    return _put_in_effect(app, scheme)


def _put_in_effect(app: QGuiApplication, scheme: Scheme) -> Scheme:
    _current[0] = scheme
    app.setPalette(scheme.palette())
    for listener in list(_listeners):
        listener()
    return scheme


def follow_system(app: QGuiApplication) -> None:
    """When the desktop switches between light and dark, follow it if the choice is "system"."""
    if app.property("workbenchFollowsScheme"):
        return
    app.setProperty("workbenchFollowsScheme", True)

    def changed(scheme: Qt.ColorScheme) -> None:
        if _choice[0] == "system":
            wanted = DARK if scheme == Qt.ColorScheme.Dark else LIGHT
            if wanted is not _current[0]:
                _put_in_effect(app, wanted)

    app.styleHints().colorSchemeChanged.connect(changed)


def on_change(listener: Callable[[], None]) -> Callable[[], None]:
    """Call `listener` after every switch; returns the function that stops it."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None
