from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from workbench.core.errors import ExportError
from workbench.core.records import CaseDossier
from workbench.report.claimreview import claimreview, write_claimreview

# The schema.org properties this export may use, per type, including inherited ones
# (Thing → CreativeWork → Review → ClaimReview; Thing → Intangible → Rating; CreativeWork → Claim).
THING = {"name", "url", "alternateName", "description", "identifier", "sameAs", "image"}
CREATIVE_WORK = THING | {
    "author", "datePublished", "dateModified", "publisher", "headline", "inLanguage", "creator",
}  # fmt: skip
SCHEMA = {
    "Thing": THING,
    "CreativeWork": CREATIVE_WORK,
    "Review": CREATIVE_WORK | {"itemReviewed", "reviewRating", "reviewBody", "reviewAspect"},
    "ClaimReview": CREATIVE_WORK
    | {"itemReviewed", "reviewRating", "reviewBody", "reviewAspect", "claimReviewed"},
    "Rating": THING
    | {"ratingValue", "bestRating", "worstRating", "ratingExplanation", "author", "reviewAspect"},
    "Claim": CREATIVE_WORK | {"appearance", "firstAppearance", "claimInterpreter"},
    "Organization": THING | {"legalName", "email", "address"},
    "Person": THING | {"givenName", "familyName", "jobTitle", "affiliation"},
}
KEYWORDS = {"@type", "@context", "@id"}


def unknown_properties(node: object, path: str = "$") -> list[str]:
    found: list[str] = []
    if isinstance(node, list):
        for index, item in enumerate(node):
            found += unknown_properties(item, f"{path}[{index}]")
    elif isinstance(node, dict):
        kind = node.get("@type")
        allowed = SCHEMA.get(kind) if isinstance(kind, str) else None
        if allowed is None:
            found.append(f"{path}: unknown type {kind!r}")
            allowed = set()
        for key, value in node.items():
            if key not in KEYWORDS and key not in allowed:
                found.append(f"{path}.{key} ({kind})")
            found += unknown_properties(value, f"{path}.{key}")
    return found


def test_every_property_exists_in_schema_org(english: CaseDossier) -> None:
    reviews = claimreview(english, publisher="Harbour Gazette", base_url="https://hg.example/c1")
    assert unknown_properties(reviews) == []


def test_the_property_check_rejects_invented_properties() -> None:
    bad = {"@type": "ClaimReview", "claimReviewed": "x", "verdictColour": "red"}
    assert unknown_properties(bad) == ["$.verdictColour (ClaimReview)"]


def test_one_review_per_claim_with_a_verdict(english: CaseDossier) -> None:
    reviews = claimreview(english)
    concluded = [c for c in english.claims if c.status.value != "unverified"]
    assert [r["claimReviewed"] for r in reviews] == [c.text for c in concluded]
    denied = reviews[0]
    assert denied["@context"] == "https://schema.org"
    assert denied["reviewRating"]["alternateName"] == "Denied"
    assert denied["reviewRating"]["ratingValue"] == 1
    assert (denied["reviewRating"]["worstRating"], denied["reviewRating"]["bestRating"]) == (1, 4)
    assert "Denied" not in denied["claimReviewed"]
    assert "author" not in denied and "url" not in denied


def test_item_reviewed_is_the_claim_with_its_appearances(english: CaseDossier) -> None:
    review = claimreview(english, publisher="Harbour Gazette", base_url="https://hg.example/c1")[0]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "A Tamir Brigades commander"}
    urls = [a["url"] for a in item["appearance"]]
    assert urls[0] == "https://chronicle.example/security/launchers-qaramar-nordavia"
    assert "https://ardanreview.example/analysis/denials-and-doubts" not in urls  # only a denial
    assert item["firstAppearance"]["url"] == urls[0]
    assert item["firstAppearance"]["publisher"]["name"] == "The Northern Chronicle"
    assert item["datePublished"] == "2031-04-14"
    assert review["author"] == {"@type": "Organization", "name": "Harbour Gazette"}
    assert review["url"] == "https://hg.example/c1#claim-1"
    assert review["datePublished"] == "2031-04-19"


def test_claim_reviewed_stays_short(english: CaseDossier) -> None:
    long_claim = replace(english.claims[0], text="very long claim " * 100)
    reviews = claimreview(replace(english, claims=(long_claim, *english.claims[1:])))
    assert len(reviews[0]["claimReviewed"]) <= 290


def test_written_file_is_json_and_not_overwritten(english: CaseDossier, tmp_path: Path) -> None:
    target = write_claimreview(english, tmp_path / "claims.jsonld")
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 4
    with pytest.raises(ExportError):
        write_claimreview(english, target)
    write_claimreview(english, target, overwrite=True)


# What Google's ClaimReview documentation asks of a fact-check's markup: required properties, and
# the recommended ones this export promises to fill.
GOOGLE_REQUIRED = {"claimReviewed", "reviewRating", "url"}
GOOGLE_RATING_REQUIRED = {"alternateName"}


def google_problems(review: dict) -> list[str]:
    problems = [f"missing {key}" for key in sorted(GOOGLE_REQUIRED - set(review))]
    rating = review.get("reviewRating", {})
    problems += [f"reviewRating missing {k}" for k in sorted(GOOGLE_RATING_REQUIRED - set(rating))]
    if "ratingValue" in rating and not (
        rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    ):
        problems.append("ratingValue outside worstRating..bestRating")
    author = review.get("author", {})
    if author.get("@type") != "Organization" or not author.get("name"):
        problems.append("author is not an Organization with a name")
    if not str(review.get("url", "")).startswith("https://"):
        problems.append("url is not an https address")
    item = review.get("itemReviewed", {})
    if item.get("@type") != "Claim":
        problems.append("itemReviewed is not a Claim")
    for appearance in item.get("appearance", []):
        if "url" not in appearance and "headline" not in appearance:
            problems.append("an appearance names neither a url nor a headline")
    return problems


def test_google_requirements_hold_with_the_newsroom_set(english: CaseDossier) -> None:
    reviews = claimreview(
        english,
        publisher="Harbour Gazette",
        publisher_url="https://hg.example",
        base_url="https://hg.example/checks/launchers",
    )
    assert reviews
    for review in reviews:
        assert google_problems(review) == [], review["claimReviewed"]
        assert review["author"] == {
            "@type": "Organization",
            "name": "Harbour Gazette",
            "url": "https://hg.example",
        }
    assert unknown_properties(reviews) == []


def test_the_google_check_catches_a_review_without_url(english: CaseDossier) -> None:
    [first, *_] = claimreview(english, publisher="Harbour Gazette")
    assert "missing url" in google_problems(first)


def test_the_claim_author_is_its_origin_never_the_body_that_denied_it(
    english: CaseDossier,
) -> None:
    # Attribute claim 1 to the authority that denied it: the export must not name it as author.
    denier = 5
    claim = replace(english.claims[0], source_id=denier)
    dossier = replace(english, claims=(claim, *english.claims[1:]))
    item = claimreview(dossier)[0]["itemReviewed"]
    assert item["author"]["name"] == "A Tamir Brigades commander"  # the first report's source
    names = {r["itemReviewed"].get("author", {}).get("name") for r in claimreview(dossier)}
    assert "Qaramar Border Crossings Authority" not in names


def test_every_claim_is_exported_or_left_out_with_a_reason(english: CaseDossier) -> None:
    from workbench.report.claimreview import left_out

    reviews = claimreview(english)
    gaps = left_out(english)
    assert len(reviews) + len(gaps) == len(english.claims)
    assert all("unverified" in gap.reason for gap in gaps)
