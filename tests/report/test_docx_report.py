from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor
from docx.table import Table

from workbench.core.errors import ExportError
from workbench.core.palette import STATUS_STYLES
from workbench.core.records import CaseDossier
from workbench.core.vocabulary import Status
from workbench.report.docx_report import write_report
from workbench.report.template import DOCUMENT_TYPE, TEMPLATE_TYPE

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def report(dossier: CaseDossier, folder: Path, **options: object) -> DocxDocument:
    path = write_report(
        dossier, folder / "report.docx", author="Lina Sayegh", report_date=date(2031, 4, 21),
        **options,  # type: ignore[arg-type]
    )  # fmt: skip
    return Document(str(path))


def headings(document: DocxDocument, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def table_starting(document: DocxDocument, *labels: str) -> Table:
    for table in document.tables:
        if tuple(c.text for c in table.rows[0].cells[: len(labels)]) == labels:
            return table
    raise AssertionError(f"no table with header {labels}")


def all_text(document: DocxDocument) -> str:
    return "\n".join(t.text or "" for t in document.element.body.iter(f"{W}t"))


@pytest.fixture
def english_report(english: CaseDossier, tmp_path: Path) -> DocxDocument:
    return report(english, tmp_path)


def test_title_block_and_section_headings(english_report: DocxDocument) -> None:
    paragraphs = [p.text for p in english_report.paragraphs]
    assert paragraphs[0] == "Were launchers smuggled from Qaramar to Nordavia?"
    assert english_report.paragraphs[0].style.name == "Title"
    assert any(p.startswith("Question checked: Did armed groups") for p in paragraphs)
    assert "Verdict: Unproven: one newspaper's anonymous sources against two official denials." in (
        paragraphs
    )
    meta = table_starting(english_report, "Author")
    assert [[c.text for c in row.cells] for row in meta.rows][:3] == [
        ["Author", "Lina Sayegh"], ["Date", "21 April 2031"], ["Reference", "Case 1"],
    ]  # fmt: skip
    assert headings(english_report, 1) == [
        "Verdicts at a glance", "Claims and outlets", "Method checks", "Claims in detail",
        "Corrections and updates", "Methodology", "Sources",
    ]  # fmt: skip
    claim_headings = headings(english_report, 2)
    assert claim_headings[0].startswith("Claim 1: The Tamir Brigades took apart")
    assert claim_headings[-2:] == ["Articles", "Actors"]
    assert len(claim_headings) == 6 + 2


def test_contents_field_lists_the_headings(english_report: DocxDocument) -> None:
    instructions = [t.text for t in english_report.element.body.iter(f"{W}instrText")]
    assert any(i.strip().startswith("TOC ") for i in instructions)
    settings = english_report.settings.element.find(qn("w:updateFields"))
    assert settings is not None and settings.get(qn("w:val")) == "true"
    cached = [p.text for p in english_report.paragraphs if p.style.name == "TOC 1"]
    assert cached[:2] == ["Verdicts at a glance", "Claims and outlets"]


def test_claims_table_has_a_row_per_claim_with_status_look(english_report: DocxDocument) -> None:
    table = table_starting(english_report, "#", "Claim", "Status", "Attributed to")
    rows = table.rows[1:]
    assert len(rows) == 6
    first = [c.text for c in rows[0].cells]
    assert first[2] == "◆ D Denied"
    assert first[3] == "A Tamir Brigades commander (anonymous source)"
    assert "The Northern Chronicle, 14 Apr 2031 asserts" in first[4]
    assert "Gulf Wire, 15 Apr 2031 relays" in first[4]
    assert "Qaramar Border Crossings Authority" in first[5]
    # who denied it and where, once per denier; the passages are quoted in the claim's section
    assert "Qaramar Border Crossings Authority (" in first[5]
    assert "“" not in first[5]
    status_cell = rows[0].cells[2]._tc
    fill = status_cell.find(f"{W}tcPr/{W}shd").get(qn("w:fill"))
    assert fill == STATUS_STYLES[Status.DENIED].tint.lstrip("#")
    colours = {r.get(qn("w:val")) for r in status_cell.iter(f"{W}color")}
    assert STATUS_STYLES[Status.DENIED].colour.lstrip("#") in colours
    assert [r.cells[2].text for r in rows[1:]] == [
        "■ U Unverified", "● S Sourced", "▲ R Relayed", "■ U Unverified", "▲ R Relayed",
    ]  # fmt: skip


def test_matrix_shows_each_outlets_stance(english_report: DocxDocument) -> None:
    table = table_starting(english_report, "Claim", "The Northern Chronicle")
    header = [c.text for c in table.rows[0].cells]
    assert header[1:] == [
        "The Northern Chronicle", "Gulf Wire", "Levant Daily Online", "الرصد نيوز",
        "Ardan City Review", "Harbour Notes",
    ]  # fmt: skip
    cells = {(r, header[i]): c.text for r, row in enumerate(table.rows) for i, c in
             enumerate(row.cells)}  # fmt: skip
    assert cells[(1, "The Northern Chronicle")] == "asserts"
    assert cells[(1, "Gulf Wire")] == "relays"
    assert cells[(1, "الرصد نيوز")] == "relays / denies"
    assert cells[(4, "Harbour Notes")] == "denies"
    assert cells[(5, "Gulf Wire")] == "—"


def test_every_quote_appears_with_its_outlet_and_link(
    english: CaseDossier, english_report: DocxDocument
) -> None:
    text = all_text(english_report)
    for mention in english.mentions:
        assert mention.quote.strip('"') in text
    quotes = [p for p in english_report.paragraphs if p.style.name == "Quote"]
    assert len(quotes) >= len(english.mentions)
    links = {rel.target_ref for rel in english_report.part.rels.values() if rel.is_external}
    for article in english.articles:
        if article.url:
            assert article.url in links
    anchors = list(english_report.element.body.iter(f"{W}hyperlink"))
    assert len(anchors) > len(english.articles)
    assert all(a.get(qn("r:id")) in english_report.part.rels for a in anchors)


def test_claim_sections_hold_chain_denials_evidence_and_note(english_report: DocxDocument) -> None:
    text = [p.text for p in english_report.paragraphs]
    assert any(
        t.startswith("Origin: The Northern Chronicle (14 April 2031, citing A Tamir") for t in text
    )
    assert any(t.startswith("Relayed by: Gulf Wire (15 April 2031") for t in text)
    assert any(t.startswith("Origin: ") and "— not in the case" in t for t in text)
    assert any(t.startswith("Qaramar Border Crossings Authority (official body), carried by") for t
               in text)  # fmt: skip
    assert any("https://imagery.example/tel-safra/2031-03-03" in t for t in text)
    assert any(t.startswith("Only the Chronicle's anonymous commander") for t in text)
    assert any("Method check: Claim 3 is marked sourced but rests on a single source" in t
               for t in text)  # fmt: skip


def test_corrections_come_from_the_audit_trail(english_report: DocxDocument) -> None:
    table = table_starting(english_report, "Date", "Claim", "Change", "Reason")
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert len(rows) == 2  # first markings are not corrections
    assert rows[0][0].startswith("UPDATE\n18 Apr 2031\nby ")
    assert rows[0][2] == "▲ R Relayed → ◆ D Denied"
    assert rows[1][0].startswith("CORRECTION")
    assert rows[1][1].startswith("2. At least forty crates")
    assert rows[1][3].startswith("Correction: the second official spoke about the navy")


def test_method_checks_and_methodology_are_listed(english_report: DocxDocument) -> None:
    text = all_text(english_report)
    for code in ("single-source", "denial-unnamed", "denial-undated", "no-mention",
                 "original-missing"):  # fmt: skip
        assert f"[{code}]" in text
    for status in Status:
        assert status.meaning in text
    assert "Rating scale" in text


def test_sources_list_articles_and_actors(
    english: CaseDossier, english_report: DocxDocument
) -> None:
    references = [p.text for p in english_report.paragraphs if p.text.startswith("[")]
    assert len(references) == len(english.articles)
    assert references[0].startswith(
        "[1] The Northern Chronicle. “Veskarian networks moved rocket launchers"
    )
    assert "By Helen Marsh. 14 April 2031. https://chronicle.example/" in references[0]
    assert references[0].endswith("Accessed 20 April 2031.")
    assert "undated" in references[-1]
    actors = table_starting(english_report, "Actor", "Kind")
    assert len(actors.rows) == len(english.sources) + 1
    kinds = {row.cells[0].text: row.cells[1].text for row in actors.rows[1:]}
    assert kinds["Rana Haddad"] == "named person"


def test_properties_footer_and_header(english_report: DocxDocument) -> None:
    props = english_report.core_properties
    assert props.title == "Were launchers smuggled from Qaramar to Nordavia?"
    assert props.author == "Lina Sayegh"
    assert props.subject.startswith("Did armed groups backed by Veskaria")
    assert "fact-check" in props.keywords and "Gulf Wire" in props.keywords
    assert props.identifier == "case-1"
    footer = english_report.sections[0].footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    header = english_report.sections[0].header
    assert "Fact-Check Workbench — verdict report" in header.paragraphs[0].text
    assert "graphic" in header._element.xml  # the logo


def test_arabic_text_runs_right_to_left(arabic: CaseDossier, tmp_path: Path) -> None:
    document = report(arabic, tmp_path, language="en")
    assert document.paragraphs[0].text == arabic.case.title
    quotes = [p for p in document.paragraphs if p.style.name == "Quote"]
    assert quotes
    for paragraph in [document.paragraphs[0], *quotes]:
        assert paragraph._p.find(f"{W}pPr/{W}bidi") is not None
        run = paragraph.runs[0]._r
        assert run.find(f"{W}rPr/{W}rtl") is not None
        assert run.find(f"{W}rPr/{W}rFonts").get(qn("w:cs")) == "Arial"
    english_lines = [p for p in document.paragraphs if p.text.startswith("Attributed to:")]
    assert english_lines and english_lines[0]._p.find(f"{W}pPr/{W}bidi") is None


def test_existing_file_is_not_overwritten_without_consent(
    english: CaseDossier, tmp_path: Path
) -> None:
    target = tmp_path / "report.docx"
    target.write_bytes(b"earlier")
    with pytest.raises(ExportError, match="already exists"):
        write_report(english, target)
    assert target.read_bytes() == b"earlier"
    write_report(english, target, overwrite=True)
    assert Document(str(target)).paragraphs[0].text.startswith("Were launchers")
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]


def test_progress_reaches_the_end(english: CaseDossier, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    write_report(english, tmp_path / "r.docx", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_control_characters_and_huge_passages_do_not_break_export(
    english: CaseDossier, tmp_path: Path
) -> None:
    hostile = "Bad\x00import\x07with\x1b controls \ud800 and \ufffe end"
    huge = "word " * 60_000
    claims = (replace(english.claims[0], text=hostile, note=huge), *english.claims[1:])
    mentions = (replace(english.mentions[0], quote=huge + hostile), *english.mentions[1:])
    case = replace(english.case, title="Title\x0bwith vertical tab", summary=hostile)
    dossier = replace(english, claims=claims, mentions=mentions, case=case)
    document = report(dossier, tmp_path)
    text = all_text(document)
    assert "Badimportwith controls  and  end" in text
    longest = max(len(p.text) for p in document.paragraphs if p.style.name == "Quote")
    assert longest < 2000


def _template(folder: Path, suffix: str) -> Path:
    document = Document()
    heading = document.styles["Heading 1"]
    heading.font.color.rgb = RGBColor(0x8B, 0x00, 0x8B)
    heading.font.name = "Georgia"
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.left_margin = section.right_margin = Cm(3.1)
    section.header.paragraphs[0].text = "The Harbour Gazette desk"
    document.add_paragraph("Template body text that must not reach the report")
    buffer = io.BytesIO()
    document.save(buffer)
    path = folder / f"house{suffix}"
    if suffix == ".dotx":
        source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
        with zipfile.ZipFile(path, "w") as target:
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    data = data.replace(DOCUMENT_TYPE.encode(), TEMPLATE_TYPE.encode())
                target.writestr(item, data)
    else:
        path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize("suffix", [".docx", ".dotx"])
def test_user_template_styles_margins_and_header_are_used(
    english: CaseDossier, tmp_path: Path, suffix: str
) -> None:
    template = _template(tmp_path, suffix)
    if suffix == ".dotx":
        with pytest.raises(ValueError):
            Document(str(template))  # python-docx alone refuses a template
    out = tmp_path / "out"
    out.mkdir()
    document = report(english, out, template=template)
    heading = document.styles["Heading 1"]
    assert heading.font.color.rgb == RGBColor(0x8B, 0x00, 0x8B)
    assert heading.font.name == "Georgia"
    assert abs(document.sections[0].left_margin - Cm(3.1)) < Cm(0.01)
    assert document.sections[0].header.paragraphs[0].text == "The Harbour Gazette desk"
    assert "Template body text" not in all_text(document)
    assert "Table Text" in document.styles  # added because this template lacks it
    footer = document.sections[0].footer._element.xml
    assert "PAGE" in footer  # added because this template has no page numbers


def test_default_template_style_is_used(english_report: DocxDocument) -> None:
    assert english_report.styles["Heading 1"].font.color.rgb == RGBColor(0x1F, 0x3A, 0x5F)
    assert english_report.styles["Normal"].font.name == "Calibri"


def test_unusable_template_is_a_clear_error(english: CaseDossier, tmp_path: Path) -> None:
    text = tmp_path / "notes.docx"
    text.write_text("not a zip")
    with pytest.raises(ExportError, match="not a Word document"):
        write_report(english, tmp_path / "a.docx", template=text)
    with pytest.raises(ExportError, match="cannot read the template"):
        write_report(english, tmp_path / "b.docx", template=tmp_path / "missing.dotx")
    assert not (tmp_path / "a.docx").exists()
