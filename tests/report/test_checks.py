from __future__ import annotations

from dataclasses import replace

from workbench.core.checks import (
    DENIAL_MISSING,
    DENIAL_UNDATED,
    DENIAL_UNNAMED,
    NO_MENTION,
    NO_VERDICT,
    ORIGINAL_MISSING,
    SINGLE_SOURCE,
    checks_for_claim,
    method_checks,
)
from workbench.core.records import CaseDossier, MentionRecord
from workbench.core.vocabulary import Stance, Status


def codes(dossier: CaseDossier, claim_id: int) -> set[str]:
    return {w.code for w in checks_for_claim(dossier, claim_id)}


def test_each_rule_fires_on_the_claim_that_breaks_it(english: CaseDossier) -> None:
    assert codes(english, 1) == set()
    assert codes(english, 3) == {SINGLE_SOURCE}
    assert codes(english, 4) == {DENIAL_UNNAMED, DENIAL_UNDATED}
    assert codes(english, 5) == {NO_MENTION}
    assert codes(english, 6) == {ORIGINAL_MISSING}


def test_the_case_list_is_the_per_claim_lists_together(english: CaseDossier) -> None:
    everything = method_checks(english)
    per_claim = [w for c in english.claims for w in checks_for_claim(english, c.id)]
    assert [w for w in everything if w.claim_id is not None] == per_claim
    assert all(w.message for w in everything)


def test_two_independent_sources_satisfy_the_rule(english: CaseDossier) -> None:
    second = MentionRecord(99, 3, 4, 0, 10, "Denials an", Stance.ASSERTS, source_id=7)
    dossier = replace(english, mentions=(*english.mentions, second))
    assert SINGLE_SOURCE not in codes(dossier, 3)


def test_two_outlets_quoting_one_official_are_one_source(english: CaseDossier) -> None:
    echo = MentionRecord(99, 3, 2, 0, 10, "Veskaria h", Stance.ASSERTS, source_id=3)
    dossier = replace(english, mentions=(*english.mentions, echo))
    assert SINGLE_SOURCE in codes(dossier, 3)


def test_sourced_claim_without_any_asserting_mention_is_flagged(english: CaseDossier) -> None:
    claims = tuple(replace(c, status=Status.SOURCED) if c.id == 6 else c for c in english.claims)
    found = checks_for_claim(replace(english, claims=claims), 6)
    assert {w.code for w in found} == {SINGLE_SOURCE, ORIGINAL_MISSING}
    assert "no article asserts" in found[0].message


def test_denied_claim_without_a_denial_in_the_case(english: CaseDossier) -> None:
    claims = tuple(replace(c, status=Status.DENIED) if c.id == 5 else c for c in english.claims)
    assert DENIAL_MISSING in codes(replace(english, claims=claims), 5)


def test_case_without_verdict_gets_a_case_level_warning(english: CaseDossier) -> None:
    dossier = replace(english, case=replace(english.case, verdict="  "))
    case_level = [w for w in method_checks(dossier) if w.claim_id is None]
    assert [w.code for w in case_level] == [NO_VERDICT]
    assert not [w for w in method_checks(english) if w.claim_id is None]


def test_unknown_claim_has_no_warnings(english: CaseDossier) -> None:
    assert checks_for_claim(english, 12345) == []
