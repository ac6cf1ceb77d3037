"""Roles on a team library, enforced by the server: readers read, checkers mark, editors decide."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from tests.team_server import Cluster
from workbench.core.errors import LibraryError, NotPermitted
from workbench.core.vocabulary import Status
from workbench.services import cases, claims, sources
from workbench.store import Library
from workbench.store.admin import add_member, init_server, members


def _as(address: str, login: str, folder: Path) -> Library:
    signed_in = make_url(address).set(username=login).render_as_string()
    return Library.connect(signed_in, folder=folder / login)


@pytest.fixture
def desk(pg_cluster: Cluster, server_address: str, tmp_path: Path) -> Iterator[dict]:
    add_member(server_address, "rita", "reader", "Rita Reader")
    add_member(server_address, "carl", "checker", "Carl Checker")
    add_member(server_address, "edna", "editor", "Edna Editor")
    opened = {name: _as(server_address, name, tmp_path) for name in ("rita", "carl", "edna")}
    yield opened
    for library in opened.values():
        library.close()


def test_each_member_knows_their_role(desk: dict, server_address: str) -> None:
    assert {n: lib.team_role for n, lib in desk.items()} == {
        "rita": "reader",
        "carl": "checker",
        "edna": "editor",
    }
    listed = {login: (role, name) for login, role, name in members(server_address)}
    assert listed["carl"] == ("checker", "Carl Checker")


def test_a_reader_reads_but_cannot_mark(desk: dict) -> None:
    case = cases.create_case(desk["carl"], "Ferry delays")
    claim = claims.add_claim(desk["carl"], case.id, "The ferry was cancelled twice")
    assert cases.case_dossier(desk["rita"], case.id).claims[0].text.startswith("The ferry")
    with pytest.raises(NotPermitted, match="readers can search, read and export"):
        claims.mark_claim(desk["rita"], claim.id, Status.DENIED)
    assert cases.case_dossier(desk["carl"], case.id).claims[0].status is Status.UNVERIFIED


def test_a_checker_marks_but_verdicts_merges_and_deletions_are_the_editors(desk: dict) -> None:
    carl, edna = desk["carl"], desk["edna"]
    case = cases.create_case(carl, "Ferry delays")
    claim = claims.add_claim(carl, case.id, "The ferry was cancelled twice", source_name="Port")
    claims.mark_claim(carl, claim.id, Status.SOURCED)
    cases.update_case(carl, case.id, question="Was the ferry cancelled?")
    other = sources.get_or_create_source(carl, "The port")
    for refused in (
        lambda: cases.update_case(carl, case.id, verdict="False"),
        lambda: sources.merge_sources(carl, claim.source_id or 0, [other.id]),
        lambda: claims.delete_claim(carl, claim.id),
    ):
        with pytest.raises(NotPermitted, match="need the editor role"):
            refused()
    assert cases.case_dossier(carl, case.id).case.verdict == ""
    cases.update_case(edna, case.id, verdict="False")
    sources.merge_sources(edna, claim.source_id or 0, [other.id])
    claims.delete_claim(edna, claim.id)
    assert cases.case_dossier(carl, case.id).claims == ()


def test_nobody_but_the_owner_rewrites_the_audit_trail(desk: dict) -> None:
    case = cases.create_case(desk["edna"], "Ferry delays")
    with (
        pytest.raises(ProgrammingError, match="permission denied"),
        desk["edna"].engine.begin() as c,
    ):
        c.execute(text("UPDATE audit SET actor = 'someone' WHERE entity_id = :id"), {"id": case.id})


def test_only_an_owner_sets_the_team_library_up(desk: dict, server_address: str) -> None:
    as_carl = make_url(server_address).set(username="carl").render_as_string()
    with pytest.raises(LibraryError, match="CREATEROLE"):
        init_server(as_carl)
