"""Writing a shipped model file, or checking that a rebuild reproduces it."""

from __future__ import annotations

from pathlib import Path


def write_or_check(out: Path, text: str, check: bool, root: Path) -> int:
    """Write `text` to `out`, or with `check` say whether `out` already holds exactly it."""
    if check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print(f"{out.name}: " + ("reproduced" if same else "differs from a rebuild"))
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out.relative_to(root)}")
    return 0
