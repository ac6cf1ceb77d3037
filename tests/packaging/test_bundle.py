"""The built one-folder app: it starts, runs its self-test, and does a user's task from the shell.

Building takes about a minute and needs PyInstaller, so these tests run only when asked:

    WORKBENCH_BUILD_BUNDLE=1 .venv/bin/pytest tests/packaging/test_bundle.py

`WORKBENCH_BUNDLE_DIR=dist/workbench` tests an existing build instead of making a fresh one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import bundle_contents as contents
import docx
import pytest

from tests.fixtures.builders import build_demo_files
from tests.packaging.conftest import PACKAGING, ROOT
from workbench import __version__
from workbench.cli.main import build_parser

READ_BY_EVERY_READER = [
    "01_chronicle_report.html",  # trafilatura, with its settings, lxml and justext
    "02_gulfwire_relay.docx",  # python-docx
    "04_capital_analysis.pdf",  # pypdf
    "05_arabic_relay.cp1256.txt",  # charset detection of an Arabic code page
]
BUILD_TIMEOUT = 1800
RUN_TIMEOUT = 120
SELF_TEST_TIMEOUT = 180  # a self-test that ignores its flag would wait on the window forever

pytestmark = pytest.mark.skipif(
    os.environ.get("WORKBENCH_BUILD_BUNDLE") != "1" and not os.environ.get("WORKBENCH_BUNDLE_DIR"),
    reason="building the app takes minutes: set WORKBENCH_BUILD_BUNDLE=1 to build and test it",
)


@dataclass(frozen=True)
class Bundle:
    folder: Path
    home: Path  # stands in for the user's home, so no run touches the real one

    @property
    def executable(self) -> Path:
        name = contents.EXECUTABLE + (".exe" if sys.platform == "win32" else "")
        return self.folder / name

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("WORKBENCH_", "PYTHON"))}
        env |= {
            "HOME": str(self.home),
            "USERPROFILE": str(self.home),
            "XDG_DATA_HOME": str(self.home / "data"),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_CACHE_HOME": str(self.home / "cache"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        return env

    def run(
        self, *args: str, stdin: bytes = b"", timeout: float = RUN_TIMEOUT
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(self.executable), *args],
            input=stdin,
            capture_output=True,
            timeout=timeout,
            env=self.env(),
            cwd=self.home,
            check=False,
        )
        return subprocess.CompletedProcess(
            done.args,
            done.returncode,
            done.stdout.decode("utf-8", "replace"),
            done.stderr.decode("utf-8", "replace"),
        )

    def ok(self, *args: str) -> str:
        done = self.run(*args)
        assert done.returncode == 0, f"{args}: {done.returncode}\n{done.stdout}\n{done.stderr}"
        return done.stdout


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bundle]:
    home = tmp_path_factory.mktemp("home")
    existing = os.environ.get("WORKBENCH_BUNDLE_DIR")
    if existing:
        yield Bundle(Path(existing).resolve(), home)
        return
    out = tmp_path_factory.mktemp("dist")
    script = ["bash", str(PACKAGING / "build.sh")]
    if sys.platform == "win32":
        script = ["powershell", "-ExecutionPolicy", "Bypass", "-File", str(PACKAGING / "build.ps1")]
    env = dict(os.environ, DIST_DIR=str(out), WORK_DIR=str(out / "work"), PYTHON=sys.executable)
    done = subprocess.run(
        script, capture_output=True, text=True, timeout=BUILD_TIMEOUT, env=env, check=False
    )
    assert done.returncode == 0, f"the build failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    yield Bundle(out / "workbench", home)


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_demo_files(tmp_path_factory.mktemp("articles"))


def test_bundle_holds_resources_and_migrations_but_not_unused_qt(bundle: Bundle) -> None:
    assert bundle.executable.is_file()
    files = {p.relative_to(bundle.folder).as_posix() for p in bundle.folder.rglob("*")}
    for needed in (
        "resources/demo/case.json",
        "resources/report/template.docx",
        "workbench/store/migrations/env.py",
        "workbench/store/migrations/script.py.mako",
        "trafilatura/settings.cfg",
    ):
        assert any(name.endswith(needed) for name in files), needed
    for version in (ROOT / "workbench" / "store" / "migrations" / "versions").glob("0*.py"):
        assert any(name.endswith(f"migrations/versions/{version.name}") for name in files)
    assert not [name for name in files if "Qt6Qml" in name or "Qt6Quick" in name]


def test_version_and_help(bundle: Bundle) -> None:
    assert bundle.ok("--version").strip() == f"workbench {__version__}"
    shown = bundle.ok("--help")
    subparsers = next(a for a in build_parser()._actions if a.dest == "command")
    for command in subparsers.choices:
        assert command in shown, command


def test_import_search_mark_and_report_round_trip(
    bundle: Bundle, articles: dict[str, Path], tmp_path: Path
) -> None:
    data = str(tmp_path / "library")
    chosen = READ_BY_EVERY_READER
    paths = [str(articles[name]) for name in chosen]
    imported = json.loads(
        bundle.ok("--data", data, "import", "--case", "Launchers", "--json", *paths)
    )
    assert [item["outcome"] for item in imported] == ["imported"] * len(chosen)
    by_file = {Path(item["path"]).name: item["article"] for item in imported}

    found = json.loads(bundle.ok("--data", data, "search", "launchers", "--json"))
    assert found["total"] >= 3
    arabic = json.loads(bundle.ok("--data", data, "search", "صواريخ", "--json"))
    assert [hit["id"] for hit in arabic["results"]] == [by_file["05_arabic_relay.cp1256.txt"]]

    claim = json.loads(
        bundle.ok(
            "--data", data, "claim", "add", "Launchers", "Two launchers crossed at Tel Safra",
            "--status", "relayed", "--source", "The Northern Chronicle",
            "--article", str(by_file["01_chronicle_report.html"]),
            "--quote", "Armed groups backed by Veskaria have shipped rocket launchers",
            "--json",
        )
    )  # fmt: skip
    assert claim["mentions"][0]["quote"].startswith("Armed groups backed by Veskaria")
    bundle.ok("--data", data, "claim", "mark", str(claim["id"]), "denied", "--note", "no proof")

    report = tmp_path / "verdict.docx"
    bundle.ok("--data", data, "report", "Launchers", "-o", str(report))
    document = docx.Document(str(report))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    assert "Two launchers crossed at Tel Safra" in text

    review = tmp_path / "review.json"
    bundle.ok("--data", data, "export", "Launchers", "--format", "claimreview", "-o", str(review))
    assert json.loads(review.read_text(encoding="utf-8"))[0]["reviewRating"]["alternateName"] == (
        "Denied"
    )


def test_reads_and_searches_as_the_checkout_does(
    bundle: Bundle, articles: dict[str, Path], tmp_path: Path
) -> None:
    # A data file left out of the bundle need not crash anything: trafilatura without its
    # settings still extracts, only differently. Comparing with the checkout catches that.
    def checkout(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "workbench", *args],
            capture_output=True,
            timeout=RUN_TIMEOUT,
            check=True,
            cwd=ROOT,
            env=bundle.env(),
        )
        return done.stdout.decode("utf-8")

    names = [*READ_BY_EVERY_READER, "03_levant_relay.txt"]
    files = [str(articles[name]) for name in names]
    answers = []
    for run, library in ((bundle.ok, "frozen"), (checkout, "checkout")):
        data = str(tmp_path / library)
        imported = json.loads(
            run("--data", data, "import", "--case", "Launchers", "--json", *files)
        )
        shown = [
            json.loads(run("--data", data, "show", str(i["article"]), "--json")) for i in imported
        ]
        found = [
            json.loads(run("--data", data, "search", query, "--json"))
            for query in ("launchers", "صواريخ", '"Tel Safra"', "denied OR denial")
        ]
        answers.append((imported, shown, found))
    assert answers[0] == answers[1]


def test_demo_case_comes_from_the_bundled_resources(bundle: Bundle, tmp_path: Path) -> None:
    data = str(tmp_path / "library")
    bundle.ok("--data", data, "demo")
    listed = bundle.ok("--data", data, "cases")
    assert "Were launchers smuggled from Qaramar to Nordavia?" in listed


def test_pdf_child_mode_reads_a_pdf(bundle: Bundle, articles: dict[str, Path]) -> None:
    done = bundle.run("--read-pdf", stdin=articles["01_chronicle_report.pdf"].read_bytes())
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["problem"] is None and "Helen Marsh" in result["text"]


def test_self_test_passes(bundle: Bundle) -> None:
    if "--self-test" not in bundle.ok("--help"):
        pytest.skip("this build has no --self-test")
    done = bundle.run("--self-test", timeout=SELF_TEST_TIMEOUT)
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"
