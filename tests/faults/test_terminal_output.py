"""User text printed to a terminal cannot drive it: control characters are shown, not obeyed."""

from __future__ import annotations

import json
from pathlib import Path

from tests.faults.conftest import run_cli

HOSTILE = "Shipment seen \x1b]0;owned\x07 at port \x1b[2J\x9b31m twice\r overwritten"


def test_claim_wordings_are_printed_with_control_characters_escaped(tmp_path: Path) -> None:
    data = tmp_path / "library"
    assert run_cli(data, "case", "new", "Port").returncode == 0
    added = run_cli(data, "claim", "add", "Port", HOSTILE)
    assert added.returncode == 0, added.stderr
    listing = run_cli(data, "claims", "Port")
    for raw in ("\x1b", "\x07", "\x9b", "\r"):
        assert raw not in listing.stdout + added.stdout
    assert "\\u001b]0;owned\\u0007" in listing.stdout
    assert "\\u009b31m" in listing.stdout

    # JSON stays valid and gives back exactly what was stored.
    as_json = run_cli(data, "claims", "Port", "--json")
    assert "\x1b" not in as_json.stdout
    (claim,) = json.loads(as_json.stdout)
    assert "\x1b]0;owned\x07 at port \x1b[2J\x9b31m" in claim["text"]


def test_error_lines_escape_control_characters_in_names(tmp_path: Path) -> None:
    result = run_cli(tmp_path / "library", "claims", "No \x1b[31mcase")
    assert result.returncode == 2
    assert "\x1b" not in result.stderr
    assert "[31mcase" in result.stderr
