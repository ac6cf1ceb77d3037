"""Command-line start-up: how long `workbench …` takes from exec to exit, against bare Python.

    .venv/bin/python benchmarks/cli_startup.py
    .venv/bin/python benchmarks/cli_startup.py --runs 15

Each command runs in a fresh interpreter (as a user would start it) on a temporary library: empty
for `cases`, holding one case for `claim add`. The median, minimum and maximum wall times are
printed with the load average, since a busy machine shifts every figure; the import profile of the
slowest command follows with `--profile`. The figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
GOALS_MS = {"--version": 150, "--help": 150, "claim add": 300}


def _run(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start


def _figures(argv: list[str], env: dict[str, str], runs: int) -> list[float]:
    _run(argv, env)  # warm the file cache and the bytecode
    return [_run(argv, env) for _ in range(runs)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--profile", action="store_true", help="print the imports of `claim add`")
    args = parser.parse_args()

    env = {**os.environ, "PYTHONPATH": str(CHECKOUT), "QT_QPA_PLATFORM": "offscreen"}
    python = sys.executable
    workbench = [python, "-m", "workbench"]
    with tempfile.TemporaryDirectory() as tmp:
        empty, marked = Path(tmp, "empty"), Path(tmp, "one-case")
        subprocess.run(
            [*workbench, "--data", str(empty), "cases"], env=env, check=True, capture_output=True
        )
        subprocess.run(
            [*workbench, "--data", str(marked), "case", "new", "Bench case"],
            env=env,
            check=True,
            capture_output=True,
        )
        commands = {
            "python -c pass": [python, "-c", "pass"],
            "--version": [*workbench, "--version"],
            "--help": [*workbench, "--help"],
            "cases (empty library)": [*workbench, "--data", str(empty), "cases"],
            "claim add": [
                *workbench,
                "--data",
                str(marked),
                "claim",
                "add",
                "Bench case",
                "A claim",
            ],
        }
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(f"{'command':<24}{'median':>9}{'min':>9}{'max':>9}{'goal':>9}")
        for name, argv in commands.items():
            times = _figures(argv, env, args.runs)
            goal = GOALS_MS.get(name)
            print(
                f"{name:<24}{statistics.median(times) * 1000:>7.0f}ms"
                f"{min(times) * 1000:>7.0f}ms{max(times) * 1000:>7.0f}ms"
                + (f"{goal:>7}ms" if goal else f"{'':>9}")
            )
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        if args.profile:
            result = subprocess.run(
                [python, "-X", "importtime", *commands["claim add"][1:]],
                env=env,
                capture_output=True,
                text=True,
            )
            rows = [line.split("|") for line in result.stderr.splitlines() if "|" in line]
            rows = [(int(r[1]), r[2].rstrip()) for r in rows[1:]]
            print("\nslowest imports of `claim add` (cumulative µs):")
            for cumulative, name in sorted(rows, reverse=True)[:20]:
                print(f"{cumulative:>10}  {name}")


if __name__ == "__main__":
    main()
