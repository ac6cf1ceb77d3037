"""A case proposed as claims: one allegation carried by several outlets, its origin, relays and
denials, including denials of "the report" that name no claim, and an unrelated article left out."""

from __future__ import annotations

from datetime import date

from workbench.assist.grouping import cluster
from workbench.assist.suggest import suggest_for_case
from workbench.core.records import ArticleRecord
from workbench.core.vocabulary import Status

RELAY_ONE = (
    "Harbour cartel smuggled diesel from Lorne to Velmar: Report\n\n"
    "A cartel backed by harbour officials smuggled diesel from Lorne to Velmar on night ferries, "
    "the Coastal Ledger reported on Monday.\n\n"
    "The ferries carried more than 40 tankers of diesel in March, the Coastal Ledger said.\n\n"
    "The transport ministry declined to comment on the report.\n"
)
RELAY_TWO = (
    "Lorne cartel smuggling diesel to Velmar, newspaper says\n\n"
    "According to a report in the Coastal Ledger, a harbour cartel has been smuggling diesel from "
    "Lorne to Velmar on night ferries.\n\n"
    "The ferries carried more than 40 tankers of diesel in March, the Coastal Ledger reported.\n\n"
    "The Lorne Port Authority denied that any diesel left the port without inspection.\n\n"
    "Sport\n\n"
    "Velmar Rovers sign striker from Ostria\n\n"
    "Velmar Rovers have signed the Ostrian striker Dario Venn on a three-year contract, the club "
    "announced on Friday. Venn scored nineteen goals last season and joins after a medical. "
    "The manager said the squad needed pace up front before the winter fixtures begin.\n"
)
ARABIC = (
    "تقرير: عصابة تهرب الديزل من لورن إلى فيلمار\n\n"
    "ذكرت صحيفة كوستال ليدجر أن عصابة مدعومة من مسؤولين في الميناء هربت الديزل من لورن إلى فيلمار "
    "على متن عبارات ليلية.\n\n"
    "ووصفت سفارة لورن في فيلمار التقرير بأنه لا أساس له من الصحة.\n"
)


def article(id_: int, text: str, outlet: str, day: int, language: str = "en") -> ArticleRecord:
    return ArticleRecord(
        id=id_,
        title=text.splitlines()[0],
        text=text,
        language=language,
        format="txt",
        source_file=f"{id_}.txt",
        outlet=outlet,
        published=date(2033, 4, day),
    )


def test_the_allegation_is_one_claim_with_its_origin_relays_and_denials() -> None:
    articles = [
        article(1, RELAY_ONE, "Gulf Wire", 2),
        article(2, RELAY_TWO, "Valley News", 3),
        article(3, ARABIC, "الرصد نيوز", 4, "ar"),
    ]
    suggestions = suggest_for_case(articles)
    main = suggestions.groups[0]
    assert main.article_ids == [1, 2, 3]
    assert main.origin is not None and "Coastal Ledger" in main.origin
    assert main.origin_article is None  # the Ledger has no article in the case
    assert {a for a, _ in main.relays} >= {1, 2}
    deniers = [who or "" for _, who in main.denials]
    assert any("Lorne Port Authority" in who for who in deniers)
    assert any("سفارة" in who for who in deniers)  # a denial of "the report", in Arabic
    assert [who for _, who in main.refusals] == ["The transport ministry"]
    assert main.status is Status.DENIED
    assert main.representative[0].isupper()
    # the football story scraped below the second article is left out
    everything = " ".join(c.sentence for g in suggestions.groups for _, c in g.members)
    assert "Rovers" not in everything
    assert suggestions.set_apart[2]
    assert "SharedPassage(" not in str(suggestions.to_json())


def test_grouping_keeps_two_stories_apart_and_one_story_together() -> None:
    headlines = [
        "Ferry cartel smuggled diesel from Lorne to Velmar",
        "Lorne diesel smuggling cartel used night ferries, paper says",
        "Velmar port authority denies diesel smuggling through Lorne",
        "Pop singer Mira Dane to star in lighthouse musical",
        "Mira Dane cast as lead in new lighthouse musical",
    ]
    groups = cluster(headlines)
    assert sorted(groups) == [[0, 1, 2], [3, 4]]
