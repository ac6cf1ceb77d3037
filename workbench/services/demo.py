"""The demo case that ships in `resources/demo`: a worked example a new user sees first."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

from workbench.core.errors import NotFound
from workbench.core.records import CaseRecord
from workbench.ingest import read_article
from workbench.paths import resource
from workbench.services.cases import create_case, find_case, update_case
from workbench.services.importing import store_imported
from workbench.store import Library


def demo_folder() -> Path:
    return resource("demo")


def load_demo_case(
    library: Library, folder: Path | None = None, *, with_answer_key: bool = False
) -> CaseRecord:
    """Create the demo case with its articles (outlet, link, date); idempotent.

    `with_answer_key` adds the trainer's markings, so a new user sees a worked example.
    """
    folder = folder or demo_folder()
    manifest = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    try:
        return find_case(library, manifest["title"])
    except NotFound:
        pass
    case = create_case(library, manifest["title"], manifest.get("question", ""))
    items = []
    for entry in manifest["articles"]:
        path = folder / entry["file"]
        article = read_article(path)
        published = entry.get("published")
        article = dataclasses.replace(
            article,
            outlet=entry.get("outlet", article.outlet),
            url=entry.get("url", article.url),
            byline=entry.get("byline", article.byline),
            published=date.fromisoformat(published) if published else article.published,
        )
        items.append((str(path), article))
    store_imported(library, items, case.id)
    if with_answer_key and (folder / "answer_key.json").exists():
        from workbench.services.workshop import load_answer_key

        load_answer_key(library, case.id, folder / "answer_key.json")
    if manifest.get("summary"):
        case = update_case(library, case.id, summary=manifest["summary"])
    return case
