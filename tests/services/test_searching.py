"""The index follows the database: after each change, after a crash, and when damaged or stale."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from workbench.services import claims
from workbench.services.demo import load_demo_case
from workbench.services.searching import LibrarySearch, open_search
from workbench.store import Library
from workbench.store import models as m


def _journal_size(library: Library) -> int:
    with library.session() as session:
        return session.scalar(select(func.count()).select_from(m.IndexJournal)) or 0


def _all_applied(library: Library, search: LibrarySearch) -> bool:
    """A folder's journal is cleared once applied; a team library's is kept for every client,
    and this client's index has applied up to its last row."""
    if not library.is_team:
        return _journal_size(library) == 0
    with library.session() as session:
        last = session.scalar(select(func.max(m.IndexJournal.id))) or 0
    return last > 0 and search.index.get_marker() == last


def test_changes_reach_the_index_in_the_same_operation(library: Library) -> None:
    case = load_demo_case(library)
    search = open_search(library)
    assert search.search("launchers").total >= 4
    claim = claims.add_claim(library, case.id, "The embassy called the account groundless")
    hits = search.search("groundless", kind="claims").hits
    assert [h.id for h in hits] == [claim.id]
    claims.mark_claim(library, claim.id, "denied")
    assert search.search("status:denied", kind="claims").total == 1
    claims.delete_claim(library, claim.id)
    assert search.search("groundless", kind="claims").total == 0
    assert _all_applied(library, search)
    search.close()


def test_a_crash_between_database_and_index_is_repaired_at_next_start(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with Library.open(folder) as library:
        case = load_demo_case(library)
        search = open_search(library)
        search.close()  # from here on the index hears nothing, as if the program had died
        claims.add_claim(library, case.id, "Forty crates of anti-armour missiles crossed")
        assert _journal_size(library) > 0
    with Library.open(folder) as library:
        search = open_search(library)
        assert search.search("crates", kind="claims").total == 1
        assert _journal_size(library) == 0
        search.close()


def test_a_damaged_or_missing_index_is_rebuilt(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with Library.open(folder) as library:
        load_demo_case(library)
        open_search(library).close()
        damaged = 0
        for part in library.index_dir.iterdir():
            if part.is_file() and part.suffix in (".seg", ".pst", ".trm", ".toc"):
                part.write_bytes(b"\x00garbage" * 50)
                damaged += 1
        assert damaged
        search = open_search(library)
        assert search.search("Tel Safra").total >= 3
        search.close()
        shutil.rmtree(library.index_dir)
        search = open_search(library)
        assert search.search("Tel Safra").total >= 3
        search.close()


def test_a_stale_index_restored_from_an_old_copy_is_rebuilt(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with Library.open(folder) as library:
        case = load_demo_case(library)
        open_search(library).close()
        old = tmp_path / "old-index"
        shutil.copytree(library.index_dir, old)
        search = open_search(library)
        claims.add_claim(library, case.id, "A cargo ship left Ardan port")
        search.close()
        shutil.rmtree(library.index_dir)
        shutil.copytree(old, library.index_dir)
        search = open_search(library)
        assert search.search("cargo ship", kind="claims").total == 1
        search.close()


def test_more_like_this_ranks_the_relays_of_a_report_first(library: Library) -> None:
    load_demo_case(library)
    search = open_search(library)
    similar = search.more_like_this(1)
    assert similar and similar[0].id in (2, 3, 4)
    assert 1 not in [h.id for h in similar]
    search.close()


def test_the_window_rebuilds_the_index_in_a_child_process(library: Library) -> None:
    case = load_demo_case(library)
    claims.add_claim(library, case.id, "Crates crossed at the northern gate")
    shutil.rmtree(library.index_dir, ignore_errors=True)
    search = open_search(library, in_child=True)
    assert search.search("Tel Safra").total >= 3
    assert search.search("northern gate", kind="claims").total == 1
    claims.add_claim(library, case.id, "A second convoy left at night")
    search.rebuild(in_child=True)
    assert search.search("convoy", kind="claims").total == 1
    assert _all_applied(library, search)
    search.close()
