"""What the build is told to bundle, and the desktop files, checked without running a build."""

from __future__ import annotations

import configparser
import importlib.util
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import bundle_contents as contents
import pytest

from tests.fixtures.builders import demo_articles, write_pdf
from tests.packaging.conftest import PACKAGING, ROOT
from workbench import __version__

LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{contents.APP_ID}.desktop"
METAINFO = LINUX / f"{contents.APP_ID}.metainfo.xml"


@pytest.mark.parametrize("module", contents.HIDDEN_IMPORTS + contents.ALL_SUBMODULES)
def test_every_hidden_import_exists(module: str) -> None:
    assert importlib.util.find_spec(module) is not None, module


@pytest.mark.parametrize("package", contents.DATA_PACKAGES)
def test_every_data_package_has_files_to_collect(package: str) -> None:
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.submodule_search_locations, package
    folder = Path(next(iter(spec.submodule_search_locations)))
    code = {".py", ".pyc", ".pyi", ".typed"}
    assert any(p.suffix not in code for p in folder.rglob("*") if p.is_file()), package


def test_excluded_modules_are_not_used_by_the_workbench() -> None:
    used = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "workbench").rglob("*.py"))
    for module in contents.QT_EXCLUDES:
        name = module.split(".")[-1]
        assert f"PySide6.{name}" not in used and f"import {name}" not in used, module


def test_project_data_carries_resources_and_every_migration() -> None:
    pairs = contents.project_data(ROOT)
    assert (str(ROOT / "resources"), "resources") in pairs
    migrations = ROOT / "workbench" / "store" / "migrations"
    bundled = {Path(source) for source, _ in pairs}
    expected = {migrations / "env.py", migrations / "script.py.mako"}
    expected |= set((migrations / "versions").glob("*.py"))
    assert expected <= bundled
    for source, folder in pairs[1:]:
        # Each script keeps its package path, where `workbench.store.library` looks for it.
        assert Path(source).parent == ROOT / folder


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_ar.qm", True),
        ("PySide6/Qt/translations/qtdeclarative_ar.qm", False),
        ("PySide6/Qt/translations/assistant_de.qm", False),
        ("babel/locale-data/ar_EG.dat", True),
        ("babel/locale-data/en.dat", True),
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/fr_FR.dat", False),
        ("babel/locale-data/enn.dat", False),
        ("babel/global.dat", True),
        ("tld/tests/res/effective_tld_names_custom.dat.txt", False),
        ("tld/res/effective_tld_names.dat.txt", True),
        ("trafilatura/settings.cfg", True),
        ("resources/demo/case.json", True),
    ],
)
def test_keep_data(destination: str, kept: bool) -> None:
    assert contents.keep_data(destination) is kept
    assert contents.keep_data(destination.replace("/", "\\")) is kept


def test_icon_per_platform() -> None:
    assert contents.icon_path(ROOT, "linux") is None
    assert contents.icon_path(ROOT, "win32") == str(PACKAGING / "icons" / "workbench.ico")
    assert contents.icon_path(ROOT, "darwin") == str(PACKAGING / "icons" / "workbench.icns")


def test_spec_file_compiles() -> None:
    source = (PACKAGING / "workbench.spec").read_text(encoding="utf-8")
    compile(source, "workbench.spec", "exec")
    assert "bundle_contents" in source


def test_desktop_entry_names_the_app_icon_and_command() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive in desktop entries
    entry.read(DESKTOP, encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Type"] == "Application"
    assert group["Name"] == contents.APP_TITLE
    assert group["Icon"] == contents.APP_ID
    assert group["Exec"].split()[0] == contents.EXECUTABLE
    assert group["Terminal"] == "false"


def test_metainfo_matches_the_desktop_entry_and_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == contents.APP_ID
    assert root.findtext("name") == contents.APP_TITLE
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == contents.EXECUTABLE
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == __version__, "add a <release> for the new version"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entry_validates() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_metainfo_validates() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _launch(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, str(PACKAGING / "launch.py"), *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )


def test_launcher_runs_the_command_line() -> None:
    done = _launch("--version")
    assert done.returncode == 0
    assert done.stdout.decode().strip() == f"workbench {__version__}"


def test_launcher_reads_a_pdf_in_child_mode(tmp_path: Path) -> None:
    article = demo_articles()[0]
    pdf = write_pdf(tmp_path / "a.pdf", article.title, article.paragraphs[1:])
    done = _launch("--read-pdf", stdin=pdf.read_bytes())
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["problem"] is None
    assert "Helen Marsh" in result["text"]


def test_launcher_reports_a_damaged_pdf_as_a_problem() -> None:
    done = _launch("--read-pdf", stdin=b"%PDF-1.4 this is not really a PDF")
    assert done.returncode == 0
    assert json.loads(done.stdout)["problem"]
