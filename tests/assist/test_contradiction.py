"""A passage that says the opposite of a claim is a denial of it, in the same group."""

from __future__ import annotations

from datetime import date

from workbench.assist.contradiction import contradicts, learned_cues
from workbench.assist.suggest import suggest_for_case
from workbench.core.records import ArticleRecord


def one_line(id_: int, text: str, day: int) -> ArticleRecord:
    return ArticleRecord(
        id=id_,
        title=text,
        text=text,
        language="ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en",
        format="txt",
        source_file=f"{id_}.txt",
        published=date(2033, 5, day),
    )


def test_opposites_and_negation_turn_a_claim_round() -> None:
    assert contradicts("Velmar harbour fees rise for third year", "Velmar harbour fees fall again")
    assert contradicts("فيلمار ترفع رسوم الميناء", "فيلمار تخفض رسوم الميناء")
    assert contradicts("تغييرات في قيادة ميناء فيلمار", "لا تغييرات في قيادة ميناء فيلمار")
    assert not contradicts(
        "Velmar harbour fees rise for third year", "Harbour fees in Velmar rise again"
    )


def test_the_contradicting_headline_is_the_claims_denial_not_another_claim() -> None:
    articles = [
        one_line(1, "ميناء فيلمار يفتح أبوابه أمام السفن التجارية", 1),
        one_line(2, "ميناء فيلمار يغلق أبوابه أمام السفن التجارية", 2),
    ]
    groups = suggest_for_case(articles).groups
    assert len(groups) == 1
    stances = {article: c.stance for article, c in groups[0].members}
    assert stances[1] != "denies"
    assert stances[2] == "denies"


def test_the_shipped_cues_load() -> None:
    cues = learned_cues()
    assert cues.pairs and cues.words
