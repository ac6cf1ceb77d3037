"""Qt warnings are faults: the self-test prints no platform notice and fails on any other."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import qWarning

from tests.conftest import ROOT
from workbench.ui.qt_messages import collected_warnings


def test_collected_warnings_keep_ours_and_drop_the_platforms(qapp) -> None:  # type: ignore[no-untyped-def]
    with collected_warnings() as warnings:
        qWarning("This plugin does not support raise()")
        qWarning("QPainter::begin: Paint device returned engine == 0")
    assert warnings == ["QPainter::begin: Paint device returned engine == 0"]


def test_self_test_prints_no_qt_warning(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "self-test: ok"
    assert done.stderr == "", done.stderr
