"""`workbench checked import|match`, `claim import`, and claims in `search`/`batch-search`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.archive.verdicts import as_dicts, write_csv, write_feed, write_jsonl, write_page
from tests.cli.test_cli import run


def test_import_then_match_as_json(tmp_path: Path, capsys) -> None:
    data = tmp_path / "lib"
    files = [write_feed(tmp_path / "feed.json"), write_page(tmp_path / "p.html", as_dicts()[1])]
    code, out, _ = run(capsys, data, "checked", "import", *map(str, files))
    assert code == 0
    assert "7 earlier verdicts added, 1 duplicates folded" in out
    post = "OMG @MayorBrand banning #bicycles from Corvena old town?! https://t.co/abc"
    code, out, _ = run(capsys, data, "checked", "match", post, "--json", "--limit", "2")
    assert code == 0
    [line] = out.splitlines()
    record = json.loads(line)
    assert record["query"] == post
    best = record["matches"][0]
    assert set(best) == {"ref", "claim", "title", "rating", "reviewer", "url", "date", "score"}
    assert (best["ref"], best["rating"], best["date"]) == ("v-102", "Misleading", "2031-03-11")
    assert 1 <= len(record["matches"]) <= 2


def test_match_a_file_of_pasted_posts_one_line_each(tmp_path: Path, capsys) -> None:
    data = tmp_path / "lib"
    run(capsys, data, "checked", "import", str(write_csv(tmp_path / "a.csv")))
    queries = tmp_path / "posts.txt"
    queries.write_text(
        '#HaldenDam collapsed?? "it\'s gone" (((\n\nانهيار سد هالدن\nAND OR NOT "\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, data, "checked", "match", "--file", str(queries), "--json")
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert next(r["query"] for r in records).startswith("#HaldenDam")
    assert len(records) == 3
    assert records[0]["matches"][0]["ref"] == "v-101"
    assert records[1]["matches"][0]["ref"] == "v-107"


def test_a_hostile_file_gets_one_line_and_exit_1(tmp_path: Path, capsys) -> None:
    data = tmp_path / "lib"
    bad = tmp_path / "bomb.json"
    bad.write_bytes(b"[" * 50_000)
    good = write_jsonl(tmp_path / "ok.jsonl")
    code, out, err = run(capsys, data, "checked", "import", str(bad), str(good))
    assert code == 1
    assert "refused: bomb.json: the JSON is nested too deeply" in out
    assert "7 earlier verdicts added" in out
    assert "Traceback" not in out + err


def test_match_on_an_empty_archive_says_so(tmp_path: Path, capsys) -> None:
    code, out, err = run(capsys, tmp_path / "lib", "checked", "match", "anything", "--json")
    assert code == 0
    assert json.loads(out) == {"query": "anything", "matches": []}
    assert "archive is empty" in err


def test_claim_import_then_search_and_batch_search_claims(tmp_path: Path, capsys) -> None:
    data = tmp_path / "lib"
    run(capsys, data, "case", "new", "Veska floods")
    table = tmp_path / "claims.csv"
    table.write_text(
        "text,status,source,source_kind,note\n"
        "The Halden dam collapsed,denied,Lake Watch,outlet,denied by the dam authority\n"
        "Schools in Meridia are closed,unverified,,,\n"
        "سد هالدن انهار,relayed,مرصد الحقيقة,outlet,\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, data, "claim", "import", "Veska", str(table), "--json")
    assert code == 0, err
    assert [c["status"] for c in json.loads(out)] == ["denied", "unverified", "relayed"]

    code, out, _ = run(capsys, data, "search", "dam", "--claims", "--json")
    [hit] = json.loads(out)["results"]
    assert (hit["status"], hit["source"]) == ("denied", "Lake Watch")

    queries = tmp_path / "q.txt"
    queries.write_text("dam\nschools\n(((\n", encoding="utf-8")
    code, out, _ = run(capsys, data, "batch-search", str(queries), "--claims", "--json")
    rows = json.loads(out)
    assert rows[0]["claims"][0]["status"] == "denied"
    assert rows[1]["count"] == 1
    assert code in (0, 1)


def test_claim_import_with_a_bad_row_adds_nothing(tmp_path: Path, capsys) -> None:
    data = tmp_path / "lib"
    run(capsys, data, "case", "new", "Veska floods")
    table = tmp_path / "claims.jsonl"
    table.write_text(
        '{"text": "A fine claim"}\n{"text": "Another", "status": "maybe"}\n', encoding="utf-8"
    )
    code, _, err = run(capsys, data, "claim", "import", "Veska", str(table))
    assert code == 2
    assert "claims.jsonl, line 2" in err
    code, out, _ = run(capsys, data, "claims", "Veska", "--json")
    assert json.loads(out) == []
