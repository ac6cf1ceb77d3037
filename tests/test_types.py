"""The package type-checks: mypy over workbench/ with the settings in pyproject.toml.

Run inside the suite so that `make test` (and CI, which calls it) refuses a change that breaks
the types; its cache lives in the checkout, so a second run only re-reads what changed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_package_type_checks() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
