"""File → Connect to team library…: a second window on a team library, beside this one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from workbench.core.errors import WorkbenchError
from workbench.store import Library
from workbench.store.server import cache_name, server_url
from workbench.ui.i18n import translate

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow

ADDRESS_KEY = "team/address"  # the address only: libpq keeps the password, never Workbench


def ask_address(window: MainWindow) -> str | None:
    settings = window.state.settings
    address, ok = QInputDialog.getText(
        window,
        translate("TeamConnect", "Connect to team library"),
        translate(
            "TeamConnect",
            "Server address, e.g. postgresql://ana@db.example/desk\n"
            "The password comes from ~/.pgpass or a service file, never from here.",
        ),
        QLineEdit.EchoMode.Normal,
        str(settings.value(ADDRESS_KEY, "")),
    )
    return address.strip() if ok and address.strip() else None


def open_team_window(window: MainWindow, address: str) -> MainWindow | None:
    """Open the team library at `address` in a window of its own; None (and a message) if not."""
    from workbench.ui.main_window import MainWindow

    here = window.library
    base = here.folder.parent.parent if here.is_team else here.folder
    try:
        folder = base / "team" / cache_name(server_url(address))
        library = Library.connect(address, folder=folder, exports_dir=here.exports_dir)
    except WorkbenchError as error:
        QMessageBox.warning(window, "Connect to team library", str(error))
        return None
    settings = window.state.settings
    settings.setValue(ADDRESS_KEY, address)
    team = MainWindow(library, settings)
    team.owns_library = True
    team.errors.install()
    team.show()
    window.team_windows.append(team)
    return team


def connect_to_team(window: MainWindow) -> None:
    address = ask_address(window)
    if address is not None:
        open_team_window(window, address)
