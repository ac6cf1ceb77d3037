"""Exporting a case and importing it elsewhere: same case modulo ids, nothing duplicated."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.bundle.helpers import comparable, db_fingerprint
from workbench.bundle import BundleKind, read_bundle
from workbench.core.errors import BundleRejected, ExportError
from workbench.core.vocabulary import Status
from workbench.services.bundles import export_case, import_bundle
from workbench.services.cases import case_dossier, create_case, update_case
from workbench.services.claims import add_evidence
from workbench.services.importing import import_paths
from workbench.services.integrity import check_library
from workbench.store import Library

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


def test_round_trip_gives_the_same_case_modulo_ids(
    library: Library, other_library: Library, demo_case: int, tmp_path: Path
) -> None:
    first_claim = case_dossier(library, demo_case).claims[0]
    add_evidence(library, first_claim.id, "document", "Embassy statement, 18 April", "PDF kept")
    update_case(library, demo_case, summary="Launchers, a crossing and two denials.")
    path = tmp_path / "demo.fcase"
    export_case(library, demo_case, path)

    summary = import_bundle(other_library, path)

    assert summary.new_case and summary.kind is BundleKind.CASE
    assert (summary.articles_added, summary.articles_linked) == (5, 0)
    assert summary.claims_added == 9
    original = comparable(case_dossier(library, demo_case))
    copy = comparable(case_dossier(other_library, summary.case_id))
    assert copy == original
    assert any(claim[5] for claim in copy["claims"])  # the evidence came across
    assert check_library(other_library) == []


def test_raw_text_and_arabic_survive_the_trip(
    library: Library, other_library: Library, case_file: Path
) -> None:
    contents = read_bundle(case_file)
    arabic = [a for a in contents.articles if a.language == "ar"]
    assert arabic and "قرمار" in arabic[0].text
    assert all(a.raw_text for a in contents.articles)
    import_bundle(other_library, case_file)
    with other_library.session() as session:
        from workbench.store import models as m

        raw = {a.content_hash: a.raw_text for a in session.query(m.Article)}
    assert raw == {a.content_hash: a.raw_text for a in contents.articles}


def test_importing_the_same_file_twice_changes_nothing(
    other_library: Library, case_file: Path
) -> None:
    import_bundle(other_library, case_file)
    before = db_fingerprint(other_library)
    again = import_bundle(other_library, case_file)
    assert not again.changed
    assert (again.claims_added, again.claims_present) == (0, 9)
    assert db_fingerprint(other_library) == before


def test_importing_into_the_library_it_came_from_changes_nothing(
    library: Library, case_file: Path
) -> None:
    before = db_fingerprint(library)
    summary = import_bundle(library, case_file)
    assert not summary.changed
    assert db_fingerprint(library) == before


def test_an_article_already_present_is_linked_not_duplicated(
    other_library: Library, case_file: Path
) -> None:
    outcomes = list(import_paths(other_library, [DEMO / "articles" / "01_chronicle_report.txt"]))
    assert outcomes[0].outcome == "imported"
    existing_id = outcomes[0].article_id

    summary = import_bundle(other_library, case_file)

    assert (summary.articles_added, summary.articles_linked) == (4, 1)
    dossier = case_dossier(other_library, summary.case_id)
    assert existing_id in {a.id for a in dossier.articles}
    with other_library.session() as session:
        from workbench.store import models as m

        assert session.query(m.Article).count() == 5


def test_a_different_case_with_the_same_title_is_kept_apart(
    other_library: Library, case_file: Path
) -> None:
    title = read_bundle(case_file).case.title
    create_case(other_library, title)
    summary = import_bundle(other_library, case_file)
    assert summary.new_case
    assert summary.case_title == f"{title} (imported)"


def test_sources_are_matched_by_name_whatever_the_case(
    other_library: Library, case_file: Path
) -> None:
    from workbench.services.sources import get_or_create_source, list_sources

    get_or_create_source(other_library, "RANA HADDAD")
    summary = import_bundle(other_library, case_file)
    names = [s.name for s, _ in list_sources(other_library)]
    assert names.count("RANA HADDAD") == 1
    assert not any(n == "Rana Haddad" for n in names)
    assert summary.sources_added == len(read_bundle(case_file).sources) - 1


def test_an_exercise_hides_statuses_sources_and_verdict(
    library: Library, demo_case: int, tmp_path: Path
) -> None:
    export_case(library, demo_case, tmp_path / "ex.fcase", exercise=True)
    contents = read_bundle(tmp_path / "ex.fcase")
    assert contents.kind is BundleKind.EXERCISE and not contents.claims_hidden
    assert len(contents.claims) == 9
    assert {c.status for c in contents.claims} == {Status.UNVERIFIED}
    assert all(c.source is None and c.note == "" for c in contents.claims)
    assert contents.sources == () and contents.evidence == ()
    assert {x.source for x in contents.mentions} == {None}
    assert contents.case.verdict == "" and contents.case.summary == ""
    export_case(library, demo_case, tmp_path / "k.fcase")
    key = read_bundle(tmp_path / "k.fcase")
    assert contents.case.uuid != key.case.uuid
    assert {c.uuid for c in contents.claims} == {c.uuid for c in key.claims}


def test_an_exercise_can_hide_the_claims_too(
    library: Library, other_library: Library, demo_case: int, tmp_path: Path
) -> None:
    path = tmp_path / "open.fcase"
    export_case(library, demo_case, path, hide_claims=True)
    contents = read_bundle(path)
    assert contents.claims_hidden and contents.claims == () and contents.mentions == ()
    assert len(contents.articles) == 5
    summary = import_bundle(other_library, path)
    assert summary.claims_added == 0 and summary.articles_added == 5


def test_an_existing_file_is_kept_unless_forced(
    library: Library, demo_case: int, case_file: Path
) -> None:
    before = case_file.read_bytes()
    with pytest.raises(ExportError):
        export_case(library, demo_case, case_file)
    assert case_file.read_bytes() == before
    export_case(library, demo_case, case_file, overwrite=True)
    assert zipfile.is_zipfile(case_file)
    assert not [p for p in case_file.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_case_without_claims_or_articles_travels(
    library: Library, other_library: Library, tmp_path: Path
) -> None:
    case = create_case(library, "An empty case", "Is anything here?")
    path = tmp_path / "empty.fcase"
    export_case(library, case.id, path)
    summary = import_bundle(other_library, path)
    assert summary.case_title == "An empty case"
    assert case_dossier(other_library, summary.case_id).case.question == "Is anything here?"


def test_answers_files_are_not_imported_as_cases(
    library: Library, other_library: Library, demo_case: int, tmp_path: Path
) -> None:
    from workbench.services.workshop import export_answers

    path = tmp_path / "answers.fcase"
    export_answers(library, demo_case, "Dana", path)
    before = db_fingerprint(other_library)
    with pytest.raises(BundleRejected, match="answers"):
        import_bundle(other_library, path)
    assert db_fingerprint(other_library) == before


def test_a_refusal_to_comment_survives_the_trip(
    library: Library, other_library: Library, demo_case: int, tmp_path: Path
) -> None:
    from workbench.core.vocabulary import SourceKind, Stance
    from workbench.services.claims import MentionSpec, add_mention

    dossier = case_dossier(library, demo_case)
    analysis = next(a for a in dossier.articles if "declined to comment" in a.text)
    spec = MentionSpec(
        analysis.id,
        quote="declined to comment",
        stance=Stance.NO_COMMENT,
        source_name="Joint Operations Command",
        source_kind=SourceKind.OFFICIAL,
    )
    add_mention(library, dossier.claims[0].id, spec)
    path = tmp_path / "refusal.fcase"
    export_case(library, demo_case, path)
    summary = import_bundle(other_library, path)
    copy = case_dossier(other_library, summary.case_id)
    refusals = [m for m in copy.mentions if m.stance is Stance.NO_COMMENT]
    assert [(m.quote, copy.source(m.source_id).name) for m in refusals] == [
        ("declined to comment", "Joint Operations Command")
    ]
    assert check_library(other_library) == []
