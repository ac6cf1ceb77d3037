"""`kill -9` in the middle of marking, importing, writing a report and importing a case file:
everything confirmed is kept, nothing half-done is left, and the library opens sound."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest

from tests.conftest import ROOT
from tests.faults.conftest import run_cli
from workbench.services import cases
from workbench.services.bundles import export_case as export_bundle
from workbench.services.integrity import check_library
from workbench.services.searching import open_search
from workbench.store import Library

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")


def _start(task: str, folder: Path, arg: str = "") -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.faults.crash_worker", task, str(folder), arg],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def _kill_after(process: subprocess.Popen[str], lines: int) -> list[str]:
    """Read `lines` confirmations after "ready" (fewer if the task ends), then kill -9."""
    assert process.stdout is not None
    confirmed: list[str] = []
    assert process.stdout.readline().strip() == "ready"
    while len(confirmed) < lines:
        line = process.stdout.readline()
        if not line:
            break
        confirmed.append(line.strip())
    process.send_signal(signal.SIGKILL)
    rest, _ = process.communicate(timeout=30)
    confirmed.extend(line for line in rest.splitlines() if line.strip())  # already printed
    assert process.returncode == -signal.SIGKILL
    return confirmed


def _sound(folder: Path) -> Library:
    library = Library.open(folder)
    assert check_library(library) == []
    return library


def _status_changes(library: Library, claim_id: int) -> int:
    with library.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT count(*) FROM audit WHERE entity = 'claim' AND entity_id = ? "
            "AND action = 'status'",
            (claim_id,),
        ).scalar_one()


def _demo(folder: Path) -> None:
    assert run_cli(folder, "demo").returncode == 0


def test_kill_during_marking_keeps_every_confirmed_marking(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    _demo(folder)
    with Library.open(folder) as library:
        before = len(cases.case_dossier(library, 1).claims)
        claim_id = cases.case_dossier(library, 1).claims[0].id
        history = _status_changes(library, claim_id)
    confirmed = _kill_after(_start("mark", folder), 40)
    assert len(confirmed) >= 40
    with _sound(folder) as library:
        # One audit row per marking: each confirmed one, and perhaps the one under way when the
        # process died.
        made = _status_changes(library, claim_id) - history
        assert len(confirmed) <= made <= len(confirmed) + 1
        assert len(cases.case_dossier(library, 1).claims) == before
        search = open_search(library)  # the index catches up from the journal
        search.close()


def test_kill_during_import_keeps_whole_batches_only(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    for n in range(260):
        (incoming / f"note_{n:03d}.txt").write_text(
            f"Ferry log {n} goes missing\n\n"
            + " ".join(f"Deckhand {n} counted crate {i} at the quay." for i in range(30)),
            encoding="utf-8",
        )
    Library.open(folder).close()
    confirmed = _kill_after(_start("import", folder, str(incoming)), 200)
    ids = {int(line.split()[1]) for line in confirmed if line.startswith("imported")}
    assert len(ids) >= 200
    with _sound(folder) as library:
        stored = {
            row[0] for row in library.engine.connect().exec_driver_sql("SELECT id FROM article")
        }
        assert ids <= stored
        assert len(stored) % 200 == 0 or len(stored) == 260  # batches are all or nothing
        search = open_search(library)
        assert search.index.doc_count("articles") == len(stored)
        search.close()


def test_kill_while_writing_reports_never_leaves_a_broken_report(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    _demo(folder)
    target = tmp_path / "reports" / "verdict.docx"
    target.parent.mkdir()
    for lines in (1, 3):
        confirmed = _kill_after(_start("report", folder, str(target)), lines)
        assert confirmed
        assert zipfile.is_zipfile(target)
        assert docx.Document(str(target)).paragraphs  # a whole report, readable
    assert [p.name for p in target.parent.iterdir() if p.suffix == ".docx"] == ["verdict.docx"]
    _sound(folder).close()


@pytest.mark.parametrize("delay", [0.0, 0.4])
def test_kill_during_case_file_import_leaves_all_or_nothing(tmp_path: Path, delay: float) -> None:
    source = tmp_path / "source"
    _demo(source)
    bundle = tmp_path / "demo.fcase"
    with Library.open(source) as library:
        original = cases.case_dossier(library, 1)
        export_bundle(library, 1, bundle)
    folder = tmp_path / "library"
    Library.open(folder).close()
    process = _start("bundle", folder, str(bundle))
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    with _sound(folder) as library:
        listed = cases.list_cases(library)
        assert len(listed) <= 1
        if listed:
            dossier = cases.case_dossier(library, listed[0][0].id)
            assert len(dossier.claims) == len(original.claims)
            assert len(dossier.mentions) == len(original.mentions)
