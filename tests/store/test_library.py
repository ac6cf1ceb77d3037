"""Opening, locking, upgrading and backing up a library folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from workbench.core.errors import LibraryError, LibraryInUse
from workbench.store import Library
from workbench.store.library import head_revision, make_engine, upgrade_database


def test_new_library_is_at_the_newest_schema_with_wal_and_foreign_keys(library: Library) -> None:
    assert library.schema_revision() == head_revision()
    with library.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        # FULL (2): a commit is on disk before it is reported, so a power cut cannot undo it.
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2


def test_second_opening_is_told_the_library_is_in_use(library: Library) -> None:
    with pytest.raises(LibraryInUse, match="open in another Workbench"):
        Library.open(library.folder)


def test_library_can_be_reopened_after_close(tmp_path: Path) -> None:
    Library.open(tmp_path / "lib").close()
    Library.open(tmp_path / "lib").close()


def test_a_file_that_is_not_sqlite_is_refused_clearly(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "workbench.sqlite").write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(LibraryError, match="not a Workbench library"):
        Library.open(folder)


def test_a_library_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    Library.open(tmp_path / "lib").close()
    db = sqlite3.connect(tmp_path / "lib" / "workbench.sqlite")
    db.execute("UPDATE alembic_version SET version_num = '9999'")
    db.commit()
    db.close()
    with pytest.raises(LibraryError, match="newer version"):
        Library.open(tmp_path / "lib")


def test_library_made_with_the_first_schema_upgrades_without_loss(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    engine = make_engine(folder / "workbench.sqlite")
    upgrade_database(engine, "0001")
    with engine.begin() as c:
        c.execute(
            text(
                'INSERT INTO "case" (id, title, question, verdict, summary, created_at, '
                "updated_at) "
                "VALUES (1, 'Old case', 'q', '', '', '2030-01-01', '2030-01-01')"
            )
        )
        c.execute(
            text(
                "INSERT INTO article (id, title, language, text, raw_text, content_hash, "
                "source_file, "
                "format, imported_at) VALUES (7, 'Old article', 'en', 'Some text here.', "
                "'Some text here.', 'abc', 'old.txt', 'txt', '2030-01-01')"
            )
        )
        c.execute(
            text(
                "INSERT INTO claim (id, case_id, text, status, note, created_at, updated_at) "
                "VALUES (3, 1, 'A claim', 'denied', '', '2030-01-01', '2030-01-01')"
            )
        )
        c.execute(
            text(
                'INSERT INTO mention (id, claim_id, article_id, start, "end", quote, stance, '
                "created_at) VALUES (1, 3, 7, 0, 4, 'Some', 'denies', '2030-01-01')"
            )
        )
    engine.dispose()

    with Library.open(folder) as library:
        assert library.schema_revision() == head_revision()
        with library.engine.connect() as c:
            assert c.execute(text("SELECT status FROM claim WHERE id = 3")).scalar() == "denied"
            assert c.execute(text("SELECT quote FROM mention")).scalar() == "Some"
            files = c.execute(text("SELECT file_name FROM article_file WHERE article_id = 7"))
            assert files.scalars().all() == ["old.txt"]
        backups = list(library.backups_dir.glob("*before-upgrade-0001*"))
        assert len(backups) == 1
        old = sqlite3.connect(backups[0])
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        old.close()


def test_daily_backup_is_made_once(library: Library) -> None:
    first = library.backup_if_due()
    assert first is not None and first.exists()
    assert library.backup_if_due() is None


def test_library_made_with_schema_0003_gains_the_archive_and_keeps_its_claims(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "v3"
    folder.mkdir()
    engine = make_engine(folder / "workbench.sqlite")
    upgrade_database(engine, "0003")
    with engine.begin() as c:
        c.execute(
            text(
                'INSERT INTO "case" (id, uuid, title, question, verdict, summary, created_at, '
                "updated_at) VALUES (1, 'u-1', 'Dam case', '', '', '', '2031-01-01', '2031-01-01')"
            )
        )
        c.execute(
            text(
                "INSERT INTO claim (id, uuid, case_id, text, status, note, created_at, updated_at) "
                "VALUES (5, 'c-5', 1, 'The dam fell', 'denied', '', '2031-01-01', '2031-01-01')"
            )
        )
    engine.dispose()

    with Library.open(folder) as library:
        assert library.schema_revision() == head_revision()
        with library.engine.begin() as c:
            assert c.execute(text("SELECT status FROM claim WHERE id = 5")).scalar() == "denied"
            assert c.execute(text("SELECT count(*) FROM checked_verdict")).scalar() == 0
            c.execute(
                text(
                    "INSERT INTO checked_verdict (claim, title, rating, reviewer, url, language, "
                    "fingerprint, claim_terms, title_terms, origin, imported_at) VALUES "
                    "('x', '', '', '', '', 'en', 'f1', 'x', '', 'a.csv', '2031-01-01')"
                )
            )
            c.execute(text("INSERT INTO setting (key, value) VALUES ('newsroom.name', 'HG')"))
        assert len(list(library.backups_dir.glob("*before-upgrade-0003*"))) == 1


def test_library_made_with_schema_0005_gains_check_outs_and_keeps_its_cases(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "v4"
    folder.mkdir()
    engine = make_engine(folder / "workbench.sqlite")
    upgrade_database(engine, "0005")
    with engine.begin() as c:
        c.execute(
            text(
                'INSERT INTO "case" (id, uuid, title, question, verdict, summary, created_at, '
                "updated_at) VALUES (1, 'u-1', 'Harbour', '', '', '', '2031-01-01', '2031-01-01')"
            )
        )
        c.execute(text("INSERT INTO setting (key, value) VALUES ('newsroom.name', 'HG')"))
    engine.dispose()

    with Library.open(folder) as library:
        assert library.schema_revision() == head_revision()
        with library.engine.begin() as c:
            assert c.execute(text('SELECT title FROM "case"')).scalar() == "Harbour"
            assert c.execute(text("SELECT count(*) FROM checkout")).scalar() == 0
            c.execute(
                text(
                    "INSERT INTO checkout (uuid, case_uuid, side, by, at, other, other_id) "
                    "VALUES ('k-1', 'u-1', 'lent', 'sam', '2031-02-01', 'laptop', 'l-1')"
                )
            )
        assert len(list(library.backups_dir.glob("*before-upgrade-0005*"))) == 1
