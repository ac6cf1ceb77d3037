"""Method checks: the rules an editor applies before a verdict is published.

Pure functions over a CaseDossier. The report lists every warning and the GUI shows the same ones
per claim, so both always agree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from workbench.core.records import CaseDossier, ClaimRecord, MentionRecord
from workbench.core.vocabulary import SourceKind, Stance, Status

SINGLE_SOURCE = "single-source"
DENIAL_UNDATED = "denial-undated"
DENIAL_UNNAMED = "denial-unnamed"
DENIAL_MISSING = "denial-missing"
NO_MENTION = "no-mention"
ORIGINAL_MISSING = "original-missing"
NO_VERDICT = "no-verdict"


@dataclass(frozen=True)
class MethodWarning:
    """One rule a claim (or, with claim_id None, the whole case) does not meet."""

    claim_id: int | None
    code: str
    message: str
    # What the message is made of, so another language can say the same: the outlet (or title)
    # carrying a denial, and how many independent sources a sourced claim rests on.
    where: str = ""
    sources: int = 0


def method_checks(dossier: CaseDossier) -> list[MethodWarning]:
    """Every warning for the case: case-level ones first, then per claim in claim order."""
    warnings: list[MethodWarning] = []
    if not dossier.case.verdict.strip():
        warnings.append(MethodWarning(None, NO_VERDICT, "The case has no overall verdict yet."))
    by_claim: dict[int, list[MentionRecord]] = defaultdict(list)
    for mention in dossier.mentions:
        by_claim[mention.claim_id].append(mention)
    for claim in dossier.claims:
        warnings.extend(_claim_checks(dossier, claim, by_claim.get(claim.id, [])))
    return warnings


def checks_for_claim(dossier: CaseDossier, claim_id: int) -> list[MethodWarning]:
    """The warnings for one claim, as the claim pane shows them."""
    for claim in dossier.claims:
        if claim.id == claim_id:
            return _claim_checks(dossier, claim, dossier.mentions_of(claim_id))
    return []


def asserting_sources(dossier: CaseDossier, mentions: list[MentionRecord]) -> set[str]:
    """Distinct sources behind the mentions that assert a claim with their own source.

    A mention's named source counts; when it names none, the outlet stands as its own source. Two
    outlets quoting the same official are one source, not two.
    """
    keys: set[str] = set()
    for mention in mentions:
        if mention.stance is not Stance.ASSERTS:
            continue
        if mention.source_id is not None:
            keys.add(f"source:{mention.source_id}")
        else:
            article = dossier.article(mention.article_id)
            keys.add(f"outlet:{(article.outlet or f'article {article.id}').casefold()}")
    return keys


def _claim_checks(
    dossier: CaseDossier, claim: ClaimRecord, mentions: list[MentionRecord]
) -> list[MethodWarning]:
    found: list[MethodWarning] = []
    label = f"Claim {claim.id}"
    if not mentions:
        found.append(
            MethodWarning(
                claim.id, NO_MENTION, f"{label} is not quoted from any article in the case."
            )
        )
    stances = {m.stance for m in mentions}
    if claim.status is Status.SOURCED:
        sources = asserting_sources(dossier, mentions)
        if len(sources) == 0:
            found.append(
                MethodWarning(
                    claim.id,
                    SINGLE_SOURCE,
                    f"{label} is marked sourced but no article asserts it with its own source.",
                    sources=0,
                )
            )
        elif len(sources) == 1:
            found.append(
                MethodWarning(
                    claim.id,
                    SINGLE_SOURCE,
                    f"{label} is marked sourced but rests on a single source; "
                    "the two-independent-sources rule is not met.",
                    sources=1,
                )
            )
    if Stance.RELAYS in stances and Stance.ASSERTS not in stances:
        found.append(
            MethodWarning(
                claim.id,
                ORIGINAL_MISSING,
                f"{label} is only relayed: the original report is not in the case.",
            )
        )
    denials = [m for m in mentions if m.stance is Stance.DENIES]
    if claim.status is Status.DENIED and not denials:
        found.append(
            MethodWarning(
                claim.id,
                DENIAL_MISSING,
                f"{label} is marked denied but no article in the case carries the denial.",
            )
        )
    for mention in denials:
        article = dossier.article(mention.article_id)
        where = article.outlet or article.title
        source = dossier.source(mention.source_id)
        if source is None or source.kind is SourceKind.ANONYMOUS or not source.name.strip():
            found.append(
                MethodWarning(
                    claim.id,
                    DENIAL_UNNAMED,
                    f"{label}: the denial carried by {where} names no body or person.",
                    where=where,
                )
            )
        if article.published is None:
            found.append(
                MethodWarning(
                    claim.id,
                    DENIAL_UNDATED,
                    f"{label}: the denial carried by {where} has no date.",
                    where=where,
                )
            )
    # one warning per article, however many of its passages deny the claim
    return list(dict.fromkeys(found))
