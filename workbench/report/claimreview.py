"""ClaimReview JSON-LD (schema.org) for every claim with a verdict, as search engines read it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from workbench.core.records import ArticleRecord, CaseDossier, ClaimRecord, SourceRecord
from workbench.core.vocabulary import SourceKind, Status
from workbench.report.atomic import atomic_write
from workbench.report.digest import CARRYING, CaseDigest
from workbench.report.scale import BEST, RATING, WORST
from workbench.report.text import clip, iso_date, one_line, xml_safe

CLAIM_LIMIT = 280  # claimReviewed is shown in search snippets: keep it a short sentence


def claimreview(dossier: CaseDossier, *, publisher: str = "", base_url: str = "") -> list[dict]:
    """One ClaimReview per claim with a verdict; unverified claims have none yet."""
    digest = CaseDigest(dossier)
    reviews = []
    for claim in dossier.claims:
        if claim.status is Status.UNVERIFIED:
            continue
        reviews.append(_review(digest, claim, publisher=publisher, base_url=base_url))
    return reviews


def write_claimreview(
    dossier: CaseDossier,
    path: Path,
    overwrite: bool = False,
    *,
    publisher: str = "",
    base_url: str = "",
) -> Path:
    """The ClaimReview list as a JSON file, written atomically."""
    reviews = claimreview(dossier, publisher=publisher, base_url=base_url)
    text = json.dumps(reviews, ensure_ascii=False, indent=2)
    return atomic_write(Path(path), lambda temp: temp.write_text(text, encoding="utf-8"), overwrite)


def _review(digest: CaseDigest, claim: ClaimRecord, *, publisher: str, base_url: str) -> dict:
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
        review["author"] = {"@type": "Organization", "name": publisher}
        review["publisher"] = {"@type": "Organization", "name": publisher}
    if base_url:
        review["url"] = f"{base_url.rstrip('#')}#claim-{number}"
    return review


def _claim_item(digest: CaseDigest, claim: ClaimRecord) -> dict:
    item: dict = {"@type": "Claim"}
    source = digest.attributed(claim)
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
