"""A real index built from the demo case plus short fictional articles written for these tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from workbench.search import ArticleDoc, ClaimDoc, SearchIndex

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
CASE = "Were launchers smuggled from Qaramar to Nordavia?"
OTHER_CASE = "Did the harbour festival lose money?"


def demo_articles() -> list[ArticleDoc]:
    case = json.loads((DEMO / "case.json").read_text(encoding="utf-8"))
    docs = []
    for number, entry in enumerate(case["articles"], 1):
        title, _, body = (DEMO / entry["file"]).read_text(encoding="utf-8").partition("\n")
        docs.append(
            ArticleDoc(
                id=number,
                title=title.strip(),
                text=body.strip(),
                outlet=entry["outlet"],
                byline=entry.get("byline"),
                published=date.fromisoformat(entry["published"]),
                language="ar" if "arabic" in entry["file"] else "en",
                cases=(CASE,),
                case_ids=(1,),
            )
        )
    return docs


EXTRA = [
    ArticleDoc(
        id=11,
        title="Fuel drums smuggled past the harbour checkpoint",
        text="Customs officers said the crew smuggled forty fuel drums past the checkpoint at "
        "dawn. The café owner at the quay in Montréal watched the whole thing.",
        outlet="Harbour Gazette",
        byline="Jonas Reed",
        published=date(2030, 11, 2),
        language="en",
        cases=(OTHER_CASE,),
        case_ids=(2,),
    ),
    ArticleDoc(
        id=12,
        title="وَصَلَتِ الشُّحْنَةُ إلى المِيناءِ",
        text="أعلنت الإدارة أن الشُّحْنَةَ وَصَلَتْ إلى الـــمـيـناء، ونقلت المستشفى الجديد معدات طبية "
        "والصواريخ لم تكن ضمن الحمولة حسب المدرسة.",
        outlet="الرصد نيوز",
        byline=None,
        published=date(2031, 5, 3),
        language="ar",
        cases=(OTHER_CASE,),
        case_ids=(2,),
    ),
    ArticleDoc(
        id=13,
        title="Bakery festival draws record crowd",
        text="Thousands queued for bread and pastries at the spring bakery festival in the old "
        "market square, where bakers from twelve towns competed for the golden loaf prize.",
        outlet="Harbour Gazette",
        byline=None,
        published=None,
        language="en",
        cases=(OTHER_CASE,),
        case_ids=(2,),
    ),
]

CLAIMS = [
    ClaimDoc(
        1,
        "Two Kestrel-9 launchers crossed at Tel Safra on 3 March",
        "unverified",
        CASE,
        1,
        "Tamir Brigades commander",
    ),
    ClaimDoc(
        2,
        "The Border Crossings Authority denied any military shipment crossed",
        "denied",
        CASE,
        1,
        "Border Crossings Authority",
    ),
    ClaimDoc(3, "The cargo ship left the port of Ardan a week later", "relayed", CASE, 1, None),
    ClaimDoc(4, "The festival lost money on the crossing ferry", "sourced", OTHER_CASE, 2, None),
]


def all_articles() -> list[ArticleDoc]:
    return demo_articles() + EXTRA


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    folder = tmp_path_factory.mktemp("search") / "index"
    built = SearchIndex.rebuild(folder, all_articles(), CLAIMS)
    yield built
    built.close()
