"""`workbench report` and `workbench export` on a real library, read back from disk."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from docx import Document

from tests.cli.test_cli import run


def _marked_demo(capsys, data: Path) -> None:
    run(capsys, data, "demo", "--unmarked")
    code, _, err = run(
        capsys,
        data,
        "claim",
        "add",
        "Were launchers",
        "Launchers crossed at Tel Safra",
        "--article",
        "1",
        "--quote",
        "drove them across the Tel Safra crossing",
        "--source",
        "The Northern Chronicle",
        "--source-kind",
        "outlet",
        "--status",
        "sourced",
    )
    assert code == 0, err
    code, _, err = run(capsys, data, "claim", "mark", "1", "denied", "--note", "authority denial")
    assert code == 0, err


def test_report_is_written_read_back_and_not_overwritten_without_force(tmp_path, capsys):
    data = tmp_path / "lib"
    _marked_demo(capsys, data)
    target = tmp_path / "out" / "verdict.docx"
    code, _, _ = run(capsys, data, "report", "Were launchers", "-o", str(target))
    assert code == 0 and target.exists()
    document = Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Were launchers smuggled from Qaramar to Nordavia?" in text
    tables = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Launchers crossed at Tel Safra" in tables
    assert document.core_properties.title.startswith("Were launchers")

    code, _, err = run(capsys, data, "report", "Were launchers", "-o", str(target))
    assert code == 2 and "exists" in err
    code, _, _ = run(capsys, data, "report", "Were launchers", "-o", str(target), "--force")
    assert code == 0


def test_report_goes_to_the_exports_folder_by_default(tmp_path, capsys):
    data = tmp_path / "lib"
    _marked_demo(capsys, data)
    code, out, _ = run(capsys, data, "report", "1")
    assert code == 0
    written = Path(out.split(": ", 1)[1].strip())
    assert written.parent == data / "exports" and written.suffix == ".docx"


def test_csv_and_claimreview_exports(tmp_path, capsys):
    data = tmp_path / "lib"
    _marked_demo(capsys, data)
    sheet = tmp_path / "claims.csv"
    assert run(capsys, data, "export", "1", "--format", "csv", "-o", str(sheet))[0] == 0
    rows = list(csv.DictReader(sheet.open(encoding="utf-8-sig")))
    assert any("Launchers crossed at Tel Safra" in value for row in rows for value in row.values())
    reviews = tmp_path / "reviews.jsonld"
    assert run(capsys, data, "export", "1", "--format", "claimreview", "-o", str(reviews))[0] == 0
    data_out = json.loads(reviews.read_text(encoding="utf-8"))
    items = data_out if isinstance(data_out, list) else data_out.get("@graph", [data_out])
    assert any(item.get("claimReviewed") == "Launchers crossed at Tel Safra" for item in items)


def test_claimreview_export_uses_the_newsroom_and_says_what_it_left_out(
    tmp_path: Path, capsys
) -> None:
    data = tmp_path / "lib"
    run(capsys, data, "case", "new", "Veska floods")
    run(capsys, data, "claim", "add", "Veska floods", "The dam collapsed", "--status", "denied")
    run(capsys, data, "claim", "add", "Veska floods", "Schools closed")
    code, out, _ = run(capsys, data, "settings", "newsroom.name", "Harbour Gazette")
    assert code == 0
    code, _, err = run(capsys, data, "settings", "newsroom.url", "not a link")
    assert code == 2 and "https://" in err
    run(capsys, data, "settings", "newsroom.url", "https://hg.example")
    target = tmp_path / "out.jsonld"
    code, out, _ = run(
        capsys, data, "export", "Veska", "--format", "claimreview", "-o", str(target),
        "--url", "https://hg.example/checks/veska",
    )  # fmt: skip
    assert code == 0
    assert "left out: claim 2" in out and "unverified" in out
    assert "no url" not in out and "no author" not in out
    [review] = json.loads(target.read_text(encoding="utf-8"))
    assert review["author"] == {
        "@type": "Organization",
        "name": "Harbour Gazette",
        "url": "https://hg.example",
    }
    assert review["url"].startswith("https://hg.example/checks/veska#claim-")
    assert review["reviewRating"]["alternateName"] == "Denied"
