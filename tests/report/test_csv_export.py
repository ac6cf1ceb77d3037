from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from workbench.core.errors import ExportError
from workbench.core.records import CaseDossier
from workbench.report.csv_export import COLUMNS, neutralise, write_csv


def read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_one_row_per_mention_and_one_for_a_bare_claim(english: CaseDossier, tmp_path: Path) -> None:
    path = write_csv(english, tmp_path / "claims.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read(path)
    assert list(rows[0]) == list(COLUMNS)
    assert len(rows) == len(english.mentions) + 1  # claim 5 has no mention
    bare = [r for r in rows if r["claim_id"] == "5"]
    assert (
        len(bare) == 1
        and bare[0]["mention_id"] == ""
        and bare[0]["method_checks"] == ("no-mention")
    )
    arabic = [r for r in rows if r["outlet"] == "الرصد نيوز"]
    assert arabic and arabic[0]["quote"].startswith("نقلت منصتين")
    first = rows[0]
    assert (first["claim_no"], first["status"], first["status_letter"]) == ("1", "denied", "D")
    assert first["published"] == "2031-04-14"


@pytest.mark.parametrize(
    "value", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]
)
def test_formula_like_cells_are_neutralised(value: str) -> None:
    assert neutralise(value) == "'" + value


def test_neutralised_cells_in_the_file(english: CaseDossier, tmp_path: Path) -> None:
    claims = (replace(english.claims[0], text="=cmd|' /C calc'!A0"), *english.claims[1:])
    mentions = (replace(english.mentions[0], quote="@SUM(1+1)"), *english.mentions[1:])
    rows = read(write_csv(replace(english, claims=claims, mentions=mentions), tmp_path / "c.csv"))
    assert rows[0]["claim"] == "'=cmd|' /C calc'!A0"
    assert rows[0]["quote"] == "'@SUM(1+1)"
    assert neutralise("Gulf Wire") == "Gulf Wire"


def test_existing_csv_needs_consent(english: CaseDossier, tmp_path: Path) -> None:
    target = write_csv(english, tmp_path / "c.csv")
    with pytest.raises(ExportError):
        write_csv(english, target)
    write_csv(english, target, overwrite=True)
