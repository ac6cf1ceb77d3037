"""Case files at scale: export, read and import a large marked case; prints times and sizes.

.venv/bin/python benchmarks/bundle_bench.py [ARTICLES] [CLAIMS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from workbench.bundle import read_bundle
from workbench.core.records import ImportedArticle
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.services.bundles import export_case, import_bundle
from workbench.services.cases import create_case
from workbench.services.claims import MentionSpec, add_claim
from workbench.services.importing import store_imported
from workbench.store import Library

PLACES = ["Tel Safra", "Ardan", "Qaramar", "Nordavia", "Veskaria", "the northern pass"]
ACTORS = ["the border authority", "a brigade commander", "two officials", "the embassy"]


def article(number: int) -> ImportedArticle:
    """A fictional dispatch of about 600 words, different for every number."""
    sentences = [
        f"Report {number}: {ACTORS[(number + i) % 4]} said convoy {i} moved through "
        f"{PLACES[(number * 7 + i) % 6]} on day {i % 28 + 1}."
        for i in range(40)
    ]
    text = f"Dispatch number {number}\n\n" + "\n\n".join(sentences)
    return ImportedArticle(
        title=f"Dispatch number {number}",
        text=text,
        raw_text=text,
        format="txt",
        source_file=f"dispatch-{number}.txt",
        language="en",
        outlet=f"Outlet {number % 12}",
    )


def main() -> None:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    claims = int(sys.argv[2]) if len(sys.argv) > 2 else 600
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with Library.open(root / "source") as library:
            case = create_case(library, "Convoys through the pass")
            outcomes = store_imported(
                library, [(f"d{n}", article(n)) for n in range(articles)], case.id
            )
            ids = [o.article_id for o in outcomes if o.article_id]
            for n in range(claims):
                add_claim(
                    library,
                    case.id,
                    f"Convoy {n % 40} moved through the pass (claim {n})",
                    status=list(Status)[n % 4],
                    source_name=ACTORS[n % 4],
                    source_kind=SourceKind.OFFICIAL,
                    mention=MentionSpec(
                        article_id=ids[n % len(ids)],
                        quote=f"convoy {n % 40} moved through",
                        stance=list(Stance)[n % 3],
                    ),
                )
            path = root / "big.fcase"
            started = time.perf_counter()
            export_case(library, case.id, path)
            exported = time.perf_counter() - started
        started = time.perf_counter()
        read_bundle(path)
        read = time.perf_counter() - started
        with Library.open(root / "target") as target:
            started = time.perf_counter()
            import_bundle(target, path)
            imported = time.perf_counter() - started
            started = time.perf_counter()
            import_bundle(target, path)
            again = time.perf_counter() - started
        print(f"case: {articles} articles, {claims} claims with one mention each")
        print(f"file size:           {path.stat().st_size / 2**20:8.2f} MB")
        print(f"export:              {exported:8.2f} s")
        print(f"read and check:      {read:8.2f} s")
        print(f"import (new):        {imported:8.2f} s")
        print(f"import (again, no-op): {again:6.2f} s")


if __name__ == "__main__":
    main()
