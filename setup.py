"""Packages for the wheel: the `workbench` code plus `resources/` shipped as `workbench/resources`.

Everything else about the project is in pyproject.toml. A checkout reads `resources/` where it
lies; an installed copy finds the same files inside the package (see workbench/paths.py).
"""

from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).parent
RESOURCES = HERE / "resources"

resource_files = sorted(
    str(path.relative_to(RESOURCES))
    for path in RESOURCES.rglob("*")
    if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
)

setup(
    packages=[*find_packages(include=["workbench", "workbench.*"]), "workbench.resources"],
    package_dir={"workbench.resources": "resources"},
    package_data={
        "workbench.store.migrations": ["script.py.mako"],
        "workbench.assist.models": ["*.json"],
        "workbench.resources": resource_files,
    },
    include_package_data=False,
)
