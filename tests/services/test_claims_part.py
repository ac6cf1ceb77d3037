"""A few claims edited and patched into the open dossier equal a fresh read of the case."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workbench.core.records import CaseDossier, ImportedArticle
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.services import cases, claims
from workbench.services.importing import store_imported
from workbench.store import Library

TEXTS = [
    "The harbour authority said the ferry to Ostvald would stop in March, its spokesman said.",
    "قالت هيئة الميناء إن العبّارة إلى أوستفالد ستتوقف في مارس، بحسب المتحدث باسمها.",
    "Residents denied that the quay had flooded twice; the mayor's office would not comment.",
]


@pytest.fixture
def case_id(library: Library) -> int:
    case = cases.create_case(library, "Ferry to Ostvald")
    outcomes = store_imported(
        library,
        [
            (
                f"{n}.txt",
                ImportedArticle(
                    title=f"Report {n}", text=t, raw_text=t, format="txt", source_file=f"{n}.txt"
                ),
            )
            for n, t in enumerate(TEXTS)
        ],
        case.id,
    )
    ids = [o.article_id for o in outcomes]
    for n in range(6):
        claims.add_claim(
            library,
            case.id,
            f"Claim {n} about the ferry",
            status=list(Status)[n % 4],
            source_name=f"Source {n % 2}",
            source_kind=SourceKind.OFFICIAL,
            mention=claims.MentionSpec(ids[n % 3], 0, 10 + n),
        )
    return case.id


def _same(patched: CaseDossier, fresh: CaseDossier) -> None:
    assert patched.claims == fresh.claims
    assert patched.mentions == fresh.mentions
    assert patched.evidence == fresh.evidence
    assert patched.sources == fresh.sources
    assert patched.articles == fresh.articles
    assert patched.case == fresh.case


def _after(library: Library, case_id: int, before: CaseDossier, *claim_ids: int) -> CaseDossier:
    patched = before.with_claims(cases.claims_part(library, case_id, claim_ids))
    _same(patched, cases.case_dossier(library, case_id, audit=False))
    return patched


def test_each_kind_of_claim_edit_patches_to_a_fresh_read(library: Library, case_id: int) -> None:
    dossier = cases.case_dossier(library, case_id, audit=False)
    first, second = dossier.claims[0], dossier.claims[1]
    article = dossier.articles[0].id

    claims.mark_claim(library, first.id, Status.DENIED)
    dossier = _after(library, case_id, dossier, first.id)
    assert dossier.claims[0].status is Status.DENIED

    mention = claims.add_mention(library, first.id, claims.MentionSpec(article, 20, 30))
    dossier = _after(library, case_id, dossier, first.id)
    claims.set_mention_stance(library, mention.id, Stance.DENIES)
    dossier = _after(library, case_id, dossier, first.id)
    claims.remove_mention(library, mention.id)
    dossier = _after(library, case_id, dossier, first.id)

    claims.add_evidence(library, second.id, "document", "minutes of the council")
    dossier = _after(library, case_id, dossier, second.id)
    claims.edit_claim(library, second.id, source_name="A new source", source_kind=SourceKind.PERSON)
    dossier = _after(library, case_id, dossier, second.id)

    snapshot = claims.delete_claim(library, second.id)
    dossier = _after(library, case_id, dossier, second.id)
    assert second.id not in {c.id for c in dossier.claims}
    claims.restore_claim(library, snapshot)
    dossier = _after(library, case_id, dossier, second.id)

    added = claims.add_claim(
        library, case_id, "A claim added last", mention=claims.MentionSpec(article, 0, 5)
    )
    _after(library, case_id, dossier, added.id)


def test_a_claim_of_another_case_is_not_patched_in(library: Library, case_id: int) -> None:
    other = cases.create_case(library, "Another case")
    stranger = claims.add_claim(library, other.id, "Not of this case")
    dossier = cases.case_dossier(library, case_id, audit=False)
    part = cases.claims_part(library, case_id, [stranger.id])
    assert part.claims == ()
    _same(dossier.with_claims(part), dossier)


def test_the_window_dossier_leaves_out_the_audit_trail(library: Library, case_id: int) -> None:
    full = cases.case_dossier(library, case_id)
    light = cases.case_dossier(library, case_id, audit=False)
    assert full.audit and light.audit == ()
    assert replace(full, audit=()) == light
