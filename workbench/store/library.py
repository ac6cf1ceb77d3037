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

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from workbench.core.errors import LibraryDamaged, LibraryError, LibraryInUse, LibraryReadOnly
from workbench.store.failures import newest_backup, storage_error
from workbench.store.lock import FolderLock
from workbench.store.server import cache_name, make_server_engine, server_url, shown_address
from workbench.store.server_failures import server_error, settle_commit
from workbench.store.team import team_role

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
    """One library: a folder with its SQLite database, or a team library on a PostgreSQL server.

    Open a folder with `Library.open(folder)`, a team library with `Library.connect(address)`;
    use `with library.session() as s:` for one unit of work. A team library's folder holds only
    this computer's search index and log.
    """

    def __init__(
        self,
        folder: Path,
        exports_dir: Path,
        engine: Engine,
        lock: FolderLock | None,
        *,
        read_only: bool = False,
        server: URL | None = None,
    ) -> None:
        self.folder = folder
        self.exports_dir = exports_dir
        self.engine = engine
        self._lock = lock
        self.server = server
        # A read-only library searches a copy of its index in a temporary folder.
        self.read_only = read_only
        self._scratch: Path | None = None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.actor = _current_user()
        # Called after a commit that journalled changes for the search index.
        self.after_change: list[Callable[[], object]] = []
        # Audit ids of changes whose commit the server never answered: saved or not, as a whole.
        self.unconfirmed: list[int] = []
        # On a server: "reader", "checker", "editor" or "owner"; a folder's user owns it.
        self.team_role = "owner"

    @property
    def is_team(self) -> bool:
        """A team library on a server, rather than a folder on this computer."""
        return self.server is not None

    @property
    def address(self) -> str:
        """Where the library lives, as the user names it: the folder or the server address."""
        return shown_address(self.server) if self.server is not None else str(self.folder)

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

    @classmethod
    def connect(
        cls, address: str, *, folder: Path | None = None, exports_dir: Path | None = None
    ) -> Library:
        """Open the team library at a ``postgresql://`` address.

        `folder` keeps this computer's search index and log for it; when another program here
        already uses that folder, a temporary one is used and the index is built there.
        """
        url = server_url(address)
        if folder is None:
            import platformdirs

            from workbench.paths import APP_NAME

            folder = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "team"
            folder = folder / cache_name(url)
        folder = Path(folder).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        lock: FolderLock | None = FolderLock(folder)
        try:
            lock.acquire()  # type: ignore[union-attr]
        except LibraryInUse:
            folder = Path(tempfile.mkdtemp(prefix="workbench-team-"))
            lock = None
        engine = make_server_engine(url)
        library = cls(folder, exports_dir or folder / "exports", engine, lock, server=url)
        if lock is None:
            library._scratch = folder
        try:
            library._prepare_server()
        except BaseException:
            library.close()
            raise
        return library

    def _prepare_server(self) -> None:
        try:
            with self.engine.connect() as connection:
                self.actor = connection.execute(text("SELECT current_user")).scalar_one()
                self.team_role = team_role(connection)
        except DBAPIError as error:
            raise server_error(error, self.address, changing=False) or error from error
        current = self.schema_revision()
        head = script_head() or head_revision()
        if current != head:
            found = f"schema {current}" if current else "no Workbench schema"
            raise LibraryError(
                f"The team library at {self.address} has {found}; this Workbench needs {head}. "
                f"The server's administrator runs `workbench server init {self.address}`."
            )

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
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
        if self.server is not None:
            with self._team_session() as session:
                yield session
            return
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

    @contextmanager
    def _team_session(self) -> Iterator[Session]:
        """A unit of work on the server. A commit the server never answered is settled: the
        audit row written with the change shows whether it was saved, once the server is back."""
        session = self._sessions()
        try:
            try:
                session.begin()
                yield session
                session.flush()
                entry = session.info.get("audit")
                witness = entry.id if entry is not None else None
            except BaseException:
                session.rollback()
                raise
            try:
                session.commit()
            except DBAPIError as error:
                saved = settle_commit(self.engine, witness)
                if not saved:
                    if saved is None and witness is not None:
                        self.unconfirmed.append(witness)
                    mapped = server_error(error, self.address, saved=saved, role=self.team_role)
                    raise mapped or error from error
            changed = session.info.pop("journalled", False)
        except DBAPIError as error:
            mapped = server_error(error, self.address, role=self.team_role)
            if mapped is None:
                raise
            raise mapped from error
        finally:
            session.close()
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
        if self.is_team:
            raise LibraryError(
                f"The team library at {self.address} is backed up on its server (pg_dump), "
                "not by Workbench."
            )
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
        if self.read_only or self.is_team:
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
