"""Opening a library folder: the SQLite file, its upgrades, backups and the session factory."""

from __future__ import annotations

import getpass
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from workbench.core.errors import LibraryError
from workbench.store.lock import FolderLock

DB_NAME = "workbench.sqlite"
MIGRATIONS = Path(__file__).with_name("migrations")
BACKUPS_KEPT = 7
# FULL, not NORMAL: in WAL mode NORMAL lets a power cut roll back the last commits, and a marking
# the window has shown as saved must survive one. benchmarks/durability_bench.py measures the cost.
SYNCHRONOUS = "FULL"

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only to upgrade: opening a current library reads its revision with sqlite3.
_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*=\s*(?:None|[\"'](\w+)[\"'])", re.M)


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


@cache
def script_head() -> str | None:
    """The head revision read from the migration files' own lines, without importing Alembic.

    None when the files do not name exactly one head; the caller then asks Alembic.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        fields = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if fields.get("revision"):
            revisions.add(fields["revision"])
        if fields.get("down_revision"):
            parents.add(fields["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(db_path: Path) -> str | None:
    """The revision a library file records, or None when it cannot be read this cheaply."""
    if not db_path.is_file():
        return None
    try:
        connection = sqlite3.connect(db_path)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def upgrade_database(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to `revision` on the given engine."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA trusted_schema=OFF")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
    cursor.close()


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}")
    event.listen(engine, "connect", _on_connect)
    return engine


class Library:
    """One library folder: the database, the search index beside it, backups and a log.

    Open it with `Library.open(folder)`; use `with library.session() as s:` for one unit of work.
    """

    def __init__(self, folder: Path, exports_dir: Path, engine: Engine, lock: FolderLock) -> None:
        self.folder = folder
        self.exports_dir = exports_dir
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.actor = _current_user()
        # Called after a commit that journalled changes for the search index.
        self.after_change: list[Callable[[], None]] = []

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def index_dir(self) -> Path:
        return self.folder / "index"

    @property
    def backups_dir(self) -> Path:
        return self.folder / "backups"

    @property
    def log_path(self) -> Path:
        return self.folder / "workbench.log"

    @classmethod
    def open(cls, folder: Path, *, exports_dir: Path | None = None) -> Library:
        """Open or create the library in `folder`; an older schema is backed up, then upgraded."""
        folder = Path(folder).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(
                f"Cannot create the library folder {folder}: {error.strerror}"
            ) from error
        lock = FolderLock(folder)
        lock.acquire()
        try:
            engine = make_engine(folder / DB_NAME)
            library = cls(folder, exports_dir or folder / "exports", engine, lock)
            library._prepare_schema()
        except BaseException:
            lock.release()
            raise
        return library

    def close(self) -> None:
        self.engine.dispose()
        self._lock.release()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        with self._sessions() as session:
            with session.begin():
                yield session
            changed = session.info.pop("journalled", False)
        if changed:
            for callback in list(self.after_change):
                callback()

    def schema_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def _prepare_schema(self) -> None:
        head = script_head()
        if head is not None and _stored_revision(self.db_path) == head:
            return
        from alembic.script import ScriptDirectory

        try:
            current = self.schema_revision()
        except DatabaseError as error:
            raise LibraryError(
                f"{self.db_path} is not a Workbench library (the file is damaged or is not SQLite)."
            ) from error
        head = head_revision()
        if current == head:
            return
        script = ScriptDirectory.from_config(_alembic_config())
        if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
            raise LibraryError(
                f"{self.db_path} was made by a newer version of Workbench (schema {current}); "
                "update Workbench to open it."
            )
        if current is not None:
            self.backup(reason=f"before-upgrade-{current}")
        upgrade_database(self.engine)

    def backup(self, reason: str = "auto") -> Path:
        """Copy the database with SQLite's online backup: consistent even while in use."""
        self.backups_dir.mkdir(exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.backups_dir / f"workbench-{stamp}-{reason}.sqlite"
        source = sqlite3.connect(self.db_path)
        try:
            destination = sqlite3.connect(target)
            with destination:
                source.backup(destination)
            destination.close()
        finally:
            source.close()
        self._prune_backups()
        return target

    def backup_if_due(self, every: timedelta = timedelta(days=1)) -> Path | None:
        """A daily automatic backup; cheap to call at every start."""
        newest = max(self.backups_dir.glob("workbench-*.sqlite"), default=None, key=_mtime)
        if newest is not None and datetime.now() - datetime.fromtimestamp(_mtime(newest)) < every:
            return None
        return self.backup()

    def _prune_backups(self) -> None:
        autos = sorted(self.backups_dir.glob("workbench-*-auto.sqlite"), key=_mtime)
        for old in autos[:-BACKUPS_KEPT]:
            old.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    return path.stat().st_mtime


def _current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "checker"
