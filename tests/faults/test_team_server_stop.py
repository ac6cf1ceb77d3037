"""The team server stops in the middle of marking (an immediate stop: a crash) and comes back.

Every marking the program confirmed is there afterwards; one that failed is said in a sentence,
and was saved whole (status and audit row) or not at all; the program reconnects by itself.
"""

from __future__ import annotations

import threading
import time

from sqlalchemy import select

from tests.team_server import Cluster
from workbench.core.errors import ServerUnavailable
from workbench.core.vocabulary import Status
from workbench.services import cases, claims
from workbench.store import Library
from workbench.store import models as m
from workbench.store.server_failures import settled

CYCLE = (Status.SOURCED, Status.RELAYED, Status.DENIED, Status.UNVERIFIED)


def test_markings_confirmed_before_a_crash_survive_it(
    pg_cluster: Cluster, team_library: Library
) -> None:
    case = cases.create_case(team_library, "Dam inspection")
    ids = [claims.add_claim(team_library, case.id, f"Gate {n} was shut").id for n in range(8)]
    confirmed: list[str] = []
    refused: list[tuple[str, str]] = []
    after_restart = threading.Event()
    done = threading.Event()

    def marking() -> None:
        n = 0
        while not done.is_set():
            token = f"m-{n}"
            claim_id = ids[n % len(ids)]
            try:
                # Always a real change, so every saved marking leaves its audit row.
                now = cases.claims_part(team_library, case.id, [claim_id]).claims[0].status
                new = CYCLE[(CYCLE.index(now) + 1) % len(CYCLE)]
                claims.mark_claim(team_library, claim_id, new, reason=token)
                confirmed.append(token)
                if after_restart.is_set():
                    done.set()  # reconnected without being told to
            except ServerUnavailable as error:
                refused.append((token, str(error)))
                time.sleep(0.05)
            n += 1

    worker = threading.Thread(target=marking)
    worker.start()
    try:
        time.sleep(0.7)
        pg_cluster.stop("immediate")
        time.sleep(0.5)
    finally:
        pg_cluster.start()
        after_restart.set()
    worker.join(timeout=60)
    assert done.is_set() and not worker.is_alive()

    assert confirmed and refused
    for _token, message in refused:
        assert message.startswith("The team server ") and "\n" not in message
    with team_library.session() as session:
        trail = session.execute(
            select(m.AuditEntry.reason, m.AuditEntry.entity_id, m.AuditEntry.new, m.AuditEntry.id)
            .where(m.AuditEntry.action == "status", m.AuditEntry.reason.like("m-%"))
            .order_by(m.AuditEntry.id)
        ).all()
        statuses = {i: s for i, s in session.execute(select(m.Claim.id, m.Claim.status))}
    saved = [row.reason for row in trail]
    assert set(confirmed) <= set(saved)  # nothing confirmed was lost
    assert len(saved) == len(set(saved))  # nothing saved twice
    last = {row.entity_id: row.new for row in trail}
    for claim_id, status in last.items():  # never half: each status has its audit row
        assert statuses[claim_id] == status
    unknown = team_library.unconfirmed
    outcome = settled(team_library.engine, unknown)
    assert set(outcome) == set(unknown)


def test_a_connection_killed_between_markings_is_replaced_unseen(
    pg_cluster: Cluster, team_library: Library
) -> None:
    case = cases.create_case(team_library, "Dam inspection")
    claim = claims.add_claim(team_library, case.id, "Gate 1 was shut")
    claims.mark_claim(team_library, claim.id, Status.SOURCED)
    database = team_library.server.database if team_library.server else ""
    pg_cluster.sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{database}' AND pid <> pg_backend_pid()"
    )
    marked = claims.mark_claim(team_library, claim.id, Status.DENIED)
    assert marked.status is Status.DENIED
