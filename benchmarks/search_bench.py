"""Search benchmark: the workbench's Whoosh layer against SQLite FTS5 on the same generated corpus.

    .venv/bin/python benchmarks/search_bench.py --articles 10000
    .venv/bin/python benchmarks/search_bench.py --articles 100000 --procs 2
    .venv/bin/python benchmarks/search_bench.py --articles 10000 --profile
    .venv/bin/python benchmarks/search_bench.py --articles 100000 --index-dir /tmp/bench-100k

The corpus is deterministic: news-like articles drawn from a Zipf vocabulary of invented words, with
real English stop words and a set of named entities mixed in. Each engine runs in its own child
process so its peak memory is its own. Both index the corpus, then run the same query mix (single
words from common to rare, two and three words, phrases, prefixes, a field filter, a date range)
returning the top 20 with snippets, once with facet counts (a results view) and once without (a
search run while the user types). The figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.search import ArticleDoc, SearchIndex, search
from workbench.search.analysis import ENGLISH_STOP_WORDS
from workbench.search.index import STATE_FILE

SEED = 20310414
VOCABULARY = 60_000
ZIPF_S = 1.07
STOP_SHARE = 0.42
ENTITY_SHARE = 0.03
SYLLABLES = [
    "ka",
    "ri",
    "mo",
    "ten",
    "sa",
    "vel",
    "dor",
    "ash",
    "in",
    "ul",
    "pe",
    "tro",
    "ga",
    "lin",
    "ber",
    "so",
    "nu",
    "ha",
    "fi",
    "zek",
    "mar",
    "ol",
    "te",
]
ENTITIES = [
    "Qaramar",
    "Nordavia",
    "Veskaria",
    "Ardan",
    "Westmark",
    "Kestrel",
    "Tamir",
    "Safra",
    "Haddad",
    "Marsh",
    "Aziz",
    "Brennholt",
    "Ostvald",
    "Lumeria",
    "Karsk",
    "Tessaly",
    "Oduya",
    "Varenne",
    "Mbeki",
    "Halloran",
    "Sorensen",
    "Castellan",
    "Ibarra",
]
OUTLETS = [f"{name} {kind}" for name in ENTITIES[:20] for kind in ("Herald", "Wire")]
STOP_LIST = sorted(ENGLISH_STOP_WORDS)


def _words(rng: random.Random) -> list[str]:
    seen: set[str] = set()
    words: list[str] = []
    while len(words) < VOCABULARY:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3, 3, 4))))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def corpus(count: int) -> Iterator[ArticleDoc]:
    """The same ``count`` articles on every run."""
    rng = random.Random(SEED)
    words = _words(rng)
    weights = [1 / (rank**ZIPF_S) for rank in range(1, VOCABULARY + 1)]
    cum: list[float] = []
    total = 0.0
    for w in weights:
        total += w
        cum.append(total)
    start = date(2020, 1, 1)
    for i in range(1, count + 1):
        length = rng.randint(250, 600)
        content = rng.choices(words, cum_weights=cum, k=length)
        tokens = []
        for word in content:
            roll = rng.random()
            if roll < STOP_SHARE:
                tokens.append(rng.choice(STOP_LIST))
            elif roll < STOP_SHARE + ENTITY_SHARE:
                tokens.append(rng.choice(ENTITIES))
            tokens.append(word)
        paragraphs = [" ".join(tokens[j : j + 60]) + "." for j in range(0, len(tokens), 60)]
        title = " ".join(rng.choices(words, cum_weights=cum, k=7)).capitalize()
        yield ArticleDoc(
            id=i,
            title=title,
            text="\n\n".join(paragraphs),
            outlet=rng.choice(OUTLETS),
            byline=None,
            published=start + timedelta(days=rng.randrange(4000)),
            language="en",
            cases=(f"Case {i % 50}",),
            case_ids=(i % 50,),
        )


def query_mix() -> list[tuple[str, str, str]]:
    """(label, workbench query, FTS5 MATCH expression) built from the corpus vocabulary."""
    words = _words(random.Random(SEED))
    sample = next(corpus(1)).text.split()
    content = [w.strip(".") for w in sample if w.lower() not in ENGLISH_STOP_WORDS]
    mix: list[tuple[str, str, str]] = []
    for rank in (5, 50, 500, 5000, 40000):
        mix.append((f"word r{rank}", words[rank], words[rank]))
    for a, b in ((3, 40), (20, 300), (100, 2000), (7, 9)):
        q = f"{words[a]} {words[b]}"
        mix.append(("two words", q, q))
    for a, b, c in ((2, 30, 400), (50, 60, 70), (10, 1000, 20000)):
        q = f"{words[a]} {words[b]} {words[c]}"
        mix.append(("three words", q, q))
    for j in (0, 10, 25):
        phrase = f"{content[j]} {content[j + 1]}"
        mix.append(("phrase", f'"{phrase}"', f'"{phrase}"'))
    mix.append(("phrase common", f'"{words[1]} {words[2]}"', f'"{words[1]} {words[2]}"'))
    for prefix in (words[0][:3], words[100][:4], words[3000][:5]):
        mix.append(("prefix", f"{prefix}*", f"{prefix}*"))
    outlet = OUTLETS[3].split()[0]
    mix.append(("field", f"outlet:{outlet} {words[200]}", f"outlet:{outlet} AND {words[200]}"))
    mix.append(
        (
            "date range",
            f"{words[30]} date:[2024-01-01 TO 2024-06-30]",
            f"{words[30]}||2024-01-01||2024-06-30",
        )
    )
    return mix


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def run_workbench(count: int, work: Path, procs: int, profile: bool, keep: Path | None) -> dict:
    folder = keep or work / "index"
    index_seconds = None
    if not (folder / STATE_FILE).exists():
        started = time.perf_counter()
        SearchIndex.rebuild(folder, corpus(count), [], procs=procs).close()
        index_seconds = time.perf_counter() - started
    opened = time.perf_counter()
    index = SearchIndex.open(folder)
    open_seconds = time.perf_counter() - opened
    first = time.perf_counter()
    search(index, "first", page_size=1)
    first_seconds = time.perf_counter() - first
    profiler = cProfile.Profile() if profile else None
    passes = {}
    # The full search a results view asks for, then the lighter one run while the user types.
    for name, facets in (("full", True), ("typing", False)):
        timings, partial, estimated, details = [], 0, 0, []
        for label, q, _ in query_mix():
            t0 = time.perf_counter()
            if profiler:
                profiler.enable()
            found = search(index, q, page_size=20, time_limit=1.0, facets=facets)
            if profiler:
                profiler.disable()
            elapsed = time.perf_counter() - t0
            timings.append(elapsed)
            partial += found.partial
            estimated += found.total_is_estimate
            details.append((label, q, round(elapsed * 1000, 1), found.total, found.partial))
        passes[name] = {
            "timings": timings,
            "partial": partial,
            "estimated": estimated,
            "details": details,
        }
    index.close()
    if profiler:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(25)
        stats.sort_stats("tottime").print_stats(15)
    return {
        "rate": count / index_seconds if index_seconds else 0.0,
        "size_mb": folder_mb(folder),
        "open_s": open_seconds,
        "first_query_s": first_seconds,
        **passes["full"],
        "typing": passes["typing"],
        "peak_mb": peak_mb(),
    }


def run_fts5(count: int, work: Path) -> dict:
    path = work / "fts.sqlite"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE VIRTUAL TABLE fts USING fts5(title, text, outlet, published UNINDEXED,"
        " tokenize='porter unicode61 remove_diacritics 2')"
    )
    started = time.perf_counter()
    with db:
        db.executemany(
            "INSERT INTO fts(rowid, title, text, outlet, published) VALUES (?, ?, ?, ?, ?)",
            ((d.id, d.title, d.text, d.outlet, d.published.isoformat()) for d in corpus(count)),
        )
    index_seconds = time.perf_counter() - started
    db.close()
    opened = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("SELECT count(*) FROM fts WHERE fts MATCH 'first'").fetchone()
    open_seconds = time.perf_counter() - opened
    timings, details = [], []
    sql = (
        "SELECT rowid, title, snippet(fts, 1, '[[', ']]', '…', 30) FROM fts WHERE fts MATCH ?"
        " {extra} ORDER BY rank LIMIT 20"
    )
    for label, _, expr in query_mix():
        t0 = time.perf_counter()
        if "||" in expr:
            word, low, high = expr.split("||")
            rows = db.execute(
                sql.format(extra="AND published BETWEEN ? AND ?"), (word, low, high)
            ).fetchall()
            total = db.execute(
                "SELECT count(*) FROM fts WHERE fts MATCH ? AND published BETWEEN ? AND ?",
                (word, low, high),
            ).fetchone()[0]
        else:
            rows = db.execute(sql.format(extra=""), (expr,)).fetchall()
            total = db.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (expr,)).fetchone()[0]
        elapsed = time.perf_counter() - t0
        timings.append(elapsed)
        details.append((label, expr, round(elapsed * 1000, 1), total, len(rows)))
    db.close()
    return {
        "rate": count / index_seconds,
        "size_mb": path.stat().st_size / 1e6,
        "open_s": open_seconds,
        "first_query_s": 0.0,
        "timings": timings,
        "partial": 0,
        "details": details,
        "peak_mb": peak_mb(),
    }


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def report(count: int, ours: dict, fts: dict) -> None:
    def row(name: str, a: float, b: float, unit: str, fmt: str = "{:,.1f}") -> None:
        ratio = a / b if b else float("inf")
        print(f"{name:<28}{fmt.format(a):>12} {unit:<5}{fmt.format(b):>12} {unit:<5}{ratio:>8.2f}x")

    print(f"\nSearch benchmark, {count:,} articles")
    print(f"{'':<28}{'workbench':>12} {'':<5}{'FTS5':>12} {'':<5}{'ratio':>9}")
    row("indexing rate", ours["rate"], fts["rate"], "art/s")
    row("index size", ours["size_mb"], fts["size_mb"], "MB")
    row("open (+first query)", ours["open_s"] + ours["first_query_s"], fts["open_s"], "s", "{:.3f}")
    for name, pct in (("query p50", 50), ("query p95", 95), ("query max", 100)):
        b = _percentile(fts["timings"], pct) * 1000
        row(name, _percentile(ours["timings"], pct) * 1000, b, "ms")
        typing = _percentile(ours["typing"]["timings"], pct) * 1000
        row(f"  {name[6:]} without facets", typing, b, "ms")
    row("peak memory (process)", ours["peak_mb"], fts["peak_mb"], "MB")
    if not ours["rate"]:
        print("indexing rate: not measured (the index was reused)")
    print(
        f"partial (time-limited) results: {ours['partial']} of {len(ours['timings'])} queries "
        f"({ours['typing']['partial']} without facets); totals flagged as estimates: "
        f"{ours['estimated']}"
    )
    print(
        f"open alone: {ours['open_s']:.3f} s, first query after open {ours['first_query_s']:.3f} s"
    )
    print("\nper query (ms, total hits)          workbench   no facets         FTS5")
    rows = zip(ours["details"], ours["typing"]["details"], fts["details"], strict=True)
    for mine, typing, theirs in rows:
        label, q, ms, total, part = mine
        flag = " partial" if part else ""
        print(
            f"  {label:<14}{q[:34]:<36}{ms:>8} {total:>7}{flag:<8}{typing[2]:>8}"
            f"{theirs[2]:>8} {theirs[3]:>7}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--procs", type=int, default=1, help="indexing processes for Whoosh")
    parser.add_argument("--profile", action="store_true", help="profile the workbench queries")
    parser.add_argument(
        "--index-dir",
        type=Path,
        help="build the Whoosh index here and keep it; reuse it (queries only) if already built",
    )
    parser.add_argument("--phase", choices=("workbench", "fts5"), help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        if args.phase == "workbench":
            result = run_workbench(
                args.articles, args.work, args.procs, args.profile, args.index_dir
            )
        else:
            result = run_fts5(args.articles, args.work)
        print(json.dumps(result))
        return
    work = Path(tempfile.mkdtemp(prefix="search-bench-"))
    try:
        results = {}
        for phase in ("workbench", "fts5"):
            command = [sys.executable, __file__, "--phase", phase, "--work", str(work)]
            command += ["--articles", str(args.articles), "--procs", str(args.procs)]
            if args.profile:
                command.append("--profile")
            if args.index_dir:
                command += ["--index-dir", str(args.index_dir.resolve())]
            done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
            results[phase] = json.loads(done.stdout.strip().splitlines()[-1])
        report(args.articles, results["workbench"], results["fts5"])
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
