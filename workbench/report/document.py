"""The report under construction: the python-docx document plus what every section needs."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Emu

from workbench.report.digest import CaseDigest
from workbench.report.docx_tools import Builder, Cell, Para, Seg, TableSpec
from workbench.report.template import StyleIds
from workbench.report.wording import Wording

TWIPS_PER_EMU = 1 / 635


class ReportDocument:
    """Appends paragraphs and tables to the body, in order, using the template's styles."""

    def __init__(
        self,
        document: DocxDocument,
        styles: StyleIds,
        digest: CaseDigest,
        words: Wording | None = None,
    ) -> None:
        self.document = document
        self.styles = styles
        self.digest = digest
        self.words = words or Wording("en")
        self.builder = Builder(document.part, styles.hyperlink, right_to_left=self.words.rtl)
        self.headings: list[tuple[int, str]] = []
        body = document.element.body
        self._anchor = body.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr"
        )
        self._body = body
        section = document.sections[-1]
        usable = (
            (section.page_width or Emu(11906 * 635))
            - (section.left_margin or 0)
            - (section.right_margin or 0)
        )
        self.width = max(int(usable * TWIPS_PER_EMU), 4000)

    def append(self, element: BaseOxmlElement) -> BaseOxmlElement:
        if self._anchor is not None:
            self._anchor.addprevious(element)
        else:
            self._body.append(element)
        return element

    def para(self, *segs: Seg | str, style: str | None = None, **layout: object) -> BaseOxmlElement:
        parts = [Seg(s) if isinstance(s, str) else s for s in segs]
        return self.append(self.builder.paragraph(Para(parts, style=style, **layout)))  # type: ignore[arg-type]

    def heading(self, level: int, text: str, *, new_page: bool = False) -> BaseOxmlElement:
        self.headings.append((level, text))
        style = self.styles.heading[level]
        return self.para(text, style=style, keep_next=True, page_break_before=new_page)

    def table(self, fractions: list[float], rows: list[list[Cell]], header_rows: int = 1) -> None:
        total = sum(fractions)
        widths = [int(self.width * f / total) for f in fractions]
        spec = TableSpec(widths=widths, rows=rows, header_rows=header_rows)
        self.append(self.builder.table(spec))
        # Word merges two adjacent tables into one; an empty paragraph keeps them apart.
        self.para("", space_after=60)

    def cell(self, *segs: Seg | str, shade: str | None = None) -> Cell:
        parts = [Seg(s) if isinstance(s, str) else s for s in segs]
        return Cell([Para(parts, style=self.styles.table_text)], shade=shade)

    def cell_lines(self, lines: list[list[Seg]], shade: str | None = None) -> Cell:
        return Cell([Para(line, style=self.styles.table_text) for line in lines], shade=shade)

    def header_row(self, *labels: str) -> list[Cell]:
        return [self.cell(Seg(label, bold=True)) for label in labels]
