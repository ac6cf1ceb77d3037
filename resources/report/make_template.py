"""Build the default house template, resources/report/template.docx.

Run once from the repository root (`.venv/bin/python resources/report/make_template.py`) and commit
the .docx it writes. The logo is drawn here in pure Python so the template needs no image tools.
"""

from __future__ import annotations

import io
import itertools
import math
import struct
import zlib
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
NAVY = RGBColor(0x1F, 0x3A, 0x5F)
TEAL = RGBColor(0x00, 0x72, 0xB2)
GREY = RGBColor(0x59, 0x59, 0x59)
HEADER_TEXT = "Fact-Check Workbench — verdict report"


def logo_png(size: int = 96) -> bytes:
    """A navy disc with a white tick: the workbench mark, anti-aliased by supersampling."""
    centre = (size - 1) / 2
    radius = size / 2 - 1
    tick = [(0.27, 0.52), (0.43, 0.68), (0.74, 0.34)]
    points = [(x * size, y * size) for x, y in tick]
    stroke = size * 0.075

    def distance_to_tick(px: float, py: float) -> float:
        best = math.inf
        for (ax, ay), (bx, by) in itertools.pairwise(points):
            dx, dy = bx - ax, by - ay
            t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
            best = min(best, math.hypot(px - (ax + t * dx), py - (ay + t * dy)))
        return best

    rows = bytearray()
    samples = ((0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75))
    for y in range(size):
        rows.append(0)
        for x in range(size):
            inside = white = 0
            for sx, sy in samples:
                px, py = x + sx, y + sy
                if math.hypot(px - centre - 0.5, py - centre - 0.5) <= radius:
                    inside += 1
                    if distance_to_tick(px, py) <= stroke:
                        white += 1
            alpha = round(255 * inside / 4)
            mix = white / inside if inside else 0
            red = round(0x1F + (255 - 0x1F) * mix)
            green = round(0x3A + (255 - 0x3A) * mix)
            blue = round(0x5F + (255 - 0x5F) * mix)
            rows.extend((red, green, blue, alpha))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def _field(paragraph, instruction: str) -> None:
    for kind in ("begin", None, "end"):
        run = paragraph.add_run()
        if kind is None:
            text = OxmlElement("w:instrText")
            text.set(qn("xml:space"), "preserve")
            text.text = f" {instruction} "
            run._r.append(text)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)


def build() -> Path:
    document = Document()
    styles = document.styles

    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:cs"), "Arial")

    for level, size in ((1, 16), (2, 12.5), (3, 11)):
        heading = styles[f"Heading {level}"]
        heading.font.name = "Calibri"
        heading.font.size = Pt(size)
        heading.font.bold = True
        heading.font.italic = False
        heading.font.color.rgb = NAVY if level < 3 else TEAL
        heading.paragraph_format.space_before = Pt({1: 18, 2: 14, 3: 8}[level])
        heading.paragraph_format.space_after = Pt(4)
        heading.paragraph_format.keep_with_next = True

    title = styles["Title"]
    title.font.name = "Calibri"
    title.font.size = Pt(24)
    title.font.color.rgb = NAVY
    subtitle = styles["Subtitle"]
    subtitle.font.name = "Calibri"
    subtitle.font.size = Pt(13)
    subtitle.font.color.rgb = GREY
    subtitle.font.italic = False

    quote = styles["Quote"]
    quote.font.italic = True
    quote.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
    quote.paragraph_format.left_indent = Cm(0.8)
    quote.paragraph_format.right_indent = Cm(0.8)
    quote.paragraph_format.space_after = Pt(2)

    table_text = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = normal
    table_text.font.size = Pt(8.5)
    table_text.paragraph_format.space_after = Pt(0)
    table_text.paragraph_format.line_spacing = 1.0

    toc_heading = styles["TOC Heading"]
    toc_heading.font.color.rgb = NAVY
    for level in (1, 2):
        toc = styles.add_style(f"TOC {level}", WD_STYLE_TYPE.PARAGRAPH)
        toc.base_style = normal
        toc.paragraph_format.space_after = Pt(2)
        toc.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        toc.font.bold = level == 1

    link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link.font.underline = True

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2.2)
    section.left_margin = section.right_margin = Cm(2.0)
    section.header_distance = section.footer_distance = Cm(1.0)

    header = section.header.paragraphs[0]
    header.add_run().add_picture(io.BytesIO(logo_png()), height=Cm(0.7))
    caption = header.add_run(f"   {HEADER_TEXT}")
    caption.font.size = Pt(8.5)
    caption.font.color.rgb = GREY

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ").font.size = Pt(8.5)
    _field(footer, "PAGE")
    footer.add_run(" of ").font.size = Pt(8.5)
    _field(footer, "NUMPAGES")

    document.core_properties.title = "Fact-Check Workbench verdict report"
    document.core_properties.author = ""
    target = HERE / "template.docx"
    document.save(str(target))
    return target


if __name__ == "__main__":
    print(build())
