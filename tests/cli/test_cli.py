"""The command line on real files and a real library folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO, ROOT
from workbench.cli.main import main
from workbench.store import Library


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_folder_then_list_show_and_mark(tmp_path: Path, capsys) -> None:
    data = tmp_path / "lib"
    code, out, _ = run(capsys, data, "import", str(DEMO / "articles"), "--case", "Launchers")
    assert code == 0
    assert out.count("imported") == 5

    code, out, _ = run(capsys, data, "articles", "--case", "Launchers", "--json")
    listing = json.loads(out)
    assert len(listing) == 5
    assert set(listing[0]) == {
        "id",
        "title",
        "outlet",
        "url",
        "published",
        "language",
        "format",
        "source_file",
    }
    arabic = next(a for a in listing if a["language"] == "ar")

    code, out, _ = run(capsys, data, "show", str(arabic["id"]), "--json")
    shown = json.loads(out)
    assert "نوردافيا" in shown["text"]

    chronicle = next(a for a in listing if Path(a["source_file"]).name.startswith("01_"))
    code, out, _ = run(
        capsys,
        data,
        "claim",
        "add",
        "Launchers",
        "Two launchers crossed at Tel Safra",
        "--source",
        "The Northern Chronicle",
        "--source-kind",
        "outlet",
        "--article",
        str(chronicle["id"]),
        "--quote",
        "drove them across the Tel Safra crossing",
        "--status",
        "sourced",
        "--json",
    )
    assert code == 0
    claim = json.loads(out)
    assert claim["status"] == "sourced"
    (mention,) = claim["mentions"]
    assert mention["article"] == chronicle["id"]
    assert mention["quote"] == "drove them across the Tel Safra crossing"

    code, out, _ = run(
        capsys, data, "claim", "mark", str(claim["id"]), "denied", "--note", "denial"
    )
    assert code == 0
    code, out, _ = run(capsys, data, "claims", "Launchers", "--json")
    (listed,) = json.loads(out)
    assert set(listed) >= {"id", "text", "status", "source", "mentions"}
    assert listed["status"] == "denied"
    assert set(listed["mentions"][0]) >= {"article", "start", "end", "quote"}

    code, out, _ = run(capsys, data, "check")
    assert code == 0 and out.startswith("ok")


def test_duplicates_and_failures_are_reported_per_file(tmp_path: Path, capsys) -> None:
    data = tmp_path / "lib"
    (tmp_path / "empty.txt").write_text("")
    copy = tmp_path / "copy.txt"
    copy.write_text((DEMO / "articles" / "02_gulfwire_relay.txt").read_text().replace("\n", "\n\n"))
    code, out, _ = run(
        capsys,
        data,
        "import",
        str(DEMO / "articles" / "02_gulfwire_relay.txt"),
        str(copy),
        str(tmp_path / "empty.txt"),
        str(tmp_path / "missing.txt"),
    )
    assert code == 1
    lines = [line for line in out.splitlines() if not line.startswith(" ")]
    verdicts = {
        name: line.split()[0]
        for line in lines
        for name in ("02_gulfwire", "copy.txt", "empty.txt", "missing.txt")
        if name in line
    }
    assert verdicts == {
        "02_gulfwire": "imported",
        "copy.txt": "duplicate",
        "empty.txt": "skipped",
        "missing.txt": "skipped",
    }
    code, out, _ = run(capsys, data, "articles", "--json")
    assert len(json.loads(out)) == 1


def test_unknown_case_and_bad_status_give_one_clear_line(tmp_path: Path, capsys) -> None:
    data = tmp_path / "lib"
    code, _, err = run(capsys, data, "claims", "No such case")
    assert code == 2 and "No case called" in err
    with pytest.raises(SystemExit):
        main(["--data", str(data), "claim", "mark", "1", "probably"])
    assert "unknown status" in capsys.readouterr().err


def test_check_finds_a_mention_that_no_longer_matches(tmp_path: Path, capsys) -> None:
    data = tmp_path / "lib"
    run(capsys, data, "demo", "--unmarked")
    run(
        capsys,
        data,
        "claim",
        "add",
        "Were launchers",
        "Crossing denied",
        "--article",
        "4",
        "--quote",
        "denied on Thursday",
    )
    with Library.open(data) as library, library.engine.begin() as c:
        c.exec_driver_sql("UPDATE mention SET quote = 'tampered'")
    code, out, _ = run(capsys, data, "check")
    assert code == 1 and "no longer matches" in out


def test_a_second_process_is_told_the_library_is_in_use(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib"):
        env = {**os.environ, "WORKBENCH_DATA": str(tmp_path / "lib")}
        result = subprocess.run(
            [sys.executable, "-m", "workbench", "cases"],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
        )
    assert result.returncode == 2
    assert "open in another Workbench" in result.stderr


def test_a_near_copy_in_the_same_case_is_flagged_on_import(tmp_path: Path, capsys) -> None:
    data = tmp_path / "lib"
    run(capsys, data, "import", str(DEMO / "articles"), "--case", "Launchers")
    original = (DEMO / "articles" / "02_gulfwire_relay.txt").read_text(encoding="utf-8")
    copy = tmp_path / "rewrite.txt"
    copy.write_text(original.replace("late on Tuesday", "on Tuesday evening"), encoding="utf-8")
    code, out, _ = run(capsys, data, "import", str(copy), "--case", "Launchers")
    assert code == 0
    assert "near-copy of article 2" in out


def test_demo_case_comes_marked_with_the_trainers_key(tmp_path: Path, capsys) -> None:
    data = tmp_path / "lib"
    assert run(capsys, data, "demo")[0] == 0
    _, out, _ = run(capsys, data, "claims", "1", "--json")
    marked = json.loads(out)
    assert {c["status"] for c in marked} == {"sourced", "relayed", "denied", "unverified"}
    assert all(c["mentions"] for c in marked)
    assert run(capsys, data, "check")[0] == 0


def test_article_details_can_be_corrected_and_are_searchable(tmp_path: Path, capsys) -> None:
    data = tmp_path / "lib"
    run(capsys, data, "import", str(DEMO / "articles" / "04_capital_analysis.txt"))
    code, out, _ = run(
        capsys,
        data,
        "article",
        "set",
        "1",
        "--outlet",
        "Harbour Review",
        "--published",
        "2031-04-18",
        "--url",
        "https://harbour.example/a",
    )
    assert code == 0 and "Harbour Review" in out
    _, out, _ = run(capsys, data, "search", "outlet:harbour", "--json")
    assert [r["id"] for r in json.loads(out)["results"]] == [1]
    code, _, err = run(capsys, data, "article", "set", "1", "--published", "18/04/2031")
    assert code == 2 and "YYYY-MM-DD" in err
