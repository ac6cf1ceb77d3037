"""What an installed copy needs is declared: every third-party import, and the shipped resources."""

from __future__ import annotations

import ast
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from tests.packaging.conftest import ROOT

# Modules that come with the interpreter or with a declared distribution under another name.
_PLATFORM_ONLY = {"msvcrt", "fcntl", "_winapi", "winreg"}


def _requirement_names() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = set()
    for requirement in project["dependencies"]:
        name = requirement.split(";")[0]
        for mark in "<>=!~[ ":
            name = name.split(mark)[0]
        names.add(name.strip().lower().replace("_", "-"))
    return names


def _imported_top_levels() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in (ROOT / "workbench").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], path)
    return found


def test_every_third_party_import_is_a_declared_dependency() -> None:
    declared = _requirement_names()
    owners = packages_distributions()
    missing = []
    for module, where in sorted(_imported_top_levels().items()):
        if module == "workbench" or module in sys.stdlib_module_names or module in _PLATFORM_ONLY:
            continue
        distributions = {d.lower().replace("_", "-") for d in owners.get(module, [])}
        if not distributions & declared:
            missing.append(f"{module} (imported in {where.relative_to(ROOT)})")
    assert not missing, missing


def test_lxml_html_clean_is_declared_because_the_html_reader_needs_it() -> None:
    # lxml 5.2 split lxml.html.clean out; trafilatura imports it without always declaring it.
    assert "lxml-html-clean" in _requirement_names()


def test_the_wheel_ships_every_resource_file() -> None:
    namespace: dict[str, object] = {"__file__": str(ROOT / "setup.py")}
    setup_source = (ROOT / "setup.py").read_text(encoding="utf-8")
    setup_source = setup_source.replace("setup(", "dict(", 1)  # read the lists without building
    exec(compile(setup_source, "setup.py", "exec"), namespace)
    shipped = set(namespace["resource_files"])  # type: ignore[arg-type]
    for needed in ("demo/case.json", "report/template.docx", "guide/guide.html"):
        assert needed in shipped
    on_disk = {
        str(p.relative_to(ROOT / "resources"))
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert on_disk <= shipped
