"""Import speed and memory: 5,000 text and 1,000 HTML articles into a fresh library.

Prints articles per second for each format and the peak resident memory of the process.
Targets on a 2-core machine: >= 300 text/s, >= 60 HTML/s, peak memory < 300 MB.

    .venv/bin/python benchmarks/import_bench.py [--text 5000] [--html 1000]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.services.importing import import_paths
from workbench.store import Library

WORDS = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "said",
    "officials",
    "ministry",
    "border",
    "crossing",
    "report",
    "weapons",
    "shipment",
    "army",
    "government",
    "minister",
    "spokesman",
    "statement",
    "denied",
    "according",
    "sources",
    "militia",
    "port",
    "cargo",
    "intelligence",
    "brigade",
    "commander",
    "launchers",
    "missiles",
    "agency",
    "embassy",
    "newspaper",
    "week",
    "month",
    "region",
    "security",
    "analysts",
    "talks",
    "council",
    "sanctions",
    "trade",
    "fuel",
    "deal",
    "president",
    "capital",
]
OUTLETS = ["Gulf Wire", "The Northern Chronicle", "Levant Daily Online", "Ardan City Review"]


def paragraph(rng: random.Random, sentences: int) -> str:
    out = []
    for _ in range(sentences):
        words = [rng.choice(WORDS) for _ in range(rng.randint(12, 28))]
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


def article_text(rng: random.Random, n: int) -> tuple[str, str]:
    title = f"Report {n}: " + " ".join(rng.choice(WORDS) for _ in range(6))
    body = "\n\n".join(paragraph(rng, rng.randint(2, 5)) for _ in range(rng.randint(5, 10)))
    return title, body


def write_corpus(folder: Path, n_text: int, n_html: int) -> tuple[Path, Path]:
    rng = random.Random(7)
    text_dir, html_dir = folder / "text", folder / "html"
    text_dir.mkdir()
    html_dir.mkdir()
    for n in range(n_text):
        title, body = article_text(rng, n)
        (text_dir / f"a{n:05}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    for n in range(n_html):
        title, body = article_text(rng, n_text + n)
        paragraphs = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n"))
        outlet = rng.choice(OUTLETS)
        (html_dir / f"h{n:05}.html").write_text(
            f"""<!doctype html><html><head><title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta name="author" content="Staff reporter">
<meta property="article:published_time" content="2031-04-{rng.randint(1, 28):02}T08:00:00Z">
<link rel="canonical" href="https://news.example/{n}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<footer>Share this: Facebook Twitter WhatsApp</footer><script>var x = 1;</script></body></html>""",
            encoding="utf-8",
        )
    return text_dir, html_dir


def timed_import(library: Library, folder: Path) -> tuple[int, float]:
    started = time.perf_counter()
    imported = sum(1 for o in import_paths(library, [folder]) if o.outcome == "imported")
    return imported, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", type=int, default=5000)
    parser.add_argument("--html", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        text_dir, html_dir = write_corpus(root, args.text, args.html)
        with Library.open(root / "library") as library:
            n_text, t_text = timed_import(library, text_dir)
            n_html, t_html = timed_import(library, html_dir)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"text: {n_text} articles in {t_text:.1f} s = {n_text / t_text:.0f}/s (target 300/s, "
            f"ratio {n_text / t_text / 300:.2f})"
        )
        print(
            f"html: {n_html} articles in {t_html:.1f} s = {n_html / t_html:.0f}/s (target 60/s, "
            f"ratio {n_html / t_html / 60:.2f})"
        )
        print(f"peak memory: {peak_mb:.0f} MB (target < 300 MB, ratio {peak_mb / 300:.2f})")


if __name__ == "__main__":
    main()
