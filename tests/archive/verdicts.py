"""A small fictional archive of earlier verdicts, written out in every format the reader takes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

# (id, claim, title, rating, reviewer, url, date, language) — all invented.
RECORDS = [
    ("v-101", "The Halden dam on the Veska river collapsed after the spring floods of 2031.",
     "Did the Halden Dam Collapse?", "False", "Lantern Check",
     "https://lanterncheck.example/halden-dam", "2031-04-02", "en"),
    ("v-102", "Mayor Ilse Brand banned bicycles from the old town of Corvena.",
     "Did Corvena's Mayor Ban Bicycles?", "Misleading", "Corvena Facts",
     "https://corvenafacts.example/bicycles", "2031-03-11", "en"),
    ("v-103", "A photograph shows wolves walking through the empty streets of Tarsk during the "
     "curfew.", "Are Wolves Roaming Tarsk?", "Altered photo", "Lantern Check",
     "https://lanterncheck.example/tarsk-wolves", "2031-02-20", "en"),
    ("v-104", "Drinking warm saltwater every morning cures the Orvel fever.",
     "Does Saltwater Cure Orvel Fever?", "False", "Health Desk Meridia",
     "https://hdm.example/saltwater", "2031-01-15", "en"),
    ("v-105", "The Nordavian central bank will print a 5,000 krona note next year.",
     "A 5,000 Krona Note?", "True", "Corvena Facts",
     "https://corvenafacts.example/krona", "2031-05-01", "en"),
    ("v-106", "وزارة الصحة في مريديا أعلنت إغلاق جميع المدارس بسبب حمى أورفل",
     "هل أغلقت مريديا المدارس؟", "خاطئ", "مرصد الحقيقة",
     "https://marsad.example/schools", "2031-03-30", "ar"),
    ("v-107", "سد هالدن انهار بعد فيضانات الربيع",
     "هل انهار سد هالدن؟", "مضلل", "مرصد الحقيقة",
     "https://marsad.example/dam", "2031-04-03", "ar"),
]  # fmt: skip

COLUMNS = ("id", "claim", "title", "rating", "reviewer", "url", "date", "language")


def as_dicts() -> list[dict]:
    return [dict(zip(COLUMNS, r, strict=True)) for r in RECORDS]


def claimreview_node(record: dict) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": record["id"],
        "url": record["url"],
        "name": record["title"],
        "claimReviewed": record["claim"],
        "datePublished": record["date"],
        "inLanguage": record["language"],
        "author": {"@type": "Organization", "name": record["reviewer"]},
        "reviewRating": {"@type": "Rating", "alternateName": record["rating"]},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "someone"}},
    }


def write_csv(path: Path, records: list[dict] | None = None) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(records or as_dicts())
    return path


def write_jsonl(path: Path, records: list[dict] | None = None) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records or as_dicts()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_feed(path: Path) -> Path:
    feed = {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "dataFeedElement": [
            {"@type": "DataFeedItem", "item": [claimreview_node(r)]} for r in as_dicts()
        ],
    }
    path.write_text(json.dumps(feed, ensure_ascii=False), encoding="utf-8")
    return path


def write_page(path: Path, record: dict) -> Path:
    block = json.dumps(claimreview_node(record), ensure_ascii=False)
    path.write_text(
        "<!doctype html><html><head><title>Fact check</title>"
        f'<script type="application/ld+json">{block}</script>'
        "<script>alert('never run')</script></head>"
        f"<body><h1>{record['title']}</h1><p>Our check of this claim.</p></body></html>",
        encoding="utf-8",
    )
    return path
