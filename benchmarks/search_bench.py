"""Search benchmark: the workbench's Whoosh layer against SQLite FTS5 on the same generated corpus.

    .venv/bin/python benchmarks/search_bench.py                      # 10k, then 100k articles
    .venv/bin/python benchmarks/search_bench.py --articles 200000    # the opt-in large one
    .venv/bin/python benchmarks/search_bench.py --articles 10000 --profile
    .venv/bin/python benchmarks/search_bench.py --index-dir /tmp/bench   # build once, then reuse

The corpus is deterministic: news-like articles drawn from a Zipf vocabulary of invented words, with
real English stop words and a set of named entities mixed in. Each engine runs in its own child
process so its peak memory is its own. Both index the corpus, then run the same queries: 20 of each
class a checker types (a common, middling or rare word, two and three words, an OR of three, two-
and three-word phrases, a phrase of two very common words, a prefix, a mistyped word with ``~``, a
field filter, a date range), returning the top 20 with snippets, once with facet counts (a results
view) and once without (a search run while the user types). Per class it prints p50/p95/max and
the ratio to FTS5 on the same queries; FTS5 has no fuzzy search, so it is given the words the
workbench expanded the mistyped word to. The load average is printed beside the figures, since a
busy machine shifts them all. The figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
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


CLASS_SIZE = 20


def query_classes() -> dict[str, list[tuple[str, str]]]:
    """Query class -> CLASS_SIZE (workbench query, FTS5 MATCH expression), from the vocabulary.

    The classes are the kinds of search a checker types, from one common word to a fuzzy word;
    FTS5 gets the same words (a fuzzy word gets the words the workbench expanded it to, see
    ``run_fts5``). The choice is deterministic, so runs compare.
    """
    rng = random.Random(SEED + 1)
    words = _words(random.Random(SEED))
    texts = [doc.text.replace(".", " ").split() for doc in corpus(200)]
    n = CLASS_SIZE

    def ranked(low: int, high: int) -> str:
        return words[rng.randrange(low, high)]

    def passage(length: int) -> str:
        while True:
            tokens = rng.choice(texts)
            start = rng.randrange(len(tokens) - length)
            chosen = tokens[start : start + length]
            inner = [t for t in chosen if t.lower() not in ENGLISH_STOP_WORDS]
            if chosen[0].lower() in ENGLISH_STOP_WORDS or chosen[-1].lower() in ENGLISH_STOP_WORDS:
                continue
            if len(inner) >= 2:
                return " ".join(chosen)

    def same(q: str) -> tuple[str, str]:
        return q, q

    classes: dict[str, list[tuple[str, str]]] = {
        "word common": [same(ranked(0, 100)) for _ in range(n)],
        "word middle": [same(ranked(100, 5000)) for _ in range(n)],
        "word rare": [same(ranked(5000, 50000)) for _ in range(n)],
        "two words": [same(f"{ranked(0, 500)} {ranked(0, 5000)}") for _ in range(n)],
        "three words": [
            same(f"{ranked(0, 300)} {ranked(0, 3000)} {ranked(0, 30000)}") for _ in range(n)
        ],
        "OR of 3 terms": [
            same(f"{ranked(0, 300)} OR {ranked(0, 3000)} OR {ranked(0, 30000)}") for _ in range(n)
        ],
        "2-word phrase": [same(f'"{passage(2)}"') for _ in range(n)],
        "3-word phrase": [same(f'"{passage(3)}"') for _ in range(n)],
        "common 2-word phrase": [
            same(f'"{words[a]} {words[b]}"')
            for a, b in ((rng.randrange(0, 12), rng.randrange(0, 12)) for _ in range(n))
        ],
        "prefix": [],
        "fuzzy term": [],
        "field": [],
        "date range": [],
    }
    for _ in range(n):
        word = ranked(0, 3000)
        stem = word[: rng.choice((3, 4, 5))]
        classes["prefix"].append((f"{stem}*", f"{stem}*"))
        typed = _typo(rng, ranked(50, 20000))
        classes["fuzzy term"].append((f"{typed}~", typed))
        outlet = rng.choice(OUTLETS).split()[0]
        word = ranked(0, 2000)
        classes["field"].append((f"outlet:{outlet} {word}", f"outlet:{outlet} AND {word}"))
        word = ranked(0, 1000)
        first = date(2020, 1, 1) + timedelta(days=rng.randrange(3600))
        last = first + timedelta(days=rng.choice((7, 30, 180)))
        classes["date range"].append(
            (f"{word} date:[{first} TO {last}]", f"{word}||{first}||{last}")
        )
    return classes


def _typo(rng: random.Random, word: str) -> str:
    """The word as someone might mistype it: two letters swapped, or one changed."""
    i = rng.randrange(len(word) - 1)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + rng.choice("aeiou") + word[i + 1 :]


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
    passes: dict[str, dict] = {}
    expansions: dict[str, list[str]] = {}
    # The full search a results view asks for, then the lighter one run while the user types.
    for name, facets in (("full", True), ("typing", False)):
        per_class: dict[str, dict] = {}
        for label, queries in query_classes().items():
            timings, partial, totals = [], 0, []
            for q, _ in queries:
                t0 = time.perf_counter()
                if profiler:
                    profiler.enable()
                found = search(index, q, page_size=20, time_limit=1.0, facets=facets)
                if profiler:
                    profiler.disable()
                timings.append(time.perf_counter() - t0)
                partial += found.partial
                totals.append(found.total)
                if q.endswith("~"):
                    with index.searcher() as searcher:
                        expansions[q] = sorted(_expanded(index, searcher, q))
            per_class[label] = {"timings": timings, "partial": partial, "totals": totals}
        passes[name] = per_class
    index.close()
    if profiler:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(25)
        stats.sort_stats("tottime").print_stats(15)
    (work / "expansions.json").write_text(json.dumps(expansions))
    return {
        "rate": count / index_seconds if index_seconds else 0.0,
        "size_mb": folder_mb(folder),
        "open_s": open_seconds,
        "first_query_s": first_seconds,
        "classes": passes["full"],
        "typing": passes["typing"],
        "peak_mb": peak_mb(),
    }


def _expanded(index: SearchIndex, searcher: object, q: str) -> set[str]:
    """The words a fuzzy query searched, so FTS5 can be given the same ones."""
    from whoosh import query as wq

    from workbench.search.parsing import plan
    from workbench.search.query import _parser

    planned = plan(q, "articles", _parser(index, "articles", searcher), searcher.reader())
    return {
        t.text for t in planned.query.leaves() if isinstance(t, wq.Term) and t.fieldname == "text"
    }


def run_fts5(count: int, work: Path, keep: Path | None) -> dict:
    path = keep.with_name(keep.name + "-fts5.sqlite") if keep else work / "fts.sqlite"
    index_seconds = 0.0
    if not path.exists():
        building = path.with_name(path.name + ".building")
        building.unlink(missing_ok=True)
        db = sqlite3.connect(building)
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
        building.rename(path)
    expansions = json.loads((work / "expansions.json").read_text())
    opened = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("SELECT count(*) FROM fts WHERE fts MATCH 'first'").fetchone()
    open_seconds = time.perf_counter() - opened
    sql = (
        "SELECT rowid, title, snippet(fts, 1, '[[', ']]', '…', 30) FROM fts WHERE fts MATCH ?"
        " {extra} ORDER BY rank LIMIT 20"
    )
    per_class: dict[str, dict] = {}
    for label, queries in query_classes().items():
        timings, totals = [], []
        for q, expr in queries:
            if q.endswith("~"):
                words = expansions.get(q) or [expr]
                expr = " OR ".join(f'"{w}"' for w in words)
            t0 = time.perf_counter()
            if "||" in expr:
                word, low, high = expr.split("||")
                db.execute(
                    sql.format(extra="AND published BETWEEN ? AND ?"), (word, low, high)
                ).fetchall()
                total = db.execute(
                    "SELECT count(*) FROM fts WHERE fts MATCH ? AND published BETWEEN ? AND ?",
                    (word, low, high),
                ).fetchone()[0]
            else:
                db.execute(sql.format(extra=""), (expr,)).fetchall()
                total = db.execute(
                    "SELECT count(*) FROM fts WHERE fts MATCH ?", (expr,)
                ).fetchone()[0]
            timings.append(time.perf_counter() - t0)
            totals.append(total)
        per_class[label] = {"timings": timings, "partial": 0, "totals": totals}
    db.close()
    return {
        "rate": count / index_seconds if index_seconds else 0.0,
        "size_mb": path.stat().st_size / 1e6,
        "open_s": open_seconds,
        "first_query_s": 0.0,
        "classes": per_class,
        "peak_mb": peak_mb(),
    }


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def _all(classes: dict[str, dict]) -> list[float]:
    return [t for c in classes.values() for t in c["timings"]]


def report(count: int, ours: dict, fts: dict, load: tuple[float, float]) -> None:
    def row(name: str, a: float, b: float, unit: str, fmt: str = "{:,.1f}") -> None:
        ratio = f"{a / b:>8.2f}x" if a and b else f"{'—':>9}"
        print(f"{name:<28}{fmt.format(a):>12} {unit:<5}{fmt.format(b):>12} {unit:<5}{ratio}")

    print(f"\nSearch benchmark, {count:,} articles (load average {load[0]:.2f} → {load[1]:.2f})")
    print(f"{'':<28}{'workbench':>12} {'':<5}{'FTS5':>12} {'':<5}{'ratio':>9}")
    row("indexing rate", ours["rate"], fts["rate"], "art/s")
    row("index size", ours["size_mb"], fts["size_mb"], "MB")
    row("open (+first query)", ours["open_s"] + ours["first_query_s"], fts["open_s"], "s", "{:.3f}")
    mine, theirs, typing = _all(ours["classes"]), _all(fts["classes"]), _all(ours["typing"])
    for name, pct in (("query p50", 50), ("query p95", 95), ("query max", 100)):
        b = _percentile(theirs, pct) * 1000
        row(name, _percentile(mine, pct) * 1000, b, "ms")
        row(f"  {name[6:]} without facets", _percentile(typing, pct) * 1000, b, "ms")
    row("peak memory (process)", ours["peak_mb"], fts["peak_mb"], "MB")
    if not ours["rate"]:
        print("indexing rates: not measured where an index was reused")
    partial = sum(c["partial"] for c in ours["classes"].values())
    print(f"partial (time-limited) results: {partial} of {len(mine)} queries")
    print(
        f"\n{CLASS_SIZE} queries per class, ms      p50     p95     max   FTS5 p50  p95"
        "   ratio p50  p95  partial"
    )
    for label, c in ours["classes"].items():
        t, f = c["timings"], fts["classes"][label]["timings"]
        p50, p95, top = (_percentile(t, x) * 1000 for x in (50, 95, 100))
        f50, f95 = (_percentile(f, x) * 1000 for x in (50, 95))
        print(
            f"  {label:<24}{p50:>8.1f}{p95:>8.1f}{top:>8.1f}{f50:>9.1f}{f95:>7.1f}"
            f"{p50 / f50:>10.1f}x{p95 / f95:>5.1f}x{c['partial']:>6}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--articles",
        type=int,
        nargs="+",
        default=[10_000, 100_000],
        help="corpus sizes to measure, one after the other (200000 is the opt-in large one)",
    )
    parser.add_argument("--procs", type=int, default=2, help="indexing processes for Whoosh")
    parser.add_argument("--profile", action="store_true", help="profile the workbench queries")
    parser.add_argument(
        "--index-dir",
        type=Path,
        help="keep the indexes under this folder (one per size, and FTS5's beside them) and "
        "reuse them (queries only) when already built",
    )
    parser.add_argument("--phase", choices=("workbench", "fts5"), help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--keep", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        count = args.articles[0]
        if args.phase == "workbench":
            result = run_workbench(count, args.work, args.procs, args.profile, args.keep)
        else:
            result = run_fts5(count, args.work, args.keep)
        print(json.dumps(result))
        return
    for count in args.articles:
        work = Path(tempfile.mkdtemp(prefix="search-bench-"))
        try:
            before = os.getloadavg()[0]
            results = {}
            for phase in ("workbench", "fts5"):
                command = [sys.executable, __file__, "--phase", phase, "--work", str(work)]
                command += ["--articles", str(count), "--procs", str(args.procs)]
                if args.profile and phase == "workbench":
                    command.append("--profile")
                if args.index_dir:
                    args.index_dir.mkdir(parents=True, exist_ok=True)
                    command += ["--keep", str(args.index_dir.resolve() / f"idx-{count // 1000}k")]
                done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
                results[phase] = json.loads(done.stdout.strip().splitlines()[-1])
            report(count, results["workbench"], results["fts5"], (before, os.getloadavg()[0]))
        finally:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
