"""The translations are complete and current: re-extracted from the code, compiled, compared."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402


def test_no_string_is_missing_unfinished_or_stale() -> None:
    assert translations.problems() == []


def test_a_new_string_in_the_code_is_reported_until_it_is_translated(tmp_path: Path) -> None:
    """The check itself: a copy of the files with one translation removed fails it."""
    for language in translations.LANGUAGES:
        for path in (translations.ts_path(language), translations.qm_path(language)):
            (tmp_path / path.name).write_bytes(path.read_bytes())
    arabic = tmp_path / translations.ts_path("ar").name
    text = arabic.read_text(encoding="utf-8")
    dropped = text.replace("<translation>منفي</translation>", '<translation type="unfinished" />')
    assert dropped != text
    arabic.write_text(dropped, encoding="utf-8")
    found = translations.problems(tmp_path)
    assert any("untranslated: Vocabulary: 'Denied'" in line for line in found)
    assert any("workbench_ar.qm: not compiled" in line for line in found)


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_compiled_files_are_shipped_beside_the_sources(language: str) -> None:
    assert translations.qm_path(language).stat().st_size > 0
