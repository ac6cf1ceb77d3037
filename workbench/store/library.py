"""Opening a library folder: the SQLite file, its upgrades, backups and the session factory."""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from workbench.core.errors import LibraryDamaged, LibraryError, LibraryReadOnly
from workbench.store.failures import newest_backup, storage_error
from workbench.store.lock import FolderLock

DB_NAME = "workbench.sqlite"
log = logging.getLogger(__name__)
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


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA trusted_schema=OFF")
    cursor.close()


def make_engine(db_path: Path, *, read_only: bool = False) -> Engine:
    if not read_only:
        engine = create_engine(f"sqlite:///{db_path}")
        event.listen(engine, "connect", _on_connect)
        return engine
    # A WAL library on a read-only disk: SQLite cannot make the shared-memory file beside it, so
    # unless both WAL files are already there (holding the last commits) it is opened immutable.
    wal = [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm")]
    mode = "mode=ro" if all(p.exists() for p in wal) else "mode=ro&immutable=1"
    uri = f"{db_path.resolve().as_uri()}?{mode}"
    engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    )
    event.listen(engine, "connect", _on_connect_read_only)
    return engine


def _cannot_write(folder: Path, db_path: Path) -> bool:
    """A write-protected disk or folder, or a database file the user may not change."""
    if not os.access(folder, os.W_OK):
        return True
    return db_path.exists() and not os.access(db_path, os.W_OK)


class Library:
    """One library folder: the database, the search index beside it, backups and a log.

    Open it with `Library.open(folder)`; use `with library.session() as s:` for one unit of work.
    """

    def __init__(
        self,
        folder: Path,
        exports_dir: Path,
        engine: Engine,
        lock: FolderLock,
        *,
        read_only: bool = False,
    ) -> None:
        self.folder = folder
        self.exports_dir = exports_dir
        self.engine = engine
        self._lock = lock
        # A read-only library searches a copy of its index in a temporary folder.
        self.read_only = read_only
        self._scratch: Path | None = None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.actor = _current_user()
        # Called after a commit that journalled changes for the search index.
        self.after_change: list[Callable[[], object]] = []

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def index_dir(self) -> Path:
        if not self.read_only:
            return self.folder / "index"
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="workbench-index-"))
            # No index, or an unreadable one: it is then built in the scratch folder.
            with contextlib.suppress(OSError):
                shutil.copytree(self.folder / "index", self._scratch / "index")
        return self._scratch / "index"

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
        db_path = folder / DB_NAME
        refuse_empty_database(db_path)
        cannot_write = _cannot_write(folder, db_path)
        if cannot_write and not db_path.exists():
            raise LibraryReadOnly(
                f"There is no library in {folder}, and a new one cannot be made there: the "
                "folder is read-only."
            )
        lock = FolderLock(folder, shared=cannot_write)
        lock.acquire()
        try:
            engine = make_engine(db_path, read_only=cannot_write)
            library = cls(
                folder, exports_dir or folder / "exports", engine, lock, read_only=cannot_write
            )
            library._prepare_schema()
        except BaseException:
            lock.release()
            raise
        return library

    def close(self) -> None:
        self.engine.dispose()
        self._lock.release()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        try:
            with self._sessions() as session:
                with session.begin():
                    yield session
                changed = session.info.pop("journalled", False)
        except DBAPIError as error:
            mapped = storage_error(error, self.folder)
            if mapped is None:
                raise
            raise mapped from error
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
        except DBAPIError as error:
            mapped = storage_error(error, self.folder)
            if mapped is not None and not isinstance(mapped, LibraryDamaged):
                raise mapped from error
            raise LibraryError(
                f"{self.db_path} is not a Workbench library (the file is damaged or is not "
                f"SQLite).{_backup_hint(self.folder)}"
            ) from error
        head = head_revision()
        if current == head:
            return
        if self.read_only:
            raise LibraryReadOnly(
                f"The library in {self.folder} was made by an older version of Workbench and "
                "must be upgraded, which needs write access: copy it to a writable folder first."
            )
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
        """Copy the database with SQLite's online backup: consistent even while in use.

        A copy that cannot be finished (a full disk) is removed, never left looking like a backup.
        """
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.backups_dir / f"workbench-{stamp}-{reason}.sqlite"
        try:
            self.backups_dir.mkdir(exist_ok=True)
            source = sqlite3.connect(self.db_path)
            try:
                destination = sqlite3.connect(target)
                try:
                    with destination:
                        source.backup(destination)
                finally:
                    destination.close()
            finally:
                source.close()
        except (sqlite3.Error, OSError) as error:
            with contextlib.suppress(OSError):
                target.unlink(missing_ok=True)
            mapped = storage_error(error, self.folder)
            raise mapped or LibraryError(
                f"Cannot write a backup in {self.backups_dir}: {error}"
            ) from error
        self._prune_backups()
        return target

    def backup_if_due(self, every: timedelta = timedelta(days=1)) -> Path | None:
        """A daily automatic backup; cheap to call at every start. None on a read-only library."""
        if self.read_only:
            return None
        newest = max(self.backups_dir.glob("workbench-*.sqlite"), default=None, key=_mtime)
        if newest is not None and datetime.now() - datetime.fromtimestamp(_mtime(newest)) < every:
            return None
        try:
            return self.backup()
        except LibraryError as error:
            # A missed daily copy must not keep the library from opening; the log keeps the why.
            log.warning("no automatic backup today: %s", error)
            return None

    def _prune_backups(self) -> None:
        autos = sorted(self.backups_dir.glob("workbench-*-auto.sqlite"), key=_mtime)
        for old in autos[:-BACKUPS_KEPT]:
            old.unlink(missing_ok=True)


def refuse_empty_database(db_path: Path) -> None:
    """A database file of 0 bytes was a library once (SQLite never leaves one empty): refuse it
    rather than start over in its place, and point to the backups."""
    try:
        empty = db_path.is_file() and db_path.stat().st_size == 0
    except OSError:
        return
    if empty:
        raise LibraryError(
            f"{db_path} is empty (0 bytes): the library was lost or cut short, and Workbench will "
            f"not start a new one in its place.{_backup_hint(db_path.parent)} To start afresh "
            "instead, remove the empty file."
        )


def _backup_hint(folder: Path) -> str:
    newest = newest_backup(folder)
    if newest is None:
        return " There is no backup of it in the backups folder."
    return (
        f" The newest backup is {newest}: close Workbench and copy it over {DB_NAME} to restore it."
    )


def _mtime(path: Path) -> float:
    return path.stat().st_mtime


def _current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "checker"
