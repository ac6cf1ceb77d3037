"""Which library a program opens: a team server when one is named, else the library folder."""

from __future__ import annotations

import os

from workbench.paths import data_location
from workbench.store.library import Library
from workbench.store.server import cache_name, server_url

SERVER_VARIABLE = "WORKBENCH_SERVER"


def chosen_server(server: str | None = None) -> str | None:
    """`--server ADDRESS`, else the WORKBENCH_SERVER variable, else None (the library folder)."""
    return server or os.environ.get(SERVER_VARIABLE) or None


def open_library(data: str | None = None, server: str | None = None) -> Library:
    """The team library when a server is named, else the library folder `--data` points to.

    A team library keeps this computer's search index and log in a folder of its own inside the
    library folder, one per server address, and writes exports where a folder library would.
    """
    location = data_location(data)
    address = chosen_server(server)
    if address is None:
        return Library.open(location.library, exports_dir=location.exports)
    folder = location.library / "team" / cache_name(server_url(address))
    return Library.connect(address, folder=folder, exports_dir=location.exports)
