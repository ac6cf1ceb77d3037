"""Ten checkers marking one case on a team library at once, over the server's Unix socket.

Each client is a process with its own connection, marking claims of the same case as the window
does (one transaction per marking, with the version it last saw). Every client marks claims of its
own, so each marking is a real change that must leave exactly one audit row: the run then checks
that no confirmed marking is missing and none is there twice, and prints the marking latency.

    .venv/bin/python benchmarks/team_bench.py [--clients 10] [--marks 500] [--server URL] [--window]

--window also opens a window (offscreen) and times another checker's markings reaching it.

Without --server, a throwaway PostgreSQL cluster is started in a temporary folder (fsync on, as a
desk's server runs) and removed afterwards.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from workbench.core.vocabulary import Status
from workbench.services import cases, claims
from workbench.store import Library
from workbench.store import models as m

CYCLE = (Status.SOURCED, Status.RELAYED, Status.DENIED, Status.UNVERIFIED)
CLAIMS_EACH = 10


def client(
    address: str, number: int, claim_ids: list[int], marks: int, start: object, results: object
) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        Library.connect(address, folder=Path(folder)) as lib,
    ):
        versions = {i: 1 for i in claim_ids}
        position = {i: 0 for i in claim_ids}
        latencies: list[float] = []
        start.wait()  # type: ignore[attr-defined]
        for n in range(marks):
            claim_id = claim_ids[n % len(claim_ids)]
            position[claim_id] += 1
            status = CYCLE[position[claim_id] % len(CYCLE)]
            began = time.perf_counter()
            record = claims.mark_claim(
                lib, claim_id, status, f"c{number}-{n}", expected_version=versions[claim_id]
            )
            latencies.append(time.perf_counter() - began)
            versions[claim_id] = record.version
        results.put((number, latencies, {i: CYCLE[p % 4].value for i, p in position.items()}))  # type: ignore[attr-defined]


def run(address: str, clients: int, marks: int) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        Library.connect(address, folder=Path(folder)) as lib,
    ):
        case = cases.create_case(lib, f"Team bench {time.time():.0f}")
        ids = [
            claims.add_claim(lib, case.id, f"Claim {n} of the bench case").id
            for n in range(clients * CLAIMS_EACH)
        ]
        with lib.session() as session:
            before = session.scalar(select(func.max(m.AuditEntry.id))) or 0
        context = multiprocessing.get_context("spawn")
        start = context.Barrier(clients + 1)
        results = context.Queue()
        workers = [
            context.Process(
                target=client,
                args=(
                    address,
                    c,
                    ids[c * CLAIMS_EACH : (c + 1) * CLAIMS_EACH],
                    marks,
                    start,
                    results,
                ),
            )
            for c in range(clients)
        ]
        for worker in workers:
            worker.start()
        start.wait()
        began = time.perf_counter()
        gathered = [results.get(timeout=600) for _ in workers]
        elapsed = time.perf_counter() - began
        for worker in workers:
            worker.join()
        latencies = sorted(x for _, lat, _ in gathered for x in lat)
        finals = {i: s for _, _, final in gathered for i, s in final.items()}
        with lib.session() as session:
            tokens = session.scalars(
                select(m.AuditEntry.reason).where(
                    m.AuditEntry.id > before, m.AuditEntry.action == "status"
                )
            ).all()
            stored = dict(
                session.execute(
                    select(m.Claim.id, m.Claim.status).where(m.Claim.case_id == case.id)
                ).all()
            )
    expected = {f"c{c}-{n}" for c in range(clients) for n in range(marks)}
    marked = [t for t in tokens if t in expected]
    lost = len(expected - set(marked))
    twice = len(marked) - len(set(marked))
    wrong = sum(1 for i, s in finals.items() if stored.get(i) != s)
    p50 = statistics.median(latencies) * 1000
    p95 = latencies[int(0.95 * (len(latencies) - 1))] * 1000
    print(f"{clients} clients x {marks} markings on one case ({len(latencies)} markings)")
    print(f"  machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end")
    print(f"  lost: {lost}   saved twice: {twice}   claims not as last marked: {wrong}")
    worst = latencies[-1] * 1000
    print(f"  latency per marking: p50 {p50:.1f} ms   p95 {p95:.1f} ms   max {worst:.1f} ms")
    print(f"  throughput: {len(latencies) / elapsed:.0f} markings/s over {elapsed:.1f} s")
    print(f"  p95 goal 50 ms: {'met' if p95 <= 50 else 'missed'}")


def window_delay(address: str, markings: int = 20) -> None:
    """How long another checker's marking takes to show in an open window (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from workbench.ui.app import application
    from workbench.ui.main_window import MainWindow

    app = application()
    with tempfile.TemporaryDirectory() as folder:
        mine = Library.connect(address, folder=Path(folder) / "mine")
        other = Library.connect(address, folder=Path(folder) / "other")
        case = cases.create_case(other, f"Window bench {time.time():.0f}")
        claim = claims.add_claim(other, case.id, "The ferry left without its cargo")
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(mine, settings, open_index=False)
        window.show()
        window.open_case(case.id)
        delays = []
        for n in range(markings):
            status = CYCLE[n % len(CYCLE)]
            claims.mark_claim(other, claim.id, status)
            began = time.perf_counter()
            while window.controller.claim(claim.id).status is not status:  # type: ignore[union-attr]
                app.processEvents()
                time.sleep(0.005)
                if time.perf_counter() - began > 30:
                    sys.exit("the window never showed the marking")
            delays.append(time.perf_counter() - began)
        window.close()
        mine.close()
        other.close()
    delays.sort()
    print(f"another checker's marking shown in an open window ({markings} markings):")
    print(f"  p50 {statistics.median(delays):.2f} s   max {delays[-1]:.2f} s   (goal: within 2 s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--marks", type=int, default=500)
    parser.add_argument("--server", help="an initialised team library (server init) to use")
    parser.add_argument(
        "--window", action="store_true", help="also time others' markings reaching a window"
    )
    args = parser.parse_args()
    if args.server:
        run(args.server, args.clients, args.marks)
        if args.window:
            window_delay(args.server)
        return
    from tests.team_server import Cluster, server_programs
    from workbench.store.admin import init_server

    programs = server_programs()
    if programs is None:
        sys.exit("PostgreSQL's server programs (initdb, pg_ctl) are not installed; give --server")
    folder = Path(tempfile.mkdtemp(prefix="wb-bench-pg-"))
    cluster = Cluster(programs, folder)
    try:
        cluster.init()
        cluster.start(durable=True)
        cluster.sql("CREATE DATABASE bench")
        init_server(cluster.url("bench"))
        run(cluster.url("bench"), args.clients, args.marks)
        if args.window:
            window_delay(cluster.url("bench"))
    finally:
        cluster.stop("fast")
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
