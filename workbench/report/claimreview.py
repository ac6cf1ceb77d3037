"""ClaimReview JSON-LD (schema.org) for every claim with a verdict, as search engines read it.

The review is the newsroom's: its `author` and `publisher` are the newsroom, its `url` the
published check. The claim reviewed (`itemReviewed`) is the claim as it was made: its `author` is
whoever first said it, never a body that denied it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from workbench.core.records import ArticleRecord, CaseDossier, ClaimRecord, SourceRecord
from workbench.core.vocabulary import SourceKind, Status
from workbench.report.atomic import atomic_write
from workbench.report.digest import CARRYING, CaseDigest
from workbench.report.scale import BEST, RATING, WORST
from workbench.report.text import clip, iso_date, one_line, xml_safe

CLAIM_LIMIT = 280  # claimReviewed is shown in search snippets: keep it a short sentence


@dataclass(frozen=True)
class LeftOut:
    """A claim the export could not carry, and why."""

    claim_id: int
    number: int
    reason: str


def claimreview(
    dossier: CaseDossier, *, publisher: str = "", base_url: str = "", publisher_url: str = ""
) -> list[dict]:
    """One ClaimReview per claim with a verdict; unverified claims have none yet."""
    digest = CaseDigest(dossier)
    reviews = []
    for claim in dossier.claims:
        if claim.status is Status.UNVERIFIED:
            continue
        reviews.append(
            _review(
                digest, claim, publisher=publisher, base_url=base_url, publisher_url=publisher_url
            )
        )
    return reviews


def left_out(dossier: CaseDossier) -> list[LeftOut]:
    """The claims the export leaves out, each with its reason."""
    digest = CaseDigest(dossier)
    return [
        LeftOut(c.id, digest.claim_number(c.id), "unverified: there is no verdict to publish yet")
        for c in dossier.claims
        if c.status is Status.UNVERIFIED
    ]


def write_claimreview(
    dossier: CaseDossier,
    path: Path,
    overwrite: bool = False,
    *,
    publisher: str = "",
    base_url: str = "",
    publisher_url: str = "",
) -> Path:
    """The ClaimReview list as a JSON file, written atomically."""
    reviews = claimreview(
        dossier, publisher=publisher, base_url=base_url, publisher_url=publisher_url
    )
    text = json.dumps(reviews, ensure_ascii=False, indent=2)

    def write(temp: Path) -> None:
        temp.write_text(text, encoding="utf-8")

    return atomic_write(Path(path), write, overwrite)


def _review(
    digest: CaseDigest, claim: ClaimRecord, *, publisher: str, base_url: str, publisher_url: str
) -> dict:
    number = digest.claim_number(claim.id)
    review: dict = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": clip(one_line(xml_safe(claim.text)), CLAIM_LIMIT),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING[claim.status],
            "bestRating": BEST,
            "worstRating": WORST,
            "alternateName": claim.status.value.capitalize(),
            "ratingExplanation": claim.status.meaning,
        },
        "itemReviewed": _claim_item(digest, claim),
        "datePublished": iso_date(claim.updated_at or digest.case.updated_at or date.today()),
    }
    if claim.note.strip():
        review["reviewBody"] = one_line(xml_safe(claim.note))
    if publisher:
        newsroom = {"@type": "Organization", "name": xml_safe(publisher)}
        if publisher_url:
            newsroom["url"] = publisher_url
        review["author"] = newsroom
        review["publisher"] = dict(newsroom)
    if base_url:
        review["url"] = f"{base_url.rstrip('#')}#claim-{number}"
    return review


def _claim_item(digest: CaseDigest, claim: ClaimRecord) -> dict:
    item: dict = {"@type": "Claim"}
    source = _origin(digest, claim)
    if source is not None:
        item["author"] = _actor(source)
    carriers = [m for m in digest.mentions(claim.id) if m.stance in CARRYING]
    articles: list[ArticleRecord] = []
    for mention in carriers:
        article = digest.article(mention.article_id)
        if article not in articles:
            articles.append(article)
    if articles:
        item["appearance"] = [_work(digest, a) for a in articles]
        first = digest.first_report(claim.id)
        first_article = digest.article(first.article_id) if first else articles[0]
        item["firstAppearance"] = _work(digest, first_article)
        if first_article.published:
            item["datePublished"] = first_article.published.isoformat()
    return item


def _origin(digest: CaseDigest, claim: ClaimRecord) -> SourceRecord | None:
    """Who made the claim: the first report's source, else the claim's; never one who denied it
    (or refused to comment on it)."""
    deniers = {
        m.source_id for m in digest.mentions(claim.id) if m.stance not in CARRYING and m.source_id
    }
    first = digest.first_report(claim.id)
    for candidate in (first.source_id if first else None, claim.source_id):
        if candidate is not None and candidate not in deniers:
            return digest.source(candidate)
    return None


def _actor(source: SourceRecord) -> dict:
    kind = "Person" if source.kind in (SourceKind.PERSON, SourceKind.ANONYMOUS) else "Organization"
    return {"@type": kind, "name": xml_safe(source.name)}


def _work(digest: CaseDigest, article: ArticleRecord) -> dict:
    work: dict = {"@type": "CreativeWork", "headline": one_line(xml_safe(article.title))}
    if article.url:
        work["url"] = article.url
    if article.published:
        work["datePublished"] = article.published.isoformat()
    if article.language and article.language != "und":
        work["inLanguage"] = article.language
    work["publisher"] = {"@type": "Organization", "name": digest.outlet_of(article)}
    if article.byline:
        work["author"] = {"@type": "Person", "name": one_line(article.byline)}
    return work
