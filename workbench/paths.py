"""Where things live: the library folder, the exports folder, and the shipped resources."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "FactCheckWorkbench"
CHECKOUT = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The `resources/` folder of a checkout, of an installed wheel, or of a packaged app."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    installed = Path(__file__).resolve().parent / "resources"  # the wheel ships it in the package
    if installed.is_dir():
        return installed
    return CHECKOUT / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def _is_checkout() -> bool:
    return (CHECKOUT / "pyproject.toml").is_file() and (CHECKOUT / "db").is_dir()


@dataclass(frozen=True)
class DataLocation:
    library: Path
    exports: Path


def data_location(override: str | os.PathLike[str] | None = None) -> DataLocation:
    """`--data DIR`, then `WORKBENCH_DATA`, then the checkout's `db/`, then the user data folder.

    A folder given explicitly holds everything, exports included, so it can travel on a USB stick.
    """
    chosen = override or os.environ.get("WORKBENCH_DATA")
    if chosen:
        folder = Path(chosen).expanduser().resolve()
        return DataLocation(folder, folder / "exports")
    if _is_checkout() and not getattr(sys, "frozen", False):
        return DataLocation(CHECKOUT / "db", CHECKOUT / "exports")
    import platformdirs

    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return DataLocation(folder, Path(platformdirs.user_documents_dir()) / APP_NAME)
