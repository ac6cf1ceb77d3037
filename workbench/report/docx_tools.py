"""Low-level WordprocessingML pieces python-docx does not offer: runs with right-to-left handling,
hyperlinks, fields, shaded cells and fast tables.

Elements are built directly (children in schema order, which Word insists on) because the report can
hold tens of thousands of table cells and python-docx's object API is too slow for that.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from workbench.report.text import (
    has_arabic,
    is_mostly_arabic,
    is_right_to_left,
    isolate_arabic,
    xml_safe,
)

ARABIC_FONT = "Arial"  # ships Arabic glyphs on Windows and macOS; LibreOffice substitutes sensibly
LINK_COLOUR = "0563C1"


@dataclass(frozen=True)
class Seg:
    """A stretch of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False
    colour: str | None = None  # "#RRGGBB" or "RRGGBB"
    size: float | None = None  # points
    url: str | None = None


@dataclass(frozen=True)
class Para:
    """A paragraph: segments plus its style and layout."""

    segs: Sequence[Seg]
    style: str | None = None  # style id, not name
    keep_next: bool = False
    page_break_before: bool = False
    align: str | None = None  # "left", "center", "right", "both"
    indent_twips: int = 0
    space_after: int | None = None  # twips


@dataclass
class Cell:
    paras: list[Para]
    shade: str | None = None
    width: int = 0  # twips; filled in by the table builder


@dataclass
class TableSpec:
    widths: list[int]  # twips per column
    rows: list[list[Cell]]
    header_rows: int = 1
    border: str = "A6A6A6"
    header_shade: str | None = "E8ECF2"
    extra: dict = field(default_factory=dict)


def _el(tag: str, **attrs: str) -> BaseOxmlElement:
    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _sub(parent: BaseOxmlElement, tag: str, **attrs: str) -> BaseOxmlElement:
    child = _el(tag, **attrs)
    parent.append(child)
    return child


def make_run(seg: Seg, *, link_style: str | None = None) -> BaseOxmlElement:
    """A w:r for the segment; Arabic text gets the right-to-left flag and a complex-script font."""
    text = xml_safe(seg.text)
    run = _el("w:r")
    props = _sub(run, "w:rPr")
    if seg.url and link_style:
        _sub(props, "w:rStyle", val=link_style)
    arabic = has_arabic(text)
    if arabic:
        _sub(props, "w:rFonts", cs=ARABIC_FONT)
    if seg.bold:
        _sub(props, "w:b")
        _sub(props, "w:bCs")
    if seg.italic:
        _sub(props, "w:i")
        _sub(props, "w:iCs")
    colour = (seg.colour or "").lstrip("#") or (LINK_COLOUR if seg.url and not link_style else "")
    if colour:
        _sub(props, "w:color", val=colour)
    if seg.size:
        half_points = str(round(seg.size * 2))
        _sub(props, "w:sz", val=half_points)
        _sub(props, "w:szCs", val=half_points)
    if seg.url and not link_style:
        _sub(props, "w:u", val="single")
    if arabic and is_mostly_arabic(text):
        _sub(props, "w:rtl")
    if arabic:
        _sub(props, "w:lang", bidi="ar-SA")
    if len(props) == 0:
        run.remove(props)
    _append_text(run, text)
    return run


def _append_text(run: BaseOxmlElement, text: str) -> None:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines):
        if number:
            _sub(run, "w:br")
        pieces = line.split("\t")
        for position, piece in enumerate(pieces):
            if position:
                _sub(run, "w:tab")
            if piece:
                node = _sub(run, "w:t")
                node.text = piece
                if piece[0].isspace() or piece[-1].isspace():
                    node.set(qn("xml:space"), "preserve")


class Builder:
    """Makes paragraphs for one document part, resolving hyperlinks through that part."""

    def __init__(self, part: Part, link_style: str | None, *, right_to_left: bool = False) -> None:
        self.part = part
        self.link_style = link_style
        # An Arabic report: its own lines run right to left, its tables start on the right.
        self.right_to_left = right_to_left
        self._links: dict[str, str] = {}

    def link_id(self, url: str) -> str:
        if url not in self._links:
            self._links[url] = self.part.relate_to(url, RT.HYPERLINK, is_external=True)
        return self._links[url]

    def paragraph(self, para: Para) -> BaseOxmlElement:
        p = _el("w:p")
        props = _sub(p, "w:pPr")
        if para.style:
            _sub(props, "w:pStyle", val=para.style)
        if para.keep_next:
            _sub(props, "w:keepNext")
        if para.page_break_before:
            _sub(props, "w:pageBreakBefore")
        # Text of the case sets its own direction; a line composed of a label and values is
        # part of the report and runs in the report's direction around names in the other.
        written = [seg for seg in para.segs if seg.text]
        rtl = is_right_to_left(written[0].text) if len(written) == 1 else self.right_to_left
        if rtl:
            _sub(props, "w:bidi")
        if para.space_after is not None:
            _sub(props, "w:spacing", after=str(para.space_after))
        if para.indent_twips:
            _sub(props, "w:ind", left=str(para.indent_twips))
        if para.align:
            _sub(props, "w:jc", val=para.align)
        if len(props) == 0:
            p.remove(props)
        for seg in para.segs:
            if not seg.text:
                continue
            if not rtl and has_arabic(seg.text) and not self.right_to_left:
                text = isolate_arabic(seg.text)
                seg = Seg(text, seg.bold, seg.italic, seg.colour, seg.size, seg.url)
            run = make_run(seg, link_style=self.link_style)
            if seg.url and safe_url(seg.url):
                link = _sub(p, "w:hyperlink", history="1")
                link.set(qn("r:id"), self.link_id(seg.url))
                link.append(run)
            else:
                p.append(run)
        return p

    def table(self, spec: TableSpec) -> BaseOxmlElement:
        tbl = _el("w:tbl")
        props = _sub(tbl, "w:tblPr")
        if self.right_to_left:
            _sub(props, "w:bidiVisual")
        _sub(props, "w:tblW", w=str(sum(spec.widths)), type="dxa")
        borders = _sub(props, "w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            _sub(borders, f"w:{edge}", val="single", sz="4", space="0", color=spec.border)
        _sub(props, "w:tblLayout", type="fixed")
        margins = _sub(props, "w:tblCellMar")
        _sub(margins, "w:left", w="85", type="dxa")
        _sub(margins, "w:right", w="85", type="dxa")
        _sub(
            props,
            "w:tblLook",
            val="04A0",
            firstRow="1",
            lastRow="0",
            firstColumn="0",
            lastColumn="0",
            noHBand="1",
            noVBand="1",
        )
        grid = _sub(tbl, "w:tblGrid")
        for width in spec.widths:
            _sub(grid, "w:gridCol", w=str(width))
        for number, row in enumerate(spec.rows):
            tr = _sub(tbl, "w:tr")
            row_props = _sub(tr, "w:trPr")
            _sub(row_props, "w:cantSplit")
            header = number < spec.header_rows
            if header:
                _sub(row_props, "w:tblHeader")
            for width, cell in zip(spec.widths, row, strict=True):
                tc = _sub(tr, "w:tc")
                cell_props = _sub(tc, "w:tcPr")
                _sub(cell_props, "w:tcW", w=str(width), type="dxa")
                shade = cell.shade or (spec.header_shade if header else None)
                if shade:
                    _sub(cell_props, "w:shd", val="clear", color="auto", fill=shade.lstrip("#"))
                paras = cell.paras or [Para([])]
                for para in paras:
                    tc.append(self.paragraph(para))
        return tbl


def safe_url(url: str) -> bool:
    """Only web and mail links become clickable; anything else (javascript:, file:) stays text."""
    return url.strip().lower().startswith(("http://", "https://", "mailto:"))


def field_runs(instruction: str, shown: str = "") -> list[BaseOxmlElement]:
    """The runs of a complex field (PAGE, NUMPAGES, TOC …) with a cached result to show."""
    runs = []
    begin = _el("w:r")
    _sub(begin, "w:fldChar", fldCharType="begin", dirty="true")
    runs.append(begin)
    instr = _el("w:r")
    node = _sub(instr, "w:instrText")
    node.text = f" {instruction} "
    node.set(qn("xml:space"), "preserve")
    runs.append(instr)
    separate = _el("w:r")
    _sub(separate, "w:fldChar", fldCharType="separate")
    runs.append(separate)
    if shown:
        runs.append(make_run(Seg(shown)))
    end = _el("w:r")
    _sub(end, "w:fldChar", fldCharType="end")
    runs.append(end)
    return runs


def toc_paragraphs(
    builder: Builder, entries: list[tuple[int, str]], styles: dict[int, str | None]
) -> list[BaseOxmlElement]:
    """A table-of-contents field whose cached result already lists the headings.

    Word refreshes it on opening (updateFields) to add page numbers; viewers that never update
    fields still show a usable list instead of "Update this field".
    """
    instruction = 'TOC \\o "1-2" \\h \\z \\u'
    lines = entries or [(1, "Right-click and choose Update Field to build the contents.")]
    paragraphs = []
    for number, (level, text) in enumerate(lines):
        style = styles.get(level)
        indent = 0 if style else 360 * (level - 1)
        p = builder.paragraph(Para([], style=style, indent_twips=indent))
        if number == 0:
            begin, instr, separate, _end = field_runs(instruction)
            p.extend([begin, instr, separate])
        p.append(make_run(Seg(text)))
        paragraphs.append(p)
    end = _el("w:r")
    _sub(end, "w:fldChar", fldCharType="end")
    paragraphs[-1].append(end)
    return paragraphs
