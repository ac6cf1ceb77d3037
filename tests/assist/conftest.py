"""The demo case as plain article records, for the assistant's tests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from workbench.core.records import ArticleRecord

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


def demo_articles() -> list[ArticleRecord]:
    case = json.loads((DEMO / "case.json").read_text(encoding="utf-8"))
    records = []
    for number, item in enumerate(case["articles"], start=1):
        text = (DEMO / item["file"]).read_text(encoding="utf-8")
        records.append(
            ArticleRecord(
                id=number,
                title=text.splitlines()[0],
                text=text,
                language="ar" if "arabic" in item["file"] else "en",
                format="txt",
                source_file=item["file"],
                outlet=item["outlet"],
                published=date.fromisoformat(item["published"]),
            )
        )
    return records


@pytest.fixture
def demo() -> list[ArticleRecord]:
    return demo_articles()
