"""Which existing claim a passage answers: a denial or a refusal to comment belongs to the claim it
is about, as the denier's mention of it, not as a new claim of its own.

Denials often name no claim at all ("the embassy called the report baseless"): a reference to "the
report", "these claims" or "the allegations" points at the case's most carried claim.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.assist.candidates import DENIES, NO_COMMENT, Candidate, extract_candidates
from workbench.assist.wording import tokens
from workbench.core.records import ClaimRecord, MentionRecord
from workbench.core.vocabulary import SourceKind, Stance

# Below this share of the passage's content words found in a claim, the passage is not about it.
MIN_OVERLAP = 0.2
REFERENCE = re.compile(
    r"\b(?:the|these|those|such|this|that)\s+(?:\w+\s+)?(?:reports?|allegations?|claims?|accusations?"
    r"|story|stories|article|accounts?|reporting|rumou?rs?)\b"
    r"|التقرير|التقارير|الادعاءات|المزاعم|الأنباء|هذه\s+الأخبار",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Answer:
    """The claim a passage answers, how, and by whom."""

    claim_id: int
    stance: Stance
    source: str | None
    source_kind: SourceKind | None
    reason: str


def answered_claim(
    passage: str,
    article_text: str,
    start: int,
    claims: Sequence[ClaimRecord],
    mentions: Sequence[MentionRecord],
    language: str | None = None,
) -> Answer | None:
    """The existing claim that `passage` (at `start` in its article) denies or will not answer."""
    if not claims or not passage.strip():
        return None
    reading = _reading(passage, article_text, start, language)
    if reading is None or reading.stance not in (DENIES, NO_COMMENT):
        return None
    stance = Stance.DENIES if reading.stance == DENIES else Stance(NO_COMMENT)
    claim, why = _target(passage, reading, claims, mentions)
    if claim is None:
        return None
    who = reading.source or "an unnamed actor"
    verb = "denies" if stance is Stance.DENIES else "declines to comment on"
    return Answer(claim.id, stance, reading.source, reading.source_kind, f"{who} {verb} it ({why})")


def _reading(passage: str, text: str, start: int, language: str | None) -> Candidate | None:
    """Read the passage where it stands, so "the embassy" and "she" resolve to who said it."""
    end = start + len(passage)
    if start >= 0 and text[start:end] == passage:
        inside = [
            c for c in extract_candidates(text[:end], language) if c.end > start and c.start < end
        ]
        answering = [c for c in inside if c.stance in (DENIES, NO_COMMENT)]
        if answering:
            return answering[0]
        if inside:
            return inside[0]
    alone = extract_candidates(passage, language)
    return next((c for c in alone if c.stance in (DENIES, NO_COMMENT)), alone[0] if alone else None)


def _target(
    passage: str,
    reading: Candidate,
    claims: Sequence[ClaimRecord],
    mentions: Sequence[MentionRecord],
) -> tuple[ClaimRecord | None, str]:
    words = set(tokens(reading.claim)) | set(tokens(passage))
    quotes: dict[int, set[str]] = {c.id: set(tokens(c.text)) for c in claims}
    for mention in mentions:
        if mention.claim_id in quotes:
            quotes[mention.claim_id] |= set(tokens(mention.quote))
    best, best_score = None, 0.0
    for claim in claims:
        own = set(tokens(claim.text))
        if not own or not words:
            continue
        score = max(len(words & own) / len(own), len(words & quotes[claim.id]) / len(words))
        if score > best_score:
            best, best_score = claim, score
    if best is not None and best_score >= MIN_OVERLAP:
        return best, "its wording overlaps the claim's"
    if REFERENCE.search(passage):
        carried = Counter(
            m.claim_id for m in mentions if m.stance in (Stance.ASSERTS, Stance.RELAYS)
        )
        ranked = sorted(claims, key=lambda c: (-carried.get(c.id, 0), c.id))
        return ranked[0], "it answers the report that carries the claim"
    return None, ""
