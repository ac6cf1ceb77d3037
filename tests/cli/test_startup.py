"""Start-up stays light: what `--help` and a single edit import, and what they leave for later."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from workbench.cli.library_cmds import MAX_MB
from workbench.cli.main import main
from workbench.ingest.reader import DEFAULT_MAX_BYTES
from workbench.store import Library
from workbench.store.library import head_revision, script_head

HEAVY = ("sqlalchemy", "alembic", "whoosh", "trafilatura", "docx", "PySide6", "numpy")


def _imported_after(code: str) -> set[str]:
    """The top-level packages a fresh interpreter holds after running `code`."""
    listing = "sorted({m.split('.')[0] for m in sys.modules})"
    probe = f"{code}\nimport sys, json\nprint(json.dumps({listing}))"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_the_parser_is_built_without_loading_any_service() -> None:
    loaded = _imported_after(
        "from workbench.cli.main import build_parser\nbuild_parser().format_help()"
    )
    assert "workbench" in loaded
    assert not loaded & set(HEAVY)


def test_a_current_library_opens_without_alembic(tmp_path: Path) -> None:
    Library.open(tmp_path / "lib").close()  # made and stamped at the head
    folder = str(tmp_path / "lib")
    loaded = _imported_after(
        f"from workbench.store import Library\nLibrary.open({folder!r}).close()"
    )
    assert "sqlalchemy" in loaded
    assert "alembic" not in loaded


def test_the_head_read_from_the_migration_files_is_alembics() -> None:
    assert script_head() == head_revision()


def test_an_older_library_is_still_upgraded(tmp_path: Path) -> None:
    from workbench.store.library import make_engine, upgrade_database

    (tmp_path / "old").mkdir()
    engine = make_engine(tmp_path / "old" / "workbench.sqlite")
    upgrade_database(engine, "0001")
    engine.dispose()
    with Library.open(tmp_path / "old") as library:
        assert library.schema_revision() == head_revision()


def test_the_size_limit_default_is_the_readers(capsys: pytest.CaptureFixture[str]) -> None:
    assert MAX_MB * 2**20 == DEFAULT_MAX_BYTES


def test_a_claim_added_from_the_command_line_is_found_by_the_next_search(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "lib")
    assert main(["--data", data, "case", "new", "Harbour"]) == 0
    assert main(["--data", data, "search", "anything"]) == 0  # the index now exists
    assert main(["--data", data, "claim", "add", "Harbour", "The quay flooded twice"]) == 0
    assert main(["--data", data, "claim", "mark", "1", "denied"]) == 0
    capsys.readouterr()
    assert main(["--data", data, "search", "quay", "--claims", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [(r["title"], r["status"]) for r in found["results"]] == [
        ("The quay flooded twice", "denied")
    ]
