"""Shared paths for the packaging tests, and the packaging folder made importable."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"

# `bundle_contents` and `icons/make_icon.py` are build-time scripts, not part of the package.
for folder in (PACKAGING, PACKAGING / "icons"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
