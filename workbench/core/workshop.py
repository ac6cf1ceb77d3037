"""Scoring a workshop: each trainee's markings against the answer key, and the group as a whole.

Pure: works on markings read from key and answer files, never on the library.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from workbench.core.agreement import (
    cohen_kappa,
    describe_kappa,
    fleiss_kappa,
    item_agreement,
    percent_agreement,
)
from workbench.core.text import collapse_spaces, natural_key
from workbench.core.vocabulary import SourceKind, Stance, Status

CATEGORIES = tuple(Status)
WORDING_THRESHOLD = 0.6  # below this, two wordings are taken for different claims


@dataclass(frozen=True)
class MarkedSpan:
    """Where a trainee or the key found a claim: an article named by its content hash."""

    article_hash: str
    start: int
    end: int
    quote: str
    stance: Stance


@dataclass(frozen=True)
class MarkedClaim:
    """One claim as marked by a trainee (or the key): enough to score, no article text."""

    uuid: str
    text: str
    status: Status
    source_name: str | None = None
    source_kind: SourceKind | None = None
    mentions: tuple[MarkedSpan, ...] = ()


@dataclass(frozen=True)
class AnswerKey:
    """The trainer's markings: the claims of the key case with their statuses and sources."""

    case_uuid: str
    title: str
    claims: tuple[MarkedClaim, ...]


@dataclass(frozen=True)
class TraineeAnswers:
    trainee: str
    case_uuid: str
    case_title: str
    claims: tuple[MarkedClaim, ...]
    origin: str = ""  # the file the answers came from


@dataclass(frozen=True)
class ClaimComparison:
    """One key claim: the key's status and each trainee's (None where they did not find it)."""

    uuid: str
    text: str
    key_status: Status
    key_source: str | None
    answers: tuple[Status | None, ...]
    sources: tuple[str | None, ...]
    split: float  # 0 when every trainee chose the same status; higher the more they differ

    @property
    def agreeing(self) -> int:
        return sum(answer is self.key_status for answer in self.answers)

    def tally(self) -> dict[Status, int]:
        return {s: sum(_rated(a) is s for a in self.answers) for s in CATEGORIES}


@dataclass(frozen=True)
class TraineeScore:
    name: str
    total: int  # claims in the key
    found: int  # key claims the trainee's answers cover
    agreed: int
    agreement: float  # 0-1, over all key claims; a claim not found counts as left unverified
    kappa: float | None
    sources_matched: int
    sources_expected: int
    extra_claims: int  # claims the trainee marked that are not in the key


@dataclass(frozen=True)
class WorkshopComparison:
    key_title: str
    trainees: tuple[str, ...]
    claims: tuple[ClaimComparison, ...]
    scores: tuple[TraineeScore, ...]
    fleiss: float | None  # among the trainees; None with fewer than two or when undefined

    def most_split(self, limit: int = 5) -> list[ClaimComparison]:
        """The claims that divided the room most, most divided first; unanimous ones left out."""
        ranked = sorted(
            (c for c in self.claims if c.split > 0),
            key=lambda c: (-c.split, c.agreeing, c.text),
        )
        return ranked[:limit]

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key_title,
            "trainees": list(self.trainees),
            "fleiss_kappa": self.fleiss,
            "fleiss_reading": describe_kappa(self.fleiss),
            "scores": [
                {
                    "trainee": s.name,
                    "claims": s.total,
                    "found": s.found,
                    "agreed": s.agreed,
                    "agreement": round(s.agreement, 4),
                    "cohen_kappa": None if s.kappa is None else round(s.kappa, 4),
                    "kappa_reading": describe_kappa(s.kappa),
                    "sources_matched": s.sources_matched,
                    "sources_expected": s.sources_expected,
                    "extra_claims": s.extra_claims,
                }
                for s in self.scores
            ],
            "claims": [
                {
                    "uuid": c.uuid,
                    "text": c.text,
                    "key_status": c.key_status.value,
                    "key_source": c.key_source,
                    "split": round(c.split, 4),
                    "answers": {
                        name: None if answer is None else answer.value
                        for name, answer in zip(self.trainees, c.answers, strict=True)
                    },
                }
                for c in self.claims
            ],
            "most_split": [c.uuid for c in self.most_split()],
        }


def compare(key: AnswerKey, group: Sequence[TraineeAnswers]) -> WorkshopComparison:
    """Every trainee against the key, claim by claim, and the group's agreement among itself.

    Trainees are listed by name, numbers read as numbers, whatever order their files came in."""
    group = sorted(group, key=lambda t: natural_key(t.trainee))
    names = _distinct_names([t.trainee for t in group])
    matched = [match_claims(key.claims, t.claims) for t in group]
    claims = []
    for claim in key.claims:
        picks = [found.get(claim.uuid) for found, _ in matched]
        answers = tuple(p.status if p else None for p in picks)
        counts = [sum(_rated(a) is s for a in answers) for s in CATEGORIES]
        claims.append(
            ClaimComparison(
                uuid=claim.uuid,
                text=claim.text,
                key_status=claim.status,
                key_source=claim.source_name,
                answers=answers,
                sources=tuple(p.source_name if p else None for p in picks),
                split=1.0 - item_agreement(counts) if len(group) >= 2 else 0.0,
            )
        )
    key_labels = [c.status for c in key.claims]
    scores = []
    for index, (name, (found, extras)) in enumerate(zip(names, matched, strict=True)):
        labels = [_rated(c.answers[index]) for c in claims]
        expected = [c for c in key.claims if c.source_name]
        scores.append(
            TraineeScore(
                name=name,
                total=len(key.claims),
                found=len(found),
                agreed=sum(a is b for a, b in zip(labels, key_labels, strict=True)),
                agreement=percent_agreement(labels, key_labels) if key.claims else 0.0,
                kappa=cohen_kappa(labels, key_labels) if key.claims else None,
                sources_matched=sum(
                    _same_source(c.source_name, found[c.uuid].source_name)
                    for c in expected
                    if c.uuid in found
                ),
                sources_expected=len(expected),
                extra_claims=extras,
            )
        )
    fleiss = None
    if len(group) >= 2 and claims:
        fleiss = fleiss_kappa([[_rated(a) for a in c.answers] for c in claims], CATEGORIES)
    return WorkshopComparison(
        key_title=key.title,
        trainees=tuple(names),
        claims=tuple(claims),
        scores=tuple(scores),
        fleiss=fleiss,
    )


def match_claims(
    key_claims: Sequence[MarkedClaim], marked: Sequence[MarkedClaim]
) -> tuple[dict[str, MarkedClaim], int]:
    """The trainee's claim for each key claim they covered (by key uuid), and how many are extra.

    The same identity wins first (claims handed out in the exercise). Claims a trainee found on
    their own are paired by overlapping quotes in the same article, then by similar wording,
    best pair first, each claim used once.
    """
    found: dict[str, MarkedClaim] = {}
    by_uuid = {c.uuid: c for c in marked}
    for claim in key_claims:
        if claim.uuid in by_uuid:
            found[claim.uuid] = by_uuid.pop(claim.uuid)
    rest_key = [c for c in key_claims if c.uuid not in found]
    rest = list(by_uuid.values())
    pairs = []
    for k_index, key_claim in enumerate(rest_key):
        for t_index, claim in enumerate(rest):
            score = pair_score(key_claim, claim)
            if score > 0:
                pairs.append((score, k_index, t_index))
    used_key: set[int] = set()
    used_marked: set[int] = set()
    for _score, k_index, t_index in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if k_index in used_key or t_index in used_marked:
            continue
        used_key.add(k_index)
        used_marked.add(t_index)
        found[rest_key[k_index].uuid] = rest[t_index]
    return found, len(rest) - len(used_marked)


def pair_score(key_claim: MarkedClaim, claim: MarkedClaim) -> float:
    """Above 1 when the quotes overlap (more overlap, higher); the wording's likeness below 1."""
    overlap = 0
    for a in key_claim.mentions:
        for b in claim.mentions:
            if a.article_hash == b.article_hash:
                overlap += max(0, min(a.end, b.end) - max(a.start, b.start))
    if overlap:
        covered = sum(a.end - a.start for a in key_claim.mentions) or 1
        return 1.0 + min(overlap / covered, 1.0)
    ratio = difflib.SequenceMatcher(None, _wording(key_claim.text), _wording(claim.text)).ratio()
    return ratio if ratio >= WORDING_THRESHOLD else 0.0


def _wording(text: str) -> str:
    return collapse_spaces(text).casefold()


def _rated(answer: Status | None) -> Status:
    # A claim a trainee never marked stands as they left it: unverified.
    return answer if answer is not None else Status.UNVERIFIED


def _same_source(expected: str | None, given: str | None) -> bool:
    return bool(expected and given) and _wording(expected or "") == _wording(given or "")


def _distinct_names(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        count = seen.get(name.casefold(), 0) + 1
        seen[name.casefold()] = count
        out.append(name if count == 1 else f"{name} ({count})")
    return out
