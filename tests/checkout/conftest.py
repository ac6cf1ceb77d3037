"""Two real libraries, a team's and a laptop's, and a case in the team library to check out."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from workbench.core.records import ImportedArticle
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.services import cases, claims
from workbench.services.importing import store_imported
from workbench.store import Library

ENGLISH = (
    "Harbour officials in Port Velan said on Tuesday that the northern breakwater had cracked "
    "after the storm. The ministry denied that any ship had been damaged, a spokesman said."
)
ARABIC = (
    "قالت هيئة ميناء فيلان إن حاجز الأمواج الشمالي تصدّع بعد العاصفة. "
    "ونفت الوزارة تضرر أي سفينة، بحسب متحدث باسمها."
)
SECOND = "A local radio station relayed the report that the breakwater had cracked overnight."


@dataclass(frozen=True)
class TeamCase:
    case_id: int
    title: str
    english: int
    arabic: int
    claim_ids: tuple[int, ...]


def article(text: str, name: str, language: str = "en") -> ImportedArticle:
    return ImportedArticle(
        title=name, text=text, raw_text=text, format="txt", source_file=name, language=language
    )


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "team")
    yield library
    library.close()


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "laptop")
    yield library
    library.close()


def build_case(library: Library, title: str = "Port Velan breakwater") -> TeamCase:
    case = cases.create_case(library, title, "Did the breakwater crack?")
    en, ar = (
        o.article_id
        for o in store_imported(
            library,
            [
                ("velan-en.txt", article(ENGLISH, "velan-en.txt")),
                ("velan-ar.txt", article(ARABIC, "velan-ar.txt", "ar")),
            ],
            case.id,
        )
    )
    assert en is not None and ar is not None
    cracked = claims.add_claim(
        library,
        case.id,
        "The northern breakwater cracked after the storm",
        status=Status.SOURCED,
        source_name="Port Velan harbour authority",
        source_kind=SourceKind.OFFICIAL,
        mention=claims.MentionSpec(article_id=en, quote="the northern breakwater had cracked"),
    )
    claims.add_mention(
        library,
        cracked.id,
        claims.MentionSpec(article_id=ar, quote="حاجز الأمواج الشمالي تصدّع"),
    )
    ships = claims.add_claim(
        library,
        case.id,
        "No ship was damaged",
        status=Status.DENIED,
        mention=claims.MentionSpec(
            article_id=en, quote="denied that any ship had been damaged", stance=Stance.DENIES
        ),
    )
    claims.add_evidence(library, ships.id, "call", "Call with the ministry press office", "09:40")
    arabic = claims.add_claim(library, case.id, "نفت الوزارة تضرر أي سفينة")
    return TeamCase(case.id, case.title, en, ar, (cracked.id, ships.id, arabic.id))
