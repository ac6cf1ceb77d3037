"""Matching pasted posts against the archive: normalising, ranking, English and Arabic."""

from __future__ import annotations

from datetime import date

import pytest

from tests.archive.verdicts import as_dicts
from workbench.archive.posts import normalise_post, post_date
from workbench.archive.ranking import ArchiveIndex, entry_for
from workbench.core.verdicts import Verdict


@pytest.fixture(scope="module")
def index() -> ArchiveIndex:
    verdicts = [
        Verdict(claim=r["claim"], title=r["title"], ref=r["id"], rating=r["rating"])
        for r in as_dicts()
    ]
    return ArchiveIndex([entry_for(v) for v in verdicts])


def test_links_go_and_handles_and_hashtags_become_words() -> None:
    post = "BREAKING #HaldenDam gone!! https://t.co/x1 via @MayorIlseBrand pic.twitter.com/abc"
    assert normalise_post(post) == "BREAKING Halden Dam gone!! via Mayor Ilse Brand"


def test_the_signature_date_of_an_embedded_post_is_read() -> None:
    assert post_date("Dam is gone — Ana Lind (@analind) April 1, 2031") == date(2031, 4, 1)
    assert post_date("no signature here") is None


@pytest.mark.parametrize(
    ("post", "ref"),
    [
        ("RT @lakewatch: the #HaldenDam on the Veska has COLLAPSED after the floods!! "
         "https://t.co/zzz — Lake Watch (@lakewatch) April 1, 2031", "v-101"),
        ("Unbelievable: @MayorBrand wants to ban bikes from Corvena's old town 😡", "v-102"),
        ("“Warm salt water each morning and the Orvel fever is gone” — my aunt swears by it",
         "v-104"),
        ("wolves in the streets of #Tarsk tonight, curfew is on pic.twitter.com/q1", "v-103"),
        ("عاجل: انهيار سد هالدن بعد الفيضانات", "v-107"),
        ("مريديا: وزارة الصحة تغلق المدارس بسبب الحمى", "v-106"),
    ],
)  # fmt: skip
def test_pasted_posts_find_the_verdict_they_repeat(
    index: ArchiveIndex, post: str, ref: str
) -> None:
    assert index.match(post, limit=3)[0].verdict.ref == ref


@pytest.mark.parametrize(
    "query", ["", "   ", '"', "((", "AND OR NOT", "*", "title:", "#", "@", "x" * 20_000, "😡" * 50]
)
def test_any_text_is_a_query(index: ArchiveIndex, query: str) -> None:
    found = index.match(query)
    assert isinstance(found, list)


def test_scores_run_best_first(index: ArchiveIndex) -> None:
    found = index.match("Halden dam collapse floods Veska", limit=5)
    scores = [m.score for m in found]
    assert scores == sorted(scores, reverse=True)
    assert len({m.verdict.ref for m in found}) == len(found)
