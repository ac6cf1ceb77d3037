"""The archive service on a real library: import in one transaction, folding, matching, citing."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from tests.archive.verdicts import as_dicts, write_csv, write_feed, write_jsonl, write_page
from workbench.core.verdicts import CITED_KIND
from workbench.services import cases, checked, claims
from workbench.store import Library
from workbench.store import models as m


def test_import_folds_duplicates_across_files_and_formats(library: Library, tmp_path: Path) -> None:
    first = checked.import_archive(library, [write_csv(tmp_path / "a.csv")])
    assert (first.added, first.folded) == (7, 0)
    again = checked.import_archive(
        library,
        [write_feed(tmp_path / "feed.json"), write_page(tmp_path / "p.html", as_dicts()[0])],
    )
    assert (again.added, again.folded) == (0, 8)
    assert checked.archive_size(library) == 7


def test_a_refused_file_does_not_stop_the_others(library: Library, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    outcome = checked.import_archive(library, [bad, write_jsonl(tmp_path / "ok.jsonl")])
    assert outcome.added == 7
    [refused] = outcome.refused
    assert refused.refused.startswith("bad.json: not valid JSON")


def test_the_ref_from_the_file_is_kept(library: Library, tmp_path: Path) -> None:
    checked.import_archive(library, [write_jsonl(tmp_path / "a.jsonl")])
    [best] = checked.match(library, "Mayor Brand bans bicycles in Corvena", limit=1)
    assert best.verdict.ref == "v-102"
    assert best.verdict.reviewer == "Corvena Facts"
    with library.session() as session:
        origin = session.scalar(
            select(m.CheckedVerdict.origin).where(m.CheckedVerdict.ref == "v-102")
        )
    assert origin == "a.jsonl"


def test_match_sees_verdicts_imported_after_the_first_match(
    library: Library, tmp_path: Path
) -> None:
    checked.import_archive(library, [write_jsonl(tmp_path / "a.jsonl", as_dicts()[:2])])
    assert checked.match(library, "saltwater Orvel fever", limit=1) == []
    checked.import_archive(library, [write_jsonl(tmp_path / "b.jsonl", as_dicts()[2:])])
    assert checked.match(library, "saltwater Orvel fever", limit=1)[0].verdict.ref == "v-104"


def test_citing_a_verdict_adds_evidence_with_rating_and_link(
    library: Library, tmp_path: Path
) -> None:
    checked.import_archive(library, [write_jsonl(tmp_path / "a.jsonl")])
    case = cases.create_case(library, "Dam rumours")
    claim = claims.add_claim(library, case.id, "The Halden dam has collapsed")
    [best] = checked.match(library, claim.text, limit=1)
    evidence = checked.cite_verdict(library, claim.id, best.verdict.id)
    assert evidence.kind == CITED_KIND
    assert evidence.reference == "https://lanterncheck.example/halden-dam"
    assert evidence.note.startswith("False · by Lantern Check · 2031-04-02")
    dossier = cases.case_dossier(library, case.id)
    assert [e.reference for e in dossier.evidence_of(claim.id)] == [evidence.reference]


def test_import_is_one_transaction(library: Library, tmp_path: Path, monkeypatch) -> None:
    rows = [dict(r, id=f"n{i}", claim=f"Claim number {i} about the Veska river") for i, r in
            enumerate(as_dicts() * 300)]  # fmt: skip
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    statements: list[str] = []
    from sqlalchemy import event

    def count(conn, cursor, statement, *args) -> None:
        statements.append(statement.split()[0].upper())

    event.listen(library.engine, "before_cursor_execute", count)
    try:
        outcome = checked.import_archive(library, [path])
    finally:
        event.remove(library.engine, "before_cursor_execute", count)
    assert outcome.added == 2100
    assert statements.count("INSERT") == 1
    with library.session() as session:
        assert session.scalar(select(func.count(m.CheckedVerdict.id))) == 2100


def test_the_report_lists_the_earlier_verdicts_cited(library: Library, tmp_path: Path) -> None:
    from docx import Document

    from workbench.services.exporting import export_case

    checked.import_archive(library, [write_jsonl(tmp_path / "a.jsonl")])
    case = cases.create_case(library, "Dam rumours")
    claim = claims.add_claim(library, case.id, "The Halden dam has collapsed")
    claims.add_claim(library, case.id, "Schools are closed")  # cites nothing
    [best] = checked.match(library, claim.text, limit=1)
    checked.cite_verdict(library, claim.id, best.verdict.id)
    path = export_case(library, case.id, "docx", tmp_path / "report.docx")
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    heading = texts.index("Earlier verdicts cited")
    listed = [t for t in texts[heading:] if t.startswith("Claim 1 (")]
    assert len(listed) == 1
    assert "False · by Lantern Check · 2031-04-02" in listed[0]
    assert listed[0].endswith("https://lanterncheck.example/halden-dam")
    assert not any(t.startswith("Claim 2 (") for t in texts[heading:])
    links = [r.target_ref for r in document.part.rels.values() if r.is_external]
    assert "https://lanterncheck.example/halden-dam" in links
