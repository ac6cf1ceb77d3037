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
