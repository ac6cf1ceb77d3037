"""`workbench search`, `reindex`, `batch-search` and `saved` on the demo case."""

from __future__ import annotations

import json
import shutil

from tests.cli.test_cli import run


def test_search_json_has_stable_keys_and_finds_stemmed_words(tmp_path, capsys) -> None:
    data = tmp_path / "lib"
    run(capsys, data, "demo")
    code, out, _ = run(capsys, data, "search", "shipping", "--json")
    assert code == 0
    found = json.loads(out)
    assert found["total"] >= 2
    assert set(found["results"][0]) == {"id", "title", "outlet", "date", "score", "snippet"}
    assert "[[" in found["results"][0]["snippet"]
    code, out, _ = run(capsys, data, "search", "تل صفرة language:ar", "--json")
    assert [r["outlet"] for r in json.loads(out)["results"]] == ["الرصد نيوز"]


def test_bad_queries_never_give_a_traceback(tmp_path, capsys) -> None:
    data = tmp_path / "lib"
    run(capsys, data, "demo")
    for query in ['"unbalanced', "title:", "*", "AND OR NOT", "x" * 5000, "(((", "date:[2031 TO"]:
        code, out, err = run(capsys, data, "search", query)
        assert code in (0, 2), (query, err)
        assert "Traceback" not in out + err


def test_reindex_after_the_index_is_deleted(tmp_path, capsys) -> None:
    data = tmp_path / "lib"
    run(capsys, data, "demo")
    shutil.rmtree(data / "index", ignore_errors=True)
    code, out, _ = run(capsys, data, "reindex")
    assert code == 0 and "indexed 5 articles" in out
    code, out, _ = run(capsys, data, "search", "embassy", "--json")
    assert json.loads(out)["total"] >= 2


def test_batch_search_and_saved_searches(tmp_path, capsys) -> None:
    data = tmp_path / "lib"
    run(capsys, data, "demo")
    queries = tmp_path / "names.txt"
    queries.write_text('# names to check\nKestrel-9\n"Tel Safra"\nnobodyhere\n', encoding="utf-8")
    code, out, _ = run(capsys, data, "batch-search", str(queries), "--json")
    assert code == 0
    rows = {r["query"]: r for r in json.loads(out)}
    assert rows["nobodyhere"]["count"] == 0
    assert rows['"Tel Safra"']["count"] >= 3
    assert run(capsys, data, "saved", "add", "crossing", '"Tel Safra"')[0] == 0
    code, out, _ = run(capsys, data, "saved", "run", "crossing", "--json")
    assert json.loads(out)["total"] == rows['"Tel Safra"']["count"]
