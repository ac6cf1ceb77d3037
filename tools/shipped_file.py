"""Reading training material, and writing a shipped model file or checking that a rebuild
reproduces it."""

from __future__ import annotations

import json
from pathlib import Path


def load_jsonl(path: Path) -> list[dict]:
    """One record a line, blank lines skipped."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def write_or_check(out: Path, text: str, check: bool, root: Path) -> int:
    """Write `text` to `out`, or with `check` say whether `out` already holds exactly it."""
    if check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print(f"{out.name}: " + ("reproduced" if same else "differs from a rebuild"))
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out.relative_to(root)}")
    return 0
