"""The command line on a team library: `server init`, `--server`, WORKBENCH_SERVER."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.team_server import Cluster
from workbench.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_then_mark_over_the_server(
    pg_cluster: Cluster, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = "cli_desk"
    pg_cluster.sql(f'CREATE DATABASE "{name}"')
    address = pg_cluster.url(name)
    data = str(tmp_path / "data")
    try:
        code, _, err = run(capsys, "--data", data, "--server", address, "cases")
        assert code == 2 and "workbench server init" in err and "\n" not in err.strip()
        code, out, _ = run(capsys, "server", "init", address)
        assert code == 0 and "team library ready" in out
        code, out, _ = run(capsys, "server", "init", address)  # nothing left to do
        assert code == 0
        assert run(capsys, "--data", data, "--server", address, "case", "new", "Dam")[0] == 0
        code, out, _ = run(
            capsys, "--data", data, "--server", address, "claim", "add", "Dam", "The dam gave way"
        )
        assert code == 0
        monkeypatch.setenv("WORKBENCH_SERVER", address)
        code, out, _ = run(capsys, "--data", data, "claims", "Dam", "--json")
        claim = json.loads(out)[0]
        assert run(capsys, "--data", data, "claim", "mark", str(claim["id"]), "denied")[0] == 0
        code, out, _ = run(capsys, "--data", data, "claims", "Dam", "--json")
        assert json.loads(out)[0]["status"] == "denied"
        assert (Path(data) / "team").is_dir()  # this computer's index of the team library
        code, out, _ = run(capsys, "--data", data, "check")
        assert code == 0 and out.strip().endswith(f"{address} is sound")
        code, out, _ = run(capsys, "--data", data, "claim", "history", str(claim["id"]))
        assert code == 0 and "status" in out and "postgres" in out
        pg_cluster.sql("INSERT INTO member VALUES ('postgres', 'Dana Desk')", database=name)
        answers = tmp_path / "dana.fcase"
        code, out, _ = run(capsys, "--data", data, "workshop", "answers", "Dam", "-o", str(answers))
        assert code == 0 and out.startswith("answers of Dana Desk written")
        code, _, err = run(capsys, "--server", "postgresql://ana:pw@/x", "cases")
        assert code == 2 and "pgpass" in err
    finally:
        pg_cluster.drop_database(name)
