"""Packages for the wheel: the `workbench` code plus `resources/` shipped as `workbench/resources`.

Everything else about the project is in pyproject.toml. A checkout reads `resources/` where it
lies; an installed copy finds the same files inside the package (see workbench/paths.py).
"""

import subprocess
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).parent
RESOURCES = HERE / "resources"

resource_files = sorted(
    str(path.relative_to(RESOURCES))
    for path in RESOURCES.rglob("*")
    if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
)


class build_py_with_translations(build_py):
    """Compile the window's translations (.ts to .qm) first, when Qt's tools are at hand.

    A build in an isolated environment has no PySide6; it ships the .qm files compiled from the
    same .ts files, which the test suite keeps current.
    """

    def run(self) -> None:
        try:
            import PySide6  # noqa: F401

            sys.path.insert(0, str(HERE / "tools"))
            import translations

            translations.release()
        except (ImportError, SystemExit, OSError, subprocess.CalledProcessError):
            pass
        super().run()


setup(
    cmdclass={"build_py": build_py_with_translations},
    packages=[*find_packages(include=["workbench", "workbench.*"]), "workbench.resources"],
    package_dir={"workbench.resources": "resources"},
    package_data={
        "workbench.store.migrations": ["script.py.mako"],
        "workbench.assist.models": ["*.json"],
        "workbench.resources": resource_files,
    },
    include_package_data=False,
)
