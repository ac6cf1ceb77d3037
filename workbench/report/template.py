"""Opening the house template: .docx or .dotx, its styles completed, its body emptied."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from workbench.core.errors import ExportError
from workbench.paths import resource

TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def default_template() -> Path:
    return resource("report", "template.docx")


@dataclass(frozen=True)
class StyleIds:
    """Style ids (not names) the report refers to; None where the report uses direct formatting."""

    title: str
    subtitle: str
    heading: dict[int, str]
    quote: str
    table_text: str
    toc_heading: str
    toc: dict[int, str | None]
    hyperlink: str | None


def open_template(template: Path | None) -> DocxDocument:
    """The template as a document with an empty body, ready to receive the report."""
    path = Path(template) if template is not None else default_template()
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ExportError(f"cannot read the template {path}: {error.strerror or error}") from error
    try:
        document = Document(io.BytesIO(_as_document_package(data)))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ExportError(f"{path.name} is not a Word document or template") from error
    _empty_body(document)
    return document


def _as_document_package(data: bytes) -> bytes:
    """A .dotx differs from a .docx only in its main content type, which python-docx checks."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        types = source.read("[Content_Types].xml").decode("utf-8")
        if TEMPLATE_TYPE not in types:
            return data
        types = types.replace(TEMPLATE_TYPE, DOCUMENT_TYPE)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                if item.filename == "[Content_Types].xml":
                    target.writestr(item, types)
                else:
                    target.writestr(item, source.read(item.filename))
        return out.getvalue()


def _empty_body(document: DocxDocument) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def prepare_styles(document: DocxDocument) -> StyleIds:
    """Make sure every style the report uses exists, adding plain ones a template lacks.

    A template made in Word often stores only the styles it used; headings added here carry an
    outline level so Word's navigation pane and the table of contents still find them.
    """
    styles = document.styles
    heading = {level: _paragraph_style(document, f"Heading {level}", level) for level in (1, 2, 3)}
    toc = {}
    for level in (1, 2):
        name = f"TOC {level}"
        toc[level] = styles[name].style_id if name in styles else None
    return StyleIds(
        title=_paragraph_style(document, "Title", None, size=24),
        subtitle=_paragraph_style(document, "Subtitle", None, size=13),
        heading=heading,
        quote=_paragraph_style(document, "Quote", None, italic=True),
        table_text=_paragraph_style(document, "Table Text", None, size=8.5, space_after=0),
        toc_heading=_paragraph_style(document, "TOC Heading", 9),
        toc=toc,
        hyperlink=styles["Hyperlink"].style_id if "Hyperlink" in styles else None,
    )


def _paragraph_style(
    document: DocxDocument,
    name: str,
    outline: int | None,
    *,
    size: float | None = None,
    italic: bool = False,
    space_after: int | None = None,
) -> str:
    styles = document.styles
    if name in styles:
        return styles[name].style_id
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.quick_style = True
    if outline is not None and outline < 9:
        style.font.bold = True
        style.font.size = Pt({1: 16, 2: 13, 3: 11}.get(outline, 11))
        style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.space_before = Pt(12 if outline == 1 else 8)
        outline_level = OxmlElement("w:outlineLvl")
        outline_level.set(qn("w:val"), str(outline - 1))
        style.element.get_or_add_pPr().append(outline_level)
    if size:
        style.font.size = Pt(size)
    if italic:
        style.font.italic = True
    if space_after is not None:
        style.paragraph_format.space_after = Pt(space_after)
    return style.style_id


def has_page_number(document: DocxDocument) -> bool:
    """Whether any footer already carries a PAGE field, as a house template usually does."""
    for section in document.sections:
        for footer in (section.footer, section.first_page_footer, section.even_page_footer):
            if footer.is_linked_to_previous:
                continue
            xml = footer._element.xml
            if "PAGE" in xml and ("instrText" in xml or "fldSimple" in xml):
                return True
    return False


def enable_field_update(document: DocxDocument) -> None:
    """Ask Word to refresh fields (contents, page counts) when the report is opened."""
    settings = document.settings.element
    existing = settings.find(qn("w:updateFields"))
    if existing is None:
        existing = OxmlElement("w:updateFields")
        settings.append(existing)
    existing.set(qn("w:val"), "true")
