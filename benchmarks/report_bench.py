"""Export speed on a generated case of 300 claims, 1,000 mentions and 100 articles.

Prints seconds per export; the target for the Word report is under 3 seconds. Then the time to
read every claim's structure (origin, relays, denials) on that case and on one ten times larger.
    .venv/bin/python benchmarks/report_bench.py
"""

from __future__ import annotations

import random
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from workbench.core.records import (
    ArticleRecord,
    AuditRecord,
    CaseDossier,
    CaseRecord,
    ClaimRecord,
    MentionRecord,
    SourceRecord,
)
from workbench.core.structure import claim_structure
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.report.claimreview import write_claimreview
from workbench.report.csv_export import write_csv
from workbench.report.docx_report import write_report

_VOCABULARY = (
    "officials said the convoy crossed the border at night carrying crates of equipment "
    "according to a commander who asked not to be named while the ministry denied any shipment"
)
WORDS = tuple(_VOCABULARY.split(" "))


def sentence(rng: random.Random, length: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(length)).capitalize() + "."


def generated_case(claims: int = 300, mentions: int = 1000, articles: int = 100) -> CaseDossier:
    rng = random.Random(7)
    outlets = [f"Outlet {n}" for n in range(25)]
    start = date(2031, 3, 1)
    article_records = []
    for n in range(1, articles + 1):
        text = "\n\n".join(sentence(rng, 25) for _ in range(12))
        article_records.append(
            ArticleRecord(
                id=n, title=sentence(rng, 8), text=text, language="en", format="txt",
                source_file=f"a{n}.txt", outlet=rng.choice(outlets),
                url=f"https://news{n}.example/story", byline=f"Reporter {n % 17}",
                published=start + timedelta(days=rng.randrange(60)),
                imported_at=datetime(2031, 5, 1),
            )
        )  # fmt: skip
    sources = tuple(
        SourceRecord(n, f"Source {n}", list(SourceKind)[n % len(SourceKind)]) for n in range(1, 41)
    )
    claim_records = tuple(
        ClaimRecord(n, 1, sentence(rng, 18), rng.choice(list(Status)), note=sentence(rng, 20),
                    source_id=rng.choice([None, *range(1, 41)]))
        for n in range(1, claims + 1)
    )  # fmt: skip
    mention_records = []
    for n in range(1, mentions + 1):
        article = rng.choice(article_records)
        begin = rng.randrange(0, len(article.text) - 200)
        end = begin + rng.randrange(60, 200)
        mention_records.append(
            MentionRecord(
                n, rng.randrange(1, claims + 1), article.id, begin, end, article.text[begin:end],
                rng.choice(list(Stance)), rng.choice([None, *range(1, 41)]),
            )
        )  # fmt: skip
    audit = tuple(
        AuditRecord(n, datetime(2031, 4, 1) + timedelta(hours=n), "checker", "claim",
                    rng.randrange(1, claims + 1), "status", rng.choice(list(Status)).value,
                    rng.choice(list(Status)).value, sentence(rng, 10))
        for n in range(1, 200)
    )  # fmt: skip
    case = CaseRecord(1, "A generated case", "Did it happen?", "Unproven.", sentence(rng, 60))
    return CaseDossier(
        case, tuple(article_records), sources, claim_records, tuple(mention_records), (), audit
    )


def timed(label: str, action) -> None:
    begin = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - begin
    size = Path(result).stat().st_size / 1024
    print(f"{label:<22} {seconds:6.2f} s   {size:8.0f} KiB")


def main() -> None:
    begin = time.perf_counter()
    dossier = generated_case()
    print(
        f"case: {len(dossier.claims)} claims, {len(dossier.mentions)} mentions, "
        f"{len(dossier.articles)} articles (built in {time.perf_counter() - begin:.2f} s)"
    )
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        timed("word report (.docx)", lambda: write_report(dossier, out / "r.docx"))
        timed("claimreview (.jsonld)", lambda: write_claimreview(dossier, out / "c.jsonld"))
        timed("csv", lambda: write_csv(dossier, out / "c.csv"))
    # the claim pane, the map and the report each read every claim's structure
    for size in (1, 10):
        big = _scaled(dossier, size)
        begin = time.perf_counter()
        for claim in big.claims:
            claim_structure(big, claim.id)
        seconds = time.perf_counter() - begin
        print(
            f"structures of {len(big.claims):>5} claims / {len(big.mentions):>6} mentions: "
            f"{seconds * 1000:7.1f} ms ({seconds / len(big.claims) * 1e6:.0f} µs a claim)"
        )


def _scaled(dossier: CaseDossier, times: int) -> CaseDossier:
    """The case repeated `times` over, claim and mention ids shifted, on the same articles."""
    claims, mentions = [], []
    step_c, step_m = len(dossier.claims), len(dossier.mentions)
    for n in range(times):
        claims += [replace(c, id=c.id + n * step_c) for c in dossier.claims]
        mentions += [
            replace(m, id=m.id + n * step_m, claim_id=m.claim_id + n * step_c)
            for m in dossier.mentions
        ]
    return replace(dossier, claims=tuple(claims), mentions=tuple(mentions))


if __name__ == "__main__":
    main()
