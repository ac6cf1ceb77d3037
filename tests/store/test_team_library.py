"""A team library on PostgreSQL: the same schema as a folder's, reached by a server address."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from tests.team_server import Cluster
from workbench.core.errors import LibraryError
from workbench.services import cases, claims, sources
from workbench.store import Library
from workbench.store.library import head_revision


def test_a_team_library_is_at_the_newest_schema_and_knows_its_user(team_library: Library) -> None:
    assert team_library.schema_revision() == head_revision()
    assert team_library.is_team and team_library.actor == "postgres"
    assert team_library.backup_if_due() is None
    with pytest.raises(LibraryError, match="pg_dump"):
        team_library.backup()


def test_source_names_match_whatever_their_case_on_the_server(team_library: Library) -> None:
    first = sources.get_or_create_source(team_library, "Port Authority")
    again = sources.get_or_create_source(team_library, "PORT authority")
    assert again.id == first.id


def test_an_address_holding_a_password_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="pgpass"):
        Library.connect("postgresql://ana:secret@db.example/desk", folder=tmp_path)


def test_a_database_without_the_schema_is_sent_to_server_init(
    pg_cluster: Cluster, tmp_path: Path
) -> None:
    pg_cluster.sql('CREATE DATABASE "bare_desk"')
    try:
        with pytest.raises(LibraryError, match="workbench server init"):
            Library.connect(pg_cluster.url("bare_desk"), folder=tmp_path)
    finally:
        pg_cluster.drop_database("bare_desk")


def test_a_stopped_server_is_said_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="cannot be reached"):
        Library.connect(f"postgresql://nobody@/desk?host={tmp_path}", folder=tmp_path / "t")


def test_two_clients_see_each_others_claims(server_address: str, tmp_path: Path) -> None:
    with Library.connect(server_address, folder=tmp_path / "a") as ana:
        case = cases.create_case(ana, "Harbour fire")
        claim = claims.add_claim(ana, case.id, "The harbour fire started at dawn")
        with Library.connect(server_address, folder=tmp_path / "a") as omar:
            assert omar.folder != ana.folder  # the index folder was in use: a scratch one
            claims.mark_claim(omar, claim.id, "denied")
        dossier = cases.case_dossier(ana, case.id)
        assert dossier.claims[0].status.value == "denied"
        with ana.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM audit")).scalar() == 4
