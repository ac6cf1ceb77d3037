"""A throwaway PostgreSQL cluster for the whole test run, and a fresh team library per test.

The cluster lives in a temporary folder and listens only on a Unix socket there. Its data is made
once by `initdb` (as the `postgres` user when the tests run as root); each test gets a database
copied from a template that already holds the schema and the team's grants, which costs a few
milliseconds. Without PostgreSQL's server programs the tests that need them are skipped, with the
reason, except under CI=true, where they fail: CI installs the server.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Debian and Ubuntu keep the server programs off PATH, one folder per major version.
VERSIONED = Path("/usr/lib/postgresql")
TEMPLATE = "workbench_template"
PREFIX = "wb-pg-"  # each run's folder; an `owner` file in it holds the test run's process id
_numbers = itertools.count(1)


def server_programs() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL's server is not installed."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    versions = (
        sorted(VERSIONED.glob("*/bin/initdb"), key=lambda p: p.parts[-3])
        if (VERSIONED.is_dir())
        else []
    )
    return versions[-1].parent if versions else None


class Cluster:
    """One running PostgreSQL server on a socket in `folder`."""

    def __init__(self, programs: Path, folder: Path) -> None:
        self.programs = programs
        self.folder = folder
        self.data = folder / "data"
        self.socket = folder
        self.as_postgres = os.geteuid() == 0

    def run(self, program: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.programs / program), *args]
        if self.as_postgres:  # the server refuses to run as root
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120)

    def init(self) -> None:
        if self.as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")
        self.run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
            "--locale=C",
        )

    def start(self, *, durable: bool = False) -> None:
        # fsync off for tests: their data need not outlive a power cut, and an immediate stop is
        # a process crash, which the server recovers from its WAL all the same. A benchmark
        # measures the durable server a desk would run.
        safety = "" if durable else "-c fsync=off -c full_page_writes=off "
        options = (
            f"-k {self.socket} -c listen_addresses='' {safety}"
            "-c max_connections=60 -c shared_buffers=16MB"
        )
        self.run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def url(self, database: str = "postgres", user: str = "postgres") -> str:
        return f"postgresql://{user}@/{database}?host={self.socket}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(
            host=str(self.socket), dbname=database, user="postgres", autocommit=True
        ) as connection:
            connection.execute(statement)

    def new_database(self) -> str:
        name = f"team_{os.getpid()}_{next(_numbers)}"
        self.sql(f'CREATE DATABASE "{name}" TEMPLATE {TEMPLATE} STRATEGY FILE_COPY')
        return name

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _make_template(cluster: Cluster) -> None:
    from workbench.store.admin import init_server

    cluster.sql(f"CREATE DATABASE {TEMPLATE}")
    init_server(cluster.url(TEMPLATE))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stop_abandoned(programs: Path) -> None:
    """Stop the clusters of earlier runs that were killed before they could stop their own."""
    for owner in Path(tempfile.gettempdir()).glob(f"{PREFIX}*/owner"):
        try:
            pid = int(owner.read_text())
        except (OSError, ValueError):
            continue
        if not _alive(pid):
            Cluster(programs, owner.parent).stop("immediate")
            shutil.rmtree(owner.parent, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    programs = server_programs()
    if programs is None:
        reason = "PostgreSQL's server programs (initdb, pg_ctl) are not installed"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}; CI must install them (.ci/run does)")
        pytest.skip(reason)
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install '.[team]')")
    _stop_abandoned(programs)
    folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    (folder / "owner").write_text(str(os.getpid()))
    cluster = Cluster(programs, folder)
    try:
        cluster.init()
        cluster.start()
        _make_template(cluster)
        yield cluster
    finally:
        cluster.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def server_address(pg_cluster: Cluster) -> Iterator[str]:
    """A fresh team library's address, made by `workbench server init`, dropped after the test."""
    name = pg_cluster.new_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture
def team_library(server_address: str, tmp_path: Path) -> Iterator:
    from workbench.store import Library

    library = Library.connect(server_address, folder=tmp_path / "team")
    yield library
    library.close()
