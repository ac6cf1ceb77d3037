"""A library made before cases and claims had a lasting identity gets one on upgrade."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from workbench.bundle import read_bundle
from workbench.services.bundles import export_case
from workbench.store import Library
from workbench.store.library import head_revision, make_engine, upgrade_database


def test_cases_and_claims_from_the_previous_schema_get_distinct_uuids(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    engine = make_engine(folder / "workbench.sqlite")
    upgrade_database(engine, "0002")
    with engine.begin() as c:
        for case_id in (1, 2):
            c.execute(
                text(
                    'INSERT INTO "case" (id, title, question, verdict, summary, created_at, '
                    f"updated_at) VALUES ({case_id}, 'Case {case_id}', '', '', '', "
                    "'2030-01-01', '2030-01-01')"
                )
            )
        for claim_id in (1, 2, 3):
            c.execute(
                text(
                    "INSERT INTO claim (id, case_id, text, status, note, created_at, "
                    f"updated_at) VALUES ({claim_id}, 1, 'Claim {claim_id}', 'relayed', '', "
                    "'2030-01-01', '2030-01-01')"
                )
            )
    engine.dispose()

    with Library.open(folder) as library:
        assert library.schema_revision() == head_revision()
        with library.engine.connect() as c:
            case_ids = c.execute(text('SELECT uuid FROM "case"')).scalars().all()
            claim_ids = c.execute(text("SELECT uuid FROM claim")).scalars().all()
            status = c.execute(text("SELECT status FROM claim WHERE id = 2")).scalar()
        assert status == "relayed"
        assert len(set(case_ids)) == 2 and all(len(u) == 36 for u in case_ids)
        assert len(set(claim_ids)) == 3 and all(len(u) == 36 for u in claim_ids)
        export_case(library, 1, tmp_path / "old.fcase")
        contents = read_bundle(tmp_path / "old.fcase")
        assert {c.uuid for c in contents.claims} == set(claim_ids)
        assert list(library.backups_dir.glob("*before-upgrade-0002*"))


def test_two_claims_of_one_case_cannot_share_a_uuid(library: Library) -> None:
    with library.engine.begin() as c:
        c.execute(
            text(
                'INSERT INTO "case" (id, uuid, title, question, verdict, summary, created_at, '
                "updated_at) VALUES (1, 'u-case', 'C', '', '', '', '2030-01-01', '2030-01-01')"
            )
        )
        insert = text(
            "INSERT INTO claim (case_id, uuid, text, status, note, created_at, updated_at) "
            "VALUES (1, 'u-claim', 'x', 'sourced', '', '2030-01-01', '2030-01-01')"
        )
        c.execute(insert)
    with pytest.raises(IntegrityError), library.engine.begin() as c:
        c.execute(insert)
