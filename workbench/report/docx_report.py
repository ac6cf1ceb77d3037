"""The Word verdict report: what an editor receives and publishes with light editing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from workbench.core.errors import ExportError
from workbench.core.records import CaseDossier
from workbench.report import details, sections
from workbench.report.atomic import atomic_write
from workbench.report.digest import CaseDigest
from workbench.report.document import ReportDocument
from workbench.report.docx_tools import Para, Seg, field_runs, make_run, toc_paragraphs
from workbench.report.earlier import earlier_verdicts
from workbench.report.template import (
    enable_field_update,
    has_page_number,
    open_template,
    prepare_styles,
)
from workbench.report.text import one_line, xml_safe
from workbench.report.wording import Wording, case_language

Progress = Callable[[int, int], None]
# What follows w:bidi in a paragraph's properties, in the order the schema requires.
AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip


def write_report(
    dossier: CaseDossier,
    path: Path,
    *,
    template: Path | None = None,
    author: str = "",
    overwrite: bool = False,
    progress: Progress | None = None,
    library: str = "",
    report_date: date | None = None,
    language: str | None = None,
) -> Path:
    """Write the verdict report for the case to `path` (atomically) and return the path.

    `template` is a .docx or .dotx whose styles, margins, header, footer and logo the report takes
    on; without one the shipped house template is used. Raises ExportError when the file exists
    and `overwrite` is False, or when the template cannot be used. `language` ("en" or "ar")
    is the language of the report's own texts; None follows the case's articles.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise ExportError(f"{path} already exists; choose another name or allow overwriting it")
    document = build_report(
        dossier,
        template=template,
        author=author,
        progress=progress,
        library=library,
        report_date=report_date or date.today(),
        language=language,
    )
    return atomic_write(path, lambda temp: document.save(str(temp)), overwrite)


def build_report(
    dossier: CaseDossier,
    *,
    template: Path | None,
    author: str,
    progress: Progress | None,
    library: str,
    report_date: date,
    language: str | None = None,
) -> DocxDocument:
    """The report as an in-memory document (for callers that stream or inspect it)."""
    document = open_template(template)
    styles = prepare_styles(document)
    digest = CaseDigest(dossier)
    words = Wording(language or case_language(dossier))
    doc = ReportDocument(document, styles, digest, words)
    total = len(dossier.claims) + 7
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(min(done, total), total)

    sections.title_block(doc, author=author, library=library, report_date=report_date)
    contents_anchor = doc.para("")
    step()
    sections.claims_table(doc)
    step()
    sections.matrix(doc)
    step()
    sections.method_checks(doc)
    step()
    doc.heading(1, words.translate("Report", "Claims in detail"))
    for claim in dossier.claims:
        details.claim_section(doc, claim)
        step()
    earlier_verdicts(doc)
    details.corrections(doc)
    step()
    sections.methodology(doc)
    details.sources(doc)
    step()
    _insert_contents(doc, contents_anchor)
    _finish(document, digest, words, author=author, report_date=report_date)
    if template is None:
        _word_the_built_in_template(document, words)
    step()
    return document


def _word_the_built_in_template(document: DocxDocument, words: Wording) -> None:
    """The shipped template's header and footer in the report's language; a house template's
    own words are the newsroom's and stay as they are."""
    if words.language == "en":
        return
    texts = {
        "Fact-Check Workbench — verdict report": words.translate(
            "Report", "Fact-Check Workbench — verdict report"
        ),
        "Page": words.translate("Report", "Page "),
        "of": words.translate("Report", " of "),
    }
    for section in document.sections:
        for part in (section.header, section.footer):
            for paragraph in part.paragraphs:
                for node in paragraph._p.iter(qn("w:t")):
                    wanted = texts.get((node.text or "").strip())
                    if wanted is not None:
                        node.text = f" {wanted.strip()} "
                        node.set(qn("xml:space"), "preserve")
                properties = paragraph._p.get_or_add_pPr()
                if words.rtl and properties.find(qn("w:bidi")) is None:
                    properties.insert_element_before(OxmlElement("w:bidi"), *AFTER_BIDI)


def _insert_contents(doc: ReportDocument, anchor: BaseOxmlElement) -> None:
    """The contents sit after the title block but can only be listed once every heading exists."""
    contents = doc.words.translate("Report", "Contents")
    title = doc.builder.paragraph(Para([Seg(contents)], style=doc.styles.toc_heading))
    entries = [(level, text) for level, text in doc.headings if level <= 2]
    for element in [title, *toc_paragraphs(doc.builder, entries, doc.styles.toc)]:
        anchor.addprevious(element)
    anchor.getparent().remove(anchor)


def _finish(
    document: DocxDocument,
    digest: CaseDigest,
    words: Wording,
    *,
    author: str,
    report_date: date,
) -> None:
    case = digest.case
    properties = document.core_properties
    properties.title = xml_safe(one_line(case.title))[:255]
    properties.author = xml_safe(author)[:255]
    properties.last_modified_by = xml_safe(author)[:255]
    properties.subject = xml_safe(one_line(case.question))[:255]
    keywords = [
        words.translate("Report", "fact-check"),
        words.translate("Report", "verdict report"),
        *(xml_safe(o) for o in digest.outlets[:12]),
    ]
    properties.keywords = "; ".join(keywords)[:255]
    properties.comments = xml_safe(one_line(case.verdict))[:255]
    properties.category = words.translate("Report", "Fact-check verdict report")
    if words.rtl:
        properties.language = "ar"
    properties.identifier = f"case-{case.id}"
    properties.revision = 1
    now = datetime.combine(report_date, datetime.now().time())
    properties.created = now
    properties.modified = now
    if not has_page_number(document):
        footer = document.sections[0].footer
        footer.is_linked_to_previous = False
        paragraph = footer.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p = paragraph._p
        p.append(make_run(Seg(words.translate("Report", "Page "))))
        p.extend(field_runs("PAGE", "1"))
        p.append(make_run(Seg(words.translate("Report", " of "))))
        p.extend(field_runs("NUMPAGES", "1"))
    enable_field_update(document)
