"""The claim assistant as the shells use it: propose for a case or a file, accept a proposal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workbench.assist.candidates import Candidate, extract_candidates
from workbench.assist.grouping import ClaimGroup
from workbench.assist.suggest import CaseSuggestions, suggest_for_case
from workbench.core.records import ClaimRecord
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.ingest import read_article
from workbench.services.cases import case_dossier
from workbench.services.claims import MentionSpec, add_claim, add_mention
from workbench.store import Library


def suggest_case(
    library: Library,
    case_id: int,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CaseSuggestions:
    """Proposals for every article of a case; nothing is written."""
    return suggest_for_case(case_dossier(library, case_id).articles, progress, cancelled)


def extract_file(path: Path) -> list[Candidate]:
    """Proposals for one file, without a library."""
    article = read_article(Path(path))
    return extract_candidates(
        article.text, article.language, outlet=article.outlet, title=article.title
    )


def mention_stance(candidate: Candidate) -> Stance:
    """The mention's stance is the candidate's: asserts, relays, denies or no comment."""
    return Stance(candidate.stance)


def accept_group(
    library: Library,
    case_id: int,
    group: ClaimGroup,
    *,
    wording: str | None = None,
    status: Status | None = None,
) -> ClaimRecord:
    """Turn an accepted proposal into a claim with a mention in every article that carries it."""
    carriers = [m for m in group.members if m[1].stance in ("asserts", "relays")]
    (first_article, first), *others = carriers + [m for m in group.members if m not in carriers]
    lead = next((c for _, c in group.members if c.stance == "asserts" and c.source), first)
    claim = add_claim(
        library,
        case_id,
        wording or group.representative,
        status=status or group.status or lead.suggested_status,
        source_name=group.origin if group.origin else lead.source,
        source_kind=_origin_kind(group, lead),
        note=group.reason or lead.reason,
        mention=_spec(first_article, first),
    )
    for article_id, candidate in others:
        add_mention(library, claim.id, _spec(article_id, candidate))
    return claim


def _origin_kind(group: ClaimGroup, lead: Candidate) -> SourceKind | None:
    if group.origin and group.origin != lead.source:
        return (
            SourceKind.OUTLET if group.origin_article is None or group.relays else lead.source_kind
        )
    return lead.source_kind


def _spec(article_id: int, candidate: Candidate) -> MentionSpec:
    return MentionSpec(
        article_id=article_id,
        start=candidate.start,
        end=candidate.end,
        stance=mention_stance(candidate),
        source_name=candidate.source,
        source_kind=candidate.source_kind,
    )
