"""How fast the readers turn files into articles (no storage): text, Markdown, HTML, DOCX, PDF.

Run: .venv/bin/python benchmarks/ingest_readers.py [articles per format]
Prints articles per second for each format. The import target (with storage) is 300 text and
60 HTML articles per second on two cores; these figures are the readers' share of that budget.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fixtures.builders import build_demo_files  # noqa: E402
from workbench.ingest import content_hash, read_article  # noqa: E402


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as folder:
        files = build_demo_files(Path(folder))
        groups = {
            "txt (utf-8)": [
                p for n, p in files.items() if n.count(".") == 1 and n.endswith(".txt")
            ],
            "txt (cp1252/cp1256)": [p for n, p in files.items() if ".cp125" in n],
            "txt (utf-16)": [p for n, p in files.items() if ".utf16" in n],
            "md": [p for n, p in files.items() if n.endswith(".md")],
            "html": [p for n, p in files.items() if n.endswith(".html")],
            "docx": [p for n, p in files.items() if n.endswith(".docx")],
            "pdf (child process)": [p for n, p in files.items() if n.endswith(".pdf")],
        }
        read_article(files["01_chronicle_report.html"])  # warm imports before timing
        for label, paths in groups.items():
            runs = max(count // 10, 10) if label.startswith("pdf") else count
            start = time.perf_counter()
            for i in range(runs):
                article = read_article(paths[i % len(paths)])
                content_hash(article.text)
            elapsed = time.perf_counter() - start
            print(
                f"{label:22} {runs / elapsed:8.0f} articles/s ({elapsed / runs * 1000:.2f} ms each)"
            )


if __name__ == "__main__":
    main()
