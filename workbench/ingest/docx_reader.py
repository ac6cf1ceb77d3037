"""Word documents: the zip container is checked before python-docx is allowed to open it.

A .docx is a zip of XML parts. A hostile one can declare gigabytes behind a few kilobytes, so the
declared sizes and compression ratios are read from the zip directory first; zipfile never
inflates a member beyond its declared size, so those limits also bound what python-docx can read.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from workbench.core.errors import ImportRejected

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Office stores a password-protected document as an OLE container with these streams.
_ENCRYPTION_MARKERS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 5000
# Real document XML compresses 5 to 30 times; hundreds of times means padding built to explode.
MAX_RATIO = 150
_RATIO_APPLIES_ABOVE = 1024 * 1024


@dataclass(frozen=True)
class DocxText:
    text: str
    title: str | None


def read_docx(data: bytes, name: str) -> DocxText:
    """Paragraphs (and table cells) in document order, and a title from the properties or the
    first heading."""
    if data.startswith(OLE_MAGIC):
        if any(marker in data for marker in _ENCRYPTION_MARKERS):
            raise ImportRejected(
                f"{name}: the document is password-protected; save an unprotected copy"
            )
        raise ImportRejected(f"{name}: this is an old Word 97-2003 file; save it as .docx first")
    check_zip(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types for broken parts
        raise ImportRejected(f"{name}: the file is damaged or is not a Word document") from exc
    paragraphs: list[str] = []
    heading: str | None = None
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = block.text.strip()
            if heading is None and text and _is_heading(block):
                heading = text
            paragraphs.append(text)
        elif isinstance(block, Table):
            paragraphs.extend(_table_lines(block))
    title = (document.core_properties.title or "").strip() or heading
    return DocxText(text="\n\n".join(p for p in paragraphs if p), title=title)


def check_zip(data: bytes, name: str) -> None:
    """Reject a corrupt zip or one whose declared contents are too large or too compressed."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise ImportRejected(f"{name}: the file is damaged or is not a Word document") from exc
    if len(members) > MAX_MEMBERS:
        raise ImportRejected(f"{name}: the document holds too many parts to be a real Word file")
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise ImportRejected(
                f"{name}: the document is password-protected; save an unprotected copy"
            )
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _RATIO_APPLIES_ABOVE and ratio > MAX_RATIO:
            raise ImportRejected(
                f"{name}: the document expands {ratio:.0f} times when unpacked;"
                " it looks like a zip bomb"
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ImportRejected(
            f"{name}: the document would unpack to {total // (1024 * 1024)} MB;"
            " it looks like a zip bomb"
        )


def _is_heading(paragraph: Paragraph) -> bool:
    style = paragraph.style.name if paragraph.style is not None else ""
    return style.startswith(("Heading", "Title"))


def _table_lines(table: Table) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells = list(dict.fromkeys(cell.text.strip() for cell in row.cells))  # merged cells repeat
        line = " | ".join(cell for cell in cells if cell)
        if line:
            lines.append(line)
    return lines
